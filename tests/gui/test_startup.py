"""Starting the editor on a project imports no heavy library (pandas, openpyxl)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_opening_a_project_loads_neither_pandas_nor_openpyxl(tmp_path):
    example = tmp_path / "hiratsuka-policy4-r2.evproj"  # a copy: opening writes a lock beside the file
    shutil.copy(ROOT / "resources" / "examples" / example.name, example)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from evaleditor.gui.app import open_window\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"window = open_window(Path({str(example)!r}), settings)\n"
        "print(window.windowTitle())\n"
        "print(sorted(m for m in ('pandas', 'openpyxl') if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["hiratsuka-policy4-r2.evproj[*] - evaleditor", "[]"]
