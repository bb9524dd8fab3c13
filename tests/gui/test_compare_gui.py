"""ツール → 比較: the changes per sheet, highlighted, and double-click showing the place in the editor."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from evaleditor.gui.compare_dialog import KIND_COLORS
from evaleditor.gui.document import Place, Tab
from evaleditor.storage.projectfile import load_project, save_project
from evaleditor.gui.textdiff import diff_html
from tests import factories
from tests.gui.collect_dialogs import dialogs  # noqa: F401


@pytest.fixture
def earlier(example, tmp_path):
    """The example as it was first submitted: one actual and one text different, one sheet more."""
    project = load_project(example)
    sheet = project.sheets[0]
    sheet.indicator_groups[0].indicators[2].actuals["2年度"] = 2400
    sheet.topics[0].policy = sheet.topics[0].policy.replace("図ります", "図る予定です")
    extra = factories.project(project.settings.year_labels, sheets=1).sheets[0]
    extra.policy_number = "5"
    project.sheets.append(extra)
    path = tmp_path / "earlier.evproj"
    save_project(project, path)
    return path


def open_comparison(window, dialogs, path):
    dialogs.paths = [path]
    window.collect_actions.compare_action.trigger()
    return window.compare_dialog


def row_of(dialog, label):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == label)


def test_changed_actual_and_text_are_listed_and_highlighted(qtbot, window, dialogs, earlier):
    assert window.collect_actions.compare_action in window.tools_menu.actions()
    dialog = open_comparison(window, dialogs, earlier)
    assert dialog.isVisible()
    assert [dialog.sheets.item(n).text() for n in range(dialog.sheets.count())] == [
        "4 産業の活性化を促進する（2 件）", "5 テスト施策0（削除されたシート）"]
    actual = row_of(dialog, "成果指標「経営に関する相談件数（年間）」の2年度実績")
    assert [dialog.table.item(actual, c).text() for c in (1, 2)] == ["2,400", "2,449"]
    assert dialog.table.item(actual, 2).background().color() == QColor(KIND_COLORS["changed"])
    text = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text().endswith("の取組方針"))
    dialog.table.setCurrentCell(text, 0)
    old, new = dialog.old_text.toHtml(), dialog.new_text.toHtml()
    assert "図る予定です" in dialog.old_text.toPlainText() and "図ります" in dialog.new_text.toPlainText()
    assert "line-through" in old and "#c8e6c9" in new  # removed and inserted characters marked
    dialog.close()


def test_double_click_shows_the_changed_cell_and_text_in_the_editor(qtbot, window, dialogs, earlier):
    dialog = open_comparison(window, dialogs, earlier)
    window.editor.show_tab(Tab.INFO)
    actual = row_of(dialog, "成果指標「経営に関する相談件数（年間）」の2年度実績")
    dialog.go_to(actual)
    assert window.editor.current_tab() == Tab.INDICATORS
    view = window.editor.indicators.current_view()
    index = view.table.currentIndex()
    assert (index.row(), view.model.column_key(index.column())) == (2, "actual:2年度")
    text = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text().endswith("の取組方針"))
    dialog.table.cellDoubleClicked.emit(text, 0)
    assert window.editor.current_tab() == Tab.ISSUES
    assert QApplication.focusWidget() is window.editor.issues.rows[0].editors[1].edit
    dialog.close()


def test_a_sheet_missing_from_the_open_project_is_reported_when_jumping(qtbot, window, dialogs, earlier):
    dialog = open_comparison(window, dialogs, earlier)
    dialog.sheets.setCurrentRow(1)
    assert dialog.table.rowCount() == 0 and "削除されたシート" in dialog.status.text()
    from evaleditor.gui.compare_jump import show_change

    assert not show_change(window, "5", ("policy_name",))
    assert "施策番号 5" in window.statusBar().currentMessage()
    dialog.close()


def test_identical_files_show_no_changes(qtbot, window, dialogs, example):
    dialog = open_comparison(window, dialogs, example)
    assert dialog.sheets.item(0).text() == "4 産業の活性化を促進する（変更なし）"
    assert dialog.table.rowCount() == 0 and dialog.status.text() == "このシートに違いはありません。"
    dialog.close()


def test_character_diff_marks_only_what_changed():
    old, new = diff_html("目標を達成した", "目標を概ね達成した<b>")
    assert old == "目標を達成した"
    assert new == ('目標を<span style="background-color:#c8e6c9; color:#1b5e20; font-weight:bold;">概ね</span>'
                   '達成した<span style="background-color:#c8e6c9; color:#1b5e20; font-weight:bold;">&lt;b&gt;</span>')


def test_double_click_shows_a_changed_budget_cell_and_name(qtbot, window, dialogs, example, tmp_path):
    project = load_project(example)
    project.sheets[0].budget["2年度"].execution_rate_percent = 90.0
    project.sheets[0].policy_name = "産業の活性化"
    save_project(project, tmp_path / "v1.evproj")
    dialog = open_comparison(window, dialogs, tmp_path / "v1.evproj")
    dialog.go_to(row_of(dialog, "2年度の執行率"))
    assert window.editor.current_tab() == Tab.BUDGET
    index = window.editor.budget.table.currentIndex()
    assert (index.row(), index.column(), index.data()) == (1, 0, "95.43")
    dialog.go_to(row_of(dialog, "施策名"))
    assert window.editor.current_tab() == Tab.INFO and QApplication.focusWidget() is window.editor.info.name
    dialog.close()


@pytest.fixture
def shared_number(tmp_path):
    """An open project with two sheets numbered 7-2 and an earlier file holding only 環境部's, with other values."""
    project = factories.project(["2年度", "3年度"], sheets=2)
    for sheet, department in zip(project.sheets, ("都市整備部", "環境部")):
        sheet.policy_number, sheet.policy_name, sheet.departments = "7-2", f"{department}の施策", [department]
    earlier = factories.project(["2年度", "3年度"], sheets=0)
    earlier.sheets.append(copy.deepcopy(project.sheets[1]))
    earlier.sheets[0].group("成果指標").indicators[1].set_actual("2年度", 5)
    save_project(project, tmp_path / "all.evproj")
    save_project(earlier, tmp_path / "earlier.evproj")
    return tmp_path / "all.evproj", tmp_path / "earlier.evproj"


def test_every_sheet_sharing_a_number_is_listed_and_jumped_to(qtbot, make_window, dialogs, shared_number):
    window = make_window(shared_number[0])
    dialog = open_comparison(window, dialogs, shared_number[1])
    summary = next(label.text() for label in dialog.findChildren(QLabel) if "シート中" in label.text())
    assert "2 シート中 2 シート" in summary
    assert [dialog.sheets.item(n).text() for n in range(dialog.sheets.count())] == [
        "7-2 環境部の施策［環境部］（1 件）", "7-2 都市整備部の施策［都市整備部］（追加されたシート）"]
    window.show_place(Place(window.doc.project.sheets[0], Tab.INFO))
    dialog.sheets.setCurrentRow(0)
    dialog.table.cellDoubleClicked.emit(0, 0)
    assert window.editor.sheet is window.doc.project.sheets[1]  # 環境部's 7-2, not the first 7-2
    assert window.editor.current_tab() == Tab.INDICATORS
    dialog.close()


def test_sheets_matched_by_order_say_so(qtbot, make_window, dialogs, shared_number):
    window = make_window(shared_number[0])
    earlier = load_project(shared_number[0])
    for sheet in earlier.sheets:
        sheet.departments, sheet.policy_name = ["企画部"], "同じ施策"
        sheet.programs.append("以前の事業")
    save_project(earlier, shared_number[1])
    dialog = open_comparison(window, dialogs, shared_number[1])
    assert dialog.sheets.item(0).text().startswith("7-2 都市整備部の施策［都市整備部］")
    assert "順番で対応付けました" in dialog.status.text() and dialog.status.isVisible()
    dialog.close()


def test_the_sheet_list_is_wide_enough_for_its_bold_labels(qtbot, make_window, dialogs, shared_number):
    from PySide6.QtGui import QFontMetrics

    for path, n in zip(shared_number, (1, 0)):  # 環境部's sheet with a long name
        project = load_project(path)
        project.sheets[n].policy_name = "産業の活性化をWWW"
        save_project(project, path)
    window = make_window(shared_number[0])
    dialog = open_comparison(window, dialogs, shared_number[1])
    item = dialog.sheets.item(0)
    assert "WWW" in item.text() and item.font().bold()
    assert dialog.sheets.viewport().width() >= QFontMetrics(item.font()).horizontalAdvance(item.text())
    assert item.toolTip() == item.text()  # whole, also where a longer label would be cut off
    dialog.close()
