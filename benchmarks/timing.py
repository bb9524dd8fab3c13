"""Small helpers: repeated runs, medians, process timings."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    values = [measure() for _ in range(runs)]
    return statistics.median(values), values


def wall_of_process(args: list[str], env: dict[str, str] | None = None) -> float:
    """Wall-clock seconds of a whole process, start-up included; fails loudly if it fails."""
    start = time.perf_counter()
    subprocess.run(args, check=True, cwd=ROOT, env={**os.environ, **(env or {})},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def marks_of_process(args: list[str], markers: list[str], env: dict[str, str] | None = None
                     ) -> tuple[dict[str, float], float]:
    """Seconds from starting a process until it prints a line starting with each of ``markers`` (e.g. its
    window is shown), and until it has ended; fails loudly if it fails or misses a line."""
    start = time.perf_counter()
    seen: dict[str, float] = {}
    with subprocess.Popen(args, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as process:
        assert process.stdout is not None
        for line in process.stdout:
            for marker in markers:
                if marker not in seen and line.startswith(marker):
                    seen[marker] = time.perf_counter() - start
    ended = time.perf_counter() - start
    if process.returncode != 0 or len(seen) != len(markers):
        raise RuntimeError(f"{' '.join(args)}: exit {process.returncode}, seen {sorted(seen)} of {markers}")
    return seen, ended


def shown_of_process(args: list[str], marker: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Seconds until the line ``marker`` (the window is shown), and until the process has ended."""
    seen, ended = marks_of_process(args, [marker], env)
    return seen[marker], ended


def compile_bytecode() -> None:
    """Compile the package's bytecode, as an installation or the frozen app has it, so that start-up is
    not measured with every module compiled from source (PYTHONDONTWRITEBYTECODE is set on some machines)."""
    import compileall

    compileall.compile_dir(str(ROOT / "evaleditor"), quiet=1)


def settle(app, window) -> None:  # type: ignore[no-untyped-def]
    """Let a freshly opened editor window finish what it does after its first frame (the problems panel,
    its first check, the tool tips), so that this work is not timed as part of the first measured event."""
    assert window.insight.panel is not None  # built now if the first frame has not come yet
    deadline = time.perf_counter() + 10
    while not window.first_frame.has_painted() and time.perf_counter() < deadline:
        app.processEvents()
    for _ in range(3):
        app.processEvents()


def cpu_of(action: Callable[[], object]) -> float:
    """CPU seconds of this process spent in ``action``."""
    start = time.process_time()
    action()
    return time.process_time() - start


def python() -> str:
    return sys.executable
