"""Workbooks in the published layout and its real-world variants import to exactly their content."""

from __future__ import annotations

import copy

import pytest

from evaleditor.exchange.sheets_json import dumps_exchange, read_exchange
from evaleditor.exchange.xlsx_import import import_workbook
from evaleditor.model import Direction, Project, richtext
from evaleditor.model.richtext import Block, Run
from tests import factories
from tests.exchange.xlsx_import.builder import Style, write_workbook


def expected(project: Project, *, directions: bool = False, plain: bool = False) -> Project:
    """What a workbook can carry of ``project``: directions only with a 方向 column, no formatting in plain text."""
    out = copy.deepcopy(project)
    for sheet in out.sheets:
        for _, ind in sheet.all_indicators():
            if not directions:
                ind.direction = Direction.HIGHER
        if plain:
            for topic in sheet.topics:
                for part in ("result", "issue", "policy"):
                    blocks = [Block([Run(b.text)], b.bullet) for b in richtext.parse(getattr(topic, part))]
                    setattr(topic, part, richtext.to_html(blocks))
    return out


def assert_same_content(imported: Project, want: Project) -> None:
    got, exp = imported.settings, want.settings
    assert [(y.label, y.western_year) for y in got.years] == [(y.label, y.western_year) for y in exp.years]
    assert got.baseline_label == exp.baseline_label
    assert got.effective_target_label() == exp.effective_target_label()
    assert got.title == exp.title
    assert len(imported.sheets) == len(want.sheets)
    for mine, theirs in zip(imported.sheets, want.sheets):
        assert mine.policy_number == theirs.policy_number
        assert mine.policy_name == theirs.policy_name
        assert mine.departments == theirs.departments
        assert [g.name for g in mine.indicator_groups] == [g.name for g in theirs.indicator_groups]
        for g_mine, g_theirs in zip(mine.indicator_groups, theirs.indicator_groups):
            assert g_mine.indicators == g_theirs.indicators
        assert mine.programs == theirs.programs
        assert mine.budget == theirs.budget
        assert mine.topics == theirs.topics
        assert mine == theirs


def test_sample_workbook_imports_to_the_sample_json(sample_xlsx, sample_json):
    result = import_workbook(sample_xlsx)
    assert result.notes == []
    assert result.project == read_exchange(sample_json)
    assert dumps_exchange(result.project) == sample_json.read_bytes()


def test_sample_values_one_by_one(sample_xlsx):
    project = import_workbook(sample_xlsx).project
    sheet = project.sheets[0]
    assert (sheet.policy_number, sheet.policy_name, sheet.departments) == ("4", "産業の活性化を促進する", ["産業振興部"])
    assert project.settings.year_labels == ["2年度", "3年度", "4年度", "5年度"]
    assert [y.western_year for y in project.settings.years] == [2020, 2021, 2022, 2023]
    consult = sheet.indicator_groups[0].indicators[2]
    assert (consult.name, consult.unit, consult.baseline, consult.actuals, consult.target) == (
        "経営に関する相談件数（年間）", "件", 248, {"2年度": 2449}, 300)
    assert sheet.budget["2年度"].cost_thousand_yen == 1539950
    assert sheet.budget["2年度"].execution_rate_percent == 95.43
    assert [t.heading for t in sheet.topics][3] == "「知」の集積と活用"
    assert sheet.topics[1].issue.startswith("<p>新型コロナウイルス感染症の影響により、副業の機運")


STYLES = {
    "published": Style(),
    "offsets": Style(top_rows=2, left_cols=1, heading_above="令和5年度 テスト市 行政評価", blank_rows=True),
    "one cell 施策, no merges": Style(one_cell_policy=True, merge=False),
    "numbers as text": Style(numbers="text", none_mark="－"),
    "full-width numbers": Style(numbers="fullwidth", none_mark="-", full_width_labels=True),
    "rich text": Style(topics="rich", programs="lines", departments="\n"),
    "one row per topic": Style(topics="rows", programs="cells", departments="cells"),
    "direction column": Style(direction_column=True, short_group_titles=True, number_suffix=""),
}


@pytest.mark.parametrize("name", STYLES)
@pytest.mark.parametrize("years", [["4年度", "5年度", "6年度"], ["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"]])
def test_variants_import_exactly(tmp_path, name, years):
    project = factories.project(year_labels=years, sheets=3)
    style = STYLES[name]
    book = write_workbook(tmp_path / "book.xlsx", project, style)
    result = import_workbook(book)
    if style.heading_above:  # a line above the sheet is not part of it: skipped, and said so
        assert [(n.worksheet, n.cell) for n in result.notes] == [
            (f"施策{s.policy_number}", "B3") for s in project.sheets]
        assert all(style.heading_above in n.message for n in result.notes)
    else:
        assert result.notes == []
    assert_same_content(result.project, expected(project, directions=style.direction_column))


def test_plain_topics_separated_by_blank_lines(tmp_path):
    project = factories.project(year_labels=["2年度", "3年度", "4年度", "5年度"], sheets=2, topics=3)
    book = write_workbook(tmp_path / "book.xlsx", project, Style(topics="plain"))
    cell = __import__("openpyxl").load_workbook(book).worksheets[0]
    text = next(c.value for row in cell.iter_rows() for c in row if isinstance(c.value, str) and "「課題0」" in c.value)
    assert "\n\n「課題1」\n" in text and "<p>" not in text  # the workbook really is plain text
    result = import_workbook(book)
    assert result.notes == []
    assert_same_content(result.project, expected(project, plain=True))
    assert result.project.sheets[0].topics[0].issue == "<ul><li>一つ目</li><li>二つ目</li></ul>"


def test_summary_and_table_worksheets_are_skipped_with_a_note(tmp_path, three_year_project):
    book = write_workbook(tmp_path / "book.xlsx", three_year_project, summary=True, table=True)
    result = import_workbook(book)
    assert_same_content(result.project, expected(three_year_project))
    assert [(n.worksheet, n.cell) for n in result.notes] == [("一覧", ""), ("機械判読用", "")]
    assert all("評価シートではない" in n.message for n in result.notes)


def test_numbers_as_text_value_by_value(tmp_path):
    project = factories.project(year_labels=["2年度", "3年度"], sheets=1, indicators=3)
    ind = project.sheets[0].indicator_groups[0].indicators[2]
    ind.baseline, ind.actuals, ind.target = 2449, {"2年度": 1234567}, 95.43
    for style in (Style(numbers="text", none_mark="－"), Style(numbers="fullwidth", none_mark="－")):
        book = write_workbook(tmp_path / "book.xlsx", project, style)
        got = import_workbook(book).project.sheets[0].indicator_groups[0].indicators[2]
        assert (got.baseline, got.actuals, got.target) == (2449, {"2年度": 1234567}, 95.43)
        assert isinstance(got.baseline, int) and isinstance(got.target, float)
        first = import_workbook(book).project.sheets[0].indicator_groups[0].indicators[0]
        assert first.actuals == {"2年度": 0}  # 「－」 in 3年度 is no value, not zero


def test_policy_number_styles(tmp_path):
    project = factories.project(year_labels=["2年度", "3年度"], sheets=1)
    sheet = project.sheets[0]
    for number, suffix, one_cell in (("4", " -", False), ("4-2", "", False), ("4-2", "", True), ("12", "", True)):
        sheet.policy_number = number
        book = write_workbook(tmp_path / "book.xlsx", project, Style(number_suffix=suffix, one_cell_policy=one_cell))
        got = import_workbook(book).project.sheets[0]
        assert (got.policy_number, got.policy_name) == (number, sheet.policy_name)
