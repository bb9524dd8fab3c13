"""One sheet as sections of rows, in the published layout of the Excel sheet.

Title; 施策名 and 関係部; a table per indicator group with 実績値 over the year
columns; 関連事業; 決算額 per year; 成果 per topic; 課題 and 取組方針 side by side,
one row per topic. Column widths follow the content and the number of years.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice

from evaleditor.gui.pdf.fonts import SheetFonts
from evaleditor.gui.pdf.rows import Cell, Level, Row, Section
from evaleditor.gui.pdf.textbox import Paragraph, TextBox, plain, rich
from evaleditor.exchange import rate_columns
from evaleditor.exchange.rate_columns import RateRow
from evaleditor.model import IndicatorGroup, ProjectSettings, Sheet
from evaleditor.model.numbers import format_number

HEADER_FILL = QColor("#e6e6e6")
#: The smallest font size (points) the indicator and budget tables shrink to for many year columns.
MIN_GRID_POINTS = 6.0
#: The share of the width 指標名 keeps however many columns the tables have.
NAME_SHARE = 0.22
LEFT, RIGHT, CENTER = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter

#: Labels printed on every sheet (as in the published layout).
POLICY_NAME, DEPARTMENTS = "施策名", "関係部"
INDICATOR_NAME, UNIT, ACTUALS = "指標名", "単位", "実績値"
PROGRAMS, BUDGET = "関連事業", "決算額"
COST, RATE = "事業費(千円)", "執行率(%)"
RESULTS = "施策の推進に向けた主な取組の「成果」"
ISSUES, POLICIES = "施策を推進する上での「課題」", "課題解決を図るための「取組方針」"


def group_heading(group_name: str) -> str:
    return f"所管事業に関連する{group_name}"


def _header(text: str) -> str:
    """A computed column's heading as printed: 達成率 (%) breaks before its unit in a narrow column."""
    return text.replace("(", " (")


def topic_heading(heading: str) -> str:
    return f"「{heading}」"


@dataclass
class _Columns:
    """x positions of the indicator table's columns; the budget table reuses the year columns."""

    name: tuple[float, float]
    unit: tuple[float, float]
    baseline: tuple[float, float]
    years: list[tuple[float, float]]
    target: tuple[float, float]
    #: The computed columns after the target: 方向, 達成率, 進捗率, 評価.
    direction: tuple[float, float]
    achievement: tuple[float, float]
    progress: tuple[float, float]
    rating: tuple[float, float]


class SheetLayout:
    """Builds the sections of one sheet for a paint device and a content width."""

    def __init__(self, settings: ProjectSettings, fonts: SheetFonts, device: QPaintDevice, width: float,
                 review_year: str | None = None) -> None:
        """``review_year``: the project's year under review (``Project.review_year()``), which the rates use."""
        self.settings = settings
        self.review_year = review_year
        self.fonts = fonts
        self.device = device
        self.width = width
        self.pt = device.logicalDpiY() / 72.0  # device units per point
        self.pad_x, self.pad_y = 3 * self.pt, 2 * self.pt
        self._table_font = fonts.table
        self._table_header = fonts.table_header
        # the indicator and budget tables: smaller when many year columns would wrap the numbers
        self._grid_font = fonts.table
        self._grid_header = fonts.table_header
        self._body = fonts.body
        self._heading = fonts.heading

    # -- building blocks
    def _box(self, paragraphs: list[Paragraph], width: float, align=LEFT) -> TextBox:
        return TextBox(paragraphs, max(1.0, width - 2 * self.pad_x), self.device, align)

    def _cell(self, text: str, x: float, width: float, font: QFont, align=LEFT, fill=None,
              center=True, level=Level.FULL, border=True) -> Cell:
        if not text:
            return Cell(x, width, None, fill, border, center, level)
        if fill is not None and self._text_width(text, font) > width - 2 * self.pad_x:
            text = "\n".join(text.split())  # a header label breaks at its spaces first: 5年度 / 目標値
        return Cell(x, width, self._box(plain(text, font), width, align), fill, border, center, level)

    def _row(self, cells: list[Cell], splittable: bool = False) -> Row:
        return Row(cells, self.pad_x, self.pad_y, splittable)

    def _heading_row(self, text: str) -> Row:
        """A bold line above a table, flush with the table's left edge."""
        return Row([self._cell(text, -self.pad_x, self.width, self._heading, border=False, center=False)],
                   self.pad_x, self.pad_y)

    def _text_width(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text)

    # -- the sheet
    def sections(self, sheet: Sheet) -> list[Section]:
        space = self.fonts.size * 0.8 * self.pt
        columns = self._fit_columns(sheet)
        result = [self._title(sheet), self._policy(sheet)]
        result[1].space_before = space / 2
        for group in sheet.indicator_groups:
            result.append(self._indicators(group, columns))
        result.append(self._programs(sheet))
        result.append(self._budget(sheet, columns))
        result.append(self._results(sheet))
        result.append(self._issues_and_policies(sheet))
        for section in result[2:]:
            section.space_before = space
        return result

    def _title(self, sheet: Sheet) -> Section:
        title = sheet.title or self.settings.title
        cell = self._cell(title, -self.pad_x, self.width, self.fonts.title, border=False, center=False)
        return Section(heading=[Row([cell], self.pad_x, self.pad_y)])

    def _policy(self, sheet: Sheet) -> Section:
        font, bold = self._table_font, self._table_header
        dept_w = self.width * 0.28
        number_w = max(self._text_width(sheet.policy_number or "0", font) + 2 * self.pad_x,
                       3 * font.pointSizeF() * self.pt)
        name_w = self.width - dept_w - number_w
        header = self._row([
            self._cell(POLICY_NAME, 0, number_w + name_w, bold, fill=HEADER_FILL),
            self._cell(DEPARTMENTS, number_w + name_w, dept_w, bold, fill=HEADER_FILL),
        ])
        values = self._row([
            self._cell(sheet.policy_number, 0, number_w, font, CENTER),
            self._cell(sheet.policy_name, number_w, name_w, font),
            self._cell("、".join(sheet.departments), number_w + name_w, dept_w, font),
        ])
        return Section(heading=[header, values])

    def _fit_columns(self, sheet: Sheet) -> _Columns:
        """Columns for the sheet's tables, in a font small enough (down to MIN_GRID_POINTS) that numbers fit."""
        self._grid_font, self._grid_header = self._table_font, self._table_header
        columns, scale = self._columns(sheet)
        size = self._table_font.pointSizeF()
        for _ in range(4):  # padding does not shrink with the font: a few rounds settle it
            if scale >= 1 or size <= MIN_GRID_POINTS:
                break
            size = max(MIN_GRID_POINTS, size * scale * 0.99)
            self._grid_font, self._grid_header = QFont(self._table_font), QFont(self._table_header)
            self._grid_font.setPointSizeF(size)
            self._grid_header.setPointSizeF(size)
            columns, scale = self._columns(sheet)
        return columns

    def _columns(self, sheet: Sheet) -> tuple[_Columns, float]:
        """Column spans, and the share of the needed width the number columns got (1 when they fit)."""
        font = self._grid_font
        em = font.pointSizeF() * self.pt
        pad = 2 * self.pad_x
        numbers = [format_number(v) for _, ind in sheet.all_indicators()
                   for v in (ind.baseline, ind.target, *ind.actuals.values())]
        numbers += [format_number(v) for e in sheet.budget.values()
                    for v in (e.cost_thousand_yen, e.execution_rate_percent)]
        widest_number = max([0.0, *(self._text_width(n, font) for n in numbers if n)])
        bold = self._grid_header

        def widest_word(*labels: str) -> float:  # header labels break at their spaces
            return max([0.0, *(self._text_width(w, bold) for label in labels for w in label.split())])

        year_w = max(widest_number, widest_word(*self.settings.year_labels), 3.5 * em) + pad
        end_w = max(widest_number, widest_word(self.settings.baseline_label,
                                               self.settings.effective_target_label()), 4 * em) + pad
        units = [ind.unit for _, ind in sheet.all_indicators()]
        unit_w = max([self._text_width(UNIT, bold), *(self._text_width(u, font) for u in units)])
        unit_w += pad + em * 0.2
        rows = [rate_columns.rate_row(ind, self.settings, self.review_year) for _, ind in sheet.all_indicators()]
        rates = [RateRow.rate_text(v) for r in rows for v in (r.achievement, r.progress)]
        rate_w = max([self._text_width(t, font) for t in rates] + [widest_word(_header(rate_columns.ACHIEVEMENT),
                                                                               _header(rate_columns.PROGRESS))]) + pad
        mark_w = max(self._text_width(rate_columns.DIRECTION, bold), self._text_width("↑", font)) + pad
        bands = [b.label for b in self.settings.rating_bands]
        rating_w = max([self._text_width(rate_columns.RATING, bold), *(self._text_width(b, bold) for b in bands)])
        rating_w = min(rating_w, 5 * em) + pad
        count = len(self.settings.years)
        narrow = unit_w + count * year_w + 2 * end_w + mark_w + 2 * rate_w + rating_w
        name_w = self.width - narrow
        scale = 1.0
        if name_w < self.width * NAME_SHARE:  # many years: narrow the number columns, never the names below
            # the unit and the computed columns keep their width (each holds one short word or value, which
            # must not break: 「千人」 over two lines); the number columns narrow
            extras = unit_w + mark_w + 2 * rate_w + rating_w
            scale = max(0.1, (self.width * (1 - NAME_SHARE) - extras) / (narrow - extras))
            year_w, end_w = year_w * scale, end_w * scale
            name_w = self.width * NAME_SHARE
        x = 0.0
        spans = []
        for w in (name_w, unit_w, end_w, *([year_w] * count), end_w, mark_w, rate_w, rate_w, rating_w):
            spans.append((x, w))
            x += w
        return _Columns(spans[0], spans[1], spans[2], spans[3:3 + count], spans[3 + count],
                        *spans[4 + count:]), scale

    def _indicators(self, group: IndicatorGroup, cols: _Columns) -> Section:
        font, bold = self._grid_font, self._grid_header
        name, indicators = group.name, group.indicators
        labels = self.settings.year_labels
        head = [
            self._cell(INDICATOR_NAME, *cols.name, bold, CENTER, HEADER_FILL),
            self._cell(UNIT, *cols.unit, bold, CENTER, HEADER_FILL),
            self._cell(self.settings.baseline_label, *cols.baseline, bold, CENTER, HEADER_FILL),
            self._cell(self.settings.effective_target_label(), *cols.target, bold, CENTER, HEADER_FILL),
        ]
        if cols.years:
            years_x = cols.years[0][0]
            years_w = cols.years[-1][0] + cols.years[-1][1] - years_x
            head.append(self._cell(ACTUALS, years_x, years_w, bold, CENTER, HEADER_FILL, level=Level.UPPER))
            head += [self._cell(label, *span, bold, CENTER, HEADER_FILL, level=Level.LOWER)
                     for label, span in zip(labels, cols.years)]
        head += [self._cell(_header(text), *span, bold, CENTER, HEADER_FILL) for text, span in (
            (rate_columns.DIRECTION, cols.direction), (rate_columns.ACHIEVEMENT, cols.achievement),
            (rate_columns.PROGRESS, cols.progress), (rate_columns.RATING, cols.rating))]
        body = []
        for ind in indicators:
            cells = [self._cell(ind.name, *cols.name, font),
                     self._cell(ind.unit, *cols.unit, font, CENTER),
                     self._cell(format_number(ind.baseline), *cols.baseline, font, RIGHT)]
            cells += [self._cell(format_number(ind.actual(label)), *span, font, RIGHT)
                      for label, span in zip(labels, cols.years)]
            cells.append(self._cell(format_number(ind.target), *cols.target, font, RIGHT))
            rates = rate_columns.rate_row(ind, self.settings, self.review_year)
            cells.append(self._cell(rates.direction, *cols.direction, font, CENTER))
            for value, span in ((rates.achievement, cols.achievement), (rates.progress, cols.progress)):
                cells.append(self._cell(RateRow.rate_text(value), *span, font, RIGHT if value is not None else CENTER))
            fill = QColor(f"#{rates.fill}") if rates.fill else None
            cells.append(self._cell(rates.rating_text, *cols.rating, bold if rates.rating else font, CENTER, fill))
            body.append(self._row(cells))
        if indicators:
            legend = rate_columns.legend_lines(group, self.settings, self.review_year)
            box = self._box([Paragraph(line, font) for line in legend], self.width)
            body.append(Row([Cell(-self.pad_x, self.width, box, border=False)], self.pad_x, self.pad_y))
        return Section(heading=[self._heading_row(group_heading(name))], header=[self._row(head)], body=body)

    def _programs(self, sheet: Sheet) -> Section:
        """Program names flow in lines; a name breaks only when it is wider than the whole line."""
        font = self._table_font
        inner = self.width - 2 * self.pad_x
        gap = "\u3000"
        lines: list[str] = []
        for program in sheet.programs:
            candidate = f"{lines[-1]}{gap}{program}" if lines else program
            if lines and self._text_width(candidate, font) <= inner:
                lines[-1] = candidate
            else:
                lines.append(program)
        box = self._box([Paragraph(line, font) for line in lines], self.width) if lines else None
        row = Row([Cell(0, self.width, box)], self.pad_x, self.pad_y, splittable=True,
                  min_height=font.pointSizeF() * self.pt * 1.3 + 2 * self.pad_y)
        return Section(heading=[self._heading_row(PROGRAMS)], body=[row])

    def _budget(self, sheet: Sheet, cols: _Columns) -> Section:
        font, bold = self._grid_font, self._grid_header
        label_w = cols.baseline[0] + cols.baseline[1]
        labels = self.settings.year_labels
        spans = self._budget_years(sheet, cols, label_w)
        header = self._row([self._cell("", 0, label_w, bold, fill=HEADER_FILL)] + [
            self._cell(label, *span, bold, CENTER, HEADER_FILL) for label, span in zip(labels, spans)])
        rows = []
        for title, attr in ((COST, "cost_thousand_yen"), (RATE, "execution_rate_percent")):
            cells = [self._cell(title, 0, label_w, font)]
            for label, span in zip(labels, spans):
                entry = sheet.budget.get(label)
                cells.append(self._cell(format_number(getattr(entry, attr) if entry else None), *span, font, RIGHT))
            rows.append(self._row(cells))
        return Section(heading=[self._heading_row(BUDGET)], header=[header], body=rows)

    def _budget_years(self, sheet: Sheet, cols: _Columns, label_w: float) -> list[tuple[float, float]]:
        """The budget's year columns: under the indicators' year columns, unless many years narrowed those
        below an amount's width; then wider, into the room the budget table has on the right (an amount
        such as 123,456 must not break over two lines)."""
        if not cols.years:
            return []
        amounts = [format_number(v) for e in sheet.budget.values() for v in (e.cost_thousand_yen, e.execution_rate_percent)]
        needed = max([0.0, *(self._text_width(a, self._grid_font) for a in amounts if a)]) + 2 * self.pad_x + self.pt
        width = max(cols.years[0][1], min(needed, (self.width - label_w) / len(cols.years)))
        if width == cols.years[0][1]:
            return list(cols.years)
        return [(label_w + n * width, width) for n in range(len(cols.years))]

    def _topic_box(self, heading: str, html: str, width: float) -> TextBox:
        paragraphs = [Paragraph(topic_heading(heading), self._heading)] if heading else []
        return self._box(paragraphs + rich(html, self._body), width)

    def _results(self, sheet: Sheet) -> Section:
        body = [Row([Cell(0, self.width, self._topic_box(t.heading, t.result, self.width))],
                    self.pad_x, self.pad_y * 2, splittable=True) for t in sheet.topics]
        header = self._row([self._cell(RESULTS, 0, self.width, self._heading, fill=HEADER_FILL)])
        return Section(header=[header], body=body)

    def _issues_and_policies(self, sheet: Sheet) -> Section:
        half = self.width / 2
        header = self._row([self._cell(ISSUES, 0, half, self._heading, fill=HEADER_FILL),
                            self._cell(POLICIES, half, half, self._heading, fill=HEADER_FILL)])
        body = [Row([Cell(0, half, self._topic_box(t.heading, t.issue, half)),
                     Cell(half, half, self._topic_box(t.heading, t.policy, half))],
                    self.pad_x, self.pad_y * 2, splittable=True) for t in sheet.topics]
        return Section(header=[header], body=body)
