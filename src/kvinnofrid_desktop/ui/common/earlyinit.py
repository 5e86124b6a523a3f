"""Work that must happen before the first Qt call; imported by every module that uses Qt.

PySide6 6.12's abi3 wheels return ``None`` from void methods without adding a reference. On
Python 3.12+ ``None``, ``True`` and ``False`` are immortal, so nothing happens; on 3.11 every such
call lowers their reference count and, after a few thousand calls (``setText``, ``setX``, …),
Python aborts with "Fatal Python error: none_dealloc". A social worker's session makes far more
calls than that, so the three singletons get references to spare. Measured here: 1 000
``QLabel.setText`` calls cost ``None`` 1 000 references.
"""

from __future__ import annotations

import sys

# 2**30 spare references: a billion leaked calls, and still far from overflowing a 32-bit count.
_SPARE = 1 << 30
_done = False


def protect_singletons() -> None:
    """Give None/True/False spare references on Python < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE
    _done = True


protect_singletons()
