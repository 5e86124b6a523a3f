"""Which pack is active. Installed packs (import, rollback) build on this; until one is
installed, the embedded default pack shipped with the program is the active one."""

from __future__ import annotations

from pathlib import Path

from kvinnofrid_desktop.bundled import default_pack_dir


def active_pack_dir() -> Path:
    """The folder of the pack the program should show."""
    return default_pack_dir()
