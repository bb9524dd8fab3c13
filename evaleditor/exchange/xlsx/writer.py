"""Putting the workbook together: one worksheet per sheet, then 一覧 and the machine-readable table."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from evaleditor.exchange.xlsx import labels
from evaleditor.exchange.xlsx.cleaning import clean, sheet_name, write_text
from evaleditor.exchange.xlsx.layout import CellSpec, PlanBuilder, SheetPlan
from evaleditor.exchange.xlsx.pages import paginate, setup_print
from evaleditor.exchange.xlsx.richtext import RichTextFactory
from evaleditor.exchange.xlsx.styles import Styles, export_font
from evaleditor.model import Project, Sheet


def workbook_bytes(project: Project, progress: Callable[[int, int], None] | None = None) -> bytes:
    from openpyxl import Workbook

    from evaleditor.exchange.xlsx.summary import category_range, write_data_sheet, write_summary_sheet

    workbook = Workbook()
    workbook.remove(workbook.active)
    settings = project.settings
    font_name, font_size = export_font(settings)
    styles = Styles(workbook, font_name, font_size)
    factory = RichTextFactory(font_name, font_size)
    builder = PlanBuilder(settings, project.sheets)
    categories = category_range(settings)
    taken = {labels.SUMMARY_SHEET, labels.DATA_SHEET}
    for index, sheet in enumerate(project.sheets):
        plan = builder.build(sheet, index)
        title = sheet_name(_wanted_name(sheet), taken, f"{labels.SHEET_PREFIX}{index + 1}")
        write_sheet(workbook.create_sheet(title), sheet, plan, styles, factory, categories)
        if progress:
            progress(index + 1, len(project.sheets))
    write_summary_sheet(workbook.create_sheet(labels.SUMMARY_SHEET), project, styles)
    write_data_sheet(workbook.create_sheet(labels.DATA_SHEET), project, styles)
    if project.sheets:
        workbook.active = 0
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _wanted_name(sheet: Sheet) -> str:
    number = clean(sheet.policy_number).strip()
    if not number:
        return ""
    return number if number.startswith(labels.SHEET_PREFIX) else labels.SHEET_PREFIX + number


def write_sheet(ws: Any, sheet: Sheet, plan: SheetPlan, styles: Styles, factory: RichTextFactory,
                categories: str) -> None:
    """One sheet's worksheet; ``categories`` is the range of column labels that charts name their bars by."""
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(plan.columns.widths(), 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row_numbers: dict[int, int] = {}
    for row_number, row in enumerate(plan.rows, 1):
        row_numbers[id(row)] = row_number
        ws.row_dimensions[row_number].height = row.height
        for spec in row.cells:
            _write_cell(ws, row_number, spec, styles, factory)
    if any(row.charts for row in plan.rows):
        from evaleditor.exchange.xlsx.charts import add_charts

        add_charts(ws, plan, row_numbers, categories, styles.font_name)
    number = clean(sheet.policy_number).replace("\n", " ").strip()
    setup_print(ws, plan, paginate(plan), f"{labels.SHEET_PREFIX} {number}" if number else "")
    ws.sheet_view.showGridLines = False


def _merge(ws: Any, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
    """Merge a range whose cells are all styled afterwards.

    Like ``ws.merge_cells`` without its copying of the first cell's borders to the edges,
    which every cell's own style makes redundant (and which costs more than the rest of a sheet).
    """
    from openpyxl.cell.cell import MergedCell
    from openpyxl.worksheet.merge import MergedCellRange

    ws.merged_cells.add(MergedCellRange(ws, f"{_coord(first_row, first_col)}:{_coord(last_row, last_col)}"))
    for r in range(first_row, last_row + 1):
        for c in range(first_col, last_col + 1):
            if (r, c) != (first_row, first_col):
                ws._cells[r, c] = MergedCell(ws, row=r, column=c)


def _coord(row: int, col: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col)}{row}"


def _write_cell(ws: Any, row: int, spec: CellSpec, styles: Styles, factory: RichTextFactory) -> None:
    last_row = row + spec.row_span - 1
    style = styles.name(spec.style, spec.number_format if spec.number is not None else "General")
    if spec.last_col > spec.first_col or last_row > row:
        _merge(ws, row, spec.first_col, last_row, spec.last_col)
    for r in range(row, last_row + 1):
        for c in range(spec.first_col, spec.last_col + 1):
            styles.apply(ws.cell(r, c), style)  # every cell of a merged range, so its borders print
    anchor = ws.cell(row, spec.first_col)
    if spec.number is not None:
        anchor.value = spec.number
    elif spec.lines:
        write_text(anchor, factory.value(spec.lines))
