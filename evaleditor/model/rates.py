"""達成率 and 進捗率 of an indicator, for the year under review.

- 達成率 (achievement): actual ÷ target when a higher value is better,
  target ÷ actual when a lower value is better.
- 進捗率 (progress): (actual − baseline) ÷ (target − baseline), the share of
  the planned change achieved; the same formula serves both directions.

Both are percentages. A rate that cannot be computed carries a Japanese
reason instead of a value; nothing here ever divides by zero. The formulas and
every rule below are documented in docs/insight.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from evaleditor.model.indicator import Direction, Indicator
from evaleditor.model.project import Project
from evaleditor.model.rating import RatingBand, grade
from evaleditor.model.settings import ProjectSettings

#: Decimal places of a rate as shown, exported and rated.
DISPLAY_DIGITS = 1
#: What a table cell shows for a rate that cannot be computed.
NO_RATE = "—"


def round_percent(value: float, digits: int = DISPLAY_DIGITS) -> float:
    """``67.307…`` as ``67.3``, rounding halves away from zero as people do by hand; a small negative
    rate rounds to ``0.0``, never ``-0.0`` (which a PDF would print with its sign, Excel without)."""
    step = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP)) + 0.0  # -0.0 + 0.0 is 0.0


@dataclass(frozen=True)
class Rate:
    """A rate in percent, or the reason there is none (exactly one of the two is set)."""

    percent: float | None = None
    reason: str = ""

    @property
    def available(self) -> bool:
        return self.percent is not None

    def rounded(self, digits: int = DISPLAY_DIGITS) -> float | None:
        """The rate as shown (one decimal place by default); None when there is none."""
        return None if self.percent is None else round_percent(self.percent, digits)

    def text(self, digits: int = DISPLAY_DIGITS) -> str:
        """``67.3%``, or ``—`` when there is no rate (the reason says why)."""
        value = self.rounded(digits)
        return NO_RATE if value is None else f"{value:,.{digits}f}%"


def _missing(reason: str) -> Rate:
    return Rate(None, reason)


def rate_year(indicator: Indicator, year_labels: Sequence[str], review_year: str | None) -> str | None:
    """The year whose actual the rates use.

    The year under review when the indicator has an actual for it; otherwise
    the latest earlier year column with an actual (figures that arrive a year
    late); never a year after the one under review. Without a year under
    review, or when it is not one of ``year_labels``, the latest year column
    with an actual. None when no candidate year has an actual.
    """
    labels = list(year_labels)
    if review_year is not None and review_year in labels:
        labels = labels[: labels.index(review_year) + 1]
    for label in reversed(labels):
        if indicator.actuals.get(label) is not None:
            return label
    return None


def _missing_actual(review_year: str | None) -> Rate:
    return _missing(f"{review_year}の実績値がありません" if review_year else "実績値がありません")


def achievement_rate(indicator: Indicator, year: str | None) -> Rate:
    """達成率 of ``indicator`` in ``year`` (see the module docstring)."""
    actual = indicator.actuals.get(year) if year is not None else None
    target = indicator.target
    if actual is None:
        return _missing_actual(year)
    if target is None:
        return _missing("目標値がありません")
    if actual == target:
        return Rate(100.0)  # also 0 of a target of 0: the target is met
    if target == 0:
        return _missing("目標値が0のため計算できません")
    if target < 0:
        return _missing("目標値が負の値のため計算できません")
    if indicator.direction is Direction.LOWER:
        if actual == 0:
            return _missing("実績値が0のため計算できません")
        if actual < 0:
            return _missing("実績値が負の値のため計算できません")
        return Rate(target * 100 / actual)
    return Rate(actual * 100 / target)


def progress_rate(indicator: Indicator, year: str | None) -> Rate:
    """進捗率 of ``indicator`` in ``year``: (actual − baseline) ÷ (target − baseline)."""
    actual = indicator.actuals.get(year) if year is not None else None
    target, baseline = indicator.target, indicator.baseline
    if actual is None:
        return _missing_actual(year)
    if target is None:
        return _missing("目標値がありません")
    if baseline is None:
        return _missing("基準値がありません")
    if target == baseline:
        return _missing("目標値が基準値と同じため計算できません")
    return Rate((actual - baseline) * 100 / (target - baseline))


@dataclass(frozen=True)
class IndicatorRates:
    """Everything the table, the exports and the checks show about one indicator's rates."""

    #: The year whose actual was used; None when there is no actual to use.
    year: str | None
    #: The year under review, which ``year`` differs from when its actual is missing.
    review_year: str | None
    achievement: Rate
    progress: Rate
    #: The grade of the rounded 達成率; None when there is no 達成率 or no band fits.
    rating: RatingBand | None

    @property
    def is_fallback(self) -> bool:
        """True when an earlier year's actual stands in for the year under review."""
        return self.year is not None and self.review_year is not None and self.year != self.review_year

    def note(self) -> str:
        """``1年度の実績値による`` when an earlier year was used, else empty."""
        return f"{self.year}の実績値による" if self.is_fallback else ""


def indicator_rates(indicator: Indicator, settings: ProjectSettings, review_year: str | None) -> IndicatorRates:
    """Rates and rating of ``indicator``; pass ``project.review_year()`` computed once per refresh."""
    year = rate_year(indicator, settings.year_labels, review_year)
    if year is None:
        missing = _missing_actual(review_year)
        return IndicatorRates(None, review_year, missing, missing, None)
    achievement = achievement_rate(indicator, year)
    progress = progress_rate(indicator, year)
    return IndicatorRates(year, review_year, achievement, progress,
                          grade(achievement.rounded(), settings.rating_bands))


def project_rates(project: Project) -> list[list[IndicatorRates]]:
    """Per sheet, the rates of every indicator in ``Sheet.all_indicators()`` order."""
    review = project.review_year()
    return [[indicator_rates(ind, project.settings, review) for _, ind in sheet.all_indicators()]
            for sheet in project.sheets]


__all__ = [
    "DISPLAY_DIGITS", "IndicatorRates", "NO_RATE", "Rate",
    "achievement_rate", "indicator_rates", "progress_rate", "project_rates", "rate_year", "round_percent",
]
