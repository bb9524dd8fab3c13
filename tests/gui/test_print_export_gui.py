"""印刷, 印刷プレビュー and 書き出し (PDF, Excel with progress) from the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from evaleditor.gui.export_flow import FOLDER_KEY
from evaleditor.gui.progress import Cancelled, QtProgress
from evaleditor.storage.projectfile import save_project
from tests import factories
from tests.gui.collect_dialogs import dialogs  # noqa: F401
from tests.gui.pdf.conftest import page_count, page_texts, squeeze


def to_pdf_file(path: Path):  # type: ignore[no-untyped-def]
    def setup(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return setup


def test_print_prints_every_sheet_through_the_print_dialog(window, dialogs, tmp_path):
    assert window.collect_actions.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.collect_actions.print_action in window.file_menu.actions()
    dialogs.printer_setup = to_pdf_file(tmp_path / "printed.pdf")
    window.collect_actions.print_action.trigger()
    assert page_count(tmp_path / "printed.pdf") >= 1
    text = squeeze("".join(page_texts(tmp_path / "printed.pdf")))
    assert squeeze("産業の活性化を促進する") in text
    assert not dialogs.errors


def test_cancelling_the_print_dialog_prints_nothing(window, dialogs, tmp_path):
    dialogs.printer_setup = lambda printer: False
    assert window.collect_actions.print_() == 0
    assert not dialogs.errors


def test_a_project_without_sheets_is_not_printed(make_window, dialogs, tmp_path):
    empty = factories.project(["4年度", "5年度"], sheets=0)
    save_project(empty, tmp_path / "empty.evproj")
    window = make_window(tmp_path / "empty.evproj")
    dialogs.printer_setup = pytest.fail  # never asked
    window.collect_actions.print_action.trigger()
    window.collect_actions.preview_action.trigger()
    assert dialogs.errors == ["印刷するシートがありません。"] * 2


def test_preview_shows_the_open_projects_pages(qtbot, make_window, tmp_path):
    project = factories.project(["4年度", "5年度"], sheets=3)
    save_project(project, tmp_path / "three.evproj")
    window = make_window(tmp_path / "three.evproj")
    window.collect_actions.preview_action.trigger()
    dialog = window.print_preview
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewWidget).pageCount() == 3)
    dialog.close()


def test_pdf_export_from_the_menu(window, dialogs, tmp_path):
    dialogs.paths = [tmp_path / "提出"]
    window.export_actions[".pdf"].trigger()
    assert page_count(tmp_path / "提出.pdf") >= 1 and not dialogs.errors


def test_excel_export_reports_each_sheet_and_writes_the_workbook(make_window, dialogs, tmp_path):
    import openpyxl

    project = factories.project(["4年度", "5年度"], sheets=3)
    save_project(project, tmp_path / "three.evproj")
    window = make_window(tmp_path / "three.evproj")
    dialogs.paths = [tmp_path / "out" / "three"]
    (tmp_path / "out").mkdir()
    window.export_actions[".xlsx"].trigger()
    (progress,) = dialogs.progresses
    assert progress.maximum == 4 and [done for done, _ in progress.steps] == [0, 1, 2, 3, 4]
    assert progress.steps[1][1] == "シート 2 / 3" and progress.closed
    book = openpyxl.load_workbook(tmp_path / "out" / "three.xlsx")
    assert book.sheetnames[:3] == ["施策1-2", "施策2-3", "施策3-4"]


def test_cancelling_the_excel_export_writes_nothing(make_window, dialogs, tmp_path):
    project = factories.project(["4年度", "5年度"], sheets=3)
    save_project(project, tmp_path / "three.evproj")
    window = make_window(tmp_path / "three.evproj")
    dialogs.cancel_at = 2
    dialogs.paths = [tmp_path / "three.xlsx"]
    assert not window.export(".xlsx")
    assert not (tmp_path / "three.xlsx").exists() and not dialogs.errors
    assert dialogs.progresses[0].closed and dialogs.progresses[0].steps[-1][0] == 2
    assert window.statusBar().currentMessage() == "書き出しを取り消しました"


def test_the_export_folder_is_remembered_and_the_name_proposed(window, dialogs, tmp_path, qsettings):
    suggested = []
    dialogs.save_path = lambda title, filters, proposal="": suggested.append(proposal) or dialogs.paths.pop(0)
    elsewhere = tmp_path / "提出先"
    elsewhere.mkdir()
    dialogs.paths = [elsewhere / "a.json", elsewhere / "b.csv"]
    window.export(".json")
    window.export(".csv")
    assert suggested[0] == str(tmp_path / "hiratsuka-policy4-r2.json")  # beside the project at first
    assert suggested[1] == str(elsewhere / "hiratsuka-policy4-r2.csv")  # then where the last export went
    assert qsettings.value(FOLDER_KEY) == str(elsewhere)


def test_the_real_progress_dialog_cancels(qtbot):
    progress = QtProgress("書き出しています", 3)
    qtbot.addWidget(progress.dialog)
    progress.step(1, "シート 2 / 3")
    assert progress.dialog.value() == 1 and progress.dialog.labelText() == "シート 2 / 3"
    progress.dialog.cancel()
    with pytest.raises(Cancelled):
        progress.step(2)
    progress.close()
    QApplication.processEvents()
