"""The program's one way to write a file durably, and its one file lock.

``atomic_write`` / ``atomic_path``: the new content goes to a temporary file in the target's
folder, which is fsync'd, renamed over the target (``os.replace``, retried for a moment on
Windows, where a reader holding the file blocks the rename), and then the folder is fsync'd so
the rename itself survives a power cut. A failure anywhere removes the temporary file and leaves
the target as it was: a reader sees the old file or the new one, never half of one.

``FileLock``: an exclusive OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows);
the OS releases it when a process dies, so a killed importer never leaves a stale lock behind.
The mechanics only, so the store can say in Swedish what a busy lock means.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


class LockTimeout(Exception):
    """Another process held the lock longer than we were willing to wait."""


class LockCancelled(Exception):
    """The caller asked to stop while waiting for the lock."""


class FileLock:
    """An exclusive lock on one file; ``acquire`` waits, ``release`` gives it back."""

    def __init__(self, path: Path, *, poll: float = 0.05) -> None:
        self.path = path
        self.poll = poll
        self._fd: int | None = None

    def acquire(self, timeout: float, cancel: Callable[[], bool] | None = None) -> None:
        """Take the lock within ``timeout`` seconds; LockTimeout or LockCancelled otherwise."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while not try_lock(fd):
                if cancel is not None and cancel():
                    raise LockCancelled(str(self.path))
                if time.monotonic() >= deadline:
                    raise LockTimeout(str(self.path))
                time.sleep(self.poll)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            unlock(fd)
        finally:
            os.close(fd)


def try_lock(fd: int) -> bool:
    """Take an exclusive lock on ``fd`` without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def replace(src: Path, dst: Path) -> None:
    """``os.replace``; on Windows a program reading ``dst`` blocks it for a moment, so retry."""
    for attempt in range(40):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 39:
                raise
            time.sleep(0.05)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (POSIX); Windows cannot open a folder for this."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The system's words for a failed file operation are English ("No such file or directory"):
# what the program says in their place, for the pure layers and the command line (the window
# has its own translatable words, ui/common/os_errors.py).
OS_REASONS_SV = {
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "lagringskvoten är full",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas",
    errno.EROFS: "enheten är skrivskyddad",
    errno.EISDIR: "det är en mapp",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EIO: "läsfel på disken",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.EMFILE: "för många öppna filer",
    errno.EPIPE: "mottagaren slutade läsa",
    errno.EEXIST: "filen finns redan",
}


def reason_sv(exc: OSError) -> str:
    """Why a file operation failed, in Swedish when the error is a known one. "A part of the
    path is no folder" names that part and what to do about it when it can be found."""
    if exc.errno == errno.ENOTDIR and exc.filename:
        blocker = not_a_folder(Path(os.fsdecode(exc.filename)))
        if blocker is not None:
            return not_a_folder_sv(blocker)
    return OS_REASONS_SV.get(exc.errno or 0) or exc.strerror or str(exc)


def not_a_folder(path: Path) -> Path | None:
    """The nearest of ``path`` and the folders above it that exists but is a file (or anything
    else but a folder): what an error "not a directory" (ENOTDIR), or "exists" (EEXIST) from
    making the folder ``path``, is really about. None when every one is a folder or missing."""
    for candidate in (path, *path.parents):
        try:
            if candidate.is_dir():
                return None  # a folder: nothing above it is in the way
            if candidate.exists() or candidate.is_symlink():
                return candidate
        except OSError:
            continue
    return None


def not_a_folder_sv(blocker: Path) -> str:
    """``blocker`` (from ``not_a_folder``) and what to do about it, in Swedish."""
    return (f"{blocker} är en fil, inte en mapp; flytta filen eller byt namn på den, så kan "
            "programmet skapa mappen")


def temp_name(target: Path) -> Path:
    """Where ``atomic_path`` writes before the rename: hidden, beside ``target``."""
    return target.with_name(f".{target.name}.tmp-{os.urandom(4).hex()}")


def is_temp_of(path: Path, target: Path) -> bool:
    """Whether ``path`` is a temporary file ``atomic_path`` writes for ``target`` (an error
    about it is, for a person, an error about ``target``)."""
    return path.name.startswith(f".{target.name}.tmp-")


def leftover_temps(target: Path) -> list[Path]:
    """Temporary files a killed writer of ``target`` left behind (safe to delete)."""
    return sorted(target.parent.glob(f".{target.name}.tmp-*"))


@contextlib.contextmanager
def atomic_path(target: Path, *, mode: int = 0o666) -> Iterator[Path]:
    """A temporary path to write ``target``'s new content to by name (a PDF writer, SQLite);
    when the block ends without an exception it becomes ``target`` durably (see the module).
    ``mode`` before the umask: the usual permissions of a new file by default."""
    target = Path(target)
    tmp = temp_name(target)
    try:
        yield tmp
        # Created with the requested mode even when the writer made the file itself.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, mode & ~umask)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_write(target: Path, *, mode: int = 0o666) -> Iterator[BinaryIO]:
    """An open binary file whose content replaces ``target`` when the block ends without an
    exception (``atomic_path``)."""
    with atomic_path(target, mode=mode) as tmp:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with open(os.open(tmp, flags, 0o600), "wb") as fh:
            yield fh


def write_bytes(target: Path, data: bytes, *, mode: int = 0o666) -> None:
    """``target`` holds exactly ``data`` afterwards, or is unchanged (``atomic_write``)."""
    with atomic_write(target, mode=mode) as fh:
        fh.write(data)


def copy_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically; the source is only read. Copying a file onto
    itself does nothing (copying would empty it first)."""
    with contextlib.suppress(OSError):
        if Path(target).exists() and os.path.samefile(source, target):
            return
    with open(source, "rb") as src, atomic_write(target) as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
