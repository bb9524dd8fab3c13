"""Backups: the last few saved versions are kept beside the project, listed with dates and restorable."""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

from evaleditor.errors import ProjectFileError
from evaleditor.storage import backups
from evaleditor.storage.backups import backup_folder, list_backups, load_backup, prune, restore_backup
from evaleditor.storage.projectfile import load_project, save_project
from tests import factories

YEARS = ["4年度", "5年度", "6年度"]


def _version(n: int):
    project = factories.project(YEARS, sheets=1)
    project.sheets[0].policy_name = f"版{n}"
    return project


def _save_versions(path, count: int, keep: int) -> None:
    for n in range(count):
        save_project(_version(n), path, backups=keep)
        moment = 1_800_000_000 + n * 60  # each version saved a minute after the previous one
        os.utime(path, (moment, moment))


def test_backups_rotate_keeping_the_newest(tmp_path):
    path = tmp_path / "施策4.evproj"
    _save_versions(path, 7, keep=3)
    kept = list_backups(path)
    assert [load_backup(b).sheets[0].policy_name for b in kept] == ["版5", "版4", "版3"]
    assert load_project(path).sheets[0].policy_name == "版6"
    assert all(b.file.parent == tmp_path / "施策4.evproj.backups" for b in kept)
    assert [b.saved_at for b in kept] == [datetime.fromtimestamp(1_800_000_000 + n * 60, timezone.utc)
                                          for n in (5, 4, 3)]
    assert kept[0].describe() == kept[0].saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert kept[0].file.name.startswith("施策4.20") and kept[0].file.suffix == ".evproj"


def test_default_count_and_no_backups(tmp_path):
    path = tmp_path / "p.evproj"
    _save_versions(path, backups.DEFAULT_BACKUP_COUNT + 3, keep=backups.DEFAULT_BACKUP_COUNT)
    assert len(list_backups(path)) == backups.DEFAULT_BACKUP_COUNT
    other = tmp_path / "q.evproj"
    _save_versions(other, 3, keep=0)
    assert list_backups(other) == [] and not backup_folder(other).exists()
    save_project(_version(9), other, keep_backup=False)
    assert list_backups(other) == []


def test_saving_the_same_content_again_makes_no_new_backup(tmp_path):
    path = tmp_path / "p.evproj"
    save_project(_version(1), path)
    save_project(_version(2), path)
    save_project(_version(2), path)
    save_project(_version(2), path)
    assert [load_backup(b).sheets[0].policy_name for b in list_backups(path)] == ["版2", "版1"]


def test_restore_a_backup_keeps_the_version_it_replaces(tmp_path):
    path = tmp_path / "p.evproj"
    _save_versions(path, 4, keep=5)
    oldest = list_backups(path)[-1]
    restored = restore_backup(path, oldest)
    assert restored.sheets[0].policy_name == "版0" == load_project(path).sheets[0].policy_name
    assert load_backup(list_backups(path)[0]).sheets[0].policy_name == "版3"  # nothing lost


def test_a_damaged_backup_is_refused_before_anything_is_replaced(tmp_path):
    path = tmp_path / "p.evproj"
    _save_versions(path, 2, keep=5)
    [kept] = list_backups(path)
    kept.file.write_bytes(b'{"format": "evaleditor-project", "ver')
    current = path.read_bytes()
    with pytest.raises(ProjectFileError):
        restore_backup(path, kept)
    assert path.read_bytes() == current


def test_legacy_bak_file_is_listed_last(tmp_path):
    path = tmp_path / "p.evproj"
    save_project(_version(0), tmp_path / "p.evproj.bak", keep_backup=False)
    _save_versions(path, 2, keep=5)
    listed = list_backups(path)
    assert [b.legacy for b in listed] == [False, True]
    assert load_backup(listed[-1]).sheets[0].policy_name == "版0"
    assert prune(path, 0) == [listed[0].file]  # pruning never deletes the legacy file
    assert (tmp_path / "p.evproj.bak").exists()


def test_unrelated_files_in_the_backup_folder_are_ignored(tmp_path):
    path = tmp_path / "p.evproj"
    _save_versions(path, 2, keep=1)
    folder = backup_folder(path)
    (folder / "メモ.txt").write_text("x")
    (folder / "p.evproj").write_text("x")
    (folder / "px.2026-01-01T00-00-00.000000Z.evproj").write_text("x")
    _save_versions(path, 3, keep=1)
    assert len(list_backups(path)) == 1
    assert {"メモ.txt", "p.evproj", "px.2026-01-01T00-00-00.000000Z.evproj"} <= {p.name for p in folder.iterdir()}


def test_two_versions_with_the_same_time_are_both_kept(tmp_path):
    path = tmp_path / "p.evproj"
    for n in range(3):
        save_project(_version(n), path, backups=5)
        os.utime(path, (1_800_000_000, 1_800_000_000))
    kept = list_backups(path)
    assert [b.file.name.endswith("Z-1.evproj") for b in kept] == [True, False]  # the later one first
    assert [load_backup(b).sheets[0].policy_name for b in kept] == ["版1", "版0"]
