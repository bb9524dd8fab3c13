"""The one seam through which the GUI asks and tells the user things (tests replace its methods)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget

from evaleditor.applog import log
from evaleditor.errors import EvalEditorError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from evaleditor.exchange.importresult import ImportNote
    from evaleditor.exchange.merge import Duplicate, Resolution
    from evaleditor.gui.progress import Progress
    from evaleditor.model import Sheet

def failure_message(failed: str, error: Exception, doing: str) -> str:
    """What to tell the user when an action failed: the located reason of a known error, else (after
    logging the traceback as ``doing``) what to do about an unexpected one."""
    if isinstance(error, EvalEditorError):
        return f"{failed}\n{error}"
    log.error("%s failed", doing, exc_info=error)
    return failed + "\n" + QCoreApplication.translate(
        "Dialogs", "予期しないエラーが起きました。もう一度試しても同じときは、ログファイルを担当者に送ってください"
        "（場所は ヘルプ → バージョン情報 にあります）。")


#: Set on the application once its event loop is over (``aboutToQuit``): see :func:`interaction_over`.
QUITTING = "evaleditor-quitting"


def interaction_over() -> bool:
    """True once nobody can answer a dialog: the application is quitting, or its event loop has ended while a
    window is still open (the program being ended). Messages are then logged, not shown."""
    app = QCoreApplication.instance()
    return app is None or QCoreApplication.closingDown() or bool(app.property(QUITTING))


Answer = TypeVar("Answer")


def ask_with_buttons(box: QMessageBox, buttons: list[tuple[str, QMessageBox.ButtonRole, Answer]],
                     default: Answer, escape: Answer) -> Answer:
    """Show ``box`` with buttons named for what they do; the answer of the one clicked (Esc: ``escape``)."""
    made = {answer: box.addButton(text, role) for text, role, answer in buttons}
    box.setDefaultButton(made[default])
    box.setEscapeButton(made[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in made.items() if button is clicked), escape)


class SaveChoice(Enum):
    SAVE = "save"
    SAVE_AS = "save-as"  # a read-only document: save the changes to another file
    DISCARD = "discard"
    CANCEL = "cancel"


# -- answers to the questions about locks, changes on disk, failed saves, recovery and backups
if TYPE_CHECKING:
    from evaleditor.gui.backups_dialog import BackupAnswer
    from evaleditor.gui.recovery_dialog import RecoveryOffer
    from evaleditor.storage.backups import Backup


class LockChoice(Enum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


class DiskChoice(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


class RecoveryChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class Dialogs:
    """Questions and messages; every method is modal and returns the user's answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def ask_save_changes(self, name: str, read_only: bool = False) -> SaveChoice:
        """Save, discard or cancel the changes to ``name``; opened read-only, save them to another file."""
        translate = QCoreApplication.translate
        role = QMessageBox.ButtonRole
        if read_only:
            box = QMessageBox(QMessageBox.Icon.Warning, "evaleditor", translate(
                "Dialogs", "「{0}」は読み取り専用で開いています。変更を別の名前で保存しますか？").format(name),
                parent=self.parent)
            box.setInformativeText(translate(
                "Dialogs", "元のファイルには保存できません。別の名前で保存しないと、変更は失われます。"))
            return ask_with_buttons(box, [
                (translate("Dialogs", "名前を付けて保存(&A)…"), role.AcceptRole, SaveChoice.SAVE_AS),
                (translate("Dialogs", "保存しない(&N)"), role.DestructiveRole, SaveChoice.DISCARD),
                (translate("Dialogs", "キャンセル"), role.RejectRole, SaveChoice.CANCEL),
            ], default=SaveChoice.SAVE_AS, escape=SaveChoice.CANCEL)
        box = QMessageBox(QMessageBox.Icon.Warning, "evaleditor",
                          translate("Dialogs", "「{0}」への変更を保存しますか？").format(name), parent=self.parent)
        box.setInformativeText(translate("Dialogs", "保存しないと、変更は失われます。"))
        return ask_with_buttons(box, [
            (translate("Dialogs", "保存(&S)"), role.AcceptRole, SaveChoice.SAVE),
            (translate("Dialogs", "保存しない(&N)"), role.DestructiveRole, SaveChoice.DISCARD),
            (translate("Dialogs", "キャンセル"), role.RejectRole, SaveChoice.CANCEL),
        ], default=SaveChoice.SAVE, escape=SaveChoice.CANCEL)

    # -- keeping work safe (evaleditor.gui.safety); the windows live in their own modules
    def ask_locked(self, name: str, message: str, may_take_over: bool) -> LockChoice:
        """Someone has the file open (``message`` says who since when): read-only, take over or cancel."""
        from evaleditor.gui.lock_dialogs import ask_locked

        return ask_locked(self.parent, name, message, may_take_over)

    def ask_changed_on_disk(self, name: str, message: str) -> DiskChoice:
        """The file changed on disk since it was opened: overwrite it, save under another name, or cancel."""
        from evaleditor.gui.lock_dialogs import ask_changed_on_disk

        return ask_changed_on_disk(self.parent, name, message)

    def ask_save_failed(self, message: str) -> bool:
        """Saving failed (``message`` says why); True: choose another place (別の場所に保存…)."""
        from evaleditor.gui.lock_dialogs import ask_save_failed

        return ask_save_failed(self.parent, message)

    def ask_recovery(self, offer: RecoveryOffer) -> RecoveryChoice:
        """Unsaved work of a session that ended without saving: restore, discard, or decide later."""
        from evaleditor.gui.recovery_dialog import RecoveryDialog

        return RecoveryDialog(offer, self.parent).choose()

    def choose_backup(self, name: str, backups: list[Backup], keep: int, can_restore: bool) -> BackupAnswer:
        """The kept versions of ``name``: which to open or restore, and how many versions to keep."""
        from evaleditor.gui.backups_dialog import BackupsDialog

        return BackupsDialog(name, backups, keep, can_restore, self.parent).choose()

    def confirm(self, title: str, text: str) -> bool:
        from evaleditor.gui.access_keys import name_standard_buttons

        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        name_standard_buttons(box)
        box.exec()
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes

    def error(self, text: str) -> None:
        self._tell(QMessageBox(QMessageBox.Icon.Warning, "evaleditor", text, QMessageBox.StandardButton.Ok,
                               self.parent))

    def info(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok, self.parent)
        icon = box.windowIcon()  # the application's icon, as QMessageBox.about shows it
        box.setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))))
        self._tell(box)

    @staticmethod
    def _tell(box: QMessageBox) -> None:
        from evaleditor.gui.access_keys import name_standard_buttons

        if interaction_over():
            log.warning("not shown while quitting: %s", box.text())
            box.deleteLater()
            return
        name_standard_buttons(box)
        box.exec()

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog  # the dialog classes load when first used (start-up time)

        from evaleditor.gui.access_keys import standard_text

        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.setOkButtonText(standard_text("Ok"))
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None

    def open_path(self, title: str, filters: str, folder: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.parent, title, folder, filters)
        return Path(name) if name else None

    def save_path(self, title: str, filters: str, suggested: str = "") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(name) if name else None

    def choose_color(self, initial: QColor) -> QColor | None:
        from PySide6.QtWidgets import QColorDialog, QDialogButtonBox

        from evaleditor.gui.access_keys import name_standard_buttons

        dialog = QColorDialog(initial, self.parent)
        dialog.setWindowTitle(QCoreApplication.translate("Dialogs", "文字の色"))
        if (buttons := dialog.findChild(QDialogButtonBox)) is not None:  # none with a native dialog
            name_standard_buttons(buttons)
        if dialog.exec() != QColorDialog.DialogCode.Accepted:
            return None
        color = dialog.selectedColor()
        return color if color.isValid() else None

    # -- collecting, printing, importing (the dialogs live in their own modules)
    def open_paths(self, title: str, filters: str, folder: str = "") -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(self.parent, title, folder, filters)
        return [Path(name) for name in names]

    def choose_resolution(self, duplicate: Duplicate) -> Resolution | None:
        """Which of the sheets sharing a 施策番号 to keep; None stops the whole merge."""
        from evaleditor.gui.merge_dialog import DuplicateDialog

        return DuplicateDialog(duplicate, self.parent).choose()

    def setup_printer(self, printer: QPrinter) -> bool:
        """The print dialog: True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, self.parent).exec() == QPrintDialog.DialogCode.Accepted

    def ask_next_year(self, current: str, following: str, adds_column: bool) -> frozenset[str] | None:
        """The topic parts to clear for the next year (⊆ result/issue/policy); None cancels."""
        from evaleditor.gui.next_year_dialog import NextYearDialog

        return NextYearDialog(current, following, adds_column, self.parent).choose()

    def ask_import_target(self, name: str, sheets: int) -> str | None:
        """"new" (a new project), "add" (added to the open one) or None (cancel)."""
        box = QMessageBox(QMessageBox.Icon.Question, "evaleditor", QCoreApplication.translate(
            "Dialogs", "「{0}」の {1} シートをどこに取り込みますか？").format(name, sheets), parent=self.parent)
        add = box.addButton(QCoreApplication.translate("Dialogs", "開いているプロジェクトに追加(&A)"),
                            QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(QCoreApplication.translate("Dialogs", "新しいプロジェクト(&N)"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QCoreApplication.translate("Dialogs", "キャンセル"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.setEscapeButton(cancel)
        box.exec()
        return {id(add): "add", id(new): "new"}.get(id(box.clickedButton()))

    def show_import_notes(self, name: str, notes: list[ImportNote]) -> None:
        from evaleditor.gui.import_notes import ImportNotesDialog

        ImportNotesDialog(name, notes, self.parent).exec()

    def ask_export_sheets(self, label: str, sheets: list[Sheet], current: Sheet | None) -> list[Sheet] | None:
        """Which sheets to export as ``label``: all, the one shown (``current``) or chosen ones; None cancels."""
        from evaleditor.gui.export_scope_dialog import ExportScopeDialog

        return ExportScopeDialog(label, sheets, current, self.parent).choose()

    def progress(self, title: str, maximum: int) -> Progress:
        """A progress dialog with a cancel button, shown when the work takes more than a moment."""
        from evaleditor.gui.progress import QtProgress

        return QtProgress(title, maximum, self.parent)
