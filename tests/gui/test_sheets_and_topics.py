"""The sheet navigator, topics, the budget panel and undo across tabs and sheets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evaleditor.gui.document import Tab
from evaleditor.model import richtext
from tests.gui.conftest import commit_text, edit_cell


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.navigator.list.item(n).text() for n in range(window.navigator.list.count())]


def test_sheets_are_added_duplicated_and_shown(qtbot, window):
    nav = window.navigator
    qtbot.mouseClick(nav.duplicate_button, Qt.MouseButton.LeftButton)
    # the copy shares the 施策番号: both are marked with their place (their 関係部 are the same)
    assert names(window) == ["4【1 枚目】産業の活性化を促進する", "4【2 枚目】産業の活性化を促進する（コピー）"]
    copy = window.doc.project.sheets[1]
    assert window.editor.sheet is copy
    assert copy.topics[0] is not window.doc.project.sheets[0].topics[0]
    assert copy.topics[0].result == window.doc.project.sheets[0].topics[0].result
    qtbot.mouseClick(nav.add_button, Qt.MouseButton.LeftButton)
    assert names(window)[2] == "新しい施策"
    assert window.editor.info.name.text() == "新しい施策"
    assert window.editor.info.title.text() == "施策評価シート【分野別施策】"


def test_deleting_a_sheet_asks_first(qtbot, window, dialogs):
    nav = window.navigator
    nav.duplicate_sheet()
    dialogs.confirms = [False, True]
    qtbot.mouseClick(nav.delete_button, Qt.MouseButton.LeftButton)
    assert len(window.doc.project.sheets) == 2
    assert "削除しますか" in dialogs.asked[-1]
    qtbot.mouseClick(nav.delete_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["4 産業の活性化を促進する"]
    assert window.editor.sheet is window.doc.project.sheets[0]


def test_sheets_are_reordered_and_the_order_is_undoable(qtbot, window):
    nav = window.navigator
    nav.add_sheet()
    window.editor.info.number.setFocus()
    qtbot.keyClicks(window.editor.info.number, "5")
    assert names(window) == ["4 産業の活性化を促進する", "5 新しい施策"]
    qtbot.mouseClick(nav.up_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["5 新しい施策", "4 産業の活性化を促進する"]
    assert nav.current_sheet().policy_number == "5"
    window.sheet_down_action.trigger()
    assert names(window)[0] == "4 産業の活性化を促進する"
    window.undo_action.trigger()
    assert names(window)[0] == "5 新しい施策"


def test_undo_goes_back_across_tabs_and_sheets(qtbot, window):
    editor = window.editor
    first = window.doc.project.sheets[0]
    editor.show_tab(Tab.BUDGET)
    edit_cell(qtbot, editor.budget.table, 0, 1, "1,600,000")
    window.navigator.duplicate_sheet()
    second = window.doc.project.sheets[1]
    editor.show_tab(Tab.INDICATORS)
    view = editor.indicators.current_view()
    edit_cell(qtbot, view.table, 0, view.model.column_of("target"), "30")
    editor.show_tab(Tab.INFO)
    window.undo_action.trigger()  # the target of the copy, shown where it happened
    assert second.indicator_groups[0].indicators[0].target == 28
    assert window.editor.sheet is second and editor.current_tab() == Tab.INDICATORS
    window.undo_action.trigger()  # the duplicate
    assert len(window.doc.project.sheets) == 1
    window.undo_action.trigger()  # the budget of the first sheet
    assert "3年度" not in first.budget
    assert window.editor.sheet is first and editor.current_tab() == Tab.BUDGET
    window.redo_action.trigger()
    assert first.budget["3年度"].cost_thousand_yen == 1600000


def test_budget_refuses_text_that_is_not_a_number(qtbot, window):
    window.editor.show_tab(Tab.BUDGET)
    budget = window.editor.budget
    edit_cell(qtbot, budget.table, 1, 0, "95.43%")
    assert budget.message.isVisibleTo(budget) and "数値ではありません" in budget.message.text()
    budget.table.setFocus()
    assert window.doc.project.sheets[0].budget["2年度"].execution_rate_percent == 95.43
    edit_cell(qtbot, budget.table, 0, 0, "")
    assert window.doc.project.sheets[0].budget["2年度"].cost_thousand_yen is None


def test_departments_and_programs_are_edited_as_lists(qtbot, window):
    sheet = window.doc.project.sheets[0]
    departments = window.editor.info.departments
    qtbot.mouseClick(departments.add_button, Qt.MouseButton.LeftButton)
    assert sheet.departments == ["産業振興部", "（新しい項目）"]
    departments.list.item(1).setText("企画政策部")
    assert sheet.departments == ["産業振興部", "企画政策部"]
    qtbot.mouseClick(departments.up_button, Qt.MouseButton.LeftButton)
    assert sheet.departments == ["企画政策部", "産業振興部"]
    programs = window.editor.budget.programs
    programs.list.setCurrentRow(0)
    qtbot.mouseClick(programs.remove_button, Qt.MouseButton.LeftButton)
    assert sheet.programs[0] == "起業家支援事業" and len(sheet.programs) == 5
    window.undo_action.trigger()
    assert sheet.programs[0] == "産業間連携促進事業" and programs.texts()[0] == "産業間連携促進事業"


def test_topics_are_added_renamed_and_the_results_tab_follows(qtbot, window):
    sheet = window.doc.project.sheets[0]
    editor = window.editor
    editor.show_tab(Tab.ISSUES)
    qtbot.mouseClick(editor.issues.add_button, Qt.MouseButton.LeftButton)
    assert len(sheet.topics) == 7 and sheet.topics[6].heading == "新しい項目"
    heading = editor.issues.rows[6].heading
    heading.selectAll()
    commit_text(heading, "観光との連携")
    assert sheet.topics[6].heading == "観光との連携"
    assert editor.results.rows[6].heading.text() == "観光との連携"
    issue = editor.issues.rows[6].editors[0].edit
    issue.setFocus()
    commit_text(issue, "来訪者が減っています。")
    assert sheet.topics[6].issue == "<p>来訪者が減っています。</p>"
    assert len(editor.results.rows) == 7


def test_topics_are_reordered_together_in_both_tabs(qtbot, window):
    sheet = window.doc.project.sheets[0]
    editor = window.editor
    headings = [t.heading for t in sheet.topics]
    editor.show_tab(Tab.ISSUES)
    qtbot.mouseClick(editor.issues.rows[1].up, Qt.MouseButton.LeftButton)
    assert [t.heading for t in sheet.topics][:2] == [headings[1], headings[0]]
    assert [r.heading.text() for r in editor.results.rows][:2] == [headings[1], headings[0]]
    first_issue = editor.issues.rows[0].editors[0].edit.toPlainText()
    assert first_issue == richtext.to_plain(sheet.topics[0].issue)
    assert not editor.issues.rows[0].up.isEnabled() and not editor.issues.rows[-1].down.isEnabled()


def test_removing_a_topic_with_text_asks_and_can_be_undone(qtbot, window, dialogs):
    sheet = window.doc.project.sheets[0]
    editor = window.editor
    editor.show_tab(Tab.RESULTS)
    topic = sheet.topics[2]
    dialogs.confirms = [False, True]
    qtbot.mouseClick(editor.results.rows[2].remove, Qt.MouseButton.LeftButton)
    assert sheet.topics[2] is topic
    qtbot.mouseClick(editor.results.rows[2].remove, Qt.MouseButton.LeftButton)
    assert topic not in sheet.topics and len(editor.issues.rows) == 5
    window.undo_action.trigger()
    assert sheet.topics[2] is topic and len(editor.issues.rows) == 6


def test_full_width_numbers_typed_with_the_input_method_in_the_budget(qtbot, window):
    window.editor.show_tab(Tab.BUDGET)
    table = window.editor.budget.table
    index = table.model().index(0, 2)
    table.setFocus()
    table.setCurrentIndex(index)
    commit_text(table, "１，２００，０００")  # IME on: digits arrive full-width
    editor = table.indexWidget(index)
    assert editor.text() == "１，２００，０００"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.doc.project.sheets[0].budget["4年度"].cost_thousand_yen == 1200000
    assert table.model().index(0, 2).data() == "1,200,000"


def test_list_items_take_japanese_input_directly(qtbot, window):
    departments = window.editor.info.departments
    departments.list.setFocus()
    departments.list.setCurrentRow(0)
    commit_text(departments.list, "経済部")
    editor = departments.list.indexWidget(departments.list.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.doc.project.sheets[0].departments == ["経済部"]


def test_emptying_a_list_item_removes_it_and_unchanged_text_adds_no_step(qtbot, window):
    programs = window.editor.budget.programs
    sheet = window.doc.project.sheets[0]
    programs.list.item(2).setText(" 中小企業経営支援事業 ")
    assert not window.doc.is_modified()
    programs.list.item(2).setText("")
    assert len(sheet.programs) == 5 and "中小企業経営支援事業" not in sheet.programs
    assert programs.texts() == sheet.programs


def test_dragging_a_sheet_in_the_navigator_reorders_the_project(qtbot, window):
    from PySide6.QtCore import QModelIndex

    nav = window.navigator
    nav.duplicate_sheet()
    nav.add_sheet()
    before = list(window.doc.project.sheets)
    assert nav.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)  # what a drop does
    QApplication.processEvents()
    assert window.doc.project.sheets == [before[1], before[2], before[0]]
    assert all(a is b for a, b in zip(window.doc.project.sheets, [before[1], before[2], before[0]]))
    assert names(window)[2] == "4【2 枚目】産業の活性化を促進する"  # now the second with its 施策番号
    window.undo_action.trigger()
    assert all(a is b for a, b in zip(window.doc.project.sheets, before))


def test_table_context_menu_offers_rows_and_clipboard(qtbot, window):
    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    texts = [a.text() for a in view.table.actions() if not a.isSeparator()]
    assert texts == ["切り取り(&T)", "コピー(&C)", "貼り付け(&P)", "行を挿入(&I)", "行を削除(&D)", "行を上へ(&U)",
                     "行を下へ(&W)"]
    view.table.setCurrentIndex(view.model.index(0, 0))
    next(a for a in view.table.actions() if a.text() == "行を挿入(&I)").trigger()
    assert window.doc.project.sheets[0].indicator_groups[0].indicators[0].name == ""


def test_budget_rows_paste_from_excel_and_copy_back(qtbot, window):
    window.editor.show_tab(Tab.BUDGET)
    budget = window.editor.budget
    sheet = window.doc.project.sheets[0]
    budget.table.setCurrentIndex(budget.model.index(0, 1))
    assert budget.paste("1,600,000\t1,700,000\r\n96.5\t－\r\n")
    assert sheet.budget["3年度"].cost_thousand_yen == 1600000 and sheet.budget["3年度"].execution_rate_percent == 96.5
    assert sheet.budget["4年度"].cost_thousand_yen == 1700000 and sheet.budget["4年度"].execution_rate_percent is None
    assert not budget.paste("1\t2\t3\t4\r\n")
    assert "はみ出しています" in budget.message.text()
    assert not budget.paste("率\r\n") and "「率」は数値ではありません" in budget.message.text()
    selection = budget.table.selectionModel()
    budget.table.setCurrentIndex(budget.model.index(0, 0))
    selection.select(budget.model.index(1, 1), selection.SelectionFlag.Select)
    budget.table.setFocus()
    qtbot.keyClick(budget.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "1539950\t\r\n\t96.5\r\n"
    qtbot.keyClick(budget.table, Qt.Key.Key_Delete)
    assert sheet.budget["2年度"].cost_thousand_yen is None and sheet.budget["3年度"].execution_rate_percent is None
    assert sheet.budget["2年度"].execution_rate_percent == 95.43
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert list(sheet.budget) == ["2年度"] and sheet.budget["2年度"].cost_thousand_yen == 1539950


def test_sheet_names_stay_on_one_line_with_the_full_name_in_a_tooltip(qtbot, window):
    """A long Japanese name is not broken in the middle of a word or of its 施策番号: each sheet takes one
    line, cut off with … when the list is narrow; the tooltip shows the whole name, also after a rename."""
    nav = window.navigator
    sheet = window.doc.project.sheets[0]
    nav.add_sheet()
    added = window.doc.project.sheets[1]
    window.editor.set_sheet(sheet)
    long_name = "地域の産業と観光の活性化を推進する施策の総合的な展開と関係団体との連携の強化"
    sheet.policy_name = long_name
    window.doc.changed.emit(sheet, "info")
    QApplication.processEvents()
    first, second = nav.list.item(0), nav.list.item(1)
    assert first.toolTip() == nav.label(sheet) and long_name in first.toolTip()
    assert second.toolTip() == nav.label(added)
    one_line = nav.list.fontMetrics().height()
    assert nav.list.fontMetrics().horizontalAdvance(first.text()) > nav.list.viewport().width()  # too long
    heights = {nav.list.visualItemRect(item).height() for item in (first, second)}
    assert len(heights) == 1 and heights.pop() < one_line * 2  # one line each, not wrapped


def test_adding_a_sheet_from_the_menu_leaves_its_number_ready_to_type(qtbot, window):
    window.editor.show_tab(Tab.ISSUES)
    window.insight.show_panel()  # focus elsewhere, as after clicking the problems count
    window.add_sheet_action.trigger()
    assert names(window) == ["4 産業の活性化を促進する", "新しい施策"]
    assert window.editor.current_tab() == Tab.INFO
    assert QApplication.focusWidget() is window.editor.info.number
    commit_text(window.editor.info.number, "5")
    assert window.doc.project.sheets[1].policy_number == "5"


def test_sheets_sharing_a_number_are_told_apart_in_the_list(qtbot, window):
    """Two sheets 「4 産業の活性化…」 (both kept in a merge) show their 関係部, or their place when those are
    the same; the mark goes as soon as the numbers differ again."""
    nav = window.navigator
    sheet = window.doc.project.sheets[0]
    nav.duplicate_sheet()
    twin = window.doc.project.sheets[1]
    name = sheet.policy_name
    texts = [nav.list.item(n).text() for n in range(2)]
    assert texts == [f"4【1 枚目】{name}", f"4【2 枚目】{twin.policy_name}"]  # same 関係部: their place
    twin.departments = ["環境部"]
    window.doc.changed.emit(twin, "departments")
    texts = [nav.list.item(n).text() for n in range(2)]
    assert texts == [f"4【{'・'.join(sheet.departments)}】{name}", f"4【環境部】{twin.policy_name}"]
    tip = nav.list.item(1).toolTip()
    assert texts[1] in tip and "関係部: 環境部" in tip and "施策番号 4 のシートが 2 枚あります" in tip
    twin.policy_number = "5"
    window.doc.changed.emit(twin, "info")
    assert [nav.list.item(n).text() for n in range(2)] == [sheet.display_name(), twin.display_name()]
    assert nav.list.item(0).toolTip() == sheet.display_name()
    window.undo_action.trigger()  # the duplicate undone
    assert nav.list.count() == 1 and nav.list.item(0).text() == sheet.display_name()


def test_numbers_written_differently_but_equal_are_told_apart_as_the_checks_see_them(qtbot, window):
    nav = window.navigator
    nav.duplicate_sheet()
    twin = window.doc.project.sheets[1]
    twin.policy_number = "４"  # full-width: the same 施策番号 for the checks (duplicate-policy-number)
    window.doc.changed.emit(twin, "info")
    assert [nav.list.item(n).text() for n in range(2)] == [
        f"4【1 枚目】{window.doc.project.sheets[0].policy_name}", f"４【2 枚目】{twin.policy_name}"]
