"""A failed save loses nothing: the file on disk, its backups and the open project stay as they were.

Tests run as root in CI, where chmod does not stop writing, so "permission denied" is simulated at the
system call the way Windows and a read-only share report it.
"""

from __future__ import annotations

import copy
import errno
import os
import shutil

import pytest

from evaleditor.errors import SaveError
from evaleditor.storage import atomic, backups
from evaleditor.storage.backups import list_backups
from evaleditor.storage.disk_state import load_with_state, save_checked
from evaleditor.storage.projectfile import load_project, save_project
from tests import factories

YEARS = ["4年度", "5年度", "6年度"]


@pytest.fixture
def saved(tmp_path):
    folder = tmp_path / "共有"
    folder.mkdir()
    path = folder / "p.evproj"
    save_project(factories.project(YEARS, sheets=2), path)
    project = load_project(path)
    project.sheets[0].policy_name = "初版"
    save_project(project, path)  # one backup exists now
    return path


def _snapshot(path):
    return path.read_bytes(), [(b.file.name, b.file.read_bytes()) for b in list_backups(path)]


def _assert_nothing_lost(path, before, project, edited, tmp_path):
    assert _snapshot(path) == before  # the file and its backups as they were
    assert project == edited  # the open document as it was
    assert not [p for p in path.parent.rglob("*.tmp")]  # no temporary left behind
    elsewhere = tmp_path / "保存先" / "p.evproj"
    elsewhere.parent.mkdir()
    save_project(project, elsewhere)  # and it can be saved elsewhere
    assert load_project(elsewhere) == edited


def _edited(path):
    project, state = load_with_state(path)
    project.sheets[1].topics[0].result = "<p>失いたくない本文</p>"
    return project, state, copy.deepcopy(project)


def test_failed_save_loses_nothing_when_permission_is_denied(saved, tmp_path, monkeypatch):
    project, state, edited = _edited(saved)
    before = _snapshot(saved)

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as patch, pytest.raises(SaveError) as info:
        patch.setattr(atomic.tempfile, "mkstemp", denied)
        save_checked(project, saved, state)
    assert "権限" in str(info.value) and "元のファイルは変更されていません" in str(info.value)
    assert "\n" not in str(info.value)
    _assert_nothing_lost(saved, before, project, edited, tmp_path)


def test_failed_save_loses_nothing_when_the_file_stays_in_use(saved, tmp_path, monkeypatch):
    project, state, edited = _edited(saved)
    before = _snapshot(saved)
    real_replace = os.replace

    def in_use(src, dst):
        if os.fspath(dst) == os.fspath(saved):
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)

    with monkeypatch.context() as patch, pytest.raises(SaveError, match="他のプログラムがファイルを使用しています"):
        patch.setattr(atomic, "REPLACE_DELAY_S", 0.0)
        patch.setattr(atomic.os, "replace", in_use)
        save_checked(project, saved, state)
    # the copy of the version on disk was made before the replace failed: one more backup, of that version
    after = _snapshot(saved)
    assert after[0] == before[0] and after[1][1:] == before[1] and after[1][0][1] == before[0]
    for extra in list_backups(saved)[:1]:
        extra.file.unlink()
    _assert_nothing_lost(saved, before, project, edited, tmp_path)


def test_failed_save_loses_nothing_when_the_folder_vanished(saved, tmp_path):
    project, state, edited = _edited(saved)
    shutil.rmtree(saved.parent)  # the network share went away
    with pytest.raises(SaveError, match="フォルダが見つかりません"):
        save_project(project, saved)
    assert project == edited and not saved.parent.exists()
    elsewhere = tmp_path / "p.evproj"
    save_project(project, elsewhere)
    assert load_project(elsewhere) == edited


def test_failed_save_loses_nothing_when_the_folder_vanishes_mid_save(saved, tmp_path, monkeypatch):
    project, state, edited = _edited(saved)
    real_replace = os.replace

    def share_drops(src, dst):
        if os.fspath(dst) == os.fspath(saved):
            shutil.rmtree(saved.parent)
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", share_drops)
    with pytest.raises(SaveError, match="フォルダが見つかりません"):
        save_checked(project, saved, state)
    assert project == edited


def test_failed_save_loses_nothing_when_no_backup_can_be_made(saved, tmp_path, monkeypatch):
    project, state, edited = _edited(saved)
    before = _snapshot(saved)
    real_write = atomic.write_atomic

    def backup_denied(path, data, **kwargs):
        if path.parent.name.endswith(".backups"):
            raise SaveError(path, "書き込みの権限がないか、他のプログラムがファイルを使用しています")
        real_write(path, data, **kwargs)

    with monkeypatch.context() as patch, pytest.raises(SaveError):
        patch.setattr(backups, "write_atomic", backup_denied)
        save_checked(project, saved, state)
    _assert_nothing_lost(saved, before, project, edited, tmp_path)


def test_failed_save_loses_nothing_when_the_disk_is_full(saved, tmp_path, monkeypatch):
    project, state, edited = _edited(saved)
    before = _snapshot(saved)
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch, pytest.raises(SaveError, match="空き容量"):
        patch.setattr(atomic.os, "fsync", full)
        save_checked(project, saved, state, backups=0)
    _assert_nothing_lost(saved, before, project, edited, tmp_path)
