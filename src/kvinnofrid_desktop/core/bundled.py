"""Where the files shipped with the program live (checkout, wheel or PyInstaller bundle)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_dir(*parts: str) -> Path:
    """Return a real directory inside the shipped resources.

    Packs and fonts are read as ordinary files, so the resources must be on disk; the
    program is never installed as a zip, so ``files()`` always yields a real path.
    """
    root = resources.files("kvinnofrid_desktop.resources")
    return Path(str(root.joinpath(*parts)))


def default_pack_dir() -> Path:
    return resource_dir("packs", "default")


def content_source_dir() -> Path:
    return resource_dir("content-src")


def font_dir() -> Path:
    return resource_dir("fonts")


def licenses_dir() -> Path | None:
    """The licence texts of the program and of what it is built from: the folder ``licenses``
    of the installed program (collected by packaging/kvinnofrid_desktop.spec), or None when the
    program runs from a checkout or a wheel, which have no such folder."""
    base = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if base is None:
        return None
    folder = Path(base) / "licenses"
    return folder if folder.is_dir() else None
