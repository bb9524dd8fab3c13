"""ファイル → 他のプロジェクトから取り込み（統合）: duplicates asked, one undo step, years checked."""

from __future__ import annotations

import copy

import pytest

from evaleditor.exchange.merge import Resolution
from evaleditor.gui.access_keys import without_access_key
from evaleditor.storage.projectfile import save_project
from tests import factories
from tests.gui.collect_dialogs import dialogs  # noqa: F401  (the scripted seam for these tests)
from tests.gui.conftest import assert_access_keys

YEARS = ["4年度", "5年度", "6年度"]


@pytest.fixture
def files(tmp_path):
    """ours.evproj (1-2, 2-3) and theirs.evproj (2-3 again, differently named, and 3-4)."""
    ours = factories.project(YEARS, sheets=2)
    theirs = factories.project(YEARS, sheets=3)
    theirs.sheets = theirs.sheets[1:]
    theirs.sheets[0].policy_name = "企画課で直した施策"
    paths = tmp_path / "ours.evproj", tmp_path / "theirs.evproj"
    save_project(ours, paths[0])
    save_project(theirs, paths[1])
    return paths


def names(window):
    return [(s.policy_number, s.policy_name) for s in window.doc.project.sheets]


def merge(window, dialogs, paths, *choices):
    dialogs.path_lists = [list(paths)]
    dialogs.resolutions = list(choices)
    window.collect_actions.merge_action.trigger()


@pytest.mark.parametrize("choice, expected", [
    (Resolution.KEEP_BOTH, [("1-2", "テスト施策0"), ("2-3", "テスト施策1"), ("2-3", "企画課で直した施策"),
                            ("3-4", "テスト施策2")]),
    (Resolution.KEEP_FIRST, [("1-2", "テスト施策0"), ("2-3", "テスト施策1"), ("3-4", "テスト施策2")]),
    (Resolution.KEEP_LAST, [("1-2", "テスト施策0"), ("2-3", "企画課で直した施策"), ("3-4", "テスト施策2")]),
])
def test_each_duplicate_is_asked_and_the_choice_applied(make_window, dialogs, files, choice, expected):
    window = make_window(files[0])
    kept = window.doc.project.sheets[0]
    merge(window, dialogs, files[1:], choice)
    assert names(window) == expected
    assert window.doc.project.sheets[0] is kept  # the open project's sheets stay the same objects
    (duplicate,) = dialogs.duplicates
    assert duplicate.policy_number == "2-3"
    assert [(name, s.policy_name) for name, s in duplicate.sheets] == [
        ("ours.evproj", "テスト施策1"), ("theirs.evproj", "企画課で直した施策")]
    assert window.isWindowModified()
    window.doc.undo_stack.setClean()


def test_a_merge_is_one_undo_step(make_window, dialogs, files):
    window = make_window(files[0])
    before = list(window.doc.project.sheets)
    merge(window, dialogs, files[1:], Resolution.KEEP_LAST)
    assert window.doc.undo_stack.count() == 1
    assert window.navigator.list.count() == 3
    window.undo_action.trigger()
    assert window.doc.project.sheets == before and all(a is b for a, b in zip(window.doc.project.sheets, before))
    assert window.navigator.list.count() == 2 and not window.isWindowModified()
    window.redo_action.trigger()
    assert names(window)[1] == ("2-3", "企画課で直した施策")
    window.doc.undo_stack.setClean()


def test_stopping_at_a_duplicate_changes_nothing(make_window, dialogs, files):
    window = make_window(files[0])
    merge(window, dialogs, files[1:], None)
    assert names(window) == [("1-2", "テスト施策0"), ("2-3", "テスト施策1")]
    assert window.doc.undo_stack.count() == 0 and not window.isWindowModified()


def test_differing_year_columns_are_refused_with_both_named(make_window, dialogs, files, tmp_path):
    other = factories.project(["5年度", "6年度", "7年度"], sheets=1)
    other.sheets[0].policy_number = "9-9"
    save_project(other, tmp_path / "other.evproj")
    window = make_window(files[0])
    merge(window, dialogs, [tmp_path / "other.evproj"])
    (message,) = dialogs.errors
    assert "年度の列" in message and "ours.evproj" in message and "other.evproj" in message
    assert "4年度・5年度・6年度" in message and "5年度・6年度・7年度" in message
    assert window.doc.undo_stack.count() == 0


def test_files_merge_into_a_new_project_when_none_is_open(make_window, dialogs, files):
    window = make_window()  # the blank project the window starts with
    merge(window, dialogs, files, Resolution.KEEP_BOTH)
    assert [n for n, _ in names(window)] == ["1-2", "2-3", "2-3", "3-4"]
    assert window.doc.path is None and window.isWindowModified()
    assert window.doc.project.settings.year_labels == YEARS
    window.doc.undo_stack.setClean()


def test_three_files_with_a_sheet_in_each(make_window, dialogs, files, tmp_path):
    third = factories.project(YEARS, sheets=1)
    third.sheets[0].policy_number = "2-3"
    third.settings.municipality = "別の市"
    save_project(third, tmp_path / "third.evproj")
    window = make_window(files[0])
    merge(window, dialogs, [files[1], tmp_path / "third.evproj"], Resolution.KEEP_FIRST)
    (duplicate,) = dialogs.duplicates
    assert [name for name, _ in duplicate.sheets] == ["ours.evproj", "theirs.evproj", "third.evproj"]
    assert names(window) == [("1-2", "テスト施策0"), ("2-3", "テスト施策1"), ("3-4", "テスト施策2")]
    assert any("自治体名" in text for text in dialogs.asked)  # differing settings are told, not hidden
    window.doc.undo_stack.setClean()


def test_a_file_that_cannot_be_read_is_named(make_window, dialogs, files, tmp_path):
    broken = tmp_path / "broken.evproj"
    broken.write_text("{", encoding="utf-8")
    window = make_window(files[0])
    merge(window, dialogs, [files[1], broken])
    assert len(dialogs.errors) == 1 and "broken.evproj" in dialogs.errors[0]
    assert window.doc.undo_stack.count() == 0


def test_the_duplicate_dialog_shows_files_and_names_and_returns_the_choice(qtbot, files):
    from PySide6.QtCore import QTimer

    from evaleditor.exchange.merge import Duplicate
    from evaleditor.gui.merge_dialog import DuplicateDialog

    a, b = factories.project(YEARS, sheets=2).sheets
    b.policy_number = a.policy_number
    dialog = DuplicateDialog(Duplicate(a.policy_number, [("ours.evproj", a), ("theirs.evproj", copy.deepcopy(b))]))
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(2)] for r in range(2)]
    assert cells == [["ours.evproj", "テスト施策0"], ["theirs.evproj", "テスト施策1"]]
    assert without_access_key(dialog.keep_last.text()) == "「theirs.evproj」の方を残す"
    assert_access_keys([b.text() for b in (dialog.keep_both, dialog.keep_first, dialog.keep_last, dialog.stop)])
    QTimer.singleShot(0, dialog.keep_last.click)
    assert dialog.choose() is Resolution.KEEP_LAST
    QTimer.singleShot(0, dialog.stop.click)
    assert dialog.choose() is None


def test_files_with_the_same_name_are_told_apart_by_their_folders(make_window, dialogs, files, tmp_path):
    other = tmp_path / "部" / "ours.evproj"
    other.parent.mkdir()
    other.write_bytes(files[0].read_bytes())
    window = make_window(files[0])
    merge(window, dialogs, [other], Resolution.KEEP_FIRST, Resolution.KEEP_FIRST)
    assert [name for name, _ in dialogs.duplicates[0].sheets] == [str(files[0].name), str(other)]
    assert names(window) == [("1-2", "テスト施策0"), ("2-3", "テスト施策1")]
    window.doc.undo_stack.setClean()


def test_a_later_actual_in_a_merged_file_keeps_the_year_under_review_and_says_so(make_window, dialogs, files,
                                                                                   tmp_path):
    ours = factories.project(YEARS, sheets=1)
    for _, indicator in ours.sheets[0].all_indicators():
        indicator.actuals.pop("6年度", None)
    ours.sheets[0].all_indicators()[0][1].set_actual("5年度", 1)
    save_project(ours, files[0])
    stray = factories.project(YEARS, sheets=1)
    stray.sheets[0].policy_number, stray.sheets[0].policy_name = "7-2", "脱炭素社会"
    stray.sheets[0].all_indicators()[0][1].set_actual("6年度", 3)
    save_project(stray, tmp_path / "stray.evproj")
    window = make_window(files[0])
    assert window.doc.project.review_year() == "5年度"
    merge(window, dialogs, [tmp_path / "stray.evproj"])
    assert window.doc.project.settings.review_year == "5年度" and window.doc.project.review_year() == "5年度"
    told = "\n".join(dialogs.asked)
    assert "評価対象年度" in told and "stray.evproj" in told and "7-2 脱炭素社会" in told and "6年度" in told
    assert "評価対象年度: 5年度" in window.statusBar().currentMessage()
    assert window.doc.undo_stack.count() == 1  # the sheets and the year kept: one step
    window.undo_action.trigger()
    assert window.doc.project.settings.review_year is None and len(window.doc.project.sheets) == 1
    window.redo_action.trigger()
    assert window.doc.project.settings.review_year == "5年度" and len(window.doc.project.sheets) == 2
    window.doc.undo_stack.setClean()


def test_a_merge_into_the_blank_window_keeps_the_first_files_year(make_window, dialogs, files, tmp_path):
    ours = factories.project(YEARS, sheets=1)
    for _, indicator in ours.sheets[0].all_indicators():
        indicator.actuals.pop("6年度", None)
    ours.sheets[0].all_indicators()[0][1].set_actual("5年度", 1)
    save_project(ours, files[0])
    window = make_window()
    merge(window, dialogs, files, Resolution.KEEP_BOTH)  # theirs has 6年度 actuals
    assert window.doc.project.review_year() == "5年度"
    assert any("theirs.evproj" in text and "6年度" in text for text in dialogs.asked)
    window.doc.undo_stack.setClean()


def test_following_the_refusal_aligns_the_years_and_the_merge_then_keeps_every_value(make_window, dialogs, files,
                                                                                      tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from evaleditor.gui.settings_dialog import SettingsDialog

    other = factories.project(YEARS, sheets=1)
    other.sheets[0].policy_number = "9-9"
    for old in YEARS:
        other.rename_year(old, f"令和{old}")
    save_project(other, tmp_path / "other.evproj")
    window = make_window(files[0])
    merge(window, dialogs, [tmp_path / "other.evproj"])
    (message,) = dialogs.errors
    assert "ours.evproj だけにある列: 4年度（西暦 2022）・5年度（西暦 2023）・6年度（西暦 2024）" in message
    assert "other.evproj だけにある列: 令和4年度（西暦 2022）" in message

    def relabel() -> None:  # as the message says: the labels made the same as the other file's
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
        for row, label in enumerate(YEARS):
            dialog.years.item(row, 0).setText(f"令和{label}")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, relabel)
    window.settings_action.trigger()
    merge(window, dialogs, [tmp_path / "other.evproj"])
    assert len(dialogs.errors) == 1 and len(window.doc.project.sheets) == 3
    assert [(y.label, y.western_year) for y in window.doc.project.settings.years] == [
        (f"令和{label}", 2022 + n) for n, label in enumerate(YEARS)]
    ours = factories.project(YEARS, sheets=2)
    for mine, theirs in zip(window.doc.project.sheets[0].all_indicators(), ours.sheets[0].all_indicators()):
        assert mine[1].actuals == {f"令和{k}": v for k, v in theirs[1].actuals.items()}
    window.doc.undo_stack.setClean()


def test_sheets_kept_both_are_told_apart_in_the_sheet_list(make_window, dialogs, files):
    window = make_window(files[0])
    merge(window, dialogs, files[1:], Resolution.KEEP_BOTH)
    texts = [window.navigator.list.item(n).text() for n in range(window.navigator.list.count())]
    assert len(set(texts)) == len(texts) == 4
    shared = [t for t in texts if t.startswith("2-3")]
    assert len(shared) == 2 and all("【" in t for t in shared)
    assert not any("【" in t for t in texts if not t.startswith("2-3"))
    window.doc.undo_stack.setClean()
