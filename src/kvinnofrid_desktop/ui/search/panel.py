"""Search as you type across the whole pack: a field, a worker thread and grouped results.

Each keystroke restarts a short debounce; the query then runs on a pool thread, and any query
that a newer keystroke has overtaken is skipped there and ignored here, so typing never waits
for a search and an old result never replaces a newer one.
"""

from __future__ import annotations

import html
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import announce
from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language
from kvinnofrid_desktop.ui.common.link_button import link_button
from kvinnofrid_desktop.ui.search.field import SearchField

if TYPE_CHECKING:
    from kvinnofrid_desktop.core.search.index import Hit, SearchIndex

DEBOUNCE_MS = 120
RESULT_LIMIT = 60  # core.search.index.ANSWER_DEPTH: the command line's top N are these first N
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_TEXT_WIDTH = 80  # px a result's text is laid out in, however narrow the panel
SEARCHING_NOTE_MS = 400  # a search still running after this says "Söker …"
# A screen reader is told the outcome once the results have stood this long: typing on
# overtakes it, so the count of every half-typed word is not read out over the typing.
ANNOUNCE_MS = 500
TEXTLESS_NAMED = 3  # documents without text named by title beside the results, then "… och N till"


class _Relay(QObject):
    """Lives on the GUI thread; a job's emit from the pool thread arrives here queued."""

    # generation, query, hits, ms, suggestion, the words searched ("" when as typed), and
    # whether they are some of the words only (no page had them all), the words of the card's
    # entries shown first, and the documents whose pages have no text to search (their ids)
    finished = Signal(int, str, list, float, str, str, bool, str, list)
    failed = Signal(str)  # the index could not be opened (Swedish)


class _SearchJob(QRunnable):
    """One query on the pool thread; skipped when a newer keystroke has overtaken it."""

    def __init__(self, panel: SearchPanel, generation: int, query: str) -> None:
        super().__init__()
        self.panel, self.generation, self.query = panel, generation, query

    def run(self) -> None:
        panel = self.panel
        if self.generation != panel.latest:
            return
        index = panel.open_index()
        if index is None:
            return
        started = time.perf_counter()
        # With what to say beside the hits: the words looked for (typed without å, ä, ö; or
        # some of them when no page has them all), or "Menade du …?" when nothing is found.
        answer = index.answer(self.query, limit=RESULT_LIMIT)
        ms = (time.perf_counter() - started) * 1000
        if index.damage is not None:  # damaged data: say so, never "no hits"
            panel.index_error = index.damage.message
            panel.relay.failed.emit(index.damage.message)
            return
        searched = "" if answer.searched == self.query else answer.searched
        textless = sorted(index.documents_without_text())  # read once, then kept
        if self.generation == panel.latest:
            panel.relay.finished.emit(self.generation, self.query, answer.hits, ms,
                                      answer.suggestion or "", searched, answer.fewer,
                                      answer.entries_for, textless)


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (title line + snippet with the matched words in bold)."""

    def _document(self, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(MIN_TEXT_WIDTH, option.rect.width()))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
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

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # Measured at the width the row is painted at (its column less its indentation): with
        # a guess (the viewport less 40 px, at least 120) the rows of a narrow panel were too
        # short and drawn over each other, and too tall in a wide one.
        view = opt.widget
        width = 400
        if isinstance(view, QTreeView):
            depth, parent = int(view.rootIsDecorated()), index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width = view.header().sectionSize(index.column()) - view.indentation() * depth
        elif isinstance(view, QListView):  # Mina sidor: 400 px wrapped its names past the edge
            width = view.viewport().width() - 2 * view.spacing()
        opt.rect.setWidth(max(MIN_TEXT_WIDTH, width))
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)


class ResultsTree(QTreeWidget):
    escapePressed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The rows' heights follow the text wrapped to the width (HtmlDelegate.sizeHint), but
        # the view keeps them from the last layout: narrowed, the rows were drawn over each
        # other.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

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
    helpRequested = Signal()  # nothing found: show whom to turn to (the card's numbers)
    dismissed = Signal()

    def __init__(self, field: SearchField, index_path: Path | None, doc_titles: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index_path = index_path
        self.index: SearchIndex | None = None
        self.index_error: str | None = None
        self.doc_titles = doc_titles
        self.generation = 0
        self.shown_generation = 0  # the last query whose results are on screen
        self.latest = 0  # read by pool threads; an int store is atomic under the GIL
        self.last_query = ""
        self.last_ms = 0.0
        self.field = field
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # quotes what was typed
        self.status.setWordWrap(True)
        # No accessible name: a label with one is read by that name, and "Sökstatus" hid
        # the count and "Inga träffar" from screen readers. Its text is what is read.
        self.announced = ""  # the status last said to a screen reader
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(ANNOUNCE_MS)
        self._announce.timeout.connect(self._announce_status)
        # A scanned PDF has no text: its words find nothing, and "Inga träffar" alone made
        # the county's routine look missing. Said beside every answer, hits or not: a hit
        # elsewhere does not mean the scanned document has nothing on it.
        # The pack shown is no longer the active one (MainWindow): its hits' numbers may be old.
        self.outdated_note = QLabel(self)
        self.outdated_note.setTextFormat(Qt.TextFormat.PlainText)
        self.outdated_note.setWordWrap(True)
        font = self.outdated_note.font()
        font.setBold(True)  # a warning before the numbers, not one more line of status
        self.outdated_note.setFont(font)
        self.outdated_note.hide()
        self.textless_note = QLabel(self)
        self.textless_note.setTextFormat(Qt.TextFormat.PlainText)  # the documents' own titles
        self.textless_note.setWordWrap(True)
        self.textless_note.hide()
        # "Menade du …?" when nothing was found: a click, Enter or Space searches the suggestion
        # (Enter in the search field too, while the field still holds the query that failed).
        self.suggestion = ""
        self.suggestion_button = self._link_button("", self.tr("Sökförslag"))
        self.suggestion_button.clicked.connect(self.search_suggestion)
        self.suggestion_button.hide()
        # Nothing found and nothing to suggest: the words may not be the texts' words, but
        # the one looking still needs someone to call. Shown only when the window has a card.
        self.help_available = False
        self.help_button = self._link_button(
            self.tr("Visa vart man kan vända sig (Åtgärdskortet)"))
        self.help_button.clicked.connect(self.helpRequested)
        self.help_button.hide()
        self.tree = ResultsTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Sökresultat"))
        self.tree.setItemDelegate(HtmlDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.outdated_note)
        layout.addWidget(self.status)
        layout.addWidget(self.textless_note)
        layout.addWidget(self.suggestion_button)
        layout.addWidget(self.help_button)
        layout.addWidget(self.tree, 1)
        layout.addStretch()  # the words at the top while the list is hidden

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_query)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._enter_in_field)
        self.field.downPressed.connect(self._focus_results)
        self.field.escapePressed.connect(self.dismissed.emit)
        # Esc gives up the search from the results too (the window hides them and gives the
        # keyboard to the document); it only went back to the field, the results still open.
        self.tree.escapePressed.connect(self.dismissed.emit)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)

        # One pool thread: queries are short, and a private pool is waited for (not killed)
        # when the window goes away, however the program ends.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.relay.finished.connect(self._show_results)
        self.relay.failed.connect(self._show_failure)
        if index_path is None:
            self.status.setText(self.tr(
                "Sökningen fungerar inte i det här innehållspaketet. Läs dokumenten under "
                "Publikationer, eller be samordnaren om ett nytt paket."))
        else:
            self._show_idle()

    def _show_idle(self) -> None:
        """No query: say what the search covers, in place of an empty white list (the field
        emptied, or the results opened before anything was typed)."""
        self.tree.clear()
        self.tree.hide()
        self.textless_note.hide()
        self.status.setText(self.idle_hint())
        self.announced = ""  # the same query typed again is a new search: said again

    def idle_hint(self) -> str:
        return self.tr("Skriv ett eller flera ord i sökfältet, till exempel orosanmälan, "
                       "socialjour eller en kommun. Sökningen går igenom alla dokument och "
                       "åtgärdskortet.")

    def open_index(self) -> SearchIndex | None:
        """Open the index on first use (on the pool thread, so start-up never waits for it)."""
        if self.index is None and self.index_error is None and self.index_path is not None:
            from kvinnofrid_desktop.core.search.index import SearchIndex, SearchIndexError

            try:
                self.index = SearchIndex.open(self.index_path)
            except SearchIndexError as exc:
                self.index_error = exc.message
                self.relay.failed.emit(exc.message)
        return self.index

    # --- running queries ------------------------------------------------------------------------

    def restart_debounce(self) -> None:
        self._debounce.start()

    def _typed(self, _text: str) -> None:
        self._debounce.start()
        self._announce.stop()  # the outcome of what is typed next is said instead

    def _show_failure(self, message: str) -> None:
        # The previous query's results went with the index: left under the message, they
        # looked like an answer to what was typed last.
        self.shown_generation = self.generation
        self.tree.clear()
        self.tree.hide()
        self.textless_note.hide()
        self._set_suggestion("")
        self.help_button.setVisible(self.help_available)
        # The index's message is Swedish (core): in English a sentence with it as the detail.
        from kvinnofrid_desktop.ui.common.labels import problem_text

        said = problem_text("search", message)
        self.status.setText(said)
        self._announce.start()

    def _announce_status(self) -> None:
        """Say the search's outcome ("52 träffar i 4 dokument", "Inga träffar för …"): the
        focus stays in the field, so a screen reader would not read the status by itself."""
        text = self.status.text()
        if self.tree.isHidden() and not self.textless_note.isHidden():
            # Nothing found: that some documents can't be searched is part of the answer.
            # Beside hits it is not read out after every word typed.
            text += " " + self.textless_note.text()
        if text != self.announced and self.isVisible():  # given up (Esc): nothing to say
            self.announced = text
            announce(self.status, text)

    def search_now(self, query: str) -> None:
        """Set the field and search without waiting for the debounce (tests, links)."""
        self.field.setText(query)
        self._debounce.stop()
        self._start_query()

    def _start_query(self) -> None:
        query = self.field.text()
        self.generation += 1
        self.latest = self.generation
        if not query.strip() or self.index_path is None or self.index_error:
            self.tree.clear()
            self._set_suggestion("")
            # Search is broken: the card still says whom to call.
            self.help_button.setVisible(bool(self.index_error) and self.help_available)
            if self.index_path is not None and not self.index_error:
                self._show_idle()
            return
        self.pool.start(_SearchJob(self, self.generation, query))
        # A search that takes a while (the first opens the index; a busy machine) says so,
        # rather than leave an empty panel; a quick one never shows it.
        QTimer.singleShot(SEARCHING_NOTE_MS, self, lambda g=self.generation: self._still(g))

    def _still(self, generation: int) -> None:
        if generation == self.generation and self.shown_generation < generation \
                and not self.index_error:  # an error said stays said
            self.status.setText(arg(self.tr("Söker efter ”%1” …"), self.field.text()))

    @Slot(int, str, list, float, str, str, bool, str, list)
    def _show_results(self, generation: int, query: str, hits: list[Hit], ms: float,
                      suggestion: str = "", searched: str = "", fewer: bool = False,
                      entries_for: str = "", textless: list[str] | None = None) -> None:
        if generation != self.generation:
            return
        self.shown_generation = generation
        self._show_textless(textless or [])
        from kvinnofrid_desktop.core.search.index import group_by_document

        self.last_query, self.last_ms = query, ms
        self.terms = self.index.highlight_terms(searched or query) if self.index else []
        self.tree.clear()
        self.tree.setVisible(bool(hits))  # no empty white list under "Inga träffar"
        self._set_suggestion(suggestion if not hits else "")
        self.help_button.setVisible(self.help_available and not hits and not suggestion)
        if not hits:
            text = arg(self.tr("Inga träffar för ”%1”."), query)
            # In another interface language, words of that language find nothing in texts
            # written in Swedish: say so, rather than let it look as if nothing is there.
            # Not beside "Menade du …?" (the words were Swedish, only misspelt), nor to one
            # who wrote in Swedish.
            from kvinnofrid_desktop.core.search.swedish import looks_swedish

            if interface_language() != SOURCE_LANGUAGE and not suggestion \
                    and not looks_swedish(query):
                text += " " + self.tr("Dokumenten är skrivna på svenska: sök med svenska ord.")
            self.status.setText(text)
            self._announce.start()
            return
        groups = group_by_document(hits)
        # "%n dokument" has an English singular and plural (Qt's numerus forms); the hits
        # are counted as before, "1 träff" / "%1 träffar", so Swedish reads right as well.
        documents = self.tr("%n dokument", "", len(groups))
        found = arg(self.tr("%1 i %2"), self._hits_text(len(hits)), documents)
        if entries_for:
            # The card's entries for some words lead; the pages with (more of) them follow.
            self.status.setText(arg(self.tr(
                "Inget avsnitt på åtgärdskortet har alla orden i ”%1”. %2: först avsnitt för "
                "”%3”, sedan sidor för ”%4”."), query, found, entries_for, searched or query))
        elif fewer:
            self.status.setText(arg(self.tr("Ingen sida har alla orden i ”%1”. %2 för ”%3”:"),
                                    query, found, searched))
        else:
            self.status.setText(arg(self.tr("%1 för ”%2”"), found, searched) if searched
                                else found)
        for doc_id, _title, doc_hits in groups:
            title = self.doc_titles.get(doc_id, doc_hits[0].title)
            top = QTreeWidgetItem(self.tree)
            count = self._hits_text(len(doc_hits))
            top.setText(0, f"{title} ({count})")  # for screen readers
            top.setData(0, HIT_ROLE, doc_hits[0])
            # Wrapped, not cut: a long title hid which document and how many hits.
            top.setData(0, HTML_ROLE, f"<b>{html.escape(title)}</b> ({html.escape(count)})")
            # Beside the card's own entries a page of its printed version opens the PDF, not
            # the card: said so, or the two rows looked alike and opened different things.
            printed = any(h.kind == "card" for h in doc_hits)
            for hit in doc_hits:
                child = QTreeWidgetItem(top)
                if hit.kind == "card":
                    where = hit.heading
                elif printed:
                    where = arg(self.tr("Utskrivet kort, sida %1"), str(hit.page))
                else:
                    where = arg(self.tr("Sida %1"), str(hit.page))
                child.setData(0, HIT_ROLE, hit)
                if hit.kind == "card" or hit.snippet.strip():
                    said, shown = hit.snippet_plain("", ""), hit.snippet_html()
                else:
                    # A page with no text matches by the document's title only: "Sida 1 ·"
                    # with nothing after it looked like a page on the subject.
                    said = self.tr("Träff i titeln") if doc_id not in (textless or []) else \
                        self.tr("Träff i titeln; dokumentets sidor har ingen text att söka i")
                    shown = f"<i>{html.escape(said)}</i>"
                child.setData(0, HTML_ROLE, f"<b>{html.escape(where)}</b> · {shown}")
                child.setText(0, f"{where}: {said}")  # for screen readers
            top.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first.child(0) or first)
        self._announce.start()

    def show_outdated(self, text: str) -> None:
        """Say above the results that they come from a pack no longer active ("" hides it)."""
        self.outdated_note.setText(text)
        self.outdated_note.setVisible(bool(text))

    def _show_textless(self, textless: list[str]) -> None:
        """Name the documents whose pages have no text (scanned), under the search's status."""
        if not textless:
            self.textless_note.hide()
            return
        from kvinnofrid_desktop.ui.common.labels import first_of

        titles = sorted(self.doc_titles.get(d, d) for d in textless)
        self.textless_note.setText(arg(self.tr(
            "%n dokument går inte att söka i (ingen text i PDF:en, inskannad?): %1", "",
            len(titles)), first_of(titles, TEXTLESS_NAMED)))
        self.textless_note.show()

    def _link_button(self, text: str, name: str = "") -> QPushButton:
        """A link-like button (Enter clicks it as well as Space); without ``name`` it is read
        by its visible text."""
        button = link_button(self, text)
        button.setAccessibleName(name or text)
        return button

    def _set_suggestion(self, suggestion: str) -> None:
        self.suggestion = suggestion
        if suggestion:
            said = arg(self.tr("Menade du ”%1”?"), suggestion)
            self.suggestion_button.setText(said.replace("&", "&&"))
            # Read as shown: "Sökförslag" alone never said which word was suggested.
            self.suggestion_button.setAccessibleName(said)
        self.suggestion_button.setVisible(bool(suggestion))

    def search_suggestion(self) -> None:
        """Search the "Menade du …?" suggestion (click, Enter or Space on it)."""
        if self.suggestion:
            suggestion = self.suggestion
            self._set_suggestion("")
            self.search_now(suggestion)
            self.field.setFocus()

    def _hits_text(self, count: int) -> str:
        return self.tr("1 träff") if count == 1 else \
            arg(self.tr("%1 träffar"), str(count))

    def _enter_in_field(self) -> None:
        self._debounce.stop()
        if self.suggestion and self.field.text() == self.last_query:
            self.search_suggestion()
            return
        if self.tree.topLevelItemCount() == 0 or self.field.text() != self.last_query:
            self._start_query()
            return
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        if item is not None:
            self._activate(item)

    def _focus_results(self) -> None:
        if self.tree.topLevelItemCount():
            self.tree.setFocus()
            first = self.tree.topLevelItem(0)
            if self.tree.currentItem() is None and first is not None:
                self.tree.setCurrentItem(first)
            return
        # No hits: Down goes to what the panel offers instead ("Menade du …?", or whom to
        # turn to), which was 18 Tab presses away, past the whole viewer toolbar.
        for button in (self.suggestion_button, self.help_button):
            if button.isVisible():
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            terms = list(hit.matched) or list(getattr(self, "terms", []))
            self.hitActivated.emit(hit, terms)

    def clear(self) -> None:
        """Forget the search (Dölj snabbt, Glöm allt): no results, no status, and a query
        still running is ignored when it returns."""
        self._debounce.stop()
        self._announce.stop()
        self.generation += 1
        self.latest = self.generation
        self._set_suggestion("")
        self.help_button.hide()
        self.textless_note.hide()
        self.last_query = ""
        self.terms = []
        if self.index_path is not None and not self.index_error:
            self._show_idle()
        else:
            self.tree.clear()

    def shutdown(self) -> None:
        """Let a running query finish and drop queued ones (window close); idempotent."""
        self.latest = -1
        self.pool.clear()
        self.pool.waitForDone(2000)
        if self.index is not None:
            self.index.close()
            self.index = None
