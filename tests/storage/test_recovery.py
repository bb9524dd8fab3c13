"""Autosave and recovery: unsaved work survives a killed process and is offered back on the next start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from evaleditor.errors import ProjectFileError, SaveError
from evaleditor.storage import recovery
from evaleditor.storage.projectfile import save_project
from evaleditor.storage.recovery import RecoveryStore, RecoverySummary, recovery_dir
from tests import factories

ROOT = Path(__file__).resolve().parents[2]
YEARS = ["2年度", "3年度", "4年度", "5年度"]

# An editing session: opens a saved project, changes it, autosaves, and then hangs until it is killed.
_EDITOR = """
import sys
from evaleditor.storage.projectfile import load_project
from evaleditor.storage.recovery import RecoveryStore
project = load_project(sys.argv[1])
project.sheets[0].policy_name = "保存していない変更"
project.sheets[1].topics[0].result = "<p>午後いっぱいかけて書いた本文</p>"
slot = RecoveryStore().slot(sys.argv[1])
slot.write(project)
print(slot.file, flush=True)
sys.stdin.readline()
"""


def _edited(project):
    project.sheets[0].policy_name = "保存していない変更"
    project.sheets[1].topics[0].result = "<p>午後いっぱいかけて書いた本文</p>"
    return project


def test_autosave_recovery_survives_a_killed_process_and_is_offered_on_next_start(tmp_path):
    document = tmp_path / "施策.evproj"
    save_project(factories.project(YEARS, sheets=3), document)
    on_disk = document.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", _EDITOR, str(document)], cwd=ROOT, env=os.environ.copy(),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdin is not None
    written = Path(child.stdout.readline().strip())
    store = RecoveryStore()
    try:
        assert written.parent == recovery_dir() != document.parent  # never beside the document
        assert [r.file for r in store.all()] == [written]
        assert store.orphans() == []  # its session still runs: not offered
    finally:
        child.kill()  # SIGKILL; TerminateProcess on Windows
        child.wait(timeout=30)
        child.stdout.close()
        child.stdin.close()

    # the next start
    offered = RecoveryStore().orphans()
    assert len(offered) == 1
    found = offered[0]
    assert found.problem is None and found.original == document
    assert found.saved_at is not None and abs(datetime.now(timezone.utc) - found.saved_at) < timedelta(minutes=5)
    assert found.summary == RecoverySummary("テスト市", "第2次総合計画", found.summary.title, 3,
                                            ("1-2 保存していない変更", "2-3 テスト施策1", "3-4 テスト施策2"))
    assert "テスト市 第2次総合計画（3 シート" in found.summary.describe()
    restored = store.restore(found)
    assert restored == _edited(factories.project(YEARS, sheets=3))
    assert document.read_bytes() == on_disk  # recovery never overwrites the real file
    store.discard(found)
    assert store.all() == []


def test_recovery_is_removed_on_clean_save_or_close(tmp_path):
    store = RecoveryStore()
    slot = store.slot(tmp_path / "p.evproj")
    project = factories.project(YEARS)
    slot.write(project)
    slot.write(_edited(project))  # autosaving again replaces the same file
    assert len(store.all()) == 1
    slot.remove()
    assert store.all() == []
    slot.remove()  # harmless twice


def test_recovery_file_is_plain_json_with_what_and_when(tmp_path):
    slot = RecoveryStore().slot(None)  # a project never saved
    moment = datetime(2026, 11, 28, 9, 30, tzinfo=timezone.utc)
    data = json.loads(slot.write(factories.project(YEARS, sheets=2), now=moment).read_text(encoding="utf-8"))
    assert data["format"] == "evaleditor-recovery" and data["original"] is None
    assert data["saved_at"] == "2026-11-28T09:30:00+00:00"
    assert data["summary"]["sheets"] == 2 and data["project"]["format"] == "evaleditor-project"
    assert data["writer"]["pid"] == os.getpid()
    found = RecoveryStore().all()[0]
    assert found.original is None and found.saved_at == moment
    assert found.writer_running  # our own session


def test_recoveries_are_listed_newest_first(tmp_path):
    store = RecoveryStore()
    base = datetime(2026, 11, 1, tzinfo=timezone.utc)
    for day in (3, 1, 2):
        store.slot(tmp_path / f"{day}.evproj").write(factories.project(YEARS), now=base + timedelta(days=day))
    assert [r.original.name for r in store.all()] == ["3.evproj", "2.evproj", "1.evproj"]  # type: ignore[union-attr]


@pytest.mark.parametrize("content", [b"", b"\x80\x81", b"[]", b'{"format": "evaleditor-recovery"}',
                                     b'{"format": "evaleditor-recovery", "version": 1, "saved_at": "x"}',
                                     b"[" * 10000])
def test_garbled_recovery_is_listed_with_a_problem_and_can_be_discarded(content):
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"broken{recovery.SUFFIX}").write_bytes(content)
    (folder / "unrelated.txt").write_text("x")
    store = RecoveryStore()
    [found] = store.orphans()
    assert found.problem == "復元ファイルが壊れています" and found.summary is None
    with pytest.raises(ProjectFileError, match="壊れています"):
        store.restore(found)
    store.discard(found)
    assert store.all() == [] and (folder / "unrelated.txt").exists()


def test_recovery_with_a_damaged_project_is_refused_cleanly():
    store = RecoveryStore()
    file = store.slot(None).write(factories.project(YEARS))
    data = json.loads(file.read_text(encoding="utf-8"))
    data["project"]["sheets"][0]["budget"] = "壊れた"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    [found] = store.all()
    with pytest.raises(ProjectFileError) as info:
        store.restore(found)
    assert str(info.value).startswith(str(file)) and "sheets[0].budget" in str(info.value)


def test_recovery_folder_that_cannot_be_written_is_a_save_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    slot = RecoveryStore(blocker / "recovery").slot(None)
    with pytest.raises(SaveError) as info:
        slot.write(factories.project(YEARS))
    assert "保存できませんでした" in str(info.value)


def test_missing_recovery_folder_lists_nothing(tmp_path):
    assert RecoveryStore(tmp_path / "none").all() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_recovery_file_is_readable_by_its_user_only():
    file = RecoveryStore().slot(None).write(factories.project(YEARS))
    assert file.stat().st_mode & 0o777 == 0o600


def test_recovery_with_a_lone_surrogate_in_its_project_is_refused_cleanly(tmp_path):
    store = RecoveryStore()
    file = store.slot(None).write(factories.project(YEARS, sheets=1))
    data = json.loads(file.read_text(encoding="utf-8"))
    data["project"]["\ud80app"] = "evaleditor 0.1.0"  # found by the fuzzer: JSON may escape half a character
    file.write_text(json.dumps(data), encoding="ascii")
    [found] = store.all()
    with pytest.raises(ProjectFileError, match="サロゲート"):
        store.restore(found)
