"""A page's indexed text as blocks a reader can follow: headings, paragraphs and list items.

The search index holds every page's text as the PDF laid it out, one line per printed line.
``page_blocks`` joins the lines back into paragraphs and marks as headings the lines that are
the document's own headings on that page (its outline entries, which the caller reads from the
PDF: a heading is what the document says is one, not a guess from a short line). No Qt.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kvinnofrid_desktop.core.search.swedish import normalize_text, tokens

if TYPE_CHECKING:
    from kvinnofrid_desktop.core.search.index import SearchIndex

log = logging.getLogger(__name__)

HEADING, PARAGRAPH, ITEM = "heading", "paragraph", "item"
MAX_HEADING_LINES = 3  # a heading wrapped over more printed lines than this is not matched
_ITEM = re.compile(r"^\s*(?:[•●▪◦‣∙·*–-]|\d{1,3}[.)])\s+")
_SENTENCE_END = (".", ":", "!", "?", ")", "”", "\"", ";")
SHORT_LINE = 0.8  # a line ending a sentence and shorter than this share of the longest ends it


@dataclass(frozen=True)
class Block:
    kind: str  # HEADING | PARAGRAPH | ITEM
    text: str
    level: int = 0  # 1… for headings (the outline's depth + 1)


def _key(text: str) -> str:
    return " ".join(tokens(text))


def page_blocks(text: str, headings: Sequence[tuple[str, int]] = ()) -> list[Block]:
    """The blocks of a page's indexed ``text``. ``headings``: (title, level) of the document's
    outline entries on this page; lines that spell one (over up to three printed lines) become
    that heading."""
    lines = [line.strip() for line in normalize_text(text).splitlines()]
    lines = [line for line in lines if line]
    wanted: dict[str, int] = {}
    for title, level in headings:
        key = _key(title)
        if key:
            wanted.setdefault(key, max(1, int(level)))
    widest = max((len(line) for line in lines), default=0)
    blocks: list[Block] = []
    current: list[str] = []
    kind = PARAGRAPH

    def close() -> None:
        nonlocal current, kind
        if current:
            blocks.append(Block(kind, " ".join(current)))
        current, kind = [], PARAGRAPH

    i = 0
    while i < len(lines):
        span = _heading_span(lines, i, wanted)
        if span:
            close()
            joined = " ".join(lines[i:i + span])
            blocks.append(Block(HEADING, joined, wanted[_key(joined)]))
            i += span
            continue
        line = lines[i]
        if _ITEM.match(line):
            close()
            kind = ITEM
        current.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if line.endswith(_SENTENCE_END) and (
                len(line) < SHORT_LINE * widest
                # a list item's last sentence, and a new paragraph after it
                or (kind == ITEM and following[:1].isupper())):
            close()
        i += 1
    close()
    return blocks


def _heading_span(lines: list[str], start: int, wanted: dict[str, int]) -> int:
    """How many lines from ``start`` spell a wanted heading (0: none)."""
    if not wanted:
        return 0
    for span in range(1, MAX_HEADING_LINES + 1):
        if start + span > len(lines):
            break
        if _key(" ".join(lines[start:start + span])) in wanted:
            return span
    return 0


def plain_text(blocks: Sequence[Block]) -> str:
    """The blocks as plain text, one block per paragraph (for the clipboard)."""
    return "\n\n".join(block.text for block in blocks)


class PageTexts:
    """The pack's page texts from its search index, opened on first use and kept open: for the
    text view and for bookmarks. Never raises; without a usable index every page is None."""

    def __init__(self, index_path: Path | None) -> None:
        self.index_path = index_path
        self._index: SearchIndex | None = None
        self._failed = index_path is None
        self._lock = threading.Lock()

    def _open(self) -> SearchIndex | None:
        with self._lock:
            if self._index is None and not self._failed and self.index_path is not None:
                from kvinnofrid_desktop.core.search.index import SearchIndex, SearchIndexError

                try:
                    self._index = SearchIndex.open(self.index_path)
                except SearchIndexError as exc:
                    log.warning("page texts unavailable: %s", exc.code)
                    self._failed = True
            return self._index

    def page_text(self, doc_id: str, page: int) -> str | None:
        index = self._open()
        return index.page_text(doc_id, page) if index is not None else None

    def page_texts(self, doc_id: str) -> dict[int, str]:
        index = self._open()
        return index.page_texts(doc_id) if index is not None else {}

    def respelled(self, text: str) -> str:
        """``text`` with its words typed without å, ä, ö as the search spells them
        ("orosanmalan" → "orosanmälan"), for finding in a document; ``text`` without an
        index."""
        index = self._open()
        return index.respelled(text) if index is not None else text

    def close(self) -> None:
        with self._lock:
            if self._index is not None:
                self._index.close()
                self._index = None
