"""次年度の準備 (a new file, the original untouched) and ファイル → 取り込み of workbooks with their notes."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from evaleditor.exchange.importresult import ImportNote
from evaleditor.gui.import_notes import ImportNotesDialog
from evaleditor.gui.next_year_dialog import NextYearDialog
from evaleditor.storage.projectfile import load_project, save_project
from tests import factories
from tests.exchange.xlsx_import.builder import write_workbook
from tests.gui.collect_dialogs import dialogs  # noqa: F401
from tests.gui.conftest import assert_access_keys

YEARS = ["2年度", "3年度", "4年度", "5年度"]


def test_next_year_writes_a_new_file_and_leaves_the_original(window, dialogs, example, tmp_path):
    original = example.read_bytes()
    dialogs.next_year = [frozenset({"result", "issue"})]
    dialogs.paths = [tmp_path / "令和3年度"]
    dialogs.confirms = [False]
    window.collect_actions.next_year_action.trigger()
    assert dialogs.next_year_asked == [("2年度", "3年度", False)]
    assert example.read_bytes() == original and window.doc.path == example
    new = load_project(tmp_path / "令和3年度.evproj")
    assert new.review_year() == "3年度"
    old = load_project(example)
    for before, after in zip(old.sheets[0].topics, new.sheets[0].topics):
        assert after.result == "" and after.issue == "" and after.policy == before.policy
    assert new.sheets[0].indicator_groups == old.sheets[0].indicator_groups


def test_next_year_offers_to_open_the_new_file(window, dialogs, tmp_path):
    dialogs.next_year = [frozenset()]
    dialogs.paths = [tmp_path / "next.evproj"]
    dialogs.confirms = [True]
    window.collect_actions.next_year_action.trigger()
    assert window.doc.path == tmp_path / "next.evproj"
    assert window.doc.project.review_year() == "3年度"


def test_next_year_adds_a_column_after_the_last_year_and_never_overwrites_the_open_file(
        make_window, dialogs, tmp_path):
    project = factories.project(YEARS, sheets=1)
    project.settings.review_year = "5年度"
    path = tmp_path / "plan.evproj"
    save_project(project, path)
    window = make_window(path)
    dialogs.next_year = [frozenset(), frozenset()]
    dialogs.paths = [path, tmp_path / "plan-6年度.evproj"]
    dialogs.confirms = [False]
    window.collect_actions.next_year_action.trigger()
    assert dialogs.errors == ["いま開いているファイルには保存できません。別の名前を指定してください。"]
    window.collect_actions.next_year_action.trigger()
    assert dialogs.next_year_asked[0] == ("5年度", "6年度", True)
    assert load_project(tmp_path / "plan-6年度.evproj").settings.year_labels == [*YEARS, "6年度"]


def test_the_next_year_dialog_shows_the_new_year_and_returns_the_parts(qtbot):
    dialog = NextYearDialog("2年度", "3年度", False)
    qtbot.addWidget(dialog)
    assert dialog.following.text() == "<b>3年度</b>"
    dialog.boxes["policy"].setChecked(True)
    assert dialog.cleared() == frozenset({"policy"})


@pytest.fixture
def workbook(tmp_path):
    """Two sheets in the published layout with one value that is not a number."""
    project = factories.project(YEARS, sheets=2)
    path = write_workbook(tmp_path / "部の提出.xlsx", project)
    book = openpyxl.load_workbook(path)
    ws = book["施策1-2"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "指標0-0（年間）")
    ws.cell(cell.row, 4).value = "多い"
    book.save(path)
    return path


def test_import_of_a_workbook_shows_the_located_notes(make_window, dialogs, workbook):
    window = make_window()
    dialogs.paths = [workbook]
    window.import_action.trigger()
    assert [s.policy_number for s in window.doc.project.sheets] == ["1-2", "2-3"]
    assert window.doc.path is None and window.isWindowModified()
    ((name, notes),) = dialogs.notes_shown
    assert name == "部の提出.xlsx"
    assert [(n.worksheet, n.cell) for n in notes] == [("施策1-2", "D7")] and "多い" in notes[0].message
    window.doc.undo_stack.setClean()


def test_import_added_to_the_open_project_is_one_undo_step(make_window, dialogs, workbook, tmp_path):
    project = factories.project(YEARS, sheets=3)
    project.sheets = project.sheets[2:]  # 3-4 only
    save_project(project, tmp_path / "all.evproj")
    window = make_window(tmp_path / "all.evproj")
    dialogs.paths = [workbook]
    dialogs.import_targets = ["add"]
    window.import_action.trigger()
    assert [s.policy_number for s in window.doc.project.sheets] == ["3-4", "1-2", "2-3"]
    assert window.doc.path == tmp_path / "all.evproj" and window.doc.undo_stack.count() == 1
    assert len(dialogs.notes_shown) == 1
    assert not [text for text in dialogs.asked if "設定の違い" in text]  # a workbook's settings are only defaults
    window.undo_action.trigger()
    assert [s.policy_number for s in window.doc.project.sheets] == ["3-4"]


def test_import_into_a_new_project_from_an_open_one(make_window, dialogs, workbook, example):
    window = make_window(example)
    dialogs.paths = [workbook]
    dialogs.import_targets = ["new"]
    window.import_action.trigger()
    assert window.doc.path is None and len(window.doc.project.sheets) == 2
    window.doc.undo_stack.setClean()


def test_import_cancelled_at_the_question_keeps_the_project(make_window, dialogs, workbook, example):
    window = make_window(example)
    dialogs.paths = [workbook]
    dialogs.import_targets = [None]
    window.import_action.trigger()
    assert window.doc.path == example and not dialogs.notes_shown


def test_notes_dialog_lists_worksheet_cell_and_reason_and_copies_them(qtbot):
    notes = [ImportNote("「多い」は数値ではありません", "施策1-2", "D7"), ImportNote("決算額が見つかりません", "施策2-3")]
    dialog = ImportNotesDialog("部の提出.xlsx", notes)
    qtbot.addWidget(dialog)
    assert_access_keys([dialog.copy_button.text()])
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert rows == [["施策1-2", "D7", "「多い」は数値ではありません"], ["施策2-3", "", "決算額が見つかりません"]]
    dialog.copy_button.click()
    assert QApplication.clipboard().text().splitlines() == [
        "ファイル\tワークシート\tセル\t理由",
        "部の提出.xlsx\t施策1-2\tD7\t「多い」は数値ではありません",
        "部の提出.xlsx\t施策2-3\t\t決算額が見つかりません"]



@pytest.mark.parametrize("size", ["normal", "large", "larger"])
def test_notes_dialog_rows_are_as_high_as_their_text_at_every_text_size(qtbot, size):
    """A one-line note takes one line, a long one a few; the rows were sized while the columns were still
    narrow (several lines for a one-line note, 90 px in a trial)."""
    from evaleditor.gui.font_size import apply_scale

    long_note = ("成果指標「市内事業所の新規創業件数（商工会議所の創業支援による）」の目標値の欄が空です。"
                 "元のブックの目標値の列を確認してください。") * 2
    notes = [ImportNote("決算額が見つかりません", "施策2-3", "D7"), ImportNote("「多い」は数値ではありません", "施策1-2"),
             ImportNote(long_note, "施策4-1-2 産業の活性化を促進する", "F21")]
    apply_scale(size)
    try:
        dialog = ImportNotesDialog("部の提出.xlsx", notes)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        qtbot.waitUntil(lambda: table.rowHeight(2) > table.rowHeight(0))  # rows fitted after the columns
        line = table.fontMetrics().height()
        reason_width = table.columnWidth(2)
        assert reason_width > line * 10
        assert [table.rowHeight(r) < line * 2 for r in range(2)] == [True, True], [table.rowHeight(r) for r in range(3)]
        lines = -(-table.fontMetrics().horizontalAdvance(long_note) // reason_width)  # at least, wrapped
        assert line * lines <= table.rowHeight(2) < line * (lines + 2)
    finally:
        apply_scale("normal")


@pytest.mark.parametrize("button, answer", [("開いているプロジェクトに追加(&A)", "add"), ("新しいプロジェクト(&N)", "new"),
                                            ("キャンセル", None)])
def test_the_real_import_question_offers_add_new_and_cancel(qtbot, button, answer):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from evaleditor.gui.dialogs import Dialogs

    seen = []

    def click() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        assert_access_keys([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)
    assert Dialogs(None).ask_import_target("部の提出.xlsx", 2) == answer
    assert seen == ["「部の提出.xlsx」の 2 シートをどこに取り込みますか？"]


def test_the_real_next_year_question_returns_the_checked_parts(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from evaleditor.gui.dialogs import Dialogs

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NextYearDialog) and w.isVisible())
        dialog.boxes["issue"].setChecked(True)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert Dialogs(None).ask_next_year("5年度", "6年度", True) == frozenset({"issue"})
