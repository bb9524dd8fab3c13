"""LibreOffice prints the exported workbooks with no clipped text.

LibreOffice leaves out the lines of a cell that do not fit its row, so the text
of the rendered PDF holds every character of the workbook only when no row is
too short and no number is shown as ###.
"""

import io
import shutil
import subprocess
import unicodedata
from collections import Counter

import pytest

from evaleditor.exchange.sheets_json import read_exchange
from evaleditor.model import Topic
from tests import factories
from tests.exchange.xlsx.reading import export, load

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                       reason="needs LibreOffice (soffice) and poppler (pdftotext)"),
]


def shown(value, number_format: str) -> str:
    """A cell's value as a spreadsheet shows it with the exporter's number formats."""
    if isinstance(value, str) or not isinstance(value, (int, float)):
        return str(value)
    if number_format == "0":
        return str(int(value))
    decimals = len(number_format.partition(".")[2])
    return f"{value:,.{decimals}f}" if "," in number_format else f"{value:.{decimals}f}"


def characters(text: str) -> Counter:
    return Counter(c for c in unicodedata.normalize("NFKC", text) if not c.isspace())


def worksheet_characters(ws) -> Counter:
    total = Counter()
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                total += characters(shown(cell.value, cell.number_format))
    return total


def stress_project():
    project = factories.project(["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"], sheets=2, topics=0)
    sheet = project.sheets[0]
    sheet.indicator_groups[0].indicators[0].name = "産業間連携ネットワークによる新商品開発・新事業創出件数（累計）" * 3
    sheet.indicator_groups[0].indicators[0].actuals["2年度"] = 1234567890
    sheet.indicator_groups[0].indicators[1].unit = "千円/人・年度"  # wraps in the narrow 単位 column
    project.rename_year("6年度", "令和6年度 (2024)")  # a heading broken at its space
    sheet.programs = [f"Program {p} for the city's digital transformation（DX推進）" for p in range(15)]
    sheet.topics = [
        Topic(heading=f"取組の見出し{t}" * (1 + t % 3),
              result="".join(f"<p>{'成果の説明です。Results are described in English, too. ' * (3 + 4 * t)}</p>"
                             for _ in range(1 + t % 2)),
              issue="<ul>" + "<li>課題の項目、ABCDEFG 1234567</li>" * (2 + t) + "</ul>",
              policy="<p>" + "方針を<b>太字</b>と<span style='color:#c00000'>色</span>で示します。" * (4 + 5 * t) + "</p>")
        for t in range(7)]
    sheet.topics[6].result = "<p>" + "とても長い成果の文章です。" * 1500 + "</p>"  # spread over several rows
    project.settings.excel_charts = True  # chart rows between the tables
    return project


def test_no_text_is_clipped_when_libreoffice_prints(sample_json, tmp_path):
    books = {"sample": export(read_exchange(sample_json)), "stress": export(stress_project())}
    for name, data in books.items():
        (tmp_path / f"{name}.xlsx").write_bytes(data)
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *(str(tmp_path / f"{n}.xlsx") for n in books)],
                   check=True, capture_output=True, timeout=300)
    for name, data in books.items():
        printed = subprocess.run(["pdftotext", str(tmp_path / f"{name}.pdf"), "-"], check=True,
                                 capture_output=True, text=True, timeout=120).stdout
        pages = printed.split("\f")
        book = load(data)
        sheet_worksheets = [ws for ws in book.worksheets if ws.oddFooter.left.text]
        assert len(sheet_worksheets) == len(book.worksheets) - 2
        rest = list(pages)
        for ws in sheet_worksheets:  # each sheet's pages carry its footer, e.g. 施策 4
            footer = ws.oddFooter.left.text
            own = [page for page in pages if footer in page]
            rest = [page for page in rest if footer not in page]
            missing = worksheet_characters(ws) - characters("".join(own))
            assert not missing, (name, ws.title, missing.most_common(10))
        summaries = sum((worksheet_characters(ws) for ws in book.worksheets if ws not in sheet_worksheets), Counter())
        missing = summaries - characters("".join(rest))
        assert not missing, (name, "一覧 and 機械判読用", missing.most_common(10))
