"""Indicators (成果指標, 活動指標 …) and the named groups that hold them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from evaleditor.model.numbers import Number

#: The group an indicator belongs to when a source names none.
DEFAULT_GROUP = "成果指標"


class Direction(str, Enum):
    """Whether a larger actual value is better or worse."""

    HIGHER = "higher"
    LOWER = "lower"


@dataclass
class Indicator:
    """One row of an indicator table. Actuals are keyed by fiscal-year label."""

    name: str = ""
    unit: str = ""
    baseline: Number | None = None
    actuals: dict[str, Number | None] = field(default_factory=dict)
    target: Number | None = None
    direction: Direction = Direction.HIGHER

    def actual(self, year_label: str) -> Number | None:
        return self.actuals.get(year_label)

    def set_actual(self, year_label: str, value: Number | None) -> None:
        """Store a value, or forget the year when the value is None."""
        if value is None:
            self.actuals.pop(year_label, None)
        else:
            self.actuals[year_label] = value


@dataclass
class IndicatorGroup:
    """A named table of indicators, e.g. 成果指標 or 活動指標."""

    name: str = DEFAULT_GROUP
    indicators: list[Indicator] = field(default_factory=list)
