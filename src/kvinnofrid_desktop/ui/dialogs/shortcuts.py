"""Hjälp → Kortkommandon: every keyboard shortcut, read from the command registry.

The list is generated from ``ui/actions.py``, the registry the menus, the toolbars and the
actions themselves are built from, so it cannot drift from what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.ui.common.accessible import text_size


class ShortcutsDialog(QDialog):
    """``rows``: (group, command, keys), as ``actions.shortcut_rows()`` gives them; ``notes``:
    sentences shown under the table (``actions.shortcut_notes()``)."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None, *,
                 notes: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kortkommandon"))
        # Grows with the text size (never smaller than it was made for at 100 %).
        self.resize(text_size(self, 95, 40, least=QSize(560, 620)))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Allt i programmet går att nå med tangentbordet. "
                               "Tabb flyttar mellan fälten, Alt + understruken bokstav "
                               "väljer ett menyval eller en knapp."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Område"), self.tr("Åtgärd"), self.tr("Kortkommando")])
        self.table.setAccessibleName(self.tr("Kortkommandon"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for Stäng, as the line above promises; the arrows move in it.
        # With Qt's default, Tab went from cell to cell and never reached the button.
        self.table.setTabKeyNavigation(False)
        for r, (group, text, keys) in enumerate(rows):
            for c, value in enumerate((group, text, keys)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.notes: list[QLabel] = []
        for note in notes or ():  # why a gesture is what it is (Dölj snabbt: not Esc)
            label = QLabel(note, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
            self.notes.append(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Rows wrap at the columns' widths, which are known only once the table is laid out.
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)
