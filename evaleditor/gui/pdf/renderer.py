"""Lays out a whole project on pages of a paint device and paints them, one page at a time.

The same renderer serves the PDF writer, the printer and the print preview: all
sizes are computed in the device's own units from its resolution.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintDevice, QPen

from evaleditor.gui.pdf.fonts import SheetFonts, sheet_fonts
from evaleditor.gui.pdf.paginate import Placement, paginate
from evaleditor.gui.pdf.sheetlayout import SheetLayout
from evaleditor.gui.pdf.textbox import TextBox, plain
from evaleditor.gui.pdf.tounicode import DrawnFont, fix_pdf, has_wide, radical_replacements
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
    """All pages of a project for ``device``, whose printable area is ``size`` (device units).

    ``laid_out(n)`` is called after the n-th sheet's pages are laid out (for a progress dialog; it may raise
    to stop the work).
    """

    def __init__(self, project: Project, device: QPaintDevice, width: float, height: float,
                 laid_out: Callable[[int], None] | None = None) -> None:
        self.project = project
        self.fonts: SheetFonts = sheet_fonts(project.settings.font_name, project.settings.font_size)
        self._device = device
        self.pt = device.logicalDpiY() / 72.0
        self.width, self.height = width, height
        content_height = height - FOOTER_HEIGHT * self.pt
        layout = SheetLayout(project.settings, self.fonts, device, width, project.review_year())
        self.pages: list[Page] = []
        for n, sheet in enumerate(project.sheets, 1):
            for placements in paginate(layout.sections(sheet), content_height):
                self.pages.append(Page(sheet, placements))
            if laid_out is not None:
                laid_out(n)
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
        for box, top in self._footer(index):
            box.draw(painter, 0, top)
        painter.restore()

    def _footer(self, index: int) -> list[tuple[TextBox, float]]:
        """The footer's texts as boxes across the page, with their tops, bottom-aligned in the footer band."""
        texts = footer_texts(self.pages[index].sheet, index + 1, len(self.pages))
        boxes = []
        for text, align in zip(texts, (Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)):
            if text:
                box = TextBox(plain(text, self.fonts.footer), self.width, self._device, align)
                boxes.append((box, self.height - box.height))
        return boxes

    def drawn_fonts(self) -> list[DrawnFont]:
        """Each font's glyphs in the order the pages first draw them (the order of the PDF's glyph ids)."""
        fonts: dict[tuple[str, str], DrawnFont] = {}

        def add(lines) -> None:  # type: ignore[no-untyped-def]
            for line in lines:
                for run in line.glyphRuns():
                    raw = run.rawFont()
                    drawn = fonts.setdefault((raw.familyName(), raw.styleName()), DrawnFont(raw))
                    drawn.add(run.glyphIndexes())

        for index, page in enumerate(self.pages):
            for p in page.placements:
                for cell, start, end in zip(p.row.cells, p.starts, p.ends):
                    if cell.box is not None:
                        add(cell.box.qt_lines(start, end))
            for box, _ in self._footer(index):
                add(box.qt_lines())
        return list(fonts.values())

    def repair_pdf(self, data: bytes) -> bytes:
        """A PDF that Qt wrote of these pages, with its text map telling the characters drawn."""
        drawn = self.characters()
        # Replaying the glyphs finds fallback fonts (a kanji the main font lacks) and wide characters.
        several_fonts = data.count(b"/ToUnicode ") > 1
        fonts = self.drawn_fonts() if several_fonts or has_wide(drawn) else []
        mapping = radical_replacements([*self.fonts_used(), *(f.raw for f in fonts)], drawn)
        return fix_pdf(data, mapping, fonts, drawn)

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
