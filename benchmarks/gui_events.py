"""Editing at scale, measured inside the running editor (run as its own process).

Opens the large project in the real main window (offscreen), then times single
events end to end, including the work Qt does before returning to the event
loop: switching sheets, typing into a rich-text editor (IME commits, as Japanese
text arrives), editing an indicator cell, and the live checks' own timer event,
which follows a pause in typing or editing. Prints a JSON object of millisecond
lists and the resident memory.
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


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(project_path: str) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    from evaleditor.gui.app import create_application
    from evaleditor.gui.mainwindow import MainWindow

    app = create_application()
    sys.excepthook = sys.__excepthook__  # a failure here must be seen, not shown in a message box
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    start = time.perf_counter()
    assert window.open_path(Path(project_path), ask=False)
    app.processEvents()
    settle(app, window)  # the problems panel and its live checks are built
    open_ms = (time.perf_counter() - start) * 1000
    sheets = window.navigator.list.count()

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - t0) * 1000

    switch = [timed(lambda i=i: window.navigator.list.setCurrentRow((i * 7 + 1) % sheets)) for i in range(60)]

    window.navigator.list.setCurrentRow(0)
    app.processEvents()
    editor = window.editor
    editor.show_tab("issues")
    app.processEvents()
    text_edit = editor.issues.rows[0].editors[0].edit
    text_edit.setFocus()
    text_edit.moveCursor(text_edit.textCursor().MoveOperation.End)

    def type_one(ch: str) -> None:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(text_edit, event)

    typing = [timed(lambda ch=ch: type_one(ch)) for ch in "市民の声を聞きながら新たな取組を検討します。" * 3]

    view = editor.indicators.current_view()
    model = view.table.model() if hasattr(view, "table") else view.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    year_column = next(c for c, title in enumerate(columns) if title and "年度" in str(title))
    cells = [timed(lambda r=r: model.setData(model.index(r % model.rowCount(), year_column), str(100 + r),
                                             Qt.ItemDataRole.EditRole)) for r in range(60)]
    # the live checks, which run in a timer event of their own once typing or editing pauses (300 ms)
    checks = []
    for r in range(20):
        model.setData(model.index(r % model.rowCount(), year_column), str(200 + r), Qt.ItemDataRole.EditRole)
        checks.append(timed(window.insight.timer.timeout.emit))
    editor.show_tab("issues")
    app.processEvents()
    text_edit.setFocus()
    for ch in "取組を進めます。" * 3:
        type_one(ch)
        checks.append(timed(window.insight.timer.timeout.emit))
    result = {"sheets": sheets, "open_ms": open_ms, "switch_ms": switch, "typing_ms": typing, "cell_ms": cells,
              "checks_ms": checks, "rss_mb": rss_mb()}
    window.doc.undo_stack.setClean()
    window.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
