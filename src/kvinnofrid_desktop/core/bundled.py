"""Where the files shipped with the program live (checkout, wheel or PyInstaller bundle)."""

from __future__ import annotations

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
