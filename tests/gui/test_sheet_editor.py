"""The sheet editor builds a sheet's panels only when they are needed (switching stays fast)."""

from evaleditor.gui.document import Tab
from evaleditor.model import Sheet


def test_switching_sheets_builds_only_the_shown_tab(qtbot, window):
    navigator, editor = window.navigator, window.editor
    navigator.add_sheet()
    editor.show_tab(Tab.ISSUES)
    navigator.list.setCurrentRow(0)
    assert editor.sheet is window.doc.project.sheets[0]
    assert [type(p).__name__ for p in editor.panels()] == ["TopicsPanel"]
    assert editor.current_tab() == Tab.ISSUES
    assert editor.issues.isVisible()
    editor.show_tab(Tab.BUDGET)
    assert editor.budget.isVisible() and len(editor.panels()) == 2


def test_panels_of_the_previous_sheet_are_released(qtbot, window):
    window.navigator.add_sheet()
    window.navigator.list.setCurrentRow(0)
    first = window.editor.info
    window.navigator.list.setCurrentRow(1)
    assert window.editor.info is not first
    assert isinstance(window.editor.sheet, Sheet) and window.editor.info.isVisible()


def test_rows_grow_for_long_names_and_keep_their_height_for_numbers(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    table, model = view.table, view.model
    before = table.rowHeight(0)
    model.setData(model.index(0, model.column_of("actual:3年度")), "12345", Qt.ItemDataRole.EditRole)
    qtbot.wait(10)
    QApplication.processEvents()
    assert table.rowHeight(0) == before
    model.setData(model.index(0, model.column_of("name")), "とても長い指標名" * 20, Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: table.rowHeight(0) > before)
