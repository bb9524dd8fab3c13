"""Text made safe for a workbook: no XML-illegal characters, no over-long cells, valid sheet names."""

from __future__ import annotations

import re
from typing import Any

from evaleditor.errors import InputError

#: Characters XML 1.0 cannot hold (tab, line feed and carriage return are allowed),
#: the non-characters U+FFFE/U+FFFF and lone surrogates, which no encoder writes.
_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Excel's limit on the characters of one cell.
CELL_LIMIT = 32_767
#: Excel's limit on the length of a worksheet name, and the characters it refuses in one.
SHEET_NAME_LIMIT = 31
_SHEET_NAME_BAD_RE = re.compile(r"[\[\]:*?/\\]")


def clean(text: str) -> str:
    """``text`` without control characters XML cannot hold; line ends as ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_RE.sub("", text)


def check_length(text: str, where: str, place: str) -> None:
    """Raise InputError when ``text`` does not fit one Excel cell (it is never cut silently).

    ``where`` names the sheet for the user (e.g. 施策 4), ``place`` the field.
    """
    if len(text) > CELL_LIMIT:
        raise InputError(
            None,
            f"{where}のこの項目は {len(text):,} 文字あり、Excel の 1 セルに入る上限（{CELL_LIMIT:,} 文字）を"
            "超えています。短くしてから書き出してください",
            place,
        )


def sheet_name(wanted: str, taken: set[str], fallback: str) -> str:
    """A worksheet name Excel accepts, unique among ``taken`` (compared case-insensitively).

    Refused characters become ``_``; a leading or trailing apostrophe, which Excel
    refuses, is dropped; the name is cut to 31 characters; duplicates get ``(2)``, ``(3)`` …
    The chosen name is added to ``taken``.
    """
    name = _SHEET_NAME_BAD_RE.sub("_", clean(wanted).replace("\n", " ")).strip().strip("'").strip()
    if not name or name.lower() == "history":  # Excel reserves History
        name = fallback
    name = name[:SHEET_NAME_LIMIT]
    lowered = {t.lower() for t in taken}
    candidate, number = name, 2
    while candidate.lower() in lowered:
        suffix = f"({number})"
        candidate = name[: SHEET_NAME_LIMIT - len(suffix)] + suffix
        number += 1
    taken.add(candidate)
    return candidate


def write_text(cell: Any, value: Any) -> None:
    """Store user text as text: ``=1+1``, ``+1``, ``-1`` or ``@x`` never becomes a formula.

    openpyxl makes any string starting with ``=`` a formula unless the type is forced.
    """
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
