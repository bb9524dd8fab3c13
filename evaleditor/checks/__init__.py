"""Checks a reviewer would make, as findings with a level, a place and a Japanese message.

``check_sheet(project, index)`` checks one sheet (cheap enough to re-run as
the user types); ``check_project(project)`` checks them all. Both are plain
loops over the model: no pandas, no Qt. The rules are listed in docs/insight.md.
"""

from __future__ import annotations

from evaleditor.checks.budget import check_budget
from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Finding, Level, Place
from evaleditor.checks.identity import NUMBER_PLACE, check_identity
from evaleditor.checks.indicators import check_indicators
from evaleditor.checks.topics import check_topics
from evaleditor.model import Project

#: Run in this order, which is the order of the sheet's parts on paper.
SHEET_CHECKS = (check_identity, check_indicators, check_budget, check_topics)


def check_sheet(project: Project, index: int) -> list[Finding]:
    """The findings of ``project.sheets[index]``, in the order of the sheet's parts.

    Findings about a duplicate 施策番号 also depend on the other sheets, and the
    year under review (when not set) on the actuals of all of them, so after a
    change to a 施策番号, to an actual or to the settings re-run
    :func:`check_project`; it is cheap too.
    """
    return _check_sheet(project, index, project.review_year())


def check_project(project: Project) -> list[Finding]:
    """The findings of every sheet, sheet by sheet."""
    year = project.review_year()
    cache: dict[str, object] = {}  # shared by the sheets of this run
    return [finding for index in range(len(project.sheets))
            for finding in _check_sheet(project, index, year, cache)]


def _check_sheet(project: Project, index: int, review_year: str | None,
                 run_cache: dict[str, object] | None = None) -> list[Finding]:
    ctx = SheetContext(project, index, review_year, run_cache)
    for check in SHEET_CHECKS:
        check(ctx)
    return ctx.findings


def check_policy_number(project: Project, index: int, run_cache: dict[str, object] | None = None) -> list[Finding]:
    """Only the findings of the 施策番号 of ``project.sheets[index]`` (missing, or used by other sheets): what
    changes in a sheet when another sheet's number changes. They come first among the sheet's findings
    (at :data:`NUMBER_PLACE`). Pass one ``run_cache`` to the calls for all sheets."""
    ctx = SheetContext(project, index, None, run_cache)
    check_identity(ctx)
    return ctx.findings


def fails_validation(findings: list[Finding]) -> bool:
    """True when any finding is an error or a warning."""
    return any(f.level.fails_validation for f in findings)


__all__ = ["NUMBER_PLACE", "Area", "Finding", "Level", "Place", "check_policy_number", "check_project", "check_sheet",
           "fails_validation"]
