"""The sheet model: plain, typed Python with no Qt and no file formats."""

from evaleditor.model.budget import BudgetEntry
from evaleditor.model.indicator import DEFAULT_GROUP, Direction, Indicator, IndicatorGroup
from evaleditor.model.project import Project
from evaleditor.model.rating import RatingBand
from evaleditor.model.settings import FiscalYear, ProjectSettings
from evaleditor.model.sheet import Sheet
from evaleditor.model.topic import Topic
from evaleditor.model.numbers import Number

__all__ = [
    "BudgetEntry",
    "DEFAULT_GROUP",
    "Direction",
    "FiscalYear",
    "Indicator",
    "IndicatorGroup",
    "Number",
    "Project",
    "ProjectSettings",
    "RatingBand",
    "Sheet",
    "Topic",
]
