"""Tidy CSV: read back with pandas, every value is the model's."""

import io
import math

import pandas
import pytest

from evaleditor.exchange.formats import export_bytes, import_file
from evaleditor.model.rates import indicator_rates
from tests import factories


def read_back(data: bytes) -> pandas.DataFrame:
    return pandas.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype={"施策番号": str, "施策名": str})


def same(value, expected):
    if expected is None:
        return isinstance(value, float) and math.isnan(value)
    return value == expected


def assert_matches(project, frame):
    settings = project.settings
    review = project.review_year()
    expected_columns = ["施策番号", "施策名", "指標区分", "指標名", "単位", "方向", settings.baseline_label,
                        *settings.year_labels, settings.effective_target_label(),
                        "評価年度", "達成率（%）", "進捗率（%）", "評価", "備考"]
    assert list(frame.columns) == expected_columns
    expected_rows = [(sheet, group, ind) for sheet in project.sheets for group, ind in sheet.all_indicators()]
    assert len(frame) == len(expected_rows)
    for (_, row), (sheet, group, ind) in zip(frame.iterrows(), expected_rows):
        rates = indicator_rates(ind, settings, review)
        assert row["施策番号"] == sheet.policy_number and row["施策名"] == sheet.policy_name
        assert row["指標区分"] == group.name and row["指標名"] == ind.name and row["単位"] == ind.unit
        assert row["方向"] == {"higher": "高いほど良い", "lower": "低いほど良い"}[ind.direction.value]
        assert same(row[settings.baseline_label], ind.baseline)
        for label in settings.year_labels:
            assert same(row[label], ind.actuals.get(label)), (ind.name, label)
        assert same(row[settings.effective_target_label()], ind.target)
        assert same(row["評価年度"], rates.year)
        assert same(row["達成率（%）"], rates.achievement.rounded())
        assert same(row["進捗率（%）"], rates.progress.rounded())
        assert same(row["評価"], rates.rating.label if rates.rating else None)


def test_sample_reads_back(sample_json):
    project = import_file(sample_json)
    data = export_bytes(project, "out.csv")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    frame = read_back(data)
    assert_matches(project, frame)
    founders = frame[frame["指標名"] == "創業者数（年間）"].iloc[0]
    assert (founders["達成率（%）"], founders["進捗率（%）"], founders["評価"]) == (67.3, 43.3, "C")
    consults = frame[frame["指標名"] == "経営に関する相談件数（年間）"].iloc[0]
    assert consults["2年度"] == 2449 and consults.isna()["備考"]


def test_numbers_are_plain(sample_json):
    text = export_bytes(import_file(sample_json), "out.csv").decode("utf-8-sig")
    consults = next(line for line in text.splitlines() if "相談件数" in line)
    assert ",248,2449,,,,300,2年度,816.3,4232.7,A," in consults


def test_many_years_groups_decimals_and_gaps(six_year_project):
    frame = read_back(export_bytes(six_year_project, "out.csv"))
    assert_matches(six_year_project, frame)
    assert set(frame["指標区分"]) == {"成果指標", "活動指標"}
    assert "低いほど良い" in set(frame["方向"])


def test_missing_values_say_why(sample_json):
    frame = read_back(export_bytes(factories.flawed_sample(sample_json), "out.csv"))
    notes = list(frame["備考"].iloc[5:8])
    assert notes == ["2年度の実績値がありません", "目標値がありません", "進捗率: 基準値がありません"]


def test_fallback_year_is_noted(sample_json):
    project = import_file(sample_json)
    project.settings.review_year = "3年度"
    frame = read_back(export_bytes(project, "out.csv"))
    assert set(frame["評価年度"]) == {"2年度"}
    assert set(frame["備考"]) == {"2年度の実績値による"}


def test_cli_export_csv(tmp_path, sample_json):
    from tests.test_cli import run

    project = tmp_path / "p.evproj"
    assert run("import", sample_json, "-o", project).returncode == 0
    out = tmp_path / "out.csv"
    result = run("export", project, "-o", out)
    assert result.returncode == 0, result.stderr
    assert_matches(import_file(sample_json), read_back(out.read_bytes()))
