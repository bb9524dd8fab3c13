"""達成率, 進捗率 and 評価 as read-only columns of every indicator table.

The numbers come from :mod:`evaleditor.model.rates` (formulas and reasons in docs/insight.md). A
missing rate shows ``—`` with the reason as its tooltip; a rating shows its label on a background
coloured by the band's rank as in the exports (best green, worst red), so colour is never the only sign. The columns
are registered in :data:`evaleditor.gui.indicator_model.COLUMN_PROVIDERS`; values are computed
once per change of the document (:class:`evaleditor.gui.rate_book.RateBook`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from evaleditor.exchange.rate_columns import rating_fill
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.indicator_model import COLUMN_PROVIDERS, READ_ONLY, Column, IndicatorTableModel
from evaleditor.model import Direction, Indicator, Sheet
from evaleditor.model.numbers import format_number
from evaleditor.gui.rate_book import RATE_COLUMNS, RateBook
from evaleditor.model.rates import NO_RATE, IndicatorRates
from evaleditor.model.rating import RatingBand

ACHIEVEMENT, PROGRESS, RATING = "achievement", "progress", "rating"
RATE_KEYS = (ACHIEVEMENT, PROGRESS, RATING)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def band_colors(band: RatingBand, bands: list[RatingBand]) -> tuple[QColor, QColor]:
    """Background and text colour of a rating: the fills of the Excel and PDF exports (best green, worst red)."""
    fill = rating_fill(band, bands) or "FFFFFF"
    return QColor(f"#{fill}"), QColor("#1b1b1b")


# -- what the cells show
def _rate_cell(indicator: Indicator, rates: IndicatorRates, which: str) -> str:
    rate = rates.achievement if which == ACHIEVEMENT else rates.progress
    text = rate.text()
    if rate.available and rates.is_fallback:
        text = QCoreApplication.translate("RateColumns", "{0}（{1}）").format(text, rates.year)
    return text


def _short_text(rates: IndicatorRates, which: str) -> str:
    """The rate without the year it stands in from (which may be elided when the table is narrow)."""
    return (rates.achievement if which == ACHIEVEMENT else rates.progress).text()


def _possible_texts(indicator: Indicator, which: str) -> list[str]:
    """Every text the cell may show while this row stays as it is: the rate of each year with an actual,
    with that year's suffix (shown when a later year comes under review) and without."""
    from evaleditor.model.rates import achievement_rate, progress_rate

    texts = [NO_RATE]
    for year, actual in indicator.actuals.items():
        if actual is None:
            continue
        rate = achievement_rate(indicator, year) if which == ACHIEVEMENT else progress_rate(indicator, year)
        if rate.available:
            texts += [rate.text(), QCoreApplication.translate("RateColumns", "{0}（{1}）").format(rate.text(), year)]
    return texts


def _numbers(indicator: Indicator, year: str | None) -> tuple[str, str, str]:
    actual = indicator.actuals.get(year) if year else None
    return format_number(actual), format_number(indicator.target), format_number(indicator.baseline)


def _rate_tooltip(indicator: Indicator, rates: IndicatorRates, which: str) -> str:
    rate = rates.achievement if which == ACHIEVEMENT else rates.progress
    if not rate.available:
        return rate.reason
    actual, target, baseline = _numbers(indicator, rates.year)
    if which == ACHIEVEMENT and indicator.direction is Direction.LOWER:
        formula = QCoreApplication.translate("RateColumns", "目標値 {1} ÷ {2}の実績値 {0} = {3}（低いほど良い指標）")
    elif which == ACHIEVEMENT:
        formula = QCoreApplication.translate("RateColumns", "{2}の実績値 {0} ÷ 目標値 {1} = {3}")
    else:
        formula = QCoreApplication.translate("RateColumns", "（{2}の実績値 {0} − 基準値 {4}）÷（目標値 {1} − 基準値 {4}）= {3}")
    lines = [formula.format(actual, target, rates.year, rate.text(), baseline)]
    if rates.is_fallback:
        lines.append(QCoreApplication.translate("RateColumns", "{0}の実績値がないため、{1}の実績値によります").format(rates.review_year, rates.year))
    return "\n".join(lines)


def band_meaning(band: RatingBand, bands: list[RatingBand]) -> str:
    """``達成率 80% 以上`` or, for the band without a minimum, ``達成率 50% 未満``."""
    if band.minimum_percent is not None:
        return QCoreApplication.translate("RateColumns", "達成率 {0}% 以上").format(format_number(band.minimum_percent))
    minimums = [b.minimum_percent for b in bands if b.minimum_percent is not None]
    if not minimums:
        return QCoreApplication.translate("RateColumns", "すべての達成率")
    return QCoreApplication.translate("RateColumns", "達成率 {0}% 未満").format(format_number(min(minimums)))


def _rating_tooltip(rates: IndicatorRates, bands: list[RatingBand]) -> str:
    if rates.rating is None:
        if not rates.achievement.available:
            return QCoreApplication.translate("RateColumns", "達成率がないため評価できません（{0}）").format(rates.achievement.reason)
        return QCoreApplication.translate("RateColumns", "達成率 {0} に当てはまる評価の区分がありません").format(rates.achievement.text())
    return QCoreApplication.translate("RateColumns", "評価 {0}: {1}（達成率 {2}）").format(
        rates.rating.label, band_meaning(rates.rating, bands), rates.achievement.text())


class _Roles:
    """The tooltip, colours and alignment of one rate column."""

    def __init__(self, book: RateBook, which: str) -> None:
        self.book, self.which = book, which

    def __call__(self, sheet: Sheet, indicator: Indicator, role: int) -> Any:
        rates = self.book.rates(indicator)
        bands = self.book.doc.project.settings.rating_bands
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.which == RATING:
                return _rating_tooltip(rates, bands)
            return _rate_tooltip(indicator, rates, self.which)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER if self.which == RATING or not self._available(rates) else _RIGHT
        if self.which == RATING and rates.rating is not None:
            background, text = band_colors(rates.rating, bands)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(text)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ForegroundRole and not self._available(rates):
            return QBrush(QColor("#757575"))
        return None

    def _available(self, rates: IndicatorRates) -> bool:
        if self.which == RATING:
            return rates.rating is not None
        return (rates.achievement if self.which == ACHIEVEMENT else rates.progress).available


def band_text(review_year: str | None) -> str:
    return QCoreApplication.translate("RateColumns", "達成状況（{0}）").format(review_year) if review_year else QCoreApplication.translate("RateColumns", "達成状況")


def header_tooltips(review_year: str | None) -> dict[str, str]:
    year = review_year or QCoreApplication.translate("RateColumns", "実績のある最新の年度")
    return {
        ACHIEVEMENT: QCoreApplication.translate("RateColumns", "達成率 = 実績値 ÷ 目標値（低いほど良い指標は 目標値 ÷ 実績値）。{0}の実績値による").format(year),
        PROGRESS: QCoreApplication.translate("RateColumns", "進捗率 = （実績値 − 基準値）÷（目標値 − 基準値）。計画した変化のうち達成した割合。{0}の実績値による").format(year),
        RATING: QCoreApplication.translate("RateColumns", "達成率による評価（区分はプロジェクトの設定で変更できます）"),
    }


def rate_columns(doc: ProjectDocument) -> list[Column]:
    """The three columns for a table of ``doc`` (a provider of COLUMN_PROVIDERS)."""
    book = RateBook.of(doc)
    review = book.review_year()
    tips = header_tooltips(review)
    band = band_text(review)

    def rating(sheet: Sheet, indicator: Indicator) -> str:
        grade = book.rates(indicator).rating
        return grade.label if grade is not None else NO_RATE

    return [
        Column(ACHIEVEMENT, QCoreApplication.translate("RateColumns", "達成率"), READ_ONLY,
               lambda s, i: _rate_cell(i, book.rates(i), ACHIEVEMENT), band=band, tooltip=tips[ACHIEVEMENT],
               role=_Roles(book, ACHIEVEMENT), samples=lambda s, i: _possible_texts(i, ACHIEVEMENT),
               short=lambda s, i: _short_text(book.rates(i), ACHIEVEMENT)),
        Column(PROGRESS, QCoreApplication.translate("RateColumns", "進捗率"), READ_ONLY,
               lambda s, i: _rate_cell(i, book.rates(i), PROGRESS), band=band, tooltip=tips[PROGRESS],
               role=_Roles(book, PROGRESS), samples=lambda s, i: _possible_texts(i, PROGRESS),
               short=lambda s, i: _short_text(book.rates(i), PROGRESS)),
        Column(RATING, QCoreApplication.translate("RateColumns", "評価"), READ_ONLY, rating, band=band, tooltip=tips[RATING],
               role=_Roles(book, RATING),
               samples=lambda s, i: [NO_RATE, *(b.label for b in doc.project.settings.rating_bands)]),
    ]


def refresh(model: IndicatorTableModel) -> None:
    """Show the rates again after the year under review changed without a change to this table."""
    book = RateBook.of(model.doc)
    review = book.review_year()
    tips = header_tooltips(review)
    columns = [n for n, c in enumerate(model.columns) if c.key in RATE_KEYS]
    for n in columns:
        model.columns[n].band = band_text(review)
        model.columns[n].tooltip = tips[model.columns[n].key]
    if columns and model.rowCount():
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, min(columns), max(columns))
        model.dataChanged.emit(model.index(0, min(columns)), model.index(model.rowCount() - 1, max(columns)))


def register() -> None:
    """Add the rate columns to every indicator table made from now on (once)."""
    COLUMN_PROVIDERS[RATE_COLUMNS] = rate_columns
