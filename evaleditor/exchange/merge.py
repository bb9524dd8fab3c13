"""Merging departments' project files into one project (the planning division's collection step).

Sheets with the same 施策番号 are never dropped silently: the caller decides per
conflict (keep both, keep the first, keep the last). Projects whose year columns
differ cannot share one table layout and are refused with both sides named;
other differing settings are reported and the first file's are kept.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from evaleditor.errors import InputError
from evaleditor.model import Project, Sheet


class Resolution(str, Enum):
    KEEP_BOTH = "keep-both"
    KEEP_FIRST = "keep-first"
    KEEP_LAST = "keep-last"


@dataclass
class Source:
    """One input: a name to show (usually the file path) and its project."""

    name: str
    project: Project


@dataclass
class Duplicate:
    """Sheets from several sources (or one) that share a 施策番号."""

    policy_number: str
    #: (source name, sheet) in input order
    sheets: list[tuple[str, Sheet]]

    def describe(self) -> str:
        where = "、".join(f"{name}「{sheet.policy_name}」" for name, sheet in self.sheets)
        return f"施策番号 {self.policy_number} が重複しています: {where}"


@dataclass
class MergeResult:
    project: Project
    duplicates: list[Duplicate] = field(default_factory=list)
    #: Japanese notes on settings that differed and which were kept
    notes: list[str] = field(default_factory=list)


_SETTING_NAMES = {
    "municipality": "自治体名", "plan": "計画名", "title": "シートの表題", "baseline_label": "策定時の列名",
    "target_label": "目標値の列名", "review_year": "評価対象年度", "font_name": "フォント",
    "font_size": "文字の大きさ", "rating_bands": "評価の区分", "char_limit": "文字数の上限",
    "excel_charts": "グラフの有無",
}


def _check_years(sources: list[Source]) -> None:
    first = sources[0]
    for other in sources[1:]:
        if first.project.settings.years != other.project.settings.years:
            mine = "・".join(first.project.settings.year_labels) or "なし"
            theirs = "・".join(other.project.settings.year_labels) or "なし"
            raise InputError(
                other.name,
                f"年度の列が {first.name} と異なるため統合できません（{first.name}: {mine}／{other.name}: {theirs}）。"
                "プロジェクトの設定で年度の列をそろえてから統合してください",
                "settings.years")


def _settings_notes(sources: list[Source]) -> list[str]:
    notes = []
    first = sources[0]
    for key, name in _SETTING_NAMES.items():
        mine = getattr(first.project.settings, key)
        for other in sources[1:]:
            theirs = getattr(other.project.settings, key)
            if theirs != mine:
                notes.append(f"{name}が異なります（{other.name}）。{first.name} の設定を使います")
    return notes


def find_duplicates(sources: list[Source]) -> list[Duplicate]:
    groups: dict[str, list[tuple[str, Sheet]]] = {}
    for source in sources:
        for sheet in source.project.sheets:
            groups.setdefault(sheet.policy_number, []).append((source.name, sheet))
    return [Duplicate(number, sheets) for number, sheets in groups.items() if len(sheets) > 1]


def merge(sources: list[Source], resolve: Callable[[Duplicate], Resolution]) -> MergeResult:
    """One project with every sheet of ``sources`` in order; ``resolve`` decides each duplicate."""
    if not sources:
        raise InputError(None, "統合するプロジェクトがありません")
    _check_years(sources)
    duplicates = find_duplicates(sources)
    dropped: set[int] = set()
    for duplicate in duplicates:
        choice = resolve(duplicate)
        sheets = [sheet for _, sheet in duplicate.sheets]
        if choice is Resolution.KEEP_FIRST:
            dropped.update(id(s) for s in sheets[1:])
        elif choice is Resolution.KEEP_LAST:
            dropped.update(id(s) for s in sheets[:-1])
    merged = Project(copy.deepcopy(sources[0].project.settings))
    for source in sources:
        merged.sheets.extend(copy.deepcopy(s) for s in source.project.sheets if id(s) not in dropped)
    return MergeResult(merged, duplicates, _settings_notes(sources))


def merge_files(paths: list[Path], resolve: Callable[[Duplicate], Resolution]) -> MergeResult:
    from evaleditor.storage.projectfile import load_project

    return merge([Source(str(p), load_project(p)) for p in paths], resolve)
