"""Text laid out line by line, so that a page break can fall between two lines.

A :class:`TextBox` holds paragraphs (plain or rich text) laid out to a width on a
paint device. It knows the top and bottom of every line; the paginator splits a
box at a line boundary and draws any run of its lines anywhere on a page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QTextCharFormat, QTextLayout, QTextLine, QTextOption,
)

from evaleditor.model import richtext

#: Extra space between lines, as a share of the line height (Japanese text needs air).
LINE_SPACING = 0.3
LINE_SEPARATOR = "\u2028"


@dataclass
class Paragraph:
    """One paragraph: text, its format ranges (start, length in UTF-16 units, run) and its font."""

    text: str
    font: QFont
    runs: list[tuple[int, int, richtext.Run]] = field(default_factory=list)
    bullet: bool = False


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def plain(text: str, font: QFont) -> list[Paragraph]:
    """Plain text; each ``\\n`` starts a new paragraph."""
    return [Paragraph(line, font) for line in text.split("\n")]


def rich(html: str, font: QFont) -> list[Paragraph]:
    """Stored rich text (the safe HTML subset) with bold, italic, underline and colour kept."""
    paragraphs = []
    for block in richtext.parse(html):
        text, runs, start = "", [], 0
        if block.bullet:
            text, start = richtext.BULLET, utf16_length(richtext.BULLET)
        for run in block.runs:
            chunk = run.text.replace("\n", LINE_SEPARATOR)
            length = utf16_length(chunk)  # Qt counts positions in UTF-16 units: 𠮷 is two
            runs.append((start, length, run))
            text += chunk
            start += length
        paragraphs.append(Paragraph(text, font, runs, block.bullet))
    return paragraphs


def _char_format(run: richtext.Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if run.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.italic:
        fmt.setFontItalic(True)
    if run.underline:
        fmt.setFontUnderline(True)
    if run.color:
        fmt.setForeground(QColor(run.color))
    return fmt


@dataclass
class _Line:
    layout: QTextLayout
    index: int
    top: float  # relative to the box's top
    bottom: float


class TextBox:
    """Paragraphs laid out in ``width`` device units on ``device``."""

    def __init__(self, paragraphs: list[Paragraph], width: float, device: QPaintDevice,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        self.width = width
        self.lines: list[_Line] = []
        self._layouts: list[QTextLayout] = []
        y = 0.0
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for paragraph in paragraphs:
            layout = QTextLayout(paragraph.text, paragraph.font, device)
            layout.setTextOption(option)
            if paragraph.runs:
                ranges = []
                for start, length, run in paragraph.runs:
                    if length and (run.bold or run.italic or run.underline or run.color):
                        fmt_range = QTextLayout.FormatRange()
                        fmt_range.start, fmt_range.length, fmt_range.format = start, length, _char_format(run)
                        ranges.append(fmt_range)
                layout.setFormats(ranges)
            indent = 0.0
            if paragraph.bullet:
                indent = QFontMetricsF(paragraph.font, device).horizontalAdvance(richtext.BULLET)
            layout.beginLayout()
            first = True
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                x = 0.0 if first else indent
                line.setLineWidth(max(1.0, width - x))
                line.setPosition(QPointF(x, y))
                pitch = line.height() * (1 + LINE_SPACING)
                self.lines.append(_Line(layout, line.lineNumber(), y, y + pitch))
                y += pitch
                first = False
            layout.endLayout()
            self._layouts.append(layout)
        self.height = y

    def __len__(self) -> int:
        return len(self.lines)

    def span_height(self, first: int, last: int) -> float:
        """Height of lines ``first`` up to (not including) ``last``."""
        if last <= first:
            return 0.0
        return self.lines[last - 1].bottom - self.lines[first].top

    def lines_fitting(self, first: int, height: float) -> int:
        """The index after the last line that fits in ``height`` when starting at line ``first``."""
        end = first
        top = self.lines[first].top if first < len(self.lines) else 0.0
        while end < len(self.lines) and self.lines[end].bottom - top <= height + 1e-6:
            end += 1
        return end

    def draw(self, painter: QPainter, x: float, y: float, first: int = 0, last: int | None = None) -> None:
        """Draw lines ``first``…``last`` with line ``first``'s top at ``y``."""
        last = len(self.lines) if last is None else last
        if first >= last:
            return
        shift = y - self.lines[first].top
        for entry in self.lines[first:last]:
            line = entry.layout.lineAt(entry.index)
            gap = (entry.bottom - entry.top - line.height()) / 2  # centre the glyphs in the line pitch
            line.draw(painter, QPointF(x, shift + gap))

    def qt_lines(self, first: int = 0, last: int | None = None) -> list[QTextLine]:
        """The Qt lines ``first``…``last``, in drawing order."""
        return [entry.layout.lineAt(entry.index) for entry in self.lines[first:last]]

    def text(self) -> str:
        return "".join(layout.text() for layout in self._layouts)
