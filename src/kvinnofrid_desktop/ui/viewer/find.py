"""Find in document for the PDF viewer: the search model, the count and moving between hits.

Matching is PDFium's (through QPdfSearchModel): case-insensitive, including Å/å, Ä/ä and Ö/ö,
while å, ä and ö stay distinct from a and o (``får`` does not find ``far``). Substrings match,
so ``våld`` also finds ``våldet``. No extra filtering is needed for Swedish.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView

from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.viewer.widgets import FindBar

# QPdfSearchModel searches one page per 100 ms timer tick on its own, far too slow to count
# hits in a long document. We drive it page by page in slices of this many seconds per
# event-loop turn, so typing stays smooth while a 300-page document is done in about 0.3 s.
_SLICE_SECONDS = 0.012
_TYPING_DELAY_MS = 200


class FindController(QObject):
    """Owns the search model and keeps the find bar, the view's highlights and the page in step.

    ``page_count`` and ``current_page`` (0-based) describe the viewer's document; ``reveal``
    scrolls a rectangle (points on a 0-based page) into view and makes that page current;
    ``started`` is told when a search for words starts (the global search's marks then go:
    only the find's matches are shown).
    """

    def __init__(
        self,
        document: QPdfDocument,
        view: QPdfView,
        bar: FindBar,
        *,
        page_count: Callable[[], int],
        current_page: Callable[[], int],
        reveal: Callable[[int, QRectF], None],
        started: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(bar)
        self._view = view
        self._bar = bar
        self._page_count = page_count
        self._current_page = current_page
        self._reveal = reveal
        self._started = started
        self.model = QPdfSearchModel(self)
        # Attached for good: QPdfSearchModel.setDocument(None) logs a warning, and setting a new
        # search string after each load resizes its per-page tables to the new document.
        self.model.setDocument(document)
        view.setSearchModel(self.model)
        # Words typed without å, ä, ö → as the pack's search spells them (None: as typed).
        self.respell: Callable[[str], str] | None = None
        self._typed = ""  # what the field said when the search started
        self._text = ""  # what is searched: the same, or respelled
        self._counts: list[int] = []  # hits per page, for the pages searched so far, in order
        self._start_page = 0
        self._hit = -1
        self._has_text: bool | None = None  # whether the document has words to find; see below
        document.statusChanged.connect(self._forget_text)  # another document, or none
        self._slice_timer = QTimer(self, interval=0)
        self._slice_timer.timeout.connect(self._search_slice)
        self._typing_timer = QTimer(self, singleShot=True, interval=_TYPING_DELAY_MS)
        self._typing_timer.timeout.connect(lambda: self._start(bar.edit.text(), at_once=False))
        bar.edit.textEdited.connect(lambda _text: self._typing_timer.start())
        bar.nextRequested.connect(lambda: self.step(1))
        bar.previousRequested.connect(lambda: self.step(-1))

    # -- public ------------------------------------------------------------------------------

    def open_bar(self) -> None:
        self._bar.show()
        self._bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._bar.edit.selectAll()

    def close_bar(self) -> None:
        self.stop()
        self._bar.hide()

    def find(self, text: str) -> int:
        """Search ``text`` through the whole document now; returns the number of hits."""
        self.open_bar()
        self._bar.edit.setText(text)
        self._typing_timer.stop()
        self._start(text, at_once=True)
        return self.total()

    def step(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) hit, wrapping around."""
        text = self._bar.edit.text()
        if not self._bar.isVisible() or not text.strip():
            self.open_bar()
            return
        if text != self._typed:
            self._start(text, at_once=True)
            return
        if not self._done():
            self._search_slice(budget=None)  # the reader asked: finish counting first
        total = self.total()
        if total:
            self._go_to_hit((self._hit + direction) % total if self._hit >= 0 else 0)
        self._update_status()

    def stop(self) -> None:
        """Forget the search: no highlights, no count (the field keeps its text)."""
        self._slice_timer.stop()
        self._typing_timer.stop()
        self._typed = self._text = ""
        self._counts = []
        self._hit = -1
        self.model.setSearchString("")
        self._view.setCurrentSearchResultIndex(-1)
        self._bar.set_status("")

    def total(self) -> int:
        return sum(self._counts)

    # -- searching ---------------------------------------------------------------------------

    def _start(self, text: str, *, at_once: bool) -> None:
        self.stop()
        if self._page_count() == 0 or not text.strip():
            return
        self._typed = self._text = text
        self._started()
        if self.respell is not None and text.isascii():
            self._text = self.respell(text)
        self.model.setSearchString(self._text)
        self._start_page = max(self._current_page(), 0)
        if at_once:
            self._search_slice(budget=None)
        else:
            self._bar.set_status(self.tr("Söker …"))
            self._slice_timer.start()

    def _search_slice(self, budget: float | None = _SLICE_SECONDS) -> None:
        """Search the next pages in order for at most ``budget`` seconds (None: to the end)."""
        count = self._page_count()
        started = time.perf_counter()
        while len(self._counts) < count:
            self._counts.append(len(self.model.resultsOnPage(len(self._counts))))
            if budget is not None and time.perf_counter() - started > budget:
                break
        done = self._done()
        if done:
            self._slice_timer.stop()
        if self._hit < 0:
            first = self._first_hit(wrap=done)
            if first >= 0:
                self._go_to_hit(first)
        self._update_status()

    def _document_has_text(self) -> bool:
        """Whether any page has words (PDFium's text layer), asked when nothing was found."""
        if self._has_text is None:
            from kvinnofrid_desktop.core.searchable import too_few_words

            document = self.model.document()
            pages = (document.getAllText(page).text() for page in range(self._page_count()))
            self._has_text = not too_few_words(pages)
        return self._has_text

    def _forget_text(self) -> None:
        self._has_text = None

    def _done(self) -> bool:
        return bool(self._text) and len(self._counts) >= self._page_count()

    def _first_hit(self, *, wrap: bool) -> int:
        """Index of the first hit on or after the page the search started on (-1: none yet)."""
        before = 0
        for page, hits in enumerate(self._counts):
            if page >= self._start_page and hits:
                return before
            before += hits
        return 0 if wrap and before else -1

    def _go_to_hit(self, index: int) -> None:
        # Indices are stable: every page before a hit has been searched, in order.
        result = self.model.resultAtIndex(index)
        rects = result.rectangles()
        if result.page() < 0 or not rects:
            return
        self._hit = index
        self._view.setCurrentSearchResultIndex(index)
        united = QRectF(rects[0])
        for rect in rects[1:]:
            united = united.united(rect)
        self._reveal(result.page(), united)

    def _update_status(self) -> None:
        total = self.total()
        if not self._text:
            text = ""
        elif not self._done():
            text = self.tr("Söker …") if self._hit < 0 else arg(self.tr(
                "%1 av minst %2"), self._hit + 1, total)
        elif total == 0 and not self._document_has_text():
            # A scanned PDF: the words are on the page as pixels, and "Ingen träff" beside
            # them looked as if the program could not read.
            text = self.tr("Ingen träff – sidorna har ingen text att söka i")
        elif total == 0:
            text = self.tr("Ingen träff")
        else:
            text = arg(self.tr("%1 av %2"), self._hit + 1, total)
        if text and self._text != self._typed:
            text = arg(self.tr("%1 för ”%2”"), text, self._text)  # what was looked for
        self._bar.set_status(text)
