"""Named cell styles shared by every worksheet of one workbook.

Each style is registered once; cells refer to it by name, so a workbook of a
hundred sheets holds a handful of styles and writing a cell costs a lookup.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from evaleditor.exchange.xlsx.cleaning import clean
from evaleditor.model import ProjectSettings
from evaleditor.model.numbers import is_number
from evaleditor.model.settings import DEFAULT_FONT, DEFAULT_FONT_SIZE

#: Prefix of the workbook's style names, so they are recognisable in Excel's style gallery.
PREFIX = "評価シート "
HEAD_FILL = "FFF2F2F2"
LABEL_FILL = "FFDDEBF7"

# name -> (bold, fill, horizontal, vertical, wrap, borders open at top/bottom)
_TEXT_STYLES: dict[str, tuple[bool, str | None, str, str, bool, tuple[bool, bool]]] = {
    "title": (True, None, "left", "center", True, (False, False)),
    "label": (True, LABEL_FILL, "left", "center", True, (False, False)),
    "head": (False, HEAD_FILL, "center", "center", True, (False, False)),
    "text": (False, None, "left", "center", True, (False, False)),
    "text_center": (False, None, "center", "center", True, (False, False)),
    "number": (False, None, "right", "center", False, (False, False)),
    "body": (False, None, "left", "top", True, (False, False)),
    "body_first": (False, None, "left", "top", True, (False, True)),
    "body_mid": (False, None, "left", "top", True, (True, True)),
    "body_last": (False, None, "left", "top", True, (True, False)),
    "plain": (False, None, "general", "center", True, (False, False)),
    "plain_head": (True, HEAD_FILL, "center", "center", True, (False, False)),
    "note": (False, None, "left", "top", True, (False, False)),
}
#: Style keys ``rating:RRGGBB``: a rating, centred and bold on its band's fill.
RATING_PREFIX = "rating:"


def _style_row(key: str) -> tuple[bool, str | None, str, str, bool, tuple[bool, bool]]:
    if key.startswith(RATING_PREFIX):
        return True, "FF" + key[len(RATING_PREFIX):], "center", "center", True, (False, False)
    return _TEXT_STYLES[key]


#: Excel's longest font name, and the font sizes the exporter accepts from the settings.
FONT_NAME_LIMIT = 31
FONT_SIZES = (6.0, 72.0)


def export_font(settings: ProjectSettings) -> tuple[str, float]:
    """The settings' font name and size as a workbook can use them (defaults for unusable ones)."""
    name = clean(settings.font_name).replace("\n", " ").strip()[:FONT_NAME_LIMIT] or DEFAULT_FONT
    size = settings.font_size
    if not is_number(size) or not FONT_SIZES[0] <= size <= FONT_SIZES[1]:
        size = DEFAULT_FONT_SIZE
    return name, float(size)


class Styles:
    """The named styles of one workbook, created on first use."""

    def __init__(self, workbook: Any, font_name: str, font_size: float) -> None:
        self._workbook = workbook
        self.font_name = font_name
        self.font_size = font_size
        self._names: dict[tuple[str, str], str] = {}
        self._arrays: dict[str, Any] = {}

    def name(self, key: str, number_format: str = "General") -> str:
        """The registered style name for a style key and number format."""
        found = self._names.get((key, number_format))
        if found is None:
            found = self._register(key, number_format)
            self._names[(key, number_format)] = found
        return found

    def apply(self, cell: Any, name: str) -> None:
        """Give ``cell`` the named style ``name``.

        Same as ``cell.style = name``, which looks the name up among all named styles on
        every call; the style array of the first such assignment is copied instead.
        """
        array = self._arrays.get(name)
        if array is None:
            cell.style = name
            self._arrays[name] = copy(cell._style)
        else:
            cell._style = copy(array)

    def _register(self, key: str, number_format: str) -> str:
        from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

        bold, fill, horizontal, vertical, wrap, (open_top, open_bottom) = _style_row(key)
        size = self.font_size + 4 if key == "title" else self.font_size
        thin = Side(style="thin", color="FF000000")
        border = Border() if key in ("title", "plain", "plain_head", "note") else Border(
            left=thin, right=thin, top=None if open_top else thin, bottom=None if open_bottom else thin)
        if key == "plain_head":
            border = Border(left=thin, right=thin, top=thin, bottom=thin)
        name = PREFIX + key.replace(RATING_PREFIX, "rating ") + ("" if number_format == "General" else " " + number_format)
        style = NamedStyle(
            name=name,
            font=Font(name=self.font_name, size=size, bold=bold),
            fill=PatternFill("solid", fgColor=fill) if fill else PatternFill(),
            border=border,
            alignment=Alignment(horizontal=None if horizontal == "general" else horizontal,
                                vertical=vertical, wrap_text=wrap or None),
            number_format=number_format,
        )
        self._workbook.add_named_style(style)
        return name
