"""Checks of the indicator tables: missing values, units, impossible negatives and actuals far from the trend."""

from __future__ import annotations

from collections.abc import Callable

from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Level, Place
from evaleditor.checks.units import is_count_unit
from evaleditor.model import Indicator, IndicatorGroup
from evaleditor.model.numbers import Number, format_number

#: An actual this many times the largest reference value (or this many times
#: smaller than the smallest) is probably a slip of a digit.
OUTLIER_FACTOR = 10


def indicator_where(group: IndicatorGroup, position: int, indicator: Indicator) -> str:
    """``成果指標 2「創業者数（年間）」`` (1-based, as people count rows)."""
    name = f"「{indicator.name}」" if indicator.name.strip() else ""
    return f"{group.name} {position + 1}{name}"


def check_indicators(ctx: SheetContext) -> None:
    for g, group in enumerate(ctx.sheet.indicator_groups):
        for i, indicator in enumerate(group.indicators):
            _check_indicator(ctx, g, i, group, indicator)


def _check_indicator(ctx: SheetContext, g: int, i: int, group: IndicatorGroup, indicator: Indicator) -> None:
    where = indicator_where(group, i, indicator)

    def place(field: str, year: str | None = None) -> Place:
        return Place(Area.INDICATOR, field, group=g, indicator=i, year=year)

    if not indicator.name.strip():
        ctx.add(Level.ERROR, "missing-name", place("name"), where, "指標名がありません")
    if not indicator.unit.strip():
        ctx.add(Level.NOTICE, "missing-unit", place("unit"), f"{where} 単位",
                "単位がありません。値の意味が分かるように単位（件、人、% など）を入れてください")
    review = ctx.review_year
    if review is not None and review in ctx.settings.year_labels and indicator.actuals.get(review) is None:
        ctx.add(Level.WARNING, "missing-actual", place("actuals", review), f"{where} 実績値（{review}）",
                f"{review}の実績値がありません")
    if indicator.baseline is None:
        ctx.add(Level.WARNING, "missing-baseline", place("baseline"), f"{where} 基準値",
                f"基準値（{ctx.settings.baseline_label}）がありません。進捗率を計算できません")
    if indicator.target is None:
        ctx.add(Level.WARNING, "missing-target", place("target"), f"{where} 目標値",
                "目標値がありません。達成率と進捗率を計算できません")
    if indicator.target is not None and indicator.target == indicator.baseline:
        ctx.add(Level.WARNING, "target-equals-baseline", place("target"), f"{where} 目標値",
                "目標値が基準値と同じです。計画した変化がないため進捗率を計算できません")
    _check_negative_counts(ctx, where, place, indicator)
    _check_outliers(ctx, where, place, indicator)


def _check_negative_counts(ctx: SheetContext, where: str, place: Callable[[str, str | None], Place],
                           indicator: Indicator) -> None:
    """A notice for each value below zero when the unit counts things (件, 人 …: see checks/units.py)."""
    if not is_count_unit(indicator.unit):
        return
    labels = ctx.settings.year_labels
    years = [y for y in labels if y in indicator.actuals] + [y for y in indicator.actuals if y not in labels]
    values = [("基準値", "baseline", None, indicator.baseline)]
    values += [(f"{year}の実績値", "actuals", year, indicator.actuals[year]) for year in years]
    values.append(("目標値", "target", None, indicator.target))
    for name, field, year, value in values:
        if value is not None and value < 0:
            part = f"実績値（{year}）" if year is not None else name
            ctx.add(Level.NOTICE, "negative-count", place(field, year), f"{where} {part}",
                    f"{name}が負の値です（{format_number(value)}）。単位「{indicator.unit.strip()}」で数えるものは"
                    "0以上のはずです。入力の誤りがないか確認してください")


def _check_outliers(ctx: SheetContext, where: str, place: Callable[[str, str | None], Place],
                    indicator: Indicator) -> None:
    """A notice for an actual ≥ 10× the largest, or ≤ 1/10 of the smallest, positive reference.

    References are the baseline, the target and the other years' actuals. Zero
    and negative values are never flagged: a zero may be real (an event
    cancelled) and signs have their own meanings.
    """
    references: list[tuple[str, Number]] = []
    if indicator.baseline is not None and indicator.baseline > 0:
        references.append(("基準値", indicator.baseline))
    if indicator.target is not None and indicator.target > 0:
        references.append(("目標値", indicator.target))
    actuals = [(label, indicator.actuals.get(label)) for label in ctx.settings.year_labels]
    positive = [(label, v) for label, v in actuals if v is not None and v > 0]
    for label, value in positive:
        others = references + [(f"{other}の実績値", v) for other, v in positive if other != label]
        if not others:
            continue
        high_name, high = max(others, key=lambda item: item[1])
        low_name, low = min(others, key=lambda item: item[1])
        if value >= OUTLIER_FACTOR * high:
            relation = f"{high_name}（{format_number(high)}）の{OUTLIER_FACTOR}倍以上です"
        elif value * OUTLIER_FACTOR <= low:
            relation = f"{low_name}（{format_number(low)}）の{OUTLIER_FACTOR}分の1以下です"
        else:
            continue
        ctx.add(Level.NOTICE, "far-from-trend", place("actuals", label), f"{where} 実績値（{label}）",
                f"{label}の実績値（{format_number(value)}）が{relation}。桁の誤りがないか確認してください")
