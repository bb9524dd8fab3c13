"""The open project as the GUI sees it: the core model, its file, one undo stack and change signals.

Every edit is a QUndoCommand (see :mod:`evaleditor.gui.commands`) that changes the core model inside
:meth:`ProjectDocument.changing`; views listen to ``aboutToChange``/``changed`` and refresh from the model.
A change is described by a *scope* (the object whose part changed: the project, a sheet, an indicator
group or a topic) and a *part* name, listed in :class:`Part`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from evaleditor.model import IndicatorGroup, Project, Sheet

if TYPE_CHECKING:
    from evaleditor.storage.session import EditSession


class Part:
    """Names of the parts of a scope that a change touches."""

    SHEETS = "sheets"          # project: the list of sheets (add, delete, order)
    SETTINGS = "settings"      # project: settings, year columns (values may be renamed too)
    INFO = "info"              # sheet: number, name, title
    DEPARTMENTS = "departments"
    PROGRAMS = "programs"
    GROUPS = "groups"          # sheet: the list of indicator groups and their names
    ROWS = "rows"              # group: the list of indicators (shape changes)
    VALUES = "values"          # group: values inside existing indicators
    BUDGET = "budget"          # sheet
    TOPICS = "topics"          # sheet: list of topics and their headings
    TEXT = "text"              # topic: one of its rich texts
    HEADING = "heading"        # topic: its heading


class Tab:
    """Keys of the sheet editor's tabs, used to show where an undone edit happened."""

    INFO = "info"
    INDICATORS = "indicators"
    BUDGET = "budget"
    RESULTS = "results"
    ISSUES = "issues"


@dataclass(eq=False)
class Place:
    """Where an edit happened: shown again when it is undone or redone."""

    sheet: Sheet | None = None
    tab: str | None = None
    group: IndicatorGroup | None = None


class ProjectDocument(QObject):
    aboutToChange = Signal(object, str)
    changed = Signal(object, str)
    placeRequested = Signal(object)
    pathChanged = Signal()

    def __init__(self, project: Project, path: Path | None = None, parent: QObject | None = None, *,
                 session: EditSession | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        #: The file's lock, recovery file and disk state (see :mod:`evaleditor.gui.safety`); set when installed.
        self.session = session
        self.undo_stack = QUndoStack(self)
        #: Typing commands merge only within one generation; :meth:`seal_typing` starts the next.
        self.typing_generation = 0

    def seal_typing(self) -> None:
        """End the current typing step: the next keystroke starts a new undo step."""
        self.typing_generation += 1

    @contextmanager
    def changing(self, scope: object, part: str) -> Iterator[None]:
        self.aboutToChange.emit(scope, part)
        try:
            yield
        finally:
            self.changed.emit(scope, part)

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit()

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("無題")

    def is_read_only(self) -> bool:
        """Opened read-only (someone else has the file open): saving goes to another name."""
        return self.session is not None and self.session.read_only

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()
