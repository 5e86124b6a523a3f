"""Which documents of a pack have (almost) no text to search: a scanned PDF, pages of images.

Read from the pack's search index (``core/search/index.py`` writes it: one ``entries`` row per
page, ``kind = 'page'``, with the page's text), so nothing about the pack's format changes.
A leaf of its own, with nothing but ``sqlite3``: Publikationer and the import preview ask
without loading the search (its import takes ≈ 0.3 s), and only the plain ``entries`` table is
read, which SQLite checks as it reads (damaged full-text data is what the index's checksum
guards against).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger(__name__)

# Fewer words than this (two letters or more) on all of a document's pages: nothing to search.
# Not none at all: a scan may carry a stamp or a page number.
MIN_WORDS = 3
_SHORT_CHARS = 200  # a document with more characters than this is not counted word by word
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")
_BUDGET_S = 2.0  # a hostile file's query is given up after this
_APPLICATION_ID = 0x4B465331  # core/search/index.APPLICATION_ID: the file is our index
_SHORT_PAGES = ("SELECT doc_id, text FROM entries WHERE kind = 'page' AND doc_id IN "
                "(SELECT doc_id FROM entries WHERE kind = 'page' GROUP BY doc_id "
                "HAVING sum(length(text)) <= ?)")


def too_few_words(pages: Iterable[str]) -> bool:
    """Whether ``pages`` (a document's page texts, read as needed) hold fewer than
    ``MIN_WORDS`` words: stops at the word that makes enough."""
    words = 0
    for text in pages:
        words += len(_LETTER_WORDS.findall(text))
        if words >= MIN_WORDS:
            return False
    return True


def textless_documents(conn: sqlite3.Connection) -> frozenset[str]:
    """The documents of the open index ``conn`` whose pages hold fewer than ``MIN_WORDS``
    words. Raises ``sqlite3.Error`` as the query does."""
    texts: dict[str, list[str]] = {}
    for doc_id, text in conn.execute(_SHORT_PAGES, (_SHORT_CHARS,)):  # SQLite sums the lengths
        texts.setdefault(str(doc_id), []).append(str(text))
    return frozenset(doc_id for doc_id, pages in texts.items() if too_few_words(pages))


def documents_without_text(index: Path) -> frozenset[str]:
    """``textless_documents`` of the index file ``index``, kept while the file is unchanged
    (Publikationer asks for each document it shows). Never raises: a file that is missing,
    damaged or not an index gives none, and nothing is claimed about it."""
    index = Path(index)
    try:
        stat = index.stat()
    except OSError:
        return frozenset()
    return _read(str(index.resolve()), stat.st_size, stat.st_mtime_ns)


def documents_without_text_in(data: bytes) -> frozenset[str]:
    """``textless_documents`` of an index file's bytes (a pack's, read from its archive before
    it is installed), read in memory. Never raises."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
    except sqlite3.Error:  # not a database
        conn.close()
        return frozenset()
    return _checked_read(conn)


@lru_cache(maxsize=4)
def _read(path: str, _size: int, _mtime_ns: int) -> frozenset[str]:
    import sqlite3  # here: the viewer's find bar uses too_few_words only

    try:
        conn = sqlite3.connect(Path(path).as_uri() + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return frozenset()
    return _checked_read(conn)


def _checked_read(conn: sqlite3.Connection) -> frozenset[str]:
    """``textless_documents`` of ``conn`` if it is our index, in a limited time; closes it."""
    import sqlite3

    deadline = time.monotonic() + _BUDGET_S
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != _APPLICATION_ID:
            return frozenset()
        # Only our tables: a view named "entries" could recurse, a trigger run code.
        if conn.execute("SELECT count(*) FROM sqlite_schema WHERE type NOT IN ('table', 'index')"
                        ).fetchone()[0]:
            return frozenset()
        return textless_documents(conn)
    except sqlite3.Error as exc:
        log.warning("documents without text not read (%s)", type(exc).__name__)
        return frozenset()
    finally:
        conn.close()
