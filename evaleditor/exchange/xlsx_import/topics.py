"""Topic text in cells → topics: paragraphs, 「…」 headings, and 成果/課題/取組方針 matched by heading.

A cell's text arrives in one of three shapes, all read into rich-text blocks:
- ``<p>``-tagged paragraphs (the published source), read with the rich-text parser;
- Excel rich text (runs with bold, italic, underline, colour), one paragraph per line;
- plain text, one paragraph per line.
Blank lines around headings and at the ends only separate (inside a text they are empty
paragraphs); a line starting with ``・`` is a bullet item; a paragraph that is wholly one 「…」
is a heading and starts a new topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from evaleditor.model import Topic
from evaleditor.model.richtext import BULLET, Block, Run, parse, to_html

from evaleditor.exchange.xlsx_import.cells import Cell
from evaleditor.exchange.xlsx_import.labels import normalize

_HTML_RE = re.compile(r"<\s*/?\s*(p|br|div|ul|ol|li|b|i|u|span|strong|em)\b", re.IGNORECASE)
#: Text colour that is the default of every sheet, not a colour the writer chose.
_DEFAULT_COLORS = frozenset({"000000"})


def _run_format(font: Any) -> dict[str, Any]:
    if font is None:
        return {}
    fmt: dict[str, Any] = {
        "bold": bool(getattr(font, "b", False)),
        "italic": bool(getattr(font, "i", False)),
        "underline": getattr(font, "u", None) not in (None, "", "none"),
    }
    color = getattr(font, "color", None)
    rgb = getattr(color, "rgb", None) if color is not None and getattr(color, "type", "rgb") == "rgb" else None
    if isinstance(rgb, str) and re.fullmatch(r"[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?", rgb):
        value = rgb[-6:].lower()
        if value not in _DEFAULT_COLORS:
            fmt["color"] = "#" + value
    return fmt


def _cell_runs(value: Any) -> list[Run]:
    if isinstance(value, str):
        return [Run(value)]
    runs = []
    for part in value:  # CellRichText: str or TextBlock(font, text)
        if isinstance(part, str):
            runs.append(Run(part))
        else:
            runs.append(Run(str(part.text), **_run_format(part.font)))
    return runs


def _lines(runs: list[Run]) -> list[list[Run]]:
    """Runs split at line breaks."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        pieces = run.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.bold, run.italic, run.underline, run.color))
    return lines


def cell_blocks(cell: Cell) -> list[Block]:
    """The paragraphs of one cell, blank ones included (see split_pieces)."""
    text = cell.text
    if _HTML_RE.search(text):
        return parse(text)
    blocks = []
    for line in _lines(_cell_runs(cell.value)):
        plain = "".join(r.text for r in line)
        if not plain.strip():
            blocks.append(Block([]))
        elif plain.startswith(BULLET):
            first = line[0]
            line = [Run(first.text[len(BULLET):], first.bold, first.italic, first.underline, first.color),
                    *line[1:]]
            blocks.append(Block([r for r in line if r.text], bullet=True))
        else:
            blocks.append(Block(line))
    return blocks


def heading_of(block: Block) -> str | None:
    """The heading when the paragraph is wholly one 「…」 (「「知」の集積と活用」 → 「知」の集積と活用)."""
    if block.bullet:
        return None
    text = block.text.strip()
    if len(text) < 2 or text[0] != "「" or text[-1] != "」":
        return None
    depth = 0
    for index, char in enumerate(text):
        if char == "「":
            depth += 1
        elif char == "」":
            depth -= 1
            if depth == 0 and index != len(text) - 1:
                return None
    return text[1:-1].strip() if depth == 0 else None


@dataclass
class Piece:
    """The text under one heading in one part (成果, 課題 or 取組方針)."""

    heading: str | None
    blocks: list[Block] = field(default_factory=list)
    cell: str = ""

    @property
    def html(self) -> str:
        return to_html(self.blocks)


#: How a paragraph ends; a cell whose text stops without one was cut where a row was full.
_PARAGRAPH_ENDS = tuple("。．.！？!?」』）):：")
_LIST_MARK_RE = re.compile(r"^\s*([・●○◎■□◆◇※\-－*]|[(（]?[0-9０-９①-⑳一二三四五六七八九十ア-ンｱ-ﾝa-zA-Z][)）.．、]|第)")


def _continues(previous: Cell | None, previous_block: Block | None, cell: Cell, block: Block) -> bool:
    """Whether ``block`` carries on the paragraph that the cell in the row above broke off.

    Long paragraphs are cut across rows of one column (Excel caps a row's height); the first
    piece then ends mid-sentence. Headings, bullets and numbered items never continue.
    """
    if previous is None or previous_block is None:
        return False
    if (cell.row, cell.col) != (previous.row + 1, previous.col):
        return False
    if heading_of(previous_block) is not None or heading_of(block) is not None or block.bullet:
        return False
    ending = previous_block.text.rstrip()
    return bool(ending) and not ending.endswith(_PARAGRAPH_ENDS) and not _LIST_MARK_RE.match(block.text)


def split_pieces(cells: list[Cell]) -> list[Piece]:
    """The cells' paragraphs, cut into pieces at headings; text before any heading has heading None."""
    pieces: list[Piece] = []
    previous: Cell | None = None
    for cell in cells:
        for index, block in enumerate(cell_blocks(cell)):
            last = pieces[-1].blocks[-1] if pieces and pieces[-1].blocks else None
            if index == 0 and last is not None and _continues(previous, last, cell, block):
                last.runs.extend(block.runs)
                continue
            heading = heading_of(block)
            if heading is not None:
                pieces.append(Piece(heading, cell=cell.address))
            elif pieces:
                pieces[-1].blocks.append(block)
            elif block.text.strip():
                pieces.append(Piece(None, [block], cell.address))
        previous = cell
    # Blank lines around headings and at the ends only separate; blank lines inside a text are kept
    # as the empty paragraphs they are.
    for piece in pieces:
        while piece.blocks and not piece.blocks[0].text.strip():
            piece.blocks.pop(0)
        while piece.blocks and not piece.blocks[-1].text.strip():
            piece.blocks.pop()
    return [p for p in pieces if p.heading is not None or p.blocks]


def build_topics(parts: dict[str, list[Piece]]) -> tuple[list[Topic], list[tuple[str, str]]]:
    """Topics from the 成果 pieces, with 課題 and 取組方針 pieces matched to them by heading.

    Returns the topics and, for pieces that matched no 成果 heading and became topics of
    their own, (cell, message) notes.
    """
    topics: list[Topic] = []
    keys: list[str] = []
    notes: list[tuple[str, str]] = []
    for piece in parts.get("result", []):
        topics.append(Topic(piece.heading or "", result=piece.html))
        keys.append(normalize(piece.heading or ""))
    for part, label in (("issue", "課題"), ("policy", "取組方針")):
        taken: set[int] = set()
        for piece in parts.get(part, []):
            key = normalize(piece.heading or "")
            index = next((i for i, k in enumerate(keys)
                          if k == key and i not in taken and not getattr(topics[i], part)), None)
            if index is None:
                topics.append(Topic(piece.heading or ""))
                keys.append(key)
                index = len(topics) - 1
                shown = f"「{piece.heading}」" if piece.heading else "見出しのない文章"
                notes.append((piece.cell, f"{label}の{shown}に対応する成果の見出しがないため、別の項目として取り込みました"))
            taken.add(index)
            setattr(topics[index], part, piece.html)
    return topics, notes
