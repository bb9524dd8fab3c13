#!/usr/bin/env python3
"""Screenshots of the editor on the bundled example, one per tab, into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py [--scale 1.5] [--out DIR]

Runs on any Qt platform (a real or virtual X screen gives the real fonts and style). Settings go to a
temporary folder, never the user's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="1", help="display scaling, e.g. 1.25 or 1.5")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="ja", choices=("ja", "en"))
    parser.add_argument("--size", default="1280x820", help="window size in device-independent pixels")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from evaleditor.gui.app import install_translations
    from evaleditor.gui.mainwindow import MainWindow

    app = QApplication(sys.argv[:1])
    install_translations(app, args.language)
    folder = tempfile.mkdtemp(prefix="evaleditor-shots-")
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.open_path(ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj", ask=False)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == "1" else f"-{args.scale.replace('.', '_')}x"
    suffix += "" if args.language == "ja" else f"-{args.language}"
    assert window.editor is not None
    names = ["info", "indicators", "budget", "results", "issues"]
    window.editor.show_tab("indicators")
    view = window.editor.indicators.current_view()  # 創業者数: its rates and chart
    view.table.setCurrentIndex(view.model.index(1, 0))
    for index, name in enumerate(names):
        window.editor.tabs.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
        path = args.out / f"{index + 1}-{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    from evaleditor.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.doc.project.settings, window)  # type: ignore[union-attr]
    dialog.show()
    for _ in range(5):
        app.processEvents()
    path = args.out / f"6-settings{suffix}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()
    path = args.out / f"7-problems{suffix}.png"
    problems_shot(app, window, path)
    print(path)
    window.doc.undo_stack.setClean()  # type: ignore[union-attr]
    window.close()
    return 0


def problems_shot(app, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """The problems panel after a few slips (undoable edits, never saved): a copied sheet keeps its
    施策番号, a target is emptied, an actual gets two zeros too many."""
    window.navigator.duplicate_sheet()
    window.editor.show_tab("indicators")
    view = window.editor.indicators.current_view()
    model = view.model
    model.setData(model.index(1, model.column_of("target")), "")
    model.setData(model.index(3, model.column_of("actual:2年度")), "12400")
    window.insight.check_now()
    panel = window.insight.panel
    panel.view.setCurrentIndex(panel.proxy.index(2, 0))
    view.table.setCurrentIndex(model.index(3, model.column_of("actual:2年度")))
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))


if __name__ == "__main__":
    sys.exit(main())
