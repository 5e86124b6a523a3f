"""A dialog body that scrolls when the dialog would be higher than the screen's free area.

At 200 % on a 1280 × 720 screen (360 px of free height) Inställningar and Importera
innehållspaket were 407–425 px high and could not be made lower: OK, Avbryt and Installera were
below the screen's edge. Everything but the button row goes in a ``ScrollingBody``; the dialog
opens at its whole size when the screen has room for it, else as high as the free area allows,
and the body scrolls down (never sideways)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kvinnofrid_desktop.ui.common.accessible import lines

# Room for the frame the system draws around a window, on either side (the title bar is added).
FRAME_ALLOWANCE = 8
# The least height of the scrolling part: a few lines are always in view.
BODY_MIN_LINES = 4


class ScrollingBody(QScrollArea):
    """The content (``content``, laid out by ``column``) at its whole size when there is room;
    narrower or lower than that, it scrolls down."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        # A stop for the keyboard (arrows and PgDown scroll it): a screen reader names it.
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget(self)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.content)
        self.content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Content shown or hidden changes this hint: the dialog's layout must ask again.
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def sizeHint(self) -> QSize:
        # The whole content (QScrollArea's own hint stops at 24 lines), and room for the bar.
        hint = self.content.sizeHint()
        height = self.content.heightForWidth(hint.width()) if self.content.hasHeightForWidth() \
            else -1
        return QSize(hint.width() + self._bar(), max(height, hint.height()))

    def minimumSizeHint(self) -> QSize:
        # As narrow as the content may get (it is never scrolled sideways), a few lines high.
        least = self.content.minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), lines(self, BODY_MIN_LINES)))


def _free_area(dialog: QDialog) -> QRect | None:
    """The free part of the screen the dialog opens on (its parent's)."""
    widget = dialog.parentWidget() or dialog
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def screen_room(dialog: QDialog) -> QSize:
    """The free part of the screen the dialog opens on, less its frame."""
    area = _free_area(dialog)
    if area is None:
        return QSize((1 << 24) - 1, (1 << 24) - 1)
    room = area.size()
    title = dialog.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dialog)
    return QSize(room.width() - 2 * FRAME_ALLOWANCE,
                 room.height() - title - 2 * FRAME_ALLOWANCE)


def fit_to_screen(dialog: QDialog, *, grow_only: bool = False) -> None:
    """Size ``dialog`` to what its layout wants, within the screen's free area (with
    ``grow_only``, never smaller than it is: new content shown, the dialog grows to show it if
    it can). Its minimum height is bounded by the free area too."""
    layout = dialog.layout()
    if layout is None:
        return
    for body in dialog.findChildren(ScrollingBody):
        body.updateGeometry()  # its content may have changed a moment ago
    layout.activate()
    room = screen_room(dialog)
    if dialog.minimumHeight() > room.height():
        dialog.setMinimumHeight(room.height())
    wanted = dialog.sizeHint()
    width = min(max(wanted.width(), dialog.minimumWidth()), room.width())
    need = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    height = min(max(need, wanted.height(), dialog.minimumHeight()), room.height())
    if grow_only:
        width, height = max(width, dialog.width()), max(height, dialog.height())
    frame = dialog.frameGeometry()
    margins = frame.size() - dialog.size()  # the frame the system draws
    dialog.resize(width, height)
    area = _free_area(dialog)
    if dialog.isVisible() and area is not None:
        # Placed (centred) while it was smaller, grown it reached below the screen's edge.
        outer = QRect(frame.topLeft(), QSize(width, height) + margins)
        x = max(min(outer.left(), area.right() + 1 - outer.width()), area.left())
        y = max(min(outer.top(), area.bottom() + 1 - outer.height()), area.top())
        if (x, y) != (outer.left(), outer.top()):
            dialog.move(x, y)
