"""The columns of an indicator table, and the registry through which features add computed ones.

Kept apart from the table model (:mod:`evaleditor.gui.indicator_model`) so that a feature can register
its columns at start-up without loading the table's code, which comes with the first table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from evaleditor.model import Indicator, Sheet

if TYPE_CHECKING:
    from evaleditor.gui.document import ProjectDocument

TEXT, NUMBER, DIRECTION, READ_ONLY = "text", "number", "direction", "read-only"


@dataclass
class Column:
    """One column: how to read it, and (unless read-only) how to write it."""

    key: str
    header: str
    kind: str
    get: Callable[[Sheet, Indicator], Any]
    set: Callable[[Indicator, Any], None] | None = None
    band: str | None = None
    tooltip: str = ""
    # Other roles of a cell (tooltip, colours, alignment): ``role(sheet, indicator, role)`` → value, or None.
    role: Callable[[Sheet, Indicator, int], Any] | None = None
    # Texts a cell may come to show without an edit of its row (e.g. a rate with an earlier year's suffix
    # when the year under review moves): the column is made wide enough for them when the table has room …
    samples: Callable[[Sheet, Indicator], list[str]] | None = None
    # … else only for this part of the cell's text (the rate without the suffix); the rest is elided.
    short: Callable[[Sheet, Indicator], str] | None = None

    @property
    def editable(self) -> bool:
        return self.set is not None and self.kind != READ_ONLY


# Computed columns added to every table, by name (registering a name again replaces its provider).
COLUMN_PROVIDERS: dict[str, Callable[[ProjectDocument], list[Column]]] = {}
