"""A content pack on disk: open it, check it cheaply or thoroughly, and find its files."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kvinnofrid_desktop.core.pack.external import (
    ExternalFileError,
    FileTooLargeError,
    read_limited,
)
from kvinnofrid_desktop.core.pack.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    parse_manifest_bytes,
)
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine, PdfReadError
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

# Files a pack may hold besides those the manifest lists.
UNLISTED_ALLOWED = frozenset({MANIFEST_NAME, "manifest.sig"})


def sha256_of(path: Path) -> str:
    import hashlib  # OpenSSL loads in ~2 ms; start-up only compares sizes and never needs it

    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@dataclass(frozen=True)
class Pack:
    root: Path
    manifest: Manifest

    @classmethod
    def open(cls, root: Path | str, *, check_sizes: bool = True) -> Pack:
        """Read and validate the manifest; with ``check_sizes`` also stat every listed file.

        The size check is what start-up can afford; checksums are for ``verify``.
        """
        root = Path(root)
        if not root.is_dir():
            raise PackError(Problem(
                "pack.not_found", str(root), None, "mappen finns inte eller är ingen mapp"
            ))
        manifest_path = root / MANIFEST_NAME
        try:
            if manifest_path.is_symlink():
                raise PackError(Problem(
                    "path.symlink", MANIFEST_NAME, None, "manifestet får inte vara en länk"
                ))
            # One byte past the limit is allowed, so the parser can report "too large".
            raw = read_limited(manifest_path, MAX_MANIFEST_BYTES + 1)
        except FileNotFoundError:
            raise PackError(Problem(
                "manifest.missing", MANIFEST_NAME, None, "paketet saknar manifest.json"
            )) from None
        except ExternalFileError as exc:
            code = "manifest.too_large" if isinstance(exc, FileTooLargeError) \
                else "manifest.unreadable"
            raise PackError(Problem(code, MANIFEST_NAME, None, f"filen {exc}")) from None
        pack = cls(root, parse_manifest_bytes(raw))
        if check_sizes:
            problems = pack.check_files(checksums=False)
            if problems:
                raise PackError(problems)
        return pack

    # --- files ------------------------------------------------------------------------------

    def path_of(self, relative: str) -> Path:
        return self.root.joinpath(*relative.split("/"))

    def document_path(self, doc_id: str) -> Path:
        doc = self.manifest.document(doc_id)
        if doc is None:
            raise KeyError(doc_id)
        return self.path_of(doc.file)

    def check_files(
        self,
        *,
        checksums: bool = True,
        only: Iterable[str] | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> list[Problem]:
        """Compare the files on disk with the manifest (existence, containment, size, sha256)."""
        problems: list[Problem] = []
        root_real = self.root.resolve()
        wanted = set(only) if only is not None else None
        for entry in self.manifest.files:
            if wanted is not None and entry.path not in wanted:
                continue
            if progress:
                progress(entry.path)
            path = self.path_of(entry.path)
            problem = _check_one_file(path, root_real, entry.path, entry.bytes,
                                      entry.sha256 if checksums else None)
            if problem:
                problems.append(problem)
        return problems

    def unlisted_files(self) -> list[str]:
        listed = {f.path for f in self.manifest.files} | UNLISTED_ALLOWED
        found = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames.sort()
            for name in sorted(filenames):
                rel = Path(dirpath, name).relative_to(self.root).as_posix()
                if rel not in listed:
                    found.append(rel)
        return found

    def verify(self, *, pdf_engine: PdfEngine | None = None,
               progress: Callable[[str], None] | None = None) -> list[Problem]:
        """The files and the PDFs; an empty list means they are sound. The action card is
        checked too by core/install/verify.py (the card is a layer above the pack format)."""
        problems = self.check_files(checksums=True, progress=progress)
        problems += [
            Problem("file.unlisted", rel, None, "filen finns i paketet men inte i manifestet")
            for rel in self.unlisted_files()
        ]
        broken = {p.file for p in problems}
        if pdf_engine is not None:
            for doc in self.manifest.documents:
                if doc.file in broken:
                    continue
                try:
                    pages = pdf_engine.page_count(self.path_of(doc.file))
                except PdfReadError as exc:
                    problems.append(Problem(exc.code, doc.file, None, exc.message))
                    continue
                if pages != doc.pages:
                    problems.append(Problem(
                        "document.pages", "manifest.json", f"documents[{doc.id}].pages",
                        f"manifestet anger {doc.pages} sidor men PDF-filen har {pages}",
                    ))
        return problems


def _check_one_file(
    path: Path, root_real: Path, rel: str, size: int, sha256: str | None
) -> Problem | None:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root_real):
            return Problem("path.symlink_escape", rel, None,
                           "filen är en symbolisk länk som pekar ut ur paketet")
    try:
        real = path.resolve(strict=True)
    except (FileNotFoundError, RuntimeError):
        return Problem("file.missing", rel, None, "filen saknas i paketet")
    if not real.is_relative_to(root_real):
        return Problem("path.symlink_escape", rel, None, "sökvägen leder ut ur paketet")
    if not real.is_file():
        return Problem("file.not_regular", rel, None, "är ingen vanlig fil")
    actual = real.stat().st_size
    if actual != size:
        return Problem("file.size", rel, None,
                       f"filen är {actual} byte men manifestet anger {size} byte")
    if sha256 is not None and sha256_of(real) != sha256:
        return Problem("file.checksum", rel, None,
                       "kontrollsumman (SHA-256) stämmer inte: filen har ändrats eller är skadad")
    return None
