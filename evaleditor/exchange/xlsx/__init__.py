"""Excel export in the published 施策評価シート layout (openpyxl, no Qt).

``export_xlsx(project) -> bytes`` is the entry point registered in
:mod:`evaleditor.exchange.formats`. The modules here are split by concern:
:mod:`labels` (the label texts an importer finds), :mod:`cleaning` (text made
safe for Excel), :mod:`richtext` (rich text as lines and CellRichText),
:mod:`heights` (text widths, wrapping, row heights), :mod:`columns` (the
columns and their widths), :mod:`layout` (the rows of one sheet as data),
:mod:`styles` (shared named styles), :mod:`pages` (page breaks and print
setup), :mod:`summary` (一覧 and the machine-readable table) and
:mod:`writer` (putting it together).

openpyxl is imported inside the modules that need it, and this
package does not import it, so importing it stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evaleditor.model import Project


def export_xlsx(project: Project, progress: Callable[[int, int], None] | None = None) -> bytes:
    """The workbook of ``project`` as .xlsx bytes.

    ``progress(done, total)`` is called after each sheet's worksheet (for a progress dialog);
    raises InputError for a text that no cell can hold.
    """
    from evaleditor.exchange.xlsx.writer import workbook_bytes

    return workbook_bytes(project, progress)
