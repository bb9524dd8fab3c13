"""関連事業・決算額: the related programs and, per year column, 事業費（千円） and 執行率（%）."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from evaleditor.gui import field_help
from evaleditor.gui.cell_editing import CellDelegate
from evaleditor.gui.clipboard_table import ClipboardCells, ClipboardTable
from evaleditor.gui.commands import SetValueCommand
from evaleditor.gui.document import Part, Place, ProjectDocument, Tab
from evaleditor.gui.indicator_view import ERROR_STYLE
from evaleditor.gui.tsv import parse_tsv
from evaleditor.gui.widgets import StringListEditor
from evaleditor.model import BudgetEntry, Sheet
from evaleditor.model.numbers import NumberFormatError, format_number, parse_number

_Index = QModelIndex | QPersistentModelIndex
FIELDS = ("cost_thousand_yen", "execution_rate_percent")


class BudgetModel(QAbstractTableModel):
    """Rows: 事業費 and 執行率; columns: the project's years."""

    def __init__(self, doc: ProjectDocument, sheet: Sheet, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc, self.sheet = doc, sheet
        self.row_labels = [self.tr("事業費（千円）"), self.tr("執行率（%）")]
        doc.aboutToChange.connect(self._about)
        doc.changed.connect(self._changed)
        self._resetting = False

    def years(self) -> list[str]:
        return self.doc.project.settings.year_labels

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.years())

    def value(self, row: int, column: int) -> Any:
        entry = self.sheet.budget.get(self.years()[column])
        return getattr(entry, FIELDS[row]) if entry else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(value)
        if role == Qt.ItemDataRole.EditRole:
            return format_number(value, grouping=False)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.WhatsThisRole and orientation == Qt.Orientation.Vertical and section < 2:
            return field_help.lookup(self.row_labels[section]) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.years()[section] if 0 <= section < len(self.years()) else None
        return self.row_labels[section] if 0 <= section < len(self.row_labels) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            new = value if value is None or isinstance(value, (int, float)) else parse_number(str(value))
        except NumberFormatError:
            return False
        label, field = self.years()[index.column()], FIELDS[index.row()]
        if self.value(index.row(), index.column()) == new:
            return True
        sheet = self.sheet

        def get() -> Any:
            entry = sheet.budget.get(label)
            return getattr(entry, field) if entry else None

        def put(v: Any) -> None:
            entry = sheet.budget.get(label) or BudgetEntry()
            setattr(entry, field, v)
            if entry.is_empty():
                sheet.budget.pop(label, None)
            else:
                sheet.budget[label] = entry

        self.doc.undo_stack.push(SetValueCommand(
            self.doc, self.tr("決算額の変更"), sheet, Part.BUDGET, get, put, new, Place(sheet, Tab.BUDGET)))
        return True

    # -- clipboard: several cells as one undo step
    def _replace_budget(self, text: str, budget: dict[str, BudgetEntry]) -> None:
        sheet = self.sheet

        def put(value: dict[str, BudgetEntry]) -> None:
            sheet.budget = copy.deepcopy(value)

        self.doc.undo_stack.push(SetValueCommand(
            self.doc, text, sheet, Part.BUDGET, lambda: copy.deepcopy(sheet.budget), put, budget,
            Place(sheet, Tab.BUDGET)))

    def _with_values(self, values: dict[tuple[int, int], Any]) -> dict[str, BudgetEntry]:
        budget = copy.deepcopy(self.sheet.budget)
        for (row, column), value in values.items():
            label = self.years()[column]
            entry = budget.get(label) or BudgetEntry()
            setattr(entry, FIELDS[row], value)
            budget[label] = entry
        return {label: entry for label, entry in budget.items() if not entry.is_empty()}

    def copy_text(self, cells: list[tuple[int, int]]) -> str:
        if not cells:
            return ""
        chosen = set(cells)
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        columns = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        return "".join("\t".join(format_number(self.value(r, c), grouping=False) if (r, c) in chosen else ""
                                 for c in columns) + "\r\n" for r in rows)

    def paste_text(self, text: str, top: int, left: int) -> str | None:
        """Paste a tab-separated block; None on success, else why nothing was pasted."""
        block = parse_tsv(text)
        if not block:
            return self.tr("貼り付ける内容がありません")
        if top + len(block) > self.rowCount() or left + max(len(line) for line in block) > self.columnCount():
            return self.tr("貼り付ける範囲が表からはみ出しています")
        values = {}
        for r, line in enumerate(block):
            for c, cell in enumerate(line):
                try:
                    values[(top + r, left + c)] = parse_number(cell)
                except NumberFormatError as error:
                    return self.tr("{0}「{1}」: {2}").format(
                        self.row_labels[top + r], self.years()[left + c], error)
        self._replace_budget(self.tr("貼り付け"), self._with_values(values))
        return None

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        if cells:
            self._replace_budget(self.tr("削除"), self._with_values({cell: None for cell in cells}))

    def _about(self, scope: object, part: str) -> None:
        if part == Part.SETTINGS:
            self._resetting = True
            self.beginResetModel()

    def _changed(self, scope: object, part: str) -> None:
        if self._resetting:
            self._resetting = False
            self.endResetModel()
        elif scope is self.sheet and part == Part.BUDGET and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def detach(self) -> None:
        self.doc.aboutToChange.disconnect(self._about)
        self.doc.changed.disconnect(self._changed)


class BudgetPanel(ClipboardCells, QWidget):
    """The 関連事業・決算額 tab."""

    def __init__(self, doc: ProjectDocument, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        place = Place(sheet, Tab.BUDGET)
        self.programs = StringListEditor(doc, sheet, Part.PROGRAMS, sheet.programs, self.tr("関連事業"), place, self)
        self.model = BudgetModel(doc, sheet, self)
        self.table = ClipboardTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("決算額の表"))
        self.table.setAccessibleDescription(self.tr("年度ごとの事業費（千円）と執行率（%）。最後のセルで Tab を押すと表の外に移ります。"))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.table.setItemDelegate(CellDelegate(lambda index: "number", self.show_reason, parent=self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0,000,000,000"))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.modelReset.connect(self._fit)
        self.table.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit())
        self._fit()

        programs_box = QGroupBox(self.tr("関連事業"), self)
        QVBoxLayout(programs_box).addWidget(self.programs)
        budget_box = QGroupBox(self.tr("決算額"), self)
        budget_layout = QVBoxLayout(budget_box)
        budget_layout.addWidget(self.table)
        budget_layout.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(programs_box)
        layout.addWidget(budget_box)
        layout.addStretch(1)

    def _fit(self) -> None:
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        bar = self.table.horizontalScrollBar()
        if bar.maximum() > 0:  # more years than fit: room for the scroll bar below the rows
            height += bar.sizeHint().height()
        self.table.setFixedHeight(height)

    def show_reason(self, reason: str | None) -> None:
        self.message.setText(reason or "")
        self.message.setVisible(bool(reason))

    # -- clipboard (called by the table and the 編集 menu; copy, cut and delete from ClipboardCells)
    def paste(self, text: str) -> bool:
        cells = self.selected_cells() or [(0, 0)]
        reason = self.model.paste_text(text, min(r for r, _ in cells), min(c for _, c in cells))
        self.show_reason(reason)
        return reason is None

    def detach(self) -> None:
        self.model.detach()
        self.programs.detach()
