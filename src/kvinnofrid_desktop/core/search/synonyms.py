"""The pack's list of synonyms and near-terms (``synonyms.toml``): data the coordinator extends.

Format (UTF-8 TOML, documented in docs/pack-format.md)::

    format = 1
    groups = [
      ["bevittna", "uppleva", "leva med våld"],
      ["orosanmälan", "orosanmälning", "anmäla oro"],
    ]

Each group holds words or expressions (several words) that find the same things: a query that
contains one of them also finds pages with any other. Words are compared by their Snowball stem,
so one form is enough (``bevittna`` also covers ``bevittnar``, ``bevittnat``). An expression of
several words is also found with its words in another order and without its small words
("barn oro" is "oro för barn", "katt misshandlad" is "misshandlad katt"). Pure Python, no Qt.
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kvinnofrid_desktop.core.search.swedish import (
    STOPWORDS,
    normalize_text,
    stem,
    tokens,
    without_genitive,
)

log = logging.getLogger(__name__)

FILE_NAME = "synonyms.toml"
FORMAT = 1
MAX_BYTES = 256 * 1024
MAX_GROUPS = 2000
MAX_WORDS = 6  # words in one expression
MAX_CHARS = 80  # characters in one expression


class SynonymError(ValueError):
    """The file is not a valid synonym list; the message is Swedish and names the place."""


Expression = tuple[str, ...]  # lower-case words as written


@dataclass(frozen=True)
class Synonyms:
    """Groups of expressions; ``alternatives`` finds the group of a stem sequence."""

    groups: tuple[tuple[Expression, ...], ...] = ()
    _by_stems: dict[tuple[str, ...], tuple[Expression, ...]] = field(
        default_factory=dict, compare=False, repr=False)
    longest: int = 0  # words in the longest expression
    # The same by the stems of an expression's words but its stopwords, in any order.
    _by_content: dict[frozenset[str], tuple[Expression, ...]] = field(
        default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, groups: list[list[str]] | tuple[tuple[str, ...], ...]) -> Synonyms:
        parsed: list[tuple[Expression, ...]] = []
        by_stems: dict[tuple[str, ...], list[Expression]] = {}
        by_content: dict[frozenset[str], list[Expression]] = {}
        for group in groups:
            # A genitive "s" is no word, as in a query ("women's shelter").
            exprs = tuple(dict.fromkeys(e for e in (
                tuple(tokens(without_genitive(normalize_text(x)))) for x in group) if e))
            if len(exprs) < 2:
                continue
            parsed.append(exprs)
            for expr in exprs:
                key = tuple(stem(w) for w in expr)
                known = by_stems.setdefault(key, [])
                known.extend(e for e in exprs if e != expr and e not in known)
                content = content_key(expr)
                if content is not None:
                    known = by_content.setdefault(content, [])
                    known.extend(e for e in exprs if e != expr and e not in known)
        longest = max((len(e) for g in parsed for e in g), default=0)
        return cls(tuple(parsed), {k: tuple(v) for k, v in by_stems.items()}, longest,
                   {k: tuple(v) for k, v in by_content.items()})

    def alternatives(self, stems: tuple[str, ...]) -> tuple[Expression, ...]:
        """The other expressions of every group holding an expression with these stems."""
        return self._by_stems.get(stems, ())

    def alternatives_any_order(self, words: tuple[str, ...]) -> tuple[Expression, ...]:
        """The other expressions of every group holding an expression of these words (lower
        case, as typed) in any order, their stopwords aside: people type the words they think
        of, in the order they come ("sala barn oro", "katt misshandlad")."""
        key = content_key(words)
        return self._by_content.get(key, ()) if key is not None else ()

    def __bool__(self) -> bool:
        return bool(self.groups)


NONE = Synonyms()


def content_key(words: tuple[str, ...]) -> frozenset[str] | None:
    """The stems of an expression's words but its stopwords, when there are two or more
    different ones (one word is looked up by ``alternatives``); else None."""
    content = [stem(w) for w in words if w not in STOPWORDS]
    key = frozenset(content)
    return key if len(key) >= 2 and len(key) == len(content) else None


def parse(text: str, name: str = FILE_NAME) -> Synonyms:
    """Parse and check a synonym list; :class:`SynonymError` (Swedish) when it is invalid."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SynonymError(f"{name}: felaktig TOML: {exc}") from None
    unknown = sorted(set(data) - {"format", "groups"})
    if unknown:
        raise SynonymError(f"{name}: okänd nyckel {unknown[0]!r} (tillåtna: format, groups)")
    if data.get("format") != FORMAT:
        raise SynonymError(f"{name}: format måste vara {FORMAT}")
    groups = data.get("groups", [])
    if not isinstance(groups, list) or len(groups) > MAX_GROUPS:
        raise SynonymError(f"{name}: groups måste vara en lista med högst {MAX_GROUPS} grupper")
    for n, group in enumerate(groups, 1):
        where = f"{name}: groups[{n}]"
        if not isinstance(group, list) or len(group) < 2:
            raise SynonymError(f"{where}: en grupp är en lista med minst två ord eller uttryck")
        for item in group:
            if not isinstance(item, str) or not tokens(item):
                raise SynonymError(f"{where}: {item!r} är inget ord")
            if len(item) > MAX_CHARS or len(tokens(item)) > MAX_WORDS:
                raise SynonymError(f"{where}: {item[:40]!r} är för långt (högst {MAX_WORDS} ord, "
                                   f"{MAX_CHARS} tecken)")
    return Synonyms.of(groups)


def load(path: Path) -> Synonyms:
    """The synonym list at ``path``; an empty list when the file is absent (packs built before
    synonyms existed) or unusable (logged: search still works, only without synonyms)."""
    try:
        if not path.is_file():
            return NONE
        if path.stat().st_size > MAX_BYTES:
            log.warning("synonym list ignored: larger than %d bytes: %s", MAX_BYTES, path)
            return NONE
        return parse(path.read_text(encoding="utf-8"), path.name)
    except (OSError, UnicodeDecodeError, SynonymError) as exc:
        log.warning("synonym list ignored: %s (%s)", path, exc)
        return NONE
