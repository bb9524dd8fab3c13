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


def flawed_sample(sample_json) -> Project:
    """The published sample plus a second sheet with one of each flaw the checks look for."""
    import copy

    from evaleditor.exchange.formats import import_file

    result = import_file(sample_json)
    result.settings.char_limit = 200
    sheet = copy.deepcopy(result.sheets[0])
    result.sheets.append(sheet)
    sheet.policy_name = "欠けのあるシート"  # 施策番号 stays "4": a duplicate
    first, founders, consults, visitors, _ = (ind for _, ind in sheet.all_indicators())
    first.set_actual("2年度", None)                      # missing actual for the year under review
    founders.target = None                               # missing target
    consults.baseline = None                             # missing baseline
    visitors.set_actual("2年度", 12400)                  # 124 typed with two extra zeros
    sheet.budget["2年度"].execution_rate_percent = 104.5  # over 100%
    sheet.budget["3年度"] = BudgetEntry(1200000, None)    # 事業費 without 執行率
    sheet.topics[0].issue = ""                           # empty 課題
    sheet.topics[1].policy = "<p> </p>"                  # a 課題 with no 取組方針
    sheet.topics[2].result = ""                          # empty 成果
    sheet.topics[3].issue = "<ul><li>情報の整理</li><li>発信</li><li>体系化</li></ul>"
    sheet.topics[3].policy = "<ul><li>整理と発信を行います</li></ul>"  # answers one of three
    sheet.topics[4].result += "さらに" * 20              # 163 + 60 characters: over the limit of 200
    return result
