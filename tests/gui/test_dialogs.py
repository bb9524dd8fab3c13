"""The real dialogs behind the seam: the unsaved-changes question and its three answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from evaleditor.gui.budget_panel import BudgetModel
from evaleditor.gui.dialogs import Dialogs, SaveChoice
from evaleditor.gui.document import ProjectDocument
from tests import factories


@pytest.mark.parametrize("button, choice", [("保存(&S)", SaveChoice.SAVE), ("保存しない(&N)", SaveChoice.DISCARD),
                                            ("キャンセル", SaveChoice.CANCEL)])
def test_unsaved_changes_question_offers_save_discard_cancel(qtbot, button, choice):
    seen = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(sorted(b.text() for b in box.buttons()))
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)
    assert Dialogs(None).ask_save_changes("計画.evproj") == choice
    assert seen == [sorted(["保存(&S)", "保存しない(&N)", "キャンセル"]), "「計画.evproj」への変更を保存しますか？"]


@pytest.mark.parametrize("button, choice", [("名前を付けて保存(&A)…", SaveChoice.SAVE_AS),
                                            ("保存しない(&N)", SaveChoice.DISCARD), ("キャンセル", SaveChoice.CANCEL)])
def test_unsaved_changes_of_a_read_only_document_offer_save_as_discard_cancel(qtbot, button, choice):
    seen = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(sorted(b.text() for b in box.buttons()))
        seen.append(box.text())
        seen.append(box.informativeText())
        seen.append(box.defaultButton().text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, answer)
    assert Dialogs(None).ask_save_changes("計画.evproj", read_only=True) == choice
    assert seen[0] == sorted(["名前を付けて保存(&A)…", "保存しない(&N)", "キャンセル"])  # no 保存: it cannot
    assert seen[1] == "「計画.evproj」は読み取り専用で開いています。変更を別の名前で保存しますか？"
    assert "元のファイルには保存できません" in seen[2] and seen[3] == "名前を付けて保存(&A)…"


def test_budget_model_passes_qt_model_tester(qtmodeltester):
    project = factories.project(["4年度", "5年度", "6年度"], sheets=1)
    model = BudgetModel(ProjectDocument(project), project.sheets[0])
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "123,456" and model.index(0, 1).data() == ""
    assert model.setData(model.index(0, 2), "1,000")
    assert project.sheets[0].budget["6年度"].cost_thousand_yen == 1000
    assert not model.setData(model.index(1, 2), "九割")
    qtmodeltester.check(model)


def test_failure_message_names_a_known_reason_and_logs_an_unexpected_error(tmp_path, monkeypatch):
    from evaleditor.applog import setup_file_logging
    from evaleditor.errors import InputError
    from evaleditor.gui.dialogs import failure_message

    known = failure_message("取り込めませんでした。", InputError("a.xlsx", "ブックではありません"), "importing a.xlsx")
    assert known == "取り込めませんでした。\na.xlsx: ブックではありません"
    monkeypatch.setenv("EVALEDITOR_LOG_DIR", str(tmp_path))
    log_file = setup_file_logging()
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        unexpected = failure_message("書き出せませんでした。", error, "exporting b.xlsx")
    assert unexpected.startswith("書き出せませんでした。\n予期しないエラーが起きました。")
    assert "boom" not in unexpected and "Traceback" not in unexpected
    from evaleditor.applog import log

    for handler in list(log.handlers):  # leave the app's logger as the other tests expect it
        log.removeHandler(handler)
        handler.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "exporting b.xlsx failed" in logged and "RuntimeError: boom" in logged


def test_once_the_application_quits_messages_are_logged_not_shown(qtbot, monkeypatch, caplog):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from evaleditor.gui import app as app_module
    from evaleditor.gui.dialogs import QUITTING, Dialogs, interaction_over

    def shown(*_args):  # type: ignore[no-untyped-def]
        raise AssertionError("a message box was shown")

    monkeypatch.setattr(QMessageBox, "exec", shown)
    monkeypatch.setattr(QMessageBox, "critical", shown)
    application = QApplication.instance()
    assert not interaction_over()
    application.setProperty(QUITTING, True)  # as aboutToQuit does (create_application connects it)
    try:
        assert interaction_over()
        Dialogs().error("自動保存できませんでした")
        try:
            raise RuntimeError("late signal")
        except RuntimeError as error:
            app_module._excepthook(type(error), error, error.__traceback__)
    finally:
        application.setProperty(QUITTING, False)
    assert "自動保存できませんでした" in caplog.text and "late signal" in caplog.text
