"""Export → import gives back the same sheets (runs once the Excel exporter is registered for .xlsx)."""

from __future__ import annotations

import pytest

from evaleditor.exchange import formats
from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.exchange.xlsx_import import import_workbook
from evaleditor.model import Direction
from tests import factories
from tests.exchange.xlsx_import.test_layouts import assert_same_content, expected

pytestmark = pytest.mark.skipif(".xlsx" not in formats.EXPORTERS, reason="no Excel exporter registered yet")


def exported(tmp_path, project):
    path = tmp_path / "export.xlsx"
    path.write_bytes(formats.export_bytes(project, path))
    return import_workbook(path)


@pytest.mark.parametrize("years", [["4年度", "5年度", "6年度"], ["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"]])
def test_multi_sheet_projects_round_trip(tmp_path, years):
    project = factories.project(year_labels=years, sheets=3, indicators=4, topics=3)
    project.sheets[1].topics[0].result = "<p>" + "長い段落の文章です、" * 300 + "終わり。</p><p></p><p>次の段落。</p>"
    result = exported(tmp_path, project)
    assert all(n.cell == "" and "評価シートではない" in n.message for n in result.notes), result.notes
    assert_same_content(result.project, expected(project, directions=True))


def test_sample_round_trips(tmp_path, sample_json):
    project = read_exchange(sample_json)
    result = exported(tmp_path, project)
    assert result.project.sheets == project.sheets
    assert result.project.settings.years == project.settings.years
    # written as 改訂計画 / 策定時 and 5年度 / 目標値 in their narrow columns, read back with their spaces
    assert result.project.settings.baseline_label == project.settings.baseline_label == "改訂計画 策定時"
    assert result.project.settings.effective_target_label() == project.settings.effective_target_label()


@pytest.mark.parametrize("charts", [False, True])
def test_directions_round_trip(tmp_path, three_year_project, charts):
    three_year_project.settings.excel_charts = charts  # charts, the legend and computed columns are skipped
    assert {ind.direction for s in three_year_project.sheets for _, ind in s.all_indicators()} == set(Direction)
    result = exported(tmp_path, three_year_project)
    assert all(n.cell == "" and "評価シートではない" in n.message for n in result.notes), result.notes
    assert result.project.sheets == three_year_project.sheets
