"""What every check of one sheet needs, computed once per run."""

from __future__ import annotations

from typing import Any

from evaleditor.checks.findings import Finding, Level, Place
from evaleditor.model import Project, Sheet


class SheetContext:
    """The sheet being checked, the project around it, and the findings so far."""

    def __init__(self, project: Project, index: int, review_year: str | None,
                 run_cache: dict[str, Any] | None = None) -> None:
        self.project = project
        #: What a run of the checks computes once for all its sheets (e.g. where each 施策番号 is used).
        self.run_cache: dict[str, Any] = {} if run_cache is None else run_cache
        self.settings = project.settings
        self.index = index
        self.sheet: Sheet = project.sheets[index]
        self.review_year = review_year
        self.sheet_name = self.sheet.display_name()
        self.findings: list[Finding] = []

    def add(self, level: Level, code: str, place: Place, where: str, message: str) -> None:
        self.findings.append(Finding(level, code, self.index, self.sheet_name, place, where, message))
