"""Pagination and print setup: A4 portrait, one page wide, breaks between sections and topics.

Excel and LibreOffice break pages by themselves wherever a page is full, which
may separate a table from its header or a label from its text. The exporter
therefore places manual breaks itself, from the row heights it set, before
whole units (a section's label with its first rows, a table, a topic), and
repeats a section's header rows as print titles when that section runs over a
page at the end of the sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evaleditor.exchange.xlsx.layout import SheetPlan
from evaleditor.exchange.xlsx.paper import MARGINS, page_capacity, print_scale

@dataclass
class Pagination:
    breaks: list[int]  # 1-based rows after which a page ends
    title_rows: tuple[int, int] | None  # 1-based rows repeated at the top of following pages
    scale: float


def _place(heights: list[float], unit_start: list[bool], break_ok: list[bool], capacity: float,
           title: tuple[int, int] | None) -> list[int]:
    """0-based indexes of the rows that start a new page."""
    title_height = sum(heights[title[0]:title[1] + 1]) if title else 0.0
    starts: list[int] = []
    used = 0.0

    def new_page(index: int) -> float:
        starts.append(index)
        return title_height if title and index > title[1] else 0.0

    units: list[list[int]] = []
    for index in range(len(heights)):
        if not units or unit_start[index]:
            units.append([])
        units[-1].append(index)
    for unit in units:
        size = sum(heights[i] for i in unit)
        if size <= capacity - title_height:  # fits a page: keep it whole
            if used > 0 and used + size > capacity:
                used = new_page(unit[0])
            used += size
            continue
        # larger than a page: fill this page first, breaking between rows where allowed,
        # but keep the rows that must stay together at the unit's start (a label and its first row)
        lead_end = next((i for i in unit[1:] if break_ok[i]), unit[-1] + 1)
        if used > 0 and used + sum(heights[unit[0]:lead_end]) > capacity:
            used = new_page(unit[0])
        for index in unit:
            if used > 0 and used + heights[index] > capacity and break_ok[index] and index != unit[0]:
                used = new_page(index)
            used += heights[index]
    return starts


def paginate(plan: SheetPlan) -> Pagination:
    rows = plan.rows
    heights = [row.height for row in rows]
    unit_start = [row.unit_start for row in rows]
    break_ok = [row.break_ok or row.unit_start for row in rows]
    scale = print_scale(plan.columns.widths())
    capacity = page_capacity(scale)
    starts = _place(heights, unit_start, break_ok, capacity, None)
    title = _title_rows(plan, starts)
    if title:
        starts = _place(heights, unit_start, break_ok, capacity, title)
        title = _title_rows(plan, starts) or title
    return Pagination([s for s in starts if s > 0], (title[0] + 1, title[1] + 1) if title else None, scale)


def _title_rows(plan: SheetPlan, starts: list[int]) -> tuple[int, int] | None:
    """0-based header rows of the last section that runs over a page and ends on the last page."""
    index, chosen = 0, None
    last_start = max(starts, default=0)
    for section in plan.sections:
        first, last = index, index + len(section.rows) - 1
        index = last + 1
        header = [i for i, row in enumerate(section.rows, first) if row.header]
        runs_over = any(first < s <= last for s in starts)
        if header and runs_over and last >= last_start and header[-1] < last:
            chosen = (header[0], header[-1])
    return chosen


def setup_print(ws: Any, plan: SheetPlan, pagination: Pagination, footer_left: str) -> None:
    """A4 portrait, one page wide, centred, with print area, titles, breaks and a footer."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    for name, inches in MARGINS.items():
        setattr(ws.page_margins, name, inches)
    last_col = get_column_letter(plan.columns.last)
    ws.print_area = f"A1:{last_col}{len(plan.rows)}"
    if pagination.title_rows:
        ws.print_title_rows = f"{pagination.title_rows[0]}:{pagination.title_rows[1]}"
    for row in pagination.breaks:
        ws.row_breaks.append(Break(id=row))
    ws.oddFooter.left.text = footer_left.replace("&", "&&")[:100]
    ws.oddFooter.right.text = "&P / &N"
    ws.oddFooter.left.size = ws.oddFooter.right.size = 9
