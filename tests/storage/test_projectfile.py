import json
from pathlib import Path

import pytest

from evaleditor.errors import ProjectFileError
from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.storage.projectfile import dumps_project, load_project, loads_project, save_project


def test_sample_round_trips_through_the_project_file(sample_json, tmp_path):
    project = read_exchange(sample_json)
    path = tmp_path / "a.evproj"
    save_project(project, path)
    assert load_project(path) == project


@pytest.mark.parametrize("fixture", ["three_year_project", "six_year_project"])
def test_own_projects_round_trip_exactly(fixture, request, tmp_path):
    project = request.getfixturevalue(fixture)
    path = tmp_path / "p.evproj"
    save_project(project, path)
    again = load_project(path)
    assert again == project
    assert dumps_project(again) == path.read_bytes()
    # decimals stay decimals, integers stay integers
    first = again.sheets[0].indicator_groups[0].indicators[1]
    assert any(isinstance(v, float) for v in first.actuals.values())
    assert all(isinstance(v, int) for v in again.sheets[0].indicator_groups[0].indicators[0].actuals.values())


def test_the_file_is_utf8_json_with_format_and_version(three_year_project, tmp_path):
    path = tmp_path / "p.evproj"
    save_project(three_year_project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "evaleditor-project" and data["version"] == 2
    assert "テスト市" in path.read_text(encoding="utf-8")  # readable, not \u-escaped


def _valid(three_year_project) -> dict:
    return json.loads(dumps_project(three_year_project))


def _bad_cases(base: dict):
    def variant(change):
        data = json.loads(json.dumps(base))
        change(data)
        return json.dumps(data, ensure_ascii=False).encode()

    ind = lambda d: d["sheets"][1]["indicator_groups"][0]["indicators"][0]  # noqa: E731
    return {
        "empty": (b"", "", "ファイルが空です"),
        "whitespace": (b"  \n", "", "ファイルが空です"),
        "binary": (bytes(range(256)) * 4, "", "バイナリ"),
        "not utf-8": ("{\"a\": \"日本\"}".encode("shift_jis"), "", "UTF-8"),
        "xlsx": (b"PK\x03\x04rest", "", "「ファイル → 取り込み」"),
        "truncated": (json.dumps(base).encode()[:200], "", "途中で切れている"),
        "array": (b"[1, 2]", "", "プロジェクトファイルではありません"),
        "other format": (variant(lambda d: d.update(format="something")), "format", "プロジェクトファイルではありません"),
        "exchange": (variant(lambda d: d.update(format="evaluation-sheets/1")), "format", "「ファイル → 取り込み」"),
        "newer": (variant(lambda d: d.update(version=99)), "version", "新しいバージョン"),
        "bad version": (variant(lambda d: d.update(version="1")), "version", "バージョン"),
        "text target": (variant(lambda d: ind(d).update(target="12")), "sheets[1].indicator_groups[0].indicators[0].target", "数値ではありません"),
        "bool baseline": (variant(lambda d: ind(d).update(baseline=True)), "sheets[1].indicator_groups[0].indicators[0].baseline", "数値ではありません"),
        "nan": (variant(lambda d: ind(d).update(target=0)).replace(b'"target": 0', b'"target": NaN'), "", "NaN"),
        "unknown key": (variant(lambda d: ind(d).update(colour="red")), "sheets[1].indicator_groups[0].indicators[0].colour", "不明な項目"),
        "missing sheets": (variant(lambda d: d.pop("sheets")), "sheets", "必須"),
        "sheets not a list": (variant(lambda d: d.update(sheets={})), "sheets", "配列ではありません"),
        "bad direction": (variant(lambda d: ind(d).update(direction="up")), "sheets[1].indicator_groups[0].indicators[0].direction", "higher"),
        "unknown year": (variant(lambda d: ind(d)["actuals"].update({"9年度": 1})), "sheets[1].indicator_groups[0].indicators[0].actuals.9年度", "年度の列にない"),
        "duplicate year": (variant(lambda d: d["settings"]["years"].append(dict(d["settings"]["years"][0]))), "settings.years[3].label", "重複"),
        "unknown review year": (variant(lambda d: d["settings"].update(review_year="9年度")), "settings.review_year", "年度の列にありません"),
        "unknown budget year": (variant(lambda d: d["sheets"][0]["budget"].update({"9年度": {}})), "sheets[0].budget.9年度", "年度の列にない"),
    }


CASES = [
    "empty", "whitespace", "binary", "not utf-8", "xlsx", "truncated", "array", "other format", "exchange",
    "newer", "bad version", "text target", "bool baseline", "nan", "unknown key", "missing sheets",
    "sheets not a list", "bad direction", "unknown year", "duplicate year", "unknown review year",
    "unknown budget year",
]


def test_case_list_is_complete(three_year_project):
    assert sorted(CASES) == sorted(_bad_cases(_valid(three_year_project)))


@pytest.mark.parametrize("case", CASES)
def test_bad_files_are_refused_with_the_place(case, three_year_project):
    raw, place, words = _bad_cases(_valid(three_year_project))[case]
    with pytest.raises(ProjectFileError) as info:
        loads_project(raw, "bad.evproj")
    error = info.value
    assert error.place == place
    assert words in error.message
    assert "\n" not in str(error) and str(error).startswith("bad.evproj: ")


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ProjectFileError, match="見つかりません"):
        load_project(tmp_path / "none.evproj")
    with pytest.raises(ProjectFileError, match="フォルダ"):
        load_project(tmp_path)


def test_unsafe_html_in_a_file_never_reaches_the_model(three_year_project):
    data = _valid(three_year_project)
    data["sheets"][0]["topics"][0]["issue"] = "<p>本文<script>alert(1)</script></p>"
    project = loads_project(json.dumps(data).encode())
    assert project.sheets[0].topics[0].issue == "<p>本文</p>"


def test_a_file_cut_inside_a_character_is_reported_as_cut(three_year_project):
    raw = dumps_project(three_year_project)
    cut = raw[: raw.index("テスト市".encode()) + 1]  # one byte of a three-byte character
    with pytest.raises(ProjectFileError, match="途中で切れている"):
        loads_project(cut, "cut.evproj")


def test_the_file_is_indented_as_earlier_versions_wrote_it_and_compact_text_loads_the_same(sample_json):
    """The serializer writes the text itself (fast); the layout stays one-space indentation, key order kept."""
    project = read_exchange(sample_json)
    raw = dumps_project(project)
    data = json.loads(raw)
    assert list(data)[:3] == ["format", "version", "app"]
    assert raw == (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    compact = dumps_project(project, compact=True)
    assert b"\n" not in compact.rstrip(b"\n") and json.loads(compact) == data
    assert loads_project(compact) == project


@pytest.mark.parametrize("written, said", [
    (b'"version": 2.0', "形式のバージョンが正しくありません（2.0。1〜2 の整数で書かれます）"),
    (b'"version": "2"', '形式のバージョンが正しくありません（"2"。1〜2 の整数で書かれます）'),
    (b'"version": true', "形式のバージョンが正しくありません（true。1〜2 の整数で書かれます）"),
    (b'"versio": 2', "形式のバージョンがありません"),
])
def test_a_wrong_version_is_reported_with_what_the_file_says(written, said):
    raw = (Path(__file__).parent / "fixtures" / "format-v2.evproj").read_bytes().replace(b'"version": 2', written, 1)
    with pytest.raises(ProjectFileError) as error:
        loads_project(raw, "x.evproj")
    assert str(error.value) == f"x.evproj: version: {said}"
