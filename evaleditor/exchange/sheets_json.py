"""The sheet exchange format ``evaluation-sheets/1`` (see docs/exchange-format.md).

A neutral JSON format for moving sheets between systems. Reading ignores keys
it does not know; writing follows the key order of the published samples and
adds only optional keys (``group``, ``direction``, ``*_html``,
``western_years``, ``municipality``, ``plan``, ``review_year``) where they
carry something the plain form would lose.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from evaleditor.errors import InputError, format_place
from evaleditor.model import (
    DEFAULT_GROUP, BudgetEntry, Direction, FiscalYear, Indicator, IndicatorGroup, Number, Project,
    ProjectSettings, Sheet, Topic, richtext,
)
from evaleditor.model.eras import western_year
from evaleditor.model.settings import DEFAULT_BASELINE_LABEL, DEFAULT_TITLE
from evaleditor.model.topic import TOPIC_PARTS

FORMAT = "evaluation-sheets/1"


class _Lenient(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore", allow_inf_nan=False)


class _Indicator(_Lenient):
    name: str
    unit: str = ""
    baseline: Number | None = None
    actuals: dict[str, Number | None] = {}
    target: Number | None = None
    group: str | None = None
    direction: Direction = Direction.HIGHER


class _Budget(_Lenient):
    cost_thousand_yen: Number | None = None
    execution_rate_percent: Number | None = None


class _Topic(_Lenient):
    heading: str = ""
    result: str = ""
    issue: str = ""
    policy: str = ""
    result_html: str | None = None
    issue_html: str | None = None
    policy_html: str | None = None


class _Sheet(_Lenient):
    title: str = DEFAULT_TITLE
    policy_number: str
    policy_name: str = ""
    departments: list[str] = []
    years: list[str]
    western_years: list[int | None] | None = None
    baseline_label: str = DEFAULT_BASELINE_LABEL
    target_label: str = ""
    indicators: list[_Indicator] = []
    programs: list[str] = []
    budget: dict[str, _Budget] = {}
    topics: list[_Topic] = []


class _File(_Lenient):
    format: str
    municipality: str = ""
    plan: str = ""
    review_year: str | None = None
    sheets: list[_Sheet]


def _validation_error(exc: ValidationError, path: str | None) -> InputError:
    first = exc.errors()[0]
    loc = [p for p in first["loc"] if p not in ("int", "float", "str", "none")]
    kind = first["type"]
    message = {
        "int_type": "数値ではありません", "float_type": "数値ではありません",
        "string_type": "文字列ではありません", "missing": "必須の項目がありません",
        "list_type": "配列ではありません", "dict_type": "オブジェクトではありません",
        "model_type": "オブジェクトではありません", "finite_number": "有限の数値ではありません",
        "enum": "higher か lower を指定してください", "bool_type": "真偽値ではありません",
        "json_invalid": "JSON として読めません（入れ子が深すぎるか壊れています）",
        "string_unicode": "文字列に使えない文字があります（対になっていないサロゲート \\ud800 など）",
    }.get(kind, f"値が正しくありません（{kind}）")
    return InputError(path, message, format_place(loc))


def _parse(raw: bytes, path: str | None) -> _File:
    if not raw.strip():
        raise InputError(path, "ファイルが空です")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=lambda c: float("nan"))
    except UnicodeDecodeError:
        raise InputError(path, "UTF-8 のテキストではありません") from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"JSON として読めません（{exc.lineno} 行 {exc.colno} 列）") from None
    except RecursionError:
        raise InputError(path, "JSON として読めません（入れ子が深すぎます）") from None
    except ValueError as exc:  # an integer past Python's digit limit
        raise InputError(path, f"JSON として読めません（{exc}）") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, f"シート交換形式（{FORMAT}）のファイルではありません", "format")
    try:
        return _File.model_validate_json(json.dumps(data, ensure_ascii=False))
    except ValidationError as exc:
        raise _validation_error(exc, path) from None


def _rich(topic: _Topic, part: str) -> str:
    html = getattr(topic, f"{part}_html")
    return richtext.sanitize(html) if html is not None else richtext.from_plain(getattr(topic, part))


def _sheet(index: int, src: _Sheet, labels: list[str], path: str | None) -> Sheet:
    known = set(labels)
    groups: dict[str, IndicatorGroup] = {}
    for i, ind in enumerate(src.indicators):
        for year in ind.actuals:
            if year not in known:
                raise InputError(path, "years にない年度です", f"sheets[{index}].indicators[{i}].actuals.{year}")
        name = ind.group or DEFAULT_GROUP
        group = groups.setdefault(name, IndicatorGroup(name))
        group.indicators.append(Indicator(
            name=ind.name, unit=ind.unit, baseline=ind.baseline,
            actuals={y: v for y, v in ind.actuals.items() if v is not None},
            target=ind.target, direction=ind.direction))
    for year in src.budget:
        if year not in known:
            raise InputError(path, "years にない年度です", f"sheets[{index}].budget.{year}")
    return Sheet(
        policy_number=src.policy_number, policy_name=src.policy_name, title=src.title,
        departments=list(src.departments),
        indicator_groups=list(groups.values()) or [IndicatorGroup(DEFAULT_GROUP)],
        programs=list(src.programs),
        budget={y: BudgetEntry(b.cost_thousand_yen, b.execution_rate_percent)
                for y, b in src.budget.items() if b.cost_thousand_yen is not None or b.execution_rate_percent is not None},
        topics=[Topic(t.heading, *(_rich(t, part) for part in TOPIC_PARTS)) for t in src.topics],
    )


def loads_exchange(raw: bytes, path: str | Path | None = None) -> Project:
    """A project from exchange JSON; all sheets must share the same year columns."""
    where = str(path) if path is not None else None
    src = _parse(raw, where)
    settings = ProjectSettings(municipality=src.municipality, plan=src.plan)
    if src.sheets:
        first = src.sheets[0]
        westerns = first.western_years or [western_year(label) for label in first.years]
        if len(westerns) != len(first.years):
            raise InputError(where, "years と同じ数が必要です", "sheets[0].western_years")
        for i, label in enumerate(first.years):
            if not label.strip():
                raise InputError(where, "年度の表示名が空です", f"sheets[0].years[{i}]")
        if len(set(first.years)) != len(first.years):
            raise InputError(where, "年度が重複しています", "sheets[0].years")
        settings.years = [FiscalYear(label, w) for label, w in zip(first.years, westerns)]
        settings.title = first.title
        settings.baseline_label = first.baseline_label
        settings.target_label = first.target_label
        for index, sheet in enumerate(src.sheets[1:], start=1):
            for key in ("years", "baseline_label", "target_label"):
                if getattr(sheet, key) != getattr(first, key):
                    raise InputError(
                        where, f"最初のシートと {key} が異なります（1 つのプロジェクトの年度と見出しは共通です）",
                        f"sheets[{index}].{key}")
    labels = settings.year_labels
    if src.review_year is not None:
        if src.review_year not in labels:
            raise InputError(where, "years にない年度です", "review_year")
        settings.review_year = src.review_year
    sheets = [_sheet(i, s, labels, where) for i, s in enumerate(src.sheets)]
    return Project(settings, sheets)


def read_exchange(path: str | Path) -> Project:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, f"読み込めません（{exc.strerror or exc}）") from None
    return loads_exchange(raw, path)


def _indicator(group: str, ind: Indicator, labels: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": ind.name, "unit": ind.unit, "baseline": ind.baseline,
        "actuals": {y: ind.actuals[y] for y in labels if ind.actuals.get(y) is not None},
        "target": ind.target,
    }
    if group != DEFAULT_GROUP:
        out["group"] = group
    if ind.direction is not Direction.HIGHER:
        out["direction"] = ind.direction.value
    return out


def _topic(topic: Topic) -> dict[str, Any]:
    out: dict[str, Any] = {"heading": topic.heading}
    for part in TOPIC_PARTS:
        out[part] = richtext.to_plain(getattr(topic, part))
    for part in TOPIC_PARTS:
        html = getattr(topic, part)
        if not richtext.is_plain(html):
            out[f"{part}_html"] = richtext.sanitize(html)
    return out


def to_exchange(project: Project) -> dict[str, Any]:
    settings = project.settings
    labels = settings.year_labels
    guessed = [western_year(label) for label in labels]
    actual_westerns = [y.western_year for y in settings.years]
    out: dict[str, Any] = {"format": FORMAT}
    if settings.municipality:
        out["municipality"] = settings.municipality
    if settings.plan:
        out["plan"] = settings.plan
    if settings.review_year:
        out["review_year"] = settings.review_year
    sheets = []
    for sheet in project.sheets:
        item: dict[str, Any] = {
            "title": sheet.title, "policy_number": sheet.policy_number, "policy_name": sheet.policy_name,
            "departments": list(sheet.departments), "years": labels,
        }
        if actual_westerns != guessed:
            item["western_years"] = actual_westerns
        item.update({
            "baseline_label": settings.baseline_label,
            "target_label": settings.effective_target_label(),
            "indicators": [_indicator(g.name, i, labels) for g, i in sheet.all_indicators()],
            "programs": list(sheet.programs),
            "budget": {
                y: {"cost_thousand_yen": sheet.budget[y].cost_thousand_yen,
                    "execution_rate_percent": sheet.budget[y].execution_rate_percent}
                for y in labels if y in sheet.budget and not sheet.budget[y].is_empty()},
            "topics": [_topic(t) for t in sheet.topics],
        })
        sheets.append(item)
    out["sheets"] = sheets
    return out


def dumps_exchange(project: Project) -> bytes:
    return (json.dumps(to_exchange(project), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
