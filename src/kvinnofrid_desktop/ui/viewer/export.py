"""The viewer's ways out of the program: print, save a copy, open in another program.

Each asks the user (print dialog, file dialog) and reports failures in Swedish; the work itself
is in ui/viewer/printing.py (print_document) and core/fsutil.py (copy_file: atomic).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kvinnofrid_desktop.core.fsutil import copy_file
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.os_errors import describe_os_error
from kvinnofrid_desktop.ui.common.print_to_file import offer_file, pdf_file_of
from kvinnofrid_desktop.ui.viewer.printing import print_document
from kvinnofrid_desktop.ui.viewer.widgets import MessageBar


class Messages(Protocol):
    """Where a way out reports: the viewer's message bar, or the window's notice banner."""

    def show_message(self, kind: str, text: str, /) -> None: ...


# Shared with the viewer (context "PdfViewer"); written out at each call so lupdate sees it.
translate = QCoreApplication.translate


def print_with_dialog(parent: QWidget, document: QPdfDocument, path: Path, current_page: int,
                      messages: MessageBar, folder: Path, *,
                      allow_file: bool = True) -> tuple[int, Path | None]:
    """Ask for printer and page range, then print with progress.

    Printing to a PDF file starts in ``folder``. Returns the pages printed and, when they went
    to a file, that file. ``allow_file=False`` (the policy forbids copies out of the program):
    Qt's "print to file" is not offered, and a PDF printer chosen anyway prints nothing."""
    count = document.pageCount()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    if allow_file:
        offer_file(printer, folder / path.name)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(arg(translate("PdfViewer", "Skriv ut ”%1”"), path.name))
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(options.PrintPageRange, True)
    dialog.setOption(options.PrintCurrentPage, True)
    dialog.setOption(options.PrintToFile, allow_file)
    dialog.setMinMax(1, count)
    if not dialog.exec():
        return 0, None
    if not allow_file and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        # Qt's own PDF printer is a copy of the document: never written when export is off.
        messages.show_message("error", translate(
            "PdfViewer", "Utskrift till fil är avstängd av administratören: inga kopior får "
            "lämna programmet. Välj en skrivare."))
        return 0, None
    ranges = QPrinter.PrintRange
    if printer.printRange() == ranges.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
    elif printer.printRange() == ranges.CurrentPage:
        first = last = current_page
    else:
        first, last = 1, count
    target = pdf_file_of(printer)
    if target is not None and (first, last) == (1, count):
        # "Printing" the whole document to a PDF file: the document itself, with its text,
        # links and outline, at its own size, instead of a page image per page.
        try:
            copy_file(path, target)
        except OSError as error:
            messages.show_message("error", arg(translate(
                "PdfViewer", "PDF-filen kunde inte sparas i %1: %2"), str(target.parent),
                describe_os_error(error)))
            return 0, None
        messages.show_message("info", arg(translate(
            "PdfViewer", "Dokumentet är sparat som PDF: %1"), str(target)))
        return count, target
    if target is not None:
        # A page range to a PDF file: those pages of the document itself, with their text.
        from kvinnofrid_desktop.core.pdf_pages import PageCopyError, write_pages

        try:
            written = write_pages(path, target, first, last)
        except PageCopyError:
            pass  # an encrypted or damaged file: page images are still better than nothing
        except OSError as error:
            messages.show_message("error", arg(translate(
                "PdfViewer", "PDF-filen kunde inte sparas i %1: %2"), str(target.parent),
                describe_os_error(error)))
            return 0, None
        else:
            if written == 1:  # not "Sidorna 5–5"
                said = arg(translate("PdfViewer", "Sidan %1 är sparad som PDF: %2"), first,
                           str(target))
            else:
                said = arg(translate("PdfViewer", "Sidorna %1–%2 är sparade som PDF: %3"),
                           first, first + written - 1, str(target))
            messages.show_message("info", said)
            return written, target
    return print_pages(parent, document, printer, first, last, messages), target


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
            progress.setLabelText(arg(translate(
                "PdfViewer", "Skriver ut sida %1 av %2 …"), done + 1, count))
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
                              translate("PdfViewer", "Dokumentet kunde inte skrivas ut. "
                                        "Kontrollera skrivaren och försök igen."))
    return printed


def save_copy(parent: QWidget, path: Path, messages: Messages, folder: Path) -> Path | None:
    """Ask where to save a copy of ``path`` (starting in ``folder``) and copy it; explain any
    failure in a dialog."""
    from kvinnofrid_desktop.ui.common.file_dialogs import save_file

    target, _filter = save_file(
        parent, translate("PdfViewer", "Spara en kopia"), folder / path.name,
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
            arg(translate("PdfViewer", "Kopian av ”%1” kunde inte sparas i %2.\n\n"
                                       "Orsak: %3\n\nOriginalet är oförändrat."),
                path.name, str(destination.parent), describe_os_error(error)),
        )
        return None
    messages.show_message("info", arg(translate("PdfViewer", "En kopia är sparad: %1"),
                                      str(destination)))
    return destination


def open_externally(path: Path, messages: Messages) -> bool:
    """Hand the document (a local file, never a web address) to the system's PDF reader."""
    url = QUrl.fromLocalFile(str(path.resolve()))
    if not url.isLocalFile():
        return False
    if QDesktopServices.openUrl(url):
        return True
    messages.show_message("warning", translate(
        "PdfViewer", "Det finns inget annat program som kan öppna PDF-filer. Läs dokumentet "
        "här i programmet, eller be IT-avdelningen installera en PDF-läsare."))
    return False
