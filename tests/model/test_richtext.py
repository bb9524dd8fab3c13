import pytest

from evaleditor.model import richtext

QT_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">
<html><head><meta name="qrichtext" content="1" /><style type="text/css">
p, li { white-space: pre-wrap; }
</style></head><body style=" font-family:'IPAexGothic'; font-size:9pt;">
<p style=" margin-top:0px;">通常<span style=" font-weight:700;">太字</span><span style=" font-style:italic;">斜体</span><span style=" text-decoration: underline;">下線</span><span style=" color:#ff0000;">赤</span></p>
<p style="-qt-paragraph-type:empty; margin-top:0px;"><br /></p>
<ul style="margin-top: 0px;"><li style=" margin-top:12px;">項目1</li>
<li style=" margin-top:0px;">項目2</li></ul></body></html>"""


def test_qt_html_becomes_the_subset():
    assert richtext.sanitize(QT_HTML) == (
        '<p>通常<b>太字</b><i>斜体</i><u>下線</u><span style="color:#ff0000">赤</span></p>'
        "<p></p><ul><li>項目1</li><li>項目2</li></ul>")


@pytest.mark.parametrize("dangerous", [
    '<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '<style>p{}</style>',
    '<iframe src="http://example.com"></iframe>', '<object data="x"></object>',
])
def test_anything_outside_the_subset_is_dropped(dangerous):
    html = richtext.sanitize(f"<p>前{dangerous}後</p>")
    assert html == "<p>前後</p>"


def test_attributes_are_dropped_but_text_of_unknown_tags_kept():
    html = richtext.sanitize('<p onclick="evil()"><a href="javascript:x">リンク</a> <font color="blue">青</font></p>')
    assert html == '<p>リンク <span style="color:#0000ff">青</span></p>'


def test_sanitize_is_idempotent_and_escapes_text():
    html = richtext.sanitize("<p>a &lt; b &amp; c<br>次の行</p>")
    assert html == "<p>a &lt; b &amp; c<br>次の行</p>"
    assert richtext.sanitize(html) == html
    assert richtext.to_plain(html) == "a < b & c\n次の行"


def test_plain_form_has_one_line_per_paragraph_and_bullets():
    assert richtext.to_plain(richtext.sanitize(QT_HTML)) == "通常太字斜体下線赤\n\n・項目1\n・項目2"


@pytest.mark.parametrize("text", ["", "一行", "一\n二", "a\n\nb", "  空白  を保つ", "<tag> & 記号"])
def test_plain_text_round_trips(text):
    assert richtext.to_plain(richtext.from_plain(text)) == text


def test_runs_carry_formats_for_exports():
    (block,) = richtext.parse('<p><b>太<i>斜</i></b><span style="color:rgb(0,128,0)">緑</span></p>')
    assert [(r.text, r.bold, r.italic, r.color) for r in block.runs] == [
        ("太", True, False, None), ("斜", True, True, None), ("緑", False, False, "#008000")]


def test_is_plain_tells_whether_formatting_would_be_lost():
    assert richtext.is_plain("<p>普通の文</p>")
    assert not richtext.is_plain("<p><b>太字</b></p>")


@pytest.mark.parametrize("html", [
    "", "<p>本文</p>", '<p><b>太</b><i>斜</i><u>下</u><span style="color:#ff0000">赤</span>a &lt; b &amp; c</p>',
    "<ul><li>一</li><li>二<br>三</li></ul><p></p>",
])
def test_canonical_subset_is_recognised_as_safe(html):
    assert richtext.is_safe_subset(html)
    assert richtext.ensure_safe(html) == html


@pytest.mark.parametrize("html", [
    "<p onclick=x>a</p>", "<script>x</script>", '<span style="color:red">a</span>', "<p>&nbsp;</p>",
    '<span style="color:#ff0000;background:url(x)">a</span>', "<img src=x>", "<P>a</P>", "a > b",
])
def test_anything_else_goes_through_the_sanitizer(html):
    assert not richtext.is_safe_subset(html)
    assert richtext.ensure_safe(html) == richtext.sanitize(html)


def test_everything_the_sanitizer_writes_is_safe():
    assert richtext.is_safe_subset(richtext.sanitize(QT_HTML))
