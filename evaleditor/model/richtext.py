"""Rich text as a small, safe HTML subset.

Stored form: ``<p>`` paragraphs, ``<br>``, ``<b>``, ``<i>``, ``<u>``,
``<span style="color:#rrggbb">`` and ``<ul><li>`` bullet lists, nothing else.
Anything outside the subset (scripts, styles, links, images, unknown
attributes) is dropped on the way in; text inside unknown harmless tags is
kept. The same parser reads Qt's ``QTextDocument.toHtml()`` output, whose
formatting arrives as ``style`` attributes on spans.

Plain-text form: one line per paragraph, bullet items as ``・item``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

BULLET = "・"

_BLOCK_TAGS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr"})
_DROP_CONTENT_TAGS = frozenset(
    {"script", "style", "head", "title", "template", "object", "iframe", "noscript", "svg", "math", "select"}
)
_NAMED_COLORS = {
    "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000",
    "blue": "#0000ff", "yellow": "#ffff00", "gray": "#808080", "grey": "#808080",
    "orange": "#ffa500", "purple": "#800080", "navy": "#000080", "maroon": "#800000",
}
_HEX_RE = re.compile(r"^#([0-9a-f]{3}|[0-9a-f]{6})$")
_RGB_RE = re.compile(r"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(,[^)]*)?\)$")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one format. ``\\n`` inside is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    color: str | None = None  # "#rrggbb"

    def same_format(self, other: Run) -> bool:
        return (self.bold, self.italic, self.underline, self.color) == (
            other.bold, other.italic, other.underline, other.color)


@dataclass
class Block:
    """A paragraph, or a bullet-list item when ``bullet`` is set."""

    runs: list[Run] = field(default_factory=list)
    bullet: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def normalize_color(value: str) -> str | None:
    """``#RGB``, ``#rrggbb``, ``rgb(r,g,b)`` or a basic name as ``#rrggbb``; None if unknown."""
    value = value.strip().lower()
    value = _NAMED_COLORS.get(value, value)
    if _HEX_RE.match(value):
        if len(value) == 4:
            value = "#" + "".join(c * 2 for c in value[1:])
        return value
    match = _RGB_RE.match(value)
    if match:
        parts = [min(255, int(match.group(i))) for i in (1, 2, 3)]
        return "#" + "".join(f"{p:02x}" for p in parts)
    return None


def _style_format(style: str) -> dict[str, object]:
    """The formats a CSS ``style`` attribute sets (only those the subset keeps)."""
    fmt: dict[str, object] = {}
    for decl in style.split(";"):
        name, _, value = decl.partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "font-weight":
            if value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600):
                fmt["bold"] = True
            elif value == "normal" or (value.isdigit() and int(value) < 600):
                fmt["bold"] = False
        elif name == "font-style":
            fmt["italic"] = value in ("italic", "oblique")
        elif name in ("text-decoration", "text-decoration-line"):
            fmt["underline"] = "underline" in value
        elif name == "color":
            color = normalize_color(value)
            if color:
                fmt["color"] = color
    return fmt


def _with_text(run: Run, text: str) -> Run:
    """``run``'s format with other text (``dataclasses.replace`` costs several times more, per text piece)."""
    return Run(text, run.bold, run.italic, run.underline, run.color)


def escape(text: str) -> str:
    """``html.escape(text, quote=False)``, without importing :mod:`html` (and its entity tables) at start."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Blocks:
    """Builds blocks of formatted runs from the tags and text of any HTML (see :func:`parse`)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._current: Block | None = None
        self._formats: list[tuple[str, Run]] = [("", Run(""))]
        self._drop_depth = 0
        self._lists: list[int | None] = []  # open lists, innermost last: None for <ul>, the items so far for <ol>

    # -- blocks
    def _close_block(self) -> None:
        if self._current is not None:
            runs = self._current.runs
            if runs and runs[-1].text.endswith("\n"):  # a trailing <br> shows no extra line
                last = runs[-1]
                runs[-1] = _with_text(last, last.text[:-1])
                if not runs[-1].text:
                    runs.pop()
            self.blocks.append(self._current)
            self._current = None

    def _open_block(self, bullet: bool = False) -> None:
        self._close_block()
        self._current = Block(bullet=bullet)

    def _add_text(self, text: str) -> None:
        if self._current is None:
            if not text.strip():
                return  # layout whitespace between blocks
            self._current = Block(bullet=bool(self._lists) and self._lists[-1] is None)
        proto = self._formats[-1][1]
        runs = self._current.runs
        if runs and runs[-1].same_format(proto):
            runs[-1] = _with_text(runs[-1], runs[-1].text + text)
        else:
            runs.append(_with_text(proto, text))

    # -- the callbacks of html.parser.HTMLParser, called by it or by _feed_subset
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT_TAGS:
            self._drop_depth += 1
            return
        if self._drop_depth:
            return
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag == "br":
            self._add_text("\n")
            return
        if tag in ("ul", "ol"):
            self._close_block()
            self._lists.append(0 if tag == "ol" else None)
            return
        if tag == "li" and self._lists and self._lists[-1] is not None:  # a numbered item keeps its number as
            self._lists[-1] += 1  # text (the stored subset has bullet lists only): 「1. …」
            self._open_block(bullet=False)
            self._add_text(f"{self._lists[-1]}. ")
        elif tag == "li":
            self._open_block(bullet=True)
        elif tag in _BLOCK_TAGS:
            self._open_block(bullet=False)
        elif tag in ("td", "th") and self._current is not None:
            text = self._current.text
            if text and not text[-1].isspace():  # a table row (Word, Excel) is one line: its cells kept apart
                self._add_text(" ")
        style = attributes.get("style")
        fmt = _style_format(style) if style else {}
        if tag in ("b", "strong"):
            fmt["bold"] = True
        elif tag in ("i", "em"):
            fmt["italic"] = True
        elif tag in ("u", "ins"):
            fmt["underline"] = True
        elif tag == "font" and attributes.get("color"):
            color = normalize_color(attributes["color"])
            if color:
                fmt["color"] = color
        if tag in ("img", "hr", "input", "meta", "link", "wbr", "col", "area", "base", "source"):
            return  # void elements: no closing tag follows
        base = self._formats[-1][1]
        self._formats.append((tag, Run("", bool(fmt.get("bold", base.bold)), bool(fmt.get("italic", base.italic)),
                                       bool(fmt.get("underline", base.underline)),
                                       fmt.get("color", base.color))))  # type: ignore[arg-type]

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT_TAGS:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if self._drop_depth:
            return
        if tag in ("ul", "ol"):
            self._close_block()
            if self._lists:
                self._lists.pop()
            return
        # Pop back to the matching open tag, tolerating unclosed inner tags.
        for index in range(len(self._formats) - 1, 0, -1):
            if self._formats[index][0] == tag:
                del self._formats[index:]
                break
        if tag in _BLOCK_TAGS or tag == "li":
            self._close_block()

    def handle_data(self, data: str) -> None:
        if self._drop_depth:
            return
        self._add_text(data.replace("\r\n", "\n").replace("\r", "\n").replace("\n", " ") if "\n" in data or "\r" in data else data)

    def finish(self) -> list[Block]:
        self._close_block()
        return self.blocks


def parse(html: str) -> list[Block]:
    """Read any HTML into blocks of formatted runs, keeping only the subset."""
    blocks = _Blocks()
    if is_safe_subset(html):  # the stored form: its few tags are read without the general HTML parser
        _feed_subset(blocks, html)
    else:
        reader = _html_reader()(blocks)
        reader.feed(html)
        reader.close()
    return blocks.finish()


@cache
def _html_reader() -> Any:
    """The class reading HTML outside the stored subset (pasted, imported) into :class:`_Blocks`; defined on
    first use, because :mod:`html.parser` takes a few milliseconds to import and opening a file needs none."""
    from html.parser import HTMLParser

    class HtmlReader(HTMLParser):
        def __init__(self, blocks: _Blocks) -> None:
            super().__init__(convert_charrefs=True)
            self.handle_starttag = blocks.handle_starttag  # type: ignore[method-assign]
            self.handle_endtag = blocks.handle_endtag  # type: ignore[method-assign]
            self.handle_data = blocks.handle_data  # type: ignore[method-assign]

    return HtmlReader


#: A tag or a stretch of text of subset HTML (see :data:`_SUBSET_RE`).
_SUBSET_TOKEN_RE = re.compile(r'<(/?)([a-z]+)(?: style="([^"]*)")?>|[^<]+')
_SUBSET_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&#x27;": "'"}
_SUBSET_ENTITY_RE = re.compile("|".join(map(re.escape, _SUBSET_ENTITIES)))


def _feed_subset(parser: _Blocks, html: str) -> None:
    """Give ``parser`` the tags and text of subset HTML as :class:`html.parser.HTMLParser` would, several times
    faster (opening a city's project checks 1,800 texts). Only for text that :func:`is_safe_subset` accepts."""
    for match in _SUBSET_TOKEN_RE.finditer(html):
        closing, tag, style = match.groups()
        if tag is None:
            text = match.group(0)
            parser.handle_data(_SUBSET_ENTITY_RE.sub(lambda m: _SUBSET_ENTITIES[m.group(0)], text)
                               if "&" in text else text)
        elif closing:
            parser.handle_endtag(tag)
        else:
            parser.handle_starttag(tag, [("style", style)] if style is not None else [])


def plain_blocks(html: str) -> list[tuple[bool, str]]:
    """Each block's bullet mark and text (line breaks as ``\n``), as :func:`parse` reads them.

    Text in the stored subset is read without building formatted runs, several times faster: the checks
    read every text of a project (1,800 in a city's) to count its characters and bullet items.
    """
    if not is_safe_subset(html):
        return [(block.bullet, block.text) for block in parse(html)]
    blocks: list[tuple[bool, str]] = []
    current: list[str] | None = None
    bullet = False
    depth = 0  # of lists

    def close() -> None:
        nonlocal current
        if current is not None:
            text = "".join(current)
            blocks.append((bullet, text[:-1] if text.endswith("\n") else text))  # a trailing <br> shows no line
            current = None

    for match in _SUBSET_TOKEN_RE.finditer(html):
        closing, tag, _style = match.groups()
        if tag is None or tag == "br":
            text = "\n" if tag else match.group(0)
            if tag is None:
                if "&" in text:
                    text = _SUBSET_ENTITY_RE.sub(lambda m: _SUBSET_ENTITIES[m.group(0)], text)
                if "\n" in text or "\r" in text:
                    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", " ")
            if current is None:
                if not text.strip():
                    continue  # layout whitespace between blocks
                current, bullet = [], depth > 0
            current.append(text)
        elif tag == "ul":
            close()
            depth = max(0, depth - 1) if closing else depth + 1
        elif tag in ("p", "li"):
            close()
            if not closing:
                current, bullet = [], tag == "li"
    close()
    return blocks


def _run_html(run: Run) -> str:
    text = escape(run.text).replace("\n", "<br>")
    if run.underline:
        text = f"<u>{text}</u>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.bold:
        text = f"<b>{text}</b>"
    if run.color:
        text = f'<span style="color:{run.color}">{text}</span>'
    return text


def to_html(blocks: list[Block]) -> str:
    """The canonical subset HTML of blocks."""
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.bullet and not in_list:
            out.append("<ul>")
            in_list = True
        elif not block.bullet and in_list:
            out.append("</ul>")
            in_list = False
        inner = "".join(_run_html(run) for run in _merged(block.runs))
        out.append(f"<li>{inner}</li>" if block.bullet else f"<p>{inner}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _merged(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1].same_format(run):
            merged[-1] = _with_text(merged[-1], merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


#: Text made only of the subset's own tags and escapes; what :func:`to_html` writes always matches.
#: Possessive (``++``, ``*+``): runs of plain text are taken whole and never retried, several times faster
#: on a city's texts; the alternatives start with different characters, so nothing else changes.
_SUBSET_RE = re.compile(
    r'(?:[^<>&]++|&(?:lt|gt|amp|quot|#39|#x27);'
    r'|<(?:/?(?:p|b|i|u|ul|li)|br|/span|span style="color:#[0-9a-f]{6}")>)*+')


def is_safe_subset(html: str) -> bool:
    """True when ``html`` holds nothing outside the subset (no other tag, attribute or entity)."""
    return _SUBSET_RE.fullmatch(html) is not None


def sanitize(html: str) -> str:
    """Any HTML reduced to the stored subset; idempotent."""
    return to_html(parse(html))


def ensure_safe(html: str) -> str:
    """``html`` itself when it is already within the subset (cheap), else its sanitized form.

    For loading files: stored text is normally our own canonical output, and parsing
    thousands of paragraphs again at every start would slow opening a project down.
    """
    return html if is_safe_subset(html) else sanitize(html)


def to_plain(html: str) -> str:
    """One line per paragraph; bullet items start with ``・``."""
    return "\n".join((BULLET if bullet else "") + text for bullet, text in plain_blocks(html))


def from_plain(text: str) -> str:
    """Plain text, one paragraph per line, as subset HTML."""
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return to_html([Block([Run(line)] if line else []) for line in lines])


def is_plain(html: str) -> bool:
    """True when the rich text carries nothing that its plain form would lose."""
    return from_plain(to_plain(html)) == sanitize(html)
