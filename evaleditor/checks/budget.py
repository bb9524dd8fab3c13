"""Checks of the settled budget (決算額): 事業費 and 執行率, and the year under review's figures."""

from __future__ import annotations

from evaleditor.checks.context import SheetContext
from evaleditor.checks.findings import Area, Level, Place
from evaleditor.model.numbers import format_number


def check_budget(ctx: SheetContext) -> None:
    _check_review_year(ctx)
    labels = ctx.settings.year_labels
    years = [y for y in labels if y in ctx.sheet.budget] + [y for y in ctx.sheet.budget if y not in labels]
    for year in years:
        entry = ctx.sheet.budget[year]
        cost, rate = entry.cost_thousand_yen, entry.execution_rate_percent
        if cost is not None and cost < 0:
            ctx.add(Level.ERROR, "negative-cost", Place(Area.BUDGET, "cost_thousand_yen", year=year),
                    f"決算額 事業費（{year}）", f"{year}の事業費が負の値です（{format_number(cost)}千円）")
        where = f"決算額 執行率（{year}）"
        place = Place(Area.BUDGET, "execution_rate_percent", year=year)
        if rate is None:
            if cost is not None:
                ctx.add(Level.WARNING, "missing-execution-rate", place, where,
                        f"{year}の事業費はありますが、執行率がありません")
        elif rate > 100:
            ctx.add(Level.ERROR, "execution-rate-over-100", place, where,
                    f"{year}の執行率が100%を超えています（{format_number(rate)}%）")
        elif rate < 0:
            ctx.add(Level.ERROR, "negative-execution-rate", place, where,
                    f"{year}の執行率が負の値です（{format_number(rate)}%）")


def _check_review_year(ctx: SheetContext) -> None:
    """A warning when a sheet with a budget (any 決算額 or 関連事業) has no 事業費 for the year under review.

    Later years are not due, and a sheet without programs or figures has nothing to settle.
    """
    review, sheet = ctx.review_year, ctx.sheet
    if review is None or review not in ctx.settings.year_labels:
        return
    has_budget = any(p.strip() for p in sheet.programs) or any(not e.is_empty() for e in sheet.budget.values())
    entry = sheet.budget.get(review)
    if not has_budget or (entry is not None and entry.cost_thousand_yen is not None):
        return
    message = (f"{review}（評価対象年度）の決算額がありません" if entry is None or entry.is_empty()
               else f"{review}（評価対象年度）の執行率はありますが、事業費がありません")
    ctx.add(Level.WARNING, "missing-budget", Place(Area.BUDGET, "cost_thousand_yen", year=review),
            f"決算額 事業費（{review}）", message)
