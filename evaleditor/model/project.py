"""A project: settings and an ordered list of sheets."""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.model.settings import ProjectSettings
from evaleditor.model.sheet import Sheet


@dataclass
class Project:
    settings: ProjectSettings = field(default_factory=ProjectSettings)
    sheets: list[Sheet] = field(default_factory=list)

    def review_year(self) -> str | None:
        """The year under review: as set, else the latest year column with any actual value."""
        if self.settings.review_year:
            return self.settings.review_year
        with_values: set[str] = set()
        for sheet in self.sheets:
            with_values.update(
                y for _, ind in sheet.all_indicators() for y, v in ind.actuals.items() if v is not None
            )
        for label in reversed(self.settings.year_labels):
            if label in with_values:
                return label
        return None

    def rename_year(self, old: str, new: str) -> None:
        """Rename a year column and every value keyed by it, in all sheets."""
        for year in self.settings.years:
            if year.label == old:
                year.label = new
        if self.settings.review_year == old:
            self.settings.review_year = new
        for sheet in self.sheets:
            for _, ind in sheet.all_indicators():
                if old in ind.actuals:
                    ind.actuals = {(new if k == old else k): v for k, v in ind.actuals.items()}
            if old in sheet.budget:
                sheet.budget = {(new if k == old else k): v for k, v in sheet.budget.items()}
