"""Every problem the program can report has a plain sentence in the English interface.

The Swedish interface shows a problem's precise Swedish message; English shows a sentence
chosen by its code or its family and keeps the Swedish after it. A code with neither showed
the Swedish alone in the English import dialog ("pdf.invalid", "document.pages").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kvinnofrid_desktop.ui.common.labels import PROBLEM_EXPLANATIONS, problem_text

SRC = Path(__file__).resolve().parents[2] / "src" / "kvinnofrid_desktop"
# Where a problem is made with a literal code: Problem("x.y", …), problems.add("x.y", …), …
_MADE = re.compile(r'(?:Problem|\badd|PdfReadError|_error)\(\s*f?"([a-z_]+)\.([a-z_]+)"')


def codes_made() -> set[str]:
    files = [*(SRC / "core").rglob("*.py"), SRC / "ui" / "common" / "qtpdf_engine.py"]
    return {f"{m.group(1)}.{m.group(2)}" for f in files
            for m in _MADE.finditer(f.read_text(encoding="utf-8"))}


def test_the_scan_finds_the_codes_of_the_import_path() -> None:
    assert {"pdf.missing", "document.pages", "file.checksum", "tab.unknown",
            "signature.invalid", "archive.encrypted"} <= codes_made()


def test_every_code_the_program_makes_has_an_english_sentence() -> None:
    unexplained = sorted(code for code in codes_made()
                         if code not in PROBLEM_EXPLANATIONS
                         and code.split(".")[0] not in PROBLEM_EXPLANATIONS)
    assert not unexplained


@pytest.mark.parametrize(("code", "message", "sentence"), [
    ("pdf.invalid", "filen kunde inte öppnas", "A PDF file in the pack cannot be opened"),
    ("document.pages", "manifestet anger 3 sidor men PDF-filen har 4",
     "A document in the pack does not match its description in the pack"),
])
def test_the_english_interface_says_it_in_english(code: str, message: str,
                                                  sentence: str) -> None:
    from language import interface_language  # switches the Qt translator

    with interface_language("en"):
        assert problem_text(code, message) == f"{sentence} (in detail, in Swedish: {message})"
    with interface_language("sv"):
        assert problem_text(code, message) == message
