"""The topics of a sheet: 成果 one per topic, or 課題 and 取組方針 side by side, one row per topic."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from evaleditor.gui.hints import make_hint
from evaleditor.gui.commands import moved, replace_list
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import Part, Place, ProjectDocument, Tab
from evaleditor.gui.richtext_editor import FormatToolBar, RichTextEditor
from evaleditor.gui.widgets import BoundLineEdit
from evaleditor.model import Sheet, Topic, richtext

RESULTS, ISSUES = "results", "issues"


class TopicRow:
    """The widgets of one topic in a panel."""

    def __init__(self, heading: BoundLineEdit, editors: list[RichTextEditor], buttons: list[QPushButton]) -> None:
        self.heading = heading
        self.editors = editors
        self.up, self.down, self.remove = buttons


class TopicsPanel(QWidget):
    def __init__(self, doc: ProjectDocument, dialogs: Dialogs, sheet: Sheet, mode: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.dialogs, self.sheet, self.mode = doc, dialogs, sheet, mode
        self.tab = Tab.RESULTS if mode == RESULTS else Tab.ISSUES
        self.rows: list[TopicRow] = []
        self.toolbar = FormatToolBar(doc, dialogs, self)
        self.add_button = QPushButton(self.tr("項目を追加"), self)
        self.add_button.clicked.connect(self.add_topic)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.add_button)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._build()
        doc.changed.connect(self._changed)

    def place(self) -> Place:
        return Place(self.sheet, self.tab)

    def _build(self) -> None:
        for row in self.rows:
            row.heading.detach()
            for editor in row.editors:
                editor.detach()
        self.rows = []
        content = QWidget()
        grid = QGridLayout(content)
        grid.setVerticalSpacing(6)
        grid.setHorizontalSpacing(12)
        line = 0
        if self.mode == ISSUES:
            for column, text in enumerate((self.tr("課題"), self.tr("取組方針"))):
                label = QLabel(f"<b>{text}</b>", content)
                grid.addWidget(label, line, column)
            line += 1
        columns = 2 if self.mode == ISSUES else 1
        for index, topic in enumerate(self.sheet.topics):
            grid.addWidget(self._header(content, index, topic), line, 0, 1, columns)
            line += 1
            parts = (("issue", self.tr("課題")), ("policy", self.tr("取組方針"))) if self.mode == ISSUES else (
                ("result", self.tr("成果")),)
            editors = []
            for column, (part, label) in enumerate(parts):
                editor = RichTextEditor(self.doc, topic, part, f"{topic.heading} {label}", self.place(), content)
                grid.addWidget(editor, line, column)
                editors.append(editor)
            self.rows[-1].editors = editors
            line += 1
        if not self.sheet.topics:
            empty = QLabel(self.tr("項目がありません。「項目を追加」で追加してください。"), content)
            make_hint(empty)  # grey, yet readable (not disabled)
            grid.addWidget(empty, line, 0, 1, columns)
            line += 1
        grid.setRowStretch(line, 1)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        old = self.scroll.takeWidget()
        position = self.scroll.verticalScrollBar().value()
        self.scroll.setWidget(content)
        self.scroll.verticalScrollBar().setValue(position)
        if old is not None:
            old.deleteLater()

    def _header(self, parent: QWidget, index: int, topic: Topic) -> QWidget:
        header = QWidget(parent)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 8 if index else 0, 0, 0)
        number = QLabel(f"<b>{index + 1}.</b>", header)
        heading = BoundLineEdit(self.doc, topic, Part.HEADING, topic, "heading", self.tr("見出し"), self.place(), header)
        heading.setPlaceholderText(self.tr("見出し（「」は付けずに入力）"))
        heading.setAccessibleName(self.tr("項目 {0} の見出し").format(index + 1))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        row.addWidget(number)
        row.addWidget(heading, 1)
        buttons = []
        for text, tip, slot in ((self.tr("↑"), self.tr("上へ移動"), lambda _=False, t=topic: self.move_topic(t, -1)),
                                (self.tr("↓"), self.tr("下へ移動"), lambda _=False, t=topic: self.move_topic(t, 1)),
                                (self.tr("削除"), self.tr("この項目を削除"), lambda _=False, t=topic: self.remove_topic(t))):
            button = QPushButton(text, header)
            button.setToolTip(tip)
            button.setAccessibleName(self.tr("項目 {0}: {1}").format(index + 1, tip))  # not just "↑"
            button.clicked.connect(slot)
            row.addWidget(button)
            buttons.append(button)
        buttons[0].setEnabled(index > 0)
        buttons[1].setEnabled(index < len(self.sheet.topics) - 1)
        self.rows.append(TopicRow(heading, [], buttons))
        return header

    # -- operations
    def add_topic(self) -> None:
        replace_list(self.doc, self.tr("項目の追加"), self.sheet, Part.TOPICS, self.sheet.topics,
                     [*self.sheet.topics, Topic(heading=self.tr("新しい項目"))], self.place())
        if self.rows:
            self.rows[-1].heading.setFocus()
            self.rows[-1].heading.selectAll()
            self.scroll.ensureWidgetVisible(self.rows[-1].heading)

    def remove_topic(self, topic: Topic) -> None:
        has_text = any(richtext.to_plain(getattr(topic, p)).strip() for p in ("result", "issue", "policy"))
        if has_text and not self.dialogs.confirm(
                self.tr("項目の削除"),
                self.tr("「{0}」の成果・課題・取組方針をすべて削除しますか？（元に戻すことができます）").format(topic.heading)):
            return
        replace_list(self.doc, self.tr("項目の削除"), self.sheet, Part.TOPICS, self.sheet.topics,
                     [t for t in self.sheet.topics if t is not topic], self.place())

    def move_topic(self, topic: Topic, delta: int) -> None:
        index = next(n for n, t in enumerate(self.sheet.topics) if t is topic)
        items = moved(self.sheet.topics, index, delta)
        if items is not None:
            replace_list(self.doc, self.tr("項目の並べ替え"), self.sheet, Part.TOPICS, self.sheet.topics, items,
                         self.place())

    def _changed(self, scope: object, part: str) -> None:
        if scope is self.sheet and part == Part.TOPICS:
            self._build()

    def detach(self) -> None:
        self.doc.changed.disconnect(self._changed)
        for row in self.rows:
            row.heading.detach()
            for editor in row.editors:
                editor.detach()
