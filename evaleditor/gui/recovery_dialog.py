"""The question at start about unsaved work of a session that ended without saving: 復元 / 破棄 / 後で.

It shows what the work is (the file it belongs to, the plan, how many sheets and which policies) and when
it was autosaved, so that the user can tell several recoveries apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QStyle, QHBoxLayout, QVBoxLayout, QWidget,
)

from evaleditor.errors import one_line_text
from evaleditor.gui.hints import make_hint
from evaleditor.gui.dialogs import RecoveryChoice
from evaleditor.storage.recovery import Recovery


@dataclass(frozen=True)
class RecoveryOffer:
    """One recovery to offer: the file found, its place among all found, and whether its file changed since."""

    recovery: Recovery
    number: int = 1
    total: int = 1
    #: The project file was changed by someone else after the crashed session loaded or saved it.
    file_changed: bool = False


class RecoveryDialog(QDialog):
    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.choice = RecoveryChoice.LATER
        recovery = offer.recovery
        self.setWindowTitle(self.tr("保存されていない作業の復元"))
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = self.tr("保存されていない作業が見つかりました")
        if offer.total > 1:
            heading += self.tr("（{0} 件中 {1} 件目）").format(offer.total, offer.number)
        self.heading = QLabel(f"<b>{heading}</b>", self)
        self.explanation = QLabel(self.tr(
            "evaleditor が前回、保存しないまま終了しました（強制終了、停電など）。自動保存されていた作業を"
            "復元できます。復元すると未保存の状態で開き、保存するまで元のファイルは変更されません。"), self)
        self.explanation.setWordWrap(True)

        form = QFormLayout()
        self.file = QLabel(self)
        if recovery.original is not None:
            self.file.setText(one_line_text(recovery.original.name, 120))
            self.file.setToolTip(str(recovery.original))
            folder = QLabel(one_line_text(str(recovery.original.parent), 200), self)
            make_hint(folder)  # grey, yet readable (the mid palette grey was about 2:1)
            folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            file_box = QVBoxLayout()
            file_box.setSpacing(0)
            file_box.addWidget(self.file)
            file_box.addWidget(folder)
            form.addRow(self.tr("ファイル:"), file_box)
        else:
            self.file.setText(self.tr("（まだ保存されていない新しいプロジェクト）"))
            form.addRow(self.tr("ファイル:"), self.file)
        self.saved_at = QLabel(self._when(recovery.saved_at), self)
        form.addRow(self.tr("自動保存:"), self.saved_at)
        self.contents = QLabel(self)
        self.contents.setWordWrap(True)
        summary = recovery.summary
        if recovery.problem is not None or summary is None:
            self.contents.setText(self.tr("{0}。復元できません。").format(recovery.problem or ""))
            self.contents.setStyleSheet("color: #b71c1c;")
        else:
            head = " ".join(p for p in (summary.municipality, summary.plan) if p) or summary.title
            lines = [one_line_text(head, 120)] if head else []
            sheets = self.tr("{0} シート").format(summary.sheet_count)
            if summary.policies:
                more = self.tr(" ほか") if summary.sheet_count > len(summary.policies) else ""
                sheets += "：" + "、".join(one_line_text(p, 60) for p in summary.policies) + more
            lines.append(sheets)
            self.contents.setText("\n".join(lines))
        form.addRow(self.tr("内容:"), self.contents)
        self.changed_note = QLabel(self.tr(
            "元のファイルは、その後ほかの人またはプログラムが変更しています。復元した作業を保存するときに、"
            "上書きするか別の名前で保存するかを確認します。"), self)
        self.changed_note.setWordWrap(True)
        self.changed_note.setStyleSheet("color: #b71c1c;")
        self.changed_note.setVisible(offer.file_changed)

        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("復元(&R)"), self)
        self.discard_button = QPushButton(self.tr("破棄(&D)…"), self)
        self.later_button = QPushButton(self.tr("後で(&L)"), self)
        self.later_button.setToolTip(self.tr("今は開かず、次に起動したとき（または ファイル → 自動保存から復元…）にもう一度確認します"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(recovery.problem is None)
        self.restore_button.setDefault(recovery.problem is None)
        self.restore_button.clicked.connect(lambda: self._answer(RecoveryChoice.RESTORE))
        self.discard_button.clicked.connect(lambda: self._answer(RecoveryChoice.DISCARD))
        self.later_button.clicked.connect(lambda: self._answer(RecoveryChoice.LATER))

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explanation)
        text.addSpacing(6)
        text.addLayout(form)
        text.addWidget(self.changed_note)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 46)

    def _when(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("（不明）")
        local = moment.astimezone()
        minutes = int((datetime.now(timezone.utc) - moment).total_seconds() // 60)
        if minutes < 1:
            ago = self.tr("たった今")
        elif minutes < 60:
            ago = self.tr("{0} 分前").format(minutes)
        elif minutes < 48 * 60:
            ago = self.tr("{0} 時間前").format(minutes // 60)
        else:
            ago = self.tr("{0} 日前").format(minutes // (24 * 60))
        return f"{local.strftime('%Y-%m-%d %H:%M')}（{ago}）"

    def _answer(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()

    def choose(self) -> RecoveryChoice:
        """Show the dialog; closing it without a choice means 後で (nothing is lost)."""
        self.choice = RecoveryChoice.LATER
        self.exec()
        return self.choice
