"""What changed between two versions of a sheet (e.g. a department's resubmission).

Sheets are matched by 施策番号; indicators by group and name, topics by heading,
so that reordering alone is not reported as a change of every row. Several sheets may
share a 施策番号 (e.g. after merging with keep-both): every one of them is compared, see
:func:`_match_shared`.
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
    """One difference. ``place`` is a path the GUI can highlight; ``label`` says it in Japanese.

    ``whole`` is true when a whole row (an indicator or a topic) was added or removed; otherwise an empty
    ``old`` or ``new`` is a value that was (or became) empty.
    """

    place: tuple[Any, ...]
    label: str
    old: str
    new: str
    whole: bool = False

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
        return [Change(base, f"{group}「{name}」", "" if old is None else name, "" if new is None else name, True)]
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
                                  "" if b is None else heading, True))
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
    #: when several sheets share the number: what tells this one apart (its 関係部 or name, else a count)
    distinction: str = ""
    #: a Japanese note when the match could only be made by order
    note: str = ""

    @property
    def title(self) -> str:
        """``7-2``, or ``7-2［環境部］`` when several sheets share the number."""
        return f"{self.policy_number}［{self.distinction}］" if self.distinction else self.policy_number


def _identity_keys(sheet: Sheet) -> list[tuple[Any, ...]]:
    """What tells sheets with the same number apart, most exact first."""
    return [(sheet.policy_name, tuple(sheet.departments)), (tuple(sheet.departments),), (sheet.policy_name,)]


def _match_shared(old: list[Sheet], new: list[Sheet]) -> list[tuple[Sheet | None, Sheet | None, bool]]:
    """Pairs of the sheets sharing one number (None: on one side only), each with whether order decided it.

    Equal sheets are paired first, then sheets whose name and 関係部, 関係部 alone or name alone are
    unique among the rest on both sides; what is left is paired in order, one to one when one sheet
    is left on each side, else by order (ambiguous).
    """
    pairs: dict[int, Sheet] = {}  # old index -> new sheet
    free_old, free_new = list(range(len(old))), list(range(len(new)))

    def pair(i: int, j: int) -> None:
        pairs[i] = new[j]
        free_old.remove(i)
        free_new.remove(j)

    for i in list(free_old):
        j = next((j for j in free_new if old[i] == new[j]), None)
        if j is not None:
            pair(i, j)
    for level in range(len(_identity_keys(Sheet()))):
        old_keys = {i: _identity_keys(old[i])[level] for i in free_old}
        new_keys = {j: _identity_keys(new[j])[level] for j in free_new}
        for i, key in old_keys.items():
            if list(old_keys.values()).count(key) == 1 and list(new_keys.values()).count(key) == 1:
                pair(i, next(j for j, k in new_keys.items() if k == key))
    guessed = set(free_old) if len(free_old) > 1 and len(free_new) > 1 else set()
    guessed_new = set(free_new) if guessed else set()
    for i, j in zip(list(free_old), list(free_new)):
        pair(i, j)
    result: list[tuple[Sheet | None, Sheet | None, bool]] = [
        (sheet, pairs.get(i), i in guessed) for i, sheet in enumerate(old)]
    result += [(None, new[j], j in guessed_new) for j in free_new]
    return result


def _distinctions(pairs: list[tuple[Sheet | None, Sheet | None, bool]]) -> list[str]:
    if len(pairs) < 2:
        return [""] * len(pairs)
    sheets = [b or a for a, b, _ in pairs]
    names = ["、".join(s.departments) or s.policy_name if s else "" for s in sheets]
    return [name if name and names.count(name) == 1 else f"{name} {n + 1}".strip() for n, name in enumerate(names)]


def compare_projects(old: Project, new: Project) -> list[SheetComparison]:
    """Every sheet of either project, matched by 施策番号, with its changes (empty when equal).

    Sheets that share a number are matched by :func:`_match_shared`; a sheet without a match is
    reported as added or removed.
    """
    years = list(dict.fromkeys([*old.settings.year_labels, *new.settings.year_labels]))
    old_sheets: dict[str, list[Sheet]] = {}
    new_sheets: dict[str, list[Sheet]] = {}
    for sheets, project in ((old_sheets, old), (new_sheets, new)):
        for sheet in project.sheets:
            sheets.setdefault(sheet.policy_number, []).append(sheet)
    result = []
    for number in [*old_sheets, *(n for n in new_sheets if n not in old_sheets)]:
        pairs = _match_shared(old_sheets.get(number, []), new_sheets.get(number, []))
        for (a, b, by_order), distinction in zip(pairs, _distinctions(pairs)):
            changes = compare_sheets(a, b, years) if a is not None and b is not None else []
            note = (f"施策番号 {number} のシートが複数あり、施策名と関係部で区別できないため、順番で対応付けました"
                    if by_order else "")
            result.append(SheetComparison(number, a, b, changes, distinction, note))
    return result
