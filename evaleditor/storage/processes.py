"""Is a process of this computer still running? Used to tell a live lock or autosave from a crashed one.

A process id alone is not enough: after a crash and a restart, Windows hands the old number to some other
program, and a lock would look held forever. So the writer also records when its process started, and a
process counts as the same one only if its number *and* start time match. Where the start time cannot be
read (other systems), the number alone decides.

Never ``os.kill(pid, 0)`` on Windows: there any signal other than the console ones terminates the process.
"""

from __future__ import annotations

import os
import sys
from functools import cache

#: Start times read in different ways differ by clock rounding; within this they are the same process.
START_TOLERANCE_S = 2.0
#: Process ids are 32-bit on every system this runs on; larger numbers (from a damaged file) are no process.
MAX_PID = 2**31 - 1


def process_started(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), or None if unknown or not running."""
    if not 0 < pid <= MAX_PID:
        return None
    if sys.platform.startswith("linux"):
        return _linux_started(pid)
    if os.name == "nt":
        return _windows_probe(pid)[1]
    return None


@cache
def own_start() -> float | None:
    return process_started(os.getpid())


def is_running(pid: int, started: float | None = None) -> bool:
    """Whether ``pid`` runs on this computer and, if ``started`` is given and readable, is that same process."""
    if not 0 < pid <= MAX_PID:
        return False
    if not _exists(pid):
        return False
    if started is None:
        return True
    actual = process_started(pid)
    return actual is None or abs(actual - started) <= START_TOLERANCE_S


def _exists(pid: int) -> bool:
    if os.name == "nt":
        return _windows_probe(pid)[0]
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def _linux_started(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read().decode("ascii", "replace")
        with open("/proc/stat", "rb") as handle:
            boot = next(int(line.split()[1]) for line in handle.read().decode("ascii", "replace").splitlines()
                        if line.startswith("btime "))
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    try:
        # the command name is in parentheses and may hold spaces; fields after it are fixed
        fields = stat[stat.rindex(")") + 2:].split()
        ticks = int(fields[19])  # field 22 of proc(5), starttime in clock ticks after boot
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (ValueError, IndexError, OSError):
        return None


_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259
_ERROR_ACCESS_DENIED = 5


@cache
def _kernel32():  # type: ignore[no-untyped-def]  # pragma: no cover - Windows only
    """kernel32 with argument and result types declared (a HANDLE is 64 bits; ctypes' default int is 32)."""
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *[ctypes.POINTER(wintypes.FILETIME)] * 4)
    kernel32.GetProcessTimes.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    kernel32.CloseHandle.restype = wintypes.BOOL
    return kernel32


def _windows_probe(pid: int) -> tuple[bool, float | None]:  # pragma: no cover - Windows only
    """(running, start time) through OpenProcess, GetExitCodeProcess and GetProcessTimes."""
    import ctypes
    from ctypes import wintypes

    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return ctypes.get_last_error() == _ERROR_ACCESS_DENIED, None  # denied: it exists, it is not ours
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != _STILL_ACTIVE:
            return False, None  # exited; only a handle keeps its number
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return True, None
        created = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
        return True, created / 10_000_000 - 11_644_473_600  # 100 ns steps since 1601 → seconds since 1970
    finally:
        kernel32.CloseHandle(handle)
