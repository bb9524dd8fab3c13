"""Rich-text editing of a topic part: the subset of :mod:`evaleditor.model.richtext`, a character count,
pasting that keeps only the subset, and a small formatting toolbar shared by the editors of a tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction, QBrush, QColor, QFocusEvent, QFont, QKeyEvent, QKeySequence, QTextBlock, QTextCharFormat, QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QApplication, QFrame, QLabel, QMenu, QTextEdit, QToolBar, QToolButton, QVBoxLayout, QWidget,
)

from evaleditor.gui.commands import SetValueCommand
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import Part, Place, ProjectDocument
from evaleditor.gui.widgets import leaves_undo_to_window
from evaleditor.model import richtext

COUNT_STYLE = ""  # the count in the normal text colour: grey on grey was below 4.5:1
OVER_STYLE = "color: #b71c1c; font-weight: bold;"


def char_count(html: str) -> int:
    """Characters a reader sees: line breaks and paragraph ends are not counted."""
    return len(richtext.to_plain(html).replace("\n", ""))


class RichTextEdit(QTextEdit):
    """A QTextEdit whose paste keeps only the subset and whose undo is the window's."""

    paragraphEnded = Signal()
    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(lambda _: self.updateGeometry())
        self.setSizePolicy(self.sizePolicy().horizontalPolicy(), self.sizePolicy().Policy.Minimum)

    def subset_html(self) -> str:
        html = richtext.sanitize(self.toHtml())
        return "" if html == "<p></p>" else html

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            html = richtext.sanitize(source.html())
        elif source.hasText():
            html = richtext.from_plain(source.text())
        else:
            return
        self.textCursor().insertHtml(html)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def event(self, event: QEvent) -> bool:
        if leaves_undo_to_window(event):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.paragraphEnded.emit()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing()
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 8
        hint.setHeight(max(height, 3 * lines + 12))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setHeight(self.sizeHint().height())
        return hint

    # -- formatting (each applied to the selection, or to what is typed next)
    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.currentCharFormat().fontWeight() > QFont.Weight.Normal
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self._merge(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.currentCharFormat().fontUnderline())
        self._merge(fmt)

    def set_color(self, color: QColor | None) -> None:
        """Colour the selection; None returns it to the automatic colour."""
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush() if color is None else QBrush(color))
        self._merge(fmt)

    def toggle_bullets(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None:
            self._unlist(self._selected_blocks())
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        cursor.endEditBlock()

    @staticmethod
    def _unlist(blocks: list[QTextBlock]) -> None:
        """Plain paragraphs again: out of their bullet list, without the list's indent."""
        for block in blocks:
            text_list = block.textList()
            if text_list is not None:
                text_list.remove(block)
                cursor = QTextCursor(block)
                fmt = cursor.blockFormat()
                fmt.setIndent(0)
                cursor.setBlockFormat(fmt)

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        return blocks

    def clear_formatting(self) -> None:
        """Plain text again: no bold, italic, underline, colour or bullets in the selection (or paragraph)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.setCharFormat(QTextCharFormat())
        self._unlist(self._selected_blocks())
        cursor.endEditBlock()
        self.setCurrentCharFormat(QTextCharFormat())


class RichTextEditor(QFrame):
    """Edits one rich-text part of a topic (成果, 課題 or 取組方針), with its character count."""

    def __init__(self, doc: ProjectDocument, topic: object, part: str, label: str, place: Place | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.topic, self.part, self.label, self.place = doc, topic, part, label, place
        self.edit = RichTextEdit(self)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(self.tr("文章の欄。Ctrl+B 太字、Ctrl+I 斜体、Ctrl+U 下線。Tab で次の欄に移ります。"))
        self.count = QLabel(self)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
        self._updating = False
        self._load()
        self.edit.textChanged.connect(self._edited)
        self.edit.paragraphEnded.connect(doc.seal_typing)
        self.edit.focusLeft.connect(doc.seal_typing)
        doc.changed.connect(self._changed)
        for key, method in ((QKeySequence.StandardKey.Bold, RichTextEdit.toggle_bold),
                            (QKeySequence.StandardKey.Italic, RichTextEdit.toggle_italic),
                            (QKeySequence.StandardKey.Underline, RichTextEdit.toggle_underline)):
            action = QAction(self.edit)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, m=method: self.format(m))
            self.edit.addAction(action)

    def format(self, method) -> None:  # type: ignore[no-untyped-def]
        """Apply a formatting method of the editor as its own undo step."""
        self.doc.seal_typing()
        method(self.edit)
        self.doc.seal_typing()

    def html(self) -> str:
        return getattr(self.topic, self.part)

    def _load(self) -> None:
        self._updating = True
        position = self.edit.textCursor().position()
        self.edit.setHtml(self.html())
        cursor = self.edit.textCursor()
        cursor.setPosition(min(position, len(self.edit.toPlainText())))
        self.edit.setTextCursor(cursor)
        self._updating = False
        self._update_count()

    def _edited(self) -> None:
        if self._updating:
            return
        new = self.edit.subset_html()
        if new != self.html():
            topic, part = self.topic, self.part
            self.doc.undo_stack.push(SetValueCommand(
                self.doc, self.tr("{0} の編集").format(self.label), topic, Part.TEXT,
                lambda: getattr(topic, part), lambda v: setattr(topic, part, v), new, self.place,
                merge_key=(id(topic), part)))
        self._update_count()

    def _changed(self, scope: object, part: str) -> None:
        if scope is self.topic and part == Part.TEXT and self.edit.subset_html() != self.html():
            self._load()
        elif part == Part.SETTINGS:
            self._update_count()

    def _update_count(self) -> None:
        count = char_count(self.html())
        limit = self.doc.project.settings.char_limit
        if limit:
            self.count.setText(self.tr("{0} / {1} 文字").format(count, limit))
            self.count.setStyleSheet(OVER_STYLE if count > limit else COUNT_STYLE)
        else:
            self.count.setText(self.tr("{0} 文字").format(count))
            self.count.setStyleSheet(COUNT_STYLE)

    def detach(self) -> None:
        self.doc.changed.disconnect(self._changed)


class FormatToolBar(QToolBar):
    """Bold, italic, underline, colour, bullets and clear, for the rich-text editor last focused."""

    COLORS = ((QT_TRANSLATE_NOOP("FormatToolBar", "赤(&R)"), "#c00000"),
              (QT_TRANSLATE_NOOP("FormatToolBar", "青(&B)"), "#0050b0"),
              (QT_TRANSLATE_NOOP("FormatToolBar", "緑(&G)"), "#007030"))

    def __init__(self, doc: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.dialogs = dialogs
        self.target: RichTextEdit | None = None
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold = self._action(self.tr("太字"), "B", QKeySequence.StandardKey.Bold, RichTextEdit.toggle_bold)
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        self.italic = self._action(self.tr("斜体"), "I", QKeySequence.StandardKey.Italic, RichTextEdit.toggle_italic)
        font = self.italic.font()
        font.setItalic(True)
        self.italic.setFont(font)
        self.underline = self._action(self.tr("下線"), "U", QKeySequence.StandardKey.Underline,
                                      RichTextEdit.toggle_underline)
        font = self.underline.font()
        font.setUnderline(True)
        self.underline.setFont(font)
        menu = QMenu(self)
        menu.addAction(self.tr("自動（黒）(&A)"), lambda: self.apply(lambda e: e.set_color(None)))
        for name, code in self.COLORS:
            menu.addAction(self.tr(name), lambda c=code: self.apply(lambda e: e.set_color(QColor(c))))
        menu.addAction(self.tr("その他の色(&M)…"), self.choose_color)
        self.color_button = QToolButton(self)
        self.color_button.setText(self.tr("文字の色"))
        self.color_button.setMenu(menu)
        self.color_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(self.color_button)
        self.bullets = self._action(self.tr("箇条書き"), "", None, RichTextEdit.toggle_bullets)
        self.clear = self._action(self.tr("書式のクリア"), "", None, RichTextEdit.clear_formatting)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        for button in self.findChildren(QToolButton):  # reachable by Tab; Space applies to the last text field
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _action(self, text: str, short: str, key: QKeySequence.StandardKey | None, method) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(short or text, self)
        action.setToolTip(text + (f" ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
                                  if key else ""))
        action.triggered.connect(lambda: self.apply(method))
        self.addAction(action)
        return action

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        owner = self.parentWidget()
        if isinstance(new, RichTextEdit) and owner is not None and owner.isAncestorOf(new):
            self.target = new

    def apply(self, method) -> None:  # type: ignore[no-untyped-def]
        if self.target is None:
            return
        self.doc.seal_typing()
        method(self.target)
        self.doc.seal_typing()
        self.target.setFocus()

    def choose_color(self) -> None:
        if self.target is None:
            return
        color = self.dialogs.choose_color(self.target.textColor())
        if color is not None:
            self.apply(lambda e: e.set_color(color))
