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
#: Characters kept from one cell (Excel's own limit).
MAX_CELL_CHARS = 32_767


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
    hidden: bool = False
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
    name = type(exc).__name__
    if name in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError"):
        return "XML に危険な構造（DTD・エンティティ・外部参照）があるため読みません"
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError)):
        return "ブックが壊れているか、途中で切れています"
    return "ブックの内容を読めません（壊れているか、Excel ブックではありません）"


@contextmanager
def open_workbook(path: Path) -> Iterator[Any]:
    """openpyxl's read-only workbook (values, not formulas; rich shared strings); closed afterwards."""
    from openpyxl import load_workbook

    handle = path.open("rb")
    workbook = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                workbook = load_workbook(handle, read_only=True, data_only=True, rich_text=True)
            except _PARSE_ERRORS as exc:
                raise InputError(path, _describe(exc)) from None
        yield workbook
    finally:
        if workbook is not None:
            workbook.close()
        handle.close()


def worksheet_names(workbook: Any) -> list[tuple[str, bool]]:
    """(name, hidden) of every worksheet, chart sheets left out."""
    return [(ws.title, getattr(ws, "sheet_state", "visible") != "visible") for ws in workbook.worksheets
            if hasattr(ws, "_get_source")]


def read_grid(path: Path, workbook: Any, name: str) -> Grid:
    """The non-empty cells of worksheet ``name``, at most MAX_ROWS × MAX_COLS of them."""
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.worksheet._reader import WorkSheetParser

    sheet = workbook[name]
    grid = Grid(name, hidden=sheet.sheet_state != "visible")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with sheet._get_source() as source:
                parser = WorkSheetParser(
                    source, workbook.shared_strings if hasattr(workbook, "shared_strings") else sheet._shared_strings,
                    data_only=True, epoch=workbook.epoch, date_formats=workbook._date_formats,
                    timedelta_formats=workbook._timedelta_formats, rich_text=True)
                for index, row in parser.parse():
                    if index > MAX_ROWS:
                        grid.truncated = True
                        break
                    for item in row:
                        value = item["value"]
                        if _is_blank(value):
                            continue
                        if item["column"] > MAX_COLS:
                            grid.truncated = True
                            continue
                        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                            value = value[:MAX_CELL_CHARS]
                        number_format = "General"
                        if isinstance(value, (int, float)) and item["style_id"]:
                            number_format = ReadOnlyCell(sheet, item["row"], item["column"], value,
                                                         item["data_type"], item["style_id"]).number_format or "General"
                        grid.add(Cell(item["row"], item["column"], value, number_format))
        except _PARSE_ERRORS as exc:
            raise InputError(path, _describe(exc), f"'{name}'") from None
    return grid
