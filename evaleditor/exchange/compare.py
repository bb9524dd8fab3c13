"""What changed between two versions of a sheet (e.g. a department's resubmission).

Sheets are matched by 施策番号; indicators by group and name, topics by heading,
so that reordering alone is not reported as a change of every row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evaleditor.model import Indicator, Project, Sheet, richtext
from evaleditor.model.numbers import format_number
from evaleditor.model.topic import TOPIC_PARTS

PART_NAMES = {"result": "成果", "issue": "課題", "policy": "取組方針"}


@dataclass(frozen=True)
class Change:
    """One difference. ``place`` is a path the GUI can highlight; ``label`` says it in Japanese."""

    place: tuple[Any, ...]
    label: str
    old: str
    new: str

    @property
    def kind(self) -> str:
        if not self.old:
            return "added"
        if not self.new:
            return "removed"
        return "changed"


def _num(value: object) -> str:
    return format_number(value) if isinstance(value, (int, float)) else ""


def _indicator_changes(group: str, old: Indicator | None, new: Indicator | None, years: list[str]) -> list[Change]:
    name = (new or old).name  # type: ignore[union-attr]
    base = ("indicator", group, name)
    if old is None or new is None:
        return [Change(base, f"{group}「{name}」", "" if old is None else name, "" if new is None else name)]
    changes = []
    for field, label in (("unit", "単位"), ("direction", "方向")):
        a, b = getattr(old, field), getattr(new, field)
        if a != b:
            changes.append(Change((*base, field), f"{group}「{name}」の{label}", str(getattr(a, "value", a)),
                                  str(getattr(b, "value", b))))
    for field, label in (("baseline", "策定時"), ("target", "目標値")):
        a, b = getattr(old, field), getattr(new, field)
        if a != b:
            changes.append(Change((*base, field), f"{group}「{name}」の{label}", _num(a), _num(b)))
    for year in years:
        a, b = old.actual(year), new.actual(year)
        if a != b:
            changes.append(Change((*base, "actuals", year), f"{group}「{name}」の{year}実績", _num(a), _num(b)))
    return changes


def compare_sheets(old: Sheet, new: Sheet, years: list[str]) -> list[Change]:
    changes: list[Change] = []
    for field, label in (("policy_name", "施策名"), ("title", "表題")):
        if getattr(old, field) != getattr(new, field):
            changes.append(Change((field,), label, getattr(old, field), getattr(new, field)))
    for field, label in (("departments", "関係部"), ("programs", "関連事業")):
        if getattr(old, field) != getattr(new, field):
            changes.append(Change((field,), label, "、".join(getattr(old, field)), "、".join(getattr(new, field))))
    old_inds = {(g.name, i.name): i for g, i in old.all_indicators()}
    new_inds = {(g.name, i.name): i for g, i in new.all_indicators()}
    for key in [*old_inds, *(k for k in new_inds if k not in old_inds)]:
        changes += _indicator_changes(key[0], old_inds.get(key), new_inds.get(key), years)
    for year in years:
        for field, label in (("cost_thousand_yen", "事業費"), ("execution_rate_percent", "執行率")):
            a = getattr(old.budget.get(year), field, None)
            b = getattr(new.budget.get(year), field, None)
            if a != b:
                changes.append(Change(("budget", year, field), f"{year}の{label}", _num(a), _num(b)))
    old_topics = {t.heading: t for t in old.topics}
    new_topics = {t.heading: t for t in new.topics}
    for heading in [*old_topics, *(h for h in new_topics if h not in old_topics)]:
        a, b = old_topics.get(heading), new_topics.get(heading)
        if a is None or b is None:
            changes.append(Change(("topic", heading), f"「{heading}」", "" if a is None else heading,
                                  "" if b is None else heading))
            continue
        for part in TOPIC_PARTS:
            old_html, new_html = getattr(a, part), getattr(b, part)
            if richtext.sanitize(old_html) != richtext.sanitize(new_html):
                changes.append(Change(("topic", heading, part), f"「{heading}」の{PART_NAMES[part]}",
                                      richtext.to_plain(old_html), richtext.to_plain(new_html)))
    return changes


@dataclass
class SheetComparison:
    policy_number: str
    old: Sheet | None
    new: Sheet | None
    changes: list[Change]


def compare_projects(old: Project, new: Project) -> list[SheetComparison]:
    """Every sheet of either project, matched by 施策番号, with its changes (empty when equal)."""
    years = list(dict.fromkeys([*old.settings.year_labels, *new.settings.year_labels]))
    old_sheets = {s.policy_number: s for s in old.sheets}
    new_sheets = {s.policy_number: s for s in new.sheets}
    result = []
    for number in [*old_sheets, *(n for n in new_sheets if n not in old_sheets)]:
        a, b = old_sheets.get(number), new_sheets.get(number)
        if a is None or b is None:
            result.append(SheetComparison(number, a, b, []))
        else:
            result.append(SheetComparison(number, a, b, compare_sheets(a, b, years)))
    return result
