"""The page view of the PDF viewer: QPdfView plus page geometry, links and highlights."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPdf import QPdfDocument, QPdfLink, QPdfLinkModel, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from kvinnofrid_desktop.ui.common.focus import keyboard_focus, paint_focus_frame
from kvinnofrid_desktop.ui.viewer import page_layout
from kvinnofrid_desktop.ui.viewer.page_layout import PageSnapshot
from kvinnofrid_desktop.ui.viewer.web_links import find_wrapped_links

_MARK_FILL = QColor(255, 213, 0, 110)
_MARK_SELECTED = QColor(230, 120, 0)


class TextLink:
    """A web address in the page text that wraps onto the next line (``web_links``), with
    the part of QPdfLink's interface the view and the viewer use. PDFium's own guess (in
    QPdfLinkModel) stops at the line break."""

    def __init__(self, url: str, rectangles: list[QRectF]) -> None:
        self._url = QUrl(url)
        self._rectangles = rectangles

    def url(self) -> QUrl:
        return QUrl(self._url)

    def page(self) -> int:
        return -1

    def location(self) -> QPointF:
        return QPointF()

    def rectangles(self) -> list[QRectF]:
        return list(self._rectangles)

    def isValid(self) -> bool:
        return False  # as QPdfLink for a web link


Link = QPdfLink | TextLink


class PageView(QPdfView):
    """QPdfView in continuous mode that knows where its pages are.

    QPdfView keeps its page layout private, yet we need it to map clicks to links and to scroll
    to a spot on a page. The layout is recomputed here with the same rule QPdfView uses in Custom
    zoom mode (the viewer always uses Custom and computes "fit" factors itself, because
    QPdfView's own fit modes draw search highlights at the wrong scale).

    Link clicks are handled here and never passed to QPdfView. Its own handling (6.12) jumps
    its internal navigator to the target page's top, ignoring the spot on the page and our
    back/forward history, and silently ignores web links, which must instead tell the reader
    that the program does not open them. It never opens a URL either way.
    """

    linkActivated = Signal(object)  # QPdfLink or TextLink
    zoomStepRequested = Signal(int, QPointF)  # +1 / -1, viewport position of the mouse
    resized = Signal()
    # Ctrl+C or Ctrl+A in the pages, where no text can be selected (QPdfView has no selection):
    # the viewer says where copying works instead of doing nothing without a word.
    selectionAsked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # Qt takes no parent; the stub not
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        # Always-on: a scroll bar that comes and goes changes the width, which changes the
        # fit-to-width zoom, which can make the bar come and go again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.resolution = page_layout.screen_resolution()
        self.resizing = False
        self._point_sizes: list[QSizeF] | None = None
        self._layout_key: tuple[object, ...] | None = None
        self._rects: list[QRect] = []
        self._tops: list[int] = []
        self._links = QPdfLinkModel(self)
        self._links_page = -1
        self._text_links: dict[int, list[TextLink]] = {}
        self._pressed_link: Link | None = None
        self._wheel_rest = 0
        self._marks: list[tuple[int, QRectF]] = []
        self._selected_mark = -1
        self._snapshot: PageSnapshot | None = None
        # QPdfView renders pages with this child on a thread (found, not created: it is QPdfView's).
        self._renderer = self.findChild(QPdfPageRenderer)
        if self._renderer is not None:
            self._renderer.pageRendered.connect(self._page_rendered)

    # -- layout ------------------------------------------------------------------------------

    def reset_layout(self) -> None:
        """Forget cached page sizes; call after the document changed."""
        self._snapshot = None
        self._point_sizes = None
        self._layout_key = None
        self._links_page = -1
        self._text_links = {}
        # A fresh link model per document: QPdfLinkModel.setDocument(None) logs a warning.
        self._links.deleteLater()
        self._links = QPdfLinkModel(self)
        doc = self.document()
        if doc is not None and doc.status() == QPdfDocument.Status.Ready:
            self._links.setDocument(doc)

    def point_sizes(self) -> list[QSizeF]:
        doc = self.document()
        if doc is None or doc.status() != QPdfDocument.Status.Ready:
            return []
        if self._point_sizes is None:
            self._point_sizes = [doc.pagePointSize(i) for i in range(doc.pageCount())]
        return self._point_sizes

    def max_page_points(self) -> QSizeF:
        return page_layout.largest_page(self.point_sizes())

    def fit_factor(self, mode: str) -> float:
        """The zoom at which the widest page fills the width ("fit_width") or the tallest
        page fits whole in the view ("fit_page")."""
        return page_layout.fit_factor(mode, self.viewport().size(), self.documentMargins(),
                                      self.max_page_points(), self.resolution)

    def scale(self) -> float:
        """Logical pixels per PDF point at the current zoom."""
        return self.resolution * self.zoomFactor()

    def page_rects(self) -> list[QRect]:
        """Page rectangles in document (scroll) coordinates, as QPdfView lays them out."""
        sizes = self.point_sizes()
        margins = self.documentMargins()
        key = (len(sizes), self.zoomFactor(), self.viewport().width(), self.pageSpacing(),
               margins.left(), margins.top(), margins.right())
        if key == self._layout_key:
            return self._rects
        rects = page_layout.page_rects(sizes, self.scale(), self.viewport().width(),
                                       self.pageSpacing(), margins)
        self._rects = rects
        self._tops = [r.top() for r in rects]
        self._layout_key = key
        return rects

    def scroll_offset(self) -> QPoint:
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def page_at_y(self, doc_y: float) -> int:
        """The page whose top is at or above ``doc_y`` (document coordinates)."""
        rects = self.page_rects()
        if not rects:
            return -1
        return max(0, bisect.bisect_right(self._tops, doc_y) - 1)

    def map_to_page(self, pos: QPointF) -> tuple[int, QPointF] | None:
        """Viewport position → (page, point on the page in PDF points, top-left origin)."""
        rects = self.page_rects()
        if not rects:
            return None
        doc_pos = pos + QPointF(self.scroll_offset())
        page = self.page_at_y(doc_pos.y())
        rect = rects[page]
        scale = self.scale()
        return page, QPointF((doc_pos.x() - rect.x()) / scale, (doc_pos.y() - rect.y()) / scale)

    def map_from_page(self, page: int, point: QPointF) -> QPointF:
        """Point on ``page`` in PDF points → viewport position."""
        rects = self.page_rects()
        if not 0 <= page < len(rects):
            return QPointF()
        rect = rects[page]
        scale = self.scale()
        return QPointF(rect.x() + point.x() * scale, rect.y() + point.y() * scale) - \
            QPointF(self.scroll_offset())

    def map_rect_from_page(self, page: int, rect: QRectF) -> QRectF:
        """Rectangle on ``page`` in PDF points → viewport rectangle."""
        top_left = self.map_from_page(page, rect.topLeft())
        return QRectF(top_left, rect.size() * self.scale())

    def link_at(self, pos: QPointF) -> Link | None:
        hit = self.map_to_page(pos)
        if hit is None:
            return None
        page, point = hit
        rect = self._rects[page]
        if not rect.contains((pos + QPointF(self.scroll_offset())).toPoint()):
            return None
        if page != self._links_page:
            self._links.setPage(page)
            self._links_page = page
        link = self._links.linkAt(point)
        # QPdfLink.isValid() is false for web links (their page is -1), so test the hit area.
        on_link = link.isValid() or not link.url().isEmpty()
        pdf_link = link if on_link and link.rectangles() else None
        if pdf_link is not None and pdf_link.url().isEmpty():
            return pdf_link  # a link within the document
        text_link = next((candidate for candidate in self.text_links(page)
                          if any(r.contains(point) for r in candidate.rectangles())), None)
        if text_link is None:
            return pdf_link
        # PDFium's guess at the same address is its first line; a link of the PDF's own that
        # points elsewhere wins.
        if pdf_link is None or text_link.url().toString().startswith(pdf_link.url().toString()):
            return text_link
        return pdf_link

    def text_links(self, page: int) -> list[TextLink]:
        """The web addresses on ``page`` that wrap onto the next line, found in its text."""
        if page not in self._text_links:
            self._text_links[page] = self._find_text_links(page)
        return self._text_links[page]

    def _find_text_links(self, page: int) -> list[TextLink]:
        doc = self.document()
        if doc is None or doc.status() != QPdfDocument.Status.Ready:
            return []

        def bounds(start: int, length: int) -> QRectF:
            return doc.getSelectionAtIndex(page, start, length).boundingRectangle()

        def measure(start: int, length: int) -> tuple[float, float]:
            box = bounds(start, length)
            return box.left(), box.right()

        found = find_wrapped_links(doc.getAllText(page).text(), measure)
        return [TextLink(link.url, [bounds(start, length) for start, length in link.parts])
                for link in found]

    # -- highlight marks (global search terms) -----------------------------------------------

    def set_marks(self, marks: list[tuple[int, QRectF]], selected: int = -1) -> None:
        """Rectangles (page, rect in points) to highlight, one of them framed as selected."""
        self._marks = list(marks)
        self._selected_mark = selected
        self.viewport().update()

    def marks(self) -> list[tuple[int, QRectF]]:
        return list(self._marks)

    # -- start-up snapshot --------------------------------------------------------------------

    def show_snapshot(self, snapshot: PageSnapshot) -> None:
        """Show ``snapshot`` (the start-up preview's pixels) until this view has rendered that
        page itself. QPdfView renders on a thread, so its first paint would flash a blank page
        where the preview already showed the text."""
        self._snapshot = snapshot
        # A renderer that never answers (no renderer found, a failed page) must not leave it.
        QTimer.singleShot(2000, self, self._drop_snapshot)

    def _page_rendered(self, page: int, *_rest: object) -> None:
        if self._snapshot is not None and page == self._snapshot.page:
            self._drop_snapshot()

    def _drop_snapshot(self) -> None:
        if self._snapshot is not None:
            self._snapshot = None
            self.viewport().update()

    def _paint_snapshot(self, painter: QPainter) -> None:
        snapshot = self._snapshot
        assert snapshot is not None
        rects = self.page_rects()
        shown = rects[snapshot.page].translated(-self.scroll_offset()) \
            if snapshot.page < len(rects) else QRect()
        same = (shown.size() == snapshot.rect.size()
                and (shown.topLeft() - snapshot.rect.topLeft()).manhattanLength() <= 2
                and snapshot.pixmap.deviceIndependentSize().toSize() == self.viewport().size())
        if same:  # else the view is still being laid out, or has moved: the pixels do not fit
            painter.drawPixmap(0, 0, snapshot.pixmap)

    # -- events ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._marks and self._snapshot is None and not keyboard_focus(self):
            return
        painter = QPainter(self.viewport())
        if self._snapshot is not None:
            self._paint_snapshot(painter)
        area = QRectF(self.viewport().rect())
        for index, (page, rect) in enumerate(self._marks):
            shown = self.map_rect_from_page(page, rect).adjusted(-1, -1, 1, 1)
            if not shown.intersects(area):
                continue
            painter.fillRect(shown, _MARK_FILL)
            if index == self._selected_mark:
                painter.setPen(QPen(_MARK_SELECTED, 2))
                painter.drawRect(shown)
        # Over the snapshot and the marks, on the viewport's edge: the page reached by Tab or
        # Ctrl+1 showed no focus at all. Not at start-up: the window's own focus is no key's.
        paint_focus_frame(painter, self)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame is drawn on the viewport, not on the frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # While QPdfView relayouts, its scroll bars get clamped; listeners ignore that noise.
        self.resizing = True
        try:
            super().resizeEvent(event)
        finally:
            self.resizing = False
        self.resized.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_link = self.link_at(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        link = self.link_at(event.position())
        if link is None:
            self.viewport().unsetCursor()
            self.viewport().setToolTip("")
        else:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            # Hovering a web link tells where it points; clicking will not open it.
            from kvinnofrid_desktop.ui.common.labels import (
                plain_tip,  # not needed for the first frame
            )

            self.viewport().setToolTip(plain_tip(link.url().toString()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # Deliberately not calling QPdfView.mouseReleaseEvent (see class docstring).
        pressed, self._pressed_link = self._pressed_link, None
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None:
            link = self.link_at(event.position())
            if link is not None and link.rectangles() == pressed.rectangles():
                self.linkActivated.emit(link)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or \
                event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectionAsked.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        # Touchpads send many small deltas; step the zoom once per notch (120).
        self._wheel_rest += event.angleDelta().y()
        while abs(self._wheel_rest) >= 120:
            step = 1 if self._wheel_rest > 0 else -1
            self._wheel_rest -= 120 * step
            self.zoomStepRequested.emit(step, event.position())
        event.accept()
