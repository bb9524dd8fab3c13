"""Numbers as people type them in Japanese office documents.

Values keep the type they were entered with: ``2449`` stays an int, ``95.43``
stays a float, so that files and exports show decimals exactly as entered.
"""

from __future__ import annotations

import math
import re
import unicodedata

Number = int | float

#: Text that stands for "no value" in published sheets.
EMPTY_MARKS = frozenset({"", "-", "－", "‐", "―", "—", "–", "ー", "−", "*", "＊", "…"})

_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED_RE = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


class NumberFormatError(ValueError):
    """The text is neither a number nor a mark for 'no value'."""


def parse_number(text: str) -> Number | None:
    """Parse ``2,449``, full-width ``２，４４９``, ``95.43``, ``△5`` or ``－`` (None).

    Raises NumberFormatError with a Japanese reason for anything else.
    """
    raw = text
    # NFKC folds full-width digits, commas, periods and minus signs.
    text = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if text in EMPTY_MARKS:
        return None
    negative = False
    if text[0] in "△▲":  # Japanese accounting minus
        negative, text = True, text[1:]
    text = text.replace("−", "-")
    if _GROUPED_RE.match(text):
        text = text.replace(",", "")
    if not _NUMBER_RE.match(text):
        raise NumberFormatError(f"「{raw}」は数値ではありません")
    value: Number = float(text) if "." in text else int(text)
    if isinstance(value, float) and not math.isfinite(value):
        raise NumberFormatError(f"「{raw}」は数値ではありません")
    if isinstance(value, float) and value.is_integer() and text.endswith("."):
        value = int(value)
    return -value if negative else value


def is_number(value: object) -> bool:
    """True for int and float values that a sheet can hold (not bool, NaN or inf)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value)


def format_number(value: Number | None, *, grouping: bool = True) -> str:
    """Show a value as entered: ``2,449``, ``95.43``; empty for None."""
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}" if grouping else str(value)
    text = repr(value)
    if "e" in text or "E" in text:
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    if not grouping:
        return text
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-')):,}"
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"
