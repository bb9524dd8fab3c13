"""The indicator table of one group as a Qt table model over the core model.

Columns follow the project's settings: 指標名, 単位, the baseline, one column per year (under a
実績値 band in the header), the target and the direction. Later features add read-only columns
(rates, ratings) with :meth:`IndicatorTableModel.add_read_only_column` or, for every table,
through :data:`COLUMN_PROVIDERS`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from evaleditor.gui import field_help
from evaleditor.gui.commands import SetValueCommand, moved, replace_list
from evaleditor.gui.tsv import parse_tsv, quote
from evaleditor.gui.document import Part, Place, ProjectDocument, Tab
from evaleditor.gui.indicator_columns import COLUMN_PROVIDERS, DIRECTION, NUMBER, READ_ONLY, TEXT, Column
from evaleditor.model import Direction, Indicator, IndicatorGroup, Sheet
from evaleditor.model.numbers import NumberFormatError, format_number, parse_number

#: The role by which the header tells the band above a column (e.g. 実績値), or None.
BAND_ROLE = Qt.ItemDataRole.UserRole + 1


ARROWS = {Direction.HIGHER: "↑", Direction.LOWER: "↓"}
_DIRECTION_WORDS = {
    "↑": Direction.HIGHER, "↓": Direction.LOWER, "higher": Direction.HIGHER, "lower": Direction.LOWER,
    "上": Direction.HIGHER, "下": Direction.LOWER, "高": Direction.HIGHER, "低": Direction.LOWER,
}

_Index = QModelIndex | QPersistentModelIndex




def parse_direction(text: str) -> Direction:
    value = _DIRECTION_WORDS.get(text.strip().lower())
    if value is None:
        raise NumberFormatError(QCoreApplication.translate(
            "IndicatorTableModel", "「{0}」は方向ではありません（↑ または ↓）").format(text))
    return value


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, doc: ProjectDocument, sheet: Sheet, group: IndicatorGroup, parent: Any = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.sheet = sheet
        self.group = group
        self._edited_row: int | None = None
        self._extra: list[tuple[Column, str | None]] = []
        self._resetting = False
        self.columns: list[Column] = []
        self._build_columns()
        doc.aboutToChange.connect(self._about_to_change)
        doc.changed.connect(self._changed)

    # -- columns
    def _build_columns(self) -> None:
        settings = self.doc.project.settings
        columns = [
            Column("name", self.tr("指標名"), TEXT, lambda s, i: i.name, lambda i, v: setattr(i, "name", v)),
            Column("unit", self.tr("単位"), TEXT, lambda s, i: i.unit, lambda i, v: setattr(i, "unit", v)),
            Column("baseline", settings.baseline_label, NUMBER, lambda s, i: i.baseline,
                   lambda i, v: setattr(i, "baseline", v)),
        ]
        for year in settings.years:
            columns.append(Column(
                f"actual:{year.label}", year.label, NUMBER,
                lambda s, i, label=year.label: i.actual(label),
                lambda i, v, label=year.label: i.set_actual(label, v),
                band=self.tr("実績値"), tooltip=f"{year.western_year}年度" if year.western_year else ""))
        columns.append(Column("target", settings.effective_target_label(), NUMBER, lambda s, i: i.target,
                              lambda i, v: setattr(i, "target", v)))
        columns.append(Column("direction", self.tr("方向"), DIRECTION, lambda s, i: i.direction,
                              lambda i, v: setattr(i, "direction", v),
                              tooltip=self.tr("↑ 高いほど良い／↓ 低いほど良い")))
        for provider in COLUMN_PROVIDERS.values():
            columns.extend(provider(self.doc))
        for column, after in self._extra:
            keys = [c.key for c in columns]
            columns.insert(keys.index(after) + 1 if after in keys else len(columns), column)
        self.columns = columns

    def add_read_only_column(self, key: str, header: str, value: Callable[[Sheet, Indicator], Any], *,
                             after: str | None = None, band: str | None = None, tooltip: str = "") -> None:
        """Show a computed column (kept across setting changes), after column ``after`` or at the end."""
        self.beginResetModel()
        self._extra.append((Column(key, header, READ_ONLY, value, None, band, tooltip), after))
        self._build_columns()
        self.endResetModel()

    def column_key(self, column: int) -> str:
        return self.columns[column].key

    def column_of(self, key: str) -> int:
        return next(n for n, c in enumerate(self.columns) if c.key == key)

    # -- reading
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.group.indicators)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def raw(self, row: int, column: int) -> Any:
        return self.columns[column].get(self.sheet, self.group.indicators[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if column.role is not None and role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            extra = column.role(self.sheet, self.group.indicators[index.row()], role)
            if extra is not None:
                return extra
        value = self.raw(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, value, grouping=True)
        if role == Qt.ItemDataRole.EditRole:
            return self._text(column, value, grouping=False)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in (NUMBER, READ_ONLY) and not isinstance(value, str):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column.kind == DIRECTION:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == DIRECTION:
            return column.tooltip
        return None

    @staticmethod
    def _text(column: Column, value: Any, grouping: bool) -> str:
        if column.kind == DIRECTION:
            return ARROWS.get(value, "")
        if value is None:
            return ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return format_number(value, grouping=grouping)
        return str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == BAND_ROLE:
            return column.band
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or None
        if role == Qt.ItemDataRole.WhatsThisRole:  # Shift+F1 on a header: what 進捗率, 方向 … mean
            return field_help.lookup(column.key, column.header) or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- writing (through the undo stack)
    def convert(self, column: int, value: Any) -> Any:
        """The model value for typed or pasted ``value``; raises NumberFormatError with a reason."""
        kind = self.columns[column].kind
        if kind == NUMBER:
            if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
                return value
            return parse_number(str(value))
        if kind == DIRECTION:
            return value if isinstance(value, Direction) else parse_direction(str(value))
        return " ".join(str(value or "").splitlines()).strip()

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if not column.editable:
            return False
        try:
            new = self.convert(index.column(), value)
        except NumberFormatError:
            return False
        indicator = self.group.indicators[index.row()]
        if column.get(self.sheet, indicator) == new and type(column.get(self.sheet, indicator)) is type(new):
            return True
        setter = column.set
        assert setter is not None
        self._edited_row = index.row()  # this edit changes one row: refresh only that one
        try:
            self.doc.undo_stack.push(SetValueCommand(
                self.doc, self.tr("{0} の変更").format(column.header), self.group, Part.VALUES,
                lambda: column.get(self.sheet, indicator), lambda v: setter(indicator, v), new, self.place()))
        finally:
            self._edited_row = None
        return True

    def place(self) -> Place:
        return Place(self.sheet, Tab.INDICATORS, self.group)

    # -- rows
    def _replace(self, text: str, items: list[Indicator]) -> None:
        replace_list(self.doc, text, self.group, Part.ROWS, self.group.indicators, items, self.place())

    def insert_row(self, row: int) -> int:
        row = max(0, min(row, self.rowCount()))
        items = list(self.group.indicators)
        items.insert(row, Indicator())
        self._replace(self.tr("指標の追加"), items)
        return row

    def remove_rows(self, rows: list[int]) -> None:
        drop = set(rows)
        items = [ind for n, ind in enumerate(self.group.indicators) if n not in drop]
        self._replace(self.tr("指標の削除"), items)

    def move_row(self, row: int, delta: int) -> bool:
        items = moved(self.group.indicators, row, delta)
        if items is None:
            return False
        self._replace(self.tr("指標の移動"), items)
        return True

    # -- clipboard
    def copy_text(self, cells: list[tuple[int, int]]) -> str:
        """Tab-separated text of the bounding rectangle of ``cells`` (unselected cells empty)."""
        if not cells:
            return ""
        chosen = set(cells)
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        cols = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        lines = []
        for r in rows:
            values = []
            for c in cols:
                text = self._text(self.columns[c], self.raw(r, c), grouping=False) if (r, c) in chosen else ""
                values.append(quote(text))
            lines.append("\t".join(values))
        return "\r\n".join(lines) + "\r\n"

    def paste_text(self, text: str, top: int, left: int, fill: tuple[int, int] | None = None) -> str | None:
        """Paste a tab-separated block at (top, left), adding rows as needed, as one undo step.

        ``fill`` (rows, columns) repeats a single pasted value over a selection. Returns None on
        success, else the reason nothing was pasted (naming the cell).
        """
        block = parse_tsv(text)
        if not block:
            return self.tr("貼り付ける内容がありません")
        if fill and len(block) == 1 and len(block[0]) == 1:
            block = [[block[0][0]] * fill[1] for _ in range(fill[0])]
        width = max(len(line) for line in block)
        if left + width > len(self.columns):
            return self.tr("貼り付ける範囲が表の右端を越えています（{0} 列あります）").format(width)
        items = list(self.group.indicators)
        copies: dict[int, Indicator] = {}
        for r, line in enumerate(block):
            row = top + r
            if row >= len(items):
                items.append(Indicator())
                copies[row] = items[row]
            elif row not in copies:
                copies[row] = items[row] = copy.deepcopy(items[row])
            for c, cell in enumerate(line):
                column = self.columns[left + c]
                if not column.editable:
                    continue
                try:
                    value = self.convert(left + c, cell)
                except NumberFormatError as error:
                    return self.tr("{0} 行目「{1}」: {2}").format(row + 1, column.header, error)
                assert column.set is not None
                column.set(copies[row], value)
        self._replace(self.tr("貼り付け"), items)
        return None

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        """Empty the editable cells among ``cells`` as one undo step (Delete key)."""
        items = list(self.group.indicators)
        touched = False
        for row, col in cells:
            column = self.columns[col]
            if not column.editable or column.kind == DIRECTION:
                continue
            if items[row] is self.group.indicators[row]:
                items[row] = copy.deepcopy(items[row])
            assert column.set is not None
            column.set(items[row], None if column.kind == NUMBER else "")
            touched = True
        if touched:
            self._replace(self.tr("削除"), items)

    # -- following the document
    def _about_to_change(self, scope: object, part: str) -> None:
        if (scope is self.group and part == Part.ROWS) or part == Part.SETTINGS:
            self._resetting = True
            self.beginResetModel()

    def _changed(self, scope: object, part: str) -> None:
        if self._resetting:
            self._resetting = False
            if part == Part.SETTINGS:
                self._build_columns()
            self.endResetModel()
        elif scope is self.group and part == Part.VALUES and self.rowCount() and self.columnCount():
            edited = self._edited_row
            first, last = (edited, edited) if edited is not None else (0, self.rowCount() - 1)
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def detach(self) -> None:
        self.doc.aboutToChange.disconnect(self._about_to_change)
        self.doc.changed.disconnect(self._changed)
