"""Grades from rating bands, which are data."""

import pytest

from evaleditor.model.rating import RatingBand, band_rank, default_bands, grade


@pytest.mark.parametrize(("percent", "label"), [
    (150, "A"), (100, "A"), (99.9, "B"), (80, "B"), (79.9, "C"), (50, "C"), (49.9, "D"), (0, "D"), (-20, "D"),
])
def test_default_bands(percent, label):
    assert grade(percent, default_bands()).label == label


def test_no_rate_no_grade():
    assert grade(None, default_bands()) is None


def test_other_scales_and_any_order():
    bands = [RatingBand("概ね順調", 70), RatingBand("順調", 100), RatingBand("遅れ", None)]
    assert grade(120, bands).label == "順調"
    assert grade(70, bands).label == "概ね順調"
    assert grade(10, bands).label == "遅れ"
    assert [band_rank(b, bands) for b in bands] == [1, 0, 2]


def test_without_a_catch_all_low_rates_get_no_grade():
    bands = [RatingBand("S", 120), RatingBand("A", 100)]
    assert grade(99, bands) is None
    assert grade(130, bands).label == "S"


def test_band_rank_of_an_unknown_band():
    with pytest.raises(ValueError):
        band_rank(RatingBand("Z", 1), default_bands())
