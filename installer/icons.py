"""The client's icon in every form a package needs, made from bsclient/ui/icons/bsclient.svg:

    .venv/bin/python installer/icons.py     # writes bsclient-<size>.png and bsclient.ico beside the SVG

PNGs in the hicolor sizes (the .deb's icons, the windows' icon) and a Windows .ico holding several of
them as PNG images (the program's icon in Explorer, the Start menu and the installer). Run it after
changing the SVG and commit what it writes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "bsclient" / "ui" / "icons"
SVG = ICONS / "bsclient.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def png_path(size: int) -> Path:
    return ICONS / f"bsclient-{size}.png"


def render_pngs(svg: Path = SVG, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # Qt only when icons are made
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # Qt only when icons are made
    from PySide6.QtSvg import QSvgRenderer  # Qt only when icons are made

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can read")
    images = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, b"PNG")
        images[size] = bytes(data.data())
    return images


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose images are PNGs (read by Windows since Vista): header, directory, images."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    directory, images = b"", b""
    for size in sizes:
        data = pngs[size]
        # width and height 0 mean 256; 32 bits per pixel
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + directory + images


def main() -> int:
    pngs = render_pngs()
    for size, data in pngs.items():
        png_path(size).write_bytes(data)
    (ICONS / "bsclient.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote {len(pngs)} PNGs and bsclient.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
