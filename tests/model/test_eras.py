import pytest

from evaleditor.model.eras import western_year


@pytest.mark.parametrize(("label", "year"), [
    ("2年度", 2020), ("元年度", 2019), ("令和5年度", 2023), ("R4年度", 2022), ("Ｒ４年度", 2022),
    ("平成30年度", 2018), ("H30年度", 2018), ("2023年度", 2023), ("5年度 目標値", 2023),
])
def test_western_year_of_labels(label, year):
    assert western_year(label) == year


def test_bare_numbers_follow_the_default_era():
    assert western_year("30年度", default_era="平成") == 2018


@pytest.mark.parametrize("label", ["策定時", "", "目標"])
def test_labels_without_a_year(label):
    assert western_year(label) is None
