"""The .kvpack file type on Linux: a shared-mime-info definition and the desktop entry's MimeType.

The same MIME type as the Windows MSI's ``.kvpack`` ContentType. ``install.sh`` installs the
definition and ``uninstall.sh`` removes it (checked with the real bundle in test_frozen.py).
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _pack_mime() -> str:
    spec = importlib.util.spec_from_file_location("kvinnofrid_build_msi_mime",
                                                  REPO / "packaging" / "build_msi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PACK_MIME


def test_the_definition_names_the_msi_type_and_the_glob() -> None:
    root = ET.parse(LINUX / "se.kvinnofrid_vastmanland.mime.xml").getroot()
    assert root.tag == f"{NS}mime-info"
    (kind,) = root.findall(f"{NS}mime-type")
    assert kind.get("type") == _pack_mime()
    assert [g.get("pattern") for g in kind.findall(f"{NS}glob")] == ["*.kvpack"]
    assert kind.find(f"{NS}sub-class-of").get("type") == "application/zip"
    langs = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in kind.iter(f"{NS}comment")}
    assert langs == {None, "sv"}


def test_the_desktop_entry_opens_packs_and_pdfs() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "se.kvinnofrid_vastmanland.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert set(desktop["MimeType"].rstrip(";").split(";")) == {_pack_mime(), "application/pdf"}
    assert desktop["Exec"].endswith(" %f")


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (shared-mime-info) not installed")
def test_update_mime_database_accepts_it(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "se.kvinnofrid_vastmanland.mime.xml", packages / "kvinnofrid.xml")
    result = subprocess.run(["update-mime-database", str(tmp_path / "mime")],
                            capture_output=True, text=True, check=False,
                            env={"PATH": os.environ.get("PATH", ""),
                                 "XDG_DATA_DIRS": str(tmp_path)})  # no "not in search path"
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{_pack_mime()}:*.kvpack" in globs
