import pytest

from evaleditor.model.eras import label_year, mismatched_years, project_era, western_year


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


def test_a_label_naming_another_year_than_its_western_year_is_found():
    years = [("令和6年度", 2020), ("3年度", 2021), ("4年度", 2022), ("5年度", 2023)]
    assert mismatched_years(years) == [(0, "令和6年度", 2024, 2020)]
    assert mismatched_years([("令和6年度", 2024), ("R7年度", 2025), ("2026年度", 2026)]) == []
    assert mismatched_years([("平成30年度", 2019)]) == [(0, "平成30年度", 2018, 2019)]
    assert mismatched_years([("2023年度", 2024)]) == [(0, "2023年度", 2023, 2024)]


def test_bare_labels_are_checked_in_the_era_the_others_agree_on():
    years = [("2年度", 2020), ("3年度", 2021), ("6年度", 2020)]
    assert project_era(years) == "令和"
    assert mismatched_years(years) == [(2, "6年度", 2024, 2020)]
    # after 平成30年度 and 令和元年度, bare numbers are 令和's
    assert project_era([("平成30年度", 2018), ("令和元年度", 2019), ("2年度", 2020)]) == "令和"
    assert project_era([("平成30年度", 2018), ("令和元年度", 2019), ("2年度", None)]) == "令和"
    assert project_era([("29年度", 2017), ("30年度", 2018)]) == "平成"


def test_an_unknown_era_leaves_bare_labels_unchecked():
    assert project_era([("6年度", 2020)]) is None and mismatched_years([("6年度", 2020)]) == []
    assert mismatched_years([("初年度", 2020), ("6年度", None)]) == []
    assert label_year("6年度", None) is None and label_year("6年度", "令和") == 2024
    assert label_year("R元年度", None) == 2019 and label_year("2024年度", "平成") == 2024
    assert mismatched_years([("1年目", 2022), ("4年目", 2022), ("2年度", 2020)]) == []
