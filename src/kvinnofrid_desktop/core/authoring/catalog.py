"""``catalog.toml``: what the coordinator writes to describe a pack before it is built.

Errors name the line, because the person fixing them has the file open in an editor.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.pack.manifest import (
    MAX_NEWS_CHARS,
    ORIGINAL_SPEC,
    PROVENANCES,
    SOURCE_SPEC,
    TABS,
    Original,
    Source,
    pack_version,
)
from kvinnofrid_desktop.core.pack.problems import PackError, Problem, ProblemList
from kvinnofrid_desktop.core.pack.schema import (
    check_object,
    identifier,
    iso_date,
    key,
    non_empty,
    one_of,
)

CATALOG_NAME = "catalog.toml"


@dataclass(frozen=True)
class CatalogDocument:
    id: str
    title: str
    tab: str
    summary: str
    publisher: str
    year: int | None
    language: str
    provenance: str
    file: Path | None  # an existing PDF
    source: Path | None  # a Markdown file to render
    generated: str | None  # "action_card": rendered from the card data
    sources: tuple[Source, ...]
    original: Original | None


@dataclass(frozen=True)
class Catalog:
    root: Path
    id: str
    version: str
    publisher: str
    created: str | None
    action_card: Path | None
    documents: tuple[CatalogDocument, ...]
    review_by: str | None = None  # default: a year after the version
    news: str | None = None  # "what's new", shown in the import preview


_PACK_SPEC = {
    "id": key(str, check=lambda v: None if re.match(r"^[a-z0-9][a-z0-9.-]{0,99}$", v) else
              "ska bestå av små bokstäver, siffror, punkt och bindestreck"),
    "version": key(str, check=pack_version),  # the manifest's rule: a real date
    "publisher": key(str, check=non_empty),
    "created": key(str, required=False),
    "action_card": key(str, required=False),
    "review_by": key(str, required=False, check=lambda v: iso_date(v, allow_future=True)),
    "news": key(str, required=False, check=lambda v: None if len(v) <= MAX_NEWS_CHARS else
                f"högst {MAX_NEWS_CHARS} tecken"),
}
_DOC_SPEC = {
    "id": key(str, check=identifier),
    "title": key(str, check=non_empty),
    "tab": key(str, check=one_of(*TABS)),
    "summary": key(str),
    "publisher": key(str, check=non_empty),
    "year": key(int, required=False),
    "language": key(str, required=False),
    "provenance": key(str, required=False, check=one_of(*PROVENANCES)),
    "file": key(str, required=False),
    "source": key(str, required=False),
    "generated": key(str, required=False, check=one_of("action_card")),
    "sources": key(list, required=False),
    "original": key(dict, required=False),
}


def load_catalog(src: Path) -> Catalog:
    path = src / CATALOG_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(Problem("catalog.missing", str(path), None,
                                "källmappen saknar catalog.toml")) from None
    except UnicodeDecodeError:
        raise PackError(Problem("catalog.not_utf8", CATALOG_NAME, None,
                                "filen är inte UTF-8-kodad")) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(Problem("catalog.syntax", CATALOG_NAME, None,
                                f"felaktig TOML: {_swedish_toml_error(str(exc))}")) from None
    return parse_catalog(data, src, text)


def _said_of_publisher(problem: Problem) -> Problem:
    """A document's empty publisher, said as what to do (the editor and `pack build` alike):
    "Lägg till PDF" leaves it empty when the PDF does not name its author, rather than
    presenting someone else's document as the pack's own."""
    if (not (problem.field or "").endswith(".publisher")
            or problem.code not in ("field.value", "field.missing")):
        return problem
    return Problem("document.no_publisher", problem.file, problem.field,
                   "utgivaren saknas: skriv vem som gav ut dokumentet (myndigheten, kommunen "
                   "eller organisationen); programmet kan inte veta det")


def _swedish_toml_error(message: str) -> str:
    return re.sub(r"\(at line (\d+), column (\d+)\)", r"(rad \1, kolumn \2)", message)


def parse_catalog(data: dict[str, Any], src: Path, text: str = "") -> Catalog:
    problems = ProblemList(CATALOG_NAME)
    lines = _Locator(text)
    top_spec = {"pack": key(dict), "document": key(list)}
    check_object(data, top_spec, "", problems)
    problems.raise_if_any()
    pack = check_object(data["pack"], _PACK_SPEC, f"[pack]{lines.table('[pack]')}", problems)
    documents: list[CatalogDocument] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["document"]):
        where = f"document[{i + 1}]{lines.nth('[[document]]', i)}"
        before = len(problems.items)
        doc = check_object(raw, _DOC_SPEC, where, problems)
        problems.items[before:] = [_said_of_publisher(p) for p in problems.items[before:]]
        if doc is None:
            continue
        kinds = [k for k in ("file", "source", "generated") if k in doc]
        if len(kinds) != 1:
            problems.add("catalog.document_kind", where,
                         "ange exakt ett av 'file' (PDF), 'source' (Markdown) eller 'generated'")
            continue
        if doc["id"] in seen:
            problems.add("document.duplicate_id", f"{where}.id", f"id '{doc['id']}' används redan")
            continue
        seen.add(doc["id"])
        file = _inside(src, doc.get("file"), f"{where}.file", problems)
        source = _inside(src, doc.get("source"), f"{where}.source", problems)
        sources = tuple(
            Source(**s) for j, item in enumerate(doc.get("sources", []))
            if (s := check_object(item, SOURCE_SPEC, f"{where}.sources[{j + 1}]", problems))
        )
        original = None
        if "original" in doc:
            o = check_object(doc["original"], ORIGINAL_SPEC, f"{where}.original", problems)
            original = Original(**o) if o else None
        provenance = doc.get("provenance", "official" if "file" in doc else "compiled")
        if provenance == "compiled" and not sources:
            problems.add("document.no_sources", f"{where}.sources",
                         "ett sammanställt dokument måste ange sina källor")
        documents.append(CatalogDocument(
            id=doc["id"], title=doc["title"], tab=doc["tab"], summary=doc["summary"],
            publisher=doc["publisher"], year=doc.get("year"), language=doc.get("language", "sv"),
            provenance=provenance, file=file, source=source, generated=doc.get("generated"),
            sources=sources, original=original,
        ))
    action_card = None
    if pack and "action_card" in pack:
        action_card = _inside(src, pack["action_card"], "[pack].action_card", problems)
    if any(d.generated == "action_card" for d in documents) and action_card is None:
        problems.add("catalog.no_card", "[pack].action_card",
                     "ett genererat åtgärdskort kräver 'action_card' i [pack]")
    problems.raise_if_any()
    assert pack is not None
    return Catalog(src, pack["id"], pack["version"], pack["publisher"], pack.get("created"),
                   action_card, tuple(documents), pack.get("review_by"),
                   pack.get("news") or None)


def _inside(src: Path, name: str | None, where: str, problems: ProblemList) -> Path | None:
    if name is None:
        return None
    path = (src / name).resolve()
    if not path.is_relative_to(src.resolve()):
        problems.add("path.parent", where, f"'{name}' ligger utanför källmappen")
        return None
    if not path.is_file():
        problems.add("file.missing", where, f"filen '{name}' finns inte i källmappen")
        return None
    return path


class _Locator:
    """Finds the line of a table header, so messages can say "rad 42"."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def table(self, header: str) -> str:
        return self.nth(header, 0)

    def nth(self, header: str, index: int) -> str:
        count = -1
        for number, line in enumerate(self.lines, 1):
            if line.strip() == header:
                count += 1
                if count == index:
                    return f" (rad {number})"
        return ""
