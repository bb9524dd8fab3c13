"""The 成果指標 tab's layout: column widths that stay put while the user edits, a 指標名 column that stays
readable at every text size (the table scrolls sideways instead), and a chart that gives way to the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from evaleditor.gui import rate_columns
from tests.gui.conftest import edit_cell
from tests.gui.test_indicator_table import indicator_view


def widths(view) -> list[int]:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def settle() -> None:
    """Let the layout come to rest: the table's fitting and the panel's split run in zero-time timers."""
    for _ in range(10):
        QApplication.processEvents()


def shown_in_full(view, row: int, key: str) -> bool:  # type: ignore[no-untyped-def]
    """The cell's text fits its column (no ellipsis)."""
    column = view.model.column_of(key)
    text = view.model.index(row, column).data()
    return view.table.fontMetrics().horizontalAdvance(text) < view.table.horizontalHeader().sectionSize(column)


@pytest.fixture
def scale(window):  # type: ignore[no-untyped-def]
    """Choose 表示 → 画面の文字の大きさ as the user does; back to 標準 at the end."""
    actions = {a.data(): a for a in window.assistance.font_menu.actions()}

    def choose(name: str) -> None:
        actions[name].trigger()
        settle()

    yield choose
    actions["normal"].trigger()


@pytest.mark.parametrize("size", [(1400, 800), (1024, 700)])
def test_widths_stay_when_a_new_actual_moves_the_year_under_review(qtbot, window, size):
    window.resize(*size)
    view = indicator_view(window)
    settle()
    before = widths(view)
    edit_cell(qtbot, view.table, 1, view.model.column_of("actual:3年度"), "40")
    settle()
    # 3年度 is now under review: the other rows show their 2年度 rates with 「（2年度）」 …
    assert view.model.index(0, view.model.column_of(rate_columns.ACHIEVEMENT)).data() == "64.3%（2年度）"
    assert widths(view) == before  # … and no column moved
    for row in range(view.model.rowCount()):
        if size[0] >= 1400:  # room enough: the columns were fitted to the longer texts from the start
            assert shown_in_full(view, row, rate_columns.ACHIEVEMENT) and shown_in_full(view, row, rate_columns.PROGRESS)
        # the rate itself always shows in full; only the year after it may be elided (its tooltip tells it)
        for key in (rate_columns.ACHIEVEMENT, rate_columns.PROGRESS):
            column = view.model.column_of(key)
            short = view.model.index(row, column).data().split("（")[0]
            assert view.table.fontMetrics().horizontalAdvance(short + "…") < view.table.horizontalHeader().sectionSize(column)
    tip = view.model.index(0, view.model.column_of(rate_columns.ACHIEVEMENT)).data(Qt.ItemDataRole.ToolTipRole)
    assert "2年度の実績値によります" in tip
    window.undo_action.trigger()
    settle()
    assert widths(view) == before


def test_a_number_too_wide_for_its_column_widens_only_that_column(qtbot, window):
    window.resize(1200, 800)
    view = indicator_view(window)
    settle()
    before = widths(view)
    column = view.model.column_of("actual:4年度")
    edit_cell(qtbot, view.table, 0, column, "123456789012")
    settle()
    after = widths(view)
    assert shown_in_full(view, 0, "actual:4年度") and after[column] > before[column]
    # the rates of that row grew too (440,917,460.7%); every other column stays as it was
    moved = {column, view.model.column_of("name"), *(view.model.column_of(k) for k in rate_columns.RATE_KEYS)}
    assert [w for c, w in enumerate(after) if c not in moved] == [w for c, w in enumerate(before) if c not in moved]
    assert shown_in_full(view, 0, rate_columns.ACHIEVEMENT)


def test_a_cell_too_narrow_for_its_number_tells_it_in_a_tooltip(qtbot, window):
    view = indicator_view(window)
    settle()
    column = view.model.column_of("actual:5年度")
    index = view.model.index(2, column)
    view.model.setData(index, "123456789012")
    settle()
    view.table.horizontalHeader().resizeSection(column, 1)  # the user narrows it (to the smallest width)
    option = QStyleOptionViewItem()
    option.rect = view.table.visualRect(index)
    option.widget = view.table
    assert view.delegate.elided_tooltip(option, index) == "123,456,789,012"
    view.table.horizontalHeader().resizeSection(column, 400)  # fits: no tooltip
    option.rect = view.table.visualRect(index)
    assert view.delegate.elided_tooltip(option, index) is None
    rate = view.model.index(2, view.model.column_of(rate_columns.ACHIEVEMENT))
    option.rect = view.table.visualRect(rate)
    option.rect.setWidth(1)
    assert view.delegate.elided_tooltip(option, rate) is None  # a rate's own tooltip tells more


@pytest.mark.parametrize("size", [(1200, 800), (1024, 700)])
@pytest.mark.parametrize("name", ["large", "larger"])
def test_the_name_column_stays_readable_at_every_text_size(qtbot, window, scale, size, name):
    window.resize(*size)
    view = indicator_view(window)
    scale(name)
    table = view.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    assert table.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert header.sectionSize(view.model.column_of("name")) >= metrics.horizontalAdvance("指" * 12)
    for column in range(header.count()):  # numbers fitted to the new text size: nothing cut
        assert header.sectionSize(column) >= header.sectionSizeHint(column) or view.model.column_key(column) == "name"
    assert shown_in_full(view, 2, "baseline") and shown_in_full(view, 2, "actual:2年度")
    if sum(widths(view)) > table.viewport().width():  # too wide for the window: the table scrolls sideways
        assert table.horizontalScrollBar().maximum() > 0
    name_row_height = table.rowHeight(1)  # 創業者数（年間）: one line
    assert name_row_height >= metrics.height()


def chart_state(window):  # type: ignore[no-untyped-def]
    """The chart pane after a paint: whether its bars are drawn, and the caption under it."""
    pane = window.editor.indicators.chart
    drawn = not pane.chart.too_small() and pane.chart.height() > 0
    if drawn:
        pane.chart.grab()  # paints: fills ``bars`` when there was room for them
        drawn = bool(pane.chart.bars)
    return pane, drawn, pane.caption.text()


@pytest.mark.parametrize("size", [(1200, 800), (1024, 700)])
@pytest.mark.parametrize("name", ["normal", "large", "larger"])
def test_the_table_has_priority_and_the_chart_is_drawn_or_says_why_not(qtbot, window, scale, size, name):
    window.resize(*size)
    view = indicator_view(window)
    scale(name)
    qtbot.waitUntil(lambda: not window.editor.indicators._balance_timer.isActive())
    pane, drawn, caption = chart_state(window)
    rows = view.table.verticalHeader()
    shown = view.table.viewport().height()
    # the table shows all its rows, or at least three, or the chart has given it all the room
    assert shown >= min(rows.length(), sum(rows.sectionSize(r) for r in range(3))) or (
        not drawn and pane.height() <= pane.least_height() + 1)
    if drawn:
        assert pane.chart.height() >= pane.chart.needed_height() and "行目のグラフ" in caption
    else:  # never a blank chart without a word: the caption tells why and what to do
        assert pane.chart.too_small() and caption == pane.chart.too_small_text()
        assert "ドラッグ" in caption and "ウィンドウを広げる" in caption  # dragging may not be enough here
        assert pane.caption.isVisible() and pane.caption.height() > 0
        if pane.chart.height() > 4:  # no empty white box where the chart would be
            image = pane.chart.grab().toImage()
            middle = image.pixelColor(image.width() // 2, image.height() // 2)
            assert middle != pane.chart.palette().base().color()
    if name == "normal" and size == (1200, 800):  # the default: the whole table and the chart
        assert drawn and shown >= rows.length()


def test_the_chart_needs_more_height_at_a_larger_text_size(qtbot, window, scale):
    indicator_view(window)
    chart = window.editor.indicators.chart.chart
    normal = chart.needed_height()
    assert normal >= 7 * chart.fontMetrics().height()
    scale("larger")
    assert chart.needed_height() >= 1.4 * normal


def test_the_user_can_give_the_chart_room_and_keeps_the_split(qtbot, window, scale):
    window.resize(1200, 800)
    indicator_view(window)
    scale("larger")
    panel = window.editor.indicators
    qtbot.waitUntil(lambda: not panel._balance_timer.isActive())
    assert chart_state(window)[0].chart.too_small()
    total = sum(panel.splitter.sizes())
    panel.splitter.splitterMoved.emit(total // 4, 1)  # the user drags the handle up …
    panel.splitter.setSizes([total // 4, total - total // 4])
    settle()
    pane, drawn, caption = chart_state(window)
    assert drawn and caption.startswith("成果指標 1 行目のグラフ")  # … and the chart is drawn
    window.resize(1210, 800)  # a later resize does not take it back
    qtbot.waitUntil(lambda: not panel._balance_timer.isActive())
    assert panel.splitter.sizes()[1] > total // 2


def test_the_problems_panel_leaves_a_small_window_to_the_editor(qtbot, window, scale):
    window.resize(1024, 700)
    scale("larger")
    panel = window.insight.panel
    assert panel.sizeHint().height() <= max(window.height() // 5, panel.fontMetrics().height() * 5)
    window.resize(1400, 1200)
    scale("normal")
    assert panel.sizeHint().height() == panel.fontMetrics().height() * 10  # a large window: about six findings
