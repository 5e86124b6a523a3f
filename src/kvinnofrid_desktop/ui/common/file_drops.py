"""Files dragged onto a text field are not its text.

A file manager's drag carries each file's path as text too: a line edit pastes it (into a
title, a contact's name, the search field), and leaving an editor field would save it. The
window or part that takes files gets them wherever they are dropped; otherwise the fields refuse
them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def local_files(mime: QMimeData | None, suffixes: Sequence[str] = ()) -> list[Path]:
    """The local files a drag carries, only those ending in ``suffixes`` when given (lower
    case); none for text or web addresses."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if not suffixes or p.suffix.lower() in suffixes]


class FileDrops(QObject):
    """Routes files dropped on the watched fields to ``take`` (None: the fields refuse them)."""

    _DRAGS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)

    def __init__(self, parent: QWidget, take: Callable[[list[Path]], object] | None = None,
                 suffixes: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._take, self._suffixes = take, tuple(suffixes)

    def watch(self, widgets: Sequence[QWidget]) -> None:
        for widget in widgets:
            # A scroll area's drags arrive at its viewport (QPlainTextEdit, item views).
            target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
            target.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._DRAGS:
            return False
        assert isinstance(event, QDropEvent)  # DragEnter and DragMove derive from it
        mime = event.mimeData()
        if not local_files(mime):
            return False  # text is the field's own business
        files = local_files(mime, self._suffixes)
        if self._take is None or not files:
            event.ignore()
        else:
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._take(files)
        return True
