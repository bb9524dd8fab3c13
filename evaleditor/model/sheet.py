"""One evaluation sheet: one policy (施策) of one fiscal year."""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.model.budget import BudgetEntry
from evaleditor.model.indicator import DEFAULT_GROUP, Indicator, IndicatorGroup
from evaleditor.model.settings import DEFAULT_TITLE
from evaleditor.model.topic import Topic


@dataclass
class Sheet:
    policy_number: str = ""
    policy_name: str = ""
    title: str = DEFAULT_TITLE
    departments: list[str] = field(default_factory=list)
    indicator_groups: list[IndicatorGroup] = field(
        default_factory=lambda: [IndicatorGroup(DEFAULT_GROUP)]
    )
    programs: list[str] = field(default_factory=list)
    #: 決算額 keyed by fiscal-year label; a missing year means no figures yet.
    budget: dict[str, BudgetEntry] = field(default_factory=dict)
    topics: list[Topic] = field(default_factory=list)

    def group(self, name: str) -> IndicatorGroup | None:
        return next((g for g in self.indicator_groups if g.name == name), None)

    def all_indicators(self) -> list[tuple[IndicatorGroup, Indicator]]:
        return [(g, i) for g in self.indicator_groups for i in g.indicators]

    def years_with_values(self) -> set[str]:
        """Labels of the years for which any actual or budget figure exists."""
        years = {y for _, ind in self.all_indicators() for y, v in ind.actuals.items() if v is not None}
        years.update(y for y, entry in self.budget.items() if not entry.is_empty())
        return years

    def display_name(self) -> str:
        """``4 産業の活性化を促進する``, as in the navigator and messages."""
        return f"{self.policy_number} {self.policy_name}".strip()
