"""One indicator group's table with its row buttons, clipboard and a line for refused input."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from evaleditor.gui.cell_editing import CellDelegate
from evaleditor.gui.clipboard_table import ClipboardCells, ClipboardTable
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.header import BandedHeader
from evaleditor.gui.indicator_model import DIRECTION, NUMBER, IndicatorTableModel
from evaleditor.model import Direction, IndicatorGroup, Sheet

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


class IndicatorView(ClipboardCells, QWidget):
    def __init__(self, doc: ProjectDocument, sheet: Sheet, group: IndicatorGroup,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.model = IndicatorTableModel(doc, sheet, group, self)
        self.table = ClipboardTable(self)
        self.table.setHorizontalHeader(BandedHeader(self.table))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.delegate = CellDelegate(self._kind_of, self.show_reason, [
            (self.tr("↑ 高いほど良い"), Direction.HIGHER), (self.tr("↓ 低いほど良い"), Direction.LOWER)], self)
        self.table.setItemDelegate(self.delegate)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("行を追加"), self.add_row, buttons)
        self.insert_button = self._button(self.tr("行を挿入"), self.insert_row, buttons)
        self.delete_button = self._button(self.tr("行を削除"), self.delete_rows, buttons)
        self.up_button = self._button(self.tr("上へ"), lambda: self.move_row(-1), buttons)
        self.down_button = self._button(self.tr("下へ"), lambda: self.move_row(1), buttons)
        buttons.addStretch(1)
        chain = [self.add_button, self.insert_button, self.delete_button, self.up_button, self.down_button, self.table]
        for first, second in zip(chain, chain[1:]):  # Tab order as on screen: the row buttons above the table
            QWidget.setTabOrder(first, second)
        self._context_menu()
        self.table.setAccessibleName(self.tr("{0}の表").format(group.name))
        self.table.setAccessibleDescription(self.tr("矢印キーでセルを選び、数字を入力して Enter で確定します。"
                                                    "最後のセルで Tab を押すと表の外に移ります。"))
        self.table.setStatusTip(self.tr("Excel の範囲をコピーして、ここに貼り付けできます（Ctrl+V）"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self._fit_rows)
        self._rows_key: object = None
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(lambda *_: self._rows_timer.start(0))
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start(0))
        self._fit_columns()

    def _fit_rows(self) -> None:
        """Row heights follow the wrapped texts; numbers never wrap, so editing one changes no height.

        Fitting every row asks every cell for its size, which would make each number typed into a
        large table slow; it runs only when a text or a column width has changed.
        """
        texts = tuple((i.name, i.unit) for i in self.group.indicators)
        header = self.table.horizontalHeader()
        key = (texts, tuple(header.sectionSize(c) for c in range(header.count())))
        if key != self._rows_key:
            self._rows_key = key
            self.table.resizeRowsToContents()

    def _context_menu(self) -> None:
        """Right-click on the table: the row and clipboard commands."""
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in ((self.tr("切り取り(&T)"), self.edit_cut), (self.tr("コピー(&C)"), self.edit_copy),
                           (self.tr("貼り付け(&P)"), self.edit_paste), (None, None),
                           (self.tr("行を挿入(&I)"), self.insert_row), (self.tr("行を削除(&D)"), self.delete_rows),
                           (self.tr("行を上へ(&U)"), lambda: self.move_row(-1)),
                           (self.tr("行を下へ(&W)"), lambda: self.move_row(1))):
            action = QAction(text or "", self.table)
            if slot is None:
                action.setSeparator(True)
            else:
                action.triggered.connect(slot)
            self.table.addAction(action)

    def _button(self, text: str, slot, layout: QHBoxLayout) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _kind_of(self, index: QModelIndex) -> str:
        kind = self.model.columns[index.column()].kind
        return {NUMBER: "number", DIRECTION: "direction"}.get(kind, "text")

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000000"))
        for column in range(self.model.columnCount()):
            key = self.model.column_key(column)
            mode = QHeaderView.ResizeMode.Stretch if key == "name" else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.resizeRowsToContents()

    # -- feedback
    def show_reason(self, reason: str | None) -> None:
        self.message.setText(reason or "")
        self.message.setVisible(bool(reason))

    # -- rows
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        if not rows and self.current_row() >= 0:
            rows = {self.current_row()}
        return sorted(rows)

    def _select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def add_row(self) -> None:
        row = self.model.insert_row(self.model.rowCount())
        self._select_row(row)
        self.table.edit(self.model.index(row, 0))

    def insert_row(self) -> None:
        row = self.model.insert_row(max(self.current_row(), 0))
        self._select_row(row)

    def delete_rows(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.model.remove_rows(rows)
            self._select_row(min(rows[0], self.model.rowCount() - 1))

    def move_row(self, delta: int) -> None:
        row, column = self.current_row(), max(self.table.currentIndex().column(), 0)
        if self.model.move_row(row, delta):
            self._select_row(row + delta, column)

    # -- clipboard (copy, cut and delete from ClipboardCells)
    def paste(self, text: str) -> bool:
        cells = self.selected_cells()
        if not cells:
            top, left = self.model.rowCount(), 0
            fill = None
        else:
            top, left = min(r for r, _ in cells), min(c for _, c in cells)
            fill = (max(r for r, _ in cells) - top + 1, max(c for _, c in cells) - left + 1)
        reason = self.model.paste_text(text, top, left, fill)
        self.show_reason(reason)
        return reason is None
