"""Everything ``pack verify`` checks, and what an import checks after unpacking: the pack's files
and PDFs (``Pack.verify``) and its action card (``core/card``: a layer above the pack format,
which therefore does not check the card itself). ``verify_archive`` does it for a ``.kvpack``
before it is installed: ``pack verify FILE.kvpack`` and the import dialog's check."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kvinnofrid_desktop.core.card.model import load_action_card
from kvinnofrid_desktop.core.install.archive import Cancel, Progress, extract_archive
from kvinnofrid_desktop.core.install.archive_checks import archive_error
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.pack.problems import PackError, Problem


def verify_pack(pack: Pack, *, pdf_engine: PdfEngine | None = None,
                progress: Callable[[str], None] | None = None) -> list[Problem]:
    """Every problem of ``pack``; an empty list means it is sound."""
    problems = pack.verify(pdf_engine=pdf_engine, progress=progress)
    card = pack.manifest.action_card
    if card and card not in {p.file for p in problems}:
        try:
            load_action_card(pack.path_of(card), file=card)
        except PackError as exc:
            problems += exc.problems
    return problems


@contextmanager
def unpacked_archive(path: Path, *, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> Iterator[Path]:
    """The ``.kvpack`` at ``path`` unpacked into a temporary folder, removed afterwards.

    Unpacked as an import unpacks it into staging: every file's SHA-256 is compared with the
    manifest as it is written (PackError at the first that differs). Nothing is installed."""
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-verify-") as tmp:
        folder = Path(tmp) / "pack"
        folder.mkdir()
        extract_archive(path, folder, progress=progress, cancel=cancel)
        yield folder


def verify_archive(path: Path, *, pdf_engine: PdfEngine | None = None,
                   progress: Progress | None = None,
                   cancel: Cancel | None = None) -> list[Problem]:
    """Every problem of the files of the ``.kvpack`` at ``path``, as ``pack verify`` finds them
    (``unpacked_archive``, then ``verify_pack``); an empty list means they are sound.

    Whether the signature is trusted, and what depends on the installed packs, is the
    import's preview (``PackStore.preview_import``). ``progress`` gets (file, bytes done,
    bytes in total) over both passes: unpacking and reading every file again from disk."""
    total = 0

    def unpacking(rel: str, done: int, of: int) -> None:
        nonlocal total
        total = of
        if progress is not None:
            progress(rel, done, 2 * of)

    try:
        with unpacked_archive(path, progress=unpacking, cancel=cancel) as folder:
            pack = Pack.open(folder, check_sizes=False)
            sizes = {e.path: e.bytes for e in pack.manifest.files}
            total = total or sum(sizes.values())
            checked = 0

            def checking(rel: str) -> None:
                nonlocal checked
                if cancel is not None and cancel():
                    raise archive_error("import.cancelled", rel,
                                        "kontrollen avbröts; inget installerades")
                checked += sizes.get(rel, 0)
                if progress is not None:  # counted when it starts: the last file reads 100 %
                    progress(rel, total + checked, 2 * total)

            return verify_pack(pack, pdf_engine=pdf_engine, progress=checking)
    except PackError as exc:
        return list(exc.problems)
