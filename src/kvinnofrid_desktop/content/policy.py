"""The administrator's policy: one machine-wide JSON file with which IT locks settings down.

Where it is read from (``KVINNOFRID_POLICY`` overrides, for tests and for IT):

- Linux and others: ``/etc/kvinnofrid-desktop/policy.json``
- Windows: ``%ProgramData%\\Kvinnofrid Västmanland\\policy.json``
- macOS: ``/Library/Application Support/Kvinnofrid Västmanland/policy.json``

A policy never stops the program. A key with a bad value is reported as a Problem and takes
its *safest* value (no unsigned packs, no export, no extra trust); an unreadable file makes
every key take its safest value, because an administrator evidently meant to restrict something.
Keys starting with ``_`` are comments and ignored.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kvinnofrid_desktop.content.external import ExternalFileError, loads, read_limited
from kvinnofrid_desktop.content.problems import PackError, Problem

# The window reads the policy at every start; archives, signatures and the card model are
# imported only where a policy actually uses them.
if TYPE_CHECKING:
    from kvinnofrid_desktop.content.signing import TrustedKey
    from kvinnofrid_desktop.content.store import PackStore

POLICY_ENV = "KVINNOFRID_POLICY"
MAX_POLICY_BYTES = 1024 * 1024
MAX_WATCHED_FILES = 50  # a share with thousands of files must not slow every start
KEYS = ("default_municipality", "trusted_keys", "allow_unsigned", "watch_folder", "allow_export")
# What a key becomes when the administrator set it but the value cannot be understood.
_SAFEST: dict[str, Any] = {
    "default_municipality": None,
    "trusted_keys": (),
    "allow_unsigned": False,
    "watch_folder": None,
    "allow_export": False,
}


def policy_path() -> Path:
    """Where this machine's policy file is (it need not exist)."""
    if override := os.environ.get(POLICY_ENV):
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "Kvinnofrid Västmanland" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Kvinnofrid Västmanland/policy.json")
    return Path("/etc/kvinnofrid-desktop/policy.json")


@dataclass(frozen=True)
class Policy:
    """The settings an administrator fixed; without a policy file every field is its default."""

    default_municipality: str | None = None
    trusted_keys: tuple[TrustedKey, ...] = ()
    allow_unsigned: bool = False
    watch_folder: Path | None = None
    allow_export: bool = True
    path: Path | None = None  # the file read, None when there is none
    problems: tuple[Problem, ...] = ()
    locked_keys: frozenset[str] = frozenset()

    def locked(self, name: str) -> bool:
        """True when the administrator set ``name``: the window shows it but may not change it."""
        return name in self.locked_keys


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy; never raises. Problems are in ``Policy.problems``."""
    path = path or policy_path()
    where = str(path)
    try:
        raw = read_limited(path, MAX_POLICY_BYTES)
    except FileNotFoundError:
        return Policy()
    except ExternalFileError as exc:
        return _safest(path, Problem("policy.unreadable", where, None,
                                     f"policyfilen {exc}; de säkraste inställningarna gäller"))
    try:
        data = loads(raw, encoding="utf-8-sig")  # Notepad may save UTF-8 with a BOM
        if not isinstance(data, dict):
            raise ValueError("filen ska innehålla ett JSON-objekt { … }")
    except ValueError as exc:
        return _safest(path, Problem("policy.not_json", where, None,
                                     f"policyfilen är inte giltig JSON ({exc}); de säkraste "
                                     "inställningarna gäller"))
    values: dict[str, Any] = {}
    problems: list[Problem] = []

    def bad(name: str, code: str, message: str) -> None:
        problems.append(Problem(code, where, name, message))
        values[name] = _SAFEST[name]

    for name, value in data.items():
        if name.startswith("_"):
            continue
        if name not in KEYS:
            problems.append(Problem("policy.unknown_key", where, name,
                                    f"okänd inställning (kända: {', '.join(KEYS)}); ignoreras"))
        elif name in ("allow_unsigned", "allow_export"):
            if isinstance(value, bool):
                values[name] = value
            else:
                bad(name, "policy.type", "ska vara true eller false; false gäller")
        elif name == "default_municipality":
            from kvinnofrid_desktop.content.action_card import MUNICIPALITIES

            if value is None or value in MUNICIPALITIES:
                values[name] = value
            else:
                bad(name, "policy.value",
                    f"{value!r} är ingen kommun i Västmanland ({', '.join(MUNICIPALITIES)})")
        elif name == "watch_folder":
            if isinstance(value, str) and value.strip():
                values[name] = _relative_to(path, value.strip())
            else:
                bad(name, "policy.type", "ska vara sökvägen till en mapp (text)")
        else:
            values[name] = _trusted_keys(path, value, problems)
    return Policy(**values, path=path, problems=tuple(problems),
                  locked_keys=frozenset(values))


def _safest(path: Path, problem: Problem) -> Policy:
    return Policy(**_SAFEST, path=path, problems=(problem,), locked_keys=frozenset(KEYS))


def _relative_to(policy_file: Path, value: str) -> Path:
    candidate = Path(value)
    return candidate if candidate.is_absolute() else policy_file.parent / candidate


def _trusted_keys(path: Path, value: Any, problems: list[Problem]) -> tuple[TrustedKey, ...]:
    """Each entry is a public key in base64 (32 bytes), or the path of a ``.pub`` file."""
    from kvinnofrid_desktop.content.signing import load_public_key, public_key_from_base64

    where = str(path)
    if not isinstance(value, list):
        problems.append(Problem("policy.type", where, "trusted_keys",
                                "ska vara en lista med nycklar; inga extra nycklar gäller"))
        return ()
    keys = []
    for i, item in enumerate(value):
        field = f"trusted_keys[{i}]"
        if not isinstance(item, str) or not item.strip():
            problems.append(Problem("policy.type", where, field, "ska vara text; ignoreras"))
            continue
        try:
            # A 44-character base64 string ending in '=' cannot be a sensible path.
            if len(item.strip()) == 44 and item.strip().endswith("="):
                keys.append(public_key_from_base64(item, f"{where}: {field}"))
            else:
                keys.append(load_public_key(_relative_to(path, item.strip())))
        except PackError as exc:
            problems.append(Problem("policy.value", where, field,
                                    f"{exc.first.message}; nyckeln ignoreras"))
    return tuple(keys)


# --- the watch folder --------------------------------------------------------------------------


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
    with the reason. Never raises; an unreachable share simply offers nothing. It reads the
    network, so the window calls it from a worker thread.
    """
    from kvinnofrid_desktop.content.active import version_key
    from kvinnofrid_desktop.content.archive import ARCHIVE_SUFFIX, read_head

    folder = policy.watch_folder
    if folder is None:
        return []
    try:
        candidates = sorted(p for p in folder.iterdir()
                            if p.suffix.lower() == ARCHIVE_SUFFIX and p.is_file())
        active = version_key(store.active().version)
        installed = {p.version for p in store.list()}
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
