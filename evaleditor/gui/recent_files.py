"""The 最近使ったファイル list, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
LIMIT = 8


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[Path]:
        value = self.settings.value(KEY, [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or [])]

    def add(self, path: Path) -> None:
        path = path.resolve()
        paths = [p for p in self.paths() if p != path]
        self.settings.setValue(KEY, [str(p) for p in [path, *paths][:LIMIT]])

    def remove(self, path: Path) -> None:
        self.settings.setValue(KEY, [str(p) for p in self.paths() if p != path])

    def clear(self) -> None:
        self.settings.setValue(KEY, [])
