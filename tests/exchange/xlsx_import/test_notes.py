"""What cannot be used is skipped and reported by worksheet, cell and reason; nothing is invented."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from evaleditor.exchange.xlsx_import import import_workbook
from evaleditor.model import BudgetEntry
from tests import factories
from tests.exchange.xlsx_import import packages
from tests.exchange.xlsx_import.builder import write_workbook
from tests.exchange.xlsx_import.test_layouts import expected


@pytest.fixture
def project():
    return factories.project(year_labels=["2年度", "3年度", "4年度", "5年度"], sheets=2)


def find(ws, text):
    return next(c for row in ws.iter_rows() for c in row if c.value == text)


def edit(path, change):
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)
    return path


def notes_of(result):
    return [(n.worksheet, n.cell, n.message) for n in result.notes]


def test_a_value_that_is_not_a_number_is_skipped_and_located(tmp_path, project):
    def change(book):
        ws = book["施策1-2"]
        ws.cell(find(ws, "指標0-0（年間）").row, 4).value = "多い"  # D: 2年度
    book = edit(write_workbook(tmp_path / "b.xlsx", project), change)
    result = import_workbook(book)
    assert notes_of(result) == [("施策1-2", "D7", "「多い」は数値ではありません（この値は取り込みませんでした）")]
    first = result.project.sheets[0].indicator_groups[0].indicators[0]
    assert "2年度" not in first.actuals and first.actuals == {"4年度": 2}
    assert result.notes[0].one_line("b.xlsx") == "b.xlsx: '施策1-2'!D7: 「多い」は数値ではありません（この値は取り込みませんでした）"


def test_missing_parts_import_the_rest(tmp_path, project):
    def change(book):
        ws = book["施策1-2"]
        start = find(ws, "関連事業").row
        for rng in list(ws.merged_cells.ranges):
            if rng.min_row >= start:
                ws.unmerge_cells(str(rng))
        ws.delete_rows(start, 6)  # 関連事業 and 決算額 with their rows
    book = edit(write_workbook(tmp_path / "b.xlsx", project), change)
    result = import_workbook(book)
    assert notes_of(result) == [("施策1-2", "", "関連事業が見つかりません"), ("施策1-2", "", "決算額が見つかりません")]
    sheet = result.project.sheets[0]
    assert sheet.programs == [] and sheet.budget == {}
    assert sheet.topics == project.sheets[0].topics
    assert result.project.sheets[1].budget == project.sheets[1].budget


def test_worksheet_with_other_years_is_skipped_with_a_note(tmp_path, project):
    other = factories.project(year_labels=["3年度", "4年度", "5年度", "6年度"], sheets=1)
    path = tmp_path / "b.xlsx"
    write_workbook(path, project)
    extra = tmp_path / "extra.xlsx"
    write_workbook(extra, other)

    def change(book):
        source = openpyxl.load_workbook(extra)["施策1-2"]
        target = book.create_sheet("昨年度")
        for row in source.iter_rows():
            for cell in row:
                target.cell(cell.row, cell.column).value = cell.value
    result = import_workbook(edit(path, change))
    assert len(result.project.sheets) == 2
    assert notes_of(result) == [("昨年度", "D6", "年度の列（3年度、4年度、5年度、6年度）が最初のシートの年度（2年度、3年度、4年度、5年度）"
                                 "と違うため、このワークシートは取り込みませんでした。年度ごとに別のプロジェクトに取り込んでください")]


def test_unknown_column_and_year_outside_the_project(tmp_path, project):
    def change(book):
        ws = book["施策1-2"]
        ws.cell(find(ws, "指標名").row, 10).value = "備考"
        ws.cell(find(ws, "指標0-0（年間）").row, 10).value = 0.5
        budget_years = find(ws, "事業費(千円)").row - 1
        ws.cell(budget_years, 6).value = "9年度"  # was 5年度
        ws.cell(budget_years + 1, 6).value = 1000
    result = import_workbook(edit(write_workbook(tmp_path / "b.xlsx", project), change))
    assert notes_of(result) == [
        ("施策1-2", "J5", "列「備考」は読み取れない列のため、この列を読み飛ばしました"),
        ("施策1-2", "J7", "「0.5」はどの項目にも当たらないため読み飛ばしました"),
        ("施策1-2", "F17", "年度「9年度」はプロジェクトの年度（2年度、3年度、4年度、5年度）にないため、この列を読み飛ばしました"),
    ]


@pytest.mark.parametrize("headings", [("達成率", "進捗率", "評価"), ("達成率(%)", "進捗率（％）", "評価")])
def test_computed_columns_are_skipped_and_never_imported(tmp_path, project, headings):
    def change(book):
        ws = book["施策1-2"]
        header = find(ws, "指標名").row
        for offset, heading in enumerate(headings):
            ws.cell(header, 10 + offset).value = heading
        for row in range(header + 2, header + 5):
            ws.cell(row, 10).value, ws.cell(row, 11).value, ws.cell(row, 12).value = 67.3, "—", "C"
    result = import_workbook(edit(write_workbook(tmp_path / "b.xlsx", project), change))
    assert notes_of(result) == []
    assert result.project.sheets[0].indicator_groups == expected(project).sheets[0].indicator_groups  # no 方向 column


def test_label_variants_label_left_layout_and_transposed_budget(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "施策12"
    rows = [
        ["令和4年度 事務事業評価シート"],
        [],
        ["施策名", "１２－３　地域の安全を守る", None, "所管部", "市民部、\n消防本部"],
        [],
        ["活動指標"],
        ["指標", "単位", "基準値", "R3年度", "R4年度", "目標値（R7年度）", "方向"],
        ["防災訓練の参加者数", "人", "1,200", "１，３４０", "－", 2000, "↑"],
        ["火災件数", "件", 30, 28, "25", 20, "低いほど良い"],
        [],
        ["主な事業", "防災訓練事業\n消防団活動支援事業"],
        ["決算状況"],
        ["年度", "事業費（千円）", "執行率（％）"],
        ["R3年度", "12,345", 0.9],
        ["R4年度", None, None],
        ["取組の成果"],
        ["「防災」\n\n訓練を実施した。\n\n「消防」\n\n団員を確保した。"],
        ["今後の課題", None, None, "今後の方向性"],
        ["「防災」\n参加者を増やす。", None, None, "「防災」\n周知を強める。"],
    ]
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            ws.cell(r, c).value = value
    ws["C13"].number_format = "0%"
    path = tmp_path / "variant.xlsx"
    book.save(path)
    result = import_workbook(path)
    assert result.notes == []
    project = result.project
    assert project.settings.year_labels == ["R3年度", "R4年度"]
    assert [y.western_year for y in project.settings.years] == [2021, 2022]
    assert project.settings.baseline_label == "基準値"
    assert project.settings.target_label == "目標値（R7年度）"
    assert project.settings.title == "令和4年度 事務事業評価シート"
    sheet = project.sheets[0]
    assert (sheet.policy_number, sheet.policy_name) == ("12-3", "地域の安全を守る")
    assert sheet.departments == ["市民部", "消防本部"]
    group = sheet.indicator_groups[0]
    assert group.name == "活動指標"
    people, fires = group.indicators
    assert (people.baseline, people.actuals, people.target, people.direction.value) == (
        1200, {"R3年度": 1340}, 2000, "higher")
    assert (fires.actuals, fires.direction.value) == ({"R3年度": 28, "R4年度": 25}, "lower")
    assert sheet.programs == ["防災訓練事業", "消防団活動支援事業"]
    assert sheet.budget == {"R3年度": BudgetEntry(12345, 90)}
    assert [(t.heading, t.result, t.issue, t.policy) for t in sheet.topics] == [
        ("防災", "<p>訓練を実施した。</p>", "<p>参加者を増やす。</p>", "<p>周知を強める。</p>"),
        ("消防", "<p>団員を確保した。</p>", "", ""),
    ]


def test_issue_without_a_matching_result_heading_becomes_its_own_topic(tmp_path, project):
    def change(book):
        ws = book["施策1-2"]
        cell = find(ws, "施策を推進する上での「課題」")
        below = ws.cell(cell.row + 1, cell.column)
        below.value = "<p>「新しい課題」</p><p>本文</p>"
    result = import_workbook(edit(write_workbook(tmp_path / "b.xlsx", project), change))
    topics = result.project.sheets[0].topics
    assert [t.heading for t in topics] == ["課題0", "課題1", "新しい課題"]
    assert topics[2].issue == "<p>本文</p>" and topics[2].result == ""
    assert topics[0].issue == ""  # the old 課題 text was replaced in the workbook, nothing is made up
    assert [n.message for n in result.notes] == [
        "課題の「新しい課題」に対応する成果の見出しがないため、別の項目として取り込みました"]


def test_policy_number_typed_as_a_date(tmp_path, project):
    def change(book):
        ws = book["施策1-2"]
        cell = find(ws, "1-2 -")
        cell.value = dt.datetime(2026, 4, 2)
        cell.number_format = "m/d"
    result = import_workbook(edit(write_workbook(tmp_path / "b.xlsx", project), change))
    assert result.project.sheets[0].policy_number == "4-2"
    assert [n.cell for n in result.notes] == ["A3"] and "日付" in result.notes[0].message


def test_rich_shared_strings_without_phonetic_guides(tmp_path):
    """Excel keeps text in the shared-string table, formatted runs and furigana (<rPh>) included."""
    sst = (f"<sst {packages.NS}>"
           "<si><t>施策名</t><rPh sb=\"0\" eb=\"2\"><t>シサクメイ</t></rPh></si>"
           "<si><t>7 -</t></si><si><t>まちづくり</t></si><si><t>施策の推進に向けた主な取組の「成果」</t></si>"
           "<si><r><rPr><b/></rPr><t>「整備」</t></r><r><t xml:space=\"preserve\">\n道路を</t></r>"
           "<r><rPr><color rgb=\"FFFF0000\"/></rPr><t>直した</t></r></si></sst>").encode()
    rows = [f'<row r="1">{packages.shared(1, "A", 0)}</row>',
            f'<row r="2">{packages.shared(2, "A", 1)}{packages.shared(2, "B", 2)}</row>',
            f'<row r="3">{packages.shared(3, "A", 3)}</row>', f'<row r="4">{packages.shared(4, "A", 4)}</row>']
    path = packages.write(tmp_path / "excel.xlsx", packages.parts(packages.sheet_xml(rows), sst))
    result = import_workbook(path)
    sheet = result.project.sheets[0]
    assert (sheet.policy_number, sheet.policy_name) == ("7", "まちづくり")
    assert [(t.heading, t.result) for t in sheet.topics] == [
        ("整備", '<p>道路を<span style="color:#ff0000">直した</span></p>')]
    assert [n.message for n in result.notes] == [
        "成果指標の表が見つかりません", "関連事業が見つかりません", "決算額が見つかりません", "関係部が見つかりません"]


def test_separate_number_label_hidden_worksheet_and_a_second_policy(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "まとめ"
    ws.sheet_state = "hidden"
    rows = [
        ["施策番号", "施策名", None, "関係部"],
        ["3-1", "子育て 支援", None, "こども部"],
        ["関連事業"],
        ["保育事業"],
        ["施策番号", "施策名"],
        ["3-2", "次の施策"],
        ["関連事業"],
        ["別の事業"],
    ]
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            ws.cell(r, c).value = value
    book.create_sheet("表紙")
    path = tmp_path / "b.xlsx"
    book.save(path)
    result = import_workbook(path)
    (sheet,) = result.project.sheets
    assert (sheet.policy_number, sheet.policy_name, sheet.departments, sheet.programs) == (
        "3-1", "子育て 支援", ["こども部"], ["保育事業"])
    assert notes_of(result) == [
        ("まとめ", "", "非表示のワークシートです（取り込みました）"),
        ("まとめ", "", "成果指標の表が見つかりません"),
        ("まとめ", "", "決算額が見つかりません"),
        ("まとめ", "", "「成果」が見つかりません"),
        ("まとめ", "A5", "1 つのワークシートに 2 つ目の施策があります。最初の施策だけを取り込みました"),
        ("表紙", "", "空のワークシートのため読み飛ばしました"),
    ]


def test_label_beside_values_numeric_policy_number_and_budget_rows_labelled_like_the_part(tmp_path):
    book = openpyxl.Workbook()
    rows = [
        ["施策名", 5, "健康づくり", "関係部", "健康部"],
        ["関連事業", "健診事業 予防事業"],
        ["決算額", "2年度", "3年度"],
        ["決算額(千円)", "1,000", "２，０００"],
        ["執行率(%)", "99.5", "－"],
        ["施策の推進に向けた主な取組の「成果」", "「健診」\n受診者が増えた。"],
    ]
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            book.active.cell(r, c).value = value
    path = tmp_path / "b.xlsx"
    book.save(path)
    result = import_workbook(path)
    sheet = result.project.sheets[0]
    assert (sheet.policy_number, sheet.policy_name, sheet.departments) == ("5", "健康づくり", ["健康部"])
    assert sheet.programs == ["健診事業", "予防事業"]
    assert sheet.budget == {"2年度": BudgetEntry(1000, 99.5), "3年度": BudgetEntry(2000, None)}
    assert [(t.heading, t.result) for t in sheet.topics] == [("健診", "<p>受診者が増えた。</p>")]
    assert [n.message for n in result.notes] == ["成果指標の表が見つかりません"]


def test_values_with_their_unit_and_year_headings_with_suffixes(tmp_path):
    book = openpyxl.Workbook()
    rows = [
        ["施策名", "6 -", "福祉"],
        ["成果指標"],
        ["指標名", "単位", "現状値", "令和2年度\n(2020)", "3年度実績", "目標値"],
        ["相談件数", "件", "120件", "１３０件", "140", "150"],
        ["満足度", "%", "50%", "55.5％", "多い", "60"],
        ["決算額"],
        [None, "2年度", "3年度"],
        ["事業費(千円)", "1,200千円", None],
        ["執行率(%)", "98.5%", None],
    ]
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            book.active.cell(r, c).value = value
    path = tmp_path / "b.xlsx"
    book.save(path)
    result = import_workbook(path)
    project = result.project
    assert project.settings.year_labels == ["令和2年度 (2020)", "3年度実績"]  # a line break reads as a space
    assert [y.western_year for y in project.settings.years] == [2020, 2021]
    count, satisfaction = project.sheets[0].indicator_groups[0].indicators
    assert (count.baseline, count.actuals, count.target) == (120, {"令和2年度 (2020)": 130, "3年度実績": 140}, 150)
    assert (satisfaction.baseline, satisfaction.actuals) == (50, {"令和2年度 (2020)": 55.5})
    assert project.sheets[0].budget == {"令和2年度 (2020)": BudgetEntry(1200, 98.5)}
    assert [(n.cell, n.message) for n in result.notes if n.cell] == [
        ("E5", "「多い」は数値ではありません（この値は取り込みませんでした）")]


def test_a_baseline_column_labelled_with_a_year(tmp_path):
    book = openpyxl.Workbook()
    rows = [
        ["施策名", "7 -", "環境"],
        ["成果指標"],
        ["指標名", "単位", "平成30年度", "実績値", None, "令和7年度"],
        [None, None, None, "令和2年度", "令和3年度"],
        ["緑地面積", "ha", 10, 11, 12, 15],
    ]
    for r, values in enumerate(rows, 1):
        for c, value in enumerate(values, 1):
            book.active.cell(r, c).value = value
    path = tmp_path / "b.xlsx"
    book.save(path)
    project = import_workbook(path).project
    assert project.settings.year_labels == ["令和2年度", "令和3年度"]
    assert (project.settings.baseline_label, project.settings.target_label) == ("平成30年度", "令和7年度")
    (green,) = project.sheets[0].indicator_groups[0].indicators
    assert (green.baseline, green.actuals, green.target) == (10, {"令和2年度": 11, "令和3年度": 12}, 15)
