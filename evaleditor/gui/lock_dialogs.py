"""The questions about a file someone else holds, a file changed on disk, and a save that failed.

Each is a message box with the buttons named for what they do; :class:`evaleditor.gui.dialogs.Dialogs`
calls these (tests replace the Dialogs methods, never these functions).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from evaleditor.gui.dialogs import DiskChoice, LockChoice, ask_with_buttons


translate = QCoreApplication.translate


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, details: str) -> QMessageBox:
    box = QMessageBox(icon, "evaleditor", text, parent=parent)
    box.setInformativeText(details)
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is not None:  # wide enough that "who, computer, since when" stays on one line
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("あ") * 36)
    return box


def ask_locked(parent: QWidget | None, name: str, message: str, may_take_over: bool) -> LockChoice:
    """「読み取り専用で開く」「引き継いで開く…」(only when allowed)「キャンセル」."""
    box = _box(parent, QMessageBox.Icon.Warning, translate("LockDialogs", "「{0}」は編集用に開けません。").format(name),
               translate("LockDialogs", "{0}。\n\n読み取り専用で開くと、内容を見たり、別の名前で保存したりできます。").format(message))
    role = QMessageBox.ButtonRole
    buttons = [(translate("LockDialogs", "読み取り専用で開く(&R)"), role.AcceptRole, LockChoice.READ_ONLY)]
    if may_take_over:
        buttons.append((translate("LockDialogs", "引き継いで開く(&T)…"), role.DestructiveRole, LockChoice.TAKE_OVER))
    buttons.append((translate("LockDialogs", "キャンセル"), role.RejectRole, LockChoice.CANCEL))
    return ask_with_buttons(box, buttons, default=LockChoice.READ_ONLY, escape=LockChoice.CANCEL)


def ask_changed_on_disk(parent: QWidget | None, name: str, message: str) -> DiskChoice:
    """「上書きする」「別名で保存…」「キャンセル」; saving under another name is the default."""
    box = _box(parent, QMessageBox.Icon.Warning, translate("LockDialogs", "「{0}」を保存する前に確認してください。").format(name),
               translate("LockDialogs", "{0}\n\n上書きすると、ほかで保存された内容は今のファイルから消えます"
                   "（その版はバックアップに残ります）。").format(message))
    role = QMessageBox.ButtonRole
    return ask_with_buttons(box, [
        (translate("LockDialogs", "上書きする(&O)"), role.DestructiveRole, DiskChoice.OVERWRITE),
        (translate("LockDialogs", "別名で保存(&A)…"), role.AcceptRole, DiskChoice.SAVE_AS),
        (translate("LockDialogs", "キャンセル"), role.RejectRole, DiskChoice.CANCEL),
    ], default=DiskChoice.SAVE_AS, escape=DiskChoice.CANCEL)


def ask_save_failed(parent: QWidget | None, message: str) -> bool:
    """「別の場所に保存…」(True) or「キャンセル」."""
    box = _box(parent, QMessageBox.Icon.Critical, message,
               translate("LockDialogs", "編集中の内容はそのまま残っています。別の場所（USB メモリ、デスクトップなど）に保存できます。"))
    role = QMessageBox.ButtonRole
    return ask_with_buttons(box, [(translate("LockDialogs", "別の場所に保存(&S)…"), role.AcceptRole, True),
                                  (translate("LockDialogs", "キャンセル"), role.RejectRole, False)],
                            default=True, escape=False)
