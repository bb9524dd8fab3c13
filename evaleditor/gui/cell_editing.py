"""Editing table cells: numbers are checked as they are typed and refused with a visible reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QInputMethodEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QComboBox, QListWidget, QStyle, QTableView, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget,
)

from evaleditor.gui.keyboard import editable_beyond, focus_beyond, tab_leaves_table
from evaleditor.model.numbers import NumberFormatError, parse_number

_Index = QModelIndex | QPersistentModelIndex
INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; background: #ffebee; }"


def start_editing_with_input_method(view: QAbstractItemView, event: QInputMethodEvent) -> bool:
    """Japanese input on a cell opens its editor and replaces the value, as a typed key does.

    Qt opens the editor for the first input-method event but does not hand that event to it, so
    the first composed text would be lost. Views call this from ``inputMethodEvent``.
    """
    index = view.currentIndex()
    if (view.state() == QAbstractItemView.State.EditingState or not index.isValid()
            or not (event.commitString() or event.preeditString())):
        return False
    if not view.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event):
        return False
    editor = view.indexWidget(index)
    if not isinstance(editor, QLineEdit):
        return False
    editor.selectAll()
    QApplication.sendEvent(editor, event)
    return True


class EditingTable(QTableView):
    """A table whose cells take Japanese input directly, and which Tab leaves at its last cell."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        return tab_leaves_table(self, next) or super().focusNextPrevChild(next)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab in the editor of the last editable cell (Shift+Tab in the first) leaves the table too."""
        Hint = QAbstractItemDelegate.EndEditHint
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem):
            forward = hint == Hint.EditNextItem
            if not editable_beyond(self, forward):
                super().closeEditor(editor, Hint.NoHint)  # the value was committed before
                focus_beyond(self, forward)
                return
        super().closeEditor(editor, hint)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if not start_editing_with_input_method(self, event):
            super().inputMethodEvent(event)


class EditingList(QListWidget):
    """A list whose items take Japanese input directly."""

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if not start_editing_with_input_method(self, event):
            super().inputMethodEvent(event)


class NumberValidator(QValidator):
    """Accepts what parse_number reads; anything else is 'intermediate' so typing can go on."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            parse_number(text)
        except NumberFormatError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


def number_error(text: str) -> str | None:
    try:
        parse_number(text)
    except NumberFormatError as error:
        return str(error)
    return None


REFUSED = "evaleditor-refused"  # set on a cell editor whose text was refused when committed


class CellDelegate(QStyledItemDelegate):
    """Editors by column kind: ``kind_of(index)`` says 'number', 'direction' or anything else (text).

    ``report(reason)`` shows why typed text is refused (None clears it).
    """

    def __init__(self, kind_of: Callable[[_Index], str], report: Callable[[str | None], None],
                 directions: list[tuple[str, Any]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_of = kind_of
        self.report = report
        self.directions = directions or []

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Tall enough for wrapped text, measured a little narrower than the cell (never elided)."""
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = option.rect.width()
        if isinstance(text, str) and text and width > 24:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
            box = QRect(0, 0, width - 2 * margin - 2, 100000)
            needed = option.fontMetrics.boundingRect(box, flags, text).height() + 2 * margin
            hint.setHeight(max(hint.height(), needed))
        return hint

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        self.report(None)  # a reason shown for an earlier cell no longer applies
        kind = self.kind_of(index)
        if kind == "direction":
            combo = QComboBox(parent)
            for label, value in self.directions:
                combo.addItem(label, value)
            return combo
        editor = super().createEditor(parent, option, index)
        if kind == "number" and isinstance(editor, QLineEdit):
            editor.setValidator(NumberValidator(editor))
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.textChanged.connect(lambda text, e=editor: self._check(e, text))
        return editor

    def _check(self, editor: QLineEdit, text: str) -> None:
        reason = number_error(text)
        editor.setStyleSheet(INVALID_STYLE if reason else "")
        editor.setToolTip(reason or "")
        self.report(reason)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findText(value, Qt.MatchFlag.MatchStartsWith) if value else -1
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit) and self.kind_of(index) == "number":
            reason = number_error(editor.text())
            editor.setProperty(REFUSED, bool(reason))
            if reason:
                self.report(reason)  # refused: the value in the model stays as it was
                return
            self.report(None)
        super().setModelData(editor, model, index)

    def destroyEditor(self, editor: QWidget, index: _Index) -> None:
        """An edit given up (Esc, or another cell chosen before committing) leaves no reason on screen; a
        refused value's reason stays, since the cell kept its old value."""
        if not editor.property(REFUSED):
            self.report(None)
        super().destroyEditor(editor, index)
