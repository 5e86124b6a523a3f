"""A dialog whose wrapped text keeps the room it needs at the dialog's smallest size.

Qt takes a window's minimum from its layout's, which counts a wrapped label as one line: the
dialog could be made lower than its rows need, and they were drawn over each other (Publicera's
character count inside its news box, Inställningar's privacy note over its check box at 200 %
text). The height needed at the smallest width holds at every width (narrower needs more); a
message shown or hidden makes a new layout request, and the minimum follows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog


class WrappingDialog(QDialog):
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the layout has just been redone
            self.fit_minimum_height()
        return handled

    def fit_minimum_height(self) -> None:
        """No lower than the rows need at the smallest width."""
        layout = self.layout()
        if layout is None:
            return
        need = layout.minimumHeightForWidth(self.minimumWidth())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
