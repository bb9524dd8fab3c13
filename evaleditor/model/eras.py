"""Japanese eras (元号) and the Western year a fiscal-year label stands for."""

from __future__ import annotations

import re
import unicodedata

#: First Western year of each era; 元年 is that year.
ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}
_ERA_LETTERS = {"R": "令和", "H": "平成", "S": "昭和"}
DEFAULT_ERA = "令和"

_LABEL_RE = re.compile(r"^(?P<era>令和|平成|昭和|[RHS])?\.?\s*(?P<year>元|\d{1,4})\s*年度?")


def western_year(label: str, default_era: str = DEFAULT_ERA) -> int | None:
    """The Western year of a label such as ``2年度``, ``令和元年度``, ``H30年度`` or ``2023年度``.

    A bare number below 100 is read in ``default_era``; None when the label names no year.
    """
    text = unicodedata.normalize("NFKC", label).strip().upper()
    match = _LABEL_RE.match(text)
    if not match:
        return None
    era = match.group("era")
    era = _ERA_LETTERS.get(era, era) if era else None
    number = 1 if match.group("year") == "元" else int(match.group("year"))
    if era is None:
        if number >= 1000:
            return number
        era = default_era
    if era not in ERA_START:
        return None
    return ERA_START[era] + number - 1
