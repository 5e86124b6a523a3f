"""The administrator's policy: the settings IT locks down, from the registry or a JSON file.

Where it is read from, the first place that sets a key winning:

1. Windows only: the registry, ``HKEY_LOCAL_MACHINE\\Software\\Policies\\Kvinnofrid\\Kvinnofrid
   Västmanland`` (what Group Policy or Intune writes; ``packaging/windows/policy/`` has the ADMX
   template), then the same key under ``HKEY_CURRENT_USER``;
2. the policy file (``KVINNOFRID_POLICY`` names another one, for tests and for trying a policy
   out, but only on a machine that has no policy of its own: neither the file below nor, on
   Windows, the HKEY_LOCAL_MACHINE key; a user must not be able to replace the machine's):

   - Linux and others: ``/etc/kvinnofrid-desktop/policy.json``
   - Windows: ``%ProgramData%\\Kvinnofrid Västmanland\\policy.json``
   - macOS: ``/Library/Application Support/Kvinnofrid Västmanland/policy.json``

The keys are declared once, with the user's settings, in ``core/options.py`` (``POLICY_KEYS``:
type, default, safest value and explanation). The JSON reader, the registry reader and the
ADMX/ADML generator (``packaging/windows/policy/generate.py``) all use it.

A policy never stops the program. A key with a bad value is reported as a Problem and takes
its *safest* value (no unsigned packs, no export, no extra trust); an unreadable file makes
every key take its safest value, because an administrator evidently meant to restrict something.
Keys starting with ``_`` are comments and ignored.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING, Any

from kvinnofrid_desktop.core.options import (
    BOOL,
    FOLDER,
    KEY_LIST,
    MUNICIPALITY,
    POLICY_KEY_NAMES,
    POLICY_KEYS,
    PolicyKey,
    Setting,
    policy_key,
)
from kvinnofrid_desktop.core.pack.external import ExternalFileError, loads, read_limited
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

# The window reads the policy at every start; archives, signatures and the card model are
# imported only where a policy actually uses them.
if TYPE_CHECKING:
    from kvinnofrid_desktop.core.install.signing import TrustedKey

log = logging.getLogger(__name__)

POLICY_ENV = "KVINNOFRID_POLICY"
MAX_POLICY_BYTES = 1024 * 1024
MAX_WATCHED_FILES = 50  # a share with thousands of files must not slow every start
REGISTRY_KEY = r"Software\Policies\Kvinnofrid\Kvinnofrid Västmanland"
MAX_REGISTRY_LIST = 200  # entries read from one list (trusted_keys)

KEYS = POLICY_KEY_NAMES
_BY_NAME = {k.name: k for k in POLICY_KEYS}
_SAFEST: dict[str, Any] = {k.name: k.safest for k in POLICY_KEYS}


def policy_path() -> Path:
    """Where the policy file is read from (it need not exist): the machine's, or the file
    ``KVINNOFRID_POLICY`` names when the machine has none (see ``load_policy``)."""
    machine = machine_policy_path()
    override = os.environ.get(POLICY_ENV)
    return Path(override) if override and not _exists(machine) else machine


def _exists(path: Path) -> bool:
    """Whether ``path`` is there; one that cannot even be looked at counts as there (it is then
    reported as unreadable, with the safest values, rather than replaced by another file)."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return True


def machine_policy_path() -> Path:
    """Where this machine's policy file is, whatever the environment says."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "Kvinnofrid Västmanland" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Kvinnofrid Västmanland/policy.json")
    return Path("/etc/kvinnofrid-desktop/policy.json")


@dataclass(frozen=True)
class Policy:
    """The settings an administrator fixed; without a policy every field is its default."""

    default_municipality: str | None = None
    trusted_keys: tuple[TrustedKey, ...] = ()
    allow_unsigned: bool = False
    watch_folder: Path | None = None
    content_folder: Path | None = None
    allow_export: bool = True
    remember_external_files: bool = False
    quick_hide: bool = True
    quick_hide_prominent: bool = False
    allow_editing: bool = False
    path: Path | None = None  # the policy file read, None when there is none
    problems: tuple[Problem, ...] = ()
    locked_keys: frozenset[str] = frozenset()
    # (key, where it was set: the policy file or the registry key), for each locked key
    sources: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def locked(self, name: str) -> bool:
        """True when the administrator set the policy key ``name`` (KeyError for a name
        core/options.py does not declare: a typo must not read as "not locked")."""
        return policy_key(name).name in self.locked_keys

    def locks(self, setting: Setting) -> bool:
        """True when the policy fixes the user's ``setting``: shown, but not to be changed."""
        return setting.locked_by is not None and self.locked(setting.locked_by)

    def source(self, name: str) -> str:
        """Where the administrator set ``name`` (a file or a registry key), "" if not set."""
        return dict(self.sources).get(name, "")


@dataclass
class _Source:
    """What one place (the registry under one hive, or the policy file) sets."""

    where: str
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_policy(path: Path | None = None, *, registry: Any = None) -> Policy:
    """Read the policy; never raises. Problems are in ``Policy.problems``.

    ``registry``: the ``winreg`` module to read (tests pass a fake one); by default the real
    one on Windows and none elsewhere. A key set in the registry under HKEY_LOCAL_MACHINE wins
    over one under HKEY_CURRENT_USER, and both over the policy file.
    """
    sources = _registry_sources(registry)
    if path is None:
        path, ignored = _file_to_read(sources)
        if ignored is not None:
            sources.append(ignored)
    file_source = _file_source(path)
    if file_source is not None:
        sources.append(file_source)
    values: dict[str, Any] = {}
    where: dict[str, str] = {}
    for source in sources:
        for name, value in source.values.items():
            if name not in values:
                values[name], where[name] = value, source.where
    problems = tuple(p for source in sources for p in source.problems)
    for problem in problems:  # never silently: the log, and Policy.problems for the window
        log.warning("policy: %s", problem)
    return Policy(**values, path=path if file_source is not None else None, problems=problems,
                  locked_keys=frozenset(values),
                  sources=tuple((name, where[name]) for name in KEYS if name in where))


def _file_to_read(sources: list[_Source]) -> tuple[Path, _Source | None]:
    """The policy file to read, and a report when ``KVINNOFRID_POLICY`` was set but ignored.

    The machine's policy (HKEY_LOCAL_MACHINE's key, the machine's file) cannot be replaced by
    a user: the environment variable names the policy only on a machine that has none (tests,
    a trial before the real file is put in place)."""
    machine = machine_policy_path()
    override = os.environ.get(POLICY_ENV)
    if not override or Path(override) == machine:
        return machine, None
    machine_key = next((s.where for s in sources if s.where.startswith("HKEY_LOCAL_MACHINE")),
                       None)
    machine_policy = machine_key or (str(machine) if _exists(machine) else None)
    if machine_policy is None:
        return Path(override), None
    note = _Source(override)
    note.problems.append(Problem(
        "policy.env_ignored", override, None,
        f"{POLICY_ENV} pekar på den här filen, men datorn har en egen policy "
        f"({machine_policy}); den gäller och filen läses inte"))
    return machine, note


def _file_source(path: Path) -> _Source | None:
    """What the policy file sets; None when there is no file."""
    source = _Source(str(path))
    try:
        raw = read_limited(path, MAX_POLICY_BYTES)
    except FileNotFoundError:
        return None
    except ExternalFileError as exc:
        return _safest(source, Problem("policy.unreadable", source.where, None,
                                       f"policyfilen {exc}; de säkraste inställningarna gäller"))
    try:
        data = loads(raw, encoding="utf-8-sig")  # Notepad may save UTF-8 with a BOM
        if not isinstance(data, dict):
            raise ValueError("filen ska innehålla ett JSON-objekt { … }")
    except ValueError as exc:
        return _safest(source, Problem("policy.not_json", source.where, None,
                                       f"policyfilen är inte giltig JSON ({exc}); de säkraste "
                                       "inställningarna gäller"))
    for name, value in data.items():
        if name.startswith("_"):
            continue
        # Names are case-insensitive, as in the registry: "Allow_Export" is allow_export.
        spec = _BY_NAME.get(name.lower())
        if spec is None:
            source.problems.append(Problem(
                "policy.unknown_key", source.where, name,
                f"okänd inställning (kända: {', '.join(KEYS)}); ignoreras"))
        elif spec.name in source.values or any(p.field == spec.name for p in source.problems):
            source.problems.append(Problem(
                "policy.duplicate_key", source.where, name,
                f"{spec.name} står redan i filen (stora och små bokstäver räknas lika); den "
                "första gäller"))
        else:
            _take(source, spec, value, path)
    return source


def _take(source: _Source, spec: PolicyKey, value: Any, base: Path | None) -> None:
    """Check ``value`` for ``spec`` and record it in ``source``, or its safest value and why.
    ``base``: the file relative paths are relative to (None: paths are taken as given)."""
    name, where = spec.name, source.where

    def bad(code: str, message: str) -> None:
        source.problems.append(Problem(code, where, name, message))
        source.values[name] = spec.safest

    if spec.kind == BOOL:
        if isinstance(value, bool):
            source.values[name] = value
        else:
            bad("policy.type", f"ska vara true eller false; {_json_bool(spec.safest)} gäller")
    elif spec.kind == MUNICIPALITY:
        from kvinnofrid_desktop.core.card.model import MUNICIPALITIES

        # Only a municipality is locked. A lock on "none" made Inställningar show "Hela länet"
        # locked while the card showed the user's own choice (or asked for one); without a
        # municipality the user's choice applies, shown unlocked, in the card and the dialog.
        if isinstance(value, str) and value.strip() in MUNICIPALITIES:
            source.values[name] = value.strip()
        elif value is not None:
            source.problems.append(Problem(
                "policy.value", where, name,
                f"{value!r} är ingen kommun i Västmanland ({', '.join(MUNICIPALITIES)}); "
                "ingen kommun låses, användarens eget val gäller"))
    elif spec.kind == FOLDER:
        if not isinstance(value, str) or not value.strip():
            bad("policy.type", "ska vara sökvägen till en mapp (text); ingen mapp används")
        elif base is None and not _full_path(value.strip()):
            # The registry has no file to be relative to: the folder would depend on where
            # the program happened to be started.
            bad("policy.value", f"{value.strip()!r} är ingen fullständig sökväg (t.ex. "
                "C:\\ProgramData\\Kvinnofrid\\paket eller \\\\server\\paket); ingen mapp "
                "används")
        else:
            source.values[name] = _relative_to(base, value.strip())
    else:
        source.values[name] = _trusted_keys(where, base, value, source.problems)


def _json_bool(value: Any) -> str:
    return "true" if value else "false"


def _safest(source: _Source, problem: Problem) -> _Source:
    # Every key locked at its safest, except the municipality: there is no safe one to lock.
    source.values = {k: v for k, v in _SAFEST.items() if k != "default_municipality"}
    source.problems = [problem]
    return source


def _full_path(value: str) -> bool:
    """A full Windows path (a drive and a root, or a UNC share); the registry is Windows'."""
    return PureWindowsPath(value).is_absolute() or Path(value).is_absolute()


def _relative_to(policy_file: Path | None, value: str) -> Path:
    candidate = Path(value)
    if policy_file is None or candidate.is_absolute():
        return candidate
    return policy_file.parent / candidate


def _trusted_keys(where: str, base: Path | None, value: Any,
                  problems: list[Problem]) -> tuple[TrustedKey, ...]:
    """Each entry is a public key in base64 (32 bytes), or the path of a ``.pub`` file."""
    from kvinnofrid_desktop.core.install.signing import load_public_key, public_key_from_base64

    if not isinstance(value, list):
        problems.append(Problem("policy.type", where, "trusted_keys",
                                "ska vara en lista med nycklar; inga extra nycklar gäller"))
        return ()
    keys = []
    for i, item in enumerate(value):
        field_name = f"trusted_keys[{i}]"
        if not isinstance(item, str) or not item.strip():
            problems.append(Problem("policy.type", where, field_name, "ska vara text; ignoreras"))
            continue
        try:
            # A 44-character base64 string ending in '=' cannot be a sensible path.
            if len(item.strip()) == 44 and item.strip().endswith("="):
                keys.append(public_key_from_base64(item, f"{where}: {field_name}"))
            elif base is None and not _full_path(item.strip()):
                problems.append(Problem("policy.value", where, field_name,
                                        f"{item.strip()!r} är ingen fullständig sökväg till en "
                                        ".pub-fil; nyckeln ignoreras"))
            else:
                keys.append(load_public_key(_relative_to(base, item.strip())))
        except PackError as exc:
            problems.append(Problem("policy.value", where, field_name,
                                    f"{exc.first.message}; nyckeln ignoreras"))
    return tuple(keys)


# --- the registry (Windows; Group Policy, Intune) ----------------------------------------------

# winreg's value types (the numbers are Windows', fixed forever)
REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 4, 7, 11
_TYPE_NAMES = {0: "REG_NONE", 1: "REG_SZ", 2: "REG_EXPAND_SZ", 3: "REG_BINARY", 4: "REG_DWORD",
               7: "REG_MULTI_SZ", 11: "REG_QWORD"}


def _registry_sources(registry: Any) -> list[_Source]:
    """What HKEY_LOCAL_MACHINE and then HKEY_CURRENT_USER set; [] off Windows."""
    if registry is None:
        if sys.platform != "win32":
            return []
        import winreg as registry  # only on Windows; imported here so core/ loads anywhere
    sources = []
    for hive_name in ("HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER"):
        try:
            source = _registry_source(registry, hive_name)
        except Exception as exc:  # a registry that misbehaves must not stop the program
            # A key that is there but cannot be read (access denied, a failing listing) is an
            # administrator's restriction the program cannot see: like an unreadable policy
            # file, it locks the safest values, else HKCU's or the file's would win.
            source = _safest(_Source(f"{hive_name}\\{REGISTRY_KEY}"), Problem(
                "policy.unreadable", f"{hive_name}\\{REGISTRY_KEY}", None,
                f"registernyckeln kan inte läsas ({exc}); de säkraste inställningarna gäller"))
        if source is not None:
            sources.append(source)
    return sources


def _registry_source(winreg: Any, hive_name: str) -> _Source | None:
    source = _Source(f"{hive_name}\\{REGISTRY_KEY}")
    access = winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0)
    try:
        handle = winreg.OpenKey(getattr(winreg, hive_name), REGISTRY_KEY, 0, access)
    except FileNotFoundError:
        return None  # the usual case: no policy set here
    # Any other OSError (access denied) goes to _registry_sources: the safest values.
    base = None  # paths in the registry are taken as given: IT writes full paths there
    with handle:
        for value_name, data, kind in _enum(winreg.EnumValue, handle):
            spec = _BY_NAME.get(value_name.lower())
            if not value_name or value_name.startswith("_"):
                continue
            if spec is None:
                source.problems.append(Problem(
                    "policy.unknown_key", source.where, value_name,
                    f"okänd inställning (kända: {', '.join(KEYS)}); ignoreras"))
                continue
            _take_registry(winreg, source, spec, data, kind, base)
        for subkey in _enum_keys(winreg, handle):
            spec = _BY_NAME.get(subkey.lower())
            if spec is None or spec.kind != KEY_LIST:
                source.problems.append(Problem(
                    "policy.unknown_key", source.where, subkey,
                    f"okänd undernyckel (kända: {', '.join(KEYS)}); ignoreras"))
            elif spec.name not in source.values:  # a REG_MULTI_SZ value of the name wins
                with winreg.OpenKey(handle, subkey, 0, access) as sub:
                    entries = sorted(_enum(winreg.EnumValue, sub),
                                     key=lambda e: (len(e[0]), e[0]))
                listed = [data if kind in (REG_SZ, REG_EXPAND_SZ) else None
                          for _, data, kind in entries]
                _take(source, spec, listed, base)
    return source


def _take_registry(winreg: Any, source: _Source, spec: PolicyKey, data: Any, kind: int,
                   base: Path | None) -> None:
    """Turn a registry value into the JSON reader's value, or report the wrong type."""
    def wrong(expected: str, fallback: str) -> None:
        source.problems.append(Problem(
            "policy.type", source.where, spec.name,
            f"ska vara {expected}, inte {_TYPE_NAMES.get(kind, f'typ {kind}')}; {fallback}"))
        if spec.kind != MUNICIPALITY:  # only a municipality is locked (see _take)
            source.values[spec.name] = spec.safest

    applies = f"{int(bool(spec.safest))} gäller"  # the value that holds: the safest
    if spec.kind == BOOL:
        if kind in (REG_DWORD, REG_QWORD) and data in (0, 1):
            _take(source, spec, bool(data), base)
        elif kind in (REG_DWORD, REG_QWORD):
            source.problems.append(Problem("policy.value", source.where, spec.name,
                                           f"ska vara 1 eller 0, inte {data}; {applies}"))
            source.values[spec.name] = spec.safest
        else:
            wrong("REG_DWORD 1 eller 0", applies)
    elif spec.kind == KEY_LIST:
        if kind == REG_MULTI_SZ and isinstance(data, list):
            _take(source, spec, [d for d in data if d][:MAX_REGISTRY_LIST], base)
        else:
            wrong("en lista (undernyckeln med värdena 1, 2, … eller REG_MULTI_SZ)",
                  "inga extra nycklar gäller")
    elif kind == REG_SZ or (kind == REG_EXPAND_SZ and spec.kind == FOLDER):
        if kind == REG_EXPAND_SZ and isinstance(data, str):
            expand: Callable[[str], str] = getattr(winreg, "ExpandEnvironmentStrings",
                                                   os.path.expandvars)
            data = expand(data)
        _take(source, spec, data, base)
    else:
        wrong("REG_SZ (text)", "ingen kommun låses, användarens eget val gäller"
              if spec.kind == MUNICIPALITY else "ingen mapp används")


_NO_MORE_ITEMS = 259  # ERROR_NO_MORE_ITEMS: the listing's normal end


def _listing_ended(exc: OSError) -> bool:
    """True for the end of a registry listing; any other error (access denied) is raised on,
    because a listing cut short would drop values silently."""
    return _NO_MORE_ITEMS in (getattr(exc, "winerror", None), exc.errno)


def _enum(enum_value: Callable[[Any, int], Any], handle: Any) -> list[tuple[str, Any, int]]:
    found: list[tuple[str, Any, int]] = []
    for i in range(MAX_REGISTRY_LIST + len(KEYS)):
        try:
            found.append(tuple(enum_value(handle, i)))
        except OSError as exc:
            if not _listing_ended(exc):
                raise
            break
    return found


def _enum_keys(winreg: Any, handle: Any) -> list[str]:
    found = []
    for i in range(len(KEYS) * 4):
        try:
            found.append(winreg.EnumKey(handle, i))
        except OSError as exc:
            if not _listing_ended(exc):
                raise
            break
    return found


def policy_keys_by_name() -> Mapping[str, PolicyKey]:
    """The declared keys by name (for the ADMX generator and the tests)."""
    return dict(_BY_NAME)
