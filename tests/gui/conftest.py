"""GUI fixtures: a main window with settings in a temporary file and scripted answers to its questions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget

from evaleditor.gui.dialogs import Dialogs, DiskChoice, LockChoice, RecoveryChoice, SaveChoice
from evaleditor.gui.mainwindow import MainWindow

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "hiratsuka-policy4-r2.evproj"


class ScriptedDialogs(Dialogs):
    """The dialogs seam answering from queues set by a test, recording what the user was told."""

    def __init__(self) -> None:
        super().__init__(None)
        self.save_choices: list[SaveChoice] = []
        self.save_questions: list[tuple[str, bool]] = []  # (name, read_only) of each save question
        self.confirms: list[bool] = []
        self.texts: list[str | None] = []
        self.paths: list[Path | None] = []
        self.colors: list = []
        self.errors: list[str] = []
        self.asked: list[str] = []

    def ask_save_changes(self, name: str, read_only: bool = False) -> SaveChoice:
        self.asked.append(name)
        self.save_questions.append((name, read_only))
        # unscripted (e.g. the window closed after a failed test): lose nothing on disk
        return self.save_choices.pop(0) if self.save_choices else SaveChoice.DISCARD

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.confirms.pop(0)

    def error(self, text: str) -> None:
        self.errors.append(text)

    def info(self, title: str, text: str) -> None:
        self.asked.append(text)

    def ask_text(self, title: str, label: str, value: str = "") -> str | None:
        return self.texts.pop(0)

    def open_path(self, title: str, filters: str, folder: str = "") -> Path | None:
        self.asked.append(filters)
        return self.paths.pop(0)

    def save_path(self, title: str, filters: str, suggested: str = "") -> Path | None:
        self.asked.append(filters)
        return self.paths.pop(0)

    def choose_color(self, initial):  # type: ignore[no-untyped-def]
        return self.colors.pop(0)

    #: answers to 書き出し's "which sheets" question: each a function (sheets, current) -> chosen or None
    export_choices: list

    def ask_export_sheets(self, label, sheets, current):  # type: ignore[no-untyped-def]
        self.export_questions = [*getattr(self, "export_questions", []), (label, list(sheets), current)]
        # unscripted: every sheet, as before the question existed
        return self.export_choices.pop(0)(sheets, current) if getattr(self, "export_choices", None) else list(sheets)

    # -- keeping work safe (evaleditor.gui.safety); unscripted, each answers the choice that risks nothing
    lock_choices: list[LockChoice]
    disk_choices: list[DiskChoice]
    save_failed_answers: list[bool]
    recovery_choices: list[RecoveryChoice]
    backup_answers: list

    def ask_locked(self, name: str, message: str, may_take_over: bool) -> LockChoice:
        self.asked.append(message)
        return self.lock_choices.pop(0) if getattr(self, "lock_choices", None) else LockChoice.CANCEL

    def ask_changed_on_disk(self, name: str, message: str) -> DiskChoice:
        self.asked.append(message)
        return self.disk_choices.pop(0) if getattr(self, "disk_choices", None) else DiskChoice.CANCEL

    def ask_save_failed(self, message: str) -> bool:
        self.errors.append(message)
        return self.save_failed_answers.pop(0) if getattr(self, "save_failed_answers", None) else False

    def ask_recovery(self, offer):  # type: ignore[no-untyped-def]
        self.asked.append(offer)
        return self.recovery_choices.pop(0) if getattr(self, "recovery_choices", None) else RecoveryChoice.LATER

    def choose_backup(self, name, backups, keep, can_restore):  # type: ignore[no-untyped-def]
        from evaleditor.gui.backups_dialog import BackupAnswer

        self.asked.append(list(backups))
        return self.backup_answers.pop(0)(backups) if getattr(self, "backup_answers", None) else BackupAnswer(
            None, None, keep)


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the bundled example that tests may overwrite."""
    target = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, target)
    return target


@pytest.fixture
def make_window(qtbot, qsettings, dialogs):  # type: ignore[no-untyped-def]
    def make(path: Path | None = None) -> MainWindow:
        window = MainWindow(qsettings, dialogs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        if path is not None:
            assert window.open_path(path, ask=False)
        return window
    return make


@pytest.fixture
def window(make_window, example):  # type: ignore[no-untyped-def]
    """The example open in a window; closing at the end discards changes without asking."""
    win = make_window(example)
    yield win
    if win.doc is not None:
        win.doc.undo_stack.setClean()


def commit_text(widget: QWidget, text: str) -> None:
    """Deliver text as an input method (IME) commits it: the way Japanese text arrives."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def edit_cell(qtbot, table: QTableView, row: int, column: int, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    """Open the cell editor, replace its text as typed keys, press Enter; returns the editor."""
    index = table.model().index(row, column)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        commit_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits in a queued call
    return editor


def assert_access_keys(texts: list[str]) -> None:
    """Each button text but キャンセル (Esc) has one access key (Alt+letter), and no two share one."""
    from evaleditor.gui.access_keys import access_key

    keys = [access_key(text) for text in texts if text not in ("キャンセル", "Cancel")]
    assert None not in keys and len(set(keys)) == len(keys), texts
