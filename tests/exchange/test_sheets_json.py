import json

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.sheets_json import dumps_exchange, loads_exchange, read_exchange
from evaleditor.storage.projectfile import load_project, save_project


def test_sample_reads_into_the_model(sample_json):
    project = read_exchange(sample_json)
    assert project.settings.year_labels == ["2年度", "3年度", "4年度", "5年度"]
    assert [y.western_year for y in project.settings.years] == [2020, 2021, 2022, 2023]
    assert project.review_year() == "2年度"
    (sheet,) = project.sheets
    assert (sheet.policy_number, sheet.policy_name, sheet.departments) == ("4", "産業の活性化を促進する", ["産業振興部"])
    indicators = sheet.indicator_groups[0].indicators
    assert sheet.indicator_groups[0].name == "成果指標" and len(indicators) == 5
    assert indicators[2].actuals == {"2年度": 2449} and indicators[2].target == 300
    assert sheet.budget["2年度"].execution_rate_percent == 95.43
    assert sheet.topics[0].heading == "産業間連携の促進"
    assert sheet.topics[0].issue.startswith("<p>新型コロナウイルス")


def test_sample_round_trips_byte_for_byte_through_a_project_file(sample_json, tmp_path):
    path = tmp_path / "p.evproj"
    save_project(read_exchange(sample_json), path)
    assert dumps_exchange(load_project(path)) == sample_json.read_bytes()


@pytest.mark.parametrize("fixture", ["three_year_project", "six_year_project"])
def test_own_projects_round_trip_through_exchange(fixture, request, tmp_path):
    project = request.getfixturevalue(fixture)
    path = tmp_path / "p.evproj"
    save_project(loads_exchange(dumps_exchange(project)), path)
    assert load_project(path) == project
    data = json.loads(dumps_exchange(project))
    sheet = data["sheets"][0]
    assert len(sheet["years"]) == len(project.settings.years)
    assert any(ind.get("group") == "活動指標" for ind in sheet["indicators"])
    assert "issue_html" in sheet["topics"][0] and sheet["topics"][0]["issue"] == "・一つ目\n・二つ目"


def test_groups_keep_the_order_of_their_first_indicator():
    raw = json.dumps({"format": "evaluation-sheets/1", "sheets": [{
        "policy_number": "1", "years": ["3年度"],
        "indicators": [{"name": "a", "group": "活動指標"}, {"name": "b"}, {"name": "c", "group": "活動指標"}],
        "unknown_key": 1}]}).encode()
    sheet = loads_exchange(raw).sheets[0]
    assert [(g.name, [i.name for i in g.indicators]) for g in sheet.indicator_groups] == [
        ("活動指標", ["a", "c"]), ("成果指標", ["b"])]


@pytest.mark.parametrize(("change", "place", "words"), [
    (lambda s: s["indicators"][0].update(target="52"), "sheets[0].indicators[0].target", "数値ではありません"),
    (lambda s: s["indicators"][0]["actuals"].update({"9年度": 1}), "sheets[0].indicators[0].actuals.9年度", "years にない"),
    (lambda s: s.pop("policy_number"), "sheets[0].policy_number", "必須"),
    (lambda s: s["budget"].update({"9年度": {}}), "sheets[0].budget.9年度", "years にない"),
])
def test_bad_exchange_files_name_the_place(sample_json, change, place, words):
    data = json.loads(sample_json.read_bytes())
    change(data["sheets"][0])
    with pytest.raises(InputError) as info:
        loads_exchange(json.dumps(data, ensure_ascii=False).encode(), "x.json")
    assert info.value.place == place and words in info.value.message


def test_sheets_with_other_year_columns_are_refused(sample_json):
    data = json.loads(sample_json.read_bytes())
    other = json.loads(json.dumps(data["sheets"][0]))
    other["years"] = ["2年度", "3年度"]
    other["indicators"] = []
    other["budget"] = {}
    data["sheets"].append(other)
    with pytest.raises(InputError) as info:
        loads_exchange(json.dumps(data).encode(), "x.json")
    assert info.value.place == "sheets[1].years"
