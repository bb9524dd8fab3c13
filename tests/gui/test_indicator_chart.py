"""The chart of the selected indicator in the 成果指標 tab: its data, its words and its pixels."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from evaleditor.gui.indicator_chart import ACTUAL_COLOR, BASELINE_COLOR, IndicatorChart, fit_label, nice_step
from evaleditor.model import Indicator
from evaleditor.model.series import indicator_series
from tests import factories
from tests.gui.conftest import edit_cell
from tests.gui.test_indicator_table import indicator_view


def pane(window):  # type: ignore[no-untyped-def]
    indicator_view(window)
    return window.editor.indicators.chart


def colours_in(image, rect) -> set[str]:  # type: ignore[no-untyped-def]
    return {image.pixelColor(QPoint(x, y)).name()
            for x in range(int(rect.left()) + 1, int(rect.right()), 3)
            for y in range(int(rect.top()) + 1, int(rect.bottom()), 3)}


def test_the_chart_follows_the_selected_row(qtbot, window):
    chart_pane = pane(window)
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(1, 0))
    chart = chart_pane.chart
    assert chart.series.name == "創業者数（年間）"
    assert chart.points() == [("改訂計画 策定時", 22, "baseline"), ("2年度", 35, "actual"), ("3年度", None, "actual"),
                              ("4年度", None, "actual"), ("5年度", None, "actual"), ("5年度 目標値", 52, "target")]
    assert chart_pane.caption.text() == "成果指標 2 行目のグラフ（表の行を選ぶと切り替わります）"
    view.table.setCurrentIndex(view.model.index(2, 3))
    assert chart.series.name == "経営に関する相談件数（年間）"


def test_the_chart_says_its_values_in_words(qtbot, window):
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(1, 0))
    chart = pane(window).chart
    lines = chart.toolTip().splitlines()
    assert lines[0] == "創業者数（年間）（単位: 人）　↑ 高いほど良い"
    assert lines[1:] == ["改訂計画 策定時（基準値）: 22人", "2年度（実績値）: 35人", "3年度（実績値）: なし",
                         "4年度（実績値）: なし", "5年度（実績値）: なし", "5年度 目標値（目標値）: 52人"]
    assert chart.accessibleDescription() == chart.toolTip()
    assert chart.accessibleName() == "指標のグラフ"


def test_the_chart_paints_bars_in_proportion_and_per_bar_tooltips(qtbot, window):
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(1, 0))
    chart = pane(window).chart
    chart.resize(600, 260)
    image = chart.grab().toImage()  # paints: the bars are laid out as drawn
    baseline, actual, *_, target = chart.bars
    assert [b.value for b in chart.bars] == [22, 35, None, None, None, 52]
    assert abs(actual.rect.height() / baseline.rect.height() - 35 / 22) < 0.05
    assert abs(target.rect.height() / actual.rect.height() - 52 / 35) < 0.05
    assert actual.rect.bottom() == baseline.rect.bottom()  # on the same zero line
    assert ACTUAL_COLOR.name() in colours_in(image, actual.rect)
    assert BASELINE_COLOR.name() in colours_in(image, baseline.rect)
    assert chart.bar_at(actual.rect.center().x()) is actual
    assert chart.bar_tooltip(actual) == "2年度（実績値）: 35人"


def test_the_chart_follows_edits(qtbot, window):
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(1, 0))
    chart = pane(window).chart
    view.model.setData(view.model.index(1, view.model.column_of("actual:3年度")), "47")  # the row stays current
    assert chart.points()[2] == ("3年度", 47, "actual")
    assert "3年度（実績値）: 47人" in chart.toolTip()
    window.undo_action.trigger()
    assert chart.points()[2] == ("3年度", None, "actual")
    edit_cell(qtbot, view.table, 1, view.model.column_of("target"), "60")  # Enter moves down a row, as in Excel
    assert chart.series.name == "経営に関する相談件数（年間）"
    view.table.setCurrentIndex(view.model.index(1, 0))
    assert chart.points()[-1] == ("5年度 目標値", 60, "target")


def test_an_indicator_without_values_and_no_indicator(qtbot, window):
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    assert chart.toolTip() == "表の行を選ぶと、その指標のグラフを表示します"
    chart.grab()
    chart.set_series(indicator_series(Indicator(name="空の指標"), window.doc.project.settings))
    chart.grab()
    assert chart.bars == []  # nothing drawn but the message


def test_negative_values_and_decimals_draw_around_zero(qtbot):
    project = factories.project(["元年度", "2年度", "3年度"], sheets=1)
    indicator = Indicator(name="増減率", unit="%", baseline=-2.5, actuals={"元年度": 1.25, "3年度": -0.5},
                          target=3)
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.resize(500, 240)
    chart.set_series(indicator_series(indicator, project.settings))
    chart.grab()
    baseline, first, _, third, target = chart.bars
    assert baseline.rect.top() == first.rect.bottom()  # both start at zero: one goes down, one up
    assert third.rect.top() == first.rect.bottom()


def test_nice_steps():
    assert nice_step(52, 5) == 20
    assert nice_step(2449, 5) == 500
    assert nice_step(0.9, 3) == 0.5
    assert nice_step(0) == 1


def test_long_category_labels_fit_two_lines(qtbot):
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    metrics = chart.fontMetrics()
    width = metrics.horizontalAdvance("令和8年")
    assert fit_label(metrics, "2年度", width) == "2年度"
    fitted = fit_label(metrics, "改訂計画 策定時", width).split("\n")
    assert len(fitted) == 2 and all(metrics.horizontalAdvance(part) <= width for part in fitted)
    assert fitted[0].endswith("…") or fitted[0] == "改訂計画"


def test_an_empty_group_says_how_to_add_an_indicator(qtbot, window, dialogs):
    chart_pane = pane(window)
    dialogs.texts = ["活動指標"]
    window.editor.indicators.add_group()
    assert window.editor.indicators.current_group().name == "活動指標"
    assert chart_pane.chart.series is None
    assert chart_pane.chart.toolTip() == "「活動指標」には指標がありません。「行を追加」で追加できます"
    window.editor.indicators.current_view().add_row()
    assert chart_pane.chart.series is not None and chart_pane.chart.series.name == ""
