"""Publishing from the editor: the version, the build, the diff, the signature, the archive.

Each step is the very function the command line runs – ``build_pack`` (``pack build``),
``sign_pack`` (``pack sign``), ``write_archive`` (``pack archive``), ``Pack.verify`` (``pack
verify``) – so a pack published from the window is the pack the commands would make.

The build reads a ``Snapshot``: the catalog and the card as the editor holds them, with the new
version, written into a folder of their own beside copies of the files they name. Building
writes nothing into the source folder; the release is recorded there (``record_release``) only
once the pack is signed and saved.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kvinnofrid_desktop.core.authoring.build import BuildReport, build_pack
from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.card.model import load_action_card
from kvinnofrid_desktop.core.install.active import VERSION_RE, version_key
from kvinnofrid_desktop.core.install.preview import (
    ContactChange,
    DocumentChange,
    contact_changes,
    document_changes,
)
from kvinnofrid_desktop.core.install.signing import SignatureState, sign_pack
from kvinnofrid_desktop.core.install.verify import verify_pack
from kvinnofrid_desktop.core.pack.manifest import MAX_NEWS_CHARS
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

MAX_DAY_NUMBER = 999  # the version's ".N": at most three digits (VERSION_RE)


def default_version(previous: str | None, today: dt.date | None = None) -> str:
    """Today's date; when a pack of today or of a later day was published already (another
    machine's clock, a version typed ahead), the next number of that day: ``2026-12-15`` →
    ``2026-12-15.1`` → ``2026-12-15.2``. Always a version ``check_version`` accepts after a
    well-formed ``previous``."""
    day = (today or dt.date.today()).isoformat()
    if previous is None or version_key(day) > version_key(previous):
        return day
    match = VERSION_RE.match(previous)
    if match is None:  # not a version at all: check_version says so of the previous one
        return day
    base, n = match.group(1), int(match.group(2) or 0) + 1
    if n <= MAX_DAY_NUMBER:
        return f"{base}.{n}"
    try:  # that day's numbers used up: the next day
        return (dt.date.fromisoformat(base) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return day


def newest_version(*versions: str | None) -> str | None:
    """The newest of the versions given (None and empty ones left out), or None.

    A new pack must be newer than both the version the source folder last published and the
    pack this machine uses: a workstation may have either, and refuses an older one."""
    known = [v for v in versions if v]
    return max(known, key=version_key) if known else None


def check_version(version: str, previous: str | None) -> str | None:
    """Why ``version`` cannot follow ``previous`` (every machine would refuse it), or None."""
    import re

    if not re.match(r"^\d{4}-\d{2}-\d{2}(\.\d{1,3})?$", version):
        return "versionen ska vara ett datum, ÅÅÅÅ-MM-DD (eventuellt .N)"
    if previous is not None and version_key(version) <= version_key(previous):
        return (f"versionen måste vara nyare än {previous} (senast publicerad eller använd på "
                "den här datorn); annars vägrar programmen att installera den")
    return None


@dataclass(frozen=True)
class Release:
    """What publishing writes into ``[pack]``: the version, "what's new" and the creation time."""

    version: str
    news: str | None
    created: str  # pinned to the moment of building: rebuilding this version is identical


def new_release(version: str, news: str, previous: str | None,
                now: dt.datetime | None = None) -> Release:
    """The release to build, or FieldError when the version or the news cannot be used."""
    if (msg := check_version(version, previous)) is not None:
        raise FieldError(msg)
    if len(news) > MAX_NEWS_CHARS:
        raise FieldError(f"texten om nyheter får vara högst {MAX_NEWS_CHARS} tecken")
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return Release(version, news.strip() or None, when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def record_release(folder: SourceFolder, release: Release) -> None:
    """Write the release into the folder's catalog, in memory; saving is the caller's."""
    folder.set_pack_field("version", release.version)
    folder.set_pack_field("news", release.news)
    folder.set_pack_field("created", release.created)


@dataclass(frozen=True)
class Snapshot:
    """The source folder as the editor holds it (unsaved edits included) with a release's
    fields, to build from without writing anything into the source folder."""

    root: Path
    catalog_text: str
    card_rel: str | None
    card_text: str | None
    files: tuple[str, ...]  # the folder's files the build reads, relative to ``root``

    def write(self, into: Path) -> Path:
        """A folder ``into`` that ``pack build`` reads like the source folder; ``into``."""
        into.mkdir(parents=True)
        for name in self.files:
            target = into / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.root / name, target)
        (into / CATALOG_NAME).write_text(self.catalog_text, encoding="utf-8")
        # A card named outside the folder is not written there: the build says it is outside.
        card = into / (self.card_rel or "")
        if (self.card_rel is not None and self.card_text is not None
                and card.resolve().is_relative_to(into.resolve())):
            card.parent.mkdir(parents=True, exist_ok=True)
            card.write_text(self.card_text, encoding="utf-8")
        return into


def snapshot(folder: SourceFolder, release: Release) -> Snapshot:
    """What to build for ``release``: the folder's unsaved state, the folder left as it is."""
    from kvinnofrid_desktop.core.search.synonyms import FILE_NAME

    copy = SourceFolder(folder.root, folder.catalog_text(), folder.card_rel,
                        folder.card_text())
    record_release(copy, release)
    root = folder.root.resolve()
    names = [str(d.get(key)) for d in copy.documents() for key in ("file", "source")
             if isinstance(d.get(key), str)] + [FILE_NAME]
    # A name outside the folder or missing is left out: the build then says so, as for the
    # folder itself.
    files = tuple(dict.fromkeys(
        name for name in names if name != copy.card_rel
        and (root / name).resolve().is_relative_to(root) and (root / name).is_file()))
    return Snapshot(folder.root, copy.catalog_text(), copy.card_rel, copy.card_text(), files)


def build(src: Path, out: Path, *, engine: PdfEngine,
          progress: Callable[[str], None] | None = None) -> tuple[BuildReport, list[Problem]]:
    """``pack build`` of the folder ``src`` (a ``Snapshot`` written out) into ``out``, then
    ``pack verify`` of the result (with the PDF engine)."""
    report = build_pack(src, out, engine=engine, progress=progress)
    problems = verify_pack(Pack.open(out), pdf_engine=engine)  # the action card too
    return report, problems


@dataclass(frozen=True)
class PublishDiff:
    """What the new pack changes against the previous one."""

    previous_version: str | None
    documents: tuple[DocumentChange, ...]
    contacts: tuple[ContactChange, ...]

    def lines_sv(self) -> list[str]:
        labels = {"new": "Nytt dokument", "updated": "Ändrat dokument",
                  "removed": "Borttaget dokument"}
        lines = [f"{labels[d.change]}: {d.title}" for d in self.documents]
        lines += [f"Kontakt {c.label}: "
                  + {"added": "ny", "removed": "borttagen"}.get(c.change, "; ".join(c.details))
                  for c in self.contacts]
        return lines or ["Inga dokument eller kontakter ändras."]


def pack_diff(previous: Path | None, new: Path) -> PublishDiff:
    """Documents added, removed or changed and contacts changed, ``previous`` → ``new``."""
    new_pack = Pack.open(new)
    if previous is None:
        old_manifest = None
    else:
        old_pack = Pack.open(previous, check_sizes=False)
        old_manifest = old_pack.manifest
    docs = document_changes(old_manifest, new_pack.manifest) if old_manifest else [
        DocumentChange(d.id, d.title, "new") for d in new_pack.manifest.documents]

    def card(pack: Pack | None) -> object:
        if pack is None or not pack.manifest.action_card:
            return None
        try:
            return load_action_card(pack.path_of(pack.manifest.action_card))
        except PackError:
            return None

    old_card = card(old_pack) if previous is not None else None
    return PublishDiff(old_manifest.version if old_manifest else None, tuple(docs),
                       tuple(contact_changes(old_card, card(new_pack))))  # type: ignore[arg-type]


class NotSaved(Exception):
    """The signed pack could not be written to ``out``; ``error`` is the system's reason (its
    file name may be the hidden temporary file beside ``out``, not a name to show)."""

    def __init__(self, out: Path, error: OSError) -> None:
        super().__init__(f"{out}: {error}")
        self.out, self.error = out, error


def sign_and_archive(pack_dir: Path, keyfile: Path, passphrase: str | None,
                     out: Path) -> SignatureState:
    """``pack sign`` the built folder, then ``pack archive`` it to ``out`` (atomically);
    ``NotSaved`` when the disk refused ``out``, a PackError for anything else."""
    from kvinnofrid_desktop.core.install.archive_write import write_archive

    state = sign_pack(pack_dir, keyfile, passphrase)
    try:
        write_archive(pack_dir, out)
    except PackError as exc:
        if isinstance(exc.__cause__, OSError):
            raise NotSaved(out, exc.__cause__) from exc
        raise
    return state
