"""達成率 and 進捗率: on the published sample and on the edge cases that break naive division."""

import pytest

from evaleditor.exchange.formats import import_file
from evaleditor.model import Direction, FiscalYear, Indicator, ProjectSettings
from evaleditor.model.rates import (
    NO_RATE, achievement_rate, indicator_rates, progress_rate, project_rates, rate_year, round_percent,
)

YEARS = ["2年度", "3年度", "4年度", "5年度"]


def settings(labels=YEARS):
    return ProjectSettings(years=[FiscalYear(label) for label in labels])


def ind(actual, target, baseline=0, direction=Direction.HIGHER, year="2年度"):
    return Indicator("指標", baseline=baseline, actuals={} if actual is None else {year: actual},
                     target=target, direction=direction)


@pytest.fixture
def sample_rates(sample_json):
    project = import_file(sample_json)
    names = [i.name for _, i in project.sheets[0].all_indicators()]
    return dict(zip(names, project_rates(project)[0]))


def test_sample_founders(sample_rates):
    founders = sample_rates["創業者数（年間）"]  # baseline 22, 2年度 35, target 52
    assert founders.year == "2年度" and not founders.is_fallback
    assert founders.achievement.rounded() == 67.3 and founders.achievement.text() == "67.3%"
    assert founders.progress.rounded() == 43.3 and founders.progress.text() == "43.3%"
    assert founders.rating.label == "C"


@pytest.mark.parametrize(("name", "achievement", "progress", "rating"), [
    ("産業間連携ネットワークによる新商品開発・新事業創出件数（累計）", 18 / 28, (18 - 13) / (28 - 13), "C"),
    ("創業者数（年間）", 35 / 52, (35 - 22) / (52 - 22), "C"),
    ("経営に関する相談件数（年間）", 2449 / 300, (2449 - 248) / (300 - 248), "A"),
    ("知的対流等を通じた交流人口（年間）", 124 / 130, 124 / 130, "B"),
    ("名産品協議会が各種物産展等に出店した日数（年間）", 11 / 40, (11 - 37) / (40 - 37), "D"),
])
def test_every_sample_indicator(sample_rates, name, achievement, progress, rating):
    rates = sample_rates[name]
    assert rates.achievement.percent == pytest.approx(achievement * 100)
    assert rates.progress.percent == pytest.approx(progress * 100)
    assert rates.rating.label == rating


def test_lower_is_better_inverts_achievement_but_not_progress():
    # 待機児童数: baseline 50, target 10, actual 20
    indicator = ind(20, 10, baseline=50, direction=Direction.LOWER)
    assert achievement_rate(indicator, "2年度").percent == pytest.approx(50.0)
    assert progress_rate(indicator, "2年度").percent == pytest.approx(75.0)  # (20-50)/(10-50)
    better = ind(5, 10, baseline=50, direction=Direction.LOWER)
    assert achievement_rate(better, "2年度").percent == pytest.approx(200.0)
    assert progress_rate(better, "2年度").percent == pytest.approx(112.5)


def test_actual_beyond_target():
    indicator = ind(60, 52, baseline=22)
    assert achievement_rate(indicator, "2年度").rounded() == 115.4
    assert progress_rate(indicator, "2年度").rounded() == 126.7
    assert indicator_rates(indicator, settings(), "2年度").rating.label == "A"


def test_actual_going_the_wrong_way_gives_negative_progress():
    indicator = ind(11, 40, baseline=37)
    assert progress_rate(indicator, "2年度").rounded() == -866.7


@pytest.mark.parametrize(("indicator", "achievement", "progress"), [
    (ind(None, 52, 22), "2年度の実績値がありません", "2年度の実績値がありません"),
    (ind(35, None, 22), "目標値がありません", "目標値がありません"),
    (ind(35, 52, None), None, "基準値がありません"),
    (ind(35, 22, 22), None, "目標値が基準値と同じため計算できません"),
    (ind(5, 0, 10), "目標値が0のため計算できません", None),
    (ind(5, 0, 10, Direction.LOWER), "目標値が0のため計算できません", None),
    (ind(0, 10, 50, Direction.LOWER), "実績値が0のため計算できません", None),
    (ind(-3, 10, 50, Direction.LOWER), "実績値が負の値のため計算できません", None),
    (ind(-3, -10, 0), "目標値が負の値のため計算できません", None),
])
def test_no_rate_says_why_and_never_divides_by_zero(indicator, achievement, progress):
    a, p = achievement_rate(indicator, "2年度"), progress_rate(indicator, "2年度")
    if achievement is None:
        assert a.available and a.reason == ""
    else:
        assert a.percent is None and a.reason == achievement and a.text() == NO_RATE and a.rounded() is None
    if progress is None:
        assert p.available and p.reason == ""
    else:
        assert p.percent is None and p.reason == progress and p.text() == NO_RATE


def test_zero_values_that_still_have_a_rate():
    assert achievement_rate(ind(0, 0, 5, Direction.LOWER), "2年度").percent == 100.0  # 事故 0 件, target 0
    assert achievement_rate(ind(0, 0, 5), "2年度").percent == 100.0
    assert progress_rate(ind(0, 0, 5, Direction.LOWER), "2年度").percent == 100.0
    assert achievement_rate(ind(0, 40), "2年度").percent == 0.0
    assert progress_rate(ind(0, 40, 0), "2年度").percent == 0.0


def test_negative_values():
    # 人口の社会増減: baseline -200, target 100, actual -50; higher is better
    indicator = ind(-50, 100, baseline=-200)
    assert achievement_rate(indicator, "2年度").percent == pytest.approx(-50.0)
    assert progress_rate(indicator, "2年度").percent == pytest.approx(50.0)
    assert indicator_rates(indicator, settings(), "2年度").rating.label == "D"


def test_decimals():
    indicator = ind(95.43, 98.5, baseline=90.1)
    assert achievement_rate(indicator, "2年度").percent == pytest.approx(95.43 / 98.5 * 100)
    assert progress_rate(indicator, "2年度").percent == pytest.approx((95.43 - 90.1) / (98.5 - 90.1) * 100)


def test_rate_year_uses_the_review_year_or_the_latest_earlier_actual():
    indicator = Indicator("x", actuals={"2年度": 1, "3年度": 2, "5年度": 4})
    assert rate_year(indicator, YEARS, "3年度") == "3年度"
    assert rate_year(indicator, YEARS, "4年度") == "3年度"  # 4年度 missing: the latest earlier one
    assert rate_year(indicator, YEARS, None) == "5年度"
    assert rate_year(indicator, YEARS, "9年度") == "5年度"  # not a year column: the latest of all
    assert rate_year(Indicator("x", actuals={"3年度": 2}), YEARS, "2年度") is None  # never a later year


def test_fallback_is_reported():
    indicator = ind(35, 52, 22, year="2年度")
    rates = indicator_rates(indicator, settings(), "3年度")
    assert rates.year == "2年度" and rates.is_fallback and rates.note() == "2年度の実績値による"
    assert rates.achievement.rounded() == 67.3
    none = indicator_rates(Indicator("x", target=5), settings(), "3年度")
    assert none.year is None and none.rating is None and none.achievement.reason == "3年度の実績値がありません"
    assert indicator_rates(Indicator("x", target=5), settings(), None).progress.reason == "実績値がありません"


def test_any_number_of_years(six_year_project):
    labels = six_year_project.settings.year_labels
    review = six_year_project.review_year()
    assert review == labels[-1]
    for sheet, rates in zip(six_year_project.sheets, project_rates(six_year_project)):
        for (_, indicator), r in zip(sheet.all_indicators(), rates):
            assert r.year == rate_year(indicator, labels, review)
            assert r.year is None or indicator.actuals[r.year] is not None


def test_rating_uses_the_rate_as_shown():
    # 79.96% shows as 80.0%, so it is rated as 80.0% (B), not C
    indicator = ind(7996, 10000)
    rates = indicator_rates(indicator, settings(), "2年度")
    assert rates.achievement.text() == "80.0%" and rates.rating.label == "B"


@pytest.mark.parametrize(("value", "shown"), [(67.25, 67.3), (-0.05, -0.1), (0.04999, 0.0), (100.0, 100.0)])
def test_round_percent_half_up(value, shown):
    assert round_percent(value) == shown


def test_a_small_negative_rate_is_shown_as_zero_without_a_sign():
    import math

    shown = round_percent(-5 / 26_000 * 100)
    assert shown == 0.0 and math.copysign(1, shown) == 1  # not -0.0, which prints as "-0.0"
    assert f"{shown:,.1f}" == "0.0"
    assert round_percent(-0.06) == -0.1
