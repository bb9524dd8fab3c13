"""Tab-separated text as Excel puts it on the clipboard and reads it back."""

from __future__ import annotations

import csv
import io


def quote(text: str) -> str:
    """A cell for Excel: quoted when it holds a tab, a line break or a quote."""
    if any(ch in text for ch in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from Excel's clipboard text (tabs, CRLF, quoted cells with line breaks)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    return [row or [""] for row in csv.reader(io.StringIO(text), delimiter="\t")]
