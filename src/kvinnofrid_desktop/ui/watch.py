"""At start, look in the administrator's shared folder for newer packs, off the GUI thread.

The folder is often a network share; reading it must never delay or freeze the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kvinnofrid_desktop.content.policy import Policy, packs_in_watch_folder
from kvinnofrid_desktop.content.store import PackStore


class _Relay(QObject):
    found = Signal(str, str, str)  # path, publisher, version


class _Look(QRunnable):
    def __init__(self, check: WatchFolderCheck) -> None:
        super().__init__()
        self.check = check

    def run(self) -> None:
        offers = packs_in_watch_folder(self.check.policy, self.check.store)
        if offers and not self.check.closing:
            best = offers[0]
            self.check.relay.found.emit(str(best.path), best.publisher or "", best.version)


class WatchFolderCheck(QObject):
    def __init__(self, policy: Policy, store: PackStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.policy, self.store = policy, store
        self.closing = False
        self.relay = _Relay(self)
        self.found = self.relay.found
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def start(self) -> None:
        self.pool.start(_Look(self))

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.closing = True
        self.pool.waitForDone(10000)
