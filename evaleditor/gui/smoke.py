"""``evaleditor --smoke-test [PROJECT]``: start the GUI as usual, show a project, quit.

Used by scripts/smoke-frozen on the frozen app and by the start-up benchmark: it
proves that Qt's plugins, the bundled resources and the project loader work,
without a person. It says "shown" as soon as the window has painted itself with the project (the start-up benchmark
times the process until then: what a person sees), and "ready" once the work that waits for the first
frame (the problems panel and its first check) is done; then it quits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer


def _scratch_settings(file: Path) -> QSettings:
    """A copy of the user's settings (window layout, recent files…): read as a normal start, never written."""
    user, copy = QSettings(), QSettings(str(file), QSettings.Format.IniFormat)
    for key in user.allKeys():
        copy.setValue(key, user.value(key))
    return copy


def smoke_test(path: Path | None) -> int:
    import os
    import shutil
    import tempfile

    from evaleditor.gui.app import create_application, open_window
    from evaleditor.storage.userdata import DATA_DIR_VARIABLE

    # a copy in a scratch folder (settings too: the user's recent files stay as they were): no question
    # about the user's recovery files, and no lock in a read-only
    # install folder (Program Files) or on the user's own project could stop an unattended run
    scratch = Path(tempfile.mkdtemp(prefix="evaleditor-smoke-"))
    os.environ[DATA_DIR_VARIABLE] = str(scratch / "data")
    if path is None:
        from evaleditor.resources import example_project

        path = example_project()
    path = Path(shutil.copy(path, scratch))
    app = create_application()
    settings = _scratch_settings(scratch / "settings.ini")
    window = open_window(path, settings)
    result = {"code": 1}

    def check(painted: bool = True) -> None:
        ok = painted and window.isVisible() and path.name in window.windowTitle() and window.doc is not None
        print(f"smoke test: window {'shown' if ok else 'NOT shown'}: {window.windowTitle()}", flush=True)
        from evaleditor.resources import manual_page

        if not manual_page().is_file():  # ヘルプ → 使い方 must find the bundled guide
            print(f"smoke test: the user guide is missing: {manual_page()}", flush=True)
            ok = False
        result["code"] = 0 if ok else 1
        if painted:
            window.first_frame.later(finish)  # after the work that waits for the first frame
        else:
            finish()

    def finish() -> None:
        ready = window.insight.checks is not None  # the problems panel and its first check
        print(f"smoke test: {'ready' if ready else 'NOT ready'}", flush=True)
        if not ready:
            result["code"] = 1
        # what is made a moment later (the autosave worker, the serializer), and writing the project back
        from evaleditor.storage.projectfile import dumps_project, loads_project

        window.safety.autosaver.prepare()
        doc = window.doc
        written = doc is not None and loads_project(dumps_project(doc.project)) == doc.project
        print(f"smoke test: writing {'works' if written else 'FAILED'}", flush=True)
        if not written:
            result["code"] = 1
        window.close()
        app.quit()

    window.first_frame.painted.connect(check)  # once the window has painted the project
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: check(painted=False))  # a window that never paints fails, not hangs
    timeout.start(20_000)
    app.exec()
    settings.sync()  # written now (closing stored the layout), not again after the folder is gone
    shutil.rmtree(scratch, ignore_errors=True)
    return result["code"]
