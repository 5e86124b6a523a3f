"""Installed content packs: import, verify, activate, roll back – never losing the pack that works.

The data directory (``platformdirs``' per-user data dir; ``KVINNOFRID_DATA_DIR`` overrides)::

    packs/<version>/   one folder per installed version, complete and verified
    active             {"version": "2026-12-01", "previous": ["2026-11-26"]} (null: the default)
    staging/<random>/  an import in progress;  trash/<random>/  a version being deleted
    lock               an OS file lock, held while anything changes the store
    trust.json         keys learned and retired through key rotation (``content.rotation``)

Why nothing is ever lost: a version folder appears only by renaming a fully verified staging
folder; the active pack changes only by atomically replacing the pointer; the store keeps
exactly the versions the pointer names, and ``cleanup()`` (run at every start) removes anything
else – staging left by a killed import, an orphan renamed but never activated, trash. The
embedded default in the program's resources is read-only and always the last fallback.

Which pack to show at start-up is ``content.active`` (cheap to import); what an import would
change is ``content.preview``; the lock and the durable rename are ``content.filelock``.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.fsutil import (
    FileLock,
    LockCancelled,
    LockTimeout,
    atomic_write,
    fsync_dir,
    leftover_temps,
)
from kvinnofrid_desktop.core.install.active import (
    DATA_ENV,
    POINTER_NAME,
    Pointer,
    active_pack_dir,
    default_data_dir,
    installed_versions,
    open_usable,
    read_pointer,
    resolve_active,
    resolve_failures,
    resolve_in,
    version_key,
)
from kvinnofrid_desktop.core.install.archive import (
    SIGNATURE_NAME,
    Cancel,
    PackArchive,
    PackHead,
    Progress,
    os_problem,
)
from kvinnofrid_desktop.core.install.policy import Policy, load_policy
from kvinnofrid_desktop.core.install.preview import (
    ContactChange,
    DocumentChange,
    ImportPreview,
    build_preview,
)
from kvinnofrid_desktop.core.install.rotation import (
    MAX_ROTATION_BYTES,
    MAX_TRUST_BYTES,
    ROTATION_PATH,
    TRUST_NAME,
    KeyTrust,
    RotationOutcome,
    judge_rotation,
    read_trust,
    restore_trust,
    write_trust,
)
from kvinnofrid_desktop.core.install.signing import (
    RETIRED,
    UNKNOWN_KEY,
    VERIFIED,
    SignatureState,
    TrustedKey,
    check_signature,
    load_public_key,
    shipped_keys,
)
from kvinnofrid_desktop.core.install.verify import verify_pack
from kvinnofrid_desktop.core.pack.manifest import MANIFEST_NAME
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.pdf_engine import PdfEngine
from kvinnofrid_desktop.core.pack.problems import PackError, Problem
from kvinnofrid_desktop.core.pack.schema import made_by_newer_program

# Names that lived here before the split stay importable from here.
__all__ = [
    "DATA_ENV", "KEEP_PREVIOUS", "LOCK_NAME", "POINTER_NAME", "ContactChange", "DocumentChange",
    "ImportPreview", "ImportResult", "InstalledPack", "PackStore", "active_pack_dir",
    "default_data_dir", "resolve_active", "version_key",
]

LOCK_NAME = "lock"
KEEP_PREVIOUS = 2  # versions kept for rollback besides the active one
# The preview reads the pack's search index to name documents without text: a large index
# (thousands of pages) is not copied out just for that.
MAX_PREVIEW_INDEX_BYTES = 64 * 1024 * 1024


def _checkpoint(step: str) -> None:
    """Marks a step of an import; does nothing. The crash tests replace it to kill the process
    exactly there, so every step between "nothing written" and "switched" is proven safe."""


# InstalledPack.signature_kind beyond a SignatureState's status: a key given only for the import
# (or no longer in the policy) verified it; a key trusted then was retired since.
VERIFIED_AT_IMPORT = "verified_at_import"
VERIFIED_THEN_RETIRED = "verified_then_retired"


@dataclass(frozen=True)
class InstalledPack:
    version: str
    pack_id: str | None
    publisher: str | None
    path: Path
    active: bool
    builtin: bool  # the embedded default shipped with the program
    signature: str  # SignatureState.label_sv() of the installed manifest
    problem: str | None = None  # why it cannot be opened
    problem_found: Problem | None = None  # the same, for a window in another language
    review_by: str | None = None  # renew the content by this date (the manifest's review_by)
    # What ``signature`` says, for a window in another language: a SignatureState status, or
    # VERIFIED_AT_IMPORT / VERIFIED_THEN_RETIRED; with the verifying publisher and the key id.
    signature_kind: str = ""
    signature_by: str | None = None
    signature_key: str | None = None


@dataclass(frozen=True)
class ImportResult:
    version: str
    pack_id: str
    publisher: str
    path: Path
    signature: SignatureState
    previous: str  # the version active before, or "standardinnehållet" (the embedded default)
    trust_changes: tuple[str, ...] = ()  # keys learned or retired through the pack's rotation

    def summary_sv(self, restore_in: str = "") -> str:
        """``restore_in``: where the window restores (" under Arkiv → …"); the command line
        has ``pack rollback``."""
        return " ".join([f"Installerat {self.pack_id} {self.version} "
                         f"({self.signature.label_sv()}). Föregående innehållspaket "
                         f"({self.previous}) kan återställas{restore_in}.", *self.trust_changes])


class PackStore:
    """The installed packs in one data directory; safe against crashes and other processes."""

    def __init__(self, root: Path | None = None, *, policy: Policy | None = None,
                 lock_timeout: float = 10.0) -> None:
        self.root = Path(root) if root is not None else default_data_dir()
        self.packs = self.root / "packs"
        self.lock_timeout = lock_timeout
        self._policy = policy

    @property
    def policy(self) -> Policy:
        if self._policy is None:
            self._policy = load_policy()
        return self._policy

    # --- reading ------------------------------------------------------------------------------

    def resolve(self) -> tuple[Path, str | None, str | None]:
        """(folder to show, Swedish notice when falling back, version or None for the default)."""
        return resolve_in(self.root)

    def active(self) -> InstalledPack:
        path, _, version = self.resolve()
        return self._describe(path, active=True, builtin=version is None)

    def chosen_version(self) -> str | None:
        """The version installed as the active one, None for the embedded default: what
        ``rollback()`` removes. It differs from ``active().version`` when that pack is damaged
        and another is shown in its place."""
        return self._pointer_for_change().version

    def installed(self) -> list[InstalledPack]:
        """Every installed version, newest first, then the embedded default."""
        _, _, active = self.resolve()
        found = [self._describe(self.packs / v, active=v == active, builtin=False)
                 for v in self._named()]
        return [*found, self._describe(default_pack_dir(), active=active is None, builtin=True)]

    def key_trust(self) -> KeyTrust:
        """The keys learned and retired through rotation (``trust.json`` in the data dir)."""
        return read_trust(self.root)

    def trusted_keys(self, extra: Sequence[TrustedKey | Path] = ()) -> list[TrustedKey]:
        """Shipped keys, the administrator's keys, keys learned through rotation, and any given
        for this operation – except the retired ones."""
        trust = self.key_trust()
        retired = trust.retired_notes()
        return [k for k in [*self._permanent_keys(trust), *_extra_keys(extra)]
                if k.key_id not in retired]

    def folder_signature(self, path: Path, extra: Sequence[TrustedKey | Path] = ()
                         ) -> SignatureState | None:
        """The signature of the pack folder ``path`` checked against the keys trusted here,
        or None when the folder has no ``manifest.sig``."""
        sig = path / SIGNATURE_NAME
        if not sig.is_file():
            return None
        return check_signature((path / MANIFEST_NAME).read_bytes(), sig.read_bytes(),
                               self.trusted_keys(extra), self.key_trust().retired_notes())

    def signature_verdict(self, manifest_bytes: bytes, sig_bytes: bytes | None,
                          extra: Sequence[TrustedKey | Path] = (), *,
                          trust: KeyTrust | None = None, allow_unsigned: bool = True,
                          unsigned_message: str = "") -> tuple[SignatureState, Problem | None]:
        """The signature's state against the keys trusted here (and ``extra``), and why an
        import must stop because of it, or None. One verdict for an import and for ``pack
        verify``: with a damaged ``trust.json`` nothing passes, because a retirement the
        program cannot read must not make a retired key trusted again."""
        trust = self.key_trust() if trust is None else trust
        state = check_signature(manifest_bytes, sig_bytes,
                                [*self._permanent_keys(trust), *_extra_keys(extra)],
                                trust.retired_notes())
        return state, trust.problem or state.refusal(allow_unsigned=allow_unsigned,
                                                     unsigned_message=unsigned_message)

    def _permanent_keys(self, trust: KeyTrust) -> list[TrustedKey]:
        """Keys trusted beyond one import (shipped, policy, learned), retired ones left out.
        Only these may introduce or retire a key."""
        retired = trust.retired_notes()
        return [k for k in [*shipped_keys(), *self.policy.trusted_keys, *trust.keys()]
                if k.key_id not in retired]

    def _describe(self, path: Path, *, active: bool, builtin: bool) -> InstalledPack:
        try:
            # As the window decides: a pack whose card a newer program wrote is not shown.
            pack = open_usable(path)
        except PackError as exc:
            return InstalledPack(path.name, None, None, path, active, builtin, "", str(exc.first),
                                 problem_found=exc.first)
        sig = path / "manifest.sig"
        manifest_bytes = (path / "manifest.json").read_bytes()
        sig_bytes = sig.read_bytes() if sig.is_file() else None
        trust = self.key_trust()
        state = check_signature(manifest_bytes, sig_bytes, self._permanent_keys(trust),
                                trust.retired_notes())
        label, kind, by = state.label_sv(), state.status, state.publisher
        if state.status == UNKNOWN_KEY:
            kind = VERIFIED_AT_IMPORT
            # It got in: its signature was verified at the import, by a key given only for that
            # import (--trust-key), or by an administrator's key that policy.json no longer has.
            # Which of the two is not known here: both are named, neither claimed.
            label = (f"verifierat vid importen med nyckeln {state.key_id}, som programmet inte "
                     "litar på nu: den gavs bara för importen (--trust-key), eller policyn har "
                     "den inte längre")
        elif state.status == RETIRED:
            # Installed while its key was trusted (perhaps the pack that retired it): say so.
            known = [*shipped_keys(), *self.policy.trusted_keys, *(k.key for k in trust.learned)]
            then = check_signature(manifest_bytes, sig_bytes, known)
            if then.status == VERIFIED:
                label = (f"verifierat av {then.publisher}; nyckeln {state.key_id} har sedan "
                         "dragits tillbaka")
                kind, by = VERIFIED_THEN_RETIRED, then.publisher
        m = pack.manifest
        return InstalledPack(m.version, m.id, m.publisher, path, active, builtin, label,
                             review_by=m.review_by, signature_kind=kind, signature_by=by,
                             signature_key=state.key_id)

    def _pointer_for_change(self) -> Pointer:
        """The pointer to build on; a damaged one is rebuilt from what is installed and opens."""
        try:
            return read_pointer(self.root)
        except ValueError:
            _, _, shown = self.resolve()
            others = tuple(v for v in installed_versions(self.packs) if v != shown)
            return Pointer(shown, others[:KEEP_PREVIOUS])

    def _builtin_version(self) -> str:
        return Pack.open(default_pack_dir(), check_sizes=False).manifest.version

    # --- changing -----------------------------------------------------------------------------

    def preview_import(self, path: Path, *, trust_keys: Sequence[TrustedKey | Path] = (),
                       allow_unsigned: bool = False,
                       allow_downgrade: bool = False) -> ImportPreview:
        """What importing ``path`` would change, and whether it would be refused; installs
        nothing. Raises PackError when the file itself is unusable."""
        from kvinnofrid_desktop.core.card.model import MAX_CARD_BYTES

        extra = _extra_keys(trust_keys)
        with PackArchive.open(Path(path)) as archive:
            head, rotation = archive.head, _rotation_member(archive)
            if head.manifest.action_card:
                card = archive.read_member(head.manifest.action_card, max_bytes=MAX_CARD_BYTES)
                head = PackHead(head.manifest, head.manifest_bytes, head.signature, card)
            textless = _textless_in(archive)
        state, refusal, outcome = self._judge(head, rotation, self.key_trust(), extra,
                                              allow_unsigned, allow_downgrade,
                                              self._pointer_for_change())
        active_path, _, _ = self.resolve()
        return build_preview(Pack.open(active_path, check_sizes=False), head, state, refusal,
                             trust_changes=outcome.lines if outcome else (),
                             textless=textless)

    def import_pack(self, path: Path, *, trust_keys: Sequence[TrustedKey | Path] = (),
                    allow_unsigned: bool = False, allow_downgrade: bool = False,
                    progress: Progress | None = None, cancel: Cancel | None = None,
                    pdf_engine: PdfEngine | None = None) -> ImportResult:
        """Verify the ``.kvpack`` at ``path`` completely, install it, make it active.

        Raises PackError (with the precise reason) and leaves the store as it was when
        anything is wrong, including a full disk or a cancel.
        """
        path = Path(path)
        extra = _extra_keys(trust_keys)
        try:
            with self._locked(cancel=cancel):
                self._cleanup_locked()
                pointer = self._pointer_for_change()
                trust = self.key_trust()  # under the lock: another import may have rotated
                (self.root / "staging").mkdir(parents=True, exist_ok=True)
                staging = self.root / "staging" / secrets.token_hex(8)
                staging.mkdir()
                try:
                    with PackArchive.open(path) as archive:
                        # The manifest, the signature and any rotation statement are judged
                        # before one byte is written: a refused pack costs no unpacking.
                        head = archive.head
                        state, refusal, outcome = self._judge(
                            head, _rotation_member(archive), trust, extra, allow_unsigned,
                            allow_downgrade, pointer)
                        if refusal is not None:
                            raise PackError(refusal)
                        archive.extract(staging, progress=progress, cancel=cancel)
                    _checkpoint("extracted")
                    # Re-read from disk what was written, then the card and every PDF: what
                    # the viewer will open must open now, not at the next start.
                    problems = verify_pack(Pack.open(staging), pdf_engine=pdf_engine)
                    if problems:
                        raise PackError(problems)
                    self._install_trusting(staging, head.manifest.version, pointer, outcome)
                finally:  # still under the lock: nobody else is using staging/
                    shutil.rmtree(staging, ignore_errors=True)
                    with contextlib.suppress(OSError):
                        staging.parent.rmdir()
        except OSError as exc:
            raise PackError(os_problem(exc, path.name)) from None
        m = head.manifest
        return ImportResult(m.version, m.id, m.publisher, self.packs / m.version, state,
                            pointer.version or "standardinnehållet",
                            outcome.lines if outcome else ())

    def _install_trusting(self, staging: Path, version: str, pointer: Pointer,
                          outcome: RotationOutcome | None) -> None:
        """Install; with a rotation, first record the keys learned and retired.

        The trust is written first: the statement was verified, so trusting its key is right
        even if the process dies before the pack is in place (the next pack signed with the new
        key must not be refused). If the install fails, the earlier trust is put back."""
        if outcome is None:
            self._install(staging, version, pointer)
            return
        try:
            before: bytes | None = (self.root / TRUST_NAME).read_bytes()
        except FileNotFoundError:
            before = None
        if before is not None and len(before) > MAX_TRUST_BYTES:
            before = None  # cannot happen: read_trust refused it; never restore an odd file
        write_trust(self.root, outcome.trust)
        _checkpoint("trust_written")
        try:
            self._install(staging, version, pointer)
        except BaseException:
            with contextlib.suppress(ValueError, OSError):
                if read_pointer(self.root).version != version:
                    restore_trust(self.root, before)
            raise

    def _install(self, staging: Path, version: str, pointer: Pointer) -> None:
        """Rename the verified folder into place and switch the pointer; undo on failure."""
        self.packs.mkdir(exist_ok=True)
        target = self.packs / version
        _checkpoint("before_rename")
        os.rename(staging, target)  # atomic: the version folder is complete or absent
        try:
            fsync_dir(self.packs)
            _checkpoint("renamed")
            previous = [v for v in ([pointer.version] if pointer.version else [])
                        + list(pointer.previous) if v != version]
            self._write_pointer(version, previous[:KEEP_PREVIOUS])
        except BaseException:
            with contextlib.suppress(ValueError):
                if read_pointer(self.root).version != version:
                    self._discard(target)  # never activated: an orphan, not an installed pack
            raise
        for old in previous[KEEP_PREVIOUS:]:
            self._discard(self.packs / old)

    def chosen_by_newer_program(self) -> bool:
        """Whether the version installed as the active one is passed over because a newer
        program made it (another is shown in its place, and it is kept for that program)."""
        pointer = self._pointer_for_change()
        if pointer.version is None:
            return False
        return any(f.version == pointer.version and f.problem is not None
                   and made_by_newer_program([f.problem])
                   for f in resolve_failures(self.root).failures)

    def rollback(self, *, newer_too: bool = False) -> InstalledPack:
        """Make the previous pack active again (or the embedded default); return it.
        A pack a newer program made is kept for that program (it would be deleted, and the
        same older pack shown as now) unless ``newer_too``."""
        with self._locked():
            self._cleanup_locked()
            pointer = self._pointer_for_change()
            if pointer.version is None:
                raise PackError(Problem("rollback.nothing", str(self.root / POINTER_NAME), None,
                                        "det finns inget föregående innehållspaket att "
                                        "återställa; standardinnehållet visas redan"))
            if not newer_too and self.chosen_by_newer_program():
                raise PackError(Problem(
                    "rollback.newer", str(self.packs / pointer.version), None,
                    f"paketet {pointer.version} är gjort för en nyare version av programmet och "
                    "visas inte nu; det föregående paketet visas redan i stället. Att återställa "
                    f"skulle ta bort {pointer.version}: uppdatera programmet i stället "
                    "(eller ange --force för att ta bort det)"))
            rest = list(pointer.previous)
            target: str | None = None
            while rest and target is None:
                candidate = rest.pop(0)
                with contextlib.suppress(PackError):
                    Pack.open(self.packs / candidate, check_sizes=True)
                    target = candidate
            self._write_pointer(target, rest if target else [])
            self._cleanup_locked()  # the version rolled back from is no longer named: removed
        return self.active()

    def remove(self, version: str) -> bool:
        """Delete an installed version that is neither the active one nor the one shown in
        place of a damaged active one. False when it is no longer installed but its folder
        stays until a later start (``_discard``)."""
        with self._locked():
            pointer = self._pointer_for_change()
            where = str(self.packs / version)
            if version == pointer.version:
                raise PackError(Problem("remove.active", where, None,
                                        "det aktiva paketet kan inte tas bort; återställ "
                                        "först ett annat (pack rollback)"))
            # The chosen pack is damaged and this one is shown in its place (the fallback that
            # the window and `pack list` show, marked with *): it is what the user is reading.
            resolved = resolve_failures(self.root)
            if version == resolved.version:
                chosen = next((f.problem for f in resolved.failures
                               if f.version == pointer.version and f.problem is not None), None)
                if chosen is not None and made_by_newer_program([chosen]):
                    raise PackError(Problem(
                        "remove.shown", where, None,
                        f"paketet {version} kan inte tas bort: det är paketet som visas nu, "
                        f"eftersom det valda paketet {pointer.version} är gjort för en nyare "
                        "version av programmet"))
                raise PackError(Problem(
                    "remove.shown", where, None,
                    f"paketet {version} kan inte tas bort: det är paketet som visas nu, "
                    f"eftersom det valda paketet {pointer.version} är skadat. Gör {version} "
                    f"till det aktiva med 'pack rollback' (det skadade {pointer.version} tas "
                    "då bort)"))
            if version not in self._named():
                if version == self._builtin_version():  # `pack list` shows it beside the rest
                    raise PackError(Problem(
                        "remove.builtin", str(default_pack_dir()), None,
                        f"version {version} är det inbyggda standardinnehållet; det följer "
                        "med programmet och kan inte tas bort"))
                raise PackError(Problem("remove.not_found", where, None,
                                        f"version {version} är inte installerad"))
            self._write_pointer(pointer.version, [v for v in pointer.previous if v != version])
            return self._discard(self.packs / version)

    def cleanup(self) -> list[str]:
        """Remove debris of interrupted work; run at every start. Returns what was removed.

        Does nothing while another process holds the lock: its staging folder is not debris.
        A lock file left by a killed process is no lock – the OS released it with the process.
        """
        if not self.root.is_dir():
            return []
        try:
            with self._locked(timeout=0):
                return self._cleanup_locked()
        except (PackError, OSError):
            return []

    def _cleanup_locked(self) -> list[str]:
        removed = []
        for name in ("staging", "trash"):
            folder = self.root / name
            for child in sorted(folder.iterdir()) if folder.is_dir() else []:
                shutil.rmtree(child, ignore_errors=True)
                removed.append(f"{name}/{child.name}")
            with contextlib.suppress(OSError):
                folder.rmdir()
        # Before fsutil wrote hidden temporary files, the store's were named pointer.tmp-….
        for tmp in [*self.root.glob(f"{POINTER_NAME}.tmp-*"),
                    *self.root.glob(f"{TRUST_NAME}.tmp-*"),
                    *leftover_temps(self.root / POINTER_NAME),
                    *leftover_temps(self.root / TRUST_NAME)]:
            tmp.unlink(missing_ok=True)
            removed.append(tmp.name)
        try:
            pointer = read_pointer(self.root)
        except ValueError:
            return removed  # without a trustworthy pointer, no installed version is debris
        keep = {pointer.version, *pointer.previous}
        for child in sorted(self.packs.iterdir()) if self.packs.is_dir() else []:
            if child.name not in keep and self._discard(child):
                removed.append(f"packs/{child.name}")
        return removed

    # --- mechanics ----------------------------------------------------------------------------

    def _judge(self, head: PackHead, rotation: bytes | None, trust: KeyTrust,
               extra: list[TrustedKey], allow_unsigned: bool, allow_downgrade: bool,
               pointer: Pointer
               ) -> tuple[SignatureState, Problem | None, RotationOutcome | None]:
        """The pack's signature state, why it must be refused (or None), and the rotation it
        carries when that may be honoured."""
        permanent = self._permanent_keys(trust)
        policy = self.policy
        if policy.locked("allow_unsigned"):
            allow_unsigned = policy.allow_unsigned  # the administrator's word is final
            unsigned = ("paketet är inte signerat, och administratören tillåter inte osignerade "
                        f"paket ({policy.path})")
        else:
            unsigned = ("paketet är inte signerat; installera det bara om du vet varifrån "
                        "filen kommer (--allow-unsigned)")
        state, refusal = self.signature_verdict(head.manifest_bytes, head.signature, extra,
                                                trust=trust, allow_unsigned=allow_unsigned,
                                                unsigned_message=unsigned)
        outcome = None
        if refusal is None:
            outcome, refusal = judge_rotation(rotation, state, permanent, trust,
                                              head.manifest.version)
        return state, refusal or self._version_problem(head.manifest.version, pointer,
                                                       allow_downgrade), outcome

    def _version_problem(self, version: str, pointer: Pointer,
                         allow_downgrade: bool) -> Problem | None:
        active = pointer.version or self._builtin_version()
        if version_key(version) == version_key(active):
            return Problem("import.already_installed", "manifest.json", "version",
                           f"version {version} är redan installerad och aktiv")
        if version_key(version) < version_key(active) and not allow_downgrade:
            return Problem("import.downgrade", "manifest.json", "version",
                           f"paketet ({version}) är äldre än det aktiva ({active}); installera "
                           "det bara om du vill gå tillbaka (--allow-downgrade)")
        if version in pointer.previous:
            return Problem("import.already_installed", "manifest.json", "version",
                           f"version {version} finns redan installerad som tidigare version; "
                           "gå tillbaka till den med 'pack rollback'")
        return None

    def _write_pointer(self, version: str | None, previous: Sequence[str]) -> None:
        """Switch the active pack atomically: temp file, fsync, rename over, fsync the folder."""
        data = json.dumps({"version": version, "previous": list(previous)}).encode() + b"\n"
        with atomic_write(self.root / POINTER_NAME, mode=0o644) as fh:
            fh.write(data)
            fh.flush()
            _checkpoint("pointer_written")
        _checkpoint("pointer_replaced")

    def _discard(self, path: Path) -> bool:
        """Remove a version folder: first out of ``packs/`` in one rename, then delete it.
        False when it stays for now (on Windows, a window has one of its files open): no
        longer named by the pointer, it is not installed, and the next cleanup() removes it."""
        trash = self.root / "trash"
        try:
            trash.mkdir(exist_ok=True)
            moved = trash / secrets.token_hex(8)
            os.rename(path, moved)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        shutil.rmtree(moved, ignore_errors=True)
        with contextlib.suppress(OSError):
            trash.rmdir()
        return True

    def _named(self) -> list[str]:
        """The installed versions: the folders the pointer names (a folder it no longer names
        waits for removal), every folder when the pointer cannot be trusted."""
        found = installed_versions(self.packs)
        try:
            pointer = read_pointer(self.root)
        except ValueError:
            return found
        named = {pointer.version, *pointer.previous}
        return [v for v in found if v in named]

    def waiting_for_removal(self) -> list[str]:
        """Versions removed or rolled back from whose folder could not be deleted yet."""
        named = set(self._named())
        return [v for v in installed_versions(self.packs) if v not in named]

    @contextlib.contextmanager
    def _locked(self, timeout: float | None = None,
                cancel: Cancel | None = None) -> Iterator[None]:
        """Hold the store's exclusive lock; PackError ``store.busy`` after ``timeout`` s."""
        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(self.root / LOCK_NAME)
        try:
            lock.acquire(self.lock_timeout if timeout is None else timeout, cancel)
        except LockCancelled:
            raise PackError(Problem("import.cancelled", str(lock.path), None,
                                    "avbröts i väntan på det andra programmet; inget "
                                    "har ändrats")) from None
        except LockTimeout:
            raise PackError(Problem(
                "store.busy", str(lock.path), None,
                "Ett annat program installerar ett innehållspaket just nu. Försök igen "
                "om en stund.")) from None
        try:
            yield
        finally:
            lock.release()


def _extra_keys(extra: Sequence[TrustedKey | Path]) -> list[TrustedKey]:
    """Keys given for one operation (``--trust-key``): trusted for it, never remembered."""
    return [k if isinstance(k, TrustedKey) else load_public_key(Path(k)) for k in extra]


def _textless_in(archive: PackArchive) -> frozenset[str]:
    """The pack's documents whose PDF has no text (scanned), read from its search index (in
    memory, checked against the manifest). None when the index is missing, larger than
    ``MAX_PREVIEW_INDEX_BYTES`` or damaged: the preview says nothing rather than wait."""
    from kvinnofrid_desktop.core.searchable import documents_without_text_in

    name = archive.head.manifest.search_index
    if not name:
        return frozenset()
    try:
        return documents_without_text_in(
            archive.read_member(name, max_bytes=MAX_PREVIEW_INDEX_BYTES))
    except (PackError, OSError):
        return frozenset()


def _rotation_member(archive: PackArchive) -> bytes | None:
    """The pack's rotation statement (checked against the manifest), or None."""
    if archive.head.manifest.file_entry(ROTATION_PATH) is None:
        return None
    return archive.read_member(ROTATION_PATH, max_bytes=MAX_ROTATION_BYTES)
