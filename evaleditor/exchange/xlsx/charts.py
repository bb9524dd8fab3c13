"""Native Excel charts under the indicator tables, when ``settings.excel_charts`` asks for them.

One small column chart per indicator: the baseline (grey), each year's actual
(blue) and the target (orange), in the order of the table's columns. The
values are the indicator's own row of the worksheet, so a chart follows any
number typed into the table; the category names come from the header row of
the 一覧 worksheet, which holds the same column labels in one row (a
chart's categories must be one range of cells, and LibreOffice ignores
literal ones). Each chart sits inside an empty row the layout reserved for it
(no cell under a chart holds text) within the print area.
"""

from __future__ import annotations

from typing import Any

from evaleditor.exchange.xlsx.heights import POINTS_PER_WIDTH_UNIT
from evaleditor.exchange.xlsx.layout import ChartSpec, Columns, SheetPlan

EMU_PER_POINT = 12700
#: Room between neighbouring charts and around them, in points.
GAP = 4.0
BASELINE_FILL, ACTUAL_FILL, TARGET_FILL = "A6A6A6", "4472C4", "ED7D31"
TITLE_SIZE, AXIS_SIZE = 8, 7  # points


def quoted(title: str) -> str:
    """A worksheet name as a formula refers to it: '施策4' (quotes doubled inside)."""
    return "'" + title.replace("'", "''") + "'"


def _characters(size: float, font_name: str, bold: bool = False) -> Any:
    from openpyxl.drawing.text import CharacterProperties, Font

    face = Font(typeface=font_name)
    return CharacterProperties(sz=int(size * 100), b=bold, latin=face, ea=face)


def _rich(size: float, font_name: str, text: str | None = None, bold: bool = False) -> Any:
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import Paragraph, ParagraphProperties, RegularTextRun

    props = _characters(size, font_name, bold)
    runs = [RegularTextRun(rPr=props, t=text)] if text is not None else []
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), r=runs, endParaRPr=props)])


def indicator_chart(ws: Any, spec: ChartSpec, row: int, columns: Columns, categories: str, font_name: str) -> Any:
    """The column chart of the indicator in worksheet row ``row``; ``categories`` is a range like '一覧'!$F$1:$K$1."""
    from openpyxl.chart import BarChart, Reference, Series
    from openpyxl.chart.data_source import AxDataSource, StrRef
    from openpyxl.chart.marker import DataPoint
    from openpyxl.chart.series import SeriesLabel
    from openpyxl.chart.text import Text
    from openpyxl.chart.title import Title
    from openpyxl.utils import get_column_letter

    chart = BarChart()
    chart.type = "col"
    values = Reference(ws, min_col=columns.baseline, max_col=columns.target, min_row=row, max_row=row)
    series = Series(values)
    series.tx = SeriesLabel(strRef=StrRef(f"{quoted(ws.title)}!${get_column_letter(1)}${row}"))
    series.cat = AxDataSource(strRef=StrRef(categories))
    series.graphicalProperties.solidFill = ACTUAL_FILL
    series.graphicalProperties.line.solidFill = ACTUAL_FILL
    for index, fill in ((0, BASELINE_FILL), (columns.target - columns.baseline, TARGET_FILL)):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = fill
        point.graphicalProperties.line.solidFill = fill
        series.dPt.append(point)
    chart.series.append(series)
    chart.gapWidth = 60
    chart.title = Title(tx=Text(rich=_rich(TITLE_SIZE, font_name, spec.title, bold=True)), overlay=False)
    chart.legend = None
    for axis in (chart.x_axis, chart.y_axis):
        axis.delete = False  # openpyxl 3.1 hides axes unless told
        axis.txPr = _rich(AXIS_SIZE, font_name)
    chart.y_axis.number_format = "#,##0"
    chart.x_axis.txPr.bodyPr.rot = 0  # horizontal labels, wrapped, rather than slanted ones
    chart.x_axis.txPr.bodyPr.vert = "horz"
    values_in_row = [ws.cell(row, col).value for col in range(columns.baseline, columns.target + 1)]
    if all(not isinstance(v, (int, float)) or v >= 0 for v in values_in_row):
        chart.y_axis.scaling.min = 0  # counts start at zero, however the viewer picks the axis
    chart.y_axis.majorGridlines.spPr = None
    return chart


def place(chart: Any, spec: ChartSpec, row: int, height: float, widths: list[float]) -> None:
    """Anchor ``chart`` to the cells of row ``row`` over columns spec.first_col…last_col, GAP inside their edges.

    A two-cell anchor, so the chart keeps to its columns whatever a viewer makes of column widths.
    """
    from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor

    gap = int(GAP * EMU_PER_POINT)
    last_width = int(widths[spec.last_col - 1] * POINTS_PER_WIDTH_UNIT * EMU_PER_POINT)
    chart.anchor = TwoCellAnchor(
        _from=AnchorMarker(col=spec.first_col - 1, colOff=gap, row=row - 1, rowOff=gap),
        to=AnchorMarker(col=spec.last_col - 1, colOff=max(0, last_width - gap), row=row - 1,
                        rowOff=int(height * EMU_PER_POINT) - gap))
    width = sum(widths[spec.first_col - 1:spec.last_col]) * POINTS_PER_WIDTH_UNIT - 2 * GAP
    chart.width, chart.height = width / 72 * 2.54, (height - 2 * GAP) / 72 * 2.54  # centimetres


def add_charts(ws: Any, plan: SheetPlan, row_numbers: dict[int, int], categories: str, font_name: str) -> None:
    """Every chart the plan reserved rows for; ``row_numbers`` maps id(RowSpec) to its worksheet row."""
    widths = plan.columns.widths()
    for row in plan.rows:
        for spec in row.charts:
            chart = indicator_chart(ws, spec, row_numbers[id(spec.data_row)], plan.columns, categories, font_name)
            place(chart, spec, row_numbers[id(row)], row.height, widths)
            ws.add_chart(chart)

