"""Rows of cells: the unit the paginator moves between pages.

A row is a band across the page holding cells side by side. Its height is its
tallest cell. A row is split only between text lines: each cell keeps the lines
that fit on this page and carries the rest to the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from evaleditor.gui.pdf.textbox import TextBox


class Level(Enum):
    """Where a cell sits in its row: the full height, or the upper or lower half of a two-level header."""

    FULL = 0
    UPPER = 1
    LOWER = 2


@dataclass
class Cell:
    x: float
    width: float
    box: TextBox | None = None
    fill: QColor | None = None
    border: bool = True
    center_vertically: bool = False
    level: Level = Level.FULL


@dataclass
class Row:
    cells: list[Cell]
    #: Padding around text in device units (horizontal, vertical).
    pad_x: float
    pad_y: float
    #: True for long text (topics): split between lines; False: move whole rows to the next page.
    splittable: bool = False
    min_height: float = 0.0
    _upper: float = field(init=False, default=0.0)

    def __post_init__(self) -> None:
        upper = [c for c in self.cells if c.level is Level.UPPER]
        self._upper = max((self._box_height(c) for c in upper), default=0.0)

    def _box_height(self, cell: Cell) -> float:
        return (cell.box.height if cell.box else 0.0) + 2 * self.pad_y

    def line_count(self) -> list[int]:
        return [len(c.box) if c.box else 0 for c in self.cells]

    def height(self, starts: list[int] | None = None, ends: list[int] | None = None) -> float:
        """Height of the part of the row showing lines starts[i]…ends[i] of each cell."""
        starts = starts or [0] * len(self.cells)
        ends = ends or self.line_count()
        full = 0.0
        lower = 0.0
        for cell, start, end in zip(self.cells, starts, ends):
            text = cell.box.span_height(start, end) if cell.box else 0.0
            if cell.level is Level.FULL:
                full = max(full, text + 2 * self.pad_y)
            elif cell.level is Level.LOWER:
                lower = max(lower, text + 2 * self.pad_y)
        two_level = self._upper + lower if lower else 0.0
        return max(full, two_level, self.min_height)

    def fit(self, starts: list[int], available: float) -> list[int]:
        """For each cell, the line after the last one that fits in ``available`` (splittable rows)."""
        inner = available - 2 * self.pad_y
        return [cell.box.lines_fitting(start, inner) if cell.box and inner > 0 else start
                for cell, start in zip(self.cells, starts)]

    def paint(self, painter: QPainter, y: float, height: float, starts: list[int], ends: list[int],
              pen: QPen) -> None:
        whole = starts == [0] * len(self.cells) and ends == self.line_count()
        for cell, start, end in zip(self.cells, starts, ends):
            top, bottom = y, y + height
            if cell.level is Level.UPPER:
                bottom = y + self._upper
            elif cell.level is Level.LOWER:
                top = y + self._upper
            rect = QRectF(cell.x, top, cell.width, bottom - top)
            if cell.fill is not None:  # inside the frame, so a filled cell never covers a neighbour's line
                inset = pen.widthF() / 2
                painter.fillRect(rect.adjusted(inset, inset, -inset, -inset), cell.fill)
            if cell.border:
                painter.setPen(pen)
                painter.drawRect(rect)
            if cell.box is None or start >= end:
                continue
            text_top = top + self.pad_y
            if cell.center_vertically and whole:
                text_top = top + (bottom - top - cell.box.span_height(start, end)) / 2
            cell.box.draw(painter, cell.x + self.pad_x, text_top, start, end)


@dataclass
class Section:
    """Rows that belong together: a heading, a header repeated on each page the body runs on, the body."""

    heading: list[Row] = field(default_factory=list)
    header: list[Row] = field(default_factory=list)
    body: list[Row] = field(default_factory=list)
    space_before: float = 0.0
