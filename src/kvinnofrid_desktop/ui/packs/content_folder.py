"""The window's side of the machine-wide content folder (policy ``content_folder``).

``core.install.content_folder.ContentFolder`` decides and installs; this object only decides *when*:
once at start, whenever a ``QFileSystemWatcher`` sees the folder change, again after the
report's ``retry_in`` (a file still being copied, a busy store), and every few minutes in case
the watcher misses a change (network folders). Each look runs in a daemon thread of its own,
one at a time; the window never waits for it, and closing the window forgets it
(``shutdown``). What a look found worth saying arrives as ``checked(FolderReport)`` on the
GUI thread; the window words it (with tr()) and reloads when ``report.installed`` is set.

The running program's ``WindowController`` (app/start.py) owns one watch per run, started
after the window completes; ``report_text`` words a report for the notice banner.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from kvinnofrid_desktop.core.install.content_folder import (
    UNREACHABLE,
    ContentFolder,
    FolderReport,
)
from kvinnofrid_desktop.core.install.policy import Policy
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.packs.folder_reason import folder_reason


def report_text(report: FolderReport) -> str:
    """What a look at the folder tells the user, in the interface language. In Swedish the
    report's own lines (they name the signature and key changes too)."""
    from kvinnofrid_desktop.ui.common.i18n import SOURCE_LANGUAGE, interface_language
    from kvinnofrid_desktop.ui.common.labels import problem_text

    if interface_language() == SOURCE_LANGUAGE:
        return " ".join(report.messages_sv())
    lines = []
    if report.installed is not None:
        lines.append(arg(QCoreApplication.translate(
            "ContentFolderWatch", "Innehållspaketet %1 %2 är installerat från den gemensamma "
            "mappen %3. Föregående innehållspaket (%4) kan återställas under Arkiv → "
            "Inställningar → Innehållspaket."),
            report.installed.pack_id, report.installed.version, str(report.folder),
            report.installed.previous))
    for p in report.problems:
        if p.code == UNREACHABLE:
            lines.append(arg(QCoreApplication.translate(
                "ContentFolderWatch", "Den gemensamma mappen för innehållspaket kan inte nås: "
                "%1 (%2). Inga paket installeras därifrån förrän den går att läsa; säg till "
                "IT-avdelningen om det fortsätter."), p.file,
                folder_reason(p.message, p.values[0] if p.values else 0)))
        else:
            lines.append(arg(QCoreApplication.translate(
                "ContentFolderWatch", "Programmet hoppade över filen %1 i den gemensamma "
                "mappen: %2."), Path(p.file).name, problem_text(p.code, p.message)))
    return " ".join(lines)


POLL_MS = 5 * 60 * 1000  # a look every 5 minutes even without a change notice
SETTLE_MS = 500  # several change notices in a row (a copy in progress) make one look


class _Relay(QObject):
    report = Signal(object, bool)  # FolderReport, whether the folder exists


class ContentFolderWatch(QObject):
    """Runs ``ContentFolder.check()`` at the right moments; see the module's docstring."""

    checked = Signal(object)  # FolderReport with something installed or to report

    def __init__(self, policy: Policy, store: PackStore, parent: QObject | None = None, *,
                 pdf_engine: PdfEngine | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.folder = ContentFolder(policy, store, pdf_engine=pdf_engine)
        self._relay = _Relay(self)
        self._relay.report.connect(self._done)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._settle.timeout.connect(self.check)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.check)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.check)
        self._closing = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._again = False

    def start(self) -> None:
        self._poll.start()
        self.check()

    def check(self) -> None:
        """Look now (in a thread); if a look is running, once more when it ends."""
        if self._closing.is_set():
            return
        if not self._idle.is_set():
            self._again = True
            return
        self._idle.clear()
        threading.Thread(target=self._look, name="content-folder", daemon=True).start()

    def _look(self) -> None:
        folder = self.folder.folder
        try:
            report = self.folder.check(cancel=self._closing.is_set)
            exists = folder is not None and folder.is_dir()  # here: a share may not answer
        except Exception:  # check() never raises; a bug here must not kill the window
            report, exists = FolderReport(), False
        try:
            if not self._closing.is_set():
                self._relay.report.emit(report, exists)
        except RuntimeError:
            pass  # the window (and the relay with it) went away during the look
        finally:
            self._idle.set()

    def _done(self, report: FolderReport, exists: bool) -> None:
        if self._closing.is_set():
            return
        folder = self.folder.folder
        if exists and folder is not None and str(folder) not in self._watcher.directories():
            self._watcher.addPath(str(folder))  # it may have appeared since the start
        if report.retry_in:
            self._retry.start(int(report.retry_in * 1000))
        if report.installed is not None or report.problems:
            self.checked.emit(report)
        if self._again:
            self._again = False
            self.check()

    def wait(self, msecs: int = 10000) -> bool:
        """True when no look is running (tests)."""
        return self._idle.wait(msecs / 1000)

    def shutdown(self) -> None:
        """Forget the looks: an import in progress is cancelled (the store stays as it was)."""
        self._closing.set()
        for timer in (self._settle, self._retry, self._poll):
            timer.stop()
