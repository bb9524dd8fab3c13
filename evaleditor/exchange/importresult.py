"""What an import produced: the project, and notes on everything it could not use.

Importers of loosely structured sources (workbooks) read what they can and
report the rest precisely instead of failing or guessing: each note names the
worksheet, the cell and the reason. The command line prints the notes to
stderr, one per line; the GUI shows them in a list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaleditor.model import Project


@dataclass(frozen=True)
class ImportNote:
    """One thing the importer skipped or read in a way the user should check."""

    message: str
    worksheet: str = ""
    #: A cell (``D9``) or a range (``A7:H7``); empty when the whole worksheet or file is meant.
    cell: str = ""

    @property
    def place(self) -> str:
        """``'施策4'!D9``, ``'一覧'`` or empty, in Excel's own notation."""
        if not self.worksheet:
            return self.cell
        sheet = "'" + self.worksheet.replace("'", "''") + "'"
        return f"{sheet}!{self.cell}" if self.cell else sheet

    def one_line(self, path: str | None = None) -> str:
        return ": ".join(p for p in (path, self.place, self.message) if p)


@dataclass
class ImportResult:
    project: Project
    notes: list[ImportNote] = field(default_factory=list)
