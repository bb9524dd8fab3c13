"""Which reader and writer handle which file extension.

Entries name a module and a function so that heavy libraries (openpyxl,
pandas, Qt for PDF) are imported only when their format is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaleditor.errors import InputError
from evaleditor.model import Project

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
