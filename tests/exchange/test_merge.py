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
