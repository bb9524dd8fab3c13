"""Exporting some of a project's sheets: the chosen sheets as a project of their own.

Every exporter writes a whole :class:`Project`; to export one sheet (or a few) the
exporters are given :func:`with_sheets`, a project holding only those sheets with the
whole project's settings. Its year under review is the whole project's, so that one
sheet prints with the same columns and 達成率 as in the whole project's export.
The command line names the sheets by 施策番号 (:func:`sheets_numbered`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

from evaleditor.errors import InputError
from evaleditor.model import Project, Sheet
from evaleditor.model.policy_numbers import normalized_number, positions_by_number


def with_sheets(project: Project, sheets: Iterable[Sheet]) -> Project:
    """A project of ``sheets`` (the same objects, in the order given) and the whole project's settings."""
    settings = dataclasses.replace(project.settings, review_year=project.review_year())
    return Project(settings=settings, sheets=list(sheets))


def sheets_numbered(project: Project, numbers: Sequence[str], path: str | Path | None = None) -> list[Sheet]:
    """The sheets whose 施策番号 are ``numbers``, in the project's order; ``４－２`` finds ``4-2``.

    InputError (naming ``path``) for a number that no sheet has or that several sheets share.
    """
    by_number = positions_by_number(project.sheets)
    chosen: set[int] = set()
    for number in numbers:
        wanted = normalized_number(number)
        found = by_number.get(wanted, []) if wanted else []
        if not found:
            known = "、".join(n for n in by_number if n) or "なし"
            raise InputError(path, f"施策番号「{number}」のシートがありません（このプロジェクトの施策番号: {known}）")
        if len(found) > 1:
            places = "、".join(f"シート{i + 1}" for i in found)
            raise InputError(path, f"施策番号「{number}」のシートが {len(found)} 枚あります（{places}）。"
                                   "施策番号を重複しないように直してから書き出してください")
        chosen.update(found)
    return [sheet for index, sheet in enumerate(project.sheets) if index in chosen]
