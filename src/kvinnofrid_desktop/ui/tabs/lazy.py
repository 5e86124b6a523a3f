"""A tab page that builds its real content the first time something needs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kvinnofrid_desktop.ui.common.focus import focus_default

if TYPE_CHECKING:  # not before the first frame (see ui/common/focus.py)
    from PySide6.QtCore import Qt


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        self._placeholder: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_placeholder(self, widget: QWidget) -> None:
        """Show ``widget`` until the real tab is built (the first frame at start-up)."""
        if self._content is None and self._placeholder is None:
            self._placeholder = widget
            self._layout.addWidget(widget)

    def placeholder(self) -> QWidget | None:
        return self._placeholder

    def content(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            if self._placeholder is not None:
                # Swapped before control returns to the event loop: no frame shows both.
                self._layout.removeWidget(self._placeholder)
                self._placeholder.hide()
                self._placeholder.deleteLater()
                self._placeholder = None
            self._layout.addWidget(self._content)
            # addWidget shows the child only after the event loop runs; a caller that jumps
            # straight to an entry (search hit) needs it visible now.
            if self.isVisible():
                self._content.show()
        return self._content

    def focus_default(self, reason: Qt.FocusReason | None = None) -> None:
        """Put the keyboard focus where the real tab wants it first (built now if need be).

        Not a focus proxy: Qt treats a container with a proxy as a Tab stop of its own, and
        Tab then jumps from the tab bar straight to the proxy, skipping what lies between.
        """
        focus_default(self.content(), reason)

    def built(self) -> QWidget | None:
        return self._content
