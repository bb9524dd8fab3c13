"""Small editors bound to the model through the undo stack: a line of text and a list of strings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLineEdit, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from evaleditor.gui.cell_editing import EditingList
from evaleditor.gui.commands import moved, replace_list, set_attribute
from evaleditor.gui.document import Place, ProjectDocument


def leaves_undo_to_window(event: QEvent) -> bool:
    """True for Ctrl+Z/Ctrl+Y overrides: text widgets let the window's one undo stack handle them."""
    return (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)))


class BoundLineEdit(QLineEdit):
    """Edits ``obj.attr``; typing merges into one undo step until the field loses focus."""

    def __init__(self, doc: ProjectDocument, scope: object, part: str, obj: object, attr: str,
                 label: str, place: Place | None, parent: QWidget | None = None) -> None:
        super().__init__(getattr(obj, attr), parent)
        self.doc, self.scope, self.part, self.obj, self.attr = doc, scope, part, obj, attr
        self.label, self.place = label, place
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(doc.seal_typing)
        doc.changed.connect(self._changed)

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_window(event):
            event.ignore()
            return True
        return super().event(event)

    def _edited(self, text: str) -> None:
        set_attribute(self.doc, self.tr("{0} の変更").format(self.label), self.scope, self.part, self.obj,
                      self.attr, text, self.place, merge=True)

    def _changed(self, scope: object, part: str) -> None:
        if scope is self.scope and part == self.part and self.text() != getattr(self.obj, self.attr):
            self.setText(getattr(self.obj, self.attr))

    def detach(self) -> None:
        self.doc.changed.disconnect(self._changed)


class StringListEditor(QWidget):
    """An ordered list of short texts (関係部, 関連事業): add, edit in place, remove, reorder."""

    def __init__(self, doc: ProjectDocument, scope: object, part: str, items: list[str], label: str,
                 place: Place | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.scope, self.part, self.items, self.label, self.place = doc, scope, part, items, label, place
        self.list = EditingList(self)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.itemChanged.connect(self._item_changed)
        buttons = QVBoxLayout()
        self.add_button = self._button(self.tr("追加"), self.add_item, buttons)
        self.remove_button = self._button(self.tr("削除"), self.remove_item, buttons)
        self.up_button = self._button(self.tr("上へ"), lambda: self.move_item(-1), buttons)
        self.down_button = self._button(self.tr("下へ"), lambda: self.move_item(1), buttons)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._fill()
        doc.changed.connect(self._changed)

    def _button(self, text: str, slot, layout: QVBoxLayout) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for text in self.items:
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))

    def texts(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def _push(self, text: str, new: list[str]) -> None:
        replace_list(self.doc, text, self.scope, self.part, self.items, new, self.place)

    def _item_changed(self, item: QListWidgetItem) -> None:
        texts = [t.strip() for t in self.texts()]
        self._push(self.tr("{0} の変更").format(self.label), [t for t in texts if t])  # emptied items go

    def add_item(self) -> None:
        self._push(self.tr("{0} の追加").format(self.label), [*self.items, self.tr("（新しい項目）")])
        self.list.setCurrentRow(self.list.count() - 1)
        self.list.editItem(self.list.currentItem())

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self._push(self.tr("{0} の削除").format(self.label), self.items[:row] + self.items[row + 1:])

    def move_item(self, delta: int) -> None:
        row = self.list.currentRow()
        new = moved(self.items, row, delta)
        if new is not None:
            self._push(self.tr("{0} の並べ替え").format(self.label), new)
            self.list.setCurrentRow(row + delta)

    def _changed(self, scope: object, part: str) -> None:
        if scope is self.scope and part == self.part and self.texts() != self.items:
            self._fill()

    def detach(self) -> None:
        self.doc.changed.disconnect(self._changed)
