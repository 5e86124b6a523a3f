"""Where the keyboard focus lands when a whole tab or viewer is asked to take it.

The tabs and the viewer used to name a focus proxy for this. Qt 6 treats a container with a
focus proxy as a Tab stop of its own, so Tab jumped from the tab bar straight into the page and
never reached the toolbar or the search field. A widget that wants a first focus other than
Qt's default names it with a ``focus_default(reason)`` method instead; nothing else changes in
the focus chain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the Qt namespace costs ~15 ms to create: not before the first frame
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QAbstractScrollArea

FOCUS_FRAME_PX = 2  # the frame drawn around a large area that has the keyboard focus


def focus_default(widget: QWidget,
                  reason: Qt.FocusReason | None = None) -> None:
    """Give ``widget`` the keyboard focus where it wants it first."""
    chooser = getattr(widget, "focus_default", None)
    if callable(chooser):
        chooser(reason)
    else:
        take_focus(widget, reason)


def take_focus(widget: QWidget, reason: Qt.FocusReason | None = None) -> None:
    """``widget.setFocus``, with Qt's own default reason when none is given (the enum is not
    touched at import: the window's first frame does not need the ``Qt`` namespace)."""
    if reason is None:
        widget.setFocus()
    else:
        widget.setFocus(reason)


def keyboard_focus(widget: QWidget) -> bool:
    """``widget`` has the focus and the keyboard brought it there (Tab, Ctrl+1, an arrow):
    when Qt's styles draw their focus frames. The focus the window gives the page at start-up,
    or a click gives, is not drawn, as on a button."""
    from PySide6.QtCore import Qt

    return widget.hasFocus() and widget.window().testAttribute(
        Qt.WidgetAttribute.WA_KeyboardFocusChange)


def paint_focus_frame(painter: QPainter, area: QAbstractScrollArea) -> None:
    """Draw, with ``painter`` on ``area``'s viewport, a frame in the highlight colour along the
    viewport's edge when ``area`` has the keyboard focus: the style draws none around a page or
    a text box, and a keyboard user saw the focus nowhere. Call it last in the viewport's
    paintEvent, and update the viewport when the focus comes and goes."""
    if not keyboard_focus(area):
        return
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPalette, QPen

    pen = QPen(area.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME_PX)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_FRAME_PX / 2
    painter.drawRect(QRectF(area.viewport().rect()).adjusted(half, half, -half, -half))
