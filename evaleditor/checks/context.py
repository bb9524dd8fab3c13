"""What every check of one sheet needs, computed once per run."""

from __future__ import annotations

from evaleditor.checks.findings import Finding, Level, Place
from evaleditor.model import Project, Sheet


class SheetContext:
    """The sheet being checked, the project around it, and the findings so far."""

    def __init__(self, project: Project, index: int, review_year: str | None) -> None:
        self.project = project
        self.settings = project.settings
        self.index = index
        self.sheet: Sheet = project.sheets[index]
        self.review_year = review_year
        self.sheet_name = self.sheet.display_name()
        self.findings: list[Finding] = []

    def add(self, level: Level, code: str, place: Place, where: str, message: str) -> None:
        self.findings.append(Finding(level, code, self.index, self.sheet_name, place, where, message))
