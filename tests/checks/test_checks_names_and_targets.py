"""An indicator without a name, and a target that plans no change, are findings."""

from evaleditor.checks import Level, check_project
from evaleditor.exchange.sheets_json import read_exchange


def _codes(project):
    return {(f.code, f.level) for f in check_project(project)}


def test_sample_has_neither(sample_json):
    codes = {code for code, _ in _codes(read_exchange(sample_json))}
    assert "missing-name" not in codes and "target-equals-baseline" not in codes


def test_empty_name_and_flat_target_are_reported(sample_json):
    project = read_exchange(sample_json)
    indicators = project.sheets[0].indicator_groups[0].indicators
    indicators[0].name = "  "
    indicators[1].target = indicators[1].baseline
    findings = check_project(project)
    by_code = {f.code: f for f in findings}
    assert by_code["missing-name"].level is Level.ERROR
    assert by_code["missing-name"].place.indicator == 0
    assert by_code["target-equals-baseline"].level is Level.WARNING
    assert by_code["target-equals-baseline"].place.indicator == 1
    assert "進捗率" in by_code["target-equals-baseline"].message
