"""Lock files for open projects: who has a project open, on which computer, since when.

Opening a project for editing creates ``.~lock.NAME#`` beside ``NAME`` (the pattern LibreOffice uses), a
small UTF-8 JSON file naming the user, the computer, the process (id and start time), the program and the
time. A second person or window that opens the project finds the lock and is told who holds it; the GUI
then offers to open it read-only. Closing the project removes the lock. Read-only commands (``export``,
``validate``) never look at locks.

Why a plain file, created with ``O_CREAT | O_EXCL``:

- Exclusive creation is atomic on local disks, Windows (SMB) shares and NFS alike: of two openers exactly
  one creates the file, the other gets ``FileExistsError``. No server, no extra package.
- The file carries *who* holds the project. Operating-system locks (``fcntl``, ``LockFileEx``, which
  ``filelock.FileLock`` uses) carry no owner, so a colleague could only be told "locked"; and they cannot
  be read across computers on many shares. ``QLockFile`` would do the same job, but the core must not
  import Qt, and its format is private to Qt.
- A lock left behind by a crash stays readable, so it is recognised: on the same computer, a lock whose
  process is gone (same id *and* start time, see ``processes``) is stale and taken over without asking; a
  lock from another computer not refreshed for longer than a limit (``ProjectLock.refresh`` bumps its
  modification time) may be taken over when the user chooses to (the facts are returned; the GUI asks). A garbled or empty lock is treated like an old one once it is older than a few
  seconds (a lock being written is empty for a moment).

Taking over re-reads the lock and removes it only if it is still the same bytes, then creates a new one
exclusively; releasing removes the lock only if it still carries this session's token, so a session
whose lock was taken over never deletes the new holder's lock.
"""

from __future__ import annotations

import contextlib
import enum
import getpass
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from evaleditor import __version__
from evaleditor.errors import EvalEditorError, one_line_text
from evaleditor.storage import processes

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
#: A lock from another computer not refreshed for this long may be taken over if the user chooses to.
DEFAULT_TAKEOVER_AFTER = timedelta(hours=12)
#: A lock that cannot be read is left alone this long: it may be in the middle of being written.
UNREADABLE_GRACE = timedelta(seconds=10)
_MAX_LOCK_BYTES = 64 * 1024
_ATTEMPTS = 5


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f"{LOCK_PREFIX}{path.name}{LOCK_SUFFIX}")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no USERNAME/LOGNAME and no password database entry
        return os.environ.get("USERNAME") or "（不明なユーザー）"


def current_host() -> str:
    if hasattr(os, "uname"):  # POSIX: the name socket.gethostname() reads too, without loading sockets
        name = os.uname().nodename
    else:
        import socket

        name = socket.gethostname()
    return name or "（不明なコンピューター）"


def _same_host(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()  # Windows computer names are case-insensitive


@dataclass(frozen=True)
class LockOwner:
    """What a lock file says about the session that holds the project."""

    user: str
    host: str
    pid: int
    since: datetime
    app: str = ""
    process_started: float | None = None
    token: str = ""

    @classmethod
    def for_this_process(cls) -> LockOwner:
        return cls(user=current_user(), host=current_host(), pid=os.getpid(),
                   since=datetime.now(timezone.utc).replace(microsecond=0), app=f"evaleditor {__version__}",
                   process_started=processes.own_start(), token=os.urandom(16).hex())

    def to_json(self) -> bytes:
        data = {"app": self.app, "user": self.user, "host": self.host, "pid": self.pid,
                "process_started": self.process_started, "since": self.since.isoformat(), "token": self.token}
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> LockOwner:
        """Parse a lock; ValueError for anything that is not a lock this program wrote."""
        data: Any = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
        user, host, pid, since = data.get("user"), data.get("host"), data.get("pid"), data.get("since")
        started = data.get("process_started")
        if not (isinstance(user, str) and isinstance(host, str) and isinstance(since, str)):
            raise ValueError("user, host or since missing")
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid < 2**32:
            raise ValueError("bad pid")
        if started is not None and (isinstance(started, bool) or not isinstance(started, (int, float))):
            raise ValueError("bad process_started")
        when = parse_moment(since)
        try:
            started = float(started) if started is not None else None
        except OverflowError:
            raise ValueError("bad process_started") from None
        return cls(user=user, host=host, pid=pid, since=when, app=str(data.get("app", "")),
                   process_started=started, token=str(data.get("token", "")))


def parse_moment(text: str) -> datetime:
    """An ISO 8601 time as an aware datetime; ValueError if unreadable or outside years 1971–9998."""
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    if not 1971 <= when.year <= 9998:  # room to convert to any time zone and to do arithmetic
        raise ValueError("time out of range")
    return when


class LockState(enum.Enum):
    HELD = "held"  # a live session holds it: tell who, offer read-only
    OWN = "own"  # another window of this very process holds it
    STALE = "stale"  # same computer, its process is gone: taken over without asking
    OLD = "old"  # another computer, older than the limit: may be taken over by the user's choice
    UNREADABLE = "unreadable"  # garbled or empty: holder unknown


@dataclass(frozen=True)
class ExistingLock:
    """A lock found beside a project, and what it means."""

    file: Path
    state: LockState
    owner: LockOwner | None
    age: timedelta
    raw: bytes = field(default=b"", repr=False)

    @property
    def may_take_over(self) -> bool:
        """The user may choose to take this lock over (a stale one is taken over anyway)."""
        if self.state is LockState.UNREADABLE:
            return self.age >= UNREADABLE_GRACE
        return self.state in (LockState.STALE, LockState.OLD)

    def message(self) -> str:
        """One Japanese line for the dialog: who holds the project since when."""
        if self.owner is None:
            return "ロックファイルが壊れているため、誰が開いているか分かりません"
        since = self.owner.since.astimezone().strftime("%Y-%m-%d %H:%M")
        # names come from a file anyone can write: never let them break the line or flood the dialog
        who = f"{one_line_text(self.owner.user, 60)}（コンピューター {one_line_text(self.owner.host, 60)}）"
        if self.state is LockState.OWN:
            return f"このプログラムの別のウィンドウで {since} から開いています"
        if self.state is LockState.STALE:
            return f"{who}が {since} に開いたまま終了したロックが残っています（引き継ぎます）"
        if self.state is LockState.OLD:
            hours = int(self.age.total_seconds() // 3600)
            return f"{who}が {since} から開いています（{hours} 時間以上前のロックです）"
        if self.owner.user == current_user() and _same_host(self.owner.host, current_host()):
            return (f"あなた（{one_line_text(self.owner.user, 60)}）が、このコンピューター（"
                    f"{one_line_text(self.owner.host, 60)}）で起動している別の evaleditor で {since} から開いています")
        return f"{who}が {since} から開いています"


class ProjectLockedError(EvalEditorError):
    """Another session holds the project; ``existing`` tells who and whether it may be taken over."""

    def __init__(self, path: str | Path, existing: ExistingLock) -> None:
        self.path = str(path)
        self.existing = existing
        super().__init__(f"{path}: {existing.message()}")


class LockFileError(EvalEditorError):
    """The lock file could not be created (read-only folder, share gone); the project can be opened read-only."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: ロックファイルを作れません（{reason}）")


def _assess(file: Path, raw: bytes, mtime: float, now: datetime, takeover_after: timedelta) -> ExistingLock:
    try:
        owner = LockOwner.from_json(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        age = now - datetime.fromtimestamp(mtime, timezone.utc)
        return ExistingLock(file, LockState.UNREADABLE, None, max(age, timedelta(0)), raw)
    # age since the holder last showed life: opening, or its latest refresh() (which bumps the mtime)
    last_seen = max(owner.since, datetime.fromtimestamp(mtime, timezone.utc))
    age = max(now - last_seen, timedelta(0))  # another computer's clock may run ahead
    if _same_host(owner.host, current_host()):
        if not processes.is_running(owner.pid, owner.process_started):
            state = LockState.STALE
        elif owner.pid == os.getpid():
            state = LockState.OWN
        else:
            state = LockState.HELD
    else:
        state = LockState.OLD if age >= takeover_after else LockState.HELD
    return ExistingLock(file, state, owner, age, raw)


def inspect_lock(
    path: str | Path, *, takeover_after: timedelta = DEFAULT_TAKEOVER_AFTER, now: datetime | None = None,
) -> ExistingLock | None:
    """The lock beside project ``path``, or None if there is none (or it cannot be read at all)."""
    file = lock_path(path)
    try:
        with open(file, "rb") as handle:
            raw = handle.read(_MAX_LOCK_BYTES)
            mtime = os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None
    except OSError:
        return None  # unreadable (permissions, share gone): acquiring will tell
    return _assess(file, raw, mtime, now or datetime.now(timezone.utc), takeover_after)


def _create(file: Path, owner: LockOwner) -> None:
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        os.write(fd, owner.to_json())
        os.fsync(fd)
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(file)
        raise
    os.close(fd)


def _remove_if_unchanged(existing: ExistingLock) -> None:
    """Remove a lock being taken over, unless someone replaced it since it was read."""
    try:
        with open(existing.file, "rb") as handle:
            if handle.read(_MAX_LOCK_BYTES) != existing.raw:
                return
        os.unlink(existing.file)
    except FileNotFoundError:
        pass


class ProjectLock:
    """This session's lock on one project; ``release()`` (or leaving a ``with`` block) removes it."""

    def __init__(self, path: Path, owner: LockOwner, taken_over: ExistingLock | None = None) -> None:
        self.path = path
        self.file = lock_path(path)
        self.owner = owner
        #: The stale or old lock this one replaced, if any (the GUI may mention it).
        self.taken_over = taken_over
        self.released = False

    def is_held(self) -> bool:
        """Whether the lock file still carries this session's token."""
        try:
            return LockOwner.from_json(self.file.read_bytes()).token == self.owner.token
        except (OSError, ValueError, UnicodeDecodeError):
            return False

    def refresh(self) -> bool:
        """Show the lock is alive (the GUI calls this every few minutes); False if it is no longer ours.

        Only the file's modification time changes, so readers never see a half-written lock. A lock from
        another computer counts as old only after ``takeover_after`` without a refresh.
        """
        if self.released or not self.is_held():
            return False
        try:
            os.utime(self.file)
        except OSError:
            return False
        return True

    def release(self) -> bool:
        """Remove the lock if it is still ours; True if it was removed. Never raises."""
        if self.released:
            return False
        self.released = True
        if not self.is_held():
            return False
        try:
            os.unlink(self.file)
        except OSError as error:
            from evaleditor.applog import log

            log.warning("could not remove lock %s: %s", self.file, error)
            return False
        return True

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire(
    path: str | Path, *, take_over: bool = False, takeover_after: timedelta = DEFAULT_TAKEOVER_AFTER,
) -> ProjectLock:
    """Lock project ``path`` for editing.

    A stale lock of this computer is taken over silently. A lock that ``may_take_over`` (old, from another
    computer, or garbled) is taken over only with ``take_over=True``. Otherwise ProjectLockedError tells
    who holds the project; LockFileError means no lock can be written there.
    """
    path = Path(path)
    file = lock_path(path)
    owner = LockOwner.for_this_process()
    replaced: ExistingLock | None = None
    for _ in range(_ATTEMPTS):
        try:
            _create(file, owner)
            return ProjectLock(path, owner, replaced)
        except FileExistsError:
            pass
        except FileNotFoundError:
            raise LockFileError(path, "フォルダーが見つかりません") from None
        except PermissionError:
            if file.exists():  # Windows reports a file being deleted as access denied
                continue
            raise LockFileError(path, "このフォルダーに書き込む権限がありません") from None
        except OSError as error:
            raise LockFileError(path, error.strerror or str(error)) from None
        existing = inspect_lock(path, takeover_after=takeover_after)
        if existing is None:
            continue  # released meanwhile, or unreadable: try again
        if existing.state is LockState.STALE or (take_over and existing.may_take_over):
            replaced = existing
            try:
                _remove_if_unchanged(existing)
            except OSError as error:
                raise LockFileError(path, f"古いロックを削除できません: {error.strerror or error}") from None
            continue
        raise ProjectLockedError(path, existing)
    existing = inspect_lock(path, takeover_after=takeover_after)
    if existing is not None:
        raise ProjectLockedError(path, existing)
    raise LockFileError(path, "既存のロックファイルを読み取れません")
