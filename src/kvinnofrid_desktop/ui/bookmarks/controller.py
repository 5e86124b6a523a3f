"""Mina sidor for the window: the list in the settings, Ctrl+D, the panel in a dock, export and
import, and finding the pages again after a pack update (core/bookmarks.py re-anchors).

Only the pack's own documents can be bookmarked: a bookmark of a PDF from outside the pack
would be the very trace issue 19 removes (its name, its place).

A stored list that cannot be read is never written over unseen: the panel says what is wrong.
One from a newer version of the program stays as it is and the list is read-only until that
version is used again; any other is first saved byte for byte beside the settings
(``core/bookmarks.keep_copy``), and when even that fails the list is read-only too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMessageBox

from kvinnofrid_desktop.core import bookmarks as bm
from kvinnofrid_desktop.core.fsutil import write_bytes
from kvinnofrid_desktop.core.options import BOOKMARKS
from kvinnofrid_desktop.core.pack.external import ExternalFileError, read_limited
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.bookmarks.panel import BookmarksPanel
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.search.page_text import PageTexts
    from kvinnofrid_desktop.ui.common.settings import Settings
    from kvinnofrid_desktop.ui.viewer.viewer import PdfViewer

EXPORT_NAME = "mina-sidor.json"


class BookmarksController(QObject):
    """The window's bookmarks; the dock is built when first shown. What it needs of the window
    is handed in: the pack and its page texts, the settings, where the reader is, how to open a
    document, and the window's commands (its menus' export and import)."""

    dockBuilt = Signal(QDockWidget)  # the window places it beside its other panels

    def __init__(self, window: QMainWindow, *, pack: Pack, settings: Settings,
                 page_texts: Callable[[], PageTexts],
                 current_place: Callable[[], tuple[str, PdfViewer] | None],
                 open_document: Callable[[str, int], object],
                 commands: Mapping[str, QAction],
                 on_screen: Callable[[], str] = lambda: "") -> None:
        """``on_screen``: what the window shows when ``current_place`` has no page: the
        action card ("action_card"), a PDF from outside the pack ("pdf"), or neither ("")."""
        super().__init__(window)
        self.window = window
        self._on_screen = on_screen
        self.pack, self.settings, self.commands = pack, settings, commands
        self._page_texts, self._current_place = page_texts, current_place
        self._open_document = open_document
        self.dock: QDockWidget | None = None
        self.panel: BookmarksPanel | None = None
        self._items: list[bm.Bookmark] | None = None  # read (and re-anchored) on first use
        # What the panel says about the stored list ("" when it was read), and why it may not be
        # written ("" when it may): both set by _read.
        self.problem = ""
        self._read_only = ""
        # Why the last change is only in memory ("" when it is on disk): set by _write.
        self._unsaved = ""

    # --- the list -------------------------------------------------------------------------------

    @property
    def items(self) -> list[bm.Bookmark]:
        return self._load()

    def _load(self) -> list[bm.Bookmark]:
        """The list, read on first use; reading also finds out whether it may be changed."""
        if self._items is None:
            self._items = self._read()
        return self._items

    def _read(self) -> list[bm.Bookmark]:
        raw = self.settings.value(BOOKMARKS)
        if not raw:
            return []
        # QSettings reads an unquoted value with commas in it (a hand-edited file) as a list.
        text = ", ".join(map(str, raw)) if isinstance(raw, list) else str(raw)
        stored = bm.read_stored(text)
        if not self._keep(text, stored):
            return stored.bookmarks
        manifest = self.pack.manifest
        placed = bm.reanchor_all(stored.bookmarks, manifest.id, manifest.version,
                                 self._page_texts().page_texts)
        if placed != stored.bookmarks:
            self._write(placed)
        return placed

    def _keep(self, raw: str, stored: bm.Stored) -> bool:
        """Keep what cannot be read of the stored list, and say so (``problem``); False when
        the list must not be written (``_read_only`` says why)."""
        where = str(self.settings.path)
        if stored.is_newer:
            self.problem = self._read_only = arg(self.tr(
                "Mina sidor sparades av en nyare version av programmet och kan inte visas i den "
                "här versionen. Listan finns kvar oförändrad i %1. Nya sidor kan inte läggas "
                "till här: använd den nyare versionen för att se och ändra Mina sidor."), where)
            return False
        if not stored.needs_copy:
            return True
        why = self._why(stored.problem) if stored.problem is not None else ""
        try:
            copy = bm.keep_copy(raw, self.settings.path.parent)
        except OSError as exc:
            self.problem = self._read_only = arg(self.tr(
                "Den sparade listan med Mina sidor i %1 kunde inte läsas: %2. Listan lämnas "
                "orörd och nya sidor sparas inte, eftersom ingen kopia av den kunde sparas i "
                "%3. %4"), where, why, str(self.settings.path.parent), describe_os_error(exc))
            return False
        if stored.skipped:
            self.problem = arg(self.tr(
                "%n av sidorna i den sparade listan med Mina sidor kunde inte läsas och visas "
                "inte. Hela listan som den var sparades som %1.", "", stored.skipped),
                str(copy))
        else:
            self.problem = arg(self.tr(
                "Den sparade listan med Mina sidor kunde inte läsas: %1. Den sparades "
                "oförändrad som %2. Sidor du lägger till nu sparas i en ny lista."),
                why, str(copy))
        return True

    def _write(self, items: list[bm.Bookmark]) -> bool:
        """Store ``items``; False (nothing written) while the stored list may not be, or when
        the settings file cannot be written (full disk, read-only): ``_unsaved`` says so, and
        the list stays in memory (QSettings writes it with the next sync that succeeds)."""
        if self._read_only:
            return False
        self.settings.set_value(BOOKMARKS, bm.dumps(items))
        if self.settings.sync():
            self._unsaved = ""
            return True
        self._unsaved = arg(self.tr(
            "Ändringarna i Mina sidor kunde inte sparas: inställningsfilen %1 kunde inte "
            "skrivas (disken kan vara full, eller mappen skrivskyddad). Sidorna finns kvar här "
            "tills programmet stängs; spara dem på en annan plats med Arkiv → Exportera Mina "
            "sidor…, eller frigör plats och gör ändringen igen."), str(self.settings.path))
        return False

    def _said_unsaved(self) -> None:
        """After a change that could not be written: said at once, not only in the panel."""
        self.window.statusBar().showMessage(
            self.tr("Mina sidor kunde inte sparas: se Mina sidor."), 8000)
        self._tell(self.tr("Mina sidor kunde inte sparas"), self._unsaved, icon="warning")

    def _refused(self) -> bool:
        """True, and the panel shown with the reason, when the list may not be changed."""
        self._load()
        if not self._read_only:
            return False
        self.window.statusBar().showMessage(self.tr("Inget sparades: se Mina sidor."), 8000)
        self.show_panel(True)
        return True

    def _changed(self, current: int | None = None) -> None:
        written = self._write(self.items)
        self._show_list(current)
        if not written and self._unsaved:
            self._said_unsaved()

    def where(self, bookmark: bm.Bookmark) -> str:
        """The second line of an entry: where it leads, or why it leads nowhere."""
        manifest = self.pack.manifest
        if bookmark.pack_id != manifest.id:
            return arg(self.tr("Hör till ett annat innehållspaket (%1)"), bookmark.pack_id)
        if bookmark.lost:
            return arg(self.tr("Sidan finns inte längre i innehållspaketet (version %1)"),
                       bookmark.lost_in)
        doc = manifest.document(bookmark.doc_id)
        title = doc.title if doc is not None else bookmark.doc_id
        return arg(self.tr("%1, sida %2"), title, bookmark.page)

    # --- commands -------------------------------------------------------------------------------

    def add_current(self) -> bool:
        """Ctrl+D: bookmark the place being read and offer its name for editing."""
        place = self._current_place()
        if place is None:
            # Short enough for the status bar beside the pack's name (it was cut there), and
            # true on the card, which is the pack's too but has no pages.
            shown = self._on_screen()
            if shown == "action_card":
                text = self.tr("Mina sidor sparar sidor ur dokumenten; åtgärdskortet når du "
                               "alltid med Ctrl+3.")
            elif shown == "pdf":  # a PDF from outside the pack
                text = self.tr("Mina sidor sparar bara sidor ur innehållspaketets dokument, "
                               "inte ur andra PDF-filer.")
            else:
                text = self.tr("Mina sidor sparar sidor ur dokumenten: öppna ett dokument först.")
            self.window.statusBar().showMessage(text, 8000)
            return False
        if self._refused():
            return False
        doc_id, viewer = place
        manifest = self.pack.manifest
        page = viewer.page()
        existing = next((i for i, b in enumerate(self.items) if not b.lost and
                         (b.pack_id, b.version, b.doc_id, b.page) ==
                         (manifest.id, manifest.version, doc_id, page)), None)
        if existing is None:
            heading = viewer.heading_at_top()
            doc = manifest.document(doc_id)
            name = heading or arg(self.tr("%1, sida %2"), doc.title if doc else doc_id, page)
            text = self._page_texts().page_text(doc_id, page) or viewer.page_text_of(page)
            self.items.append(bm.new_bookmark(
                name=name, pack_id=manifest.id, version=manifest.version, doc_id=doc_id,
                page=page, heading=heading, page_text=text))
            existing = len(self.items) - 1
            written = self._write(self.items)
            if written:
                self.window.statusBar().showMessage(self.tr("Sidan finns nu i Mina sidor."),
                                                    5000)
        else:
            written = True
            self.window.statusBar().showMessage(self.tr("Sidan finns redan i Mina sidor."), 5000)
        self.show_panel(True, current=existing)
        if not written:
            self._said_unsaved()
        assert self.panel is not None
        self.panel.edit_name()
        return True

    def show_panel(self, visible: bool, *, current: int | None = None) -> None:
        if visible and self.dock is None:
            self._build_dock()
        if self.dock is None:
            return
        if visible:
            self._show_list(current)
        self.dock.setVisible(visible)
        if visible:  # in front, when it shares its place with the search results as a tab
            self.dock.raise_()
        if visible and current is None and self.panel is not None:
            self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def hide(self) -> None:
        """Dölj snabbt: the panel goes, and its filter forgets what was typed."""
        if self.panel is not None:
            self.panel.clear_filter()
        if self.dock is not None:
            self.dock.hide()

    def open(self, index: int) -> bool:
        bookmark = self.items[index]
        where = self.where(bookmark)
        if bookmark.pack_id != self.pack.manifest.id or bookmark.lost:
            self._tell(self.tr("Sidan kan inte öppnas"), where + ".")
            return False
        return self._open_document(bookmark.doc_id, bookmark.page) is not None

    def remove(self, index: int) -> None:
        if self._refused():
            return
        name = self.items[index].name
        if self._tell(self.tr("Ta bort ur Mina sidor"),
                      arg(self.tr("Ta bort ”%1” ur Mina sidor?"), name), ask=True):
            del self.items[index]
            self._changed()

    def rename(self, index: int, name: str) -> None:
        if self._refused():
            self._show_list(index)  # the old name back in the field
            return
        self.items[index] = self.items[index].renamed(name)
        self._changed(index)

    def export(self) -> Path | None:
        from kvinnofrid_desktop.ui.common.file_dialogs import save_file

        if not self.items:
            self._tell(self.tr("Exportera Mina sidor"),
                       self.tr("Det finns inga sidor i Mina sidor att exportera."))
            return None
        chosen, _filter = save_file(self.window, self.tr("Exportera Mina sidor"),
                                    self.settings.export_folder() / EXPORT_NAME,
                                    self.tr("Mina sidor (*.json)"))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            write_bytes(path, (bm.dumps(self.items) + "\n").encode("utf-8"))
        except OSError as exc:
            self._tell(self.tr("Mina sidor exporterades inte"), arg(self.tr(
                "Filen %1 kunde inte sparas. %2"), str(path), describe_os_error(exc)),
                icon="warning")
            return None
        self.settings.set_export_folder(path.parent)
        self.window.statusBar().showMessage(
            self.tr("Mina sidor exporterades: %n.", "", len(self.items)), 5000)
        return path

    def import_(self, path: Path | None = None) -> int:
        """Add the bookmarks of a file (a colleague's set); how many were new."""
        from kvinnofrid_desktop.ui.common.file_dialogs import open_file
        from kvinnofrid_desktop.ui.common.settings import documents_folder

        self._load()
        if self._read_only:
            self._tell(self.tr("Mina sidor importerades inte"), self._read_only, icon="warning")
            self.show_panel(True)
            return 0
        if path is None:
            chosen = open_file(self.window, self.tr("Importera Mina sidor"), documents_folder(),
                               self.tr("Mina sidor (*.json)"))
            if not chosen:
                return 0
            path = Path(chosen)
        try:
            read = bm.loads(read_limited(path, bm.MAX_FILE_BYTES))
        except (ExternalFileError, FileNotFoundError) as exc:
            self._tell(self.tr("Mina sidor importerades inte"), arg(self.tr(
                "Filen %1 kunde inte läsas: %2"), path.name,
                self._why(exc) if isinstance(exc, ExternalFileError)
                else self.tr("den finns inte")), icon="warning")
            return 0
        manifest = self.pack.manifest
        incoming = bm.reanchor_all(read.bookmarks, manifest.id, manifest.version,
                                   self._page_texts().page_texts)
        self._items, added = bm.merge(self.items, incoming)
        self._changed()
        self.show_panel(True)
        message = self.tr("Nya i Mina sidor: %n.", "", added)
        if read.skipped:
            message += " " + self.tr("Poster i filen som inte kunde användas (skadade eller "
                                     "ofullständiga): %n. Be den som gav dig filen att "
                                     "exportera den igen.", "", read.skipped)
        self.window.statusBar().showMessage(message, 8000)
        return added

    def _why(self, exc: ExternalFileError) -> str:
        """Why a file could not be read: the core's Swedish words in the Swedish window (they
        name the line of a JSON error), a translation of its reason in another."""
        from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language

        if interface_language() == SOURCE_LANGUAGE:
            return str(exc)
        reasons = {
            "bad_path": self.tr("sökvägen innehåller ett ogiltigt tecken"),
            "unreadable": self.tr("den kan inte läsas"),
            "not_regular": self.tr("den är ingen vanlig fil"),
            "too_large": arg(self.tr("den är för stor (högst %1 kB)"), str(exc.limit_kb)),
            "not_bookmarks": self.tr("den är ingen fil med Mina sidor från Kvinnofrid "
                                     "Västmanland"),
            "newer": self.tr("den är gjord av en nyare version av programmet"),
            "bad_version": self.tr("den saknar en giltig formatversion"),
            "no_list": self.tr("den saknar listan med Mina sidor"),
            "entries": self.tr("några av sidorna i den kunde inte läsas"),
        }
        return reasons.get(exc.code, self.tr("den är ingen giltig fil med Mina sidor"))

    def forget(self) -> None:
        """Glöm allt removed the list from the settings: the window shows none."""
        self._items = []
        self.problem = self._read_only = ""  # the list that could not be read is gone too
        self._unsaved = ""
        if self.panel is not None:
            self._show_list()

    def _tell(self, title: str, text: str, *, ask: bool = False, icon: str = "info") -> bool:
        """A message (or, with ``ask``, a yes/no question whose default is no); True for yes.
        ``icon``: "info", or "warning" for what did not happen. A box of its own, deleted
        after use, like the window's other dialogs."""
        buttons = QMessageBox.StandardButton
        kind = (QMessageBox.Icon.Question if ask else QMessageBox.Icon.Warning
                if icon == "warning" else QMessageBox.Icon.Information)
        box = QMessageBox(kind, title, text, buttons.Yes | buttons.No if ask else buttons.Ok,
                          self.window)
        if ask:
            box.setDefaultButton(buttons.No)
        try:
            return box.exec() == buttons.Yes
        finally:
            box.deleteLater()

    # --- the dock -------------------------------------------------------------------------------

    def _build_dock(self) -> None:
        window = self.window
        dock = QDockWidget(self.tr("Mina sidor"), window)
        dock.setObjectName("bookmarksDock")
        dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea
                             | Qt.DockWidgetArea.RightDockWidgetArea)
        panel = BookmarksPanel(dock)
        panel.add_command_buttons({name: self.commands[name]
                                   for name in ("bookmarks_export", "bookmarks_import")})
        panel.openRequested.connect(self.open)
        panel.removeRequested.connect(self.remove)
        panel.renameRequested.connect(self.rename)
        dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.dock, self.panel = dock, panel
        self.dockBuilt.emit(dock)

    def _show_list(self, current: int | None = None) -> None:
        if self.panel is not None:
            self.panel.set_bookmarks(self.items, [self.where(b) for b in self.items],
                                     current=current)
            self.panel.set_problem("\n\n".join(filter(None, (self.problem, self._unsaved))))
