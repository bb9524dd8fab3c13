"""Fuzzing the readers of lock and recovery files: a damaged one is reported, never a crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaleditor.errors import ProjectFileError
from evaleditor.storage.lock import LockOwner, LockState, inspect_lock, lock_path
from evaleditor.storage.recovery import SUFFIX, RecoveryStore
from tests import factories
from tests.fuzz.harness import mutated_json

_LOCK = json.loads(LockOwner.for_this_process().to_json())


def _recovery_document() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        file = RecoveryStore(Path(folder)).slot(Path(folder) / "p.evproj").write(
            factories.project(["2年度", "3年度"], sheets=1))
        return json.loads(file.read_text(encoding="utf-8"))


_RECOVERY = _recovery_document()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("safety-fuzz")


@given(raw=st.binary(max_size=300) | mutated_json(st.just(_LOCK)))
def test_fuzz_damaged_lock_files_are_assessed(folder, raw):
    project = folder / "p.evproj"
    lock_path(project).write_bytes(raw)
    existing = inspect_lock(project)
    assert existing is not None and isinstance(existing.state, LockState)
    assert (existing.owner is None) == (existing.state is LockState.UNREADABLE)
    assert "\n" not in existing.message()
    assert existing.may_take_over in (True, False)


@given(raw=st.binary(max_size=300) | mutated_json(st.just(_RECOVERY)))
def test_fuzz_damaged_recovery_files_are_listed_and_restored_or_refused(folder, raw):
    store = RecoveryStore(folder / "recovery")
    store.folder.mkdir(exist_ok=True)
    (store.folder / f"r{SUFFIX}").write_bytes(raw)
    [found] = store.all()
    assert found.writer_running in (True, False)
    if found.saved_at is not None:
        assert found.saved_at.astimezone().isoformat()  # shown to the user in local time
    try:
        store.restore(found)
    except ProjectFileError as error:
        assert "\n" not in str(error)
    if found.problem is None:
        assert found.summary is not None and found.summary.describe()
        assert "\n" not in found.summary.describe()
    store.discard(found)
    assert store.all() == []
