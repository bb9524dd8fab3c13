"""達成率, 進捗率 and 評価 in the indicator table: values, reasons, colours and live updates."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from evaleditor.gui import rate_columns
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.indicator_model import BAND_ROLE, IndicatorTableModel
from evaleditor.gui.settings_dialog import apply_settings
from evaleditor.model import Direction
from evaleditor.model.rating import RatingBand
from tests import factories
from tests.gui.conftest import edit_cell
from tests.gui.test_indicator_table import indicator_view

FOUNDERS = 1  # 創業者数（年間）: baseline 22, 2年度 35, target 52


def cells(view, row: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:  # type: ignore[no-untyped-def]
    model = view.model
    return [model.index(row, model.column_of(key)).data(role) for key in rate_columns.RATE_KEYS]


def test_the_sample_shows_the_published_rates_and_rating(qtbot, window):
    view = indicator_view(window)
    assert cells(view, FOUNDERS) == ["67.3%", "43.3%", "C"]
    achievement, progress, rating = cells(view, FOUNDERS, Qt.ItemDataRole.ToolTipRole)
    assert achievement == "2年度の実績値 35 ÷ 目標値 52 = 67.3%"
    assert progress == "（2年度の実績値 35 − 基準値 22）÷（目標値 52 − 基準値 22）= 43.3%"
    assert rating == "評価 C: 達成率 50% 以上（達成率 67.3%）"
    headers = [view.model.headerData(view.model.column_of(k), Qt.Orientation.Horizontal)
               for k in rate_columns.RATE_KEYS]
    assert headers == ["達成率", "進捗率", "評価"]
    for key in rate_columns.RATE_KEYS:  # computed, never typed into
        assert not view.model.flags(view.model.index(FOUNDERS, view.model.column_of(key))) & Qt.ItemFlag.ItemIsEditable


def test_ratings_are_coloured_by_rank_and_always_show_their_label(qtbot, window):
    view = indicator_view(window)
    column = view.model.column_of(rate_columns.RATING)
    labels = [view.model.index(row, column).data() for row in range(5)]
    assert labels == ["C", "C", "A", "B", "D"]
    colours = {}
    for row, label in enumerate(labels):
        brush = view.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
        assert isinstance(brush, QBrush)
        colours[label] = brush.color()
    assert len({c.name() for c in colours.values()}) == 4  # one colour per band
    # the fills of the Excel and PDF exports: the editor and the printed sheet agree
    assert {label: c.name() for label, c in colours.items()} == {
        "A": "#c6efce", "B": "#ddebf7", "C": "#ffeb9c", "D": "#ffc7ce"}
    assert view.table.grab().width() > 0  # paints with the colours without warnings


def test_a_missing_rate_shows_a_dash_with_the_reason(qtbot, window):
    view = indicator_view(window)
    edit_cell(qtbot, view.table, FOUNDERS, view.model.column_of("target"), "")
    assert cells(view, FOUNDERS) == ["—", "—", "—"]
    tips = cells(view, FOUNDERS, Qt.ItemDataRole.ToolTipRole)
    assert tips[:2] == ["目標値がありません", "目標値がありません"]
    assert tips[2] == "達成率がないため評価できません（目標値がありません）"
    assert cells(view, FOUNDERS, Qt.ItemDataRole.BackgroundRole)[2] is None  # no colour without a rating
    edit_cell(qtbot, view.table, FOUNDERS, view.model.column_of("target"), "52")
    edit_cell(qtbot, view.table, FOUNDERS, view.model.column_of("baseline"), "52")
    assert cells(view, FOUNDERS)[1] == "—"
    assert cells(view, FOUNDERS, Qt.ItemDataRole.ToolTipRole)[1] == "目標値が基準値と同じため計算できません"


def test_rates_follow_actual_target_baseline_and_direction_as_they_change(qtbot, window):
    view = indicator_view(window)
    edit_cell(qtbot, view.table, FOUNDERS, view.model.column_of("actual:2年度"), "52")
    assert cells(view, FOUNDERS) == ["100.0%", "100.0%", "A"]
    edit_cell(qtbot, view.table, FOUNDERS, view.model.column_of("target"), "65")
    assert cells(view, FOUNDERS) == ["80.0%", "69.8%", "B"]
    edit_cell(qtbot, view.table, FOUNDERS, view.model.column_of("baseline"), "39")
    assert cells(view, FOUNDERS) == ["80.0%", "50.0%", "B"]
    view.model.setData(view.model.index(FOUNDERS, view.model.column_of("direction")), Direction.LOWER)
    assert cells(view, FOUNDERS)[0] == "125.0%"  # lower is better: target ÷ actual
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert cells(view, FOUNDERS) == ["67.3%", "43.3%", "C"]


def test_settings_change_the_ratings(qtbot, window, dialogs):
    view = indicator_view(window)
    settings = copy.deepcopy(window.doc.project.settings)
    settings.rating_bands = [RatingBand("◎", 60), RatingBand("○", 30), RatingBand("△", None)]
    apply_settings(window.doc, dialogs, settings, {y: y for y in settings.year_labels})
    view = indicator_view(window)
    assert cells(view, FOUNDERS)[2] == "◎"
    assert cells(view, 4)[2] == "△"
    assert cells(view, 4, Qt.ItemDataRole.ToolTipRole)[2] == "評価 △: 達成率 30% 未満（達成率 27.5%）"
    window.undo_action.trigger()
    assert cells(indicator_view(window), FOUNDERS)[2] == "C"


def test_an_earlier_year_stands_in_and_says_so(qtbot, window, dialogs):
    settings = copy.deepcopy(window.doc.project.settings)
    settings.review_year = "3年度"
    apply_settings(window.doc, dialogs, settings, {y: y for y in settings.year_labels})
    view = indicator_view(window)
    assert cells(view, FOUNDERS) == ["67.3%（2年度）", "43.3%（2年度）", "C"]
    tip = cells(view, FOUNDERS, Qt.ItemDataRole.ToolTipRole)[0]
    assert tip.endswith("3年度の実績値がないため、2年度の実績値によります")
    assert view.model.headerData(view.model.column_of("rating"), Qt.Orientation.Horizontal,
                                 BAND_ROLE) == "達成状況（3年度）"


def test_the_automatic_review_year_follows_actuals_in_any_table(qtbot, window):
    view = indicator_view(window)
    rating = view.model.column_of("rating")
    seen: list[int] = []
    view.model.headerDataChanged.connect(lambda orientation, first, last: seen.append(first))
    edit_cell(qtbot, view.table, 0, view.model.column_of("actual:3年度"), "20")
    # 3年度 now has an actual: it is the year under review, and the other rows fall back to 2年度
    assert view.model.headerData(rating, Qt.Orientation.Horizontal, BAND_ROLE) == "達成状況（3年度）"
    assert seen and cells(view, 0) == ["71.4%", "46.7%", "C"]
    assert cells(view, FOUNDERS)[0] == "67.3%（2年度）"
    window.undo_action.trigger()
    assert view.model.headerData(rating, Qt.Orientation.Horizontal, BAND_ROLE) == "達成状況（2年度）"
    assert cells(view, FOUNDERS)[0] == "67.3%"


def test_model_with_rate_columns_passes_the_model_tester(qtmodeltester, qtbot):
    rate_columns.register()
    project = factories.project(["元年度", "2年度", "3年度"], sheets=1)
    doc = ProjectDocument(project)
    sheet = project.sheets[0]
    model = IndicatorTableModel(doc, sheet, sheet.indicator_groups[0])
    assert [c.key for c in model.columns][-3:] == list(rate_columns.RATE_KEYS)
    qtmodeltester.check(model)
    model.detach()


def test_band_colours_go_from_green_to_red_for_any_number_of_bands():
    for count in (1, 2, 3, 6):
        bands = [RatingBand(str(n), 100 - 10 * n) for n in range(count - 1)] + [RatingBand("last", None)]
        names = [rate_columns.band_colors(band, bands)[0].name() for band in bands]
        assert names[0] == "#c6efce"  # the best is green
        assert count == 1 or names[-1] == "#ffc7ce"  # the worst red


def test_a_new_year_under_review_builds_no_hidden_table(qtbot, window):
    from evaleditor.gui.commands import SetValueCommand
    from evaleditor.gui.document import Part, Tab
    from evaleditor.gui.indicators_panel import IndicatorsPanel

    window.editor.show_tab(Tab.INFO)
    window.navigator.duplicate_sheet()  # the copy is shown on its 基本情報 tab: no indicator table built
    assert not [p for p in window.editor.panels() if isinstance(p, IndicatorsPanel)]
    group = window.doc.project.sheets[0].indicator_groups[0]
    indicator = group.indicators[0]
    window.doc.undo_stack.push(SetValueCommand(window.doc, "test", group, Part.VALUES,
                                               lambda: indicator.actual("3年度"),
                                               lambda v: indicator.set_actual("3年度", v), 20))
    assert rate_columns.RateBook.of(window.doc).review_year() == "3年度"
    assert not [p for p in window.editor.panels() if isinstance(p, IndicatorsPanel)]
    view = indicator_view(window)  # built now, with the new year
    assert view.model.headerData(view.model.column_of("rating"), Qt.Orientation.Horizontal,
                                 BAND_ROLE) == "達成状況（3年度）"
    assert cells(view, FOUNDERS)[0] == "67.3%（2年度）"
