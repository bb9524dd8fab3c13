"""Breaking a sheet's sections into pages.

Rules: a heading stays with its table's header and the first body row; a table
row that does not fit moves to the next page, where the table's header is
repeated; a long text row (a topic) is split between lines, never through one.
"""

from __future__ import annotations

from dataclasses import dataclass

from evaleditor.gui.pdf.rows import Row, Section

#: A split text row keeps at least this many lines on each side of the page break (when it has them).
MIN_LINES = 2


@dataclass
class Placement:
    row: Row
    y: float
    height: float
    starts: list[int]
    ends: list[int]


class _Pages:
    def __init__(self, height: float) -> None:
        self.height = height
        self.pages: list[list[Placement]] = [[]]
        self.y = 0.0

    @property
    def remaining(self) -> float:
        return self.height - self.y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, row: Row, starts: list[int] | None = None, ends: list[int] | None = None) -> None:
        starts = starts or [0] * len(row.cells)
        ends = ends or row.line_count()
        height = row.height(starts, ends)
        self.pages[-1].append(Placement(row, self.y, height, starts, ends))
        self.y += height


def _first_part(row: Row) -> float:
    """The least height of a row's first part on a page."""
    if not row.splittable:
        return row.height()
    ends = [min(n, MIN_LINES) for n in row.line_count()]
    return row.height(None, ends)


def _split_ends(row: Row, starts: list[int], available: float) -> list[int] | None:
    """Where to split a text row so that its first part fits in ``available``; None when nothing may stay."""
    ends = row.fit(starts, available)
    counts = row.line_count()
    adjusted = []
    for start, end, count in zip(starts, ends, counts):
        if end < count:  # this cell breaks: keep MIN_LINES on both sides where possible
            if count - end < MIN_LINES:
                end = max(start, count - MIN_LINES)
            if end - start < MIN_LINES:
                end = start
        adjusted.append(end)
    if adjusted == starts:
        return None
    return adjusted


def paginate(sections: list[Section], height: float) -> list[list[Placement]]:
    """Place the sections on pages of ``height`` device units; a list of pages, each a list of placements."""
    pages = _Pages(height)
    for section in sections:
        if pages.y > 0:
            pages.y += section.space_before
        lead = section.heading + section.header
        need = sum(r.height() for r in lead) + (_first_part(section.body[0]) if section.body else 0.0)
        if pages.y > 0 and need > pages.remaining:
            pages.new_page()
        for row in lead:
            pages.place(row)
        header_height = sum(r.height() for r in section.header)
        for row in section.body:
            starts = [0] * len(row.cells)
            while True:
                rest = row.height(starts)
                if rest <= pages.remaining + 1e-6:
                    pages.place(row, starts)
                    break
                fresh = pages.y <= header_height + 1e-6  # nothing but the repeated header on this page
                ends = None
                if row.splittable or fresh:
                    ends = _split_ends(row, starts, pages.remaining)
                    if ends is None and fresh:  # not even MIN_LINES fit on an empty page: take what fits
                        ends = row.fit(starts, pages.remaining)
                        if ends == starts:  # a single line taller than a page: place it anyway
                            ends = [min(s + 1, n) for s, n in zip(starts, row.line_count())]
                if ends is not None:
                    pages.place(row, starts, ends)
                    starts = ends
                    if starts == row.line_count():
                        break
                pages.new_page()
                for header in section.header:
                    pages.place(header)
    return pages.pages
