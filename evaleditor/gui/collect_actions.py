"""The menu entries for submitting and collecting sheets, added to the main window by one call.

ファイル: 他のプロジェクトから取り込み（統合）, 印刷プレビュー, 印刷 (Ctrl+P), 次年度の準備;
ツール: 比較. Each entry's work lives in its own module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from evaleditor.applog import log

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from evaleditor.gui.mainwindow import MainWindow


class CollectActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.printer: QPrinter | None = None
        self.merge_action = self._action(self.tr("他のプロジェクトから取り込み（統合）(&M)…"), self.merge)
        self.preview_action = self._action(self.tr("印刷プレビュー(&V)…"), self.preview)
        self.print_action = self._action(self.tr("印刷(&P)…"), self.print_, QKeySequence.StandardKey.Print)
        self.next_year_action = self._action(self.tr("次年度の準備(&Y)…"), self.next_year)
        self.compare_action = self._action(self.tr("比較(&C)…"), self.compare)

    def _action(self, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def install(self) -> None:
        window = self.window
        menu = window.file_menu
        menu.insertAction(window.export_menu.menuAction(), self.merge_action)
        before = window.settings_action
        for action in (self.preview_action, self.print_action, None, self.next_year_action, None):
            if action is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, action)
        self.tools_menu().addAction(self.compare_action)

    def tools_menu(self) -> QMenu:
        """The ツール menu before 表示 (created once, shared with other features)."""
        window = self.window
        menu = getattr(window, "tools_menu", None)
        if menu is None:
            menu = QMenu(self.tr("ツール(&T)"), window)
            window.menuBar().insertMenu(window.view_menu.menuAction(), menu)
            window.tools_menu = menu  # type: ignore[attr-defined]
        return menu

    # -- the entries
    def merge(self) -> None:
        from evaleditor.gui.merge_actions import merge_files_into

        merge_files_into(self.window)

    def preview(self) -> None:
        from evaleditor.gui.pdf.printing import open_print_preview

        if self._printable():
            project = self.window.doc.project  # type: ignore[union-attr]
            self.window.print_preview = open_print_preview(project, self.window)  # type: ignore[attr-defined]

    def print_(self) -> int:
        from evaleditor.gui.pdf.printing import new_printer, print_project

        if not self._printable():
            return 0
        doc = self.window.doc
        assert doc is not None
        if self.printer is None:
            self.printer = new_printer()  # kept: the next print starts from the same choices
        self.printer.setDocName(doc.display_name())
        if not self.window.dialogs.setup_printer(self.printer):
            return 0
        try:
            pages = print_project(doc.project, self.printer)
        except Exception:
            log.exception("printing")
            pages = 0
        if pages:
            self.window.statusBar().showMessage(self.tr("{0} ページを印刷しました").format(pages), 5000)
        else:
            self.window.dialogs.error(self.tr("印刷できませんでした。プリンターの設定とページの範囲を確かめてください。"))
        return pages

    def _printable(self) -> bool:
        window = self.window
        if window.doc is None:
            return False
        window._commit_pending_edit()
        if not window.doc.project.sheets:
            window.dialogs.error(self.tr("印刷するシートがありません。"))
            return False
        return True

    def next_year(self) -> None:
        from evaleditor.gui.next_year_dialog import prepare_next_year_file

        prepare_next_year_file(self.window)

    def compare(self) -> None:
        from evaleditor.gui.compare_dialog import compare_with_file

        compare_with_file(self.window)


def install_collect(window: MainWindow) -> CollectActions:
    actions = CollectActions(window)
    actions.install()
    return actions
