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
