"""One list of exit codes (cli/exit.py) for every command, and the documentation's table is it."""

from __future__ import annotations

import re
from pathlib import Path

from kvinnofrid_desktop.cli.exit import ExitCode

REPO = Path(__file__).resolve().parents[2]


def test_the_documented_codes_are_the_enum() -> None:
    text = (REPO / "docs" / "content-updates.md").read_text(encoding="utf-8")
    documented = {int(n) for n in re.findall(r"^\| (\d) \|", text, re.MULTILINE)}
    assert documented == {int(code) for code in ExitCode}


def test_no_command_module_has_codes_of_its_own() -> None:
    for path in sorted((REPO / "src" / "kvinnofrid_desktop").rglob("*.py")):
        assert not re.search(r"^EXIT_\w+\s*[,=]", path.read_text(encoding="utf-8"),
                             re.MULTILINE), path
