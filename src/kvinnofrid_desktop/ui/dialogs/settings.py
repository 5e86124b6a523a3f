"""Inställningar: language, the action card's municipality, what the administrator decided, and
the installed content packs (with a way back to the previous one).

A setting the administrator's policy sets is shown but cannot be changed here: it is disabled,
marked with a lock and the words "Låst av administratören", so nobody wonders why it will not
move. Nothing is written until OK, and then only what is not locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.install.active import plain
from kvinnofrid_desktop.core.install.policy import Policy
from kvinnofrid_desktop.core.install.signing import (
    INVALID,
    RETIRED,
    UNKNOWN_KEY,
    UNSIGNED,
    VERIFIED,
)
from kvinnofrid_desktop.core.install.store import (
    VERIFIED_AT_IMPORT,
    VERIFIED_THEN_RETIRED,
    InstalledPack,
    PackStore,
)
from kvinnofrid_desktop.core.options import CARD_MUNICIPALITY, LANGUAGE, REMEMBER_EXTERNAL
from kvinnofrid_desktop.core.pack.manifest import review_overdue
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.accessible import chars, lines, name_combo
from kvinnofrid_desktop.ui.common.i18n import LANGUAGES, SOURCE_LANGUAGE
from kvinnofrid_desktop.ui.common.labels import plain_tip, problem_text
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.common.wrapping_dialog import WrappingDialog
from kvinnofrid_desktop.ui.dialogs.scrolling_body import ScrollingBody, fit_to_screen
from kvinnofrid_desktop.ui.viewer.icons import viewer_icon

# Language names are shown in their own language, so anyone can find theirs.
_LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
# Room left for the window frame the system draws around the dialog, on either side.
_FRAME_ALLOWANCE = 8
QWIDGETSIZE_MAX = (1 << 24) - 1


class SettingsDialog(WrappingDialog):
    """The program's settings; ``packChanged`` after a rollback, ``settingsChanged(keys)``."""

    packChanged = Signal()
    settingsChanged = Signal(list)  # the keys written on OK

    def __init__(self, settings: Settings, policy: Policy, *, municipalities: Sequence[str],
                 store: PackStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.policy, self.store = settings, policy, store
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(self._fitting_width(max(720, chars(self, 100))))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        # Everything but OK and Avbryt scrolls when the screen is too low for it (200 %).
        self.body = ScrollingBody(self, self.tr("Inställningar"))
        self.body.column.setSpacing(12)
        self.body.column.addWidget(self._general(municipalities))
        if policy.problems:
            self.body.column.addWidget(self._policy_problems())
        if store is not None:
            self.body.column.addWidget(self._packs(), 1)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Set here rather than left to Qt's translation, which may be missing on a locked-down PC.
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Avbryt"))
        for button in (self.ok_button, self.cancel_button):
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Its height known before it is placed: grown after, it was centred for a lower
        # dialog and its buttons reached below the screen.
        layout.activate()
        self.fit_minimum_height()
        fit_to_screen(self)

    def _fitting_width(self, wanted: int) -> int:
        """``wanted``, but no wider than the screen's free width: at 200 % text the dialog
        was 1200 px wide and OK and Avbryt were off a 1024 px screen."""
        return min(wanted, self._screen_room().width() - 2 * _FRAME_ALLOWANCE)

    def _screen_room(self) -> QSize:
        """The free part of the screen the dialog opens on (its parent's)."""
        widget = self.parentWidget() or self
        screen = widget.screen() or QApplication.primaryScreen()
        if screen is None:
            return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        return screen.availableGeometry().size()

    # --- general --------------------------------------------------------------------------------

    def _general(self, municipalities: Sequence[str]) -> QGroupBox:
        box = QGroupBox(self.tr("Allmänt"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A row too wide for the screen puts its control under its label: at 200 % text the
        # labels and the export box side by side needed 1200 px.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)

        self.language_combo = QComboBox(box)
        name_combo(self.language_combo, self.tr("Språk"))
        for code in LANGUAGES:
            self.language_combo.addItem(_LANGUAGE_NAMES.get(code, code), code)
        running = QApplication.instance().property("kvinnofridLanguage") \
            if QApplication.instance() else None
        language = self.settings.value(LANGUAGE) or running or SOURCE_LANGUAGE
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self._initial_language = self.language_combo.currentData()
        note = self._note(self.tr("Gäller när programmet startas om."))
        self.language_combo.setAccessibleDescription(note.text())
        form.addRow(self._label(self.tr("&Språk:"), self.language_combo),
                    self._column(self.language_combo, note))

        self.municipality_combo = QComboBox(box)
        name_combo(self.municipality_combo, self.tr("Kommun i åtgärdskortet"))
        self.municipality_combo.addItem(self.tr("Hela länet"), "")
        for name in municipalities:
            self.municipality_combo.addItem(name, name)
        if self.policy.locks(CARD_MUNICIPALITY):
            chosen = self.policy.default_municipality or ""
        else:
            chosen = str(self.settings.value(CARD_MUNICIPALITY, "") or "")
        self.municipality_combo.setCurrentIndex(
            max(self.municipality_combo.findData(chosen), 0))
        self._initial_municipality = self.municipality_combo.currentData()
        hint = self._lock_or_note(CARD_MUNICIPALITY.locked_by, self.municipality_combo,
                                  self.tr("Visas först när du öppnar åtgärdskortet."))
        form.addRow(self._label(self.tr("&Kommun i åtgärdskortet:"), self.municipality_combo),
                    self._column(self.municipality_combo, hint))

        # Export is the administrator's decision alone: shown so a user knows why the menu
        # items are missing, never editable here.
        self.export_check = QCheckBox(
            self.tr("Tillåt ”Spara kopia” och ”Öppna i extern läsare”"), box)
        self.export_check.setAccessibleName(self.export_check.text())
        self.export_check.setChecked(self.policy.allow_export)
        self.export_check.setEnabled(False)
        hint = self._lock_or_note("allow_export", self.export_check,
                                  self.tr("Bestäms av administratören."))
        form.addRow(self._label(self.tr("Export:"), self.export_check),
                    self._column(self.export_check, hint))

        # No traces (issue 19): off unless the user asks; the policy may decide instead.
        self.remember_check = QCheckBox(self.tr("Kom i&håg externa filer"), box)
        self.remember_check.setAccessibleName(self.tr("Kom ihåg externa filer"))
        locked = self.policy.locks(REMEMBER_EXTERNAL)
        self.remember_check.setChecked(self.policy.remember_external_files if locked
                                       else self.settings.flag(REMEMBER_EXTERNAL))
        self._initial_remember = self.remember_check.isChecked()
        # One short line under the box (a wrapped note outgrows the dialog's height); the
        # whole of it for screen readers and as the tooltip.
        remember_note = self.tr("Av: inget sparas om PDF-filer utanför innehållspaketet.")
        whole = self.tr("Sida och zoom för PDF-filer som du öppnar utanför innehållspaketet. "
                        "Av: programmet sparar ingenting om dem, varken namn, sökväg eller sida.")
        hint = self._lock_or_note(REMEMBER_EXTERNAL.locked_by, self.remember_check,
                                  remember_note)
        if not locked:  # a locked box says "Låst av administratören" instead
            self.remember_check.setAccessibleDescription(whole)
            self.remember_check.setToolTip(whole)
        form.addRow(self._label(self.tr("Integritet:"), self.remember_check),
                    self._column(self.remember_check, hint))
        return box

    def _policy_problems(self) -> QGroupBox:
        """What the program could not use in the administrator's policy (a typo, a wrong type):
        said here rather than silently turned into the safest values."""
        box = QGroupBox(self.tr("Fel i administratörens inställningar"), self)
        column = QVBoxLayout(box)
        intro = self._note(self.tr(
            "Programmet kunde inte använda allt som administratören har ställt in. Det som "
            "inte gick att förstå har fått det säkraste värdet. Visa listan för IT-avdelningen; "
            "den finns också i programmets logg."))
        self.policy_problems = QListWidget(box)
        self.policy_problems.setAccessibleName(self.tr("Fel i administratörens inställningar"))
        self.policy_problems.setAccessibleDescription(intro.text())
        self.policy_problems.setWordWrap(True)
        for problem in self.policy.problems:
            where = problem.file if not problem.field else f"{problem.file}: {problem.field}"
            text = f"{where} – {problem_text(problem.code, problem.message)}"
            item = QListWidgetItem(text, self.policy_problems)  # plain text: the file's words
            item.setToolTip(plain_tip(text))
        self.policy_problems.setMaximumHeight(lines(self, 6))
        column.addWidget(intro)
        column.addWidget(self.policy_problems)
        return box

    def _lock_or_note(self, policy_key: str | None, control: QWidget, note: str) -> QWidget:
        """Below ``control``: the lock and "Låst av administratören" if the policy sets it."""
        if policy_key is None or not self.policy.locked(policy_key):
            return self._note(note)
        control.setEnabled(False)
        text = self.tr("Låst av administratören")
        control.setAccessibleDescription(text)
        # The file or the registry key (Group Policy) that set it.
        where = self.policy.source(policy_key) or str(self.policy.path or "")
        control.setToolTip(arg(self.tr("Inställningen är låst i %1"), where))
        row = QWidget(self)
        row.setObjectName(f"lock_{policy_key}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(row)
        # As high as a line of the words beside it: at 16 px it stayed small at 18 pt.
        side = max(16, self.fontMetrics().height())
        icon.setPixmap(viewer_icon("lock").pixmap(QSize(side, side), self.devicePixelRatioF()))
        icon.setAccessibleName(text)
        label = self._note(text)
        label.setParent(row)
        line.addWidget(icon)
        line.addWidget(label, 1)
        return row

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _note(self, text: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # may quote the policy file
        label.setText(text)
        label.setWordWrap(True)
        return label

    def _column(self, control: QWidget, note: QWidget) -> QWidget:
        """The control at its natural width, and below it a note that may use the full width."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(control, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(note)
        return holder

    # --- content packs --------------------------------------------------------------------------

    def _packs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Innehållspaket"), self)
        column = QVBoxLayout(box)
        self.packs_list = QTreeWidget(box)
        self.packs_list.setHeaderLabels([self.tr("Version"), self.tr("Utgivare"),
                                         self.tr("Signatur"), self.tr("Status")])
        self.packs_list.setRootIsDecorated(False)
        self.packs_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packs_list.setAccessibleName(self.tr("Installerade innehållspaket"))
        # Seven lines, or an eighth of a low screen (a header and two packs): at 200 % text
        # seven lines (238 px) took the room the notes above need, and the dialog was higher
        # than a 768 px screen.
        self.packs_list.setMinimumHeight(min(lines(self, 7), self._screen_room().height() // 8))
        header = self.packs_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The publisher takes the room; the signature its text's width, up to two fifths
        # (_fit_pack_columns). Stretched alike, "Inbyggt standardinnehåll" had room to spare
        # beside "Kvinnofrid Västmanland (sammanstä…".
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.packs_list.viewport().installEventFilter(self)
        column.addWidget(self.packs_list)
        row = QHBoxLayout()
        self.packs_status = QLabel(box)
        self.packs_status.setTextFormat(Qt.TextFormat.PlainText)  # names packs
        self.packs_status.setWordWrap(True)
        self.packs_status.setAccessibleName(self.tr("Status för innehållspaket"))
        self.rollback_button = QPushButton(self.tr("Åte&rställ föregående innehållspaket"), box)
        self.rollback_button.setAccessibleName(self.tr("Återställ föregående innehållspaket"))
        self.rollback_button.clicked.connect(self._rollback)
        self.remove_button = QPushButton(self.tr("&Ta bort"), box)
        self.remove_button.setAccessibleName(self.tr("Ta bort det markerade innehållspaketet"))
        self.remove_button.clicked.connect(self._remove)
        self.packs_list.itemSelectionChanged.connect(self._selection_changed)
        row.addWidget(self.packs_status, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.rollback_button)
        column.addLayout(row)
        self._fill_packs()
        return box

    def _fill_packs(self) -> None:
        assert self.store is not None
        self.packs_list.clear()
        packs = self.store.installed()
        for pack in packs:
            if pack.builtin:
                signature = self.tr("Inbyggt standardinnehåll")
            elif pack.problem_found is not None:
                found = pack.problem_found
                signature = arg(self.tr("Kan inte användas: %1"),
                                problem_text(found.code, plain(found)))
            elif pack.problem:
                signature = arg(self.tr("Kan inte användas: %1"), pack.problem)
            else:
                signature = self._signature_text(pack)
            item = QTreeWidgetItem(self.packs_list, [
                pack.version, pack.publisher or "", signature,
                self.tr("Aktivt") if pack.active else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, pack)
            item.setToolTip(0, plain_tip(self._review_text(pack)))
            for col in (1, 2):  # narrow columns cut long names; the tooltip has them whole
                item.setToolTip(col, plain_tip(item.text(col)))
            if pack.active:
                for col in range(self.packs_list.columnCount()):
                    font = item.font(col)
                    font.setBold(True)
                    item.setFont(col, font)
        self._fit_pack_columns()
        # From the embedded default there is nothing to go back to; from a damaged installed
        # pack (the default shown in its place) there is: rolling back removes it.
        # A pack a newer program made is kept for it: the previous one is already shown, and
        # going back would only delete it.
        newer = self.store.chosen_by_newer_program()
        self.rollback_button.setEnabled(self.store.chosen_version() is not None and not newer)
        self.rollback_button.setToolTip(self.tr(
            "Det nyare paketet sparas tills programmet har uppdaterats; det föregående visas "
            "redan.") if newer else "")
        self._selection_changed()

    def _review_text(self, pack: InstalledPack) -> str:
        """The manifest's renew-by date, and whether it has passed (``pack list`` says so too)."""
        if not pack.review_by:
            return ""
        if review_overdue(pack.review_by, dt.date.today()):
            return arg(self.tr("Paketet %1 skulle ha förnyats senast %2. Fråga samordnaren "
                               "efter ett nytt."), pack.version, pack.review_by)
        return arg(self.tr("Paketet %1 förnyas senast %2."), pack.version, pack.review_by)

    def _removable(self) -> InstalledPack | None:
        """The selected pack when it may be removed: installed, neither chosen nor shown."""
        assert self.store is not None
        items = self.packs_list.selectedItems()
        pack = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        if not isinstance(pack, InstalledPack) or pack.builtin or pack.active \
                or pack.version == self.store.chosen_version():
            return None
        return pack

    def _selection_changed(self) -> None:
        """The remove button follows the selection; the status line says when the selected
        pack is to be renewed (the list has no room for a column of its own)."""
        self.remove_button.setEnabled(self._removable() is not None)
        items = self.packs_list.selectedItems()
        pack = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        if isinstance(pack, InstalledPack) and pack.review_by:
            self.packs_status.setText(self._review_text(pack))

    def _remove(self) -> None:
        assert self.store is not None
        pack = self._removable()
        if pack is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Ta bort innehållspaket"),
            arg(self.tr("Paketet %1 tas bort från den här datorn. Det som visas nu ändras "
                        "inte. Du kan importera paketet igen senare.\n\nVill du ta bort det?"),
                pack.version),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            gone = self.store.remove(pack.version)
        except PackError as exc:
            message = problem_text(exc.first.code, exc.first.message)
            self.packs_status.setText(message[:1].upper() + message[1:])
            return
        self._fill_packs()
        self.packs_status.setText(arg(self.tr("Paketet %1 togs bort."), pack.version) if gone
                                  else arg(self.tr(
                                      "Paketet %1 är inte längre installerat. Dess mapp tas "
                                      "bort när den inte längre är öppen (senast vid nästa "
                                      "start)."), pack.version))

    def _signature_text(self, pack: InstalledPack) -> str:
        """The store's verdict on an installed pack in the window's language (the store's own
        text is Swedish: "Osignerat" stood in the English list)."""
        key, by = pack.signature_key or "?", pack.signature_by or ""
        texts = {
            VERIFIED: arg(self.tr("Verifierat av %1"), by),
            UNSIGNED: self.tr("Osignerat"),
            INVALID: self.tr("Ogiltig signatur"),
            UNKNOWN_KEY: arg(self.tr("Signerat med en okänd nyckel (%1)"), key),
            RETIRED: arg(self.tr("Signerat med en tillbakadragen nyckel (%1)"), key),
            VERIFIED_AT_IMPORT: arg(self.tr(
                "Verifierat vid importen med nyckeln %1, som programmet inte längre litar på. "
                "Fråga IT-avdelningen."), key),
            VERIFIED_THEN_RETIRED: arg(self.tr(
                "Verifierat av %1; nyckeln %2 har sedan dragits tillbaka"), by, key),
        }
        return texts.get(pack.signature_kind) or pack.signature[:1].upper() + pack.signature[1:]

    def _fit_pack_columns(self) -> None:
        room = self.packs_list.viewport().width()
        self.packs_list.header().resizeSection(
            2, min(self.packs_list.sizeHintForColumn(2), room * 2 // 5))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.packs_list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pack_columns()
        return super().eventFilter(watched, event)

    def _rollback(self) -> None:
        assert self.store is not None
        # The version installed as active, which is the one removed: when it is damaged,
        # another is shown in its place and would be named wrongly.
        leaving = self.store.chosen_version()
        answer = QMessageBox.question(
            self, self.tr("Återställ föregående innehållspaket"),
            arg(self.tr("Paketet %1 tas bort och föregående innehållspaket visas i stället. Du "
                        "kan importera paketet igen senare.\n\nVill du återställa föregående "
                        "innehållspaket?"),
                leaving or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            now = self.store.rollback()
        except PackError as exc:
            message = problem_text(exc.first.code, exc.first.message)
            self.packs_status.setText(message[:1].upper() + message[1:])
            return
        self._fill_packs()
        self.packs_status.setText(
            self.tr("Standardinnehållet visas nu.") if now.builtin
            else arg(self.tr("Paketet %1 visas nu."), now.version))
        self.packChanged.emit()

    # --- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        """Write what changed and is not locked, then close."""
        written = []
        language = self.language_combo.currentData()
        municipality = self.municipality_combo.currentData()
        for setting, value, initial in ((LANGUAGE, language, self._initial_language),
                                        (CARD_MUNICIPALITY, municipality,
                                         self._initial_municipality),
                                        (REMEMBER_EXTERNAL, self.remember_check.isChecked(),
                                         self._initial_remember)):
            if value != initial and not self.policy.locks(setting):
                self.settings.set_value(setting, value)
                written.append(setting.key)
        if written:
            self.settings.sync()
            self.settingsChanged.emit(written)
        super().accept()
