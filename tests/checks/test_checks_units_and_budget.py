"""An indicator without a unit, a negative count, and a sheet whose year under review has no 決算額."""

import pytest

from evaleditor.checks import Area, Level, check_project, fails_validation
from evaleditor.checks.units import COUNT_UNITS, is_count_unit
from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.model import BudgetEntry


def _found(project, code):
    return [f for f in check_project(project) if f.code == code]


def test_sample_has_none_of_them(sample_json):
    project = read_exchange(sample_json)
    assert project.review_year() == "2年度" and project.settings.review_year is None
    assert check_project(project) == []  # its empty 3年度–5年度 are not due


def test_an_indicator_without_a_unit_is_a_notice(sample_json):
    project = read_exchange(sample_json)
    project.sheets[0].indicator_groups[0].indicators[1].unit = " "
    [finding] = _found(project, "missing-unit")
    assert finding.level is Level.NOTICE and not fails_validation([finding])
    assert (finding.place.area, finding.place.group, finding.place.indicator, finding.place.field) == (
        Area.INDICATOR, 0, 1, "unit")
    assert finding.line() == ("注意: シート1「4 産業の活性化を促進する」: 成果指標 2「創業者数（年間）」 単位: "
                              "単位がありません。値の意味が分かるように単位（件、人、% など）を入れてください")


@pytest.mark.parametrize("unit", ["件", "人", "回", "社", "団体", "箇所", "千人", "件/年", "人（延べ）", "延べ人", "ｶ所"])
def test_count_units(unit):
    assert is_count_unit(unit)


@pytest.mark.parametrize("unit", ["%", "円", "千円", "t", "㎡", "ポイント", "", "件数"])
def test_units_that_are_not_counts(unit):
    assert not is_count_unit(unit)


def test_the_count_units_asked_for_are_in_the_one_list():
    assert {"件", "人", "回", "社", "団体", "箇所"} <= COUNT_UNITS


def test_a_negative_value_counted_in_things_is_a_notice_at_its_place(sample_json):
    project = read_exchange(sample_json)
    first, founders, consults, *_ = (ind for _, ind in project.sheets[0].all_indicators())
    first.baseline = -13           # 件
    founders.set_actual("2年度", -35)  # 人
    consults.target = -300         # 件
    consults.unit = "%"            # … but a percentage may go below zero
    found = _found(project, "negative-count")
    assert [(f.place.indicator, f.place.field, f.place.year) for f in found] == [
        (0, "baseline", None), (1, "actuals", "2年度")]
    assert all(f.level is Level.NOTICE for f in found)
    assert found[1].where == "成果指標 2「創業者数（年間）」 実績値（2年度）"
    assert found[1].message.startswith("2年度の実績値が負の値です（-35）。単位「人」で数えるものは0以上のはずです")
    consults.unit = "件"
    assert [f.place.field for f in _found(project, "negative-count")] == ["baseline", "actuals", "target"]


def test_missing_budget_of_the_year_under_review_is_a_warning(sample_json):
    project = read_exchange(sample_json)
    sheet = project.sheets[0]
    del sheet.budget["2年度"]  # the sheet still lists its 関連事業
    [finding] = _found(project, "missing-budget")
    assert finding.level is Level.WARNING and fails_validation([finding])
    assert (finding.place.area, finding.place.field, finding.place.year) == (Area.BUDGET, "cost_thousand_yen", "2年度")
    assert finding.line() == ("警告: シート1「4 産業の活性化を促進する」: 決算額 事業費（2年度）: "
                              "2年度（評価対象年度）の決算額がありません")
    sheet.budget["2年度"] = BudgetEntry(None, 95.43)
    [finding] = _found(project, "missing-budget")
    assert finding.message == "2年度（評価対象年度）の執行率はありますが、事業費がありません"
    sheet.budget["2年度"] = BudgetEntry(None, None)
    assert len(_found(project, "missing-budget")) == 1  # an empty entry is no 決算額


def test_no_budget_warning_for_a_sheet_without_programs_or_figures(sample_json):
    project = read_exchange(sample_json)
    sheet = project.sheets[0]
    sheet.budget.clear()
    sheet.programs = ["", " "]
    assert _found(project, "missing-budget") == []
    sheet.budget["3年度"] = BudgetEntry(1000, 90)  # figures of another year: the review year's are due
    assert [f.place.year for f in _found(project, "missing-budget")] == ["2年度"]


def test_the_review_year_decides_which_budget_is_due(sample_json):
    project = read_exchange(sample_json)
    assert _found(project, "missing-budget") == []  # 3年度–5年度 have no 決算額 yet: not due
    project.settings.review_year = "3年度"
    assert [f.place.year for f in _found(project, "missing-budget")] == ["3年度"]
    project.settings.review_year = "9年度"  # not a year column: nothing to point at
    assert _found(project, "missing-budget") == []
