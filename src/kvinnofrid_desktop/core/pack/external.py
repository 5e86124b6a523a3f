"""Files that come from outside the program: read safely, parse into a named problem or data.

Every manifest, action card, signature, key, policy and pointer file goes through here, so one
place decides what "unreadable" means:

- ``read_limited`` reads only a regular file, at most ``limit`` bytes, and never waits: a FIFO, a
  device or a folder named where a file belongs is refused at once instead of hanging the start.
- ``loads`` turns JSON bytes into data, or raises ``ExternalFileError`` with a Swedish reason for
  whatever is wrong: not UTF-8, not JSON, nested too deep, a number thousands of digits long
  (Python raises ValueError, not JSONDecodeError, for those), NaN, or a lone surrogate (which
  would crash printing and signing later).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.fsutil import reason_sv

MAX_NUMBER_DIGITS = 30  # dates, sizes and versions need far fewer
MAX_DEPTH = 64


class ExternalFileError(ValueError):
    """A file from outside is unusable; the message says why, in Swedish. ``code`` names the
    reason for a window in another language: bad_path, unreadable, not_regular, too_large
    (``limit_kb``), invalid (not JSON as expected), or the caller's own."""

    def __init__(self, message: str, code: str = "invalid", limit_kb: int = 0) -> None:
        super().__init__(message)
        self.code, self.limit_kb = code, limit_kb


class FileTooLargeError(ExternalFileError):
    """Larger than the caller's limit (some callers report it with a code of its own)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"är för stor (högst {limit // 1024} kB)", "too_large", limit // 1024)


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ``ExternalFileError`` if it is anything else or
    larger than ``limit``. FileNotFoundError passes through (a missing file is often fine)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except ValueError:  # a NUL byte in the path
        raise ExternalFileError("sökvägen innehåller ett ogiltigt tecken", "bad_path") from None
    except OSError as exc:
        raise ExternalFileError(f"kan inte läsas ({reason_sv(exc)})", "unreadable") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ExternalFileError("är ingen vanlig fil", "not_regular")
        if info.st_size > limit:
            raise FileTooLargeError(limit)
        chunks, left = [], limit + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise ExternalFileError(f"kan inte läsas ({reason_sv(exc)})", "unreadable") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLargeError(limit)
    return data


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ExternalFileError("innehåller ett orimligt långt tal")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS * 2:
        raise ExternalFileError("innehåller ett orimligt långt tal")
    return float(text)


def _reject_constant(name: str) -> None:
    raise ExternalFileError(f"innehåller {name}, som inte är giltig JSON")


def loads(raw: bytes, *, encoding: str = "utf-8") -> Any:
    """Parse JSON from ``raw``; ``ExternalFileError`` (a ValueError) for anything wrong.

    Every string comes back through ``printable``: a control character or bidi override in a
    publisher or a title is shown as an escape wherever the text goes (terminal, window,
    print), and an id or a path holding one fails its own check."""
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ExternalFileError(f"är inte UTF-8-kodad (fel vid byte {exc.start})") from None
    try:
        data = json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_reject_constant)
    except ExternalFileError:
        raise
    except json.JSONDecodeError as exc:
        raise ExternalFileError(f"är inte giltig JSON: rad {exc.lineno}, kolumn {exc.colno}"
                                ) from None
    except RecursionError:
        raise ExternalFileError("är för djupt nästlad") from None
    except ValueError as exc:
        raise ExternalFileError(f"är inte giltig JSON ({exc})") from None
    _check_values(data)
    return _printable_strings(data)


def _printable_strings(value: Any) -> Any:
    # Depth is bounded by _check_values, so recursion is safe here.
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(k): _printable_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_printable_strings(v) for v in value]
    return value


def _check_values(data: Any) -> None:
    """No lone surrogate in any string or key, and no absurd nesting (iterative: no recursion)."""
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ExternalFileError("är för djupt nästlad")
        if isinstance(value, str):
            _check_text(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_text(key)
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ExternalFileError("innehåller ett ogiltigt tecken (ett ensamt surrogattecken)"
                                ) from None


def load_json_file(path: Path, limit: int, *, encoding: str = "utf-8") -> Any:
    """``loads(read_limited(path, limit))``; FileNotFoundError passes through."""
    return loads(read_limited(path, limit), encoding=encoding)


# Bidirectional overrides and isolates reorder what is shown (a publisher could make its name
# read backwards or hide part of it); C0/C1 controls can clear a terminal or fake its output.
_BIDI = {0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


# The characters ``printable`` escapes, found in C: a manifest's thousand strings are read
# before the first frame, and almost none holds one (the whole manifest: 3 ms with a loop over
# every character, 0.6 ms this way).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff"
                          + "".join(re.escape(chr(code)) for code in sorted(_BIDI)) + "]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0xA0 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control and bidi-override characters shown as escapes (``\\x1b``,
    ``\\u202e``), for a terminal or a label. Ordinary text, å/ä/ö and emoji are unchanged."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


FINGERPRINT_SPAN = 64 * 1024


def content_fingerprint(path: Path) -> str:
    """A name for a file from outside that is not its path or its name: SHA-256 of its size and
    its first and last 64 kB (a copy elsewhere has the same; reading costs < 1 ms). Raises
    OSError when the file cannot be read."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        digest.update(str(size).encode())
        digest.update(f.read(FINGERPRINT_SPAN))
        if size > 2 * FINGERPRINT_SPAN:
            f.seek(size - FINGERPRINT_SPAN)
        digest.update(f.read(FINGERPRINT_SPAN))
    return digest.hexdigest()[:32]


# PDFium rebuilds a PDF whose end is missing, or whose cross-reference table (the index of where
# each object starts) is not where the file says, by reading all of it, on the thread that opens
# it (and PySide holds the GIL meanwhile, so no other Python runs): 16–25 ms per MB here, 24 s
# for a 1 GB file. A file this large that would be rebuilt is asked about first.
SLOW_REPAIR_BYTES = 16 * 1024 * 1024
PDF_TAIL = 1024  # the PDF standard puts %%EOF within the last 1024 bytes
PDF_HEAD = 1024  # … and lets %PDF- start anywhere in the first 1024 (offsets count from there)
_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})\s")
# What an offset of startxref must point at: a table ("xref"), or a cross-reference stream
# ("12 0 obj << /Type /XRef …"), its number whole (a wrong offset may land inside "112 0 obj").
_XREF_AT = re.compile(rb"\s*(?:xref\b|\d{1,10}\s+\d{1,5}\s+obj\b[^>]{0,400}?/XRef\b)")


@dataclass(frozen=True)
class SlowRepair:
    """Why opening a large file would stall: ``end_missing`` (no %%EOF, as when a download
    stopped) or ``index_broken`` (startxref does not point at a cross-reference section)."""

    size: int
    reason: str


def slow_to_repair(path: Path) -> SlowRepair | None:
    """Why ``path`` would be rebuilt by reading all of it, when it is large
    (``SLOW_REPAIR_BYTES``); None when it is small or whole. Reads about 2 kB; raises OSError
    when the file cannot be read."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < SLOW_REPAIR_BYTES:
            return None
        f.seek(max(size - PDF_TAIL, 0))
        tail = f.read(PDF_TAIL)
        if b"%%EOF" not in tail:
            return SlowRepair(size, "end_missing")
        starts = list(_STARTXREF.finditer(tail))
        if starts:
            offset = int(starts[-1].group(1))
            f.seek(0)
            header = max(f.read(PDF_HEAD).find(b"%PDF-"), 0)
            for at in dict.fromkeys((offset, offset + header)):
                if 0 < at < size:
                    f.seek(at - 1)
                    before, text = f.read(1), f.read(512)
                    if not before.isdigit() and _XREF_AT.match(text):
                        return None
        return SlowRepair(size, "index_broken")
