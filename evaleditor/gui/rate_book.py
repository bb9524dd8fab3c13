"""The rates of a document's indicators, and the year under review they are computed for.

Kept apart from the rate columns (:mod:`evaleditor.gui.rate_columns`) so that the main window can follow
the year under review without loading the indicator tables' code, which is built with the first table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from evaleditor.gui.document import Part, ProjectDocument
from evaleditor.model import Indicator

if TYPE_CHECKING:
    from evaleditor.model.rates import IndicatorRates

# The name of the rate columns in evaleditor.gui.indicator_model.COLUMN_PROVIDERS.
RATE_COLUMNS = "rates"
# Changes after which the year under review (when automatic) may be another one.
_YEAR_PARTS = (Part.VALUES, Part.ROWS, Part.GROUPS, Part.SHEETS, Part.SETTINGS)


class RateBook(QObject):
    """The rates of a document's indicators, computed at most once between two changes."""

    # The year under review changed (it follows the actuals when the settings leave it automatic).
    reviewYearChanged = Signal()

    def __init__(self, doc: ProjectDocument) -> None:
        super().__init__(doc)
        self.setObjectName("rate-book")
        self.doc = doc
        self._review: str | None = doc.project.review_year()
        self._rates: dict[int, tuple[Indicator, IndicatorRates]] = {}
        # connected before any table model (the book is made while the first model builds its columns),
        # so that tables refreshing on ``changed`` read fresh rates
        doc.aboutToChange.connect(self._clear)
        doc.changed.connect(self._changed)

    @staticmethod
    def of(doc: ProjectDocument) -> RateBook:
        book = doc.findChild(RateBook, "rate-book")
        return book if isinstance(book, RateBook) else RateBook(doc)

    def review_year(self) -> str | None:
        return self._review

    def rates(self, indicator: Indicator) -> IndicatorRates:
        cached = self._rates.get(id(indicator))
        if cached is not None and cached[0] is indicator:
            return cached[1]
        from evaleditor.model.rates import indicator_rates  # with the first table that shows rates

        rates = indicator_rates(indicator, self.doc.project.settings, self._review)
        self._rates[id(indicator)] = (indicator, rates)
        return rates

    def _clear(self, scope: object = None, part: str = "") -> None:
        self._rates.clear()

    def _changed(self, scope: object, part: str) -> None:
        self._rates.clear()
        if part in _YEAR_PARTS:
            review = self.doc.project.review_year()
            if review != self._review:
                self._review = review
                self.reviewYearChanged.emit()
