"""Atomic, durable file replacement.

Write a temporary file in the same folder, flush and fsync it, keep the
previous version as a backup, then replace the target in one rename. A
process killed at any moment leaves either the old file or the new one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from evaleditor.errors import SaveError

BACKUP_SUFFIX = ".bak"
#: Antivirus scanners and sync clients on Windows hold files open for a moment.
REPLACE_ATTEMPTS = 10
REPLACE_DELAY_S = 0.1


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; MoveFileEx is durable enough
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_with_retry(
    source: Path, target: Path, *, replace: Callable[[Path, Path], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``os.replace`` that retries while another program briefly blocks the target."""
    replace = replace or os.replace
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            sleep(REPLACE_DELAY_S * (attempt + 1))


def _describe(error: OSError) -> str:
    import errno

    if error.errno == errno.ENOSPC:
        return "ディスクの空き容量が足りません"
    if isinstance(error, PermissionError):
        return "書き込みの権限がないか、他のプログラムがファイルを使用しています"
    if isinstance(error, FileNotFoundError):
        return "保存先のフォルダーが見つかりません"
    return error.strerror or str(error)


def _umask() -> int:
    """The process's umask without changing it (``os.umask`` would, for a moment, in every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _mode_for(path: Path) -> int:
    """The permissions a replaced file keeps: its own, or those of a newly created file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_atomic(path: str | Path, data: bytes, *, keep_backup: bool = True, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; raise SaveError and leave it untouched on failure.

    On POSIX the file keeps the permissions it had (a new one gets the usual ``0o666 & ~umask``), not the
    owner-only mode of the temporary file; ``mode`` sets them explicitly (recovery files: ``0o600``).
    """
    path = Path(path)
    temporary = write_temporary(path, data, mode=mode)
    with _dropped_on_failure(temporary, path):
        if keep_backup and path.exists():
            _write_backup(path)
    commit_temporary(temporary, path)


def write_temporary(path: str | Path, data: bytes, *, mode: int | None = None) -> Path:
    """The first half of ``write_atomic``: ``data`` in a temporary file beside ``path``, flushed to disk.

    ``commit_temporary`` puts it in place; ``discard_temporary`` drops it. SaveError if it cannot be written
    (nothing is left behind).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise SaveError(path, _describe(error)) from error
    temporary = Path(tmp_name)
    with _dropped_on_failure(temporary, path):
        if os.name == "posix":
            os.fchmod(fd, mode if mode is not None else _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    return temporary


def commit_temporary(
    temporary: Path, path: str | Path, *, replace: Callable[[Path, Path], None] | None = None,
) -> None:
    """The second half of ``write_atomic``: replace ``path`` with ``temporary`` in one rename, durably.

    ``replace`` (default ``os.replace``) may raise to cancel; the temporary file is removed then, as on
    any failure. SaveError if the rename fails.
    """
    path = Path(path)
    with _dropped_on_failure(temporary, path):
        replace_with_retry(temporary, path, replace=replace)
    try:
        _fsync_dir(path.parent if str(path.parent) else Path("."))
    except OSError as error:
        raise SaveError(path, _describe(error)) from error


@contextlib.contextmanager
def _dropped_on_failure(temporary: Path, path: Path) -> Iterator[None]:
    """On any failure inside, remove ``temporary``; an OSError becomes a SaveError naming ``path``."""
    try:
        yield
    except BaseException as error:
        discard_temporary(temporary)
        if isinstance(error, OSError):
            raise SaveError(path, _describe(error)) from error
        raise


def discard_temporary(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temporary)


def _write_backup(path: Path) -> None:
    """Copy the current file to ``NAME.bak``, itself atomically."""
    backup = backup_path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle, open(path, "rb") as source:
            shutil.copyfileobj(source, handle)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(Path(tmp_name), backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
