"""Render the application icon from its SVG master: hicolor PNGs (16–512 px) and a Windows .ico.

    python packaging/make_icons.py          # rewrites resources/icons/ (commit the result)
    python packaging/make_icons.py --check  # exit 1 if the committed files are out of date

Uses Qt's QSvgRenderer (PySide6-Essentials), so it needs nothing the project does not already
install. The output is deterministic: Qt writes no timestamps into PNG files.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

ICONS = cfg.RESOURCES / "icons"
MASTER = ICONS / f"{cfg.APP_ID}.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # Explorer, taskbar, Start menu, HiDPI
ICO_PNG_FROM = 256  # larger entries are stored as PNG (Vista+), smaller ones as classic DIBs


def render(size: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {MASTER} is not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:
    """A 32-bit BGRA DIB with its AND mask, as an .ico entry stores it (rows bottom-up)."""
    width, height = image.width(), image.height()
    stride = width * 4
    raw = bytes(image.constBits())[:stride * height]  # ARGB32 in memory: B, G, R, A
    rows = [raw[y * stride:(y + 1) * stride] for y in range(height)]
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:  # fully transparent pixel
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0,
                         stride * height + mask_stride * height, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + b"".join(reversed(mask_rows))


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = []
    for size in sorted(images):
        image = images[size]
        entries.append((size, png_bytes(image) if size >= ICO_PNG_FROM else dib_bytes(image)))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, blob in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blob for _, blob in entries)


def outputs() -> dict[Path, bytes]:
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    files: dict[Path, bytes] = {}
    hicolor = ICONS / "hicolor"
    for size in PNG_SIZES:
        files[hicolor / f"{size}x{size}" / "apps" / f"{cfg.APP_ID}.png"] = png_bytes(render(size))
    files[hicolor / "scalable" / "apps" / f"{cfg.APP_ID}.svg"] = MASTER.read_bytes()
    files[ICONS / f"{cfg.APP_ID}.ico"] = ico_bytes({s: render(s) for s in ICO_SIZES})
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/make_icons.py",
        description=f"Render {MASTER.relative_to(cfg.REPO)} to hicolor PNGs (16–512 px) and a "
        "Windows .ico in resources/icons/.")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a generated file is missing or differs")
    args = parser.parse_args(argv)
    if not MASTER.is_file():
        print(f"make_icons: the master icon {MASTER} is missing", file=sys.stderr)
        return 1
    stale = []
    for path, data in outputs().items():
        current = path.read_bytes() if path.is_file() else None
        if current == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(cfg.REPO)} ({len(data)} bytes)")
    if args.check and stale:
        for path in stale:
            print(f"out of date: {path.relative_to(cfg.REPO)}", file=sys.stderr)
        print("run: python packaging/make_icons.py", file=sys.stderr)
        return 1
    if not stale:
        print("icons are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
