"""Lays out a whole project on pages of a paint device and paints them, one page at a time.

The same renderer serves the PDF writer, the printer and the print preview: all
sizes are computed in the device's own units from its resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintDevice, QPen

from evaleditor.gui.pdf.fonts import SheetFonts, sheet_fonts
from evaleditor.gui.pdf.paginate import Placement, paginate
from evaleditor.gui.pdf.sheetlayout import SheetLayout
from evaleditor.model import Project, Sheet

#: The footer band at the bottom of the printable area, in points.
FOOTER_HEIGHT = 18.0


@dataclass
class Page:
    sheet: Sheet
    placements: list[Placement]


def footer_texts(sheet: Sheet, number: int, total: int) -> tuple[str, str]:
    """(centre, right) texts of a page's footer: ``1 / 3`` and ``施策番号 4``."""
    right = f"施策番号 {sheet.policy_number}" if sheet.policy_number else ""
    return f"{number} / {total}", right


class ProjectRenderer:
    """All pages of a project for ``device``, whose printable area is ``size`` (device units)."""

    def __init__(self, project: Project, device: QPaintDevice, width: float, height: float) -> None:
        self.project = project
        self.fonts: SheetFonts = sheet_fonts(project.settings.font_name, project.settings.font_size)
        self.pt = device.logicalDpiY() / 72.0
        self.width, self.height = width, height
        content_height = height - FOOTER_HEIGHT * self.pt
        layout = SheetLayout(project.settings, self.fonts, device, width)
        self.pages: list[Page] = []
        for sheet in project.sheets:
            for placements in paginate(layout.sections(sheet), content_height):
                self.pages.append(Page(sheet, placements))
        self._pen = QPen(QColor("#000000"), 0.5 * self.pt)
        self._pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)

    def __len__(self) -> int:
        return len(self.pages)

    def paint(self, painter: QPainter, index: int) -> None:
        page = self.pages[index]
        painter.save()
        for p in page.placements:
            p.row.paint(painter, p.y, p.height, p.starts, p.ends, self._pen)
        painter.setPen(QColor("#000000"))
        painter.setFont(self.fonts.footer)
        band = QRectF(0, self.height - FOOTER_HEIGHT * self.pt, self.width, FOOTER_HEIGHT * self.pt)
        centre, right = footer_texts(page.sheet, index + 1, len(self.pages))
        align = Qt.AlignmentFlag.AlignBottom
        painter.drawText(band, int(align | Qt.AlignmentFlag.AlignHCenter), centre)
        if right:
            painter.drawText(band, int(align | Qt.AlignmentFlag.AlignRight), right)
        painter.restore()

    def fonts_used(self) -> list:  # list[QFont]
        f = self.fonts
        return [f.title, f.heading, f.body, f.table, f.table_header, f.footer, *self._rich_fonts()]

    def _rich_fonts(self) -> list:
        """Bold and italic variants that rich text may switch to."""
        variants = []
        for bold in (False, True):
            for italic in (False, True):
                font = self.fonts.body
                font.setBold(bold)
                font.setItalic(italic)
                variants.append(font)
        return variants

    def characters(self) -> set[str]:
        """Every character painted on any page."""
        chars: set[str] = set()
        for index, page in enumerate(self.pages):
            for p in page.placements:
                for cell in p.row.cells:
                    if cell.box is not None:
                        chars.update(cell.box.text())
            chars.update("".join(footer_texts(page.sheet, index + 1, len(self.pages))))
        return chars
