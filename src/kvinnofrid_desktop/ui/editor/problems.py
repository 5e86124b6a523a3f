"""The editor's list of problems: what ``pack build``/``pack verify`` would say, kept current.

Each row is one ``EditorProblem`` (core/authoring/checks.py): an error stops publishing, a
warning is shown and allowed. Enter or a double click asks the window to go to its field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kvinnofrid_desktop.core.authoring.checks import ERROR, EditorProblem, errors
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.dialogs.import_pack import status_pixmap

_LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsPart(QWidget):
    """The problems of the unsaved state; ``chosen(EditorProblem)`` when one is activated."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[EditorProblem] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problem"))
        self.list.setAccessibleDescription(
            self.tr("Tryck Retur för att gå till fältet där problemet rättas"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(self._activated)
        self.summary.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._icons = {ERROR: QIcon(status_pixmap("error", 16)),
                       "warning": QIcon(status_pixmap("warn", 16))}
        self.set_problems([])

    def set_problems(self, problems: list[EditorProblem]) -> None:
        """Show ``problems``; the selected row stays selected when its problem remains."""
        current = self.list.currentItem()
        keep = current.text() if current is not None else None
        self.problems = list(problems)
        self.list.clear()
        for problem in self.problems:
            item = QListWidgetItem(self._icons[problem.severity], problem.text_sv())
            item.setData(_LOCATION_ROLE, problem)
            item.setToolTip(self.tr("Fel: måste rättas före publicering")
                            if problem.severity == ERROR
                            else self.tr("Varning: paketet kan ändå publiceras"))
            self.list.addItem(item)
            if item.text() == keep:
                self.list.setCurrentItem(item)
        count = len(errors(self.problems))
        warnings = len(self.problems) - count
        if not self.problems:
            self.summary.setText(self.tr("Inga problem: paketet kan publiceras."))
        elif count:
            self.summary.setText(arg(self.tr(
                "%1 fel och %2 varningar. Felen måste rättas innan paketet kan publiceras; "
                "välj ett problem och tryck Retur för att gå till fältet."), count, warnings))
        else:
            self.summary.setText(arg(self.tr(
                "%1 varningar och inga fel: paketet kan publiceras. Välj en varning och tryck "
                "Retur för att gå till fältet."), warnings))

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(_LOCATION_ROLE))
