"""``evaleditor --smoke-test [PROJECT]``: start the GUI, show a project, quit.

Used by scripts/build on the frozen app: it proves that Qt's plugins, the
bundled resources and the project loader work there, without a person.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def smoke_test(path: Path | None) -> int:
    from evaleditor.gui.app import ProjectWindow
    from evaleditor.resources import example_project

    path = path or example_project()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = ProjectWindow(path)
    window.show()
    result = {"code": 1}

    def check() -> None:
        ok = window.isVisible() and path.name in window.windowTitle()
        print(f"smoke test: window {'shown' if ok else 'NOT shown'}: {window.windowTitle()}")
        result["code"] = 0 if ok else 1
        app.quit()

    QTimer.singleShot(500, check)
    app.exec()
    return result["code"]
