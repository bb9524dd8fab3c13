"""Rich text as printed lines of formatted runs, and as openpyxl CellRichText.

A cell's content is a list of lines; a line is a tuple of
:class:`evaleditor.model.richtext.Run` without line breaks. Bullet items become
lines starting with 「・」; a topic's heading becomes a bold 「…」 line.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from evaleditor.exchange.xlsx.cleaning import clean
from evaleditor.exchange.xlsx.labels import heading as heading_text
from evaleditor.model import richtext
from evaleditor.model.richtext import BULLET, Run

Line = tuple[Run, ...]


def plain_lines(text: str) -> list[Line]:
    """Plain text (``\\n`` between lines) as unformatted lines."""
    return [(Run(line),) if line else () for line in clean(text).split("\n")]


def html_lines(html: str) -> list[Line]:
    """Stored rich text as lines; runs keep bold, italic, underline and colour."""
    lines: list[Line] = []
    for block in richtext.parse(html):
        current: list[Run] = [Run(BULLET)] if block.bullet else []
        for run in block.runs:
            parts = clean(run.text).split("\n")
            for index, part in enumerate(parts):
                if index:
                    lines.append(tuple(current))
                    current = []
                if part:
                    current.append(replace(run, text=part))
        lines.append(tuple(current))
    return lines


def topic_lines(heading: str, html: str) -> list[Line]:
    """A topic part as printed: the bold 「heading」, then its text."""
    head = clean(heading).replace("\n", " ").strip()
    lines: list[Line] = [(Run(heading_text(head), bold=True),)] if head else []
    return lines + html_lines(html)


def line_text(line: Line) -> str:
    return "".join(run.text for run in line)


def lines_text(lines: list[Line]) -> str:
    return "\n".join(line_text(line) for line in lines)


def is_formatted(lines: list[Line]) -> bool:
    return any(run.bold or run.italic or run.underline or run.color for line in lines for run in line)


class RichTextFactory:
    """Builds cell values from lines, sharing one InlineFont per format."""

    def __init__(self, font_name: str, font_size: float) -> None:
        self._font_name = font_name
        self._font_size = font_size
        self._fonts: dict[tuple[bool, bool, bool, str | None], Any] = {}

    def _font(self, run: Run) -> Any:
        from openpyxl.cell.text import InlineFont

        key = (run.bold, run.italic, run.underline, run.color)
        font = self._fonts.get(key)
        if font is None:
            font = InlineFont(
                rFont=self._font_name, sz=self._font_size, b=run.bold or None, i=run.italic or None,
                u="single" if run.underline else None,
                color=("FF" + run.color[1:].upper()) if run.color else None,
            )
            self._fonts[key] = font
        return font

    def value(self, lines: list[Line]) -> Any:
        """None for no text, a str when unformatted, else a CellRichText."""
        text = lines_text(lines)
        if not text.strip():
            return None
        if not is_formatted(lines):
            return text
        from openpyxl.cell.rich_text import CellRichText, TextBlock

        blocks: list[Any] = []
        for index, line in enumerate(lines):
            pieces = list(line)
            if index:
                pieces.insert(0, Run("\n"))
            for run in pieces:
                if blocks and isinstance(blocks[-1], TextBlock) and blocks[-1].font is self._font(run):
                    blocks[-1] = TextBlock(blocks[-1].font, blocks[-1].text + run.text)
                else:
                    blocks.append(TextBlock(self._font(run), run.text))
        return CellRichText(blocks)
