"""Units that count things: a value in them is never below zero.

The list is data: add a unit here and the check ``negative-count`` knows it. A unit matches after the
usual decorations are taken off: full-width letters (NFKC), spaces, a scale in front (``千人``,
``延べ人``), and a period or note behind (``件/年``, ``人（延べ）``).
"""

from __future__ import annotations

import re
import unicodedata

#: Counted things, as city staff write them in a 単位 cell.
COUNT_UNITS = frozenset({
    "件", "人", "名", "者", "回", "社", "団体", "企業", "事業", "箇所", "か所", "カ所", "ヵ所", "ヶ所", "ケ所",
    "個所", "所", "施設", "校", "園", "店", "店舗", "世帯", "戸", "棟", "台", "本", "冊", "枚", "個", "品",
    "種", "種類", "組", "団", "チーム", "地区", "区画", "路線", "便", "基", "頭", "日", "泊", "講座", "事例",
})

_SCALE = re.compile(r"^(延べ|のべ|延)?(十万|百万|千万|十|百|千|万|億)?")
_NOTE = re.compile(r"(\(.*?\)|/.*)$")


def is_count_unit(unit: str) -> bool:
    """True for ``件``, ``人``, ``千人``, ``件/年``, ``人（延べ）``; False for ``%``, ``円``, ``t`` or no unit."""
    text = unicodedata.normalize("NFKC", unit).replace(" ", "").strip()
    text = _NOTE.sub("", text)
    text = _SCALE.sub("", text, count=1)
    return text in COUNT_UNITS
