"""Helpers for screen readers and for large text.

Every focusable widget needs an accessible name (``tests/ui/test_accessibility.py`` walks the
whole window and every dialog for it). A combo box is three widgets to a screen reader: the box,
its editor when editable, and the list it opens; each gets the name.

Sizes are given in characters and lines of the widget's own font, never in pixels, so a dialog
grows with the system's text size (200 % text must not cut a sentence in half).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget


def name_combo(combo: QComboBox, name: str, description: str = "") -> None:
    """Name ``combo``, its editor (if editable) and its drop-down list."""
    combo.setAccessibleName(name)
    combo.view().setAccessibleName(name)
    editor = combo.lineEdit()
    if editor is not None:
        editor.setAccessibleName(name)
    if description:
        combo.setAccessibleDescription(description)


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` where the focus is not (a search's outcome, a list
    that changed beside the control used), without moving the focus. Nothing is sent when no
    assistive technology listens."""
    # Here, not at import: these classes bring some 800 enum members, and the first frame
    # imports this module.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def chars(widget: QWidget, count: float) -> int:
    """The width of ``count`` average characters in ``widget``'s font, in pixels."""
    return round(widget.fontMetrics().averageCharWidth() * count)


def lines(widget: QWidget, count: float) -> int:
    """The height of ``count`` lines of ``widget``'s font, in pixels."""
    return round(widget.fontMetrics().lineSpacing() * count)


def first_size(window: QWidget, wanted: QSize) -> None:
    """Size a window opened for the first time: ``wanted``, but within the screen's free area
    (the editor opened 1200 × 800 on a 1024 × 768 screen, its buttons out of reach)."""
    screen = window.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.95)
    window.resize(wanted)


def text_size(widget: QWidget, columns: float, rows: float, *,
              least: QSize | None = None) -> QSize:
    """``columns`` characters by ``rows`` lines (at least ``least``), but never larger than
    most of the screen: a dialog 620 px high did not fit an 800 × 600 screen."""
    size = QSize(chars(widget, columns), lines(widget, rows))
    if least is not None:
        size = size.expandedTo(least)
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry().size() * 0.9
        size = size.boundedTo(room)
    return size
