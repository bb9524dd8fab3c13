"""Autosave writes on a worker thread: the editor keeps the order, tells failures once and loses nothing.

A write is held between its temporary file and the rename (with events, never sleeps) to decide what the
user does meanwhile: type on, save, undo, close the window or quit.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from evaleditor.storage import atomic, recovery
from evaleditor.storage.lock import lock_path
from evaleditor.storage.recovery import RecoveryStore, recovery_dir
from tests.gui.conftest import commit_text


class HeldWrite:
    """Holds the autosave's disk work on its worker thread, after the temporary file, until ``release``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.released = threading.Event()
        self.threads: list[threading.Thread] = []
        real = recovery.write_temporary

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            temporary = real(*args, **kwargs)
            self.threads.append(threading.current_thread())
            if threading.current_thread() is not threading.main_thread() and not self.reached.is_set():
                self.reached.set()
                assert self.released.wait(timeout=60)
            return temporary

        monkeypatch.setattr(recovery, "write_temporary", held)

    def wait_reached(self) -> None:
        assert self.reached.wait(timeout=60), "the autosave did not start writing"

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def held(window, monkeypatch):  # type: ignore[no-untyped-def]
    hold = HeldWrite(monkeypatch)
    yield hold
    hold.release()  # before the window closes: never leave the worker waiting after a failed test


def _edit(window, text: str) -> None:  # type: ignore[no-untyped-def]
    name = window.editor.info.name
    name.setFocus()
    name.end(False)
    commit_text(name, text)


def _recovered_name(window) -> str:  # type: ignore[no-untyped-def]
    [found] = RecoveryStore().all()
    assert found.file == window.doc.session.slot.file
    return RecoveryStore().restore(found).sheets[0].policy_name


def _leftovers() -> list[str]:
    return [p.name for p in recovery_dir().iterdir() if p.name.endswith(".tmp")]


def test_the_timer_writes_on_a_worker_thread_and_announces_it_on_the_gui_thread(qtbot, window, held):
    autosaver = window.safety.autosaver
    autosaver.delay_ms = 0
    announced = []
    autosaver.saved.connect(lambda file: announced.append((file, threading.current_thread())))
    held.release()
    with qtbot.waitSignal(autosaver.saved, timeout=10_000):
        _edit(window, "（裏で保存）")
    assert held.threads and threading.main_thread() not in held.threads  # the disk work was not on the GUI thread
    assert announced == [(window.doc.session.slot.file, threading.main_thread())]
    assert _recovered_name(window).endswith("（裏で保存）")


def test_editing_during_a_write_is_written_after_it(qtbot, window, held):
    autosaver = window.safety.autosaver
    autosaver.delay_ms = 60_000
    _edit(window, "（一）")
    assert autosaver.write_in_background()
    held.wait_reached()
    _edit(window, "（二）")
    assert not autosaver.write_in_background()  # one write at a time: the newer work waits for it
    autosaver.delay_ms = 0
    written = []
    autosaver.saved.connect(written.append)
    held.release()
    qtbot.waitUntil(lambda: len(written) == 2, timeout=10_000)  # the held write, then the newer work
    assert _recovered_name(window).endswith("（一）（二）")
    assert not autosaver.is_writing() and _leftovers() == []


@pytest.mark.parametrize("how", ["save", "undo"])
def test_a_write_going_on_when_the_document_becomes_clean_leaves_no_recovery_file(qtbot, window, held, how):
    autosaver = window.safety.autosaver
    autosaver.delay_ms = 60_000
    _edit(window, "（保存前）")
    written = []
    autosaver.saved.connect(written.append)
    assert autosaver.write_in_background()
    held.wait_reached()
    if how == "save":
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    else:
        window.undo_action.trigger()
    assert not window.isWindowModified()
    held.release()
    autosaver.wait()
    assert RecoveryStore().all() == [] and _leftovers() == []  # the late write did not bring it back
    assert written == []  # nothing to announce: that work is saved (or undone)
    assert not autosaver.is_pending()


def test_closing_the_window_finishes_a_write_going_on_first(qtbot, window, held, dialogs, monkeypatch, example):
    autosaver = window.safety.autosaver
    _edit(window, "（閉じる前）")
    assert autosaver.write_in_background()
    held.wait_reached()
    waiting = autosaver.wait

    def release_and_wait() -> None:  # the window's close waits here: let the worker go on now
        held.release()
        waiting()

    monkeypatch.setattr(autosaver, "wait", release_and_wait)
    assert window.close()  # unscripted: the user chose not to save
    assert dialogs.asked == ["hiratsuka-policy4-r2.evproj"]
    assert held.released.is_set() and not any(t.is_alive() for t in held.threads)  # finished, not cut off
    assert RecoveryStore().all() == [] and _leftovers() == [] and not lock_path(example).exists()
    assert dialogs.errors == []


def test_quitting_while_a_write_goes_on_keeps_the_newest_work(qtbot, window, held, monkeypatch, example):
    autosaver = window.safety.autosaver
    autosaver.delay_ms = 60_000
    _edit(window, "（一）")
    assert autosaver.write_in_background()
    held.wait_reached()
    _edit(window, "（ログオフ直前）")
    waiting = autosaver.wait

    def release_and_wait() -> None:
        held.release()
        waiting()

    monkeypatch.setattr(autosaver, "wait", release_and_wait)
    window.safety._quitting()  # what QCoreApplication.aboutToQuit calls, e.g. when Windows logs the user off
    assert held.released.is_set()
    assert _recovered_name(window).endswith("（一）（ログオフ直前）")  # offered at the next start
    assert _leftovers() == [] and not lock_path(example).exists()


def test_a_failed_background_write_is_told_once_on_the_gui_thread(qtbot, window, dialogs, monkeypatch):
    told = []
    monkeypatch.setattr(dialogs, "error", lambda text: told.append((text, threading.current_thread())))
    autosaver = window.safety.autosaver
    autosaver.delay_ms = 60_000

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(atomic.tempfile, "mkstemp", full)
        for text in ("！", "？"):
            _edit(window, text)
            assert autosaver.write_in_background()
            autosaver.wait()
    [(text, thread)] = told
    assert "自動保存できませんでした（ディスクの空き容量が足りません）" in text and thread is threading.main_thread()
    assert window.doc.project.sheets[0].policy_name.endswith("！？")
    _edit(window, "。")
    with qtbot.waitSignal(autosaver.saved, timeout=10_000):  # the problem is gone
        assert autosaver.write_in_background()
    assert _recovered_name(window).endswith("！？。") and len(told) == 1
