"""次年度の準備: a new project for the next year under review.

Indicators, targets, programs and topics are kept; actuals and budgets of past
years are kept; the year under review moves one column on (a column is added
when the current one is the last); texts are kept or cleared per the user's
choice. The original project is never changed.
"""

from __future__ import annotations

import copy
import re

from evaleditor.errors import InputError
from evaleditor.model.project import Project
from evaleditor.model.settings import FiscalYear
from evaleditor.model.topic import TOPIC_PARTS


def _following_label(label: str, western: int | None) -> str:
    """``5年度`` → ``6年度``, ``令和元年度`` → ``令和2年度``; otherwise the Western year, e.g. ``2024年度``."""
    if label.startswith("令和元") or label.startswith("元"):
        return label.replace("元", "2", 1)
    match = re.search(r"\d+", label)
    if match:
        return label[: match.start()] + str(int(match.group()) + 1) + label[match.end():]
    return f"{western + 1}年度" if western is not None else f"{label}の翌年度"


def next_year_label(project: Project) -> tuple[str, bool]:
    """The label of the next year under review, and whether a column must be added for it."""
    years = project.settings.years
    if not years:
        raise InputError(None, "年度の列がありません。プロジェクトの設定で年度を追加してください", "settings.years")
    current = project.review_year()
    if current is None:
        return years[0].label, False
    index = project.settings.year_labels.index(current)
    if index + 1 < len(years):
        return years[index + 1].label, False
    last = years[-1]
    return _following_label(last.label, last.western_year), True


def prepare_next_year(project: Project, clear_parts: frozenset[str] = frozenset()) -> Project:
    """A copy of ``project`` for the next year; ``clear_parts`` ⊆ {"result", "issue", "policy"} are emptied."""
    unknown = set(clear_parts) - set(TOPIC_PARTS)
    if unknown:
        raise ValueError(f"unknown topic parts: {sorted(unknown)}")
    new = copy.deepcopy(project)
    label, add_column = next_year_label(project)
    if add_column:
        last = new.settings.years[-1]
        if label in new.settings.year_labels:
            raise InputError(None, f"年度「{label}」はすでにあります", "settings.years")
        western = last.western_year + 1 if last.western_year is not None else None
        new.settings.years.append(FiscalYear(label, western))
    new.settings.review_year = label
    for sheet in new.sheets:
        for topic in sheet.topics:
            for part in clear_parts:
                setattr(topic, part, "")
    return new
