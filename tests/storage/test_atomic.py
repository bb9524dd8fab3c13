import errno
import os
import random
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from evaleditor.errors import SaveError
from evaleditor.storage import atomic
from evaleditor.storage.atomic import backup_path, replace_with_retry, write_atomic
from evaleditor.storage.backups import DEFAULT_BACKUP_COUNT, list_backups
from evaleditor.storage.projectfile import load_project, save_project
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


def test_write_keeps_the_previous_version_as_backup(tmp_path):
    target = tmp_path / "a.evproj"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert backup_path(target).read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.evproj", "a.evproj.bak"]


def test_failed_replace_leaves_the_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "a.evproj"
    write_atomic(target, b"old")

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    with pytest.raises(SaveError, match="空き容量"):
        write_atomic(target, b"new", keep_backup=False)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.evproj"]


def test_missing_folder_is_a_save_error(tmp_path):
    with pytest.raises(SaveError, match="フォルダが見つかりません"):
        write_atomic(tmp_path / "gone" / "a.evproj", b"x")


def test_replace_retries_while_the_target_is_briefly_locked(tmp_path):
    calls = []

    def flaky(src, dst):
        calls.append(src)
        if len(calls) < 3:
            raise PermissionError(errno.EACCES, "in use")
        os.replace(src, dst)

    (tmp_path / "s").write_text("x")
    replace_with_retry(tmp_path / "s", tmp_path / "d", replace=flaky, sleep=lambda s: None)
    assert len(calls) == 3 and (tmp_path / "d").read_text() == "x"


def test_replace_gives_up_after_its_attempts(tmp_path):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "in use")

    with pytest.raises(PermissionError):
        replace_with_retry(tmp_path / "s", tmp_path / "d", replace=locked, sleep=lambda s: None)


_CHILD = """
import sys
from evaleditor.storage.projectfile import save_project
from tests import factories
a = factories.project(["2年度", "3年度", "4年度", "5年度"], sheets=40)
b = factories.project(["2年度", "3年度", "4年度", "5年度"], sheets=41)
print("ready", flush=True)
i = 0
while True:
    save_project(b if i % 2 else a, sys.argv[1])
    i += 1
"""


@pytest.mark.slow
def test_a_process_killed_while_saving_leaves_a_whole_file(tmp_path):
    target = tmp_path / "p.evproj"
    years = ["2年度", "3年度", "4年度", "5年度"]
    versions = {n: factories.project(years, sheets=n) for n in (40, 41)}
    save_project(versions[40], target)
    rng = random.Random(1234)
    for _ in range(12):
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(target)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        try:
            child.wait(timeout=rng.uniform(0.02, 0.4))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        loaded = load_project(target)  # must parse: never a torn file
        assert loaded == versions[len(loaded.sheets)]
        for backup in list_backups(target):  # every kept version is whole too
            kept = load_project(backup.file)
            assert kept == versions[len(kept.sheets)]
    # a kill between copying and pruning leaves extra copies; the next completed save prunes them
    save_project(versions[40], target)
    assert len(list_backups(target)) <= DEFAULT_BACKUP_COUNT


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saved_file_keeps_its_permissions_and_a_new_one_gets_the_usual_ones(tmp_path):
    target = tmp_path / "shared.evproj"
    write_atomic(target, b"one")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~atomic._umask()  # not the temp file's 0600
    target.chmod(0o664)  # a project shared with the group
    write_atomic(target, b"two")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    write_atomic(target, b"three", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="read from /proc")
def test_umask_is_read_without_changing_it():
    before = os.umask(0o027)
    try:
        assert atomic._umask() == 0o027
        assert os.umask(0o027) == 0o027
    finally:
        os.umask(before)
