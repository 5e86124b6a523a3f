"""Parts that follow the palette when it changes.

Windows can switch to high contrast while the program is open (Alt+Shift+PrtScn): Qt then sets
a new application palette. What was worked out from the old one stays as it was: a colour
computed once, and the children of a widget with a style sheet (Qt's style sheet style gives
them a palette when it polishes them, and keeps it). ``follow_palette`` does such work again.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaletteFollower(QObject):
    """Watches the top-level window of ``widget``: Qt sends it ApplicationPaletteChange, but
    not a widget whose palette a style sheet has set (nor its children)."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)  # goes with the widget, and so does a pending call
        self._widget = widget
        self._apply = apply
        self._window: QWidget | None = None
        widget.installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        window = self._widget.window()
        if window is self._window:
            return
        if self._window is not None and shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
        window.installEventFilter(self)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ApplicationPaletteChange and watched is self._window:
            # The filter runs before the window takes the new palette, and the other widgets
            # get the news after it: the work is done once they all have it.
            QTimer.singleShot(0, self, self._apply)
        elif kind == QEvent.Type.ParentChange:
            # The widget, or the top of the part it was built in, was placed in a window.
            self._watch()
        return False


def follow_palette(widget: QWidget, apply: Callable[[], None], *, now: bool = True) -> None:
    """Call ``apply`` (which sets ``widget``'s style sheet or colours) now (unless ``now`` is
    false), and again each time the application's palette changes while ``widget`` exists."""
    if now:
        apply()
    _PaletteFollower(widget, apply)
