"""Make the app icon files each platform wants (.png, .ico, .icns) from resources/icons/qalam.svg.

The SVG is the only icon kept in the repository; binaries are generated at build time so they
never drift from it. Rendering uses Qt's own SVG renderer (already a dependency), and the two
container formats are written here rather than with Pillow, because both are simple:

- .ico: 16–64 px as 32-bit BMP entries (what every Windows shell and Inno Setup read) and 256 px
  as PNG (the only form Windows accepts at that size).
- .icns: PNG entries under the OSType codes macOS has read since 10.7 (retina variants included).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICO_BMP_SIZES = (16, 20, 24, 32, 40, 48, 64)
ICO_PNG_SIZES = (256,)
# (OSType, pixel size): 1× and 2× variants of 16, 32, 128, 256 and 512 points.
ICNS_ENTRIES = (
    ("icp4", 16), ("ic11", 32), ("icp5", 32), ("ic12", 64), ("ic07", 128),
    ("ic13", 256), ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024),
)  # fmt: skip


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data)


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry: BITMAPINFOHEADER, bottom-up BGRA rows, then an all-zero AND mask."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian memory order: B, G, R, A
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    mask_row = b"\0" * (((size + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * size


def write_ico(svg: Path, target: Path) -> None:
    entries = [(s, bmp_entry(render(svg, s))) for s in ICO_BMP_SIZES]
    entries += [(s, png_bytes(render(svg, s))) for s in ICO_PNG_SIZES]
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    target.write_bytes(struct.pack("<HHH", 0, 1, len(entries)) + directory + blobs)


def write_icns(svg: Path, target: Path) -> None:
    chunks = b"".join(ostype.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
                      for ostype, png in ((o, png_bytes(render(svg, s))) for o, s in ICNS_ENTRIES))  # fmt: skip
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def write_png(svg: Path, target: Path, size: int = 256) -> None:
    target.write_bytes(png_bytes(render(svg, size)))


def make_icons(svg: Path, folder: Path) -> dict[str, Path]:
    """Write qalam.png, qalam.ico and qalam.icns into `folder`; return them by suffix."""
    app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])  # noqa: F841 (kept alive)
    folder.mkdir(parents=True, exist_ok=True)
    made = {"png": folder / "qalam.png", "ico": folder / "qalam.ico", "icns": folder / "qalam.icns"}
    write_png(svg, made["png"])
    write_ico(svg, made["ico"])
    write_icns(svg, made["icns"])
    return made


if __name__ == "__main__":
    # python .packaging/icons.py SVG FOLDER — how the spec file and build.py call it, keeping Qt out of their process.
    for path in make_icons(Path(sys.argv[1]), Path(sys.argv[2])).values():
        print(f"icon: {path}")
