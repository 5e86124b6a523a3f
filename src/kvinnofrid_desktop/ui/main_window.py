"""The main window: four tabs over the active content pack, menus, and remembered state.

Start-up draws a first frame before it builds the rest (``deferred=True``; ``complete()``
finishes): menus, search field, tabs and the remembered page in a bare preview. That is why
this module imports neither the viewer nor the tabs at the top, and never touches PySide's
``Qt`` namespace at import (creating its enums takes ~15 ms): they are imported where used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import html
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QSize,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizeGrip,
    QSizePolicy,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop import __version__
from kvinnofrid_desktop.core.options import PAGE_TEXT, WINDOW_MAXIMIZED
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.actions import ActionSet, command, shortcut_notes, shortcut_rows
from kvinnofrid_desktop.ui.commands import (
    COMMANDS,
    DOCUMENT_COMMANDS,
    MENUS,
    WIDGET_SHORTCUT,
    WINDOW_COMMANDS,
    plain,
    translated,
)
from kvinnofrid_desktop.ui.common.focus import focus_default
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.notices import NoticeBanner
from kvinnofrid_desktop.ui.search.field import SearchField
from kvinnofrid_desktop.ui.tabs.lazy import LazyTab
from kvinnofrid_desktop.ui.tabs.tab_bar import MainTabBar
from kvinnofrid_desktop.ui.viewer.state import ViewState

if TYPE_CHECKING:
    from PySide6.QtCore import QChildEvent, Qt
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
    from PySide6.QtWidgets import QDockWidget

    from kvinnofrid_desktop.core.install.policy import Policy
    from kvinnofrid_desktop.core.search.index import Hit
    from kvinnofrid_desktop.core.search.page_text import PageTexts
    from kvinnofrid_desktop.ui.bookmarks.controller import BookmarksController
    from kvinnofrid_desktop.ui.card.tab import ActionCardTab
    from kvinnofrid_desktop.ui.common.file_drops import FileDrops
    from kvinnofrid_desktop.ui.pack_controller import PackController
    from kvinnofrid_desktop.ui.privacy import ShiftGesture
    from kvinnofrid_desktop.ui.search.panel import SearchPanel
    from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab
    from kvinnofrid_desktop.ui.tabs.publications import PublicationsTab
    from kvinnofrid_desktop.ui.viewer.integrity import IntegrityChecker
    from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer

log = logging.getLogger(__name__)

TAB_ORDER = ("strategy", "collaboration", "action_card", "publications")
# The policy's prominent Dölj snabbt: white on this red is 6.5:1 (WCAG AA asks 4.5:1).
PROMINENT_QUICK_HIDE = ("QToolButton#quickHide { background: #b3261e; color: white; "
                        "font-weight: bold; border-radius: 4px; padding: 4px 12px; }"
                        "QToolButton#quickHide:focus { border: 2px solid white; "
                        "outline: 2px solid palette(highlight); }")
DOCUMENT_TABS = ("strategy", "collaboration")  # a viewer with an overview beside it
PUBLICATION_PREFIX = "doc:"  # the active tab setting for a publication in a tab of its own
DROPPED_SUFFIXES = (".kvpack", ".pdf")  # what a drop opens; anything else is not taken
SEARCH_PANEL_MIN_CHARS = 30  # the results panel's least width, in average characters
# The reading area's least width beside the side panels, in average characters: narrower, the
# two panels share one side as tabs (_fit_docks).
READING_MIN_CHARS = 50  # a comfortable line is 45–75; the card also needs room for its footer
# How often an open window looks whether the content's renew-by date has passed (it may stay
# open for days); a date compared, nothing read.
REVIEW_CHECK_MS = 60_000
NOTICE_BREAK = "\n\n"  # between two notices in the banner: each reads as its own paragraph

def today() -> dt.date:
    """Today's date (a function, so a test can set the day)."""
    return dt.date.today()


def plain_text(label: QLabel) -> None:
    """Show ``label``'s text as plain text, never as HTML (pack text may look like markup).

    Through the property rather than ``setTextFormat(Qt.TextFormat.PlainText)``: the first
    frame is built without PySide's Qt namespace, whose creation costs ~15 ms."""
    label.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText


def _plain_tip(text: str) -> str:
    """ui/common/labels.plain_tip (pack text shown as characters, never markup), which is not
    loaded for the first frame."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def _least_width(dock: QDockWidget) -> int:
    """How narrow a docked panel may get: its content's set minimum counts too (a dock's own
    hint leaves it out)."""
    content = dock.widget()
    return max(dock.minimumSizeHint().width(), content.minimumWidth(),
               content.minimumSizeHint().width())


class _PackLabel(QLabel):
    """The status bar's "Innehåll: <publisher>, version <version>": where the line is too long
    the publisher is shortened ("…") and the version stays whole. At 200 % text it ran off the
    window's edge mid-number ("version 2026-1"). ``text()`` and the tooltip keep all of it."""

    def set_pack(self, template: str, publisher: str, version: str) -> None:
        self._parts = (template, publisher, version)
        self.setText(arg(template, publisher, version))
        self.setToolTip(_plain_tip(self.text()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        template, _publisher, version = self._parts
        least = self.fontMetrics().horizontalAdvance(arg(template, "…", version))
        margins = self.contentsMargins()
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self.text()) <= room.width():
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt  # only when cut: the first frame does without it

        template, publisher, version = self._parts
        rest = metrics.horizontalAdvance(arg(template, "", version))
        shown = arg(template, metrics.elidedText(publisher, Qt.TextElideMode.ElideRight,
                                                  max(room.width() - rest, 0)), version)
        shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        painter.drawText(room, int(self.alignment()), shown)


class _StatusBar(QStatusBar):
    """A message takes the whole bar: the pack's name beside it (a permanent widget) gives
    way while it shows, and a message longer than the bar ends in "…", its whole text the
    bar's tooltip and accessible description. At 200 % "Mina sidor spa" was cut mid-word
    beside the pack's name, with no sign that more was said."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.gives_way: list[QWidget] = []  # hidden while a message shows
        self.messageChanged.connect(self._message_changed)

    def _message_changed(self, text: str) -> None:
        for widget in self.gives_way:
            widget.setVisible(not text)
        self.setToolTip(_plain_tip(text) if text else "")
        self.setAccessibleDescription(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.currentMessage()
        if not text:
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt  # only with a message: the first frame does without it

        room = self.contentsRect().adjusted(self.fontMetrics().averageCharWidth(), 0, 0, 0)
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            room.setRight(min(room.right(), grip.x() - 1))
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(room, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter),
                         self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                       room.width()))


class MainWindow(QMainWindow):
    documentOpened = Signal(str)
    packChanged = Signal(str)  # a pack was imported or rolled back: show it, with this notice
    completed = Signal()  # a deferred window has built its visible tab (see complete())
    _packs: PackController | None = None  # a class default: changeEvent may come from __init__
    # The side panels _fit_docks looks after (resizeEvent may come from __init__), the one it
    # put in a tab beside the other and the side it came from.
    _docks_watched = 0
    _docks_joined: tuple[QDockWidget, Qt.DockWidgetArea] | None = None
    _fitting_docks = False
    _reopen: str | None = None  # the publication to open on completion (_restore)
    # What the action card says about its pack no longer being the active one (PackController
    # .shownOutdated); a card built later says it too.
    _outdated_card = ""

    def __init__(self, pack: Pack, settings: Settings, *, notice: str | None = None,
                 allow_export: bool = True, policy: Policy | None = None,
                 deferred: bool = False, follows_active: bool = False) -> None:
        """``deferred``: build only the first frame; ``complete()`` (called after the first
        paint) builds the visible tab. Without it the window is complete on return.
        ``follows_active``: the window shows the active pack (not one chosen with --pack) and
        notices when another program makes another pack active."""
        super().__init__()
        self.pack = pack
        self.settings = settings
        self.policy = policy
        self.allow_export = allow_export
        self._follows_active = follows_active
        self.file_tabs: dict[str, PdfViewer] = {}
        # Glöm allt: the page each open document was on then; not saved again until left
        self._forgotten_pages: dict[str, int] = {}
        self._maximized_before_full_screen = False  # F11 back gives maximized again
        self.setWindowTitle(self.tr("Kvinnofrid Västmanland"))
        self.setObjectName("mainWindow")
        self._integrity: IntegrityChecker | None = None
        self._page_texts: PageTexts | None = None
        self._bookmarks: BookmarksController | None = None
        self._shift_gesture: ShiftGesture | None = None  # Dölj snabbt's Shift gesture
        self.quick_hide_button: QToolButton | None = None  # None: the policy turned it off
        self._completed = False
        self._file_drops: FileDrops | None = None  # made with the first tab (not in the frame)
        self.setAcceptDrops(True)
        self._init_central()
        self._init_tabs()
        self._init_search()
        self._init_actions()
        self._init_menus()
        self._init_status()
        self._init_privacy()
        # Every notice of the start is said, each in its own paragraph: a settings file that
        # had to be reset hid a content past its renew-by date.
        review = self._review_notice()
        self._review_said = bool(review)
        said = NOTICE_BREAK.join(filter(None, (notice, self._settings_notice(), review)))
        if said:
            self.show_notice(said)
        # The renew-by date may pass while the window stays open all day and night.
        self._review_timer = QTimer(self, interval=REVIEW_CHECK_MS)
        self._review_timer.setObjectName("reviewCheck")
        self._review_timer.timeout.connect(self.check_review_date)
        self._review_timer.start()
        settings.watch.rescued.connect(self._settings_rescued)
        self._restore()
        if not deferred or not self._show_preview():
            self.complete()

    def settings_notice(self) -> str:
        """What the banner said at the start about the settings file ("" when nothing)."""
        return self._settings_notice()

    def _settings_notice(self) -> str:
        """What the banner says when the settings file could not be used, or was damaged while
        the program last ran (else "")."""
        kept = self.settings.recovered_from
        if kept is None:
            rescued = self.settings.rescued
            return "" if rescued is None else self._rescue_notice(rescued)
        if self.settings.recovered_newer:
            return arg(self.tr(
                "Inställningarna har skrivits av en nyare version av programmet och kan inte "
                "användas av den här versionen, så standardvärdena används nu. Filen sparades "
                "som %1; den kan döpas tillbaka till %2 när den nyare versionen används igen."),
                str(kept), self.settings.path.name)
        return arg(self.tr(
            "Inställningarna kunde inte läsas, så standardvärdena används nu. "
            "Den gamla filen sparades som %1."), str(kept))

    def _rescue_notice(self, copy: str) -> str:
        """The settings file was damaged while the program ran and was written again whole;
        ``copy``: where the damaged file was kept ("" when it was empty)."""
        if self.settings.recovered_from is None:
            text = self.tr("Inställningsfilen skadades medan programmet var öppet. Inget gick "
                           "förlorat: allt sparades på nytt, även Mina sidor.")
        else:  # the start's notice says the file before it was lost: this one cannot deny it
            text = self.tr("Inställningsfilen skadades igen medan programmet var öppet. Det "
                           "som ändrats sedan start sparades på nytt, även Mina sidor.")
        if copy:
            text += " " + arg(self.tr("Den skadade filen sparades som %1."), copy)
        return text

    def _settings_rescued(self, copy: str) -> None:
        """Said in this window; at the next start when it cannot be said here now."""
        if self._add_notice(self._rescue_notice(copy)):
            self.settings.rescue_told()

    def _review_notice(self) -> str:
        """What the banner says when the content is past its renew-by date today (else "")."""
        m = self.pack.manifest
        if not m.review_overdue(today()):
            return ""
        return arg(self.tr(
            "Innehållet skulle ha förnyats senast %1. Det går att använda som vanligt, men "
            "kontrollera numren innan du ringer och fråga samordnaren efter ett nytt "
            "innehållspaket."), m.review_by or "")

    def check_review_date(self) -> None:
        """Say, once, that the content is past its renew-by date when that date passes with
        the window open (the review timer runs it; a window opened later says it at once)."""
        if self._review_said:
            return
        text = self._review_notice()
        if text and self._add_notice(text):
            self._review_said = True

    def _add_notice(self, text: str) -> bool:
        """Show ``text``, below the notice on screen if there is one (both stay to be read).
        False, and nothing shown, while that notice offers an action: its button would go
        with it."""
        banner = self.banner
        if banner.isHidden():
            self.show_notice(text)
        elif not banner.action_button.isHidden():
            return False
        elif text not in banner.text():
            self.show_notice(NOTICE_BREAK.join((banner.text(), text)))
        return True

    def is_complete(self) -> bool:
        return self._completed

    def complete(self) -> None:
        """Build the visible tab (replacing the start-up preview); safe to call again."""
        if self._completed:
            return
        self._completed = True
        from kvinnofrid_desktop.ui.tabs.preview import DocumentPreview

        current = self.tabs.currentWidget()
        preview = current.placeholder() if isinstance(current, LazyTab) else None
        snapshot = preview.snapshot() if isinstance(preview, DocumentPreview) else None
        self._tab_changed(self.tabs.currentIndex())
        if self._reopen is not None:  # the publication in front at the last close
            self.open_document(self._reopen)
            self._reopen = None
        viewer = self.current_viewer()
        if snapshot is not None and viewer is not None:
            viewer.view.show_snapshot(snapshot)  # the text stays on screen while it renders
        self._settle_layout()
        self._watch_file_drops([self.search_field])
        if self._follows_active:
            self.packs.watch_active_pack()
        if self.quick_hide_button is not None:  # its Shift gesture (not during the first frame)
            from kvinnofrid_desktop.ui.privacy import ShiftGesture

            self._shift_gesture = ShiftGesture(self)
            self._shift_gesture.triggered.connect(self.quick_hide)
        self.completed.emit()

    def _show_preview(self) -> bool:
        """Put the remembered page of the visible document tab on screen without the viewer,
        or a word that the action card is on its way; False when the visible tab is neither
        (it is then built at once)."""
        name = self.current_tab_name()
        if name == "action_card" and self.pack.manifest.action_card:
            self._show_card_on_its_way()
            return True
        docs = self.pack.manifest.documents_for_tab(name) if name in DOCUMENT_TABS else []
        if name is None or not docs:
            return False
        from kvinnofrid_desktop.ui.tabs.preview import DEFAULT_PAGE_MARGINS, DocumentPreview

        preview = DocumentPreview(self.pack.path_of(docs[0].file), self._saved_state(docs[0].id),
                                  margins=self.settings.page_margins() or DEFAULT_PAGE_MARGINS)
        self._complete_when(preview.pageShown)  # the page on screen with its text
        # Between the first frame and the page's text the GUI thread waits for PDFium, which
        # renders on its own thread: import what complete() needs meanwhile (the viewer's
        # modules, PySide's Qt namespace; ≈ 25 ms), so the complete window is on screen sooner.
        preview.firstPainted.connect(lambda: QTimer.singleShot(0, self, self._prepare_complete))
        # Until the real tab replaces it, the preview is the document on screen: a document
        # command's key builds the tab and acts there. Made once the first frame is painted
        # (no key reaches a window not yet on screen): 13 actions are ≈ 0.4 ms of start-up.
        preview.firstPainted.connect(lambda: ActionSet(
            preview, DOCUMENT_COMMANDS, allow_export=self.allow_export,
            handlers=self._document_handlers))
        self.lazy_tabs[name].set_placeholder(preview)
        return True

    def _show_card_on_its_way(self) -> None:
        """The first frame of a start on the action card (ui/tabs/card_waiting.py): the card
        is built once the window is on screen."""
        from kvinnofrid_desktop.ui.tabs.card_waiting import CardOnItsWay

        waiting = CardOnItsWay(self.tr("Åtgärdskortet öppnas …"))
        self._complete_when(waiting.firstPainted)
        self.lazy_tabs["action_card"].set_placeholder(waiting)

    def _complete_when(self, shown: SignalInstance) -> None:
        """``complete()`` once ``shown`` says the first frame is on screen, not before: a zero
        timer set now could run before the window system's expose event and delay the very
        frame it is for. A window never painted (minimised) completes after 1.5 s anyway."""
        shown.connect(lambda: QTimer.singleShot(0, self, self.complete))
        QTimer.singleShot(1500, self, self.complete)

    def _settle_layout(self) -> None:
        """Lay the new tab out completely before it is painted. Left to the event loop, each
        level of nesting passes its layout request to the next on a later turn, and the
        window was laid out and repainted whole three more times after its first complete
        frame (≈ 15 ms before its pixels settled)."""
        current = self.tabs.currentWidget()
        if current is not None:
            current.ensurePolished()
        # One pass per level of nesting (page view up to the window: about a dozen); a pass
        # with nothing left to do costs microseconds.
        for _level in range(20):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _prepare_complete(self) -> None:
        if not self._completed:
            import kvinnofrid_desktop.ui.tabs.document_tab  # noqa: F401 (imported to be ready)

    @property
    def integrity(self) -> IntegrityChecker:
        """Checks each pack file's checksum once, the first time it is shown."""
        if self._integrity is None:
            from kvinnofrid_desktop.ui.viewer.integrity import IntegrityChecker

            self._integrity = IntegrityChecker(self.pack, self)
            self._integrity.mismatch.connect(self.packs.file_changed)
            self.documentOpened.connect(self._integrity.check_document)
        return self._integrity

    # --- construction ---------------------------------------------------------------------------

    def _init_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = NoticeBanner(central)
        self.tabs = QTabWidget(central)
        self.tabs.setTabBar(MainTabBar(len(TAB_ORDER), self.tabs))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(False)
        self.tabs.setAccessibleName(self.tr("Flikar"))
        # The tab widget comes before the search field in the focus chain (it is built first)
        # and, with its tab bar as focus proxy, Qt counts it as a Tab stop: Tab from the last
        # control went to the tab bar and never reached the search field. The tab bar is a Tab
        # stop of its own; the tab widget need not be one.
        self.tabs.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes nullptr; the stub not
        self.tabs.setProperty("focusPolicy", 0)  # Qt.NoFocus
        self.tabs.tabBar().setAccessibleName(self.tr("Flikar"))
        self.tabs.tabCloseRequested.connect(self._close_file_tab)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _init_tabs(self) -> None:
        # Each tab is built the first time it is shown: start-up pays only for the visible one.
        titles = {"strategy": self.tr("&Strategi"), "collaboration": self.tr("Sa&mverkansplan"),
                  "action_card": self.tr("Å&tgärdskort"), "publications": self.tr("&Publikationer")}
        self.lazy_tabs: dict[str, LazyTab] = {}
        for name in TAB_ORDER:
            lazy = LazyTab(functools.partial(self._build_tab, name), self.tabs)
            lazy.setObjectName(f"tab_{name}")
            self.lazy_tabs[name] = lazy
            self.tabs.addTab(lazy, titles[name])
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_tab(self, name: str) -> QWidget:
        tab = self._make_tab(name)
        self._watch_file_drops(tab.findChildren(QLineEdit))
        return tab

    def _watch_file_drops(self, fields: list[QLineEdit]) -> None:
        """A PDF or pack dropped on a text field (search, filters, page box) opens as on the
        rest of the window instead of being pasted as its path (ui/common/file_drops.py)."""
        from kvinnofrid_desktop.ui.common.file_drops import FileDrops

        if self._file_drops is None:
            self._file_drops = FileDrops(self, self._open_dropped, DROPPED_SUFFIXES)
        self._file_drops.watch(fields)

    def _make_tab(self, name: str) -> QWidget:
        from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab

        m = self.pack.manifest
        if name == "publications":
            from kvinnofrid_desktop.ui.tabs.publications import PublicationsTab

            tab = PublicationsTab(self.pack, allow_export=self.allow_export)
            tab.openRequested.connect(self._open_from_library)
            tab.saveCopyRequested.connect(lambda d: self.save_copy(self.pack.document_path(d)))
            tab.openExternalRequested.connect(
                lambda d: self.open_external(self.pack.document_path(d)))
            tab.printRequested.connect(self._print_document)
            tab.searchRequested.connect(self.search_for)
            return tab
        if name == "action_card":
            return self._build_action_card_tab()
        doc_tab = DocumentTab(self.pack, m.documents_for_tab(name),
                              overview_title=self._overview_title(name),
                              allow_export=self.allow_export, settings=self.settings)
        doc_tab.documentShown.connect(self.integrity.check_document)
        doc_tab.documentShown.connect(
            lambda doc_id, viewer=doc_tab.viewer: self._read_text_from_index(viewer, doc_id))
        doc_tab.viewer.set_page_text_visible(self.commands["page_text"].isChecked())
        return doc_tab

    def _overview_title(self, name: str) -> str:
        return {
            "strategy": self.tr("Öv&ersikt: mål och fokusområden"),
            "collaboration": self.tr("Öv&ersikt: aktörer och roller"),
        }[name]

    def _build_action_card_tab(self) -> QWidget:
        from kvinnofrid_desktop.core.card.model import load_action_card
        from kvinnofrid_desktop.core.card.text import pack_label_sv
        from kvinnofrid_desktop.core.pack.problems import PackError
        from kvinnofrid_desktop.core.pack.schema import made_by_newer_program
        from kvinnofrid_desktop.ui.card.tab import ActionCardTab
        from kvinnofrid_desktop.ui.common.labels import damage_text

        m = self.pack.manifest
        card, error = None, None
        if not m.action_card:
            error = self.tr("Innehållspaketet har inget åtgärdskort.")
        else:
            # Never show contacts from a card file that fails its checksum (cheap: one small
            # file), and never from one that does not validate.
            problems = self.pack.check_files(checksums=True, only=[m.action_card])
            try:
                if problems:
                    raise PackError(problems)
                card = load_action_card(self.pack.path_of(m.action_card), file=m.action_card)
            except PackError as exc:
                if made_by_newer_program(exc.problems):
                    # The file is the one installed: not changed, and not to be rolled back
                    # (that would delete the newest content). Start-up shows an older pack
                    # instead (core/install/active.open_usable); this is a pack chosen with
                    # --pack, or one installed by a newer program while the window was open.
                    error = self.tr("Åtgärdskortet i det här innehållspaketet är gjort för en "
                                    "nyare version av programmet. Uppdatera programmet för att "
                                    "se det.")
                else:
                    # The file, field and code are for whoever mends the pack: the log has
                    # them; the tab says what the user can do ("[field.missing]" stood there).
                    log.warning("the action card cannot be shown: %s", exc.first)
                    error = self.tr(
                        "Åtgärdskortet i innehållspaketet är skadat. Välj Arkiv → "
                        "Inställningar → Innehållspaket → Återställ föregående "
                        "innehållspaket, eller be samordnaren om ett nytt paket.")
                if exc.first.code.startswith("file."):
                    # Changed or gone since the install: the way back, as for a document.
                    self.packs.file_changed(m.action_card, damage_text(exc.first.code))
        # The printed card is Swedish in either language, and so is its footer naming the pack.
        tab = ActionCardTab(card, self.settings, error=error,
                            pack_label=pack_label_sv(m.id, m.version),
                            allow_export=self.allow_export)
        tab.show_outdated(self._outdated_card)
        tab.activePackRequested.connect(lambda: self.packs.show_active())
        return tab

    @property
    def strategy_tab(self) -> DocumentTab:
        return self.lazy_tabs["strategy"].content()  # type: ignore[return-value]

    @property
    def collaboration_tab(self) -> DocumentTab:
        return self.lazy_tabs["collaboration"].content()  # type: ignore[return-value]

    @property
    def action_card_tab(self) -> ActionCardTab:
        return self.lazy_tabs["action_card"].content()  # type: ignore[return-value]

    @property
    def publications_tab(self) -> PublicationsTab:
        return self.lazy_tabs["publications"].content()  # type: ignore[return-value]

    def _init_search(self) -> None:
        self.search_field = SearchField(self)
        self._search_panel: SearchPanel | None = None
        self.search_dock: QDockWidget | None = None
        self.search_bar = QToolBar(self.tr("Verktygsfält"), self)
        self.search_bar.setObjectName("mainToolBar")
        self.search_bar.setMovable(False)
        spacer = QWidget(self.search_bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.search_bar.addWidget(spacer)
        label = QLabel(self.tr("Sö&k:"), self.search_bar)
        label.setBuddy(self.search_field)
        self.search_bar.addWidget(label)
        self.search_bar.addWidget(self.search_field)
        self.addToolBar(self.search_bar)  # at the top
        # Tab follows the screen from the top: the search field, the tab bar, then the tab.
        QWidget.setTabOrder(self.search_field, self.tabs.tabBar())
        self.search_field.textChanged.connect(self._search_text_changed)
        self.search_field.escapePressed.connect(self._dismiss_search)

    @property
    def search_panel(self) -> SearchPanel:
        """The results panel, built with its dock on first use (start-up never pays for it)."""
        if self._search_panel is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from kvinnofrid_desktop.ui.search.panel import SearchPanel

            name = self.pack.manifest.search_index
            titles = {d.id: d.title for d in self.pack.manifest.documents}
            panel = SearchPanel(self.search_field, self.pack.path_of(name) if name else None,
                                titles, self)
            # Readable however small the window: beside the action card (which needs its own
            # width) the panel was the one thing left to shrink, to a column of single words.
            from kvinnofrid_desktop.ui.common.accessible import chars

            panel.setMinimumWidth(chars(panel, SEARCH_PANEL_MIN_CHARS))
            dock = QDockWidget(self.tr("Sökresultat"), self)
            dock.setObjectName("searchDock")
            dock.setWidget(panel)
            dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                                 | Qt.DockWidgetArea.RightDockWidgetArea)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
            self._watch_dock(dock)
            panel.hitActivated.connect(self.open_hit)
            panel.relay.failed.connect(self._search_failed)  # after the panel's own message
            panel.show_outdated(self._search_outdated_text())
            panel.help_available = bool(self.pack.manifest.action_card)
            panel.helpRequested.connect(self.show_support_lines)
            # Esc in the field as well as in the results: the window's own connection for the
            # field (made before there was a panel) goes, or Esc gave up the search twice.
            self.search_field.escapePressed.disconnect(self._dismiss_search)
            panel.dismissed.connect(self._dismiss_search)
            self._search_panel, self.search_dock = panel, dock
        return self._search_panel

    def _search_text_changed(self, text: str) -> None:
        first = self._search_panel is None
        panel = self.search_panel
        if first:  # the panel missed this keystroke: it did not exist yet
            panel.restart_debounce()
        if text.strip() and self.search_dock is not None:
            self._show_results()
        elif not text.strip():
            self._forget_search_marks()  # the field emptied: the search is over

    def _forget_search_marks(self) -> None:
        """The search's marks go from every document (they stayed on page 5 with the field
        emptied or the results closed); the find bars' stay."""
        for viewer in [tab.viewer for tab in self.document_tabs()] + \
                list(self.file_tabs.values()):
            viewer.clear_highlights()

    @command("fullscreen")
    def set_full_screen(self, on: bool) -> None:
        if on:
            # Qt's full screen forgets maximized: F11 twice made a maximized window small.
            self._maximized_before_full_screen = self.isMaximized()
            self.showFullScreen()
        elif self._maximized_before_full_screen:
            self.showMaximized()
        else:
            self.showNormal()

    @command("search")
    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        field = self.search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
        if field.text().strip() and self.search_dock is not None:
            self._show_results()  # in front: Down goes to results the reader can see

    def search_for(self, words: str) -> None:
        """Search every document for ``words`` now, the results in front and the keyboard in
        the search field (Down goes to them)."""
        panel = self.search_panel
        self.search_field.setText(words)
        panel.search_now(words)
        self.focus_search()

    @command("results")
    def toggle_search_results(self, visible: bool) -> None:
        self.search_panel  # noqa: B018 (builds the dock on first use)
        assert self.search_dock is not None
        if visible:
            self._show_results()
        else:
            self.search_dock.hide()
            self._show_panels_open()

    def _show_results(self) -> None:
        """The results shown and in front, when they share their place with Mina sidor as a
        tab. Shown behind the other's tab, a dock sends no visibilityChanged: the check mark
        is set here (Ctrl+K after Esc left it off with the results open)."""
        assert self.search_dock is not None
        self.search_dock.show()
        self.search_dock.raise_()
        self._show_panels_open()

    def _dismiss_search(self) -> None:
        if self.search_dock is not None:
            self.search_dock.hide()
            self._show_panels_open()  # hidden from behind a tab: no visibilityChanged either
        self._forget_search_marks()  # Esc gives up the search
        viewer = self.current_viewer()
        if viewer is None and self.current_tab_name() == "action_card":
            self.action_card_tab.focus_after_search()
        else:
            focus_default(viewer or self.tabs.currentWidget())

    def open_hit(self, hit: Hit, terms: list[str]) -> None:
        """Open a search hit on its page with the matched words highlighted; a hit on the
        action card opens the native card at that entry."""
        if hit.kind == "card" and hit.anchor:
            self.tabs.setCurrentWidget(self.lazy_tabs["action_card"])
            if self.action_card_tab.show_entry(hit.anchor):
                return
        viewer = self.open_document(hit.doc_id, page=hit.page)
        if viewer is not None:
            viewer.highlight_terms(terms, hit.page, passage=hit.passage())
            # The keyboard reads on in the document (PgDown, Ctrl+F) while the results stay
            # beside it; Ctrl+K and Down go back to them, at this hit.
            focus_default(viewer)

    def show_support_lines(self) -> None:
        """The action card at its national numbers and support lines (a search found nothing)."""
        self.tabs.setCurrentWidget(self.lazy_tabs["action_card"])
        self.action_card_tab.show_support_lines()

    def _init_actions(self) -> None:
        """The window's commands, and menu entries for the document commands (see
        ui/actions.py: the document on screen owns their keys)."""
        handlers: dict[str, Callable[..., object]] = {
            f"tab_{name}": (lambda i=i: self.go_to_tab(i)) for i, name in enumerate(TAB_ORDER)}
        handlers["quit"] = self.close
        self.commands = ActionSet(self, WINDOW_COMMANDS, handlers=handlers)
        self.tab_actions = [self.commands[f"tab_{name}"] for name in TAB_ORDER]
        self.commands["close_tab"].setEnabled(False)
        self.search_bar.insertAction(self.search_bar.actions()[0], self.commands["open_pdf"])
        self._document_handlers = {name: (lambda *_checked, n=name: self.run_document_command(n))
                                   for name in DOCUMENT_COMMANDS}
        self.document_entries = ActionSet(
            self, DOCUMENT_COMMANDS, context=WIDGET_SHORTCUT, attach=False,
            allow_export=self.allow_export, handlers=self._document_handlers)

    def _init_menus(self) -> None:
        for title, names in MENUS:
            menu = self.menuBar().addMenu(translated(title))
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.commands.get(name) or self.document_entries[name])
            menu.aboutToShow.connect(self._show_document_state)

    def _init_privacy(self) -> None:
        """Dölj snabbt in the toolbar unless the policy turned it off (ui/privacy.py): first and
        white on red where the policy asks for it, else last. Set through properties: the first
        frame does without PySide's Qt namespace."""
        enabled = self.policy is None or self.policy.quick_hide
        editing = self._editing_allowed()
        self.commands["edit_pack"].setVisible(editing)
        self.commands["edit_pack"].setEnabled(editing)
        self.commands["page_text"].setChecked(self.settings.flag(PAGE_TEXT))
        action = self.commands["quick_hide"]
        action.setVisible(enabled)
        action.setEnabled(enabled)
        if not enabled:
            return
        button = QToolButton(self.search_bar)
        button.setDefaultAction(action)
        button.setObjectName("quickHide")
        button.setProperty("toolButtonStyle", 1)  # Qt.ToolButtonTextOnly: always its words
        button.setProperty("focusPolicy", 11)  # Qt.StrongFocus: reached with Tab
        button.setAccessibleName(plain(action.text()))
        button.setToolTip(translated(COMMANDS["quick_hide"].tip))
        if self.policy is not None and self.policy.quick_hide_prominent:
            button.setStyleSheet(PROMINENT_QUICK_HIDE)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            button.setFont(font)
            self.search_bar.insertWidget(self.search_bar.actions()[0], button)
            QWidget.setTabOrder(button, self.search_field)  # first on screen, first with Tab
            QWidget.setTabOrder(self.search_field, self.tabs.tabBar())
        else:
            self.search_bar.addWidget(button)
            QWidget.setTabOrder(self.search_field, button)
            QWidget.setTabOrder(button, self.tabs.tabBar())
        self.quick_hide_button = button

    def _init_status(self) -> None:
        m = self.pack.manifest
        self.pack_label = _PackLabel(self)
        plain_text(self.pack_label)  # the publisher is pack text
        self.pack_label.set_pack(self.tr("Innehåll: %1, version %2"), m.publisher, m.version)
        # Read by its text ("Innehåll: …, version …"), said to be the active pack in plain
        # words: without a description of its own, the tooltip's HTML was read as one.
        self.pack_label.setAccessibleDescription(self.tr("Aktivt innehållspaket"))
        bar = _StatusBar(self)
        self.setStatusBar(bar)
        bar.addPermanentWidget(self.pack_label)
        bar.gives_way.append(self.pack_label)

    # --- tabs and documents ---------------------------------------------------------------------

    def document_tabs(self) -> list[DocumentTab]:
        """The document tabs built so far."""
        from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab

        built = (t.built() for t in self.lazy_tabs.values())
        return [t for t in built if isinstance(t, DocumentTab)]

    def tab_for(self, name: str) -> QWidget:
        return self.lazy_tabs[name].content()

    def current_tab_name(self) -> str | None:
        widget = self.tabs.currentWidget()
        return next((n for n, t in self.lazy_tabs.items() if t is widget), None)

    def go_to_tab(self, index: int) -> None:
        """Ctrl+1…4: show the tab and put the keyboard focus in it, ready to read or type."""
        from PySide6.QtCore import Qt

        self.tabs.setCurrentIndex(index)
        self.complete()  # pressed during the first frame: build the chosen tab now
        focus_default(self.tabs.currentWidget(), Qt.FocusReason.ShortcutFocusReason)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.lazy_tabs[name])
        if self._completed:
            self._tab_changed(self.tabs.currentIndex())
        else:
            self.complete()

    def current_viewer(self) -> PdfViewer | None:
        from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab
        from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer

        widget = self.tabs.currentWidget()
        if isinstance(widget, LazyTab):
            widget = widget.content()
        if isinstance(widget, DocumentTab):
            return widget.viewer
        if isinstance(widget, PdfViewer):
            return widget
        return None

    def _tab_changed(self, index: int) -> None:
        if not self._completed:  # the first frame: complete() builds whichever tab is current
            return
        from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab

        widget = self.tabs.widget(index)
        if isinstance(widget, LazyTab):
            widget = widget.content()
        if isinstance(widget, DocumentTab) and not widget.is_loaded() and widget.documents:
            doc = widget.documents[0]
            widget.ensure_loaded(self._saved_state(doc.id))
        self.commands["close_tab"].setEnabled(widget in self.file_tabs.values())
        self._show_document_state()

    def _open_from_library(self, doc_id: str) -> None:
        # The pages take the keyboard, as Ctrl+1 gives them: the list it came from is hidden,
        # and Qt passed the focus on to the overview, where Page Down does not read.
        viewer = self.open_document(doc_id)
        if viewer is not None:
            focus_default(viewer)

    def open_document(self, doc_id: str, page: int | None = None) -> PdfViewer | None:
        """Show a pack document: in its own tab when it is one, else in a document tab."""
        doc = self.pack.manifest.document(doc_id)
        if doc is None:
            return None
        if doc.tab in DOCUMENT_TABS:
            from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab

            tab = self.lazy_tabs[doc.tab].content()
            assert isinstance(tab, DocumentTab)
            self.tabs.setCurrentWidget(self.lazy_tabs[doc.tab])
            tab.show_document(doc.id, state=self._saved_state(doc.id), page=page)
            self.documentOpened.emit(doc.id)
            return tab.viewer
        viewer = self._file_tab(f"doc:{doc.id}", doc.title)
        if viewer.path() is None:
            viewer.setProperty("docId", doc.id)  # its page is remembered by pack and document
            state = self._saved_state(doc.id)
            viewer.open_document(self.pack.path_of(doc.file), page=page or state.page, zoom=state,
                                 top=0.0 if page else state.top)
            self._read_text_from_index(viewer, doc.id)
        elif page:
            viewer.go_to_page(page)
        self.documentOpened.emit(doc.id)
        return viewer

    @command("open_pdf")
    def open_pdf_file(self, path: Path | str | None = None) -> PdfViewer | None:
        """Open any local PDF in a new viewer tab (Arkiv → Öppna PDF…, a dropped file, the
        command line): the one way in for a file from outside the pack. Its name and path may
        be a client's, so nothing about it is stored (issue 19) unless "Kom ihåg externa filer"
        is on, and then only its page and zoom under a fingerprint of its contents."""
        remember = self.remembers_external_files()
        if path is None:
            from kvinnofrid_desktop.ui.common.file_dialogs import open_file

            path = open_file(self, self.tr("Öppna PDF"), Path.home(),
                             self.tr("PDF-filer (*.pdf)"), private=not remember)
            if not path:
                return None
        from kvinnofrid_desktop.core.logsafe import keep_out_of_log

        path = Path(path)
        keep_out_of_log(path)  # never in the log either (core/logsafe.py)
        fingerprint = ""
        if remember:
            from kvinnofrid_desktop.core.pack.external import content_fingerprint

            with contextlib.suppress(OSError):  # the viewer says why it cannot open the file
                fingerprint = content_fingerprint(path)
        viewer = self._file_tab(f"file:{path.resolve()}", path.name)  # a key in memory only
        viewer.setProperty("externalKey", fingerprint)
        state = ViewState.from_dict(self.settings.external_state(fingerprint)) \
            if fingerprint else ViewState()
        viewer.open_document(path, page=state.page, zoom=state, top=state.top)
        return viewer

    def external_files(self) -> list[tuple[Path, int, bool]]:
        """The PDFs opened from outside the pack: (path, page, whether its tab is the one on
        screen), in tab order; what a window that replaces this one opens again."""
        current = self.tabs.currentWidget()
        return [(Path(key.removeprefix("file:")), viewer.page(), viewer is current)
                for key, viewer in self.file_tabs.items() if key.startswith("file:")]

    def remembers_external_files(self) -> bool:
        """"Kom ihåg externa filer": the user's choice (off by default) unless the policy
        decides."""
        from kvinnofrid_desktop.core.options import REMEMBER_EXTERNAL

        if self.policy is not None and self.policy.locks(REMEMBER_EXTERNAL):
            return self.policy.remember_external_files
        return self.settings.flag(REMEMBER_EXTERNAL)

    def _file_tab(self, key: str, title: str) -> PdfViewer:
        if key in self.file_tabs:
            viewer = self.file_tabs[key]
        else:
            from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer

            viewer = PdfViewer(self.tabs, allow_export=self.allow_export,
                               settings=self.settings)
            viewer.set_page_text_visible(self.commands["page_text"].isChecked())
            self.file_tabs[key] = viewer
            # "&&": a file named "Rapport & bilagor" must not make Alt+B a shortcut to it.
            index = self.tabs.addTab(viewer, title.replace("&", "&&"))
            from kvinnofrid_desktop.ui.common.labels import plain_tip

            self.tabs.setTabToolTip(index, plain_tip(title))
            self.tabs.setTabsClosable(True)
            for i in range(len(TAB_ORDER)):  # the four main tabs stay
                self.tabs.tabBar().setTabButton(i, self.tabs.tabBar().ButtonPosition.RightSide,
                                                None)
        self.tabs.setCurrentWidget(viewer)
        return viewer

    @command("close_tab")
    def close_current_tab(self) -> None:
        self._close_file_tab(self.tabs.currentIndex())

    def _close_file_tab(self, index: int, *, save: bool = True) -> None:
        from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer

        widget = self.tabs.widget(index)
        if isinstance(widget, PdfViewer) and widget in self.file_tabs.values():
            if save:
                self._save_viewer_state(widget)
            key = next(k for k, v in self.file_tabs.items() if v is widget)
            del self.file_tabs[key]
            focus = QApplication.focusWidget()
            had_focus = focus is not None and (focus is widget or widget.isAncestorOf(focus))
            self.tabs.removeTab(index)
            widget.close_document()
            widget.deleteLater()
            if had_focus:  # else Qt passes it on to the next widget: the search field
                self._focus_after_close()

    def _focus_after_close(self) -> None:
        """The keyboard where the reader returns to: the library's row the document was
        opened from, or the tab's own first place."""
        widget = self.tabs.currentWidget()
        content = widget.content() if isinstance(widget, LazyTab) else widget
        returning = getattr(content, "focus_returning", None)
        if callable(returning):
            returning()
        else:
            focus_default(widget)

    def document_commands(self) -> Mapping[str, QAction] | None:
        """The actions of the document on screen (a viewer, or the action card's find and
        print), which own the document commands' keys; None on a tab without a document."""
        viewer = self.current_viewer()
        if viewer is not None:
            return viewer.commands
        if self.current_tab_name() == "action_card":
            return self.action_card_tab.commands
        if self.current_tab_name() == "publications":
            return self.publications_tab.commands  # the chosen row's document
        return None

    def run_document_command(self, name: str) -> None:
        """A document command chosen in a menu: the visible document's action carries it out
        (a disabled one does nothing)."""
        self.complete()  # chosen during the first frame: act on the built tab
        target = self.document_commands()
        if target is not None and name in target:
            target[name].trigger()

    def _show_document_state(self) -> None:
        """Before a menu opens: its document entries show the visible document's state."""
        target = self.document_commands() if self._completed else None
        for name, entry in self.document_entries.items():
            action = target.get(name) if target is not None else None
            # Enabled as the document's own action is: Tillbaka at the start did nothing.
            entry.setEnabled(action is not None and action.isEnabled())
            if action is not None and entry.isCheckable():
                entry.setChecked(action.isChecked())

    def _print_document(self, doc_id: str) -> None:
        viewer = self.open_document(doc_id)
        if viewer is not None:
            viewer.commands["print"].trigger()

    # --- no traces, quick hide, Mina sidor, the page's text (issue 19) ---------------------------

    @property
    def page_texts(self) -> PageTexts:
        """The pack's page texts from its search index (opened on first use)."""
        if self._page_texts is None:
            from kvinnofrid_desktop.core.search.page_text import PageTexts

            name = self.pack.manifest.search_index
            self._page_texts = PageTexts(self.pack.path_of(name) if name else None)
        return self._page_texts

    def _read_text_from_index(self, viewer: PdfViewer, doc_id: str) -> None:
        viewer.set_page_text_source(lambda page: self.page_texts.page_text(doc_id, page))
        viewer.set_find_respelling(lambda text: self.page_texts.respelled(text))

    @property
    def bookmarks(self) -> BookmarksController:
        if self._bookmarks is None:
            from kvinnofrid_desktop.ui.bookmarks.controller import BookmarksController

            self._bookmarks = BookmarksController(
                self, pack=self.pack, settings=self.settings, page_texts=lambda: self.page_texts,
                current_place=self.current_place,
                open_document=lambda doc_id, page: self.open_document(doc_id, page=page),
                commands=self.commands,
                on_screen=lambda: ("action_card" if self.current_tab_name() == "action_card"
                                   else "pdf" if self.current_viewer() is not None else ""))
            self._bookmarks.dockBuilt.connect(self._watch_dock)
        return self._bookmarks

    # --- the side panels ------------------------------------------------------------------------

    def _watch_dock(self, dock: QDockWidget) -> None:
        self._docks_watched += 1
        dock.visibilityChanged.connect(lambda shown: self._dock_shown(dock, shown))
        self._show_panels_open()

    def _dock_shown(self, dock: QDockWidget, shown: bool) -> None:
        if shown:  # only then: a dock hidden as its window is destroyed must not call back
            self._fit_docks(dock)
            self._show_panels_open()
        elif dock.isHidden():  # closed; not just behind the other panel's tab
            self._show_panels_open()

    def _show_panels_open(self) -> None:
        """Visa → Visa sökresultat and Visa Mina sidor are checked while their panel is open,
        in front or behind the other's tab. Visa sökresultat was never updated (typing showed
        the results, Esc hid them), and Mina sidor's turned off when the results were put in
        front of it."""
        for name, dock in (("results", self.search_dock), ("bookmarks", self._bookmarks
                                                             and self._bookmarks.dock)):
            self.commands[name].setChecked(dock is not None and not dock.isHidden())

    def _fit_docks(self, shown: QDockWidget | None = None) -> None:
        """Mina sidor (left) and the search results (right) beside each other when the reading
        area keeps its least width between them (READING_MIN_CHARS, and the card's own
        minimum), the panels narrowed towards theirs to give it; otherwise one side holding
        both as tabs, ``shown`` (the one just asked for) in front. At 150 % on 1280 × 720 the
        card was squeezed to 275 px between them and scrolled sideways; at 200 % its buttons
        overlapped. Split again when the window has room, unless someone else put them
        together."""
        bookmarks = self._bookmarks.dock if self._bookmarks is not None else None
        search = self.search_dock
        if bookmarks is None or search is None or self._fitting_docks:
            return
        if bookmarks.isFloating() or search.isFloating():
            return
        if bookmarks.isHidden() or search.isHidden():
            # One closed (Esc) is not the two apart: Qt puts it back behind the other's tab
            # when it is shown again, and the window must still split them when there is room.
            return
        together = search in self.tabifiedDockWidgets(bookmarks)
        if not together:
            self._docks_joined = None
        from PySide6.QtWidgets import QStyle

        separator = self.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent,
                                             None, self)
        need = (self._reading_width() + _least_width(bookmarks) + _least_width(search)
                + 2 * separator)
        room = min(self.width(), self.screen().availableGeometry().width())
        self._fitting_docks = True
        try:
            if not together and need > room:
                moved = shown or search
                other = bookmarks if moved is search else search
                self._docks_joined = (moved, self.dockWidgetArea(moved))
                self.tabifyDockWidget(other, moved)
                moved.raise_()
                self._name_dock_tabs()
                # Qt widened the window for the two side by side before the panel said it was
                # shown, past the screen's edge on a small screen: back within it.
                QTimer.singleShot(0, self, self._back_within_screen)
                together = True
            elif together and self._docks_joined is not None and need <= room:
                moved, area = self._docks_joined
                self._docks_joined = None
                self.addDockWidget(area, moved)
                moved.show()
                together = False
        finally:
            self._fitting_docks = False
        if shown is not None or self.centralWidget().width() < self._reading_width():
            # Once the panels have their widths (as tabs too: the one in front keeps its
            # preferred width otherwise).
            QTimer.singleShot(0, self, lambda: self._give_reading_room([bookmarks, search]))

    def _name_dock_tabs(self) -> None:
        """The tabs Qt puts under panels that share one side: named for screen readers (Qt
        leaves the bar it makes nameless)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QTabBar

        for bar in self.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not bar.accessibleName():
                bar.setAccessibleName(self.tr("Sidopaneler"))

    def _back_within_screen(self) -> None:
        if self.isMaximized() or self.isFullScreen():
            return
        available = self.screen().availableGeometry()
        if self.frameGeometry().width() > available.width():
            frame = self.frameGeometry().width() - self.width()
            self.resize(max(available.width() - frame, self.minimumSizeHint().width()),
                        self.height())

    def _reading_width(self) -> int:
        from kvinnofrid_desktop.ui.common.accessible import chars

        central = self.centralWidget()
        assert central is not None
        least = max(central.minimumSizeHint().width(), chars(central, READING_MIN_CHARS))
        viewer = self.current_viewer()
        if viewer is not None and viewer.view.isVisible():
            # The page is what is read: the overview and the side panel beside it come on
            # top (at 800 × 600 the panels stayed apart and left the page 150 px).
            least += max(central.width() - viewer.view.viewport().width(), 0)
        return least

    def _give_reading_room(self, docks: list[QDockWidget]) -> None:
        """Narrow the side panels (towards their least widths) until the reading area has its
        least width, and keep them so: left to itself Qt gives each panel its preferred width
        (which grows with the results) and the centre only what is left."""
        from PySide6.QtCore import Qt

        # Shown and not parked behind the other's tab (Qt moves that one out of the window).
        docks = [d for d in docks if d.isVisible() and not d.isFloating()
                 and self.rect().intersects(d.geometry())]
        if not docks:
            return
        short = max(self._reading_width() - self.centralWidget().width(), 0)
        widths = []
        for dock in docks:
            give = min(short, max(dock.width() - _least_width(dock), 0))
            short -= give
            widths.append(dock.width() - give)
        self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._docks_watched == 2:
            self._fit_docks()

    def current_place(self) -> tuple[str, PdfViewer] | None:
        """The pack document on screen (its id and viewer); None for a file from outside,
        the action card or the library."""
        from kvinnofrid_desktop.ui.tabs.document_tab import DocumentTab

        viewer = self.current_viewer()
        if viewer is None or viewer.path() is None:
            return None
        widget = self.tabs.currentWidget()
        content = widget.content() if isinstance(widget, LazyTab) else widget
        if isinstance(content, DocumentTab) and content.current is not None:
            return content.current.id, viewer
        doc_id = viewer.property("docId")
        return (str(doc_id), viewer) if doc_id else None

    @command("page_text")
    def show_page_text(self, visible: bool) -> None:
        """Visa sidans text in every viewer, now and from now on."""
        self.complete()
        self.commands["page_text"].setChecked(visible)
        viewers = [tab.viewer for tab in self.document_tabs()] + list(self.file_tabs.values())
        for viewer in viewers:
            viewer.set_page_text_visible(visible)
        current = self.current_viewer()
        if visible and current is not None and current.page_text is not None:
            current.page_text.setFocus()

    @command("bookmark_add")
    def add_bookmark(self) -> None:
        self.complete()
        self.bookmarks.add_current()

    @command("bookmarks")
    def show_bookmarks(self, _checked: bool = True) -> None:
        """Ctrl+Shift+D (Visa → Visa Mina sidor): show the list and put the keyboard in it;
        pressed in the list, hide it and give the keyboard back to the document. (A plain
        toggle hid the list Ctrl+D had just shown, and sent the keyboard to the search
        field.)"""
        from PySide6.QtWidgets import QApplication

        controller = self.bookmarks
        panel = controller.panel
        if panel is not None and panel.isVisible() and QApplication.focusWidget() is panel.list:
            controller.show_panel(False)
            focus_default(self.current_viewer() or self.tabs.currentWidget())
        else:
            controller.show_panel(True)
        # Qt flipped the check mark on the click; it says whether the list is open.
        self._show_panels_open()

    @command("bookmarks_export")
    def export_bookmarks(self) -> None:
        self.bookmarks.export()

    @command("bookmarks_import")
    def import_bookmarks(self) -> None:
        self.bookmarks.import_()

    @command("quick_hide")
    def quick_hide(self) -> None:
        """Dölj snabbt (ui/privacy.py): all of it before this returns, so the screen that
        follows already shows nothing of what was on it."""
        if self.quick_hide_button is None:  # the policy turned it off
            return
        from kvinnofrid_desktop.ui.privacy import close_harmless_dialogs

        close_harmless_dialogs()
        self.clear_search()
        self.close_external_files(save=True)
        if self._bookmarks is not None:
            self.bookmarks.hide()
        self.banner.hide()
        self.statusBar().clearMessage()
        self.complete()
        first = self.pack.manifest.documents_for_tab("strategy")
        if first:
            self.open_document(first[0].id, page=1)
        else:
            self.show_tab("strategy")
        self.showMinimized()

    @command("forget_all")
    def forget_all(self) -> None:
        """Glöm allt (ui/privacy.py): ask, forget, say what was removed."""
        from kvinnofrid_desktop.ui.common.file_dialogs import forget_dialog_history
        from kvinnofrid_desktop.ui.privacy import ask_what_to_forget, say_what_was_forgotten

        with_bookmarks = ask_what_to_forget(self, len(self.bookmarks.items),
                                            stored=self.settings.has_bookmarks_stored())
        if with_bookmarks is None:
            return
        closed = self.close_external_files(save=False)
        searched = bool(self.search_field.text().strip())
        self.clear_search()
        # The documents stay open where they are; closing the window must not write their
        # pages back. A page the reader turns to afterwards is remembered as usual.
        self._forgotten_pages = {tab.current.id: tab.viewer.view_state().page
                                 for tab in self.document_tabs() if tab.current is not None}
        self._forgotten_pages.update(  # the publications open in tabs of their own too
            {str(v.property("docId")): v.view_state().page
             for v in self.file_tabs.values() if v.property("docId")})
        removed = self.settings.forget(bookmarks=with_bookmarks)
        if self.settings.active_tab().startswith(PUBLICATION_PREFIX):  # which one was read
            self.settings.set_active_tab(TAB_ORDER[0])
        removed["closed"] = closed
        removed["search"] = int(searched)  # it went too: "nothing to forget" was untrue
        if with_bookmarks:
            self.bookmarks.forget()
        history = forget_dialog_history()
        self.settings.sync()
        say_what_was_forgotten(self, removed, dialog_history=history)

    def clear_search(self) -> None:
        """The search field, its results and every find bar and highlight forget what was
        typed (setText, not clear(): a field's undo would bring the words back)."""
        self.search_field.setText("")
        if self._search_panel is not None:
            self._search_panel.clear()
        if self.search_dock is not None:
            self.search_dock.hide()
        for viewer in [tab.viewer for tab in self.document_tabs()] + \
                list(self.file_tabs.values()):
            viewer.forget_search()

    def close_external_files(self, *, save: bool) -> int:
        """Close every PDF from outside the pack; how many. ``save``: keep their page and zoom
        (only while "Kom ihåg externa filer" is on)."""
        external = [v for k, v in self.file_tabs.items() if k.startswith("file:")]
        for viewer in external:
            self._close_file_tab(self.tabs.indexOf(viewer), save=save)
        return len(external)

    # --- files ----------------------------------------------------------------------------------

    def save_copy(self, source: Path) -> Path | None:
        """Save a copy of a pack document (the library's button): the viewer's export, which
        writes atomically and says what happened in the notice banner."""
        from kvinnofrid_desktop.ui.viewer import export

        saved = export.save_copy(self, source, self.banner, self.settings.export_folder())
        if saved is not None:
            self.settings.set_export_folder(saved.parent)
        return saved

    def open_external(self, path: Path) -> bool:
        from kvinnofrid_desktop.ui.viewer import export

        return export.open_externally(path, self.banner)

    # --- content packs ----------------------------------------------------------------------------

    @property
    def packs(self) -> PackController:
        """The packs of this window: store, import, rollback, watch folder (built on first
        use: the first frame needs none of it)."""
        if self._packs is None:
            from kvinnofrid_desktop.ui.pack_controller import PackController

            self._packs = PackController(self, self.banner, self.pack, self.policy,
                                         follows_active=self._follows_active)
            self._packs.packChanged.connect(self.packChanged)
            self._packs.shownOutdated.connect(self._card_pack_outdated)
        return self._packs

    def _card_pack_outdated(self, text: str) -> None:
        """Another pack is active than the one shown (text), or it is the shown one again
        (""): said on the action card itself, beside the numbers."""
        self._outdated_card = text
        card = self.lazy_tabs["action_card"].built()
        if card is not None:
            from kvinnofrid_desktop.ui.card.tab import ActionCardTab

            if isinstance(card, ActionCardTab):
                card.show_outdated(text)
        if self._search_panel is not None:
            self._search_panel.show_outdated(self._search_outdated_text())

    def _search_outdated_text(self) -> str:
        """The search panel's line while the pack shown is no longer the active one: its hits
        quote the numbers of that pack (the card said so; the results did not)."""
        return self.tr("Träffarna kommer från ett innehållspaket som inte längre är aktivt: "
                       "numren kan ha ändrats. Visa det aktiva paketet innan du ringer.") \
            if self._outdated_card else ""

    def _search_failed(self, _message: str) -> None:
        """The search index could not be opened because the shown pack was removed outside
        the window (before the window noticed): the index's own advice ("Installera om … eller
        återställ") would be the wrong remedy; the window is replaced by one on the active
        pack instead."""
        if self._follows_active and not self.packs.shown_pack_present() and \
                self.packs.check_active_pack() and self._search_panel is not None:
            self._search_panel.status.setText(self.tr(
                "Innehållspaketet byttes utanför fönstret. Fönstret visar strax det aktiva "
                "paketet; sök då igen."))

    @command("import_pack")
    def import_pack(self, path: Path | str | None = None) -> bool:
        return self.packs.import_pack(path)

    @command("settings")
    def open_settings(self) -> None:
        from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
        from kvinnofrid_desktop.core.install.policy import Policy
        from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self.policy or Policy(),
                                municipalities=MUNICIPALITIES, store=self.packs.store(),
                                parent=self)
        changed: list[bool] = []
        dialog.packChanged.connect(lambda: changed.append(True))
        dialog.settingsChanged.connect(self._settings_changed)
        dialog.exec()
        dialog.deleteLater()
        if changed:
            self.packs.rolled_back()

    def _settings_changed(self, keys: list[str]) -> None:
        """What Inställningar wrote, applied to what is open now (the action card's
        municipality); a card not built yet reads the settings when it is."""
        card = self.lazy_tabs["action_card"].built()
        if card is not None:
            from kvinnofrid_desktop.ui.card.tab import ActionCardTab

            if isinstance(card, ActionCardTab):
                card.settings_changed(keys)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from kvinnofrid_desktop.ui.common.file_drops import local_files

        if local_files(event.mimeData(), DROPPED_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from kvinnofrid_desktop.ui.common.file_drops import local_files

        files = local_files(event.mimeData(), DROPPED_SUFFIXES)
        if not files:
            return
        event.acceptProposedAction()
        self._open_dropped(files)

    def _open_dropped(self, files: list[Path]) -> None:
        for path in files:
            if path.suffix.lower() == ".kvpack":
                self.import_pack(path)
                return  # the window is replaced after an import
            self.open_pdf_file(path)

    # --- state ----------------------------------------------------------------------------------

    def _doc_key(self, doc_id: str) -> str:
        return f"{self.pack.manifest.id}:{doc_id}"

    def _saved_state(self, doc_id: str) -> ViewState:
        return ViewState.from_dict(self.settings.document_state(self._doc_key(doc_id)))

    def _save_viewer_state(self, viewer: PdfViewer, doc_id: str | None = None) -> None:
        """A pack document's page and zoom by pack id and document id; a file from outside
        only while "Kom ihåg externa filer" is on, by its fingerprint; never by a path."""
        if viewer.path() is None:
            return
        doc_id = doc_id or viewer.property("docId")
        state = viewer.view_state().to_dict()
        if doc_id and self._still_forgotten(str(doc_id), viewer):
            return  # still where it was at Glöm allt: forgotten stays forgotten
        if doc_id:
            self.settings.set_document_state(self._doc_key(str(doc_id)), state)
        elif viewer.property("externalKey") and self.remembers_external_files():
            self.settings.set_external_state(str(viewer.property("externalKey")), state)

    def _still_forgotten(self, doc_id: str, viewer: PdfViewer) -> bool:
        """The document is on the page it was on at Glöm allt: nothing about it is saved."""
        return self._forgotten_pages.get(doc_id) == viewer.view_state().page

    def save_state(self) -> bool:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_value(WINDOW_MAXIMIZED, self.isMaximized())
        self.settings.set_window_state(self.saveState())
        index = self.tabs.currentIndex()
        active = TAB_ORDER[index] if index < len(TAB_ORDER) else TAB_ORDER[0]
        # A publication in front comes back in front ("doc:" and its id; never a file from
        # outside the pack): the next start opened on Strategi.
        current = next((v for v in self.file_tabs.values() if v is self.tabs.currentWidget()),
                       None)
        doc_id = current.property("docId") if current is not None else None
        if current is not None and doc_id and not self._still_forgotten(str(doc_id), current):
            active = f"{PUBLICATION_PREFIX}{doc_id}"
        self.settings.set_active_tab(active)
        for tab in self.document_tabs():
            if tab.current is not None:
                self._save_viewer_state(tab.viewer, tab.current.id)
            if tab.isVisible():
                self.settings.set_page_margins(page_margins(tab))
        for viewer in self.file_tabs.values():
            self._save_viewer_state(viewer)
        self.settings.set_value(PAGE_TEXT, self.commands["page_text"].isChecked())
        return self.settings.sync()

    def _restore(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            from kvinnofrid_desktop.ui.common.accessible import first_size

            first_size(self, QSize(1280, 800))
        if self.settings.flag(WINDOW_MAXIMIZED) and not self.isMaximized():
            # Maximized on a 1920 px screen, Qt's restoreGeometry opened it unmaximized on a
            # 1024 px one.
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        tab = self.settings.active_tab()
        if tab.startswith(PUBLICATION_PREFIX):
            # Opened in complete(), over the library; gone from the pack: Strategi.
            doc = self.pack.manifest.document(tab.removeprefix(PUBLICATION_PREFIX))
            if doc is not None and doc.tab not in DOCUMENT_TABS:
                self._reopen = doc.id
                tab = "publications"
        self.tabs.setCurrentIndex(TAB_ORDER.index(tab) if tab in TAB_ORDER else 0)
        self._tab_changed(self.tabs.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._shift_gesture is not None:
            self._shift_gesture.stop()
        if self._page_texts is not None:
            self._page_texts.close()
        if self._search_panel is not None:
            self._search_panel.shutdown()
        if self._integrity is not None:
            self._integrity.shutdown()
        if self._packs is not None:
            self._packs.shutdown()
        super().closeEvent(event)

    # --- messages -------------------------------------------------------------------------------

    def show_notice(self, text: str, action: str | None = None,
                    callback: Callable[[], object] | None = None) -> None:
        """A calm message above the tabs, optionally with one action button."""
        self.banner.show_notice(text, action, callback)

    def childEvent(self, event: QChildEvent) -> None:
        super().childEvent(event)
        # Panels the user drags onto each other get a tab bar from Qt too, not only _fit_docks'.
        if event.type() == QEvent.Type.ChildPolished and event.child().inherits("QTabBar"):
            self._name_dock_tabs()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._packs is not None and self._packs.watching_active_pack() and \
                event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._packs.check_active_pack()  # a change while the folder could not be watched

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """What Hjälp → Kortkommandon lists: (group, command, keys), from the registry."""
        return shortcut_rows(allow_export=self.allow_export, without=self._turned_off())

    def _turned_off(self) -> tuple[str, ...]:
        off = () if self.quick_hide_button is not None else ("quick_hide",)
        return off if self._editing_allowed() else (*off, "edit_pack")

    def _editing_allowed(self) -> bool:
        return self.policy is not None and self.policy.allow_editing

    @command("edit_pack")
    def edit_pack(self) -> None:
        """Redaktörsläge, for the county's coordinator (policy allow_editing)."""
        if not self._editing_allowed():
            return
        from kvinnofrid_desktop.ui.editor import edit_from_window

        self.editor_window = edit_from_window(self, self.settings, preview_window=type(self))

    @command("shortcuts")
    def show_shortcuts(self) -> None:
        from kvinnofrid_desktop.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self,
                                 notes=shortcut_notes(without=self._turned_off()))
        dialog.exec()
        dialog.deleteLater()

    @command("about")
    def _about(self) -> None:
        from PySide6.QtCore import QSize, Qt
        from PySide6.QtWidgets import QLabel, QMessageBox

        m = self.pack.manifest
        # Plain text, not HTML: a message box's accessible value is its text as set, and a
        # screen reader was given "<p><b>Kvinnofrid Västmanland</b> …" markup and all.
        heading = arg(self.tr("Kvinnofrid Västmanland %1"), __version__)
        body = "\n\n".join((
            self.tr("Ett stöd utan internet för arbetet mot mäns våld mot kvinnor, våld i nära "
                    "relationer och våld mot djur i Västmanlands län."),
            arg(self.tr("Innehållspaket: %1, version %2."), m.publisher, m.version),
            self.tr("Standardinnehållet är en sammanställning ur offentliga källor gjord av "
                    "programmet, inte officiella dokument från Länsstyrelsen."),
            self._licences()))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Om Kvinnofrid Västmanland"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(heading)
        box.setInformativeText(body)
        box.setAccessibleDescription(f"{heading}\n\n{body}")
        for label in box.findChildren(QLabel):
            if label.objectName() == "qt_msgbox_label":  # the heading, bold as it was
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            elif label.objectName() == "qt_msgbox_informativelabel":
                label.setTextFormat(Qt.TextFormat.PlainText)  # the publisher is pack text
        # The program's icon, as QMessageBox.about shows it.
        icon = box.windowIcon()
        box.setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))))
        box.exec()
        box.deleteLater()  # a child of the window: each About would stay behind otherwise

    def _licences(self) -> str:
        """The About box's licence section: what the program is built from, under which
        licence, and the folder with the texts (LGPL-3.0 requires Qt's to be at hand)."""
        from kvinnofrid_desktop.core.bundled import licenses_dir

        listed = self.tr(
            "Licenser: programmet EUPL-1.2. Qt och PySide6 LGPL-3.0, Python PSF-licensen, "
            "PyNaCl Apache-2.0 (libsodium ISC), pypdf och snowballstemmer BSD-3-Clause, fpdf2 "
            "LGPL-3.0, platformdirs, tomlkit, fontTools, markdown-it-py, mdurl och ICU MIT, "
            "defusedxml och typing_extensions PSF-licensen, typsnittet DejaVu en fri licens.")
        folder = licenses_dir()
        if folder is None:  # from a checkout: the texts come with the installed program only
            where = self.tr("Licenstexterna följer med det installerade programmet, i mappen "
                            "licenses.")
        else:
            where = arg(self.tr("Licenstexterna finns i mappen licenses: %1"), str(folder))
        return f"{listed}\n\n{where}"


def page_margins(tab: DocumentTab) -> list[int]:
    """Where the pages sit inside a document tab (left, top, right, bottom): the start-up
    preview draws the next session's first page there, so nothing moves when the tab is built."""
    view = tab.viewer.view
    top_left = view.mapTo(tab, QPoint(0, 0))
    return [top_left.x(), top_left.y(), tab.width() - top_left.x() - view.width(),
            tab.height() - top_left.y() - view.height()]


