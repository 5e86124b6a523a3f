"""Which content pack to show: the one thing every start-up needs from the pack store.

The program calls ``resolve_active()`` before its window exists, and start-up time is measured,
so this module imports only the standard library, platformdirs and the cheap pack readers – no
archive, signing or action-card code. Changing the store (import, rollback, cleanup) lives in
``content.store``, which builds on the functions here.

The data directory holds ``packs/<version>/`` and the pointer ``active``
(``{"version": "2026-12-01", "previous": ["2026-11-26"]}``; ``null``: the embedded default).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

import platformdirs

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.pack.external import ExternalFileError, loads, read_limited
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

DATA_ENV = "KVINNOFRID_DATA_DIR"
POINTER_NAME = "active"
MAX_POINTER_BYTES = 64 * 1024  # a version and a short list of earlier ones
VERSION_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\.(\d{1,3}))?$")


def default_data_dir() -> Path:
    """The per-user data directory; ``KVINNOFRID_DATA_DIR`` overrides it."""
    if override := os.environ.get(DATA_ENV):
        return Path(override)
    return Path(platformdirs.user_data_dir("kvinnofrid-desktop", "Kvinnofrid Västmanland"))


def version_key(version: str) -> tuple[str, int]:
    """Order pack versions as dates: '2026-11-26' < '2026-11-26.2' < '2026-12-01'."""
    match = VERSION_RE.match(version)
    if match is None:
        return ("", 0)
    return match.group(1), int(match.group(2) or 0)


class Pointer(NamedTuple):  # not a dataclass: cheaper to define, and this is start-up code
    """The content of the pointer file."""

    version: str | None  # None: the embedded default
    previous: tuple[str, ...]


def read_pointer(root: Path) -> Pointer:
    """The pointer in ``root``; no file means the embedded default. ValueError when damaged."""
    try:
        raw = read_limited(root / POINTER_NAME, MAX_POINTER_BYTES)
    except FileNotFoundError:
        return Pointer(None, ())
    except ExternalFileError as exc:
        raise ValueError(f"uppgiften om aktivt paket: filen {exc}") from None
    try:
        data = loads(raw)
        version, previous = data["version"], data["previous"]
        if not (version is None or VERSION_RE.match(version)) or not all(
                isinstance(v, str) and VERSION_RE.match(v) for v in previous):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise ValueError(f"uppgiften om aktivt paket ({root / POINTER_NAME}) är skadad"
                         ) from None
    return Pointer(version, tuple(previous))


def installed_versions(packs: Path) -> list[str]:
    """The version folders under ``packs``, newest first; none when it cannot be listed."""
    try:
        names = [p.name for p in packs.iterdir() if p.is_dir()]
    except OSError:
        return []
    return sorted((n for n in names if VERSION_RE.match(n)), key=version_key, reverse=True)


class Failure(NamedTuple):
    """Why a pack was passed over when choosing what to show; ``version`` None: the pointer."""

    version: str | None
    problem: Problem | None  # None for the pointer: ``text`` says what is wrong with it
    text: str  # Swedish, without the problem's code


class Resolved(NamedTuple):
    path: Path  # the folder to show
    failures: list[Failure]  # what was passed over on the way, in order
    version: str | None  # the version shown; None: the embedded default


def plain(problem: Problem) -> str:
    """A problem as people read it: where and what, without the code kept for scripts."""
    where = problem.file if not problem.field else f"{problem.file}: {problem.field}"
    return f"{where}: {problem.message}"


def resolve_failures(root: Path) -> Resolved:
    """The folder to show, and what was passed over to get there.

    The pointer's version if its folder opens (with the cheap size check), else each previous
    version, else the embedded default. A damaged pointer is not trusted: then the newest
    installed version that opens is shown.
    """
    failures: list[Failure] = []
    try:
        pointer = read_pointer(root)
        candidates = [pointer.version, *pointer.previous] if pointer.version else []
    except ValueError as exc:
        failures.append(Failure(None, None, str(exc)))
        candidates = installed_versions(root / "packs")
    for version in candidates:
        path = root / "packs" / version
        try:
            Pack.open(path, check_sizes=True)
        except PackError as exc:
            failures.append(Failure(version, exc.first, f"paketet {version} kunde inte "
                                    f"användas ({plain(exc.first)})"))
            continue
        return Resolved(path, failures, version)
    return Resolved(default_pack_dir(), failures, None)


def notice_sv(resolved: Resolved) -> str | None:
    """The Swedish notice for a fallback (None when nothing was passed over)."""
    if not resolved.failures:
        return None
    shown = f"Programmet visar i stället paketet {resolved.version}." if resolved.version \
        else "Programmet visar standardinnehållet."
    return _capitalize(f"{'; '.join(f.text for f in resolved.failures)}. {shown}")


def resolve_in(root: Path) -> tuple[Path, str | None, str | None]:
    """(folder to show, Swedish notice when falling back, version or None for the default)."""
    resolved = resolve_failures(root)
    return resolved.path, notice_sv(resolved), resolved.version


def resolve_active_failures() -> Resolved:
    """``resolve_failures`` of the user's data directory. Never raises: the program must always
    be able to show something."""
    try:
        return resolve_failures(default_data_dir())
    except Exception as exc:
        return Resolved(default_pack_dir(), [Failure(
            None, None, f"innehållspaketen kunde inte läsas ({exc})")], None)


def resolve_active() -> tuple[Path, str | None]:
    """The folder of the pack to show, and a Swedish notice when it is a fallback. Never raises."""
    resolved = resolve_active_failures()
    return resolved.path, notice_sv(resolved)


def active_pack_dir() -> Path:
    """The folder of the pack the program should show."""
    return resolve_active()[0]


def _capitalize(text: str | None) -> str | None:
    return text[:1].upper() + text[1:] if text else text
