"""The autosave worker is made a moment after the first frame; a window closed before then makes none."""

from __future__ import annotations

import threading

from evaleditor.gui import safety


def _autosave_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("evaleditor-autosave") and t.is_alive()]


def test_a_window_closed_before_the_preparation_gets_no_worker_thread(make_window, example, qtbot, monkeypatch):
    monkeypatch.setattr(safety, "PREPARE_AFTER_MS", 100)
    before = _autosave_threads()
    window = make_window(example)
    qtbot.waitUntil(window.first_frame.has_painted)
    assert window.close()
    assert not window.safety.autosaver.is_prepared()
    qtbot.wait(400)  # past the moment the preparation was planned for
    assert not window.safety.autosaver.is_prepared()
    assert _autosave_threads() == before


def test_an_open_window_is_prepared_a_moment_after_its_first_frame(make_window, example, qtbot, monkeypatch):
    monkeypatch.setattr(safety, "PREPARE_AFTER_MS", 100)
    window = make_window(example)
    qtbot.waitUntil(window.safety.autosaver.is_prepared)


def test_the_first_autosave_and_save_work_when_the_preparation_has_not_run(make_window, example, qtbot, monkeypatch):
    from evaleditor.storage.projectfile import load_project
    from tests.gui.conftest import commit_text

    monkeypatch.setattr(safety, "PREPARE_AFTER_MS", 600_000)
    window = make_window(example)
    qtbot.waitUntil(window.first_frame.has_painted)
    autosaver = window.safety.autosaver
    autosaver.delay_ms = 600_000
    name = window.editor.info.name
    name.setFocus()
    name.end(False)
    commit_text(name, "（準備前）")
    assert not autosaver.is_prepared()
    with qtbot.waitSignal(autosaver.saved, timeout=10_000):
        assert autosaver.write_in_background()
    assert window.save()
    assert load_project(example).sheets[0].policy_name.endswith("（準備前）")


def test_the_preparation_hashes_the_opened_file_so_the_first_autosave_need_not(make_window, example, tmp_path, qtbot,
                                                                                 monkeypatch):
    import hashlib
    import shutil

    monkeypatch.setattr(safety, "PREPARE_AFTER_MS", 600_000)  # the test makes the planned call itself
    window = make_window(example)
    state = window.doc.session.state
    assert state._sha256 is None  # opening does not hash the file (start-up)
    window.safety.autosaver.prepare_unless_stopped()  # what the timer calls
    assert state._sha256 == hashlib.sha256(example.read_bytes()).hexdigest()
    other = shutil.copy(example, tmp_path / "other.evproj")
    assert window.open_path(other, ask=False)  # after the start-up: hashed as it opens
    assert window.doc.session.state._sha256 == hashlib.sha256(other.read_bytes()).hexdigest()
