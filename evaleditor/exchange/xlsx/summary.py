"""The 一覧 worksheet (one row per indicator) and the machine-readable table.

Both are plain tables (a header and rows of values) written with openpyxl; the
app does not ship pandas (see docs/executable.md).

The machine-readable table follows the national rules for machine-readable
statistical tables: one value per cell, no merged cells, no spaces for layout,
one header row. Its values are in long form (one row per value) because one
column holds values of many indicators; each value's unit is therefore in the
「単位」 column, and fixed units are in the headers (西暦年度).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evaleditor.exchange import rate_columns
from evaleditor.exchange.xlsx import labels
from evaleditor.exchange.xlsx.cleaning import clean, write_text
from evaleditor.exchange.xlsx.heights import (
    CELL_PADDING, POINTS_PER_WIDTH_UNIT, WIDTH_SAFETY, row_height, text_em, text_width_em, wrap_line,
)
from evaleditor.exchange.xlsx.layout import RATE_FORMAT, number_format
from evaleditor.exchange.xlsx.styles import Styles
from evaleditor.model import Project, ProjectSettings
from evaleditor.model.numbers import is_number

SUMMARY_FIXED = ["施策番号", "施策名", "指標区分", labels.NAME, labels.UNIT]
#: The widest column of the tables, in Excel width units; longer texts wrap.
MAX_TEXT_WIDTH = 72.0
DATA_COLUMNS = ["施策番号", "施策名", "区分", "項目", "単位", "種別", "年度", "西暦年度", "値"]


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]


def _text(value: str) -> str:
    return clean(value).replace("\n", " ").strip()


def category_range(settings: ProjectSettings) -> str:
    """The header cells of 一覧 from the baseline to the target column: the labels charts name their bars by."""
    from openpyxl.utils import get_column_letter

    first = len(SUMMARY_FIXED) + 1
    last = first + len(settings.years) + 1
    return f"'{labels.SUMMARY_SHEET}'!${get_column_letter(first)}$1:${get_column_letter(last)}$1"


def summary_table(project: Project) -> Table:
    """One row per indicator of every sheet: 施策番号, 施策名, 指標区分, 指標名, 単位, 基準値, each year, 目標値,
    then 方向, 達成率, 進捗率 and 評価 (computed; empty where there is no rate)."""
    settings = project.settings
    review = project.review_year()
    columns = SUMMARY_FIXED + [_text(settings.baseline_label)] + [_text(l) for l in settings.year_labels] + [
        _text(settings.effective_target_label()), rate_columns.DIRECTION, rate_columns.ACHIEVEMENT,
        rate_columns.PROGRESS, rate_columns.RATING]
    records = []
    for sheet in project.sheets:
        for group, indicator in sheet.all_indicators():
            rates = rate_columns.rate_row(indicator, settings, review)
            records.append([_text(sheet.policy_number), _text(sheet.policy_name), _text(group.name),
                            _text(indicator.name), _text(indicator.unit), indicator.baseline]
                           + [indicator.actual(label) for label in settings.year_labels] + [indicator.target]
                           + [rates.direction, rates.achievement, rates.progress, _text(rates.rating)])
    return Table(columns, records)


def data_table(project: Project) -> Table:
    """Every number of the project in long form: one row per value."""
    settings = project.settings
    years = [(y.label, y.western_year) for y in settings.years]
    records = []
    for sheet in project.sheets:
        number, name = _text(sheet.policy_number), _text(sheet.policy_name)
        for group, ind in sheet.all_indicators():
            base = [number, name, _text(group.name), _text(ind.name), _text(ind.unit)]
            records.append(base + ["基準値", _text(settings.baseline_label), None, ind.baseline])
            records += [base + ["実績値", _text(label), western, ind.actual(label)] for label, western in years]
            records.append(base + ["目標値", _text(settings.effective_target_label()), None, ind.target])
        for label, western in years:
            entry = sheet.budget.get(label)
            records.append([number, name, labels.BUDGET, "事業費", "千円", "実績値", _text(label), western,
                            entry.cost_thousand_yen if entry else None])
            records.append([number, name, labels.BUDGET, "執行率", "%", "実績値", _text(label), western,
                            entry.execution_rate_percent if entry else None])
    return Table(list(DATA_COLUMNS), [r for r in records if is_number(r[-1])])


def _column_widths(table: Table, font_size: float) -> list[float]:
    """Widths that show each column's longest text on one line, within MAX_TEXT_WIDTH."""
    widths = []
    for col, title in enumerate(table.columns):
        texts = [str(title)] + [v if isinstance(v, str) else f"{v:,}" for v in (r[col] for r in table.rows)
                                if v is not None]
        longest = max(text_em(t) for t in texts)
        points = longest * font_size / WIDTH_SAFETY + CELL_PADDING
        widths.append(min(MAX_TEXT_WIDTH, max(6.0, points / POINTS_PER_WIDTH_UNIT + 0.5)))
    return widths


def _write_table(ws: Any, table: Table, styles: Styles) -> None:
    """A plain table: one header row, one value per cell; long texts wrap in rows as tall as they need."""
    from openpyxl.utils import get_column_letter

    font_size = styles.font_size
    widths = _column_widths(table, font_size)
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = round(width, 2)
    head, text_style = styles.name("plain_head"), styles.name("plain")
    names = [str(c) for c in table.columns]
    rows = [names, *table.rows]
    for row, values in enumerate(rows, 1):
        lines = 1
        for col, value in enumerate(values, 1):
            cell = ws.cell(row, col)
            if is_number(value) and row > 1:
                cell.value = value
                fmt = "0" if names[col - 1] == "西暦年度" else RATE_FORMAT if names[col - 1] in (
                    rate_columns.ACHIEVEMENT, rate_columns.PROGRESS) else number_format(value)  # decimals as entered
                styles.apply(cell, styles.name("plain", fmt))
            elif isinstance(value, str) and value:
                write_text(cell, value)
                styles.apply(cell, head if row == 1 else text_style)
                if widths[col - 1] >= MAX_TEXT_WIDTH:  # narrower columns fit their longest text
                    width = text_width_em([widths[col - 1]], font_size)
                    lines = max(lines, len(wrap_line(value, width)))
            elif row == 1:
                styles.apply(cell, head)
        ws.row_dimensions[row].height = row_height(lines, font_size, styles.font_name)
    ws.freeze_panes = "A2"
    last = get_column_letter(max(1, len(table.columns)))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(table.rows) + 1)}"


def _print_setup(ws: Any) -> None:
    """A4 landscape, one page wide, the header row on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.right.text = "&P / &N"


def write_summary_sheet(ws: Any, project: Project, styles: Styles) -> None:
    _write_table(ws, summary_table(project), styles)
    _print_setup(ws)


def write_data_sheet(ws: Any, project: Project, styles: Styles) -> None:
    _write_table(ws, data_table(project), styles)
    _print_setup(ws)
