from evaleditor.model import Direction, FiscalYear, Indicator, ProjectSettings
from evaleditor.model.series import indicator_series


def test_series_in_chart_order_with_gaps():
    settings = ProjectSettings(years=[FiscalYear(y) for y in ("元年度", "2年度", "3年度")], target_label="")
    indicator = Indicator("待機児童数", "人", baseline=50, actuals={"2年度": 20}, target=0, direction=Direction.LOWER)
    series = indicator_series(indicator, settings)
    assert series.points() == [("改訂計画 策定時", 50), ("元年度", None), ("2年度", 20), ("3年度", None),
                               ("3年度 目標値", 0)]
    assert series.direction is Direction.LOWER and series.unit == "人" and series.has_values()
    assert not indicator_series(Indicator("空"), settings).has_values()
