"""Print setup, merged borders, fonts, row heights and page breaks of the exported sheets."""

import subprocess
import sys
from pathlib import Path

import pytest

from evaleditor.exchange.xlsx import labels
from evaleditor.exchange.xlsx.heights import MAX_ROW_HEIGHT, split_into_rows, wrap_line
from evaleditor.exchange.xlsx.layout import PlanBuilder
from evaleditor.exchange.xlsx.pages import paginate
from evaleditor.exchange.xlsx.paper import page_capacity
from evaleditor.exchange.xlsx.richtext import html_lines, lines_text
from evaleditor.model import Topic
from tests import factories
from tests.exchange.xlsx.reading import export, load

ROOT = Path(__file__).resolve().parents[3]


def test_print_setup_is_a4_portrait_one_page_wide(six_year_project):
    book = load(export(six_year_project))
    for sheet, ws in zip(six_year_project.sheets, book.worksheets):
        assert ws.page_setup.paperSize == 9 and ws.page_setup.orientation == "portrait"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_options.horizontalCentered
        assert ws.print_area == f"'{ws.title}'!$A$1:$N${ws.max_row}"  # ten columns for six years, four computed
        assert sheet.policy_number in ws.oddFooter.left.text and ws.oddFooter.right.text == "&P / &N"
        assert ws.page_margins.left == 0.5


def test_every_cell_of_a_merged_range_has_its_borders(three_year_project):
    ws = load(export(three_year_project)).worksheets[0]
    assert len(ws.merged_cells.ranges) > 10
    for merged in ws.merged_cells.ranges:
        if merged.min_row == 1 or ws.cell(merged.min_row, merged.min_col).style.endswith(" note"):
            continue  # the title and the legends under the indicator tables have no frame
        for row in range(merged.min_row, merged.max_row + 1):
            assert ws.cell(row, merged.min_col).border.left.style == "thin"
            assert ws.cell(row, merged.max_col).border.right.style == "thin"
        for col in range(merged.min_col, merged.max_col + 1):
            assert ws.cell(merged.min_row, col).border.top.style == "thin"
            assert ws.cell(merged.max_row, col).border.bottom.style == "thin"


def test_indicator_header_has_two_levels_over_any_number_of_years(six_year_project):
    ws = load(export(six_year_project)).worksheets[0]
    first = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == labels.NAME)
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert f"A{first}:A{first + 1}" in merged and f"D{first}:I{first}" in merged
    assert ws.cell(first, 4).value == labels.ACTUALS
    assert [ws.cell(first + 1, c).value for c in range(4, 10)] == six_year_project.settings.year_labels


def test_fonts_come_from_the_settings(three_year_project):
    three_year_project.settings.font_name = "游ゴシック"
    three_year_project.settings.font_size = 11
    ws = load(export(three_year_project)).worksheets[0]
    fonts = {(c.font.name, c.font.sz) for row in ws.iter_rows() for c in row if c.value is not None}
    assert fonts == {("游ゴシック", 11), ("游ゴシック", 15)}  # the title is larger


@pytest.mark.parametrize(("name", "size", "expected"), [
    ("", 10, ("BIZ UDゴシック", 10)), ("  \x00", 0, ("BIZ UDゴシック", 10)), ("A" * 40, 500, ("A" * 31, 10)),
    ("MS ゴシック", 10.5, ("MS ゴシック", 10.5)),
])
def test_unusable_font_settings_fall_back_to_the_defaults(name, size, expected):
    project = factories.project(["4年度", "5年度"], sheets=1, indicators=1, topics=1)
    project.settings.font_name, project.settings.font_size = name, size
    ws = load(export(project)).worksheets[0]
    body = ws.cell(3, 2)  # 施策名
    assert (body.font.name, body.font.sz) == expected


def test_row_heights_follow_the_text():
    project = factories.project(["4年度", "5年度"], sheets=1, indicators=1, topics=3)
    topics = project.sheets[0].topics
    topics[0].result = "<p>短い。</p>"
    topics[1].result = "<p>" + "長い文章です。" * 40 + "</p>"
    topics[2].result = "<p>" + "長い文章です。" * 80 + "</p>"
    ws = load(export(project)).worksheets[0]
    col_a = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    results = range(col_a.index(labels.RESULTS) + 2, col_a.index(labels.ISSUES) + 1)
    rows = {col_a[r - 1].split("\n")[0]: ws.row_dimensions[r].height for r in results}
    assert rows["「課題0」"] < rows["「課題1」"] < rows["「課題2」"] <= MAX_ROW_HEIGHT


def test_wrapping_counts_full_width_characters_as_two_half_width_ones():
    assert len(wrap_line("あ" * 20, 10)) == 2
    assert len(wrap_line("a" * 18, 10)) == 1
    assert wrap_line("word " * 4 + "longerword", 12)[0] == (0, 20)  # Latin words wrap whole
    assert len(wrap_line("", 10)) == 1


def test_split_into_rows_loses_nothing_and_respects_the_limit():
    lines = html_lines("<p>" + "あいうえお" * 100 + "</p><p>短い</p>" * 30)
    pieces = split_into_rows(lines, 20, 7)
    assert all(sum(len(wrap_line(lines_text([line]), 20)) for line in piece) <= 7 for piece in pieces)
    assert "".join(lines_text(p).replace("\n", "") for p in pieces) == lines_text(lines).replace("\n", "")


def many_topics_project():
    project = factories.project(["4年度", "5年度", "6年度", "7年度"], sheets=1, indicators=4, topics=0)
    project.sheets[0].topics = [
        Topic(heading=f"取組{t}", result="<p>" + "成果の説明文です。" * (10 + 7 * t) + "</p>",
              issue="<p>" + "課題の説明です。" * (5 + 3 * t) + "</p>", policy="<p>方針です。</p>")
        for t in range(12)]
    return project


def test_page_breaks_fall_between_units_never_inside_a_topic():
    project = many_topics_project()
    plan = PlanBuilder(project.settings, project.sheets).build(project.sheets[0], 0)  # as the export builds it
    pagination = paginate(plan)
    rows = plan.rows
    assert len(pagination.breaks) >= 2
    for after in pagination.breaks:
        assert rows[after].unit_start  # the row after a break starts a section or a topic
    capacity = page_capacity(pagination.scale)
    starts = [0, *pagination.breaks, len(rows)]
    title = pagination.title_rows
    for first, end in zip(starts, starts[1:]):
        repeated = sum(r.height for r in rows[title[0] - 1:title[1]]) if title and first >= title[1] else 0
        assert repeated + sum(r.height for r in rows[first:end]) <= capacity
    ws = load(export(project)).worksheets[0]
    assert [b.id for b in ws.row_breaks.brk] == pagination.breaks
    assert ws.print_title_rows == f"${title[0]}:${title[1]}"
    assert ws.cell(title[0], 1).value == labels.ISSUES  # the section running over the last pages


def test_cli_exports_a_workbook(tmp_path):
    out = tmp_path / "out.xlsx"
    result = subprocess.run([sys.executable, "-m", "evaleditor", "export",
                             ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj", "-o", out],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert load(out.read_bytes()).sheetnames == ["施策4", "一覧", "機械判読用"]


def test_importing_the_export_package_loads_neither_openpyxl_nor_pandas():
    code = ("import sys, evaleditor.exchange.xlsx, evaleditor.exchange.formats\n"
            "print(sorted(m for m in ('openpyxl', 'pandas') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.mark.parametrize("years", [0, 1, 9])
def test_any_number_of_years_exports(years):
    labels_ = [f"{y + 1}年度" for y in range(years)]
    project = factories.project(labels_ + ["x年度", "y年度"], sheets=1)
    project.settings.years = project.settings.years[:years]
    project.settings.target_label = ""
    ws = load(export(project)).worksheets[0]
    assert ws.max_column == 4 + years + 4  # 方向, 達成率, 進捗率, 評価 after the target
    assert ws.cell(ws.max_row, 1).value is not None


def test_progress_is_reported_per_sheet(three_year_project):
    from evaleditor.exchange.xlsx import export_xlsx

    calls = []
    data = export_xlsx(three_year_project, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]
    assert len(load(data).sheetnames) == 4


def test_a_topic_longer_than_a_page_starts_right_after_its_label():
    project = factories.project(["4年度", "5年度"], sheets=1, indicators=1, topics=1)
    project.sheets[0].topics[0].result = "<p>" + "長い成果の文章です。" * 1200 + "</p>"
    plan = PlanBuilder(project.settings).build(project.sheets[0], 0)
    rows = plan.rows
    label = next(i for i, row in enumerate(rows) if row.cells[0].text == labels.RESULTS)
    pagination = paginate(plan)
    assert len(pagination.breaks) >= 2
    assert label not in pagination.breaks and label + 1 not in pagination.breaks  # page 1 holds label and text
    assert all(rows[after].break_ok or rows[after].unit_start for after in pagination.breaks)
    assert sum(r.height for r in rows[:label + 2]) <= page_capacity(pagination.scale)
