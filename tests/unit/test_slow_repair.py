"""A large PDF that PDFium would rebuild by reading all of it, which holds the whole program
still, is noticed before it is opened (ui/viewer asks first): a download that stopped (its end
missing), or a file whose startxref does not point at its cross-reference section."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.pack.external import (
    PDF_TAIL,
    SLOW_REPAIR_BYTES,
    SlowRepair,
    slow_to_repair,
)


def large_pdf(path: Path, tail: bytes, *, head: bytes = b"%PDF-1.7\n") -> Path:
    """A file of SLOW_REPAIR_BYTES that begins with ``head``, is mostly a hole, and ends in
    ``tail``."""
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(SLOW_REPAIR_BYTES - len(tail))
        f.seek(0, 2)
        f.write(tail)
    return path


def whole_tail(at: int) -> bytes:
    """A cross-reference table written at offset ``at`` (the end of the hole), and the trailer
    that points at it."""
    table = b"xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\n"
    return table + b"startxref\n%d\n%%%%EOF\n" % at


def test_a_large_file_without_its_end_is_named_by_its_size(tmp_path: Path) -> None:
    path = large_pdf(tmp_path / "avbruten.pdf", b"0 0 obj\n<< /Length 5 >>\nstream\nhej")
    assert slow_to_repair(path) == SlowRepair(SLOW_REPAIR_BYTES, "end_missing")


def test_a_large_file_with_its_end_and_its_table_is_opened_at_once(tmp_path: Path) -> None:
    table_at = SLOW_REPAIR_BYTES - len(whole_tail(SLOW_REPAIR_BYTES))
    assert slow_to_repair(large_pdf(tmp_path / "hel.pdf", whole_tail(table_at))) is None


def test_the_end_marker_may_stand_as_far_from_the_end_as_the_standard_allows(
        tmp_path: Path) -> None:
    table_at = SLOW_REPAIR_BYTES - PDF_TAIL
    tail = whole_tail(table_at)
    tail += b"\x00" * (PDF_TAIL - len(tail))  # %%EOF well inside the last 1024 bytes
    assert slow_to_repair(large_pdf(tmp_path / "hel.pdf", tail)) is None


def test_offsets_count_from_the_header_when_junk_stands_before_it(tmp_path: Path) -> None:
    junk = b"\x00" * 100  # some mail gateways prepend bytes; offsets then count from %PDF-
    tail_size = len(whole_tail(SLOW_REPAIR_BYTES))
    table_at = SLOW_REPAIR_BYTES - tail_size - len(junk)
    path = large_pdf(tmp_path / "hel.pdf", whole_tail(table_at), head=junk + b"%PDF-1.7\n")
    assert slow_to_repair(path) is None


@pytest.mark.parametrize("offset", [
    9,  # into the hole: the table is not where the file says
    SLOW_REPAIR_BYTES * 2,  # beyond the end
])
def test_a_large_file_whose_table_is_not_where_it_says_is_named(tmp_path: Path,
                                                                 offset: int) -> None:
    path = large_pdf(tmp_path / "skadad.pdf", whole_tail(offset))
    assert slow_to_repair(path) == SlowRepair(SLOW_REPAIR_BYTES, "index_broken")


def test_a_large_file_with_no_startxref_at_all_is_named(tmp_path: Path) -> None:
    path = large_pdf(tmp_path / "skadad.pdf", b"trailer\n<< /Size 1 >>\n%%EOF\n")
    assert slow_to_repair(path) == SlowRepair(SLOW_REPAIR_BYTES, "index_broken")


def xref_stream_pdf(shift: int = 0) -> bytes:
    """A small PDF 1.5 with a cross-reference stream; its startxref moved by ``shift``."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    out, offsets = bytearray(b"%PDF-1.5\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    rows = [b"\x00" + struct.pack(">IH", 0, 65535)]
    rows += [b"\x01" + struct.pack(">IH", o, 0) for o in (*offsets, xref)]
    data = zlib.compress(b"".join(rows))
    out += (b"114 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode "
            b"/Length %d >>\nstream\n" % len(data)) + data + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % (xref + shift)
    return bytes(out)


@pytest.mark.parametrize(("shift", "expected"), [
    (0, None),
    (1, "index_broken"),  # lands on "14 0 obj" inside "114 0 obj": not the number written
])
def test_a_cross_reference_stream_counts_as_the_table(tmp_path: Path, monkeypatch,
                                                      shift: int, expected: str | None) -> None:
    import kvinnofrid_desktop.core.pack.external as external

    monkeypatch.setattr(external, "SLOW_REPAIR_BYTES", 0)  # the format, not the size, here
    path = tmp_path / "strom.pdf"
    path.write_bytes(xref_stream_pdf(shift))
    found = slow_to_repair(path)
    assert (found and found.reason) == expected


def test_a_small_file_is_left_to_the_pdf_engine_whatever_its_end(tmp_path: Path) -> None:
    path = tmp_path / "liten.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"x" * 100_000)  # quick to rebuild, or to refuse
    assert slow_to_repair(path) is None


def test_an_unreadable_file_raises_for_the_caller_to_say_why(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        slow_to_repair(tmp_path / "finns-inte.pdf")
