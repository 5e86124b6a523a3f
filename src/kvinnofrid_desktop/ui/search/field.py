"""The search field in the toolbar. Kept apart from the results panel, which is built (and
the search code imported) only when the user first searches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kvinnofrid_desktop.ui.common.accessible import chars

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class SearchField(QLineEdit):
    """Down moves into the results, Esc gives up the search."""

    downPressed = Signal()
    escapePressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Sök i alla dokument (Ctrl+K)"))
        self.setAccessibleName(self.tr("Sök i alla dokument"))
        self.setAccessibleDescription(self.tr(
            "Resultaten visas medan du skriver. Nedåtpil flyttar till resultaten, Esc avbryter."))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(max(340, chars(self, 40)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: the field is part of the first frame

        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escapePressed.emit()
            return
        super().keyPressEvent(event)
