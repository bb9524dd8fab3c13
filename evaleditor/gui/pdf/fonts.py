"""Which installed font prints a sheet, and the few sizes a sheet uses.

The project names a font (``settings.font_name``, by default BIZ UDゴシック, which
Windows ships); where it is missing or cannot write Japanese, the first installed
Japanese font of a fallback list is used instead, so a PDF made on Linux still
embeds a real Japanese font rather than a box-drawing substitute.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

#: Tried in order after the project's font. Windows, then common Linux and macOS fonts.
FALLBACK_FAMILIES = (
    "BIZ UDゴシック", "BIZ UDGothic", "BIZ UDPゴシック", "BIZ UDPGothic",
    "Yu Gothic", "游ゴシック", "Meiryo", "メイリオ", "MS Gothic", "ＭＳ ゴシック",
    "IPAexGothic", "IPAexゴシック", "IPAGothic", "Noto Sans CJK JP", "Noto Sans JP",
    "Source Han Sans JP", "Hiragino Sans", "TakaoGothic", "VL Gothic",
)


def writes_japanese(family: str) -> bool:
    return QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)


def pick_family(preferred: str) -> str:
    """``preferred`` if it is installed and writes Japanese, else the first fallback that does.

    When no Japanese font is installed at all, ``preferred`` is returned and Qt substitutes
    what it can; the PDF then still holds the right characters.
    """
    installed = {family.casefold(): family for family in QFontDatabase.families()}
    for name in (preferred, *FALLBACK_FAMILIES):
        if not name:
            continue
        # the listed name, else an alias Qt knows (Windows lists BIZ UDゴシック or BIZ UDGothic by locale)
        family = installed.get(name.casefold()) or (name if QFontDatabase.hasFamily(name) else None)
        if family and writes_japanese(family):
            return family
    return preferred


@dataclass(frozen=True)
class SheetFonts:
    """The fonts of a printed sheet, all of one family."""

    family: str
    size: float  # the body size in points

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(max(1.0, self.size * scale))
        font.setBold(bold)
        # Kerning and hinting would move glyphs between screen and paper; keep the design metrics.
        font.setKerning(False)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    @property
    def title(self) -> QFont:
        return self._font(1.4, bold=True)

    @property
    def heading(self) -> QFont:
        return self._font(1.0, bold=True)

    @property
    def body(self) -> QFont:
        return self._font(1.0)

    @property
    def table(self) -> QFont:
        return self._font(0.9)

    @property
    def table_header(self) -> QFont:
        return self._font(0.9, bold=True)

    @property
    def footer(self) -> QFont:
        return self._font(0.8)


def sheet_fonts(font_name: str, font_size: float) -> SheetFonts:
    return SheetFonts(pick_family(font_name), float(font_size) if font_size and font_size > 0 else 10.0)
