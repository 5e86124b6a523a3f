"""One program per user: a second start hands its file to the window that is already open.

An exclusive file lock beside the settings file says in microseconds whether the program runs,
so a first start pays nothing more. Only a second start loads QtNetwork, for its one use here:
``QLocalServer``/``QLocalSocket``, a named pipe on Windows and a Unix socket elsewhere, local to
the machine (never the network), its name private to the user and the settings file, and the
socket readable only by the user (``UserAccessOption``).

The message is one line of JSON, ``{"open": "/path/file.pdf"}`` or ``{"open": null}`` (a plain
start: show the window); the answer is ``ok``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

from kvinnofrid_desktop.core.fsutil import FileLock, LockTimeout

MAX_MESSAGE = 64 * 1024  # a path, with room to spare; anything longer is not ours
HAND_OVER_SECONDS = 5.0  # a first start listens once its window is complete (~1 s)


def instance_name(settings_path: Path) -> str:
    """The server's name: one per user and settings file (tests and portable set-ups differ)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the path still separates
        user = ""
    key = f"{user}|{settings_path.resolve()}".encode()
    return "kvinnofrid-desktop-" + hashlib.sha256(key).hexdigest()[:16]


class InstanceLock:
    """Held by the running program for as long as it runs; the OS drops it if it dies."""

    def __init__(self, settings_path: Path) -> None:
        self._lock = FileLock(settings_path.with_name(settings_path.stem + ".instance"))
        self.held = False

    def acquire(self) -> bool:
        """True if no other program holds it (this one does now); never waits."""
        try:
            self._lock.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)
        except LockTimeout:
            return False
        except OSError:
            return True  # no lock possible (a read-only folder): run as before, alone or not
        self.held = True
        return True

    def release(self) -> None:
        if self.held:
            self._lock.release()
            self.held = False


def encode(path: Path | None) -> bytes:
    return (json.dumps({"open": None if path is None else str(path)}) + "\n").encode()


def decode(data: bytes) -> Path | None:
    """The requested file; ValueError for anything but the message above."""
    message = json.loads(data.decode("utf-8"))
    if not isinstance(message, dict) or "open" not in message:
        raise ValueError("not a request")
    target = message["open"]
    if target is None:
        return None
    if not isinstance(target, str) or not target or "\0" in target:
        raise ValueError("not a path")
    return Path(target)


def hand_over(name: str, path: Path | None, timeout: float = HAND_OVER_SECONDS) -> bool:
    """Give ``path`` to the running program; False if none answered within ``timeout`` s."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(encode(path))
            socket.waitForBytesWritten(1000)
            answered = socket.waitForReadyRead(2000) and socket.readAll().data().strip() == b"ok"
            socket.disconnectFromServer()
            return answered
        # The other program is still starting (it listens once its window is complete).
        time.sleep(0.1)
    return False


class InstanceServer(QObject):
    """Listens for later starts; ``requested`` carries the file they asked for (or None)."""

    requested = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[object, bytes] = {}

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self.name):
            return True
        # A program that was killed leaves its Unix socket file behind; we hold the lock, so
        # nobody is listening on it.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + socket.readAll().data()
        if b"\n" not in data and len(data) < MAX_MESSAGE:
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            path = decode(data.split(b"\n", 1)[0])
        except (ValueError, UnicodeDecodeError):
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        # Said on the next turn, outside the socket's readyRead: the window may open a dialog
        # (a .kvpack), whose event loop lets the later start disconnect and the socket be
        # deleted under the signal still running on it (a segfault).
        QTimer.singleShot(0, lambda: self.requested.emit(path))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
