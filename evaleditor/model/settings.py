"""Project settings: the municipality, the plan and the fiscal-year columns.

Years, labels and counts are data: a sheet with three or six year columns
needs no code change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.model.numbers import Number
from evaleditor.model.rating import RatingBand, default_bands

DEFAULT_TITLE = "施策評価シート【分野別施策】"
DEFAULT_BASELINE_LABEL = "改訂計画 策定時"
#: A universal-design font shipped with Windows 10 and later.
DEFAULT_FONT = "BIZ UDゴシック"
DEFAULT_FONT_SIZE = 10


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
    #: Font and size of exported and printed sheets.
    font_name: str = DEFAULT_FONT
    font_size: Number = DEFAULT_FONT_SIZE
    #: Grades by 達成率, best first.
    rating_bands: list[RatingBand] = field(default_factory=default_bands)
    #: Longest text (characters) a topic part may have; None for no limit.
    char_limit: int | None = None
    #: Whether exported workbooks carry a chart beside each indicator table.
    excel_charts: bool = False

    @property
    def year_labels(self) -> list[str]:
        return [year.label for year in self.years]

    def effective_target_label(self) -> str:
        """The target column's label; by default named after the last year."""
        if self.target_label:
            return self.target_label
        return f"{self.years[-1].label} 目標値" if self.years else "目標値"
