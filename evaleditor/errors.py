"""Typed errors that carry the file and the place they are about.

Core code raises these; the command line and the GUI turn them into one-line
messages. Messages are Japanese, as the users are.
"""

from __future__ import annotations

from pathlib import Path


class EvalEditorError(Exception):
    """Base of every error a user may be shown."""


class InputError(EvalEditorError):
    """A file or value that cannot be used, with where it is and why.

    ``place`` is a path into the data such as ``sheets[2].indicators[0].target``
    or a worksheet cell such as ``シート'4'!C7``; empty when the whole file is meant.
    """

    def __init__(self, path: str | Path | None, message: str, place: str = "") -> None:
        self.path = str(path) if path is not None else None
        self.place = place
        self.message = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = [p for p in (self.path, self.place) if p]
        return ": ".join([*parts, self.message])


class ProjectFileError(InputError):
    """A project file that is empty, malformed, of a newer version or wrong in shape."""


class SaveError(EvalEditorError):
    """Saving failed; the file on disk is as it was before."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: 保存できませんでした（{reason}）。元のファイルは変更されていません。")


def format_place(location: tuple[object, ...] | list[object]) -> str:
    """``('sheets', 2, 'indicators', 0, 'target')`` as ``sheets[2].indicators[0].target``."""
    out = ""
    for part in location:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
