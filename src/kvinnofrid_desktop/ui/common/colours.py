"""Colours that stay readable in any palette, and parts that follow the palette when it changes.

Windows can switch to high contrast while the program is open (Alt+Shift+PrtScn): Qt then sets
a new application palette. What was worked out from the old one stays as it was: a colour
computed once, and the children of a widget with a style sheet (Qt's style sheet style gives
them a palette when it polishes them, and keeps it). ``follow_palette`` does such work again.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# WCAG 2.1: text 4.5:1 against its background (1.4.3), a control's outline 3:1 (1.4.11).
TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    def luminance(c: QColor) -> float:
        lin = [x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4
               for x in (c.redF(), c.greenF(), c.blueF())]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, against: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour`` itself when it stands out ``minimum``:1 against ``against``; else the first
    shade of it, mixed towards white on a dark background (black on a light one), that does.
    The editor's red stays red on black, only lighter."""
    if contrast(colour, against) >= minimum:
        return colour
    white, black = QColor(255, 255, 255), QColor(0, 0, 0)
    towards = white if contrast(white, against) >= contrast(black, against) else black
    for step in range(1, 21):
        amount = step / 20
        shade = QColor.fromRgbF(*(c * (1 - amount) + t * amount for c, t in zip(
            (colour.redF(), colour.greenF(), colour.blueF()),
            (towards.redF(), towards.greenF(), towards.blueF()), strict=True)))
        if contrast(shade, against) >= minimum:
            return shade
    return towards


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
