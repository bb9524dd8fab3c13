"""Finding one's way: the welcome page, the main tasks by keyboard alone, accessible names, F1, tips,
これは何？ texts, the font size setting and the contrast of the colours the app sets itself."""

from __future__ import annotations

import re
from pathlib import Path
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTabBar, QWidget

from evaleditor.gui import cell_editing, compare_dialog, indicator_view, insight, richtext_editor, textdiff
from evaleditor.gui.action_tips import menu_actions
from evaleditor.gui.dialogs import SaveChoice
from evaleditor.gui.document import Tab
from evaleditor.gui.font_size import KEY as FONT_KEY
from evaleditor.gui.help_window import HelpWindow
from evaleditor.gui.hints import contrast, hint_color
from evaleditor.resources import example_project, manual_folder, manual_page
from evaleditor.storage.projectfile import load_project
from tests.gui.conftest import commit_text


def active(qtbot, window):  # type: ignore[no-untyped-def]
    """The window active, so that the keyboard focus is real."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press_tab_until(qtbot, predicate, limit: int = 80, back: bool = False) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab (or Shift+Tab) on the focused widget until ``predicate(focus)`` holds, as a keyboard user would."""
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the keyboard focus"
        if predicate(focus):
            return focus
        if back:
            qtbot.keyClick(focus, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the widget; focus is on {QApplication.focusWidget()!r}")


def test_main_tasks_by_keyboard_alone(qtbot, make_window, dialogs, tmp_path):
    window = active(qtbot, make_window())
    window.assistance.show_welcome()
    page = window.assistance.welcome.page
    assert QApplication.focusWidget() is page.example_button
    qtbot.keyClick(page.example_button, Qt.Key.Key_Space)  # 例を開く
    assert window.doc.path is None  # an unsaved copy: the bundled example is never overwritten
    assert [s.policy_number for s in window.doc.project.sheets] == ["4"]
    assert not window.assistance.welcome.is_shown()
    navigator = window.navigator.list
    assert QApplication.focusWidget() is navigator
    qtbot.keyClick(navigator, Qt.Key.Key_Home)
    assert navigator.currentRow() == 0

    tab_bar = press_tab_until(qtbot, lambda w: isinstance(w, QTabBar) and w.parent() is window.editor.tabs)
    qtbot.keyClick(tab_bar, Qt.Key.Key_Right)  # 基本情報 → 成果指標
    assert window.editor.current_tab() == Tab.INDICATORS
    view = window.editor.indicators.current_view()
    table = press_tab_until(qtbot, lambda w: w is view.table)
    column = view.model.column_of("actual:3年度")
    table.setCurrentIndex(view.model.index(0, 0))
    for _ in range(column):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, "2")  # typing opens the cell editor, as in Excel
    qtbot.keyClick(QApplication.focusWidget(), "1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.doc.project.sheets[0].indicator_groups[0].indicators[0].actuals["3年度"] == 21

    for _ in range(2):  # 成果指標 → 関連事業・決算額 → 成果, from inside the table
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_tab() == Tab.RESULTS
    first_topic = window.editor.results.rows[0].editors[0].edit
    text = press_tab_until(qtbot, lambda w: w is first_topic)
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    commit_text(text, "キーボードだけで追記。")

    target = tmp_path / "keyboard.evproj"
    dialogs.paths.append(target)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.path == target and not window.isWindowModified()
    saved = load_project(target).sheets[0]
    assert saved.indicator_groups[0].indicators[0].actuals["3年度"] == 21
    assert "キーボードだけで追記。" in saved.topics[0].result
    assert "キーボードだけで追記。" not in load_project(example_project()).sheets[0].topics[0].result


def test_welcome_page_lists_recent_files_and_opens_one_with_enter(qtbot, make_window, example):
    window = active(qtbot, make_window(example))
    window.assistance.show_welcome()
    page = window.assistance.welcome.page
    assert window.assistance.welcome.is_shown()
    assert page.recent.count() == 1 and example.name in page.recent.item(0).text()
    page.recent.setFocus()
    window.doc.undo_stack.setClean()
    qtbot.keyClick(page.recent, Qt.Key.Key_Return)
    assert not window.assistance.welcome.is_shown()
    assert window.doc.path == example.resolve() or window.doc.path == example


def test_welcome_page_new_project_and_tab_order(qtbot, make_window):
    window = active(qtbot, make_window())
    window.assistance.show_welcome()
    page = window.assistance.welcome.page
    order = [page.example_button]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.example_button, page.new_button, page.import_button, page.open_button, page.help_button]
    from PySide6.QtWidgets import QDockWidget

    docks = window.findChildren(QDockWidget)
    assert docks and not any(d.isVisible() for d in docks)  # no problems of the blank start-up project
    old = window.doc
    for _ in range(3):  # back from 使い方を見る to 新しいプロジェクト
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.new_button
    qtbot.keyClick(page.new_button, Qt.Key.Key_Return)
    assert window.doc is not old and not window.assistance.welcome.is_shown()
    assert all(d.isVisible() for d in docks)  # back with the editor


def test_a_start_without_a_project_shows_the_welcome_page_without_the_problem_counts(qtbot, qsettings, dialogs):
    from evaleditor.gui.app import open_window

    window = open_window(None, qsettings, dialogs)
    qtbot.addWidget(window)
    assert window.assistance.welcome.is_shown()
    qtbot.waitUntil(lambda: window.insight._panel is not None, timeout=5000)  # built after the first frame
    assert not window.insight.status.isVisible() and not window.insight.dock.isVisible()
    qtbot.keyClick(window.assistance.welcome.page.new_button, Qt.Key.Key_Return)
    assert not window.assistance.welcome.is_shown()
    assert window.insight.status.isVisible() and window.insight.dock.isVisible()  # back with the editor


def test_esc_on_the_welcome_page_returns_to_the_project_and_a_cancelled_close_keeps_it_alone(qtbot, make_window,
                                                                                           example, dialogs):
    from PySide6.QtWidgets import QDockWidget

    window = active(qtbot, make_window(example))
    window.navigator.add_sheet()  # unsaved work
    window.assistance.show_welcome()
    page = window.assistance.welcome.page
    docks = window.findChildren(QDockWidget)
    dialogs.save_choices = [SaveChoice.CANCEL]
    assert not window.close()  # the unsaved-changes question, cancelled
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in docks), timeout=3000)  # not back over the page
    assert window.assistance.welcome.is_shown()
    page.example_button.setFocus()
    qtbot.keyClick(page.example_button, Qt.Key.Key_Escape)
    assert not window.assistance.welcome.is_shown() and all(d.isVisible() for d in docks)
    assert window.doc.path == example and window.doc.is_modified()  # the same work, kept


def test_welcome_page_choices_answer_the_plain_number_keys(qtbot, make_window, example, dialogs):
    window = active(qtbot, make_window(example))
    window.doc.undo_stack.setClean()
    welcome = window.assistance.welcome
    welcome.show()
    page = welcome.page
    assert "数字キー（1〜5）" in " ".join(label.text() for label in page.findChildren(QLabel))
    page.recent.setFocus()  # also from the recent files list
    dialogs.paths.append(None)  # 4 ファイルを開く…: the file dialog, cancelled
    qtbot.keyClick(page.recent, Qt.Key.Key_4)
    assert dialogs.asked[-1].startswith("プロジェクト (") and welcome.is_shown()
    old = window.doc
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # 新しいプロジェクト
    assert window.doc is not old and window.doc.path is None and not welcome.is_shown()
    shown = window.doc
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_1)  # with the editor shown, 1 is no welcome choice
    assert window.doc is shown and not welcome.is_shown()


def test_main_widgets_have_accessible_names(window):
    editor = window.editor
    assert window.navigator.list.accessibleName() == "シートの一覧"
    assert window.navigator.list.accessibleDescription()
    assert editor.tabs.accessibleName() == "シートの内容"
    view = editor.indicators.current_view()
    assert view.table.accessibleName() == "成果指標の表"
    assert editor.budget.table.accessibleName() == "決算額の表"
    sheet = window.doc.project.sheets[0]
    names = [e.edit.accessibleName() for row in editor.issues.rows for e in row.editors]
    assert names == [f"{t.heading} {part}" for t in sheet.topics for part in ("課題", "取組方針")]
    assert all(e.edit.accessibleDescription() for row in editor.results.rows for e in row.editors)
    first = editor.issues.rows[0]
    assert first.heading.accessibleName() == "項目 1 の見出し"
    assert [b.accessibleName() for b in (first.up, first.down, first.remove)] == [
        "項目 1: 上へ移動", "項目 1: 下へ移動", "項目 1: この項目を削除"]
    for table in window.findChildren(QTableView):
        if table.isVisible():
            assert table.accessibleName(), table


def test_every_menu_and_toolbar_action_has_a_tip(qtbot, window):
    actions = menu_actions(window)
    assert len(actions) > 30
    qtbot.waitUntil(lambda: all(action.statusTip() for action in actions), timeout=5000)  # after the first frame
    for action in actions:
        assert action.statusTip(), action.text()
        assert action.toolTip() and action.toolTip() != action.text(), action.text()
    assert "Excel" in window.import_action.statusTip()
    from evaleditor.gui.action_tips import plain_text

    bare = [a.text() for a in actions if a.isEnabled() and a.statusTip() == plain_text(a)]
    assert not bare, f"actions whose tip only repeats their name (add them to action_tips): {bare}"
    window.file_menu.aboutToShow.emit()
    window.recent_menu.aboutToShow.emit()  # the recent files are listed when the menu opens
    window.file_menu.aboutToShow.emit()
    recent = [a for a in window.recent_menu.actions() if a.text().startswith("&1")]
    assert recent and recent[0].toolTip() == str(window.doc.path.resolve()) == recent[0].statusTip()


def test_f1_opens_the_guide_found_through_the_resources(qtbot, window):
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.page() == manual_page() and manual_page().parent == manual_folder()
    assert "使い方" in help_window.browser.toPlainText()
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_F1)
    assert window.findChildren(HelpWindow) == [help_window]  # one window, raised again


def test_the_help_window_closes_from_the_keyboard(qtbot, window):
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    help_window.activateWindow()
    qtbot.waitUntil(help_window.isActiveWindow)
    qtbot.keyClick(help_window.browser, Qt.Key.Key_Escape)
    assert not help_window.isVisible()


def test_every_page_link_and_image_of_the_guide_exists(qtbot, window):
    folder = manual_folder()
    pages = sorted(folder.glob("*.md"))
    assert len(pages) >= 12
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)", page.read_text(encoding="utf-8")):
            if "://" not in target:
                assert (page.parent / target).exists(), f"{page.name}: {target}"
    help_window = window.assistance.show_help()
    for page in pages:
        help_window.open_page(page)
        assert help_window.page() == page
    index = manual_page().read_text(encoding="utf-8")
    for page in pages:
        if page.name != "index.md":
            assert f"]({page.name})" in index, page.name
    help_window.home()
    help_window.follow(QUrl(pages[1].name))  # a link relative to the page shown
    assert help_window.page() == pages[1]
    qtbot.keyClick(help_window.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert help_window.page() == manual_page()


def test_whats_this_explains_the_less_obvious_fields(window):
    model = window.editor.indicators.current_view().model
    for key, word in (("direction", "方向"), ("baseline", "策定時"), ("achievement", "達成率"),
                      ("progress", "進捗率"), ("rating", "評価")):
        text = model.headerData(model.column_of(key), Qt.Orientation.Horizontal, Qt.ItemDataRole.WhatsThisRole)
        assert text and word in text
    budget = window.editor.budget.model
    assert "執行率" in budget.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.WhatsThisRole)
    from evaleditor.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.doc.project.settings, window)
    assert "評価対象年度" in dialog.review.whatsThis()
    dialog.deleteLater()
    for word in ("進捗率", "達成率"):
        from evaleditor.gui.field_help import lookup

        assert word in lookup(f"{word}（%）")


def test_font_size_setting_changes_the_app_font_and_is_remembered(window, qsettings):
    base = QApplication.font().pointSizeF()
    actions = {a.data(): a for a in window.assistance.font_menu.actions()}
    assert set(actions) == {"normal", "large", "larger"} and actions["normal"].isChecked()
    try:
        actions["larger"].trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5)
        QApplication.processEvents()
        assert window.navigator.list.font().pointSizeF() == pytest.approx(base * 1.5)
        assert qsettings.value(FONT_KEY) == "larger"
        actions["large"].trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(base * 1.25)
    finally:
        actions["normal"].trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert qsettings.value(FONT_KEY) == "normal"


def style_color(style: str, prop: str) -> QColor:
    match = re.search(rf"(?<![-\w]){prop}\s*:\s*(#[0-9a-fA-F]{{6}})", style)
    assert match, (prop, style)
    return QColor(match.group(1))


def test_contrast_ratio_helper_matches_wcag():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


def test_colours_the_app_sets_meet_wcag_aa_contrast(window):
    palette = QApplication.palette()
    text, window_bg, base = palette.windowText().color(), palette.window().color(), palette.base().color()
    pairs = {
        "error message": (style_color(indicator_view.ERROR_STYLE, "color"), window_bg),
        "over the character limit": (style_color(richtext_editor.OVER_STYLE, "color"), window_bg),
        "refused cell": (palette.text().color(), style_color(cell_editing.INVALID_STYLE, "background")),
        "removed text": (style_color(textdiff.REMOVED_STYLE, "color"), style_color(textdiff.REMOVED_STYLE,
                                                                                    "background-color")),
        "inserted text": (style_color(textdiff.INSERTED_STYLE, "color"), style_color(textdiff.INSERTED_STYLE,
                                                                                      "background-color")),
        "character count": (text if not richtext_editor.COUNT_STYLE else
                            style_color(richtext_editor.COUNT_STYLE, "color"), window_bg),
    }
    pairs["grey hints"] = (hint_color(text, window_bg), window_bg)
    pairs["grey hints on white"] = (hint_color(palette.text().color(), base), base)
    pairs["error count"] = (style_color(insight.ERROR_COUNT_STYLE, "color"), window_bg)
    for kind, fill in compare_dialog.KIND_COLORS.items():
        pairs[f"compare {kind}"] = (palette.text().color(), QColor(fill))
    for name, code in richtext_editor.FormatToolBar.COLORS:
        pairs[f"text colour {name}"] = (QColor(code), base)
    from evaleditor.exchange.rate_columns import RATING_FILLS

    for fill in RATING_FILLS:
        pairs[f"rating {fill}"] = (QColor("#000000"), QColor(f"#{fill}"))
    import evaleditor.gui as gui_package

    folder = Path(gui_package.__file__).parent
    grey = [p.name for p in folder.rglob("*.py") if re.search(r"palette\((mid|midlight|light|dark)\)",
                                                               p.read_text(encoding="utf-8"))]
    assert not grey, f"grey text by palette role is below 4.5:1; use hints.make_hint: {grey}"
    low = {name: round(contrast(a, b), 2) for name, (a, b) in pairs.items() if contrast(a, b) < 4.5}
    assert not low, low


def test_tab_in_the_editor_of_the_last_editable_cell_leaves_the_table(qtbot, window):
    active(qtbot, window)
    window.editor.show_tab(Tab.BUDGET)
    table = window.editor.budget.table
    model = table.model()
    last = model.index(model.rowCount() - 1, model.columnCount() - 1)
    table.setFocus()
    table.setCurrentIndex(last)
    qtbot.keyClick(table, Qt.Key.Key_5)  # typing opens the cell's editor
    assert table.state() == table.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert table.state() != table.State.EditingState and not table.isAncestorOf(QApplication.focusWidget())
    assert QApplication.focusWidget() is not table and model.index(last.row(), last.column()).data() not in (None, "")
    first = model.index(0, 0)
    table.setFocus()
    table.setCurrentIndex(first)
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.state() != table.State.EditingState and QApplication.focusWidget() is not table


def test_tab_leaves_a_table_at_its_last_cell_and_f6_switches_panes(qtbot, window):
    active(qtbot, window)
    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    model = view.model
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table and view.table.currentIndex().column() == 1  # as in Excel
    view.table.setCurrentIndex(model.index(model.rowCount() - 1, model.columnCount() - 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.indicators.add_button  # not round to the first cell
    view.table.setFocus()
    view.table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view.down_button
    view.add_button.setFocus()
    qtbot.keyClick(view.add_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.editor.indicators.tabs.tabBar()  # the groups, ← / →
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigator.list
    qtbot.keyClick(window.navigator.list, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.editor.tabs.tabBar()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.current_tab() == Tab.INFO


def test_compare_says_added_and_removed_in_words_not_only_by_colour(qtbot, example):
    from evaleditor.exchange.compare import compare_projects
    from evaleditor.gui.compare_dialog import CompareDialog

    old = load_project(example)
    new = load_project(example)
    old.sheets[0].indicator_groups[0].indicators[0].target = None  # given in the new one
    new.sheets[0].topics[0].policy = ""  # emptied in the new one
    del old.sheets[0].topics[1]  # a whole topic added in the new one
    removed = new.sheets[0].indicator_groups[0].indicators.pop(1)  # a whole indicator removed
    dialog = CompareDialog(compare_projects(old, new), "old", "new")
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in (1, 2)]
            for r in range(dialog.table.rowCount())}
    group = new.sheets[0].indicator_groups[0]
    heading = new.sheets[0].topics[0].heading
    # an empty value is （なし）, as the command line prints it; （追加）/（削除） mean a whole row
    assert rows[f"{group.name}「{group.indicators[0].name}」の目標値"] == ["（なし）", "28"]
    assert rows[f"「{heading}」の取組方針"][1] == "（なし）"
    assert rows[f"「{new.sheets[0].topics[1].heading}」"] == ["（追加）", new.sheets[0].topics[1].heading]
    assert rows[f"{group.name}「{removed.name}」"] == [removed.name, "（削除）"]
    assert all(row[0] and row[1] for row in rows.values())


def test_hints_are_grey_but_readable_not_disabled(window):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel

    window.editor.show_tab(Tab.INDICATORS)  # the chart's caption
    assert window.insight.panel.empty.text() == "問題は見つかりませんでした。"
    hints = [label for label in window.findChildren(QLabel)
             if label.text() == "問題は見つかりませんでした。" or "のグラフ" in label.text()]
    assert len(hints) >= 2, [label.text() for label in window.findChildren(QLabel)]
    for label in hints:
        assert label.isEnabled(), label.text()  # screen readers do not skip it as unavailable
        color = label.palette().color(QPalette.ColorRole.WindowText)
        background = label.palette().color(QPalette.ColorRole.Window)
        assert color != QApplication.palette().windowText().color(), label.text()  # quieter than the text
        assert contrast(color, background) >= 4.5, label.text()


def test_closing_on_the_welcome_page_keeps_the_panels_in_the_saved_layout(qtbot, make_window, qsettings):
    from PySide6.QtWidgets import QDockWidget

    window = make_window()
    window.assistance.show_welcome()
    assert not any(d.isVisible() for d in window.findChildren(QDockWidget))
    window.close()
    assert all(not d.isHidden() for d in window.findChildren(QDockWidget))
    again = make_window()
    assert all(d.isVisible() for d in again.findChildren(QDockWidget))


def test_the_format_buttons_are_reachable_by_keyboard(qtbot, window):
    from PySide6.QtWidgets import QToolButton

    active(qtbot, window)
    window.editor.show_tab(Tab.RESULTS)
    panel = window.editor.results
    text = panel.rows[0].editors[0].edit
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    buttons = [b for b in panel.toolbar.findChildren(QToolButton) if b.defaultAction() is panel.toolbar.bullets]
    assert buttons and buttons[0].focusPolicy() & Qt.FocusPolicy.TabFocus
    button = press_tab_until(qtbot, lambda w: w is buttons[0], back=True)  # past the heading to the toolbar
    qtbot.keyClick(button, Qt.Key.Key_Space)  # 箇条書き on the text field last used
    assert QApplication.focusWidget() is text
    assert "<li>" in window.doc.project.sheets[0].topics[0].result


def test_the_examples_message_goes_when_another_project_is_opened(qtbot, make_window, example):
    window = active(qtbot, make_window())
    window.assistance.show_welcome()
    window.assistance.welcome.page.open_example()
    assert window.statusBar().currentMessage().startswith("例を開きました")
    window.doc.undo_stack.setClean()
    assert window.open_path(example, ask=False)
    assert window.statusBar().currentMessage() == ""  # it spoke of the example, not of this file


def test_ctrl_page_down_lands_on_the_first_field_of_each_tab(qtbot, make_window, example):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QTabBar, QTextEdit

    window = active(qtbot, make_window(example))
    window.editor.info.number.setFocus()
    seen = []
    for _ in range(4):  # 成果指標, 関連事業・決算額, 成果, 課題・取組方針
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        focus = QApplication.focusWidget()
        page = window.editor.tabs.currentWidget()
        assert page.isAncestorOf(focus), window.editor.current_tab()
        # a field, a list or table, a button: not a container that shows no focus
        assert isinstance(focus, (QLineEdit, QTextEdit, QAbstractItemView, QAbstractButton, QComboBox, QTabBar)), focus
        seen.append(window.editor.current_tab())
    assert seen == [Tab.INDICATORS, Tab.BUDGET, Tab.RESULTS, Tab.ISSUES]
