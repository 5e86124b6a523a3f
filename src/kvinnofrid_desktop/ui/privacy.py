"""Made for a shared desk and a home visit (issue 19): Dölj snabbt and Glöm allt.

Dölj snabbt ("quick hide") is the "Lämna sidan snabbt" of Swedish municipal pages about
violence, for a screen the person a home visit is about may see: a toolbar button, and Shift
pressed three times quickly (GOV.UK's "exit this page" gesture). In the same event-loop turn it
clears the search field and its results, closes the user's own PDFs, shows the strategy's first
page and minimises the window. Nothing is lost that reopening does not bring back: the pack's
documents stay where they are, and a file from outside is only closed.

Glöm allt ("forget everything") removes what the settings remember about the user's reading:
the pages of the pack's documents, the page and zoom of files from outside (when "Kom ihåg
externa filer" was on), the export folder, the folders Qt's file dialog remembered, and, after
asking, Mina sidor; then it says what it removed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

PRESSES = 3
WITHIN_SECONDS = 2.0


class ShiftGesture(QObject):
    """``triggered`` when Shift is pressed ``PRESSES`` times within ``WITHIN_SECONDS`` with no
    other key between, wherever the focus is in the program.

    Key presses are watched on the window that has the keyboard (each of the program's
    windows, dialogs and open menus as it gets it), where the window system delivers them once
    before Qt passes them on to the focused widget. A filter on the whole application saw every
    event of every widget instead: building the action card sends some 25 000, and looking at
    each from Python made the card take 0.17 s longer to appear."""

    triggered = Signal()

    def __init__(self, parent: QObject, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._presses: list[float] = []
        self._stopped = False
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._watch)
        self._watch(QGuiApplication.focusWindow())

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # again: Qt keeps one, moved to the front

    def stop(self) -> None:
        """Stop watching (the window closes); calling it again does nothing."""
        app = QGuiApplication.instance()
        if self._stopped or not isinstance(app, QGuiApplication):
            return
        self._stopped = True
        app.focusWindowChanged.disconnect(self._watch)
        for window in QGuiApplication.allWindows():
            window.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() != Qt.Key.Key_Shift:
                self._presses.clear()
            elif not event.isAutoRepeat():  # holding Shift down is not pressing it again
                now = self._clock()
                self._presses = [t for t in self._presses if now - t <= WITHIN_SECONDS]
                self._presses.append(now)
                if len(self._presses) >= PRESSES:
                    self._presses.clear()
                    self.triggered.emit()
        return False


def close_harmless_dialogs() -> None:
    """An open menu or drop-down list (its own window: it would stay on screen), a file
    dialog (it may show a client's folder), a message or a question box is closed before the
    window hides; other dialogs (an import under way) go down with the window."""
    for _ in range(8):  # a menu's open submenus are popups too, each closed in turn
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog | QMessageBox | QInputDialog) and widget.isVisible():
            widget.reject()


class ForgetDialog(QDialog):
    """Glöm allt: what will be removed, and whether Mina sidor goes too (off by default)."""

    def __init__(self, bookmarks: int, parent: QWidget | None = None, *,
                 stored: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glöm allt"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "Programmet glömmer vilka sidor du senast läste i innehållspaketets dokument, "
            "sida och zoom för egna PDF-filer som du bett det komma ihåg, mappen du senast "
            "sparade i och mapparna som filväljaren kommer ihåg. Öppna egna filer stängs och "
            "sökningen töms. Det du har sökt sparas aldrig."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        # A list that cannot be read (or its saved copies) is still Mina sidor on this disk:
        # on a shared computer it must be possible to remove it here.
        if bookmarks:
            label = self.tr("Ta också bort Mina sidor (%n st.)", "", bookmarks)
        elif stored:
            label = self.tr("Ta också bort Mina sidor (den sparade listan som inte kunde läsas)")
        else:  # nothing on disk: greyed, and it says why
            label = self.tr("Ta också bort Mina sidor (inga sparade)")
        self.bookmarks_box = QCheckBox(label, self)
        self.bookmarks_box.setAccessibleName(self.bookmarks_box.text())
        self.bookmarks_box.setEnabled(bookmarks > 0 or stored)
        layout.addWidget(self.bookmarks_box)
        buttons = QDialogButtonBox(self)
        self.forget_button = buttons.addButton(self.tr("&Glöm"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.forget_button, cancel):
            button.setAccessibleName(button.text().replace("&", ""))
        cancel.setDefault(True)  # Enter by mistake forgets nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def removed_text(removed: dict[str, int], *, dialog_history: bool) -> str:
    """What Glöm allt says it removed, one thing per line. (Counts stand last, after a colon:
    the Swedish source has no plural forms of its own, "1 sidor" would be wrong.)"""
    translate = QCoreApplication.translate
    lines = []
    if removed.get("search"):
        lines.append(translate("ForgetDialog", "sökningen i sökfältet"))
    if removed.get("documents"):
        lines.append(translate("ForgetDialog", "sparade sidor för %n dokument", "",
                               removed["documents"]))
    if removed.get("external"):
        lines.append(translate("ForgetDialog", "sida och zoom för egna filer: %n", "",
                               removed["external"]))
    if removed.get("export_folder"):
        lines.append(translate("ForgetDialog", "mappen du senast sparade i"))
    if dialog_history:
        lines.append(translate("ForgetDialog", "mapparna som filväljaren kom ihåg"))
    if removed.get("closed"):
        lines.append(translate("ForgetDialog", "öppna egna filer, nu stängda: %n", "",
                               removed["closed"]))
    if removed.get("bookmarks"):
        lines.append(translate("ForgetDialog", "Mina sidor: %n", "", removed["bookmarks"]))
    if removed.get("bookmark_copies"):
        lines.append(translate("ForgetDialog", "sparade kopior av Mina sidor som inte kunde "
                               "läsas: %n", "", removed["bookmark_copies"]))
    if removed.get("settings_copies"):
        lines.append(translate("ForgetDialog", "sparade kopior av inställningar som inte kunde "
                               "användas: %n", "", removed["settings_copies"]))
    if not lines:
        return translate("ForgetDialog", "Det fanns inget sparat att glömma.")
    return translate("ForgetDialog", "Borttaget:") + "\n" + "\n".join(f"• {line}" for line in lines)


def ask_what_to_forget(parent: QWidget, bookmarks: int, *, stored: bool = False) -> bool | None:
    """Glöm allt's question: None when the user cancelled, else whether Mina sidor go too.
    ``stored``: something of Mina sidor is on disk even if no page could be read."""
    dialog = ForgetDialog(bookmarks, parent, stored=stored)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.bookmarks_box.isChecked()
    finally:
        dialog.deleteLater()


def say_what_was_forgotten(parent: QWidget, removed: dict[str, int], *,
                           dialog_history: bool) -> str:
    """The answer, one thing per line (also returned)."""
    text = removed_text(removed, dialog_history=dialog_history)
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ForgetDialog", "Glöm allt"), text,
                      QMessageBox.StandardButton.Ok, parent)
    try:
        box.exec()
    finally:
        box.deleteLater()
    return text
