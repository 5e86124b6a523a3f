"""Redaktörsläge → Kontrollrunda: a sheet per municipality out, the filled-in sheet back in.

Out: the contacts the card shows for one municipality, as CSV (for Excel) and as a printable
PDF. In: the returned CSV becomes a list of proposed changes (``core.authoring.verification``);
nothing is taken until the coordinator approves it, and a change the editor's own field checks
refuse is shown with its reason and cannot be ticked. Approved changes go into the (unsaved)
source folder; the editor window saves it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.authoring.verification import (
    ProposedChange,
    SheetReading,
    apply_change,
    read_sheet,
    write_sheet_csv,
)
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common import file_dialogs
from kvinnofrid_desktop.ui.common.accessible import chars, lines, name_combo
from kvinnofrid_desktop.ui.common.labels import problem_text
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.editor.fields import mark_colour, mark_text

CHANGE_ROLE = Qt.ItemDataRole.UserRole
TAKEN_ROLE = Qt.ItemDataRole.UserRole + 1  # True once the change went into the folder


def _file_name(municipality: str, suffix: str) -> str:
    fold = str.maketrans("åäöÅÄÖ", "aaoAAO")
    return f"kontrollblad-{municipality.translate(fold).lower()}{suffix}"


class VerificationDialog(QDialog):
    """Export a municipality's sheet; read a filled-in one back and approve its changes."""

    changed = Signal()  # approved changes were applied to the folder (unsaved; the window saves)

    def __init__(self, folder: SourceFolder, parent: QWidget | None = None, *,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        # Where the sheet's save dialog starts, and what it remembers: the folder the card's
        # export and every other saved file use (not the home folder each time).
        self.settings = settings
        self.reading: SheetReading | None = None
        self.setWindowTitle(self.tr("Kontrollrunda"))
        self.setMinimumWidth(max(640, chars(self, 90)))
        self._build()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        out_box = QGroupBox(self.tr("Kontrollblad att skicka ut"), self)
        out = QVBoxLayout(out_box)
        out.addWidget(self._label(self.tr(
            "Bladet listar alla kontakter som åtgärdskortet visar för kommunen, med status och "
            "källa, och ber kommunen bekräfta eller rätta varje rad. Skicka PDF-filen för "
            "utskrift eller CSV-filen för Excel."), self.tr("Om kontrollbladet")))
        row = QHBoxLayout()
        municipality_label = QLabel(self.tr("&Kommun:"), out_box)
        self.municipality = QComboBox(out_box)
        self.municipality.addItems(list(MUNICIPALITIES))
        name_combo(self.municipality, self.tr("Kommun"))
        municipality_label.setBuddy(self.municipality)
        self.csv_button = QPushButton(self.tr("Spara &CSV…"), out_box)
        self.csv_button.setAccessibleName(self.tr("Spara kontrollbladet som CSV"))
        self.pdf_button = QPushButton(self.tr("Spara &PDF…"), out_box)
        self.pdf_button.setAccessibleName(self.tr("Spara kontrollbladet som PDF"))
        row.addWidget(municipality_label)
        row.addWidget(self.municipality)
        row.addStretch()
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        out.addLayout(row)
        layout.addWidget(out_box)

        in_box = QGroupBox(self.tr("Ifyllt blad tillbaka"), self)
        back = QVBoxLayout(in_box)
        row = QHBoxLayout()
        self.read_button = QPushButton(self.tr("&Läs in ifyllt blad…"), in_box)
        self.read_button.setAccessibleName(self.tr("Läs in ett ifyllt kontrollblad"))
        row.addWidget(self.read_button)
        self.sheet_label = self._label("", self.tr("Inläst blad"), in_box)
        row.addWidget(self.sheet_label, 1)
        back.addLayout(row)
        changes_label = QLabel(self.tr("Föreslagna ä&ndringar (bocka ur det som inte ska tas "
                                       "in):"), in_box)
        changes_label.setWordWrap(True)
        self.changes = QListWidget(in_box)
        self.changes.setAccessibleName(self.tr("Föreslagna ändringar"))
        self.changes.setMinimumHeight(lines(self, 8))
        self.changes.setWordWrap(True)
        changes_label.setBuddy(self.changes)
        back.addWidget(changes_label)
        back.addWidget(self.changes, 2)
        self.notes_label = QLabel(self.tr("Kommunens k&ommentarer och rader som inte kunde "
                                          "läsas:"), in_box)
        self.notes_label.setWordWrap(True)
        self.notes = QListWidget(in_box)
        self.notes.setAccessibleName(self.tr("Kommentarer och olästa rader"))
        self.notes.setMinimumHeight(lines(self, 4))
        self.notes.setWordWrap(True)
        self.notes_label.setBuddy(self.notes)
        back.addWidget(self.notes_label)
        back.addWidget(self.notes, 1)
        row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Godkänn markerade"), in_box)
        self.approve_button.setAccessibleName(self.tr("Godkänn markerade ändringar"))
        self.approve_button.setEnabled(False)
        row.addStretch()
        row.addWidget(self.approve_button)
        back.addLayout(row)
        layout.addWidget(in_box, 1)

        self.message = self._label("", self.tr("Meddelande"))
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.csv_button.clicked.connect(self.save_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.read_button.clicked.connect(lambda: self.read_filled_in())
        self.approve_button.clicked.connect(self.approve)
        self.changes.itemChanged.connect(self._update_approve)
        self._show_notes(None)

    def _label(self, text: str, name: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # file names, the municipality's words
        label.setText(text)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- sending the sheet out ------------------------------------------------------------------

    def current_municipality(self) -> str:
        return self.municipality.currentText()

    def save_csv(self) -> Path | None:
        """Ask where, write the chosen municipality's sheet as CSV; the path, or None."""
        return self._save(self.tr("Spara kontrollblad som CSV"), ".csv",
                          self.tr("CSV-filer (*.csv)"), write_sheet_csv)

    def save_pdf(self) -> Path | None:
        """Ask where, write the chosen municipality's sheet as PDF; the path, or None."""
        from kvinnofrid_desktop.ui.editor.sheet_pdf import write_sheet_pdf

        return self._save(self.tr("Spara kontrollblad som PDF"), ".pdf",
                          self.tr("PDF-filer (*.pdf)"), write_sheet_pdf)

    def _save(self, title: str, suffix: str, filters: str,
              write: Callable[[SourceFolder, str, Path], object]) -> Path | None:
        target = self._ask_target(title, suffix, filters)
        if target is None:
            return None
        if self.settings is not None:
            self.settings.set_export_folder(target.parent)
        try:
            write(self.folder, self.current_municipality(), target)
        except OSError as exc:
            self._not_saved(target, exc)
            return None
        self._say("ok", arg(self.tr("Sparade kontrollbladet för %1 i %2."),
                            self.current_municipality(), str(target)))
        return target

    def _ask_target(self, title: str, suffix: str, filters: str) -> Path | None:
        start = self.settings.export_folder() if self.settings is not None else Path.home()
        suggested = start / _file_name(self.current_municipality(), suffix)
        chosen, _filter = file_dialogs.save_file(self, title, suggested, filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _not_saved(self, target: Path, exc: OSError) -> None:
        self._say("error", arg(self.tr("Filen kunde inte sparas i %1 (%2)."), str(target),
                               describe_os_error(exc)))

    # --- reading it back ------------------------------------------------------------------------

    def read_filled_in(self, path: Path | None = None) -> SheetReading | None:
        """Read a returned sheet (asks which unless ``path`` is given) and list its changes;
        the folder is not touched. None when it could not be read."""
        if path is None:
            # Where the sheets were saved: the returned one is usually put beside them.
            start = self.settings.export_folder() if self.settings is not None else Path.home()
            chosen = file_dialogs.open_file(self, self.tr("Läs in ifyllt kontrollblad"), start,
                                            self.tr("CSV-filer (*.csv *.txt);;Alla filer (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        # The previous sheet's changes go first: left ticked under another file's error, they
        # looked like this file's and could still be approved.
        self.reading = None
        self.sheet_label.setText(path.name)
        self.changes.clear()
        self._update_approve()
        self._show_notes(None)
        try:
            reading = read_sheet(self.folder, path)
        except PackError as exc:
            reason = "; ".join(problem_text(p.code, p.message) for p in exc.problems)
            self._say("error", arg(self.tr("%1 kunde inte läsas in: %2. Inget har ändrats."),
                                   path.name, reason))
            return None
        self.reading = reading
        self.sheet_label.setText(arg(self.tr("%1: blad för %2"), path.name,
                                     reading.municipality or self.tr("okänd kommun")))
        self._fill_changes(reading.changes)
        self._show_notes(reading)
        if reading.changes:
            self._say("info", self.tr("Gå igenom ändringarna och godkänn dem som stämmer."))
        else:
            self._say("info", self.tr("Bladet föreslår inga ändringar."))
        return reading

    def _fill_changes(self, changes: tuple[ProposedChange, ...]) -> None:
        self.changes.blockSignals(True)
        self.changes.clear()
        for change in changes:
            item = QListWidgetItem(self._describe(change), self.changes)
            item.setData(CHANGE_ROLE, change)
            if change.problem is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                # Not ticked beforehand when the row says more than the change (a note the
                # municipality wrote): the coordinator reads it first.
                item.setCheckState(Qt.CheckState.Unchecked if change.review
                                   else Qt.CheckState.Checked)
            else:
                # Shown, with why, but it cannot be ticked: the editor would refuse it too.
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
                # In the mark's colour, readable (4.5:1): a greyed (disabled) row would not be.
                item.setForeground(mark_colour("error") or QColor())
            item.setToolTip(item.text())
        if not changes:
            QListWidgetItem(self.tr("Inga ändringar föreslås."), self.changes).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self.changes.blockSignals(False)
        self._update_approve()

    def _describe(self, change: ProposedChange) -> str:
        text = change.describe_sv()
        if change.comment:
            text = arg(self.tr("%1 – ifyllt av %2"), text, change.comment)
        if change.problem is not None:
            text = arg(self.tr("%1 – kan inte tas in: %2"), text, change.problem)
        elif change.review:
            text = arg(self.tr("%1 – inte förbockad: %2"), text, change.review)
        return text

    def _show_notes(self, reading: SheetReading | None) -> None:
        self.notes.clear()
        if reading is not None:
            for name, comment in reading.comments:
                QListWidgetItem(arg(self.tr("Kommentar om %1: %2"), name, comment), self.notes)
            for problem in reading.problems:
                QListWidgetItem(arg(self.tr("Kunde inte läsas: %1"), problem), self.notes)
        visible = self.notes.count() > 0
        self.notes.setVisible(visible)
        self.notes_label.setVisible(visible)

    # --- approving ------------------------------------------------------------------------------

    def items(self) -> list[QListWidgetItem]:
        """The rows of the change list that hold a proposed change."""
        found = [self.changes.item(i) for i in range(self.changes.count())]
        return [item for item in found if item.data(CHANGE_ROLE) is not None]

    def checked_changes(self) -> list[ProposedChange]:
        return [item.data(CHANGE_ROLE) for item in self.items() if self._ticked(item)]

    @staticmethod
    def _ticked(item: QListWidgetItem) -> bool:
        return (not item.data(TAKEN_ROLE) and item.data(CHANGE_ROLE).problem is None
                and item.checkState() == Qt.CheckState.Checked)

    def _update_approve(self, *_args: object) -> None:
        self.approve_button.setEnabled(bool(self.checked_changes()))

    def approve(self) -> int:
        """Apply the ticked changes to the folder; the number taken."""
        taken, refused, notes = 0, [], []
        self.changes.blockSignals(True)
        for item in self.items():
            change: ProposedChange = item.data(CHANGE_ROLE)
            if not self._ticked(item):
                continue
            try:
                note = apply_change(self.folder, change)
            except FieldError as exc:
                refused.append(f"{change.describe_sv()}: {exc}")
                continue
            if note is not None:  # the structured hours a new text cleared, said now
                notes.append(note)
            taken += 1
            # Taken once: it can no longer be unticked or taken twice.
            item.setData(TAKEN_ROLE, True)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setForeground(mark_colour("ok") or QColor())
            item.setText(arg(self.tr("Inlagd: %1"), self._describe(change)))
        self.changes.blockSignals(False)
        self._update_approve()
        # No %n: the Swedish source is shown as it is, and "1 ändringar" would be wrong.
        text = arg(self.tr("Ändringar som togs in: %1. Spara i redaktören för att behålla "
                           "dem."), str(taken))
        if notes:
            text += "\n" + arg(self.tr("Se över: %1"), "\n".join(notes))
        if refused:
            text += "\n" + arg(self.tr("Kunde inte tas in: %1"), "\n".join(refused))
        self._say("error" if refused else "warning" if notes else "ok", text)
        if taken:
            self.changed.emit()
        return taken

    # --- messages -------------------------------------------------------------------------------

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _say(self, kind: str, text: str) -> None:
        mark_text(self.message, kind)
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()
