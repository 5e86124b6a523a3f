"""A small declarative checker for the JSON files of a pack (manifest, action card).

A full JSON-Schema library would be a dependency for a few dozen lines; what we need beyond it
are Swedish messages and stable codes, so the rules live here next to the data they describe.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from kvinnofrid_desktop.core.pack.problems import PackError, Problem, ProblemList

T = TypeVar("T")

# A pack's file that this build cannot read because a newer program wrote it: a higher format
# number, or keys this build does not know in a file that is otherwise sound. Not damage: the
# file is what its maker wrote, and the program that can read it is an update away.
NEWER_PROGRAM = "format.newer"
NEWER_MESSAGE = "paketet är gjort för en nyare version av programmet – uppdatera programmet först"
UNKNOWN_TO_THIS_PROGRAM = "uppgift som den här versionen av programmet inte känner till"

_TYPE_NAMES = {
    str: "text",
    int: "heltal",
    bool: "sant/falskt",
    list: "lista",
    dict: "objekt",
    type(None): "null",
    float: "tal",
}

Check = Callable[[Any], str | None]
"""Returns a Swedish message when the value is not acceptable, else None."""


@dataclass(frozen=True)
class Key:
    types: tuple[type, ...]
    required: bool = True
    check: Check | None = None


def key(*types: type, required: bool = True, check: Check | None = None) -> Key:
    return Key(types, required, check)


def type_ok(value: Any, types: tuple[type, ...]) -> bool:
    # bool is a subclass of int in Python; JSON true must not pass as a page count.
    if isinstance(value, bool):
        return bool in types
    return isinstance(value, types)


def describe_types(types: tuple[type, ...]) -> str:
    return " eller ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)


def check_object(
    value: Any, spec: dict[str, Key], where: str, problems: ProblemList
) -> dict[str, Any] | None:
    """Check one JSON object against ``spec``; return it when its shape is usable."""
    if not isinstance(value, dict):
        problems.add("field.type", where or None, f"ska vara ett objekt, är {_kind(value)}")
        return None
    ok = True
    for name, rule in spec.items():
        field = f"{where}.{name}" if where else name
        if name not in value:
            if rule.required:
                problems.add("field.missing", field, "saknas")
                ok = False
            continue
        item = value[name]
        if not type_ok(item, rule.types):
            problems.add(
                "field.type",
                field,
                f"ska vara {describe_types(rule.types)}, är {_kind(item)}",
            )
            ok = False
            continue
        if rule.check is not None and item is not None:
            message = rule.check(item)
            if message:
                problems.add("field.value", field, message)
                ok = False
    for name in value:
        if name not in spec:
            field = f"{where}.{name}" if where else str(name)
            if problems.unknown is not None:
                problems.unknown.append(Problem("field.unknown", problems.file, field,
                                                UNKNOWN_TO_THIS_PROGRAM))
                continue
            problems.add("field.unknown", field, "okänt fält (stavfel eller nyare format?)")
            ok = False
    return value if ok else None


def strict_or_newer(file: str, parse: Callable[[ProblemList], T], *, from_program: bool = True
                    ) -> T:
    """``parse(problems)`` of a pack's file; when the only thing wrong with it is keys this
    build does not know, PackError ``format.newer`` first and then those keys.

    Such a file was written by a newer program (a pack passes ``pack build`` and ``pack
    verify`` of the program that made it), so "okänt fält (stavfel …)" and its follow-ons (a
    contact left out, so "kontakten finns inte") would send IT looking for damage where an
    update of the program is the answer. Whether it is otherwise sound is found by parsing it
    again with unknown keys let through; that second reading is never used for anything else
    (a key it skips may change what the others mean). ``from_program`` False: a
    coordinator's own source file, where an unknown key is a typo."""
    try:
        return parse(ProblemList(file))
    except PackError as exc:
        if not from_program or not any(p.code == "field.unknown" for p in exc.problems):
            raise
        lenient = ProblemList(file, tolerate_unknown=True)
        try:
            parse(lenient)
        except Exception:
            raise exc from None
        if not lenient.unknown:
            raise
        raise PackError([newer_problem(file, None), *lenient.unknown]) from None


def newer_format(value: Any, supported: int) -> bool:
    """Whether ``value``, a file's ``format``, is a number above the one this build reads."""
    return isinstance(value, int) and not isinstance(value, bool) and value > supported


def newer_problem(file: str, field: str | None, detail: str = "") -> Problem:
    """The problem of a file that a newer program wrote (``format.newer``)."""
    return Problem(NEWER_PROGRAM, file, field, NEWER_MESSAGE + (f" ({detail})" if detail else ""))


def made_by_newer_program(problems: list[Problem]) -> bool:
    """Whether ``problems`` (of one pack) say it was made for a newer version of the program."""
    return bool(problems) and problems[0].code == NEWER_PROGRAM


def _kind(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


# --- reusable value checks ------------------------------------------------------------------

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def non_empty(value: str) -> str | None:
    return None if value.strip() else "får inte vara tomt"


def identifier(value: str) -> str | None:
    if _ID_RE.match(value):
        return None
    return "ska bestå av små bokstäver a–z, siffror och bindestreck (högst 64 tecken)"


def iso_date(value: str, *, today: dt.date | None = None, allow_future: bool = False) -> str | None:
    if not _DATE_RE.match(value):
        return f"'{value}' är inget datum (ÅÅÅÅ-MM-DD)"
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        return f"'{value}' är inget giltigt datum"
    if not allow_future and date > (today or dt.date.today()):
        return f"datumet {value} ligger i framtiden"
    return None


def one_of(*allowed: str) -> Check:
    def check(value: str) -> str | None:
        if value in allowed:
            return None
        return f"'{value}' är inte tillåtet (tillåtet: {', '.join(allowed)})"

    return check
