"""Every text and number of a project is in the exported workbook, read back by two readers."""

import pytest
from openpyxl.utils import get_column_letter

from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.exchange.xlsx import labels
from evaleditor.exchange.xlsx.layout import number_format
from evaleditor.model import Direction
from tests import factories
from tests.exchange.xlsx.reading import (
    calamine_rows, expected, export, load, missing_texts, numbers, texts, ws_rows,
)


@pytest.fixture
def sample_project(sample_json):
    return read_exchange(sample_json)


PROJECTS = ["sample_project", "three_year_project", "six_year_project"]


@pytest.mark.parametrize("fixture", PROJECTS)
def test_every_text_and_number_is_in_the_workbook(fixture, request):
    project = request.getfixturevalue(fixture)
    data = export(project)
    book = load(data)
    by_calamine = calamine_rows(data)
    sheet_names = book.sheetnames[: len(project.sheets)]
    assert book.sheetnames[len(project.sheets):] == [labels.SUMMARY_SHEET, labels.DATA_SHEET]
    for index, name in enumerate(sheet_names):
        want = expected(project, index)
        for rows in (ws_rows(book[name]), by_calamine[name]):
            assert missing_texts(want.texts, texts(rows)) == []
            have = numbers(rows)
            for value in want.numbers + want.computed:
                assert value in have, (name, value)
            assert len(have) == len(want.numbers) + len(want.computed)  # no number twice, none invented


@pytest.mark.parametrize("fixture", PROJECTS)
def test_numbers_stay_numbers_in_their_year_columns(fixture, request):
    project = request.getfixturevalue(fixture)
    book = load(export(project))
    for sheet, name in zip(project.sheets, book.sheetnames):
        ws = book[name]
        header_rows = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == labels.NAME]
        assert len(header_rows) == len(sheet.indicator_groups)
        for first, group in zip(header_rows, sheet.indicator_groups):
            years = {ws.cell(first + 1, c).value: c for c in range(1, ws.max_column + 1)}
            for offset, ind in enumerate(group.indicators, 2):
                row = first + offset
                assert ws.cell(row, 1).value == ind.name and ws.cell(row, 2).value == ind.unit
                assert ws.cell(row, 3).value == ind.baseline
                for label in project.settings.year_labels:
                    cell = ws.cell(row, years[label])
                    assert cell.value == ind.actual(label)  # None stays an empty cell
                    if cell.value is not None:
                        assert cell.data_type == "n"
                        assert cell.number_format == ("#,##0" if isinstance(cell.value, int) else "#,##0.00")
                target = ws.cell(row, 4 + len(project.settings.years))
                assert target.value == ind.target and target.data_type == "n"


def test_budget_formats_and_labels(sample_project):
    ws = load(export(sample_project))["施策4"]
    col_a = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    # the budget's years stand in the indicator table's year columns; its labels span the columns before them
    table_years = {ws.cell(col_a[labels.NAME] + 1, c).value: c for c in range(2, ws.max_column + 1)}
    budget_years = {ws.cell(col_a[labels.COST] - 1, c).value: c for c in range(2, ws.max_column + 1)}
    table_years.pop(None), budget_years.pop(None)
    assert budget_years == table_years and list(budget_years) == sample_project.settings.year_labels
    first = budget_years["2年度"]
    merged = {str(m) for m in ws.merged_cells.ranges}
    for label in (labels.COST, labels.EXECUTION_RATE):
        assert f"A{col_a[label]}:{get_column_letter(first - 1)}{col_a[label]}" in merged
    cost, rate = ws.cell(col_a[labels.COST], first), ws.cell(col_a[labels.EXECUTION_RATE], first)
    assert (cost.value, cost.number_format) == (1539950, "#,##0")
    assert (rate.value, rate.number_format) == (95.43, "0.00")
    assert ws.cell(col_a[labels.COST], first + 1).value is None
    for label in (labels.POLICY_NAME, labels.PROGRAMS, labels.BUDGET, labels.RESULTS, labels.ISSUES,
                  labels.group_label("成果指標")):
        assert label in col_a, label  # the importer finds sections by these labels in column A


def test_labels_are_the_published_ones(sample_xlsx):
    published = load(sample_xlsx.read_bytes())["施策4"]
    cells = {c.value for row in published.iter_rows() for c in row if isinstance(c.value, str)}
    for label in (labels.POLICY_NAME, labels.DEPARTMENTS, labels.group_label("成果指標"), labels.NAME,
                  labels.UNIT, labels.ACTUALS, labels.PROGRAMS, labels.BUDGET, labels.COST,
                  labels.EXECUTION_RATE, labels.RESULTS, labels.ISSUES, labels.POLICIES):
        assert label in cells, label


def test_each_topic_has_its_issue_beside_its_policy(six_year_project):
    book = load(export(six_year_project), rich_text=True)
    ws = book[book.sheetnames[0]]
    issue_row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == labels.ISSUES)
    policy_col = next(c for c in range(2, ws.max_column + 1) if ws.cell(issue_row, c).value == labels.POLICIES)
    for offset, topic in enumerate(six_year_project.sheets[0].topics, 1):
        left, right = str(ws.cell(issue_row + offset, 1).value), str(ws.cell(issue_row + offset, policy_col).value)
        assert left.startswith(f"「{topic.heading}」\n・一つ目") and right.startswith(f"「{topic.heading}」\n方針")


def test_rich_text_keeps_bold_italic_underline_and_colour():
    from openpyxl.cell.rich_text import CellRichText, TextBlock

    project = factories.project(["4年度", "5年度"], sheets=1, topics=1)
    project.sheets[0].topics[0].result = (
        '<p>普通<b>太字</b><i>斜体</i><u>下線</u><span style="color:#c00000">赤</span></p>'
        "<ul><li>項目一</li><li>項目二</li></ul>")
    ws = load(export(project), rich_text=True).worksheets[0]
    value = next(c.value for row in ws.iter_rows() for c in row
                 if isinstance(c.value, CellRichText) and "項目一" in str(c.value))
    assert str(value) == "「課題0」\n普通太字斜体下線赤\n・項目一\n・項目二"
    fonts = {b.text: b.font for b in value if isinstance(b, TextBlock)}
    assert fonts["「課題0」"].b and fonts["太字"].b and not fonts["斜体"].b
    assert fonts["斜体"].i and fonts["下線"].u == "single"
    assert fonts["赤"].color.rgb == "FFC00000"
    assert fonts["太字"].rFont == project.settings.font_name


def test_summary_sheet_has_one_row_per_indicator(six_year_project):
    import io

    import pandas as pd

    from tests.exchange.xlsx.reading import export as do_export

    frame = pd.read_excel(io.BytesIO(do_export(six_year_project)), sheet_name=labels.SUMMARY_SHEET,
                          engine="calamine")
    settings = six_year_project.settings
    assert list(frame.columns) == ["施策番号", "施策名", "指標区分", "指標名", "単位", settings.baseline_label,
                                   *settings.year_labels, settings.effective_target_label(),
                                   "方向", "達成率(%)", "進捗率(%)", "評価"]
    rows = [(s, ind) for s in six_year_project.sheets for _, ind in s.all_indicators()]
    assert len(frame) == len(rows)
    for (sheet, ind), (_, record) in zip(rows, frame.iterrows()):
        assert record["施策番号"] == sheet.policy_number and record["指標名"] == ind.name
        for label in settings.year_labels:
            value = ind.actual(label)
            assert (pd.isna(record[label]) if value is None else record[label] == value)
        assert record["方向"] == ("↓" if ind.direction is Direction.LOWER else "↑")
    book = load(do_export(six_year_project))
    ws = book[labels.SUMMARY_SHEET]
    first = rows[0][1]
    assert ws.cell(2, 6).value == first.baseline == 0.0
    assert ws.cell(2, 6).number_format == "#,##0.0"  # a decimal as entered (3.5 × 0), not a whole number
    assert ws.cell(2, 7 + len(settings.year_labels)).value == first.target


def test_machine_readable_sheet_is_one_value_per_cell(three_year_project):
    book = load(export(three_year_project))
    ws = book[labels.DATA_SHEET]
    assert not ws.merged_cells.ranges
    rows = ws_rows(ws)
    header, body = rows[0], rows[1:]
    assert header == ["施策番号", "施策名", "区分", "項目", "単位", "種別", "年度", "西暦年度", "値"]
    for row in body:
        assert isinstance(row[-1], (int, float))
        assert all(not (isinstance(v, str) and v != v.strip()) for v in row)  # no layout spaces
    want = sum(len(expected(three_year_project, i).numbers) for i in range(len(three_year_project.sheets)))
    assert len(body) == want
    first = three_year_project.sheets[0]
    cost = next(r for r in body if r[0] == first.policy_number and r[3] == "事業費" and r[6] == "4年度")
    assert cost[4] == "千円" and cost[7] == 2022 and cost[8] == 123456
    formats = [ws.cell(r, 9).number_format for r in range(2, ws.max_row + 1)]
    assert formats == [number_format(v) for v in _values_in_order(three_year_project)]
    assert {ws.cell(r, 8).number_format for r in range(2, ws.max_row + 1) if ws.cell(r, 8).value} == {"0"}


def _values_in_order(project):
    for sheet in project.sheets:
        for _, ind in sheet.all_indicators():
            yield from (v for v in (ind.baseline, *(ind.actual(y) for y in project.settings.year_labels),
                                    ind.target) if v is not None)
        for label in project.settings.year_labels:
            entry = sheet.budget.get(label)
            if entry:
                yield from (v for v in (entry.cost_thousand_yen, entry.execution_rate_percent) if v is not None)


def test_a_project_without_sheets_exports_empty_tables():
    from evaleditor.model import Project

    book = load(export(Project()))
    assert book.sheetnames == [labels.SUMMARY_SHEET, labels.DATA_SHEET]
    assert ws_rows(book[labels.SUMMARY_SHEET]) == [["施策番号", "施策名", "指標区分", "指標名", "単位",
                                                    "改訂計画 策定時", "目標値", "方向", "達成率(%)",
                                                    "進捗率(%)", "評価"]]
    assert len(ws_rows(book[labels.DATA_SHEET])) == 1
