"""The values of one indicator in chart order: baseline, each year's actual, target.

Charts in the editor and in exported workbooks draw from this, so they show
the same points with the same labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaleditor.model.indicator import Direction, Indicator
from evaleditor.model.numbers import Number
from evaleditor.model.settings import ProjectSettings


@dataclass(frozen=True)
class IndicatorSeries:
    name: str
    unit: str
    direction: Direction
    baseline_label: str
    baseline: Number | None
    #: (year label, actual or None) for every year column, in order.
    actuals: tuple[tuple[str, Number | None], ...]
    target_label: str
    target: Number | None

    def points(self) -> list[tuple[str, Number | None]]:
        """Baseline, the years and the target as one category axis; None where no value exists."""
        return [(self.baseline_label, self.baseline), *self.actuals, (self.target_label, self.target)]

    def has_values(self) -> bool:
        return any(value is not None for _, value in self.points())


def indicator_series(indicator: Indicator, settings: ProjectSettings) -> IndicatorSeries:
    return IndicatorSeries(
        name=indicator.name,
        unit=indicator.unit,
        direction=indicator.direction,
        baseline_label=settings.baseline_label,
        baseline=indicator.baseline,
        actuals=tuple((label, indicator.actuals.get(label)) for label in settings.year_labels),
        target_label=settings.effective_target_label(),
        target=indicator.target,
    )
