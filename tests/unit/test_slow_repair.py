"""A large PDF whose end is missing (a download that stopped) is noticed before PDFium reads all
of it to rebuild it, which holds the whole program still (ui/viewer asks first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvinnofrid_desktop.core.pack.external import PDF_TAIL, SLOW_REPAIR_BYTES, slow_to_repair


def large_pdf(path: Path, tail: bytes) -> Path:
    """A file of SLOW_REPAIR_BYTES that begins as a PDF, is mostly a hole, and ends in ``tail``."""
    with open(path, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(SLOW_REPAIR_BYTES - len(tail))
        f.seek(0, 2)
        f.write(tail)
    return path


def test_a_large_file_without_its_end_is_named_by_its_size(tmp_path: Path) -> None:
    path = large_pdf(tmp_path / "avbruten.pdf", b"0 0 obj\n<< /Length 5 >>\nstream\nhej")
    assert slow_to_repair(path) == SLOW_REPAIR_BYTES


@pytest.mark.parametrize("tail", [
    b"startxref\n9\n%%EOF\n",  # as written
    b"%%EOF" + b"\x00" * (PDF_TAIL - 5),  # the end marker as far from the end as allowed
])
def test_a_large_file_with_its_end_is_opened_at_once(tmp_path: Path, tail: bytes) -> None:
    assert slow_to_repair(large_pdf(tmp_path / "hel.pdf", tail)) == 0


def test_a_small_file_is_left_to_the_pdf_engine_whatever_its_end(tmp_path: Path) -> None:
    path = tmp_path / "liten.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 100_000)  # quick to rebuild, or to refuse
    assert slow_to_repair(path) == 0


def test_an_unreadable_file_raises_for_the_caller_to_say_why(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        slow_to_repair(tmp_path / "finns-inte.pdf")
