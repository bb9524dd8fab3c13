"""The 成果指標 tab's layout: column widths that stay put while the user edits, a 指標名 column that stays
readable at every text size (the table scrolls sideways instead), and a chart that gives way to the table."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from evaleditor.gui import rate_columns
from tests.gui.conftest import edit_cell
from tests.gui.test_indicator_table import indicator_view


def widths(view) -> list[int]:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def settle() -> None:
    for _ in range(3):
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
    tip = view.model.index(0, view.model.column_of(rate_columns.ACHIEVEMENT)).data(rate_columns.Qt.ItemDataRole.ToolTipRole)
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
