"""Where on a page a search hit is: the rectangles of its words, read as a person would look
for them (the place where the query's words stand together, not the first of any one)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

if TYPE_CHECKING:
    from collections.abc import Sequence


def spot_of(rects: Sequence[QRectF]) -> QRectF | None:
    """One rectangle around ``rects`` (a match found over two lines has one a line), or None."""
    if not rects:
        return None
    united = QRectF(rects[0])
    for rect in rects[1:]:
        united = united.united(rect)
    return united


def _distance(a: QRectF, b: QRectF) -> float:
    gap = a.center() - b.center()
    return math.hypot(gap.x(), gap.y())


def gathered_spot(words: Sequence[Sequence[QRectF]]) -> QRectF | None:
    """Where the words stand together: ``words`` holds each word's matches on the page. The
    match of the rarest word whose nearest match of each other word is closest in all; None
    without a match. A common word ("våld" in the title) says little of where the hit is; the
    rare one beside it ("äldre") says it. Matches × matches: a page has a few dozen."""
    present = [rects for rects in words if rects]
    if not present:
        return None
    fewest = min(len(rects) for rects in present)
    candidates = [rect for rects in present if len(rects) == fewest for rect in rects]

    def spread(rect: QRectF) -> float:
        return sum(min(_distance(rect, other) for other in rects) for rects in present)

    return min(candidates, key=spread)


def nearest_mark(marks: Sequence[QRectF], spot: QRectF) -> int:
    """The index of the mark in ``spot``, else of the one nearest it; -1 without marks."""
    if not marks:
        return -1
    inside = [i for i, rect in enumerate(marks) if rect.intersects(spot)]
    if inside:
        return inside[0]
    return min(range(len(marks)), key=lambda i: _distance(marks[i], spot))
