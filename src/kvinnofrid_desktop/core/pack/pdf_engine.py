"""What the pure layers need from a PDF engine, without depending on one.

The program reads PDFs with QtPdf (PDFium); ``ui/common/qtpdf_engine.py`` provides that
implementation. Keeping the interface here lets ``core/`` stay free of Qt and lets tests pass
any engine they like.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class PdfReadError(Exception):
    """A PDF cannot be used; ``code`` is stable, ``message`` is Swedish."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class PdfEngine(Protocol):
    def page_count(self, path: Path) -> int:
        """Open the PDF and return its page count; raise PdfReadError when it cannot be read."""
        ...

    def page_texts(self, path: Path) -> list[str]:
        """Return the text of every page (index 0 = page 1); raise PdfReadError."""
        ...
