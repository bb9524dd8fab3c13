"""EditSession: lock, changes on disk, autosave/recovery and backups working together for one open project."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaleditor.errors import SaveError
from evaleditor.storage import atomic
from evaleditor.storage.backups import list_backups
from evaleditor.storage.disk_state import ChangedOnDiskError, DiskChange
from evaleditor.storage.lock import LockState, ProjectLockedError, acquire, lock_path
from evaleditor.storage.projectfile import load_project, save_project
from evaleditor.storage.recovery import RecoveryStore
from evaleditor.storage.session import EditSession, ReadOnlyError
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
YEARS = ["4年度", "5年度", "6年度"]


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "施策.evproj"
    save_project(factories.project(YEARS, sheets=2), path)
    return path


def test_open_edit_autosave_save_close(document):
    session, project = EditSession.open(document)
    assert lock_path(document).exists()
    project.sheets[0].policy_name = "変更"
    session.autosave(project)
    assert len(RecoveryStore().all()) == 1
    session.save(project)
    assert RecoveryStore().all() == []  # a clean save removes the recovery file
    assert load_project(document) == project and len(list_backups(document)) == 1
    project.sheets[0].policy_name = "もう一度"
    session.save(project)
    session.close()
    assert not lock_path(document).exists() and RecoveryStore().all() == []


def test_lock_second_session_is_told_and_may_open_read_only(document):
    first, _ = EditSession.open(document)
    with pytest.raises(ProjectLockedError) as info:
        EditSession.open(document)
    assert info.value.existing.state is LockState.OWN
    second, project = EditSession.open(document, read_only=True)
    with pytest.raises(ReadOnlyError, match="読み取り専用"):
        second.save(project)
    second.close()
    assert lock_path(document).exists()  # closing the read-only view leaves the editor's lock
    first.close()


def test_failed_save_keeps_the_recovery_file(document, monkeypatch):
    session, project = EditSession.open(document)
    project.sheets[0].policy_name = "保存できなかった変更"
    session.autosave(project)
    before = document.read_bytes()

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch, pytest.raises(SaveError):
        patch.setattr(atomic.tempfile, "mkstemp", denied)
        session.save(project)
    assert document.read_bytes() == before
    [kept] = RecoveryStore().all()
    assert RecoveryStore().restore(kept).sheets[0].policy_name == "保存できなかった変更"
    session.save(project)  # once the problem is gone
    assert RecoveryStore().all() == []
    session.close()


def test_changed_file_on_disk_is_detected_by_the_session(document):
    session, project = EditSession.open(document)
    other = load_project(document)
    other.sheets[1].policy_name = "同僚の変更"
    save_project(other, document)  # e.g. by someone who took the lock over
    assert session.disk_change() is DiskChange.MODIFIED
    with pytest.raises(ChangedOnDiskError):
        session.save(project)
    assert load_project(document) == other
    copy = document.with_name("施策-コピー.evproj")
    session.save_as(project, copy)
    assert session.path == copy and lock_path(copy).exists() and not lock_path(document).exists()
    assert load_project(copy) == project and load_project(document) == other
    session.close()


def test_save_as_onto_an_existing_file_needs_consent_and_a_locked_target_is_refused(document, tmp_path):
    session = EditSession.new()
    project = factories.project(YEARS, sheets=1)
    with pytest.raises(ChangedOnDiskError) as info:
        session.save_as(project, document)
    assert info.value.change is DiskChange.CREATED and len(load_project(document).sheets) == 2
    held = acquire(document)
    with pytest.raises(ProjectLockedError):
        session.save_as(project, document, overwrite=True)
    held.release()
    session.save_as(project, document, overwrite=True)
    assert load_project(document) == project and len(list_backups(document)) == 1
    session.close()
    assert not lock_path(document).exists()


def test_lock_taken_over_by_someone_else_stops_the_save(document):
    session, project = EditSession.open(document)
    lock_path(document).unlink()
    other = acquire(document)  # someone took it over
    with pytest.raises(ProjectLockedError):
        session.save(project)
    assert not session.refresh_lock()
    other.release()
    session.save(project)  # the lock is free again: taken back, and the file is unchanged
    assert session.refresh_lock()
    session.close()


_CRASHING_EDITOR = """
import sys
from evaleditor.storage.session import EditSession
session, project = EditSession.open(sys.argv[1])
project.sheets[0].policy_name = "クラッシュ前の変更"
session.autosave(project)
print("autosaved", flush=True)
sys.stdin.readline()
"""


def _crash_while_editing(document: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", _CRASHING_EDITOR, str(document)], cwd=ROOT,
                             env=os.environ.copy(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "autosaved"
    child.kill()  # SIGKILL; TerminateProcess on Windows
    child.wait(timeout=30)
    child.stdout.close()
    child.stdin.close()  # type: ignore[union-attr]


def test_recovery_after_a_killed_editor_continues_the_work(document):
    _crash_while_editing(document)
    before = document.read_bytes()
    [offered] = RecoveryStore().orphans()
    session, project = EditSession.restore(offered)  # its stale lock is taken over silently
    assert project.sheets[0].policy_name == "クラッシュ前の変更"
    assert document.read_bytes() == before and session.path == document
    session.autosave(project)  # the work is safe in this session's own file now
    assert [r.file for r in RecoveryStore().all()] == [session.slot.file]
    session.save(project)
    assert load_project(document) == project and RecoveryStore().all() == []
    session.close()
    assert not lock_path(document).exists()


def test_recovery_notices_that_the_file_changed_after_the_crash(document):
    _crash_while_editing(document)
    other = load_project(document)
    other.sheets[1].policy_name = "クラッシュ後に同僚が保存"
    save_project(other, document)
    [offered] = RecoveryStore().orphans()
    session, project = EditSession.restore(offered)
    with pytest.raises(ChangedOnDiskError):
        session.save(project)
    assert load_project(document) == other
    session.close()
    assert RecoveryStore().all() == []  # the user chose to close without saving
