"""What must never reach the log file: the names and paths of files the user opened from
outside the pack (they can carry a client's name), and anything the user typed to search.

The program's own code logs neither (a search query or an external path is never passed to a
logger). This filter is the second line, for text that is not ours – Qt's messages quote file
names: every external file the window opens is registered here, and the log file handler
replaces each registered text with ``<extern fil>``; the user's home folder is written ``~``.
Pure Python, so the policy reader and the command line can log through the same rules.
"""

from __future__ import annotations

import logging
from pathlib import Path

HIDDEN = "<extern fil>"
_private: set[str] = set()


def keep_out_of_log(path: Path | str) -> None:
    """Never write ``path``, its file name or the name without its suffix to the log."""
    path = Path(path)
    for text in (str(path), str(path.resolve()) if path.is_absolute() else "", path.name,
                 path.stem):
        if len(text) >= 3:  # a two-letter name would blank out ordinary words
            _private.add(text)


def redact(text: str) -> str:
    """``text`` with every registered private text hidden and the home folder shortened."""
    for secret in sorted(_private, key=len, reverse=True):  # the whole path before its name
        text = text.replace(secret, HIDDEN)
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


class PrivacyFilter(logging.Filter):
    """Rewrites each record's message through ``redact`` before a handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True
