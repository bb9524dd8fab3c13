"""Draw the app icon (resources/icons/evaleditor.png and .ico) with Qt; run after changing the design."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f5f99"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    sheet = QPainterPath()
    sheet.moveTo(64 * s, 40 * s)
    sheet.lineTo(160 * s, 40 * s)
    sheet.lineTo(196 * s, 76 * s)
    sheet.lineTo(196 * s, 216 * s)
    sheet.lineTo(64 * s, 216 * s)
    sheet.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(sheet)
    p.setBrush(QColor("#c9d9ea"))
    for row in range(4):
        p.drawRect(QRectF(82 * s, (92 + row * 24) * s, 96 * s, 10 * s))
    pen = QPen(QColor("#2e9d4f"), 20 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawPolyline([QPointF(120 * s, 176 * s), QPointF(146 * s, 200 * s), QPointF(214 * s, 132 * s)])
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    ok = draw(256).save(str(OUT / "evaleditor.png"))
    ok &= draw(256).save(str(OUT / "evaleditor.ico"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
