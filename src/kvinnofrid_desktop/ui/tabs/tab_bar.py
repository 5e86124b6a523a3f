"""The window's tab bar: the main tabs keep their titles, opened files' tabs make room."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar, QWidget


class MainTabBar(QTabBar):
    """With a few PDFs open, the bar used to scroll the four main tabs out of sight. The
    tabs of opened files now shrink first (their titles elided, whole in the tooltip); the
    main tabs never do, and scroll buttons appear only when even that is not enough."""

    def __init__(self, kept: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kept = kept  # the first ``kept`` tabs are the main ones
        self.setProperty("elideMode", 1)  # Qt.ElideRight (the Qt namespace is not loaded yet)

    def minimumTabSizeHint(self, index: int) -> QSize:
        if index < self.kept:
            return self.tabSizeHint(index)
        return super().minimumTabSizeHint(index)
