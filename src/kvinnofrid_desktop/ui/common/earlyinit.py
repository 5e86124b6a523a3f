"""Work that must happen before the first Qt call; imported by every module that uses Qt.

Two workarounds for PySide6 (6.12): the reference-count defect below, and
``skip_source_scan()`` (see there).

WORKAROUND for a reference-count defect of PySide6's stable-ABI (abi3) wheels: void methods
return ``None`` without adding a reference. Seen with PySide6-Essentials/shiboken6 6.12.0
(cp39-abi3 wheels) on CPython 3.11.7: 1 000 ``QLabel.setText`` calls cost ``None`` 1 000
references, and after a few thousand such calls (or at exit) Python aborts with "Fatal Python
error: none_dealloc". CPython 3.12 and later make ``None``, ``True`` and ``False`` immortal
(PEP 683), which hides it; the same abi3/immortal mismatch is discussed in python/cpython#118997.
No report of this exact defect was found in PySide's tracker (bugreports.qt.io, component
PySide); whoever files one should link it here.

Version check: applied on CPython < 3.12 only. ``tests/ui/test_app_process.py``
(``test_the_none_refcount_workaround_is_still_needed``) measures the leak with the PySide6 that
is installed and fails once a PySide6 no longer leaks: then delete this module (and its imports)
and that test. pyproject.toml pins PySide6 < 6.13, so an upgrade passes through that test.
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


def skip_source_scan() -> None:
    """WORKAROUND (start-up time): once PySide6 is imported, its ``__feature__`` support reads
    the whole source of every module imported after it, and of every module an import
    statement after it names (``inspect.getsource``, to look for the word "PySide6";
    shibokensupport/feature.py, ``_mod_uses_pyside``): about 50 modules, 7 ms of each start.
    Ours and the standard library's are answered without reading them (ours may all use
    PySide6, and none selects a ``__feature__``; the standard library never uses it). Nothing
    changes when a PySide6 has no such function."""
    import shiboken6  # noqa: F401 (creates PySide's feature module; QtCore imports it anyway)

    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "skips_ours", False):
        return

    def uses_pyside(module: object) -> bool:
        top = str(getattr(module, "__name__", "")).partition(".")[0]
        if top == "kvinnofrid_desktop":
            return True
        if top in sys.stdlib_module_names:
            return False
        return bool(scan(module))

    uses_pyside.skips_ours = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


protect_singletons()
skip_source_scan()
