"""施策番号 as people compare them: ``４－２`` and ``4-2`` are the same number."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from evaleditor.model.sheet import Sheet


def normalized_number(text: str) -> str:
    """``４－２`` and ``4-2`` are the same 施策番号."""
    return unicodedata.normalize("NFKC", text).strip().replace("－", "-").replace("−", "-").replace("ー", "-")


def positions_by_number(sheets: Sequence[Sheet]) -> dict[str, list[int]]:
    """The positions of the sheets of each normalized 施策番号 (``""``: the sheets without one), in order."""
    positions: dict[str, list[int]] = {}
    for index, sheet in enumerate(sheets):
        positions.setdefault(normalized_number(sheet.policy_number), []).append(index)
    return positions
