"""Toolbar icons for the PDF viewer.

The platform's icon theme is used where it has the icon (Linux desktops, and Windows/macOS
through Qt's own theme icons). Locked-down workstations and the offscreen test platform often have
no theme, and Qt's built-in standard pixmaps cover only a few of our needs (no zoom, find or
print) in mismatched colours, so the fallback is a small set of line icons drawn here. They
are painted on demand from the palette, so they stay sharp at any size and follow dark themes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

# Every drawing works in a 24 × 24 box; the engine scales it to the requested size.
_Draw = Callable[[QPainterPath], None]


def _chevron(path: QPainterPath, up: bool, y: float = 12.0) -> None:
    dy = -3.5 if up else 3.5
    path.moveTo(6.5, y - dy)
    path.lineTo(12, y + dy)
    path.lineTo(17.5, y - dy)


def _arrow(path: QPainterPath, left: bool) -> None:
    tip, tail = (5.0, 19.0) if left else (19.0, 5.0)
    head = 5.5 if left else -5.5
    path.moveTo(tail, 12)
    path.lineTo(tip, 12)
    path.moveTo(tip + head, 6.5)
    path.lineTo(tip, 12)
    path.lineTo(tip + head, 17.5)


def _magnifier(path: QPainterPath) -> None:
    path.addEllipse(QPointF(10, 10), 6, 6)
    path.moveTo(14.5, 14.5)
    path.lineTo(20, 20)


def _first(path: QPainterPath) -> None:
    path.moveTo(6, 5.5)
    path.lineTo(18, 5.5)
    _chevron(path, up=True, y=13.5)


def _last(path: QPainterPath) -> None:
    path.moveTo(6, 18.5)
    path.lineTo(18, 18.5)
    _chevron(path, up=False, y=10.5)


def _zoom_in(path: QPainterPath) -> None:
    _magnifier(path)
    path.moveTo(7, 10)
    path.lineTo(13, 10)
    path.moveTo(10, 7)
    path.lineTo(10, 13)


def _zoom_out(path: QPainterPath) -> None:
    _magnifier(path)
    path.moveTo(7, 10)
    path.lineTo(13, 10)


def _zoom_original(path: QPainterPath) -> None:
    _magnifier(path)
    path.moveTo(9, 8)
    path.lineTo(10.5, 7)
    path.lineTo(10.5, 13)


def _fit_width(path: QPainterPath) -> None:
    for x in (3.5, 20.5):
        path.moveTo(x, 6)
        path.lineTo(x, 18)
    path.moveTo(7, 12)
    path.lineTo(17, 12)
    for tip, head in ((7.0, 3.0), (17.0, -3.0)):
        path.moveTo(tip + head, 9)
        path.lineTo(tip, 12)
        path.lineTo(tip + head, 15)


def _fit_page(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(8, 6.5, 8, 11), 1, 1)
    for cx, cy, sx, sy in ((3.5, 3.5, 1, 1), (20.5, 3.5, -1, 1), (3.5, 20.5, 1, -1),
                           (20.5, 20.5, -1, -1)):
        path.moveTo(cx + 4 * sx, cy)
        path.lineTo(cx, cy)
        path.lineTo(cx, cy + 4 * sy)


def _find(path: QPainterPath) -> None:
    path.addEllipse(QPointF(10.5, 10.5), 6.5, 6.5)
    path.moveTo(15.3, 15.3)
    path.lineTo(20.5, 20.5)


def _print(path: QPainterPath) -> None:
    path.moveTo(7, 9)
    path.lineTo(7, 4)
    path.lineTo(17, 4)
    path.lineTo(17, 9)
    path.addRoundedRect(QRectF(3.5, 9, 17, 8), 1.5, 1.5)
    path.addRect(QRectF(7, 14, 10, 6))


def _save_copy(path: QPainterPath) -> None:
    path.moveTo(4, 15)
    path.lineTo(4, 20)
    path.lineTo(20, 20)
    path.lineTo(20, 15)
    path.moveTo(12, 4)
    path.lineTo(12, 15)
    path.moveTo(7.5, 10.5)
    path.lineTo(12, 15)
    path.lineTo(16.5, 10.5)


def _open_external(path: QPainterPath) -> None:
    path.moveTo(10, 5)
    path.lineTo(5, 5)
    path.lineTo(5, 19)
    path.lineTo(19, 19)
    path.lineTo(19, 14)
    path.moveTo(11, 13)
    path.lineTo(19.5, 4.5)
    path.moveTo(13.5, 4.5)
    path.lineTo(19.5, 4.5)
    path.lineTo(19.5, 10.5)


def _sidebar(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(3.5, 4.5, 17, 15), 1.5, 1.5)
    path.moveTo(9.5, 4.5)
    path.lineTo(9.5, 19.5)


def _close(path: QPainterPath) -> None:
    path.moveTo(7, 7)
    path.lineTo(17, 17)
    path.moveTo(17, 7)
    path.lineTo(7, 17)


def _lock(path: QPainterPath) -> None:
    path.addRoundedRect(QRectF(5.5, 11, 13, 9), 1.5, 1.5)
    path.moveTo(8.5, 11)
    path.lineTo(8.5, 8)
    path.arcTo(QRectF(8.5, 4.5, 7, 7), 180, -180)
    path.lineTo(15.5, 11)


_DRAWINGS: dict[str, _Draw] = {
    "first": _first,
    "previous": lambda p: _chevron(p, up=True),
    "next": lambda p: _chevron(p, up=False),
    "last": _last,
    "back": lambda p: _arrow(p, left=True),
    "forward": lambda p: _arrow(p, left=False),
    "zoom_in": _zoom_in,
    "zoom_out": _zoom_out,
    "zoom_original": _zoom_original,
    "fit_width": _fit_width,
    "fit_page": _fit_page,
    "find": _find,
    "print": _print,
    "save_copy": _save_copy,
    "open_external": _open_external,
    "sidebar": _sidebar,
    "close": _close,
    "lock": _lock,
}

# Freedesktop names; Qt maps them to native glyphs on Windows 10/11 and macOS as well.
_THEME_NAMES = {
    "first": "go-top",
    "previous": "go-up",
    "next": "go-down",
    "last": "go-bottom",
    "back": "go-previous",
    "forward": "go-next",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "zoom_original": "zoom-original",
    "fit_width": "zoom-fit-width",
    "fit_page": "zoom-fit-best",
    "find": "edit-find",
    "print": "document-print",
    "save_copy": "document-save-as",
    "open_external": "document-open",
    "sidebar": "view-sidetree",
    "close": "window-close",
    "lock": "dialog-password",
}


class LineIconEngine(QIconEngine):
    """Paints one of the line drawings above in the palette's text colour."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self._kind = kind

    def clone(self) -> QIconEngine:
        return LineIconEngine(self._kind)

    def key(self) -> str:
        return "kvinnofrid-line"

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else \
            QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else \
            QPalette.ColorRole.WindowText
        color = palette.color(group, role)
        path = QPainterPath()
        _DRAWINGS[self._kind](path)
        side = min(rect.width(), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.x() + (rect.width() - side) / 2,
                          rect.y() + (rect.height() - side) / 2)
        painter.scale(side / 24.0, side / 24.0)
        pen = QPen(color, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # The default implementation leaves the pixmap uninitialised; start transparent.
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap


def viewer_icon(kind: str) -> QIcon:
    """The theme icon for ``kind`` if the platform has one, else our drawn line icon."""
    return QIcon.fromTheme(_THEME_NAMES[kind], QIcon(LineIconEngine(kind)))
