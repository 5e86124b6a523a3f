"""A flat push button drawn as a link: an offer in a sentence ("Menade du …?", "Sök i alla
dokument efter …") that the keyboard reaches and Enter or Space clicks. Its words wrap: in the
narrow search panel "Visa vart man kan vända sig (Åtgärdskortet)" was cut to "(Åtgärdsko…"."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QWidget,
)

from kvinnofrid_desktop.ui.common.focus import keyboard_focus

_MARGIN = 3  # px around the words, room for the focus frame
_FLAGS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
          | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)


class LinkButton(QPushButton):
    """A QPushButton (keyboard, accessibility, ``clicked``) that lays its text out wrapped."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setFlat(True)
        self.setAutoDefault(True)  # Enter clicks it as well as Space
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)

    def _text_rect(self, width: int) -> QRect:
        inner = max(1, width - 2 * _MARGIN)
        return self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), _FLAGS, self.text())

    def sizeHint(self) -> QSize:
        one_line = self.fontMetrics().boundingRect(
            QRect(0, 0, 100_000, 1000), _FLAGS, self.text()).width()
        width = one_line + 2 * _MARGIN
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # Narrow as its longest word; the layout asks heightForWidth for the lines it then takes.
        words = self.text().replace("&&", "&").split() or [""]
        width = max(self.fontMetrics().horizontalAdvance(w) for w in words) + 2 * _MARGIN
        return QSize(width, self.fontMetrics().height() + 2 * _MARGIN)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._text_rect(width).height() + 2 * _MARGIN

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        style = self.style()
        palette = self.palette()
        area = self.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        style.drawItemText(painter, area, int(_FLAGS), palette, self.isEnabled(), self.text(),
                           palette.ColorRole.Link)
        if keyboard_focus(self):  # as a button draws it: after Tab, not after a click
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.state |= QStyle.StateFlag.State_KeyboardFocusChange
            frame.rect = self.rect().adjusted(1, 1, -1, -1)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, self)


def link_button(parent: QWidget, text: str = "") -> QPushButton:
    return LinkButton(text, parent)
