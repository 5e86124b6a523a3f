"""``pack build``: turn a source folder (catalog, Markdown, PDFs, card data) into a pack folder.

The pack is assembled in a temporary folder next to OUT and moved into place only when every
step succeeded, so a failed build never leaves a half-written pack behind.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kvinnofrid_desktop.core.authoring.catalog import Catalog, CatalogDocument, load_catalog
from kvinnofrid_desktop.core.authoring.running_lines import without_running_lines
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder, pdf_problem
from kvinnofrid_desktop.core.authoring.source_warnings import (
    TextCount,
    source_warnings,
    textless_pages,
)
from kvinnofrid_desktop.core.card.model import ActionCard, load_action_card
from kvinnofrid_desktop.core.card.text import CardEntry, card_entries, card_markdown
from kvinnofrid_desktop.core.fsutil import replace
from kvinnofrid_desktop.core.pack.manifest import (
    FORMAT_VERSION,
    Document,
    FileEntry,
    Manifest,
    Original,
    Source,
)
from kvinnofrid_desktop.core.pack.pack import sha256_of
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine, PdfReadError
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

DOCS_DIR = "docs"
CARD_NAME = "action_card.json"
INDEX_NAME = "search.sqlite"


def pages_sv(n: int) -> str:
    return "1 sida" if n == 1 else f"{n} sidor"


@dataclass(frozen=True)
class BuildReport:
    out: Path
    documents: int
    pages: int
    bytes: int
    seconds: float
    empty_tabs: tuple[str, ...] = ()  # Strategi/Samverkansplan without a document
    # What the editor warns of too (source_warnings): built all the same, but worth a look.
    warnings: tuple[Problem, ...] = ()

    def summary_sv(self) -> str:
        mb = self.bytes / 1_000_000
        return (f"Klart: {self.documents} dokument, {pages_sv(self.pages)}, {mb:.1f} MB i "
                f"{self.out} ({self.seconds:.1f} s)")

    def warnings_sv(self) -> list[str]:
        return [f"Varning: {p.message}" for p in self.warnings]


def build_pack(
    src: Path,
    out: Path,
    *,
    engine: PdfEngine,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build a pack from ``src`` into the folder ``out``; raise PackError on any bad input.

    Every PDF the catalog names is opened first, and all that cannot be used are reported
    together, before any document is rendered (a build of many documents takes a while)."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    catalog = load_catalog(src)
    card = (load_action_card(catalog.action_card, file=catalog.action_card.name,
                             from_program=False)  # the coordinator's: unknown keys are typos
            if catalog.action_card else None)
    folder = SourceFolder.open(Path(src))  # the warnings are the editor's, of the same files
    out = out.resolve()
    check_out_dir(Path(src).resolve(), out)
    unusable = [problem for cdoc in catalog.documents if cdoc.file is not None
                if (problem := pdf_problem(cdoc.file, _name_in(src, cdoc.file), engine))]
    if unusable:
        raise PackError(unusable)
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.bygger-", dir=out.parent))
    work.chmod(0o755)  # mkdtemp makes it private; a pack is meant to be read by every user
    try:
        (work / DOCS_DIR).mkdir()
        documents, index_pages = [], []
        counts: dict[int, TextCount] = {}
        total = len(catalog.documents)
        for n, cdoc in enumerate(catalog.documents, 1):
            rel = f"{DOCS_DIR}/{cdoc.id}.pdf"
            texts = _produce_pdf(cdoc, card, work / rel, engine)
            say(f"[{n}/{total}] {cdoc.id}: {pages_sv(len(texts))}")
            documents.append(_document(cdoc, rel, len(texts)))
            index_pages.append((cdoc, texts))
            counts[n - 1] = (textless_pages(texts), len(texts))
        if card is not None:
            assert catalog.action_card is not None
            shutil.copyfile(catalog.action_card, work / CARD_NAME)
        _build_search_index(work / INDEX_NAME, index_pages, card)
        manifest = _manifest(catalog, work, documents, has_card=card is not None)
        (work / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
        size = sum(f.bytes for f in manifest.files)
        _replace_dir(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    pages = sum(d.pages for d in documents)
    # The catalog's documents are the folder's, in its order (the catalog refuses any other).
    warnings = source_warnings(folder, text_of=lambda index, _doc: counts.get(index))
    return BuildReport(out, len(documents), pages, size, time.perf_counter() - started,
                       tuple(manifest.empty_document_tabs()), tuple(warnings))


def _name_in(src: Path, path: Path) -> str:
    """``path`` as the catalog names it: relative to the source folder."""
    try:
        return path.relative_to(Path(src).resolve()).as_posix()
    except ValueError:
        return path.name


def read_markdown(path: Path) -> str:
    """A Markdown source's text; PackError when it is not UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PackError(Problem("markdown.not_utf8", path.name, None,
                                "filen är inte UTF-8-kodad")) from None


def render_markdown(markdown: str, name: str, title: str, publisher: str, language: str,
                    summary: str, sources: Sequence[Source], original: Original | None,
                    target: Path) -> None:
    """``markdown`` as the pack's PDF at ``target``, with the document's metadata, sources and
    official original; PackError naming ``name`` (and the line) when it cannot be rendered.
    The build and the editor's preview both call it."""
    from kvinnofrid_desktop.core.authoring.markdown_pdf import (
        MarkdownPdfError,
        PdfMeta,
        render_markdown_pdf,
    )

    meta = PdfMeta(title=title, author=publisher, language=language, subject=summary,
                   sources=tuple(sources), original=original,
                   created=max((s.checked for s in sources), default="2026-01-01"))
    try:
        render_markdown_pdf(markdown, meta, target)
    except MarkdownPdfError as exc:
        line = f"rad {exc.line}" if getattr(exc, "line", None) else None
        raise PackError(Problem("markdown.invalid", name, line, str(exc))) from None


def _produce_pdf(cdoc: CatalogDocument, card: ActionCard | None, target: Path,
                 engine: PdfEngine) -> list[str]:
    where = f"{cdoc.id}"
    if cdoc.file is not None:
        shutil.copyfile(cdoc.file, target)
    elif cdoc.generated == "action_card":
        assert card is not None
        render_markdown(card_markdown(card), "action_card.json", cdoc.title, cdoc.publisher,
                        cdoc.language, cdoc.summary, cdoc.sources, cdoc.original, target)
    else:
        assert cdoc.source is not None
        render_markdown(read_markdown(cdoc.source), cdoc.source.name, cdoc.title,
                        cdoc.publisher, cdoc.language, cdoc.summary, cdoc.sources,
                        cdoc.original, target)
    try:
        return engine.page_texts(target)
    except PdfReadError as exc:
        origin = cdoc.file.name if cdoc.file else where
        raise PackError(Problem(exc.code, origin, None, exc.message)) from None


def _document(cdoc: CatalogDocument, rel: str, pages: int) -> Document:
    return Document(
        id=cdoc.id, title=cdoc.title, tab=cdoc.tab, summary=cdoc.summary,
        publisher=cdoc.publisher, year=cdoc.year, pages=pages, language=cdoc.language,
        provenance=cdoc.provenance, file=rel, sources=cdoc.sources, original=cdoc.original,
    )


CARD_PAGE_WEIGHT = 0.5


def _build_search_index(path: Path, pages: list[tuple[CatalogDocument, list[str]]],
                        card: ActionCard | None) -> None:
    from kvinnofrid_desktop.core.search.index import IndexEntry, build_index
    from kvinnofrid_desktop.core.search.synonyms import FILE_NAME

    # The printed card's pages say what its entries say; the entries lead to the very step or
    # contact, so they rank first. Running headers and footers are not what a page is about.
    entries = [
        IndexEntry(doc_id=cdoc.id, title=cdoc.title, page=i + 1, text=text,
                   weight=CARD_PAGE_WEIGHT if cdoc.generated == "action_card" else 1.0)
        for cdoc, texts in pages for i, text in enumerate(without_running_lines(texts))
    ]
    if card is not None:
        card_doc = next(((c, t) for c, t in pages if c.generated == "action_card"), None)
        doc_id = card_doc[0].id if card_doc else "action-card"
        for entry in card_entries(card):
            page = _page_of(entry, card_doc[1]) if card_doc else 1
            entries.append(IndexEntry(doc_id=doc_id, title=entry.title, page=page,
                                      text=entry.text, kind="card", anchor=entry.anchor,
                                      weight=entry.weight, keywords=entry.keywords))
    build_index(path, entries)
    # The source folder's synonym list (optional) goes next to the index, checked first.
    src = _source_dir(pages)
    if src is not None and (src / FILE_NAME).is_file():
        if (problem := synonyms_problem(src)) is not None:
            raise PackError(problem)
        shutil.copyfile(src / FILE_NAME, path.parent / FILE_NAME)


def synonyms_problem(src: Path) -> Problem | None:
    """What is wrong with the source folder's synonym list, if it has one."""
    from kvinnofrid_desktop.core.search.synonyms import FILE_NAME, SynonymError, parse

    synonyms = src / FILE_NAME
    if not synonyms.is_file():
        return None
    try:
        parse(synonyms.read_text(encoding="utf-8"))
    except (SynonymError, UnicodeDecodeError) as exc:
        return Problem("synonyms.invalid", FILE_NAME, None, str(exc))
    return None


def _source_dir(pages: list[tuple[CatalogDocument, list[str]]]) -> Path | None:
    """The source folder: the one holding catalog.toml, above a document's source file."""
    for cdoc, _texts in pages:
        for file in (cdoc.source, cdoc.file):
            for folder in (file.resolve().parents if file else ()):
                if (folder / "catalog.toml").is_file():
                    return folder
    return None


def _page_of(entry: CardEntry, page_texts: list[str]) -> int:
    """The first page of the card PDF that shows this entry (or the heading of its section)."""
    probe = " ".join(entry.locate.split())
    for i, page in enumerate(page_texts):
        if entry.heading:
            if probe in (line.strip() for line in page.splitlines()):
                return i + 1
        elif probe and probe in " ".join(page.split()):
            return i + 1
    return 1


def _manifest(catalog: Catalog, work: Path, documents: list[Document], *,
              has_card: bool) -> Manifest:
    files = []
    for path in sorted(p for p in work.rglob("*") if p.is_file()):
        rel = path.relative_to(work).as_posix()
        files.append(FileEntry(rel, path.stat().st_size, sha256_of(path)))
    return Manifest(
        format=FORMAT_VERSION, id=catalog.id, version=catalog.version,
        publisher=catalog.publisher, created=_created(catalog), files=tuple(files),
        documents=tuple(documents), action_card=CARD_NAME if has_card else None,
        search_index=INDEX_NAME, review_by=catalog.review_by or _a_year_after(catalog.version),
        news=catalog.news,
    )


def _a_year_after(version: str) -> str:
    day = dt.date.fromisoformat(version[:10])
    try:
        return day.replace(year=day.year + 1).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28).isoformat()


def _created(catalog: Catalog) -> str:
    # SOURCE_DATE_EPOCH (reproducible-builds.org) or the catalog pin the time for identical builds.
    if catalog.created:
        return catalog.created
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch and epoch.isdigit()
            else dt.datetime.now(dt.UTC))
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def check_out_dir(src: Path, out: Path) -> None:
    """Refuse an ``out`` whose replacement would delete what is not an earlier build: the
    source itself, a folder around or inside it, or a folder of other files (a build replaces
    ``out`` whole)."""
    if out == src or out in src.parents or src in out.parents:
        raise PackError(Problem("build.out_is_source", str(out), None,
                                "målmappen får inte vara källmappen, ligga i den eller innehålla "
                                "den; välj en annan mapp – inget togs bort"))
    if out.is_dir() and not (out / "manifest.json").is_file() and any(out.iterdir()):
        raise PackError(Problem("build.out_not_pack", str(out), None,
                                "målmappen innehåller redan filer och är inget innehållspaket "
                                "(ingen manifest.json); bygget ersätter hela mappen, så välj en "
                                "ny eller tom mapp – inget togs bort"))


def _replace_dir(new: Path, out: Path) -> None:
    """Move ``new`` to ``out``; an existing ``out`` is swapped out first and removed after."""
    old = None
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise PackError(Problem("build.out_exists", str(out), None,
                                    "målet finns redan och är ingen mapp; ta bort det först"))
        old = out.with_name(f".{out.name}.gammal-{os.getpid()}")
        replace(out, old)
    try:
        replace(new, out)
    except OSError:
        if old is not None:
            replace(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
