"""Autosave and recovery in the editor: unsaved work survives a killed editor and is offered back at start."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from evaleditor.errors import SaveError
from evaleditor.gui import app
from evaleditor.gui.dialogs import DiskChoice, RecoveryChoice
from evaleditor.gui.recovery_dialog import RecoveryDialog, RecoveryOffer
from evaleditor.storage import atomic
from evaleditor.storage.lock import lock_path
from evaleditor.storage.projectfile import load_project, save_project
from evaleditor.storage.recovery import RecoveryStore, recovery_dir
from tests import factories
from tests.gui.conftest import assert_access_keys, commit_text
from tests.gui.safety_helpers import lock_owner, orphaned_recovery

ROOT = Path(__file__).resolve().parents[2]
TYPED = "（強制終了の前に入力した文）"

# The real editor, offscreen: opens the project, types into the policy name as an input method delivers
# Japanese text, prints the recovery file once autosave wrote it, and keeps running until it is killed.
_EDITOR = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
app = QApplication([])
from evaleditor.gui.app import open_window
window = open_window(Path(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.safety.autosaver.delay_ms = 300
window.safety.autosaver.saved.connect(lambda file: print(file, flush=True))
name = window.editor.info.name
name.setFocus()
name.end(False)
event = QInputMethodEvent("", [])
event.setCommitString(sys.argv[3])
QApplication.sendEvent(name, event)
QTimer.singleShot(120_000, app.quit)  # never outlive a broken test
app.exec()
"""


def _edit(window, text: str = "！") -> None:  # type: ignore[no-untyped-def]
    name = window.editor.info.name
    name.setFocus()
    name.end(False)
    commit_text(name, text)


def test_autosave_writes_a_recovery_file_after_changes_and_a_clean_save_removes_it(qtbot, window, example):
    before = example.read_bytes()
    window.safety.autosaver.delay_ms = 50
    with qtbot.waitSignal(window.safety.autosaver.saved, timeout=10_000) as written:
        _edit(window, "（自動保存）")
    file = written.args[0]
    assert file.parent == recovery_dir() and file.parent != example.parent  # never beside the document
    assert example.read_bytes() == before  # never the real file
    [found] = RecoveryStore().all()
    assert found.file == file and found.original == example and found.summary.sheet_count == 1
    assert RecoveryStore().restore(found).sheets[0].policy_name.endswith("（自動保存）")
    assert RecoveryStore().orphans() == []  # this editor still runs: nothing to offer
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified() and not file.exists()
    assert load_project(example).sheets[0].policy_name.endswith("（自動保存）")


def test_autosave_file_goes_when_the_changes_are_undone_or_discarded_on_close(qtbot, window, dialogs):
    _edit(window)
    file = window.safety.autosaver.write_now()
    assert file is not None and file.exists()
    window.undo_action.trigger()  # back to the saved state: nothing to recover
    assert not window.isWindowModified() and not file.exists()
    _edit(window)
    file = window.safety.autosaver.write_now()
    assert file.exists()
    assert window.close()  # unscripted: the user chose not to save
    assert dialogs.asked == ["hiratsuka-policy4-r2.evproj"] and not file.exists()


def test_autosave_waits_for_typing_to_pause_but_not_forever(qtbot, window):
    autosaver = window.safety.autosaver
    autosaver.delay_ms, autosaver.max_wait_ms = 60_000, 0  # typing never pauses; the limit writes anyway
    with qtbot.waitSignal(autosaver.saved, timeout=10_000):
        _edit(window)
    autosaver.delay_ms, autosaver.max_wait_ms = 60_000, 120_000
    _edit(window, "？")
    assert autosaver.is_pending()
    assert len(RecoveryStore().all()) == 1


def test_autosave_failure_is_told_once_and_editing_goes_on(qtbot, window, dialogs, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(atomic.tempfile, "mkstemp", full)
        _edit(window)
        assert window.safety.autosaver.write_now() is None
        _edit(window, "？")
        assert window.safety.autosaver.write_now() is None
    assert len(dialogs.errors) == 1 and "自動保存できませんでした（ディスクの空き容量が足りません）" in dialogs.errors[0]
    assert window.doc.project.sheets[0].policy_name.endswith("！？")
    assert window.safety.autosaver.write_now() is not None  # the problem is gone


def _kill_editor_after_autosave(document: Path, settings: Path) -> Path:
    child = subprocess.Popen([sys.executable, "-c", _EDITOR, str(document), str(settings), TYPED], cwd=ROOT,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stderr is not None
    try:
        line = child.stdout.readline().strip()
        assert line, child.stderr.read()
        assert lock_path(document).exists()  # the editor holds the file
    finally:
        child.kill()  # SIGKILL; TerminateProcess on Windows: no chance to clean up
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()
    return Path(line)


def test_recovery_of_edits_in_a_killed_editor_is_offered_at_the_next_start(qtbot, example, tmp_path, dialogs,
                                                                          qsettings):
    before = example.read_bytes()
    written = _kill_editor_after_autosave(example, tmp_path / "child.ini")
    assert written.parent == recovery_dir() and written.exists() and lock_path(example).exists()

    dialogs.recovery_choices = [RecoveryChoice.RESTORE]
    window = app.open_window(None, qsettings, dialogs)  # the next start
    qtbot.addWidget(window)
    [offer] = dialogs.asked
    assert isinstance(offer, RecoveryOffer) and offer.recovery.original == example and not offer.file_changed
    assert offer.recovery.summary.sheet_count == 1
    assert abs(datetime.now(timezone.utc) - offer.recovery.saved_at) < timedelta(minutes=5)

    assert window.doc.path == example and window.isWindowModified()
    assert window.windowTitle() == f"{example.name}[*] - evaleditor"
    assert window.editor.info.name.text() == "産業の活性化を促進する" + TYPED
    assert example.read_bytes() == before  # the real file is untouched until the user saves
    assert lock_owner(example).pid == os.getpid()  # the killed editor's lock was taken over without asking
    assert not written.exists()  # the work is in this session's own recovery file now
    assert [r.file for r in RecoveryStore().all()] == [window.doc.session.slot.file]

    assert window.save()
    assert load_project(example).sheets[0].policy_name == "産業の活性化を促進する" + TYPED
    assert RecoveryStore().all() == [] and not window.isWindowModified()
    assert window.close()
    assert not lock_path(example).exists()


def test_recovery_later_keeps_it_and_discard_asks_first(qtbot, make_window, dialogs, example):
    project = load_project(example)
    project.sheets[0].policy_name = "残しておきたい作業"
    file = orphaned_recovery(example, project)
    window = make_window()
    dialogs.recovery_choices = [RecoveryChoice.LATER]
    assert window.safety.offer_recoveries() == []
    assert file.exists() and window.doc.path is None
    dialogs.recovery_choices, dialogs.confirms = [RecoveryChoice.DISCARD], [False]
    window.safety.recoveries_action.trigger()  # ファイル → 自動保存から復元…
    assert file.exists()
    dialogs.recovery_choices, dialogs.confirms = [RecoveryChoice.DISCARD], [True]
    window.safety.recoveries_action.trigger()
    assert not file.exists() and "破棄すると元に戻せません" in dialogs.asked[-1]
    window.safety.recoveries_action.trigger()
    assert dialogs.asked[-1] == "復元できる作業はありません。"


def test_recovery_of_a_file_changed_since_warns_and_asks_before_saving(qtbot, make_window, dialogs, example):
    mine = load_project(example)
    mine.sheets[0].policy_name = "わたしの変更"
    orphaned_recovery(example, mine)
    theirs = load_project(example)
    theirs.sheets[0].title = "同僚がその後に保存"
    save_project(theirs, example)
    window = make_window()
    dialogs.recovery_choices = [RecoveryChoice.RESTORE]
    [restored] = window.safety.offer_recoveries()
    assert restored is window and dialogs.asked[0].file_changed
    dialogs.disk_choices = [DiskChoice.CANCEL]
    assert not window.save()
    assert load_project(example) == theirs and window.isWindowModified()
    assert "ほかの人またはプログラムがこのファイルを変更しました" in dialogs.asked[-1]


def test_recovery_of_several_projects_opens_each_in_its_own_window(qtbot, make_window, dialogs, tmp_path, example):
    other = tmp_path / "施策5.evproj"
    save_project(factories.project(["4年度", "5年度"], sheets=3), other)
    orphaned_recovery(example, load_project(example), when=datetime.now(timezone.utc) - timedelta(minutes=5))
    orphaned_recovery(None, factories.project(["6年度"], sheets=2))  # a new project never saved
    window = make_window()
    dialogs.recovery_choices = [RecoveryChoice.RESTORE, RecoveryChoice.RESTORE]
    windows = window.safety.offer_recoveries()
    for extra in window.safety.companions:
        qtbot.addWidget(extra)
    assert [w.doc.path for w in windows] == [None, example]  # newest first
    assert windows[0] is window and windows[1] in window.safety.companions
    assert [offer.number for offer in dialogs.asked] == [1, 2] and dialogs.asked[0].total == 2
    assert all(w.isWindowModified() for w in windows)
    for w in windows:
        w.doc.undo_stack.setClean()


def test_recovery_that_cannot_be_read_is_offered_for_discarding_only(qtbot, make_window, dialogs):
    broken = recovery_dir() / "0123.evrecovery"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text('{"format": "evaleditor-recovery", "vers', encoding="utf-8")
    window = make_window()
    dialogs.recovery_choices = [RecoveryChoice.RESTORE]  # not possible: nothing happens
    assert window.safety.offer_recoveries() == [] and broken.exists()
    offer = dialogs.asked[0]
    dialog = RecoveryDialog(offer)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and "壊れています" in dialog.contents.text()


def test_recovery_dialog_says_what_and_when_and_answers(qtbot, example):
    project = load_project(example)
    file = orphaned_recovery(example, project, when=datetime.now(timezone.utc) - timedelta(minutes=42))
    [recovery] = RecoveryStore().orphans()
    assert recovery.file == file
    dialog = RecoveryDialog(RecoveryOffer(recovery, 2, 3, file_changed=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert_access_keys([b.text() for b in (dialog.restore_button, dialog.discard_button, dialog.later_button)])
    assert "（3 件中 2 件目）" in dialog.heading.text()
    assert dialog.file.text() == example.name
    assert "42 分前" in dialog.saved_at.text()
    assert "1 シート：4 産業の活性化を促進する" in dialog.contents.text()
    assert dialog.changed_note.isVisible()
    for button, choice in ((dialog.restore_button, RecoveryChoice.RESTORE),
                           (dialog.discard_button, RecoveryChoice.DISCARD),
                           (dialog.later_button, RecoveryChoice.LATER)):
        dialog.show()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.choice is choice and not dialog.isVisible()


@pytest.mark.parametrize("answer", [True, False])
def test_recovery_that_fails_to_load_offers_to_discard(qtbot, make_window, dialogs, example, answer, monkeypatch):
    file = orphaned_recovery(example, load_project(example))
    window = make_window()

    def unreadable(self, recovery):  # type: ignore[no-untyped-def]
        raise SaveError(recovery.file, "読めません")

    monkeypatch.setattr(RecoveryStore, "restore", unreadable)
    dialogs.recovery_choices, dialogs.confirms = [RecoveryChoice.RESTORE], [answer]
    assert window.safety.offer_recoveries() == []
    assert "この作業は復元できません" in dialogs.asked[-1]
    assert file.exists() is not answer and window.doc.path is None


def test_recovery_file_stays_when_the_program_quits_without_closing_the_window(qtbot, window, example):
    _edit(window, "（ログオフ前）")
    window.safety._quitting()  # what QCoreApplication.aboutToQuit calls, e.g. when Windows logs the user off
    [kept] = RecoveryStore().all()
    assert RecoveryStore().restore(kept).sheets[0].policy_name.endswith("（ログオフ前）")
    assert not lock_path(example).exists()


def test_recovery_files_are_left_alone_by_the_unattended_smoke_test(example):
    """``--smoke-test`` runs unattended (build checks, benchmarks): it must not stop at the recovery question."""
    file = orphaned_recovery(example, load_project(example))
    result = subprocess.run([sys.executable, "-m", "evaleditor", "--smoke-test", str(example)], cwd=ROOT,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"window shown: {example.name}" in result.stdout
    assert file.exists() and not lock_path(example).exists()
