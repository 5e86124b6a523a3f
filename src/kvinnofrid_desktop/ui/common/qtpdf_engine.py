"""The PdfEngine used by the program: QtPdf (PDFium), the same engine the viewer renders with.

Works without a display: QPdfDocument needs only a QCoreApplication, which is created on demand
when the command line uses it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPdf import QPdfDocument

import kvinnofrid_desktop.ui.common.earlyinit  # noqa: F401  (protects Qt calls; see earlyinit)
from kvinnofrid_desktop.core.pack.pdf_engine import PdfReadError

_app: QCoreApplication | None = None


def _ensure_app() -> None:
    global _app
    if QCoreApplication.instance() is None:
        _app = QCoreApplication([])


_ERRORS = {
    QPdfDocument.Error.FileNotFound: ("pdf.missing", "filen finns inte"),
    QPdfDocument.Error.InvalidFileFormat: (
        "pdf.invalid", "filen är skadad eller ingen PDF"),
    QPdfDocument.Error.IncorrectPassword: (
        "pdf.encrypted", "PDF-filen är lösenordsskyddad; ett innehållspaket måste vara öppet"),
    QPdfDocument.Error.UnsupportedSecurityScheme: (
        "pdf.encrypted", "PDF-filen använder ett skydd som inte stöds"),
    QPdfDocument.Error.DataNotYetAvailable: ("pdf.invalid", "filen kunde inte läsas helt"),
    QPdfDocument.Error.Unknown: ("pdf.invalid", "filen kunde inte öppnas (okänt fel)"),
}


class QtPdfEngine:
    """Opens each PDF in its own QPdfDocument; not shared across threads."""

    def open(self, path: Path) -> QPdfDocument:
        """The loaded document (close it after use); PdfReadError with the Swedish reason."""
        _ensure_app()
        if not Path(path).is_file():
            raise PdfReadError("pdf.missing", "filen finns inte")
        doc = QPdfDocument()
        error = doc.load(str(path))
        if error != QPdfDocument.Error.None_:
            code, message = _ERRORS.get(error, ("pdf.invalid", "filen kunde inte öppnas"))
            raise PdfReadError(code, message)
        if doc.pageCount() < 1:
            raise PdfReadError("pdf.empty", "PDF-filen har inga sidor")
        return doc

    def page_count(self, path: Path) -> int:
        doc = self.open(path)
        try:
            return doc.pageCount()
        finally:
            doc.close()

    def page_texts(self, path: Path) -> list[str]:
        doc = self.open(path)
        try:
            return [doc.getAllText(i).text() for i in range(doc.pageCount())]
        finally:
            doc.close()
