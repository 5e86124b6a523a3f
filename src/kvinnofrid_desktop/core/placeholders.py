"""Filling a translated text's placeholders: the program's one way to build user text.

``arg(tr("Innehållspaketet %1 %2 är installerat."), publisher, version)``: ``%1``…``%9`` are
replaced in one pass, like Qt's ``QString::arg``. Chained ``.replace("%1", a).replace("%2", b)``
would also replace a ``%2`` that ``a`` itself contains (pack text can hold anything), and
``str.format`` braces clash with text that has braces; docs/i18n.md gives the rule. ``%n`` (a
count with plural forms) is Qt's own and left alone. Pure Python: core/card/now.py builds its
lines with it too.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context`` and return it untranslated; typed (PySide's own
    returns ``object``) and free of Qt, under the name lupdate recognises."""
    return text


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``values`` (a missing value leaves its
    placeholder as it is, so a translator's mistake shows instead of crashing)."""
    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
