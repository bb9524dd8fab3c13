"""A topic of a sheet: a heading with its 成果, 課題 and 取組方針."""

from __future__ import annotations

from dataclasses import dataclass

#: The three rich-text parts of a topic, in the order they are printed.
TOPIC_PARTS = ("result", "issue", "policy")


@dataclass
class Topic:
    """Texts are rich text in the safe HTML subset of :mod:`evaleditor.model.richtext`."""

    heading: str = ""
    result: str = ""
    issue: str = ""
    policy: str = ""
