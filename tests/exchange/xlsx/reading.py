"""Reading exported workbooks back, with openpyxl and with python-calamine, by their labels."""

from __future__ import annotations

import io
from dataclasses import dataclass

import openpyxl
from python_calamine import CalamineWorkbook

from evaleditor.exchange import rate_columns
from evaleditor.exchange.formats import export_bytes
from evaleditor.exchange.xlsx import labels
from evaleditor.model import Project
from evaleditor.model.richtext import to_plain


def export(project: Project) -> bytes:
    return export_bytes(project, "out.xlsx")


def load(data: bytes, **options) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data), **options)


def calamine_rows(data: bytes) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def texts(rows) -> list[str]:
    return [str(v) for row in rows for v in row if isinstance(v, str) and v]


def numbers(rows) -> list[float]:
    return [v for row in rows for v in row if isinstance(v, (int, float)) and not isinstance(v, bool)]


def ws_rows(ws) -> list[list[object]]:
    return [[c.value for c in row] for row in ws.iter_rows()]


@dataclass
class Expected:
    """What one sheet of a project must show: its texts and its numbers."""

    texts: list[str]
    numbers: list[float]
    #: 達成率 and 進捗率 (one decimal), computed by the export: not data.
    computed: list[float]


def expected(project: Project, index: int) -> Expected:
    sheet, settings = project.sheets[index], project.settings
    found = [sheet.policy_number, sheet.policy_name, *sheet.departments, *sheet.programs,
             settings.baseline_label, settings.effective_target_label(), *settings.year_labels,
             labels.POLICY_NAME, labels.DEPARTMENTS, labels.PROGRAMS, labels.BUDGET, labels.COST,
             labels.EXECUTION_RATE, labels.RESULTS, labels.ISSUES, labels.POLICIES]
    values: list[float] = []
    computed: list[float] = []
    review = project.review_year()
    if any(g.indicators for g in sheet.indicator_groups):
        found += [rate_columns.DIRECTION, rate_columns.ACHIEVEMENT, rate_columns.PROGRESS, rate_columns.RATING,
                  rate_columns.LEGEND_START]
    for group, ind in sheet.all_indicators():
        found += [labels.group_label(group.name), ind.name, ind.unit]
        values += [v for v in (ind.baseline, *ind.actuals.values(), ind.target) if v is not None]
        rates = rate_columns.rate_row(ind, settings, review)
        found += [rates.direction, rates.rating]
        computed += [v for v in (rates.achievement, rates.progress) if v is not None]
    for entry in sheet.budget.values():
        values += [v for v in (entry.cost_thousand_yen, entry.execution_rate_percent) if v is not None]
    for topic in sheet.topics:
        found.append(labels.heading(topic.heading))
        for part in (topic.result, topic.issue, topic.policy):
            found += [line for line in to_plain(part).split("\n") if line]
    return Expected([t for t in found if t], values, computed)


def missing_texts(want: list[str], have: list[str]) -> list[str]:
    joined = "\n".join(have)
    # a heading wider than its column breaks at its spaces: 5年度 / 目標値
    folded = "\n".join(h.replace("\n", " ") for h in have)
    return [t for t in want if t not in joined and t not in folded]
