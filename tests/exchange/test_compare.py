import copy

from evaleditor.exchange.compare import compare_projects, compare_sheets
from tests import factories

YEARS = ["2年度", "3年度", "4年度"]


def test_identical_sheets_have_no_changes():
    project = factories.project(YEARS, sheets=1)
    assert compare_sheets(project.sheets[0], copy.deepcopy(project.sheets[0]), YEARS) == []


def test_changed_numbers_and_texts_are_named():
    old = factories.project(YEARS, sheets=1)
    new = copy.deepcopy(old)
    sheet = new.sheets[0]
    indicator = sheet.indicator_groups[0].indicators[0]
    indicator.set_actual("3年度", 4242)
    indicator.target = 999
    sheet.budget["2年度"].execution_rate_percent = 99.9
    sheet.topics[1].issue = "<p>書き直した課題</p>"
    changes = {c.label: (c.old, c.new) for c in compare_sheets(old.sheets[0], sheet, YEARS)}
    name = indicator.name
    assert changes[f"成果指標「{name}」の3年度実績"] == ("", "4,242")
    assert changes[f"成果指標「{name}」の目標値"] == ("100", "999")
    assert changes["2年度の執行率"] == ("95.43", "99.9")
    assert changes["「課題1」の課題"] == ("・一つ目\n・二つ目", "書き直した課題")
    assert len(changes) == 4


def test_reordering_alone_is_no_change():
    old = factories.project(YEARS, sheets=1)
    new = copy.deepcopy(old)
    new.sheets[0].topics.reverse()
    new.sheets[0].indicator_groups[0].indicators.reverse()
    assert compare_sheets(old.sheets[0], new.sheets[0], YEARS) == []


def test_projects_are_matched_by_policy_number():
    old = factories.project(YEARS, sheets=2)
    new = copy.deepcopy(old)
    new.sheets.pop(0)
    new.sheets.append(copy.deepcopy(new.sheets[0]))
    new.sheets[-1].policy_number = "new"
    result = {c.policy_number: c for c in compare_projects(old, new)}
    assert result["1-2"].new is None and result["new"].old is None
    assert result["2-3"].changes == []
