import copy

import pytest

from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.model.next_year import prepare_next_year
from tests import factories


def test_sample_moves_from_2_to_3_nendo_keeping_everything(sample_json):
    project = read_exchange(sample_json)
    before = copy.deepcopy(project)
    new = prepare_next_year(project)
    assert project == before, "the original is untouched"
    assert new.settings.review_year == "3年度"
    assert new.settings.year_labels == project.settings.year_labels
    assert new.sheets == project.sheets  # indicators, targets, programs, topics, actuals, budget kept


def test_texts_are_cleared_by_choice(sample_json):
    new = prepare_next_year(read_exchange(sample_json), frozenset({"result"}))
    topics = new.sheets[0].topics
    assert all(t.result == "" for t in topics)
    assert all(t.issue and t.policy for t in topics)
    assert new.sheets[0].indicator_groups[0].indicators[1].actuals == {"2年度": 35}


def test_last_column_gets_a_following_year():
    project = factories.project(["4年度", "5年度", "6年度"], sheets=1)
    project.settings.review_year = "6年度"
    new = prepare_next_year(project)
    assert new.settings.year_labels == ["4年度", "5年度", "6年度", "7年度"]
    assert new.settings.years[-1].western_year == 2025
    assert new.settings.review_year == "7年度"


def test_a_project_without_actuals_starts_at_the_first_year():
    project = factories.project(["元年度", "2年度"], sheets=1)
    for _, indicator in project.sheets[0].all_indicators():
        indicator.actuals.clear()
    assert prepare_next_year(project).settings.review_year == "元年度"


def test_unknown_parts_are_refused():
    with pytest.raises(ValueError):
        prepare_next_year(factories.project(["2年度"], sheets=1), frozenset({"everything"}))
