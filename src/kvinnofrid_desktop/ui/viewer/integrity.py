"""Run-time integrity: each pack file's checksum is checked the first time it is opened.

Start-up only compares sizes (cheap); the SHA-256 of a PDF is computed on a pool thread when
the document is first shown, so a file changed behind the program's back is noticed without
making anyone wait.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.ui.common.labels import damage_text

log = logging.getLogger(__name__)


class _Relay(QObject):
    mismatch = Signal(str, str)  # file (relative), message in the interface language


class _Check(QRunnable):
    def __init__(self, checker: IntegrityChecker, relative: str) -> None:
        super().__init__()
        self.checker, self.relative = checker, relative

    def run(self) -> None:
        problems = self.checker.pack.check_files(checksums=True, only=[self.relative])
        if problems and not self.checker.closing:
            first = problems[0]
            log.warning("a pack file no longer matches its install: %s", first)
            self.checker.relay.mismatch.emit(self.relative, damage_text(first.code))


class IntegrityChecker(QObject):
    """Checks each file once per session; ``mismatch`` reports a changed or damaged file."""

    def __init__(self, pack: Pack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.closing = False
        self.checked: set[str] = set()
        self.relay = _Relay(self)
        self.mismatch = self.relay.mismatch
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def check(self, relative: str) -> None:
        if relative in self.checked or self.closing:
            return
        self.checked.add(relative)
        self.pool.start(_Check(self, relative))

    def check_document(self, doc_id: str) -> None:
        doc = self.pack.manifest.document(doc_id)
        if doc is not None:
            self.check(doc.file)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.closing = True
        self.pool.clear()
        self.pool.waitForDone(5000)
