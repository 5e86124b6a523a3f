"""The program's file dialogs, which leave no list of the folders a user opened files from.

Qt's file dialog writes the folders it visited (``history``, ``lastVisited``) into the user's
``QtProject`` settings (``~/.config/QtProject.conf`` on Linux, ``HKCU\\Software\\QtProject`` on
Windows) when it closes: the folder of a client's file would stay there. Every dialog here
removes those two values afterwards (nothing else of that shared file is touched).

A PDF from outside the pack is opened with Qt's own dialog while "Kom ihåg externa filer" is
off: the platform's dialog adds the file to the system's recent-files list (Windows' Open/Save
MRU, GTK's recently-used.xbel), which this program can neither see nor clean.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_QT_GROUP = "FileDialog"
_VISITED = ("history", "lastVisited")


def open_file(parent: QWidget, title: str, folder: Path, filters: str, *,
              private: bool = False) -> str:
    """The file chosen to open, or "". ``private``: Qt's own dialog (see the module doc)."""
    options = QFileDialog.Option.DontUseNativeDialog if private else QFileDialog.Option(0)
    try:
        chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), filters,
                                                      options=options)
    finally:
        forget_dialog_history()
    return chosen


def save_file(parent: QWidget, title: str, suggested: Path, filters: str) -> tuple[str, str]:
    """The file name chosen to save to and the filter chosen, or ("", "")."""
    try:
        return QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    finally:
        forget_dialog_history()


def forget_dialog_history() -> bool:
    """Remove the folders Qt's file dialog remembered; True when there were any."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(_QT_GROUP)
    found = [key for key in _VISITED if settings.contains(key)]
    for key in found:
        settings.remove(key)
    settings.endGroup()
    settings.sync()
    return bool(found)
