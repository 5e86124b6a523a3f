"""Suite-wide rules: Qt runs offscreen, nothing touches the user's real settings, data or log,
and nothing may open a network connection."""

from __future__ import annotations

import os
import socket
import tempfile

import pytest

# Before any Qt call: keeps PySide6 6.12 on Python 3.11 from aborting (see earlyinit).
import kvinnofrid_desktop.ui.common.earlyinit  # noqa: F401

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the user's real settings or data (XDG locations on Linux).
_home = tempfile.mkdtemp(prefix="kvinnofrid-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")  # the log (app/logs.py)


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkAttempt(f"nätverksanrop under test: {args!r}")


@pytest.fixture(autouse=True, scope="session")
def no_network() -> None:
    """Any attempt to open an internet connection during the suite fails the test that made it.

    Unix sockets stay allowed (the X server, D-Bus); inet sockets cannot connect or resolve.
    """
    original_connect = socket.socket.connect
    original_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(address)
        return original_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(address)
        return original_connect_ex(self, address)

    patches = {
        (socket.socket, "connect"): guarded_connect,
        (socket.socket, "connect_ex"): guarded_connect_ex,
        (socket, "getaddrinfo"): _refuse,
        (socket, "create_connection"): _refuse,
    }
    saved = {target: getattr(*target) for target in patches}
    for (owner, name), replacement in patches.items():
        setattr(owner, name, replacement)
    yield
    for (owner, name), original in saved.items():
        setattr(owner, name, original)
