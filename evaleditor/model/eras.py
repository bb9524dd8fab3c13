"""Japanese eras (元号) and the Western year a fiscal-year label stands for."""

from __future__ import annotations

import re
import unicodedata

#: First Western year of each era; 元年 is that year.
ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}
_ERA_LETTERS = {"R": "令和", "H": "平成", "S": "昭和"}
DEFAULT_ERA = "令和"

_LABEL_RE = re.compile(r"^(?P<era>令和|平成|昭和|[RHS])?\.?\s*(?P<year>元|\d{1,4})\s*年度?")
#: a fiscal-year label proper (``…年度``, not ``1年目``), whose Western year can be checked
_FISCAL_RE = re.compile(r"^(?P<era>令和|平成|昭和|[RHS])?\.?\s*(?P<year>元|\d{1,4})\s*年度")


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



def _parts(label: str) -> tuple[str | None, int] | None:
    """(era or None, number) of a fiscal-year label; None when it names no fiscal year."""
    match = _FISCAL_RE.match(unicodedata.normalize("NFKC", label).strip().upper())
    if not match:
        return None
    era = match.group("era")
    return (_ERA_LETTERS.get(era, era) if era else None), (1 if match.group("year") == "元" else int(match.group("year")))


def named_era(label: str) -> str | None:
    """The era a label names itself (``令和6年度``, ``R6年度`` → 令和); None for ``6年度`` or ``2024年度``."""
    parts = _parts(label)
    return parts[0] if parts else None


def label_year(label: str, era: str | None) -> int | None:
    """The Western year a label surely stands for: its own era or a Western year (``2024年度``), else a
    bare number (``6年度``) read in ``era``, the project's; None when that cannot be told."""
    parts = _parts(label)
    if parts is None:
        return None
    named, number = parts
    if named is None and number < 1000:
        named = era
    if named is None:
        return number if number >= 1000 else None
    return ERA_START[named] + number - 1 if named in ERA_START and number < 1000 else None


def project_era(years: list[tuple[str, int | None]]) -> str | None:
    """The era a project's bare labels (``2年度``) count in: the one in which most of them agree with
    their Western year, else the last era a label names (``令和元年度``); None when nothing tells."""
    votes: dict[str, int] = {}
    for label, western in years:
        parts = _parts(label)
        if western is None or parts is None or parts[0] is not None or parts[1] >= 1000:
            continue
        for era in ERA_START:
            if label_year(label, era) == western:
                votes[era] = votes.get(era, 0) + 1
    ranked = sorted(votes.values(), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
        return max(votes, key=lambda era: votes[era])
    named = [era for label, _ in years if (era := named_era(label))]
    return named[-1] if named and not ranked else None


def mismatched_years(years: list[tuple[str, int | None]]) -> list[tuple[int, str, int, int]]:
    """(row, label, the label's Western year, the Western year given) for each year whose label names
    another Western year than the one given (``令和6年度`` = 2020)."""
    era = project_era(years)
    result = []
    for row, (label, western) in enumerate(years):
        expected = label_year(label, era)
        if western is not None and expected is not None and expected != western:
            result.append((row, label, expected, western))
    return result
