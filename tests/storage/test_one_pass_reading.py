"""A valid file of the current version is read in one pass; it must give what the step-by-step reading gives.

The step-by-step reading (decode, envelope, migration, validation) names what is wrong with a file; the
one-pass reading is only a faster way for files with nothing wrong, and declines everything else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from evaleditor.model import Direction
from evaleditor.storage import projectfile, schema
from evaleditor.storage.projectfile import dumps_project
from tests import factories
from tests.fuzz.harness import mutated_json
from tests.fuzz.test_projectfile_fuzz import documents, projects

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "format-v2.evproj"
EXAMPLE = ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj"


def _assert_alike(fast, slow) -> None:  # type: ignore[no-untyped-def]
    """Equal, and written alike (``==`` alone cannot tell 1 from 1.0, or -0.0 from 0.0)."""
    assert fast == slow
    assert dumps_project(fast) == dumps_project(slow)


def _made() -> bytes:
    project = factories.project(["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"], sheets=3, indicators=4, topics=3)
    project.sheets[1].indicator_groups[0].indicators[0].direction = Direction.LOWER
    project.sheets[2].indicator_groups[0].indicators[1].baseline = 12.75
    return dumps_project(project)


@pytest.mark.parametrize("raw", [FIXTURE.read_bytes(), EXAMPLE.read_bytes(), _made(), dumps_project(
    factories.project(["2年度"], sheets=0))], ids=["fixture", "example", "six-years", "no-sheets"])
def test_a_valid_current_file_is_read_in_one_pass_with_the_same_result(raw):
    fast = schema.validate_current_file(raw)
    assert fast is not None
    _assert_alike(fast, projectfile._load_step_by_step(raw, "x.evproj"))


def _with(change) -> bytes:  # type: ignore[no-untyped-def]
    data = json.loads(FIXTURE.read_bytes())
    change(data)
    return json.dumps(data, ensure_ascii=False).encode()


DECLINED = {
    "older version": (Path(__file__).parent / "fixtures" / "format-v1.evproj").read_bytes(),
    "newer version": _with(lambda d: d.update(version=3)),
    "other format": _with(lambda d: d.update(format="evaluation-sheets/1")),
    "unknown top-level key": _with(lambda d: d.update(extra=1)),
    "missing sheets": _with(lambda d: d.pop("sheets")),
    "byte-order mark": b"\xef\xbb\xbf" + FIXTURE.read_bytes(),
    "NaN": FIXTURE.read_bytes().replace(b'"font_size": 10', b'"font_size": NaN'),
    "cut short": FIXTURE.read_bytes()[:-20],
    "version as text": _with(lambda d: d.update(version="2")),
    "version as a decimal": FIXTURE.read_bytes().replace(b'"version": 2', b'"version": 2.0'),
    "version as true": _with(lambda d: d.update(version=True)),
    "empty": b"",
}


@pytest.mark.parametrize("name", DECLINED)
def test_anything_else_is_left_to_the_step_by_step_reading(name):
    assert schema.validate_current_file(DECLINED[name]) is None


def test_a_repeated_key_means_the_same_in_both_readings():
    raw = FIXTURE.read_bytes().replace(b'"policy_name": ', b'"policy_name": "first", "policy_name": ', 1)
    assert b'"first"' in raw
    fast = schema.validate_current_file(raw)
    slow = projectfile._load_step_by_step(raw, "x.evproj")
    _assert_alike(fast, slow)
    assert slow.sheets[0].policy_name != "first"  # the last one counts, as json.loads has it


@settings(max_examples=150)
@given(mutated_json(documents))
def test_fuzz_whatever_one_pass_accepts_the_step_by_step_reading_accepts_alike(raw):
    fast = schema.validate_current_file(raw)
    if fast is not None:
        _assert_alike(fast, projectfile._load_step_by_step(raw, "x.evproj"))


@settings(max_examples=100)
@given(projects())
def test_fuzz_written_projects_read_back_alike(project):
    raw = dumps_project(project)
    fast = schema.validate_current_file(raw)
    assert fast is not None
    _assert_alike(fast, projectfile._load_step_by_step(raw, "x.evproj"))
