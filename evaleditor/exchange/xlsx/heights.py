"""How much room text needs: a calibrated estimate of widths, wrapped lines and row heights.

Excel never fits merged or explicitly sized rows to their text, so the exporter
sets every row's height itself. Widths are estimated per character: full-width
(and ambiguous) characters take one em; half-width ones a little more than
the half em of Japanese fonts (0.55–0.65 em by kind), which also holds when a
viewer substitutes a wider Latin font such as DejaVu Sans. Latin words wrap as a
whole, as in Excel and LibreOffice. The margins below were checked by
rendering sample and hostile projects with LibreOffice (see docs/excel-export.md).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from evaleditor.exchange.xlsx.richtext import Line, line_text

#: Points per unit of Excel column width (7 px of the default 11 pt font at 96 dpi).
POINTS_PER_WIDTH_UNIT = 5.25
#: Room lost inside a cell to its left and right padding, in points.
CELL_PADDING = 6.0
#: Share of a cell's width that text is assumed to use (kinsoku shifts, font substitution).
WIDTH_SAFETY = 0.92
#: Excel's largest row height, in points.
MAX_ROW_HEIGHT = 409.0
_TOKEN_RE = re.compile(r"[!-~]+| +|.", re.DOTALL)


def line_factor(font_name: str) -> float:
    """Line height as a multiple of the font size; Yu Gothic (游ゴシック) sets lines wide."""
    return 1.8 if "游" in font_name or "yu gothic" in font_name.lower() else 1.5


@lru_cache(maxsize=4096)
def char_em(char: str) -> float:
    """The width of one character in em."""
    if unicodedata.east_asian_width(char) in ("F", "W", "A"):
        return 1.0
    if unicodedata.combining(char):
        return 0.0
    if char.isupper() or char.isdigit() or char in "@%&#MWmw":
        return 0.65
    return 0.55


def text_em(text: str) -> float:
    if text.isascii():  # the common case of Latin text and numbers, without a call per character
        wide = sum(1 for c in text if c.isupper() or c.isdigit() or c in "@%&#mw")
        return 0.55 * len(text) + 0.1 * wide
    return sum(map(char_em, text))


def number_em(text: str) -> float:
    """The width of a formatted number in em: digits 0.6 em (0.5 in Japanese fonts, 0.64 in
    DejaVu Sans), separators 0.3 em."""
    return sum(0.6 if c.isdigit() else 0.3 if c in ",." else char_em(c) for c in text)


def column_points(width: float) -> float:
    return width * POINTS_PER_WIDTH_UNIT


def text_width_em(widths: list[float], font_size: float) -> float:
    """The usable width, in em of ``font_size``, of a cell spanning columns of ``widths``."""
    points = sum(column_points(w) for w in widths) - CELL_PADDING
    return max(1.0, points * WIDTH_SAFETY / font_size)


def wrap_line(text: str, width_em: float) -> list[tuple[int, int]]:
    """(start, end) offsets of the printed lines one text line wraps into."""
    if not text:
        return [(0, 0)]
    if text_em(text) <= width_em:  # most cells: the whole line fits
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for match in _TOKEN_RE.finditer(text):
        token = match.group(0)
        size = char_em(token) if len(token) == 1 else text_em(token)
        if used + size <= width_em or token.isspace():
            used += size
            continue
        if used > 0 and size <= width_em:  # the word moves to the next line
            spans.append((start, match.start()))
            start, used = match.start(), size
            continue
        for offset, char in enumerate(token, match.start()):  # too long: break anywhere
            em = char_em(char)
            if used + em > width_em and used > 0:
                spans.append((start, offset))
                start, used = offset, 0.0
            used += em
    spans.append((start, len(text)))
    return spans


def wrapped_count(lines: list[Line], width_em: float) -> int:
    return sum(len(wrap_line(line_text(line), width_em)) for line in lines) or 1


def row_height(line_count: int, font_size: float, font_name: str, minimum: float = 0.0) -> float:
    """Points for ``line_count`` printed lines, capped at Excel's maximum."""
    height = line_count * font_size * line_factor(font_name) + 4.0
    return min(MAX_ROW_HEIGHT, max(minimum, round(height + 0.49, 1)))


def max_lines_per_row(font_size: float, font_name: str) -> int:
    """How many printed lines one row can hold."""
    return max(1, int((MAX_ROW_HEIGHT - 4.0) // (font_size * line_factor(font_name))))


def _slice(line: Line, start: int, end: int) -> Line:
    """The runs of ``line`` between character offsets ``start`` and ``end``."""
    from dataclasses import replace

    out = []
    position = 0
    for run in line:
        run_start, run_end = position, position + len(run.text)
        position = run_end
        lo, hi = max(start, run_start), min(end, run_end)
        if lo < hi:
            out.append(replace(run, text=run.text[lo - run_start:hi - run_start]))
    return tuple(out)


def split_into_rows(lines: list[Line], width_em: float, max_lines: int) -> list[list[Line]]:
    """``lines`` cut into pieces of at most ``max_lines`` printed lines each (one piece per row).

    Pieces end at a paragraph where one fits, else at a wrap point, so no text is lost and
    no row grows beyond Excel's maximum height.
    """
    pieces: list[list[Line]] = [[]]
    used = 0
    for line in lines:
        spans = wrap_line(line_text(line), width_em)
        if used and used + len(spans) > max_lines and len(spans) <= max_lines:
            pieces.append([])
            used = 0
        if used + len(spans) <= max_lines:
            pieces[-1].append(line)
            used += len(spans)
            continue
        while spans:  # a paragraph longer than the room left: cut it at wrap points
            room = max_lines - used
            if room <= 0:
                pieces.append([])
                used, room = 0, max_lines
            taken, spans = spans[:room], spans[room:]
            pieces[-1].append(_slice(line, taken[0][0], taken[-1][1]))
            used += len(taken)
    return [piece for piece in pieces if piece] or [[]]
