"""Fuzzing the exchange JSON reader: any input loads cleanly or is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from evaleditor.exchange.sheets_json import dumps_exchange, loads_exchange
from evaleditor.model import Project
from tests import factories
from tests.fuzz.harness import assert_clean, json_values, mutated_bytes, mutated_json

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "hiratsuka-policy4-r2.json"
LABELS = ["元年度", "2年度", "3年度", "4年度", "5年度", "6年度", "令和7年度", "2026", "R8"]

sample_file = st.just(SAMPLE.read_bytes())


@st.composite
def factory_documents(draw: st.DrawFn) -> dict:
    labels = draw(st.lists(st.sampled_from(LABELS), min_size=2, max_size=6, unique=True))
    project = factories.project(
        labels, sheets=draw(st.integers(0, 3)), indicators=draw(st.integers(0, 3)), topics=draw(st.integers(0, 2)))
    return json.loads(dumps_exchange(project))


documents = factory_documents() | sample_file.map(json.loads)


def _loader(raw: bytes, path: str) -> Project:
    return loads_exchange(raw, path)


@given(st.binary(max_size=2000))
def test_fuzz_arbitrary_bytes(raw):
    assert_clean(_loader, raw)


@given(json_values.map(lambda value: json.dumps({"format": "evaluation-sheets/1", "sheets": [
    {"policy_number": "1", "years": value, "indicators": value}], "review_year": value}).encode()))
def test_fuzz_generated_json_in_the_envelope(raw):
    assert_clean(_loader, raw)


@given(mutated_json(documents))
def test_fuzz_mutated_exchange_files(raw):
    assert_clean(_loader, raw)


@given(mutated_bytes(sample_file))
def test_fuzz_damaged_bytes_of_the_sample(raw):
    assert_clean(_loader, raw)
