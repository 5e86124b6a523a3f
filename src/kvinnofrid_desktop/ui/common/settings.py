"""User settings, stored as INI in the platform's per-user config folder.

Every key is declared once in ``core/options.py`` (type, default, which policy key locks it);
reading or writing a key that is not declared raises KeyError, so a typo fails the first test
that reaches it instead of silently storing a new key.

A corrupt settings file must never stop a worker from opening the program: it is moved aside,
defaults are used, and the window tells the user what happened. The copy is named
``<name>.trasig``, then ``<name>.trasig-2``, ``-3``… (core/bookmarks.keep_copy), so a second
damaged file never overwrites the first one's copy, which may hold Mina sidor.

A file damaged while the program runs (a sync tool or a roaming profile writing it badly) is
noticed before the next write: QSettings would read it again and write back only the keys
changed since the start, so Mina sidor and the pages last read would be gone. The damaged file
is kept as ``.trasig`` too, everything the program holds is written whole, and ``rescued``
(the signal, in an open window) or the ``meta/rescued`` key (at the next start) says so.
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QStandardPaths, Signal

from kvinnofrid_desktop.core import options
from kvinnofrid_desktop.core.options import Setting

SETTINGS_FILE = "kvinnofrid-desktop.ini"
# Bump when a stored value changes meaning; older files are migrated in _migrate().
SETTINGS_VERSION = 1
# Bytes no INI file QSettings writes holds unescaped, nor a file typed in a text editor: a
# settings file with one of them was damaged (random bytes, a block of zeros).
_JUNK = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def default_settings_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base) / SETTINGS_FILE


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder where there is none (a file dialog
    given a folder that does not exist opens in the current directory instead)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class SettingsWatch(QObject):
    """Takes over QSettings' own write (an event it posts to itself after a change), so that
    every write goes through ``Settings.sync`` and its look at the file on disk; and tells an
    open window when a damaged file was written again whole."""

    # The file on disk was damaged while the program ran and has been written again whole:
    # the path of the damaged file's copy ("" when none was kept: it was empty).
    rescued = Signal(str)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self._settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self._settings.sync()
            return True
        return False


class Settings:
    """The program's settings; the keys are core/options.py's."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_settings_path()
        self.recovered_from: Path | None = None  # where a corrupt file was moved, if one was
        # Whether that file was moved aside because a newer version of the program wrote it
        # (not damaged: the newer version can use it again).
        self.recovered_newer = False
        # The file was damaged while the program last ran and was written again whole: the
        # copy of the damaged file ("" when none was kept). None when not.
        self.rescued: str | None = None
        self.watch = SettingsWatch(self)
        self._told = False  # an open window has said the last rescue (rescue_told)
        self._unsaid: str | None = None  # a rescue whose write failed: said once one succeeds
        self._qs = self._open()
        self._known = self._on_disk()  # the file as this program last read or wrote it

    def _open(self) -> QSettings:
        qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if qs.status() != QSettings.Status.NoError or not self._looks_sane(qs):
            self.recovered_newer = _is_newer(qs.value(options.SETTINGS_VERSION_KEY.key))
            del qs
            self.recovered_from = self._move_aside()
            qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if qs.value(options.SETTINGS_VERSION_KEY.key) is None:
            qs.setValue(options.SETTINGS_VERSION_KEY.key, SETTINGS_VERSION)
        rescued = qs.value(options.SETTINGS_RESCUED.key)
        if rescued is not None:  # said by the window now, so not again
            self.rescued = str(rescued)
            qs.remove(options.SETTINGS_RESCUED.key)
        _drop_file_paths(qs)
        qs.installEventFilter(self.watch)
        return qs

    def _looks_sane(self, qs: QSettings) -> bool:
        version = qs.value(options.SETTINGS_VERSION_KEY.key)
        if version is None:
            # Every file this program writes has a version. One without it is new (empty) or
            # holds at least one key we know; binary garbage parses as odd keys (or none) and
            # would be overwritten at the next save instead of being kept as .trasig.
            # A key we know among junk no program writes is what is left of a damaged file.
            data = self._on_disk() or b""
            return not data.strip() or (_JUNK.search(data) is None and
                                        any(_is_declared(k) for k in qs.allKeys()))
        try:
            return 1 <= int(version) <= SETTINGS_VERSION
        except (TypeError, ValueError):
            return False

    def _move_aside(self, data: bytes | None = None) -> Path | None:
        """Keep the file that cannot be used (``data``: its bytes as read) as a numbered copy
        beside it (an earlier copy, which may hold Mina sidor, is never written over) and
        remove it. The copy's path."""
        from kvinnofrid_desktop.core.bookmarks import keep_copy

        if data is None and not self.path.exists():
            return None
        try:
            target = keep_copy(self.path.read_bytes() if data is None else data,
                               self.path.parent, stem=f"{self.path.name}.trasig", suffix="")
            self.path.unlink()
        except OSError:
            self.path.unlink(missing_ok=True)
            return None
        return target

    # --- declared settings (core/options.py) ---------------------------------------------------

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(options.WINDOW_GEOMETRY)

    def set_window_geometry(self, value: QByteArray) -> None:
        self.set_value(options.WINDOW_GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        return self._bytes(options.WINDOW_STATE)

    def set_window_state(self, value: QByteArray) -> None:
        self.set_value(options.WINDOW_STATE, value)

    def page_margins(self) -> tuple[int, int, int, int] | None:
        """Where a document tab's pages sat at the last close (left, top, right, bottom): the
        start-up preview draws the first page there. None when unknown or not believable."""
        raw = self.value(options.PAGE_MARGINS)
        try:
            values = tuple(int(v) for v in raw) if isinstance(raw, list) else ()
        except (TypeError, ValueError):
            return None
        if len(values) != 4 or not all(0 <= v <= 10000 for v in values):
            return None
        return values

    def set_page_margins(self, margins: list[int]) -> None:
        self.set_value(options.PAGE_MARGINS, [int(v) for v in margins])

    def active_tab(self) -> str:
        return str(self.value(options.ACTIVE_TAB))

    def set_active_tab(self, tab: str) -> None:
        self.set_value(options.ACTIVE_TAB, tab)

    def export_folder(self) -> Path:
        """Where every dialog that writes a file starts (save a copy, export the card, print to
        a file): the folder last chosen in any of them, else Documents, else the home folder.
        Never the folder the program happened to be started from."""
        for candidate in (self.value(options.EXPORT_FOLDER),
                          self.value(options.OLD_EXPORT_FOLDER)):
            if candidate and Path(str(candidate)).is_dir():
                return Path(str(candidate))
        return documents_folder()

    def set_export_folder(self, folder: Path) -> None:
        self.set_value(options.EXPORT_FOLDER, str(folder))

    def document_state(self, key: str) -> dict[str, Any]:
        raw = self._qs.value(self._document_key(key))
        if not isinstance(raw, str):
            return {}
        try:
            value = json.loads(raw)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_document_state(self, key: str, state: dict[str, Any]) -> None:
        self._qs.setValue(self._document_key(key), json.dumps(state, sort_keys=True))

    @staticmethod
    def _document_key(key: str) -> str:
        return options.DOCUMENT_STATE.key[:-1] + _key(key)

    def flag(self, setting: Setting) -> bool:
        """A declared yes/no setting (INI stores "true"/"false" as text)."""
        value = self.value(setting)
        return value is True or str(value).strip().lower() in ("true", "1")

    def external_state(self, fingerprint: str) -> dict[str, Any]:
        """The remembered page and zoom of a PDF from outside the pack (only stored while
        "Kom ihåg externa filer" is on), by the fingerprint of its contents."""
        raw = self._qs.value(options.EXTERNAL_STATE.key[:-1] + _key(fingerprint))
        try:
            value = json.loads(raw) if isinstance(raw, str) else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_external_state(self, fingerprint: str, state: dict[str, Any]) -> None:
        self._qs.setValue(options.EXTERNAL_STATE.key[:-1] + _key(fingerprint),
                          json.dumps(state, sort_keys=True))

    def forget(self, *, bookmarks: bool) -> dict[str, int]:
        """Glöm allt: remove the remembered pages (pack documents and files from outside), the
        export folder and, if ``bookmarks``, Mina sidor. How many of each were removed, by
        kind: "documents", "external", "export_folder", "bookmarks"."""
        removed = {"documents": self._remove_group(options.DOCUMENT_STATE),
                   "external": self._remove_group(options.EXTERNAL_STATE),
                   "export_folder": 0, "bookmarks": 0}
        for folder in (options.EXPORT_FOLDER, options.OLD_EXPORT_FOLDER):
            if self._qs.contains(folder.key):
                self._qs.remove(folder.key)
                removed["export_folder"] = 1
        if bookmarks:
            from kvinnofrid_desktop.core import bookmarks as bookmark_file

            if self._qs.contains(options.BOOKMARKS.key):
                try:
                    count = len(bookmark_file.loads(str(self._qs.value(options.BOOKMARKS.key)))
                                .bookmarks)
                except ValueError:
                    count = 0
                self._qs.remove(options.BOOKMARKS.key)
                removed["bookmarks"] = count
            # The unreadable lists saved aside (core/bookmarks.keep_copy) are Mina sidor too,
            # and so are the settings files the program could not use (_move_aside), which
            # also hold what was read.
            removed["bookmark_copies"] = _unlink_all(bookmark_file.kept_copies(self.path.parent))
            removed["settings_copies"] = _unlink_all(self.kept_copies())
            self._qs.remove(options.SETTINGS_RESCUED.key)  # it names such a copy
        return removed

    def kept_copies(self) -> list[Path]:
        """The settings files this program could not use, kept beside it (``_move_aside``):
        whatever they held, Mina sidor and the pages last read among it."""
        try:
            return sorted(p for p in self.path.parent.glob(glob.escape(self.path.name) +
                                                           ".trasig*") if p.is_file())
        except OSError:
            return []

    def has_bookmarks_stored(self) -> bool:
        """Whether Mina sidor leave anything on disk: the list (readable or not), a copy of
        one that could not be read, or a settings file kept aside (it may hold a list)."""
        from kvinnofrid_desktop.core import bookmarks as bookmark_file

        return self._qs.contains(options.BOOKMARKS.key) or \
            bool(bookmark_file.kept_copies(self.path.parent)) or bool(self.kept_copies())

    def _remove_group(self, setting: Setting) -> int:
        group = setting.key[:-2]
        self._qs.beginGroup(group)
        count = len(self._qs.childKeys())
        self._qs.endGroup()
        self._qs.remove(group)
        return count

    def value(self, setting: Setting | str, default: Any = None) -> Any:
        """The stored value of a declared setting, else ``default``, else its declared
        default. A key that core/options.py does not declare raises KeyError."""
        spec = _declared(setting)
        fallback = spec.default if default is None else default
        return self._qs.value(spec.key, fallback)

    def set_value(self, setting: Setting | str, value: Any) -> None:
        spec = _declared(setting)
        if spec.read_only or spec.key.endswith("/*"):
            raise KeyError(f"the setting {spec.key!r} is not written this way")
        self._qs.setValue(spec.key, value)

    def sync(self) -> bool:
        """Write to disk; False when this write failed (full disk, read-only). A file that is
        no longer what this program wrote is looked at first (``_rescue``)."""
        if self._told:  # before a new rescue, which writes the key again
            self._qs.remove(options.SETTINGS_RESCUED.key)
            self._told = False
        rescued = self._rescue()
        if rescued is not None:
            self._unsaid = rescued
        if self._qs.status() != QSettings.Status.NoError:  # an earlier write failed
            self._qs = self._carried_over(self._qs)
        self._qs.sync()
        self._known = self._on_disk()
        if self._qs.status() != QSettings.Status.NoError:
            return False
        if self._unsaid is not None:  # said once the file holds it again
            said, self._unsaid = self._unsaid, None
            self.watch.rescued.emit(said)
        return True

    def rescue_told(self) -> None:
        """An open window has said that the file was written again whole: the next start
        need not (the key that would tell it goes with the next write)."""
        self._told = True

    def _rescue(self) -> str | None:
        """Before a write: when someone else has damaged the file on disk (junk, no version)
        or emptied it, keep it as ``.trasig`` and have the write put down everything the
        program holds, not only what changed since the start. The copy's path ("" when none
        was kept); None when nothing was damaged."""
        try:
            data: bytes | None = self.path.read_bytes()
        except FileNotFoundError:
            data = None
        except OSError:
            return None  # cannot be read (locked, no permission): QSettings says if it can write
        if data == self._known or (data is not None and not data.strip() and
                                   not (self._known or b"").strip()):
            return None  # as this program left it (or as empty as it was)
        if data is not None and _JUNK.search(data) is None and _stored_version(data) is not None:
            return None  # another program of ours wrote it: QSettings adds our changes to it
        copy = ""
        if data is not None and data.strip():
            kept = self._move_aside(data)
            copy = str(kept) if kept is not None else ""
        # Every key counts as changed: QSettings writes only those into the file it reads again.
        for key in self._qs.allKeys():
            self._qs.setValue(key, self._qs.value(key))
        if data is None:
            return None  # removed, not damaged: written again whole, nothing to say
        self._qs.setValue(options.SETTINGS_RESCUED.key, copy)
        return copy

    def _on_disk(self) -> bytes | None:
        """The file's bytes; None when there is none or it cannot be read."""
        try:
            return self.path.read_bytes()
        except OSError:
            return None

    def _carried_over(self, failed: QSettings) -> QSettings:
        """A QSettings holding what ``failed`` holds, not yet written. QSettings keeps the
        first error it met for good: without a fresh one, every later write would be said to
        fail too, even once there is room again. Keys that ``failed`` no longer has (Glöm
        allt) are removed from the fresh one, which reads the file as it was last written."""
        fresh = QSettings(str(self.path), QSettings.Format.IniFormat)
        fresh.installEventFilter(self.watch)
        keys = set(failed.allKeys())
        for key in fresh.allKeys():
            if key not in keys:
                fresh.remove(key)
        for key in keys:
            fresh.setValue(key, failed.value(key))
        return fresh

    def _bytes(self, setting: Setting) -> QByteArray | None:
        value = self.value(setting)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _declared(setting: Setting | str) -> Setting:
    spec = options.setting(setting if isinstance(setting, str) else setting.key)
    if not isinstance(setting, str) and spec is not setting:
        raise KeyError(f"the setting {setting.key!r} is not the one core/options.py declares")
    return spec


def _unlink_all(paths: list[Path]) -> int:
    """Remove each file; how many went (one that cannot be removed stays, uncounted)."""
    count = 0
    for path in paths:
        try:
            path.unlink()
            count += 1
        except OSError:
            pass
    return count


def _is_newer(version: Any) -> bool:
    """Whether a file's meta/version says a newer version of the program wrote it."""
    try:
        return int(version) > SETTINGS_VERSION
    except (TypeError, ValueError):
        return False


def _is_declared(key: str) -> bool:
    try:
        options.setting(key)
    except KeyError:
        return False
    return True


def _stored_version(data: bytes) -> int | None:
    """The version a settings file's bytes give in [meta] (as QSettings writes it), if any
    above 0. Read without QSettings: a second QSettings on the file would share the first
    one's state and write it into the damaged file."""
    section = ""
    for line in data.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == "meta" and line.partition("=")[0].strip() == "version":
            try:
                version = int(line.partition("=")[2].strip())
            except ValueError:
                return None
            return version if version >= 1 else None
    return None


def _drop_file_paths(qs: QSettings) -> None:
    """Before issue 19 every PDF opened from outside the pack was remembered under
    ``documents/file:<its absolute path>``: a client's name could stand in the settings file.
    Such keys are never written now; one left by an older version is removed at open."""
    group = options.DOCUMENT_STATE.key[:-2]
    qs.beginGroup(group)
    stale = [key for key in qs.childKeys() if key.startswith("file:")]
    qs.endGroup()
    for key in stale:
        qs.remove(f"{group}/{key}")


def _key(key: str) -> str:
    # QSettings treats '/' as a group separator and is picky about some characters in INI keys.
    return key.replace("\\", "_").replace("/", "|")
