"""The findings of the checks as a table: 種類 (icon and text), シート, 場所, 内容; sortable and filtered by level."""

from __future__ import annotations

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


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.headers = [self.tr("種類"), self.tr("シート"), self.tr("場所"), self.tr("内容")]

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings:
            return
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

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
    """Shows the levels that are switched on; sorts by level (worst first), sheet, place or message.

    Ties keep the order of the checks (the order of the sheet's parts on paper).
    """

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

    def _key(self, index: _Index) -> tuple[Any, ...]:
        model = self.sourceModel()
        assert isinstance(model, ProblemsModel)
        finding = model.findings[index.row()]
        column = index.column()
        if column == LEVEL:
            return (-finding.level.severity, index.row())
        if column == SHEET:
            return (finding.sheet, index.row())
        if column == PLACE:
            return (finding.where, index.row())
        return (finding.message, index.row())

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return self._key(left) < self._key(right)
