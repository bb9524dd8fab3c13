"""Rich-text editors: the formatting toolbar, sanitised paste, character counts, typing as undo steps."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QGuiApplication, QTextCursor

from evaleditor.gui.document import Tab
from evaleditor.model import richtext
from tests.gui.conftest import commit_text


def results_editor(window, topic: int = 0):  # type: ignore[no-untyped-def]
    window.editor.show_tab(Tab.RESULTS)
    editor = window.editor.results.rows[topic].editors[0]
    editor.edit.setFocus()
    return editor


def select_first_chars(edit, count: int) -> None:  # type: ignore[no-untyped-def]
    cursor = edit.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(count, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def click(qtbot, toolbar, action) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)


def test_toolbar_makes_the_selection_bold_italic_and_underlined(qtbot, window):
    editor = results_editor(window)
    topic = window.doc.project.sheets[0].topics[0]
    toolbar = window.editor.results.toolbar
    select_first_chars(editor.edit, 5)
    click(qtbot, toolbar, toolbar.bold)
    assert topic.result.startswith("<p><b>コロナ危機</b>に")
    select_first_chars(editor.edit, 3)
    click(qtbot, toolbar, toolbar.italic)
    click(qtbot, toolbar, toolbar.underline)
    blocks = richtext.parse(topic.result)
    first = blocks[0].runs[0]
    assert (first.text, first.bold, first.italic, first.underline) == ("コロナ", True, True, True)
    assert window.undo_action.text().startswith("元に戻す")
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert topic.result.startswith("<p>コロナ危機における")


def test_keyboard_shortcut_bold_in_the_editor(qtbot, window):
    editor = results_editor(window, 1)
    select_first_chars(editor.edit, 2)
    qtbot.keyClick(editor.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.project.sheets[0].topics[1].result.startswith("<p><b>創業</b>")


def test_colour_bullets_and_clearing_formatting(qtbot, window, dialogs):
    editor = results_editor(window, 2)
    topic = window.doc.project.sheets[0].topics[2]
    toolbar = window.editor.results.toolbar
    select_first_chars(editor.edit, 4)
    dialogs.colors = [QColor("#123456")]
    toolbar.choose_color()
    assert topic.result.startswith('<p><span style="color:#123456">金融総合</span>')
    click(qtbot, toolbar, toolbar.bullets)
    assert topic.result.startswith('<ul><li><span style="color:#123456">金融総合</span>')
    cursor = editor.edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    editor.edit.setTextCursor(cursor)
    click(qtbot, toolbar, toolbar.clear)
    assert richtext.is_plain(topic.result) and topic.result.startswith("<p>金融総合案内窓口")


def test_paste_from_a_browser_keeps_only_the_subset(qtbot, window):
    editor = results_editor(window, 3)
    topic = window.doc.project.sheets[0].topics[3]
    editor.edit.selectAll()
    mime = QMimeData()
    mime.setHtml('<html><head><style>p{color:red}</style></head><body>'
                 '<p style="font-family:Meiryo;font-size:20pt"><b>重要</b>な<a href="http://x">リンク</a>'
                 '<img src="x.png"><script>alert(1)</script></p><table><tr><td>表</td></tr></table></body></html>')
    mime.setText("重要なリンク表")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.edit.paste()
    assert topic.result == "<p><b>重要</b>なリンク</p><p>表</p>"
    assert richtext.sanitize(editor.edit.toHtml()) == topic.result


def test_paste_of_plain_text_from_excel_becomes_paragraphs(qtbot, window):
    editor = results_editor(window, 4)
    topic = window.doc.project.sheets[0].topics[4]
    editor.edit.selectAll()
    mime = QMimeData()
    mime.setText("一行目\n二行目")
    QGuiApplication.clipboard().setMimeData(mime)
    editor.edit.paste()
    assert topic.result == "<p>一行目</p><p>二行目</p>"


def test_character_count_follows_the_text_and_the_limit(qtbot, window):
    editor = results_editor(window, 0)
    topic = window.doc.project.sheets[0].topics[0]
    count = len(richtext.to_plain(topic.result))
    assert editor.count.text() == f"{count} 文字"
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(editor.edit, "追記")
    assert editor.count.text() == f"{count + 2} 文字"
    window.doc.project.settings.char_limit = 100
    window.doc.changed.emit(window.doc.project, "settings")
    assert editor.count.text() == f"{count + 2} / 100 文字"
    assert "#b71c1c" in editor.count.styleSheet()


def test_typing_merges_into_one_step_until_the_paragraph_ends(qtbot, window):
    editor = results_editor(window, 1)
    topic = window.doc.project.sheets[0].topics[1]
    original = topic.result
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    for text in ("今後", "も", "継続"):
        commit_text(editor.edit, text)
    assert richtext.to_plain(topic.result).endswith("寄与しました。今後も継続")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    commit_text(editor.edit, "次の段落")
    assert richtext.to_plain(topic.result).endswith("今後も継続\n次の段落")
    window.undo_action.trigger()
    assert richtext.to_plain(topic.result).endswith("今後も継続")
    window.undo_action.trigger()
    assert topic.result == original
    assert editor.edit.toPlainText() == richtext.to_plain(original)


def test_ctrl_z_in_a_text_field_undoes_through_the_window(qtbot, window):
    window.editor.show_tab(Tab.INFO)
    field = window.editor.info.name
    field.setFocus()
    field.end(False)
    commit_text(field, "（改）")
    sheet = window.doc.project.sheets[0]
    assert sheet.policy_name == "産業の活性化を促進する（改）"
    assert window.navigator.list.item(0).text() == "4 産業の活性化を促進する（改）"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sheet.policy_name == "産業の活性化を促進する"
    assert field.text() == "産業の活性化を促進する"
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert sheet.policy_name == "産業の活性化を促進する（改）"


def test_paste_from_word_keeps_bold_colour_and_paragraphs_only(qtbot, window):
    editor = results_editor(window, 5)
    topic = window.doc.project.sheets[0].topics[5]
    editor.edit.selectAll()
    mime = QMimeData()
    mime.setHtml(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0} --></style>'
        '</head><body lang=JA><!--StartFragment--><p class=MsoNormal><b><span style="font-family:游明朝;'
        'mso-bidi-font-family:Arial">販路</span></b><span style="color:#C00000;mso-ansi-language:EN-US">拡大</span>'
        '<o:p></o:p></p><p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><![if !supportLists]>'
        '<span style="mso-list:Ignore">・</span><![endif]>出店支援<o:p></o:p></p><!--EndFragment--></body></html>')
    QGuiApplication.clipboard().setMimeData(mime)
    editor.edit.paste()
    assert topic.result == '<p><b>販路</b><span style="color:#c00000">拡大</span></p><p>・出店支援</p>'


def test_automatic_colour_and_bullets_toggle_back(qtbot, window):
    editor = results_editor(window, 1)
    topic = window.doc.project.sheets[0].topics[1]
    original = topic.result
    toolbar = window.editor.results.toolbar
    select_first_chars(editor.edit, 2)
    toolbar.apply(lambda e: e.set_color(QColor("#c00000")))
    assert topic.result.startswith('<p><span style="color:#c00000">創業</span>')
    toolbar.apply(lambda e: e.set_color(None))
    assert topic.result == original
    click(qtbot, toolbar, toolbar.bullets)
    assert topic.result.startswith("<ul><li>創業支援")
    click(qtbot, toolbar, toolbar.bullets)
    assert topic.result == original
