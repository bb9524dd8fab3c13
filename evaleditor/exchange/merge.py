"""Merging departments' project files into one project (the planning division's collection step).

Sheets with the same 施策番号 are never dropped silently: the caller decides per
conflict (keep both, keep the first, keep the last). Projects whose year columns
differ cannot share one table layout and are refused with the differing columns named;
other differing settings are reported and the first file's are kept.

The year under review (評価対象年度) is the first file's too. When that file leaves it automatic
(the latest year with any actual), a later actual in another file would otherwise move the year
under review of every sheet; the merged project keeps the first file's year, set explicitly, and
says which file and sheet hold the later actual (:func:`_review_year_notes`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from evaleditor.errors import InputError
from evaleditor.model import FiscalYear, Project, Sheet


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
    #: Japanese notes on the year under review: kept against a later actual, or differing from a file's own
    year_notes: list[str] = field(default_factory=list)


_SETTING_NAMES = {
    "municipality": "自治体名", "plan": "計画名", "title": "シートの表題", "baseline_label": "策定時の列名",
    "target_label": "目標値の列名", "font_name": "フォント",
    "font_size": "文字の大きさ", "rating_bands": "評価の区分", "char_limit": "文字数の上限",
    "excel_charts": "グラフの有無",
}


def _year_text(year: FiscalYear | None) -> str:
    if year is None:
        return "なし"
    return f"{year.label}（西暦 {year.western_year}）" if year.western_year is not None else year.label


def _check_years(sources: list[Source]) -> None:
    first = sources[0]
    for other in sources[1:]:
        mine, theirs = first.project.settings.years, other.project.settings.years
        if mine == theirs:
            continue
        raise InputError(
            other.name,
            f"年度の列が {first.name} と異なるため統合できません（{first.name}: {_labels(mine)}／"
            f"{other.name}: {_labels(theirs)}。{'；'.join(_year_differences(first, other))}）。"
            "どちらかのプロジェクトの設定で、年度の列の表示名と西暦をもう一方とそろえてから統合してください",
            "settings.years")


def _year_differences(first: Source, other: Source) -> list[str]:
    """What differs: columns only one file has, Western years of the same label, or only the order."""
    mine, theirs = first.project.settings.years, other.project.settings.years
    by_label = {y.label: y for y in theirs}
    mine_labels = {y.label for y in mine}
    differences = []
    for source, only in ((first, [y for y in mine if y.label not in by_label]),
                         (other, [y for y in theirs if y.label not in mine_labels])):
        if only:
            differences.append(f"{source.name} だけにある列: {'・'.join(_year_text(y) for y in only)}")
    differences.extend(
        f"{y.label}: {first.name} は西暦 {y.western_year or 'なし'}、{other.name} は西暦 "
        f"{by_label[y.label].western_year or 'なし'}"
        for y in mine if y.label in by_label and y.western_year != by_label[y.label].western_year)
    return differences or ["列の順序が異なります"]


def _labels(years: list[FiscalYear]) -> str:
    return "・".join(y.label for y in years) or "なし"


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
    origins: list[str] = []  # the source name of each merged sheet
    for source in sources:
        kept = [copy.deepcopy(s) for s in source.project.sheets if id(s) not in dropped]
        merged.sheets.extend(kept)
        origins.extend(source.name for _ in kept)
    year_notes = _review_year_notes(sources, merged, origins)
    return MergeResult(merged, duplicates, _settings_notes(sources), year_notes)


def _review_year_notes(sources: list[Source], merged: Project, origins: list[str]) -> list[str]:
    """Keep the first file's year under review in ``merged`` and say where the files' years differ.

    A planning division merges the departments' files for one year's evaluation: an actual of a
    later year in one file (a forecast typed early, a slip) must not move every sheet's
    「達成率・進捗率・評価は…の実績値による」. So when the first file's year is automatic and the
    merged sheets would make it another year, the first file's year is set explicitly (the user can
    change it in the project settings).
    """
    notes = []
    before = sources[0].project.review_year()
    if merged.settings.review_year is None and before is not None:
        after = merged.review_year()
        if after != before:
            merged.settings.review_year = before
            labels = merged.settings.year_labels
            later = [(origins[n], sheet, ind) for n, sheet in enumerate(merged.sheets)
                     for _, ind in sheet.all_indicators() if after is not None and ind.actual(after) is not None]
            if later and labels.index(after) > labels.index(before):
                name, sheet, indicator = later[0]
                sheets = {id(s) for _, s, _ in later}
                others = f"ほか {len(sheets) - 1} シート" if len(sheets) > 1 else ""
                why = (f"{name} のシート「{sheet.display_name()}」（指標「{indicator.name}」）{others}に "
                       f"{after} の実績値があり、自動のままでは全シートの評価対象年度が {before} から {after} に変わるため")
            else:
                why = f"統合後のシートでは実績値のある最新の年度が {after or 'なし'} になり、評価対象年度が変わるため"
            notes.append(f"評価対象年度を統合前の {before} に固定しました。{why}です"
                         f"（{after or '自動'} にするにはプロジェクトの設定で変えてください）")
    final = merged.review_year()
    for other in sources[1:]:
        theirs = other.project.review_year()
        if theirs is not None and theirs != final:
            notes.append(f"{other.name} の評価対象年度は {theirs} でしたが、統合後は {final or 'なし'} で評価します")
    return notes


def merge_files(paths: list[Path], resolve: Callable[[Duplicate], Resolution]) -> MergeResult:
    from evaleditor.storage.projectfile import load_project

    return merge([Source(str(p), load_project(p)) for p in paths], resolve)
