"""Inputs the fuzzers found that the loaders mishandled, kept as plain regression tests (docs/fuzzing.md)."""

from __future__ import annotations

import json

import pytest

from evaleditor.errors import InputError
from evaleditor.exchange.sheets_json import dumps_exchange, loads_exchange
from evaleditor.storage.projectfile import dumps_project, loads_project
from tests import factories
from tests.fuzz.harness import assert_clean

YEARS = ["2年度", "3年度", "4年度"]


def _project_doc() -> dict:
    return json.loads(dumps_project(factories.project(YEARS)))


def _exchange_doc() -> dict:
    return json.loads(dumps_exchange(factories.project(YEARS)))


def _deep(depth: int, fmt: str) -> bytes:
    return f'{{"format": "{fmt}", "sheets": '.encode() + b"[" * depth + b"]" * depth + b"}"


def _with(doc: dict, change) -> bytes:
    change(doc)
    return json.dumps(doc, ensure_ascii=False).encode()


def _blank_year(doc: dict) -> None:
    doc["sheets"][0]["years"][1] = " "
    for sheet in doc["sheets"][1:]:
        sheet["years"] = doc["sheets"][0]["years"]


def _odd_key(doc: dict) -> None:
    doc["sheets"][0]["indicator_groups"][0]["indicators"][0]["col\nour\u2028"] = 1


CASES = {
    # json.loads raised RecursionError
    "project: nesting 100000 deep": (loads_project, _deep(100_000, "evaleditor-project"), "入れ子が深すぎます"),
    "exchange: nesting 100000 deep": (loads_exchange, _deep(100_000, "evaluation-sheets/1"), "入れ子が深すぎます"),
    # pydantic's English "Invalid JSON: recursion limit exceeded" reached the user
    "exchange: nesting 300 deep": (loads_exchange, _deep(300, "evaluation-sheets/1"), "入れ子が深すぎるか"),
    # json.loads raised ValueError (more than 4300 digits) that the exchange reader did not catch
    "exchange: 5000-digit number": (
        loads_exchange, b'{"format": "evaluation-sheets/1", "sheets": [], "x": ' + b"9" * 5000 + b"}", "JSON"),
    # a blank year label loaded from exchange JSON, and the project could then not be saved and read back
    "exchange: blank year label": (loads_exchange, _with(_exchange_doc(), _blank_year), "年度の表示名が空です"),
    # a key with line breaks made a multi-line message
    "project: key with line breaks": (loads_project, _with(_project_doc(), _odd_key), "不明な項目です"),
    # a lone surrogate escape reached pydantic and came back as a generic message
    "project: lone surrogate": (
        loads_project, json.dumps(_project_doc(), ensure_ascii=False).replace("テスト市", "\\ud800").encode(), "サロゲート"),
    "exchange: lone surrogate": (
        loads_exchange, json.dumps(_exchange_doc(), ensure_ascii=False).replace("テスト市", "\\ud800").encode(), "サロゲート"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_found_by_fuzzing_is_refused_cleanly(case):
    loader, raw, words = CASES[case]
    assert assert_clean(loader, raw) is None
    with pytest.raises(InputError) as info:
        loader(raw, "fuzz.in")
    assert words in info.value.message
    assert "\n" not in str(info.value)


def test_key_with_line_breaks_is_shown_escaped():
    with pytest.raises(InputError) as info:
        loads_project(_with(_project_doc(), _odd_key), "p.evproj")
    assert info.value.place == "sheets[0].indicator_groups[0].indicators[0].col\\nour\\u2028"


def test_lock_and_recovery_with_a_huge_process_start_or_a_far_time_are_unreadable_not_a_crash(tmp_path):
    from evaleditor.storage.lock import LockState, inspect_lock, lock_path
    from evaleditor.storage.recovery import RecoveryStore

    project = tmp_path / "p.evproj"
    lock_path(project).write_text(json.dumps({"user": "a\nb", "host": "h\u2028", "pid": 1, "since": "2026-01-01"}))
    assert "a\\nb（コンピューター h\\u2028）" in inspect_lock(project).message()  # type: ignore[union-attr]
    for fields in ({"process_started": 10**400}, {"since": "9999-12-31T23:59:59+00:00"}):
        data = {"user": "u", "host": "h", "pid": 1, "since": "2026-01-01T00:00:00+00:00", **fields}
        lock_path(project).write_text(json.dumps(data), encoding="utf-8")
        assert inspect_lock(project).state is LockState.UNREADABLE  # type: ignore[union-attr]
    store = RecoveryStore(tmp_path / "recovery")
    file = store.slot(None).write(factories.project(YEARS))
    data = json.loads(file.read_text(encoding="utf-8"))
    data["writer"]["process_started"] = 10**400
    file.write_text(json.dumps(data), encoding="utf-8")
    [found] = store.all()
    assert found.problem == "復元ファイルが壊れています" and not found.writer_running
