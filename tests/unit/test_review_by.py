"""A pack says when its content should be renewed (``review_by``); after that date the program
says so calmly everywhere the numbers are shown, and keeps working: it may be the only content a
field office has."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from packtools import save_manifest

from kvinnofrid_desktop.__main__ import main
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.pack.manifest import parse_manifest_bytes
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError


def pack_with_review_by(root: Path, review_by: str | None, version: str = "2026-12-02") -> Path:
    shutil.copytree(default_pack_dir(), root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    if review_by is None:
        manifest.pop("review_by", None)
    else:
        manifest["review_by"] = review_by
    save_manifest(root, manifest)
    return root


def test_the_shipped_pack_is_to_be_renewed_a_year_after_its_version() -> None:
    m = Pack.open(default_pack_dir()).manifest
    version = dt.date.fromisoformat(m.version[:10])
    assert m.review_by == version.replace(year=version.year + 1).isoformat()
    assert not m.review_overdue(version)
    assert m.review_overdue(version.replace(year=version.year + 2))


def test_review_by_must_be_a_date() -> None:
    raw = json.loads((default_pack_dir() / "manifest.json").read_bytes())
    raw["review_by"] = "snart"
    with pytest.raises(PackError) as caught:
        parse_manifest_bytes(json.dumps(raw).encode())
    assert caught.value.first.field == "review_by"


def test_card_show_and_pack_list_say_it_calmly_and_still_work(tmp_path: Path, capsys,
                                                             monkeypatch) -> None:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    old = pack_with_review_by(tmp_path / "old", "2026-12-01")
    assert main(["card", "show", "--pack", str(old), "--municipality", "Sala",
                 "--at", "2026-12-03T10:00"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Innehållet skulle ha förnyats senast 2026-12-01.")
    assert "0224-74 96 20" in out  # the numbers are still shown
    assert main(["card", "show", "--pack", str(old), "--at", "2026-11-30T10:00"]) == 0
    assert "förnyats" not in capsys.readouterr().out
    assert main(["card", "show", "--pack", str(old), "--json", "--at", "2026-12-03T10:00"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["review_by"] == "2026-12-01" and data["review_overdue"] is True

    PackStore().import_pack(write_archive(old, tmp_path / "old.kvpack"), allow_unsigned=True)
    assert main(["pack", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "2026-12-02" in x)
    assert "SKULLE HA FÖRNYATS 2026-12-01" in line
    assert main(["pack", "list", "--json"]) == 0
    packs = json.loads(capsys.readouterr().out)["packs"]
    assert packs[0]["review_by"] == "2026-12-01" and packs[0]["review_overdue"] is True
