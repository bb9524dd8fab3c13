"""ファイル → 次年度の準備: a copy of the project for the next year under review, in a new file.

The dialog shows the year under review now and next and which texts to clear; the new project is
saved to a file the user chooses (never over the open one), which can then be opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget,
)

from evaleditor.errors import EvalEditorError

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

PROJECT_SUFFIX = ".evproj"


class NextYearDialog(QDialog):
    def __init__(self, current: str, following: str, adds_column: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("次年度の準備"))
        intro = QLabel(self.tr("このプロジェクトをもとに、次の評価対象年度の新しいプロジェクトを作ります。"
                               "指標・目標値・関連事業・項目と過去の実績・決算額は引き継ぎます。"), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("いまの評価対象年度:"), QLabel(current or self.tr("（なし）"), self))
        self.following = QLabel(f"<b>{following}</b>", self)
        form.addRow(self.tr("新しい評価対象年度:"), self.following)
        if adds_column:
            added = QLabel(self.tr("年度の列「{0}」を追加します。").format(following), self)
            added.setWordWrap(True)
            form.addRow("", added)
        group = QGroupBox(self.tr("空にする文章（チェックしないものは引き継ぎます）"), self)
        self.boxes = {part: QCheckBox(label, group) for part, label in (
            ("result", self.tr("成果")), ("issue", self.tr("課題")), ("policy", self.tr("取組方針")))}
        column = QVBoxLayout(group)
        for box in self.boxes.values():
            column.addWidget(box)
        note = QLabel(self.tr("新しいプロジェクトは別のファイルに保存します。いま開いているファイルは変更しません。"), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存先を選ぶ(&S)…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

    def cleared(self) -> frozenset[str]:
        return frozenset(part for part, box in self.boxes.items() if box.isChecked())

    def choose(self) -> frozenset[str] | None:
        return self.cleared() if self.exec() == QDialog.DialogCode.Accepted else None


def prepare_next_year_file(window: MainWindow) -> Path | None:
    """Ask, write the next year's project to a new file, offer to open it; the new file's path."""
    from evaleditor.model.next_year import next_year_label, prepare_next_year
    from evaleditor.storage.projectfile import save_project

    doc = window.doc
    if doc is None:
        return None
    window._commit_pending_edit()
    try:
        following, adds_column = next_year_label(doc.project)
    except EvalEditorError as error:
        window.dialogs.error(str(error))
        return None
    cleared = window.dialogs.ask_next_year(doc.project.review_year() or "", following, adds_column)
    if cleared is None:
        return None
    stem = doc.path.stem if doc.path else window._suggested_name()
    suggested = f"{stem}-{following}{PROJECT_SUFFIX}"
    if doc.path is not None:
        suggested = str(doc.path.with_name(suggested))
    path = window.dialogs.save_path(translate("NextYear", "次年度のプロジェクトを保存"),
                                    translate("NextYear", "プロジェクト (*{0})").format(PROJECT_SUFFIX),
                                    suggested)
    if path is None:
        return None
    if path.suffix.lower() != PROJECT_SUFFIX:
        path = path.with_name(path.name + PROJECT_SUFFIX)
    if doc.path is not None and path.resolve() == doc.path.resolve():
        window.dialogs.error(translate("NextYear", "いま開いているファイルには保存できません。別の名前を指定してください。"))
        return None
    try:
        save_project(prepare_next_year(doc.project, cleared), path)
    except EvalEditorError as error:
        window.dialogs.error(translate("NextYear", "保存できませんでした。\n{0}").format(error))
        return None
    window.statusBar().showMessage(translate("NextYear", "{0} に保存しました").format(path.name), 8000)
    question = translate("NextYear", "{0} を保存しました。開きますか？").format(path.name)
    if window.dialogs.confirm(translate("NextYear", "次年度の準備"), question):
        window.open_path(path)
    return path
