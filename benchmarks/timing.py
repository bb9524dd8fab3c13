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


def cpu_of(action: Callable[[], object]) -> float:
    """CPU seconds of this process spent in ``action``."""
    start = time.process_time()
    action()
    return time.process_time() - start


def python() -> str:
    return sys.executable
