import copy

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.merge import Resolution, Source, merge
from tests import factories

YEARS = ["2年度", "3年度", "4年度", "5年度"]


def _departments():
    a = factories.project(YEARS, sheets=2)  # 施策 1-2, 2-3
    b = factories.project(YEARS, sheets=3)  # 施策 1-2, 2-3, 3-4
    for sheet in b.sheets:
        sheet.policy_name += "（再提出）"
    b.sheets[0].policy_number = "9"  # only 2-3 collides now, besides 3-4 being new
    return a, b


def test_sheets_of_all_files_are_combined_in_order():
    a, b = _departments()
    result = merge([Source("a.evproj", a), Source("b.evproj", b)], lambda d: Resolution.KEEP_BOTH)
    assert [s.policy_number for s in result.project.sheets] == ["1-2", "2-3", "9", "2-3", "3-4"]
    assert [d.policy_number for d in result.duplicates] == ["2-3"]
    assert "a.evproj" in result.duplicates[0].describe() and "b.evproj" in result.duplicates[0].describe()


@pytest.mark.parametrize(("choice", "kept_name"), [
    (Resolution.KEEP_FIRST, "テスト施策1"), (Resolution.KEEP_LAST, "テスト施策1（再提出）")])
def test_a_duplicate_keeps_the_chosen_one(choice, kept_name):
    a, b = _departments()
    asked = []
    result = merge([Source("a", a), Source("b", b)], lambda d: asked.append(d.policy_number) or choice)
    assert asked == ["2-3"]
    names = [s.policy_name for s in result.project.sheets if s.policy_number == "2-3"]
    assert names == [kept_name]
    assert len(result.project.sheets) == 4


def test_merge_does_not_change_its_inputs():
    a, b = _departments()
    before = copy.deepcopy((a, b))
    result = merge([Source("a", a), Source("b", b)], lambda d: Resolution.KEEP_FIRST)
    result.project.sheets[0].policy_name = "changed"
    assert (a, b) == before


def test_different_year_columns_are_refused_naming_both_files():
    a = factories.project(YEARS, sheets=1)
    b = factories.project(["3年度", "4年度", "5年度"], sheets=1)
    with pytest.raises(InputError) as info:
        merge([Source("a.evproj", a), Source("b.evproj", b)], lambda d: Resolution.KEEP_BOTH)
    message = str(info.value)
    assert "a.evproj" in message and "b.evproj" in message and "3年度・4年度・5年度" in message


def test_other_differing_settings_are_reported():
    a = factories.project(YEARS, sheets=1)
    b = factories.project(YEARS, sheets=1)
    b.sheets[0].policy_number = "77"
    b.settings.municipality = "別の市"
    result = merge([Source("a", a), Source("b", b)], lambda d: Resolution.KEEP_BOTH)
    assert result.project.settings.municipality == "テスト市"
    assert any("自治体名" in note and "b" in note for note in result.notes)


def _with_actuals_until(last: str, number: str):
    """A project whose actuals stop at ``last`` (its automatic year under review)."""
    project = factories.project(YEARS, sheets=1)
    project.sheets[0].policy_number = number
    for _, indicator in project.sheets[0].all_indicators():
        indicator.actuals = {y: v for y, v in indicator.actuals.items() if YEARS.index(y) <= YEARS.index(last)}
    project.sheets[0].all_indicators()[0][1].set_actual(last, 1)
    return project


def test_a_later_actual_in_another_file_does_not_move_the_year_under_review():
    ours, theirs, stray = (_with_actuals_until("4年度", n) for n in ("1-1", "2-1", "3-1"))
    stray.sheets[0].all_indicators()[1][1].set_actual("5年度", 42)  # one actual typed a year early
    stray.sheets[0].policy_name = "脱炭素社会"
    assert ours.review_year() == "4年度" and stray.review_year() == "5年度"
    result = merge([Source("ours", ours), Source("theirs", theirs), Source("stray.evproj", stray)],
                   lambda d: Resolution.KEEP_BOTH)
    assert result.project.settings.review_year == "4年度"  # kept, set explicitly
    assert result.project.review_year() == "4年度"
    fixed, differs = result.year_notes
    assert "4年度" in fixed and "5年度" in fixed and "stray.evproj" in fixed and "3-1 脱炭素社会" in fixed
    assert stray.sheets[0].all_indicators()[1][1].name in fixed
    assert "stray.evproj" in differs and "5年度" in differs and "4年度" in differs
    assert ours.settings.review_year is None  # the inputs are unchanged


def test_the_year_under_review_is_not_noted_when_the_files_agree():
    ours, theirs = _with_actuals_until("5年度", "1-1"), _with_actuals_until("5年度", "2-1")
    result = merge([Source("ours", ours), Source("theirs", theirs)], lambda d: Resolution.KEEP_BOTH)
    assert result.year_notes == [] and result.project.settings.review_year is None


def test_a_first_file_without_actuals_leaves_the_year_automatic():
    empty = factories.project(YEARS, sheets=1)
    for _, indicator in empty.sheets[0].all_indicators():
        indicator.actuals = {}
    result = merge([Source("empty", empty), Source("theirs", _with_actuals_until("5年度", "2-1"))],
                   lambda d: Resolution.KEEP_BOTH)
    assert result.project.settings.review_year is None and result.project.review_year() == "5年度"
    assert result.year_notes == []


def test_an_explicit_year_under_review_of_the_first_file_is_kept_and_others_told():
    ours, theirs = _with_actuals_until("5年度", "1-1"), _with_actuals_until("5年度", "2-1")
    ours.settings.review_year = "4年度"
    result = merge([Source("ours", ours), Source("theirs", theirs)], lambda d: Resolution.KEEP_BOTH)
    assert result.project.review_year() == "4年度"
    (note,) = result.year_notes
    assert "theirs" in note and "5年度" in note and "4年度" in note
    assert not any("評価対象年度" in n for n in result.notes)  # said once, in the year notes


def test_same_labels_with_other_western_years_name_the_differing_column():
    a = factories.project(YEARS, sheets=1)
    b = factories.project(YEARS, sheets=1)
    b.settings.years[1].western_year = 2024
    with pytest.raises(InputError) as info:
        merge([Source("a.evproj", a), Source("b.evproj", b)], lambda d: Resolution.KEEP_BOTH)
    message = str(info.value)
    assert "3年度: a.evproj は西暦 2021、b.evproj は西暦 2024" in message
    assert "2年度:" not in message


def test_differing_labels_are_named_column_by_column():
    a = factories.project(YEARS, sheets=1)
    b = factories.project(["2年度", "令和3年度", "4年度", "5年度"], sheets=1)
    with pytest.raises(InputError) as info:
        merge([Source("a.evproj", a), Source("b.evproj", b)], lambda d: Resolution.KEEP_BOTH)
    message = str(info.value)
    assert "a.evproj だけにある列: 3年度（西暦 2021）；b.evproj だけにある列: 令和3年度（西暦 2021）" in message
    assert "2年度（" not in message


def test_years_in_another_order_are_named_so():
    a = factories.project(YEARS, sheets=1)
    b = factories.project(YEARS, sheets=1)
    b.settings.years.reverse()
    with pytest.raises(InputError) as info:
        merge([Source("a", a), Source("b", b)], lambda d: Resolution.KEEP_BOTH)
    assert "列の順序が異なります" in str(info.value)
