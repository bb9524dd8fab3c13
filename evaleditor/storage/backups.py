"""The last few saved versions of a project, kept in a folder beside it.

Saving ``施策4.evproj`` first copies the version on disk to
``施策4.evproj.backups/施策4.2026-11-28T09-15-30.123456Z.evproj`` (named by when that version was
saved, in UTC), then replaces the file atomically, then deletes the oldest copies beyond the count to
keep (``DEFAULT_BACKUP_COUNT``; the GUI's setting). A version identical to the newest copy is not copied
again. Each copy is written atomically; a copy that cannot be written stops the save (SaveError) before
the file is touched, so the previous version is never lost without a copy. ``NAME.evproj.bak`` files
written by earlier versions are listed too, as the oldest entry.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from evaleditor.errors import SaveError
from evaleditor.model import Project
from evaleditor.storage.atomic import backup_path, write_atomic

DEFAULT_BACKUP_COUNT = 5
FOLDER_SUFFIX = ".backups"
_STAMP = "%Y-%m-%dT%H-%M-%S.%fZ"
_STAMP_RE = re.compile(r"\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{6}Z)(?:-(\d+))?$")


def backup_folder(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + FOLDER_SUFFIX)


@dataclass(frozen=True)
class Backup:
    """One kept version: its file and when that version had been saved."""

    file: Path
    saved_at: datetime
    #: A ``NAME.evproj.bak`` from before backups were kept in a folder.
    legacy: bool = False
    #: Orders versions that carry the same time (``…Z-1.evproj`` follows ``…Z.evproj``).
    sequence: int = 0

    def describe(self) -> str:
        return self.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _parse(path: Path, file: Path) -> Backup | None:
    stem, suffix = path.stem, path.suffix
    name = file.name
    if not (name.startswith(stem + ".") and name.endswith(suffix)):
        return None
    match = _STAMP_RE.search(name[: len(name) - len(suffix)] if suffix else name)
    if match is None or match.start() != len(stem):
        return None
    moment = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
    return Backup(file, moment, sequence=int(match.group(2) or 0))


def list_backups(path: str | Path) -> list[Backup]:
    """The kept versions of project ``path``, newest first."""
    path = Path(path)
    found: list[Backup] = []
    with contextlib.suppress(OSError):
        for file in backup_folder(path).iterdir():
            backup = _parse(path, file)
            if backup is not None and file.is_file():
                found.append(backup)
    found.sort(key=lambda b: (b.saved_at, b.sequence), reverse=True)
    legacy = backup_path(path)
    with contextlib.suppress(OSError):
        found.append(Backup(legacy, datetime.fromtimestamp(legacy.stat().st_mtime, timezone.utc), legacy=True))
    return found


def _name_for(path: Path, moment: datetime, folder: Path) -> Path:
    base = f"{path.stem}.{moment.astimezone(timezone.utc).strftime(_STAMP)}"
    candidate = folder / f"{base}{path.suffix}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{base}-{counter}{path.suffix}"
        counter += 1
    return candidate


def keep_copy(path: Path) -> Path | None:
    """Copy the version on disk into the backups folder; None if there is none or it is already kept."""
    try:
        current = path.read_bytes()
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    except OSError as error:
        raise SaveError(path, f"今のファイルを読めないためバックアップを作れません（{error.strerror or error}）") from error
    kept = [b for b in list_backups(path) if not b.legacy]
    if kept:
        with contextlib.suppress(OSError):
            if kept[0].file.read_bytes() == current:
                return None
    folder = backup_folder(path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise SaveError(path, f"バックアップのフォルダー {folder.name} を作れません（{error.strerror or error}）") from error
    target = _name_for(path, datetime.fromtimestamp(mtime, timezone.utc), folder)
    write_atomic(target, current, keep_backup=False)
    with contextlib.suppress(OSError):
        os.utime(target, (mtime, mtime))
    return target


def prune(path: Path, count: int) -> list[Path]:
    """Delete the oldest kept versions beyond ``count``; return what was deleted. Never raises."""
    removed = []
    for backup in [b for b in list_backups(path) if not b.legacy][count:]:
        with contextlib.suppress(OSError):
            backup.file.unlink()
            removed.append(backup.file)
    return removed


def write_with_backups(path: str | Path, data: bytes, *, count: int = DEFAULT_BACKUP_COUNT) -> None:
    """Save ``data`` to ``path`` atomically, keeping up to ``count`` earlier versions (0: keep none)."""
    path = Path(path)
    if count > 0:
        keep_copy(path)
    write_atomic(path, data, keep_backup=False)
    if count > 0:
        prune(path, count)


def load_backup(backup: Backup) -> Project:
    """A kept version as a project, to look at or to save under another name."""
    from evaleditor.storage.projectfile import load_project

    return load_project(backup.file)


def restore_backup(path: str | Path, backup: Backup, *, count: int = DEFAULT_BACKUP_COUNT) -> Project:
    """Make a kept version the current file again; the version it replaces is kept as a backup first."""
    from evaleditor.storage.projectfile import load_project

    project = load_project(backup.file)  # a damaged copy is refused before anything is replaced
    write_with_backups(path, backup.file.read_bytes(), count=max(count, 1))
    return project
