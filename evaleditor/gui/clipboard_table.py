"""A table that works like a spreadsheet: Excel clipboard keys, Delete, Enter moves down, Japanese input."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QWidget

from evaleditor.gui.cell_editing import EditingTable


class ClipboardOwner(Protocol):
    """The widget around a ClipboardTable, which knows what its cells mean."""

    def edit_copy(self) -> None: ...
    def edit_cut(self) -> None: ...
    def edit_paste(self) -> None: ...
    def clear_selection(self) -> None: ...


class ClipboardCells:
    """The clipboard commands of a widget holding ``self.table`` over ``self.model``.

    The model offers ``copy_text(cells)`` and ``clear_cells(cells)``; the widget itself says
    how a pasted block lands (``paste``), since tables grow rows or not.
    """

    table: EditingTable
    model: object

    def selected_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the selected cells, or of the current cell when nothing is selected."""
        cells = [(i.row(), i.column()) for i in self.table.selectionModel().selectedIndexes()]
        current = self.table.currentIndex()
        return cells or ([(current.row(), current.column())] if current.isValid() else [])

    def edit_copy(self) -> None:
        text = self.model.copy_text(self.selected_cells())  # type: ignore[attr-defined]
        if text:
            QGuiApplication.clipboard().setText(text)

    def edit_cut(self) -> None:
        self.edit_copy()
        self.clear_selection()

    def clear_selection(self) -> None:
        self.model.clear_cells(self.selected_cells())  # type: ignore[attr-defined]

    def edit_paste(self) -> None:
        self.paste(QGuiApplication.clipboard().text())

    def paste(self, text: str) -> bool:
        raise NotImplementedError


class ClipboardTable(EditingTable):
    """A table that hands copy, cut, paste and delete to its owner (Excel-like)."""

    def __init__(self, owner: ClipboardOwner) -> None:
        super().__init__(owner)  # type: ignore[arg-type]
        self.owner = owner

    _KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
             QKeySequence.StandardKey.Delete)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in self._KEYS) and self.state() != self.State.EditingState:
                event.accept()
                return True
        return super().event(event)

    _JUMPS = frozenset((Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up,
                        Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))

    def selectionCommand(self, index: QModelIndex, event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        """Ctrl+Home, Ctrl+End and Ctrl+arrow select the cell they move to, as in Excel (Qt would move the
        current cell alone, and Delete would then empty the cells selected before)."""
        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in self._JUMPS
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            behavior = self.selectionBehavior()
            if behavior == self.SelectionBehavior.SelectRows:
                flags |= QItemSelectionModel.SelectionFlag.Rows
            elif behavior == self.SelectionBehavior.SelectColumns:
                flags |= QItemSelectionModel.SelectionFlag.Columns
            return flags
        return super().selectionCommand(index, event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter stores the value and moves down a row, as in Excel."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            index = self.currentIndex()
            below = index.siblingAtRow(index.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != self.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.owner.edit_copy()
                return
            if event.matches(QKeySequence.StandardKey.Cut):
                self.owner.edit_cut()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.owner.edit_paste()
                return
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self.owner.clear_selection()
                return
        super().keyPressEvent(event)
