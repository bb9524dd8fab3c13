"""The renderer paints rich text with its formats, on any paint device (here an image)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextCharFormat

from evaleditor.gui.pdf.renderer import ProjectRenderer
from evaleditor.gui.pdf.textbox import TextBox, rich
from evaleditor.model import Topic
from tests import factories


def render_first_page(project) -> QImage:
    image = QImage(595 * 2, 842 * 2, QImage.Format.Format_RGB32)  # A4 at 144 dpi
    image.setDotsPerMeterX(round(144 / 0.0254))
    image.setDotsPerMeterY(round(144 / 0.0254))
    image.fill(QColor("white"))
    renderer = ProjectRenderer(project, image, image.width() - 100, image.height() - 100)
    painter = QPainter(image)
    painter.translate(50, 50)
    renderer.paint(painter, 0)
    painter.end()
    return image


def reddish_pixels(image: QImage) -> int:
    count = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            count += c.red() > 180 and c.green() < 90 and c.blue() < 90
    return count


def test_coloured_text_is_painted_in_its_colour():
    project = factories.project(["2年度", "3年度"], sheets=1, topics=1)
    plain_topic = Topic("見出し", "<p>黒い文字だけの成果</p>", "<p>課題</p>", "<p>方針</p>")
    project.sheets[0].topics = [plain_topic]
    assert reddish_pixels(render_first_page(project)) == 0
    project.sheets[0].topics = [Topic("見出し", '<p>黒と<span style="color:#ff0000">赤い文字の成果</span></p>',
                                      "<p>課題</p>", "<p>方針</p>")]
    assert reddish_pixels(render_first_page(project)) > 20


def test_rich_text_keeps_bold_italic_underline_and_bullets():
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    paragraphs = rich("<p>普通<b>太字</b><i>斜体</i><u>下線</u></p><ul><li>項目</li></ul>", QFont("IPAexGothic", 10))
    box = TextBox(paragraphs, 700, image)
    first, bullet = box._layouts
    ranges = first.formats()
    formats = {(r.start, r.length): QTextCharFormat(r.format) for r in ranges}
    assert formats[(2, 2)].fontWeight() == QFont.Weight.Bold
    assert formats[(4, 2)].fontItalic()
    assert formats[(6, 2)].fontUnderline()
    assert (0, 2) not in formats  # plain text carries no format
    assert bullet.text() == "・項目"
    assert len(box) == 2
