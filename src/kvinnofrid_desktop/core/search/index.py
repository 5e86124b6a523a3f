"""The full-text index: built once (at pack build), opened read-only, searched.

File format (SQLite; ``application_id`` = ``APPLICATION_ID``, ``user_version`` = FORMAT_VERSION)::

    meta(key, value)        format, format_version, entries, stemmer, features, checksum
    entries(rowid, doc_id, title, page, kind, anchor, weight, text, keywords)   text: for snippets
    words    FTS5(title, body, stems, keywords)  contentless, unicode61 remove_diacritics 0,
             prefix 3-6 (``keywords``: the stems of entries.keywords, see below)
    trigrams FTS5(title, body)         contentless, trigram

``stems`` holds the Snowball stem of every token; ``title`` holds the title's words and then their
stems. Titles are indexed for card entries and page 1 only: on every page, a title word would
match a whole document and crowd out everything else.
Web addresses are left out of ``words`` and ``trigrams`` (their words are not the page's words)
but kept in ``entries.text``. A number written in groups ("021-39 20 66") is also in ``words``
as one run of its digits ("021392066", features ``numbers``), as it is typed to be dialled; an
index without them finds such a number only as it is written.

``weight`` (features ``weights``; an index without it reads as 1.0 everywhere) scales an entry's
bm25 within its level: the builder gives it per card entry (a contact without a number, a side
step weigh less), and a page that is mostly a source list weighs little (``swedish.source_share``).
The column was added without changing the format version: earlier programs read such an index
(they ignore the weights), and this program reads indexes without it.

``keywords`` (features ``keywords``; added the same way, "" in an index without it): words a card
entry is found by that it does not show: what a sign is a sign of ("tecken: barn"). A sign's own
line never says "tecken", and "tecken barn våld" found only pages about the card. Their stems are
a column of ``words`` of their own that weighs nothing in bm25 here (in the other columns they
changed the columns' mean length, and with it the order of other queries' hits); an earlier
program never matches in it (its bm25 gives the column the default weight, 1).

A query runs level by level (see ``swedish``), each a superset of the one before, until ``limit``
hits are found: better levels rank first, weighted bm25 within a level. When they find fewer than
``FEW`` hits, words of six letters or more that the index does not know are also matched by the
indexed words one edit away (level TYPO). Snippets are made in Python from ``entries.text``:
FTS5's ``snippet()`` can't mark stem or substring matches in the original words.

Synonyms come from ``synonyms.toml`` next to the index file (the pack's root), when present.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import html
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from kvinnofrid_desktop.core.fsutil import atomic_path, reason_sv
from kvinnofrid_desktop.core.search import swedish
from kvinnofrid_desktop.core.search import synonyms as synonym_list
from kvinnofrid_desktop.core.search.swedish import (
    MARK_END,
    MARK_START,
    ParsedQuery,
    normalize_text,
    parse_query,
    without_urls,
)
from kvinnofrid_desktop.core.searchable import textless_documents

log = logging.getLogger(__name__)
_WORDS = re.compile(r"[^\W_]+")
# Opening hours in a card entry: "16.30–00.00", "09–19", "mån 11–12", "dygnet runt" (not a
# date's "11-26": no digit or dash before or after).
_HOURS = re.compile(r"(?<![\d\-–.])\d{1,2}(?:[.:]\d{2})?\s?[–-]\s?\d{1,2}(?:[.:]\d{2})?(?![\d\-–])"
                    r"|dygnet runt", re.IGNORECASE)

FORMAT_NAME = "kvinnofrid-search"
FORMAT_VERSION = 1
APPLICATION_ID = 0x4B465331  # "KFS1": tells our index apart from any other SQLite file
MAX_LIMIT = 200
# meta "features": what this builder wrote beyond format version 1 ("numbers": see the module doc)
FEATURES = "weights urls numbers keywords"
MIN_WEIGHT = 0.05
# The weight the card gives a contact without a number (core/card/text.WEIGHTS_BY_STATUS).
MISSING_WEIGHT = 0.7
FEW = 3  # fewer hits than this: words the index does not know are also tried one edit away
MIN_TYPO_LETTERS = 6
MIN_COMPOUND_PART = 4  # letters in each part of a compound split in two ("helg" + "jour")
MIN_UNKNOWN_PART = 6  # letters of a part no text has, beside a known one ("inspektör")
MAX_SUGGEST_WORDS = 4  # words of one query that "Menade du …?" looks for
MAX_SUGGEST_LETTERS = 40
# Two edits only for long words: six-letter words two edits apart are other words ("gravid"
# was offered as "gratis", "förhör" as "förstör").
SUGGEST_TWO_EDITS = 8
_WINDOW = 30  # extra rows read per level, so weights can reorder what bm25 ranked close
# Rows ranked per level whatever the limit, so that the first N hits are the same for every
# limit: a window of limit + _WINDOW rows left the Västerås children's line out of the command
# line's top 10 for "orosanmälan" (the window's panel, asking for 60, showed it 4th).
RANK_DEPTH = MAX_LIMIT
# How deep ``answer`` looks before it puts the card's entries first and cuts to the limit: the
# search panel's list (it asks for this many), so a shorter list is the panel's first hits.
ANSWER_DEPTH = 60
TIME_BUDGET_S = 2.0  # a search that runs longer is interrupted and returns what it has
OPEN_BUDGET_S = 5.0  # the checks at open read the whole file: ~15 ms per 1 000 pages
_WORD_WEIGHTS = "4.0, 1.0, 1.0"  # bm25 column weights: title, body, stems
_TRIGRAM_WEIGHTS = "4.0, 1.0"

# A fresh temporary file needs no journal; durability comes from fsync + rename at the end.
# 8 kB pages: a page text (~2 kB) wastes less overflow space than with 4 kB pages.
_SCHEMA = f"""
PRAGMA page_size=8192; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
PRAGMA application_id={APPLICATION_ID}; PRAGMA user_version={FORMAT_VERSION};
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entries(rowid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, title TEXT NOT NULL,
    page INTEGER NOT NULL, kind TEXT NOT NULL, anchor TEXT NOT NULL, weight REAL NOT NULL,
    text TEXT NOT NULL, keywords TEXT NOT NULL);
CREATE INDEX entries_weight ON entries(weight) WHERE weight <> 1.0;
CREATE VIRTUAL TABLE words USING fts5(title, body, stems, keywords, content='', prefix='3 4 5 6',
                                      tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE trigrams USING fts5(title, body, content='', tokenize='trigram');
"""


@dataclass(frozen=True)
class IndexEntry:
    """One searchable unit: a page of a document, or an action-card entry (``kind="card"``)."""

    doc_id: str
    title: str
    page: int  # 1-based; for card entries the card PDF's page where known, else 1
    text: str
    kind: str = "page"  # "page" | "card"
    anchor: str = ""  # for cards: the card entry id the native view jumps to
    weight: float = 1.0  # scales relevance within a match level (0.05–1); see the module doc
    # Card entries: words it is found by, not shown (a sign's section); see the module doc.
    keywords: str = ""


@dataclass(frozen=True)
class Hit:
    """One result. ``snippet`` marks matches with MARK_START/MARK_END (U+E000/U+E001, private
    use, never in indexed text): show it with ``snippet_html``/``snippet_plain``. ``matched``: the
    words (lower case) matched on this page, inflected and compound forms too; for a viewer."""

    doc_id: str
    title: str
    page: int
    snippet: str
    score: float  # higher is better; the integer part is the match level (3 word … 0 typo)
    kind: str
    anchor: str
    matched: tuple[str, ...] = ()
    # A card entry's place when its text does not say it: the subject of a sign or a step
    # ("Barn"); a contact's text opens with its municipality.
    place: str = ""
    # Makes ``snippet`` and ``matched`` for a hit found before it is known to be shown
    # (``SearchIndex.answer`` looks deeper than it shows); None once they are made.
    _pending: Callable[[], tuple[str, tuple[str, ...]]] | None = field(
        default=None, compare=False, repr=False)

    def with_snippet(self) -> Hit:
        """This hit with its snippet made (itself when it has one)."""
        if self._pending is None:
            return self
        snippet, matched = self._pending()
        return dataclasses.replace(self, snippet=snippet, matched=matched, _pending=None)

    @property
    def heading(self) -> str:
        """What a card entry is called, with its place where the snippet does not say it
        ("Åtgärdskort – Barn: Fysiska skador" → "Barn: Fysiska skador", beside "Vuxna:
        Skador"; "Åtgärdskort – Sala: Socialjour" → "Socialjour"); a page's title as it is."""
        if self.kind != "card":
            return self.title
        name = _card_heading(self.title)
        return f"{self.place}: {name}" if self.place else name

    def snippet_html(self) -> str:
        """The snippet HTML-escaped, matches in ``<b>…</b>``."""
        escaped = html.escape(self.snippet, quote=True)
        return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")

    def snippet_plain(self, start: str = "«", end: str = "»") -> str:
        """The snippet as plain text, matches between ``start`` and ``end``."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def passage(self) -> str:
        """The snippet's words from its first match to its last, unmarked, spaces collapsed
        ("våld mot äldre"): where on the page the hit is; "" without a match."""
        first, last = self.snippet.find(MARK_START), self.snippet.rfind(MARK_END)
        if first < 0 or last < first:
            return ""
        text = self.snippet[first:last].replace(MARK_START, "").replace(MARK_END, "")
        return " ".join(text.split())


@dataclass(frozen=True)
class Answer:
    """A search with what is said beside its hits (:meth:`SearchIndex.answer`)."""

    hits: list[Hit]
    searched: str  # what was looked for: the query, respelled ("våld"), or ``fewer`` words
    fewer: bool = False  # no page holds every word: the hits are for some of them
    suggestion: str | None = None  # "Menade du …?" when nothing was found
    # No entry of the action card holds every word, only its printed pages do, the words spread
    # over several entries: the entries for these words come first, then the pages.
    entries_for: str = ""


@dataclass(frozen=True)
class IndexStats:
    """What :func:`build_index` wrote: entry count, file size, build time."""

    entries: int
    bytes: int
    seconds: float


class SearchIndexError(Exception):
    """The index can't be used: ``code`` (missing, unreadable, not_index, foreign, corrupt,
    version) for programs, ``message`` (Swedish) for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ----------------------------------------------------------------------------- building

def build_index(path: Path, entries: Iterable[IndexEntry]) -> IndexStats:
    """Write a new index file at ``path``, atomically (temporary file + rename), so a reader never
    sees half an index. Deterministic: the same entries give the same bytes."""
    started = time.perf_counter()
    path = Path(path)
    with atomic_path(path) as tmp:
        count = _write_index(tmp, entries)
    return IndexStats(count, path.stat().st_size, time.perf_counter() - started)


def _write_index(tmp: Path, entries: Iterable[IndexEntry]) -> int:
    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.executescript(_SCHEMA)
        conn.execute("BEGIN")
        count = 0
        for count, entry in enumerate(entries, 1):
            _insert(conn, count, entry)
        meta = {"format": FORMAT_NAME, "format_version": str(FORMAT_VERSION),
                "entries": str(count), "stemmer": _stemmer_version(), "features": FEATURES,
                "checksum": ""}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        conn.execute("COMMIT")
        for table in ("words", "trigrams"):  # one b-tree per FTS table: smaller, faster
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
        conn.execute("VACUUM")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'checksum'", (_digest(conn),))
    finally:
        conn.close()
    return count


def _insert(conn: sqlite3.Connection, rowid: int, entry: IndexEntry) -> None:
    if not isinstance(entry.doc_id, str) or not entry.doc_id:
        raise ValueError(f"entry {rowid}: doc_id must be a non-empty string")
    if isinstance(entry.page, bool) or not isinstance(entry.page, int) or entry.page < 1:
        raise ValueError(f"entry {rowid} ({entry.doc_id}): page must be an int >= 1")
    if entry.kind not in ("page", "card"):
        raise ValueError(f"entry {rowid} ({entry.doc_id}): kind must be 'page' or 'card'")
    weight = entry.weight
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        raise ValueError(f"entry {rowid} ({entry.doc_id}): weight must be > 0 and <= 1")
    title, text = normalize_text(entry.title or ""), normalize_text(entry.text or "")
    if entry.kind == "page":  # a source list weighs little, however many words it shares
        weight *= 1.0 - 0.8 * swedish.source_share(text)
    weight = max(MIN_WEIGHT, round(weight, 3))
    keywords = normalize_text(entry.keywords or "") if entry.kind == "card" else ""
    indexed_title = without_urls(title) if entry.kind == "card" or entry.page == 1 else ""
    body = without_urls(text)
    conn.execute("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (rowid, entry.doc_id, title, entry.page, entry.kind, entry.anchor or "", weight,
                  text, keywords))
    # The title column also holds the title's stems, so ``title : stem`` finds any form of a
    # title word without a prefix query (those are slow on a large index).
    title_words = f"{indexed_title}\n{swedish.stems_of(indexed_title)}" if indexed_title else ""
    # A number written in groups is also a word of its digits ("021-39 20 66": "021392066").
    numbers = swedish.grouped_numbers(f"{indexed_title}\n{body}")
    body_words = "\n".join([body, *numbers]) if numbers else body
    conn.execute("INSERT INTO words(rowid, title, body, stems, keywords) VALUES (?, ?, ?, ?, ?)",
                 (rowid, title_words, body_words,
                  swedish.stems_of(f"{indexed_title}\n{body_words}"), swedish.stems_of(keywords)))
    conn.execute("INSERT INTO trigrams(rowid, title, body) VALUES (?, ?, ?)",
                 (rowid, indexed_title, body))


@lru_cache(maxsize=1)
def _stemmer_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:  # recorded so a mismatch between build and program can be seen in the log
        return f"snowballstemmer {version('snowballstemmer')} swedish"
    except PackageNotFoundError:  # a frozen build without metadata
        return "snowballstemmer swedish"


# ----------------------------------------------------------------------------- queries

_WORDS_SQL = (f"SELECT rowid, bm25(words, {_WORD_WEIGHTS}, 0.0) FROM words WHERE words MATCH ? "
              "ORDER BY 2, rowid LIMIT ?")
# An index with keywords: a query's stems are also looked for among them (see the module doc).
_STEMS = re.compile(r"\bstems : ")


def _with_keywords(expression: str) -> str:
    return _STEMS.sub("{stems keywords} : ", expression)
_TRIGRAMS_SQL = (f"SELECT rowid, bm25(trigrams, {_TRIGRAM_WEIGHTS}) FROM trigrams "
                 "WHERE trigrams MATCH ? {and_words} ORDER BY 2, rowid LIMIT ?")


def _plan(pq: ParsedQuery, keywords: bool = False) -> list[tuple[int, str, tuple[str, ...]]]:
    """(level, SQL, parameters before LIMIT) for each level worth running, best level first."""
    plan: list[tuple[int, str, tuple[str, ...]]] = []
    for level, words, trigrams in pq.fts_levels():
        words = _with_keywords(words) if keywords and words else words
        if not trigrams:
            plan.append((level, _WORDS_SQL, (words,)))
        else:  # what trigrams can't match (short terms, phrases) is checked in ``words``
            extra = "AND rowid IN (SELECT rowid FROM words WHERE words MATCH ?)" if words else ""
            sql = _TRIGRAMS_SQL.format(and_words=extra)
            plan.append((level, sql, (trigrams, words) if words else (trigrams,)))
    return plan


# ----------------------------------------------------------------------------- searching

class SearchIndex:
    """A read-only open index. Safe to share between threads (queries are serialised)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.path = path
        self.meta = meta
        self._conn = conn
        self._lock = threading.Lock()
        self._deadline = 0.0  # 0: no search running, no time limit
        self.damage: SearchIndexError | None = None  # set when a search met damaged data
        conn.set_progress_handler(self._over_time, 2000)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
        self._weights: dict[int, float] = dict(conn.execute(
            "SELECT rowid, weight FROM entries WHERE weight <> 1.0")) if "weight" in columns else {}
        self._keywords = "keywords" in columns  # see the module doc
        self.synonyms = synonym_list.load(path.parent / synonym_list.FILE_NAME)
        self._vocabulary: dict[str, int] | None = None  # word → pages; loaded when first needed
        # The vocabulary sorted, with running totals of its counts: entries per word prefix.
        self._sorted_words: tuple[list[str], list[int]] | None = None
        self._stems: dict[str, int] | None = None  # see _stem_counts
        self._respell: dict[str, int] | None = None  # see _respell_counts
        self._card_docs: frozenset[str] | None = None  # see _card_documents
        self._pages: dict[str, dict[int, int]] | None = None  # see _page_rows
        self._giving: dict[str, frozenset[int]] | None = None  # see _entries_giving
        self._listed: frozenset[str] | None = None  # see _synonym_typos
        self._headings: dict[int, _CardHeading] | None = None
        self._tails: frozenset[str] | None = None  # see _named_by_tails
        self._numberless: frozenset[str] | None = None  # see _numberless_anchors
        self._parts: dict[str, bool] | None = None  # see _as_parts
        self._subjects: frozenset[str] | None = None  # see _card_subjects
        self._joins: dict[int, frozenset[str]] | None = None  # see _subjects_named
        self._textless: frozenset[str] | None = None  # see documents_without_text

    @classmethod
    def open(cls, path: Path, *, verify: bool = True) -> SearchIndex:
        """Open an index read-only; :class:`SearchIndexError` if it is missing, damaged, not an
        index or of a format this program can't read. ``verify`` checks the embedded checksum
        (reads the whole file: ~15 ms per 1 000 pages); pass False only for a file just checked
        against the pack manifest's SHA-256. The pack's ``synonyms.toml`` next to it is read
        too; without one, search works without synonyms."""
        path = Path(path)
        _check_file(path)
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise _error("unreadable", path, exc) from exc
        # A hostile file can make a check run for ever (a view that recurses): give it a time.
        deadline = time.monotonic() + OPEN_BUDGET_S
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
        try:
            meta = _check_contents(conn, path, verify)
            return cls(path, conn, meta)
        except SearchIndexError:
            conn.close()
            if time.monotonic() > deadline:
                raise _error("slow", path) from None
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _error("corrupt", path, exc) from exc
        except BaseException:
            conn.close()
            raise

    @property
    def entry_count(self) -> int:
        return int(self.meta["entries"])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def parse(self, query: str) -> ParsedQuery:
        """The query taken apart with this pack's synonyms. A telephone number typed in groups
        with its area code ("021 39 20 00") is looked for as the whole number only, in an index
        that holds the texts' numbers as digits: its groups found each on its own matched
        another number's "021", "39" and "20" and the "00" of its opening hours, and a number
        no text has seemed to be there. Other groups ("2017 2020") still match as typed."""
        pq = parse_query(query, self.synonyms)
        if "numbers" not in self.meta.get("features", "").split() \
                or not any(t.groups and t.text.startswith("0") for t in pq.terms):
            return pq
        return dataclasses.replace(pq, terms=tuple(
            dataclasses.replace(t, groups=()) if t.groups and t.text.startswith("0") else t
            for t in pq.terms))

    def highlight_terms(self, query: str) -> list[str]:
        """Words a PDF viewer should highlight for this query: the query words as typed (lower
        case, no syntax), phrases whole, the last word as typed (it is matched as a prefix).
        ``Hit.matched`` is more precise for one hit page."""
        return parse_query(query).highlight_terms()

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Best hits first. Never raises: a query with nothing searchable, an interrupted or
        failed query (logged) gives [] or the hits found so far."""
        return self._search(query, limit)[0]

    def _search(self, query: str, limit: int, *, lazy: bool = False) -> tuple[list[Hit], str]:
        """``search``'s hits and the query they were looked for with (``respelled``);
        ``lazy``: without their snippets (``_hits``)."""
        respelled = query
        try:
            pq = self.parse(query)
            limit = min(int(limit), MAX_LIMIT)
            if pq.is_empty or limit <= 0:
                return [], query
            with self._lock:
                self._deadline = time.monotonic() + TIME_BUDGET_S
                try:
                    respelled = self._respelled(query, pq)
                    if respelled != query:
                        pq = self.parse(respelled)
                    pq = self._complete_words(pq).led_by_common_synonyms(self._stem_counts())
                    pq = self._as_parts(pq)
                    found = self._rank(pq, limit)
                    typo_pq = self._typo_query(pq) if len(found) < min(FEW, limit) else None
                    typos = self._rank(typo_pq, limit - len(found), skip=found,
                                       level=swedish.TYPO) if typo_pq else {}
                    extra = self._hits(typo_pq, typos, lazy=lazy) \
                        if typo_pq is not None and typos else []
                    if not found and not typos:
                        split = self._compounds_split(respelled, pq)
                        if split is not None:
                            spq = self._complete_words(self.parse(split))
                            spq = spq.led_by_common_synonyms(self._stem_counts())
                            found = self._rank(spq, limit)
                            # Its parts found as words, not only inside or at the beginning
                            # of others: "vårdcentralen" found "vårdbesök" and "centrala
                            # Västerås".
                            if any(lvl >= swedish.WORD for _score, lvl in found.values()):
                                return self._hits(spq, found, lazy=lazy), split
                            found = {}
                    return self._hits(pq, found, lazy=lazy) + extra, respelled
                finally:
                    self._deadline = 0.0
        except Exception as exc:  # called on every keystroke; a failure must not crash the UI
            if isinstance(exc, sqlite3.DatabaseError) and "interrupt" not in str(exc):
                # Damaged index data: say so (``damage``) rather than answer "no hits".
                self.damage = _error("corrupt", self.path, exc)
            log.warning("search failed (%s)", type(exc).__name__)
            return [], respelled

    def answer(self, query: str, limit: int = 20) -> Answer:
        """``search`` and what to say beside it. When no page holds every word but some of
        them find something ("pappa slår": no page names a parent and hitting together), the
        hits for those words ("slår"), marked ``fewer``: a worker in a hurry sees the signs
        of violence at once instead of a link to them. Else "Menade du …?". When only the
        action card's printed pages hold the words, its entries for fewer of them come first
        (``entries_for``, ``_card_entries_instead``). Never raises.

        The first ``limit`` hits of a longer answer, for any ``limit`` up to ``ANSWER_DEPTH``:
        what is put first is chosen among that many, then the list is cut."""
        limit, depth = max(0, min(int(limit), MAX_LIMIT)), max(int(limit), ANSWER_DEPTH)
        answer = self._answer(query, depth)
        # Snippets only for the hits shown (made for all of the deeper list, they doubled the
        # time of the command line's first search).
        return dataclasses.replace(answer, hits=[h.with_snippet() for h in answer.hits[:limit]])

    def _search_lazy(self, query: str, limit: int) -> list[Hit]:
        return self._search(query, limit, lazy=True)[0]

    def _answer(self, query: str, limit: int) -> Answer:
        hits, searched = self._search(query, limit, lazy=True)
        fewer = False
        if not hits:
            suggestion = self.suggest(query)
            asked = query
            if suggestion is None:  # a compound of which the texts know one part
                asked = self._split_one_known(query) or query
                suggestion = self.suggest(asked) if asked != query else None
            if suggestion is not None and _leaves_out_words(asked, suggestion):
                hits, searched = self._search(suggestion, limit, lazy=True)
                fewer = bool(hits)
            if not hits:
                return Answer([], query, suggestion=suggestion)
            # The place left out: another municipality's entries after the county's, the
            # national ones and the steps, as when the card has the rest only for other
            # places ("kungsör kvinnojour" led with Kvinnojouren i Sala).
            left_out = self._places(query) - self._places(searched)
            if left_out:
                hits = _cards_place_first(hits, left_out)
        entries_for, entries = self._card_entries_instead(hits, searched, limit)
        if entries:
            shown = {(e.doc_id, e.page, e.anchor) for e in entries}
            pages = [h for h in hits if (h.doc_id, h.page, h.anchor) not in shown]
            return Answer((entries + pages)[:limit], searched, fewer, entries_for=entries_for)
        return Answer(self._besides_a_missing_entry(hits, searched, limit), searched, fewer)

    def _besides_a_missing_entry(self, hits: list[Hit], searched: str,
                                 limit: int) -> list[Hit]:
        """``hits``, with the card entries that serve a place (the county's, the national ones,
        the steps) right after the place's own when its own entries have no number: "arboga
        socialjour" led with Arboga's entry ("Uppgift saknas") and then only pages, not the
        county's socialjour, which the card offers for Arboga with its caveat."""
        places = self._places(searched)
        own = [h for h in hits if h.kind == "card" and _card_place(h.title).lower() in places]
        if not own or any(h.anchor not in self._numberless_anchors() for h in own):
            return hits
        rest = _without(normalize_text(searched), places)
        if not self.parse(rest).terms:
            return hits
        def key(h: Hit) -> tuple[str, int, str]:
            return h.doc_id, h.page, h.anchor

        mine = {key(h) for h in own}
        serving = [h for h in self._search_lazy(rest, limit) if h.kind == "card"
                   and _card_place(h.title).lower() not in swedish.PLACE_NAMES
                   and key(h) not in mine][:FEW]
        taken = mine | {key(h) for h in serving}
        return (own + serving + [h for h in hits if key(h) not in taken])[:limit]

    def _numberless_anchors(self) -> frozenset[str]:
        """The card's contacts without a number (weighed ``MISSING_WEIGHT``), by anchor; read
        once."""
        if self._numberless is None:
            self._numberless = frozenset(
                card.anchor for rowid, card in self._card_headings().items()
                if self._weights.get(rowid, 1.0) <= MISSING_WEIGHT)
        return self._numberless

    def _places(self, query: str) -> set[str]:
        """The place names of ``query`` (as respelled for the search: "kungsor" is Kungsör)."""
        return {t.text for t in self.parse(self.respelled(query)).terms if t.place}

    def _split_one_known(self, query: str) -> str | None:
        try:
            with self._lock:
                return self._compounds_split(query, self.parse(query), one_known=True)
        except Exception as exc:  # never raises: only a suggestion is lost
            log.warning("compound split failed (%s)", type(exc).__name__)
            return None

    def _card_entries_instead(self, hits: list[Hit], searched: str,
                              limit: int) -> tuple[str, list[Hit]]:
        """When no entry of the action card holds every word, the entries for fewer of them
        and those words; else ("", []):

        - when only the card's printed pages hold them ("mamma har blåmärken": a parent in one
          sign, bruises in another), the entries for fewer words ("blåmärken"). Where another
          document's page has them all ("våld mot äldre"), that page is what is read;
        - when the query names a place, the entries for the rest: the place's own, then the
          county's, the national ones and the steps, other municipalities' last ("arboga
          kvinnojour" led with a strategy's page naming Arboga and Sala's kvinnojour, and
          Kvinnofridslinjen never came; "köping djurskydd" with pages, not the county's
          animal welfare 010-224 96 00, which serves every municipality);
        - when it says in words no text has what the synonym list names ("vågar inte gå hem":
          skyddat boende), the entries whose heading names that: "hon vågar inte gå hem med barnen"
          showed nine pages and not the step to the social services "även för skyddat boende".
        """
        try:
            pq = self.parse(searched)
            places = {t.text for t in pq.terms if t.place}
            cards = [h for h in hits if h.kind == "card"]
            # An entry has them all: it is read; but one that only mentions the place
            # ("Ge numret till Kvinnofridslinjen" names Västerås's kvinnojour) is not what
            # "brottsofferjouren västerås" asks for.
            if cards and (not places or any(_card_place(h.title).lower() in places
                                            for h in cards)):
                return "", []
            if places and len(places) < len(pq.terms) + len(pq.phrases):
                # The place's own entries for the rest first, then the county's, the national
                # ones and the steps, another municipality's last ("Kvinnojouren i Sala" is
                # not Arboga's): "skyddat boende köping", "köping djurskydd" showed only the
                # pages that happen to name Köping, and no number.
                rest = _without(normalize_text(searched), places)
                entries = [h for h in self._search_lazy(rest, limit) if h.kind == "card"]
                if entries:  # half the list at most: the pages naming the place follow
                    return rest, _place_first(entries, places)[:max(FEW, limit // 2)]
            if cards:
                return "", []
            if all(h.doc_id in self._card_documents() for h in hits):
                fewer = self._with_fewer_words(pq, normalize_text(searched), set(),
                                               entries=True)
                if fewer is None:
                    return "", []
                return fewer, [h for h in self._search_lazy(fewer, limit)
                               if h.kind == "card"]
            # Said in words no text has (the texts' own words find their pages).
            said = [p for p in pq.phrases if p.loose and p.alts and not self._rank(
                ParsedQuery(phrases=(dataclasses.replace(p, alts=()),)), 1)]
            if said:
                fewer = said[0].display
                topic = self.parse(fewer)
                entries = [h for h in self._search_lazy(fewer, limit) if h.kind == "card"]
                named = self._named_by_heading(topic, entries)
                return (fewer, [h for h in entries if h.anchor in named]) if named else ("", [])
            return "", []
        except Exception as exc:  # the hits found stand; this only adds to them
            log.warning("entries for fewer words failed (%s)", type(exc).__name__)
            return "", []

    def _named_by_heading(self, pq: ParsedQuery, entries: list[Hit]) -> set[str]:
        """The anchors of those ``entries`` whose heading names every word of ``pq``."""
        wanted = {h.anchor for h in entries}
        with self._lock:
            headings = self._card_headings()
        return {card.anchor for card in headings.values()
                if card.anchor in wanted and _names_all(pq, card.name)}

    def _card_documents(self) -> frozenset[str]:
        """The documents whose entries are the action card's (its printed version's id)."""
        if self._card_docs is None:
            with self._lock:
                self._card_docs = frozenset(row[0] for row in self._conn.execute(
                    "SELECT DISTINCT doc_id FROM entries WHERE kind = 'card'"))
        return self._card_docs

    def suggest(self, query: str) -> str | None:
        """"Menade du …?" for a query that found nothing: each word that finds nothing on its
        own replaced by the nearest indexed word (one or two edits), else the query without
        such words (``_with_fewer_words``), when that finds something; else None. A word that
        finds something on its own ("hund": "hundar") is never replaced ("hand"). Never
        raises."""
        try:
            pq = self.parse(query)
            if pq.is_empty:
                return None
            with self._lock:
                vocabulary = self._words()
            # Not an abbreviation: "RFSU" is no typo of "rfsl".
            candidates = [t.text for t in pq.terms if t.text not in vocabulary and not t.alts
                          and not t.whole and t.text.isalpha()
                          and 4 <= len(t.text) <= MAX_SUGGEST_LETTERS]
            # A pasted paragraph stays cheap: a few words are looked at.
            unknown = {w for w in candidates[:MAX_SUGGEST_WORDS] if not self.search(w, limit=1)}
            changes = {}
            for word in unknown:
                best = swedish.nearest(word, vocabulary, 2 if len(word) >= SUGGEST_TWO_EDITS else 1)
                if best:
                    changes[word] = best
            text = normalize_text(query[:swedish.MAX_QUERY_CHARS])
            if changes:
                suggestion = _WORDS.sub(lambda m: changes.get(m.group(0).lower(), m.group(0)),
                                        text)
                suggestion = " ".join(suggestion.split())
                if self.search(suggestion, limit=1):
                    return suggestion
            return self._with_fewer_words(pq, text, unknown)
        except Exception as exc:  # never raises: the panel calls it after an empty search
            log.warning("suggestion failed (%s)", type(exc).__name__)
            return None

    def _with_fewer_words(self, pq: ParsedQuery, text: str, unknown: set[str], *,
                          entries: bool = False) -> str | None:
        """Every word of a query must match: "pizza socialjour" found nothing because no page
        says "pizza". The query without the words that find nothing on their own (``unknown``),
        and if that is not enough without one of its meanings too, that finds something; None
        for a one-word query. Words of one synonym group are one meaning ("mamma … pappa"), a
        hyphenated or quoted expression is one ("ex-chef"), and the meaning that finds the
        fewest pages goes first: "mamma blir slagen av pappa" keeps "slagen". A vague verb
        (``swedish.VAGUE``) goes before any of them: "tolk behövs" keeps "tolk". With
        ``entries``, what is left must find an entry of the action card, and when leaving one
        meaning out is not enough, they are left out one after another, fewest pages first."""
        terms = [t for t in pq.terms if t.text.isalpha()]
        if len(terms) + len(pq.phrases) < 2:
            return None
        groups: dict[frozenset[tuple[str, ...]], set[str]] = {}
        for term in terms[:MAX_SUGGEST_WORDS]:
            if term.text not in unknown:
                group = {tuple(map(swedish.stem, e)) for e in term.alts} | {(term.stem,)}
                groups.setdefault(frozenset(group), set()).add(term.text)
        # Each meaning: the words that go with it, and a query that asks for it alone.
        meanings = [(words, " ".join(sorted(words))) for words in groups.values()]
        meanings += [(set(p.words), '"' + " ".join(p.words) + '"')
                     for p in pq.phrases[:MAX_SUGGEST_WORDS]]
        # How many pages each meaning finds alone (up to a search's first 20 hits).
        # Of two that find as many, a word of the synonym list (a topic the list knows) stays
        # and a plain word goes: "hedersvåld skola" searched "skola".
        listed = {t.text for t in terms if t.alts}
        ranked = [words for words, _alone in sorted(meanings, key=lambda meaning: (
            not meaning[0] <= swedish.VAGUE, len(self.search(meaning[1], limit=20)),
            bool(meaning[0] & listed), -max(map(len, meaning[0]))))]
        # While a word that no page has is left in, nothing is found: it goes in every try.
        tries = [unknown, *(unknown | words for words in ranked)] if unknown else list(ranked)
        if entries:  # then two meanings, three, … left out: the fewest pages first
            tries += [set().union(*ranked[:n]) for n in range(2, len(ranked))]
        for dropped in tries:
            fewer = _without(text, dropped)
            left = self.parse(fewer)
            asks = [t for t in left.terms if t.text not in swedish.STOPWORDS]
            if not (asks or left.phrases):
                continue
            found = self.search(fewer, limit=20 if entries else 1)
            # Found as words, not only inside or at the beginning of others: "restraining
            # order" offered "order" for "ordnar".
            if any(h.kind == "card" for h in found) if entries else \
                    any(h.score >= swedish.WORD for h in found):
                return fewer
        return None

    def page_text(self, doc_id: str, page: int) -> str | None:
        """The indexed text of ``page`` (1-based) of ``doc_id``; None when the index has no such
        page (or cannot be read: logged). For the page's text view and bookmarks."""
        return self.page_texts(doc_id, page).get(page)

    def page_texts(self, doc_id: str, page: int | None = None) -> dict[int, str]:
        """Page → indexed text of every page of ``doc_id`` (or of ``page`` only); {} for a
        document the index does not hold. Never raises (a damaged index is logged)."""
        try:
            with self._lock:
                rows = self._page_rows().get(doc_id, {})
                wanted = [rows[page]] if page is not None and page in rows else \
                    ([] if page is not None else list(rows.values()))
                if not wanted:
                    return {}
                return {int(p): str(t) for p, t in self._conn.execute(
                    f"SELECT page, text FROM entries WHERE rowid IN "
                    f"({', '.join('?' * len(wanted))}) ORDER BY page", wanted)}
        except sqlite3.Error as exc:
            log.warning("page text not read (%s)", type(exc).__name__)
            return {}

    def documents_without_text(self) -> frozenset[str]:
        """The documents whose pages hold (almost) no text (``core.searchable``): a scanned
        PDF, whose words no search finds, only its title. Read once; never raises (a damaged
        index is logged and gives none)."""
        if self._textless is None:
            try:
                with self._lock:
                    self._textless = textless_documents(self._conn)
            except sqlite3.Error as exc:
                log.warning("documents without text not read (%s)", type(exc).__name__)
                return frozenset()
        return self._textless

    def _page_rows(self) -> dict[str, dict[int, int]]:
        """doc id → page → rowid, read once: the index file has no index on (doc, page) and
        is never changed, and this read skips the texts (a lookup is then one row)."""
        if self._pages is None:
            pages: dict[str, dict[int, int]] = {}
            for rowid, doc_id, page in self._conn.execute(
                    "SELECT rowid, doc_id, page FROM entries WHERE kind = 'page'"):
                pages.setdefault(doc_id, {}).setdefault(int(page), int(rowid))
            self._pages = pages
        return self._pages

    def _over_time(self) -> int:
        return 1 if self._deadline and time.monotonic() > self._deadline else 0

    def _words(self) -> dict[str, int]:
        """Every word of titles and texts (lower case) → the number of entries it is in."""
        if self._vocabulary is None:
            self._read_vocabulary()
        assert self._vocabulary is not None
        return self._vocabulary

    def _stem_counts(self) -> dict[str, int]:
        """Every stem of the texts → the number of entries it is in."""
        if self._stems is None:
            self._read_vocabulary()
        assert self._stems is not None
        return self._stems

    def _respell_counts(self) -> dict[str, int]:
        """``_stem_counts`` and the synonym list's words: a word only the list knows
        ("hedersvåld", "svälter") is respelled from "hedersvald" too, as a word of the texts
        is; it counts as one entry, so a word the texts hold keeps its own weight."""
        if self._respell is None:
            counts = dict(self._stem_counts())
            for group in self.synonyms.groups:
                for word in (w for expression in group for w in expression):
                    counts.setdefault(swedish.stem(word), 1)
            self._respell = counts
        return self._respell

    def _synonym_begun(self, prefix: str) -> str | None:
        """The word of the synonym list that ``prefix`` begins, when no word of the texts
        begins so and the list's words that do are of one group ("narkot" → "narkotika",
        the shortest): while such a word was typed, nothing was found until it was whole."""
        if len(prefix) < swedish.MIN_PREFIX_RESPELL or not self.synonyms \
                or self._entries_beginning(prefix):
            return None
        found = {(n, expr[0]) for n, group in enumerate(self.synonyms.groups) for expr in group
                 if len(expr) == 1 and expr[0].startswith(prefix) and expr[0] != prefix}
        if len({n for n, _word in found}) != 1:
            return None  # none, or words of different groups: the next letter tells
        return min((word for _n, word in found), key=lambda w: (len(w), w))

    def _entries_beginning(self, prefix: str) -> int:
        """How many entries hold a word beginning with ``prefix`` (summed over the words, so an
        entry with two such words counts twice: enough to compare two prefixes)."""
        if self._sorted_words is None:
            ordered = sorted(self._words().items())
            running, total = [0], 0
            for _word, count in ordered:
                total += count
                running.append(total)
            self._sorted_words = ([w for w, _c in ordered], running)
        words, running = self._sorted_words
        lo = bisect.bisect_left(words, prefix)
        hi = bisect.bisect_left(words, prefix + "\U0010ffff", lo)
        return running[hi] - running[lo]

    def _read_vocabulary(self) -> None:
        """Both of the above, in one pass over the index's vocabulary."""
        self._conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary "
                           "USING fts5vocab(main, words, col)")
        words: dict[str, int] = {}
        stems: dict[str, int] = {}
        for term, column, count in self._conn.execute(
                "SELECT term, col, doc FROM temp.vocabulary"):
            if column == "stems":
                stems[term] = stems.get(term, 0) + count
            elif column != "keywords" and term.isalpha():  # title, body
                words[term] = words.get(term, 0) + count
        self._vocabulary, self._stems = words, stems

    def respelled(self, query: str) -> str:
        """``query`` with the words typed without å, ä, ö that this index knows with them
        written with them ("vald i nara relationer" → "våld i nära relationer"), and the
        county's place names as written ("kungsor", "salas", "kopping", "Västerås stads" →
        "kungsör", "sala", "köping", "västerås": ``swedish.place_meant``); ``query`` itself
        when there is none. What ``search`` looks for. Never raises."""
        try:
            pq = self.parse(query)
            with self._lock:
                return self._respelled(query, pq)
        except Exception as exc:
            log.warning("respelling failed (%s)", type(exc).__name__)
            return query

    def _respelled(self, query: str, pq: ParsedQuery) -> str:
        # A word the pack's synonym list knows is a word as typed ("natt", not "nått").
        words = [t.text for t in pq.terms if not t.alts and not t.whole] + [
            w for p in pq.phrases if not p.alts for w in p.words]
        # The word being typed, not yet a word of the index ("orosanmal"): by how its words
        # begin, or the synonym list's word it begins ("narkot"). A complete one ("vald") is
        # respelled as the other words are.
        typing = next((t.text for t in pq.terms if t.prefix and not t.alts
                       and t.text not in self._words()), None)
        completed = self._synonym_begun(typing) if typing else None
        typos = self._synonym_typos(words)
        vocabulary = self._words()
        places = {t.text: place for t in pq.terms
                  if (place := swedish.place_meant(t.text, known=t.text in vocabulary))}
        if completed is None and not typos and not places \
                and all(not w.isascii() for w in words):
            return _without_town(query, pq)
        spelled = completed or (swedish.respelled_prefix(typing, self._entries_beginning)
                                if typing else None)
        changes = swedish.respellings([w for w in words if w != typing or spelled is None],
                                      self._respell_counts())
        if typing is not None and spelled is not None:
            changes[typing] = spelled
        changes = {**typos, **changes, **places}
        if not changes:
            return _without_town(query, pq)
        # Only the words changed: quotes and hyphens keep their meaning.
        respelled = _WORDS.sub(lambda m: changes.get(m.group(0).lower(), m.group(0)),
                               normalize_text(query[:swedish.MAX_QUERY_CHARS]))
        return _without_town(respelled, self.parse(respelled))

    def _synonym_typos(self, words: list[str]) -> dict[str, str]:
        """Query word → the synonym list's word one edit away, for words of eight letters or
        more that neither the texts nor the list have, nor any word of the texts one edit away:
        a misspelt word only the list knows ("tysnadsplikt", "anmälninsplikt") found nothing or
        a part of it, and one matched in a word of the texts ("orosanmälnig") lost its group.
        A shorter word one edit away is as often another form or another word ("pappan")."""
        out: dict[str, str] = {}
        if not self.synonyms:
            return out
        for word in words:
            if len(word) < SUGGEST_TWO_EDITS or not word.isalpha() or word in self._words():
                continue
            if self._listed is None:
                self._listed = frozenset(w for group in self.synonyms.groups
                                         for expression in group if len(expression) == 1
                                         for w in expression)
            if word in self._listed:
                continue
            # The list's few words first (the first letter as typed, as ``swedish.nearest``):
            # most unknown words are near none, and the texts' words are not looked at.
            near = sorted(w for w in self._listed if w[:1] == word[:1]
                          and abs(len(w) - len(word)) <= 1 and swedish.distance(word, w, 1) <= 1)
            if near and not swedish.one_edit(word, self._words()):
                out[word] = near[0]
        return out

    def _complete_words(self, pq: ParsedQuery) -> ParsedQuery:
        """The last word is matched as a prefix while it is being typed ("kvinnof"); once it
        is a word of the index ("barn"), its longer words ("barnahus") come a level lower, by
        its root, like for any other word: the first level stays small and fast."""
        last = next((t for t in pq.terms if t.prefix), None)
        if last is None:
            return pq
        row = self._conn.execute("SELECT rowid FROM words WHERE words MATCH ? LIMIT 1",
                                 (f"{{title body}} : {swedish.quoted(last.text)}",)).fetchone()
        return pq.completed(last.text) if row else pq

    def _as_parts(self, pq: ParsedQuery) -> ParsedQuery:
        """The query with each word that no word of the texts holds as a compound's part matched
        only as a word or its beginning: "sova" was found inside "barnhälsovård" ("hälso" +
        "vård"), and that one hit hid the link to where one can turn. A part is where a word of
        the texts (and a linking "s") ends before it, or where it ends the word in a form of its
        own or a word of the texts follows it ("orosanmälan", "socialjoursnummer")."""
        terms = tuple(dataclasses.replace(t, inside=False) if t.key and not self._is_part(t.key)
                      else t for t in pq.terms)
        return dataclasses.replace(pq, terms=terms)

    def _is_part(self, key: str) -> bool:
        if self._parts is None:
            self._parts = {}
        if key not in self._parts:
            words = self._words()
            self._parts[key] = any(
                _is_part_at(w, i, key, words)
                for w in words if key in w[1:]
                for i in range(1, len(w)) if w.startswith(key, i))
        return self._parts[key]

    def _compounds_split(self, query: str, pq: ParsedQuery, *, one_known: bool = False
                         ) -> str | None:
        """``query`` with each word that no entry holds, not even inside a longer word, written
        as the two indexed words it is made of, the second after a linking "s" or not
        ("helgjour" → "helg jour", "socialjoursnummer" → "socialjour nummer"); None when no
        word splits so. A compound the texts never write found nothing and offered nothing,
        though they have both its parts. ``one_known``: one part indexed is enough
        ("djurskyddsinspektör" → "djurskydd inspektör", for ``answer``'s fewer words)."""
        stems = self._stem_counts()
        changes: dict[str, str] = {}
        for term in pq.terms:
            w = term.text
            if len(w) < 2 * MIN_COMPOUND_PART or not w.isalpha() or term.alts \
                    or w in self._words() or self._rank(ParsedQuery((swedish.Term(w),)), 1):
                continue
            # Both parts known first, the more common; else the longer known part; the
            # linking "s" left out ("socialjour nummer", not "socialjours nummer").
            best: tuple[int, int, bool, str] | None = None
            for i in range(MIN_COMPOUND_PART, len(w) - MIN_COMPOUND_PART + 1):
                head, tail = w[:i], w[i:]
                heads = [head] + ([head[:-1]] if head.endswith("s") and
                                  len(head) > MIN_COMPOUND_PART else [])
                for part in heads:
                    counts = [stems.get(swedish.stem(x), 0) for x in (part, tail)]
                    if all(counts) and not one_known:
                        if not self._near(part, tail):
                            continue
                        found = (2, min(counts), part != head, f"{part} {tail}")
                    elif one_known and any(counts) and not all(counts) and _one_part_known(
                            part, tail, counts, self._words()) and self._is_compound(
                                part if counts[0] else tail):
                        found = (1, len(swedish.stem(part if counts[0] else tail)), part != head,
                                 f"{part} {tail}")
                    else:
                        continue
                    best = found if best is None or found[:3] > best[:3] else best
            if best is not None:
                changes[w] = best[3]
        if not changes:
            return None
        return _WORDS.sub(lambda m: changes.get(m.group(0).lower(), m.group(0)),
                          normalize_text(query[:swedish.MAX_QUERY_CHARS]))

    def _near(self, head: str, tail: str) -> bool:
        """Whether some entry has both parts of a compound near each other, or the second is a
        word that only asks ("nummer"): a compound is one thing, not its parts anywhere on a
        page ("vårdcentralen" found "vård" and "centrala Västerås")."""
        if tail in swedish.STOPWORDS:
            return True
        return self._conn.execute("SELECT rowid FROM words WHERE words MATCH ? LIMIT 1",
                                  (swedish.near_expression((head, tail)),)).fetchone() is not None

    def _is_compound(self, word: str) -> bool:
        """Whether ``word`` is two words of the texts ("djurskydd": "djur" + "skydd"): a topic
        the texts name, that may stand for a compound of it they do not write
        ("djurskyddsinspektör"); a plain word ("kontakt", "besök") says too little, and stood
        for "kontaktförbud" and "besöksförbud", which the texts do not have."""
        stems = self._stem_counts()
        for i in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            head, tail = word[:i], word[i:]
            heads = [head] + ([head[:-1]] if head.endswith("s") else [])
            if any(stems.get(swedish.stem(h), 0) and stems.get(swedish.stem(tail), 0)
                   for h in heads):
                return True
        return False

    def _typo_query(self, pq: ParsedQuery) -> ParsedQuery | None:
        """The query with each unknown word of six letters or more matched by the indexed
        words one edit away, or None when there is no such word."""
        words = None
        changes: dict[str, tuple[str, ...]] = {}
        for term in pq.terms:
            if len(term.text) < MIN_TYPO_LETTERS or not term.text.isalpha() or term.whole:
                continue
            words = self._words() if words is None else words
            if term.text not in words:
                near = swedish.one_edit(term.text, words)
                if near:
                    changes[term.text] = near
        return pq.replaced(changes) if changes else None

    def _rank(self, pq: ParsedQuery, limit: int, *,
              skip: dict[int, tuple[float, int]] | None = None,
              level: int | None = None) -> dict[int, tuple[float, int]]:
        """rowid → (score, level), in rank order; ``level`` overrides the match level (TYPO),
        ``skip`` holds rows already found."""
        found: dict[int, tuple[float, int]] = {}
        skip = skip or {}
        weights = self._weights
        giving = frozenset().union(*(self._entries_giving().get(a, ()) for a in pq.asks))
        headings = self._card_headings()
        named: dict[int, tuple[int, float, bool, float, float]] = {}
        # Entries whose heading is the question asked, a compound of the query said by its
        # last part: "Vad händer efter anmälan" for "vad händer efter en orosanmälan" (its
        # text never says "orosanmälan"; the printed page that does came fourth).
        itself = [_as_itself(t) for t in pq.terms]
        named_by_tail = self._named_by_tails(pq, itself) if level is None else set()
        asked = {t.text for t in pq.terms if t.place}
        # What a word of the query is about when said alone ("orosanmälan": a child).
        items: list[swedish.Term | swedish.Phrase] = [*pq.terms, *pq.phrases]
        meant = {swedish.stem(w) for x in items for w in swedish.senses(x)}
        # The card's signs of the subject a query asks signs of ("tecken på att barn far illa"),
        # found at the best level whatever their own words, and named by their section.
        signs = self._signs_asked(pq, itself) if level is None else set()
        # The entries that join the subjects a query is about ("skyddat boende hund": an
        # adult's and an animal's), named by them.
        joining = self._joining(pq, itself, meant) if level is None else set()
        by_tail = set(named_by_tail) | signs
        # Whether the query names a subject of the card (Barn, Vuxna, Djur) as itself.
        subjects = self._card_subjects() if len(pq.terms) == 1 else frozenset()
        # One word alone ("hunden") that names a subject only by a synonym ("djur"); with more
        # words ("hund vanvårdad") the rest says which entry, and "djur" itself means Djur.
        by_synonym = len(pq.terms) == 1 and not pq.phrases \
            and swedish.stem(pq.terms[0].text) not in subjects \
            and any(w in subjects for a in pq.terms[0].alts if len(a) == 1
                    for w in (swedish.stem(a[0]),))
        for match_level, sql, params in _plan(pq, self._keywords):
            tier = match_level if level is None else level
            window = RANK_DEPTH + len(found) + len(skip) + _WINDOW  # not limit: see RANK_DEPTH
            try:
                rows = self._conn.execute(sql, (*params, window)).fetchall()
            except sqlite3.OperationalError as exc:  # interrupted by the time budget
                log.warning("search level %d stopped: %s", match_level, exc)
                break
            if by_tail:  # found at the best level, as if the text had the word
                rows += [(rowid, 0.0) for rowid in sorted(by_tail - {r for r, _b in rows})]
                by_tail = set()
            scored = []
            for rowid, bm25 in rows:
                if rowid not in found and rowid not in skip:
                    relevance = max(0.0, -float(bm25)) * weights.get(rowid, 1.0)
                    share = relevance / (1.0 + relevance)
                    # A card entry whose heading names every word first, in the order of its
                    # weight (a contact with a number before one without), then of bm25:
                    # "orosanmälan vuxen" led with pages, and the contacts with a number sank
                    # below those that say "Uppgift saknas" more often.
                    # Named by its own heading before named by the section it stands under
                    # (a step "… gör en orosanmälan" before the municipalities' contacts).
                    # Among those of one weight (weights differ by 0.1 or more), a step before
                    # a sign and an entry whose own text has the words before one named by its
                    # heading alone: "hund vanvårdad" led with the sign lines under "Skador och
                    # vanvård" ("Hälta, brännmärken eller tovig päls"), not the step to
                    # Länsstyrelsen that names dogs.
                    if rowid in headings:
                        if rowid not in named:
                            card = headings[rowid]
                            # An abbreviation the entry spells out names it as its heading
                            # does ("VOOV (Veterinär Omtanke Om Våldsutsatta)"): "VOOV" led
                            # with Kvinnofridslinjen, which only mentions it.
                            naming = 2 if rowid in named_by_tail \
                                or _names_all(pq, card.name + card.spelled) else \
                                1 if rowid in signs or rowid in joining or (card.section and
                                    _names_all(pq, card.name + card.section)) else 0
                            # A step (what to do) before a sign (what is seen); a contact
                            # first when a number is asked for ("polisnummer": the police's
                            # 114 14, not the animal step that names the police). Then the
                            # one whose own text has more of the words, then the one whose
                            # heading says less besides ("Anmälningsskyldighet för
                            # yrkesverksamma" before "Veterinärer och djurhälsopersonal:
                            # anmälningsskyldighet").
                            # A municipality's contact only when the query names its
                            # place: "nummer till socialjouren" leads with the county's step.
                            contact = card.contact and (
                                card.name[0] not in swedish.PLACE_NAMES
                                or any(t.text == card.name[0] for t in pq.terms))
                            # A query that is a contact's name ("polisen": the contact
                            # "Polisen, när det inte är akut") asks for it as "polisnummer"
                            # does; it led with the animal step "… djurplågeri: polisen".
                            called = contact and naming == 2 and bool(card.heading) and any(
                                t.level(card.heading[0]) >= swedish.ROOT for t in itself)
                            kind = (1.0 if contact else 0.5 if card.step else 0.0) \
                                if swedish.ASKS_NUMBER in pq.asks or called \
                                else float(card.step)
                            own = (4 * kind + 2 * _named_share(pq, card.body)
                                   + _heading_share(pq, itself, card)) / 7 if naming else 0.0
                            # Another municipality's contact that only names the place asked
                            # for after the place's own and the county's: "salas socialtjänst"
                            # led with Hallstahammar's socialjour ("gemensam med Västerås och
                            # Sala").
                            elsewhere = bool(asked) and card.contact \
                                and card.name[0] in swedish.PLACE_NAMES \
                                and card.name[0] not in asked
                            # Of those named alike, the one that names what the query's word
                            # is about: "orosanmälan sala" the children's unit, not the adults'.
                            sense = float(bool(meant) and meant <= card.stems | {
                                swedish.stem(w) for w in card.section})
                            # A step about another subject ("Fråga om djuren" under Vuxna,
                            # weighed less) that its own heading names, for a query that
                            # names by a synonym of a subject (``by_synonym``), weighs as a
                            # main entry: "hunden" found the pets' shelter (VOOV) 17th, after
                            # every step and sign under Djur.
                            weight = weights.get(rowid, 1.0)
                            if by_synonym and card.step and weight < 1.0 and naming == 2 \
                                    and _names_all(pq, card.heading):
                                weight = 1.0
                            named[rowid] = (naming, own, elsewhere, sense, weight)
                        naming, own, elsewhere, sense, weight = named[rowid]
                        if naming:
                            tie = (share + sense) / 2 if meant else share
                            share = naming + (weight + 0.09 * own + 0.009 * tie
                                             ) / (2.2 if elsewhere else 1.1)
                        elif elsewhere:
                            share /= 2
                    share /= 3
                    if pq.asks:  # the entries that give what is asked for first in the level
                        share = (share + (rowid in giving)) / 2
                    scored.append((tier + share, rowid))
            scored.sort(key=lambda x: (-x[0], x[1]))
            for score, rowid in scored:
                found[rowid] = (score, tier)
                if len(found) >= limit:
                    return found
        return found

    def _card_subjects(self) -> frozenset[str]:
        """The stems of the card's subjects ("barn", "vuxn", "djur"): the place of its signs
        and steps. Read once."""
        if self._subjects is None:
            self._subjects = frozenset(swedish.stem(card.name[0])
                                       for card in self._card_headings().values()
                                       if not card.contact and card.name)
        return self._subjects

    def _signs_asked(self, pq: ParsedQuery, itself: list[swedish.Term]) -> set[int]:
        """The card's signs of each subject a query asks signs of, by rowid: a word for signs
        (the word they are found by, their keywords' first: "tecken", and by its synonyms
        "varningssignaler", "signs") beside a subject named as itself or by a synonym ("barn",
        "en vuxen", "hunden", "djur som far illa"), when the card says something under that
        subject of the query's other words. A sign's own line has few of a question's words:
        "tecken på att barn far illa" led with pages quoting "far illa", and no sign for
        children was among the first five. When no entry under the subject has any of them
        ("tecken på könsstympning barn"), the pages that have them keep their order."""
        items: list[swedish.Term | swedish.Phrase] = [*pq.terms, *pq.phrases]
        if len(items) < 2:
            return set()
        headings = self._card_headings()
        signs = {rowid: card for rowid, card in headings.items()
                 if card.section and not card.contact and card.name}
        if not signs:
            return set()
        word = next(iter(signs.values())).section[0]  # "tecken"
        # The terms as themselves: one-word synonyms only.
        named: list[swedish.Term | swedish.Phrase] = [*itself, *pq.phrases]
        asking = {i for i, x in enumerate(named) if _names_word(x, word)}
        if not asking:
            return set()
        subjects = {card.name[0] for card in signs.values()}
        about = {i: {s for s in subjects if self._names_subject(named[i], s)}
                 for i in range(len(items)) if i not in asking}
        rest = [items[i] for i, found in about.items() if not found]
        wanted = set().union(*about.values())
        for subject in sorted(wanted):
            rows = [rowid for rowid, card in headings.items()
                    if not card.contact and card.name and card.name[0] == subject]
            if rest and not any(self._found_among(item, rows) for item in rest):
                wanted.discard(subject)
        return {rowid for rowid, card in signs.items() if card.name[0] in wanted}

    def _joining(self, pq: ParsedQuery, itself: list[swedish.Term],
                 meant: set[str]) -> set[int]:
        """The card's signs and steps whose place and heading name every subject of the card
        that the query is about, when it is about two or more: the subjects its words name (as
        themselves or by a synonym: "hund" is "djur") and their senses ("skyddat boende" is an
        adult's, ``swedish.senses``). Such an entry is where the card joins them: "skyddat
        boende hund" led with the Kvinnofridslinjen contact, and the Vuxna step on the animals
        (VOOV's foster homes, weighed as a side step) came fifth."""
        named = self._subjects_named()
        subjects = set().union(*named.values())
        about = {s for s in subjects if swedish.stem(s) in meant}
        items: list[swedish.Term | swedish.Phrase] = [*itself, *pq.phrases]
        about |= {s for x in items for s in subjects if self._names_subject(x, s)}
        if len(about) < 2:
            return set()
        return {rowid for rowid, names in named.items() if about <= names}

    def _subjects_named(self) -> dict[int, frozenset[str]]:
        """The subjects of the card ("barn", "vuxna", "djur") that each sign's and step's place
        and heading name, by rowid ("Vuxna: Fråga om djuren": vuxna, djur). Read once."""
        if self._joins is None:
            headings = self._card_headings()
            subjects = {card.name[0] for card in headings.values()
                        if not card.contact and card.name}
            self._joins = {rowid: frozenset(
                s for s in subjects if any(_names_word(self._as_term(w), s) for w in card.name
                                           if w not in swedish.STOPWORDS))
                for rowid, card in headings.items() if not card.contact and card.name}
        return self._joins

    def _as_term(self, word: str) -> swedish.Term:
        """``word`` as a query word with its one-word synonyms."""
        alts = self.synonyms.alternatives((swedish.stem(word),)) if self.synonyms else ()
        return swedish.Term(word, alts=tuple(a for a in alts if len(a) == 1 and a != (word,)))

    def _names_subject(self, item: swedish.Term | swedish.Phrase, subject: str) -> bool:
        """Whether a query word (as itself or a one-word synonym: "kvinna" is "vuxna") or a word
        of an expression ("barn far illa") names a subject of the card ("barn")."""
        if isinstance(item, swedish.Term):
            return item.level(subject) >= swedish.ROOT
        return any(_names_word(self._as_term(w), subject) for w in item.words
                   if w not in swedish.STOPWORDS)

    def _found_among(self, item: swedish.Term | swedish.Phrase, rows: list[int]) -> bool:
        """Whether one of the entries ``rows`` has a query word (any form, its root or a
        synonym) or expression."""
        expression = item.fts(swedish.ROOT) if isinstance(item, swedish.Term) else item.fts()
        return self._conn.execute(
            f"SELECT rowid FROM words WHERE words MATCH ? AND rowid IN "
            f"({', '.join(map(str, rows))}) LIMIT 1", (expression,)).fetchone() is not None

    def _named_by_tails(self, pq: ParsedQuery, itself: list[swedish.Term]) -> set[int]:
        """The card entries whose heading names the query with a compound of it said by its
        last part (``_names_all_by_tails``); the headings are looked at only when a word of
        the query ends with a heading's word, so other queries cost a few look-ups."""
        if len(pq.terms) + len(pq.phrases) < 2:
            return set()
        if self._tails is None:
            self._tails = frozenset(r for card in self._card_headings().values()
                                    for r in card.roots if len(r) >= 5)
        roots = [swedish.root(t.text) for t in pq.terms]
        tails = {r[i:] for r in roots for i in range(3, len(r) - 4)} & self._tails
        if not tails:
            return set()
        return {rowid for rowid, card in self._card_headings().items()
                if tails & card.roots and _names_all_by_tails(pq, itself, card)}

    def _card_headings(self) -> dict[int, _CardHeading]:
        """The words a card entry is called by on the card, by rowid: its place and heading
        ("Barn", "Gör en orosanmälan till socialtjänsten"), and for a contact the section it
        stands under and what it is ("Sala · Orosanmälan om vuxna · socialtjänsten i Sala");
        then the words of its own text (a step's without its heading), and whether it is a step.
        Read once (the card's entries)."""
        if self._headings is None:
            headings: dict[int, _CardHeading] = {}
            keywords = "keywords" if self._keywords else "''"
            for rowid, title, text, anchor, words in self._conn.execute(
                    f"SELECT rowid, title, text, anchor, {keywords} FROM entries "
                    "WHERE kind = 'card'"):
                name = swedish.tokens(normalize_text(title.split(" – ", 1)[-1]))
                # A contact: place · section · the municipality's social services, if it is one
                contact = " · " in text
                section = " ".join(text.split(" · ", 3)[:3]) if contact else words
                own = _after_heading(title, text)  # a step opens with its heading
                body = swedish.tokens(normalize_text(own))
                heading = swedish.tokens(normalize_text(_card_heading(title)))
                headings[rowid] = _CardHeading(
                    tuple(name), tuple(swedish.tokens(normalize_text(section))),
                    tuple(dict.fromkeys(body)), own is not text,
                    tuple(w for w in dict.fromkeys(heading) if w not in swedish.STOPWORDS),
                    anchor, frozenset(map(swedish.stem, name)),
                    frozenset(swedish.root(w) for w in name if w not in swedish.STOPWORDS),
                    contact, _spelled_out(text))
            self._headings = headings
        return self._headings

    def _entries_giving(self) -> dict[str, frozenset[int]]:
        """The action card's entries that give a number / opening hours (ASKS_NUMBER,
        ASKS_HOURS), by rowid: "öppettider socialjouren" is answered by the contacts with their
        hours, ahead of a step that only names the service. Read once (the card's ~100 entries)."""
        if self._giving is None:
            giving: dict[str, set[int]] = {swedish.ASKS_NUMBER: set(), swedish.ASKS_HOURS: set()}
            for rowid, text in self._conn.execute(
                    "SELECT rowid, text FROM entries WHERE kind = 'card'"):
                if swedish.grouped_numbers(text):
                    giving[swedish.ASKS_NUMBER].add(rowid)
                if _HOURS.search(text):
                    giving[swedish.ASKS_HOURS].add(rowid)
            self._giving = {k: frozenset(v) for k, v in giving.items()}
        return self._giving

    def _hits(self, pq: ParsedQuery, found: dict[int, tuple[float, int]], *,
              lazy: bool = False) -> list[Hit]:
        """The hits of ``found``; ``lazy``: their snippets made only when asked for
        (``Hit.with_snippet``), for ``answer``, which makes them for the hits it shows only."""
        if not found:
            return []
        rows = {row[0]: row[1:] for row in self._conn.execute(
            "SELECT rowid, doc_id, title, page, kind, anchor, text FROM entries "
            f"WHERE rowid IN ({', '.join('?' * len(found))})", tuple(found))}
        matcher = swedish.Matcher(pq)
        hits = []
        for rowid, (score, level) in found.items():
            doc_id, title, page, kind, anchor, text = rows[rowid]
            place = _card_place(title) if kind == "card" else ""
            # Said by the text when it opens with the place as a word ("Sala · …"), not as the
            # start of another ("Barnet berättar" is a sign under Barn, shown without it).
            said = text.startswith(place) and not text[len(place):len(place) + 1].isalpha()
            hit = Hit(doc_id, title, page, "", score, kind, anchor, (), "" if said else place,
                      _pending=partial(_snippet, matcher, title, text, kind, level))
            hits.append(hit if lazy else hit.with_snippet())
        return hits


def _snippet(matcher: swedish.Matcher, title: str, text: str, kind: str,
             level: int) -> tuple[str, tuple[str, ...]]:
    """A hit's snippet and the words matched on its page."""
    # Inflected forms always count as the word; roots and substrings only if needed.
    min_level = min(level, swedish.WORD) if level > swedish.TYPO else swedish.WORD
    snippet, matched = matcher.snippet(text, min_level)
    body = _after_heading(title, text) if kind == "card" else text
    if body is not text:  # the heading is shown beside the snippet: not twice
        snippet = matcher.snippet(body, min_level)[0]
    return snippet, matched


class _CardHeading(NamedTuple):
    """What a card entry is called by (``SearchIndex._card_headings``)."""

    name: tuple[str, ...]  # its place and heading: "barn", "gör", "en", "orosanmälan", …
    # A contact's place · section · what it is; a sign's section (its keywords); () for a step.
    section: tuple[str, ...]
    body: tuple[str, ...]  # the words of its own text (a step's without its heading)
    step: bool  # a step (its text opens with its heading)
    heading: tuple[str, ...]  # the heading's own words, place and small words left out
    anchor: str  # the entry's id on the card
    stems: frozenset[str]  # the stems of ``name``
    roots: frozenset[str]  # the roots of ``name``'s words but the small words
    contact: bool = False  # a contact (its text: place · section · …)
    spelled: tuple[str, ...] = ()  # the abbreviations its text spells out, lower case


# An abbreviation followed by what it stands for: "VOOV (Veterinär Omtanke Om Våldsutsatta)".
_SPELLED_OUT = re.compile(r"\b([^\W\d_]{2,5})\s*\(([^()]*)\)")


def _spelled_out(text: str) -> tuple[str, ...]:
    """The abbreviations (in capitals) ``text`` spells out in parentheses after them, lower
    case: the initials of the words in the parentheses, with or without their small words.
    "VOOV (tillfälliga jourhem …)" only says something about it."""
    out = []
    for m in _SPELLED_OUT.finditer(text):
        abbreviation = m.group(1)
        if not swedish.is_abbreviation(abbreviation):
            continue
        words = swedish.tokens(m.group(2))[:2 * len(abbreviation)]
        content = [w for w in words if w not in swedish.STOPWORDS]
        wanted = abbreviation.lower()
        if any("".join(w[0] for w in ws[:len(wanted)]) == wanted for ws in (words, content)):
            out.append(wanted)
    return tuple(dict.fromkeys(out))


def _heading_share(pq: ParsedQuery, itself: list[swedish.Term], card: _CardHeading) -> float:
    """The share of a card entry's heading words that the query names, as a word of its own
    (or its root), as a synonym, or as an expression the entry's name holds whole: how little
    the heading says besides what was asked."""
    if not card.heading:
        return 0.0
    named = {w for w in card.heading if any(t.level(w) >= swedish.ROOT for t in itself)}
    stems = card.stems
    for phrase in pq.phrases:
        for option in (phrase.words, *phrase.alts):
            option_stems = {swedish.stem(w) for w in option if w not in swedish.STOPWORDS}
            if option_stems <= stems:
                named |= {w for w in card.heading if swedish.stem(w) in option_stems}
    return len(named) / len(card.heading)


def _is_part_at(word: str, i: int, key: str, words: dict[str, int]) -> bool:
    """Whether ``key`` at ``i`` in ``word`` is a part of the compound (``_as_parts``)."""
    head, tail = word[:i], word[i + len(key):]
    return head in words or (head.endswith("s") and head[:-1] in words) \
        or swedish.root(word[i:]) == key or tail in words \
        or (tail.startswith("s") and tail[1:] in words)


def _one_part_known(head: str, tail: str, counts: list[int], words: dict[str, int]) -> bool:
    """Whether a compound with one part unknown splits plausibly: the known part a word of the
    texts as written, the other a word of its own length ("djurskydd" + "inspektör"), not the
    rest of a word the texts do not use ("barnahus" is no "barn" + "ahus")."""
    known, other = (head, tail) if counts[0] else (tail, head)
    return known in words and len(other) >= MIN_UNKNOWN_PART


def _names_all(pq: ParsedQuery, words: tuple[str, ...]) -> bool:
    """Whether every term and expression of the query is among ``words`` (a heading's), in a
    form of its own (or its root) or as a synonym."""
    return bool(pq.terms or pq.phrases) and _named_share(pq, words) == 1.0


def _names_word(item: swedish.Term | swedish.Phrase, word: str) -> bool:
    """Whether a query word names ``word`` as itself, its root or a one-word synonym
    ("varningssignaler": "tecken"), or an expression does by a one-word synonym ("warning
    signs")."""
    if isinstance(item, swedish.Term):
        return _as_itself(item).level(word) >= swedish.ROOT
    return any(len(alt) == 1 and swedish.Term(alt[0]).level(word) >= swedish.WORD
               for alt in item.alts)


def _as_itself(term: swedish.Term) -> swedish.Term:
    """``term`` matched as itself: a form of the word or a one-word synonym, not a word of an
    expression ("anmälan" of "anmälan om oro", "djurhållning" of "bristande djurhållning")."""
    return dataclasses.replace(term, alts=tuple(a for a in term.alts if len(a) == 1))


def _names_all_by_tails(pq: ParsedQuery, itself: list[swedish.Term],
                        card: _CardHeading) -> bool:
    """Whether a card entry's name names every term and expression of a query of two or more,
    one of them as itself (``itself``: the terms by ``_as_itself``) and some compound of the
    query by its last part only ("anmälan" for "orosanmälan"; a part of five letters or more,
    after three or more)."""
    words = card.name
    if len(pq.terms) + len(pq.phrases) < 2:
        return False
    by_tail = [t for t, own in zip(pq.terms, itself, strict=True)
               if not any(own.level(w) >= swedish.ROOT for w in words)]
    if not by_tail or (len(by_tail) == len(pq.terms) and not pq.phrases):
        return False  # all named as themselves (the text has them), or none
    if not all(any(len(r) >= 5 and len(swedish.root(t.text)) - len(r) >= 3
                   and swedish.root(t.text).endswith(r) for r in card.roots) for t in by_tail):
        return False
    rest = dataclasses.replace(pq, terms=tuple(t for t in pq.terms if t not in by_tail))
    return not (rest.terms or rest.phrases) or _names_all(rest, words)


def _named_share(pq: ParsedQuery, words: tuple[str, ...]) -> float:
    """The share of the query's terms and expressions that are among ``words``, in a form of
    their own (or their root) or as a synonym (0–1)."""
    if not (pq.terms or pq.phrases):
        return 0.0
    named = sum(any(term.level(w) >= swedish.ROOT for w in words) for term in pq.terms)
    stems = {swedish.stem(w) for w in words}
    for phrase in pq.phrases:
        options = [phrase.words, *phrase.alts]
        named += any({swedish.stem(w) for w in option if w not in swedish.STOPWORDS} <= stems
                     for option in options)
    return named / (len(pq.terms) + len(pq.phrases))


def _leaves_out_words(query: str, other: str) -> bool:
    """Whether ``other`` is ``query`` with some of its words left out, the rest in order."""
    words = _WORDS.findall(normalize_text(query).lower())
    kept = _WORDS.findall(normalize_text(other).lower())
    left = iter(words)  # each kept word found after the one before it
    return 0 < len(kept) < len(words) and all(word in left for word in kept)


_TOWN = re.compile(r"\b(" + "|".join(sorted(swedish.PLACE_NAMES)) + r")s?\s+stads?\b",
                   re.IGNORECASE)


def _without_town(query: str, pq: ParsedQuery) -> str:
    """``query`` without the "stad" of a place's name ("Västerås stads socialjour"): Västerås's
    own entries never say "stad", and the query found other places' entries that do."""
    if not any(t.place for t in pq.terms) or not _TOWN.search(query):
        return query
    return " ".join(_TOWN.sub(lambda m: m.group(1), query).split())


def _place_first(hits: list[Hit], places: set[str]) -> list[Hit]:
    """``hits`` with the card entries of ``places`` first, then those of no municipality
    (county, national, steps, signs), then other municipalities', each group in rank order."""
    def order(hit: Hit) -> int:
        place = _card_place(hit.title).lower()
        return 0 if place in places else 2 if place in swedish.PLACE_NAMES else 1
    return sorted(hits, key=order)


def _cards_place_first(hits: list[Hit], places: set[str]) -> list[Hit]:
    """``hits`` with the card entries in their places reordered by ``_place_first``."""
    slots = [i for i, h in enumerate(hits) if h.kind == "card"]
    out = list(hits)
    for i, hit in zip(slots, _place_first([hits[i] for i in slots], places), strict=True):
        out[i] = hit
    return out


def _card_heading(title: str) -> str:
    return title.split(": ", 1)[-1]


def _card_place(title: str) -> str:
    """"Åtgärdskort – Barn: Fysiska skador" → "Barn" ("" when the title has no place)."""
    head = title.split(": ", 1)[0] if ": " in title else ""
    return head.rsplit(" – ", 1)[-1] if " – " in head else ""


def _after_heading(title: str, text: str) -> str:
    """A card step's text without the heading it opens with ("Gör en orosanmälan. Anmäl …"
    → "Anmäl …"); any other text as it is (the same object)."""
    heading = _card_heading(title)
    if heading and text.startswith(heading + ". "):
        return text[len(heading) + 2:]
    return text


def _without(text: str, words: set[str]) -> str:
    """``text`` without ``words`` (lower case), its spaces tidied, and without what is left of
    an expression whose words all went (the hyphen of "ex-chef", the quotes around one)."""
    def keep(match: re.Match[str]) -> str:
        return "" if match.group(0).lower() in words else match.group(0)

    # Nor the genitive "s" of a word that went: "women's shelter" without both left "'s".
    text = swedish.without_genitive(text)
    return " ".join(part for part in _WORDS.sub(keep, text).split() if _WORDS.search(part))


def group_by_document(hits: Iterable[Hit]) -> list[tuple[str, str, list[Hit]]]:
    """(doc_id, title, hits) per document, documents in the rank order of their best hit, each
    document's hits in rank order. The title is the best hit's (for card entries: the entry's)."""
    groups: dict[str, tuple[str, list[Hit]]] = {}
    for hit in hits:
        groups.setdefault(hit.doc_id, (hit.title, []))[1].append(hit)
    return [(doc_id, title, doc_hits) for doc_id, (title, doc_hits) in groups.items()]


# ----------------------------------------------------------------------------- validation

# What to do about an index that cannot be used: it came with the pack, so the pack is the fix.
_ADVICE = ("Installera om innehållspaketet eller återställ föregående innehållspaket (Arkiv → "
           "Inställningar → Innehållspaket).")
_MESSAGES = {
    "missing": "Sökindexet finns inte: {path}. " + _ADVICE,
    "unreadable": "Sökindexet kunde inte läsas ({reason}): {path}. " + _ADVICE,
    "not_index": "Filen är inte ett sökindex (den är skadad eller utbytt): {path}. " + _ADVICE,
    "foreign": "Filen är en databas men inte ett sökindex för Kvinnofrid Västmanland: {path}. "
               + _ADVICE,
    "corrupt": "Sökindexet är skadat eller ofullständigt: {path}. " + _ADVICE,
    "slow": "Sökindexet svarar inte inom rimlig tid och används inte: {path}. " + _ADVICE,
    "version": "Sökindexet har formatversion {detail}, men programmet kan bara läsa version "
               f"{FORMAT_VERSION}. Uppdatera programmet eller innehållspaketet.",
}


def _error(code: str, path: Path, detail: object = None) -> SearchIndexError:
    if detail is not None and code in ("unreadable", "corrupt"):
        log.warning("search index %s: %s (%s)", code, path, detail)
    reason = reason_sv(detail) if isinstance(detail, OSError) else "läsfel"
    return SearchIndexError(code, _MESSAGES[code].format(path=path, detail=detail,
                                                         reason=reason))


_SQLITE_MAGIC = b"SQLite format 3\x00"
_SCHEMA_TABLES = frozenset({"meta", "entries", "words", "trigrams"})
_CHECKED_TABLES = ("entries", "words_config", "words_data", "words_docsize", "words_idx",
                   "trigrams_config", "trigrams_data", "trigrams_docsize", "trigrams_idx")


def _digest(conn: sqlite3.Connection) -> str:
    """SHA-256 over the schema, meta (but the checksum) and every row FTS5 reads, read as plain
    tables: SQLite's b-tree layer reports damage as an error, FTS5's decoder may not."""
    h = hashlib.sha256()
    queries = ["SELECT name, sql FROM sqlite_schema ORDER BY name",
               "SELECT key, value FROM meta WHERE key <> 'checksum' ORDER BY key",
               *(f"SELECT * FROM {table}" for table in _CHECKED_TABLES)]  # in key order
    for query in queries:
        h.update(query.encode())
        for row in conn.execute(query):
            for value in row:
                data = value if isinstance(value, bytes) else str(value).encode()
                h.update(len(data).to_bytes(8, "little"))
                h.update(data)
    return "sha256:" + h.hexdigest()


def _check_file(path: Path) -> None:
    """Cheap checks on the file itself, before SQLite sees it (with ``immutable=1`` SQLite
    trusts the file, so a truncated one would only fail later, in the middle of a search)."""
    try:
        if not path.is_file():
            raise _error("missing", path)
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(100)
    except OSError as exc:
        raise _error("unreadable", path, exc) from exc
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        raise _error("not_index", path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The header's page count is valid when "version-valid-for" equals the change counter.
    if head[24:28] == head[92:96] and size != pages * page_size:
        raise _error("corrupt", path, f"{size} bytes, header says {pages} × {page_size}")


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Only the tables and indexes the builder makes: no view or trigger (a view can recurse
    for ever, a trigger can run code), nothing a query of ours could be sent into."""
    for kind, name in conn.execute("SELECT type, name FROM sqlite_schema"):
        table_like = name in _SCHEMA_TABLES or name.startswith(("words_", "trigrams_"))
        if kind not in ("table", "index") or (kind == "table" and not table_like):
            raise _error("corrupt", path, f"unexpected {kind} {name!r}")


def _check_contents(conn: sqlite3.Connection, path: Path, verify: bool) -> dict[str, str]:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise _error("foreign", path)
        _check_schema(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != FORMAT_VERSION:
            raise _error("version", path, version)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("format") != FORMAT_NAME or meta.get("format_version") != str(version):
            raise _error("foreign", path)
        # SQLite 3.40's FTS5 can corrupt the heap and abort the process on damaged index data
        # (seen in test_search_safety), so damage must be found before FTS5 reads anything.
        if verify and meta.get("checksum") != _digest(conn):
            raise _error("corrupt", path, "checksum mismatch")
        (count,) = conn.execute("SELECT count(*) FROM entries").fetchone()
        if str(count) != meta.get("entries"):
            raise _error("corrupt", path, f"{count} entries, meta says {meta.get('entries')}")
        for table in ("words", "trigrams"):  # a damaged structure fails here, not in a search
            conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH 'och' LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        raise _error("corrupt", path, exc) from exc
    if meta.get("stemmer") != _stemmer_version():
        log.info("search index built with %s, running %s", meta.get("stemmer"), _stemmer_version())
    return meta
