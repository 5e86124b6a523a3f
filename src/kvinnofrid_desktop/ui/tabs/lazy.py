"""A tab page that builds its real content the first time something needs it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            self._layout.addWidget(self._content)
            # addWidget shows the child only after the event loop runs; a caller that jumps
            # straight to an entry (search hit) needs it visible now.
            if self.isVisible():
                self._content.show()
            self.setFocusProxy(self._content)
        return self._content

    def built(self) -> QWidget | None:
        return self._content
