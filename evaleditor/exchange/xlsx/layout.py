"""The rows of one sheet's worksheet, as data: which cells, merged how, styled how, how tall.

The writer turns this plan into cells; the paginator reads its units and
sections. Nothing here depends on the one published sample: any number of
years, groups, indicators, programs and topics gives a plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.exchange.xlsx import labels
from evaleditor.exchange.xlsx.cleaning import check_length, clean
from evaleditor.exchange.xlsx.columns import ColumnFitter, Columns
from evaleditor.exchange import rate_columns
from evaleditor.exchange.xlsx.heights import (
    max_lines_per_row, row_height, split_into_rows, text_width_em, wrapped_count,
)
from evaleditor.exchange.xlsx.paper import page_capacity, print_scale
from evaleditor.exchange.xlsx.styles import export_font
from evaleditor.exchange.xlsx.richtext import Line, lines_text, plain_lines, topic_lines
from evaleditor.model import IndicatorGroup, Project, ProjectSettings, Sheet
from evaleditor.model.numbers import Number, format_number, is_number
from evaleditor.model.series import indicator_series

#: Width given to 関係部 in the sheet's head (about a third of the other columns' share, as published).
DEPARTMENTS_WIDTH = 33.0
#: Charts side by side under an indicator table, and the height of their row (points, before scaling).
CHARTS_PER_ROW = 3
CHART_HEIGHT = 150.0

COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.00"
#: 達成率 and 進捗率: percent with one decimal place.
RATE_FORMAT = "#,##0.0"


def number_format(value: Number) -> str:
    """``#,##0`` for whole numbers; decimals shown as entered (``95.43`` → ``#,##0.00``)."""
    if isinstance(value, int):
        return COUNT_FORMAT
    decimals = format_number(value, grouping=False).partition(".")[2]
    return COUNT_FORMAT + ("." + "0" * min(len(decimals), 10) if decimals else "")


@dataclass
class CellSpec:
    first_col: int
    last_col: int
    style: str
    lines: list[Line] | None = None  # text, or None for a number or an empty cell
    number: Number | None = None
    number_format: str = COUNT_FORMAT
    row_span: int = 1

    @property
    def text(self) -> str:
        return lines_text(self.lines) if self.lines else ""


@dataclass
class ChartSpec:
    """A chart of one indicator's row: baseline, each year and target, drawn over columns first…last."""

    first_col: int
    last_col: int
    #: The indicator's row and the table's header rows (their numbers are known when written).
    data_row: RowSpec
    title: str


@dataclass
class RowSpec:
    cells: list[CellSpec]
    height: float = 0.0
    unit_start: bool = False  # a page break is preferred before this row
    break_ok: bool = False  # a page break is allowed before this row
    header: bool = False  # part of its section's repeatable header
    #: Charts drawn over this (otherwise empty) row.
    charts: list[ChartSpec] = field(default_factory=list)


@dataclass
class SectionSpec:
    name: str
    rows: list[RowSpec] = field(default_factory=list)


@dataclass
class SheetPlan:
    sections: list[SectionSpec]
    columns: Columns

    @property
    def rows(self) -> list[RowSpec]:
        return [row for section in self.sections for row in section.rows]


class PlanBuilder:
    """Builds the plan of one sheet; heights come from the settings' font."""

    def __init__(self, settings: ProjectSettings, sheets: list[Sheet] | None = None) -> None:
        """``sheets``: all sheets of the workbook, so that every value column fits the widest number."""
        self.settings = settings
        self.font_name, self.font_size = export_font(settings)
        self.review_year = Project(settings, list(sheets or [])).review_year()
        self.columns = ColumnFitter(settings, self.font_size, self.review_year).columns(list(sheets or []))
        self.widths = self.columns.widths()
        # A long text is cut into rows of which two fill a page under a repeated label row,
        # and none is taller than Excel allows.
        line = row_height(2, self.font_size, self.font_name) - row_height(1, self.font_size, self.font_name)
        half_page = (page_capacity(print_scale(self.widths)) - 2 * row_height(2, self.font_size, self.font_name)) / 2
        self._max_lines = max(1, min(max_lines_per_row(self.font_size, self.font_name), int(half_page // line) - 1))

    # -- helpers
    def _text(self, first: int, last: int, text: str, style: str, where: str, place: str, span: int = 1) -> CellSpec:
        lines = plain_lines(text)
        check_length(lines_text(lines), where, place)
        return CellSpec(first, last, style, lines=lines, row_span=span)

    def _heading(self, col: int, text: str, where: str, place: str, span: int = 1) -> CellSpec:
        """A column's heading; one wider than its column breaks at its spaces (5年度 / 目標値), so that no
        renderer breaks it inside a word. (The workbook import reads such a line break as a space.)"""
        cell = self._text(col, col, text, "head", where, place, span)
        broken = clean(text).strip().replace(" ", "\n")
        if broken != clean(text).strip() and self._lines_needed(cell) > 1:
            cell.lines = plain_lines(broken)
        return cell

    def _number(self, col: int, value: Number | None, fmt: str | None = None) -> CellSpec:
        if value is None or not is_number(value):
            return CellSpec(col, col, "number")
        return CellSpec(col, col, "number", number=value, number_format=fmt or number_format(value))

    def _lines_needed(self, cell: CellSpec, size: float | None = None) -> int:
        if not cell.lines:
            return 1
        width = text_width_em(self.widths[cell.first_col - 1:cell.last_col], size or self.font_size)
        return wrapped_count(cell.lines, width)

    def _height(self, cells: list[CellSpec], size: float | None = None, minimum: float = 0.0) -> float:
        count = max((self._lines_needed(c, size) for c in cells if c.row_span == 1), default=1)
        return row_height(count, size or self.font_size, self.font_name, minimum)

    def _row(self, cells: list[CellSpec], **flags: bool) -> RowSpec:
        return RowSpec(cells, self._height(cells), **flags)

    def _label_row(self, text: str, unit_start: bool = True) -> RowSpec:
        cell = CellSpec(1, self.columns.last, "label", lines=plain_lines(text))
        return self._row([cell], unit_start=unit_start, break_ok=unit_start, header=True)

    def _body_rows(self, pieces_by_col: list[tuple[int, int, list[list[Line]]]], first_flags: dict[str, bool]) -> list[RowSpec]:
        """Rows holding long text cut into row-sized pieces, side by side when several columns."""
        count = max(len(pieces) for _, _, pieces in pieces_by_col)
        rows = []
        for index in range(count):
            cells = []
            for first, last, pieces in pieces_by_col:
                lines = pieces[index] if index < len(pieces) else []
                style = "body" if count == 1 else (
                    "body_first" if index == 0 else "body_last" if index == count - 1 else "body_mid")
                cells.append(CellSpec(first, last, style, lines=lines))
            flags = first_flags if index == 0 else {"break_ok": True}
            rows.append(self._row(cells, **flags))
        return rows

    def _pieces(self, first: int, last: int, lines: list[Line]) -> list[list[Line]]:
        width = text_width_em(self.widths[first - 1:last], self.font_size)
        return split_into_rows(lines, width, self._max_lines)

    # -- sections
    def build(self, sheet: Sheet, index: int) -> SheetPlan:
        where = f"「{labels.SHEET_PREFIX}{sheet.policy_number}」"
        place = f"sheets[{index}]"
        sections = [self._head(sheet, where, place)]
        for g, group in enumerate(sheet.indicator_groups):
            sections.append(self._group(group, where, f"{place}.indicator_groups[{g}]"))
        sections.append(self._programs(sheet, where, place))
        sections.append(self._budget(sheet, where))
        sections.append(self._results(sheet))
        sections.append(self._issues(sheet))
        return SheetPlan(sections, self.columns)

    def _head(self, sheet: Sheet, where: str, place: str) -> SectionSpec:
        last = self.columns.last
        name_last = max(2, self.columns.trailing(DEPARTMENTS_WIDTH) - 1)
        title_size = self.font_size + 4
        title = self._text(1, last, sheet.title or self.settings.title, "title", where, f"{place}.title")
        rows = [RowSpec([title], self._height([title], title_size), unit_start=True, break_ok=True)]
        rows.append(self._row([
            CellSpec(1, name_last, "label", lines=plain_lines(labels.POLICY_NAME)),
            CellSpec(name_last + 1, last, "label", lines=plain_lines(labels.DEPARTMENTS)),
        ]))
        rows.append(self._row([
            self._text(1, 1, sheet.policy_number, "text_center", where, f"{place}.policy_number"),
            self._text(2, name_last, sheet.policy_name, "text", where, f"{place}.policy_name"),
            self._text(name_last + 1, last, "、".join(sheet.departments), "text", where, f"{place}.departments"),
        ]))
        return SectionSpec("head", rows)

    def _group(self, group: IndicatorGroup, where: str, place: str) -> SectionSpec:
        cols, settings = self.columns, self.settings
        two_levels = cols.years > 0
        span = 2 if two_levels else 1
        top = [
            CellSpec(1, 1, "head", lines=plain_lines(labels.NAME), row_span=span),
            CellSpec(cols.unit, cols.unit, "head", lines=plain_lines(labels.UNIT), row_span=span),
            self._heading(cols.baseline, settings.baseline_label, where, "settings.baseline_label", span),
        ]
        if two_levels:
            top.append(CellSpec(cols.year(0), cols.year(cols.years - 1), "head", lines=plain_lines(labels.ACTUALS)))
        top.append(self._heading(cols.target, settings.effective_target_label(), where, "settings.target_label", span))
        top += [CellSpec(col, col, "head", lines=plain_lines(text), row_span=span) for col, text in (
            (cols.direction, rate_columns.DIRECTION), (cols.achievement, rate_columns.ACHIEVEMENT),
            (cols.progress, rate_columns.PROGRESS), (cols.rating, rate_columns.RATING))]
        rows = [self._label_row(labels.group_label(clean(group.name).replace("\n", " ")))]
        check_length(rows[0].cells[0].text, where, f"{place}.name")
        if two_levels:
            bottom = [self._heading(cols.year(i), year.label, where, f"settings.years[{i}]")
                      for i, year in enumerate(settings.years)]
            top_row, bottom_row = self._row(top, header=True), self._row(bottom, header=True)
            tall = max(self._lines_needed(c) for c in top if c.row_span == 2)
            need = row_height(tall, self.font_size, self.font_name)
            top_row.height = max(top_row.height, round(need - bottom_row.height + 0.49, 1))
            rows += [top_row, bottom_row]
        else:
            rows.append(self._row(top, header=True))
        data_rows: list[tuple[RowSpec, str]] = []
        for i, indicator in enumerate(group.indicators or [None]):
            here = f"{place}.indicators[{i}]"
            if indicator is None:
                cells = [CellSpec(1, 1, "text"), CellSpec(cols.unit, cols.unit, "text_center")]
                cells += [self._number(c, None) for c in range(cols.baseline, cols.target + 1)]
                cells += [CellSpec(c, c, "text_center") for c in range(cols.direction, cols.last + 1)]
            else:
                cells = [self._text(1, 1, indicator.name, "text", where, f"{here}.name"),
                         self._text(cols.unit, cols.unit, indicator.unit, "text_center", where, f"{here}.unit"),
                         self._number(cols.baseline, indicator.baseline)]
                cells += [self._number(cols.year(y), indicator.actual(year.label))
                          for y, year in enumerate(settings.years)]
                cells.append(self._number(cols.target, indicator.target))
                cells += self._rate_cells(indicator)
            rows.append(self._row(cells, break_ok=i > 0))
            if indicator is not None and indicator_series(indicator, settings).has_values():  # no empty charts
                data_rows.append((rows[-1], clean(indicator.name).replace("\n", " ").strip()))
        if group.indicators:
            legend = "\n".join(rate_columns.legend_lines(group, settings, self.review_year))
            check_length(legend, where, f"{place}.legend")
            rows.append(self._row([CellSpec(1, cols.last, "note", lines=plain_lines(legend))], break_ok=True))
        if settings.excel_charts:
            rows += self._chart_rows(data_rows)
        return SectionSpec("group", rows)

    def _rate_cells(self, indicator) -> list[CellSpec]:  # type: ignore[no-untyped-def]
        """方向, 達成率, 進捗率 and 評価 of one indicator; — where there is no rate (the legend says why)."""
        cols = self.columns
        row = rate_columns.rate_row(indicator, self.settings, self.review_year)
        cells = [CellSpec(cols.direction, cols.direction, "text_center", lines=plain_lines(row.direction))]
        for col, value in ((cols.achievement, row.achievement), (cols.progress, row.progress)):
            if value is None:
                cells.append(CellSpec(col, col, "text_center", lines=plain_lines(rate_columns.NO_RATE)))
            else:
                cells.append(CellSpec(col, col, "number", number=value, number_format=RATE_FORMAT))
        style = f"rating:{row.fill}" if row.fill else "text_center"
        cells.append(CellSpec(cols.rating, cols.rating, style, lines=plain_lines(clean(row.rating_text))))
        return cells

    def _chart_rows(self, data_rows: list[tuple[RowSpec, str]]) -> list[RowSpec]:
        """Rows of small charts under the table, CHARTS_PER_ROW side by side; no cell under them holds text."""
        widths = self.widths
        total = sum(widths)
        bounds = [0]
        for k in range(1, CHARTS_PER_ROW):  # column ranges of about equal width
            wanted = total * k / CHARTS_PER_ROW
            bounds.append(min(range(bounds[-1] + 1, len(widths)), key=lambda c: abs(sum(widths[:c]) - wanted)))
        bounds.append(len(widths))
        rows = []
        for start in range(0, len(data_rows), CHARTS_PER_ROW):
            charts = [ChartSpec(bounds[k] + 1, bounds[k + 1], data_row, title)
                      for k, (data_row, title) in enumerate(data_rows[start:start + CHARTS_PER_ROW])]
            rows.append(RowSpec([], CHART_HEIGHT, break_ok=True, charts=charts))
        return rows

    def _programs(self, sheet: Sheet, where: str, place: str) -> SectionSpec:
        lines: list[Line] = []
        for p, program in enumerate(sheet.programs):
            text = clean(program).replace("\n", " ")
            check_length(text, where, f"{place}.programs[{p}]")
            lines += plain_lines(text)
        pieces = self._pieces(1, self.columns.last, lines)
        rows = [self._label_row(labels.PROGRAMS)] + self._body_rows([(1, self.columns.last, pieces)], {})
        return SectionSpec("programs", rows)

    def _budget(self, sheet: Sheet, where: str) -> SectionSpec:
        """The years in the indicator tables' year columns; 事業費(千円) and 執行率(%) span the columns before them."""
        years, cols = self.settings.years, self.columns
        label_last = cols.year(0) - 1
        header = [CellSpec(1, label_last, "head")] + [
            self._heading(cols.year(y), year.label, where, f"settings.years[{y}]") for y, year in enumerate(years)]
        cost = [CellSpec(1, label_last, "text", lines=plain_lines(labels.COST))]
        rate = [CellSpec(1, label_last, "text", lines=plain_lines(labels.EXECUTION_RATE))]
        for y, year in enumerate(years):
            entry = sheet.budget.get(year.label)
            cost.append(self._number(cols.year(y), entry.cost_thousand_yen if entry else None))  # #,##0 when whole
            rate.append(self._number(cols.year(y), entry.execution_rate_percent if entry else None, PERCENT_FORMAT))
        rows = [self._label_row(labels.BUDGET), self._row(header), self._row(cost), self._row(rate)]
        return SectionSpec("budget", rows)

    def _results(self, sheet: Sheet) -> SectionSpec:
        last = self.columns.last
        rows = [self._label_row(labels.RESULTS)]
        for t, topic in enumerate(sheet.topics or [None]):
            lines = topic_lines(topic.heading, topic.result) if topic else []
            rows += self._body_rows([(1, last, self._pieces(1, last, lines))],
                                    {"unit_start": t > 0, "break_ok": t > 0})
        return SectionSpec("results", rows)

    def _issues(self, sheet: Sheet) -> SectionSpec:
        last, split = self.columns.last, self.columns.split()
        label = self._row([CellSpec(1, split, "label", lines=plain_lines(labels.ISSUES)),
                           CellSpec(split + 1, last, "label", lines=plain_lines(labels.POLICIES))],
                          unit_start=True, break_ok=True, header=True)
        rows = [label]
        for t, topic in enumerate(sheet.topics or [None]):
            left = topic_lines(topic.heading, topic.issue) if topic else []
            right = topic_lines(topic.heading, topic.policy) if topic else []
            rows += self._body_rows([(1, split, self._pieces(1, split, left)),
                                     (split + 1, last, self._pieces(split + 1, last, right))],
                                    {"unit_start": t > 0, "break_ok": t > 0})
        return SectionSpec("issues", rows)
