"""The findings of the checks as a table: 種類 (icon and text), シート, 場所, 内容; sortable and filtered by level."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from evaleditor.checks import Finding, Level

_Index = QModelIndex | QPersistentModelIndex
LEVEL, SHEET, PLACE, MESSAGE = range(4)
# The role giving the Finding of a row.
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
LEVELS = (Level.ERROR, Level.WARNING, Level.NOTICE)
_ICONS = {Level.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Level.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Level.NOTICE: QStyle.StandardPixmap.SP_MessageBoxInformation}


def level_text(level: Level) -> str:
    """エラー, 警告 or 注意 (translated)."""
    texts = {Level.ERROR: QCoreApplication.translate("ProblemsModel", "エラー"),
             Level.WARNING: QCoreApplication.translate("ProblemsModel", "警告"),
             Level.NOTICE: QCoreApplication.translate("ProblemsModel", "注意")}
    return texts[level]


def level_icon(level: Level) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[level])


def finding_key(finding: Finding) -> tuple[Any, ...]:
    """What identifies a finding across re-checks (to keep it selected)."""
    return finding.code, finding.sheet, finding.place, finding.message


#: What each column sorts by (ties: the order of the checks); the level worst first.
_SORT_VALUES: dict[int, Callable[[Finding], Any]] = {
    LEVEL: lambda finding: -finding.level.severity,
    SHEET: lambda finding: finding.sheet,
    PLACE: lambda finding: finding.where,
    MESSAGE: lambda finding: finding.message,
}


class ProblemsModel(QAbstractTableModel):
    """The findings in the order chosen with :meth:`sort` (the view's header); ties, and the order before any
    sort, are the order of the checks (the order of the sheet's parts on paper).

    The model sorts itself, in Python, once per change: a sorting proxy would call back into Python for each
    of its ~10,000 comparisons of a city's 1,700 findings (50 ms after every pause in typing).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []  # as shown
        self._checked: list[Finding] = []  # as the checks gave them
        self._positions: list[int] = []  # of the shown findings in _checked
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.headers = [self.tr("種類"), self.tr("シート"), self.tr("場所"), self.tr("内容")]

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self._checked:
            return
        self.beginResetModel()
        self._checked = list(findings)
        self._positions = self._order()
        self.findings = [self._checked[i] for i in self._positions]
        self.endResetModel()

    @property
    def checked(self) -> list[Finding]:
        """The findings in the order the checks gave them."""
        return self._checked

    def _order(self) -> list[int]:
        """Positions in ``_checked``, in the order shown."""
        column, order = self._sort
        value = _SORT_VALUES.get(column)
        checked = self._checked
        if value is None:
            return list(range(len(checked)))
        return sorted(range(len(checked)), key=lambda i: (value(checked[i]), i),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        order = self._order()
        row_of_position = {position: row for row, position in enumerate(order)}
        new_row = [row_of_position[position] for position in self._positions]  # by the row shown before
        self._positions = order
        self.findings = [self._checked[i] for i in self._positions]
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(new_row[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def counts(self) -> dict[Level, int]:
        counts = dict.fromkeys(LEVELS, 0)
        for finding in self.findings:
            counts[finding.level] += 1
        return counts

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return (level_text(finding.level), finding.sheet_label(), finding.where, finding.message)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == LEVEL:
            return level_icon(finding.level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.line() if column != LEVEL else f"{level_text(finding.level)} ({finding.code})"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class ProblemsFilter(QSortFilterProxyModel):
    """Shows the levels that are switched on and the findings matching the filter text; the view's header
    sorts the source model (by level, worst first, sheet, place or message)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.levels = set(LEVELS)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_level_shown(self, level: Level, shown: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated there
            self.beginFilterChange()
            (self.levels.add if shown else self.levels.discard)(level)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            (self.levels.add if shown else self.levels.discard)(level)
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ProblemsModel) or model.findings[row].level not in self.levels:
            return False
        return super().filterAcceptsRow(row, parent)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (see :class:`ProblemsModel`); this proxy only filters."""
        model = self.sourceModel()
        if isinstance(model, ProblemsModel):
            model.sort(column, order)
