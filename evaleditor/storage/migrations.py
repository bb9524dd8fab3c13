"""Project file versions and the chain of migrations between them.

Each step is a small named function that turns the data of format version N
into version N + 1; loading runs every step from the file's version up to the
current one. A file from a newer version is refused, never guessed at.

History of the format (document every change here and in docs/project-file.md):

- 1 (evaleditor 0.1): settings (years with labels and Western years, review
  year, baseline and target labels) and sheets (indicator groups, programs,
  budget per year label, topics as safe HTML).
- 2 (evaleditor 0.1): settings gain ``font_name``, ``font_size`` (exports),
  ``rating_bands`` (grades by 達成率), ``char_limit`` (checks) and
  ``excel_charts``; version 1 files get the defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

CURRENT_VERSION = 2

Data = dict[str, Any]
Migration = Callable[[Data], Data]

def _v1_to_v2(data: Data) -> Data:
    """Settings for fonts, rating bands, the text limit and charts, at their defaults."""
    settings = data.get("settings")
    if isinstance(settings, dict):
        settings.setdefault("font_name", "BIZ UDゴシック")
        settings.setdefault("font_size", 10)
        settings.setdefault("rating_bands", [
            {"label": "A", "minimum_percent": 100}, {"label": "B", "minimum_percent": 80},
            {"label": "C", "minimum_percent": 50}, {"label": "D", "minimum_percent": None}])
        settings.setdefault("char_limit", None)
        settings.setdefault("excel_charts", False)
    return data


#: ``MIGRATIONS[n]`` turns version n into version n + 1.
MIGRATIONS: Mapping[int, Migration] = {1: _v1_to_v2}


class MigrationError(ValueError):
    """The data's version has no path to the current one."""


def migrate(
    data: Data, version: int, *, migrations: Mapping[int, Migration] = MIGRATIONS,
    current: int = CURRENT_VERSION,
) -> Data:
    """Run the chain of steps from ``version`` to ``current``; return the data with ``version`` set."""
    if version > current:
        raise MigrationError(f"newer: {version}")
    while version < current:
        step = migrations.get(version)
        if step is None:
            raise MigrationError(f"no migration from version {version}")
        data = step(data)
        version += 1
        data["version"] = version
    return data
