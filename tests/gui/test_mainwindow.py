"""The main window: opening, saving, the unsaved-changes prompt, recent files, drop, import and export."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from evaleditor.gui.dialogs import SaveChoice
from evaleditor.gui.document import Tab
from evaleditor.model import richtext
from evaleditor.storage.projectfile import load_project
from tests.gui.conftest import commit_text, edit_cell


def test_example_opens_with_its_name_in_the_title(window, example):
    assert window.windowTitle() == f"{example.name}[*] - evaleditor"
    assert not window.isWindowModified()
    assert window.navigator.list.count() == 1
    assert window.navigator.list.item(0).text() == "4 産業の活性化を促進する"


def test_every_field_of_the_example_is_shown(window):
    editor = window.editor
    sheet = window.doc.project.sheets[0]
    assert editor.info.number.text() == "4" and editor.info.name.text() == sheet.policy_name
    assert editor.info.departments.texts() == ["産業振興部"]
    assert editor.info.title.text() == "施策評価シート【分野別施策】"
    view = editor.indicators.current_view()
    assert editor.indicators.tabs.tabText(0) == "成果指標" and view.model.rowCount() == 5
    assert view.model.index(2, view.model.column_of("actual:2年度")).data() == "2,449"
    assert editor.budget.programs.texts() == sheet.programs
    assert editor.budget.model.index(0, 0).data() == "1,539,950"
    assert editor.budget.model.index(1, 0).data() == "95.43"
    assert [r.heading.text() for r in editor.results.rows] == [t.heading for t in sheet.topics]
    for row, topic in zip(editor.issues.rows, sheet.topics):
        issue, policy = row.editors
        assert issue.edit.toPlainText() == richtext.to_plain(topic.issue)
        assert policy.edit.toPlainText() == richtext.to_plain(topic.policy)
    assert [t for t in (editor.tabs.tabText(i) for i in range(editor.tabs.count()))] == [
        "基本情報", "成果指標", "関連事業・決算額", "成果", "課題・取組方針"]


def test_edits_in_every_tab_survive_saving_and_reopening(qtbot, window, example):
    editor = window.editor
    editor.show_tab(Tab.INFO)
    editor.info.number.setFocus()
    editor.info.number.selectAll()
    qtbot.keyClicks(editor.info.number, "4-1")
    editor.show_tab(Tab.INDICATORS)
    view = editor.indicators.current_view()
    edit_cell(qtbot, view.table, 0, view.model.column_of("actual:3年度"), "21")
    view.table.setCurrentIndex(view.model.index(0, view.model.column_of("direction")))
    view.paste("↓")
    editor.show_tab(Tab.BUDGET)
    edit_cell(qtbot, editor.budget.table, 1, 1, "97.5")
    editor.show_tab(Tab.ISSUES)
    policy = editor.issues.rows[0].editors[1].edit
    policy.setFocus()
    policy.moveCursor(policy.textCursor().MoveOperation.End)
    commit_text(policy, "追加の方針")
    assert window.isWindowModified()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    saved = load_project(example)
    sheet = saved.sheets[0]
    assert sheet.policy_number == "4-1"
    assert sheet.indicator_groups[0].indicators[0].actuals == {"2年度": 18, "3年度": 21}
    assert sheet.indicator_groups[0].indicators[0].direction.value == "lower"
    assert sheet.budget["3年度"].execution_rate_percent == 97.5 and sheet.budget["3年度"].cost_thousand_yen is None
    assert richtext.to_plain(sheet.topics[0].policy).endswith("図ります。追加の方針")
    from evaleditor.storage.backups import list_backups

    (backup,) = list_backups(example)  # the version before this save is kept
    assert backup.file.exists()


def test_modified_marker_follows_the_undo_stack(qtbot, window):
    window.editor.info.name.setFocus()
    commit_text(window.editor.info.name, "！")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.isWindowModified()


def test_closing_with_changes_asks_and_cancel_keeps_the_window(qtbot, window, dialogs):
    window.navigator.add_sheet()
    dialogs.save_choices = [SaveChoice.CANCEL]
    assert not window.close()
    assert window.isVisible()
    assert dialogs.asked == ["hiratsuka-policy4-r2.evproj"]


def test_closing_and_choosing_save_writes_the_file(qtbot, window, dialogs, example):
    window.navigator.add_sheet()
    dialogs.save_choices = [SaveChoice.SAVE]
    assert window.close()
    assert len(load_project(example).sheets) == 2


def test_closing_and_choosing_not_to_save_leaves_the_file(qtbot, window, dialogs, example):
    before = example.read_bytes()
    window.navigator.add_sheet()
    dialogs.save_choices = [SaveChoice.DISCARD]
    assert window.close()
    assert example.read_bytes() == before


def test_opening_another_file_asks_about_unsaved_changes(qtbot, window, dialogs, tmp_path, example):
    other = tmp_path / "other.evproj"
    other.write_bytes(example.read_bytes())
    window.navigator.add_sheet()
    dialogs.save_choices = [SaveChoice.CANCEL]
    assert not window.open_path(other)
    assert len(window.doc.project.sheets) == 2
    dialogs.save_choices = [SaveChoice.DISCARD]
    assert window.open_path(other)
    assert window.windowTitle().startswith("other.evproj")
    assert len(window.doc.project.sheets) == 1


def test_a_broken_file_is_reported_in_plain_japanese(qtbot, make_window, dialogs, tmp_path):
    broken = tmp_path / "broken.evproj"
    broken.write_text('{"format": "evaleditor-project", "version": 2, "settings": {', encoding="utf-8")
    window = make_window()
    assert not window.open_path(broken)
    assert len(dialogs.errors) == 1
    message = dialogs.errors[0]
    assert "broken.evproj" in message and "JSON として読めません" in message
    assert "Traceback" not in message
    assert window.windowTitle().startswith("無題")


def test_save_as_names_the_file_and_remembers_it(qtbot, make_window, dialogs, tmp_path, qsettings):
    window = make_window()
    window.editor.info.name.setFocus()
    commit_text(window.editor.info.name, "新しい施策")
    dialogs.paths = [tmp_path / "plan"]
    assert window.save()
    assert (tmp_path / "plan.evproj").exists()
    assert window.windowTitle() == "plan.evproj[*] - evaleditor"
    assert load_project(tmp_path / "plan.evproj").sheets[0].policy_name == "新しい施策"
    window._fill_recent()
    assert window.recent_menu.actions()[0].text() == "&1 plan.evproj"


def test_recent_files_reopen_and_window_geometry_is_remembered(qtbot, make_window, example, qsettings):
    first = make_window(example)
    first.resize(760, 560)  # the offscreen screen is 800×600
    first.splitter.setSizes([260, 480])
    assert first.close()
    second = make_window()
    assert (second.size().width(), second.size().height()) == (760, 560)
    assert second.splitter.sizes()[0] == 260
    second._fill_recent()
    second.recent_menu.actions()[0].trigger()
    assert second.doc.path == example.resolve() or second.doc.path == example


def drag_enter(mime: QMimeData) -> QDragEnterEvent:
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(QPointF(50, 50), *args)  # newer PySide6
    except TypeError:
        return QDragEnterEvent(QPoint(50, 50), *args)


def test_dropping_a_project_file_opens_it(qtbot, make_window, example):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(example))])
    enter = drag_enter(mime)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))
    assert window.doc.path == example
    assert window.navigator.list.item(0).text() == "4 産業の活性化を促進する"


def test_dragging_other_files_is_refused(qtbot, make_window, sample_json):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_json))])
    enter = drag_enter(mime)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_export_menu_writes_exchange_json(qtbot, window, dialogs, tmp_path):
    from evaleditor.exchange.formats import EXPORTERS

    assert list(window.export_actions) == list(EXPORTERS)
    dialogs.paths = [tmp_path / "out"]
    window.export_actions[".json"].trigger()
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["format"] == "evaluation-sheets/1"
    assert data["sheets"][0]["policy_name"] == "産業の活性化を促進する"


def test_import_reads_a_registered_format_into_a_new_unsaved_project(qtbot, make_window, dialogs, sample_json):
    window = make_window()
    dialogs.paths = [sample_json]
    window.import_action.trigger()
    assert "*.json" in dialogs.asked[0]
    assert window.doc.path is None and window.isWindowModified()
    assert window.doc.project.sheets[0].policy_name == "産業の活性化を促進する"
    assert len(window.doc.project.sheets[0].topics) == 6


def test_edit_menu_copies_and_pastes_in_the_focused_table(qtbot, window):
    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, view.model.column_of("baseline")))
    window.copy_action.trigger()
    assert QApplication.clipboard().text() == "22\r\n"
    view.table.setCurrentIndex(view.model.index(1, view.model.column_of("actual:3年度")))
    window.paste_action.trigger()
    assert window.doc.project.sheets[0].indicator_groups[0].indicators[1].actuals["3年度"] == 22


def test_new_project_has_a_sheet_and_year_columns(qtbot, make_window, dialogs):
    window = make_window()
    assert window.windowTitle() == "無題[*] - evaleditor"
    assert len(window.doc.project.sheets) == 1
    assert len(window.doc.project.settings.years) == 4
    assert Path(window.doc.display_name()).name == "無題"


def test_later_features_can_add_a_dock_with_a_view_menu_entry(qtbot, window):
    from PySide6.QtWidgets import QLabel

    dock = window.add_dock(QLabel("問題はありません"), "問題")
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    toggle = window.view_menu.actions()[-1]
    others = [a.text() for a in window.view_menu.actions() if a is not toggle and not a.isSeparator()]
    assert toggle.text().startswith("問題(&") and toggle.text().endswith(")")  # an access key of its own
    assert all(f"&{toggle.text()[-2]}" not in text for text in others), others
    shown = dock.isVisible()
    toggle.trigger()
    assert dock.isVisible() is not shown


def test_closing_or_a_new_project_while_a_cell_is_being_edited_asks_about_the_typed_value(qtbot, window, dialogs):
    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    assert not window.doc.is_modified()
    index = view.model.index(3, view.model.column_of("actual:3年度"))
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_7)  # the editor is open, nothing committed yet
    assert view.table.state() == view.table.State.EditingState
    dialogs.save_choices = [SaveChoice.CANCEL]
    window.new_action.trigger()
    assert dialogs.asked == [window.doc.display_name()]  # asked instead of dropping the value
    assert window.doc.project.sheets[0].indicator_groups[0].indicators[3].actuals["3年度"] == 7
    dialogs.save_choices = [SaveChoice.CANCEL]
    assert not window.close()
    assert len(dialogs.asked) == 2 and window.isVisible()


def test_saving_while_a_cell_is_being_edited_keeps_the_typed_value(qtbot, window, example):
    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    index = view.model.index(3, view.model.column_of("actual:3年度"))
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # typing on a cell opens its editor with that key
    qtbot.keyClicks(view.table.indexWidget(index), "30")  # no Enter yet
    assert view.table.state() == view.table.State.EditingState
    window.save_action.trigger()
    assert load_project(example).sheets[0].indicator_groups[0].indicators[3].actuals == {"2年度": 124, "3年度": 130}
    assert not window.isWindowModified()
    assert view.table.hasFocus()


def test_command_line_start_opens_the_file_or_reports_it(qtbot, example, qsettings, tmp_path, monkeypatch):
    from evaleditor.gui import app, dialogs as dialogs_module

    window = app.open_window(example, qsettings)
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle().startswith(example.name)
    told = []
    monkeypatch.setattr(dialogs_module.Dialogs, "error", lambda self, text: told.append(text))
    missing = app.open_window(tmp_path / "nothing.evproj", qsettings)
    qtbot.addWidget(missing)
    assert told == [f"開けませんでした。\n{tmp_path / 'nothing.evproj'}: ファイルが見つかりません"]
    assert missing.windowTitle().startswith("無題")
    assert missing.assistance.welcome.is_shown()  # what to do next, not an empty project with its warning


def test_a_failed_save_is_reported_and_the_changes_stay_unsaved(qtbot, window, dialogs, tmp_path, example):
    window.navigator.add_sheet()
    dialogs.paths = [tmp_path / "no-such-folder" / "plan.evproj"]
    assert not window.save_as()
    assert len(dialogs.errors) == 1 and "保存できませんでした" in dialogs.errors[0]
    assert "Traceback" not in dialogs.errors[0]
    assert window.isWindowModified() and window.doc.path == example


def test_first_window_fits_a_small_screen(qtbot, make_window):
    window = make_window()
    available = window.screen().availableGeometry()  # offscreen: 800×600
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.minimumSizeHint().width() <= available.width()


def test_the_sheet_lists_width_comes_back_when_the_program_starts_with_a_file(qtbot, example, qsettings, dialogs):
    from evaleditor.gui import app

    first = app.open_window(example, qsettings, dialogs)
    qtbot.addWidget(first)
    first.splitter.setSizes([500, 500])
    widths = first.splitter.sizes()
    first.doc.undo_stack.setClean()
    first.close()
    again = app.open_window(example, qsettings, dialogs)  # e.g. a double-clicked file
    qtbot.addWidget(again)
    assert again.splitter.sizes() == widths
