"""Lock files: one editor at a time, told who holds a project, stale locks recognised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from evaleditor import cli
from evaleditor.errors import EvalEditorError
from evaleditor.storage import lock
from evaleditor.storage.lock import (
    LockFileError, LockOwner, LockState, ProjectLockedError, acquire, current_host, inspect_lock, lock_path,
)
from evaleditor.storage.projectfile import save_project

ROOT = Path(__file__).resolve().parents[2]

_HOLDER = """
import sys
from evaleditor.storage.lock import acquire
held = acquire(sys.argv[1])
print("locked", flush=True)
sys.stdin.readline()
held.release()
print("released", flush=True)
"""


def _holder(project: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(project)], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


@pytest.fixture
def project(tmp_path, three_year_project) -> Path:
    path = tmp_path / "施策4.evproj"
    save_project(three_year_project, path)
    return path


def _write_lock(project: Path, **fields) -> Path:
    data = {"app": "evaleditor 0.1", "user": "yamada", "host": "SOUMU-PC-042", "pid": 4242,
            "process_started": None, "since": datetime.now(timezone.utc).isoformat(), "token": "t"}
    data.update(fields)
    path = lock_path(project)
    path.write_text(json.dumps(data), encoding="utf-8")
    since = datetime.fromisoformat(data["since"]).timestamp()
    os.utime(path, (since, since))  # written when it says, not now
    return path


def test_lock_is_written_beside_the_project_and_removed_on_release(project):
    with acquire(project) as held:
        assert held.file == project.parent / ".~lock.施策4.evproj#"
        owner = LockOwner.from_json(held.file.read_bytes())
        assert (owner.user, owner.host, owner.pid) == (lock.current_user(), current_host(), os.getpid())
        assert abs(datetime.now(timezone.utc) - owner.since) < timedelta(minutes=1)
        assert held.is_held()
    assert not held.file.exists()
    assert held.release() is False  # releasing twice is harmless


def test_lock_second_opener_is_told_who_holds_the_file(project):
    child = _holder(project)
    try:
        with pytest.raises(ProjectLockedError) as info:
            acquire(project)
        existing = info.value.existing
        assert existing.state is LockState.HELD and not existing.may_take_over
        assert existing.owner is not None and existing.owner.pid == child.pid
        assert existing.owner.user == lock.current_user() and existing.owner.host == current_host()
        assert f"あなた（{lock.current_user()}）が、このコンピューター（{current_host()}）で起動している別の evaleditor で" \
            in str(info.value) and "から開いています" in str(info.value)
        with pytest.raises(ProjectLockedError):
            acquire(project, take_over=True)  # a live holder is never taken over
    finally:
        assert child.stdin is not None
        child.stdin.write("\n")
        child.stdin.close()
        assert child.stdout is not None and child.stdout.readline().strip() == "released"
        child.wait(timeout=30)
        child.stdout.close()
    assert not lock_path(project).exists()
    acquire(project).release()


def test_lock_second_window_of_the_same_process_is_told(project):
    with acquire(project):
        with pytest.raises(ProjectLockedError) as info:
            acquire(project)
        assert info.value.existing.state is LockState.OWN
        assert "別のウィンドウ" in str(info.value)


def test_stale_lock_of_a_killed_process_is_recognised_and_taken_over(project):
    child = _holder(project)
    child.kill()  # SIGKILL; TerminateProcess on Windows
    child.wait(timeout=30)
    assert child.stdout is not None
    child.stdout.close()
    child.stdin.close()  # type: ignore[union-attr]
    existing = inspect_lock(project)
    assert existing is not None and existing.state is LockState.STALE and existing.may_take_over
    assert existing.owner is not None and existing.owner.pid == child.pid
    with acquire(project) as held:  # without asking
        assert held.taken_over is not None and held.taken_over.owner == existing.owner
        assert LockOwner.from_json(held.file.read_bytes()).pid == os.getpid()


def test_stale_lock_whose_process_number_was_reused_is_recognised(project):
    # our own pid, but a start time years ago: the number was handed to another program after a restart
    _write_lock(project, host=current_host(), pid=os.getpid(), process_started=1_000_000.0)
    assert inspect_lock(project).state is LockState.STALE  # type: ignore[union-attr]


def test_lock_from_another_computer_may_be_taken_over_only_when_old_and_chosen(project):
    _write_lock(project, since=(datetime.now(timezone.utc) - timedelta(hours=1)).isoformat())
    fresh = inspect_lock(project)
    assert fresh is not None and fresh.state is LockState.HELD and not fresh.may_take_over
    assert "yamada（コンピューター SOUMU-PC-042）" in fresh.message()
    with pytest.raises(ProjectLockedError):
        acquire(project, take_over=True)

    _write_lock(project, since=(datetime.now(timezone.utc) - timedelta(days=2)).isoformat())
    old = inspect_lock(project)
    assert old is not None and old.state is LockState.OLD and old.may_take_over
    with pytest.raises(ProjectLockedError) as info:
        acquire(project)  # the user is asked first
    assert info.value.existing.may_take_over
    with acquire(project, take_over=True) as held:
        assert held.taken_over is not None and held.taken_over.owner.host == "SOUMU-PC-042"  # type: ignore[union-attr]
    assert inspect_lock(project, takeover_after=timedelta(days=3)) is None


@pytest.mark.parametrize("content", [b"", b"\x00\xff garbage", b"[1, 2]", b'{"user": 1}', b'{"pid": "x"}',
                                     b"{" * 5000, "ロック".encode("shift_jis")])
def test_garbled_lock_is_reported_and_may_be_taken_over_once_it_is_not_new(project, content):
    path = lock_path(project)
    path.write_bytes(content)
    existing = inspect_lock(project)
    assert existing is not None and existing.state is LockState.UNREADABLE and existing.owner is None
    assert not existing.may_take_over  # it may be a lock being written right now
    assert "壊れて" in existing.message()
    old = (datetime.now() - timedelta(minutes=5)).timestamp()
    os.utime(path, (old, old))
    assert inspect_lock(project).may_take_over  # type: ignore[union-attr]
    with pytest.raises(ProjectLockedError):
        acquire(project)
    acquire(project, take_over=True).release()
    assert not path.exists()


def test_release_leaves_a_lock_that_someone_else_took_over(project):
    held = acquire(project)
    _write_lock(project)  # another session replaced it
    assert not held.is_held()
    assert held.release() is False
    assert lock_path(project).exists()


def test_only_one_of_many_simultaneous_openers_wins(project):
    barrier = threading.Barrier(8)
    outcomes: list[object] = []

    def opener() -> None:
        barrier.wait()
        try:
            outcomes.append(acquire(project))
        except ProjectLockedError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=opener) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    winners = [o for o in outcomes if isinstance(o, lock.ProjectLock)]
    assert len(winners) == 1 and len(outcomes) == 8
    winners[0].release()


def test_lock_in_a_missing_folder_is_a_lock_file_error(tmp_path):
    with pytest.raises(LockFileError, match="フォルダーが見つかりません"):
        acquire(tmp_path / "gone" / "p.evproj")


def test_lock_in_a_read_only_folder_is_a_lock_file_error(project, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock.os, "open", denied)
    with pytest.raises(LockFileError, match="権限") as info:
        acquire(project)
    assert isinstance(info.value, EvalEditorError) and "\n" not in str(info.value)


def test_read_only_commands_work_on_a_locked_project(project, tmp_path, capsys):
    with acquire(project) as held:
        # validate reports findings (exit 0 or 1), never refuses a locked file (exit 2)
        assert cli.main(["validate", str(project)]) in (cli.EXIT_OK, cli.EXIT_FINDINGS)
        assert "シート" in capsys.readouterr().err
        assert cli.main(["export", str(project), "-o", str(tmp_path / "out.json")]) == cli.EXIT_OK
        assert (tmp_path / "out.json").exists()
        assert held.is_held()


def test_a_refreshed_lock_from_another_computer_is_not_old(project):
    with acquire(project) as held:
        path = held.file
        data = json.loads(path.read_text(encoding="utf-8"))
        data.update(host="SOUMU-PC-042", since=(datetime.now(timezone.utc) - timedelta(days=3)).isoformat())
        path.write_text(json.dumps(data), encoding="utf-8")  # as a colleague's lock opened 3 days ago
        three_days = (datetime.now() - timedelta(days=3)).timestamp()
        os.utime(path, (three_days, three_days))
        assert inspect_lock(project).state is LockState.OLD  # type: ignore[union-attr]
        assert held.refresh()  # what the colleague's editor does every few minutes
        assert inspect_lock(project).state is LockState.HELD  # type: ignore[union-attr]
    assert not held.refresh()  # released


def test_process_numbers_out_of_range_are_no_process():
    from evaleditor.storage import processes

    assert not processes.is_running(10**30) and processes.process_started(10**30) is None
    assert not processes.is_running(0) and not processes.is_running(-5)


def test_lock_import_never_overwrites_a_project_someone_has_open(project, sample_json):
    before = project.read_bytes()
    with acquire(project):  # the editor (this process) has it open
        result = subprocess.run([sys.executable, "-m", "evaleditor", "import", str(sample_json), "-o", str(project)],
                                cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    assert result.returncode == cli.EXIT_INPUT
    assert f"あなた（{lock.current_user()}）が、このコンピューター（{current_host()}）で" in result.stderr
    assert result.stderr.count("\n") == 1 and project.read_bytes() == before
    result = subprocess.run([sys.executable, "-m", "evaleditor", "import", str(sample_json), "-o", str(project)],
                            cwd=ROOT, capture_output=True, text=True, env=os.environ.copy())
    assert result.returncode == cli.EXIT_OK and not lock_path(project).exists()


def test_the_computer_name_is_the_one_sockets_report():
    import socket

    assert current_host() == socket.gethostname()
