"""ファイル → バックアップから復元…: the kept versions of the open project, newest first.

開く shows the chosen version as unsaved work of the project (the file changes only when the user saves);
復元… makes it the current file at once (the version it replaces is kept as a backup). The number of
versions to keep is set here too (remembered in QSettings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)

from evaleditor.errors import one_line_text
from evaleditor.storage.backups import Backup
from evaleditor.gui.access_keys import name_standard_buttons

MAX_KEPT = 99


@dataclass(frozen=True)
class BackupAnswer:
    """What the user chose: ``action`` "open", "restore" or None (closed), and the versions to keep."""

    action: str | None
    backup: Backup | None
    keep: int


def _size(backup: Backup) -> str:
    try:
        size = backup.file.stat().st_size
    except OSError:
        return ""
    return f"{max(1, round(size / 1024)):,} KB"


class BackupsDialog(QDialog):
    def __init__(self, name: str, backups: list[Backup], keep: int, can_restore: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.action: str | None = None
        self.setWindowTitle(self.tr("バックアップから復元"))
        heading = QLabel(self.tr("「{0}」の以前に保存された版（新しい順）").format(one_line_text(name, 120)), self)
        heading.setWordWrap(True)
        self.list = QListWidget(self)
        for backup in backups:
            text = self.tr("{0} に保存した版").format(backup.describe())
            size = _size(backup)
            if size:
                text += f"　{size}"
            if backup.legacy:
                text += self.tr("（以前の形式のバックアップ .bak）")
            item = QListWidgetItem(text, self.list)
            item.setToolTip(str(backup.file))
        if not backups:
            empty = QListWidgetItem(self.tr("まだありません。保存するたびに、それまでの版が残ります。"), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._answer("open"))
        hint = QLabel(self.tr(
            "「開く」は選んだ版を未保存の状態で開きます（保存するまでファイルは変わりません）。"
            "「復元」は選んだ版を今のファイルにします。今の版はバックアップとして残ります。"), self)
        hint.setWordWrap(True)
        self.keep = QSpinBox(self)
        self.keep.setRange(0, MAX_KEPT)
        self.keep.setSpecialValueText(self.tr("残さない"))
        self.keep.setSuffix(self.tr(" 版"))
        self.keep.setValue(max(0, min(MAX_KEPT, keep)))
        self.keep.setToolTip(self.tr("保存するたびに残す、以前の版の数（すべてのプロジェクトに適用）"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("残す版の数(&K):"), self.keep)

        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("開く(&O)"), self)
        self.restore_button = QPushButton(self.tr("復元(&R)…"), self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        name_standard_buttons(buttons)
        self.open_button.setEnabled(bool(backups))
        self.restore_button.setEnabled(bool(backups) and can_restore)
        if not can_restore:
            self.restore_button.setToolTip(self.tr("読み取り専用で開いているため、復元できません"))
        self.open_button.clicked.connect(lambda: self._answer("open"))
        self.restore_button.clicked.connect(lambda: self._answer("restore"))
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 44, self.fontMetrics().height() * 24)

    def _answer(self, action: str) -> None:
        if self.list.currentRow() < 0 or not self.backups:
            return
        self.action = action
        self.accept()

    def choose(self) -> BackupAnswer:
        self.exec()
        row = self.list.currentRow()
        backup = self.backups[row] if self.action is not None and 0 <= row < len(self.backups) else None
        return BackupAnswer(self.action if backup is not None else None, backup, self.keep.value())
