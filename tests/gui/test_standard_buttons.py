"""Qt's standard dialog buttons (OK, 閉じる, はい, いいえ) get access keys like the app's own buttons, in
the Japanese UI with Qt's own translation installed; Enter and Esc keep working."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog, QMessageBox, QWidget

from evaleditor.gui.app import install_translations
from evaleditor.gui.dialogs import Dialogs
from tests import factories
from tests.gui.conftest import assert_access_keys


@pytest.fixture
def japanese_qt():  # type: ignore[no-untyped-def]
    """Qt's own Japanese strings (qtbase_ja), as the app installs them at start."""
    app = QApplication.instance()
    translators = install_translations(app, "ja")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def texts(box: QDialogButtonBox | QMessageBox) -> list[str]:
    return [button.text() for button in box.buttons()]


def visible(kind: type) -> QWidget:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def run_and_press(qtbot, ask, kind: type, key: Qt.Key, seen: list):  # type: ignore[no-untyped-def]
    """Call ``ask`` (which shows a modal ``kind``), note its button texts, press ``key`` in it."""
    def press() -> None:
        dialog = visible(kind)
        box = dialog if isinstance(dialog, QMessageBox) else dialog.findChild(QDialogButtonBox)
        seen.append(texts(box))
        qtbot.keyClick(QApplication.focusWidget() or dialog, key)

    QTimer.singleShot(0, press)
    return ask()


@pytest.mark.parametrize("key, answer", [(Qt.Key.Key_Return, False), (Qt.Key.Key_Escape, False)])
def test_confirm_names_yes_and_no_with_keys_and_enter_keeps_the_safe_default(qtbot, japanese_qt, key, answer):
    seen: list = []
    assert run_and_press(qtbot, lambda: Dialogs(None).confirm("シートの削除", "削除しますか？"),
                         QMessageBox, key, seen) is answer
    assert sorted(seen[0]) == sorted(["はい(&Y)", "いいえ(&N)"])
    assert_access_keys(seen[0])


def test_confirm_yes_by_its_access_key(qtbot, japanese_qt):
    def press() -> None:
        box = visible(QMessageBox)
        yes = next(b for b in box.buttons() if b.text() == "はい(&Y)")
        yes.animateClick()  # what Alt+Y does (QPushButton's shortcut)

    QTimer.singleShot(0, press)
    assert Dialogs(None).confirm("シートの削除", "削除しますか？") is True


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape])
@pytest.mark.parametrize("method", ["error", "info"])
def test_messages_have_an_ok_button_with_an_access_key(qtbot, japanese_qt, method, key):
    seen: list = []
    ask = (lambda: Dialogs(None).error("読めません。")) if method == "error" else (
        lambda: Dialogs(None).info("バージョン情報", "evaleditor"))
    run_and_press(qtbot, ask, QMessageBox, key, seen)  # returns: Enter and Esc close the message
    assert seen == [["OK(&O)"]]


@pytest.mark.parametrize("key, answer", [(Qt.Key.Key_Return, "名前"), (Qt.Key.Key_Escape, None)])
def test_text_question_ok_has_an_access_key(qtbot, japanese_qt, key, answer):
    seen: list = []
    assert run_and_press(qtbot, lambda: Dialogs(None).ask_text("名前", "新しい名前:", "名前"),
                         QInputDialog, key, seen) == answer
    assert "OK(&O)" in seen[0] and "キャンセル" in seen[0]
    assert_access_keys(seen[0])


def test_colour_dialog_ok_has_an_access_key(qtbot, japanese_qt):
    from PySide6.QtWidgets import QColorDialog

    seen: list = []
    assert run_and_press(qtbot, lambda: Dialogs(None).choose_color(QColor("red")), QColorDialog,
                         Qt.Key.Key_Escape, seen) is None
    assert "OK(&O)" in seen[0] and "キャンセル" in seen[0]


def app_dialogs(tmp_path: Path) -> list[tuple[QDialog, bool]]:
    """Each of the app's own dialogs with standard buttons, and whether Enter accepts it."""
    from evaleditor.exchange.compare import compare_projects
    from evaleditor.exchange.importresult import ImportNote
    from evaleditor.gui.backups_dialog import BackupsDialog
    from evaleditor.gui.compare_dialog import CompareDialog
    from evaleditor.gui.import_notes import ImportNotesDialog
    from evaleditor.gui.next_year_dialog import NextYearDialog
    from evaleditor.gui.settings_dialog import SettingsDialog

    project = factories.project(["4年度", "5年度"], sheets=1)
    return [
        (SettingsDialog(project.settings), True),
        (CompareDialog(compare_projects(project, project), "old", "new"), False),
        (BackupsDialog("計画.evproj", [], 5, can_restore=True), False),
        (ImportNotesDialog("部の提出.xlsx", [ImportNote("決算額が見つかりません", "施策2-3")]), False),
        (NextYearDialog("4年度", "5年度", False), True),
    ]


def test_the_apps_dialogs_name_their_standard_buttons_with_access_keys(qtbot, japanese_qt, tmp_path):
    for dialog, enter_accepts in app_dialogs(tmp_path):
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert_access_keys(texts(box))
        assert not {"OK", "閉じる", "Close"} & set(texts(box)), texts(box)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
            dialog.show()
            qtbot.waitExposed(dialog)
            with qtbot.waitSignal(dialog.finished) as finished:
                qtbot.keyClick(QApplication.focusWidget() or dialog, key)
                if key == Qt.Key.Key_Return and not enter_accepts:
                    dialog.reject()  # no default button: Enter does nothing, the dialog stays open
            expected = QDialog.DialogCode.Accepted if key == Qt.Key.Key_Return and enter_accepts else \
                QDialog.DialogCode.Rejected
            assert finished.args == [expected.value], (type(dialog).__name__, key)


def test_standard_buttons_have_english_access_keys_in_english(qtbot, tmp_path):
    app = QApplication.instance()
    translators = install_translations(app, "en")
    try:
        for dialog, _ in app_dialogs(tmp_path):
            qtbot.addWidget(dialog)
            box = dialog.findChild(QDialogButtonBox)
            assert_access_keys(texts(box))
            assert not {"OK(&O)", "閉じる(&C)"} & set(texts(box)), texts(box)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
