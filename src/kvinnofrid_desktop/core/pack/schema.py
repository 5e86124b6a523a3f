"""A small declarative checker for the JSON files of a pack (manifest, action card).

A full JSON-Schema library would be a dependency for a few dozen lines; what we need beyond it
are Swedish messages and stable codes, so the rules live here next to the data they describe.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kvinnofrid_desktop.core.pack.problems import ProblemList

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
            problems.add("field.unknown", field, "okänt fält (stavfel eller nyare format?)")
            ok = False
    return value if ok else None


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
