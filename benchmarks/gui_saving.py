"""Saving at scale, measured inside the running editor (run as its own process).

Opens the large project in the real main window (offscreen), makes an edit, and times how long the GUI
thread is blocked by:

- one autosave (``Autosaver.write_in_background``, what its timer calls): from the call to the return to
  the event loop. A write that goes on in the background is then waited for with the event loop running, and the
  longest gap between two turns of the loop meanwhile is recorded too (``autosave_gap_ms``: what a
  keystroke arriving during the write would wait, e.g. for the GIL);
- one 保存 (Ctrl+S, sent as a key press to the window): from the key press until the save is done and
  control is back in the event loop.

Prints a JSON object of millisecond lists. The user data folder (recovery files) is a temporary one.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import settle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(project_path: str, runs: int = 15) -> None:
    work = Path(tempfile.mkdtemp(prefix="evaleditor-bench-saving-"))
    os.environ["EVALEDITOR_DATA_DIR"] = str(work / "data")  # recovery files, never the real user's
    os.environ.setdefault("EVALEDITOR_LOG_DIR", str(work / "logs"))
    import shutil

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from evaleditor.gui.app import create_application
    from evaleditor.gui.mainwindow import MainWindow

    project = work / Path(project_path).name
    shutil.copy(project_path, project)  # Ctrl+S writes it, with backups beside it
    app = create_application()
    sys.excepthook = sys.__excepthook__  # a failure here must be seen, not shown in a message box
    window = MainWindow(QSettings(str(work / "bench.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    assert window.open_path(project, ask=False)
    app.processEvents()
    settle(app, window)
    autosaver = window.safety.autosaver
    deadline = time.perf_counter() + 10
    while not autosaver.is_prepared():  # as in a session: made a second after the window showed, long
        if time.perf_counter() > deadline:  # before the first autosave (seconds after the first change)
            raise RuntimeError("the autosaver was not prepared within 10 s")
        app.processEvents()
        time.sleep(0.01)
    autosaver.delay_ms = autosaver.max_wait_ms = 3_600_000  # only the measured calls write
    name = window.editor.info.name

    def edit(text: str) -> None:
        name.setFocus()
        name.end(False)
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QApplication.sendEvent(name, event)
        app.processEvents()
        assert window.doc.is_modified()

    written: list[Path] = []
    autosaver.saved.connect(written.append)

    blocked, gaps, finished = [], [], []
    for run in range(runs):
        edit("あ")
        before = len(written)
        start = time.perf_counter()
        autosaver.write_in_background()
        app.processEvents()
        returned = time.perf_counter()
        blocked.append((returned - start) * 1000)
        gap, last = 0.0, returned
        while len(written) == before:  # a write still going on in the background
            if time.perf_counter() - start > 30:
                raise RuntimeError("the autosave did not finish within 30 s")
            app.processEvents()
            now = time.perf_counter()
            gap, last = max(gap, now - last), now
        gaps.append(gap * 1000)
        finished.append((time.perf_counter() - start) * 1000)
        assert written[-1].exists(), "the recovery file was not written"

    saving = []
    for run in range(runs):
        edit("い")
        start = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        saving.append((time.perf_counter() - start) * 1000)
        assert not window.doc.is_modified(), "Ctrl+S did not save"

    result = {"sheets": window.navigator.list.count(), "size_mb": project.stat().st_size / 1e6,
              "autosave_ms": blocked, "autosave_gap_ms": gaps, "autosave_done_ms": finished, "save_ms": saving}
    window.close()
    app.processEvents()
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:3]))
