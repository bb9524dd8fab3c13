"""Workbook packages assembled part by part, for inputs openpyxl would never write (hostile or odd ones)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"


def parts(sheet_xml: bytes | None = None, shared_strings: bytes | None = None) -> dict[str, bytes]:
    """The parts of a one-worksheet workbook, with its worksheet and shared strings replaced."""
    book = Workbook()
    book.active["A1"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        out = {name: archive.read(name) for name in archive.namelist()}
    if sheet_xml is not None:
        out["xl/worksheets/sheet1.xml"] = sheet_xml
    if shared_strings is not None:
        out["xl/sharedStrings.xml"] = shared_strings
        types = out["[Content_Types].xml"].decode()
        out["[Content_Types].xml"] = types.replace(
            "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/></Types>').encode()
    return out


def write(path: Path, content: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return path


def sheet_xml(rows: list[str]) -> bytes:
    return f"<worksheet {NS}><sheetData>{''.join(rows)}</sheetData></worksheet>".encode()


def shared(row: int, col: str, index: int) -> str:
    return f'<c r="{col}{row}" t="s"><v>{index}</v></c>'


def inline(row: int, col: str, text: str) -> str:
    return f'<c r="{col}{row}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'
