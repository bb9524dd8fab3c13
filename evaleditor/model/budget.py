"""The settled budget (決算額) of one fiscal year."""

from __future__ import annotations

from dataclasses import dataclass

from evaleditor.model.numbers import Number


@dataclass
class BudgetEntry:
    """事業費 in thousand yen and 執行率 in percent; either may be unknown."""

    cost_thousand_yen: Number | None = None
    execution_rate_percent: Number | None = None

    def is_empty(self) -> bool:
        return self.cost_thousand_yen is None and self.execution_rate_percent is None
