"""Start-up: the app showing a project in its window, against a bare PySide6 window with a table.

Both processes print a line in the event-loop pass after their window's first paint (``evaleditor
--smoke-test`` and benchmarks/bare_window.py); the time from starting the process to that line is
measured; for the app also the time until the work that waits for that first frame is done (the
problems panel and its first check: "ready"). Runs of the floor and of the app alternate, so that a change in the machine's load touches
both alike. The app starts as a returning user's does: with a saved window layout and recent files
(a settings folder of its own, seeded by opening and closing the editor once), and once as a first start.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from benchmarks.timing import ROOT, compile_bytecode, marks_of_process, python, shown_of_process

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}
SHOWN = "smoke test: window shown"  # printed by evaleditor --smoke-test once the window has painted the project
READY = "smoke test: ready"  # then once the work that waits for the first frame is done (problems panel, checks)
SEED = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from evaleditor.gui.app import create_application, open_window
app = create_application()
window = open_window(Path(sys.argv[1]))
QTimer.singleShot(0, window.close)  # closing saves the window layout, as a person's session does
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _seed_settings(config: Path, project: Path, data: Path) -> None:
    subprocess.run([python(), "-c", SEED, str(project)], cwd=ROOT, check=True, capture_output=True,
                   env={**os.environ, **OFFSCREEN, "XDG_CONFIG_HOME": str(config), "EVALEDITOR_DATA_DIR": str(data)})


def measure(runs: int, projects: list[tuple[str, Path]]) -> list[tuple[str, str, str, str]]:
    compile_bytecode()
    work = Path(tempfile.mkdtemp(prefix="evaleditor-startup-"))
    returning, first = work / "returning", work / "first"
    _seed_settings(returning, projects[0][1], work / "seed-data")
    cases = [(f"start-up, {name} shown in the window", path, returning) for name, path in projects]
    cases.append((f"start-up, {projects[0][0]}, first start (no saved layout)", projects[0][1], first))
    bare: list[float] = []
    timed: dict[str, list[tuple[dict[str, float], float]]] = {label: [] for label, _, _ in cases}
    for _ in range(runs):
        bare.append(shown_of_process([python(), str(ROOT / "benchmarks" / "bare_window.py")], "shown",
                                     OFFSCREEN)[0])
        for label, path, config in cases:
            timed[label].append(marks_of_process([python(), "-m", "evaleditor", "--smoke-test", str(path)],
                                                 [SHOWN, READY], {**OFFSCREEN, "XDG_CONFIG_HOME": str(config)}))
    floor = statistics.median(bare)
    rows = []
    for label, _, _ in cases:
        app = statistics.median(marks[SHOWN] for marks, _ in timed[label])
        ready = statistics.median(marks[READY] for marks, _ in timed[label])
        ended = statistics.median(ended for _, ended in timed[label])
        rows.append((label, f"{app:.2f} s", f"{app / floor:.2f}× the bare window ({floor:.2f} s); ready (problems "
                     f"panel and first check done) {ready:.2f} s, {ready / floor:.2f}×; whole process with quitting "
                     f"{ended:.2f} s", "≤ 2.0×"))
    return rows
