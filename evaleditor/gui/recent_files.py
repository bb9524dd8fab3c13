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
        known = self.paths()
        listed = [str(p) for p in [path, *(p for p in known if p != path)][:LIMIT]]
        if listed != [str(p) for p in known]:  # each change is written to disk: not on every save of the same file
            self.settings.setValue(KEY, listed)

    def remove(self, path: Path) -> None:
        self.settings.setValue(KEY, [str(p) for p in self.paths() if p != path])

    def clear(self) -> None:
        self.settings.setValue(KEY, [])
