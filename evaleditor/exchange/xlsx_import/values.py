"""Numbers in cells: Excel numbers, or text such as ``2,449``, ``２，４４９``, ``95.43`` and ``－``."""

from __future__ import annotations

import datetime as dt
import unicodedata

from evaleditor.model.numbers import Number, NumberFormatError, parse_number

from evaleditor.exchange.xlsx_import.cells import Cell


def _tidy(value: float) -> Number:
    value = round(value, 10)
    return int(value) if value.is_integer() else value


def cell_number(cell: Cell | None, units: tuple[str, ...] = ()) -> tuple[Number | None, str | None]:
    """(value, None), or (None, reason) when the cell holds something that is not a number.

    Text may end with one of ``units`` (the indicator's own unit, ``%`` for a rate): ``35人``, ``95.43%``.
    """
    if cell is None:
        return None, None
    value = cell.value
    if isinstance(value, bool):
        return None, f"「{cell.text}」は数値ではありません"
    if isinstance(value, (dt.datetime, dt.date, dt.time, dt.timedelta)):
        return None, f"日付（{cell.text}）は数値として読めません"
    if isinstance(value, (int, float)):
        if "%" in cell.number_format:  # 95.43% is stored as 0.9543
            return _tidy(value * 100), None
        return value, None
    text = cell.text
    try:
        return parse_number(text), None
    except NumberFormatError as exc:
        folded = unicodedata.normalize("NFKC", text).strip()
        for unit in units:
            unit = unicodedata.normalize("NFKC", unit).strip()
            if unit and folded.endswith(unit) and folded != unit:
                try:
                    return parse_number(folded[: -len(unit)]), None
                except NumberFormatError:
                    break
        return None, str(exc)
