"""The machine-wide content folder: signed packs IT distributes, installed without asking.

The policy key ``content_folder`` names a folder (e.g. ``C:\\ProgramData\\Kvinnofrid\\paket``,
read-only for users) that IT fills with ``.kvpack`` files using what it already runs
(Configuration Manager, an Intune Win32 app, a GPO file copy, a login script). At start and
whenever the folder changes the window calls ``ContentFolder.check()`` (off the GUI thread):

- the newest pack there that is newer than the active one, **signed by a trusted key** (shipped,
  the policy's ``trusted_keys``, or learned through rotation; never unsigned, whatever
  ``allow_unsigned`` says) and sound is installed with ``PackStore.import_pack`` – atomically,
  every check of an import, the previous pack kept for rollback;
- a file that is not such a pack is reported once and skipped; an older sound pack is tried
  next; the active pack stays whatever happens;
- a file younger than ``settle`` seconds is left for the next check (IT may still be copying).

Unlike the ``watch_folder`` (which *offers* a newer pack to the user), this installs: IT decided.
A user's rollback of such a pack lasts until the next start; to go back everywhere IT removes the
file (and, to force the older content, publishes it again with a newer version).

Pure Python, no Qt: the window owns the watching and the thread (docs/deployment.md).
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kvinnofrid_desktop.core.fsutil import reason_sv
from kvinnofrid_desktop.core.install.active import version_key
from kvinnofrid_desktop.core.install.archive import ARCHIVE_SUFFIX, Cancel, read_head
from kvinnofrid_desktop.core.install.policy import MAX_WATCHED_FILES, Policy
from kvinnofrid_desktop.core.install.signing import VERIFIED, check_signature
from kvinnofrid_desktop.core.install.store import ImportResult, PackStore
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

log = logging.getLogger(__name__)

SETTLE_SECONDS = 3.0
UNREACHABLE = "content_folder.unreachable"  # the folder itself cannot be read
_BUSY = ("store.busy", "import.cancelled")


@dataclass(frozen=True)
class FolderReport:
    """What one look at the folder did; empty when there was nothing to do."""

    folder: Path | None = None
    installed: ImportResult | None = None
    problems: tuple[Problem, ...] = ()  # reported for the first time (each file once)
    retry_in: float | None = None  # seconds: something is being copied, or the store was busy

    def messages_sv(self) -> list[str]:
        """The lines to tell the user, Swedish."""
        lines = []
        if self.installed is not None:
            restore_in = " under Arkiv → Inställningar → Innehållspaket"  # the window's words
            lines.append(f"{self.installed.summary_sv(restore_in)} Paketet kom från den "
                         f"gemensamma mappen {self.folder}.")
        for p in self.problems:
            if p.code == UNREACHABLE:  # the folder itself, not a file in it: said plainly
                lines.append(f"Den gemensamma mappen för innehållspaket kan inte nås: {p.file} "
                             f"({p.message}). Inga paket installeras därifrån förrän den går "
                             "att läsa; säg till IT-avdelningen om det fortsätter.")
            else:
                # The code ("[card.…]") is for the log: the window shows these lines.
                lines.append(f"Programmet hoppade över filen {Path(p.file).name} i den "
                             f"gemensamma mappen: {p.message}.")
        return lines


@dataclass
class ContentFolder:
    """The policy's content folder for one store; remembers what it has already reported.

    One instance per window (or per program run): a bad file is reported once, not at every
    change of the folder, and is not read again until it changes (size or time)."""

    policy: Policy
    store: PackStore
    pdf_engine: PdfEngine | None = None
    settle: float = SETTLE_SECONDS
    clock: Callable[[], float] = time.time
    _failed: set[tuple[str, int, int]] = field(default_factory=set)
    _reported: set[str] = field(default_factory=set)

    @property
    def folder(self) -> Path | None:
        return self.policy.content_folder

    def check(self, cancel: Cancel | None = None) -> FolderReport:
        """Install the newest good pack of the folder if it is newer than the active one.

        Never raises; an unreachable folder is reported (once) and installs nothing. What it
        installs or reports is also logged."""
        report = self._check(cancel)
        if report.installed is not None:
            log.info("content folder %s: installed %s %s", report.folder,
                     report.installed.pack_id, report.installed.version)
        for problem in report.problems:
            log.warning("content folder: %s", problem)
        return report

    def _check(self, cancel: Cancel | None) -> FolderReport:
        folder = self.folder
        if folder is None:
            return FolderReport()
        new: list[Problem] = []
        retry: float | None = None
        try:
            files = _kvpacks(folder)
        except OSError as exc:
            # The error number: another interface language words the reason itself.
            self._once(new, Problem(UNREACHABLE, str(folder), None, reason_sv(exc),
                                    (exc.errno or 0,)))
            return FolderReport(folder, problems=tuple(new))
        self._reported.discard(str(folder))  # readable again: a later failure is news
        try:
            active = self.store.active().version
            trust = self.store.key_trust()
            keys = self.store.trusted_keys()
        except (OSError, PackError) as exc:
            return FolderReport(folder, problems=(Problem(
                "content_folder.store", str(self.store.root), None, str(exc)),), retry_in=60.0)
        candidates = []
        now = self.clock()
        for path, info in files:
            fingerprint = (str(path), info.st_size, info.st_mtime_ns)
            if fingerprint in self._failed:
                continue
            if now - info.st_mtime < self.settle:
                retry = self.settle  # perhaps still being copied: look again when it is still
                continue
            try:
                head = read_head(path)
            except PackError as exc:
                self._fail(fingerprint, new, exc.first)
                continue
            except (OSError, ValueError) as exc:
                self._fail(fingerprint, new, Problem("content_folder.unreadable", str(path),
                                                     None, f"kan inte läsas ({exc})"))
                continue
            state = check_signature(head.manifest_bytes, head.signature, keys,
                                    trust.retired_notes())
            if state.status != VERIFIED:
                self._fail(fingerprint, new, Problem(
                    "content_folder.untrusted", str(path), None,
                    f"{state.label_sv()}; härifrån installeras bara paket som är signerade "
                    "med en betrodd nyckel"))
                continue
            if version_key(head.manifest.version) > version_key(active):
                candidates.append((version_key(head.manifest.version), path.name, path,
                                   fingerprint))
        for _, _, path, fingerprint in sorted(candidates, reverse=True):
            try:
                result = self.store.import_pack(path, pdf_engine=self.pdf_engine, cancel=cancel)
            except (OSError, ValueError) as exc:  # import_pack turns these into PackError;
                self._fail(fingerprint, new, Problem(  # never let one stop the window
                    "content_folder.unreadable", str(path), None, f"kan inte läsas ({exc})"))
                continue
            except PackError as exc:
                if exc.first.code in _BUSY:
                    return FolderReport(folder, problems=tuple(new), retry_in=10.0)
                if exc.first.code == "import.already_installed":
                    continue  # another window of this user installed it a moment ago
                self._fail(fingerprint, new, Problem(exc.first.code, str(path), exc.first.field,
                                                     exc.first.message))
                continue
            return FolderReport(folder, installed=result, problems=tuple(new), retry_in=retry)
        return FolderReport(folder, problems=tuple(new), retry_in=retry)

    def _fail(self, fingerprint: tuple[str, int, int], new: list[Problem],
              problem: Problem) -> None:
        """Report a bad file; it is not read again until it changes (then it is news)."""
        self._failed.add(fingerprint)
        new.append(Problem(problem.code, fingerprint[0], problem.field, problem.message))

    def _once(self, new: list[Problem], problem: Problem) -> None:
        if problem.file not in self._reported:
            self._reported.add(problem.file)
            new.append(problem)


def _kvpacks(folder: Path) -> list[tuple[Path, os.stat_result]]:
    """The regular ``.kvpack`` files of ``folder`` (not below it), at most MAX_WATCHED_FILES
    (the last by name). Raises OSError when the folder cannot be read."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.lower().endswith(ARCHIVE_SUFFIX):
                continue
            try:
                info = entry.stat()  # follows a link: IT may link to the current pack
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                found.append((Path(entry.path), info))
    return sorted(found, key=lambda item: item[0].name)[-MAX_WATCHED_FILES:]
