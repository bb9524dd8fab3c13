"""The columns of a sheet's worksheet and their widths, fitted to what the columns hold.

Column A holds the labels and indicator names (40 wide, as published). Then come
単位, the baseline, one column per year, the target, and the computed columns
方向, 達成率(%), 進捗率(%) and 評価. Every column gets the width its content needs:
its numbers on one line (so none shows as ###), the longest word of its heading
(a heading wraps at its spaces, 改訂計画 / 策定時, and a short column's heading
one character a line, 方 / 向). The year columns also hold the budget (決算額,
which stands under them), so only they must hold 7-digit 千円 values.

When the columns need little, they share the published width (A plus 77) as the
published sample does; when they need more, column A gives up to
NAME_WIDTH − MIN_NAME_WIDTH so that the sheet still prints at 80 % or larger
(its names then wrap into taller rows). Nothing here depends on the one
published sample: any number of years and any values give columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from evaleditor.exchange import rate_columns
from evaleditor.exchange.xlsx.cleaning import clean
from evaleditor.exchange.xlsx.heights import CELL_PADDING, POINTS_PER_WIDTH_UNIT, WIDTH_SAFETY, number_em, text_em
from evaleditor.exchange.xlsx.paper import width_for_scale
from evaleditor.model import Indicator, ProjectSettings, Sheet
from evaleditor.model.numbers import Number, format_number, is_number

#: Width of column A (labels and indicator names), in Excel width units, as published.
NAME_WIDTH = 40.0
#: The narrowest column A gets, when the value columns need more room (about four characters less).
MIN_NAME_WIDTH = 32.0
#: Width the other columns share when they need less (as published: 40 + 77).
OTHER_WIDTH = 77.0
#: The print scale column A narrows for (down to MIN_NAME_WIDTH): one point above the 80 % aimed at,
#: since spreadsheet programs round column widths a little differently (LibreOffice prints them ~0.5 % wider).
TARGET_SCALE = 0.81
#: A column's heading wraps, but its widest word is given no more than four characters' room.
MAX_HEADING_EM = 4.0


@dataclass
class Columns:
    """Column positions (1-based) and widths (Excel units) for a project with ``years`` year columns."""

    years: int
    name_width: float
    unit_width: float
    baseline_width: float
    year_width: float
    target_width: float
    direction_width: float
    rate_width: float
    rating_width: float

    @property
    def unit(self) -> int:
        return 2

    @property
    def baseline(self) -> int:
        return 3

    def year(self, index: int) -> int:
        return 4 + index

    @property
    def target(self) -> int:
        return 4 + self.years

    @property
    def direction(self) -> int:
        return self.target + 1

    @property
    def achievement(self) -> int:
        return self.target + 2

    @property
    def progress(self) -> int:
        return self.target + 3

    @property
    def rating(self) -> int:
        return self.target + 4

    @property
    def last(self) -> int:
        return self.rating

    def widths(self) -> list[float]:
        return ([self.name_width, self.unit_width, self.baseline_width] + [self.year_width] * self.years
                + [self.target_width, self.direction_width, self.rate_width, self.rate_width, self.rating_width])

    def split(self) -> int:
        """The last column of the left half, for 課題 beside 取組方針 (halves of equal width)."""
        widths = self.widths()
        total = sum(widths)
        return min(range(1, self.last), key=lambda k: abs(sum(widths[:k]) - total / 2))

    def trailing(self, width: float) -> int:
        """The first of the last columns whose widths add up closest to ``width`` (at least one column)."""
        widths = self.widths()
        return min(range(2, self.last + 1), key=lambda k: abs(sum(widths[k - 1:]) - width))


class ColumnFitter:
    """Widths that fit the values and headings of ``sheets`` in the settings' font size."""

    def __init__(self, settings: ProjectSettings, font_size: float, review_year: str | None) -> None:
        self.settings = settings
        self.font_size = font_size
        self.review_year = review_year

    def columns(self, sheets: list[Sheet]) -> Columns:
        settings = self.settings
        indicators = [ind for sheet in sheets for _, ind in sheet.all_indicators()]
        one_char = self.text_width(1.0)
        unit = self._capped(one_char, [text_em(clean(ind.unit)) for ind in indicators])
        baseline = max(self.number_width([ind.baseline for ind in indicators]),
                       self.heading_width(settings.baseline_label), one_char)
        target = max(self.number_width([ind.target for ind in indicators]),
                     self.heading_width(settings.effective_target_label()), one_char)
        budget = [e for sheet in sheets for e in sheet.budget.values()]
        year = max(self.number_width([v for ind in indicators for v in ind.actuals.values()]
                                     + [e.cost_thousand_yen for e in budget]),
                   self.number_width([e.execution_rate_percent for e in budget], "{:.2f}"),  # PERCENT_FORMAT
                   *(self.heading_width(label) for label in settings.year_labels), one_char)
        direction, rate, rating = self._computed(indicators, one_char)
        extras = direction + 2 * rate + rating
        values = [unit, baseline, *([year] * len(settings.years)), target]
        values = _fill(values, OTHER_WIDTH - extras)
        room = width_for_scale(TARGET_SCALE) - sum(values) - extras
        name = min(NAME_WIDTH, max(MIN_NAME_WIDTH, _floor2(room)))
        count = len(settings.years)
        return Columns(count, name, values[0], values[1], values[2] if count else year, values[-1],
                       direction, rate, rating)

    def _computed(self, indicators: list[Indicator], one_char: float) -> tuple[float, float, float]:
        """Widths of 方向, the two rate columns and 評価 that fit their values (headings wrap)."""
        rows = [rate_columns.rate_row(ind, self.settings, self.review_year) for ind in indicators]
        rates = [v for row in rows for v in (row.achievement, row.progress) if v is not None]
        rate = max(self.number_width(rates, "{:,.1f}"), self.heading_width(rate_columns.ACHIEVEMENT),
                   self.heading_width(rate_columns.PROGRESS))
        direction = self._capped(one_char, [text_em(mark) for mark in rate_columns.MARKS.values()])
        rating = self._capped(one_char, [text_em(clean(b.label)) for b in self.settings.rating_bands])
        return direction, rate, rating

    def _capped(self, least: float, ems: list[float]) -> float:
        """At least ``least``, wide enough for the widest of ``ems`` up to MAX_HEADING_EM (longer ones wrap)."""
        return max(least, self.text_width(min(MAX_HEADING_EM, max(ems, default=0.0))))

    def text_width(self, em: float) -> float:
        """The column width (Excel units) whose cells hold ``em`` of text on one line."""
        points = em * self.font_size / WIDTH_SAFETY + CELL_PADDING
        return round(points / POINTS_PER_WIDTH_UNIT + 0.26, 2)

    def heading_width(self, heading: str) -> float:
        """Room for the widest word of a heading (it wraps at spaces, and before a unit in brackets)."""
        words = clean(heading).replace("(", " (").split()
        return self.text_width(min(MAX_HEADING_EM, max((text_em(w) for w in words), default=0.0)))

    def number_width(self, values: Sequence[Number | None], template: str | None = None) -> float:
        """The column width (Excel units) that shows the widest of ``values`` without ###."""
        shown = [template.format(v) if template else format_number(v) for v in values if is_number(v)]
        widest = max((number_em(text) for text in shown), default=0.0)
        if not widest:
            return 0.0
        points = widest * self.font_size / 0.95 + CELL_PADDING
        return round(points / POINTS_PER_WIDTH_UNIT + 0.5, 2)


def _fill(needs: list[float], share: float) -> list[float]:
    """``needs`` raised to a common level so that they add up to ``share`` (unchanged when they need more)."""
    if not needs or sum(needs) >= share:
        return needs
    level = share / len(needs)
    for count, need in enumerate(sorted(needs, reverse=True)):  # columns needing more than the level keep it
        level = (share - sum(sorted(needs, reverse=True)[:count])) / (len(needs) - count)
        if need <= level:
            break
    return [max(need, _floor2(level)) for need in needs]


def _floor2(value: float) -> float:
    return int(value * 100) / 100
