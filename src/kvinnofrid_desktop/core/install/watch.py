"""The administrator's watch folder (policy ``watch_folder``): packs there that are newer than
the active one are offered to the user. It reads a network share, so the window calls it from a
worker thread (ui/packs/watch.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kvinnofrid_desktop.core.install.active import version_key
from kvinnofrid_desktop.core.install.archive import ARCHIVE_SUFFIX, read_head
from kvinnofrid_desktop.core.install.policy import MAX_WATCHED_FILES, Policy
from kvinnofrid_desktop.core.install.store import PackStore


@dataclass(frozen=True)
class WatchedPack:
    """A pack in the watch folder that is newer than anything installed."""

    path: Path
    version: str
    pack_id: str
    publisher: str


def packs_in_watch_folder(policy: Policy, store: PackStore) -> list[WatchedPack]:
    """Packs in the policy's watch folder newer than the active one, newest first.

    Files that are not sound packs are skipped here: importing them would refuse them anyway,
    with the reason. Never raises; an unreachable share simply offers nothing.
    """
    folder = policy.watch_folder
    if folder is None:
        return []
    try:
        candidates = sorted(p for p in folder.iterdir()
                            if p.suffix.lower() == ARCHIVE_SUFFIX and p.is_file())
        active = version_key(store.active().version)
        installed = {p.version for p in store.installed()}
    except OSError:
        return []
    offers: dict[str, WatchedPack] = {}
    for path in candidates[-MAX_WATCHED_FILES:]:
        # Each file on its own: a broken or hostile one is skipped, the good ones are offered.
        try:
            manifest = read_head(path).manifest
        except Exception:
            continue
        if (version_key(manifest.version) > active and manifest.version not in installed
                and manifest.version not in offers):
            offers[manifest.version] = WatchedPack(path, manifest.version, manifest.id,
                                                   manifest.publisher)
    return sorted(offers.values(), key=lambda w: version_key(w.version), reverse=True)
