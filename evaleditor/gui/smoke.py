"""``evaleditor --smoke-test [PROJECT]``: start the GUI as usual, show a project, quit.

Used by scripts/smoke-frozen on the frozen app and by the start-up benchmark: it
proves that Qt's plugins, the bundled resources and the project loader work,
without a person. It quits as soon as the event loop has shown the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer


def smoke_test(path: Path | None) -> int:
    from evaleditor.gui.app import create_application, open_window
    from evaleditor.resources import example_project, manual_page

    path = path or example_project()
    app = create_application()
    window = open_window(path)
    result = {"code": 1}

    def check() -> None:
        ok = window.isVisible() and path.name in window.windowTitle() and window.doc is not None
        ok = ok and manual_page().is_file()  # ヘルプ → 使い方 finds the bundled guide
        print(f"smoke test: window {'shown' if ok else 'NOT shown'}: {window.windowTitle()}", flush=True)
        result["code"] = 0 if ok else 1
        window.close()
        app.quit()

    QTimer.singleShot(0, check)
    app.exec()
    return result["code"]
