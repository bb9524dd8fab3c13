"""How long the checks and rates take on a large project, cold and as the user types.

Run: .venv/bin/python benchmarks/bench_checks.py [SHEETS]
Not part of the test suite (no timing assertions there).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaleditor.checks import check_project, check_sheet  # noqa: E402
from evaleditor.model.rates import project_rates  # noqa: E402
from tests import factories  # noqa: E402


def timed(label: str, func) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    func()
    print(f"{label:<40} {1000 * (time.perf_counter() - start):8.1f} ms")


def main() -> None:
    sheets = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    project = factories.project(["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"],
                                sheets=sheets, indicators=8, topics=6)
    for n, sheet in enumerate(project.sheets):
        for topic in sheet.topics:
            topic.result = topic.result * 4 + f"<p>{n}</p>"  # distinct texts of a realistic length
    project.settings.char_limit = 300
    timed(f"check_project, {sheets} sheets, cold", lambda: check_project(project))
    timed(f"check_project, {sheets} sheets, warm", lambda: check_project(project))
    topic = project.sheets[sheets // 2].topics[0]
    topic.result += "<p>入力中</p>"
    timed("check_sheet after typing in one topic", lambda: check_sheet(project, sheets // 2))
    timed(f"project_rates, {sheets} sheets", lambda: project_rates(project))


if __name__ == "__main__":
    main()
