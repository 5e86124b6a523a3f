"""The first frame of a document tab: the remembered page, drawn by a bare QPdfView.

Start-up is measured to the first painted window. The real document tab (viewer toolbar,
overview, find, print) costs about a hundred milliseconds of imports and building, and PySide's
``Qt`` namespace alone about fifteen to create; this preview needs neither. It lays the pages out
as the viewer does (``page_layout``), at the remembered page and zoom, in the place the viewer's
pages will have. Once that page is on screen with its text, the window builds the real tab, and
the viewer keeps showing the preview's pixels until it has rendered the page itself: the reader
sees the text early and nothing moves or blinks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvinnofrid_desktop.ui.viewer.page_layout import (
    PageSnapshot,
    fit_factor,
    largest_page,
    page_rects,
    screen_resolution,
)
from kvinnofrid_desktop.ui.viewer.state import MAX_ZOOM, MIN_ZOOM, ViewState

# Where the page area of a document tab sits inside the tab (left, top, right, bottom), as
# measured on a default desktop; the window remembers the real figures at each close.
DEFAULT_PAGE_MARGINS = (284, 35, 0, 0)
# How long after the first paint the preview waits for its page's text before it lets the
# window complete anyway (a slow disk, a page PDFium cannot render).
RENDER_PATIENCE_MS = 400


class _PageView(QPdfView):
    """QPdfView at the zoom and scroll position the viewer will give the remembered page."""

    painted = Signal()

    def __init__(self, document: QPdfDocument, state: ViewState) -> None:
        super().__init__()
        self.setDocument(document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self._state = state
        self._sizes = [document.pagePointSize(i) for i in range(document.pageCount())]
        self.page = min(max(state.page, 1), len(self._sizes)) - 1 if self._sizes else -1
        self.resolution = screen_resolution()
        self.placed_at: int | None = None  # the scroll value that shows the page
        # The viewport's size, from its resize events: asking for viewport() would make
        # PySide look up the most derived type of a QWidget, which creates every QtWidgets
        # class and its enums (~5 ms) before the first frame.
        self._viewport = QSize()

    def resizeEvent(self, event: QResizeEvent) -> None:  # the viewport's, in a scroll area
        super().resizeEvent(event)
        self._viewport = event.size()
        self._place()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def _place(self) -> None:
        if self.page < 0:
            return
        if self._state.zoom_mode == "custom":
            factor = self._state.zoom
        else:
            factor = fit_factor(self._state.zoom_mode, self._viewport, self.documentMargins(),
                                largest_page(self._sizes), self.resolution)
        self.setZoomFactor(min(max(factor, MIN_ZOOM), MAX_ZOOM))
        # The viewer puts a page's top (or the remembered point in it) a margin below the top
        # of the view.
        top = self._state.top if self._state.zoom_mode != "fit_page" else 0.0
        value = (self.page_rect().top() + round(top * self.resolution * self.zoomFactor())
                 - self.documentMargins().top())
        self.verticalScrollBar().setValue(max(0, value))
        self.placed_at = self.verticalScrollBar().value()

    def page_rect(self) -> QRect:
        rects = page_rects(self._sizes, self.resolution * self.zoomFactor(),
                           self._viewport.width(), self.pageSpacing(), self.documentMargins())
        return rects[self.page]


class DocumentPreview(QWidget):
    """A read-only page at the remembered page and zoom, placed where the real viewer's is."""

    pageShown = Signal()  # the page is on screen with its text, or waiting longer is pointless
    firstPainted = Signal()  # the page view has been painted once (the window's first frame)

    def __init__(self, pdf: Path, state: ViewState, *,
                 margins: tuple[int, int, int, int] = DEFAULT_PAGE_MARGINS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = _PageView(self.document, state)  # the layout gives it its parent
        self.view.setAccessibleName(QCoreApplication.translate("PdfViewer", "Dokument"))
        layout.addWidget(self.view)
        self._rendered: set[int] = set()
        self._painted = self._shown = False
        renderer = self.view.findChild(QPdfPageRenderer)  # QPdfView's own, rendering on a thread
        if renderer is not None:
            renderer.pageRendered.connect(self._page_rendered)
        self.view.painted.connect(self._on_painted)

    def _page_rendered(self, page: int, size: QSize, *_rest: object) -> None:
        # QPdfView updates the view next, and that paint shows the text. A rendering made for
        # an earlier zoom (the view was still being laid out) does not count.
        expected = self.view.page_rect().size() * self.view.devicePixelRatioF()
        if abs(size.width() - expected.width()) <= 1:
            self._rendered.add(page)

    def _on_painted(self) -> None:
        if not self._painted:
            self._painted = True
            QTimer.singleShot(RENDER_PATIENCE_MS, self, self._done)
            self.firstPainted.emit()
        if self.view.page in self._rendered or self.view.page < 0:
            self._done()

    def _done(self) -> None:
        if not self._shown:
            self._shown = True
            self.pageShown.emit()

    def snapshot(self) -> PageSnapshot | None:
        """The pixels on screen, for the viewer to show until it has rendered the page itself;
        None unless they show the rendered page where the preview put it (not scrolled away)."""
        view = self.view
        if not self._shown or view.page not in self._rendered or \
                view.verticalScrollBar().value() != view.placed_at:
            return None
        offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        return PageSnapshot(view.viewport().grab(), view.page, view.page_rect().translated(-offset))
