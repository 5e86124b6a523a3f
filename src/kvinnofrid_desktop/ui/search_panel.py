"""Search as you type across the whole pack: a field, a worker thread and grouped results.

Each keystroke restarts a short debounce; the query then runs on a worker thread, and any query
that a newer keystroke has overtaken is skipped there and ignored here, so typing never waits
for a search and an old result never replaces a newer one.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.search.index import Hit, SearchIndex, group_by_document

DEBOUNCE_MS = 120
RESULT_LIMIT = 60
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


class SearchWorker(QObject):
    """Lives on the worker thread; runs only the newest query it has been asked for."""

    finished = Signal(int, str, list, float)  # generation, query, hits, milliseconds

    def __init__(self, index: SearchIndex) -> None:
        super().__init__()
        self.index = index
        self.latest = 0  # written by the GUI thread; an int store is atomic under the GIL

    @Slot(int, str)
    def run(self, generation: int, query: str) -> None:
        if generation != self.latest:
            return  # overtaken by a newer keystroke
        started = time.perf_counter()
        hits = self.index.search(query, limit=RESULT_LIMIT)
        self.finished.emit(generation, query, hits, (time.perf_counter() - started) * 1000)


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (title line + snippet with the matched words in bold)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(80, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.widget.viewport().width() - 40 if opt.widget else 400
        opt.rect.setWidth(max(120, width))
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class SearchField(QLineEdit):
    """The toolbar field; Down moves into the results, Esc gives up the search."""

    downPressed = Signal()
    escapePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)


class ResultsTree(QTreeWidget):
    escapePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem(), 0)
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """Results grouped per document; ``hitActivated`` carries the Hit and the words to mark."""

    hitActivated = Signal(object, list)  # Hit, highlight terms
    dismissed = Signal()
    _request = Signal(int, str)

    def __init__(self, index: SearchIndex | None, doc_titles: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.doc_titles = doc_titles
        self.generation = 0
        self.last_query = ""
        self.last_ms = 0.0
        self.field = SearchField()
        self.field.setPlaceholderText(self.tr("Sök i alla dokument (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Sök i alla dokument"))
        self.field.setAccessibleDescription(self.tr(
            "Resultaten visas medan du skriver. Pil ned flyttar till resultaten, Esc avbryter."))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sökstatus"))
        self.tree = ResultsTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Sökresultat"))
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_query)
        self.field.textChanged.connect(lambda _t: self._debounce.start())
        self.field.returnPressed.connect(self._enter_in_field)
        self.field.downPressed.connect(self._focus_results)
        self.field.escapePressed.connect(self.dismissed.emit)
        self.tree.escapePressed.connect(self.field.setFocus)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)

        self._thread: QThread | None = None
        self._worker: SearchWorker | None = None
        if index is not None:
            self._thread = QThread(self)
            self._thread.setObjectName("search")
            self._worker = SearchWorker(index)
            self._worker.moveToThread(self._thread)
            self._request.connect(self._worker.run)
            self._worker.finished.connect(self._show_results)
            self._thread.start()
        else:
            self.status.setText(self.tr("Sökning är inte tillgänglig: paketet saknar sökindex."))

    # --- running queries ------------------------------------------------------------------------

    def search_now(self, query: str) -> None:
        """Set the field and search without waiting for the debounce (tests, links)."""
        self.field.setText(query)
        self._debounce.stop()
        self._start_query()

    def _start_query(self) -> None:
        query = self.field.text()
        self.generation += 1
        if not query.strip() or self._worker is None:
            self.tree.clear()
            self.status.setText("" if self._worker else self.status.text())
            return
        self._worker.latest = self.generation
        self._request.emit(self.generation, query)

    @Slot(int, str, list, float)
    def _show_results(self, generation: int, query: str, hits: list[Hit], ms: float) -> None:
        if generation != self.generation:
            return
        self.last_query, self.last_ms = query, ms
        self.terms = self.index.highlight_terms(query) if self.index else []
        self.tree.clear()
        if not hits:
            self.status.setText(self.tr("Inga träffar för ”%1”.").replace("%1", query))
            return
        groups = group_by_document(hits)
        self.status.setText(self.tr("%1 träffar i %2 dokument").replace("%1", str(len(hits)))
                            .replace("%2", str(len(groups))))
        for doc_id, _title, doc_hits in groups:
            title = self.doc_titles.get(doc_id, doc_hits[0].title)
            top = QTreeWidgetItem(self.tree)
            count = self.tr("%1 träffar").replace("%1", str(len(doc_hits))) if len(doc_hits) > 1 \
                else self.tr("1 träff")
            top.setText(0, f"{title} ({count})")
            top.setData(0, HIT_ROLE, doc_hits[0])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for hit in doc_hits:
                child = QTreeWidgetItem(top)
                where = (hit.title.split(": ", 1)[-1] if hit.kind == "card"
                         else self.tr("Sida %1").replace("%1", str(hit.page)))
                child.setData(0, HIT_ROLE, hit)
                child.setData(0, HTML_ROLE, f"<b>{_esc(where)}</b> · {hit.snippet_html()}")
                child.setText(0, f"{where}: {hit.snippet_plain('', '')}")  # for screen readers
            top.setExpanded(True)
        first = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(first.child(0) if first.childCount() else first)

    def _enter_in_field(self) -> None:
        self._debounce.stop()
        if self.tree.topLevelItemCount() == 0 or self.field.text() != self.last_query:
            self._start_query()
            return
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        if item is not None:
            self._activate(item)

    def _focus_results(self) -> None:
        if self.tree.topLevelItemCount():
            self.tree.setFocus()
            if self.tree.currentItem() is None:
                self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if isinstance(hit, Hit):
            terms = list(hit.matched) or list(getattr(self, "terms", []))
            self.hitActivated.emit(hit, terms)

    def shutdown(self) -> None:
        """Stop the worker thread (window close); safe to call twice."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(2000)
            self._thread = None


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
