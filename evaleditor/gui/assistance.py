"""Help for people finding their way: ヘルプ → 使い方 (F1), これは何？ (Shift+F1), the welcome page,
表示 → 画面の文字の大きさ, and tips on every action. Installed with one call from the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWhatsThis

from evaleditor.gui.action_tips import install_tips
from evaleditor.gui.font_size import install_font_menu
from evaleditor.gui.keyboard import install_keyboard
from evaleditor.gui.welcome import Welcome

if TYPE_CHECKING:
    from evaleditor.gui.help_window import HelpWindow
    from evaleditor.gui.mainwindow import MainWindow


class Assistance(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.help_action = QAction(self.tr("使い方(&H)"), window)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if self.help_action.shortcut().isEmpty():
            self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(self.show_help)
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setText(self.tr("これは何？(&W)"))
        self.welcome_action = QAction(self.tr("ようこそ画面(&G)"), window)
        self.welcome_action.triggered.connect(self.show_welcome)
        menu = window.help_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.help_action, self.whats_this_action, self.welcome_action])
        if first is not None:
            menu.insertSeparator(first)
        self.font_menu = install_font_menu(window.view_menu, window.settings, window)
        self.welcome = Welcome(window)
        self.keyboard_actions = install_keyboard(window)
        install_tips(window)
        # actions added by features installed later: tips once the window runs, and whenever a menu opens
        QTimer.singleShot(0, lambda: install_tips(window))
        for action in window.menuBar().actions():
            if action.menu() is not None:
                action.menu().aboutToShow.connect(lambda: install_tips(window))

    def show_help(self) -> HelpWindow:
        from evaleditor.gui.help_window import show_help  # loaded when first asked for

        return show_help(self.window)

    def show_welcome(self) -> None:
        self.welcome.show()


def install_assistance(window: MainWindow) -> Assistance:
    return Assistance(window)
