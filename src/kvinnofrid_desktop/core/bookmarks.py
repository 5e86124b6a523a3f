"""Personal bookmarks ("Mina sidor"): a named place in a pack document, kept across pack updates.

A bookmark holds the pack id, the document id, the page, the heading above the place and a
*fingerprint* of the page's indexed text: the smallest ``SAMPLE`` hashes of its three-word
shingles (a bottom-k sketch). It holds no text of the page and no note: a bookmark has a name
(the heading by default) and nothing a user could type a client's details into besides it.

When a new version of the same pack is active, ``reanchor`` looks for the page again by its
text, not its number: the page whose shingles contain most of the bookmark's sample wins (the
page's heading on it counts too, a tie goes to the page nearest the old number). A page that
was rewritten beyond recognition or removed is *lost*: the bookmark says so instead of opening
the wrong page, and is looked for again in the next version.

``dumps``/``loads`` write and read the small JSON file that is stored in the settings and
exported for colleagues; an imported file is read like any file from outside (a bad entry is
skipped and counted, never trusted). Pure Python, no Qt.

The list in the settings is the user's own work, so an unreadable one is never dropped:
``read_stored`` says what is wrong with it, ``is_newer`` whether a newer version of the program
wrote it (then it is kept as it is and not written over), and ``keep_copy`` saves any other
unreadable list byte for byte beside the settings before a new list replaces it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.fsutil import write_bytes
from kvinnofrid_desktop.core.pack.external import ExternalFileError, FileTooLargeError
from kvinnofrid_desktop.core.pack.external import loads as load_external
from kvinnofrid_desktop.core.search.swedish import normalize_text, tokens

FORMAT = "kvinnofrid-bookmarks"
FORMAT_VERSION = 1
SAMPLE = 24  # hashes kept per page: 24 × 16 hex digits in the file
SHINGLE = 3  # words per shingle
MAX_NAME = 200
MAX_ID = 200
MAX_HEADING = 300
MAX_PAGE = 1_000_000
MAX_BOOKMARKS = 2000
MAX_FILE_BYTES = 1024 * 1024
# An unreadable stored list is saved under this name beside the settings file (then -2, -3, …).
COPY_STEM, COPY_SUFFIX = "mina-sidor.trasig", ".json"
MAX_COPIES = 100
# A page counts as found when this share of the bookmark's sample is on it; with the bookmark's
# heading on the page, less suffices (a page edited around its heading).
FOUND = 0.5
FOUND_WITH_HEADING = 0.25
_HEX = re.compile(r"\A(?:[0-9a-f]{16})*\Z")


@dataclass(frozen=True)
class Bookmark:
    """A named place. ``version``: the pack version ``page`` and ``fingerprint`` belong to;
    ``lost_in``: the newer pack version in which the place was not found ("" when it was)."""

    name: str
    pack_id: str
    version: str
    doc_id: str
    page: int
    heading: str = ""
    fingerprint: tuple[int, ...] = ()
    lost_in: str = ""

    @property
    def lost(self) -> bool:
        return bool(self.lost_in)

    def same_place(self, other: Bookmark) -> bool:
        return (self.pack_id, self.doc_id, self.page, self.version) == (
            other.pack_id, other.doc_id, other.page, other.version)

    def renamed(self, name: str) -> Bookmark:
        return replace(self, name=clean_name(name) or self.name)


def clean_name(name: str) -> str:
    """One line, no control characters, at most ``MAX_NAME`` characters."""
    return " ".join(normalize_text(str(name)).split())[:MAX_NAME]


def new_bookmark(*, name: str, pack_id: str, version: str, doc_id: str, page: int,
                 heading: str = "", page_text: str = "") -> Bookmark:
    """A bookmark of ``page``; ``page_text`` is the page's indexed text (for re-anchoring)."""
    heading = clean_name(heading)[:MAX_HEADING]
    return Bookmark(name=clean_name(name) or heading or f"{doc_id} {page}", pack_id=pack_id,
                    version=version, doc_id=doc_id, page=int(page), heading=heading,
                    fingerprint=fingerprint(page_text))


# ----------------------------------------------------------------------------- fingerprints

def _shingles(text: str) -> set[str]:
    words = tokens(normalize_text(text))
    if len(words) < SHINGLE:
        return set(words)
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _hash(shingle: str) -> int:
    # Stable across runs and machines (Python's hash() is salted per process).
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(),
                          "big")


def page_hashes(text: str) -> frozenset[int]:
    """Every shingle hash of a page's text."""
    return frozenset(_hash(s) for s in _shingles(text))


def fingerprint(text: str) -> tuple[int, ...]:
    """The ``SAMPLE`` smallest shingle hashes of ``text``: a uniform sample of its shingles."""
    return tuple(sorted(page_hashes(text))[:SAMPLE])


def containment(sample: Iterable[int], hashes: frozenset[int]) -> float:
    """The share of ``sample`` found in ``hashes`` (0 for an empty sample)."""
    sample = tuple(sample)
    return sum(1 for h in sample if h in hashes) / len(sample) if sample else 0.0


def _has_heading(heading: str, text: str) -> bool:
    words = tokens(normalize_text(heading))
    if not words:
        return False
    return f" {' '.join(words)} " in f" {' '.join(tokens(normalize_text(text)))} "


# ----------------------------------------------------------------------------- re-anchoring

def needs_reanchor(bookmark: Bookmark, pack_id: str, version: str) -> bool:
    """True when ``bookmark`` belongs to this pack but was last placed in another version."""
    return (bookmark.pack_id == pack_id and bookmark.version != version
            and bookmark.lost_in != version)


def find_page(bookmark: Bookmark, pages: Mapping[int, str],
              hashes: Mapping[int, frozenset[int]] | None = None) -> int | None:
    """The page of ``pages`` (page → indexed text of the bookmark's document in the new
    version) that holds the bookmark's place, or None. ``hashes``: ``page_hashes`` of each page,
    when the caller already has them (several bookmarks in one document)."""
    best: tuple[float, int, int] | None = None
    for page, text in pages.items():
        found = hashes[page] if hashes is not None and page in hashes else page_hashes(text)
        share = containment(bookmark.fingerprint, found)
        heading = bool(bookmark.heading) and _has_heading(bookmark.heading, text)
        if share >= FOUND or (heading and share >= FOUND_WITH_HEADING):
            key = (share + (0.1 if heading else 0.0), -abs(page - bookmark.page), page)
            if best is None or key > best:
                best = key
    return best[2] if best is not None else None


def reanchor(bookmark: Bookmark, version: str, pages: Mapping[int, str],
             hashes: Mapping[int, frozenset[int]] | None = None) -> Bookmark:
    """``bookmark`` placed in ``version`` of its pack: on the page holding its text (with that
    page's fingerprint from now on), or marked lost in ``version`` (place and fingerprint kept,
    so a later version may still hold it)."""
    page = find_page(bookmark, pages, hashes)
    if page is None:
        return replace(bookmark, lost_in=version)
    found = hashes[page] if hashes is not None and page in hashes else page_hashes(pages[page])
    return replace(bookmark, version=version, page=page, lost_in="",
                   fingerprint=tuple(sorted(found)[:SAMPLE]) or bookmark.fingerprint)


def reanchor_all(bookmarks: Iterable[Bookmark], pack_id: str, version: str,
                 pages_of: Callable[[str], Mapping[int, str]]) -> list[Bookmark]:
    """Every bookmark of ``pack_id`` placed in ``version``; others are returned unchanged.
    ``pages_of(doc_id)``: page → indexed text ({} for a document the version does not have);
    asked once per document, and only for documents with a bookmark to place."""
    documents: dict[str, tuple[Mapping[int, str], dict[int, frozenset[int]]]] = {}
    placed = []
    for bookmark in bookmarks:
        if needs_reanchor(bookmark, pack_id, version):
            if bookmark.doc_id not in documents:
                pages = pages_of(bookmark.doc_id)
                documents[bookmark.doc_id] = (pages, {p: page_hashes(t) for p, t in
                                                      pages.items()})
            pages, hashes = documents[bookmark.doc_id]
            bookmark = reanchor(bookmark, version, pages, hashes)
        placed.append(bookmark)
    return placed


# ----------------------------------------------------------------------------- the file

def dumps(bookmarks: Iterable[Bookmark]) -> str:
    """The JSON file: small, stable (sorted keys), one bookmark per entry."""
    entries = []
    for b in bookmarks:
        entry: dict[str, Any] = {"name": b.name, "pack": b.pack_id, "version": b.version,
                                 "document": b.doc_id, "page": b.page,
                                 "fingerprint": "".join(f"{h:016x}" for h in b.fingerprint)}
        if b.heading:
            entry["heading"] = b.heading
        if b.lost_in:
            entry["lost_in"] = b.lost_in
        entries.append(entry)
    return json.dumps({"format": FORMAT, "format_version": FORMAT_VERSION,
                       "bookmarks": entries}, ensure_ascii=False, indent=1, sort_keys=True)


@dataclass(frozen=True)
class ReadResult:
    bookmarks: list[Bookmark]
    skipped: int  # entries that were not bookmarks (each a reason in ``reasons``)
    reasons: tuple[str, ...] = ()


def loads(raw: bytes | str) -> ReadResult:
    """Read a bookmarks file. ``ExternalFileError`` (Swedish) when the file as a whole is not
    one; a bad entry is skipped and counted."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if len(data) > MAX_FILE_BYTES:
        raise FileTooLargeError(MAX_FILE_BYTES)
    value = load_external(data)
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise ExternalFileError("är ingen fil med Mina sidor från Kvinnofrid Västmanland",
                                "not_bookmarks")
    version = value.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        # Not "newer": a list said to be newer is kept and never written over, and a damaged
        # one would then block Mina sidor for good.
        raise ExternalFileError("saknar en giltig formatversion", "bad_version")
    if version > FORMAT_VERSION:
        raise ExternalFileError("är gjord av en nyare version av programmet", "newer")
    entries = value.get("bookmarks")
    if not isinstance(entries, list):
        raise ExternalFileError("saknar listan med Mina sidor", "no_list")
    found, reasons = [], []
    for n, entry in enumerate(entries[:MAX_BOOKMARKS], 1):
        try:
            found.append(_entry(entry))
        except ValueError as exc:
            reasons.append(f"post {n}: {exc}")
    if len(entries) > MAX_BOOKMARKS:
        reasons.append(f"fler än {MAX_BOOKMARKS} sidor; resten hoppades över")
    return ReadResult(found, len(entries) - len(found), tuple(reasons))


@dataclass(frozen=True)
class Stored:
    """The list kept in the settings, as read: ``problem`` says why it (or, with ``skipped``,
    some of its entries) could not be read; None when all of it was."""

    bookmarks: list[Bookmark]
    problem: ExternalFileError | None = None
    skipped: int = 0

    @property
    def is_newer(self) -> bool:
        """Written by a newer version of the program: keep it as it is, never write over it."""
        return self.problem is not None and self.problem.code == "newer"

    @property
    def needs_copy(self) -> bool:
        """Something in it would be lost by the next write: save a copy first (``keep_copy``)."""
        return not self.is_newer and (self.problem is not None or self.skipped > 0)


def read_stored(raw: bytes | str) -> Stored:
    """The stored list, or what is wrong with it; never raises for what the file holds."""
    try:
        read = loads(raw)
    except ExternalFileError as exc:
        return Stored([], exc)
    if read.skipped:
        return Stored(read.bookmarks, ExternalFileError(
            f"{read.skipped} av sidorna i den kunde inte läsas ({'; '.join(read.reasons)})",
            "entries"), read.skipped)
    return Stored(read.bookmarks)


def keep_copy(raw: bytes | str, folder: Path, *, stem: str = COPY_STEM,
              suffix: str = COPY_SUFFIX) -> Path:
    """Save ``raw`` (an unreadable stored list) byte for byte in ``folder`` as
    ``mina-sidor.trasig.json``, or ``…-2.json`` and on when that name holds another list; a copy
    already holding these bytes is used again, so the same list read at every start is saved
    once. The path; OSError when it cannot be written (then nothing may replace the list).
    ``stem`` and ``suffix`` name another kind of copy (the settings file's: ui/common/settings)."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, MAX_COPIES + 1):
        path = folder / f"{stem}{'' if n == 1 else f'-{n}'}{suffix}"
        try:
            if path.read_bytes() == data:
                return path
        except FileNotFoundError:
            write_bytes(path, data, mode=0o600)
            return path
    raise OSError(errno.EEXIST, f"{MAX_COPIES} copies already", str(folder / stem))


def kept_copies(folder: Path) -> list[Path]:
    """The unreadable lists ``keep_copy`` saved in ``folder`` (Glöm allt removes them too)."""
    try:
        return sorted(p for p in folder.glob(f"{COPY_STEM}*{COPY_SUFFIX}") if p.is_file())
    except OSError:
        return []


def _text(entry: dict[str, Any], key: str, limit: int, *, required: bool = True) -> str:
    value = entry.get(key, "" if not required else None)
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{key} saknas eller är inte text")
    if len(value) > limit:
        raise ValueError(f"{key} är längre än {limit} tecken")
    return value.strip()


def _entry(entry: Any) -> Bookmark:
    if not isinstance(entry, dict):
        raise ValueError("är inget objekt")
    page = entry.get("page")
    if isinstance(page, bool) or not isinstance(page, int) or not 1 <= page <= MAX_PAGE:
        raise ValueError("page ska vara ett sidnummer")
    printed = entry.get("fingerprint", "")
    if not isinstance(printed, str) or len(printed) > SAMPLE * 16 or not _HEX.match(printed):
        raise ValueError("fingerprint är inte giltigt")
    name = clean_name(_text(entry, "name", MAX_NAME * 2))
    if not name:
        raise ValueError("name saknas")
    return Bookmark(
        name=name, pack_id=_text(entry, "pack", MAX_ID), version=_text(entry, "version", MAX_ID),
        doc_id=_text(entry, "document", MAX_ID), page=page,
        heading=clean_name(_text(entry, "heading", MAX_HEADING, required=False)),
        fingerprint=tuple(int(printed[i:i + 16], 16) for i in range(0, len(printed), 16)),
        lost_in=_text(entry, "lost_in", MAX_ID, required=False))


def merge(existing: list[Bookmark], incoming: Iterable[Bookmark]) -> tuple[list[Bookmark], int]:
    """``existing`` followed by each incoming bookmark not already there (same place and name);
    returns the list and how many were added."""
    merged = list(existing)
    added = 0
    for bookmark in incoming:
        if not any(b.same_place(bookmark) and b.name == bookmark.name for b in merged):
            merged.append(bookmark)
            added += 1
    return merged[:MAX_BOOKMARKS], min(added, max(0, MAX_BOOKMARKS - len(existing)))
