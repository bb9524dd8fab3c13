"""How the editor's insight features keep up with typing on a large project.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_insight_gui.py [SHEETS]
Times opening the project and its first check (the problems panel is built after the window's first
frame), a keystroke in a topic (the checks wait for the pause), the re-check of one sheet after the pause,
a whole-project re-check with the problems panel refilled, and a repaint of the indicator table with
its rate columns. Not part of the test suite (no timing assertions there).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def timed(label: str, func, repeat: int = 1) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(repeat):
        func()
    print(f"{label:<52} {1000 * (time.perf_counter() - start) / repeat:8.2f} ms")


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import large_project
    from evaleditor.gui.document import ProjectDocument
    from evaleditor.gui.mainwindow import MainWindow

    sheets = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1280, 820)
    window.show()
    project = large_project(sheets)
    project.settings.char_limit = 200  # many findings: the panel has work to do
    timed(f"open {sheets} sheets (install the document)", lambda: window.install(ProjectDocument(project)))
    timed("first check (build the panel, check, fill it)", lambda: window.insight.panel)  # after the first frame
    print(f"{'findings':<52} {len(window.insight.panel.model.findings):8d}")
    assert window.editor is not None and window.navigator is not None
    window.navigator.select_sheet(project.sheets[sheets // 2])
    window.editor.show_tab("results")
    app.processEvents()
    edit = window.editor.results.rows[0].editors[0].edit  # type: ignore[union-attr]
    edit.setFocus()

    def keystroke() -> None:
        event = QInputMethodEvent("", [])
        event.setCommitString("あ")
        QApplication.sendEvent(edit, event)

    timed("a keystroke in a topic (checks deferred)", keystroke, repeat=20)
    timed("re-check after the pause (one sheet, publish)", window.insight.check_now)
    from evaleditor.gui.document import Part

    sheet = window.editor.sheet
    sheet.policy_number = "x"  # as typed in 施策番号: its duplicates concern every sheet
    window.doc.changed.emit(sheet, Part.INFO)  # type: ignore[union-attr]
    timed("re-check after a 施策番号 change (every sheet's number)", window.insight.check_now)
    window.insight.checks.everything = True  # type: ignore[union-attr]
    timed("re-check the whole project (publish)", window.insight.check_now)
    window.editor.show_tab("indicators")
    view = window.editor.indicators.current_view()  # type: ignore[union-attr]
    timed("repaint the indicator table with rate columns", lambda: view.table.viewport().grab(), repeat=10)
    window.doc.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()


if __name__ == "__main__":
    main()
