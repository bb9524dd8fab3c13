"""The dialogs seam scripted for the collection features: merge choices, printing, next year, import, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaleditor.gui.progress import Cancelled, Progress
from tests.gui.conftest import ScriptedDialogs


class ScriptedProgress(Progress):
    def __init__(self, maximum: int, cancel_at: int | None) -> None:
        self.maximum, self.cancel_at = maximum, cancel_at
        self.steps: list[tuple[int, str]] = []
        self.closed = False

    def step(self, done: int, text: str = "") -> None:
        self.steps.append((done, text))
        if self.cancel_at is not None and done >= self.cancel_at:
            raise Cancelled

    def close(self) -> None:
        self.closed = True


class CollectDialogs(ScriptedDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.path_lists: list[list[Path]] = []
        self.resolutions: list = []
        self.duplicates: list = []
        self.printer_setup = None  # a function(printer) -> bool
        self.next_year: list = []
        self.next_year_asked: list[tuple[str, str, bool]] = []
        self.import_targets: list[str | None] = []
        self.notes_shown: list[tuple[str, list]] = []
        self.cancel_at: int | None = None
        self.progresses: list[ScriptedProgress] = []

    def open_paths(self, title: str, filters: str, folder: str = "") -> list[Path]:
        self.asked.append(filters)
        return self.path_lists.pop(0)

    def choose_resolution(self, duplicate):  # type: ignore[no-untyped-def]
        self.duplicates.append(duplicate)
        return self.resolutions.pop(0)

    def setup_printer(self, printer) -> bool:  # type: ignore[no-untyped-def]
        return self.printer_setup(printer)

    def ask_next_year(self, current: str, following: str, adds_column: bool):  # type: ignore[no-untyped-def]
        self.next_year_asked.append((current, following, adds_column))
        return self.next_year.pop(0)

    def ask_import_target(self, name: str, sheets: int) -> str | None:
        self.asked.append(name)
        return self.import_targets.pop(0)

    def show_import_notes(self, name: str, notes: list) -> None:  # type: ignore[type-arg]
        self.notes_shown.append((name, list(notes)))

    def progress(self, title: str, maximum: int) -> Progress:
        progress = ScriptedProgress(maximum, self.cancel_at)
        self.progresses.append(progress)
        return progress


@pytest.fixture
def dialogs() -> CollectDialogs:
    return CollectDialogs()
