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


def _shared_number_project(*departments):
    """One sheet per department, all numbered 7-2, each with its own name and values."""
    project = factories.project(YEARS, sheets=len(departments))
    for n, (sheet, department) in enumerate(zip(project.sheets, departments)):
        sheet.policy_number = "7-2"
        sheet.policy_name = f"{department}の施策"
        sheet.departments = [department]
        sheet.indicator_groups[0].indicators[0].set_actual("2年度", 100 + n)
    return project


def test_every_sheet_sharing_a_number_is_compared():
    both = _shared_number_project("都市整備部", "環境部")
    last = copy.deepcopy(both)
    del last.sheets[0]  # as merge --duplicates keep-last leaves it
    forward = compare_projects(both, last)
    assert [(c.policy_number, c.old is not None, c.new is not None, c.changes) for c in forward] == [
        ("7-2", True, False, []), ("7-2", True, True, [])]
    assert forward[0].old is both.sheets[0] and forward[1].new is last.sheets[0]
    backward = compare_projects(last, both)
    assert [(c.old is not None, c.new is not None, c.changes) for c in backward] == [(True, True, []), (False, True, [])]
    assert backward[1].new is both.sheets[0]
    assert [c.distinction for c in forward] == ["都市整備部", "環境部"]
    assert all(not c.note for c in forward + backward)


def test_sheets_sharing_a_number_are_matched_by_name_and_departments_not_order():
    old = _shared_number_project("都市整備部", "環境部", "市民部")
    new = copy.deepcopy(old)
    new.sheets.reverse()
    new.sheets[0].indicator_groups[0].indicators[1].target = 5  # 市民部's sheet, edited
    new.sheets[1].policy_name = "環境部の施策（改）"  # renamed: still matched by its departments
    result = compare_projects(old, new)
    assert [(c.old.departments, c.new.departments) for c in result] == [
        (["都市整備部"], ["都市整備部"]), (["環境部"], ["環境部"]), (["市民部"], ["市民部"])]
    assert [[change.label for change in c.changes] for c in result] == [
        [], ["施策名"], [f"成果指標「{old.sheets[2].indicator_groups[0].indicators[1].name}」の目標値"]]
    assert all(not c.note for c in result)


def test_indistinguishable_sheets_are_matched_in_order_and_said_so():
    old = _shared_number_project("環境部", "環境部")
    for sheet in old.sheets:
        sheet.policy_name = "同じ名前"
    new = copy.deepcopy(old)
    new.sheets[0].programs.append("新しい事業")
    new.sheets[1].programs.append("別の事業")
    result = compare_projects(old, new)
    assert [(c.old is old.sheets[n], c.new is new.sheets[n]) for n, c in enumerate(result)] == [(True, True)] * 2
    assert all("順番" in c.note for c in result)
    assert [c.distinction for c in result] == ["環境部 1", "環境部 2"]


def test_a_number_shared_on_one_side_only_is_not_ambiguous():
    old = _shared_number_project("都市整備部", "環境部")
    new = copy.deepcopy(old)
    new.sheets[1].policy_number = "7-3"
    new.sheets[0].policy_name = "改名"
    result = compare_projects(old, new)
    assert [(c.policy_number, c.old is not None, c.new is not None) for c in result] == [
        ("7-2", True, True), ("7-2", True, False), ("7-3", False, True)]
    assert [change.label for change in result[0].changes] == ["施策名"]


def test_only_the_sheets_matched_by_order_carry_the_note():
    old = _shared_number_project("環境部", "環境部", "市民部")
    for sheet in old.sheets[:2]:
        sheet.policy_name = "同じ名前"
    new = copy.deepcopy(old)
    new.sheets[0].programs.append("新しい事業")
    new.sheets[1].programs.append("別の事業")
    new.sheets[2].programs.append("市民部の事業")
    assert [bool(c.note) for c in compare_projects(old, new)] == [True, True, False]
