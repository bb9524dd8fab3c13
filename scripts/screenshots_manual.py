#!/usr/bin/env python3
"""Screenshots for the user guide (docs/manual/images/), taken from the running editor.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_manual.py

The welcome page, each tab of the bundled example, the settings, the help window and the menus. The
dialogs of collecting and exporting are copied from docs/screenshots/ (made by
scripts/screenshots_collect.py), so that the guide carries every picture it shows (the frozen app
bundles docs/manual only). Settings go to a temporary folder, never the user's.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "manual" / "images"
COPIED = ("c1-merge-duplicate.png", "c2-compare.png", "c3-next-year.png", "c4-import-notes.png",
          "c5-export-progress.png", "c6-file-menu.png", "c7-export-sheets.png", "7-problems.png",
          # taken by hand (docs/safety.md): a second editor, a full disk
          "safety/lock.png", "safety/changed-on-disk.png", "safety/backups.png")


def dead_pid() -> int:
    """The id of a process that has ended (as the one of an editor that was killed)."""
    import subprocess

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def recovery_shot(window, example: Path, shot) -> None:  # type: ignore[no-untyped-def]
    """The question at start after a crash: a recovery file whose editor no longer runs."""
    import json

    from evaleditor.gui.recovery_dialog import RecoveryDialog, RecoveryOffer
    from evaleditor.storage.projectfile import load_project
    from evaleditor.storage.recovery import RecoveryStore

    project = load_project(example)
    project.sheets[0].topics[0].result += "<p>（午後に追記した文）</p>"
    file = RecoveryStore().slot(example).write(project)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["writer"]["pid"], data["writer"]["process_started"] = dead_pid(), 1.0
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    [recovery] = RecoveryStore().orphans()
    dialog = RecoveryDialog(RecoveryOffer(recovery), window)
    dialog.show()
    shot(dialog, "recovery")
    dialog.close()
    RecoveryStore().discard(recovery)


def main() -> int:
    os.environ.setdefault("QT_SCALE_FACTOR", "1")
    scratch = Path(tempfile.mkdtemp(prefix="evaleditor-manual-data-"))
    os.environ["EVALEDITOR_DATA_DIR"] = str(scratch)  # recovery files of the shots, never the user's
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from evaleditor.gui.app import install_translations
    from evaleditor.gui.document import Tab
    from evaleditor.gui.mainwindow import MainWindow
    from evaleditor.gui.settings_dialog import SettingsDialog

    app = QApplication(sys.argv[:1])
    install_translations(app, "ja")
    folder = Path(tempfile.mkdtemp(prefix="evaleditor-manual-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    example = folder / "令和3年度" / "施策評価シート-令和3年度.evproj"
    example.parent.mkdir()
    shutil.copy(ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj", example)
    settings.setValue("recentFiles", [str(example)])
    window = MainWindow(settings)
    window.resize(1180, 860)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle()
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    window.assistance.show_welcome()
    shot(window, "welcome")
    window.open_path(example, ask=False)
    assert window.editor is not None
    for tab, name in ((Tab.INFO, "tab-info"), (Tab.INDICATORS, "tab-indicators"), (Tab.BUDGET, "tab-budget"),
                      (Tab.RESULTS, "tab-results"), (Tab.ISSUES, "tab-issues")):
        window.editor.show_tab(tab)
        shot(window, name)
    window.editor.show_tab(Tab.INDICATORS)
    view = window.editor.indicators.current_view()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, view.model.column_of("actual:3年度")))
    view.show_reason("「2,4x9」は数値として読めません。数字だけを入力してください。")
    shot(window, "cell-refused")
    view.message.hide()

    dialog = SettingsDialog(window.doc.project.settings, window)  # type: ignore[union-attr]
    dialog.show()
    shot(dialog, "settings")
    dialog.close()

    help_window = window.assistance.show_help()
    help_window.resize(860, 680)
    shot(help_window, "help")
    help_window.close()

    def open_menu(title: str):  # type: ignore[no-untyped-def]
        action = next(a for a in window.menuBar().actions() if a.text() == title)
        menu = action.menu()
        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(action).bottomLeft()))
        settle()
        return menu

    menu = open_menu("ヘルプ(&H)")
    shot(menu, "menu-help")
    menu.close()
    menu = open_menu("表示(&V)")  # with its 画面の文字の大きさ sub-menu open beside it
    font_menu = window.assistance.font_menu
    menu.setActiveAction(font_menu.menuAction())
    font_menu.popup(menu.mapToGlobal(menu.actionGeometry(font_menu.menuAction()).topRight()))
    settle()
    area = menu.geometry().united(font_menu.geometry())
    screen = window.screen().grabWindow(0, area.x(), area.y(), area.width(), area.height())
    screen.save(str(OUT / "menu-view.png"))
    print(OUT / "menu-view.png")
    font_menu.close()
    menu.close()

    recovery_shot(window, example, shot)

    from evaleditor.gui.font_size import apply_scale

    apply_scale("larger")  # 表示 → 画面の文字の大きさ → 特大
    window.editor.show_tab(Tab.INDICATORS)
    shot(window, "font-larger")
    apply_scale("normal")

    for name in COPIED:
        source = ROOT / "docs" / "screenshots" / name
        if source.exists():
            shutil.copy(source, OUT / source.name)
            print(OUT / source.name)
    window.doc.undo_stack.setClean()  # type: ignore[union-attr]
    QTimer.singleShot(0, window.close)
    settle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
