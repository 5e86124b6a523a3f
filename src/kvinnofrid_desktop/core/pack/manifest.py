"""The pack manifest (``manifest.json``, format 1): its data model and its validation.

Parsing is strict: every key is known, every type checked, every problem reported with the field
that holds it. A manifest that passes here can be trusted by the rest of the program.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from kvinnofrid_desktop.core.pack.external import ExternalFileError, loads
from kvinnofrid_desktop.core.pack.problems import (
    PackError,
    Problem,
    ProblemList,
    as_named_problem,
)
from kvinnofrid_desktop.core.pack.schema import (
    check_object,
    identifier,
    iso_date,
    key,
    newer_format,
    newer_problem,
    non_empty,
    one_of,
    strict_or_newer,
)

MANIFEST_NAME = "manifest.json"
FORMAT_VERSION = 1
# A real manifest is a few kB; refuse anything absurd before parsing it.
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_NEWS_CHARS = 2000  # a few sentences; the import preview shows it whole

TABS = ("strategy", "collaboration", "action_card", "publication")
PROVENANCES = ("official", "compiled")
DOCUMENT_TABS = ("strategy", "collaboration")  # each shows the pack's documents for it
TAB_TITLES_SV = {
    "strategy": "Strategi",
    "collaboration": "Samverkansplan",
    "action_card": "Åtgärdskort",
    "publication": "Publikationer",
}

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_VERSION_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(\.\d{1,3})?$")
_CREATED_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def review_overdue(review_by: str | None, today: dt.date) -> bool:
    """Whether the renew-by date ``review_by`` (ISO, or None: none) has passed on ``today``."""
    return review_by is not None and dt.date.fromisoformat(review_by) < today


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    checked: str


@dataclass(frozen=True)
class Original:
    title: str
    publisher: str
    year: str | None = None
    diary_number: str | None = None
    url: str | None = None
    pages: int | None = None  # the original's own page count, when known


@dataclass(frozen=True)
class FileEntry:
    path: str
    bytes: int
    sha256: str


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    tab: str
    summary: str
    publisher: str
    year: int | None
    pages: int
    language: str
    provenance: str
    file: str
    sources: tuple[Source, ...] = ()
    original: Original | None = None


@dataclass(frozen=True)
class Manifest:
    format: int
    id: str
    version: str
    publisher: str
    created: str
    files: tuple[FileEntry, ...]
    documents: tuple[Document, ...]
    action_card: str | None = None
    search_index: str | None = None
    # The date by which the coordinator means to renew the content (check the numbers); after
    # it the program says so calmly and still works: it may be a field office's only content.
    review_by: str | None = None
    # What is new in this version, in the publisher's words; shown before an import.
    news: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def review_overdue(self, today: dt.date) -> bool:
        return review_overdue(self.review_by, today)

    def document(self, doc_id: str) -> Document | None:
        return next((d for d in self.documents if d.id == doc_id), None)

    def documents_for_tab(self, tab: str) -> list[Document]:
        return [d for d in self.documents if d.tab == tab]

    def empty_document_tabs(self) -> list[str]:
        """The tabs that show one of the pack's documents (Strategi, Samverkansplan) and would
        be empty with this pack: allowed, but never without saying so."""
        return [tab for tab in DOCUMENT_TABS if not self.documents_for_tab(tab)]

    def file_entry(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    def to_json(self) -> str:
        return json.dumps(manifest_to_dict(self), ensure_ascii=False, indent=2) + "\n"


# --- paths ----------------------------------------------------------------------------------


def check_relative_path(path: str) -> tuple[str, str] | None:
    """Return (code, Swedish message) when ``path`` may not appear in a pack, else None.

    Paths are POSIX-style and relative; anything that could point outside the pack folder, or
    that means different things on Windows and Linux, is refused.
    """
    if not path or path != path.strip():
        return "path.invalid", "sökvägen är tom eller har blanksteg i början eller slutet"
    if "\\" in path or "\x00" in path or ":" in path:
        return "path.invalid", f"sökvägen '{path}' innehåller otillåtna tecken (\\, : eller NUL)"
    if path.startswith("/"):
        return "path.absolute", f"sökvägen '{path}' är absolut; den måste vara relativ i paketet"
    parts = PurePosixPath(path).parts
    if any(part == ".." for part in parts):
        return "path.parent", f"sökvägen '{path}' innehåller '..' och kan peka ut ur paketet"
    if any(part in ("", ".") for part in path.split("/")):
        return "path.invalid", f"sökvägen '{path}' är inte på normal form"
    return None


# --- parsing --------------------------------------------------------------------------------

# The catalog (authoring) checks its sources and originals with these too: written once.
SOURCE_SPEC = {
    "title": key(str, check=non_empty),
    "url": key(str, check=non_empty),
    "checked": key(str, check=iso_date),
}
ORIGINAL_SPEC = {
    "title": key(str, check=non_empty),
    "publisher": key(str, check=non_empty),
    "year": key(str, type(None), required=False),
    "diary_number": key(str, type(None), required=False),
    "url": key(str, type(None), required=False),
    "pages": key(int, type(None), required=False,
                 check=lambda v: None if v is None or v >= 1 else "ska vara minst 1"),
}
_FILE_SPEC = {
    "path": key(str),
    "bytes": key(int, check=lambda v: None if v >= 0 else "får inte vara negativt"),
    "sha256": key(
        str,
        check=lambda v: None if _SHA256_RE.match(v) else "ska vara 64 hexadecimala gemener",
    ),
}
_DOCUMENT_SPEC = {
    "id": key(str, check=identifier),
    "title": key(str, check=non_empty),
    "tab": key(str),  # checked separately: an unknown tab has its own code
    "summary": key(str),
    "publisher": key(str, check=non_empty),
    "year": key(int, type(None)),
    "pages": key(int, check=lambda v: None if v >= 1 else "ska vara minst 1"),
    "language": key(str, check=non_empty),
    "provenance": key(str, check=one_of(*PROVENANCES)),
    "file": key(str),
    "sources": key(list),
    "original": key(dict, type(None), required=False),
}


def pack_version(value: str) -> str | None:
    """Why ``value`` is no pack version, or None (also the catalog's check)."""
    if not _VERSION_RE.match(value):
        return f"'{value}' är ingen paketversion (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DD.N)"
    # The version is a date: '2026-02-30' has the right shape and sorts, but no such day exists.
    if iso_date(value[:10], allow_future=True) is not None:
        return f"'{value}' är ingen paketversion: {value[:10]} är inget giltigt datum"
    return None


_MANIFEST_SPEC = {
    "format": key(int),
    "id": key(str, check=lambda v: None if re.match(r"^[a-z0-9][a-z0-9.-]{0,99}$", v) else
              "ska bestå av små bokstäver, siffror, punkt och bindestreck"),
    "version": key(str, check=pack_version),
    "publisher": key(str, check=non_empty),
    "created": key(str, check=lambda v: None if _CREATED_RE.match(v) else
                   f"'{v}' är ingen tidpunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ)"),
    "action_card": key(str, type(None), required=False),
    "search_index": key(str, type(None), required=False),
    "review_by": key(str, type(None), required=False,
                     check=lambda v: iso_date(v, allow_future=True)),
    "news": key(str, type(None), required=False,
                check=lambda v: None if len(v) <= MAX_NEWS_CHARS else
                f"högst {MAX_NEWS_CHARS} tecken"),
    "files": key(list),
    "documents": key(list),
}


def parse_manifest_bytes(raw: bytes, *, file: str = MANIFEST_NAME) -> Manifest:
    """Decode, parse and validate a manifest; raise PackError naming every problem."""
    if len(raw) > MAX_MANIFEST_BYTES:
        raise PackError(Problem(
            "manifest.too_large", file, None,
            f"filen är {len(raw) // 1024} kB; en manifestfil får vara högst "
            f"{MAX_MANIFEST_BYTES // (1024 * 1024)} MB",
        ))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackError(Problem(
            "manifest.not_utf8", file, None,
            f"filen är inte UTF-8-kodad (fel vid byte {exc.start})",
        )) from None
    try:
        data = loads(raw)
    except ExternalFileError as exc:
        raise PackError(Problem("manifest.not_json", file, None, f"filen {exc}")) from None
    return parse_manifest(data, file=file)


def parse_manifest(data: Any, *, file: str = MANIFEST_NAME) -> Manifest:
    """The manifest in ``data``, validated; PackError naming every problem, and never another
    exception: an unexpected type anywhere is the manifest's problem, not a crash."""
    return as_named_problem("manifest.invalid", file, lambda: strict_or_newer(
        file, lambda problems: _parse_manifest(data, problems)))


def _parse_manifest(data: Any, problems: ProblemList) -> Manifest:
    if isinstance(data, dict) and newer_format(data.get("format"), FORMAT_VERSION):
        # Reported alone, as any unknown format: its other fields may mean other things.
        raise PackError(newer_problem(
            problems.file, "format",
            f"paketformat {data['format']}; programmet läser format {FORMAT_VERSION}"))
    if isinstance(data, dict) and "format" in data and data["format"] != FORMAT_VERSION:
        # An unknown format is reported alone: its other fields may mean other things.
        problems.add(
            "format.unsupported", "format",
            f"paketformat {data['format']!r} stöds inte; programmet läser format {FORMAT_VERSION}",
        )
        problems.raise_if_any()
    top = check_object(data, _MANIFEST_SPEC, "", problems)
    files = _parse_files(data.get("files") if isinstance(data, dict) else None, problems)
    documents = _parse_documents(
        data.get("documents") if isinstance(data, dict) else None, files, problems
    )
    if isinstance(data, dict):
        listed = {f.path for f in files}
        for name in ("action_card", "search_index"):
            value = data.get(name)
            if isinstance(value, str) and value not in listed:
                problems.add("file.not_listed", name, f"filen '{value}' finns inte i 'files'")
    problems.raise_if_any()
    assert top is not None
    return Manifest(
        format=top["format"],
        id=top["id"],
        version=top["version"],
        publisher=top["publisher"],
        created=top["created"],
        files=tuple(files),
        documents=tuple(documents),
        action_card=top.get("action_card"),
        search_index=top.get("search_index"),
        review_by=top.get("review_by"),
        news=top.get("news"),
    )


def _parse_files(value: Any, problems: ProblemList) -> list[FileEntry]:
    if not isinstance(value, list):
        return []
    entries: list[FileEntry] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"files[{i}]"
        obj = check_object(item, _FILE_SPEC, where, problems)
        if obj is None:
            continue
        bad = check_relative_path(obj["path"])
        if bad:
            problems.add(bad[0], f"{where}.path", bad[1])
            continue
        if obj["path"] in seen or obj["path"] == MANIFEST_NAME:
            problems.add("file.duplicate", f"{where}.path", f"'{obj['path']}' finns redan i listan")
            continue
        seen.add(obj["path"])
        entries.append(FileEntry(obj["path"], obj["bytes"], obj["sha256"]))
    return entries


def _parse_documents(
    value: Any, files: list[FileEntry], problems: ProblemList
) -> list[Document]:
    if not isinstance(value, list):
        return []
    listed = {f.path for f in files}
    documents: list[Document] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"documents[{i}]"
        if isinstance(item, dict) and isinstance(item.get("tab"), str) and item["tab"] not in TABS:
            problems.add(
                "tab.unknown", f"{where}.tab",
                f"okänd flik '{item['tab']}' (tillåtna: {', '.join(TABS)})",
            )
        obj = check_object(item, _DOCUMENT_SPEC, where, problems)
        if obj is None or obj["tab"] not in TABS:
            continue
        if obj["id"] in seen:
            problems.add("document.duplicate_id", f"{where}.id", f"id '{obj['id']}' används redan")
            continue
        seen.add(obj["id"])
        if obj["file"] not in listed:
            problems.add(
                "file.not_listed", f"{where}.file", f"filen '{obj['file']}' finns inte i 'files'"
            )
            continue
        sources = []
        for j, src in enumerate(obj["sources"]):
            s = check_object(src, SOURCE_SPEC, f"{where}.sources[{j}]", problems)
            if s is not None:
                sources.append(Source(**s))
        original = None
        if obj.get("original") is not None:
            o = check_object(obj["original"], ORIGINAL_SPEC, f"{where}.original", problems)
            if o is not None:
                original = Original(**o)
        if obj["provenance"] == "compiled" and not sources:
            problems.add(
                "document.no_sources", f"{where}.sources",
                "ett sammanställt dokument måste ange sina källor",
            )
        documents.append(Document(
            id=obj["id"], title=obj["title"], tab=obj["tab"], summary=obj["summary"],
            publisher=obj["publisher"], year=obj["year"], pages=obj["pages"],
            language=obj["language"], provenance=obj["provenance"], file=obj["file"],
            sources=tuple(sources), original=original,
        ))
    return documents


def manifest_to_dict(manifest: Manifest) -> dict[str, Any]:
    def drop_none(d: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in d.items() if v is not None}

    return {
        "format": manifest.format,
        "id": manifest.id,
        "version": manifest.version,
        "publisher": manifest.publisher,
        "created": manifest.created,
        "action_card": manifest.action_card,
        "search_index": manifest.search_index,
        **({"review_by": manifest.review_by} if manifest.review_by else {}),
        **({"news": manifest.news} if manifest.news else {}),
        "documents": [
            {
                "id": d.id, "title": d.title, "tab": d.tab, "summary": d.summary,
                "publisher": d.publisher, "year": d.year, "pages": d.pages,
                "language": d.language, "provenance": d.provenance, "file": d.file,
                "sources": [vars(s).copy() for s in d.sources],
                **({"original": drop_none(vars(d.original).copy())} if d.original else {}),
            }
            for d in manifest.documents
        ],
        "files": [{"path": f.path, "bytes": f.bytes, "sha256": f.sha256} for f in manifest.files],
    }


def empty_tab_warning_sv(tab: str) -> str:
    """What ``pack build`` and an import preview say about a tab left without a document."""
    return (f"Varning: fliken {TAB_TITLES_SV[tab]} blir tom – paketet har inget dokument med "
            f"tab = \"{tab}\"")
