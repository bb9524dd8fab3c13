"""The computed columns that exports add to each indicator table: 方向, 達成率, 進捗率, 評価, and their legend.

The Excel export and the PDF export (and a workbook importer, which must
recognise and skip them) share these texts, so both exports show the same
values and the importer knows what is computed. No Qt and no openpyxl here;
the rates themselves come from :mod:`evaleditor.model.rates`.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaleditor.model import Direction, Indicator, IndicatorGroup, ProjectSettings
from evaleditor.model.numbers import format_number
from evaleditor.model.rates import NO_RATE, IndicatorRates, indicator_rates
from evaleditor.model.rating import RatingBand, band_rank

DIRECTION = "方向"
ACHIEVEMENT = "達成率(%)"
PROGRESS = "進捗率(%)"
RATING = "評価"
#: The headings of the computed columns, which an importer skips.
COMPUTED = (ACHIEVEMENT, PROGRESS, RATING)
MARKS = {Direction.HIGHER: "↑", Direction.LOWER: "↓"}
#: The legend's first line; an importer recognises the legend by it.
LEGEND_START = "方向　↑：高いほど良い　↓：低いほど良い"
#: Fill colours (RRGGBB) of ratings from the best band to the worst: green, blue, yellow, red, all light.
RATING_FILLS = ("C6EFCE", "DDEBF7", "FFEB9C", "FFC7CE")


def rating_fill(band: RatingBand | None, bands: list[RatingBand]) -> str | None:
    """The light fill of a rating: the best band green, the worst red, the others between; None without one."""
    if band is None:
        return None
    rank = band_rank(band, bands)
    if len(bands) <= 1:
        return RATING_FILLS[0]
    position = round(rank * (len(RATING_FILLS) - 1) / (len(bands) - 1))
    return RATING_FILLS[min(position, len(RATING_FILLS) - 1)]


@dataclass(frozen=True)
class RateRow:
    """What one indicator row shows in the computed columns."""

    direction: str
    #: Rates in percent rounded to one decimal (as shown, as rated); None where there is none.
    achievement: float | None
    progress: float | None
    rating: str
    fill: str | None
    rates: IndicatorRates

    @staticmethod
    def rate_text(value: float | None) -> str:
        """``67.3``, or ``—`` when there is no rate (the legend says why)."""
        return NO_RATE if value is None else f"{value:,.1f}"

    @property
    def rating_text(self) -> str:
        return self.rating or NO_RATE


def rate_row(indicator: Indicator, settings: ProjectSettings, review_year: str | None) -> RateRow:
    rates = indicator_rates(indicator, settings, review_year)
    band = rates.rating
    return RateRow(MARKS[indicator.direction], rates.achievement.rounded(), rates.progress.rounded(),
                   band.label if band else "", rating_fill(band, settings.rating_bands), rates)


def bands_text(bands: list[RatingBand]) -> str:
    """``A：100%以上　B：80%以上　C：50%以上　D：50%未満`` (best first)."""
    ordered = sorted(bands, key=lambda b: (b.minimum_percent is None, -(b.minimum_percent or 0)))
    minimums = [b.minimum_percent for b in bands if b.minimum_percent is not None]
    parts = []
    for band in ordered:
        if band.minimum_percent is not None:
            parts.append(f"{band.label}：{format_number(band.minimum_percent)}%以上")
        elif minimums:
            parts.append(f"{band.label}：{format_number(min(minimums))}%未満")
        else:
            parts.append(band.label)
    return "　".join(parts)


def legend_lines(group: IndicatorGroup, settings: ProjectSettings, review_year: str | None) -> list[str]:
    """The legend under an indicator table: the arrows, the year and bands, and why a rate is missing."""
    year = f"{review_year}の実績値" if review_year else "最新の実績値"
    lines = [LEGEND_START, f"達成率・進捗率・評価は{year}による（評価　{bands_text(settings.rating_bands)}）"]
    notes: dict[str, list[str]] = {}
    for indicator in group.indicators:
        rates = indicator_rates(indicator, settings, review_year)
        name = indicator.name.replace("\n", " ").strip() or "（名前のない指標）"
        found = []
        if rates.note():
            found.append(rates.note())
        a, p = rates.achievement.reason, rates.progress.reason
        if a and a == p:
            found.append(a)
        else:
            found += [f"{what}：{reason}" for what, reason in (("達成率", a), ("進捗率", p)) if reason]
        for text in found:
            notes.setdefault(text, []).append(name)
    lines += [f"※ {text}（{'、'.join(names)}）" for text, names in notes.items()]
    return lines
