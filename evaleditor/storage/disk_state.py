"""Has the project file changed on disk since it was opened (or last saved)?

On opening, the GUI keeps a ``DiskState`` of the bytes it read: size, modification time and a SHA-256 of
the content. Before saving, ``save_checked`` compares the file now on disk with it and raises
ChangedOnDiskError instead of overwriting when another program or person changed, replaced or deleted
it; the GUI then asks (overwrite, or save under another name) and calls again with ``force=True``.

The content hash decides: a file touched without a change (a sync client, a virus scanner) is not
reported, and a change that keeps size and time (coarse FAT/SMB timestamps) is still found.
"""

from __future__ import annotations

import enum
import os
from pathlib import Path

from evaleditor.errors import EvalEditorError
from evaleditor.model import Project
from evaleditor.storage.backups import DEFAULT_BACKUP_COUNT, write_with_backups
from evaleditor.storage.projectfile import dumps_project, loads_project, read_failure


def digest(data: bytes) -> str:
    import hashlib  # here: its import (OpenSSL) and the hash would be ~5 ms of opening a city's file

    return hashlib.sha256(data).hexdigest()


class DiskState:
    """What a project file was when this session last read or wrote it: size, modification time, SHA-256.

    A state made ``of`` the bytes read computes their hash when it is first asked for (before saving, in
    an autosave), not while the file opens; until then it keeps the bytes.
    """

    __slots__ = ("size", "mtime_ns", "_sha256", "_data")

    def __init__(self, size: int, mtime_ns: int, sha256: str | None = None, *, data: bytes | None = None) -> None:
        """The hash, or the ``data`` to compute it from when first asked for."""
        self.size = size
        self.mtime_ns = mtime_ns
        self._sha256 = sha256
        self._data = data

    @classmethod
    def of(cls, data: bytes, stat: os.stat_result) -> DiskState:
        return cls(len(data), stat.st_mtime_ns, data=data)

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            self._sha256 = digest(self._data or b"")
            self._data = None
        return self._sha256

    def _key(self) -> tuple[int, int, str]:
        return self.size, self.mtime_ns, self.sha256

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DiskState) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"DiskState(size={self.size}, mtime_ns={self.mtime_ns}, sha256={self.sha256!r})"


class DiskChange(enum.Enum):
    UNCHANGED = "unchanged"
    MODIFIED = "modified"  # different content now
    DELETED = "deleted"  # gone (deleted, renamed, or the share is offline)
    CREATED = "created"  # a new document's target now exists


class ChangedOnDiskError(EvalEditorError):
    """Saving would overwrite changes made by someone else; nothing was written."""

    MESSAGES = {
        DiskChange.MODIFIED: "開いた後に、ほかの人またはプログラムがこのファイルを変更しました",
        DiskChange.DELETED: "開いた後に、このファイルが削除されたか移動されました",
        DiskChange.CREATED: "同じ名前のファイルがほかで作られています",
    }

    def __init__(self, path: str | Path, change: DiskChange) -> None:
        self.path = str(path)
        self.change = change
        super().__init__(f"{path}: {self.MESSAGES[change]}。上書きするか、別の名前で保存してください")


def read_with_state(path: str | Path) -> tuple[bytes, DiskState]:
    """The file's bytes and their state, read through one handle so they belong together."""
    with open(path, "rb") as handle:
        data = handle.read()
        return data, DiskState.of(data, os.fstat(handle.fileno()))


def check(path: str | Path, known: DiskState | None) -> DiskChange:
    """How the file at ``path`` differs from ``known`` (None: a document not yet saved there)."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            if known is None:
                return DiskChange.CREATED
            if stat.st_size != known.size:
                return DiskChange.MODIFIED
            now = digest(handle.read())
    except FileNotFoundError:
        return DiskChange.UNCHANGED if known is None else DiskChange.DELETED
    except IsADirectoryError:
        return DiskChange.MODIFIED
    return DiskChange.UNCHANGED if now == known.sha256 else DiskChange.MODIFIED


def load_with_state(path: str | Path) -> tuple[Project, DiskState]:
    """``load_project`` that also returns the state to compare with before saving."""
    try:
        data, state = read_with_state(path)
    except OSError as exc:
        raise read_failure(path, exc) from None
    return loads_project(data, path), state


def save_checked(
    project: Project, path: str | Path, known: DiskState | None, *, force: bool = False,
    backups: int = DEFAULT_BACKUP_COUNT,
) -> DiskState:
    """Save unless the file changed on disk since ``known`` (ChangedOnDiskError); return the new state.

    ``force=True`` overwrites anyway (the user chose to); the overwritten version is still kept as a
    backup. SaveError if writing fails (the file on disk unchanged).
    """
    if not force:
        change = check(path, known)
        if change is not DiskChange.UNCHANGED:
            raise ChangedOnDiskError(path, change)
    data = dumps_project(project)
    write_with_backups(path, data, count=backups)
    try:
        return DiskState.of(data, os.stat(path))
    except OSError:
        return DiskState(len(data), 0, digest(data))  # the share went away just now
