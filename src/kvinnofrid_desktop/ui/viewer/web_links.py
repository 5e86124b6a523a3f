"""Web addresses in a page's text that wrap onto the next line.

The pack's PDFs have no link annotations, so the web links the viewer offers are guessed from
the page text (PDFium's guess, through QPdfLinkModel). That guess stops at a line break: an
address wrapped by the PDF's layout becomes a link to its first line only. This module finds
such addresses in the page text and joins their parts.

A line break is taken to be inside an address only when both hold:

- the layout had to break there: the address reaches the end of its line, and the start of
  the next line would not have fitted in the room left before the text's right edge;
- the text says so: the next line's first word starts with an address connector ("-", "/",
  "." …) or carries address punctuation ("9/ett-kraftfullt…", "se/vastmanland/…"), or it
  is a bare word after a connector inside a word ("-", "_", "=" …) or a short lower-case
  word after a dot ("html" after "…far-illa.").

So "…/om-vald/" on a short line followed by "kontrollerad 2026-11-26" stays two things.

Pure logic: the caller gives the page text (QPdfDocument.getAllText, lines ending in CR LF)
and a function that measures a run of its characters on the page (QPdfDocument
.getSelectionAtIndex); character indices are the page text's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# (start, length) of a run of the page text → its (left, right) extent in points.
Measure = Callable[[int, int], tuple[float, float]]

_START = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)
_URL_CHARS = re.compile(r"[^\s<>\"'`{}|\\^\u00ab\u00bb\u2018-\u201f]*")
_CONNECTORS = "/-_=&?#~%+:"
_INNER_PUNCTUATION = re.compile(r"[/.\-_=&?#%~]")
_TRAILING = ".,;:!?"
_SHORT_LOWER_WORD = re.compile(r"[a-z0-9]{1,5}")
# Points of slack for the right edge (glyph boxes and justification are not exact).
_SLACK = 1.0


@dataclass(frozen=True)
class WrappedLink:
    """An address that runs over more than one line: the joined address and, per line, the
    (start, length) of its part in the page text."""

    url: str
    parts: tuple[tuple[int, int], ...]


def _lines(text: str) -> list[tuple[int, str]]:
    """(start index, text) of each line, without its line break."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        lines.append((pos, text[pos:match.start()]))
        pos = match.end()
    lines.append((pos, text[pos:]))
    return lines


def _trim(url: str) -> str:
    """Drop sentence punctuation and an unbalanced closing bracket after the address."""
    while url:
        last = url[-1]
        opening = {")": "(", "]": "["}.get(last)
        if last in _TRAILING or (opening is not None and url.count(last) > url.count(opening)):
            url = url[:-1]
        else:
            break
    return url


def _continues(so_far: str, token: str) -> bool:
    """Whether ``token``, the first word of the next line, reads as the rest of ``so_far``."""
    head = _trim(token)
    if not head or so_far[-1] in ",;)]!?":
        return False  # the address ended with the line: punctuation follows it
    if head[0] in _CONNECTORS + "." or _INNER_PUNCTUATION.search(head):
        return True  # "-kvinnor.html", "9/ett-kraftfullt…", "se/vastmanland/…"
    # A bare word: after "/" it is as likely the next line's text ("…/om-vald/" then
    # "kontrollerad 2026-11-26"), after a dot only a short lower-case word ("html", "se")
    # is the rest of a host or file name; after a connector within a word, it continues.
    if so_far[-1] == ".":
        return _SHORT_LOWER_WORD.fullmatch(head) is not None
    return so_far[-1] in _CONNECTORS and so_far[-1] != "/"


def find_wrapped_links(text: str, measure: Measure) -> list[WrappedLink]:
    """The web addresses in ``text`` that continue on the next line, joined."""
    lines = _lines(text)
    extents: dict[int, tuple[float, float]] = {}

    def extent(number: int) -> tuple[float, float]:
        if number not in extents:
            start, line = lines[number]
            stripped = len(line.rstrip())
            extents[number] = measure(start, stripped) if stripped else (0.0, 0.0)
        return extents[number]

    right_edge: float | None = None
    links: list[WrappedLink] = []
    for number, (line_start, line) in enumerate(lines):
        for start in _START.finditer(line):
            if start.start() > 0 and not re.match(r"[\s(\[<\"'\u201c\u201d:;,]",
                                                   line[start.start() - 1]):
                continue  # inside a word or an address already found
            run = _URL_CHARS.match(line, start.start())
            assert run is not None
            url = run.group()
            parts = [(line_start + start.start(), len(url))]
            at = number
            while run.end() == len(lines[at][1].rstrip()) and at + 1 < len(lines):
                next_start, next_line = lines[at + 1]
                token_match = _URL_CHARS.match(next_line)
                assert token_match is not None
                token = token_match.group()
                if not token or not _continues(url, token):
                    break
                if right_edge is None:
                    right_edge = max(extent(n)[1] for n in range(len(lines)))
                token_left, token_right = measure(next_start, len(token))
                if extent(at)[1] + (token_right - token_left) <= right_edge - _SLACK:
                    break  # the next word would have fitted: the line did not have to break
                url += token
                parts.append((next_start, len(token)))
                at += 1
                run = token_match
            if len(parts) > 1:
                trimmed = _trim(url)
                parts = _trim_parts(parts, len(url) - len(trimmed))
                if trimmed.lower().startswith("www."):
                    trimmed = "http://" + trimmed
                links.append(WrappedLink(trimmed, tuple(parts)))
    return links


def _trim_parts(parts: list[tuple[int, int]], extra: int) -> list[tuple[int, int]]:
    """``parts`` without the last ``extra`` characters (punctuation dropped by ``_trim``)."""
    trimmed = list(parts)
    while extra > 0 and trimmed:
        start, length = trimmed[-1]
        cut = min(extra, length)
        extra -= cut
        if cut == length:
            trimmed.pop()
        else:
            trimmed[-1] = (start, length - cut)
    return trimmed
