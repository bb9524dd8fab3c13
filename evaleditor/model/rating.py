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


def grade(percent: Number | None, bands: list[RatingBand]) -> RatingBand | None:
    """The band a 達成率 (in percent) earns, or None when there is no rate or no band fits.

    The band with the highest ``minimum_percent`` that ``percent`` reaches wins,
    so the order the bands are listed in does not matter; a band without a
    minimum takes whatever reaches no other band. Ties go to the first listed.
    """
    if percent is None:
        return None
    best: RatingBand | None = None
    catch_all: RatingBand | None = None
    for band in bands:
        if band.minimum_percent is None:
            catch_all = catch_all or band
        elif percent >= band.minimum_percent and (best is None or band.minimum_percent > best.minimum_percent):  # type: ignore[operator]
            best = band
    return best or catch_all


def band_rank(band: RatingBand, bands: list[RatingBand]) -> int:
    """0 for the best band, 1 for the next and so on (the band without a minimum last); for colours."""
    ordered = sorted(bands, key=lambda b: (b.minimum_percent is None, -(b.minimum_percent or 0)))
    for rank, candidate in enumerate(ordered):
        if candidate is band:
            return rank
    raise ValueError(f"band {band.label!r} is not one of the bands")
