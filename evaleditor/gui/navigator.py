"""The sheet navigator: the project's sheets by 施策番号・施策名; add, duplicate, delete, reorder."""

from __future__ import annotations

import copy

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QVBoxLayout, QWidget,
)

from evaleditor.gui.commands import moved, replace_list
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import Part, ProjectDocument
from evaleditor.model import Sheet
from evaleditor.model.policy_numbers import positions_by_number


class _OneLine(QStyledItemDelegate):
    """Rows one line high and no wider than the list: a long name ends in … instead of scrolling sideways."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


class Navigator(QWidget):
    currentSheetChanged = Signal(object)

    def __init__(self, doc: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.dialogs = doc, dialogs
        # id(sheet) → (what tells it apart from the others with its 施策番号, how many share it)
        self._marks: dict[int, tuple[str, int]] = {}
        self.list = QListWidget(self)
        # one line per sheet, cut off with … when too long (the full name in its tooltip): wrapped, a Japanese
        # name broke in the middle of a word or of its 施策番号; one-line rows are also laid out cheaply
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(_OneLine(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("シートの一覧"))
        self.list.setAccessibleDescription(self.tr("上下の矢印キーでシートを選びます。選んだシートが右側に表示されます。"))
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # reorder by dragging
        # applied after the drop has finished with the list's items
        self.list.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._dragged))
        grid = QGridLayout()
        self.add_button = QPushButton(self.tr("追加"), self)
        self.duplicate_button = QPushButton(self.tr("複製"), self)
        self.delete_button = QPushButton(self.tr("削除"), self)
        self.up_button = QPushButton(self.tr("上へ"), self)
        self.down_button = QPushButton(self.tr("下へ"), self)
        self.add_button.clicked.connect(self.add_sheet)
        self.duplicate_button.clicked.connect(self.duplicate_sheet)
        self.delete_button.clicked.connect(self.delete_sheet)
        self.up_button.clicked.connect(lambda: self.move_sheet(-1))
        self.down_button.clicked.connect(lambda: self.move_sheet(1))
        for n, button in enumerate((self.add_button, self.duplicate_button, self.delete_button,
                                    self.up_button, self.down_button)):
            grid.addWidget(button, n // 3, n % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("シート"), self))
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        self._fill()
        doc.changed.connect(self._changed)

    @property
    def sheets(self) -> list[Sheet]:
        return self.doc.project.sheets

    def label(self, sheet: Sheet) -> str:
        """``7-2 脱炭素社会…``; a sheet sharing its 施策番号 with another adds its 関係部 (or its place among
        them, when those are the same too): ``7-2【環境部】脱炭素社会…``, after a merge that kept both."""
        if (marked := self._marks.get(id(sheet))) is None:
            return sheet.display_name() or self.tr("（施策名なし）")
        return self.tr("{0}【{1}】{2}").format(sheet.policy_number.strip(), marked[0], sheet.policy_name.strip())

    def tooltip(self, sheet: Sheet) -> str:
        """The whole label; for a shared 施策番号 also its 関係部 and how many sheets share it."""
        label = self.label(sheet)
        if (marked := self._marks.get(id(sheet))) is None:
            return label
        return "\n".join((label, self.tr("関係部: {0}").format("、".join(sheet.departments) or self.tr("なし")),
                          self.tr("施策番号 {0} のシートが {1} 枚あります").format(sheet.policy_number.strip(), marked[1])))

    def _mark_shared_numbers(self) -> None:
        """What tells apart the sheets that share a 施策番号 as the checks compare them (``４－２`` = ``4-2``)."""
        self._marks = {}
        for number, positions in positions_by_number(self.sheets).items():
            if not number or len(positions) < 2:
                continue
            group = [self.sheets[i] for i in positions]
            departments = ["・".join(s.departments) for s in group]
            distinct = all(departments) and len(set(departments)) == len(departments)
            for n, sheet in enumerate(group):
                self._marks[id(sheet)] = (departments[n] if distinct else self.tr("{0} 枚目").format(n + 1), len(group))

    def _fill(self, select: Sheet | None = None) -> None:
        current = select or self.current_sheet()
        self._mark_shared_numbers()
        self.list.blockSignals(True)
        self.list.clear()
        for n, sheet in enumerate(self.sheets):
            item = QListWidgetItem(self.label(sheet), self.list)
            item.setData(Qt.ItemDataRole.UserRole, n)
            item.setToolTip(self.tooltip(sheet))
        self.list.blockSignals(False)
        rows = [n for n, s in enumerate(self.sheets) if s is current]
        row = rows[0] if rows else (0 if self.sheets else -1)
        self.list.setCurrentRow(row)
        self._row_changed(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self.sheets) - 1)

    def _row_changed(self, row: int) -> None:
        self._update_buttons()
        self.currentSheetChanged.emit(self.sheets[row] if 0 <= row < len(self.sheets) else None)

    def current_sheet(self) -> Sheet | None:
        row = self.list.currentRow()
        return self.sheets[row] if 0 <= row < len(self.sheets) else None

    def select_sheet(self, sheet: Sheet) -> None:
        for n, s in enumerate(self.sheets):
            if s is sheet and self.list.currentRow() != n:
                self.list.setCurrentRow(n)

    # -- operations
    def _replace(self, text: str, sheets: list[Sheet], select: Sheet | None) -> None:
        replace_list(self.doc, text, self.doc.project, Part.SHEETS, self.doc.project.sheets, sheets)
        if select is not None:
            self.select_sheet(select)

    def add_sheet(self) -> Sheet:
        settings = self.doc.project.settings
        sheet = Sheet(title=settings.title, policy_name=self.tr("新しい施策"))
        row = self.list.currentRow()
        sheets = list(self.sheets)
        sheets.insert(row + 1 if row >= 0 else len(sheets), sheet)
        self._replace(self.tr("シートの追加"), sheets, sheet)
        return sheet

    def duplicate_sheet(self) -> None:
        current = self.current_sheet()
        if current is None:
            return
        twin = copy.deepcopy(current)
        twin.policy_name = self.tr("{0}（コピー）").format(current.policy_name)
        sheets = list(self.sheets)
        sheets.insert(sheets.index(current) + 1, twin)
        self._replace(self.tr("シートの複製"), sheets, twin)

    def delete_sheet(self) -> None:
        current = self.current_sheet()
        if current is None:
            return
        if not self.dialogs.confirm(self.tr("シートの削除"),
                                    self.tr("シート「{0}」を削除しますか？（元に戻すことができます）").format(
                                        self.label(current))):
            return
        row = self.list.currentRow()
        sheets = [s for s in self.sheets if s is not current]
        self._replace(self.tr("シートの削除"), sheets, sheets[min(row, len(sheets) - 1)] if sheets else None)

    def move_sheet(self, delta: int) -> None:
        current = self.current_sheet()
        sheets = moved(self.sheets, self.list.currentRow(), delta)
        if current is not None and sheets is not None:
            self._replace(self.tr("シートの並べ替え"), sheets, current)

    def _dragged(self) -> None:
        """The user dragged a sheet to another place in the list."""
        if self.list.count() != len(self.sheets):
            return
        order = [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]
        moved_sheet = self.sheets[order[self.list.currentRow()]] if self.list.currentRow() >= 0 else None
        self._replace(self.tr("シートの並べ替え"), [self.sheets[n] for n in order], moved_sheet)
        self._fill(moved_sheet)

    def _changed(self, scope: object, part: str) -> None:
        if scope is self.doc.project and part == Part.SHEETS:
            self._fill()
        elif part in (Part.INFO, Part.DEPARTMENTS) and any(sheet is scope for sheet in self.sheets):
            # a 施策番号 or 関係部 may make or undo a shared number: every sheet's label is renewed
            self._mark_shared_numbers()
            for n, sheet in enumerate(self.sheets):
                if (item := self.list.item(n)) is not None and item.text() != (label := self.label(sheet)):
                    item.setText(label)
                if item is not None and item.toolTip() != (tip := self.tooltip(sheet)):
                    item.setToolTip(tip)
