"""Property tests: any project written in the layout comes back; any grid of cells is read without a crash.

FUZZ_EXAMPLES=400 runs more examples than the suite does.
"""

from __future__ import annotations

import os

import openpyxl
import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from evaleditor.errors import InputError  # noqa: E402
from evaleditor.exchange.xlsx_import import import_workbook  # noqa: E402
from evaleditor.model import (  # noqa: E402
    BudgetEntry, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings, Sheet, Topic, richtext,
)
from evaleditor.model.eras import western_year  # noqa: E402
from tests.exchange.xlsx_import.builder import Style, write_workbook  # noqa: E402
from tests.exchange.xlsx_import.test_layouts import assert_same_content  # noqa: E402

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 25)), deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

_LETTERS = "あいうえお産業振興地域安全推進交流人口件数ABCxyz0123456789（）"
words = st.text(alphabet=_LETTERS, min_size=1, max_size=12)
numbers = st.one_of(st.none(), st.integers(-10**9, 10**9),
                    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False).map(lambda v: round(v, 3)))


@st.composite
def projects(draw):
    start = draw(st.integers(1, 20))
    labels = [f"{n}年度" for n in range(start, start + draw(st.integers(1, 6)))]
    years = [FiscalYear(label, western_year(label)) for label in labels]
    sheets = []
    for s in range(draw(st.integers(1, 3))):
        groups = []
        for name in draw(st.lists(st.sampled_from(["成果指標", "活動指標", "参考指標"]), min_size=1, max_size=2,
                                  unique=True)):
            indicators = [Indicator(name="指標" + draw(words), unit=draw(st.sampled_from(["", "件", "%", "人"])),
                                    baseline=draw(numbers), target=draw(numbers),
                                    actuals={y: v for y in labels if (v := draw(numbers)) is not None})
                          for _ in range(draw(st.integers(0, 4)))]
            groups.append(IndicatorGroup(name, indicators))
        budget = {y: BudgetEntry(draw(numbers), draw(numbers)) for y in labels}
        topics = [Topic(heading=f"{t}" + draw(words),
                        result=richtext.from_plain("\n".join(draw(st.lists(words, max_size=3)))),
                        issue=richtext.from_plain(draw(words)), policy=richtext.from_plain(draw(words)))
                  for t in range(draw(st.integers(0, 3)))]
        sheets.append(Sheet(policy_number=f"{s + 1}-{draw(st.integers(1, 99))}", policy_name=draw(words),
                            departments=draw(st.lists(words.map(lambda w: w + "部"), min_size=1, max_size=3)),
                            indicator_groups=groups, programs=draw(st.lists(words.map(lambda w: w + "事業"), max_size=4)),
                            budget={y: b for y, b in budget.items() if not b.is_empty()}, topics=topics))
    return Project(ProjectSettings(years=years, target_label=f"{labels[-1]} 目標値"), sheets)


styles = st.builds(Style, top_rows=st.integers(0, 2), left_cols=st.integers(0, 1),
                   one_cell_policy=st.booleans(), numbers=st.sampled_from(["number", "text", "fullwidth"]),
                   none_mark=st.sampled_from([None, "－", "-"]), topics=st.sampled_from(["html", "plain", "rich", "rows"]),
                   programs=st.sampled_from(["spaces", "lines", "cells"]), merge=st.booleans(),
                   blank_rows=st.booleans(), direction_column=st.booleans())


@FUZZ
@given(project=projects(), style=styles)
def test_any_project_written_in_the_layout_comes_back(tmp_path, project, style):
    path = write_workbook(tmp_path / "fuzz.xlsx", project, style)
    result = import_workbook(path)
    assert result.notes == []
    assert_same_content(result.project, project)


_CELLS = st.one_of(
    st.none(), numbers,
    st.sampled_from(["施策名", "関係部", "所管事業に関連する成果指標", "活動指標", "指標名", "単位", "実績値", "2年度",
                     "令和3年度", "5年度 目標値", "改訂計画 策定時", "関連事業", "決算額", "事業費(千円)", "執行率(%)",
                     "施策の推進に向けた主な取組の「成果」", "施策を推進する上での「課題」", "課題解決を図るための「取組方針」",
                     "「見出し」", "<p>「見」</p><p>x</p>", "4 -", "4-2 名前", "－", "２，４４９", "※注", "・項目", "=1+1"]),
    st.text(max_size=20),
)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 60)), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(grid=st.lists(st.lists(_CELLS, max_size=9), max_size=25))
def test_any_grid_is_read_without_a_crash(tmp_path, grid):
    book = openpyxl.Workbook()
    for r, row in enumerate(grid, 1):
        for c, value in enumerate(row, 1):
            if isinstance(value, str):
                value = "".join(ch for ch in value if ch.isprintable() or ch == "\n")
            book.active.cell(r, c).value = value
            if isinstance(value, str) and value.startswith("="):
                book.active.cell(r, c).data_type = "s"
    path = tmp_path / "grid.xlsx"
    book.save(path)
    try:
        result = import_workbook(path)
    except InputError as error:
        assert "\n" not in str(error)
        return
    for note in result.notes:
        assert "\n" not in note.one_line()
    for sheet in result.project.sheets:
        for _, indicator in sheet.all_indicators():
            assert set(indicator.actuals) <= set(result.project.settings.year_labels)
