"""Exporting some of a project's sheets: choosing them by 施策番号 and the project they are written as."""

from __future__ import annotations

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.sheet_choice import sheets_numbered, with_sheets
from evaleditor.exchange.xlsx import export_xlsx
from evaleditor.exchange.xlsx.labels import DATA_SHEET, SUMMARY_SHEET
from tests import factories
from tests.exchange.xlsx.reading import load


def test_numbers_match_after_normalisation_in_the_projects_order():
    project = factories.project(["4年度", "5年度"], sheets=4)
    project.sheets[2].policy_number = "４－２"
    chosen = sheets_numbered(project, ["4-2", " 1-2 ", "1-2"])
    assert chosen == [project.sheets[0], project.sheets[2]]


def test_an_unknown_number_names_the_file_and_the_numbers_there():
    project = factories.project(["4年度", "5年度"], sheets=2)
    with pytest.raises(InputError) as raised:
        sheets_numbered(project, ["9"], "提出.evproj")
    assert str(raised.value) == "提出.evproj: 施策番号「9」のシートがありません（このプロジェクトの施策番号: 1-2、2-3）"


def test_a_number_of_several_sheets_is_refused_naming_them():
    project = factories.project(["4年度", "5年度"], sheets=3)
    project.sheets[2].policy_number = "１－２"
    with pytest.raises(InputError) as raised:
        sheets_numbered(project, ["1-2"], "p.evproj")
    assert "施策番号「1-2」のシートが 2 枚あります（シート1、シート3）" in str(raised.value)
    with pytest.raises(InputError):
        sheets_numbered(project, [""], "p.evproj")  # an empty number names no sheet


def test_the_chosen_sheets_keep_the_whole_projects_year_under_review():
    project = factories.project(["4年度", "5年度", "6年度"], sheets=2)
    for _, indicator in project.sheets[0].all_indicators():
        indicator.actuals.pop("6年度", None)
    assert project.review_year() == "6年度" and project.settings.review_year is None
    alone = with_sheets(project, [project.sheets[0]])
    assert alone.sheets == [project.sheets[0]] and alone.review_year() == "6年度"
    assert project.settings.review_year is None  # the project itself is unchanged


def test_a_workbook_of_one_sheet_lists_only_that_sheet():
    project = factories.project(["4年度", "5年度"], sheets=3)
    book = load(export_xlsx(with_sheets(project, [project.sheets[1]])))
    assert book.sheetnames == ["施策2-3", SUMMARY_SHEET, DATA_SHEET]
    for name in (SUMMARY_SHEET, DATA_SHEET):
        numbers = {row[0] for row in book[name].iter_rows(min_row=2, values_only=True) if row[0]}
        assert numbers == {"2-3"}, name
