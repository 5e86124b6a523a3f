"""Everything ``pack verify`` checks, and what an import checks after unpacking: the pack's files
and PDFs (``Pack.verify``) and its action card (``core/card``: a layer above the pack format,
which therefore does not check the card itself)."""

from __future__ import annotations

from collections.abc import Callable

from kvinnofrid_desktop.core.card.model import load_action_card
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
