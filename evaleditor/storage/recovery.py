"""Recovery files: autosaved copies of unsaved work, kept in the user's data folder, never beside the document.

While a project has unsaved changes, the GUI writes it every few seconds through a ``RecoverySlot`` (one
per open document). A recovery file is JSON (never pickle), written atomically, and holds:

- ``original``: the project file it belongs to (None for a project never saved),
- ``saved_at``: when the work was captured for it (UTC, ISO 8601),
- ``writer``: user, computer, process id and process start time of the session that wrote it,
- ``summary``: municipality, plan, title, number of sheets and the first policies, to show what it is,
- ``base``: size, modification time and SHA-256 of the project file as the session had loaded or saved
  it, so that after a restore a file changed by someone else meanwhile is still noticed before saving,
- ``project``: the whole project in the ``.evproj`` format, so restoring goes through the same strict
  loader, migrations included.

The editor captures the work (``RecoverySlot.snapshot``, a few milliseconds) where it is edited and
writes it (``write_snapshot``: the disk work) on a worker thread. A clean save or close removes the
slot's file; a write still going on then, or an older snapshot finishing after a newer one, never
replaces what the slot holds. At start the GUI lists ``RecoveryStore.orphans()`` — files
whose writer is no longer running — and offers to restore each (``restore`` returns a Project and never
touches the real file; the user saves it) or to discard it. Files of a session still running (a second
window of the program) are not offered. After a restore the editor opens a new slot for the restored
work and discards the old recovery file once the new one has been written, so a crash in between
never leaves the work without a recovery file.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from evaleditor.errors import ProjectFileError, SaveError, one_line_text
from evaleditor.model import Project
from evaleditor.storage import processes
from evaleditor.storage.atomic import commit_temporary, write_temporary
from evaleditor.storage.disk_state import DiskState
from evaleditor.storage.lock import current_host, current_user, parse_moment
from evaleditor.storage.projectfile import dumps_project, loads_project
from evaleditor.storage.userdata import data_dir

FORMAT_NAME = "evaleditor-recovery"
FORMAT_VERSION = 1
SUFFIX = ".evrecovery"
_POLICIES_SHOWN = 3


def recovery_dir() -> Path:
    return data_dir() / "recovery"


@dataclass(frozen=True)
class RecoverySummary:
    """What a recovered project is, in a few words."""

    municipality: str
    plan: str
    title: str
    sheet_count: int
    policies: tuple[str, ...]

    @classmethod
    def of(cls, project: Project) -> RecoverySummary:
        settings = project.settings
        policies = tuple(" ".join(p for p in (s.policy_number, s.policy_name) if p)
                         for s in project.sheets[:_POLICIES_SHOWN])
        return cls(settings.municipality, settings.plan, settings.title, len(project.sheets), policies)

    def describe(self) -> str:
        """One Japanese line, e.g. ``平塚市 第2次総合計画（3 シート: 4 産業の活性化…）``."""
        head = " ".join(p for p in (self.municipality, self.plan) if p) or self.title or "（名称なし）"
        shown = "、".join(self.policies)
        more = " ほか" if self.sheet_count > len(self.policies) else ""
        return one_line_text(f"{head}（{self.sheet_count} シート{': ' + shown + more if shown else ''}）", 200)


@dataclass(frozen=True)
class Recovery:
    """One recovery file as found on disk. ``problem`` is set when it cannot be read (discard it)."""

    file: Path
    original: Path | None
    saved_at: datetime | None
    summary: RecoverySummary | None
    writer_host: str = ""
    writer_pid: int = 0
    writer_started: float | None = None
    problem: str | None = None
    #: The project file as the writing session knew it (None: never saved, or not recorded).
    base: DiskState | None = None

    @property
    def writer_running(self) -> bool:
        """Whether the session that wrote it still runs (then it is not an orphan)."""
        if self.writer_host.casefold() != current_host().casefold():
            return False
        return self.writer_pid != 0 and processes.is_running(self.writer_pid, self.writer_started)


def _summary(data: Any) -> RecoverySummary:
    if not isinstance(data, dict):
        raise ValueError("summary")
    policies = data.get("policies", [])
    count = data.get("sheets")
    if (not isinstance(policies, list) or not all(isinstance(p, str) for p in policies)
            or isinstance(count, bool) or not isinstance(count, int)):
        raise ValueError("summary")
    texts = [data.get(k, "") for k in ("municipality", "plan", "title")]
    if not all(isinstance(t, str) for t in texts):
        raise ValueError("summary")
    return RecoverySummary(texts[0], texts[1], texts[2], count, tuple(policies))


def _base(data: Any) -> DiskState | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValueError("base")
    size, mtime, digest = data.get("size"), data.get("mtime_ns"), data.get("sha256")
    if (isinstance(size, bool) or not isinstance(size, int) or isinstance(mtime, bool) or not isinstance(mtime, int)
            or not isinstance(digest, str)):
        raise ValueError("base")
    return DiskState(size, mtime, digest)


def _read(file: Path) -> tuple[Recovery, Any]:
    """The recovery and its ``project`` part; a Recovery with ``problem`` set if unreadable."""
    try:
        raw = file.read_bytes()
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise ValueError("format")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version > FORMAT_VERSION:
            raise ValueError("version")
        original = data.get("original")
        if original is not None and not isinstance(original, str):
            raise ValueError("original")
        saved_at = parse_moment(str(data.get("saved_at")))
        writer = data.get("writer") or {}
        pid, started, host = writer.get("pid", 0), writer.get("process_started"), writer.get("host", "")
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 <= pid < 2**32 or not isinstance(host, str):
            raise ValueError("writer")
        if started is not None and (isinstance(started, bool) or not isinstance(started, (int, float))):
            raise ValueError("writer")
        started = float(started) if started is not None else None  # OverflowError for a huge integer
        recovery = Recovery(file, Path(original) if original else None, saved_at, _summary(data.get("summary")),
                            host, pid, started, None, _base(data.get("base")))
        return recovery, data.get("project")
    except (OSError, ValueError, UnicodeDecodeError, RecursionError, AttributeError, TypeError,
            OverflowError) as error:
        problem = "読み込めません" if isinstance(error, OSError) else "壊れています"
        return Recovery(file, None, None, None, problem=f"復元ファイルが{problem}"), None


@dataclass(frozen=True)
class RecoverySnapshot:
    """The recovery file's content for one state of the work, ready to be written (by any thread)."""

    payload: bytes
    #: Order of the snapshots of one slot: a later one is the newer work.
    sequence: int


class _Superseded(Exception):
    """A snapshot is older than what the slot holds, or than its last removal: it must not land."""


class RecoverySlot:
    """The recovery file of one open document: ``write`` on autosave, ``remove`` on clean save or close.

    Writing may happen on another thread than the editing: ``snapshot`` captures the work as it is now
    (cheap; call it where the project is edited), ``write_snapshot`` does the disk work (anywhere). The
    slot keeps the order: a snapshot never replaces a newer one already written, and none taken before a
    ``remove`` re-creates the file after it. The file is always complete (written aside, then renamed).
    """

    def __init__(self, folder: Path, original: Path | None) -> None:
        self.file = folder / f"{os.urandom(16).hex()}{SUFFIX}"  # a random name
        #: The project file this work belongs to; update it after "save as".
        self.original = original
        self._guard = threading.Lock()  # held only for a moment: never during the slow writing
        self._taken = 0  # sequence of the last snapshot taken
        self._landed = 0  # sequence of the snapshot in the file now
        self._removed = 0  # snapshots up to this sequence were taken before the last removal

    def snapshot(self, project: Project, *, base: DiskState | None = None,
                 now: datetime | None = None) -> RecoverySnapshot:
        """The recovery file's content for ``project`` as it is now (a few ms for a city's 100 sheets).

        ``base`` is the project file as this session loaded or last saved it.
        """
        saved_at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        head = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "original": str(self.original) if self.original is not None else None,
            "saved_at": saved_at.isoformat(),
            "writer": {"user": current_user(), "host": current_host(), "pid": os.getpid(),
                       "process_started": processes.own_start()},
            "summary": _summary_json(RecoverySummary.of(project)),
            "base": None if base is None else {"size": base.size, "mtime_ns": base.mtime_ns, "sha256": base.sha256},
        }
        head_text = json.dumps(head, ensure_ascii=False)
        project_text = dumps_project(project, compact=True)  # ends with a line break
        # the project in the .evproj format as the last member (the file stays one JSON object)
        payload = b"".join(((head_text[:-1] + ', "project": ').encode("utf-8"), memoryview(project_text)[:-1], b"}\n"))
        with self._guard:
            self._taken += 1
            return RecoverySnapshot(payload, self._taken)

    def write_snapshot(self, snapshot: RecoverySnapshot) -> Path | None:
        """Write ``snapshot`` atomically; the file, or None when it was superseded (a newer snapshot is
        written, or the file was removed after it was taken). SaveError (with a Japanese reason) if it cannot
        be written. Safe to call from any thread.
        """
        with self._guard:
            if self._superseded(snapshot):
                return None
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SaveError(self.file, error.strerror or str(error)) from error
        temporary = write_temporary(self.file, snapshot.payload, mode=0o600)  # the user's own work, for their eyes

        def replace(source: Path, target: Path) -> None:
            with self._guard:  # the order is decided at the rename, which is quick
                if self._superseded(snapshot):
                    raise _Superseded
                os.replace(source, target)
                self._landed = snapshot.sequence

        try:
            commit_temporary(temporary, self.file, replace=replace)
        except _Superseded:
            return None
        return self.file

    def _superseded(self, snapshot: RecoverySnapshot) -> bool:
        return snapshot.sequence <= self._landed or snapshot.sequence <= self._removed

    def write(self, project: Project, *, base: DiskState | None = None, now: datetime | None = None) -> Path | None:
        """``snapshot`` and ``write_snapshot`` in one go, on this thread (None only if another thread wrote a
        newer snapshot or removed the file in between)."""
        return self.write_snapshot(self.snapshot(project, base=base, now=now))

    def remove(self) -> None:
        """Forget the recovery file (the work was saved or deliberately closed). Never raises.

        A write of an earlier snapshot still going on will not bring it back.
        """
        with self._guard:
            self._removed = self._taken
            with contextlib.suppress(OSError):
                self.file.unlink(missing_ok=True)


def _summary_json(summary: RecoverySummary) -> dict[str, Any]:
    return {"municipality": summary.municipality, "plan": summary.plan, "title": summary.title,
            "sheets": summary.sheet_count, "policies": list(summary.policies)}


class RecoveryStore:
    """The folder of recovery files (``recovery_dir()`` unless given)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else recovery_dir()

    def slot(self, original: str | Path | None) -> RecoverySlot:
        return RecoverySlot(self.folder, Path(original) if original is not None else None)

    def all(self) -> list[Recovery]:
        """Every recovery file, newest first; unreadable ones last, with ``problem`` set."""
        try:
            files = [p for p in self.folder.iterdir() if p.name.endswith(SUFFIX) and p.is_file()]
        except OSError:
            return []
        found = [_read(file)[0] for file in files]
        epoch = datetime.min.replace(tzinfo=timezone.utc)
        return sorted(found, key=lambda r: (r.problem is None, _aware(r.saved_at) or epoch), reverse=True)

    def orphans(self) -> list[Recovery]:
        """Recoveries to offer at start: those whose writing session is no longer running."""
        return [r for r in self.all() if not r.writer_running]

    def restore(self, recovery: Recovery) -> Project:
        """The recovered project (the real file is not touched); ProjectFileError if it cannot be read."""
        checked, project_data = _read(recovery.file)
        if checked.problem is not None or not isinstance(project_data, dict):
            raise ProjectFileError(recovery.file, checked.problem or "プロジェクトが含まれていません")
        return loads_project(json.dumps(project_data), recovery.file)  # escapes keep lone surrogates encodable

    def discard(self, recovery: Recovery) -> None:
        with contextlib.suppress(FileNotFoundError):
            recovery.file.unlink()


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment
