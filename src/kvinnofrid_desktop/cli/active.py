"""The pack a command reads when none is named, said out loud when it is a stand-in."""

from __future__ import annotations

import sys
from pathlib import Path


def pack_dir(explicit: Path | None) -> Path:
    """``explicit``, else the active pack's folder.

    When the installed pack cannot be used (damaged, removed by hand) another one is shown
    instead; the window says so in its banner, and the command line says it on stderr, so that
    an answer read from older content is never taken for the current one.
    """
    if explicit is not None:
        return explicit
    from kvinnofrid_desktop.core.install.active import resolve_active

    path, notice = resolve_active()
    if notice:
        print(f"kvinnofrid-desktop: obs: {notice}", file=sys.stderr)
    return path
