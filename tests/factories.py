"""Projects built in code for tests: any years, groups, decimals and gaps."""

from __future__ import annotations

from evaleditor.model import (
    BudgetEntry, Direction, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings, Sheet, Topic,
)
from evaleditor.model.eras import western_year


def project(year_labels: list[str], sheets: int = 2, indicators: int = 3, topics: int = 2) -> Project:
    settings = ProjectSettings(
        municipality="テスト市", plan="第2次総合計画",
        years=[FiscalYear(label, western_year(label)) for label in year_labels],
        target_label=f"{year_labels[-1]} 目標値",
    )
    result = Project(settings)
    for s in range(sheets):
        outcome = IndicatorGroup("成果指標")
        activity = IndicatorGroup("活動指標")
        for i in range(indicators):
            # every other year left empty; decimals in some rows
            actuals = {label: (i * 10 + y + 0.25 if i % 2 else i * 1000 + y)
                       for y, label in enumerate(year_labels) if (y + i) % 2 == 0}
            outcome.indicators.append(Indicator(
                name=f"指標{s}-{i}（年間）", unit="件" if i % 2 == 0 else "%",
                baseline=None if i == 2 else i * 3.5, actuals=actuals, target=100 + i,
                direction=Direction.LOWER if i == 1 else Direction.HIGHER))
        activity.indicators.append(Indicator(name=f"講座の開催回数{s}", unit="回", baseline=4,
                                             actuals={year_labels[0]: 6}, target=12))
        result.sheets.append(Sheet(
            policy_number=f"{s + 1}-{s + 2}", policy_name=f"テスト施策{s}",
            departments=["企画部", "市民部"][: 1 + s % 2],
            indicator_groups=[outcome, activity] if s % 2 == 0 else [activity, outcome],
            programs=[f"事業{s}-{p}" for p in range(3)],
            budget=dict(zip(year_labels, [BudgetEntry(123456, 95.43), BudgetEntry(None, 88.5)])),
            topics=[Topic(
                heading=f"課題{t}",
                result=f"<p>成果の<b>本文</b>{t}</p><p>二段落目</p>",
                issue="<ul><li>一つ目</li><li>二つ目</li></ul>",
                policy=f'<p><span style="color:#ff0000"><u>方針</u></span>{t}</p>',
            ) for t in range(topics)],
        ))
    return result
