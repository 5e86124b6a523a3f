"""A tab page that builds its real content the first time something needs it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


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
            self.setFocusProxy(self._content)
        return self._content

    def built(self) -> QWidget | None:
        return self._content
