"""The first frame of a start on the action card: its place, with one line saying it opens.

Building the card (every sign, step and contact of the county: ≈ 0.3 s) waits until the window
is on screen with this line, so the window answers at once. Its own module: the document tab's
first frame (``preview.py``) must not pay for PySide's ``Qt`` namespace, which this label uses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class CardOnItsWay(QLabel):
    """The action card's place until it is built; ``firstPainted`` once it is on screen."""

    firstPainted = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
