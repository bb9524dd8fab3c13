"""Rating bands: how an achievement rate (達成率) becomes a grade such as A–D.

Cities use different scales, so the bands are project settings, not code.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaleditor.model.numbers import Number


@dataclass
class RatingBand:
    """A grade given when 達成率 (in percent) is at least ``minimum_percent``.

    Bands are ordered from the best grade down; the last band usually has
    ``minimum_percent`` None and takes everything below the others.
    """

    label: str
    minimum_percent: Number | None = None


def default_bands() -> list[RatingBand]:
    return [RatingBand("A", 100), RatingBand("B", 80), RatingBand("C", 50), RatingBand("D", None)]
