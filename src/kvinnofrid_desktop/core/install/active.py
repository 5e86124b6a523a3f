"""Which content pack to show: the one thing every start-up needs from the pack store.

The program calls ``resolve_active()`` before its window exists, and start-up time is measured,
so this module imports only the standard library, platformdirs and the cheap pack readers – no
archive or signing code, and the action card's only when an installed pack is a candidate (its
card must be one this build can read: ``open_usable``). Changing the store (import, rollback,
cleanup) lives in ``content.store``, which builds on the functions here.

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
from kvinnofrid_desktop.core.pack.schema import made_by_newer_program

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


# The verdict on a card file by (path, size, modification time): the window asks again at
# each activation (core/install/store and the pack controller resolve often), and reading the
# card is the one cost here beyond a few stat calls.
_card_verdicts: dict[tuple[str, int, int], PackError | None] = {}


def card_refusal(pack: Pack) -> PackError | None:
    """Why this build cannot show ``pack``'s action card although the file is the one that was
    installed (it matches its checksum): ``format.newer`` first when a newer program wrote it.
    None when the card reads, when the pack has none, and when the file has been changed since
    (a checksum that differs is the window's alarm and way back, not a reason to pass the pack
    over in silence)."""
    name = pack.manifest.action_card
    if not name:
        return None
    path = pack.path_of(name)
    try:
        stat = path.stat()
    except OSError:
        return None  # the size check of Pack.open said it; the window says it again
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key in _card_verdicts:
        return _card_verdicts[key]
    from kvinnofrid_desktop.core.card.model import load_action_card

    verdict: PackError | None = None
    try:
        load_action_card(path, file=name)
    except PackError as exc:
        # Only a card that is the file installed is this build's to judge.
        verdict = None if pack.check_files(checksums=True, only=[name]) else exc
    if len(_card_verdicts) > 16:
        _card_verdicts.clear()
    _card_verdicts[key] = verdict
    return verdict


def open_usable(path: Path, *, read_card: bool = True) -> Pack:
    """The pack at ``path`` if this build can show it: its manifest, the sizes of its files
    and its action card (``card_refusal``); PackError why not, ``format.newer`` first when a
    newer program made it (``made_by_newer_program``). The one decision of the window's pack,
    of the commands' (``card show``, ``search``) and of ``pack list``'s mark.
    ``read_card=False``: the manifest and sizes only (the first frame's choice, see
    ``resolve_failures``)."""
    pack = Pack.open(path, check_sizes=True)
    refusal = card_refusal(pack) if read_card else None
    if refusal is not None:
        raise refusal
    return pack


def failure_text(version: str, problems: list[Problem]) -> str:
    """Why the installed ``version`` was passed over, in Swedish, as the notice says it."""
    if made_by_newer_program(problems):
        # Not damage: kept, and shown again once the program is updated.
        return (f"paketet {version} är gjort för en nyare version av programmet och kan inte "
                "visas av den här versionen; det finns kvar och visas när programmet har "
                "uppdaterats")
    return f"paketet {version} kunde inte användas ({plain(problems[0])})"


def resolve_failures(root: Path, *, read_cards: bool = True) -> Resolved:
    """The folder to show, and what was passed over to get there.

    The pointer's version if this build can show it (``open_usable``: its folder opens with
    the cheap size check, and its action card reads), else each previous version, else the
    embedded default. A damaged pointer is not trusted: then the newest installed version
    that opens is shown. A pack passed over is never changed or removed: one made by a newer
    program is shown again when that program is back.

    ``read_cards=False`` leaves the cards unread: the window's first frame does not wait for
    the card's code and file (≈ 20–40 ms); the window reads the card once it is on screen and
    replaces itself when this build cannot show it (app/start, ``card_refusal``).
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
            open_usable(path, read_card=read_cards)
        except PackError as exc:
            failures.append(Failure(version, exc.first, failure_text(version, exc.problems)))
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


def resolve_active_failures(*, read_cards: bool = True) -> Resolved:
    """``resolve_failures`` of the user's data directory. Never raises: the program must always
    be able to show something."""
    try:
        return resolve_failures(default_data_dir(), read_cards=read_cards)
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
