"""A page range of a PDF written as a PDF of its own (core/pdf_pages.py), without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.pdf_pages import PageCopyError, write_pages

SOURCE = default_pack_dir() / "docs" / "strategi.pdf"


def test_the_pages_keep_their_text_and_the_file_stays_small(tmp_path: Path) -> None:
    out = tmp_path / "sidor.pdf"
    assert write_pages(SOURCE, out, 3, 5) == 3
    source, copy = PdfReader(SOURCE), PdfReader(out)
    assert len(copy.pages) == 3
    for index in range(3):
        text = source.pages[2 + index].extract_text().strip()
        assert text and copy.pages[index].extract_text().strip() == text
    assert out.stat().st_size < 2 * SOURCE.stat().st_size


def test_a_range_past_the_end_is_clamped(tmp_path: Path) -> None:
    count = len(PdfReader(SOURCE).pages)
    assert write_pages(SOURCE, tmp_path / "slut.pdf", count - 1, count + 50) == 2


@pytest.mark.parametrize("kind", ["encrypted", "damaged", "empty range"])
def test_what_cannot_be_copied_is_refused_and_the_old_file_stays(tmp_path: Path,
                                                                 kind: str) -> None:
    source = tmp_path / "källa.pdf"
    first = 1
    if kind == "encrypted":
        writer = PdfWriter(clone_from=SOURCE)
        writer.encrypt(user_password="hemligt", owner_password="hemligt")
        with source.open("wb") as handle:
            writer.write(handle)
    elif kind == "damaged":
        source.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer")
    else:
        source.write_bytes(SOURCE.read_bytes())
        first = 999
    out = tmp_path / "utskrift.pdf"
    out.write_bytes(b"tidigare")
    with pytest.raises(PageCopyError):
        write_pages(source, out, first, first + 1)
    assert out.read_bytes() == b"tidigare"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["källa.pdf", "utskrift.pdf"]


def test_an_aes_256_file_is_refused_where_cryptography_is_not_installed(tmp_path: Path) -> None:
    """The installed program leaves the cryptography package (and its OpenSSL) out; pypdf then
    raised DependencyError for an AES-256 file, past the print path's PageCopyError."""
    import subprocess
    import sys

    import kvinnofrid_desktop

    source, out = tmp_path / "aes.pdf", tmp_path / "utskrift.pdf"
    writer = PdfWriter(clone_from=SOURCE)
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="AES-256")
    with source.open("wb") as handle:
        writer.write(handle)
    script = (
        "import sys\n"
        "sys.modules['cryptography'] = sys.modules['Crypto'] = None  # as in the bundle\n"
        "from pathlib import Path\n"
        "from kvinnofrid_desktop.core.pdf_pages import PageCopyError, write_pages\n"
        "try:\n"
        "    write_pages(Path(sys.argv[1]), Path(sys.argv[2]), 1, 2)\n"
        "except PageCopyError as error:\n"
        "    print('refused:', error)\n")
    src = Path(kvinnofrid_desktop.__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", script, str(source), str(out)],
                            capture_output=True, text=True, timeout=60,
                            env={"PYTHONPATH": str(src), "PATH": ""})
    assert result.stdout.strip() == "refused: krypterad", result.stdout + result.stderr
    assert not out.exists()
