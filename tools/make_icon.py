"""Draw the program's icon in every size Windows asks for, and the .ico that holds them.

    .venv/bin/python tools/make_icon.py

Writes ``resources/icons/jaarplanner-<size>.png`` and ``resources/icons/jaarplanner.ico``
(each size drawn on its own grid, not scaled down, so 16 px stays sharp). The .ico keeps
its images as bitmaps, which every Windows tool reads (NSIS included).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
BLUE = QColor("#1f4e79")
LIGHT = QColor("#dce6f1")
BARS = (QColor("#c0504d"), QColor("#4f81bd"), QColor("#9bbb59"))


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    page = QRectF(unit * 1, unit * 1.5, unit * 14, unit * 13)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(page, unit * 1.5, unit * 1.5)
    inner = page.adjusted(unit, unit * 3.5, -unit, -unit)
    painter.setBrush(QColor("white"))
    painter.drawRect(inner)
    if size >= 32:  # month lines only where they can be seen
        painter.setPen(QPen(LIGHT, max(1.0, unit / 4)))
        for column in range(1, 4):
            x = inner.left() + inner.width() * column / 4
            painter.drawLine(x, inner.top(), x, inner.bottom())
        painter.setPen(Qt.PenStyle.NoPen)
    bar_height = inner.height() / 4.2
    for number, (start, length) in enumerate(((0.05, 0.45), (0.35, 0.4), (0.6, 0.35))):
        painter.setBrush(BARS[number])
        top = inner.top() + bar_height * (0.45 + number * 1.25)
        left = inner.left() + inner.width() * start
        painter.drawRect(QRectF(left, top, inner.width() * length, bar_height))
    painter.setBrush(QColor("white"))
    for x in (4.5, 11.5):  # the rings of a calendar
        painter.drawRoundedRect(QRectF(unit * (x - 0.6), unit * 0.5, unit * 1.2, unit * 2.6), 2, 2)
    painter.end()
    return image


def main() -> int:
    from PIL import Image

    QGuiApplication.instance() or QGuiApplication(sys.argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("jaarplanner-*.png"):
        old.unlink()
    pictures = []
    for size in SIZES:
        path = TARGET / f"jaarplanner-{size}.png"
        if not draw(size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        pictures.append(Image.open(path).convert("RGBA"))
    largest = pictures[-1]
    largest.save(
        TARGET / "jaarplanner.ico",
        format="ICO",
        sizes=[(size, size) for size in SIZES],
        append_images=pictures[:-1],
        bitmap_format="bmp",
    )
    print(f"{len(SIZES)} sizes written to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
