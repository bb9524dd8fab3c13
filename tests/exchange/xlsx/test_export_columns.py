"""Column widths fitted to what the columns hold, and the print scale they give."""

import pytest

from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.exchange.xlsx.columns import MIN_NAME_WIDTH, NAME_WIDTH, OTHER_WIDTH, ColumnFitter
from evaleditor.exchange.xlsx.layout import PlanBuilder
from evaleditor.exchange.xlsx.pages import paginate
from evaleditor.exchange.xlsx.paper import print_scale
from evaleditor.model import BudgetEntry
from tests import factories
from tests.exchange.xlsx.reading import export, load


def test_the_sample_prints_at_80_percent_or_larger(sample_json):
    project = read_exchange(sample_json)
    builder = PlanBuilder(project.settings, project.sheets)
    assert print_scale(builder.columns.widths()) >= 0.80
    assert paginate(builder.build(project.sheets[0], 0)).scale >= 0.80  # the scale the page breaks use
    assert MIN_NAME_WIDTH <= builder.columns.name_width <= NAME_WIDTH


def test_only_the_year_columns_widen_for_the_budget(sample_json):
    project = read_exchange(sample_json)
    cols = PlanBuilder(project.settings, project.sheets).columns
    fitter = ColumnFitter(project.settings, 10.0, project.review_year())
    budget = fitter.number_width([1539950])
    assert cols.year_width >= budget  # 1,539,950 千円 shows without ###
    assert cols.baseline_width < budget and cols.target_width < budget  # they hold the indicators' numbers only
    assert cols.unit_width == cols.direction_width == cols.rating_width == fitter.text_width(1.0)  # 件, ↑, A


@pytest.mark.parametrize("years", [0, 1, 3, 6, 10])
def test_every_column_holds_its_widest_number(years):
    labels = [f"{2 + y}年度" for y in range(max(years, 1))]
    project = factories.project(labels, sheets=2, indicators=3)
    if years == 0:
        project.settings.years = []
    sheet = project.sheets[0]  # its first group holds three indicators
    for label in labels:
        sheet.budget[label] = BudgetEntry(9876543, 100.25)
    sheet.indicator_groups[0].indicators[0].baseline = 123456.5
    sheet.indicator_groups[0].indicators[1].target = 7654321
    cols = PlanBuilder(project.settings, project.sheets).columns
    fitter = ColumnFitter(project.settings, 10.0, project.review_year())
    assert cols.baseline_width >= fitter.number_width([123456.5])
    assert cols.target_width >= fitter.number_width([7654321])
    if years:
        assert cols.year_width >= fitter.number_width([9876543])
    assert MIN_NAME_WIDTH <= cols.name_width <= NAME_WIDTH
    widths = cols.widths()
    assert len(widths) == 8 + years
    # column A narrows as far as it may before the scale drops below 80 %, and no further than needed
    assert print_scale(widths) >= 0.80 or cols.name_width == MIN_NAME_WIDTH
    assert print_scale(widths) >= 0.85 or cols.name_width < NAME_WIDTH


def test_small_projects_share_the_published_width():
    project = factories.project(["4年度", "5年度"], sheets=1)
    cols = PlanBuilder(project.settings, project.sheets).columns
    widths = cols.widths()
    assert cols.name_width == NAME_WIDTH
    assert sum(widths) == pytest.approx(NAME_WIDTH + OTHER_WIDTH, abs=0.1)
    assert len({cols.unit_width, cols.baseline_width, cols.year_width, cols.target_width}) == 1


def test_a_heading_wider_than_its_column_breaks_at_its_spaces(sample_json):
    project = read_exchange(sample_json)
    project.settings.years[1].label = "令和3年度 (2021)"
    ws = load(export(project))["施策4"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "指標名")
    texts = [ws.cell(r, c).value for r in (header, header + 1) for c in range(1, ws.max_column + 1)]
    assert "5年度\n目標値" in texts  # never 5年度 目 / 標値
    assert "改訂計画\n策定時" in texts
    assert "令和3年度\n(2021)" in texts and "2年度" in texts
