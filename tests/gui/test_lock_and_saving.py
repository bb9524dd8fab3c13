"""Locks, changes on disk, failed saves and backups in the editor: nobody is overwritten, nothing is lost."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from evaleditor.gui import lock_dialogs
from evaleditor.gui.backups_dialog import BackupAnswer, BackupsDialog
from evaleditor.gui.dialogs import DiskChoice, LockChoice, SaveChoice
from evaleditor.storage import atomic
from evaleditor.storage.backups import list_backups, load_backup
from evaleditor.storage.lock import current_host, current_user, lock_path
from evaleditor.storage.projectfile import load_project, save_project
from evaleditor.storage.recovery import RecoveryStore
from tests.gui.conftest import assert_access_keys, commit_text
from tests.gui.safety_helpers import dead_pid, foreign_lock, lock_owner

ROOT = Path(__file__).resolve().parents[2]

_HOLDER = """
import sys
from evaleditor.storage.lock import acquire
lock = acquire(sys.argv[1])
print("locked", flush=True)
sys.stdin.readline()
lock.release()
"""


def _edit(window, text: str = "！") -> None:  # type: ignore[no-untyped-def]
    name = window.editor.info.name
    name.setFocus()
    name.end(False)
    commit_text(name, text)


# -- locks
def test_lock_is_written_on_open_and_released_on_close_and_on_opening_another_file(qtbot, make_window, example,
                                                                                   tmp_path):
    window = make_window(example)
    owner = lock_owner(example)
    assert (owner.pid, owner.user, owner.host) == (os.getpid(), current_user(), current_host())
    other = tmp_path / "other.evproj"
    other.write_bytes(example.read_bytes())
    assert window.open_path(other)
    assert not lock_path(example).exists() and lock_owner(other).pid == os.getpid()
    assert window.open_path(other)  # opening the open file again is not "someone else has it"
    assert lock_path(other).exists() and window.doc.path == other and not window.doc.is_read_only()
    assert window.close()
    assert not lock_path(other).exists()


def test_lock_held_by_another_process_names_who_and_the_file_opens_read_only(qtbot, make_window, dialogs,
                                                                             example, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(example)], cwd=ROOT, env=os.environ.copy(),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        held = lock_path(example).read_bytes()
        window = make_window()
        dialogs.lock_choices = [LockChoice.CANCEL]
        assert not window.open_path(example)
        assert window.doc.path is None
        told = dialogs.asked[-1]
        assert f"あなた（{current_user()}）が、このコンピューター（{current_host()}）で" in told and "から開いています" in told
        dialogs.lock_choices = [LockChoice.READ_ONLY]
        assert window.open_path(example)
        assert window.windowTitle() == f"{example.name}（読み取り専用）[*] - evaleditor"
        assert lock_path(example).read_bytes() == held  # the holder's lock is left alone

        before = example.read_bytes()
        _edit(window, "（読み取り専用で編集）")
        copy = tmp_path / "自分の版.evproj"
        dialogs.paths = [copy]
        window.save_action.trigger()  # 保存 goes to 名前を付けて保存
        assert example.read_bytes() == before
        assert load_project(copy).sheets[0].policy_name.endswith("（読み取り専用で編集）")
        assert window.windowTitle() == f"{copy.name}[*] - evaleditor" and not window.doc.is_read_only()
        assert lock_owner(copy).pid == os.getpid()
        assert window.close()
        assert lock_path(example).read_bytes() == held and not lock_path(copy).exists()
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
        holder.stdout.close()
    assert not lock_path(example).exists()


def test_lock_of_another_window_of_this_program_is_named_as_such(qtbot, make_window, dialogs, example):
    first = make_window(example)
    second = make_window()
    dialogs.lock_choices = [LockChoice.READ_ONLY]
    assert second.open_path(example)
    assert "このプログラムの別のウィンドウで" in dialogs.asked[-1] and second.doc.is_read_only()
    assert second.close()
    assert lock_owner(example).pid == os.getpid() and first.doc.session.lock.is_held()


def test_closing_a_read_only_document_offers_save_as_not_save(qtbot, make_window, dialogs, example, tmp_path):
    first = make_window(example)
    second = make_window()
    dialogs.lock_choices = [LockChoice.READ_ONLY]
    assert second.open_path(example) and second.doc.is_read_only()
    before = example.read_bytes()
    _edit(second, "（読み取り専用で編集）")
    dialogs.save_choices = [SaveChoice.CANCEL]
    assert not second.close()
    assert dialogs.save_questions == [(example.name, True)]  # the question for a read-only document
    copy = tmp_path / "自分の版.evproj"
    dialogs.save_choices, dialogs.paths = [SaveChoice.SAVE_AS], [copy]
    assert second.close()
    assert example.read_bytes() == before and first.doc.session.lock.is_held()
    assert load_project(copy).sheets[0].policy_name.endswith("（読み取り専用で編集）")
    assert not lock_path(copy).exists()  # the copy was closed with the window
    _edit(first)
    dialogs.save_choices = [SaveChoice.DISCARD]
    assert first.close()
    assert dialogs.save_questions[-1] == (example.name, False) and example.read_bytes() == before


def test_lock_stale_from_a_dead_process_on_this_computer_is_taken_over_without_asking(qtbot, make_window, dialogs,
                                                                                      example):
    foreign_lock(example, user=current_user(), host=current_host(), pid=dead_pid(), started=1.0)
    window = make_window(example)
    assert dialogs.asked == [] and not window.doc.is_read_only()
    assert lock_owner(example).pid == os.getpid()
    assert f"{current_user()}（コンピューター {current_host()}）が " in window.statusBar().currentMessage()
    assert "ロックが残っていたため、引き継ぎました" in window.statusBar().currentMessage()


def test_lock_from_another_computer_past_the_limit_is_taken_over_after_confirmation(qtbot, make_window, dialogs,
                                                                                    example):
    foreign_lock(example, age=timedelta(hours=13))
    window = make_window()
    dialogs.lock_choices = [LockChoice.TAKE_OVER, LockChoice.TAKE_OVER]
    dialogs.confirms = [False, True]  # not sure at first; then yes
    assert window.open_path(example)
    assert "yamada（コンピューター SOUMU-PC-042）が " in dialogs.asked[0] and "13 時間以上前のロック" in dialogs.asked[0]
    assert "引き継いで開きますか" in dialogs.asked[1]
    assert lock_owner(example).pid == os.getpid() and not window.doc.is_read_only()


def test_lock_from_another_computer_that_is_recent_cannot_be_taken_over(qtbot, make_window, dialogs, example):
    foreign_lock(example, age=timedelta(minutes=3))
    window = make_window()
    dialogs.lock_choices = [LockChoice.TAKE_OVER]  # not offered: treated as cancel
    assert not window.open_path(example)
    assert lock_owner(example).user == "yamada" and window.doc.path is None


def test_lock_that_cannot_be_created_offers_read_only(qtbot, make_window, dialogs, example, monkeypatch):
    from evaleditor.storage import lock as lock_module

    def denied(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(lock_module, "_create", denied)
    window = make_window()
    dialogs.lock_choices = [LockChoice.READ_ONLY]
    assert window.open_path(example)
    assert "ロックファイルを作れない" in dialogs.asked[-1] and window.doc.is_read_only()


def test_lock_is_refreshed_while_open(qtbot, window, example):
    old = os.stat(lock_path(example)).st_mtime - 3600
    os.utime(lock_path(example), (old, old))
    assert window.safety.autosaver.refresh_lock()
    assert os.stat(lock_path(example)).st_mtime > old + 1800
    lock_path(example).unlink()  # someone removed it by hand
    assert not window.safety.autosaver.refresh_lock()


def test_lock_question_box_names_the_holder_and_offers_the_right_buttons(qtbot):
    seen = []

    def answer(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == label).click()

    QTimer.singleShot(0, lambda: answer("引き継いで開く(&T)…"))
    assert lock_dialogs.ask_locked(None, "施策4.evproj", "yamada（コンピューター PC）が 2026-11-28 09:12 から開いています",
                                   True) is LockChoice.TAKE_OVER
    QTimer.singleShot(0, lambda: answer("読み取り専用で開く(&R)"))
    assert lock_dialogs.ask_locked(None, "施策4.evproj", "yamada が開いています", False) is LockChoice.READ_ONLY
    assert seen[0][0] == "「施策4.evproj」は編集用に開けません。" and "yamada（コンピューター PC）" in seen[0][1]
    assert sorted(seen[0][2]) == sorted(["読み取り専用で開く(&R)", "引き継いで開く(&T)…", "キャンセル"])
    assert sorted(seen[1][2]) == sorted(["読み取り専用で開く(&R)", "キャンセル"])
    QTimer.singleShot(0, lambda: answer("上書きする(&O)"))
    assert lock_dialogs.ask_changed_on_disk(None, "施策4.evproj", "変更されました。") is DiskChoice.OVERWRITE
    QTimer.singleShot(0, lambda: answer("別の場所に保存(&S)…"))
    assert lock_dialogs.ask_save_failed(None, "保存できませんでした。")
    assert sorted(seen[3][2]) == sorted(["別の場所に保存(&S)…", "キャンセル"])
    for _, _, texts in seen:
        assert_access_keys(texts)


# -- changes on disk
@pytest.fixture
def changed_by_colleague(window, example):  # type: ignore[no-untyped-def]
    """The example open and edited in the window, then saved by someone else meanwhile."""
    _edit(window, "（わたし）")
    theirs = load_project(example)
    theirs.sheets[0].title = "同僚が保存した題名"
    save_project(theirs, example)
    return theirs


def test_disk_change_is_not_overwritten_silently_and_cancel_keeps_both(qtbot, window, dialogs, example,
                                                                        changed_by_colleague):
    dialogs.disk_choices = [DiskChoice.CANCEL]
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "ほかの人またはプログラムがこのファイルを変更しました" in dialogs.asked[-1]
    assert load_project(example) == changed_by_colleague
    assert window.isWindowModified() and window.doc.project.sheets[0].policy_name.endswith("（わたし）")


def test_disk_change_saved_under_another_name_leaves_the_colleagues_file(qtbot, window, dialogs, example, tmp_path,
                                                                         changed_by_colleague):
    dialogs.disk_choices = [DiskChoice.SAVE_AS]
    dialogs.paths = [tmp_path / "わたしの版.evproj"]
    assert window.save()
    assert load_project(example) == changed_by_colleague
    assert load_project(tmp_path / "わたしの版.evproj").sheets[0].policy_name.endswith("（わたし）")
    assert window.doc.path == tmp_path / "わたしの版.evproj" and not lock_path(example).exists()


def test_disk_change_overwritten_by_choice_keeps_the_colleagues_version_as_a_backup(qtbot, window, dialogs, example,
                                                                                   changed_by_colleague):
    dialogs.disk_choices = [DiskChoice.OVERWRITE]
    assert window.save()
    assert load_project(example).sheets[0].policy_name.endswith("（わたし）")
    assert load_backup(list_backups(example)[0]) == changed_by_colleague
    _edit(window, "（もう一度）")
    assert window.save() and len(dialogs.asked) == 1  # the new state is known: no question this time


def test_disk_change_deleted_file_is_reported(qtbot, window, dialogs, example):
    _edit(window)
    example.unlink()
    dialogs.disk_choices = [DiskChoice.CANCEL]
    assert not window.save() and "削除されたか移動されました" in dialogs.asked[-1] and not example.exists()


def test_save_as_onto_the_file_of_another_window_is_refused(qtbot, make_window, dialogs, example, tmp_path):
    first = make_window(example)
    second = make_window()
    dialogs.paths = [example]
    assert not second.save_as()
    assert "このプログラムの別のウィンドウで" in dialogs.errors[-1]
    assert first.doc.session.lock.is_held() and len(load_project(example).sheets) == 1


# -- failed saves
def _full_disk_in(folder: Path, monkeypatch, error: OSError) -> None:  # type: ignore[no-untyped-def]
    real = atomic.tempfile.mkstemp

    def mkstemp(*args, **kwargs):  # type: ignore[no-untyped-def]
        target = Path(kwargs.get("dir", "."))
        if target == folder or (target.parent == folder and target.name.endswith(".backups")):
            raise error
        return real(*args, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)


@pytest.mark.parametrize(("error", "said"), [
    (OSError(errno.ENOSPC, "No space left on device"), "ディスクの空き容量が足りません"),
    (PermissionError(errno.EACCES, "Permission denied"), "書き込みの権限がないか"),
])
def test_failed_save_loses_nothing_and_offers_another_place(qtbot, window, dialogs, example, tmp_path, monkeypatch,
                                                            error, said):
    before = example.read_bytes()
    _edit(window, "（午後の作業）")
    recovery = window.safety.autosaver.write_now()
    _full_disk_in(example.parent, monkeypatch, error)
    dialogs.save_failed_answers = [False]
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert said in dialogs.errors[-1] and "元のファイルは変更されていません" in dialogs.errors[-1]
    assert "Traceback" not in dialogs.errors[-1]
    assert example.read_bytes() == before and list_backups(example) == []
    assert window.isWindowModified() and window.doc.project.sheets[0].policy_name.endswith("（午後の作業）")
    assert recovery.exists()  # the work is still safe in its recovery file

    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    dialogs.save_failed_answers = [True]  # 別の場所に保存…
    dialogs.paths = [elsewhere / "施策4-控え.evproj"]
    assert window.save()
    assert load_project(elsewhere / "施策4-控え.evproj").sheets[0].policy_name.endswith("（午後の作業）")
    assert example.read_bytes() == before and not window.isWindowModified()
    assert window.doc.path == elsewhere / "施策4-控え.evproj" and not recovery.exists()
    assert RecoveryStore().all() == []


# -- backups
def _saved_versions(window, example) -> list[str]:  # type: ignore[no-untyped-def]
    names = []
    for text in ("（第1版）", "（第2版）"):
        _edit(window, text)
        assert window.save()
        names.append(load_project(example).sheets[0].policy_name)
    return names


def test_backups_open_a_kept_version_as_unsaved_work(qtbot, window, dialogs, example):
    first, second = _saved_versions(window, example)
    dialogs.backup_answers = [lambda backups: BackupAnswer("open", backups[0], 5)]
    window.safety.backups_action.trigger()
    shown = dialogs.asked[-1]
    assert len(shown) == 2 and shown[0].saved_at >= shown[1].saved_at
    assert window.doc.project.sheets[0].policy_name == first and window.isWindowModified()
    assert load_project(example).sheets[0].policy_name == second  # the file changes only when saved
    assert lock_owner(example).pid == os.getpid()
    assert window.save()
    assert load_project(example).sheets[0].policy_name == first


def test_backups_restore_after_confirmation_keeps_the_replaced_version(qtbot, window, dialogs, example, qsettings):
    first, second = _saved_versions(window, example)
    dialogs.backup_answers = [lambda backups: BackupAnswer("restore", backups[0], 3)] * 2
    dialogs.confirms = [False]
    window.safety.backups_action.trigger()
    assert load_project(example).sheets[0].policy_name == second and "今の版はバックアップとして残ります" in dialogs.asked[-1]
    assert int(qsettings.value("safety/backups")) == 3 and window.doc.session.backups == 3
    dialogs.confirms = [True]
    window.safety.backups_action.trigger()
    assert load_project(example).sheets[0].policy_name == first and not window.isWindowModified()
    assert load_backup(list_backups(example)[0]).sheets[0].policy_name == second


def test_backups_dialog_lists_versions_and_sets_how_many_to_keep(qtbot, window, example):
    _saved_versions(window, example)
    backups = list_backups(example)
    dialog = BackupsDialog(example.name, backups, 5, can_restore=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_access_keys([dialog.open_button.text(), dialog.restore_button.text()])
    assert dialog.list.count() == 2 and backups[0].describe() in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled() and dialog.open_button.isEnabled()
    dialog.keep.setValue(8)
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.action == "open" and dialog.keep.value() == 8
    empty = BackupsDialog("新.evproj", [], 5, can_restore=True)
    qtbot.addWidget(empty)
    assert not empty.open_button.isEnabled() and "まだありません" in empty.list.item(0).text()


def test_backups_of_an_unsaved_project_are_explained(qtbot, make_window, dialogs):
    window = make_window()
    window.safety.backups_action.trigger()
    assert "まだ保存されていない" in dialogs.asked[-1]


def test_save_as_onto_an_existing_file_the_dialog_did_not_confirm_asks(qtbot, make_window, dialogs, example, tmp_path):
    window = make_window()
    _edit(window, "新しい施策")
    before = example.read_bytes()
    dialogs.paths = [example.with_suffix("")]  # typed without .evproj: the file dialog did not ask about replacing
    dialogs.disk_choices = [DiskChoice.CANCEL]
    assert not window.save_as()
    assert dialogs.asked[-1] == "同じ名前のファイルがすでにあります。" and example.read_bytes() == before
    dialogs.paths = [example]  # chosen as is: the file dialog asked before replacing it
    assert window.save_as()
    assert load_project(example).sheets[0].policy_name == "新しい施策"
    assert load_backup(list_backups(example)[0]).sheets[0].policy_name == "産業の活性化を促進する"


def test_lock_document_installed_by_another_feature_gets_a_session(qtbot, make_window, example):
    from evaleditor.gui.document import ProjectDocument

    window = make_window()
    window.install(ProjectDocument(load_project(example), example))  # e.g. a feature that opens files itself
    assert lock_owner(example).pid == os.getpid() and not window.doc.is_read_only()
    _edit(window, "（別の機能）")
    assert window.save() and load_project(example).sheets[0].policy_name.endswith("（別の機能）")


def test_disk_change_of_a_file_opened_read_only_is_noticed_when_saving_onto_it(qtbot, make_window, dialogs, example):
    held = foreign_lock(example)
    window = make_window()
    dialogs.lock_choices = [LockChoice.READ_ONLY]
    assert window.open_path(example) and window.doc.is_read_only()
    _edit(window, "（わたし）")
    theirs = load_project(example)
    theirs.sheets[0].title = "同僚が保存して閉じた"
    save_project(theirs, example)
    held.unlink()  # the colleague closed the file
    dialogs.paths = [example]  # 保存 goes to 名前を付けて保存; the user picks the same file and confirms replacing it
    dialogs.disk_choices = [DiskChoice.CANCEL]
    assert not window.save()
    assert "ほかの人またはプログラムがこのファイルを変更しました" in dialogs.asked[-1]
    assert load_project(example) == theirs and window.doc.is_read_only()
    dialogs.paths, dialogs.disk_choices = [example], [DiskChoice.OVERWRITE]
    assert window.save()
    assert load_project(example).sheets[0].policy_name.endswith("（わたし）") and not window.doc.is_read_only()
    assert lock_owner(example).pid == os.getpid()
