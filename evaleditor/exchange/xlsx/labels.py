"""The label texts of the published layout, as written in column A (and beside it).

An importer finds the parts of a sheet by these labels, so they are the same
text as in the published sample workbook; change them only together with it.
"""

from __future__ import annotations

POLICY_NAME = "施策名"
DEPARTMENTS = "関係部"
#: An indicator table's label is this prefix followed by the group's name (成果指標, 活動指標 …).
GROUP_PREFIX = "所管事業に関連する"
NAME = "指標名"
UNIT = "単位"
ACTUALS = "実績値"
PROGRAMS = "関連事業"
BUDGET = "決算額"
COST = "事業費(千円)"
EXECUTION_RATE = "執行率(%)"
RESULTS = "施策の推進に向けた主な取組の「成果」"
ISSUES = "施策を推進する上での「課題」"
POLICIES = "課題解決を図るための「取組方針」"

SUMMARY_SHEET = "一覧"
DATA_SHEET = "機械判読用"
#: Worksheets of sheets are named 施策 followed by the policy number, as in the published sample.
SHEET_PREFIX = "施策"


def group_label(group_name: str) -> str:
    return f"{GROUP_PREFIX}{group_name}"


def heading(text: str) -> str:
    """A topic heading as printed: 「産業間連携の促進」."""
    return f"「{text}」"
