"""The migration chain; every historical format version has a fixture that must keep loading."""

from pathlib import Path

import pytest

from evaleditor.storage.migrations import CURRENT_VERSION, MigrationError, migrate
from evaleditor.storage.projectfile import load_project

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_every_format_version_has_a_fixture_that_loads(version):
    project = load_project(FIXTURES / f"format-v{version}.evproj")
    assert project.sheets, "a fixture holds at least one sheet"
    assert project.sheets[0].policy_number == "4"


def test_version_1_gets_the_default_settings_of_version_2():
    from evaleditor.model.rating import default_bands
    from evaleditor.model.settings import DEFAULT_FONT

    settings = load_project(FIXTURES / "format-v1.evproj").settings
    assert settings.font_name == DEFAULT_FONT and settings.rating_bands == default_bands()
    assert settings.char_limit is None and settings.excel_charts is False


def test_chain_runs_each_step_in_order():
    steps = {1: lambda d: {**d, "a": d.get("a", "") + "1"}, 2: lambda d: {**d, "a": d["a"] + "2"}}
    assert migrate({"version": 1}, 1, migrations=steps, current=3) == {"version": 3, "a": "12"}
    assert migrate({"version": 2, "a": "x"}, 2, migrations=steps, current=3) == {"version": 3, "a": "x2"}


def test_gap_in_the_chain_and_newer_versions_are_refused():
    with pytest.raises(MigrationError):
        migrate({}, 1, migrations={}, current=2)
    with pytest.raises(MigrationError):
        migrate({}, 5, migrations={}, current=2)
