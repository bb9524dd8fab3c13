"""Helpers for the safety tests: leftover recovery files and lock files as a crash or a colleague leaves them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from evaleditor.model import Project
from evaleditor.storage.disk_state import read_with_state
from evaleditor.storage.lock import LockOwner, lock_path
from evaleditor.storage.recovery import RecoveryStore


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=60)
    return child.pid


def orphaned_recovery(original: Path | None, project: Project, *, when: datetime | None = None) -> Path:
    """A recovery file as a session that was killed leaves it (its writer no longer runs)."""
    base = read_with_state(original)[1] if original is not None and original.exists() else None
    file = RecoveryStore().slot(original).write(project, base=base, now=when)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["writer"]["pid"], data["writer"]["process_started"] = dead_pid(), 1.0
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return file


def foreign_lock(path: Path, *, user: str = "yamada", host: str = "SOUMU-PC-042", pid: int = 5120,
                 age: timedelta = timedelta(minutes=20), started: float | None = None) -> Path:
    """A lock file written by ``user`` on ``host``, last refreshed ``age`` ago."""
    since = (datetime.now(timezone.utc) - age).replace(microsecond=0)
    owner = LockOwner(user=user, host=host, pid=pid, since=since, app="evaleditor 0.1.0",
                      process_started=started, token="their-token")
    file = lock_path(path)
    file.write_bytes(owner.to_json())
    moment = since.timestamp()
    os.utime(file, (moment, moment))
    return file


def lock_owner(path: Path) -> LockOwner:
    return LockOwner.from_json(lock_path(path).read_bytes())
