"""Make a Qt-written PDF's text extract as the characters that were drawn.

Qt's PDF engine tells readers which character each glyph stands for through a
ToUnicode map that it builds by asking the font, for every code point from
U+0000 up, which glyph it uses, and keeping the first code point per glyph.
Japanese fonts draw the Kangxi radicals (U+2F00–U+2FDF) and the CJK radicals
supplement (U+2E80–U+2EFF) with the same glyphs as the ideographs, and those
code points come first, so 人 and 長 would be copied, searched and read aloud
as ⼈ (U+2F08) and ⻑ (U+2ED1). This module rewrites those maps after the
fact: each radical code point becomes the character drawn with that glyph.

The same map leaves out glyphs of characters beyond U+FFFF (𠮷 in 𠮷野), which
Qt never looks up. Qt numbers a font's glyphs in the PDF in the order they are
first drawn; the renderer replays that order (:class:`DrawnFont`), and where the
replay agrees with every entry Qt wrote, the missing glyphs are added.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterable

from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)


def has_wide(chars: Iterable[str]) -> bool:
    """Whether any character lies beyond U+FFFF (Qt's text map leaves those out)."""
    return any(ord(c) > 0xFFFF for c in chars)


def is_radical(code: int) -> bool:
    return RADICALS.start <= code < RADICALS.stop


def radical_replacements(fonts: Iterable[QFont | QRawFont], drawn: set[str]) -> dict[int, int]:
    """radical code point → the code point drawn with the same glyph in any of ``fonts``."""
    used = sorted(c for c in drawn if len(c) == 1 and ord(c) < 0x10000 and not is_radical(ord(c)))
    radicals = "".join(chr(r) for r in RADICALS)
    mapping: dict[int, int] = {}
    for font in fonts:
        raw = font if isinstance(font, QRawFont) else QRawFont.fromFont(font)
        if not raw.isValid():
            continue
        by_glyph: dict[int, int] = {}
        for char, glyph in zip(used, raw.glyphIndexesForString("".join(used))):
            if glyph:
                by_glyph.setdefault(glyph, ord(char))
        for code, glyph in zip(RADICALS, raw.glyphIndexesForString(radicals)):
            if glyph in by_glyph:
                mapping.setdefault(code, by_glyph[glyph])
    for code in RADICALS:  # glyphs of another (fallback) font: the Unicode compatibility mapping
        folded = unicodedata.normalize("NFKC", chr(code))
        if code not in mapping and chr(code) not in drawn and len(folded) == 1 and folded != chr(code):
            mapping[code] = ord(folded)
    return mapping


_HEX = rb"<([0-9A-Fa-f]{4})>"
_RANGE = re.compile(rb"^" + _HEX + rb" " + _HEX + rb" (?:" + _HEX + rb"|\[((?:\s*<[0-9A-Fa-f]{4}>)*)\s*\])\s*$", re.M)


def _hex(code: int) -> bytes:
    return f"<{code:04X}>".encode("ascii")


class DrawnFont:
    """A font's glyph ids in the order the pages first draw them; 0 (.notdef) comes first, as in Qt's subset."""

    def __init__(self, raw: QRawFont) -> None:
        self.raw = raw
        self.glyphs: list[int] = [0]
        self._seen = {0}
        self.postscript_name = postscript_name(raw)

    def add(self, glyphs: Iterable[int]) -> None:
        for glyph in glyphs:
            if glyph not in self._seen:
                self._seen.add(glyph)
                self.glyphs.append(glyph)


def postscript_name(raw: QRawFont) -> str:
    """The font's PostScript name (name table, ID 6): the BaseFont Qt writes into the PDF."""
    data = bytes(raw.fontTable("name").data())
    if len(data) < 6:
        return ""
    count, strings = struct.unpack(">HH", data[2:6])
    for i in range(count):
        record = data[6 + 12 * i:18 + 12 * i]
        if len(record) < 12:
            break
        platform, _, _, name_id, length, offset = struct.unpack(">6H", record)
        if name_id == 6:
            text = data[strings + offset:strings + offset + length]
            return text.decode("utf-16-be" if platform in (0, 3) else "latin-1", errors="ignore")
    return ""


def cmap_entries(cmap: bytes) -> dict[int, int]:
    """glyph id (CID) → code point, from a ToUnicode CMap's bfrange lines."""
    entries: dict[int, int] = {}
    for match in _RANGE.finditer(cmap):
        first, last = int(match.group(1), 16), int(match.group(2), 16)
        if match.group(3) is not None:
            dest = int(match.group(3), 16)
            entries.update({first + i: dest + i for i in range(last - first + 1)})
        else:
            targets = [int(h, 16) for h in re.findall(rb"<([0-9A-Fa-f]{4})>", match.group(4))]
            entries.update(zip(range(first, last + 1), targets))
    return entries


def missing_entries(known: dict[int, int], fonts: Iterable[DrawnFont], drawn: set[str]) -> dict[int, str]:
    """CID → character for glyphs of characters beyond U+FFFF that the map leaves out.

    ``fonts`` are the drawn fonts with the PDF font's name. The first whose replayed glyph order agrees
    with every entry Qt wrote gives the answer; with no entry to check, only a font that is the one
    candidate does. Otherwise nothing is added.
    """
    wide = sorted(c for c in drawn if ord(c) > 0xFFFF)
    cids = [cid for cid, code in known.items() if cid and (0 < code < 0xD800 or 0xE000 <= code < 0x10000)]
    fonts = list(fonts)
    if not wide or not fonts or (not cids and len(fonts) > 1):
        return {}
    for font in fonts:
        if cids:
            if len(font.glyphs) <= max(cids):
                continue
            glyphs = font.raw.glyphIndexesForString("".join(chr(known[cid]) for cid in cids))
            if len(glyphs) != len(cids) or any(font.glyphs[cid] != g for cid, g in zip(cids, glyphs)):
                continue
        by_glyph: dict[int, str] = {}
        for char in wide:
            found = font.raw.glyphIndexesForString(char)
            if len(found) == 1 and found[0]:
                by_glyph.setdefault(found[0], char)
        return {cid: by_glyph[g] for cid, g in enumerate(font.glyphs)
                if cid and cid not in known and g in by_glyph}
    return {}


def add_entries(cmap: bytes, extra: dict[int, str]) -> bytes:
    """The CMap with ``extra`` CID → text entries added as bfchar blocks (UTF-16BE, as the format wants)."""
    lines = [f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>" for cid, text in sorted(extra.items())]
    blocks = b"".join(
        f"{len(chunk)} beginbfchar\n{chr(10).join(chunk)}\nendbfchar\n".encode("ascii")
        for chunk in (lines[i:i + 100] for i in range(0, len(lines), 100)))
    at = cmap.rfind(b"endcmap")
    return cmap[:at] + blocks + cmap[at:] if at >= 0 else cmap


def fix_cmap(cmap: bytes, mapping: dict[int, int]) -> bytes:
    """A ToUnicode CMap with radical destinations replaced by the characters from ``mapping``."""

    def fix(code: int) -> int:
        return mapping.get(code, code) if is_radical(code) else code

    def replace(match: re.Match[bytes]) -> bytes:
        first, last = int(match.group(1), 16), int(match.group(2), 16)
        if match.group(3) is not None:  # <first> <last> <dest>: dest, dest+1, … (a linear range)
            dest = int(match.group(3), 16)
            targets = [dest + i for i in range(last - first + 1)]
        else:
            targets = [int(h, 16) for h in re.findall(rb"<([0-9A-Fa-f]{4})>", match.group(4))]
        fixed = [fix(t) for t in targets]
        if fixed == targets:
            return match.group(0)
        if len(fixed) == 1:
            return b" ".join((_hex(first), _hex(last), _hex(fixed[0])))
        return b" ".join((_hex(first), _hex(last))) + b" [" + b" ".join(map(_hex, fixed)) + b" ]"

    return _RANGE.sub(replace, cmap)


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_STREAM = re.compile(rb"\d+ 0 obj\s*<<\s*/Length (\d+)\s*>>\s*stream\r?\n")


def fix_pdf(pdf: bytes, mapping: dict[int, int], fonts: Iterable[DrawnFont] = (),
            drawn: set[str] | None = None) -> bytes:
    """``pdf`` with every uncompressed ToUnicode map fixed; the cross-reference table is rebuilt.

    ``mapping`` replaces radical code points; ``fonts`` and ``drawn`` (the characters drawn) let
    glyphs of characters beyond U+FFFF be added.
    """
    drawn = drawn or set()
    fonts = list(fonts)
    if not mapping and not has_wide(drawn):
        return pdf
    end = _STARTXREF.search(pdf)
    if end is None:
        return pdf
    xref_at = int(end.group(1))
    header = re.match(rb"xref\s+(\d+) (\d+)\s+", pdf[xref_at:])
    if header is None or header.group(1) != b"0":
        return pdf  # not the single classic table Qt writes
    count = int(header.group(2))
    table_at = xref_at + header.end()
    entries = [_XREF_ENTRY.match(pdf, table_at + 20 * i) for i in range(count)]
    if any(e is None for e in entries):
        return pdf
    offsets = [int(e.group(1)) if e.group(3) == b"n" else None for e in entries]  # type: ignore[union-attr]
    targets = {int(n) for n in re.findall(rb"/ToUnicode (\d+) 0 R", pdf)}
    base_fonts = {int(n): name.decode("latin-1")
                  for name, n in re.findall(rb"/BaseFont /([^\s/]+)[^>]*?/ToUnicode (\d+) 0 R", pdf)}
    edits: list[tuple[int, int, bytes]] = []
    for number in sorted(targets):
        at = offsets[number] if number < len(offsets) else None
        match = _STREAM.match(pdf, at) if at is not None else None
        if match is None:
            continue
        start, length = match.end(), int(match.group(1))
        cmap = pdf[start:start + length]
        fixed = fix_cmap(cmap, mapping)
        named = [f for f in fonts if f.postscript_name and f.postscript_name == base_fonts.get(number)]
        extra = missing_entries(cmap_entries(fixed), named, drawn)
        if extra:
            fixed = add_entries(fixed, extra)
        if fixed != cmap:
            head = pdf[at:start].replace(b"/Length " + match.group(1), b"/Length %d" % len(fixed))
            edits.append((at, start + length, head + fixed))
    if not edits:
        return pdf
    out, shifts, last = [], [], 0
    delta = 0
    for start, stop, new in sorted(edits):
        out.append(pdf[last:start])
        out.append(new)
        last = stop
        shifts.append((stop, delta + len(new) - (stop - start)))
        delta += len(new) - (stop - start)
    out.append(pdf[last:xref_at])

    def moved(offset: int) -> int:
        shift = 0
        for stop, total in shifts:
            if offset >= stop:
                shift = total
        return offset + shift

    table = [b"xref\n0 %d\n" % count]
    for entry, offset in zip(entries, offsets):
        if offset is None:
            table.append(entry.group(0) + b" \n")  # type: ignore[union-attr]
        else:
            table.append(b"%010d %s n \n" % (moved(offset), entry.group(2)))  # type: ignore[union-attr]
    trailer_at = table_at + 20 * count
    trailer = pdf[trailer_at:end.start()]
    return b"".join(out) + b"".join(table) + trailer + b"startxref\n%d\n%%%%EOF\n" % (xref_at + delta)
