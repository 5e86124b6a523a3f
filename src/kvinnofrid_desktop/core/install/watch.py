"""The administrator's watch folder (policy ``watch_folder``): packs there that are newer than
the active one are offered to the user. It reads a network share, so the window calls it from a
worker thread (ui/packs/watch.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kvinnofrid_desktop.core.fsutil import reason_sv
from kvinnofrid_desktop.core.install.active import version_key
from kvinnofrid_desktop.core.install.archive import ARCHIVE_SUFFIX, read_head
from kvinnofrid_desktop.core.install.policy import MAX_WATCHED_FILES, Policy
from kvinnofrid_desktop.core.install.signing import VERIFIED
from kvinnofrid_desktop.core.install.store import PackStore


@dataclass(frozen=True)
class WatchedPack:
    """A pack in the watch folder that is newer than anything installed."""

    path: Path
    version: str
    pack_id: str
    publisher: str  # the verified publisher; the manifest's word only for an unsigned pack


@dataclass(frozen=True)
class WatchLook:
    """One look at the watch folder: what to offer, newest first, and why the folder itself
    could not be read (Swedish, "" when it could) and the system's error number for it (0:
    none), from which another interface language says it in its own words."""

    offers: list[WatchedPack] = field(default_factory=list)
    unreadable: str = ""
    error_number: int = 0


def packs_in_watch_folder(policy: Policy, store: PackStore) -> list[WatchedPack]:
    """Packs in the policy's watch folder that may be offered, newest first (see
    ``look_in_watch_folder``)."""
    return look_in_watch_folder(policy, store).offers


def look_in_watch_folder(policy: Policy, store: PackStore) -> WatchLook:
    """Packs in the policy's watch folder newer than the active one that an import here would
    accept, newest first; and, when the folder cannot be read, why.

    Only packs that pass the signature rule are offered: a valid signature by a trusted key, or
    no signature where the user may still accept one (``allow_unsigned`` not locked off). A pack
    the import would always refuse was offered at every start, naming a publisher nobody had
    verified. Files that are not sound packs are skipped too: importing them would refuse them,
    with the reason. Never raises."""
    folder = policy.watch_folder
    if folder is None:
        return WatchLook()
    try:
        candidates = sorted(p for p in folder.iterdir()
                            if p.suffix.lower() == ARCHIVE_SUFFIX and p.is_file())
    except OSError as exc:
        return WatchLook(unreadable=reason_sv(exc), error_number=exc.errno or 0)
    try:
        active = version_key(store.active().version)
        installed = {p.version for p in store.installed()}
        trust = store.key_trust()
    except OSError:
        return WatchLook()  # the user's own store: the window reports that itself
    allow_unsigned = policy.allow_unsigned if policy.locked("allow_unsigned") else True
    offers: dict[str, WatchedPack] = {}
    for path in candidates[-MAX_WATCHED_FILES:]:
        # Each file on its own: a broken or hostile one is skipped, the good ones are offered.
        try:
            head = read_head(path)
            manifest = head.manifest
            if not (version_key(manifest.version) > active and manifest.version not in installed
                    and manifest.version not in offers):
                continue
            # One signature check per newer file (no unpacking): cheap enough for each start.
            state, refusal = store.signature_verdict(head.manifest_bytes, head.signature,
                                                     trust=trust,
                                                     allow_unsigned=allow_unsigned)
        except Exception:
            continue
        if refusal is not None:
            continue
        publisher = state.publisher if state.status == VERIFIED else manifest.publisher
        offers[manifest.version] = WatchedPack(path, manifest.version, manifest.id,
                                               publisher or "")
    return WatchLook(sorted(offers.values(), key=lambda w: version_key(w.version),
                            reverse=True))
