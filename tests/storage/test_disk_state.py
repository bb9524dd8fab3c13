"""Changes on disk: a file changed by someone else since it was opened is never overwritten silently."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from evaleditor.storage.backups import list_backups
from evaleditor.storage.disk_state import (
    ChangedOnDiskError, DiskChange, check, load_with_state, save_checked,
)
from evaleditor.storage.projectfile import load_project, save_project
from tests import factories

YEARS = ["4年度", "5年度", "6年度"]


@pytest.fixture
def opened(tmp_path):
    path = tmp_path / "p.evproj"
    save_project(factories.project(YEARS, sheets=2), path)
    project, state = load_with_state(path)
    return path, project, state


def test_unchanged_file_is_saved_and_the_new_state_remembered(opened):
    path, project, state = opened
    assert check(path, state) is DiskChange.UNCHANGED
    project.sheets[0].policy_name = "変更"
    new_state = save_checked(project, path, state)
    assert check(path, new_state) is DiskChange.UNCHANGED and new_state != state
    assert load_project(path) == project
    project.sheets[0].policy_name = "もう一度"
    save_checked(project, path, new_state)  # saving again with the remembered state works


def test_changed_file_on_disk_is_detected_and_not_overwritten(opened):
    path, project, state = opened
    # a colleague saves the same project from another computer (another process here)
    code = ("import sys; from evaleditor.storage.projectfile import load_project, save_project\n"
            "p = load_project(sys.argv[1]); p.sheets[1].policy_name = '同僚の変更'; save_project(p, sys.argv[1])")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    theirs = path.read_bytes()
    assert check(path, state) is DiskChange.MODIFIED
    project.sheets[0].policy_name = "自分の変更"
    with pytest.raises(ChangedOnDiskError) as info:
        save_checked(project, path, state)
    assert info.value.change is DiskChange.MODIFIED and "別の名前で保存" in str(info.value)
    assert path.read_bytes() == theirs  # not overwritten
    # the user chooses "save under another name"
    other = path.with_name("p-自分.evproj")
    save_checked(project, other, None)
    assert load_project(other) == project and path.read_bytes() == theirs
    # or chooses to overwrite: the colleague's version is kept as a backup
    save_checked(project, path, state, force=True)
    assert load_project(path) == project
    assert list_backups(path)[0].file.read_bytes() == theirs


def test_change_that_keeps_size_and_time_is_still_detected(opened):
    path, _, state = opened
    before = os.stat(path)
    data = bytearray(path.read_bytes())
    at = data.index("テスト市".encode())
    data[at:at + len("テスト市".encode())] = "テスト町".encode()  # same length in UTF-8
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_size == state.size and os.stat(path).st_mtime_ns == state.mtime_ns
    assert check(path, state) is DiskChange.MODIFIED


def test_touched_but_unchanged_file_is_not_reported(opened):
    path, _, state = opened
    os.utime(path, (1_900_000_000, 1_900_000_000))
    assert check(path, state) is DiskChange.UNCHANGED


def test_deleted_file_is_reported(opened):
    path, project, state = opened
    path.unlink()
    assert check(path, state) is DiskChange.DELETED
    with pytest.raises(ChangedOnDiskError, match="削除"):
        save_checked(project, path, state)
    assert not path.exists()
    save_checked(project, path, state, force=True)
    assert load_project(path) == project


def test_new_document_whose_target_appeared_is_reported(tmp_path):
    path = tmp_path / "new.evproj"
    assert check(path, None) is DiskChange.UNCHANGED
    path.write_text("someone else's")
    with pytest.raises(ChangedOnDiskError) as info:
        save_checked(factories.project(YEARS), path, None)
    assert info.value.change is DiskChange.CREATED and path.read_text() == "someone else's"


def test_state_of_read_bytes_hashes_them_when_first_asked(tmp_path):
    import hashlib

    from evaleditor.storage.disk_state import DiskState, read_with_state

    path = tmp_path / "p.evproj"
    save_project(factories.project(YEARS, sheets=2), path)
    data, state = read_with_state(path)
    assert state._sha256 is None  # nothing hashed while opening
    assert state.sha256 == hashlib.sha256(data).hexdigest()
    assert state._data is None  # the bytes are let go once hashed
    same = DiskState(len(data), os.stat(path).st_mtime_ns, hashlib.sha256(data).hexdigest())
    assert state == same and hash(state) == hash(same)
    assert state != DiskState(len(data), same.mtime_ns, "0" * 64)
