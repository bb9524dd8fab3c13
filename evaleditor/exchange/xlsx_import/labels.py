"""The labels that mark the parts of an evaluation sheet, in the ways people write them.

Labels are compared after NFKC folding (full-width brackets and signs become
ASCII: 事業費（千円） = 事業費(千円), 執行率（％） = 執行率(%)) with all spaces and
quotation brackets (「」『』) removed.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from evaleditor.model.eras import western_year

#: Longest text taken for a label; longer cells are content.
MAX_LABEL_CHARS = 40


class Part(str, Enum):
    POLICY = "施策名"
    NUMBER = "施策番号"
    DEPARTMENTS = "関係部"
    GROUP = "指標"
    PROGRAMS = "関連事業"
    BUDGET = "決算額"
    RESULT = "成果"
    ISSUE = "課題"
    DIRECTION = "取組方針"


_SPACES_RE = re.compile(r"[\s\u3000]+")
_QUOTES_RE = re.compile(r"[「」『』【】\"“”]")


def normalize(text: str) -> str:
    """Text as compared for labels: NFKC, no spaces, no quotation brackets."""
    text = unicodedata.normalize("NFKC", text)
    return _QUOTES_RE.sub("", _SPACES_RE.sub("", text))


_PATTERNS: list[tuple[Part, re.Pattern[str]]] = [
    (Part.NUMBER, re.compile(r"^施策(の)?番号$")),
    (Part.POLICY, re.compile(r"^施策(番号)?(([・,/]|及び)*(施策)?(の)?(名|名称))?$")),
    (Part.DEPARTMENTS, re.compile(r"^(関係|関連|所管|担当|主管)(部|部局|部署|部課|課|課名|部名)(等|名)?$")),
    (Part.PROGRAMS, re.compile(r"^(関連|関係|主な|構成|所管)?(する)?(事務)?事業(名|一覧)?$")),
    (Part.BUDGET, re.compile(r"^(決算|決算額|決算状況|事業費の?決算額?)(\((千円|単位:?千円)\))?$")),
    (Part.RESULT, re.compile(r"^(.*(の|な|における))?成果$")),
    (Part.ISSUE, re.compile(r"^(.*(の|な|での|上の|における))?課題$")),
    (Part.DIRECTION, re.compile(r"^(.*(の|な|ための|に向けた))?(取組|取り組み|取組み)の?方針$|^今後の(方向性|方針)$")),
    (Part.GROUP, re.compile(r"指標$")),
]

_HEADER_NAME_RE = re.compile(r"^.{0,8}指標名?$")
_UNIT_RE = re.compile(r"^単位$")
_YEAR_RE = re.compile(r"^(令和|平成|昭和|[RHS])?\.?(元|\d{1,4})年度?(実績値?|見込み?|速報値?)?(\(\d{4}(年度?)?\))?$")
_COST_RE = re.compile(r"^(事業費|決算額|支出額|支出済額|金額|決算)(\(.*\))?$")
_RATE_RE = re.compile(r"^執行率(\(.*\))?$")


_LINE_BREAK_RE = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def heading_text(text: str) -> str:
    """A column heading as one line: a line break in it (typed, or put by the exporter at a space of a
    heading too wide for its column, 5年度 / 目標値) reads as a space."""
    return _LINE_BREAK_RE.sub(" ", text.strip())


def classify(text: str) -> Part | None:
    """The part a label names, or None when the text is not a label."""
    if len(text) > MAX_LABEL_CHARS or "<" in text:
        return None
    norm = normalize(text)
    if not norm:
        return None
    for part, pattern in _PATTERNS:
        if pattern.search(norm):
            if part is Part.GROUP and norm.endswith("指標名"):
                return None
            return part
    return None


def is_header_name(text: str) -> bool:
    """The 指標名 column heading of an indicator table (指標名, 指標, 成果指標 …)."""
    return len(text) <= 20 and bool(_HEADER_NAME_RE.match(normalize(text)))


def is_unit(text: str) -> bool:
    return bool(_UNIT_RE.match(normalize(text)))


def is_year_label(text: str) -> bool:
    """A fiscal-year column heading: 2年度, 令和2年度, R2年度, H30年度, 2023年度, 2年度実績, 令和2年度(2020)."""
    norm = normalize(text).upper()
    return bool(_YEAR_RE.match(norm)) and western_year(norm) is not None


def year_key(label: str) -> object:
    """What two year labels must share to be the same year: the Western year, else the folded text."""
    year = western_year(label)
    return year if year is not None else normalize(label)


def is_cost(text: str) -> bool:
    return bool(_COST_RE.match(normalize(text)))


def is_rate(text: str) -> bool:
    return bool(_RATE_RE.match(normalize(text)))


def cost_unit_ok(text: str) -> bool:
    """A 事業費 label states thousand yen, or no unit at all."""
    norm = normalize(text)
    return "円" not in norm or "千円" in norm


_BASELINE_WORDS = ("策定時", "基準", "現状", "当初", "計画時", "初期値", "前計画")
_TARGET_WORDS = ("目標",)


def is_baseline(text: str) -> bool:
    norm = normalize(text)
    return any(word in norm for word in _BASELINE_WORDS)


def is_target(text: str) -> bool:
    norm = normalize(text)
    return any(word in norm for word in _TARGET_WORDS)


def is_actuals_heading(text: str) -> bool:
    """The heading over the year columns (実績値, 実績)."""
    return normalize(text) in ("実績値", "実績", "実績値の推移", "年度別実績", "実績値(年度)")


_COMPUTED_RE = re.compile(r"^(達成率|進捗率|達成度|評価|判定|評価区分)(\(%\)|\(.{1,6}\))?$")


def is_computed(text: str) -> bool:
    """The heading of a column computed from the others (達成率(%), 進捗率(%), 評価): never read as data."""
    return bool(_COMPUTED_RE.match(normalize(text)))


def is_rate_legend(text: str) -> bool:
    """The legend evaleditor writes under an indicator table (方向 ↑：高いほど良い …)."""
    from evaleditor.exchange.rate_columns import LEGEND_START

    return normalize(text).startswith(normalize(LEGEND_START))


def is_direction(text: str) -> bool:
    norm = normalize(text)
    return "方向" in norm and len(norm) <= 12


_GROUP_NAME_RE = re.compile(r"^(?:.*(?:する|に係る|における|の))?(?P<name>[^の]+指標)$")


def group_name(text: str) -> str:
    """The group a table title names: 所管事業に関連する成果指標 → 成果指標; other titles as written."""
    stripped = text.strip()
    match = _GROUP_NAME_RE.match(normalize(stripped))
    return match.group("name") if match else stripped
