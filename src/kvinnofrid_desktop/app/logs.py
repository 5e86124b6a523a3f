"""The program's log: a rotating file in the platform's per-user log folder, with Qt's own
messages routed into it (``qInstallMessageHandler``).

    Linux    ~/.local/state/kvinnofrid-desktop/log/kvinnofrid-desktop.log
    Windows  %LOCALAPPDATA%\\Kvinnofrid Västmanland\\kvinnofrid-desktop\\Logs\\…
    macOS    ~/Library/Logs/kvinnofrid-desktop/…
    (``KVINNOFRID_LOG_DIR`` moves it; three files of at most 512 kB each are kept)

Nothing personal goes in (core/logsafe.py): no search text, no name or path of a file opened
from outside the pack.

Start-up pays for none of it: ``logging.handlers`` imports socket, pickle and queue (≈ 4 ms), so
``start()`` only keeps records in memory and routes Qt's messages; ``open_file()`` runs once the
window is complete (and at exit, if it never was) and writes what was kept.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs

LOG_DIR_ENV = "KVINNOFRID_LOG_DIR"
LOG_FILE = "kvinnofrid-desktop.log"
MAX_BYTES = 512 * 1024
BACKUPS = 2
LOGGERS = ("kvinnofrid_desktop", "qt")  # the program's modules, Qt's messages
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MAX_PENDING = 2000

log = logging.getLogger("kvinnofrid_desktop.app")


def log_dir() -> Path:
    if override := os.environ.get(LOG_DIR_ENV):
        return Path(override)
    return Path(platformdirs.user_log_dir("kvinnofrid-desktop", "Kvinnofrid Västmanland"))


class _Pending(logging.Handler):
    """Keeps records until the file is opened (bounded: a flood before then is cut short)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < _MAX_PENDING:
            self.records.append(record)


_pending: _Pending | None = None
_file: logging.Handler | None = None
_previous_qt_handler: list[object] = []  # [handler] while ours is installed
# Qt messages that say nothing to anyone: the offscreen platform (`screenshot`, headless use)
# prints this twice per window shown, into IT's script logs.
_QT_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


def start(level: int = logging.INFO) -> None:
    """Collect the program's and Qt's log records from now on (once per process)."""
    global _pending
    if _pending is not None or _file is not None:
        return
    _pending = _Pending()
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(_pending)
    route_qt_messages()
    atexit.register(_at_exit)


def open_file() -> Path | None:
    """Open the log file and write what was kept; its path, or None when it cannot be written
    (a read-only profile: the program runs on without a log)."""
    global _pending, _file
    if _file is not None:
        return Path(getattr(_file, "baseFilename", ""))
    from logging.handlers import RotatingFileHandler

    from kvinnofrid_desktop.core.logsafe import PrivacyFilter

    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES,
                                      backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PrivacyFilter())
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        if _pending is not None:
            logger.removeHandler(_pending)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)
    kept, _pending, _file = (_pending.records if _pending else []), None, handler
    log.info("kvinnofrid-desktop %s, Python %s, %s", _version(), sys.version.split()[0],
             sys.platform)
    for record in kept:  # what happened at start-up, before the file was opened
        handler.handle(record)
    return folder / LOG_FILE


def _at_exit() -> None:
    if _pending is not None:  # a start that ended before its window completed still logs
        open_file()


def flush() -> None:
    if _file is not None:
        _file.flush()


def _version() -> str:
    from kvinnofrid_desktop import __version__

    return __version__


def route_qt_messages() -> None:
    """Qt's warnings go to the logger ``qt`` (and on to whatever handler was there before: a
    test's, or Qt's own printing to the terminal)."""
    from PySide6.QtCore import (
        QMessageLogContext,
        QtMsgType,
        qFormatLogMessage,
        qInstallMessageHandler,
    )

    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qt_log = logging.getLogger("qt")
    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in _QT_NOISE:
            return
        category = getattr(context, "category", None) or "default"
        qt_log.log(levels.get(mode, logging.WARNING), "%s: %s", category, message)
        if previous is not None:
            previous(mode, context, message)
        else:  # what Qt does without a handler (QT_MESSAGE_PATTERN included)
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    _previous_qt_handler[:] = [previous]


def drop_qt_noise() -> Callable[[], None]:
    """Where the log is not started (``screenshot``): Qt prints its messages as it would,
    except ``_QT_NOISE``. Returns what gives Qt back its previous handler."""
    from PySide6.QtCore import (
        QMessageLogContext,
        QtMsgType,
        qFormatLogMessage,
        qInstallMessageHandler,
    )

    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in _QT_NOISE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


def stop() -> None:
    """Undo ``start()``: close the file and give Qt back the handler it had (tests)."""
    global _pending, _file
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for handler in (_pending, _file):
            if handler is not None:
                logger.removeHandler(handler)
    if _file is not None:
        _file.close()
    _pending = _file = None
    if _previous_qt_handler:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(_previous_qt_handler.pop())  # type: ignore[arg-type]
