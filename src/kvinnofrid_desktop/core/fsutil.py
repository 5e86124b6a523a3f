"""An exclusive OS file lock, and the rename and fsync steps that make a change durable.

The mechanics only – ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows – so the store can
say in Swedish what a busy lock means. The OS releases the lock when a process dies, so a killed
importer never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path


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
    if os.name == "nt":
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
    if os.name == "nt":
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
