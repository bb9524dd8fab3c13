"""Recovery files written on another thread: a snapshot now, the disk work later, and the order kept.

The GUI captures the work on its own thread and writes it on a worker thread. These tests hold a write
between its temporary file and the rename (with events, not sleeps) to decide what happens meanwhile.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from evaleditor.storage import recovery
from evaleditor.storage.projectfile import save_project
from evaleditor.storage.recovery import RecoverySlot, RecoveryStore
from evaleditor.storage.session import EditSession
from tests import factories

YEARS = ["4年度", "5年度"]


class HeldWrite:
    """Holds the write ``start`` begins after its temporary file is on disk, until ``release``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.released = threading.Event()
        self.worker: threading.Thread | None = None
        real = recovery.write_temporary

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            temporary = real(*args, **kwargs)
            if threading.current_thread() is self.worker:
                self.reached.set()
                assert self.released.wait(timeout=60)
            return temporary

        monkeypatch.setattr(recovery, "write_temporary", held)

    def start(self, pool: ThreadPoolExecutor, write, snapshot) -> Future:  # type: ignore[no-untyped-def]
        self.worker = pool.submit(threading.current_thread).result(timeout=60)  # the pool's one thread
        future = pool.submit(write, snapshot)
        assert self.reached.wait(timeout=60), future.exception(timeout=60)
        return future

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def held(monkeypatch):  # type: ignore[no-untyped-def]
    hold = HeldWrite(monkeypatch)
    yield hold
    hold.release()  # never leave a worker waiting after a failed test


@pytest.fixture
def pool():  # type: ignore[no-untyped-def]
    with ThreadPoolExecutor(max_workers=1) as workers:
        yield workers


def _named(name: str):  # type: ignore[no-untyped-def]
    project = factories.project(YEARS, sheets=2)
    project.sheets[0].policy_name = name
    return project


def _policy_in(slot: RecoverySlot) -> str:
    [found] = RecoveryStore(slot.file.parent).all()
    return RecoveryStore(slot.file.parent).restore(found).sheets[0].policy_name


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_the_snapshot_holds_the_work_as_it_was_when_taken(tmp_path):
    slot = RecoveryStore(tmp_path).slot(None)
    project = _named("スナップショットの時点")
    snapshot = slot.snapshot(project)
    project.sheets[0].policy_name = "その後の編集"  # editing goes on while the worker writes
    assert slot.write_snapshot(snapshot) == slot.file
    assert _policy_in(slot) == "スナップショットの時点"


def test_an_older_snapshot_finishing_later_never_replaces_a_newer_one(tmp_path, held, pool):
    slot = RecoveryStore(tmp_path).slot(None)
    older, newer = slot.snapshot(_named("古い状態")), slot.snapshot(_named("新しい状態"))
    late = held.start(pool, slot.write_snapshot, older)  # its temporary file is written, not yet renamed
    assert slot.write_snapshot(newer) == slot.file
    held.release()
    assert late.result(timeout=60) is None  # superseded
    assert _policy_in(slot) == "新しい状態"
    assert _leftovers(tmp_path) == []
    assert slot.write_snapshot(older) is None  # also when it only starts now


def test_a_write_going_on_when_the_file_is_removed_does_not_bring_it_back(tmp_path, held, pool):
    slot = RecoveryStore(tmp_path).slot(None)
    slot.write(_named("前に書いた状態"))
    going_on = held.start(pool, slot.write_snapshot, slot.snapshot(_named("書いている途中")))
    slot.remove()  # saved or closed meanwhile
    assert not slot.file.exists()
    held.release()
    assert going_on.result(timeout=60) is None
    assert not slot.file.exists() and _leftovers(tmp_path) == []
    assert slot.write(_named("保存後の編集")) == slot.file  # work after the removal is written again
    assert _policy_in(slot) == "保存後の編集"


def test_a_session_saved_while_its_autosave_is_written_keeps_no_recovery_file(tmp_path, held, pool):
    document = tmp_path / "施策.evproj"
    save_project(factories.project(YEARS, sheets=2), document)
    store = RecoveryStore(tmp_path / "recovery")
    session, project = EditSession.open(document, store=store)
    project.sheets[0].policy_name = "保存する変更"
    going_on = held.start(pool, session.write_snapshot, session.snapshot(project))
    session.save(project)
    held.release()
    assert going_on.result(timeout=60) is None
    assert store.all() == [] and _leftovers(store.folder) == []
    session.close()


def test_a_restored_recovery_is_discarded_only_when_the_new_one_has_landed(tmp_path, held, pool):
    store = RecoveryStore(tmp_path)
    crashed = store.slot(None)
    crashed.write(_named("落ちる前の作業"))
    [old] = store.all()
    session, project = EditSession.restore(old, store=store)
    going_on = held.start(pool, session.write_snapshot, session.snapshot(project))
    assert old.file.exists()  # the new file is not there yet: the old one stays
    held.release()
    assert going_on.result(timeout=60) == session.slot.file
    assert [r.file for r in store.all()] == [session.slot.file]
    session.close()
