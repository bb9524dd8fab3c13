"""The printed page: A4 portrait, its margins, and how much of a sheet's rows one page holds."""

from __future__ import annotations

from evaleditor.exchange.xlsx.heights import column_points

A4_WIDTH, A4_HEIGHT = 595.3, 841.9  # points
MARGINS = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.75, "header": 0.3, "footer": 0.3}  # inches
#: Share of a page the paginator fills, leaving room for renderers whose rows come out slightly taller.
FILL = 0.95


def print_scale(widths: list[float]) -> float:
    """The zoom at which the columns fit one page wide (whole percent, as Excel computes it)."""
    printable = A4_WIDTH - (MARGINS["left"] + MARGINS["right"]) * 72
    total = sum(column_points(w) for w in widths)
    return min(100, int(100 * printable / total)) / 100


def width_for_scale(scale: float) -> float:
    """The widest the columns may be together (Excel units) to print one page wide at ``scale`` or larger."""
    printable = A4_WIDTH - (MARGINS["left"] + MARGINS["right"]) * 72
    return printable / scale / column_points(1.0) - 0.01


def page_capacity(scale: float) -> float:
    """Points of row height (before scaling) that fill one page."""
    printable = A4_HEIGHT - (MARGINS["top"] + MARGINS["bottom"]) * 72
    return printable / scale * FILL
