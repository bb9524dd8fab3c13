"""Checks of the topics: empty parts, a 課題 without its 取組方針, text over the limit."""

from __future__ import annotations

from collections.abc import Callable

from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Level, Place
from evaleditor.model import Topic
from evaleditor.model.richtext import Block, parse

PART_NAMES = {"result": "成果", "issue": "課題", "policy": "取組方針"}


def topic_where(position: int, topic: Topic) -> str:
    """``項目 3「中小企業の経営支援」`` (1-based)."""
    heading = f"「{topic.heading.strip()}」" if topic.heading.strip() else ""
    return f"項目 {position + 1}{heading}"


def printed_length(blocks: list[Block]) -> int:
    """Characters as printed: the text and its bullet marks, not the line breaks."""
    return sum(len(b.text.replace("\n", "")) + (1 if b.bullet else 0) for b in blocks)


def _is_empty(blocks: list[Block]) -> bool:
    return not any(b.text.strip() for b in blocks)


def check_topics(ctx: SheetContext) -> None:
    limit = ctx.settings.char_limit
    for t, topic in enumerate(ctx.sheet.topics):
        where = topic_where(t, topic)
        blocks = {part: parse(getattr(topic, part)) for part in PART_NAMES}
        empty = {part: _is_empty(b) for part, b in blocks.items()}

        def add(level: Level, code: str, part: str, message: str) -> None:
            ctx.add(level, code, Place(Area.TOPIC, part, topic=t), f"{where} {PART_NAMES[part]}", message)

        for part in ("result", "issue"):
            if empty[part]:
                add(Level.WARNING, "empty-topic-part", part, f"{PART_NAMES[part]}が空です")
        if empty["policy"]:
            if empty["issue"]:
                add(Level.WARNING, "empty-topic-part", "policy", "取組方針が空です")
            else:
                add(Level.WARNING, "issue-without-policy", "policy", "課題に対応する取組方針がありません")
        else:
            _check_bullet_counts(blocks["issue"], blocks["policy"], add)
        if limit is not None:
            for part, part_blocks in blocks.items():
                length = printed_length(part_blocks)
                if length > limit:
                    add(Level.WARNING, "over-char-limit", part,
                        f"{PART_NAMES[part]}が{length}文字あり、上限の{limit}文字を{length - limit}文字超えています")


def _check_bullet_counts(issue: list[Block], policy: list[Block], add: Callable[[Level, str, str, str], None]) -> None:
    """A notice when 課題 lists more bullet items than 取組方針 answers with bullet items."""
    issues = sum(1 for b in issue if b.bullet and b.text.strip())
    policies = sum(1 for b in policy if b.bullet and b.text.strip())
    if issues >= 2 and 0 < policies < issues:
        add(Level.NOTICE, "issue-count-mismatch", "policy",
            f"課題は{issues}項目ありますが、取組方針は{policies}項目です。対応していない課題がないか確認してください")
