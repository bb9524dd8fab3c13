"""Which reader and writer handle which file extension.

Entries name a module and a function so that heavy libraries (openpyxl,
pandas, Qt for PDF) are imported only when their format is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaleditor.errors import InputError
from evaleditor.model import Project

if TYPE_CHECKING:
    from evaleditor.exchange.importresult import ImportResult

#: suffix -> (module, function(project) -> bytes)
EXPORTERS: dict[str, tuple[str, str]] = {
    ".json": ("evaleditor.exchange.sheets_json", "dumps_exchange"),
    ".xlsx": ("evaleditor.exchange.xlsx", "export_xlsx"),
    ".csv": ("evaleditor.exchange.csv_export", "dumps_csv"),
    ".pdf": ("evaleditor.gui.pdf.writer", "export_pdf_bytes"),
}
#: suffix -> (module, function(path) -> Project)
IMPORTERS: dict[str, tuple[str, str]] = {
    ".json": ("evaleditor.exchange.sheets_json", "read_exchange"),
    ".xlsx": ("evaleditor.exchange.xlsx_import", "read_workbook"),
    ".xlsm": ("evaleditor.exchange.xlsx_import", "read_workbook"),
}
#: suffix -> (module, function(path) -> ImportResult), for importers that report what they skipped
NOTED_IMPORTERS: dict[str, tuple[str, str]] = {
    ".xlsx": ("evaleditor.exchange.xlsx_import", "import_workbook"),
    ".xlsm": ("evaleditor.exchange.xlsx_import", "import_workbook"),
}


def _resolve(table: dict[str, tuple[str, str]], path: Path, verb: str) -> Callable[..., Any]:
    suffix = path.suffix.lower()
    if suffix not in table:
        known = "、".join(sorted(table))
        raise InputError(path, f"この形式は{verb}できません（{suffix or '拡張子なし'}）。対応している形式: {known}")
    module, name = table[suffix]
    return getattr(importlib.import_module(module), name)


def export_bytes(project: Project, out: str | Path) -> bytes:
    """The file content of ``project`` in the format named by ``out``'s extension."""
    return _resolve(EXPORTERS, Path(out), "書き出し")(project)


def check_export_target(out: str | Path) -> None:
    """Raise InputError early when no exporter handles ``out``."""
    _resolve(EXPORTERS, Path(out), "書き出し")


def import_file(source: str | Path) -> Project:
    return _resolve(IMPORTERS, Path(source), "取り込み")(Path(source))


def import_file_with_notes(source: str | Path) -> ImportResult:
    """The project and the importer's notes on what it skipped (none for exact formats such as JSON)."""
    from evaleditor.exchange.importresult import ImportResult

    path = Path(source)
    if path.suffix.lower() in NOTED_IMPORTERS:
        return _resolve(NOTED_IMPORTERS, path, "取り込み")(path)
    return ImportResult(import_file(path))
