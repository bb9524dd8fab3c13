"""One indicator group's table with its row buttons, clipboard and a line for refused input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QToolTip, QVBoxLayout, QWidget,
)

from evaleditor.gui.cell_editing import CellDelegate
from evaleditor.gui.clipboard_table import ClipboardCells, ClipboardTable
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.header import BandedHeader
from evaleditor.gui.indicator_model import DIRECTION, NUMBER, TEXT, IndicatorTableModel
from evaleditor.model import Direction, IndicatorGroup, Sheet

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
NAME_MINIMUM_CHARACTERS = 12


class _Delegate(CellDelegate):
    """Cells that do not wrap are elided on one line; an elided text without a tooltip of its own gets one."""

    def __init__(self, wraps: Callable[[QModelIndex], bool], *args: Any) -> None:
        super().__init__(*args)
        self.wraps = wraps

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if not self.wraps(index):
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if self.wraps(index):
            return super().sizeHint(option, index)
        return QStyledItemDelegate.sizeHint(self, option, index)

    def elided_tooltip(self, option: QStyleOptionViewItem, index: QModelIndex) -> str | None:
        """The cell's whole text when it is elided in ``option.rect`` and the cell has no tooltip of its own."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if (isinstance(text, str) and text and not self.wraps(index) and not index.data(Qt.ItemDataRole.ToolTipRole)
                and self.sizeHint(option, index).width() > option.rect.width()):
            return text
        return None

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex) -> bool:
        text = self.elided_tooltip(option, index) if event.type() == QEvent.Type.ToolTip else None
        if text:
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


class IndicatorView(ClipboardCells, QWidget):
    # The row heights changed (texts, column widths or the text size): the panel may share its height anew.
    rowsFitted = Signal()

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
        self.delegate = _Delegate(self._wraps, self._kind_of, self.show_reason, [
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
        self._plain: dict[int, int] = {}  # column → width for its header and cells as they are
        self._full: dict[int, int] = {}  # column → width also for the texts they may come to show
        self._with_samples: bool | None = None
        self._columns_timer = QTimer(self)  # a new text size: fit the columns once it has reached the table
        self._columns_timer.setSingleShot(True)
        self._columns_timer.timeout.connect(self._fit_columns)
        self.model.modelReset.connect(self._fit_columns)
        self.model.dataChanged.connect(self._data_changed)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start(0))
        self.table.viewport().installEventFilter(self)
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
            self.rowsFitted.emit()

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

    def _wraps(self, index: QModelIndex) -> bool:
        """Names and units wrap (rows grow for them); numbers, arrows and rates stay on one line, elided."""
        return self.model.columns[index.column()].kind == TEXT

    def _kind_of(self, index: QModelIndex) -> str:
        kind = self.model.columns[index.column()].kind
        return {NUMBER: "number", DIRECTION: "direction"}.get(kind, "text")

    # -- column widths
    def name_minimum_width(self) -> int:
        """The 指標名 column never gets narrower than this: about 12 full-width characters of the current font."""
        return self.table.fontMetrics().horizontalAdvance("指" * NAME_MINIMUM_CHARACTERS) + 8

    def _fit_columns(self) -> None:
        """Fit every column once: to its header, its cells and the texts its cells may come to show.

        Called when the table is built, when its columns change (model reset: years, labels) and when the
        text size changes; not on every edit, so widths stay put while the user types (see
        :meth:`_data_changed`). A column that may come to show a longer text without an edit of its row
        (a rate with an earlier year's suffix when the year under review moves) is made wide enough for it
        from the start when the table has the room; else the longer text is elided and its tooltip tells it.
        The 指標名 column takes the width left over, but never less than :meth:`name_minimum_width`: the
        table scrolls sideways instead.
        """
        self._columns_timer.stop()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.table.fontMetrics().horizontalAdvance("0000000"))
        self._plain, self._full = {}, {}
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if self.model.column_key(column) != "name":
                self._plain[column], self._full[column] = self._column_widths(column)
        self._with_samples = None
        self._apply_widths()
        self._rows_key = None
        self._fit_rows()

    def _column_widths(self, column: int, rows: range | None = None) -> tuple[int, int]:
        """The width for the header and the cells' texts (without the part that may be elided), and that
        for all the texts they may come to show; of ``rows`` only when given (without the header)."""
        spec = self.model.columns[column]
        plain = self.table.horizontalHeader().sectionSizeHint(column) if rows is None else 0
        rows = range(self.model.rowCount()) if rows is None else rows
        cells = max((self._cell_width(row, column) for row in rows), default=0)
        if spec.samples is None and spec.short is None:
            plain = max(plain, cells)
            return plain, plain
        texts: list[str] = []
        for row in rows:
            indicator = self.group.indicators[row]
            texts += spec.samples(self.model.sheet, indicator) if spec.samples else []
        shorts = [spec.short(self.model.sheet, self.group.indicators[row]) for row in rows] if spec.short else []
        # room for the ellipsis too, so that an elided cell still shows all of its own number: 816.3%…
        plain = max([plain] + [self._text_width(t + "…") for t in shorts] + ([] if spec.short else [cells]))
        return plain, max([plain, cells] + [self._text_width(t) for t in texts])

    def _text_width(self, text: str) -> int:
        """The width of a cell showing ``text`` (in bold, the wider, as a rating shows)."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        advance = max(self.table.fontMetrics().horizontalAdvance(text), QFontMetrics(bold).horizontalAdvance(text))
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1
        return advance + 2 * margin + 3

    def _cell_width(self, row: int, column: int) -> int:
        return self.table.sizeHintForIndex(self.model.index(row, column)).width() + (1 if self.table.showGrid() else 0)

    def _apply_widths(self) -> None:
        """Widths for the texts the cells may come to show when they leave the 指標名 column its minimum."""
        header = self.table.horizontalHeader()
        with_samples = sum(self._full.values()) + self.name_minimum_width() <= self.table.viewport().width()
        if with_samples != self._with_samples:  # only when the choice changes: a column the user widened stays
            self._with_samples = with_samples
            for column, width in (self._full if with_samples else self._plain).items():
                if column < header.count():
                    header.resizeSection(column, width)
        self._fill_name()

    def _fill_name(self) -> None:
        """The 指標名 column takes the width the others leave, down to its minimum (then the table scrolls)."""
        keys = [c.key for c in self.model.columns]
        if "name" not in keys:
            return
        name = keys.index("name")
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != name)
        width = max(self.name_minimum_width(), self.table.viewport().width() - others)
        if header.sectionSize(name) != width:
            header.resizeSection(name, width)

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object = None) -> None:
        """Widths stay as they are while the user edits; a column only widens when a new text would not fit."""
        header = self.table.horizontalHeader()
        grown = False
        rows = range(max(top_left.row(), 0), min(bottom_right.row() + 1, self.model.rowCount()))
        for column in range(top_left.column(), bottom_right.column() + 1):
            if column not in self._plain or not rows:
                continue
            plain, full = self._column_widths(column, rows)
            self._plain[column] = max(self._plain[column], plain)
            self._full[column] = max(self._full[column], full)
            needed = self._full[column] if self._with_samples else self._plain[column]
            if needed > header.sectionSize(column):
                header.resizeSection(column, needed)
                grown = True
        if grown:
            self._fill_name()
        self._rows_timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._apply_widths()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # 表示 → 画面の文字の大きさ
            self._columns_timer.start(0)
        super().changeEvent(event)

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
