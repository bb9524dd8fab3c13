"""方向, 達成率, 進捗率 and 評価 in the exported indicator tables, their legend, and the optional charts."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.exchange.xlsx import labels
from evaleditor.model import Direction, Indicator
from tests import factories
from tests.exchange.xlsx.reading import export, load


def header_row(ws, start: int = 1) -> int:
    return next(r for r in range(start, ws.max_row + 1) if ws.cell(r, 1).value == labels.NAME)


def column_of(ws, row: int, heading: str) -> int:
    """The column of a heading; one wider than its column breaks at its spaces (5年度 / 目標値)."""
    def text(c: int) -> object:
        value = ws.cell(row, c).value
        return value.replace("\n", " ") if isinstance(value, str) else value

    return next(c for c in range(1, ws.max_column + 1) if text(c) == heading)


def row_of(ws, name: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == name)


def test_sample_shows_direction_rates_and_rating(sample_json):
    sample_project = read_exchange(sample_json)
    ws = load(export(sample_project))["施策4"]
    head = header_row(ws)
    cols = {h: column_of(ws, head, h) for h in ("方向", "達成率(%)", "進捗率(%)", "評価")}
    assert list(cols.values()) == list(range(cols["方向"], cols["方向"] + 4))
    assert cols["方向"] == column_of(ws, head, sample_project.settings.effective_target_label()) + 1
    row = row_of(ws, "創業者数（年間）")
    achieved, progress = ws.cell(row, cols["達成率(%)"]), ws.cell(row, cols["進捗率(%)"])
    assert (achieved.value, progress.value) == (67.3, 43.3)
    assert achieved.data_type == progress.data_type == "n"
    assert achieved.number_format == progress.number_format == "#,##0.0"
    assert ws.cell(row, cols["方向"]).value == "↑"
    rating = ws.cell(row, cols["評価"])
    assert rating.value == "C" and rating.data_type == "s"
    assert rating.fill.fgColor.rgb == "FFFFEB9C"  # the third of four bands: yellow
    # the legend right under the table explains the arrows, the year and the bands
    last = row_of(ws, sample_project.sheets[0].indicator_groups[0].indicators[-1].name)
    legend = ws.cell(last + 1, 1).value
    assert legend.startswith("方向　↑：高いほど良い　↓：低いほど良い")
    assert "2年度の実績値による" in legend and "A：100%以上" in legend and "D：50%未満" in legend


def test_lower_is_better_and_missing_rates():
    project = factories.project(["4年度", "5年度", "6年度"], sheets=1, indicators=3)
    group = project.sheets[0].indicator_groups[0]
    lower, no_target, late = group.indicators
    lower.direction, lower.baseline, lower.target, lower.actuals = Direction.LOWER, 50, 10, {"6年度": 20}
    no_target.direction, no_target.target, no_target.actuals = Direction.HIGHER, None, {"6年度": 5}
    late.direction, late.baseline, late.target, late.actuals = Direction.HIGHER, 0, 100, {"5年度": 80}
    ws = load(export(project)).worksheets[0]
    head = header_row(ws)
    col = column_of(ws, head, "方向")
    values = {ind.name: [ws.cell(row_of(ws, ind.name), col + k).value for k in range(4)] for ind in group.indicators}
    assert values[lower.name] == ["↓", 50.0, 75.0, "C"]  # 10 ÷ 20; (20 − 50) ÷ (10 − 50)
    assert values[no_target.name] == ["↑", "—", "—", "—"]  # never a number that is not one
    assert values[late.name] == ["↑", 80.0, 80.0, "B"]  # 5年度's actual stands in
    legend = ws.cell(row_of(ws, late.name) + 1, 1).value
    assert f"※ 目標値がありません（{no_target.name}）" in legend
    assert f"※ 5年度の実績値による（{late.name}）" in legend
    assert "6年度の実績値による" in legend


def test_charts_are_there_only_when_the_settings_ask(three_year_project):
    ws_off = load(export(three_year_project)).worksheets[0]
    assert ws_off._charts == []
    three_year_project.settings.excel_charts = True
    empty = Indicator(name="値のない指標", unit="件")
    three_year_project.sheets[0].indicator_groups[0].indicators.append(empty)
    book = load(export(three_year_project))
    for sheet, ws in zip(three_year_project.sheets, book.worksheets):
        charts = ws._charts
        indicators = [ind for _, ind in sheet.all_indicators() if ind is not empty]  # no chart without values
        assert len(charts) == len(indicators)
        filled = set()
        for chart, ind in zip(charts, indicators):
            row = row_of(ws, ind.name)
            (series,) = chart.series
            first, last = get_column_letter(3), get_column_letter(3 + len(three_year_project.settings.years) + 1)
            assert series.val.numRef.f == f"'{ws.title}'!${first}${row}:${last}${row}"  # baseline … target
            assert series.tx.strRef.f == f"'{ws.title}'!$A${row}"
            categories = series.cat.strRef.f
            assert categories.startswith(f"'{labels.SUMMARY_SHEET}'!$F$1:")
            assert [c.value for c in book[labels.SUMMARY_SHEET]["F1":categories.rpartition(":")[2].replace("$", "")][0]] \
                == [three_year_project.settings.baseline_label, *three_year_project.settings.year_labels,
                    three_year_project.settings.effective_target_label()]
            anchor = chart.anchor
            top, bottom = anchor._from.row + 1, anchor.to.row + 1
            assert top == bottom > row  # inside one row below the table
            for col in range(anchor._from.col + 1, anchor.to.col + 2):
                assert ws.cell(top, col).value is None  # no text under a chart
                assert (top, col) not in filled  # charts do not overlap
                filled.add((top, col))
            assert anchor.to.col + 1 <= ws.max_column  # within the print area


def test_summary_sheet_carries_the_rates(sample_json):
    project = read_exchange(sample_json)
    ws = load(export(project))[labels.SUMMARY_SHEET]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index("指標名")].value == "創業者数（年間）")
    values = {h: c for h, c in zip(header, row)}
    assert values["方向"].value == "↑" and values["評価"].value == "C"
    assert (values["達成率(%)"].value, values["進捗率(%)"].value) == (67.3, 43.3)
    assert values["達成率(%)"].number_format == values["進捗率(%)"].number_format == "#,##0.0"
