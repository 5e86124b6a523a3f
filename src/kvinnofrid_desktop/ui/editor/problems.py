"""The editor's list of problems: what ``pack build``/``pack verify`` would say, kept current.

Each row is one ``EditorProblem`` (core/authoring/checks.py): an error stops publishing, a
warning is shown and allowed. Enter or a double click asks the window to go to its field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kvinnofrid_desktop.core.authoring.checks import (
    CONTACTS,
    DOCUMENTS,
    ERROR,
    EditorProblem,
    errors,
)
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.labels import problem_text
from kvinnofrid_desktop.ui.dialogs.import_pack import status_pixmap
from kvinnofrid_desktop.ui.editor.fields import REFUSED

_LOCATION_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemsPart(QWidget):
    """The problems of the unsaved state; ``chosen(EditorProblem)`` when one is activated."""

    chosen = Signal(object)

    def __init__(self, folder: SourceFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.problems: list[EditorProblem] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problem"))
        self.list.setAccessibleDescription(
            self.tr("Tryck Enter för att gå till fältet där problemet rättas"))
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
            item = QListWidgetItem(self._icons[problem.severity], self.describe(problem))
            item.setData(_LOCATION_ROLE, problem)
            # The file, field and code the build would print, for whoever edits the files
            # (a refused value never reached the files: its own words).
            item.setToolTip((self.tr("Fel: måste rättas före publicering")
                             if problem.severity == ERROR
                             else self.tr("Varning: paketet kan ändå publiceras"))
                            + "\n" + (problem.problem.message if problem.code == REFUSED
                                      else problem.text_sv()))
            self.list.addItem(item)
            if item.text() == keep:
                self.list.setCurrentItem(item)
        count = len(errors(self.problems))
        warnings = len(self.problems) - count
        if not self.problems:
            self.summary.setText(self.tr("Inga problem: paketet kan publiceras."))
        elif count:
            self.summary.setText(arg(self.tr(
                "Fel: %1, varningar: %2. Felen måste rättas innan paketet kan publiceras; "
                "välj ett problem och tryck Enter för att gå till fältet."), count, warnings))
        else:
            self.summary.setText(arg(self.tr(
                "Varningar: %1, inga fel: paketet kan publiceras. Välj en varning och tryck "
                "Enter för att gå till fältet."), warnings))

    def describe(self, problem: EditorProblem) -> str:
        """What and where, as the coordinator knows it: the document's title or the contact's
        name, then the reason (the file and field are in the tooltip)."""
        where = problem.location
        message = problem_text(problem.code, problem.problem.message)
        if where.part == DOCUMENTS and isinstance(where.key, int):
            docs = self.folder.documents()
            if 0 <= where.key < len(docs):
                title = str(docs[where.key].get("title") or docs[where.key].get("id") or "")
                return arg(self.tr("Dokument ”%1”: %2"), title, message)
        if where.part == CONTACTS and isinstance(where.key, str):
            try:
                contact = self.folder.contact(where.key)
            except KeyError:
                return message
            name = str(contact.get("name") or where.key)
            # Ten municipalities each have a "Socialjour": the line says whose.
            if contact.get("scope") == "municipality" and contact.get("municipality"):
                return arg(self.tr("Kontakt ”%1” (%2): %3"), name,
                           str(contact["municipality"]), message)
            return arg(self.tr("Kontakt ”%1”: %2"), name, message)
        return message

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(_LOCATION_ROLE))
