"""Character differences between an old and a new text, as two HTML fragments for side-by-side display.

Japanese has no spaces between words, so texts are compared character by character (difflib).
Removed characters are marked in the old text, inserted ones in the new text.
"""

from __future__ import annotations

import difflib
import html

REMOVED_STYLE = "background-color:#ffcdd2; color:#b71c1c; text-decoration:line-through;"
INSERTED_STYLE = "background-color:#c8e6c9; color:#1b5e20; font-weight:bold;"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _marked(text: str, style: str) -> str:
    return f'<span style="{style}">{_escape(text)}</span>' if text else ""


def diff_html(old: str, new: str) -> tuple[str, str]:
    """(old, new) as HTML with the removed and the inserted characters highlighted."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    left, right = [], []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            left.append(_escape(old[a1:a2]))
            right.append(_escape(new[b1:b2]))
        else:
            left.append(_marked(old[a1:a2], REMOVED_STYLE))
            right.append(_marked(new[b1:b2], INSERTED_STYLE))
    return "".join(left), "".join(right)


def changed_spans(old: str, new: str) -> tuple[list[str], list[str]]:
    """The removed pieces of ``old`` and the inserted pieces of ``new``, in order."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    removed = [old[a1:a2] for op, a1, a2, _, _ in matcher.get_opcodes() if op in ("replace", "delete")]
    inserted = [new[b1:b2] for op, _, _, b1, b2 in matcher.get_opcodes() if op in ("replace", "insert")]
    return removed, inserted
