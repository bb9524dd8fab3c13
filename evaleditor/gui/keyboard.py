"""Keyboard ways around the main window that do not depend on where the focus is.

- 次のタブ (Ctrl+PgDown) / 前のタブ (Ctrl+PgUp): the sheet's tabs, from anywhere — also from inside a
  table, where Tab moves between cells;
- 一覧と編集画面の切り替え (F6): between the sheet list and the sheet's tab;
- Tab on a table's last cell (Shift+Tab on its first) leaves the table instead of going round again,
  so that no table is a keyboard trap.
They are entries of the シート menu, so they are listed with their keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QTableView, QWidget

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow


def sheet_menu(window: MainWindow) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().startswith(QCoreApplication.translate("MainWindow", "シート(&S)")):
            return action.menu()  # type: ignore[return-value]
    return None


def next_tab(window: MainWindow, step: int) -> None:
    editor = window.editor
    if editor is None or editor.sheet is None:
        return
    tabs = editor.tabs
    tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
    target = first_field(tabs.currentWidget())
    if target is not None:
        target.setFocus(Qt.FocusReason.TabFocusReason)
    if target is None or not target.hasFocus():
        tabs.tabBar().setFocus()


def first_field(page: QWidget) -> QWidget | None:
    """The first widget inside ``page`` that Tab would reach (its focus proxy if it has one); never the page
    itself or a bare container, which would hold the focus with nothing to show for it."""
    proxy = page.focusProxy()
    if proxy is not None:
        return proxy
    widget = page.nextInFocusChain()  # a panel built later joins the window's chain further on: go round once
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled() \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


def switch_pane(window: MainWindow) -> None:
    """F6: from the sheet list to the current tab's bar, and from anywhere else back to the list."""
    if window.navigator is None or window.editor is None:
        return
    focus = QApplication.focusWidget()
    if focus is window.navigator.list:
        window.editor.tabs.tabBar().setFocus()
    else:
        window.navigator.list.setFocus()


def focus_beyond(widget: QWidget, forward: bool) -> bool:
    """Move the focus to the next (or previous) focusable widget outside ``widget``."""
    candidate = widget
    for _ in range(500):
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
        if candidate is widget:
            return False
        if (candidate.isVisible() and candidate.isEnabled() and not widget.isAncestorOf(candidate)
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.focusProxy() is None):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return True
    return False


def tab_leaves_table(table: QTableView, forward: bool) -> bool:
    """Tab on the last cell of ``table`` (Shift+Tab on the first) moves the focus out of it; True if it did.

    The tables of the window call this from ``focusNextPrevChild``, where Qt handles Tab in a table.
    """
    model, index = table.model(), table.currentIndex()
    if model is None:
        return False
    last = model.index(model.rowCount() - 1, model.columnCount() - 1)
    first = model.index(0, 0)
    at_edge = not index.isValid() or (index == last if forward else index == first)
    return at_edge and focus_beyond(table, forward)


def editable_beyond(table: QTableView, forward: bool) -> bool:
    """Whether a cell after the current one (before it, going back) can be edited: where Tab in an open
    cell editor goes. Qt would wrap round to the table's first editable cell instead of leaving it."""
    model, index = table.model(), table.currentIndex()
    if model is None or not index.isValid():
        return False
    columns = model.columnCount()
    here = index.row() * columns + index.column()
    positions = range(here + 1, model.rowCount() * columns) if forward else range(here - 1, -1, -1)
    return any(model.flags(model.index(p // columns, p % columns)) & Qt.ItemFlag.ItemIsEditable for p in positions)


def install_keyboard(window: MainWindow) -> list[QAction]:
    actions = []
    for text, keys, slot, tip in (
        (QCoreApplication.translate("Keyboard", "次のタブ(&N)"), "Ctrl+PgDown", lambda: next_tab(window, 1),
         QCoreApplication.translate("Keyboard", "シートの次のタブ（基本情報 → 成果指標 → …）に移ります")),
        (QCoreApplication.translate("Keyboard", "前のタブ(&P)"), "Ctrl+PgUp", lambda: next_tab(window, -1),
         QCoreApplication.translate("Keyboard", "シートの前のタブに移ります")),
        (QCoreApplication.translate("Keyboard", "シートの一覧と編集画面を切り替え(&S)"), "F6", lambda: switch_pane(window),
         QCoreApplication.translate("Keyboard", "キーボードの操作場所を、左のシートの一覧と右の編集画面の間で移します")),
    ):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        actions.append(action)
    menu = sheet_menu(window)
    if menu is not None:
        menu.addSeparator()
        menu.addActions(actions)
    else:
        window.addActions(actions)
    return actions
