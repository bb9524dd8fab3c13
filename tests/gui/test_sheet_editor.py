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
