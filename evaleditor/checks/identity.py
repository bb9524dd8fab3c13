"""Checks of what names a sheet: its 施策番号, unique in the project."""

from __future__ import annotations

from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Level, Place
from evaleditor.model.policy_numbers import normalized_number, positions_by_number

__all__ = ["NUMBER_PLACE", "check_identity", "normalized_number"]


def _sheets_numbered(ctx: SheetContext) -> dict[str, list[int]]:
    """The sheets (positions) of each normalized 施策番号, computed once per run of the checks."""
    numbered: dict[str, list[int]] | None = ctx.run_cache.get("sheets_numbered")
    if numbered is None:
        numbered = ctx.run_cache["sheets_numbered"] = positions_by_number(ctx.project.sheets)
    return numbered


#: Where the findings of the 施策番号 are (they come first among a sheet's findings).
NUMBER_PLACE = Place(Area.SHEET, "policy_number")


def check_identity(ctx: SheetContext) -> None:
    place = NUMBER_PLACE
    number = normalized_number(ctx.sheet.policy_number)
    if not number:
        ctx.add(Level.WARNING, "missing-policy-number", place, "施策番号", "施策番号がありません")
        return
    others = [f"シート{i + 1}" for i in _sheets_numbered(ctx).get(number, []) if i != ctx.index]
    if others:
        ctx.add(Level.ERROR, "duplicate-policy-number", place, "施策番号",
                f"施策番号「{ctx.sheet.policy_number.strip()}」が{'、'.join(others)}と重複しています")
