"""Checks of the topics: empty parts, a 課題 without its 取組方針, text over the limit."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Level, Place
from evaleditor.model import Topic
from evaleditor.model.richtext import plain_blocks

PART_NAMES = {"result": "成果", "issue": "課題", "policy": "取組方針"}


def topic_where(position: int, topic: Topic) -> str:
    """``項目 3「中小企業の経営支援」`` (1-based)."""
    heading = f"「{topic.heading.strip()}」" if topic.heading.strip() else ""
    return f"項目 {position + 1}{heading}"


@dataclass(frozen=True)
class TextFacts:
    """What the checks need to know of one rich text."""

    empty: bool
    length: int
    bullets: int


@lru_cache(maxsize=4096)
def text_facts(html: str) -> TextFacts:
    """Read once per distinct text: re-checking a sheet as the user types re-reads only the edited part."""
    blocks = plain_blocks(html)  # the length counts the text and bullet marks as printed, not line breaks
    return TextFacts(
        empty=not any(text.strip() for _bullet, text in blocks),
        length=sum(len(text.replace("\n", "")) + (1 if bullet else 0) for bullet, text in blocks),
        bullets=sum(1 for bullet, text in blocks if bullet and text.strip()),
    )


def check_topics(ctx: SheetContext) -> None:
    limit = ctx.settings.char_limit
    for t, topic in enumerate(ctx.sheet.topics):
        where = topic_where(t, topic)
        facts = {part: text_facts(getattr(topic, part)) for part in PART_NAMES}

        def add(level: Level, code: str, part: str, message: str) -> None:
            ctx.add(level, code, Place(Area.TOPIC, part, topic=t), f"{where} {PART_NAMES[part]}", message)

        for part in ("result", "issue"):
            if facts[part].empty:
                add(Level.WARNING, "empty-topic-part", part, f"{PART_NAMES[part]}が空です")
        if facts["policy"].empty:
            if facts["issue"].empty:
                add(Level.WARNING, "empty-topic-part", "policy", "取組方針が空です")
            else:
                add(Level.WARNING, "issue-without-policy", "policy", "課題に対応する取組方針がありません")
        else:
            issues, policies = facts["issue"].bullets, facts["policy"].bullets
            if issues >= 2 and 0 < policies < issues:  # 課題 lists more bullet items than 取組方針 answers
                add(Level.NOTICE, "issue-count-mismatch", "policy",
                    f"課題は{issues}項目ありますが、取組方針は{policies}項目です。対応していない課題がないか確認してください")
        if limit is not None:
            for part, part_facts in facts.items():
                if part_facts.length > limit:
                    length = part_facts.length
                    add(Level.WARNING, "over-char-limit", part,
                        f"{PART_NAMES[part]}が{length}文字あり、上限の{limit}文字を{length - limit}文字超えています")
