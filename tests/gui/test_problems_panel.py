"""The problems panel: the findings of a flawed project, going to their places, live re-checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from evaleditor.checks import Level
from evaleditor.gui import problems_panel
from evaleditor.gui.document import Tab
from evaleditor.gui.problems_model import FINDING_ROLE, LEVEL
from evaleditor.gui.richtext_editor import RichTextEdit
from evaleditor.storage.projectfile import save_project
from tests import factories
from tests.gui.conftest import commit_text, edit_cell


@pytest.fixture
def flawed(tmp_path: Path, sample_json: Path) -> Path:
    path = tmp_path / "flawed.evproj"
    save_project(factories.flawed_sample(sample_json), path)
    return path


@pytest.fixture
def flawed_window(make_window, flawed):  # type: ignore[no-untyped-def]
    window = make_window(flawed)
    yield window
    window.doc.undo_stack.setClean()


def panel_of(window):  # type: ignore[no-untyped-def]
    return window.insight.panel


def shown_codes(panel) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(f.sheet, f.code) for f in (panel.proxy.index(r, LEVEL).data(FINDING_ROLE)
                                         for r in range(panel.proxy.rowCount()))]


def row_of(panel, code: str, sheet: int = 1) -> int:  # type: ignore[no-untyped-def]
    return shown_codes(panel).index((sheet, code))


def activate(qtbot, panel, row: int) -> None:  # type: ignore[no-untyped-def]
    """Double-click the finding's 内容 cell, as the user does."""
    index = panel.proxy.index(row, 3)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_published_sample_has_no_problems(qtbot, window):
    panel = panel_of(window)
    assert panel.model.findings == []
    assert panel.empty.isVisibleTo(panel) and not panel.view.isVisibleTo(panel)
    assert window.insight.status.text() == "エラー 0 件 / 警告 0 件 / 注意 0 件"


def test_the_panel_lists_every_finding_with_level_sheet_place_and_message(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    assert len(panel.model.findings) == 13
    assert flawed_window.insight.status.text() == "エラー 3 件 / 警告 8 件 / 注意 2 件"
    assert panel.buttons[Level.ERROR].text() == "エラー 3 件"
    row = row_of(panel, "missing-target")
    texts = [panel.proxy.index(row, c).data() for c in range(4)]
    assert texts == ["警告", "シート2「4 欠けのあるシート」", "成果指標 2「創業者数（年間）」 目標値",
                     "目標値がありません。達成率と進捗率を計算できません"]
    metrics = panel.view.fontMetrics()
    assert panel.view.columnWidth(1) > metrics.horizontalAdvance(texts[1])  # sheet and place not cut
    assert panel.view.columnWidth(2) > metrics.horizontalAdvance(texts[2])
    assert panel.view.columnWidth(LEVEL) > metrics.horizontalAdvance("エラー")  # the level text is not cut
    first = [panel.proxy.index(r, LEVEL).data() for r in range(3)]
    assert first == ["エラー"] * 3  # errors come first without clicking a header
    icon = panel.proxy.index(row, LEVEL).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()  # an icon beside the text, never the icon alone
    assert panel.grab().width() > 0


def test_findings_sort_by_level_and_filter_by_level_and_text(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    panel.view.sortByColumn(LEVEL, Qt.SortOrder.AscendingOrder)
    levels = [panel.proxy.index(r, LEVEL).data() for r in range(panel.proxy.rowCount())]
    assert levels == ["エラー"] * 3 + ["警告"] * 8 + ["注意"] * 2
    panel.buttons[Level.NOTICE].click()
    panel.buttons[Level.WARNING].click()
    assert {code for _, code in shown_codes(panel)} == {"duplicate-policy-number", "execution-rate-over-100"}
    panel.buttons[Level.WARNING].click()
    panel.search.setText("取組方針")
    assert shown_codes(panel) == [(1, "issue-without-policy")]
    panel.search.clear()
    assert panel.proxy.rowCount() == 11


def test_double_click_goes_to_the_indicator_cell(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    activate(qtbot, panel, row_of(panel, "missing-target"))
    editor = flawed_window.editor
    assert flawed_window.navigator.current_sheet() is flawed_window.doc.project.sheets[1]
    assert editor.current_tab() == Tab.INDICATORS
    view = editor.indicators.current_view()
    current = view.table.currentIndex()
    assert (current.row(), view.model.column_key(current.column())) == (1, "target")
    assert QApplication.focusWidget() is view.table


def test_enter_goes_to_the_actual_of_the_year(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(row_of(panel, "far-from-trend"), 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    view = flawed_window.editor.indicators.current_view()
    current = view.table.currentIndex()
    assert (current.row(), view.model.column_key(current.column())) == (3, "actual:2年度")


def test_going_to_budget_topic_and_sheet_findings(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    editor = flawed_window.editor
    activate(qtbot, panel, row_of(panel, "missing-execution-rate"))
    assert editor.current_tab() == Tab.BUDGET
    current = editor.budget.table.currentIndex()
    assert (current.row(), current.column()) == (1, 1)  # 執行率 of 3年度
    assert QApplication.focusWidget() is editor.budget.table

    activate(qtbot, panel, row_of(panel, "issue-without-policy"))
    assert editor.current_tab() == Tab.ISSUES
    focus = QApplication.focusWidget()
    assert isinstance(focus, RichTextEdit) and focus is editor.issues.rows[1].editors[1].edit  # its 取組方針

    activate(qtbot, panel, row_of(panel, "empty-topic-part", sheet=1))  # the first: topics[0].issue
    assert QApplication.focusWidget() is editor.issues.rows[0].editors[0].edit

    activate(qtbot, panel, row_of(panel, "duplicate-policy-number", sheet=0))
    assert flawed_window.navigator.current_sheet() is flawed_window.doc.project.sheets[0]
    assert editor.current_tab() == Tab.INFO
    assert QApplication.focusWidget() is editor.info.number


def test_typing_re_checks_the_sheet_after_a_pause(qtbot, flawed_window, monkeypatch):
    insight, panel = flawed_window.insight, panel_of(flawed_window)
    calls: list[str] = []
    monkeypatch.setattr(problems_panel, "check_project",
                        lambda project, real=problems_panel.check_project: calls.append("project") or real(project))
    monkeypatch.setattr(problems_panel, "check_sheet",
                        lambda project, i, real=problems_panel.check_sheet: calls.append(f"sheet {i}") or real(project, i))
    activate(qtbot, panel, row_of(panel, "issue-without-policy"))
    edit = QApplication.focusWidget()
    commit_text(edit, "相談体制を")
    commit_text(edit, "強化します。")
    # nothing is checked while typing: the finding stays until the pause ends
    assert insight.timer.isActive() and calls == []
    assert (1, "issue-without-policy") in shown_codes(panel)
    qtbot.waitUntil(lambda: (1, "issue-without-policy") not in shown_codes(panel), timeout=3000)
    assert calls == ["sheet 1"]  # only the edited sheet
    assert len(panel.model.findings) == 12


def test_a_policy_number_change_renews_the_numbers_of_every_sheet(qtbot, flawed_window, monkeypatch):
    insight, panel = flawed_window.insight, panel_of(flawed_window)
    calls: list[int] = []
    monkeypatch.setattr(problems_panel, "check_project", lambda project: calls.append(-1))  # not needed
    real = problems_panel.check_policy_number
    monkeypatch.setattr(problems_panel, "check_policy_number",
                        lambda project, index, cache=None: calls.append(index) or real(project, index, cache))
    activate(qtbot, panel, row_of(panel, "duplicate-policy-number", sheet=1))
    number = flawed_window.editor.info.number
    assert QApplication.focusWidget() is number
    number.selectAll()
    qtbot.keyClicks(number, "4-9")
    qtbot.waitUntil(lambda: not insight.timer.isActive(), timeout=3000)
    assert calls == [0]  # the other sheet's 施策番号 findings; the edited sheet is checked whole
    codes = {code for _, code in shown_codes(panel)}
    assert "duplicate-policy-number" not in codes  # gone from both sheets


def test_an_actual_and_the_settings_re_check_the_project(qtbot, flawed_window, monkeypatch, dialogs):
    import copy

    from evaleditor.gui.settings_dialog import apply_settings

    insight, panel = flawed_window.insight, panel_of(flawed_window)
    activate(qtbot, panel, row_of(panel, "missing-actual"))
    view = flawed_window.editor.indicators.current_view()
    edit_cell(qtbot, view.table, 0, view.model.column_of("actual:2年度"), "18")
    insight.check_now()
    assert (1, "missing-actual") not in shown_codes(panel)
    settings = copy.deepcopy(flawed_window.doc.project.settings)
    settings.char_limit = None
    apply_settings(flawed_window.doc, dialogs, settings, {y: y for y in settings.year_labels})
    insight.check_now()
    assert (1, "over-char-limit") not in shown_codes(panel)
    flawed_window.undo_action.trigger()
    insight.check_now()
    assert (1, "over-char-limit") in shown_codes(panel)
    assert flawed_window.insight.status.text() == "エラー 3 件 / 警告 7 件 / 注意 2 件"  # the actual stays


def test_the_selected_finding_stays_selected_when_others_change(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    panel.view.setCurrentIndex(panel.proxy.index(row_of(panel, "missing-baseline"), 0))
    sheet = flawed_window.doc.project.sheets[1]
    flawed_window.navigator.select_sheet(sheet)
    flawed_window.editor.show_tab(Tab.BUDGET)
    table = flawed_window.editor.budget.table
    edit_cell(qtbot, table, 1, 0, "99")  # fixes the 執行率 over 100%
    flawed_window.insight.check_now()
    assert (1, "execution-rate-over-100") not in shown_codes(panel)
    assert panel.current_finding().code == "missing-baseline"


def test_the_status_count_opens_the_panel(qtbot, flawed_window):
    dock = flawed_window.insight.dock
    dock.hide()
    flawed_window.insight.status.click()
    assert dock.isVisible()
    assert dock.toggleViewAction() in flawed_window.view_menu.actions()


def test_going_to_a_missing_unit_and_a_missing_budget(qtbot, make_window, tmp_path, sample_json):
    from evaleditor.exchange.sheets_json import read_exchange

    project = read_exchange(sample_json)
    sheet = project.sheets[0]
    sheet.indicator_groups[0].indicators[2].unit = ""
    del sheet.budget["2年度"]
    path = tmp_path / "gaps.evproj"
    save_project(project, path)
    window = make_window(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a real keyboard focus
    window.insight.check_now()
    panel = panel_of(window)
    assert sorted(code for _, code in shown_codes(panel)) == ["missing-budget", "missing-unit"]
    activate(qtbot, panel, row_of(panel, "missing-unit", sheet=0))
    view = window.editor.indicators.current_view()
    current = view.table.currentIndex()
    assert (current.row(), view.model.column_key(current.column())) == (2, "unit")
    activate(qtbot, panel, row_of(panel, "missing-budget", sheet=0))
    assert window.editor.current_tab() == Tab.BUDGET
    current = window.editor.budget.table.currentIndex()
    assert (current.row(), current.column()) == (0, 0)  # 事業費 of 2年度
    assert QApplication.focusWidget() is window.editor.budget.table
    edit_cell(qtbot, window.editor.budget.table, 0, 0, "1,539,950")
    qtbot.waitUntil(lambda: "missing-budget" not in {code for _, code in shown_codes(panel)})
    window.doc.undo_stack.setClean()


def test_tab_leaves_the_list_of_findings_and_the_arrows_move_between_them(qtbot, flawed_window):
    panel = panel_of(flawed_window)
    flawed_window.activateWindow()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.view.currentIndex().row() == 1
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.view  # one Tab, not four per finding
    assert flawed_window.insight.status.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_level_column_fits_every_level_word_even_when_only_warnings_are_listed(qtbot):
    from evaleditor.checks import Area, Finding, Place

    def finding(level: Level) -> Finding:
        return Finding(level, "x", 0, "1 施策", Place(Area.SHEET, "policy_name"), "施策名", "施策名がありません")

    widths = []
    for levels in ([Level.WARNING], [Level.ERROR, Level.WARNING]):
        panel = problems_panel.ProblemsPanel()
        qtbot.addWidget(panel)
        panel.set_findings([finding(level) for level in levels])
        widths.append(panel.view.columnWidth(LEVEL))
    assert widths[0] == widths[1]  # an error coming later is not cut to 「エ…」


def ink_height(image, width: int, height: int) -> int:  # type: ignore[no-untyped-def]
    """The number of pixel rows in the top-left ``width`` × ``height`` of ``image`` with dark (text) pixels."""
    return sum(1 for y in range(height)
               if any(image.pixelColor(x, y).lightness() < 100 for x in range(width)))


def test_problems_panel_keeps_one_look_at_every_text_size(window, qtbot):
    """Switched to 大 / 特大 while the window is open: the level buttons stay equally high and the dock's
    title (問題) grows with the text, as big as in a dock made at that size."""
    from PySide6.QtWidgets import QDockWidget, QMainWindow

    actions = {a.data(): a for a in window.assistance.font_menu.actions()}
    window.insight.show_panel()
    panel = panel_of(window)
    dock = window.insight.dock
    try:
        for size in ("normal", "large", "larger"):
            actions[size].trigger()
            QApplication.processEvents()
            heights = {button.height() for button in panel.buttons.values()}
            assert len(heights) == 1, (size, heights)
            host = QMainWindow()  # a dock made at this size: its title has the right size
            qtbot.addWidget(host)
            fresh = QDockWidget(dock.windowTitle(), host)
            fresh.setWidget(QLabel("x"))
            host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, fresh)
            host.resize(dock.width(), dock.height() * 2)
            host.show()
            QApplication.processEvents()
            title = dock.fontMetrics().height() + 4
            expected = ink_height(fresh.grab().toImage(), 80, title)
            assert expected >= dock.fontMetrics().ascent() // 2
            assert ink_height(dock.grab().toImage(), 80, title) == expected, size
    finally:
        actions["normal"].trigger()


def test_live_checks_after_changes_of_policy_numbers_equal_a_whole_project_check(qtbot):
    import random

    from PySide6.QtCore import QTimer

    from evaleditor.checks import check_project
    from evaleditor.gui.document import Part, ProjectDocument
    from evaleditor.gui.problems_panel import LiveChecks
    from tests import factories

    project = factories.project(["4年度", "5年度"], sheets=6)
    doc = ProjectDocument(project)
    published: list = []
    checks = LiveChecks(doc, QTimer(), published.append)
    checks.run()
    chosen = random.Random(7)
    for _ in range(40):
        sheet = chosen.choice(project.sheets)
        sheet.policy_number = chosen.choice(["1", "２", "2", "3-1", "３－１", " ", "4"])
        if chosen.random() < 0.3:
            sheet.indicator_groups[0].indicators[0].target = None
        doc.changed.emit(sheet, Part.INFO)
        assert checks.run() == check_project(project)
    assert published[-1] == check_project(project)
    checks.detach()


def test_the_level_column_and_the_rows_follow_a_new_text_size(flawed_window, qtbot):
    actions = {a.data(): a for a in flawed_window.assistance.font_menu.actions()}
    panel = panel_of(flawed_window)
    normal = panel.view.columnWidth(LEVEL)
    try:
        actions["larger"].trigger()
        qtbot.waitUntil(lambda: panel.view.columnWidth(LEVEL) > normal, timeout=2000)
        shown = [panel.view.columnWidth(c) for c in range(3)]
        panel._fit_columns()  # what fitting at this size gives: the same, so 種類 is not cut to 「エ…」
        assert [panel.view.columnWidth(c) for c in range(3)] == shown
        assert panel.view.verticalHeader().defaultSectionSize() >= panel.view.fontMetrics().height()
        status = flawed_window.insight.status  # the count keeps its colour and follows the size too
        assert status.fontInfo().pixelSize() == flawed_window.statusBar().fontInfo().pixelSize()
    finally:
        actions["normal"].trigger()
