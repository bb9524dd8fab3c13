"""The export floor: openpyxl writing the same values as the export, unstyled, one worksheet per sheet."""

from __future__ import annotations

import io

from evaleditor.model import Project, richtext


def write_unstyled(project: Project) -> bytes:
    from openpyxl import Workbook

    settings = project.settings
    book = Workbook()
    book.remove(book.active)
    for index, sheet in enumerate(project.sheets):
        ws = book.create_sheet(f"s{index}")
        ws.append([sheet.title])
        ws.append([sheet.policy_number, sheet.policy_name, "、".join(sheet.departments)])
        for group in sheet.indicator_groups:
            ws.append([group.name, "単位", settings.baseline_label, *settings.year_labels,
                       settings.effective_target_label()])
            for ind in group.indicators:
                ws.append([ind.name, ind.unit, ind.baseline, *(ind.actual(y) for y in settings.year_labels),
                           ind.target])
        ws.append(["関連事業", "\n".join(sheet.programs)])
        ws.append(["決算額", *settings.year_labels])
        ws.append(["事業費", *(getattr(sheet.budget.get(y), "cost_thousand_yen", None) for y in settings.year_labels)])
        ws.append(["執行率", *(getattr(sheet.budget.get(y), "execution_rate_percent", None)
                              for y in settings.year_labels)])
        for topic in sheet.topics:
            ws.append([topic.heading, richtext.to_plain(topic.result)])
        for topic in sheet.topics:
            ws.append([richtext.to_plain(topic.issue), richtext.to_plain(topic.policy)])
    # the export's 一覧 and machine-readable tables hold the same values again
    from evaleditor.exchange.xlsx.summary import data_table, summary_table

    for name, table in (("summary", summary_table(project)), ("data", data_table(project))):
        ws = book.create_sheet(name)
        ws.append(table.columns)
        for row in table.rows:
            ws.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
