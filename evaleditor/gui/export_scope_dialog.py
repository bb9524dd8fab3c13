"""書き出し's first question for a project of several sheets: which sheets to write.

すべてのシート (the default), 表示中のシート (the one shown in the editor) or シートを選ぶ
(a checklist of every sheet). The answer is the chosen sheets in the project's order, or None.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QRadioButton,
    QVBoxLayout, QWidget,
)

from evaleditor.model import Sheet


def sheet_label(sheet: Sheet, index: int) -> str:
    return sheet.display_name() or QCoreApplication.translate("ExportScopeDialog", "シート{0}").format(index + 1)


class ExportScopeDialog(QDialog):
    """Which of ``sheets`` to export as ``label`` (a format's name such as 「PDF」)."""

    def __init__(self, label: str, sheets: list[Sheet], current: Sheet | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheets = sheets
        self.current = current
        self.setWindowTitle(self.tr("書き出し（{0}）").format(label))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("書き出すシート:")))
        self.all_button = QRadioButton(self.tr("すべてのシート（{0} 枚）(&A)").format(len(sheets)))
        layout.addWidget(self.all_button)
        current_index = next((i for i, s in enumerate(sheets) if s is current), -1)
        shown = sheet_label(current, current_index).replace("&", "&&") if current is not None else self.tr("なし")
        self.current_button = QRadioButton(self.tr("表示中のシート: {0}(&C)").format(shown))
        self.current_button.setEnabled(current is not None)
        layout.addWidget(self.current_button)
        self.chosen_button = QRadioButton(self.tr("シートを選ぶ(&S):"))
        layout.addWidget(self.chosen_button)
        self.list = QListWidget()
        for index, sheet in enumerate(sheets):
            item = QListWidgetItem(sheet_label(sheet, index), self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sheet is current else Qt.CheckState.Unchecked)
        self.list.setEnabled(False)
        layout.addWidget(self.list)
        self.group = QButtonGroup(self)
        for button in (self.all_button, self.current_button, self.chosen_button):
            self.group.addButton(button)
        self.all_button.setChecked(True)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("次へ(&N)…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._update)
        self.list.itemChanged.connect(self._update)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 36, self.sizeHint().height())

    def _update(self, *_args: object) -> None:
        choosing = self.chosen_button.isChecked()
        self.list.setEnabled(choosing)
        self.ok_button.setEnabled(bool(self.chosen()))

    def chosen(self) -> list[Sheet]:
        """The sheets the dialog's answer names now (empty when シートを選ぶ has none checked)."""
        if self.current_button.isChecked() and self.current is not None:
            return [self.current]
        if self.chosen_button.isChecked():
            return [s for i, s in enumerate(self.sheets)
                    if self.list.item(i).checkState() == Qt.CheckState.Checked]
        return list(self.sheets)

    def choose(self) -> list[Sheet] | None:
        return self.chosen() if self.exec() == QDialog.DialogCode.Accepted else None
