"""Helpers to write small packs for tests, by hand, so tests do not depend on the builder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def write_pack(root: Path, files: dict[str, bytes], documents: list[dict[str, Any]],
               **overrides: Any) -> dict[str, Any]:
    """Write ``files`` under ``root`` and a matching manifest; return the manifest dict."""
    root.mkdir(parents=True, exist_ok=True)
    entries = []
    for rel, data in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        entries.append({"path": rel, "bytes": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "format": 1,
        "id": "test.pack",
        "version": "2026-11-20",
        "publisher": "Testförlaget",
        "created": "2026-11-20T10:00:00Z",
        "documents": documents,
        "files": entries,
        **overrides,
    }
    save_manifest(root, manifest)
    return manifest


def save_manifest(root: Path, manifest: dict[str, Any]) -> None:
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                        encoding="utf-8")


def document(doc_id: str = "strategi", file: str = "docs/strategi.pdf", **kw: Any) -> dict:
    doc = {
        "id": doc_id, "title": "Strategi för samverkan", "tab": "strategy",
        "summary": "En sammanfattning.", "publisher": "Testförlaget", "year": 2026,
        "pages": 1, "language": "sv", "provenance": "compiled", "file": file,
        "sources": [{"title": "Källa", "url": "https://example.org/a", "checked": "2026-11-20"}],
    }
    doc.update(kw)
    return doc


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose objects 1, 2, … are ``objects`` (1 the catalog), with a classic
    cross-reference table and trailer: for PDFs no library here writes (forms, a stream of a
    chosen size)."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


GREEK = [f"ord{chr(ord('a') + i)}" for i in range(24)]  # enough words for many index pages


def index_missing_a_page(folder: Path, *, with_working_query: bool = False
                         ) -> tuple[Path, str, str | None]:
    """An index with one page of its word data gone that still opens (the damage is not where
    the checks at open look), its checksum made to match as a forger would; a query that
    meets the damage, and (``with_working_query``) one that does not and finds pages. SQLite
    reports a missing page as corruption (a scribbled one could take FTS5 3.40 down with it,
    see test_search_safety)."""
    import shutil
    import sqlite3

    from kvinnofrid_desktop.core.search import (
        IndexEntry,
        SearchIndex,
        SearchIndexError,
        build_index,
    )
    from kvinnofrid_desktop.core.search import index as index_module

    whole = folder / "whole.sqlite"
    build_index(whole, [IndexEntry("d", "t", i, " ".join(f"{w}{i % 50} och" for w in GREEK))
                        for i in range(1, 400)])
    with sqlite3.connect(whole) as conn:
        leaves = [r[0] for r in conn.execute("SELECT id FROM words_data WHERE id > 10")]
    for n, leaf in enumerate(leaves):
        path = folder / f"damaged-{n}.sqlite"
        shutil.copy(whole, path)
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM words_data WHERE id = ?", (leaf,))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'checksum'",
                     (index_module._digest(conn),))
        conn.commit()
        conn.close()
        try:
            index = SearchIndex.open(path)
        except SearchIndexError:
            continue
        damaged = working = None
        missed = 0
        for word in GREEK:
            hits = index.search(f"{word}1")
            if hits and index.damage is None:
                working = working or f"{word}1"
            elif index.damage is not None:
                damaged = damaged or f"{word}1"
                missed += 1
                # Done; or a loss that every word seems to meet (no need to try them all).
                if not with_working_query or working or missed == 3:
                    break
                index.close()  # a damage found stays found: open it afresh for the next word
                index = SearchIndex.open(path, verify=False)
        index.close()
        if damaged and (working or not with_working_query):
            return path, damaged, working
    raise AssertionError("no page whose loss passes the checks at open")


def scanned_pdf(path: Path, pages: int = 3, *, text_pages: tuple[int, ...] = (),
                title: str | None = None, author: str | None = None) -> Path:
    """A PDF as a scanner makes it: every page only an image of a page, no text layer; the
    pages in ``text_pages`` (1-based) have a line of real text as well. ``title`` and
    ``author`` go into its document information. Needs the suite's QApplication."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    if title:
        writer.setTitle(title)
    if author:
        writer.setAuthor(author)
    scan = QImage(400, 560, QImage.Format.Format_RGB32)
    scan.fill(QColor(235, 235, 225))
    ink = QPainter(scan)
    for line in range(12):  # what the eye takes for lines of type; nothing for a search
        ink.fillRect(40, 60 + 40 * line, 320, 6, QColor(40, 40, 40))
    ink.end()
    painter = QPainter(writer)
    for n in range(1, pages + 1):
        if n > 1:
            writer.newPage()
        painter.drawImage(QRect(40, 40, 500, 700), scan)
        if n in text_pages:
            painter.drawText(60, 790, "Rutin vid hedersrelaterat våld och förtryck")
    painter.end()
    return path
