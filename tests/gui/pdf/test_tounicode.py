"""The ToUnicode repair: radical code points become the characters drawn with the same glyph."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QImage, QRawFont

from evaleditor.gui.pdf.fonts import pick_family, writes_japanese
from evaleditor.gui.pdf.textbox import TextBox, rich
from evaleditor.gui.pdf.tounicode import fix_cmap, fix_pdf, radical_replacements
from evaleditor.gui.pdf.writer import export_pdf_bytes
from evaleditor.model import Topic
from tests import factories
from tests.gui.pdf.conftest import page_texts, squeeze

HUMAN, HUMAN_RADICAL = 0x4EBA, 0x2F08  # 人, ⼈
LONG, LONG_RADICAL = 0x9577, 0x2ED1  # 長, ⻑


def test_radicals_map_to_the_drawn_ideographs():
    font = QFont(pick_family("IPAexGothic"))
    mapping = radical_replacements([font], set("人口の長期"))
    assert mapping[HUMAN_RADICAL] == HUMAN
    assert mapping[LONG_RADICAL] == LONG


def test_a_radical_that_was_really_drawn_is_kept():
    mapping = radical_replacements([QFont(pick_family("IPAexGothic"))], {chr(HUMAN_RADICAL)})
    assert HUMAN_RADICAL not in mapping


def test_fix_cmap_rewrites_arrays_singles_and_linear_ranges():
    cmap = (b"3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<2F08> <0041> <2ED1> ]\n"
            b"<0004> <0004> <2F08>\n<0010> <0019> <2F40>\nendbfrange\n")
    mapping = {HUMAN_RADICAL: HUMAN, LONG_RADICAL: LONG} | {0x2F40 + i: 0x4E00 + i for i in range(10)}
    fixed = fix_cmap(cmap, mapping).decode()
    assert "<0001> <0003> [<4EBA> <0041> <9577> ]" in fixed
    assert "<0004> <0004> <4EBA>" in fixed
    assert "<0010> <0019> [" + " ".join(f"<{0x4E00 + i:04X}>" for i in range(10)) + " ]" in fixed
    assert not re.search(r"<2[EF][0-9A-F]{2}>", fixed)


def test_fixed_pdf_keeps_a_valid_cross_reference_table():
    project = factories.project(["2年度", "3年度"], sheets=1)
    project.sheets[0].policy_name = "人口と長期の見通し"
    pdf = export_pdf_bytes(project)
    start = int(re.search(rb"startxref\s+(\d+)", pdf).group(1))
    assert pdf[start:start + 4] == b"xref"
    table = pdf[start:].split(b"trailer")[0]
    offsets = [int(o) for o, kind in re.findall(rb"(\d{10}) \d{5} ([nf])", table) if kind == b"n"]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj" % number), number
    for length, stream in re.findall(rb"<< /Length (\d+) >>\nstream\n(.*?)\nendstream", pdf, re.S):
        assert int(length) == len(stream)
    assert fix_pdf(pdf, {}) is pdf


def test_the_fallback_font_writes_japanese():
    family = pick_family("存在しないフォント")
    assert family in QFontDatabase.families() and writes_japanese(family)


def test_characters_beyond_the_basic_plane_extract_too(tmp_path):
    """Qt leaves glyphs of characters beyond U+FFFF out of the map; the export adds them (also in bold runs)."""
    project = factories.project(["2年度", "3年度"], sheets=1, topics=1)
    family = pick_family(project.settings.font_name)
    raw = QRawFont.fromFont(QFont(family))
    wide = [c for c in "𩸽𠀋𡈽𠮷" if raw.supportsCharacter(ord(c))]
    if not wide:
        pytest.skip(f"{family} has none of the test characters")
    project.sheets[0].policy_name = "".join(wide) + "の見通し"
    project.sheets[0].topics = [Topic("見出し", "<p>" + "と".join(f"<b>{c}</b>x<i>{c}</i>" for c in wide) + "</p>",
                                      "", "")]
    pdf = tmp_path / "wide.pdf"
    pdf.write_bytes(export_pdf_bytes(project))
    text = "".join(page_texts(pdf))
    assert "".join(wide) + "の見通し" in text
    assert "と".join(f"{c}x{c}" for c in wide) in squeeze(text)
    assert "\ufffd" not in text


def test_rich_text_ranges_count_utf16_units():
    image = QImage(400, 100, QImage.Format.Format_RGB32)
    (paragraph,) = rich("<p>𩸽<b>太字</b></p>", QFont(pick_family("IPAexGothic")))
    assert [(start, length) for start, length, _ in paragraph.runs] == [(0, 2), (2, 2)]
    box = TextBox([paragraph], 380, image)
    assert box.text() == "𩸽太字"
