"""Access keys (Alt+letter mnemonics) for menu entries whose text comes from data.

Fixed entries carry their access key in the translated text (``シート(&S)``, ``&Sheet``). Entries built
from data (export formats, docked panels added later) get one here: the first letter of the label not
yet taken in its menu, Japanese style in brackets at the end (``Excel ブック(&E)``, ``PDF(&P)``) among
Japanese entries, English style inside the word (``&Excel workbook``) among English ones. Toolbar buttons
show the text without the key (``新規``, not ``新規(N)``).

Qt's standard dialog buttons (OK, 閉じる) have no access key in Qt's own Japanese translation; the app
names them itself (``OK(&O)``, ``閉じる(&C)``) like its other buttons. キャンセル keeps none: Esc is its key.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox


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


def _standard_texts() -> dict[str, str]:
    """The app's names for Qt's standard buttons, by the button's enum name, with their access keys."""
    translate = QCoreApplication.translate
    return {"Ok": translate("StandardButtons", "OK(&O)"), "Close": translate("StandardButtons", "閉じる(&C)"),
            "Yes": translate("StandardButtons", "はい(&Y)"), "No": translate("StandardButtons", "いいえ(&N)")}


def standard_text(name: str) -> str:
    """The app's name of the standard button ``name`` ("Ok", "Close", "Yes", "No") with its access key."""
    return _standard_texts()[name]


def name_standard_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Give ``box``'s standard buttons (OK, 閉じる, はい, いいえ) access keys, in the app's words; キャンセル
    keeps none (Esc). A button that already has a text of the app's (and so a key) is left as it is; a key
    another button of ``box`` has is not used twice (``閉じる(&L)`` beside ``すべてコピー(&C)``).
    Call it once all the buttons are added."""
    texts = _standard_texts()
    buttons = box.buttons()
    for button in buttons:
        name = box.standardButton(button).name
        text = texts.get(name)
        if text is None or access_key(button.text()) is not None:
            continue
        taken = {key for other in buttons if other is not button and (key := access_key(other.text())) is not None}
        if access_key(text) in taken:
            label = without_access_key(text)
            if label.isascii():
                text = with_access_key(label, taken)
            else:  # the letters of the button's English name, then any free one
                free = next((c.upper() for c in name if c.upper() not in taken), None)
                text = f"{label}(&{free})" if free else with_access_key(label, taken)
        button.setText(text)
