"""Running headers and footers, left out of the search index.

Every page of a document repeats its running footer ("Sida 5 av 10 Samverkansplan: våld i nära
relation och våld mot djur – sammanställning"). Indexed, it matched "våld" on every page, and a
snippet made of it (two marks in one line) told nothing of the page. A line counts as running
when it stands among the first or last ``EDGE_LINES`` lines of most pages, numbers aside; only
there is it removed, so a sentence repeated in the body stays. Pure Python.
"""

from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 2  # a header or footer line is among a page's first or last two lines
MIN_PAGES = 3  # fewer pages say nothing of what repeats
SHARE = 0.6  # on at least this share of the pages
MIN_WORDS = 3

_DIGITS = re.compile(r"\d+")


def _key(line: str) -> str:
    """A line as it repeats: page numbers and dates aside, spaces collapsed."""
    return " ".join(_DIGITS.sub("#", line).split()).casefold()


def _edges(lines: list[str]) -> set[int]:
    """The indexes of a page's first and last ``EDGE_LINES`` non-blank lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])


def without_running_lines(pages: list[str]) -> list[str]:
    """``pages`` (one text a page, lines apart by "\\n") without their running lines."""
    if len(pages) < MIN_PAGES:
        return list(pages)
    split = [page.split("\n") for page in pages]
    seen: Counter[str] = Counter()
    for lines in split:
        seen.update({_key(lines[i]) for i in _edges(lines)})
    needed = max(MIN_PAGES, SHARE * len(pages))
    # Three words at least: "Kapitel 3" atop each chapter's page is a heading, not a header.
    running = {key for key, count in seen.items()
               if len(key.split()) >= MIN_WORDS and count >= needed}
    if not running:
        return list(pages)
    out = []
    for lines in split:
        edges = _edges(lines)
        out.append("\n".join(line for i, line in enumerate(lines)
                             if i not in edges or _key(line) not in running))
    if not any(page.strip() for page in out):
        # Nothing but repeated lines (a short notice on every page): that is the text, and
        # without it the document would pass for a scan with nothing to search.
        return list(pages)
    return out
