"""Where the parts of a sheet are: label cells (anchors) and the rectangle of cells each one heads.

A row is a label row when its first cell is a label and it holds no numbers.
Labels that stand side by side in one row (施策名 | 関係部, 課題 | 取組方針)
split the row's columns between them. A part's region runs from its label
row down to the next label row. Indicator tables are found by their header
row (指標名 … 単位); the title above a header (…成果指標, 活動指標) names the group.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.exchange.xlsx_import.cells import MAX_COLS, Cell, Grid
from evaleditor.exchange.xlsx_import.labels import Part, classify, is_header_name, is_unit

_FAMILIES = (
    {Part.POLICY, Part.NUMBER, Part.DEPARTMENTS},
    {Part.RESULT, Part.ISSUE, Part.DIRECTION},
)


@dataclass
class Section:
    part: Part
    #: The label cell; for a table without a title, its 指標名 heading.
    label: Cell
    first_row: int
    last_row: int
    first_col: int
    last_col: int
    #: For indicator tables: the header row holding 指標名 and 単位.
    header_row: int | None = None

    def cells(self, grid: Grid, *, below_only: bool = False) -> list[Cell]:
        """The region's cells: right of the label in its row (unless below_only), then the rows below."""
        found = grid.box(self.first_row, self.last_row, self.first_col, self.last_col)
        return [c for c in found if c.row > self.label.row or (not below_only and c.col > self.label.col)]


@dataclass
class Layout:
    sections: list[Section] = field(default_factory=list)
    #: Cells above the first label row (the title and any heading above the sheet).
    top: list[Cell] = field(default_factory=list)


def _header_rows(grid: Grid) -> dict[int, Cell]:
    headers = {}
    for row in grid.rows():
        cells = grid.row(row)
        names = [c for c in cells if c.is_text and is_header_name(c.text)]
        if names and any(c.is_text and is_unit(c.text) for c in cells):
            headers[row] = names[0]
    return headers


def _label_row(cells: list[Cell]) -> list[tuple[Part, Cell]]:
    if not cells or not cells[0].is_text:
        return []
    first = classify(cells[0].text)
    if first is None:
        return []
    # Numbers beside a label mean a data row (an indicator named …の成果), except beside 施策名 (4 | 名前).
    if first not in _FAMILIES[0] and any(c.is_number for c in cells):
        return []
    if first in (Part.GROUP, Part.PROGRAMS, Part.BUDGET):
        if first is Part.GROUP and len(cells) > 1:
            return []
        return [(first, cells[0])]
    family = next(f for f in _FAMILIES if first in f)
    found = [(first, cells[0])]
    for cell in cells[1:]:
        part = classify(cell.text) if cell.is_text else None
        if part in family:
            found.append((part, cell))
    return found


def find_layout(grid: Grid) -> Layout:
    headers = _header_rows(grid)
    anchors: dict[int, list[tuple[Part, Cell]]] = {}
    previous: Part | None = None
    for row in grid.rows():
        if row in headers:
            continue
        found = _label_row(grid.row(row))
        if found and not (found[0][0] is Part.BUDGET and previous is Part.BUDGET):  # 決算額(千円) | 1,234 rows
            anchors[row] = found
            previous = found[0][0]
    # A header belongs to the group title just above it; a header with none is a table of its own,
    # titled by a lone text cell just above it when there is one.
    owned: dict[int, int] = {}
    for header_row, name_cell in sorted(headers.items()):
        above = [r for r in anchors if r < header_row]
        last = max(above, default=None)
        between_headers = [h for h in headers if last is not None and last < h < header_row]
        if last is not None and anchors[last][0][0] is Part.GROUP and not between_headers \
                and last not in owned.values():
            owned[header_row] = last
            continue
        rows_above = [r for r in grid.rows() if (last or 0) < r < header_row and r not in headers]
        if rows_above and header_row - rows_above[-1] <= 2:
            candidate = grid.row(rows_above[-1])
            if len(candidate) == 1 and candidate[0].is_text and len(candidate[0].text) <= 40:
                anchors[rows_above[-1]] = [(Part.GROUP, candidate[0])]
                owned[header_row] = rows_above[-1]
                continue
        anchors[header_row] = [(Part.GROUP, name_cell)]
        owned[header_row] = header_row
    header_of = {group_row: header_row for header_row, group_row in owned.items()}

    layout = Layout()
    rows = sorted(anchors)
    if not rows:
        return layout
    layout.top = grid.box(1, rows[0] - 1, 1, MAX_COLS)
    end = grid.max_row
    for index, row in enumerate(rows):
        last_row = rows[index + 1] - 1 if index + 1 < len(rows) else end
        labels = sorted(anchors[row], key=lambda item: item[1].col)
        for position, (part, cell) in enumerate(labels):
            first_col = 1 if position == 0 else cell.col
            last_col = labels[position + 1][1].col - 1 if position + 1 < len(labels) else MAX_COLS
            layout.sections.append(Section(part, cell, row, max(last_row, row), first_col, last_col,
                                           header_of.get(row)))
    return layout
