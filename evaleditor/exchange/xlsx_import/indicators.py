"""Indicator tables: the header (指標名, 単位, baseline, year columns, target) and the rows under it."""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.model import Direction, Indicator

from evaleditor.exchange.xlsx_import.cells import Cell, Grid
from evaleditor.exchange.xlsx_import.labels import (
    heading_text, is_actuals_heading, is_baseline, is_computed, is_direction, is_header_name, is_rate_legend,
    is_target, is_unit, is_year_label, normalize,
)
from evaleditor.exchange.xlsx_import.layout import Section
from evaleditor.exchange.xlsx_import.values import cell_number

Note = tuple[str, str]  # (cell, message)


@dataclass
class TableHeader:
    name_col: int
    rows: list[int]
    unit_col: int | None = None
    baseline: Cell | None = None
    target: Cell | None = None
    target_label: str = ""
    direction_col: int | None = None
    #: Columns computed from the others (達成率, 進捗率, 評価): skipped, never imported.
    computed_cols: list[int] = field(default_factory=list)
    #: Year headings, left to right.
    years: list[Cell] = field(default_factory=list)
    #: Header cells of columns that are none of the above.
    unknown: list[Cell] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)


def read_header(grid: Grid, section: Section) -> TableHeader:
    top = section.header_row or section.label.row
    name_col = next((c.col for c in grid.row(top) if c.is_text and is_header_name(c.text)), section.label.col)
    rows = [top]
    below = grid.row(top + 1)
    if below and grid.get(top + 1, name_col) is None and any(c.is_text and is_year_label(c.text) for c in below):
        rows.append(top + 1)
    header = TableHeader(name_col=name_col, rows=rows)
    by_col: dict[int, list[Cell]] = {}
    for row in rows:
        for cell in grid.row(row):
            header.cells.append(cell)
            if cell.col != header.name_col and cell.is_text:
                by_col.setdefault(cell.col, []).append(cell)
            elif cell.col != header.name_col:
                header.unknown.append(cell)
    unknown_cols: list[int] = []
    for col in sorted(by_col):
        cells = by_col[col]
        # With two header rows the years are those under 実績値; a year alone in the top row (平成30年度)
        # names the baseline or the target column instead.
        if any(is_computed(c.text) for c in cells):
            header.computed_cols.append(col)
            continue
        year = next((c for c in cells if is_year_label(c.text) and (len(rows) == 1 or c.row == rows[-1])), None)
        target = next((c for c in cells if is_target(c.text)), None)
        if target is not None:
            header.target = target
            label = heading_text(target.text)
            if year is not None and not any(ch.isdigit() for ch in normalize(label)):
                label = f"{heading_text(year.text)} {label}"
            header.target_label = label
        elif year is not None:
            header.years.append(year)
        elif any(is_baseline(c.text) for c in cells):
            header.baseline = next(c for c in cells if is_baseline(c.text))
        elif any(is_unit(c.text) for c in cells):
            header.unit_col = col
        elif any(is_direction(c.text) for c in cells):
            header.direction_col = col
        elif all(is_actuals_heading(c.text) for c in cells):
            continue
        else:
            unknown_cols.append(col)
    first_year = header.years[0].col if header.years else None
    last_year = header.years[-1].col if header.years else None
    for col in unknown_cols:
        cell = by_col[col][0]
        if header.baseline is None and first_year is not None and (header.unit_col or 0) < col < first_year:
            header.baseline = cell
        elif header.target is None and last_year is not None and col > last_year:
            header.target, header.target_label = cell, heading_text(cell.text)
        else:
            header.unknown.append(cell)
    return header


_LOWER = ("↓", "低", "減", "下", "小", "LOWER")
_HIGHER = ("↑", "高", "増", "上", "大", "HIGHER")


def _direction(cell: Cell) -> Direction | None:
    text = normalize(cell.text).upper()
    if any(mark in text for mark in _LOWER):
        return Direction.LOWER
    if any(mark in text for mark in _HIGHER):
        return Direction.HIGHER
    return None


def read_rows(grid: Grid, section: Section, header: TableHeader, year_labels: dict[int, str],
              consumed: set[str]) -> tuple[list[Indicator], list[Note]]:
    """The indicators under ``header``; ``year_labels`` maps a year column to the project's label."""
    notes: list[Note] = []
    indicators: list[Indicator] = []
    value_cols = {header.name_col, *year_labels}
    for col in (header.unit_col, header.direction_col):
        if col is not None:
            value_cols.add(col)
    for cell in (header.baseline, header.target):
        if cell is not None:
            value_cols.add(cell.col)
    for row in range(header.rows[-1] + 1, section.last_row + 1):
        cells = [c for c in grid.row(row) if section.first_col <= c.col <= section.last_col]
        if not cells:
            continue
        name_cell = grid.get(row, header.name_col)
        if name_cell is not None and name_cell.is_text and is_rate_legend(name_cell.text):
            consumed.update(c.address for c in cells)  # the legend evaleditor writes: nothing to import
            continue
        consumed.update(c.address for c in cells if c.col in header.computed_cols)  # computed, not data
        in_table = [c for c in cells if c.col in value_cols]
        if name_cell is None or not name_cell.text.strip():
            if in_table:
                notes.append((in_table[0].address, "指標名のない行のため、この行を読み飛ばしました"))
                consumed.update(c.address for c in in_table)
            continue
        name = name_cell.text.strip()
        if name.startswith(("※", "注", "(注", "（注")) and len(in_table) == 1:
            notes.append((name_cell.address, f"注記「{name[:20]}」は指標ではないため読み飛ばしました"))
            consumed.add(name_cell.address)
            continue
        indicator = Indicator(name=name)
        consumed.add(name_cell.address)
        if header.unit_col is not None and (unit := grid.get(row, header.unit_col)) is not None:
            indicator.unit = unit.text.strip()
            consumed.add(unit.address)

        def number(col: int) -> float | int | None:
            cell = grid.get(row, col)
            if cell is None:
                return None
            consumed.add(cell.address)
            value, reason = cell_number(cell, (indicator.unit,))
            if reason:
                notes.append((cell.address, f"{reason}（この値は取り込みませんでした）"))
            return value

        if header.baseline is not None:
            indicator.baseline = number(header.baseline.col)
        for col, label in year_labels.items():
            value = number(col)
            if value is not None:
                indicator.actuals[label] = value
        if header.target is not None:
            indicator.target = number(header.target.col)
        if header.direction_col is not None and (mark := grid.get(row, header.direction_col)) is not None:
            consumed.add(mark.address)
            direction = _direction(mark)
            if direction is None:
                notes.append((mark.address, f"「{mark.text}」を向き（高いほど良い・低いほど良い）として読めません"))
            else:
                indicator.direction = direction
        indicators.append(indicator)
    return indicators, notes
