"""The importer's notes on what it skipped: worksheet, cell and reason, with a copy button."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from evaleditor.exchange.importresult import ImportNote
from evaleditor.gui.access_keys import name_standard_buttons


class ImportNotesDialog(QDialog):
    def __init__(self, name: str, notes: list[ImportNote], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.notes = name, notes
        self.setWindowTitle(self.tr("取り込みの確認"))
        intro = QLabel(self.tr("「{0}」を取り込みました。次の {1} 件は取り込めなかったか、確認が必要です。"
                               "元のブックと見比べてください。").format(name, len(notes)), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(notes), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("ワークシート"), self.tr("セル"), self.tr("理由")])
        for row, note in enumerate(notes):
            for column, text in enumerate((note.worksheet, note.cell, note.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # rows fit their wrapped text once the columns have their widths: after the header has resized all
        # its sections (sized at each section's resize, rows kept the height of text wrapped in a column
        # still narrow, several lines for a one-line note)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._fit_rows.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("すべてコピー(&C)"), self)
        self.copy_button.setToolTip(self.tr("表計算ソフトやメールに貼り付けられる形でコピーします"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        name_standard_buttons(buttons)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 70, self.fontMetrics().height() * 24)

    def text(self) -> str:
        """The notes as tab-separated lines with a header, for Excel or a mail."""
        lines = ["\t".join((self.tr("ファイル"), self.tr("ワークシート"), self.tr("セル"), self.tr("理由")))]
        lines += ["\t".join((self.name, n.worksheet, n.cell, n.message.replace("\n", " "))) for n in self.notes]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QApplication.clipboard().setText(self.text())
