"""Qt's "print to file (PDF)", shared by the viewer's and the card's print dialogs: the file the
dialog offers and the file the printer writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo


def offer_file(printer: QPrinter, file: Path) -> None:
    """Have the print dialog offer ``file`` for "print to file (PDF)". Without a name Qt offers
    the folder alone (outside X11), and Print then fails with "är en katalog". A machine with
    printers still starts on its default printer (a file name alone would switch the dialog to
    PDF)."""
    printer.setOutputFileName(str(file))
    default_printer = QPrinterInfo.defaultPrinterName()
    if default_printer:
        printer.setPrinterName(default_printer)


def pdf_file_of(printer: QPrinter) -> Path | None:
    """The file a printer writes, when it is Qt's PDF printer ("Skriv till fil (PDF)"), with
    ".pdf" added to a name typed without a suffix."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName():
        return None
    target = Path(printer.outputFileName())
    return target if target.suffix else target.with_suffix(".pdf")
