"""At start, look in the administrator's shared folder for newer packs, off the GUI thread.

The folder is often a network share; reading it must never delay or freeze the window, and a
share that does not answer must not hold the window when it closes. So the look runs in a
daemon thread of its own rather than a pool the window would wait for: closing the window
forgets the look, and the thread ends with the share's answer (or with the program).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from kvinnofrid_desktop.core.install.policy import Policy
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.install.watch import look_in_watch_folder


class _Relay(QObject):
    found = Signal(str, str, str)  # path, publisher, version
    # the folder, why it cannot be read (Swedish), the system's error number (0: unknown)
    unreadable = Signal(str, str, int)


class WatchFolderCheck(QObject):
    def __init__(self, policy: Policy, store: PackStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy, self.store = policy, store
        self.relay = _Relay(self)
        self.found = self.relay.found
        self.unreadable = self.relay.unreadable
        self._closing = threading.Event()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._look, name="watch-folder", daemon=True)
        self._thread.start()

    def _look(self) -> None:
        try:
            look = look_in_watch_folder(self.policy, self.store)
            if self._closing.is_set():
                return
            if look.offers:
                best = look.offers[0]
                self.relay.found.emit(str(best.path), best.publisher or "", best.version)
            elif look.unreadable:
                self.relay.unreadable.emit(str(self.policy.watch_folder), look.unreadable,
                                           look.error_number)
        except RuntimeError:
            pass  # the window (and the relay with it) went away while the share was read
        finally:
            self._done.set()

    def wait(self, msecs: int = 10000) -> bool:
        return self._done.wait(msecs / 1000)

    def shutdown(self) -> None:
        """Forget the look: its answer is not wanted any more. Never waits for the share."""
        self._closing.set()
