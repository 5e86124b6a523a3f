"""The first frame of a document tab: the remembered page, drawn by a bare QPdfView.

Start-up is measured to the first painted window. The real document tab (viewer toolbar,
overview, find, print) costs about a hundred milliseconds of imports and building, and PySide's
``Qt`` namespace alone about fifteen to create; this preview needs neither. It shows the page the
reader will read where the real viewer will show it, and the window replaces it with the real
tab right after the first paint (``MainWindow.complete``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvinnofrid_desktop.ui.viewer_state import ViewState

# Where the page area of a document tab sits inside the tab (left, top, right, bottom), as
# measured on a default desktop; the window remembers the real figures at each close.
DEFAULT_PAGE_MARGINS = (284, 35, 0, 0)


class _View(QPdfView):
    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


class DocumentPreview(QWidget):
    """A read-only page at the remembered page and zoom, placed where the real viewer's is."""

    firstPainted = Signal()

    def __init__(self, pdf: Path, state: ViewState, *,
                 margins: tuple[int, int, int, int] = DEFAULT_PAGE_MARGINS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = _View()  # the layout gives it its parent
        self.view.setAccessibleName(QCoreApplication.translate("PdfViewer", "Dokument"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        if state.zoom_mode == "fit_page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif state.zoom_mode == "custom":
            self.view.setZoomFactor(state.zoom)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if 1 < state.page <= self.document.pageCount():
            self.view.pageNavigator().jump(state.page - 1, QPointF())
        self.view.painted.connect(self._on_painted)
        layout.addWidget(self.view)

    def _on_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
