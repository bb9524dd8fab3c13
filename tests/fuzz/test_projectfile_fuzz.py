"""Fuzzing the project-file loader: any input loads cleanly or is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from evaleditor.model import BudgetEntry, Direction, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings
from evaleditor.model import Sheet, Topic, richtext
from evaleditor.storage.projectfile import dumps_project, loads_project
from tests import factories
from tests.fuzz.harness import assert_clean, json_values, mutated_bytes, mutated_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = [ROOT / "tests/storage/fixtures/format-v1.evproj", ROOT / "tests/storage/fixtures/format-v2.evproj",
            ROOT / "resources/examples/hiratsuka-policy4-r2.evproj"]
LABELS = ["元年度", "2年度", "3年度", "4年度", "5年度", "6年度", "令和7年度", "2026", "R8"]

fixture_files = st.sampled_from([path.read_bytes() for path in FIXTURES])


@st.composite
def factory_documents(draw: st.DrawFn) -> dict:
    labels = draw(st.lists(st.sampled_from(LABELS), min_size=2, max_size=6, unique=True))
    project = factories.project(
        labels, sheets=draw(st.integers(0, 3)), indicators=draw(st.integers(0, 3)), topics=draw(st.integers(0, 2)))
    return json.loads(dumps_project(project))


documents = factory_documents() | fixture_files.map(json.loads)
numbers = st.none() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
texts = st.text(max_size=12)


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """Projects built from arbitrary model values, including ones a file must refuse (duplicate labels).

    Topic texts are what the editor stores: plain text turned into the safe HTML subset.
    """
    labels = draw(st.lists(texts, max_size=4))
    settings = ProjectSettings(
        municipality=draw(texts), plan=draw(texts), title=draw(texts),
        years=[FiscalYear(label, draw(st.none() | st.integers(-5000, 5000))) for label in labels],
        review_year=draw(st.none() | st.sampled_from(labels or [""])), baseline_label=draw(texts),
        target_label=draw(texts), font_size=draw(st.integers(1, 72) | st.floats(1, 72)),
        char_limit=draw(st.none() | st.integers(0, 10_000)), excel_charts=draw(st.booleans()))
    sheets = []
    for _ in range(draw(st.integers(0, 2))):
        indicators = [Indicator(
            name=draw(texts), unit=draw(texts), baseline=draw(numbers),
            actuals=draw(st.dictionaries(st.sampled_from(labels or ["x"]), st.integers() | st.floats(
                allow_nan=False, allow_infinity=False), max_size=3)),
            target=draw(numbers), direction=draw(st.sampled_from(Direction))) for _ in range(draw(st.integers(0, 2)))]
        sheets.append(Sheet(
            policy_number=draw(texts), policy_name=draw(texts), title=draw(texts),
            departments=draw(st.lists(texts, max_size=2)),
            indicator_groups=[IndicatorGroup(draw(texts), indicators)],
            programs=draw(st.lists(texts, max_size=2)),
            budget=draw(st.dictionaries(st.sampled_from(labels or ["x"]), st.builds(BudgetEntry, numbers, numbers),
                                        max_size=2)),
            topics=[Topic(draw(texts), *(richtext.from_plain(draw(texts)) for _ in range(3))) for _ in range(draw(st.integers(0, 2)))]))
    return Project(settings, sheets)


def _loader(raw: bytes, path: str) -> Project:
    return loads_project(raw, path)


@given(st.binary(max_size=2000))
def test_fuzz_arbitrary_bytes(raw):
    assert_clean(_loader, raw)


@given(json_values.map(lambda value: json.dumps({"format": "evaleditor-project", "version": 2, "settings": value,
                                                 "sheets": value}).encode()))
def test_fuzz_generated_json_in_the_envelope(raw):
    assert_clean(_loader, raw)


@given(mutated_json(documents))
def test_fuzz_mutated_project_files(raw):
    assert_clean(_loader, raw)


@given(mutated_bytes(fixture_files))
def test_fuzz_damaged_bytes_of_real_files(raw):
    assert_clean(_loader, raw)


@given(projects())
def test_fuzz_any_saved_project_reads_back_or_is_refused_cleanly(project):
    loaded = assert_clean(_loader, dumps_project(project))
    if loaded is not None:
        assert loaded == project
