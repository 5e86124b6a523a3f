"""Where QPdfView puts its pages, for the viewer's page view and for the start-up preview.

QPdfView keeps its page layout private. The viewer needs it to map clicks and to scroll to a spot
on a page; the start-up preview needs it to draw the first page exactly where the viewer will, so
that the viewer can take over the preview's pixels without a visible change. Only QtCore value
classes here: the preview is drawn before the rest of the program's Qt code is loaded.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QPixmap

A4_POINTS = QSizeF(595, 842)  # what to lay out for before a document is loaded


def screen_resolution() -> float:
    """Logical pixels per PDF point at zoom 1: the resolution QPdfView takes at construction."""
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0


def largest_page(sizes: list[QSizeF]) -> QSizeF:
    """The widest width and the tallest height among ``sizes`` (PDF points), which the fit
    zooms are computed for."""
    if not sizes:
        return A4_POINTS
    return QSizeF(max(s.width() for s in sizes), max(s.height() for s in sizes))


def fit_factor(mode: str, viewport: QSize, margins: QMargins, max_points: QSizeF,
               resolution: float) -> float:
    """The zoom at which the widest page fills the width ("fit_width") or the tallest page fits
    whole in the view ("fit_page"); ``resolution`` is logical pixels per PDF point at zoom 1."""
    # One pixel of slack: QSizeF.toSize() rounds, and a page one pixel too wide would bring up a
    # horizontal scroll bar.
    width = max(viewport.width() - margins.left() - margins.right() - 1, 10)
    factor = width / (max_points.width() * resolution)
    if mode == "fit_page":
        height = max(viewport.height() - margins.top() - margins.bottom(), 10)
        factor = min(factor, height / (max_points.height() * resolution))
    return factor


def page_rects(sizes: list[QSizeF], scale: float, viewport_width: int, spacing: int,
               margins: QMargins) -> list[QRect]:
    """Page rectangles in document (scroll) coordinates, laid out as QPdfView does in Custom zoom
    mode; ``scale`` is logical pixels per PDF point."""
    pixel_sizes = [(s * scale).toSize() for s in sizes]
    total_width = max((s.width() for s in pixel_sizes), default=0)
    width = max(total_width + margins.left() + margins.right(), viewport_width)
    rects = []
    y = margins.top()
    for size in pixel_sizes:
        rects.append(QRect(QPoint((width - size.width()) // 2, y), size))
        y += size.height() + spacing
    return rects


class PageSnapshot(NamedTuple):
    """The pixels of a page view showing ``page`` at ``rect`` (viewport coordinates)."""

    pixmap: QPixmap
    page: int
    rect: QRect
