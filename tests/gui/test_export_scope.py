"""書き出し of some sheets (すべて / 表示中 / 選んだシート) and the PDF export's progress and cancel."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from evaleditor.gui.export_scope_dialog import ExportScopeDialog
from evaleditor.storage.projectfile import save_project
from tests import factories
from tests.gui.collect_dialogs import dialogs  # noqa: F401
from tests.gui.pdf.conftest import page_texts, squeeze


def three_sheet_window(make_window, tmp_path):  # type: ignore[no-untyped-def]
    save_project(factories.project(["4年度", "5年度"], sheets=3), tmp_path / "three.evproj")
    return make_window(tmp_path / "three.evproj")


def test_the_shown_sheet_alone_is_exported_as_pdf_with_its_number_in_the_name(make_window, dialogs, tmp_path):
    window = three_sheet_window(make_window, tmp_path)
    window.navigator.select_sheet(window.doc.project.sheets[1])
    suggested = []
    dialogs.save_path = lambda title, filters, proposal="": suggested.append(proposal) or tmp_path / "one.pdf"
    dialogs.export_choices = [lambda sheets, current: [current]]
    assert window.export(".pdf")
    label, offered, current = dialogs.export_questions[0]
    assert label == "PDF" and len(offered) == 3 and current is window.doc.project.sheets[1]
    assert suggested == [str(tmp_path / "three_施策2-3.pdf")]
    text = squeeze("".join(page_texts(tmp_path / "one.pdf")))
    assert "テスト施策1" in text and "テスト施策0" not in text and "テスト施策2" not in text
    (progress,) = dialogs.progresses
    assert progress.maximum == 3 and [done for done, _ in progress.steps] == [0, 1, 2, 3] and progress.closed


def test_chosen_sheets_are_exported_as_a_workbook_listing_only_them(make_window, dialogs, tmp_path):
    window = three_sheet_window(make_window, tmp_path)
    dialogs.paths = [tmp_path / "two.xlsx"]
    dialogs.export_choices = [lambda sheets, current: [sheets[0], sheets[2]]]
    assert window.export(".xlsx")
    book = openpyxl.load_workbook(tmp_path / "two.xlsx")
    assert book.sheetnames == ["施策1-2", "施策3-4", "一覧", "機械判読用"]
    assert {row[0] for row in book["一覧"].iter_rows(min_row=2, values_only=True)} == {"1-2", "3-4"}
    assert len(window.doc.project.sheets) == 3 and not window.doc.is_modified()


def test_cancelling_the_question_asks_for_no_file(make_window, dialogs, tmp_path):
    window = three_sheet_window(make_window, tmp_path)
    dialogs.export_choices = [lambda sheets, current: None]
    dialogs.save_path = None  # never called
    assert not window.export(".pdf") and not dialogs.errors and not dialogs.progresses


def test_a_project_of_one_sheet_is_exported_without_the_question(window, dialogs, tmp_path):
    dialogs.paths = [tmp_path / "a.json"]
    assert window.export(".json") and not getattr(dialogs, "export_questions", [])


def test_pdf_export_reports_each_sheet_and_cancelling_writes_nothing(make_window, dialogs, tmp_path):
    window = three_sheet_window(make_window, tmp_path)
    dialogs.paths = [tmp_path / "all.pdf", tmp_path / "cancelled.pdf"]
    assert window.export(".pdf")
    first = dialogs.progresses[0]
    assert first.maximum == 7 and [done for done, _ in first.steps] == list(range(8))
    assert first.steps[1][1] == "ページの割り付け: シート 2 / 3"
    assert first.steps[4][1] == "PDF への書き込み: シート 2 / 3" and first.closed
    assert len(page_texts(tmp_path / "all.pdf")) == 3
    dialogs.cancel_at = 5  # while painting the pages
    assert not window.export(".pdf")
    assert not (tmp_path / "cancelled.pdf").exists() and not dialogs.errors
    assert dialogs.progresses[1].closed and dialogs.progresses[1].steps[-1][0] == 5
    assert window.statusBar().currentMessage() == "書き出しを取り消しました"


def test_the_question_answers_all_the_shown_or_the_checked_sheets(qtbot):
    project = factories.project(["4年度", "5年度"], sheets=3)
    sheets = project.sheets
    dialog = ExportScopeDialog("PDF", sheets, sheets[1])
    qtbot.addWidget(dialog)
    assert dialog.all_button.isChecked() and dialog.chosen() == sheets and not dialog.list.isEnabled()
    assert "2-3 テスト施策1" in dialog.current_button.text()
    dialog.current_button.click()
    assert dialog.chosen() == [sheets[1]]
    dialog.chosen_button.click()
    assert dialog.list.isEnabled() and dialog.chosen() == [sheets[1]]  # the shown sheet starts checked
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [] and not dialog.ok_button.isEnabled()
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == [sheets[0], sheets[2]] and dialog.ok_button.isEnabled()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert dialog.result() == ExportScopeDialog.DialogCode.Accepted
