"""Access keys (Alt+letter mnemonics) for menu entries whose text comes from data.

Fixed entries carry their access key in the translated text (``シート(&S)``, ``&Sheet``). Entries built
from data (export formats, docked panels added later) get one here: the first letter of the label not
yet taken in its menu, Japanese style in brackets at the end (``Excel ブック(&E)``, ``PDF(&P)``) among
Japanese entries, English style inside the word (``&Excel workbook``) among English ones. Toolbar buttons
show the text without the key (``新規``, not ``新規(N)``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from PySide6.QtWidgets import QMenu


_BRACKETED = re.compile(r"\(&[^&]\)")


def access_key(text: str) -> str | None:
    """The access key of a menu text (upper case), or None; ``&&`` is a literal ``&``."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return None


def without_access_key(text: str) -> str:
    """The text as a toolbar button shows it: ``新規(&N)`` → ``新規``, ``&Save`` → ``Save``, ``R&&D`` → ``R&D``."""
    text = _BRACKETED.sub("", text)
    return re.sub(r"&(.)", r"\1", text).strip()


def taken_keys(menu: QMenu) -> set[str]:
    """The access keys already used by the entries of ``menu``."""
    return {key for action in menu.actions() if (key := access_key(action.text())) is not None}


def entry_text(menu: QMenu, label: str) -> str:
    """``label`` with an access key free in ``menu``, in the style of its other entries (``PDF(&P)`` among
    Japanese entries, ``&PDF`` among English ones)."""
    bracket = not label.isascii() or any(_BRACKETED.search(action.text()) for action in menu.actions())
    return with_access_key(label, taken_keys(menu), bracket=bracket)


def with_access_key(label: str, taken: Iterable[str] = (), *, bracket: bool | None = None) -> str:
    """``label`` as a menu text with an access key not in ``taken`` (``&`` in the label shown as it is).

    ``bracket``: the key in brackets at the end (Japanese style); by default when the label is not all ASCII.
    """
    used = {key.upper() for key in taken}
    escaped = label.replace("&", "&&")
    if bracket is None:
        bracket = not label.isascii()
    letters = [(i, char) for i, char in enumerate(label) if char.isascii() and char.isalnum()]
    for i, char in letters:
        if char.upper() in used:
            continue
        if bracket:
            return f"{escaped}(&{char.upper()})"
        position = len(label[:i].replace("&", "&&"))
        return f"{escaped[:position]}&{escaped[position:]}"
    free = next((c for c in string.ascii_uppercase + string.digits if c not in used), None)
    return f"{escaped}(&{free})" if free else escaped
