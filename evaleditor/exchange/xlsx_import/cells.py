"""Worksheets as sparse grids of non-empty cells, read with openpyxl in a streaming way.

openpyxl's read-only mode streams rows in bounded memory but drops the
formatting of inline rich text (which openpyxl itself writes); so rows are
streamed here with openpyxl's worksheet parser asked for rich text. Merged
ranges are not needed: a merged range keeps its value in its top-left cell,
and every part of a sheet is located by its labels and the columns between
them, never by the extent of a merge.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from evaleditor.errors import InputError

#: Rows and columns read from a worksheet; an evaluation sheet uses far fewer.
MAX_ROWS = 3000
MAX_COLS = 200


def column_letter(col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def address(row: int, col: int) -> str:
    return f"{column_letter(col)}{row}"


@dataclass
class Cell:
    row: int
    col: int
    #: str, int, float, bool, datetime, or openpyxl's CellRichText
    value: Any
    number_format: str = "General"

    @property
    def address(self) -> str:
        return address(self.row, self.col)

    @property
    def is_text(self) -> bool:
        return isinstance(self.value, str) or _is_rich(self.value)

    @property
    def is_number(self) -> bool:
        return isinstance(self.value, (int, float)) and not isinstance(self.value, bool)

    @property
    def text(self) -> str:
        """The cell as plain text (numbers as written, dates as ISO dates)."""
        value = self.value
        if isinstance(value, str):
            return value
        if _is_rich(value):
            return str(value)
        if isinstance(value, bool):
            return "TRUE" if value else "FALSE"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
        return str(value)


def _is_rich(value: object) -> bool:
    return type(value).__name__ == "CellRichText"


@dataclass
class Grid:
    """The non-empty cells of one worksheet, by row and column."""

    name: str
    #: Rows or columns beyond the limits were not read.
    truncated: bool = False
    _rows: dict[int, dict[int, Cell]] = field(default_factory=dict)

    def add(self, cell: Cell) -> None:
        self._rows.setdefault(cell.row, {})[cell.col] = cell

    def get(self, row: int, col: int) -> Cell | None:
        return self._rows.get(row, {}).get(col)

    def rows(self) -> list[int]:
        return sorted(self._rows)

    def row(self, row: int) -> list[Cell]:
        cells = self._rows.get(row, {})
        return [cells[c] for c in sorted(cells)]

    def box(self, first_row: int, last_row: int, first_col: int, last_col: int) -> list[Cell]:
        """Cells in the rectangle (inclusive), row by row."""
        return [c for r in self.rows() if first_row <= r <= last_row
                for c in self.row(r) if first_col <= c.col <= last_col]

    def all_cells(self) -> list[Cell]:
        return [c for r in self.rows() for c in self.row(r)]

    @property
    def max_row(self) -> int:
        return max(self._rows, default=0)


def _is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str) or _is_rich(value):
        return not str(value).strip()
    return False


#: What openpyxl raises on malformed or hostile parts of a package.
_PARSE_ERRORS: tuple[type[BaseException], ...] = (
    KeyError, ValueError, TypeError, IndexError, AttributeError, ParseError, zipfile.BadZipFile,
    zlib.error, EOFError, OSError, UnicodeError, RecursionError,
)
try:  # defusedxml refuses DTDs, entities and external references
    from defusedxml import DefusedXmlException

    _PARSE_ERRORS += (DefusedXmlException,)
except ImportError:  # pragma: no cover - defusedxml is a dependency
    pass


def _describe(exc: BaseException) -> str:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:  # openpyxl wraps the parser's error in a ValueError
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(type(e).__name__ in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden")
           for e in chain):
        return "XML に危険な構造（DTD・エンティティ・外部参照）があるため読みません"
    if any(isinstance(e, (zipfile.BadZipFile, zlib.error, EOFError)) for e in chain):
        return "ブックが壊れているか、途中で切れています"
    return "ブックの内容を読めません（壊れているか、Excel ブックではありません）"


@dataclass
class Book:
    """What the importer needs of a workbook package: its worksheets and what decodes their cells."""

    archive: Any
    workbook: Any
    shared_strings: list[Any]
    #: (name, hidden, part path) of every worksheet, in tab order; chart sheets left out.
    worksheets: list[tuple[str, bool, str]]


@contextmanager
def open_workbook(path: Path) -> Iterator[Book]:
    """The package opened with openpyxl's reader, without its read-only worksheets.

    openpyxl's read-only worksheets scan each whole worksheet on opening when it lacks a
    <dimension> element; here worksheets are only streamed, and only as far as needed.
    Values are cached results, not formulas; shared strings keep their rich text.
    """
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    handle = path.open("rb")
    reader = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                reader = ExcelReader(handle, read_only=True, data_only=True, rich_text=True)
                reader.read_manifest()
                reader.shared_strings = _read_shared_strings(path, reader)
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                names = set(reader.archive.namelist())
                sheets = [(sheet.name, (sheet.state or "visible") != "visible", rel.target)
                          for sheet, rel in reader.parser.find_sheets()
                          if rel.target in names and "chartsheet" not in rel.Type]
            except _PARSE_ERRORS as exc:
                raise InputError(path, _describe(exc)) from None
        yield Book(reader.archive, reader.wb, reader.shared_strings, sheets)
    finally:
        if reader is not None:
            reader.archive.close()
        handle.close()


#: Shared strings read; an evaluation workbook of a hundred sheets has a few thousand.
MAX_SHARED_STRINGS = 200_000


def _read_shared_strings(path: Path, reader: Any) -> list[Any]:
    """The shared strings, plain text as str and formatted text as CellRichText, up to a limit.

    openpyxl's own rich-text reader takes about 10 µs a string; most strings have no
    runs and are read directly here. Phonetic guides (<rPh>) are not part of the text.
    """
    from openpyxl.cell.rich_text import CellRichText
    from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse  # defused when defusedxml is installed

    content_type = reader.package.find(SHARED_STRINGS)
    if content_type is None:
        return []
    si, t, r = (f"{{{SHEET_MAIN_NS}}}{tag}" for tag in ("si", "t", "r"))
    strings: list[Any] = []
    with reader.archive.open(content_type.PartName[1:]) as source:
        for _, node in iterparse(source):
            if node.tag != si:
                continue
            if node.find(r) is not None:
                rich = CellRichText.from_tree(node)
                value: Any = rich[0] if len(rich) == 1 and isinstance(rich[0], str) else (rich if len(rich) else "")
            else:
                text = node.find(t)
                value = (text.text or "") if text is not None else ""
            if isinstance(value, str):
                value = value.replace("x005F_", "")
            node.clear()
            strings.append(value)
            if len(strings) > MAX_SHARED_STRINGS:
                raise InputError(path, f"ブックの文字列が多すぎるため読み込みません（上限 {MAX_SHARED_STRINGS:,} 個）")
    return strings


#: Cells parsed in one worksheet (including those beyond MAX_COLS) before reading stops.
MAX_PARSED_CELLS = 300_000


def _number_format(book: Book, style_id: int) -> str:
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    workbook = book.workbook
    try:
        format_id = workbook._cell_styles[style_id].numFmtId
        if format_id < BUILTIN_FORMATS_MAX_SIZE:
            return BUILTIN_FORMATS.get(format_id, "General")
        return workbook._number_formats[format_id - BUILTIN_FORMATS_MAX_SIZE]
    except (IndexError, KeyError, AttributeError):
        return "General"


def read_grid(path: Path, book: Book, name: str, part: str) -> Grid:
    """The non-empty cells of one worksheet, at most MAX_ROWS × MAX_COLS of them."""
    from openpyxl.worksheet._reader import WorkSheetParser

    grid = Grid(name)
    workbook = book.workbook
    parsed = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with book.archive.open(part) as source:
                parser = WorkSheetParser(
                    source, book.shared_strings, data_only=True, epoch=workbook.epoch,
                    date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats,
                    rich_text=True)
                for index, row in parser.parse():
                    parsed += len(row)
                    if index > MAX_ROWS or parsed > MAX_PARSED_CELLS:
                        grid.truncated = True
                        break
                    for item in row:
                        value = item["value"]
                        if _is_blank(value):
                            continue
                        if item["column"] > MAX_COLS:
                            grid.truncated = True
                            continue
                        number_format = "General"
                        if isinstance(value, (int, float)) and item["style_id"]:
                            number_format = _number_format(book, item["style_id"])
                        grid.add(Cell(item["row"], item["column"], value, number_format))
        except _PARSE_ERRORS as exc:
            raise InputError(path, _describe(exc), f"'{name}'") from None
    return grid
