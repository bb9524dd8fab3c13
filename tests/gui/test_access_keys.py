"""Every menu of the main window can be used with the keyboard: each title and entry has an access key
(Alt+letter, Japanese style 「シート(&S)」), unique within its menu — in Japanese and in English. This covers
the menu bar, its sub-menus, the other menus of the window (text colour) and the tables' right-click menus."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from evaleditor.gui.access_keys import access_key, with_access_key
from evaleditor.gui.app import install_translations
from evaleditor.gui.mainwindow import MainWindow
from evaleditor.gui.recent_files import KEY as RECENT_KEY


def mnemonics(text: str) -> list[str]:
    """The characters marked with a single ``&`` (``&&`` shows an ``&``), upper case."""
    found, i = [], 0
    while i < len(text):
        if text[i] == "&":
            if text[i + 1:i + 2] == "&":
                i += 2
                continue
            found.append(text[i + 1:i + 2].upper())
            i += 2
            continue
        i += 1
    return found


def check_entries(where: str, actions: list[QAction]) -> list[str]:
    problems, seen = [], {}
    for action in actions:
        if action.isSeparator():
            continue
        marks = mnemonics(action.text())
        if len(marks) != 1 or not marks[0].strip():
            problems.append(f"{where}: {action.text()!r} has {len(marks)} access keys")
            continue
        if marks[0] in seen:
            problems.append(f"{where}: {action.text()!r} and {seen[marks[0]]!r} share Alt+{marks[0]}")
        seen[marks[0]] = action.text()
    return problems


def all_menus(window: MainWindow) -> list[tuple[str, QMenu]]:
    """Every menu reachable from the menu bar (filled as when opened), then any other menu of the window
    (with every tab of the sheet editor built, e.g. the text colour menu)."""
    from evaleditor.gui.document import Tab

    for tab in (Tab.INFO, Tab.INDICATORS, Tab.BUDGET, Tab.RESULTS, Tab.ISSUES):
        window.editor.show_tab(tab)
    found: list[tuple[str, QMenu]] = []

    def walk(path: str, menu: QMenu) -> None:
        menu.aboutToShow.emit()  # e.g. 最近使ったファイル is filled when it opens
        found.append((path, menu))
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                walk(f"{path} → {action.text()}", action.menu())

    for action in window.menuBar().actions():
        walk(action.text(), action.menu())
    reached = {id(menu) for _, menu in found}
    found += [(menu.title() or menu.objectName() or f"a menu of {type(menu.parent()).__name__}", menu)
              for menu in window.findChildren(QMenu) if id(menu) not in reached]
    return found


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_menu_title_and_entry_has_a_unique_access_key(qtbot, qsettings, dialogs, tmp_path, language):
    app = QApplication.instance()
    translators = install_translations(app, language) if language == "en" else []
    try:
        recent = [tmp_path / "R&D.evproj", tmp_path / "b.evproj"]
        qsettings.setValue(RECENT_KEY, [str(p) for p in recent])
        window = MainWindow(qsettings, dialogs)
        qtbot.addWidget(window)
        problems = check_entries("menu bar", window.menuBar().actions())
        menus = all_menus(window)
        assert len(menus) >= 10
        for path, menu in menus:
            problems += check_entries(path, menu.actions())
        context = [w for w in window.findChildren(QWidget)
                   if w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu and w.actions()]
        assert context  # the indicator tables' right-click menu
        for widget in context:
            problems += check_entries(f"context menu of {widget.accessibleName() or widget!r}", widget.actions())
        assert problems == []
        texts = [a.text() for a in window.recent_menu.actions()]
        assert texts[:2] == ["&1 R&&D.evproj", "&2 b.evproj"]  # an & in a file name is shown, not an access key
        export = [a.text() for a in window.export_menu.actions()]
        if language == "ja":
            assert {"Excel ブック(&E)…", "PDF(&P)…"} <= set(export)  # Japanese style among Japanese entries
            assert "シート(&S)" in [a.text() for a in window.menuBar().actions()]
        else:
            assert {"&Excel workbook…", "&PDF…"} <= set(export)
            assert window.add_sheet_action.text() == "&Add sheet"  # translated, with an access key of its own
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_undo_entry_names_the_step_and_keeps_its_access_key(window):
    assert window.undo_action.text() == "元に戻す(&U)" and not window.undo_action.isEnabled()
    window.doc.undo_stack.beginMacro("R&D を入力")
    window.doc.undo_stack.endMacro()
    assert window.undo_action.text() == "元に戻す: R&&D を入力(&U)" and window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.undo_action.text() == "元に戻す(&U)"
    assert window.redo_action.text() == "やり直し: R&&D を入力(&R)"


def test_access_keys_for_entries_built_from_data():
    assert with_access_key("Excel ブック") == "Excel ブック(&E)"
    assert with_access_key("Excel workbook", {"E"}) == "E&xcel workbook"
    assert with_access_key("CSV（指標の一覧）", {"C", "S"}) == "CSV（指標の一覧）(&V)"
    assert with_access_key("問題", {"A"}) == "問題(&B)"
    assert with_access_key("R&D") == "&R&&D"
    assert with_access_key("PDF", {"P"}, bracket=True) == "PDF(&D)"
    assert access_key("R&&D(&X)") == "X" and access_key("R&&D") is None and access_key("&1 a") == "1"


def test_toolbar_buttons_show_the_name_without_the_access_key(window):
    from PySide6.QtWidgets import QToolBar, QToolButton

    toolbar = window.findChild(QToolBar, "mainToolBar")
    texts = [b.text() for b in toolbar.findChildren(QToolButton) if b.defaultAction() is not None]
    assert texts == ["新規", "開く", "保存", "元に戻す", "やり直し", "プロジェクトの設定"]
