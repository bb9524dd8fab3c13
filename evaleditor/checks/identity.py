"""Checks of what names a sheet: its 施策番号, unique in the project."""

from __future__ import annotations

import unicodedata

from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Level, Place


def normalized_number(text: str) -> str:
    """``４－２`` and ``4-2`` are the same 施策番号."""
    return unicodedata.normalize("NFKC", text).strip().replace("－", "-").replace("−", "-").replace("ー", "-")


def check_identity(ctx: SheetContext) -> None:
    place = Place(Area.SHEET, "policy_number")
    number = normalized_number(ctx.sheet.policy_number)
    if not number:
        ctx.add(Level.WARNING, "missing-policy-number", place, "施策番号", "施策番号がありません")
        return
    others = [f"シート{i + 1}" for i, other in enumerate(ctx.project.sheets)
              if i != ctx.index and normalized_number(other.policy_number) == number]
    if others:
        ctx.add(Level.ERROR, "duplicate-policy-number", place, "施策番号",
                f"施策番号「{ctx.sheet.policy_number.strip()}」が{'、'.join(others)}と重複しています")
