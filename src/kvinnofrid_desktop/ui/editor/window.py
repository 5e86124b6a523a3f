"""Redaktörsläge: the county's coordinator edits a source folder and publishes a pack.

The window owns the ``SourceFolder`` (core/authoring/source_folder.py); its parts change it
only through the model's setters and say so with ``changed``. After a change the window

- runs the build's checks again (300 ms after the last change: typing does not wait for them),
- writes the draft beside the sources (500 ms after the last change), so a crash loses at most
  the field being typed,
- marks itself modified; closing with unsaved changes asks, and Spara writes the files
  atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core import options
from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.checks import (
    CONTACTS,
    DOCUMENTS,
    PACK,
    EditorProblem,
    Location,
    PdfCheckCache,
    check_source,
    errors,
)
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import first_size
from kvinnofrid_desktop.ui.common.colours import follow_palette
from kvinnofrid_desktop.ui.common.labels import problem_text
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.editor.contacts import ContactsPart
from kvinnofrid_desktop.ui.editor.documents import DocumentsPart
from kvinnofrid_desktop.ui.editor.fields import FieldBox, recolour_marks, refusal_problem
from kvinnofrid_desktop.ui.editor.problems import ProblemsPart

CHECK_DELAY_MS = 300
DRAFT_DELAY_MS = 500


class EditorWindow(QMainWindow):
    """The editor on one source folder; ``saved`` after the files were written."""

    saved = Signal()
    published = Signal(object)  # the .kvpack written

    def __init__(self, folder: SourceFolder, *, settings: Settings,
                 engine_factory: Callable[[], PdfEngine],
                 previous_pack: Callable[[], Path | None] = lambda: None,
                 preview_window: Callable[[Pack, Settings], QWidget] | None = None,
                 parent: QWidget | None = None) -> None:
        """``preview_window`` makes the program's window on a built pack (Publicera →
        Förhandsgranska); passed in because the main window is a room above this one."""
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        # The marks' shades are chosen against the palette: again when it changes (Windows
        # switching to high contrast while a form is open).
        follow_palette(self, lambda: recolour_marks(self), now=False)
        self._engine_factory = engine_factory
        self._previous_pack = previous_pack
        self._preview_window = preview_window
        self._pdfs = PdfCheckCache(engine_factory())
        self._checked: list[EditorProblem] = []  # what the build's checks found
        # What the Problems part lists: the refused values first, then what the checks found.
        self.problems: list[EditorProblem] = []
        self.setObjectName("editorWindow")

        self.publisher = FieldBox(self.tr("Utgivare"),
                                  lambda v: folder.set_pack_field("publisher", v))
        self.version_label = QLabel(self)
        self.documents = DocumentsPart(folder, engine_factory, self)
        self.contacts = ContactsPart(folder, self)
        self.problem_list = ProblemsPart(folder, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.documents, self.tr("&Dokument"))
        self.tabs.addTab(self.contacts, self.tr("&Kontakter"))
        self.tabs.addTab(self.problem_list, self.tr("&Problem"))
        self.tabs.setAccessibleName(self.tr("Redaktörslägets delar"))
        self.tabs.tabBar().setAccessibleName(self.tr("Redaktörslägets delar"))

        head = QFormLayout()
        head.addRow(self.tr("Utgi&vare:"), self.publisher)
        head.addRow(self.tr("Källmapp:"), self._path_label())
        head.addRow(self.tr("Senast publicerad version:"), self.version_label)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        for part in (self.documents, self.contacts):
            part.changed.connect(self.on_changed)
            part.held.connect(self._say_held)
            part.refusals_changed.connect(self.show_problems)
        self.publisher.applied.connect(self.on_changed)
        self.publisher.refusal_changed.connect(self.show_problems)
        self.problem_list.chosen.connect(self.go_to_problem)
        self._build_menus()
        self.statusBar()
        self.refresh_head()
        self.run_checks()
        self._update_title()
        geometry = self.settings.value(options.EDITOR_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            first_size(self, QSize(1200, 800))

    # --- building -----------------------------------------------------------------------------

    def _path_label(self) -> QLabel:
        label = QLabel(str(self.folder.root), self)
        label.setAccessibleName(self.tr("Källmapp"))  # selectable, so it takes focus
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_menus(self) -> None:
        def action(text: str, slot: Callable[[], object],
                   *keys: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.save_action = action(self.tr("&Spara"), self.save, QKeySequence.StandardKey.Save)
        self.sheet_action = action(self.tr("&Kontrollblad för kommunerna…"),
                                   self.open_verification, "Ctrl+Shift+K")
        self.publish_action = action(self.tr("&Publicera paket…"), self.open_publish,
                                     "Ctrl+Shift+P")
        self.close_action = action(self.tr("S&täng"), self.close, "Ctrl+W",
                                   QKeySequence.StandardKey.Close)
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sheet_action)
        file_menu.addAction(self.publish_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        view = self.menuBar().addMenu(self.tr("&Visa"))
        def show_part(index: int) -> Callable[[], None]:
            # No parameters: PySide then calls it without triggered's bool (which a default
            # argument would have taken as the index).
            return lambda: self.tabs.setCurrentIndex(index)

        for n, name in enumerate((self.tr("Dokument"), self.tr("Kontakter"), self.tr("Problem"))):
            part = action(name, show_part(n), f"Ctrl+{n + 1}")
            view.addAction(part)

    # --- after a change -----------------------------------------------------------------------

    def on_changed(self) -> None:
        self._update_title()
        self._check_timer.start()
        self._draft_timer.start()

    def run_checks(self) -> None:
        self._checked = check_source(self.folder, pdfs=self._pdfs)
        self.documents.set_problems(self._checked)
        self.contacts.set_problems(self._checked)
        self.show_problems()
        if self.publisher.refused is None:  # a refusal stays until the field is mended
            publisher = next((problem_text(p.code, p.problem.message) for p in self._checked
                              if p.location.part == PACK and p.location.field == "publisher"),
                             None)
            self.publisher.mark(publisher)

    def refusals(self) -> list[EditorProblem]:
        """The values typed and refused, in the head and the parts: shown, and not in the
        model, so not in a pack built now."""
        found = self.documents.refusals() + self.contacts.refusals()
        if self.publisher.reason is not None:
            found.insert(0, refusal_problem(Location(PACK, None, "publisher"), CATALOG_NAME,
                                            self.publisher.name, self.publisher.reason))
        return found

    def show_problems(self) -> None:
        """The Problems part and its tab: the refused values, then what the checks found
        (run again only after a change of the model; a refusal changes nothing there)."""
        self.problems = self.refusals() + self._checked
        self.problem_list.set_problems(self.problems)
        count = len(self.problems)
        self.tabs.setTabText(2, arg(self.tr("&Problem (%1)"), count) if count
                             else self.tr("&Problem"))

    def _say_held(self) -> None:
        self.statusBar().showMessage(self.tr(
            "Ett fält har ett värde som inte godtogs, så du är kvar här; rätta värdet eller "
            "ångra det (Ctrl+Z) innan du går vidare."))

    def write_draft(self) -> bool:
        """Write the draft now; whether it holds the unsaved changes (the status bar says)."""
        try:
            self.folder.write_draft()
        except OSError as exc:
            self.statusBar().showMessage(arg(self.tr(
                "Utkastet kunde inte sparas (%1); spara ändringarna med Ctrl+S."),
                describe_os_error(exc)))
            return False
        if self.folder.dirty:
            self.statusBar().showMessage(arg(self.tr("Osparade ändringar – utkast sparat %1"),
                                             dt.datetime.now().strftime("%H:%M:%S")))
        return True

    def _update_title(self) -> None:
        self.setWindowModified(self.folder.dirty)
        self.setWindowTitle(arg(self.tr("%1[*] – Redaktörsläge – Kvinnofrid Västmanland"),
                                self.folder.root.name))

    def refresh_head(self) -> None:
        self.publisher.set_value(str(self.folder.pack_field("publisher") or ""))
        version = str(self.folder.pack_field("version") or "")
        self.version_label.setText(version)

    def reload(self) -> None:
        """The model changed underneath every part (a draft restored, a sheet applied)."""
        self.refresh_head()
        self.documents.reload()
        self.contacts.reload()
        self._update_title()
        self.run_checks()
        self._draft_timer.start()

    # --- problems -----------------------------------------------------------------------------

    def go_to_problem(self, problem: EditorProblem) -> None:
        where = problem.location
        if where.part == DOCUMENTS:
            self.tabs.setCurrentWidget(self.documents)
            self.documents.show_location(where)
        elif where.part == CONTACTS:
            self.tabs.setCurrentWidget(self.contacts)
            self.contacts.show_location(where)
        elif where.part == PACK and where.field == "publisher":
            self.publisher.setFocus()
        elif where.part == PACK and where.field == "version":
            self.open_publish()

    # --- saving and closing -------------------------------------------------------------------

    def commit_pending(self) -> bool:
        """Apply the field being typed in; False (and that field shown) when it is refused."""
        for part in (self.documents, self.contacts):
            if not part.commit_pending():
                self.tabs.setCurrentWidget(part)
                self.statusBar().showMessage(self.tr(
                    "Ett fält har ett värde som inte godtogs; rätta det eller ångra ändringen."))
                return False
        return self.publisher.commit()

    def save(self) -> bool:
        if not self.commit_pending():
            # Said in a box, as for Publicera…: a status line was missed after Ctrl+S, or
            # after Spara in the closing question (the window then stayed open unexplained).
            self._say_refused(self.tr("Inget sparades"), self.tr(
                "Källmappen sparas inte förrän varje värde som inte godtogs är rättat eller "
                "ångrat (Ctrl+Z). Inget annat har gått förlorat: ändringarna finns kvar i "
                "fönstret och i utkastet.") if self.write_draft() else self.tr(
                "Källmappen sparas inte förrän varje värde som inte godtogs är rättat eller "
                "ångrat (Ctrl+Z). Ändringarna finns bara i det här fönstret: utkastet kunde "
                "inte sparas i källmappen. Stäng inte fönstret förrän de är sparade."))
            return False
        try:
            self.folder.save()
        except OSError as exc:
            # "i utkastet" only when the draft holds them now: a read-only folder refuses the
            # draft too, and the changes are then only in this window.
            if self.write_draft():
                kept = self.tr("Inget av det som redan fanns har ändrats, och ändringarna finns "
                               "kvar i fönstret och i utkastet.")
            else:
                kept = self.tr(
                    "Inget av det som redan fanns har ändrats. Ändringarna finns bara i det här "
                    "fönstret: utkastet kunde inte heller sparas i källmappen. Stäng inte "
                    "fönstret. Gör källmappen skrivbar (eller be IT om det) och spara igen med "
                    "Ctrl+S, eller skriv av ändringarna innan du stänger.")
            QMessageBox.critical(self, self.tr("Kunde inte spara"), arg(self.tr(
                "Källmappen kunde inte sparas: %1\n\n%2"), describe_os_error(exc), kept))
            return False
        self._update_title()
        self.statusBar().showMessage(arg(self.tr("Sparat %1"),
                                         dt.datetime.now().strftime("%H:%M:%S")), 5000)
        self.saved.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        pending = self.commit_pending()
        if self.folder.dirty or not pending:
            answer = QMessageBox.question(
                self, self.tr("Osparade ändringar"),
                self.tr("Källmappen har ändringar som inte är sparade. Spara dem innan "
                        "fönstret stängs?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.folder.revert()
                self.folder.discard_draft()
        self._check_timer.stop()
        self._draft_timer.stop()
        self.documents.shutdown()  # its preview worker must stop before the part goes away
        self.settings.set_value(options.EDITOR_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        event.accept()

    def _say_refused(self, title: str, text: str) -> None:
        """Why saving or publishing does nothing yet: the values typed and refused, each
        named."""
        self.show_problems()
        names = [self.problem_list.describe(p) for p in self.refusals()]
        if names:
            text += "\n\n" + "\n".join(f"• {name}" for name in names)
        QMessageBox.warning(self, title, text)

    # --- the round and publishing -------------------------------------------------------------

    def open_verification(self) -> None:
        from kvinnofrid_desktop.ui.editor.verification import VerificationDialog

        if not self.commit_pending():
            return
        dialog = VerificationDialog(self.folder, self, settings=self.settings)
        dialog.changed.connect(self.reload)
        dialog.open()
        self.verification_dialog = dialog

    def open_publish(self) -> None:
        from kvinnofrid_desktop.ui.editor.publish import PublishDialog

        if not self.commit_pending():
            self._say_refused(self.tr("Paketet kan inte publiceras ännu"), self.tr(
                "Paketet kan inte publiceras förrän varje värde som inte godtogs är rättat "
                "eller ångrat (Ctrl+Z): det som står i fältet är inte med i paketet."))
            return
        self.run_checks()
        found = errors(self.problems)
        if found:
            self.tabs.setCurrentWidget(self.problem_list)
            QMessageBox.warning(self, self.tr("Paketet kan inte publiceras ännu"), arg(self.tr(
                "Källmappen har %1 fel som stoppar publiceringen. De står under Problem; "
                "välj ett och tryck Enter för att gå till fältet."), len(found)))
            return
        dialog = PublishDialog(self.folder, engine_factory=self._engine_factory,
                               previous=self._previous_pack(), parent=self,
                               preview_window=self._preview_window)
        dialog.published.connect(self.published)
        dialog.prepared.connect(self.reload)  # published: the version is new, the folder saved
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        self.publish_dialog = dialog
