#!/usr/bin/env python3
"""Screenshots of the collection dialogs (merge, compare, next year, import notes, progress) into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_collect.py [--scale 1.5]

Uses the bundled example and projects built in code; settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="1")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", default="ja", choices=("ja", "en"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from evaleditor.exchange.importresult import ImportNote
    from evaleditor.exchange.merge import Duplicate
    from evaleditor.gui.app import install_translations
    from evaleditor.gui.compare_dialog import CompareDialog
    from evaleditor.exchange.compare import compare_projects
    from evaleditor.gui.import_notes import ImportNotesDialog
    from evaleditor.gui.mainwindow import MainWindow
    from evaleditor.gui.merge_dialog import DuplicateDialog
    from evaleditor.gui.next_year_dialog import NextYearDialog
    from evaleditor.gui.progress import QtProgress

    app = QApplication(sys.argv[:1])
    install_translations(app, args.language)
    folder = Path(tempfile.mkdtemp(prefix="evaleditor-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1280, 820)
    window.show()
    window.open_path(ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj", ask=False)
    assert window.doc is not None
    project = window.doc.project
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == "1" else f"-{args.scale.replace('.', '_')}x"
    suffix += "" if args.language == "ja" else f"-{args.language}"

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(10):
            app.processEvents()
        path = args.out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(path)

    # a duplicate between the open project and a department's file
    theirs = copy.deepcopy(project.sheets[0])
    theirs.policy_name += "（産業振興課の修正版）"
    theirs.topics[0].result += "<p>追記した成果です。</p>"
    duplicate = Duplicate(theirs.policy_number, [("hiratsuka-policy4-r2.evproj", project.sheets[0]),
                                                 ("産業振興部-提出.evproj", theirs)])
    dialog = DuplicateDialog(duplicate, window)
    shoot(dialog, "c1-merge-duplicate")
    dialog.close()

    # comparison against an earlier submission
    earlier = copy.deepcopy(project)
    sheet = earlier.sheets[0]
    sheet.indicator_groups[0].indicators[2].actuals["2年度"] = 2400
    sheet.indicator_groups[0].indicators[1].target = 40
    sheet.topics[1].policy = sheet.topics[1].policy.replace("継続することで", "行うことで")
    sheet.topics[0].result = sheet.topics[0].result.replace("、", "。", 1)
    compare = CompareDialog(compare_projects(earlier, project), "提出-第1版.evproj", "hiratsuka-policy4-r2.evproj",
                            None, window)
    row = next(r for r in range(compare.table.rowCount()) if compare.table.item(r, 0).text().endswith("取組方針"))
    compare.table.setCurrentCell(row, 0)
    shoot(compare, "c2-compare")
    compare.close()

    next_year = NextYearDialog("2年度", "3年度", False, window)
    next_year.boxes["result"].setChecked(True)
    shoot(next_year, "c3-next-year")
    next_year.close()

    notes = [ImportNote("「多い」は数値ではありません（この値は取り込みませんでした）", "施策4", "D9"),
             ImportNote("決算額が見つかりません", "施策5"),
             ImportNote("評価シートではないため取り込みませんでした", "一覧")]
    notes_dialog = ImportNotesDialog("産業振興部-令和2年度.xlsx", notes, window)
    shoot(notes_dialog, "c4-import-notes")
    notes_dialog.close()

    progress = QtProgress("Excel ブックを書き出しています…", 41, window)
    progress.dialog.setLabelText("シート 17 / 40")
    progress.dialog.setValue(16)
    progress.dialog.show()
    shoot(progress.dialog, "c5-export-progress")
    progress.close()

    # 書き出し of a project of several sheets: which sheets to write
    from evaleditor.gui.export_scope_dialog import ExportScopeDialog

    others = [copy.deepcopy(project.sheets[0]) for _ in range(3)]
    for number, (other, name) in enumerate(zip(others, ["地域経済の循環を促す", "観光を振興する",
                                                         "農水産業を振興する"]), 5):
        other.policy_number, other.policy_name = str(number), name
    sheets = [project.sheets[0], *others]
    scope = ExportScopeDialog("PDF", sheets, project.sheets[0], window)
    scope.current_button.setChecked(True)
    shoot(scope, "c7-export-sheets")
    scope.close()

    menu = window.file_menu
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    shoot(menu, "c6-file-menu")
    menu.close()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
