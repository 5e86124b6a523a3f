"""User text is built one way (docs/i18n.md): %1…%9 filled by core/placeholders.arg."""

from __future__ import annotations

import re
from pathlib import Path

from kvinnofrid_desktop.core.placeholders import arg

SRC = Path(__file__).resolve().parents[2] / "src" / "kvinnofrid_desktop"


def test_arg_fills_in_one_pass() -> None:
    assert arg("Paketet %1 %2 är installerat.", "Utgivare %2", "2026-12-01") == \
        "Paketet Utgivare %2 2026-12-01 är installerat."  # a value's own %2 stays as it is
    assert arg("%2 före %1", "a", "b") == "b före a"
    assert arg("100 % av %1", 3) == "100 % av 3"
    assert arg("%n dokument och %1", "x") == "%n dokument och x"  # Qt's plural count stays
    assert arg("%1 och %2", "bara en") == "bara en och %2"  # a missing value shows, no crash


def test_no_other_way_of_building_user_text() -> None:
    other = re.compile(r"""\.replace\(\s*["']%\d["']|(?:tr|translate)\([^()]*\)\s*\.format\(""")
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "placeholders.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in other.finditer(text):
            found.append(f"{path.relative_to(SRC)}:{text.count(chr(10), 0, match.start()) + 1}")
    assert not found, "use core/placeholders.arg (docs/i18n.md): " + ", ".join(found)
