"""Tool tips and status-bar tips for every action of the main window's menus and toolbar.

The descriptions say what the action does in one plain sentence; an action added later by another
feature without a tip of its own gets its menu text (without ``&`` and ``…``) as a fallback, so no
entry is left silent for screen readers and the status bar.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def descriptions() -> dict[str, str]:
    """Tips by the attribute name of the action on the main window (or its ``collect_actions``)."""
    return {
        "new_action": QCoreApplication.translate("ActionTips", "新しい空のプロジェクトを作ります"),
        "open_action": QCoreApplication.translate("ActionTips", "保存したプロジェクト（.evproj）を開きます"),
        "save_action": QCoreApplication.translate("ActionTips", "プロジェクトを今のファイルに保存します"),
        "save_as_action": QCoreApplication.translate("ActionTips", "プロジェクトを別の名前や場所に保存します"),
        "import_action": QCoreApplication.translate("ActionTips", "Excel のブック（昨年度の評価シートなど）や交換用 JSON からシートを取り込みます"),
        "settings_action": QCoreApplication.translate("ActionTips", "年度の列、評価対象年度、文字数の上限などプロジェクト全体の設定を変えます"),
        "quit_action": QCoreApplication.translate("ActionTips", "evaleditor を終わります（保存していない変更があれば確認します）"),
        "undo_action": QCoreApplication.translate("ActionTips", "直前の変更を取り消します"),
        "redo_action": QCoreApplication.translate("ActionTips", "取り消した変更をやり直します"),
        "cut_action": QCoreApplication.translate("ActionTips", "選んだ文字やセルを切り取ります"),
        "copy_action": QCoreApplication.translate("ActionTips", "選んだ文字やセルをコピーします（表は Excel に貼り付けられます）"),
        "paste_action": QCoreApplication.translate("ActionTips", "コピーした文字や Excel の範囲を貼り付けます"),
        "add_sheet_action": QCoreApplication.translate("ActionTips", "新しいシート（施策）を選んでいるシートの次に追加します"),
        "duplicate_sheet_action": QCoreApplication.translate("ActionTips", "選んでいるシートを複製します"),
        "delete_sheet_action": QCoreApplication.translate("ActionTips", "選んでいるシートを削除します（確認してから削除します）"),
        "sheet_up_action": QCoreApplication.translate("ActionTips", "選んでいるシートを一覧の一つ上へ動かします"),
        "sheet_down_action": QCoreApplication.translate("ActionTips", "選んでいるシートを一覧の一つ下へ動かします"),
        "about_action": QCoreApplication.translate("ActionTips", "evaleditor の版を表示します"),
        "merge_action": QCoreApplication.translate("ActionTips", "各課から届いたプロジェクトのシートを、開いているプロジェクトにまとめます"),
        "preview_action": QCoreApplication.translate("ActionTips", "印刷されるページを画面で確かめます"),
        "print_action": QCoreApplication.translate("ActionTips", "すべてのシートを A4 で印刷します"),
        "next_year_action": QCoreApplication.translate("ActionTips", "評価対象年度を一年進めた新しいプロジェクトを別のファイルに作ります"),
        "compare_action": QCoreApplication.translate("ActionTips", "前に保存したプロジェクトと比べて、変わったところを一覧にします"),
        "help_action": QCoreApplication.translate("ActionTips", "この使い方（操作の手引き）を開きます"),
        "whats_this_action": QCoreApplication.translate("ActionTips", "次にクリックした項目の説明を表示します"),
        "backups_action": QCoreApplication.translate(
            "ActionTips", "保存するたびに残る前の版を一覧にして、開いたり、今のファイルに戻したりします"),
        "recoveries_action": QCoreApplication.translate(
            "ActionTips", "異常終了などで保存されなかった作業を探して、復元するかどうかを選びます"),
        "welcome_action": QCoreApplication.translate("ActionTips", "例を開く・新しく作る・取り込むを選べる最初の画面を表示します"),
    }


def by_text() -> dict[str, str]:
    """Tips for entries that are not attributes (languages, panel toggles), by their menu text."""
    language = QCoreApplication.translate("ActionTips", "画面の言語を切り替えます（次の起動から）")
    return {"日本語": language, "English": language,
            QCoreApplication.translate("Insight", "問題"): QCoreApplication.translate(
                "ActionTips", "画面の下の「問題」の一覧を出したり隠したりします")}


def plain_text(action: QAction) -> str:
    """The menu text without the mnemonic (``(&S)`` or ``&``) and the trailing ``…``."""
    text = re.sub(r"\(&\w\)", "", action.text())
    return text.replace("&", "").rstrip("…").strip()


def describe(action: QAction, tip: str) -> None:
    action.setStatusTip(tip)
    shortcut = action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)
    label = plain_text(action)
    action.setToolTip(f"{label} ({shortcut})\n{tip}" if shortcut else f"{label}\n{tip}")


def menu_actions(window: QMainWindow) -> list[QAction]:
    """Every action in the menu bar (sub-menus included) and on the toolbars, without separators."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator() or action in found:
                continue
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
                continue
            found.append(action)

    walk(window.menuBar().actions())
    from PySide6.QtWidgets import QToolBar

    for toolbar in window.findChildren(QToolBar):
        if toolbar.parent() is window:
            walk(toolbar.actions())
    return found


def install_tips(window: QMainWindow) -> None:
    """Give every menu and toolbar action a tool tip and a status-bar tip (again when called again)."""
    known = descriptions()
    owners = [window, getattr(window, "collect_actions", None), getattr(window, "assistance", None),
              getattr(window, "safety", None)]
    by_action: dict[int, str] = {}
    for owner in owners:
        for name, tip in known.items():
            action = getattr(owner, name, None) if owner is not None else None
            if isinstance(action, QAction):
                by_action[id(action)] = tip
    export_actions = getattr(window, "export_actions", {})
    for action in export_actions.values():
        by_action[id(action)] = QCoreApplication.translate(
            "ActionTips", "プロジェクトを「{0}」の形式でファイルに書き出します").format(plain_text(action))
    texts = by_text()
    for action in menu_actions(window):
        own_tip = action.toolTip()
        if id(action) not in by_action and not action.statusTip() and own_tip and own_tip != plain_text(action):
            action.setStatusTip(own_tip)  # e.g. a recent file's full path: keep it as it is
            continue
        tip = by_action.get(id(action)) or texts.get(plain_text(action)) or action.statusTip() or plain_text(action)
        if tip:
            describe(action, tip)
    for menu in window.findChildren(QMenu):
        menu.setToolTipsVisible(True)
