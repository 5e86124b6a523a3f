"""A tab that shows one of the pack's documents in the viewer, with an overview beside it.

The overview lists the document's own outline (its headings), so "Mål 2" or "Polisen" is one
click away; it is built from the PDF, so an official document the county drops into a pack gets
the same overview without any extra data.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfBookmarkModel
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.pack.manifest import Document
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import name_combo
from kvinnofrid_desktop.ui.common.colours import follow_palette
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.viewer.parts import WrappingDelegate
from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer, ViewState, heading_being_read

PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
LOCATION_ROLE = Qt.ItemDataRole.UserRole + 2  # the heading's distance from the page top, points


class WrappingTree(QTreeWidget):
    """A tree whose long entries wrap onto more lines instead of being cut or elided.

    QTreeView asks for each row's height without telling the delegate how wide the row is, and
    keeps the answer; the delegate above measures at the column's width, and the rows are
    measured again whenever that width changes (a moved splitter, a larger system font).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))
        # By pixel: scrolled by whole rows, a row of two or three lines at the bottom edge
        # counted as shown, and the marked heading (or the one the arrow keys reached) was cut.
        self.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class DocumentTab(QWidget):
    """Documents of one tab (Strategi, Samverkansplan, …) in a viewer with an overview panel."""

    documentShown = Signal(str)  # doc id

    def __init__(self, pack: Pack, documents: list[Document], *, overview_title: str,
                 allow_export: bool = True, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.documents = documents
        self.current: Document | None = None
        self._pending_page: int | None = None
        self._settings = settings
        self._init_widgets(overview_title, allow_export)

    def _init_widgets(self, overview_title: str, allow_export: bool) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chooser = QComboBox(self)
        name_combo(self.chooser, self.tr("Välj dokument"))
        for doc in self.documents:
            self.chooser.addItem(doc.title, doc.id)
        self.chooser.setVisible(len(self.documents) > 1)
        self.chooser.activated.connect(lambda i: self.show_document(self.documents[i].id))
        layout.addWidget(self.chooser)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        side = QWidget(self.splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 4, 8)
        self.overview_label = QLabel(overview_title, side)
        self.overview_label.setObjectName("overviewTitle")
        font = self.overview_label.font()
        font.setBold(True)
        self.overview_label.setFont(font)
        # Wrapped: on one line its 440 px at 200 % text were the side panel's least width,
        # and with the search panel open the window wanted more than a 1024 px screen.
        self.overview_label.setWordWrap(True)
        self.overview = WrappingTree(side)
        self.overview.setHeaderHidden(True)
        self.overview.setAccessibleName(overview_title.replace("&", ""))
        self.overview.setAccessibleDescription(
            self.tr("Avsnitt i dokumentet. Välj ett avsnitt för att gå till dess sida."))
        self.overview.setWordWrap(True)
        self.overview.setUniformRowHeights(False)
        self.overview.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.overview.setIndentation(14)
        # Stretch the only column to the view so long headings wrap instead of being cut.
        self.overview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Set again on a palette change, or the tree stays white in high contrast.
        follow_palette(self.overview,
                       lambda: self.overview.setStyleSheet("QTreeView::item { padding: 2px 0px; }"))
        self.overview.itemActivated.connect(self._read_item)
        self.overview.itemClicked.connect(self._go_to_item)
        self.overview_label.setBuddy(self.overview)
        self.provenance = QLabel(side)
        self.provenance.setTextFormat(Qt.TextFormat.PlainText)  # the pack's own words
        self.provenance.setWordWrap(True)
        self.provenance.setObjectName("provenanceNote")
        side_layout.addWidget(self.overview_label)
        side_layout.addWidget(self.overview, 1)
        side_layout.addWidget(self.provenance)

        self.viewer = PdfViewer(self.splitter, allow_export=allow_export,
                                settings=self._settings)
        self.viewer.set_sidebar_preference(False)  # the overview already shows the outline
        self.viewer.set_outline_elsewhere(True)  # so the side panel offers only thumbnails
        self.viewer.positionChanged.connect(self._follow_position)
        self._marks: list[tuple[tuple[int, float], QTreeWidgetItem]] = []
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 900])
        layout.addWidget(self.splitter, 1)
        if not self.documents:
            self.provenance.setText(
                self.tr("Innehållspaketet har inget dokument för den här fliken."))

    # --- loading --------------------------------------------------------------------------------

    def is_loaded(self) -> bool:
        return self.current is not None

    def focus_default(self, reason: Qt.FocusReason | None = None) -> None:
        """Ctrl+1/Ctrl+2 land in the pages, where the arrow and page keys read the document;
        the overview is one mnemonic away (Alt+E, "Öv&ersikt")."""
        self.viewer.focus_default(reason)

    def ensure_loaded(self, state: ViewState | None = None) -> None:
        """Load the tab's first document the first time the tab is shown (fast start-up)."""
        if self.current is None and self.documents:
            self.show_document(self.documents[0].id, state=state)

    def show_document(self, doc_id: str, *, state: ViewState | None = None,
                      page: int | None = None) -> bool:
        doc = next((d for d in self.documents if d.id == doc_id), None)
        if doc is None:
            return False
        if self.current is not None and self.current.id == doc.id:
            if page is not None:
                self.viewer.go_to_page(page)
            return True
        self.current = doc
        self.chooser.setCurrentIndex(self.documents.index(doc))
        start = page or (state.page if state else 1)
        top = state.top if state and not page else 0.0  # where in the remembered page
        ok = self.viewer.open_document(self.pack.path_of(doc.file), page=start, zoom=state,
                                       top=top)
        self._fill_overview()
        # The viewer said where the reader is before the overview held this document's
        # headings: another document chosen at its page showed its overview with none marked.
        self._follow_position(*self.viewer.reading_position())
        self._fill_provenance(doc)
        self.documentShown.emit(doc.id)
        return ok

    def _fill_overview(self) -> None:
        self.overview.clear()
        self._marks = []
        document = self.viewer.document()
        if document is None:
            return
        model = QPdfBookmarkModel(self)
        model.setDocument(document)
        root = QModelIndex()
        # A compiled document's outline is one title heading holding the sections, then
        # "Källor och original" beside it; the title is already on screen, so its sections
        # become the top level and the entries beside it stay (the sources are a third of it).
        top = [model.index(r, 0, root) for r in range(model.rowCount(root))]
        titled = [index for index in top if model.rowCount(index) > 0]
        if len(titled) == 1:
            self._add_children(model, root, self.overview.invisibleRootItem(), 0,
                               unwrap=titled[0])
        else:
            self._add_children(model, root, self.overview.invisibleRootItem(), 0)
        self.overview.expandAll()
        model.deleteLater()
        self._marks.sort(key=lambda mark: mark[0])

    def _add_children(self, model: QPdfBookmarkModel, parent: QModelIndex,
                      item: QTreeWidgetItem, depth: int,
                      unwrap: QModelIndex | None = None) -> None:
        """``parent``'s entries under ``item``; ``unwrap``'s own entries take its place."""
        page_role = QPdfBookmarkModel.Role.Page.value
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if unwrap is not None and index == unwrap:
                self._add_children(model, index, item, depth)
                continue
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip()
            page = int(index.data(page_role) or 0) + 1
            location = index.data(QPdfBookmarkModel.Role.Location.value)
            y = float(location.y()) if isinstance(location, QPointF) else 0.0
            child = QTreeWidgetItem(item, [title])
            child.setData(0, PAGE_ROLE, page)
            child.setData(0, LOCATION_ROLE, y)
            self._marks.append(((page - 1, y), child))
            child.setToolTip(0, arg(self.tr("%1 – sida %2"), title, str(page)))
            if depth < 2:
                self._add_children(model, index, child, depth + 1)

    def _fill_provenance(self, doc: Document) -> None:
        if doc.provenance == "compiled":
            text = self.tr("Sammanställning ur offentliga källor – inte ett officiellt dokument. "
                           "Källor och kontrolldatum står i slutet, under Källor och original.")
        else:
            text = arg(self.tr("Officiellt dokument från %1."), doc.publisher)
        self.provenance.setText(text)

    def _read_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Enter on a heading: go there and give the keyboard to the page, as a search hit
        does (PgDown moved the overview, not the section chosen). A click leaves it be."""
        self._go_to_item(item)
        if item.data(0, PAGE_ROLE):
            self.viewer.focus_default(Qt.FocusReason.ShortcutFocusReason)

    def _go_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        page = item.data(0, PAGE_ROLE)
        if page:
            # To the heading itself, not the top of its page: QtPdf's outline gives the spot.
            y = item.data(0, LOCATION_ROLE)
            self.viewer.go_to_location(int(page), float(y) if y is not None else None)
            # It stays marked even where the view cannot scroll the heading to the top.
            self.overview.setCurrentItem(item)

    def _follow_position(self, page: int, y: float) -> None:
        """Mark the heading being read (``heading_being_read``) and keep it in view."""
        if not self._marks:
            return
        at = heading_being_read([key for key, _item in self._marks], page, y,
                                self.viewer.reading_depth())
        if at < 0:  # above the first heading (a title page): nothing is marked
            if self.overview.currentItem() is not None:
                self.overview.selectionModel().clear()
        elif self.overview.currentItem() is not self._marks[at][1]:
            item = self._marks[at][1]
            self.overview.setCurrentItem(item)
            self.overview.scrollToItem(item)
