"""Starting the editor on a project: the window shows it first, everything else comes later.

Start-up time is measured by the benchmarks (docs/benchmarks.md); these tests keep what it rests on:
no heavy library and none of the parts that are not on screen are imported before the first frame,
and the deferred parts (the problems panel and its checks) do arrive right after it.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Imported only when used: libraries, and parts of the editor that the first picture does not show.
# (pydantic_core.core_schema: only pydantic-core's compiled module is needed to read a file; html.parser:
# stored text is read without it; hashlib: the file's hash waits until it is needed.)
LATER = ("pandas", "openpyxl", "pydantic", "pydantic_core.core_schema", "html.parser", "hashlib", "evaleditor.checks", "evaleditor.gui.problems_panel",
         "evaleditor.gui.indicators_panel", "evaleditor.gui.budget_panel", "evaleditor.gui.topics_panel",
         "evaleditor.gui.richtext_editor", "evaleditor.gui.rate_columns", "evaleditor.gui.settings_dialog",
         "evaleditor.gui.help_window", "evaleditor.gui.export_flow", "evaleditor.gui.import_flow",
         "evaleditor.gui.pdf", "evaleditor.exchange.xlsx")


def _start(tmp_path: Path, project: str) -> dict:
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from evaleditor.gui.app import open_window\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = open_window(Path({project!r}), settings)\n"
        f"report = {{'title': window.windowTitle(), 'before': [m for m in {LATER!r} if m in sys.modules]}}\n"
        "frame = {}\n"
        "window.first_frame.painted.connect(lambda: frame.update(editor=window.centralWidget().geometry().getRect(), bar=window.statusBar().isVisible()))\n"
        "def after():\n"
        "    report['moved'] = frame.get('editor') != window.centralWidget().geometry().getRect() or not frame.get('bar')\n"
        "    report['after'] = [m for m in ('evaleditor.checks', 'evaleditor.gui.problems_panel') if m in sys.modules]\n"
        "    report['status'] = window.insight.status.text()\n"
        "    report['dock'] = type(window.insight.dock.widget()).__name__\n"
        "    report['autosave_ready_then'] = window.safety.autosaver.is_prepared()\n"
        "    from evaleditor.gui.safety import PREPARE_AFTER_MS\n"
        "    QTimer.singleShot(PREPARE_AFTER_MS + 500, finish)\n"
        "def finish():\n"
        "    report['autosave_ready_later'] = window.safety.autosaver.is_prepared()\n"
        "    print(json.dumps(report, ensure_ascii=False))\n"
        "    app.quit()\n"
        "window.first_frame.later(after)\n"
        "QTimer.singleShot(20000, app.quit)\n"
        "app.exec()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EVALEDITOR_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_frame_needs_neither_heavy_libraries_nor_the_hidden_parts(tmp_path):
    example = tmp_path / "hiratsuka-policy4-r2.evproj"  # a copy: opening writes a lock beside the file
    shutil.copy(ROOT / "resources" / "examples" / example.name, example)
    report = _start(tmp_path, str(example))
    assert report["title"] == "hiratsuka-policy4-r2.evproj[*] - evaleditor"
    assert report["before"] == []
    # right after the first frame: the problems panel is built and the checks have run
    assert report["after"] == ["evaleditor.checks", "evaleditor.gui.problems_panel"]
    assert report["dock"] == "ProblemsPanel"
    assert report["status"] == "エラー 0 件 / 警告 0 件 / 注意 0 件"
    assert not report["moved"]  # the status bar and the dock were there in the first frame: nothing jumps
    # the autosave worker and serializer are made a moment later, in a pass of their own
    assert report["autosave_ready_then"] is False and report["autosave_ready_later"] is True



def test_the_smoke_test_reads_the_users_settings_but_never_changes_them_and_cleans_up(tmp_path):
    config = tmp_path / "config"
    settings_file = config / "evaleditor" / "evaleditor.conf"  # QSettings' place under XDG_CONFIG_HOME
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[General]\nrecentFiles=/somewhere/plan.evproj\nlanguage=ja\n", encoding="utf-8")
    before = settings_file.read_bytes()
    temp = tmp_path / "temp"
    temp.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config),
               EVALEDITOR_DATA_DIR=str(tmp_path / "data"), TMPDIR=str(temp))
    result = subprocess.run([sys.executable, "-m", "evaleditor", "--smoke-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert result.stdout.splitlines()[-2:] == ["smoke test: ready", "smoke test: writing works"]
    assert settings_file.read_bytes() == before  # no temporary file among the user's recent files
    assert list(temp.iterdir()) == []  # and its scratch folder is gone
