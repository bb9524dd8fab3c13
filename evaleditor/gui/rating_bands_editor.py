"""Editing the rating bands of the project settings: a label and the lowest 達成率 (%) per band.

Rules checked as the user types (the settings dialog's OK stays off until they hold): every band has a
label, labels differ, minimums are numbers and descend from the first row down, and at most one band
has no minimum — the last, which takes every lower rate.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from evaleditor.gui.hints import make_hint
from evaleditor.model.numbers import NumberFormatError, format_number, parse_number
from evaleditor.model.rating import RatingBand


class RatingBandsEditor(QGroupBox):
    edited = Signal()

    def __init__(self, bands: list[RatingBand], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("評価の区分（達成率）"), parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("評価"), self.tr("達成率の下限（%）")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeaderItem(1).setToolTip(self.tr("空欄は下限なし（ほかの区分に当てはまらない達成率）"))
        for band in bands:
            self._append(band.label, band.minimum_percent)
        self.table.itemChanged.connect(lambda _: self.edited.emit())
        self.add_button = QPushButton(self.tr("区分を追加(&A)"), self)
        self.remove_button = QPushButton(self.tr("区分を削除(&X)"), self)
        self.add_button.clicked.connect(self.add_band)
        self.remove_button.clicked.connect(self.remove_band)
        hint = QLabel(self.tr("上の行ほど良い評価です。下限が空欄の区分（最後の行）は、ほかに当てはまらない達成率を受けます。"), self)
        hint.setWordWrap(True)
        make_hint(hint)  # grey, yet readable (not disabled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        row_height = self.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows = max(self.table.rowCount(), 4)  # room for the usual four bands without scrolling
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + rows * row_height
                                    + 2 * self.table.frameWidth() + row_height // 2)

    def _append(self, label: str, minimum: float | int | None, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.blockSignals(True)
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        self.table.setItem(row, 1, QTableWidgetItem(format_number(minimum, grouping=False)))
        self.table.blockSignals(False)

    def add_band(self) -> None:
        """A new band below the current row (above the open band when that is current or last)."""
        row = self.table.currentRow()
        row = self.table.rowCount() if row < 0 else row + 1
        if row == self.table.rowCount() and row and not self._text(row - 1, 1):
            row -= 1  # keep the band without a minimum last
        self._append("", None, row)
        self.table.setCurrentCell(row, 0)
        self.edited.emit()

    def remove_band(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self.edited.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def problem(self) -> str | None:
        """Why the bands cannot be used as they are, or None."""
        labels: list[str] = []
        previous: float | None = None
        for row in range(self.table.rowCount()):
            label, text = self._text(row, 0), self._text(row, 1)
            if not label:
                return self.tr("評価の区分 {0} 行目の評価が空です").format(row + 1)
            if label in labels:
                return self.tr("評価「{0}」が重複しています").format(label)
            labels.append(label)
            try:
                minimum = parse_number(text) if text else None
            except NumberFormatError as error:
                return self.tr("評価「{0}」の下限: {1}").format(label, error)
            if minimum is None:  # empty or －: no minimum
                if row != self.table.rowCount() - 1:
                    return self.tr("下限のない評価の区分は最後の 1 行だけにしてください（「{0}」）").format(label)
                continue
            if previous is not None and minimum >= previous:
                return self.tr("評価「{0}」の下限（{1}%）は上の行より小さくしてください").format(
                    label, format_number(minimum))
            previous = minimum
        return None

    def bands(self) -> list[RatingBand]:
        """The bands as entered (call when :meth:`problem` is None)."""
        result = []
        for row in range(self.table.rowCount()):
            text = self._text(row, 1)
            result.append(RatingBand(self._text(row, 0), parse_number(text) if text else None))  # － is None too
        return result
