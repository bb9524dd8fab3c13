"""What a check reports: a level, the sheet, the exact place and a Japanese message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Level(str, Enum):
    """How serious a finding is. ``validate`` fails on errors and warnings, not on notices."""

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def severity(self) -> int:
        """2 for errors, 1 for warnings, 0 for notices: sort by ``-severity`` for worst first."""
        return _SEVERITY[self]

    @property
    def fails_validation(self) -> bool:
        return self is not Level.NOTICE


_LEVEL_LABELS = {Level.ERROR: "エラー", Level.WARNING: "警告", Level.NOTICE: "注意"}
_SEVERITY = {Level.ERROR: 2, Level.WARNING: 1, Level.NOTICE: 0}


class Area(str, Enum):
    """The part of a sheet a finding is about."""

    SHEET = "sheet"  # the sheet's own fields: policy_number, policy_name …
    INDICATOR = "indicator"
    BUDGET = "budget"
    TOPIC = "topic"


@dataclass(frozen=True)
class Place:
    """Where in a sheet, precisely enough to select the cell or editor.

    ``field`` is the model attribute: for an indicator ``baseline``, ``target`` or
    ``actuals`` (with ``year``); for the budget ``cost_thousand_yen`` or
    ``execution_rate_percent`` (with ``year``); for a topic ``heading``,
    ``result``, ``issue`` or ``policy``; for the sheet ``policy_number`` etc.
    Indexes are 0-based: ``group`` into ``Sheet.indicator_groups``, ``indicator``
    into that group's ``indicators``, ``topic`` into ``Sheet.topics``.
    """

    area: Area
    field: str
    group: int | None = None
    indicator: int | None = None
    topic: int | None = None
    year: str | None = None

    def path(self) -> str:
        """The place as a data path, like the ``place`` of an InputError."""
        if self.area is Area.INDICATOR:
            base = f"indicator_groups[{self.group}].indicators[{self.indicator}].{self.field}"
        elif self.area is Area.BUDGET:
            return f"budget[{self.year}].{self.field}"
        elif self.area is Area.TOPIC:
            base = f"topics[{self.topic}].{self.field}"
        else:
            base = self.field
        return f"{base}[{self.year}]" if self.year is not None else base


@dataclass(frozen=True)
class Finding:
    level: Level
    #: A stable identifier of the check, e.g. ``missing-actual``; for filters and tests.
    code: str
    #: Index into ``Project.sheets``.
    sheet: int
    #: The sheet as people name it: ``4 産業の活性化を促進する``.
    sheet_name: str
    place: Place
    #: The place in words: ``成果指標 2「創業者数（年間）」 実績値（2年度）``.
    where: str
    message: str

    def sheet_label(self) -> str:
        """``シート1「4 産業の活性化を促進する」`` (the position tells same-numbered sheets apart)."""
        return f"シート{self.sheet + 1}「{self.sheet_name}」" if self.sheet_name else f"シート{self.sheet + 1}"

    def line(self) -> str:
        """One line for the command line: level, sheet, place, message."""
        return f"{self.level.label}: {self.sheet_label()}: {self.where}: {self.message}"
