"""The editor's list of problems: the checks of ``pack build``/``pack verify``, run on the
unsaved state, each problem placed at the document or contact field that holds it.

Nothing here is a second validator: the catalog goes through ``parse_catalog``, the card
through ``parse_action_card``, the synonyms through the builder's check, every PDF through the
program's PDF engine. What is added are the editor's own field checks for values written by
hand into the files (a source that is no web address), and the warnings that do not stop a
build, which ``pack build`` and Publicera show too (``source_warnings``: a scanned PDF, two
documents of one title, a contact not checked for a year, …).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.authoring.build import synonyms_problem
from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME, parse_catalog
from kvinnofrid_desktop.core.authoring.source_folder import (
    SourceFolder,
    check_url,
    pdf_problem,
)
from kvinnofrid_desktop.core.authoring.source_warnings import (
    TextCount,
    source_warnings,
    textless_pages,
)
from kvinnofrid_desktop.core.authoring.verification import hours_words
from kvinnofrid_desktop.core.card.model import DAYS, month_day, parse_action_card
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine, PdfReadError
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

ERROR, WARNING = "error", "warning"
DOCUMENTS, CONTACTS, PACK, OTHER = "documents", "contacts", "pack", "other"


@dataclass(frozen=True)
class Location:
    """Where a problem is fixed: a part of the editor, the document index or contact id, and
    the field's name (the catalog's or the card's own key)."""

    part: str
    key: int | str | None = None
    field: str | None = None


@dataclass(frozen=True)
class EditorProblem:
    severity: str  # ERROR stops publishing; WARNING is shown and allowed
    problem: Problem
    location: Location

    @property
    def code(self) -> str:
        return self.problem.code

    def text_sv(self) -> str:
        return str(self.problem)


class PdfCheckCache:
    """Each PDF is opened once per version of the file (size and time), not on every change:
    whether it can be used, and how many of its pages have text to search in."""

    def __init__(self, engine: PdfEngine) -> None:
        self.engine = engine
        self._seen: dict[tuple[str, int, int], tuple[Problem | None, TextCount | None]] = {}

    def problem(self, path: Path, name: str) -> Problem | None:
        return self._read(path, name)[0]

    def text_count(self, path: Path, name: str) -> TextCount | None:
        """(pages without text, pages), or None when the PDF cannot be read."""
        return self._read(path, name)[1]

    def _read(self, path: Path, name: str) -> tuple[Problem | None, TextCount | None]:
        try:
            st = path.stat()
        except OSError:
            return Problem("file.missing", name, None,
                           f"filen '{name}' finns inte i källmappen"), None
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key not in self._seen:
            problem, counts = pdf_problem(path, name, self.engine), None
            if problem is None:
                try:
                    texts = self.engine.page_texts(path)
                    counts = (textless_pages(texts), len(texts))
                except PdfReadError as exc:
                    problem = Problem(exc.code, name, None, exc.message)
            self._seen[key] = (problem, counts)
        return self._seen[key]


def check_source(folder: SourceFolder, *, pdfs: PdfCheckCache | None = None,
                 today: dt.date | None = None) -> list[EditorProblem]:
    """Every problem of the folder's unsaved state, errors first, in the order of the files."""
    today = today or dt.date.today()
    docs = folder.documents()
    contacts = folder.contacts()
    found: list[EditorProblem] = []

    def add(severity: str, problem: Problem) -> None:
        found.append(EditorProblem(severity, problem, locate(problem, docs, contacts,
                                                             folder.card_rel)))

    try:
        parse_catalog(folder.catalog.unwrap(), folder.root, folder.catalog_text())
    except PackError as exc:
        for p in exc.problems:
            add(ERROR, p)
    if folder.card is not None:
        try:
            parse_action_card(folder.card, file=folder.card_rel or "action_card.json",
                              today=today, from_program=False)
        except PackError as exc:
            for p in exc.problems:
                add(ERROR, p)
    if (synonyms := synonyms_problem(folder.root)) is not None:
        add(ERROR, synonyms)
    counts: dict[int, TextCount] = {}
    for i, doc in enumerate(docs):
        where = f"document[{i + 1}]"
        if pdfs is not None and isinstance(doc.get("file"), str):
            path = folder.root / doc["file"]
            if path.is_file():
                if (unreadable := pdfs.problem(path, doc["file"])) is not None:
                    add(ERROR, unreadable)
                elif (count := pdfs.text_count(path, doc["file"])) is not None:
                    counts[i] = count
        for j, source in enumerate(doc.get("sources") or []):
            url = source.get("url") if isinstance(source, dict) else None
            if isinstance(url, str) and url.strip() and (msg := check_url(url)):
                add(ERROR, Problem("field.url", CATALOG_NAME, f"{where}.sources[{j + 1}]", msg))
        original = doc.get("original")
        if isinstance(original, dict) and isinstance(original.get("url"), str) and (
                msg := check_url(original["url"])):
            add(ERROR, Problem("field.url", CATALOG_NAME, f"{where}.original", msg))
    card_file = folder.card_rel or "action_card.json"
    for i, c in enumerate(contacts):
        source = c.get("source")
        if isinstance(source, str) and source.strip() and (msg := check_url(source)):
            add(ERROR, Problem("field.url", card_file, f"contacts[{i}].source", msg))
        if (pair := hours_overlap(c.get("hours"))) is not None:
            first, second = pair
            rows = c["hours"]
            add(ERROR, Problem(
                "contact.hours_overlap", card_file, f"contacts[{i}].hours",
                f"{c.get('name') or c.get('id')}: rad {first + 1} och rad {second + 1} gäller "
                f"samma tid ({hours_words([rows[first]])} och {hours_words([rows[second]])}); "
                "ta bort den ena raden eller rätta tiderna, så att kortet säger rätt tid för "
                "när det stänger"))
    # The warnings `pack build` and Publicera print too (source_warnings).
    for warning in source_warnings(folder, today=today,
                                   text_of=lambda index, _doc: counts.get(index)):
        add(WARNING, warning)
    found.sort(key=lambda p: p.severity != ERROR)
    return found


WEEK = 7 * 24 * 60


def hours_overlap(hours: Any) -> tuple[int, int] | None:
    """The first two rows of a contact's opening hours (0-based) that are open at the same
    moment, or None. Each row is checked by itself when it is entered; this looks across them:
    "mån 08:00–17:00" and "mån 12:00–20:00", a Monday in two rows, a night into the next
    morning. Rows of seasons that share no day of the year do not overlap; rows that only touch
    (12:00 and 12:00) do not either. A row that cannot be read is left to the other checks."""
    if not isinstance(hours, list):
        return None
    spans: list[tuple[list[tuple[int, int]], set[tuple[int, int]] | None] | None] = []
    for row in hours:
        try:
            opening, closing = (_clock_minutes(row[name]) for name in ("open", "close"))
            days = [DAYS.index(d) for d in row["days"]]
            season = _season_days(row.get("from"), row.get("to"))
        except (KeyError, ValueError, TypeError, AttributeError):
            spans.append(None)
            continue
        length = closing - opening if closing > opening else closing + 24 * 60 - opening
        week: list[tuple[int, int]] = []
        for day in days:
            start = day * 24 * 60 + opening
            end = start + length
            week.append((start, min(end, WEEK)))
            if end > WEEK:  # Sunday night into Monday
                week.append((0, end - WEEK))
        spans.append((week, season))
    for a, first in enumerate(spans):
        for b in range(a + 1, len(spans)):
            second = spans[b]
            if first is None or second is None:
                continue
            if first[1] is not None and second[1] is not None and not first[1] & second[1]:
                continue
            if any(s1 < e2 and s2 < e1 for s1, e1 in first[0] for s2, e2 in second[0]):
                return a, b
    return None


def _clock_minutes(value: str) -> int:
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def _season_days(start: Any, end: Any) -> set[tuple[int, int]] | None:
    """The (month, day)s of a row's season, None for all year."""
    if not start and not end:
        return None
    first, last = month_day(start), month_day(end)
    every = [(d.month, d.day) for d in (dt.date(2024, 1, 1) + dt.timedelta(days=n)
                                        for n in range(366))]
    if first <= last:
        return {d for d in every if first <= d <= last}
    return {d for d in every if d >= first or d <= last}


def errors(problems: list[EditorProblem]) -> list[EditorProblem]:
    return [p for p in problems if p.severity == ERROR]


_DOC_RE = re.compile(r"^document\[(\d+)\](?: \(rad \d+\))?(?:\.(\w+))?")
_CONTACT_RE = re.compile(r"^contacts\[([^\]]+)\](?:\.(\w+))?")


def locate(problem: Problem, docs: list[dict[str, Any]], contacts: list[dict[str, Any]],
           card_rel: str | None) -> Location:
    """The editor's place for a problem reported by the build's checks."""
    field = problem.field or ""
    if problem.file == CATALOG_NAME:
        if m := _DOC_RE.match(field):
            index = int(m.group(1)) - 1
            return Location(DOCUMENTS, index if 0 <= index < len(docs) else None, m.group(2))
        if field.startswith("[pack]"):
            name = field.rsplit(".", 1)[-1] if "." in field else None
            return Location(PACK, None, name)
        return Location(DOCUMENTS)
    if problem.file == (card_rel or "action_card.json"):
        if m := _CONTACT_RE.match(field):
            key = m.group(1)
            if key.isdigit():
                index = int(key)
                key = contacts[index].get("id") if 0 <= index < len(contacts) else None
            return Location(CONTACTS, key, m.group(2))
        return Location(OTHER)
    for i, doc in enumerate(docs):  # a PDF or a Markdown file named by a document
        if problem.file in (doc.get("file"), doc.get("source"),
                            Path(str(doc.get("file") or doc.get("source") or "")).name):
            return Location(DOCUMENTS, i, "file" if doc.get("file") else "source")
    return Location(OTHER)
