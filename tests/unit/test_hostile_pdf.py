"""A hostile or broken PDF in a pack is refused at import by the program's own PDF engine.

The manifest's checksums are made to match, so only the PDF check can catch each case; the
store must be left exactly as it was (the threat model in docs/content-updates.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_archive import V1, V2, make_pack
from test_store import snapshot

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.store import PackStore, resolve_active
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

PDF = "docs/strategi.pdf"
REAL = (default_pack_dir() / PDF).read_bytes()

CASES = {
    "not a pdf": (b"MZ\x90\x00 inte en PDF" * 200, "pdf.invalid"),
    "empty file": (b"", "pdf.invalid"),
    "cut in half": (REAL[: len(REAL) // 2], "pdf.invalid"),
    "only a header": (b"%PDF-1.7\n%%EOF\n", "pdf.invalid"),
    "another pdf (page count differs)": (
        (default_pack_dir() / "docs/pub-skyddat-boende.pdf").read_bytes(), "document.pages"),
}


@pytest.mark.parametrize("name", CASES)
def test_a_broken_pdf_is_refused_and_changes_nothing(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     name: str) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    store = PackStore()
    store.import_pack(write_archive(make_pack(tmp_path / "v1", V1), tmp_path / "v1.kvpack"),
                      allow_unsigned=True)
    before = snapshot(data)
    content, code = CASES[name]
    kv = write_archive(make_pack(tmp_path / "v2", V2, files={PDF: content}),
                       tmp_path / "v2.kvpack")
    with pytest.raises(PackError) as info:
        store.import_pack(kv, allow_unsigned=True, pdf_engine=QtPdfEngine())
    assert {p.code for p in info.value.problems} == {code}
    assert all(p.file in (PDF, "manifest.json") for p in info.value.problems)
    assert snapshot(data) == before
    assert resolve_active() == (data / "packs" / V1, None)
    assert json.loads((data / "active").read_text(encoding="utf-8"))["version"] == V1
