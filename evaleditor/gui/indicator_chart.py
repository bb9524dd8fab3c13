"""A chart of one indicator, drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Bars for the baseline and each year's actual, an outlined bar and a dashed line for the target,
each bar labelled with its value, and the column labels of the table below the bars. The same
points are given as text (tooltip, accessible description, a tooltip per bar), so nothing is told by
colour alone. :class:`ChartPane` shows the chart of the indicator selected in the 成果指標 tab.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from evaleditor.gui.hints import make_hint
from evaleditor.gui.document import Part, ProjectDocument
from evaleditor.model import Direction
from evaleditor.model.numbers import Number, format_number
from evaleditor.model.series import IndicatorSeries, indicator_series

BASELINE_COLOR = QColor("#9e9e9e")
ACTUAL_COLOR = QColor("#1f77b4")
TARGET_COLOR = QColor("#c62828")
GRID_COLOR = QColor("#dddddd")


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) dividing ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


@dataclass(frozen=True)
class Bar:
    """One category drawn: its label, value (None for no value), kind and rectangle (for tooltips, tests)."""

    label: str
    value: Number | None
    kind: str  # "baseline", "actual" or "target"
    rect: QRectF


class IndicatorChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: IndicatorSeries | None = None
        self.bars: list[Bar] = []
        self.placeholder = self.tr("表の行を選ぶと、その指標のグラフを表示します")
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("指標のグラフ"))
        self.set_series(None)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 40, self.fontMetrics().height() * 14)

    def minimumSizeHint(self) -> QSize:
        """Small: the table above has priority; below :meth:`needed_height` the chart says why it is not drawn."""
        return QSize(self.fontMetrics().horizontalAdvance("M") * 10, 0)

    def needed_height(self) -> int:
        """The height in which the bars can be drawn at the current text size (title, plot, labels, legend)."""
        line = self.fontMetrics().height()
        margin = line // 2
        return 3 * margin + 7 * line  # title, values above the bars, a plot of 2 lines, 2 of labels, legend

    def too_small(self) -> bool:
        """True when there are bars to draw but not the height for them."""
        return self.series is not None and self.series.has_values() and self.height() < self.needed_height()

    def too_small_text(self) -> str:
        # dragging the handle may not be enough (a small window at a large text size): both ways are named
        return self.tr("高さが足りないため、グラフを隠しています（表との境目を上へドラッグするか、ウィンドウを広げると表示されます）")

    # -- data
    def set_series(self, series: IndicatorSeries | None, placeholder: str | None = None) -> None:
        """Chart ``series``; without one, show ``placeholder`` (by default: how to choose an indicator)."""
        self.placeholder = placeholder or self.tr("表の行を選ぶと、その指標のグラフを表示します")
        self.series = series
        self.bars = []
        summary = self.summary()
        self.setToolTip(summary)
        self.setAccessibleDescription(summary)
        self.update()

    def kind_name(self, kind: str) -> str:
        return {"baseline": self.tr("基準値"), "actual": self.tr("実績値"), "target": self.tr("目標値")}[kind]

    def points(self) -> list[tuple[str, Number | None, str]]:
        """(label, value, kind) of every category, in chart order."""
        if self.series is None:
            return []
        s = self.series
        return ([(s.baseline_label, s.baseline, "baseline")] + [(label, v, "actual") for label, v in s.actuals]
                + [(s.target_label, s.target, "target")])

    def value_text(self, value: Number | None) -> str:
        if value is None:
            return self.tr("なし")
        unit = self.series.unit if self.series is not None else ""
        return f"{format_number(value)}{unit}"

    def title(self) -> str:
        if self.series is None:
            return ""
        name = self.series.name or self.tr("（指標名なし）")
        arrow = self.tr("↑ 高いほど良い") if self.series.direction is Direction.HIGHER else self.tr("↓ 低いほど良い")
        unit = self.tr("（単位: {0}）").format(self.series.unit) if self.series.unit else ""
        return f"{name}{unit}　{arrow}"

    def summary(self) -> str:
        """The chart in words: the title, then each category and its value."""
        if self.series is None:
            return self.placeholder
        lines = [self.title()]
        lines += [self.tr("{0}（{1}）: {2}").format(label, self.kind_name(kind), self.value_text(value))
                  for label, value, kind in self.points()]
        return "\n".join(lines)

    # -- drawing
    def _axis(self, ticks: int = 5) -> tuple[float, float, float]:
        """Bottom, top and step of the value axis (including 0), with about ``ticks`` steps."""
        values = [float(v) for _, v, _ in self.points() if v is not None]
        low, high = min(values + [0.0]), max(values + [0.0])
        if high == low:
            high = low + 1
        step = nice_step(high - low, ticks)
        return math.floor(low / step) * step, math.ceil(high / step) * step, step

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.too_small():  # nothing drawn, not even an empty white box: the caption below says why
            self.bars = []
            return
        painter.fillRect(self.rect(), self.palette().base())
        text_color = self.palette().text().color()
        painter.setPen(text_color)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        if self.series is None or not self.series.has_values():
            message = self.placeholder if self.series is None else self.tr("「{0}」には値がありません").format(
                self.series.name)
            painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             message)
            self.bars = []
            return
        margin = line // 2
        if self.too_small():  # nothing cut in half: the caption below says why (ChartPane)
            self.bars = []
            return
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(margin, margin, self.width() - 2 * margin, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(title_font).elidedText(self.title(), Qt.TextElideMode.ElideRight,
                                                             self.width() - 2 * margin))
        painter.setFont(self.font())
        legend_height = line + margin
        top = margin + line * 2
        height = self.height() - margin * 2 - line * 2 - 2 * line - legend_height
        low, high, step = self._axis(max(1, min(5, int(height // (line * 1.6)))))
        ticks = [low + n * step for n in range(int(round((high - low) / step)) + 1)]
        axis_width = max(metrics.horizontalAdvance(format_number(_round(t))) for t in ticks) + margin
        plot = QRectF(margin + axis_width, top, self.width() - 2 * margin - axis_width, height)
        if plot.height() < line or plot.width() < line:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        for tick in ticks:  # grid and value axis
            y = y_of(tick)
            painter.setPen(QPen(GRID_COLOR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            painter.drawText(QRectF(margin, y - line / 2, axis_width - margin / 2, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), format_number(_round(tick)))
        target = self.series.target
        if target is not None:  # the target line across the plot, under the bars and their labels
            y = y_of(float(target))
            painter.setPen(QPen(TARGET_COLOR, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        points = self.points()
        slot = plot.width() / len(points)
        zero = y_of(max(low, min(0.0, high)))
        self.bars = []
        for n, (label, value, kind) in enumerate(points):
            left = plot.left() + n * slot
            width = min(slot * 0.6, line * 4)
            x = left + (slot - width) / 2
            if value is None:
                rect = QRectF(x, zero, width, 0)
                painter.setPen(QColor("#9e9e9e"))
                painter.drawText(QRectF(left, zero - line - 2, slot, line), int(Qt.AlignmentFlag.AlignCenter), "—")
            else:
                top = y_of(float(value))
                rect = QRectF(x, min(top, zero), width, abs(zero - top))
                if kind == "target":
                    painter.setPen(QPen(TARGET_COLOR, 2, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    color = BASELINE_COLOR if kind == "baseline" else ACTUAL_COLOR
                    painter.setPen(QPen(color.darker(130), 1))
                    painter.setBrush(QBrush(color))
                painter.drawRect(rect)
                painter.setPen(text_color)
                above = QRectF(left, (rect.top() - line - 2) if value >= 0 else rect.bottom() + 2, slot, line)
                label_width = metrics.horizontalAdvance(format_number(value)) + 4
                painter.fillRect(QRectF(above.center().x() - label_width / 2, above.top(), label_width, line),
                                 self.palette().base())
                painter.drawText(above, int(Qt.AlignmentFlag.AlignCenter), format_number(value))
            self.bars.append(Bar(label, value, kind, rect))
            painter.setPen(text_color)
            painter.drawText(QRectF(left, plot.bottom() + 4, slot, line * 2),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             fit_label(metrics, label, int(slot) - 2))
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        self._legend(painter, QRectF(plot.left(), self.height() - margin - line, plot.width(), line))

    def _legend(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetrics(self.font())
        x = area.left()
        for kind, color in (("baseline", BASELINE_COLOR), ("actual", ACTUAL_COLOR), ("target", TARGET_COLOR)):
            box = QRectF(x, area.top() + area.height() * 0.2, area.height() * 0.9, area.height() * 0.6)
            if kind == "target":
                painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
            else:
                painter.setPen(QPen(color.darker(130), 1))
                painter.setBrush(QBrush(color))
                painter.drawRect(box)
            painter.setPen(self.palette().text().color())
            text = self.kind_name(kind)
            painter.drawText(QRectF(box.right() + 4, area.top(), metrics.horizontalAdvance(text) + 2, area.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            x = box.right() + 4 + metrics.horizontalAdvance(text) + metrics.horizontalAdvance("MM")

    def bar_at(self, x: float) -> Bar | None:
        """The category under the horizontal position ``x`` (a bar's column, not only the bar)."""
        if not self.bars:
            return None
        slot = (self.bars[-1].rect.center().x() - self.bars[0].rect.center().x()) / max(len(self.bars) - 1, 1)
        for bar in self.bars:
            if abs(bar.rect.center().x() - x) <= slot / 2:
                return bar
        return None

    def bar_tooltip(self, bar: Bar) -> str:
        return self.tr("{0}（{1}）: {2}").format(bar.label, self.kind_name(bar.kind), self.value_text(bar.value))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos().x())
            QToolTip.showText(event.globalPos(), self.bar_tooltip(bar) if bar else self.toolTip(), self)
            return True
        return super().event(event)


class ChartPane(QWidget):
    """The chart of the indicator whose row is current in the 成果指標 tab (the first row when none is)."""

    def __init__(self, doc: ProjectDocument, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.panel = doc, panel
        self.chart = IndicatorChart(self)
        self.caption = QLabel(self)
        make_hint(self.caption)  # grey, yet readable (not disabled)
        self.caption.setWordWrap(True)  # a long group name or a large text size never widens the window
        self.chart.installEventFilter(self)
        self._caption = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.caption)
        self._followed: set[int] = set()
        panel.tabs.currentChanged.connect(lambda _: self.update_chart())  # type: ignore[attr-defined]
        doc.changed.connect(self._changed)
        self.update_chart()

    def _changed(self, scope: object, part: str) -> None:
        if part != Part.TEXT and part != Part.HEADING:
            self.update_chart()

    def update_chart(self) -> None:
        view = self.panel.current_view()  # type: ignore[attr-defined]
        if view is None:
            self.chart.set_series(None)
            self._set_caption("")
            return
        if id(view) not in self._followed:
            self._followed.add(id(view))
            view.table.selectionModel().currentChanged.connect(lambda *_: self.update_chart())
            view.destroyed.connect(lambda *_, key=id(view): self._followed.discard(key))
        indicators = view.group.indicators
        current = view.table.currentIndex()
        row = current.row() if current.isValid() and current.row() < len(indicators) else 0
        if not indicators:
            self.chart.set_series(None, self.tr("「{0}」には指標がありません。「行を追加」で追加できます").format(view.group.name))
            self._set_caption("")
            return
        self.chart.set_series(indicator_series(indicators[row], self.doc.project.settings))
        self._set_caption(self.tr("{0} {1} 行目のグラフ（表の行を選ぶと切り替わります）").format(view.group.name, row + 1))

    def least_height(self) -> int:
        """The height of the pane without the chart: its caption saying why, wrapped to the pane's width."""
        margins = self.layout().contentsMargins()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        width = max(self.width() - margins.left() - margins.right(), 1)
        text = self.caption.fontMetrics().boundingRect(0, 0, width, 100000, flags, self.chart.too_small_text())
        return margins.top() + margins.bottom() + self.layout().spacing() + text.height() + 2

    def _set_caption(self, text: str) -> None:
        """The caption under the chart; when the chart has no room for its bars, it says so instead."""
        self._caption = text
        self.caption.setText(self.chart.too_small_text() if self.chart.too_small() else text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chart and event.type() == QEvent.Type.Resize:
            self._set_caption(self._caption)
        return super().eventFilter(watched, event)

    def detach(self) -> None:
        self.doc.changed.disconnect(self._changed)


def fit_label(metrics: QFontMetrics, label: str, width: int) -> str:
    """``label`` as at most two lines of ``width``: wrapped at a space when it has one, else elided (…)."""
    box = QRectF(0, 0, width, 10000)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
    if metrics.boundingRect(box.toRect(), flags, label).height() <= 2 * metrics.height():
        return label
    head, _, tail = label.partition(" ")
    parts = [head, tail] if tail else [label]
    return "\n".join(metrics.elidedText(part, Qt.TextElideMode.ElideRight, width) for part in parts)


def _round(value: float) -> Number:
    """Tick values without float noise: 0.30000000000000004 → 0.3, 20.0 → 20."""
    rounded = round(float(value), 10)
    return int(rounded) if rounded.is_integer() else rounded
