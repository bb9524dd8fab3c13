"""The 一覧 worksheet (one row per indicator, built with pandas) and the machine-readable table.

The machine-readable table follows the national rules for machine-readable
statistical tables: one value per cell, no merged cells, no spaces for layout,
one header row. Its values are in long form (one row per value) because one
column holds values of many indicators; each value's unit is therefore in the
「単位」 column, and fixed units are in the headers (西暦年度).
"""

from __future__ import annotations

from typing import Any

from evaleditor.exchange.xlsx import labels
from evaleditor.exchange.xlsx.cleaning import clean
from evaleditor.exchange.xlsx.layout import COUNT_FORMAT, PERCENT_FORMAT, number_format
from evaleditor.exchange.xlsx.styles import Styles
from evaleditor.exchange.xlsx.writer import write_text
from evaleditor.model import Project
from evaleditor.model.numbers import is_number

SUMMARY_FIXED = ["施策番号", "施策名", "指標区分", labels.NAME, labels.UNIT]
DATA_COLUMNS = ["施策番号", "施策名", "区分", "項目", "単位", "種別", "年度", "西暦年度", "値"]


def _text(value: str) -> str:
    return clean(value).replace("\n", " ").strip()


def summary_frame(project: Project) -> Any:
    """One row per indicator of every sheet: 施策番号, 施策名, 指標区分, 指標名, 単位, 基準値, each year, 目標値."""
    import pandas as pd

    settings = project.settings
    columns = SUMMARY_FIXED + [_text(settings.baseline_label)] + [_text(l) for l in settings.year_labels] + [
        _text(settings.effective_target_label())]
    records = []
    for sheet in project.sheets:
        for group, indicator in sheet.all_indicators():
            records.append([_text(sheet.policy_number), _text(sheet.policy_name), _text(group.name),
                            _text(indicator.name), _text(indicator.unit), indicator.baseline]
                           + [indicator.actual(label) for label in settings.year_labels] + [indicator.target])
    frame = pd.DataFrame.from_records(records, columns=pd.Index(range(len(columns))), coerce_float=False)
    frame = frame.astype(object)  # keep 13 an int and 95.43 a float, as entered
    frame.columns = pd.Index(columns)
    return frame


def data_frame(project: Project) -> Any:
    """Every number of the project in long form: one row per value."""
    import pandas as pd

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
    frame = pd.DataFrame.from_records(records, columns=pd.Index(range(len(DATA_COLUMNS))), coerce_float=False)
    frame = frame.astype(object)
    frame.columns = pd.Index(DATA_COLUMNS)
    return frame[frame["値"].map(is_number)].reset_index(drop=True)


def _write_frame(ws: Any, frame: Any, styles: Styles, widths: dict[str, float], percent_units: bool) -> None:
    from openpyxl.utils import get_column_letter

    head = styles.name("plain_head")
    for col, title in enumerate(frame.columns, 1):
        cell = ws.cell(1, col)
        write_text(cell, str(title))
        cell.style = head
        ws.column_dimensions[get_column_letter(col)].width = widths.get(str(title), 12)
    text_style = styles.name("plain")
    unit_index = list(frame.columns).index(labels.UNIT) if labels.UNIT in frame.columns else None
    for row, values in enumerate(frame.itertuples(index=False, name=None), 2):
        unit = values[unit_index] if unit_index is not None else ""
        for col, value in enumerate(values, 1):
            cell = ws.cell(row, col)
            if is_number(value):
                cell.value = value
                fmt = PERCENT_FORMAT if percent_units and unit == "%" and isinstance(value, float) else (
                    number_format(value) if not isinstance(value, int) else COUNT_FORMAT)
                cell.style = styles.name("plain", fmt)
            elif isinstance(value, str) and value:
                write_text(cell, value)
                cell.style = text_style
    ws.freeze_panes = "A2"
    last = get_column_letter(max(1, len(frame.columns)))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(frame) + 1)}"


def write_summary_sheet(ws: Any, project: Project, styles: Styles) -> None:
    frame = summary_frame(project)
    _write_frame(ws, frame, styles, {"施策名": 28, labels.NAME: 44, "指標区分": 12, labels.UNIT: 8}, False)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.right.text = "&P / &N"


def write_data_sheet(ws: Any, project: Project, styles: Styles) -> None:
    frame = data_frame(project)
    _write_frame(ws, frame, styles, {"施策名": 28, "項目": 44, "種別": 8, "単位": 8, "西暦年度": 10}, True)
