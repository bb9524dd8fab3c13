"""Project settings: the municipality, the plan and the fiscal-year columns.

Years, labels and counts are data: a sheet with three or six year columns
needs no code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_TITLE = "施策評価シート【分野別施策】"
DEFAULT_BASELINE_LABEL = "改訂計画 策定時"


@dataclass
class FiscalYear:
    """One year column: its label as printed and the Western year it stands for."""

    label: str
    western_year: int | None = None


@dataclass
class ProjectSettings:
    municipality: str = ""
    plan: str = ""
    title: str = DEFAULT_TITLE
    years: list[FiscalYear] = field(default_factory=list)
    #: Label of the year under review; None means the latest year with any actual.
    review_year: str | None = None
    baseline_label: str = DEFAULT_BASELINE_LABEL
    target_label: str = ""

    @property
    def year_labels(self) -> list[str]:
        return [year.label for year in self.years]

    def effective_target_label(self) -> str:
        """The target column's label; by default named after the last year."""
        if self.target_label:
            return self.target_label
        return f"{self.years[-1].label} 目標値" if self.years else "目標値"
