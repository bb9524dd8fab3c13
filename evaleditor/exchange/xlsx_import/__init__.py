"""Import workbooks in the published layout of 施策評価シート (see docs/import.md).

Every part is located by its label, never by a fixed cell address. What
cannot be recognised is skipped and reported as an ImportNote (worksheet,
cell, reason); no value is ever invented. A file that is not a usable
workbook at all raises InputError.
"""

from __future__ import annotations

import re
from pathlib import Path

from evaleditor.errors import InputError
from evaleditor.model import Project, ProjectSettings

from evaleditor.exchange.importresult import ImportNote, ImportResult
from evaleditor.exchange.xlsx_import.cells import MAX_COLS, MAX_PARSED_CELLS, MAX_ROWS, open_workbook, read_grid
from evaleditor.exchange.xlsx_import.container import check_workbook_file
from evaleditor.exchange.xlsx_import.sheet_reader import Columns, NotASheet, SheetReader, YearsDiffer

__all__ = ["import_workbook", "read_workbook"]


def import_workbook(path: str | Path) -> ImportResult:
    """The project in a workbook, one sheet per evaluation worksheet, with notes on what was skipped."""
    path = Path(path)
    check_workbook_file(path)
    notes: list[ImportNote] = []
    columns = Columns()
    sheets = []
    with open_workbook(path) as book:
        for name, hidden, part in book.worksheets:
            grid = read_grid(path, book, name, part)
            if not grid.rows():
                notes.append(ImportNote("空のワークシートのため読み飛ばしました", name))
                continue
            reader = SheetReader(grid, columns)
            try:
                sheet = reader.read()
            except NotASheet:
                notes.append(ImportNote(
                    "評価シートではない（「施策名」と、指標・関連事業・決算額・成果などの見出しがない）ため読み飛ばしました", name))
                continue
            except YearsDiffer as differ:
                notes.append(ImportNote(
                    f"年度の列（{'、'.join(differ.found)}）が最初のシートの年度（{'、'.join(differ.expected)}）"
                    "と違うため、このワークシートは取り込みませんでした。年度ごとに別のプロジェクトに取り込んでください",
                    name, differ.cell))
                continue
            if hidden:
                notes.append(ImportNote("非表示のワークシートです（取り込みました）", name))
            if grid.truncated:
                notes.append(ImportNote(f"大きすぎるため、{MAX_ROWS} 行・{MAX_COLS} 列・{MAX_PARSED_CELLS:,} セルを"
                                        "超える部分は読み飛ばしました", name))
            notes += sorted(reader.notes, key=_position)
            sheets.append(sheet)
    if not sheets:
        raise InputError(path, "評価シート（「施策名」の見出しのあるワークシート）が見つかりません")
    settings = ProjectSettings(years=columns.years or [])
    if columns.title:
        settings.title = columns.title
    if columns.baseline_label:
        settings.baseline_label = columns.baseline_label
    if columns.target_label:
        settings.target_label = columns.target_label
    return ImportResult(Project(settings, sheets), notes)


def _position(note: ImportNote) -> tuple[int, int]:
    """Notes of a worksheet in reading order: the whole worksheet first, then by row and column."""
    match = re.match(r"([A-Z]+)(\d+)", note.cell)
    if not match:
        return (0, 0)
    col = 0
    for letter in match.group(1):
        col = col * 26 + ord(letter) - 64
    return (int(match.group(2)), col)


def read_workbook(path: str | Path) -> Project:
    """The project in a workbook (the notes are dropped; use import_workbook to show them)."""
    return import_workbook(path).project
