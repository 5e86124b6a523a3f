"""Printing a PDF document, apart from the widget so tests can call it directly (a copy is
core/fsutil.copy_file: atomic)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

# Raster resolution for printing. Printers report 600–1200 dpi; a full A4 page at 1200 dpi is
# a 540 MB image. 300 dpi is what office printers resolve in practice and keeps memory near
# 35 MB per page.
MAX_PRINT_DPI = 300

ProgressCallback = Callable[[int, int], bool]


def print_document(
    document: QPdfDocument,
    printer: QPrinter,
    from_page: int,
    to_page: int,
    progress_cb: ProgressCallback | None = None,
) -> int:
    """Print pages ``from_page``..``to_page`` (1-based, inclusive) of ``document`` on ``printer``.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``) and scaled to
    fit the printable area, centred, keeping its proportions. ``progress_cb(done, total)`` is
    called before each page and after the last; when it returns False the job is aborted.
    Returns the number of pages printed (0 if nothing could be printed or it was cancelled).
    """
    count = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or count == 0:
        return 0
    first = max(1, min(from_page, count))
    last = max(first, min(to_page, count))
    total = last - first + 1

    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    # Annotations include filled-in form fields, which belong on paper.
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    printed = 0
    try:
        for index, page in enumerate(range(first, last + 1)):
            if progress_cb is not None and not progress_cb(index, total):
                printer.abort()
                return 0
            if index > 0 and not printer.newPage():
                return printed
            target = QRectF(painter.viewport())
            points = document.pagePointSize(page - 1)
            if points.isEmpty():
                continue
            fitted = points.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            pixels = QSizeF(points * dpi / 72.0).toSize()
            # Never render larger than the paper area in device pixels.
            if pixels.width() > fitted.width() or pixels.height() > fitted.height():
                pixels = fitted.toSize()
            image = document.render(page - 1, QSize(max(1, pixels.width()),
                                                    max(1, pixels.height())), options)
            if image.isNull():
                continue
            place = QRectF(
                target.x() + (target.width() - fitted.width()) / 2,
                target.y() + (target.height() - fitted.height()) / 2,
                fitted.width(),
                fitted.height(),
            )
            painter.drawImage(place, image)
            printed += 1
        if progress_cb is not None:
            progress_cb(total, total)
    finally:
        painter.end()
    return printed
