"""Typed errors that carry the file and the place they are about.

Core code raises these; the command line and the GUI turn them into one-line
messages. Messages are Japanese, as the users are.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

#: Longest path, place or message shown; a key of a megabyte in a damaged file must not flood a dialog.
MAX_PART = 300


def one_line_text(text: str, limit: int = MAX_PART) -> str:
    """``text`` safe to show in one line: control characters and line breaks escaped, overlong text cut."""
    out = []
    for ch in text:
        if ch in "\r\n\t" or unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs"):
            out.append(ascii(ch)[1:-1])
        else:
            out.append(ch)
    joined = "".join(out)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


class EvalEditorError(Exception):
    """Base of every error a user may be shown."""


class InputError(EvalEditorError):
    """A file or value that cannot be used, with where it is and why.

    ``place`` is a path into the data such as ``sheets[2].indicators[0].target``
    or a worksheet cell such as ``シート'4'!C7``; empty when the whole file is meant.
    """

    def __init__(self, path: str | Path | None, message: str, place: str = "") -> None:
        self.path = str(path) if path is not None else None
        self.place = one_line_text(place)
        self.message = one_line_text(message)
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = [one_line_text(self.path, 1000) if self.path else "", self.place]
        return ": ".join([*(p for p in parts if p), self.message])


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
