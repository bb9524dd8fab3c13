"""Workbooks in the published layout, written from projects with openpyxl, in the ways real ones vary.

Test code: it renders a project cell by cell as a department would have typed
it (offsets, one-cell 施策, numbers as text, 「－」, plain or tagged topics …),
so that importing the workbook must give the project back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from evaleditor.model import Direction, Project, Sheet
from evaleditor.model import richtext
from evaleditor.model.numbers import format_number

_FULL_WIDTH = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")


@dataclass
class Style:
    top_rows: int = 0  # blank rows above everything
    left_cols: int = 0  # blank columns on the left
    heading_above: str | None = None  # a line above the title
    one_cell_policy: bool = False  # 「4-2 施策名」 in one cell
    number_suffix: str = " -"  # 4 → 「4 -」 as published
    numbers: str = "number"  # number | text | fullwidth
    none_mark: str | None = None  # written where there is no value, e.g. 「－」
    topics: str = "html"  # html | plain | rich | rows
    programs: str = "spaces"  # spaces | lines | cells
    departments: str = "、"  # 、 | \n | cells
    full_width_labels: bool = False  # 事業費（千円）, 執行率（％）
    merge: bool = True
    blank_rows: bool = False  # a blank row after every part
    direction_column: bool = False
    short_group_titles: bool = False  # 活動指標 instead of 所管事業に関連する活動指標


class _Writer:
    def __init__(self, ws, style: Style, width: int) -> None:
        self.ws, self.style = ws, style
        self.row = 1 + style.top_rows
        self.c0 = 1 + style.left_cols
        self.last = self.c0 + width - 1

    def put(self, row: int, col: int, value, to_col: int | None = None, to_row: int | None = None) -> None:
        self.ws.cell(row, col).value = value
        if self.style.merge and ((to_col and to_col > col) or (to_row and to_row > row)):
            self.ws.merge_cells(start_row=row, start_column=col, end_row=to_row or row, end_column=to_col or col)

    def line(self, value, first: int | None = None) -> None:
        self.put(self.row, first or self.c0, value, self.last)
        self.row += 1

    def gap(self) -> None:
        if self.style.blank_rows:
            self.row += 1

    def number(self, value):
        if value is None:
            return self.style.none_mark
        if self.style.numbers == "number":
            return value
        text = format_number(value)
        return text.translate(_FULL_WIDTH) if self.style.numbers == "fullwidth" else text


def _rich(blocks: list[richtext.Block], heading: str) -> CellRichText:
    parts: list = [TextBlock(InlineFont(b=True), f"「{heading}」")]
    for block in blocks:
        parts.append("\n" + ("・" if block.bullet else ""))
        for run in block.runs:
            if run.bold or run.italic or run.underline or run.color:
                font = InlineFont(b=run.bold or None, i=run.italic or None, u="single" if run.underline else None,
                                  color=("FF" + run.color[1:].upper()) if run.color else None)
                parts.append(TextBlock(font, run.text))
            else:
                parts.append(run.text)
    return CellRichText(parts)


def _topic_text(style: Style, heading: str, html: str):
    if style.topics == "html":
        return f"<p>「{heading}」</p> " + html
    if style.topics == "plain":
        return f"「{heading}」\n" + richtext.to_plain(html)
    return _rich(richtext.parse(html), heading)


def _topics_cell(style: Style, sheet: Sheet, part: str):
    pieces = [_topic_text(style, t.heading, getattr(t, part)) for t in sheet.topics]
    if style.topics == "rich":
        joined: list = []
        for index, piece in enumerate(pieces):
            if index:
                joined.append("\n\n")
            joined += list(piece)
        return CellRichText(joined)
    return (" " if style.topics == "html" else "\n\n").join(pieces)


def write_sheet(ws, project: Project, sheet: Sheet, style: Style) -> None:
    settings = project.settings
    years = settings.year_labels
    width = 4 + len(years) + (1 if style.direction_column else 0)
    w = _Writer(ws, style, width)
    c0 = w.c0
    if style.heading_above:
        w.line(style.heading_above)
    w.line(sheet.title)
    split = max(c0 + 1, w.last - 2)
    w.put(w.row, c0, "施策名", split - 1)
    w.put(w.row, split, "関係部", w.last)
    w.row += 1
    if style.one_cell_policy:
        w.put(w.row, c0, f"{sheet.policy_number} {sheet.policy_name}", split - 1)
    else:
        w.put(w.row, c0, sheet.policy_number + style.number_suffix)
        w.put(w.row, c0 + 1, sheet.policy_name, split - 1)
    if style.departments == "cells":
        for index, name in enumerate(sheet.departments):
            w.put(w.row, split + index, name)
    else:
        w.put(w.row, split, style.departments.join(sheet.departments), w.last)
    w.row += 1
    w.gap()
    for group in sheet.indicator_groups:
        title = group.name if style.short_group_titles else f"所管事業に関連する{group.name}"
        w.line(title)
        top = w.row
        w.put(top, c0, "指標名", to_row=top + 1)
        w.put(top, c0 + 1, "単位", to_row=top + 1)
        w.put(top, c0 + 2, settings.baseline_label, to_row=top + 1)
        w.put(top, c0 + 3, "実績値", c0 + 2 + len(years))
        for index, label in enumerate(years):
            w.put(top + 1, c0 + 3 + index, label)
        target_col = c0 + 3 + len(years)
        w.put(top, target_col, settings.effective_target_label(), to_row=top + 1)
        if style.direction_column:
            w.put(top, target_col + 1, "方向", to_row=top + 1)
        w.row = top + 2
        for ind in group.indicators:
            w.put(w.row, c0, ind.name)
            w.put(w.row, c0 + 1, ind.unit or None)
            w.put(w.row, c0 + 2, w.number(ind.baseline))
            for index, label in enumerate(years):
                w.put(w.row, c0 + 3 + index, w.number(ind.actuals.get(label)))
            w.put(w.row, target_col, w.number(ind.target))
            if style.direction_column:
                w.put(w.row, target_col + 1, "↓" if ind.direction is Direction.LOWER else "↑")
            w.row += 1
        w.gap()
    w.line("関連事業")
    if style.programs == "cells":
        for name in sheet.programs:
            w.line(name)
    else:
        w.line((" " if style.programs == "spaces" else "\n").join(sheet.programs))
    w.gap()
    w.line("決算額")
    for index, label in enumerate(years):
        w.put(w.row, c0 + 1 + index, label)
    w.row += 1
    cost_label, rate_label = ("事業費（千円）", "執行率（％）") if style.full_width_labels else ("事業費(千円)", "執行率(%)")
    for label, attr in ((cost_label, "cost_thousand_yen"), (rate_label, "execution_rate_percent")):
        w.put(w.row, c0, label)
        for index, year in enumerate(years):
            entry = sheet.budget.get(year)
            w.put(w.row, c0 + 1 + index, w.number(getattr(entry, attr) if entry else None))
        w.row += 1
    w.gap()
    w.line("施策の推進に向けた主な取組の「成果」")
    if style.topics == "rows":
        for topic in sheet.topics:
            w.line(_rich(richtext.parse(topic.result), topic.heading))
    else:
        w.line(_topics_cell(style, sheet, "result"))
    half = c0 + (w.last - c0 + 1) // 2
    w.put(w.row, c0, "施策を推進する上での「課題」", half - 1)
    w.put(w.row, half, "課題解決を図るための「取組方針」", w.last)
    w.row += 1
    if style.topics == "rows":
        for topic in sheet.topics:
            w.put(w.row, c0, _rich(richtext.parse(topic.issue), topic.heading), half - 1)
            w.put(w.row, half, _rich(richtext.parse(topic.policy), topic.heading), w.last)
            w.row += 1
    else:
        w.put(w.row, c0, _topics_cell(style, sheet, "issue"), half - 1)
        w.put(w.row, half, _topics_cell(style, sheet, "policy"), w.last)


def write_summary(ws, project: Project) -> None:
    """An 一覧 worksheet: one row per indicator, as planning divisions keep them."""
    ws.append(["施策番号", "施策名", "指標名", "単位", project.settings.baseline_label,
               *project.settings.year_labels, "目標値"])
    for sheet in project.sheets:
        for _, ind in sheet.all_indicators():
            ws.append([sheet.policy_number, sheet.policy_name, ind.name, ind.unit, ind.baseline,
                       *[ind.actuals.get(y) for y in project.settings.year_labels], ind.target])


def write_table(ws, project: Project) -> None:
    """A machine-readable table: one value per row."""
    ws.append(["施策番号", "施策名", "項目", "年度", "値"])
    for sheet in project.sheets:
        for _, ind in sheet.all_indicators():
            for year, value in ind.actuals.items():
                ws.append([sheet.policy_number, sheet.policy_name, ind.name, year, value])


def write_workbook(path: Path, project: Project, style: Style | None = None, *,
                   summary: bool = False, table: bool = False) -> Path:
    style = style or Style()
    book = Workbook()
    book.remove(book.active)
    if summary:
        write_summary(book.create_sheet("一覧"), project)
    for sheet in project.sheets:
        write_sheet(book.create_sheet(f"施策{sheet.policy_number}"), project, sheet, style)
    if table:
        write_table(book.create_sheet("機械判読用"), project)
    book.save(path)
    return path
