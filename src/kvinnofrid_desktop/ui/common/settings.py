"""User settings: declared once, stored as INI in the platform's per-user config folder.

A corrupt settings file must never stop a worker from opening the program: it is moved aside,
defaults are used, and the window tells the user what happened.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

SETTINGS_FILE = "kvinnofrid-desktop.ini"
# Bump when a stored value changes meaning; older files are migrated in _migrate().
SETTINGS_VERSION = 1


def default_settings_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base) / SETTINGS_FILE


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder where there is none (a file dialog
    given a folder that does not exist opens in the current directory instead)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class Settings:
    """The program's settings; every key the program stores is named in this class."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self.recovered_from: Path | None = None  # where a corrupt file was moved, if one was
        self._qs = self._open()

    def _open(self) -> QSettings:
        qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if qs.status() != QSettings.Status.NoError or not self._looks_sane(qs):
            del qs
            self.recovered_from = self._move_aside()
            qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if qs.value("meta/version") is None:
            qs.setValue("meta/version", SETTINGS_VERSION)
        return qs

    @staticmethod
    def _looks_sane(qs: QSettings) -> bool:
        version = qs.value("meta/version")
        if version is None:
            return True
        try:
            return 1 <= int(version) <= SETTINGS_VERSION
        except (TypeError, ValueError):
            return False

    def _move_aside(self) -> Path | None:
        if not self.path.exists():
            return None
        target = self.path.with_suffix(".ini.trasig")
        try:
            shutil.move(self.path, target)
        except OSError:
            self.path.unlink(missing_ok=True)
            return None
        return target

    # --- declared settings --------------------------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    def page_margins(self) -> tuple[int, int, int, int] | None:
        """Where a document tab's pages sat at the last close (left, top, right, bottom): the
        start-up preview draws the first page there. None when unknown or not believable."""
        raw = self._qs.value("window/pageMargins")
        try:
            values = tuple(int(v) for v in raw) if isinstance(raw, list) else ()
        except (TypeError, ValueError):
            return None
        if len(values) != 4 or not all(0 <= v <= 10000 for v in values):
            return None
        return values  # type: ignore[return-value]

    def set_page_margins(self, margins: list[int]) -> None:
        self._qs.setValue("window/pageMargins", [int(v) for v in margins])

    def active_tab(self) -> str:
        return str(self._qs.value("window/tab", "strategy"))

    def set_active_tab(self, tab: str) -> None:
        self._qs.setValue("window/tab", tab)

    def export_folder(self) -> Path:
        """Where every dialog that writes a file starts (save a copy, export the card, print to
        a file): the folder last chosen in any of them, else Documents, else the home folder.
        Never the folder the program happened to be started from."""
        for candidate in (self._qs.value("files/exportFolder"),
                          self._qs.value("card/export_dir")):  # before one folder served all
            if candidate and Path(str(candidate)).is_dir():
                return Path(str(candidate))
        return documents_folder()

    def set_export_folder(self, folder: Path) -> None:
        self._qs.setValue("files/exportFolder", str(folder))

    def document_state(self, key: str) -> dict[str, Any]:
        raw = self._qs.value(f"documents/{_key(key)}")
        if not isinstance(raw, str):
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_document_state(self, key: str, state: dict[str, Any]) -> None:
        self._qs.setValue(f"documents/{_key(key)}", json.dumps(state, sort_keys=True))

    def value(self, name: str, default: Any = None) -> Any:
        return self._qs.value(name, default)

    def set_value(self, name: str, value: Any) -> None:
        self._qs.setValue(name, value)

    def sync(self) -> bool:
        """Write to disk; False when the file could not be written (full disk, read-only)."""
        self._qs.sync()
        return self._qs.status() == QSettings.Status.NoError

    def _bytes(self, name: str) -> QByteArray | None:
        value = self._qs.value(name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _key(key: str) -> str:
    # QSettings treats '/' as a group separator and is picky about some characters in INI keys.
    return key.replace("\\", "_").replace("/", "|")
