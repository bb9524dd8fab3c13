"""Tidy CSV: one row per indicator of every sheet, with its rates and rating.

UTF-8 with a byte-order mark, so that Excel on Japanese Windows opens it
without mojibake; CRLF line ends; numbers as plain numbers (no thousands
separators, no units, no ``%``); an empty cell where there is no value.
Written with the standard library's csv module: the frozen app does not ship
pandas (85 MB for one table; see docs/executable.md); tests read the file back
with pandas.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from evaleditor.model import Direction, Project
from evaleditor.model.rates import indicator_rates

DIRECTION_TEXT = {Direction.HIGHER: "高いほど良い", Direction.LOWER: "低いほど良い"}
#: Columns before the baseline, year and target columns (whose names come from the settings).
LEAD_COLUMNS = ["施策番号", "施策名", "指標区分", "指標名", "単位", "方向"]
#: Columns after them.
RATE_COLUMNS = ["評価年度", "達成率（%）", "進捗率（%）", "評価", "備考"]


def columns(project: Project) -> list[str]:
    settings = project.settings
    return [*LEAD_COLUMNS, settings.baseline_label, *settings.year_labels, settings.effective_target_label(),
            *RATE_COLUMNS]


def indicator_rows(project: Project) -> list[list[Any]]:
    """The rows of the table as plain Python values (None for no value)."""
    settings = project.settings
    review = project.review_year()
    rows: list[list[Any]] = []
    for sheet in project.sheets:
        for group, indicator in sheet.all_indicators():
            rates = indicator_rates(indicator, settings, review)
            reasons = [f"{name}: {rate.reason}" for name, rate in (("達成率", rates.achievement),
                                                                   ("進捗率", rates.progress)) if rate.reason]
            if rates.achievement.reason and rates.achievement.reason == rates.progress.reason:
                reasons = [rates.achievement.reason]
            notes = [note for note in (rates.note(), *reasons) if note]
            rows.append([
                sheet.policy_number, sheet.policy_name, group.name, indicator.name, indicator.unit,
                DIRECTION_TEXT[indicator.direction], indicator.baseline,
                *(indicator.actuals.get(label) for label in settings.year_labels),
                indicator.target, rates.year, rates.achievement.rounded(), rates.progress.rounded(),
                rates.rating.label if rates.rating else None, "／".join(notes) or None,
            ])
    return rows


def dumps_csv(project: Project) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns(project))
    writer.writerows(["" if value is None else value for value in row] for row in indicator_rows(project))
    return buffer.getvalue().encode("utf-8-sig")
