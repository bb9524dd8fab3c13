"""The indicator table: cell editing, Excel paste and copy, rows, direction, header, groups."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QComboBox, QLineEdit

from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.indicator_model import BAND_ROLE, COLUMN_PROVIDERS, IndicatorTableModel
from evaleditor.gui.indicator_view import IndicatorView
from evaleditor.model import Direction
from tests import factories
from tests.gui.conftest import commit_text, edit_cell


def indicator_view(window) -> IndicatorView:  # type: ignore[no-untyped-def]
    window.editor.show_tab("indicators")
    view = window.editor.indicators.current_view()
    assert view is not None
    return view


def group(window):  # type: ignore[no-untyped-def]
    return window.doc.project.sheets[0].indicator_groups[0]


def test_typing_a_number_with_thousands_separator_stores_the_number(qtbot, window):
    view = indicator_view(window)
    column = view.model.column_of("actual:3年度")
    edit_cell(qtbot, view.table, 2, column, "2,500")
    assert group(window).indicators[2].actuals["3年度"] == 2500
    assert view.model.index(2, column).data() == "2,500"


def test_decimals_and_empty_values_are_accepted(qtbot, window):
    view = indicator_view(window)
    baseline = view.model.column_of("baseline")
    edit_cell(qtbot, view.table, 0, baseline, "12.75")
    assert group(window).indicators[0].baseline == 12.75
    edit_cell(qtbot, view.table, 0, view.model.column_of("actual:2年度"), "")
    assert "2年度" not in group(window).indicators[0].actuals
    assert view.model.index(0, view.model.column_of("actual:2年度")).data() == ""


def test_invalid_number_is_refused_at_the_cell_with_a_reason(qtbot, window):
    view = indicator_view(window)
    target = view.model.column_of("target")
    editor = edit_cell(qtbot, view.table, 1, target, "52件")
    # Enter does not commit: the editor stays open, marked, and the reason is shown
    assert view.table.state() == view.table.State.EditingState
    assert "数値ではありません" in editor.toolTip()
    assert view.message.isVisibleTo(view) and "「52件」は数値ではありません" in view.message.text()
    view.table.setFocus()  # leaving the cell does not store the text either
    assert group(window).indicators[1].target == 52
    assert not window.doc.is_modified()


def test_japanese_name_typed_through_the_input_method(qtbot, window):
    view = indicator_view(window)
    index = view.model.index(1, view.model.column_of("name"))
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    commit_text(view.table, "創業者数（累計）")  # typing on the cell starts editing it
    editor = view.table.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "創業者数（累計）"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert group(window).indicators[1].name == "創業者数（累計）"


def test_paste_from_excel_understands_separators_and_dashes(qtbot, window):
    view = indicator_view(window)
    first_year = view.model.column_of("actual:2年度")
    view.table.setCurrentIndex(view.model.index(0, first_year))
    QGuiApplication.clipboard().setText("18\t2,449\t－\r\n35\t\"1,000\"\t12.5\r\n")
    view.edit_paste()
    first, second = group(window).indicators[:2]
    assert first.actuals == {"2年度": 18, "3年度": 2449}
    assert second.actuals == {"2年度": 35, "3年度": 1000, "4年度": 12.5}
    assert not view.message.isVisibleTo(view)


def test_paste_beyond_the_last_row_adds_rows_in_one_undo_step(qtbot, window):
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(4, 0))
    assert view.paste("最後の指標\t日\r\n新しい指標\t回\r\n追加の指標\t人\r\n")
    names = [i.name for i in group(window).indicators]
    assert names[4:] == ["最後の指標", "新しい指標", "追加の指標"]
    assert view.model.rowCount() == 7
    window.undo_action.trigger()
    assert len(group(window).indicators) == 5
    assert group(window).indicators[4].name.startswith("名産品協議会")


def test_paste_with_a_bad_cell_changes_nothing_and_names_the_cell(qtbot, window):
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(0, view.model.column_of("baseline")))
    assert not view.paste("1\t2\r\n3\tabc\r\n")
    assert group(window).indicators[0].baseline == 13
    assert "2 行目" in view.message.text() and "「abc」は数値ではありません" in view.message.text()
    assert window.undo_action.isEnabled() is False


def test_paste_one_value_fills_the_selected_cells(qtbot, window):
    view = indicator_view(window)
    column = view.model.column_of("actual:4年度")
    selection = view.table.selectionModel()
    view.table.setCurrentIndex(view.model.index(0, column))
    for row in range(1, 3):
        selection.select(view.model.index(row, column), selection.SelectionFlag.Select)
    assert view.paste("7\r\n")
    assert [i.actual("4年度") for i in group(window).indicators[:4]] == [7, 7, 7, None]


def test_copy_gives_tab_separated_text_for_excel(qtbot, window):
    view = indicator_view(window)
    model = view.model
    selection = view.table.selectionModel()
    view.table.setCurrentIndex(model.index(2, model.column_of("unit")))
    for column in ("baseline", "actual:2年度", "actual:3年度"):
        selection.select(model.index(2, model.column_of(column)), selection.SelectionFlag.Select)
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "件\t248\t2449\t\r\n"


def test_delete_key_empties_the_selected_cells(qtbot, window):
    view = indicator_view(window)
    view.table.setCurrentIndex(view.model.index(3, view.model.column_of("actual:2年度")))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert group(window).indicators[3].actuals == {}


def test_rows_are_added_inserted_moved_and_deleted(qtbot, window):
    view = indicator_view(window)
    names = lambda: [i.name for i in group(window).indicators]  # noqa: E731
    original = names()
    view.table.setCurrentIndex(view.model.index(1, 0))
    qtbot.mouseClick(view.insert_button, Qt.MouseButton.LeftButton)
    assert names() == [original[0], "", *original[1:]]
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert names() == original
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.mouseClick(view.down_button, Qt.MouseButton.LeftButton)
    assert names()[:2] == [original[1], original[0]]
    assert view.current_row() == 1
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert len(names()) == 6 and view.current_row() == 5


def test_direction_is_chosen_in_the_cell(qtbot, window):
    view = indicator_view(window)
    index = view.model.index(2, view.model.column_of("direction"))
    assert index.data() == "↑"
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    combo = view.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert group(window).indicators[2].direction == Direction.LOWER
    assert index.data() == "↓"


def test_header_puts_actuals_under_one_band(qtbot, window):
    view = indicator_view(window)
    model = view.model
    bands = [model.headerData(c, Qt.Orientation.Horizontal, BAND_ROLE) for c in range(model.columnCount())]
    assert bands[:9] == [None, None, None, "実績値", "実績値", "実績値", "実績値", None, None]
    assert bands[9:] == ["達成状況（2年度）"] * 3  # the rate columns (tests/gui/test_rate_columns.py)
    labels = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert labels[2:8] == ["改訂計画 策定時", "2年度", "3年度", "4年度", "5年度", "5年度 目標値"]
    header = view.table.horizontalHeader()
    assert header.height() >= 2 * header.fontMetrics().height()
    assert header.grab().width() > 0  # the band paints without warnings


def test_model_passes_qt_model_tester_with_any_years(qtmodeltester, qtbot):
    project = factories.project(["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"], sheets=1)
    doc = ProjectDocument(project)
    sheet = project.sheets[0]
    model = IndicatorTableModel(doc, sheet, sheet.indicator_groups[0])
    qtmodeltester.check(model)
    provided = sum(len(provider(doc)) for provider in COLUMN_PROVIDERS.values())  # e.g. the rate columns
    assert model.columnCount() == 3 + 6 + 2 + provided
    model.insert_row(1)
    model.paste_text("a\tb\t1\t2", 0, 0)
    qtmodeltester.check(model)


def test_read_only_columns_can_be_added_for_later_features(qtbot, window):
    view = indicator_view(window)
    model = view.model
    model.add_read_only_column("rate", "達成率", lambda sheet, ind: f"{ind.actual('2年度') / ind.target:.0%}"
                               if ind.actual("2年度") is not None and ind.target else "", after="target")
    column = model.column_of("rate")
    assert column == model.column_of("target") + 1
    assert model.index(1, column).data() == "67%"
    assert not model.flags(model.index(1, column)) & Qt.ItemFlag.ItemIsEditable


def test_indicator_groups_are_added_renamed_and_removed(qtbot, window, dialogs):
    window.editor.show_tab("indicators")
    panel = window.editor.indicators
    sheet = window.doc.project.sheets[0]
    dialogs.texts = ["活動指標", "成果指標", "事業指標"]
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [g.name for g in sheet.indicator_groups] == ["成果指標", "活動指標"]
    assert panel.tabs.count() == 2 and panel.tabs.currentIndex() == 1
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)  # a duplicate name is refused
    assert dialogs.errors and "すでにあります" in dialogs.errors[-1]
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    assert panel.tabs.tabText(1) == "事業指標"
    panel.tabs.setCurrentIndex(0)
    dialogs.confirms = [False, True]
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(sheet.indicator_groups) == 2
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [g.name for g in sheet.indicator_groups] == ["事業指標"]
    window.undo_action.trigger()
    assert [g.name for g in sheet.indicator_groups] == ["成果指標", "事業指標"]
    assert len(sheet.indicator_groups[0].indicators) == 5


def test_enter_stores_the_value_and_moves_down_like_excel(qtbot, window):
    view = indicator_view(window)
    column = view.model.column_of("actual:4年度")
    edit_cell(qtbot, view.table, 0, column, "20")
    assert view.table.currentIndex().row() == 1 and view.table.currentIndex().column() == column
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    qtbot.keyClicks(view.table.indexWidget(view.table.currentIndex()), "6")
    qtbot.keyClick(view.table.indexWidget(view.table.currentIndex()), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [i.actual("4年度") for i in group(window).indicators[:2]] == [20, 36]


def test_clicking_a_year_header_selects_the_column_for_copying(qtbot, window):
    view = indicator_view(window)
    header = view.table.horizontalHeader()
    column = view.model.column_of("actual:2年度")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() - 5))
    view.edit_copy()
    assert QGuiApplication.clipboard().text() == "18\r\n35\r\n2449\r\n124\r\n11\r\n"


def test_ctrl_home_and_ctrl_end_move_the_selection_with_the_current_cell(qtbot, window):
    """As in Excel: after Ctrl+End (or Ctrl+Home, Ctrl+arrow) only the cell the cursor is on is selected,
    so Delete empties that cell and not the one selected before."""
    view = indicator_view(window)
    model, table = view.model, view.table
    first = model.index(0, model.column_of("baseline"))
    table.setFocus()
    table.setCurrentIndex(first)
    before = model.index(0, model.column_of("baseline")).data()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = table.currentIndex()
    assert last != first and last.row() == model.rowCount() - 1
    assert table.selectionModel().selectedIndexes() == [last]
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert table.selectionModel().selectedIndexes() == [table.currentIndex()]
    qtbot.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert table.selectionModel().selectedIndexes() == [table.currentIndex()]
    table.setCurrentIndex(first)
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.index(0, model.column_of("baseline")).data() == before  # the old cell keeps its value


def test_the_reason_goes_when_the_edit_is_given_up_and_stays_for_a_refused_value(qtbot, window):
    view = indicator_view(window)
    target = view.model.column_of("target")
    editor = edit_cell(qtbot, view.table, 1, target, "4,7O2")
    assert view.message.isVisibleTo(view) and "「4,7O2」は数値ではありません" in view.message.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # given up: the cell keeps its value, nothing is wrong
    QApplication.processEvents()
    assert view.table.state() != view.table.State.EditingState
    assert not view.message.isVisibleTo(view)
    editor = edit_cell(qtbot, view.table, 1, target, "4,7O2")
    view.table.commitData(editor)  # committed anyway (as saving does with an open editor): refused
    view.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    QApplication.processEvents()
    assert group(window).indicators[1].target == 52
    assert view.message.isVisibleTo(view) and "「4,7O2」" in view.message.text()  # the value was not taken
