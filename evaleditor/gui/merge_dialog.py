"""The question put for each duplicate 施策番号 in a merge: keep both, this one or that one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from evaleditor.exchange.merge import Duplicate, Resolution
from evaleditor.gui.access_keys import access_key, with_access_key
from evaleditor.model import Sheet, richtext


class DuplicateDialog(QDialog):
    """Shows the sheets sharing a 施策番号 (file, name, departments, contents) and asks which to keep."""

    def __init__(self, duplicate: Duplicate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duplicate = duplicate
        self.choice: Resolution | None = None
        self.setWindowTitle(self.tr("施策番号の重複"))
        names = [name for name, _ in duplicate.sheets]
        intro = QLabel(self.tr("施策番号 <b>{0}</b> のシートが {1} 枚あります。どれを残しますか？").format(
            _escape(duplicate.policy_number), len(duplicate.sheets)), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(duplicate.sheets), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("ファイル"), self.tr("施策名"), self.tr("関係部"),
                                              self.tr("指標"), self.tr("記入済みの文章")])
        for row, (name, sheet) in enumerate(duplicate.sheets):
            for column, text in enumerate((name, sheet.policy_name, "、".join(sheet.departments),
                                           str(sum(1 for _ in sheet.all_indicators())), self._text_summary(sheet))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(height + 4, 300))
        if height + 4 <= 300:
            self.table.setMaximumHeight(height + 4)  # no empty rows below a few sheets
        self.table.resizeColumnsToContents()
        wanted = sum(self.table.columnWidth(c) for c in range(self.table.columnCount())) + 2 * self.table.frameWidth()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry().width()
        self.table.setMinimumWidth(min(max(wanted + 4, self.fontMetrics().horizontalAdvance("M") * 50),
                                       int(screen * 0.8)))

        two = len(duplicate.sheets) == 2
        self.keep_both = QPushButton(self.tr("両方残す") if two else self.tr("すべて残す"), self)
        self.keep_first = QPushButton((self.tr("「{0}」の方を残す") if two else self.tr("最初の「{0}」だけ残す"))
                                      .format(names[0]), self)
        self.keep_last = QPushButton((self.tr("「{0}」の方を残す") if two else self.tr("最後の「{0}」だけ残す"))
                                     .format(names[-1]), self)
        if names[0] == names[-1]:  # the same file twice: name the rows instead
            self.keep_first.setText(self.tr("1 行目を残す"))
            self.keep_last.setText(self.tr("{0} 行目を残す").format(len(names)))
        self.stop = QPushButton(self.tr("統合をやめる"), self)
        taken: set[str] = set()
        for button in (self.keep_both, self.keep_first, self.keep_last, self.stop):  # Alt+letter, none twice
            text = with_access_key(button.text(), taken)  # (a file name's & is shown as it is)
            taken.add(access_key(text) or "")
            button.setText(text)
        for button, choice in ((self.keep_both, Resolution.KEEP_BOTH), (self.keep_first, Resolution.KEEP_FIRST),
                               (self.keep_last, Resolution.KEEP_LAST)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.stop.clicked.connect(self.reject)
        self.keep_both.setDefault(True)
        note = QLabel(self.tr("両方残すと、同じ施策番号のシートが 2 枚になります（あとで番号を直せます）。"), self)
        note.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (self.keep_both, self.keep_first, self.keep_last):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)

    def _choose(self, choice: Resolution) -> None:
        self.choice = choice
        self.accept()

    def _text_summary(self, sheet: Sheet) -> str:
        """How much text the sheet's topics hold, to tell a filled-in version from an empty one."""
        count = sum(len(richtext.to_plain(getattr(t, part)).strip()) for t in sheet.topics
                    for part in ("result", "issue", "policy"))
        return self.tr("{0} 項目・{1} 字").format(len(sheet.topics), f"{count:,}")

    def choose(self) -> Resolution | None:
        self.choice = None
        return self.choice if self.exec() == QDialog.DialogCode.Accepted else None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
