"""Printed pages whose table rows stay whole.

QTextDocument breaks a table row across a page end like any text: a contact's opening hours
began on one page and ended on the next, and a verification sheet's answer boxes were cut in
two. The HTML names each unit that must stay on one page (a row; a group's heading row with its
first row) with ``unit_anchor(k)``. ``paginate`` lays the document out, finds the first unit
that crosses a page end and asks for the HTML again with a page break before that unit; the
HTML's builder decides how (a new table with its header). A unit taller than a page stays
split: no page holds it.

Every document goes on paper through ``draw_on_paper``: black on white, whatever the screen's
colours (``QTextDocument.drawContents`` takes the screen palette's text colour, and with a
dark or high-contrast scheme printed the card white on white).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

_PREFIX = "kv-unit-"
Footer = Callable[[QPainter, int, int], None]  # (painter, page from 0, pages)
INK, LINK_INK, PAPER = QColor("black"), QColor("#0b3d91"), QColor("white")


def unit_anchor(index: int) -> str:
    """Markup naming unit ``index``: put it at the start of each of its rows' first cell (or
    of a paragraph). Invisible; several rows may carry the same index."""
    return f"<a name='{_PREFIX}{index}'></a>"


def _units(doc: QTextDocument) -> dict[int, tuple[float, float]]:
    """Each named unit's top and bottom in the laid-out document."""
    layout = doc.documentLayout()
    spans: dict[int, tuple[float, float]] = {}
    block = doc.begin()
    while block.isValid():
        for index in _anchors_in(block):
            top, bottom = _extent(layout, block)
            old = spans.get(index)
            spans[index] = (top, bottom) if old is None else (min(old[0], top),
                                                             max(old[1], bottom))
        block = block.next()
    return spans


def _continued_tables(doc: QTextDocument, spans: dict[int, tuple[float, float]],
                      height: float) -> set[int]:
    """The named units in a table that began on an earlier page: Qt went on with the table
    on the next page by itself, and drew no bottom border under the row it left behind."""
    layout = doc.documentLayout()
    found: set[int] = set()
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            first_page = int(layout.frameBoundingRect(table).top() // height)
            found |= {index for index in _anchors_in(block)
                      if int(spans[index][0] // height) > first_page}
        block = block.next()
    return found


def _anchors_in(block: QTextBlock) -> list[int]:
    found = []
    fragments = block.begin()
    while not fragments.atEnd():
        for name in fragments.fragment().charFormat().anchorNames():
            if name.startswith(_PREFIX):
                found.append(int(name[len(_PREFIX):]))
        fragments += 1
    return found


def _dpi(doc: QTextDocument) -> float:
    """The resolution the document is laid out at (its paint device's; the screen's: 96)."""
    device = doc.documentLayout().paintDevice()
    return device.logicalDpiY() if device is not None else 96.0


def _extent(layout: QAbstractTextDocumentLayout, block: QTextBlock) -> tuple[float, float]:
    """The block's vertical extent, or its whole table row's when it is in a table."""
    cursor = QTextCursor(block)
    table = cursor.currentTable()
    if table is None:
        rect = layout.blockBoundingRect(block)
        return rect.top(), rect.bottom()
    row = table.cellAt(cursor).row()
    # The row reaches beyond its text by the cells' padding and the border, given in 96 dpi
    # pixels like every length of the document and laid out at the device's resolution.
    edge = (table.format().cellPadding() + table.format().border()) * _dpi(block.document()) / 96
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row:  # spanned from a row above
            continue
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops) - edge, max(bottoms) + edge


def _split_units(spans: dict[int, tuple[float, float]], height: float) -> list[int]:
    """The named units that the pages cut in two."""
    return [index for index, (top, bottom) in spans.items()
            if int(top // height) != int((bottom - 0.5) // height)]


def _settle_breaks(doc: QTextDocument) -> None:
    """QTextDocument keeps a text block between two tables. The gap before a table that breaks
    before itself is made as low as a line can be, and when the table before it ended the
    page anyway the break goes: it would leave a blank page. (Each group of edits is one edit
    block: the document is laid out again once, not once per change.)"""
    breaking = [frame for frame in doc.rootFrame().childFrames()
                if isinstance(frame, QTextTable) and frame.format().pageBreakPolicy()
                & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore]
    gaps = []
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    for frame in breaking:
        gap = QTextCursor(doc)
        gap.setPosition(frame.firstPosition() - 1)
        if gap.block().length() > 1:  # holds text: not the gap
            continue
        block_format = gap.blockFormat()
        block_format.setTopMargin(0)
        block_format.setBottomMargin(0)
        gap.setBlockFormat(block_format)
        char_format = gap.blockCharFormat()
        char_format.setFontPointSize(0.1)  # an empty line is as high as its font
        gap.setBlockCharFormat(char_format)
        gaps.append((frame, gap.block()))
    edit.endEditBlock()
    _relayout(doc)
    height, layout = doc.pageSize().height(), doc.documentLayout()
    near_end = 2 * _dpi(doc) / 25.4  # within 2 mm of a page's end no table row fits
    edit.beginEditBlock()
    for frame, block in gaps:
        into_page = layout.blockBoundingRect(block).top() % height
        if min(into_page, height - into_page) < near_end:  # the table begins a page anyway
            table_format = frame.format()
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            frame.setFormat(table_format)
    edit.endEditBlock()
    _relayout(doc)


def _relayout(doc: QTextDocument) -> None:
    """Lay the whole document out again after an edit. Qt lays out only near the edit and
    reuses the rest: with a page break moved, the text after the last table (the card's
    sources) kept no lines and was not printed, and the page count was one short."""
    doc.setPageSize(doc.pageSize())


def _page_starts(spans: dict[int, tuple[float, float]], height: float) -> list[int]:
    """The first named unit of each page after the first."""
    first: dict[int, tuple[float, int]] = {}
    for index, (top, _bottom) in spans.items():
        page = int(top // height)
        if page and (page not in first or top < first[page][0]):
            first[page] = (top, index)
    return [index for _top, index in first.values()]


def paginate(html_for: Callable[[frozenset[int]], str],
             document_for: Callable[[str], QTextDocument],
             needs_heading: Callable[[int], bool] = lambda _index: False) -> QTextDocument:
    """The document of ``html_for(breaks)`` (laid out in pages by ``document_for``) with
    ``breaks`` chosen so that no named unit is cut by a page end, where a page can hold it,
    and a page that begins with a unit for which ``needs_heading`` is true (a group's row
    after its first), or inside a table, begins with a break, where the HTML repeats the
    group's heading and the table's header."""
    breaks: frozenset[int] = frozenset()
    while True:
        doc = document_for(html_for(breaks))
        _settle_breaks(doc)
        spans, height = _units(doc), doc.pageSize().height()
        cut = [index for index in _split_units(spans, height) if index not in breaks]
        # A page that begins inside a table begins a table of our own (the header again, the
        # row above closed by the table's border), and with the group's heading when needed.
        continued = _continued_tables(doc, spans, height)
        cut += [index for index in _page_starts(spans, height)
                if (needs_heading(index) or index in continued) and index not in breaks]
        if not cut:
            return doc
        breaks |= {min(cut)}  # one at a time: each break moves everything after it


def paint_pages(painter: QPainter, doc: QTextDocument, footer: Footer,
                new_page: Callable[[], bool]) -> int:
    """Paint each page of ``doc`` (its page size set), then ``footer(painter, page, pages)``
    below it; ``new_page`` starts the next sheet. Returns the pages painted."""
    width, height = doc.pageSize().width(), doc.pageSize().height()
    pages = doc.pageCount()
    for page in range(pages):
        if page and not new_page():
            return page
        painter.save()
        painter.translate(0, -page * height)
        draw_on_paper(painter, doc, QRectF(0, page * height, width, height))
        painter.restore()
        footer(painter, page, pages)
    return pages


def paper_palette() -> QPalette:
    """The colours a document is printed in: black text (links dark blue) on white."""
    palette = QPalette(PAPER)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(role, INK)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, PAPER)
    for role in (QPalette.ColorRole.Link, QPalette.ColorRole.LinkVisited):
        palette.setColor(role, LINK_INK)
    return palette


def draw_on_paper(painter: QPainter, doc: QTextDocument, clip: QRectF) -> None:
    """Draw the part ``clip`` of ``doc`` (in its own coordinates) as ``drawContents`` does, in
    ``paper_palette``'s colours instead of the screen's. Text given its own colour keeps it."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    context.clip = clip
    painter.save()
    painter.setClipRect(clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()
