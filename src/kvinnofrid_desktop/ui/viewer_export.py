"""The viewer's ways out of the program: print, save a copy, open in another program.

Each asks the user (print dialog, file dialog) and reports failures in Swedish; the work itself
is in viewer_print (print_document, copy_file), which tests call directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from .viewer_print import copy_file, describe_os_error, print_document
from .viewer_widgets import MessageBar

# Shared with the viewer (context "PdfViewer"); written out at each call so lupdate sees it.
translate = QCoreApplication.translate


def print_with_dialog(parent: QWidget, document: QPdfDocument, path: Path, current_page: int,
                      messages: MessageBar) -> int:
    """Ask for printer and page range, then print with progress. Returns pages printed."""
    count = document.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PdfViewer", "Skriv ut ”{name}”").format(name=path.name))
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(options.PrintPageRange, True)
    dialog.setOption(options.PrintCurrentPage, True)
    dialog.setOption(options.PrintToFile, True)
    dialog.setMinMax(1, count)
    if not dialog.exec():
        return 0
    ranges = QPrinter.PrintRange
    if printer.printRange() == ranges.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
    elif printer.printRange() == ranges.CurrentPage:
        first = last = current_page
    else:
        first, last = 1, count
    return print_pages(parent, document, printer, first, last, messages)


def print_pages(parent: QWidget, document: QPdfDocument, printer: QPrinter, first: int,
                last: int, messages: MessageBar) -> int:
    """Print pages ``first``..``last`` (1-based) with a progress dialog that can cancel."""
    total = max(last - first + 1, 1)
    progress = QProgressDialog(translate("PdfViewer", "Skriver ut …"),
                               translate("PdfViewer", "Avbryt"), 0, total, parent)
    progress.setWindowTitle(translate("PdfViewer", "Skriver ut"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def report(done: int, count: int) -> bool:
        progress.setValue(done)
        if done < count:
            progress.setLabelText(translate(
                "PdfViewer", "Skriver ut sida {page} av {count} …").format(
                page=done + 1, count=count))
        # Printing runs on the GUI thread: native print engines (Windows GDI in particular)
        # are not reliably usable from other threads. Letting events through between pages
        # keeps the window painted and the Cancel button working.
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    printed = print_document(document, printer, first, last, report)
    cancelled = progress.wasCanceled()
    progress.close()
    progress.deleteLater()
    if cancelled:
        messages.show_message("info", translate("PdfViewer", "Utskriften avbröts."))
    elif printed == 0:
        messages.show_message("error",
                              translate("PdfViewer", "Dokumentet kunde inte skrivas ut."))
    return printed


def save_copy(parent: QWidget, path: Path, messages: MessageBar) -> Path | None:
    """Ask where to save a copy of ``path`` and copy it; explain any failure in a dialog."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    target, _filter = QFileDialog.getSaveFileName(
        parent, translate("PdfViewer", "Spara en kopia"), str(Path(folder) / path.name),
        translate("PdfViewer", "PDF-dokument (*.pdf)"))
    if not target:
        return None
    destination = Path(target)
    if not destination.suffix:
        destination = destination.with_suffix(".pdf")
    try:
        copy_file(path, destination)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("PdfViewer", "Kopian kunde inte sparas"),
            translate("PdfViewer", "Kopian av ”{name}” kunde inte sparas i {folder}.\n\n"
                      "Orsak: {reason}\n\nOriginalet är oförändrat.").format(
                name=path.name, folder=str(destination.parent), reason=describe_os_error(error)),
        )
        return None
    messages.show_message("info", translate("PdfViewer", "En kopia är sparad: {path}").format(
        path=str(destination)))
    return destination


def open_externally(path: Path, messages: MessageBar) -> bool:
    """Hand the document (a local file, never a web address) to the system's PDF reader."""
    url = QUrl.fromLocalFile(str(path.resolve()))
    if not url.isLocalFile():
        return False
    if QDesktopServices.openUrl(url):
        return True
    messages.show_message("warning", translate(
        "PdfViewer", "Det finns inget annat program som kan öppna PDF-filer."))
    return False
