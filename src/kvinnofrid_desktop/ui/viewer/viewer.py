"""The PDF viewer shared by the tabs: continuous pages, outline, thumbnails, find, print.

Built on QtPdf (PDFium). The widget never opens anything on the network: a web link in a PDF
only shows its address, with a button to copy it. Helpers, each with one job:
viewer_pageview (page geometry, links, highlights), viewer_widgets (message bar, find bar,
thumbnails), viewer_find (find in document), viewer_export and viewer_print (print, save a
copy, open externally), viewer_ui (actions and controls), viewer_icons, viewer_state.
"""

from __future__ import annotations

import bisect
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtPdf import (
    QPdfBookmarkModel,
    QPdfDocument,
    QPdfLink,
    QPdfPageNavigator,
    QPdfSearchModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.actions import ActionSet, command
from kvinnofrid_desktop.ui.commands import VIEWER_COMMANDS, plain
from kvinnofrid_desktop.ui.common.focus import take_focus
from kvinnofrid_desktop.ui.viewer import parts as ui
from kvinnofrid_desktop.ui.viewer.find import FindController
from kvinnofrid_desktop.ui.viewer.icons import viewer_icon
from kvinnofrid_desktop.ui.viewer.pageview import PageView, TextLink
from kvinnofrid_desktop.ui.viewer.spot import gathered_spot, nearest_mark, spot_of
from kvinnofrid_desktop.ui.viewer.state import MAX_ZOOM, MIN_ZOOM, ZOOM_MODES, ViewState
from kvinnofrid_desktop.ui.viewer.widgets import FindBar, MessageBar, ThumbnailModel

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtPrintSupport import QPrinter

    from kvinnofrid_desktop.core.pack.external import SlowRepair
    from kvinnofrid_desktop.ui.common.settings import Settings
    from kvinnofrid_desktop.ui.viewer.page_text import PageTextView

# Printing (QtPrintSupport) and export (viewer_export, viewer_print) are imported when first
# used: the viewer is built right after the first frame, and every import there is waited for.
__all__ = ["PdfViewer", "ViewState"]

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
              6.0, 8.0)
# How far below the top of the view a heading may start and still count as the one being read:
# the rounding of a jump to it, or the blank space above it after Page Down.
OUTLINE_SLACK_POINTS = 16.0
# A page's top margin and a few lines: a first heading this far down opens what is read.
PAGE_TOP_POINTS = 144.0
SIDE_PANEL_WIDTH = 200  # px, the side panel's width until the reader drags it
# How much of the view PgDown and Space keep in view from the screen before: a line or two to
# read on from, as browsers and readers keep.
SCREEN_OVERLAP = 0.1


def heading_being_read(keys: Sequence[tuple[int, float]], page: int, y: float,
                       depth: float) -> int:
    """Which heading is being read with the top of the view at ``y`` points on ``page``
    (0-based): an index into ``keys``, the headings' (page, y) in order; -1 above the first.

    The last heading at or just below the top; but when the view shows a page from its top
    margin (a page number typed, Page Down, a thumbnail), that page's first heading if it starts
    within ``depth`` points: the section it opens is what is read, not the previous page's last
    one, whose heading is out of view."""
    at = bisect.bisect_right(keys, (page, y + OUTLINE_SLACK_POINTS)) - 1
    first = at + 1
    if (at < 0 or keys[at][0] < page) and first < len(keys) and keys[first][0] == page \
            and keys[first][1] <= y + depth:
        return first
    return at


def _matches(finder: QPdfSearchModel, page: int, text: str) -> list[list[QRectF]]:
    """Each match of ``text`` on ``page`` (0-based): its rectangles, one a line."""
    finder.setSearchString(text)
    return [[QRectF(rect) for rect in match.rectangles()]
            for match in finder.resultsOnPage(page)]


_SIDE_PANEL_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)
_PAGE_TURN_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)  # with Ctrl: the page turns


class PdfViewer(QWidget):
    """A PDF viewer with its own toolbar, side panel, find bar and message area."""

    pageChanged = Signal(int, int)  # current page (1-based), page count
    # Where the reader is (``reading_position``): page (0-based) and the point's distance from
    # the page's top edge in PDF points; on every scroll and jump. The outlines follow it.
    positionChanged = Signal(int, float)
    documentLoaded = Signal(str)  # path
    loadFailed = Signal(str, str)  # path, Swedish message shown to the user

    def __init__(self, parent: QWidget | None = None, *, allow_export: bool = True,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._allow_export = allow_export
        self._settings = settings  # remembers the export folder; None: Documents each time
        self._document = QPdfDocument(self)
        self._path: Path | None = None
        # (path, page, zoom, top) of a document awaiting a password or "Försök öppna ändå"
        self._pending: tuple[Path, int, ViewState | None, float] | None = None
        self._repair: tuple[Path, int, ViewState | None, float] | None = None
        self._zoom_mode = "fit_width"
        self._zoom = 1.0  # the factor of "custom" mode
        self._current = -1  # 0-based; -1 without a document
        self._navigating = False  # our own scrolling: don't take the view's page guesses
        self._anchor: tuple[int, QPointF] = (0, QPointF())  # document point at the top centre
        self._sidebar_choice: bool | None = None  # None until the user toggles the panel
        self._outline_elsewhere = False  # the tab shows the outline beside the viewer
        self._outline_marks: list[tuple[tuple[int, float], QPersistentModelIndex]] = []
        # Where the reader is when it is not the top of the view (``reading_position``): the
        # section of an opened search hit or a match found, until the reader moves on.
        self._reading_spot: tuple[int, float] | None = None
        # A remembered place was restored (_scroll_to_place): the page box shows QPdfView's
        # count of the page in view, as it did when the place was left.
        self._count_as_view = False
        # Where the page's text comes from (page → text, None when unknown): the pack's search
        # index for a pack document; else PDFium's text of the page.
        self._page_text_source: Callable[[int], str | None] | None = None
        self._page_message = ""  # what the message bar says about a page that does not exist
        self._link_address = ""
        # Back/forward remember deliberate jumps only. The view's own navigator cannot serve:
        # QPdfView pushes an entry for every page scrolled past.
        self._history = QPdfPageNavigator(self)
        self._bookmarks = QPdfBookmarkModel(self)
        self._bookmarks.setDocument(self._document)  # it follows the document's reloads
        self._thumbnails = ThumbnailModel(self)

        self._build_ui()
        self._finder = FindController(
            self._document, self.view, self.find_bar, page_count=self.page_count,
            current_page=lambda: self._current, reveal=self._show_found,
            started=self.clear_highlights)
        self._connect()
        self._reset_ui()

    # ------------------------------------------------------------------------------------------
    # Construction
    # ------------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        # The viewer's commands (ui/actions.py): the document commands' keys act while this
        # viewer is on screen, the page moves' while the focus is in it.
        self.commands = ActionSet(self, VIEWER_COMMANDS, icons=viewer_icon, tooltips=True,
                                  allow_export=self._allow_export)
        self.page_edit, self.page_count_label = ui.make_page_box(self)
        self.zoom_combo = ui.make_zoom_combo(self)
        self.toolbar = ui.make_toolbar(self, self.commands, {
            "PAGE_BOX": self.page_edit, "PAGE_COUNT": self.page_count_label,
            "ZOOM_BOX": self.zoom_combo, "SPACER": ui.make_spacer(self)})

        self.find_bar = FindBar(self)
        for button, name in ((self.find_bar.previous_button, "find_previous"),
                             (self.find_bar.next_button, "find_next")):
            button.setDefaultAction(self.commands[name])
            button.setAccessibleName(plain(self.commands[name].text()))
        self.find_bar.hide()
        self.message_bar = MessageBar(self)

        self.view = PageView(self)
        self.view.setDocument(self._document)
        self.view.setAccessibleName(self.tr("Dokument"))
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)  # drawn in the palette's calm, disabled grey
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.placeholder)

        self.outline_view = ui.make_outline_view(self, self._bookmarks)
        self.thumbnail_view = ui.make_thumbnail_view(self, self._thumbnails,
                                                     self._thumbnails.icon_size())
        self.sidebar = ui.make_sidebar(self, self.outline_view, self.thumbnail_view)
        for widget in (self.outline_view, self.thumbnail_view, self.thumbnail_view.viewport()):
            widget.installEventFilter(self)
        # Tab goes as the eye reads: the side panel's tabs, its list, then the pages right of
        # it. Built first, the pages came before the panel, and its list before its tabs.
        QWidget.setTabOrder(self.sidebar.tabBar(), self.outline_view)
        QWidget.setTabOrder(self.outline_view, self.thumbnail_view)
        QWidget.setTabOrder(self.thumbnail_view, self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(0, False)  # dragged to nothing, F9's button stayed on
        self.splitter.setSizes([SIDE_PANEL_WIDTH, 900])
        self._side_width = SIDE_PANEL_WIDTH  # the side panel's width while it is hidden
        self._split_when_shown = False  # the page's text was shown before the viewer was
        self.splitter.splitterMoved.connect(self._remember_side_width)
        # Visa sidans text (page_text.py): built when first shown, beside the pages.
        self.page_text: PageTextView | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)

    def focus_default(self, reason: Qt.FocusReason | None = None) -> None:
        """The pages take the focus: the arrow and page keys read the document."""
        take_focus(self.view, reason)

    def _read_from_here(self, _index: QModelIndex) -> None:
        self.focus_default(Qt.FocusReason.ShortcutFocusReason)

    def _connect(self) -> None:
        self._history.backAvailableChanged.connect(self._update_history_actions)
        self._history.forwardAvailableChanged.connect(self._update_history_actions)

        self.page_edit.returnPressed.connect(self._on_page_entered)
        self.page_edit.editingFinished.connect(self._show_current_page_number)
        self.zoom_combo.activated.connect(self._on_zoom_chosen)
        self.zoom_combo.lineEdit().returnPressed.connect(self._on_zoom_typed)

        self.view.pageNavigator().currentPageChanged.connect(self._on_view_page_changed)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.view.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self.view.resized.connect(self._on_view_resized)
        self.view.zoomStepRequested.connect(self._zoom_step)
        self.view.linkActivated.connect(self._on_link)
        self.view.selectionAsked.connect(self._say_where_to_copy)

        # Enter on a heading or a page goes there and gives the keyboard to the page (PgDown
        # read on in the list); a click leaves the focus where it is.
        self.outline_view.activated.connect(self._on_outline_activated)
        self.outline_view.activated.connect(self._read_from_here)
        self.outline_view.clicked.connect(self._on_outline_activated)
        self.thumbnail_view.activated.connect(self._on_thumbnail_activated)
        self.thumbnail_view.activated.connect(self._read_from_here)
        self.thumbnail_view.clicked.connect(self._on_thumbnail_activated)
        self.find_bar.closeRequested.connect(self._close_find_bar)
        self.pageChanged.connect(lambda _page, _count: self._refresh_page_text())
        self.message_bar.passwordSubmitted.connect(self._on_password)
        self.message_bar.copyRequested.connect(self._copy_link_address)
        self.message_bar.actionRequested.connect(self._try_repair)

    # ------------------------------------------------------------------------------------------
    # Public API
    # ------------------------------------------------------------------------------------------

    def open_document(
        self,
        path: Path | str,
        *,
        page: int = 1,
        zoom: ViewState | None = None,
        top: float = 0.0,
        password: str | None = None,
        repair: bool = False,
    ) -> bool:
        """Load and show ``path`` at ``page`` (1-based), with the zoom of ``zoom`` if given;
        ``top``: the point of the page (PDF points below its top) at the top of the view, as
        ``view_state`` remembered it (not with the whole page shown: its top).

        Returns False, shows a message inside the viewer and emits ``loadFailed`` when the file
        is missing, unreadable, not a PDF, damaged or needs a (correct) password; for the last
        a password field appears. A large file PDFium would rebuild is not loaded unless
        ``repair``: the message offers to try (core/pack/external.slow_to_repair). Never
        raises for a bad file.
        """
        path = Path(path)
        self._unload()
        self._pending = None
        self._repair = None
        self._page_text_source = None
        self._finder.respell = None
        name = path.name or str(path)
        if not path.exists():
            return self._fail(path, arg(self.tr("Filen finns inte: %1"), str(path)))
        if path.is_dir() or not os.access(path, os.R_OK):
            return self._fail(path, arg(self.tr(
                "Filen ”%1” kan inte läsas. Kontrollera att det är en PDF-fil och att du "
                "har behörighet att öppna den."), name))
        if not repair and (slow := _slow_to_repair(path)):
            # Asked first: rebuilding it would hold the whole program still (see there).
            self._repair = (path, page, zoom, top)
            if slow.reason == "end_missing":
                why = self.tr("Filen ”%1” (%2 MB) verkar ofullständig: slutet av filen saknas, "
                              "som när en nedladdning har avbrutits.")
            else:
                why = self.tr("Filen ”%1” (%2 MB) verkar skadad: dess register över var "
                              "innehållet ligger stämmer inte, så hela filen måste läsas igenom.")
            size = f"{slow.size / 1e6:,.0f}".replace(",", "\u00a0")
            return self._fail(path, " ".join((arg(why, name, size), self.tr(
                "Att försöka öppna den ändå kan ta lång tid, och programmet svarar inte under "
                "tiden."))), kind="warning", action=self.tr("Försök öppna ändå"))

        self._document.setPassword(password or "")
        if repair:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            error = self._document.load(str(path))
        finally:
            if repair:
                QApplication.restoreOverrideCursor()
        self._document.setPassword("")  # PDFium keeps the opened document; drop the secret
        if error != QPdfDocument.Error.None_ or self._document.pageCount() < 1:
            self._document.close()
            return self._load_error(path, error, password, page, zoom, top)

        self._path = path
        if zoom is not None:
            self._take_zoom(zoom)
        self._attach_models()
        self._history.clear()
        target = min(max(page, 1), self.page_count()) - 1
        self._apply_zoom(keep_position=False)
        top = top if self._zoom_mode != "fit_page" else 0.0
        self._scroll_to_place(target, top)
        self._history.update(target, QPointF(0, top), self.view.zoomFactor())
        self._update_actions()
        self.documentLoaded.emit(str(path))
        return True

    def close_document(self) -> None:
        """Close the document and clear every view of it."""
        self._unload()
        self._pending = None
        self._repair = None
        self._reset_ui()

    def path(self) -> Path | None:
        """The open document's path, or None."""
        return self._path

    def page(self) -> int:
        """The current page, 1-based (0 without a document)."""
        return self._current + 1 if self._path is not None else 0

    def page_count(self) -> int:
        """Number of pages of the open document (0 without one)."""
        return self._document.pageCount() if self._path is not None else 0

    def document(self) -> QPdfDocument | None:
        """The loaded document for reading (outline, text), or None; the viewer owns it."""
        return self._document if self._path is not None else None

    def go_to_page(self, page: int) -> None:
        """Show ``page`` (1-based, clamped) at the top of the view; Back returns from there."""
        if self._path is not None:
            self._show_page(min(max(page, 1), self.page_count()) - 1)

    def go_to_location(self, page: int, y_points: float | None = None) -> None:
        """Show the spot ``y_points`` down ``page`` (1-based, clamped) at the top of the view,
        as an outline entry or a link does; Back returns from there."""
        if self._path is not None:
            self._show_page(min(max(page, 1), self.page_count()) - 1, y_points)

    def set_find_respelling(self, respell: Callable[[str], str] | None) -> None:
        """How Ctrl+F spells a word typed without å, ä, ö (the pack's search does it:
        "orosanmalan" found only a web address); None: as typed. Reset when another document
        is opened."""
        self._finder.respell = respell

    def set_page_text_source(self, source: Callable[[int], str | None] | None) -> None:
        """Where "Visa sidans text" reads a page's text (1-based page → text); None: from the
        PDF itself. Reset when another document is opened."""
        self._page_text_source = source
        self._refresh_page_text(force=True)

    def set_page_text_visible(self, visible: bool) -> None:
        """Show the page's text beside the page (it follows the page) or hide it."""
        if visible == self.page_text_visible():
            return
        if self.page_text is None:
            from kvinnofrid_desktop.ui.viewer.page_text import PageTextView

            self.page_text = PageTextView(self.splitter)
            self.splitter.addWidget(self.page_text)
            self.splitter.setCollapsible(2, False)
        if visible:
            self.page_text.show()
            self._split_for_page_text()
            self._refresh_page_text(force=True)
        else:
            if self._focus_in_page_text():
                self.view.setFocus()
            self.page_text.hide()

    def _split_for_page_text(self) -> None:
        """Two fifths of the room beside the side panel to the page's text. Before the viewer
        is first shown its splitter has no width yet (a tab opened later with the text on):
        done again when it is shown, else the text got 197 px."""
        self._split_when_shown = not self.isVisible()
        sizes = self.splitter.sizes()
        # A hidden side panel counts 0 in sizes(), and a 0 given back to a collapsible
        # widget collapses it: F9 then opened a panel 0 px wide. Give it its width.
        side = sizes[0] if sizes[0] > 0 else self._side_width
        room = sum(sizes[1:]) or max(self.splitter.width() - side, 0)
        self.splitter.setSizes([side, room - room * 2 // 5, room * 2 // 5])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_when_shown and self.page_text_visible():
            # After this show's layout, when the splitter has its width.
            QTimer.singleShot(0, self, self._split_for_page_text)

    def _remember_side_width(self) -> None:
        width = self.splitter.sizes()[0]
        if width > 0:  # dragged, not closed
            self._side_width = width

    def _focus_in_page_text(self) -> bool:
        focus = QApplication.focusWidget()
        return self.page_text is not None and focus is not None and \
            self.page_text.isAncestorOf(focus)

    def page_text_visible(self) -> bool:
        return self.page_text is not None and not self.page_text.isHidden()

    def outline_on_page(self, page: int) -> list[tuple[str, int]]:
        """(title, level) of the outline entries on ``page`` (1-based), level 1 at the top."""
        found = []
        for (at, _y), index in self._outline_marks:
            if at == page - 1 and index.isValid():
                level, parent = 1, index.parent()
                while parent.isValid():
                    level, parent = level + 1, parent.parent()
                found.append((str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip(), level))
        return found

    def reading_depth(self) -> float:
        """How far down a page shown from its top its first heading may start and still be the
        one being read, in PDF points: a quarter of the view, and at least PAGE_TOP_POINTS (at
        202 % the quarter was 88 points, less than a heading's 109 below the page's top, and a
        wide window marked another heading than a narrow one)."""
        quarter = self.view.viewport().height() / 4 / max(self.view.scale(), 1e-6)
        return max(quarter, PAGE_TOP_POINTS)

    def reading_position(self) -> tuple[int, float]:
        """Where the reader is: (0-based page, PDF points below its top edge). The top of the
        view; after a search hit was opened (``highlight_terms``) or Ctrl+F found a match, a
        point of its section until the reader moves on. The outlines mark the heading being
        read there."""
        if self._reading_spot is not None:
            return self._reading_spot
        page, point = self._here()
        return page, point.y()

    def heading_at_top(self) -> str:
        """The heading being read (``heading_being_read``), for a bookmark's name."""
        if self._path is None or not self._outline_marks:
            return ""
        page, y = self.reading_position()
        keys = [key for key, _index in self._outline_marks]
        at = heading_being_read(keys, page, y, self.reading_depth())
        if at < 0:
            return ""
        return str(self._outline_marks[at][1].data(Qt.ItemDataRole.DisplayRole) or "").strip()

    def page_text_of(self, page: int) -> str:
        """The text of ``page`` (1-based) from the source, else from the PDF; "" if none."""
        if self._path is None or not 1 <= page <= self.page_count():
            return ""
        text = self._page_text_source(page) if self._page_text_source is not None else None
        if text is None:
            text = self._document.getAllText(page - 1).text()
        return text

    def _refresh_page_text(self, *, force: bool = False) -> None:
        if self.page_text is None or self.page_text.isHidden():
            return
        if self._path is None:
            self.page_text.clear()
            return
        from kvinnofrid_desktop.core.search.page_text import page_blocks

        page = self.page()
        if force:
            self.page_text.clear()
        blocks = page_blocks(self.page_text_of(page), self.outline_on_page(page))
        self.page_text.show_page(page, self.page_count(), blocks)

    def view_state(self) -> ViewState:
        """Where the reader is and the zoom, for remembering per document: the page at the
        view's top and its point there (``open_document``'s ``top``). The page box counts a
        page from 40 % in view; from its number alone the lower half of page 10 came back as
        the top of page 11. With the whole page shown, that page from its top."""
        page, top = max(self.page(), 1), 0.0
        if self._path is not None and self._zoom_mode != "fit_page":
            here, point = self._here()
            # Only the page shown or the one above it (a view not laid out yet says page 1).
            if here + 1 in (page, page - 1):
                page, top = here + 1, round(point.y(), 1)
        return ViewState(page=page, zoom_mode=self._zoom_mode,
                         zoom=round(self.view.zoomFactor(), 4), top=top)

    def apply_view_state(self, state: ViewState) -> None:
        """Restore a remembered place and zoom (not recorded in the Back history)."""
        self._take_zoom(state)
        if self._path is None:
            self._sync_zoom_ui()
            return
        self._apply_zoom(keep_position=False)
        self._scroll_to_place(min(max(state.page, 1), self.page_count()) - 1,
                              state.top if self._zoom_mode != "fit_page" else 0.0)

    def find_text(self, text: str) -> int:
        """Open the find bar with ``text``, highlight all matches and go to the first.

        "First" is the first match on or after the current page. Returns the match count.
        """
        if self._path is None:
            return 0
        self.view.set_marks([])
        return self._finder.find(text)

    def clear_highlights(self) -> None:
        """The global search's marks go (its field emptied, the search given up); the find
        bar and its matches stay."""
        self.view.set_marks([])

    def forget_search(self) -> None:
        """Dölj snabbt: the find bar closes and forgets its words, the highlights go."""
        self._finder.close_bar()
        self.find_bar.edit.setText("")  # not clear(): its undo would bring the words back
        self.view.set_marks([])

    def highlight_terms(self, terms: list[str], page: int, passage: str = "") -> None:
        """Go to ``page`` (1-based) and highlight ``terms`` there; show where they stand.

        For the global search. Matching is PDFium's, as in find: case-insensitive, å/ä/ö kept
        distinct, and parts of words match (``våld`` marks ``våldet``). The view shows
        ``passage`` (the hit's snippet from its first match to its last) where the page has
        it, else the place where the terms stand together (``gathered_spot``), and the mark
        there is the selected one. The first mark was shown: the title's "våld" at the top
        for "våld mot äldre", the list item saying it further down out of view.

        The outlines mark the section the hit is in (``_show_hit``).
        """
        if self._path is None:
            return
        # One search's marks at a time: the find bar's matches go (its words stay, for Ctrl+F
        # and Enter), as a find started takes these marks away (FindController.started).
        self._finder.close_bar()
        target = min(max(page, 1), self.page_count()) - 1
        finder = QPdfSearchModel()  # private, so the find bar's search stays as it is
        finder.setDocument(self._document)
        by_term = {term: [rect for match in _matches(finder, target, term) for rect in match]
                   for term in dict.fromkeys(t.strip() for t in terms) if term}
        in_passage = _matches(finder, target, passage) if passage.strip() else []
        del finder  # deleting the model also stops its background search timer
        marks = [(target, rect) for rects in by_term.values() for rect in rects]
        marks.sort(key=lambda mark: (round(mark[1].top() / 4), mark[1].left()))  # reading order
        spot = spot_of(in_passage[0]) if in_passage else gathered_spot(list(by_term.values()))
        selected = nearest_mark([rect for _page, rect in marks], spot) if spot else -1
        self.view.set_marks(marks, selected)
        self._show_hit(target, spot)

    def _show_hit(self, page: int, spot: QRectF | None) -> None:
        """Show ``spot`` (points on ``page``, 0-based) with the top of the view in its section:
        the section's heading at the top when the spot fits below it, else the page from its
        top, and the spot scrolled up to a third of the view when it is not in view. The
        outlines mark the spot's section, not the one at the page's top: a hit on a heading
        lower on the page marked the section before it.

        Where the top of the view is still in another section (one that began on an earlier
        page; the end of the document, where the view cannot scroll the heading up), the
        outlines follow the spot's section until the reader moves on."""
        heading = self._section_of(page, spot) if spot is not None else None
        # The page first, as before: the window may have shown it already (a hit in the
        # document on screen), and Back must return to where the reader was, not to its top.
        self._show_page(page)
        if heading is not None and spot is not None and heading[0] == page and \
                self._fits_below(page, heading[1], spot):
            self._scroll_to(page, heading[1])
            self._history.update(page, QPointF(0, heading[1]), self.view.zoomFactor())
        elif spot is not None:
            self._reveal(page, spot)
        self._read_in_section(heading)

    def _show_found(self, page: int, rect: QRectF) -> None:
        """A match of Ctrl+F (points on ``page``): scrolled into view just enough, so stepping
        through a page's matches keeps the view still; the outlines mark its section."""
        self._reveal(page, rect)
        self._read_in_section(self._section_of(page, rect))

    def _section_of(self, page: int, spot: QRectF) -> tuple[int, float] | None:
        """The (page, y) of the heading whose section holds ``spot`` (points on ``page``), or
        None above the first heading."""
        keys = [key for key, _index in self._outline_marks]
        at = bisect.bisect_right(keys, (page, spot.center().y())) - 1
        return keys[at] if at >= 0 else None

    def _read_in_section(self, heading: tuple[int, float] | None) -> None:
        """The reader is in the section of ``heading`` (page, y) until they move on; None:
        where the top of the view is."""
        # Just above the heading: the outline rule (heading_being_read) adds its slack back
        # and finds this heading, whichever of the page's headings open it.
        self._reading_spot = None if heading is None else \
            (heading[0], heading[1] - OUTLINE_SLACK_POINTS)
        self._remember_anchor()

    def _fits_below(self, page: int, y_points: float, spot: QRectF) -> bool:
        """Whether ``spot`` (points on ``page``) is in view with the point ``y_points`` of the
        page at the top, as ``_scroll_to`` places it."""
        scale = self.view.scale()
        room = self.view.viewport().height() - self.view.documentMargins().top()
        return (spot.bottom() - y_points) * scale <= room

    def status_message(self) -> str:
        """The text in the viewer's message area, or "" when none is shown."""
        return self.message_bar.text()

    @command("first_page")
    def first_page(self) -> None:
        self._show_page(0)

    @command("last_page")
    def last_page(self) -> None:
        self._show_page(self.page_count() - 1)

    @command("previous_page")
    def previous_page(self) -> None:
        self._step_page(-1)

    @command("next_page")
    def next_page(self) -> None:
        self._step_page(1)

    @command("screen_up")
    def screen_up(self) -> None:
        self._step_screen(-1)

    @command("screen_down")
    def screen_down(self) -> None:
        self._step_screen(1)

    @command("back")
    def back(self) -> None:
        self._go_history(-1)

    @command("forward")
    def forward(self) -> None:
        self._go_history(1)

    @command("zoom_in")
    def zoom_in(self) -> None:
        if not self._zoom_page_text(1):
            self._zoom_step(1)

    @command("zoom_out")
    def zoom_out(self) -> None:
        if not self._zoom_page_text(-1):
            self._zoom_step(-1)

    @command("zoom_reset")
    def zoom_reset(self) -> None:
        if not self._zoom_page_text(0):
            self._set_zoom("custom", 1.0)

    def _zoom_page_text(self, step: int) -> bool:
        """With the focus in the page's text, the zoom keys size the text, not the page."""
        if self.page_text is None or self.page_text.isHidden() or not self._focus_in_page_text():
            return False
        self.page_text.zoom(step)
        return True

    @command("fit_width")
    def fit_width(self, _checked: bool = True) -> None:
        self._set_zoom("fit_width")

    @command("fit_page")
    def fit_page(self, _checked: bool = True) -> None:
        self._set_zoom("fit_page")

    @command("find")
    def open_find_bar(self) -> None:
        self._finder.open_bar()

    @command("find_next")
    def find_next(self) -> None:
        self._finder.step(1)

    @command("find_previous")
    def find_previous(self) -> None:
        self._finder.step(-1)

    # ------------------------------------------------------------------------------------------
    # Loading
    # ------------------------------------------------------------------------------------------

    def _load_error(self, path: Path, error: QPdfDocument.Error, password: str | None,
                    page: int, zoom: ViewState | None, top: float) -> bool:
        name, errors = path.name, QPdfDocument.Error
        if error == errors.IncorrectPassword:
            self._pending = (path, page, zoom, top)
            if password:
                return self._fail(path, self.tr("Fel lösenord. Försök igen."), kind="warning",
                                  password=True)
            return self._fail(path, arg(self.tr(
                "Dokumentet är lösenordsskyddat. Skriv lösenordet för att öppna ”%1”."
            ), name), kind="info", password=True)
        if error == errors.UnsupportedSecurityScheme:
            text = self.tr("Dokumentet ”%1” är skyddat på ett sätt som programmet inte kan "
                           "öppna.")
        elif error == errors.DataNotYetAvailable:
            text = self.tr("Filen ”%1” är inte färdigkopierad ännu. Försök igen om en "
                           "stund.")
        elif error == errors.FileNotFound:
            return self._fail(path, arg(self.tr("Filen finns inte: %1"), str(path)))
        elif error in (errors.InvalidFileFormat, errors.None_):  # None_: a PDF with no pages
            text = self.tr("Filen ”%1” kunde inte öppnas. Den är skadad eller inte en PDF.")
        else:
            text = self.tr("Filen ”%1” kunde inte öppnas på grund av ett okänt fel.")
        return self._fail(path, arg(text, name))

    def _fail(self, path: Path, text: str, *, kind: str = "error", password: bool = False,
              action: str = "") -> bool:
        self._reset_ui(placeholder="")
        self.message_bar.show_message(kind, text, password=password, closable=not password,
                                      action=action)
        if password:
            self.message_bar.password_edit.setFocus()
        self.loadFailed.emit(str(path), text)
        return False

    def _try_repair(self) -> None:
        """"Försök öppna ändå": the large file whose end is missing, rebuilt by PDFium."""
        if self._repair is None:
            return
        path, page, zoom, top = self._repair
        self._repair = None
        if self.open_document(path, page=page, zoom=zoom, top=top, repair=True):
            self.view.setFocus()

    def _on_password(self, password: str) -> None:
        if self._pending is None:
            return
        path, page, zoom, top = self._pending
        if not password:
            self.message_bar.show_message("info", self.tr("Skriv lösenordet först."),
                                          password=True, closable=False)
            self.message_bar.password_edit.setFocus()
        elif self.open_document(path, page=page, zoom=zoom, top=top, password=password):
            self.view.setFocus()

    def _unload(self) -> None:
        """Detach everything from the current document and close it."""
        self._finder.close_bar()
        self.view.set_marks([])
        self._thumbnails.set_document(None)
        self._document.close()
        self.view.reset_layout()
        self._path = None
        self._current = -1
        self._outline_marks = []
        self._reading_spot = None
        self._count_as_view = False
        self.message_bar.hide_message()

    def _attach_models(self) -> None:
        self.view.reset_layout()
        self._thumbnails.set_document(self._document)
        rows = self._bookmarks.rowCount(QModelIndex())
        self.outline_view.setRootIsDecorated(
            any(self._bookmarks.rowCount(self._bookmarks.index(r, 0)) for r in range(rows)))
        self.outline_view.expandToDepth(0)
        self._outline_marks = []
        self._collect_outline(QModelIndex())
        self._outline_marks.sort(key=lambda mark: mark[0])
        outline = rows > 0 and not self._outline_elsewhere
        self.sidebar.setTabVisible(0, outline)
        self.sidebar.setCurrentIndex(0 if outline else 1)
        # Open the panel where there is an outline to show, unless the reader decided.
        self._set_sidebar_visible(outline if self._sidebar_choice is None
                                  else self._sidebar_choice)
        self.page_count_label.setText(f"/ {self.page_count()}")
        self.view.setAccessibleDescription(self._path.name if self._path else "")
        self.stack.setCurrentWidget(self.view)

    def _reset_ui(self, placeholder: str | None = None) -> None:
        self.page_edit.clear()
        self.page_count_label.setText("")
        self.page_count_label.setAccessibleName(self.tr("Inget dokument"))
        self.page_edit.setAccessibleDescription(self.tr("Inget dokument"))
        self.placeholder.setText(self.tr("Inget dokument är öppet") if placeholder is None
                                 else placeholder)
        self.stack.setCurrentWidget(self.placeholder)
        self._set_sidebar_visible(False)
        self._update_actions()
        self._sync_zoom_ui()
        self.pageChanged.emit(0, 0)

    def _update_actions(self) -> None:
        loaded = self._path is not None
        for name in ("zoom_in", "zoom_out", "zoom_reset", "fit_width", "fit_page", "find",
                     "find_next", "find_previous", "print", "sidebar"):
            self.commands[name].setEnabled(loaded)
        for name in ("save_copy", "open_external"):
            self.commands[name].setEnabled(loaded and self._allow_export)
        self.page_edit.setEnabled(loaded)
        self.zoom_combo.setEnabled(loaded)
        self._update_history_actions()
        self._update_page_actions()

    def _update_page_actions(self) -> None:
        loaded = self._path is not None
        for name in ("first_page", "previous_page"):
            self.commands[name].setEnabled(loaded and self._current > 0)
        for name in ("next_page", "last_page"):
            self.commands[name].setEnabled(loaded and self._current < self.page_count() - 1)

    def _update_history_actions(self) -> None:
        loaded = self._path is not None
        self.commands["back"].setEnabled(loaded and self._history.backAvailable())
        self.commands["forward"].setEnabled(loaded and self._history.forwardAvailable())

    # ------------------------------------------------------------------------------------------
    # Pages, scrolling and history
    # ------------------------------------------------------------------------------------------

    def _set_current(self, page: int) -> None:
        if page == self._current or self._path is None:
            return
        self._current = page
        self._show_current_page_number()
        self._clear_page_message()  # "Sidan finns inte" said over another page misleads
        count = self.page_count()
        spoken = arg(self.tr("Sida %1 av %2"), page + 1, count)
        self.page_edit.setAccessibleDescription(spoken)
        self.page_count_label.setAccessibleName(spoken)
        self._update_page_actions()
        selection = self.thumbnail_view.selectionModel()
        selection.setCurrentIndex(self._thumbnails.index(page),
                                  selection.SelectionFlag.ClearAndSelect)
        self.pageChanged.emit(page + 1, count)

    def _show_current_page_number(self) -> None:
        self.page_edit.setText(str(self._current + 1) if self._path is not None else "")

    def _on_view_page_changed(self, page: int) -> None:
        # QPdfView reports the page under a line 40 % down the view while the reader scrolls.
        if not self._navigating and not self.view.resizing and page >= 0:
            self._set_current(page)

    def _on_scrolled(self, _value: int) -> None:
        if not self._navigating and not self.view.resizing and self._path is not None:
            self._reading_spot = None  # the reader moved on from an opened hit
            self._count_as_view = False  # the page box follows the view as usual now
            self._remember_anchor()
            self._clear_page_message()  # the reader moved on (Page Down on the last page too)

    def _reading_line(self) -> QPointF:
        """The top centre of what is read: a margin below the view's edge, where a jump puts
        a page's top (the edge itself is the gap above the page)."""
        return QPointF(self.view.viewport().width() / 2, self.view.documentMargins().top())

    def _anchor_here(self) -> tuple[int, QPointF] | None:
        """The document point at the reading line; with the whole page shown, that page's
        top. The view's top edge was the gap above the page, the previous page's last points:
        fit whole page, then fit width, showed the end of the page before."""
        hit = self.view.map_to_page(self._reading_line())
        if hit is None or self._zoom_mode != "fit_page":
            return hit
        page = hit[0] if self._shown_whole(hit[0]) else self._page_most_in_view()
        x = hit[1].x() if page == hit[0] else \
            self.view.page_rects()[page].width() / 2 / self.view.scale()
        return page, QPointF(x, 0)

    def _remember_anchor(self) -> None:
        hit = self._anchor_here()
        if hit is not None:
            self._anchor = hit
        if self._path is None:
            return
        # Where the reader is, measured as a jump places a page: its top a margin below the
        # edge, where no page is (the edge alone found none, and the outline stood still).
        page, y = self.reading_position()
        self._follow_outline(page, y)
        self.positionChanged.emit(page, y)

    def _scroll_to(self, page: int, y_points: float | None = None) -> None:
        """Scroll so ``page`` starts at the top (or its point ``y_points``); no history."""
        rects = self.view.page_rects()
        if not 0 <= page < len(rects):
            return
        # The spot goes a margin below the top edge: the page's edge (or the line above a
        # heading) stays in view. _here() measures from the same reference line.
        offset = round(max(y_points or 0.0, 0.0) * self.view.scale())
        value = rects[page].top() + offset - self.view.documentMargins().top()
        self._reading_spot = None  # any jump shows where the reader is at the top
        self._count_as_view = False  # a jump names the page it went to
        self._navigating = True
        try:
            self.view.verticalScrollBar().setValue(max(0, value))
        finally:
            self._navigating = False
        self._remember_anchor()
        self._set_current(page)

    def _scroll_to_place(self, page: int, top: float) -> None:
        """A remembered place (``view_state``): ``page``'s point ``top`` at the top of the view,
        and the page box as the reader left it, by QPdfView's count (a jump names the page it
        went to, but the lower half of page 10 showed 11 there)."""
        self._scroll_to(page, top)
        # Counted again once the view has its size (it may not have it yet), until the
        # reader moves.
        self._count_as_view = bool(top)
        self._count_page_as_view()

    def _count_page_as_view(self) -> None:
        seen = self.view.pageNavigator().currentPage()
        if self._count_as_view and 0 <= seen < self.page_count():
            self._set_current(seen)

    def _here(self) -> tuple[int, QPointF]:
        """Where the reader is: (page, point at the top of the view), for the history."""
        rects = self.view.page_rects()
        if not rects:
            return max(self._current, 0), QPointF()
        line = self.view.verticalScrollBar().value() + self.view.documentMargins().top()
        page = self.view.page_at_y(line)
        return page, QPointF(0, max((line - rects[page].top()) / self.view.scale(), 0.0))

    def _show_page(self, page: int, y_points: float | None = None) -> None:
        """A deliberate jump: remember where the reader was (for Back), then go."""
        if self._path is None or not 0 <= page < self.page_count():
            return
        here_page, here_point = self._here()
        target_y = y_points or 0.0
        if (here_page, round(here_point.y())) != (page, round(target_y)):
            self._history.update(here_page, here_point, self.view.zoomFactor())
            self._history.jump(page, QPointF(0, target_y), self.view.zoomFactor())
        self._scroll_to(page, y_points)

    def _step_page(self, step: int) -> None:
        if self._path is not None:
            self._scroll_to(min(max(self._current + step, 0), self.page_count() - 1))

    def _step_screen(self, step: int) -> None:
        """PgDown/PgUp, Space: the next (previous) screen, a strip of this one kept. A page
        shown whole (fit whole page, a landscape page) gives way to the next one from its top,
        so that pages are not cut in halves."""
        if self._path is None:
            return
        page = self._page_most_in_view()
        if self._shown_whole(page):
            self._scroll_to(min(max(page + step, 0), self.page_count() - 1))
            return
        bar = self.view.verticalScrollBar()
        room = self.view.viewport().height()
        # As the reader's own scrolling: the page box and the outlines follow (_on_scrolled).
        bar.setValue(bar.value() + step * max(round(room * (1 - SCREEN_OVERLAP)), 1))

    def _shown_whole(self, page: int) -> bool:
        rect = self.view.page_rects()[page]
        top = self.view.verticalScrollBar().value()
        return rect.top() >= top and rect.bottom() <= top + self.view.viewport().height()

    def _go_history(self, direction: int) -> None:
        available = self._history.backAvailable() if direction < 0 else \
            self._history.forwardAvailable()
        if self._path is None or not available:
            return
        page, point = self._here()
        self._history.update(page, point, self.view.zoomFactor())  # to come back here
        if direction < 0:
            self._history.back()
        else:
            self._history.forward()
        self._scroll_to(self._history.currentPage(), self._history.currentLocation().y())

    def _reveal(self, page: int, rect: QRectF) -> None:
        """Scroll just enough to show ``rect`` (points on ``page``), placing it high if needed."""
        shown = self.view.map_rect_from_page(page, rect)
        area = QRectF(self.view.viewport().rect())
        if not area.contains(shown):
            self._navigating = True
            try:
                vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
                vbar.setValue(vbar.value() + int(shown.center().y() - area.height() * 0.35))
                if shown.left() < 0 or shown.right() > area.width():
                    hbar.setValue(hbar.value() + int(shown.center().x() - area.width() / 2))
            finally:
                self._navigating = False
        self._remember_anchor()
        self._set_current(page)

    def _on_page_entered(self) -> None:
        text = self.page_edit.text().strip()
        if text.isdigit() and 1 <= int(text) <= self.page_count():
            self.go_to_page(int(text))
            self._clear_page_message()
        elif text and self._path is not None:
            # Snapping back without a word looks like the box ignored the reader.
            self._page_message = arg(self.tr("Sidan finns inte (1–%1)."), self.page_count())
            self.message_bar.show_message("warning", self._page_message)
        self._show_current_page_number()

    def _clear_page_message(self) -> None:
        if self._page_message and self.message_bar.text() == self._page_message:
            self.message_bar.hide_message()
        self._page_message = ""

    def hideEvent(self, event: QHideEvent) -> None:
        self._clear_page_message()  # another tab chosen: the mistake is no longer in front
        super().hideEvent(event)

    def _on_outline_activated(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page.value))
        location = index.data(int(QPdfBookmarkModel.Role.Location.value))
        if isinstance(page, int) and page >= 0:
            self._show_page(page, location.y() if isinstance(location, QPointF) else None)
            # The chosen heading stays marked even where the view cannot scroll it to the top
            # (near the end of the document).
            self._mark_outline(index)

    def _collect_outline(self, parent: QModelIndex) -> None:
        model = self._bookmarks
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            page = index.data(int(QPdfBookmarkModel.Role.Page.value))
            location = index.data(int(QPdfBookmarkModel.Role.Location.value))
            if isinstance(page, int) and page >= 0:
                y = location.y() if isinstance(location, QPointF) else 0.0
                self._outline_marks.append(((page, y), QPersistentModelIndex(index)))
            self._collect_outline(index)

    def _follow_outline(self, page: int, y: float) -> None:
        """Mark the heading being read (``heading_being_read``)."""
        if not self._outline_marks or self._navigating:
            return
        keys = [key for key, _index in self._outline_marks]
        at = heading_being_read(keys, page, y, self.reading_depth())
        # Above the first heading (a title page) nothing is marked.
        self._mark_outline(self._outline_marks[at][1] if at >= 0 else QModelIndex())

    def _mark_outline(self, index: QModelIndex | QPersistentModelIndex) -> None:
        selection = self.outline_view.selectionModel()
        if selection.currentIndex() == index:
            return
        if index.isValid():
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
            self.outline_view.scrollTo(index)
        else:
            selection.clear()

    def _on_thumbnail_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._show_page(index.row())

    def _on_link(self, link: QPdfLink | TextLink) -> None:
        url = link.url()
        if not url.isEmpty():
            # Web and mail links are never opened: the program works offline, by design.
            self._link_address = url.toString()
            self.message_bar.show_message("info", arg(self.tr(
                "Länken går till %1\nProgrammet arbetar utan internet och öppnar inga "
                "webbsidor."), self._link_address), copy=True)
        elif link.page() >= 0:
            self._show_page(link.page(), link.location().y())

    def _say_where_to_copy(self) -> None:
        """Ctrl+C or Ctrl+A in the pages: no text is selected there; the page's text beside
        the page is where it is marked and copied. Goes when the reader moves on, as a page
        message does."""
        if self._path is None:
            return
        from kvinnofrid_desktop.ui.actions import native_keys
        from kvinnofrid_desktop.ui.commands import COMMANDS

        if self.page_text_visible():
            text = self.tr("Text kan inte markeras i sidan. Markera och kopiera den i sidans "
                           "text bredvid sidan.")
        else:
            keys = native_keys(COMMANDS["page_text"])
            text = arg(self.tr("Text kan inte markeras i sidan. Tryck %1 (Visa sidans text) "
                               "för att visa texten bredvid sidan, där du kan markera och "
                               "kopiera den."), keys[0] if keys else "")
        self._page_message = text
        self.message_bar.show_message("info", text)

    def _copy_link_address(self) -> None:
        if self._link_address:
            QGuiApplication.clipboard().setText(self._link_address)
            self.message_bar.show_message("info", arg(self.tr(
                "Adressen är kopierad: %1\nProgrammet arbetar utan internet och öppnar "
                "inga webbsidor."), self._link_address), copy=True)

    # ------------------------------------------------------------------------------------------
    # Zoom
    # ------------------------------------------------------------------------------------------

    def _target_factor(self) -> float:
        mode = self._zoom_mode
        factor = self._zoom if mode == "custom" else self.view.fit_factor(mode)
        return min(max(factor, MIN_ZOOM), MAX_ZOOM)

    def _set_zoom(self, mode: str, factor: float | None = None,
                  at: QPointF | None = None) -> None:
        self._zoom_mode = mode if mode in ZOOM_MODES else "fit_width"
        if factor is not None and math.isfinite(factor):
            self._zoom = min(max(factor, MIN_ZOOM), MAX_ZOOM)
        if self._zoom_mode == "fit_page" and (hit := self._anchor_here()) is not None:
            self._anchor = hit  # the page most in view is the one shown whole
        self._apply_zoom(anchor=self.view.map_to_page(at) if at is not None else None, at=at)

    def _take_zoom(self, state: ViewState) -> None:
        clean = ViewState.from_dict(state.to_dict())  # a hand-made state may hold anything
        self._zoom_mode, self._zoom = clean.zoom_mode, clean.zoom

    def _zoom_step(self, step: int, at: QPointF | None = None) -> None:
        if self._path is None:
            return
        current = self.view.zoomFactor()
        if step > 0:
            factor = next((z for z in ZOOM_STEPS if z > current * 1.01), MAX_ZOOM)
        else:
            factor = next((z for z in reversed(ZOOM_STEPS) if z < current / 1.01), MIN_ZOOM)
        self._set_zoom("custom", factor, at)

    def _apply_zoom(self, anchor: tuple[int, QPointF] | None = None,
                    at: QPointF | None = None, *, keep_position: bool = True) -> None:
        """Set the view's zoom, keeping ``anchor`` (page, point) at viewport position ``at``.

        Without arguments the point at the reading line (``_reading_line``) stays where it
        is; in "fit_page" the anchor's page is shown whole instead, from its top.
        """
        factor = self._target_factor()
        if self._zoom_mode == "custom":
            self._zoom = factor
        if self._path is None or not keep_position:
            self.view.setZoomFactor(factor)
            self._sync_zoom_ui()
            return
        if self._zoom_mode == "fit_page" and anchor is None:
            # Keeping the top where it was showed the lower half of one page and the upper
            # half of the next, and Page Down kept them cut so. The page is the one chosen
            # (_set_zoom) or shown since, not the one most in view now: on a resize the view
            # has the new size and the old zoom, and a landscape page gave way to the next.
            page = self._anchor[0]
            self._navigating = True
            try:
                self.view.setZoomFactor(factor)
            finally:
                self._navigating = False
            self._scroll_to(page)
            self._sync_zoom_ui()
            return
        page, point = anchor if anchor is not None else self._anchor
        at = at if at is not None else self._reading_line()
        self._navigating = True
        try:
            if not math.isclose(factor, self.view.zoomFactor()):
                self.view.setZoomFactor(factor)
            moved = self.view.map_from_page(page, point) - at
            vbar, hbar = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
            vbar.setValue(vbar.value() + round(moved.y()))
            hbar.setValue(hbar.value() + round(moved.x()))
        finally:
            self._navigating = False
        self._remember_anchor()
        self._sync_zoom_ui()

    def _page_most_in_view(self) -> int:
        """The page (0-based) of which the view shows the most."""
        top = self.view.verticalScrollBar().value()
        bottom = top + self.view.viewport().height()
        rects = self.view.page_rects()
        first, last = self.view.page_at_y(top), self.view.page_at_y(bottom)
        return max(range(first, last + 1),
                   key=lambda page: min(rects[page].bottom(), bottom) - max(rects[page].top(), top))

    def _on_view_resized(self) -> None:
        if self._path is not None:
            self._apply_zoom()
            self._count_page_as_view()  # a remembered place: the number the reader saw

    def _sync_zoom_ui(self) -> None:
        loaded = self._path is not None
        factor = self.view.zoomFactor()
        self.commands["fit_width"].setChecked(loaded and self._zoom_mode == "fit_width")
        self.commands["fit_page"].setChecked(loaded and self._zoom_mode == "fit_page")
        self.zoom_combo.blockSignals(True)
        self.zoom_combo.setEditText(ui.percent(factor) if loaded else "")
        self.zoom_combo.blockSignals(False)
        self.commands["zoom_in"].setEnabled(loaded and factor < MAX_ZOOM - 1e-6)
        self.commands["zoom_out"].setEnabled(loaded and factor > MIN_ZOOM + 1e-6)

    def _on_zoom_chosen(self, index: int) -> None:
        data = self.zoom_combo.itemData(index)
        if data in ZOOM_MODES:
            self._set_zoom(data)
        elif isinstance(data, float):
            self._set_zoom("custom", data)
        self.view.setFocus()

    def _on_zoom_typed(self) -> None:
        text = self.zoom_combo.currentText().replace("%", "").replace(",", ".").strip()
        try:
            factor = float(text) / 100.0
        except ValueError:
            factor = math.nan
        lowest, highest = round(MIN_ZOOM * 100), round(MAX_ZOOM * 100)
        # Said beside the box: it used to go back to the old value without a word.
        if not (math.isfinite(factor) and factor > 0):
            self._zoom_hint(arg(self.tr("Skriv en zoomnivå mellan %1 och %2 %."), lowest,
                                highest))
            self._sync_zoom_ui()
            return
        if factor > MAX_ZOOM + 1e-9 or factor < MIN_ZOOM - 1e-9:
            self._zoom_hint(arg(self.tr("Zoomnivån kan vara mellan %1 och %2 %; den är nu "
                                        "%3."), lowest, highest,
                                ui.percent(min(max(factor, MIN_ZOOM), MAX_ZOOM))))
        self._set_zoom("custom", factor)

    def _zoom_hint(self, text: str) -> None:
        box = self.zoom_combo
        QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), text, box)

    # ------------------------------------------------------------------------------------------
    # Find bar, side panel
    # ------------------------------------------------------------------------------------------

    def _close_find_bar(self) -> None:
        self._finder.close_bar()
        self.view.setFocus()

    @command("sidebar")
    def _on_sidebar_toggled(self, visible: bool) -> None:
        if self._path is not None:
            self._sidebar_choice = visible
        self.sidebar.setVisible(visible)

    def set_sidebar_preference(self, visible: bool | None) -> None:
        """Show or hide the side panel from now on; None = show it when the PDF has an outline.

        A tab that shows the outline elsewhere (the overview beside the viewer) starts hidden.
        """
        self._sidebar_choice = visible
        if visible is not None:
            self._set_sidebar_visible(visible)

    def set_outline_elsewhere(self, elsewhere: bool) -> None:
        """The tab shows the document's outline beside the viewer: the side panel then offers
        only the thumbnails, so the reader never sees two lists of the same headings."""
        self._outline_elsewhere = elsewhere
        has_outline = self._path is not None and self._bookmarks.rowCount(QModelIndex()) > 0
        self.sidebar.setTabVisible(0, has_outline and not elsewhere)
        if elsewhere:
            self.sidebar.setCurrentWidget(self.thumbnail_view)

    def _set_sidebar_visible(self, visible: bool) -> None:
        self.commands["sidebar"].setChecked(visible)  # shows the state; runs no handler
        self.sidebar.setVisible(visible)

    def event(self, event: QEvent) -> bool:
        # A key not taken by the focused child comes here (Qt passes ShortcutOverride up).
        # Space reads on in the pages only: on a focused button it presses the button, in the
        # side panel's lists and the page's text it does what it does there.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Space and \
                QApplication.focusWidget() is not self.view:
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.key() in _SIDE_PANEL_KEYS and not (
                    event.key() in _PAGE_TURN_KEYS
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()  # in the side panel these keys scroll the list, not the document
            return True
        if kind == QEvent.Type.Resize and watched is self.thumbnail_view.viewport():
            # One column as wide as the panel: IconMode then centres each thumbnail.
            icon = self._thumbnails.icon_size()
            text = self.thumbnail_view.fontMetrics().height()
            self.thumbnail_view.setGridSize(
                QSize(max(self.thumbnail_view.viewport().width(), icon.width() + 8),
                      icon.height() + text + 20))
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------------------
    # Print, save a copy, open externally
    # ------------------------------------------------------------------------------------------

    @command("print")
    def _print(self) -> None:
        from kvinnofrid_desktop.ui.viewer import export as viewer_export

        if self._path is not None:
            _printed, file = viewer_export.print_with_dialog(
                self, self._document, self._path, self.page(), self.message_bar,
                self._export_folder(), allow_file=self._allow_export)
            if file is not None and self._settings is not None:
                self._settings.set_export_folder(file.parent)

    def _export_folder(self) -> Path:
        from kvinnofrid_desktop.ui.common.settings import documents_folder

        return self._settings.export_folder() if self._settings is not None \
            else documents_folder()

    def print_pages(self, printer: QPrinter, first: int, last: int) -> int:
        """Print pages ``first``..``last`` (1-based) on ``printer`` with a progress dialog."""
        from kvinnofrid_desktop.ui.viewer import export as viewer_export

        if self._path is None:
            return 0
        return viewer_export.print_pages(self, self._document, printer, first, last,
                                         self.message_bar)

    @command("save_copy")
    def _save_copy(self) -> None:
        from kvinnofrid_desktop.ui.viewer import export as viewer_export

        if self._path is not None and self._allow_export:
            saved = viewer_export.save_copy(self, self._path, self.message_bar,
                                            self._export_folder())
            if saved is not None and self._settings is not None:
                self._settings.set_export_folder(saved.parent)

    @command("open_external")
    def _open_external(self) -> None:
        from kvinnofrid_desktop.ui.viewer import export as viewer_export

        if self._path is not None and self._allow_export:
            viewer_export.open_externally(self._path, self.message_bar)


def _slow_to_repair(path: Path) -> SlowRepair | None:
    """external.slow_to_repair, None when the file cannot be read (the load then says why)."""
    from kvinnofrid_desktop.core.pack.external import slow_to_repair

    try:
        return slow_to_repair(path)
    except OSError:
        return None
