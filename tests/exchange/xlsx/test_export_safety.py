"""Hostile text exports safely: no formulas, no characters XML cannot hold, nothing cut silently."""

import io
import re
import zipfile
from xml.etree import ElementTree

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.xlsx.cleaning import CELL_LIMIT, clean, sheet_name
from evaleditor.exchange.xlsx.heights import MAX_ROW_HEIGHT
from evaleditor.model import Topic
from tests import factories
from tests.exchange.xlsx.reading import calamine_rows, export, load, texts, ws_rows

FORMULAS = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://example.com","x")']


def hostile_project():
    project = factories.project(["4年度", "5年度", "6年度"], sheets=1, indicators=1, topics=1)
    sheet = project.sheets[0]
    sheet.policy_name, sheet.departments = FORMULAS[0], [FORMULAS[1]]
    ind = sheet.indicator_groups[0].indicators[0]
    ind.name, ind.unit = FORMULAS[2], FORMULAS[3]
    sheet.programs = [FORMULAS[4], "=A1"]
    sheet.topics = [Topic(heading="=見出し", result="<p>=成果</p>", issue="<p><b>=太字</b>の課題</p>",
                          policy="<p>+方針</p>")]
    return project


def test_text_that_looks_like_a_formula_stays_text():
    data = export(hostile_project())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    ws = load(data).worksheets[0]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    have = "\n".join(texts(ws_rows(ws)))
    for text in FORMULAS + ["=A1", "「=見出し」\n=成果", "+方針"]:
        assert text in have
    calamine_have = "\n".join(texts(calamine_rows(data)[load(data).sheetnames[0]]))
    for text in FORMULAS:
        assert text in calamine_have


CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff"


def test_control_characters_are_removed_even_inside_rich_text():
    project = factories.project(["4年度", "5年度"], sheets=1, indicators=1, topics=1)
    sheet = project.sheets[0]
    sheet.policy_name = f"施策{CONTROL}名"
    sheet.indicator_groups[0].indicators[0].name = f"指標\x00名\x1f"
    sheet.programs = ["事業\x0b一"]
    sheet.topics[0].heading = "見出し\x08"
    sheet.topics[0].result = f"<p>前<b>太\x01字</b><span style='color:#ff0000'>赤\x1b</span></p>"
    data = export(project)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                ElementTree.fromstring(archive.read(name))  # every part is well-formed XML
    ws = load(data, rich_text=True).worksheets[0]
    have = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)
    for text in ("施策名", "指標名", "事業一", "「見出し」\n前太字赤"):
        assert text in have
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", have)
    assert texts(calamine_rows(data)[ws.title])


def test_clean_keeps_tabs_and_line_breaks():
    assert clean("a\tb\r\nc\rd\x00e") == "a\tb\nc\nde"


def test_very_long_topic_text_is_split_over_rows_and_nothing_is_lost():
    project = factories.project(["4年度", "5年度"], sheets=1, indicators=1, topics=1)
    paragraph = "とても長い成果の文章です。Long text wraps too. " * 60
    result = "".join(f"<p>{i}:{paragraph}</p>" for i in range(60))  # about 120,000 characters
    assert len(result) > 3 * CELL_LIMIT
    project.sheets[0].topics[0].result = result
    project.sheets[0].topics[0].policy = "<ul>" + "<li>方針の項目</li>" * 500 + "</ul>"
    ws = load(export(project)).worksheets[0]
    rows = ws_rows(ws)
    col_a = [row[0] for row in rows]
    start = col_a.index("施策の推進に向けた主な取組の「成果」") + 1
    end = col_a.index("施策を推進する上での「課題」")
    pieces = [v for v in col_a[start:end] if v]
    assert len(pieces) > 10
    joined = "".join(pieces).replace("\n", "")
    expected = "「課題0」" + "".join(f"{i}:{paragraph}" for i in range(60))
    assert joined == expected
    assert all(len(str(v)) <= CELL_LIMIT for row in rows for v in row if v is not None)
    assert all(ws.row_dimensions[r].height <= MAX_ROW_HEIGHT for r in range(1, ws.max_row + 1))
    policies = "".join(str(v) for row in rows[end:] for v in row[1:] if isinstance(v, str) and "方針の項目" in v)
    assert policies.count("・方針の項目") == 500


def test_a_field_over_the_cell_limit_is_reported_with_sheet_and_place():
    project = factories.project(["4年度", "5年度"], sheets=2, indicators=2, topics=1)
    project.sheets[1].indicator_groups[1].indicators[1].name = "長" * (CELL_LIMIT + 1)
    with pytest.raises(InputError) as caught:
        export(project)
    message = caught.value.one_line()
    assert "施策2-3" in message and "32,767" in message and "32,768" in message
    assert caught.value.place == "sheets[1].indicator_groups[1].indicators[1].name"


@pytest.mark.parametrize(("wanted", "taken", "name"), [
    ("施策4", set(), "施策4"),
    ("施策a/b\\c[d]:e*f?g", set(), "施策a_b_c_d__e_f_g"),
    ("'施策'", set(), "施策"),
    ("施策" + "あ" * 40, set(), "施策" + "あ" * 29),
    ("施策4", {"施策4"}, "施策4(2)"),
    ("施策4", {"施策4", "施策4(2)"}, "施策4(3)"),
    ("ABC", {"abc"}, "ABC(2)"),
    ("施策" + "あ" * 40, {"施策" + "あ" * 29}, "施策" + "あ" * 26 + "(2)"),
    ("", set(), "施策9"),
    ("history", set(), "施策9"),
    ("一覧", {"一覧"}, "一覧(2)"),
])
def test_sheet_names_excel_accepts(wanted, taken, name):
    assert sheet_name(wanted, set(taken), "施策9") == name


def test_worksheets_of_sheets_with_the_same_or_odd_numbers():
    project = factories.project(["4年度", "5年度"], sheets=4, indicators=1, topics=1)
    project.sheets[1].policy_number = project.sheets[0].policy_number
    project.sheets[2].policy_number = "4/5:*"
    project.sheets[3].policy_number = ""
    book = load(export(project))
    assert book.sheetnames == ["施策1-2", "施策1-2(2)", "施策4_5__", "施策4", "一覧", "機械判読用"]
