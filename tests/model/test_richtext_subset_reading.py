"""Stored rich text (the safe subset) is read without the general HTML parser; it must read alike."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evaleditor.model import richtext

TAGS = ["<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<u>", "</u>", "<ul>", "</ul>", "<li>", "</li>", "<br>",
        '<span style="color:#1a2b3c">', '<span style="color:#ff0000">', "</span>"]
PIECES = list("ablt;#x39 　あ漢・\n\t\r") + ["&lt;", "&gt;", "&amp;", "&quot;", "&#39;", "&#x27;"]
TEXT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join)
subset_html = st.lists(st.sampled_from(TAGS) | TEXT, max_size=25).map("".join)


def general_parser(html: str) -> list[richtext.Block]:
    blocks = richtext._Blocks()
    reader = richtext._html_reader()(blocks)
    reader.feed(html)
    reader.close()
    return blocks.finish()


@settings(max_examples=400)
@given(subset_html)
def test_any_subset_text_reads_as_the_general_parser_reads_it(html):
    assert richtext.is_safe_subset(html)
    assert richtext.parse(html) == general_parser(html)


@settings(max_examples=200)
@given(st.lists(st.builds(richtext.Block, st.lists(st.builds(
    richtext.Run, st.text(max_size=6), st.booleans(), st.booleans(), st.booleans(),
    st.none() | st.sampled_from(["#000000", "#ff0000"])), max_size=3), st.booleans()), max_size=4))
def test_written_text_reads_back_alike(blocks):
    html = richtext.to_html(blocks)
    assert richtext.parse(html) == general_parser(html)


def test_text_outside_the_subset_still_goes_through_the_general_parser():
    html = '<p style="color:red">a<script>x</script>&nbsp;b</p>'
    assert not richtext.is_safe_subset(html)
    assert richtext.parse(html) == general_parser(html)
    assert richtext.to_plain(html) == "a\xa0b"


def test_escape_is_htmls_own_without_quotes():
    import html

    text = 'a<b>&"c\' &amp; <>'
    assert richtext.escape(text) == html.escape(text, quote=False)


def _plain_by_parsing(html: str) -> list[tuple[bool, str]]:
    return [(block.bullet, block.text) for block in richtext.parse(html)]


@settings(max_examples=400)
@given(subset_html)
def test_the_plain_blocks_of_subset_text_are_what_parsing_gives(html):
    assert richtext.plain_blocks(html) == _plain_by_parsing(html)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(TAGS + ["<ol>", "</ol>", "<div>", "</div>", "<br/>", "<script>", "</script>",
                                        "&nbsp;", "<P>"]) | TEXT, max_size=25).map("".join))
def test_the_plain_blocks_of_any_html_are_what_parsing_gives(html):
    assert richtext.plain_blocks(html) == _plain_by_parsing(html)


def test_plain_blocks_of_a_stored_text():
    html = "<p>一<br>二<br></p><ul><li><b>三</b>&amp;</li><li> </li></ul>\n<p></p>"
    assert richtext.plain_blocks(html) == [(False, "一\n二"), (True, "三&"), (True, " "), (False, "")]


def test_a_pasted_tables_cells_stay_apart_on_their_row():
    html = "<table><tr><td>表1</td><td>表2</td></tr><tr><td><b>表3</b></td><td></td><td>表4</td></tr></table>"
    assert richtext.to_plain(richtext.sanitize(html)) == "表1 表2\n表3 表4"


def test_a_pasted_numbered_list_keeps_its_numbers_as_text():
    html = "<ol><li>一つ目</li><li><b>二つ目</b></li></ol><ul><li>点</li></ul><ol><li>再び</li></ol>"
    assert richtext.to_plain(richtext.sanitize(html)) == "1. 一つ目\n2. 二つ目\n・点\n1. 再び"
    assert richtext.sanitize(html).startswith("<p>1. 一つ目</p><p>2. <b>二つ目</b></p><ul><li>点</li></ul>")
