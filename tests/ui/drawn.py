"""What is drawn: checks any view can run after a change, so a stale layout fails a test.

A widget's own state can be right while the screen is wrong (issue 12: after choosing a
municipality the contacts column kept the height of the previous one and was drawn blank). These
helpers look at geometry, the way a person looks at the screen:

- ``layout_problems(root)``: every visible word-wrapped label at least as high as its text needs
  at its width, no word of it wider than the label, and wide enough for ``WRAPPED_MIN_CHARS``
  characters when its text is longer,
  every other visible label at least its minimum size; no two visible widgets
  placed by the same widget's layouts overlapping; no such widget reaching outside its parent.
  A resizable scroll area's content as high as its layout needs at its width (a stale height
  leaves a blank or squashed column; it is what issue 12 saw). A text field that may grow wide
  enough to show ``FIELD_MIN_CHARS`` characters (squeezed, the card's filter showed two).
- ``visible_in_scroll_area(widget)``: whether part of ``widget`` is inside the visible part of
  the scroll area it lives in.
- ``sideways_problems(root)``: every visible resizable scroll area whose content is wider than
  its view, or scrolled sideways: a column read top to bottom is cut at its right edge, and
  when the keyboard moves into it the view shifts and cuts the left (for views that scroll
  only down, such as the action card's columns).
- ``cells_cut(view)``: the cells of an item view whose text is cut (elided, or its letters
  reaching the row's edge).
- ``off_screen_problems(window)``: the window's frame or a visible button outside the
  screen's free area.
- ``settled_problems(qtbot, root)``: the problems once the posted layout requests have run (one
  event-loop turn per level of nesting), i.e. what the next paint shows.
- ``ink_contrast(widget)``: the widget as drawn, its background (the most common pixel) and
  the WCAG contrast of the pixel that stands out most from it (its words, its icon).
- ``open_table_bottoms(path, left_mm, right_mm)``: the pages of a printed PDF where a table's
  left border ends with no line across the table (a row left open at a page's foot).
- ``printed_ink(path)``: how much of each page of a printed PDF is dark ink on the white paper
  (text printed in a screen's light text colour is not).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

# Rounding in nested layouts may cost a pixel; a clipped line of text costs many more.
TOLERANCE_PX = 1
BUTTON_FRAME_PX = 2  # a push button's frame on each side of its words
# A field people type words into: it has a placeholder and may grow (a page number box has no
# placeholder, a time field has a fixed width).
FIELD_MIN_CHARS = 12
# A wrapped sentence squeezed narrower than this reads as a column of single words.
WRAPPED_MIN_CHARS = 16
QWIDGETSIZE_MAX = (1 << 24) - 1


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or widget.accessibleName()
    if isinstance(widget, (QLabel, QPushButton)) and widget.text():
        name = widget.text()
    name = " ".join(name.split())
    return f"{type(widget).__name__} {name[:50]!r}" if name else type(widget).__name__


def _managed(layout: QLayout) -> Iterator[QWidget]:
    """The widgets placed by ``layout`` and the layouts nested in it."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _managed(item.layout())


def _label_problem(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        chars = label.fontMetrics().averageCharWidth() * WRAPPED_MIN_CHARS
        if label.width() < chars and len(label.text()) > 2 * WRAPPED_MIN_CHARS:
            return (f"{_describe(label)} is {label.width()} px wide, a column of single "
                    f"words; {WRAPPED_MIN_CHARS} characters need {chars} px")
        if label.textFormat() != Qt.TextFormat.RichText and "<" not in label.text():
            # A word longer than the label is cut at its edge: wrapping cannot help it. Qt's
            # own line breaking (spaces, zero-width spaces, after "/" and "-") says how wide the
            # widest line must be.
            room = label.contentsRect().width()
            widest = label.fontMetrics().boundingRect(
                QRect(0, 0, max(room, 1), 1 << 20), int(Qt.TextFlag.TextWordWrap),
                label.text()).width()
            if widest > room + TOLERANCE_PX:
                return f"{_describe(label)}: a word needs {widest} px, the label is {room} px"
        need = label.heightForWidth(label.width())
        if label.height() + TOLERANCE_PX < need:
            return (f"{_describe(label)} is {label.height()} px high at {label.width()} px; "
                    f"its text needs {need} px")
        return None
    need_size = label.minimumSizeHint()
    if (label.height() + TOLERANCE_PX < need_size.height()
            or label.width() + TOLERANCE_PX < need_size.width()):
        return (f"{_describe(label)} is {label.width()}×{label.height()} px; its text needs "
                f"{need_size.width()}×{need_size.height()} px")
    return None


def _button_problem(button: QPushButton) -> str | None:
    """A push button narrower than its words (Qt cuts them at its edge), or a wrapping link
    (``ui/common/link_button``) lower than its lines."""
    if not button.text():
        return None
    if button.hasHeightForWidth():
        need = button.heightForWidth(button.width())
        if button.height() + TOLERANCE_PX < need:
            return (f"{_describe(button)} is {button.height()} px high at {button.width()} px; "
                    f"its words need {need} px")
    if button.hasHeightForWidth():
        need = button.minimumSizeHint().width()  # its longest word
    else:  # the words and the frame (a style may squeeze its own padding, not the words)
        words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need = button.fontMetrics().horizontalAdvance(words) + button.iconSize().width() \
            * (not button.icon().isNull()) + 2 * BUTTON_FRAME_PX
    if button.width() + TOLERANCE_PX < need:
        return f"{_describe(button)} is {button.width()} px wide; its words need {need} px"
    return None


def _field_problem(field: QLineEdit) -> str | None:
    if not field.placeholderText() or field.maximumWidth() < QWIDGETSIZE_MAX:
        return None  # a number or a time, in a field sized for it
    need = field.fontMetrics().averageCharWidth() * FIELD_MIN_CHARS
    if field.width() < need:
        return (f"{_describe(field)} is {field.width()} px wide; {FIELD_MIN_CHARS} characters "
                f"need {need} px")
    return None


def _scroll_problem(area: QScrollArea) -> str | None:
    content = area.widget()
    if content is None or not area.widgetResizable() or not content.isVisible():
        return None
    need = content.heightForWidth(content.width())
    if need < 0:
        return None
    need = max(need, area.viewport().height())
    if abs(content.height() - need) > TOLERANCE_PX:
        return (f"the content of {_describe(area)} is {content.height()} px high; its layout "
                f"needs {need} px at {content.width()} px")
    return None


def layout_problems(root: QWidget) -> list[str]:
    """What a person would see as broken in ``root`` as it is laid out now (empty: nothing)."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (widget.isWindow() and widget is not root):
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(problem)
        if isinstance(widget, QPushButton):
            problem = _button_problem(widget)
            if problem:
                problems.append(problem)
        if isinstance(widget, QLineEdit):
            problem = _field_problem(widget)
            if problem:
                problems.append(problem)
        if isinstance(widget, QScrollArea):
            problem = _scroll_problem(widget)
            if problem:
                problems.append(problem)
        layout = widget.layout()
        if layout is None:
            continue
        placed = [w for w in _managed(layout) if w.isVisible() and not w.isWindow()
                  and not _parked(widget, w)]
        inside = widget.rect()
        for i, first in enumerate(placed):
            geometry = first.geometry()
            if not inside.adjusted(-TOLERANCE_PX, -TOLERANCE_PX, TOLERANCE_PX,
                                   TOLERANCE_PX).contains(geometry):
                problems.append(f"{_describe(first)} at {_rect(geometry)} reaches outside "
                                f"{_describe(widget)} ({_rect(inside)})")
            for second in placed[i + 1:]:
                overlap = geometry.intersected(second.geometry())
                if overlap.width() > TOLERANCE_PX and overlap.height() > TOLERANCE_PX:
                    problems.append(f"{_describe(first)} at {_rect(geometry)} overlaps "
                                    f"{_describe(second)} at {_rect(second.geometry())}")
    return problems


def _parked(window: QWidget, dock: QWidget) -> bool:
    """A docked panel behind another's tab: Qt keeps it "visible" and moves it out of the
    window."""
    return (isinstance(window, QMainWindow) and isinstance(dock, QDockWidget)
            and bool(window.tabifiedDockWidgets(dock))
            and not window.rect().intersects(dock.geometry()))


def off_screen_problems(window: QWidget) -> list[str]:
    """The parts of ``window`` off its screen's free area (a person cannot reach them): its
    frame, and each visible button (one in a scroll area is reached by scrolling)."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    found = [] if room.contains(frame) else [f"{_describe(window)} {_rect(frame)} is off the "
                                             f"screen's free area {_rect(room)}"]
    for button in window.findChildren(QAbstractButton):
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        if button.isVisible() and not room.contains(rect) and not _scrolled(button):
            found.append(f"{_describe(button)} at {_rect(rect)} is off the screen")
    return found


def _scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent is not None


def _rect(r: QRect) -> str:
    return f"({r.x()},{r.y()} {r.width()}×{r.height()})"


def settled_problems(qtbot, root: QWidget, *, timeout: int = 2000,
                     also: Callable[[], list[str]] | None = None) -> list[str]:
    """The problems after the pending layout requests have run, or after ``timeout`` ms.

    Layouts settle level by level (each level posts a request to its parent), so this waits on
    the condition rather than counting turns; a layout that never settles keeps its problems.
    ``also``: more checks of what is drawn, waited on together with these."""
    found: list[str] = []

    def clean() -> bool:
        QApplication.processEvents()
        found[:] = layout_problems(root) + (also() if also is not None else [])
        return not found

    with contextlib.suppress(qtbot.TimeoutError):  # the caller reports what is still wrong
        qtbot.waitUntil(clean, timeout=timeout)
    return found


def sideways_problems(root: QWidget) -> list[str]:
    """Scroll areas under ``root`` that need (or show) horizontal scrolling."""
    problems = []
    for area in root.findChildren(QScrollArea):
        content = area.widget()
        if content is None or not area.widgetResizable() or not area.isVisible():
            continue
        view = area.viewport().width()
        bar = area.horizontalScrollBar()
        if content.width() > view + TOLERANCE_PX or bar.value() > 0:
            problems.append(f"the content of {_describe(area)} is {content.width()} px wide in "
                            f"a view of {view} px, scrolled {bar.value()} px sideways")
    return problems


def visible_in_scroll_area(widget: QWidget) -> bool:
    """Whether some of ``widget`` is inside the visible part of its scroll area (or window)."""
    if not widget.isVisible():
        return False
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    view = parent.viewport() if parent is not None else widget.window()
    top_left = widget.mapTo(view, widget.rect().topLeft())
    return view.rect().intersects(QRect(top_left, widget.size()))


def cells_cut(view: QAbstractItemView) -> list[str]:
    """The cells of ``view`` on screen whose text is not drawn whole: wrapped at the width the
    cell gives its text, it is higher or wider than that room (Qt then cuts it with "…"), or
    its letters reach the row's top or bottom line (a descender cut off, "sammanfattning"
    without the foot of its g). Reads the drawn pixels for the latter (in device pixels: at
    150 % a logical row edge is a different pixel row of the grab)."""
    model, header = view.model(), getattr(view, "header", lambda: None)()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    problems = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if header is not None and header.isSectionHidden(column):
                continue
            index = model.index(row, column)
            text = str(index.data() or "")
            cell = view.visualRect(index)
            if not text or not cell.intersects(view.viewport().rect()):
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = cell
            view.itemDelegateForIndex(index).initStyleOption(option, index)
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
            room = room.adjusted(margin, 0, -margin, 0)
            need = QFontMetrics(option.font).boundingRect(
                QRect(0, 0, room.width(), 1 << 20), int(Qt.TextFlag.TextWordWrap), text)
            where = f"row {row}, column {column} {text[:40]!r}"
            if need.height() > room.height() or need.width() > room.width():
                problems.append(f"{where}: needs {need.width()}×{need.height()} px, has "
                                f"{room.width()}×{room.height()}")
                continue
            # The row's edges, its first and last device pixel rows: background only.
            left, right = int(room.left() * ratio), int(room.right() * ratio)
            for y in (int(cell.top() * ratio), int((cell.bottom() + 1) * ratio) - 1):
                if 0 <= y < image.height():
                    colours = [image.pixel(x, y) for x in range(max(left, 0),
                                                               min(right, image.width()))]
                    common = max(set(colours), key=colours.count) if colours else 0
                    if sum(c != common for c in colours) > 0:
                        problems.append(f"{where}: its letters reach the row's edge at y={y}")
                        break
    return problems



def open_table_bottoms(path: str, left_mm: float, right_mm: float, dpi: int = 100) -> list[int]:
    """The pages (from 1) of the PDF at ``path`` whose lowest table ends unclosed: where the
    table's left border (``left_mm`` from the page's left edge) stops, no dark line runs
    across to the right border (``right_mm`` from the right edge). Pages without a table at
    the left margin are skipped."""
    open_pages = []
    for page, image in enumerate(paper_pages(path, dpi), start=1):
        x0 = round(left_mm * dpi / 25.4)
        if _table_left_open(image, x0, image.width() - round(right_mm * dpi / 25.4), dpi):
            open_pages.append(page)
    return open_pages


def paper_pages(path: str, dpi: int) -> Iterator:
    """Each page of the PDF at ``path`` drawn on white paper at ``dpi``, in grey levels."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(path) == QPdfDocument.Error.None_
    try:
        for page in range(doc.pageCount()):
            size = doc.pagePointSize(page)
            width, height = round(size.width() * dpi / 72), round(size.height() * dpi / 72)
            image = QImage(width, height, QImage.Format.Format_Grayscale8)
            image.fill(QColor("white"))  # the page is drawn on transparency
            painter = QPainter(image)
            painter.drawImage(0, 0, doc.render(page, QSize(width, height)))
            painter.end()
            yield image
    finally:
        doc.close()


def printed_ink(path: str, dpi: int = 50) -> list[int]:
    """For each page of the PDF at ``path``, drawn on white paper at ``dpi``, the pixels that
    are dark (lightness below 100 of 255): the ink a reader sees."""
    ink = []
    for image in paper_pages(path, dpi):
        line, width, height = image.bytesPerLine(), image.width(), image.height()
        pixels = bytes(image.constBits())[:line * height]
        ink.append(sum(pixels[y * line + x] < 100 for y in range(height)
                       for x in range(width)))
    return ink


def _table_left_open(image, x0: int, x1: int, dpi: int) -> bool:
    """Whether the lowest table border near column ``x0`` of the grey ``image`` ends with no
    line across to ``x1``."""
    line, height = image.bytesPerLine(), image.height()
    pixels = bytes(image.constBits())[:line * height]

    def dark(x: int, y: int) -> bool:
        return pixels[y * line + x] < 200

    def lowest_border(x: int) -> tuple[int, int]:
        """(length, last y) of the lowest run of dark pixels down column ``x`` that is long
        enough to be a table's border (a letter's stem is short)."""
        found, start = (0, 0), None
        for y in range(height + 1):
            if y < height and dark(x, y):
                start = y if start is None else start
            elif start is not None:
                if y - start >= dpi / 4:
                    found = (y - start, y - 1)
                start = None
        return found

    x, (length, bottom) = max(((x, lowest_border(x)) for x in range(x0 - 3, x0 + 4)),
                              key=lambda item: item[1])
    if not length:  # no table's border here
        return False
    across = max(sum(dark(i, y) for i in range(x, x1 - 3)) for y in (bottom - 1, bottom))
    return across < 0.9 * (x1 - 3 - x)


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_contrast(widget: QWidget, inset: int = 0) -> tuple[QColor, float]:
    """``widget`` as drawn: its background (the most common pixel) and the contrast against it
    of the colour that stands out most (at least 3 pixels of it: not a stray edge pixel).
    ``inset``: pixels left out at each edge (a button's frame is not its words)."""
    image = widget.grab().toImage()
    image = image.copy(image.rect().adjusted(inset, inset, -inset, -inset))
    counts = Counter(image.pixel(x, y) for y in range(image.height())
                     for x in range(image.width()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    inks = [QColor.fromRgb(rgb) for rgb, n in counts.items() if n >= 3]
    return background, max((contrast(background, ink) for ink in inks), default=1.0)


# --- the workstation's colour schemes ------------------------------------------------------

R = QPalette.ColorRole
# What a dark theme and Windows' "High Contrast Black" give Qt.
SCHEMES = {
    "dark": {R.Window: "#2b2b2b", R.WindowText: "#f0f0f0", R.Base: "#1e1e1e",
             R.AlternateBase: "#2a2a2a", R.Text: "#f0f0f0", R.Button: "#353535",
             R.ButtonText: "#f0f0f0", R.Highlight: "#2a82da", R.HighlightedText: "#ffffff",
             R.Link: "#6cb4ff", R.LinkVisited: "#b48cff", R.ToolTipBase: "#202020",
             R.ToolTipText: "#f0f0f0", R.PlaceholderText: "#9a9a9a", R.BrightText: "#ff5555",
             R.Light: "#505050", R.Midlight: "#404040", R.Mid: "#5a5a5a", R.Dark: "#1a1a1a",
             R.Shadow: "#000000"},
    "high contrast": {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
                      R.AlternateBase: "#000000", R.Text: "#ffffff", R.Button: "#000000",
                      R.ButtonText: "#ffff00", R.Highlight: "#1aebff",
                      R.HighlightedText: "#000000", R.Link: "#00ffff", R.LinkVisited: "#00ffff",
                      R.ToolTipBase: "#000000", R.ToolTipText: "#ffff00",
                      R.PlaceholderText: "#c0c0c0", R.BrightText: "#ffff00",
                      R.Light: "#ffffff", R.Midlight: "#ffffff", R.Mid: "#ffffff",
                      R.Dark: "#ffffff", R.Shadow: "#ffffff"},
}


def scheme_palette(name: str) -> QPalette:
    """A workstation's colour scheme: "light" (the style's own), "dark" or "high contrast"."""
    if name == "light":
        return QApplication.style().standardPalette()
    palette = QPalette()
    for role, colour in SCHEMES[name].items():
        palette.setColor(role, QColor(colour))
    return palette
