"""PDF export of whole projects, checked by reading the PDF back with poppler."""

from __future__ import annotations

import re

import pytest

from evaleditor.exchange.formats import export_bytes
from evaleditor.gui.pdf import sheetlayout
from evaleditor.gui.pdf.renderer import FOOTER_HEIGHT
from evaleditor.gui.pdf.tounicode import RADICALS
from evaleditor.gui.pdf.writer import MARGINS_MM, export_pdf_bytes
from evaleditor.errors import InputError
from evaleditor.model import Direction, Indicator, Project, ProjectSettings, Sheet, Topic
from evaleditor.model.numbers import format_number
from evaleditor.model.richtext import to_plain
from tests import factories
from tests.gui.pdf.conftest import page_count, page_texts, run_tool, squeeze, words

MM = 72 / 25.4


def write(project, tmp_path, name="out.pdf"):
    path = tmp_path / name
    path.write_bytes(export_pdf_bytes(project))
    return path


def test_sample_is_a4_and_at_most_four_pages(sample_project, tmp_path):
    pdf = write(sample_project, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = run_tool("pdfinfo", pdf)
    assert re.search(r"^Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info, re.M), info
    assert 1 <= page_count(pdf) <= 4
    assert "施策評価シート【分野別施策】 4 産業の活性化を促進する" in info  # the document title


def test_the_japanese_font_is_embedded(sample_project, tmp_path):
    pdf = write(sample_project, tmp_path)
    table = run_tool("pdffonts", pdf).splitlines()[2:]
    assert table, "no fonts"
    for line in table:
        name, emb = line.split()[0], line.split()[-5]
        assert emb == "yes", line
        assert re.search(r"IPAex|Noto|BIZ|Gothic|Meiryo|Yu", name), line  # a Japanese font, not a substitute


def test_text_extracts_as_the_original_characters(sample_project, tmp_path):
    pdf = write(sample_project, tmp_path)
    pages = page_texts(pdf)
    text = "".join(page_texts(pdf))
    # a topic may run over a page: its text is whole without the footers and the headers repeated above it
    repeated = {squeeze(sheetlayout.RESULTS), squeeze(sheetlayout.ISSUES + sheetlayout.POLICIES)}
    kept = []
    for index, page in enumerate(pages):
        lines = [line for line in page.split("\n") if not re.match(r"^\d+ / \d+ ", line)]
        if index and lines and squeeze(lines[0]) in repeated:
            lines = lines[1:]
        kept += lines
    body = "\n".join(kept)
    radicals = sorted({f"U+{ord(c):04X}" for c in text if ord(c) in RADICALS})
    assert radicals == []
    flat = squeeze(body)
    sheet = sample_project.sheets[0]
    expected = [sheet.title, sheet.policy_name, *sheet.departments, *sheet.programs,
                sheetlayout.RESULTS, sheetlayout.ISSUES, sheetlayout.POLICIES,
                *sample_project.settings.year_labels]
    expected += [squeeze(sheetlayout.group_heading(g.name)) for g in sheet.indicator_groups]
    expected += [squeeze(ind.name) for _, ind in sheet.all_indicators()]
    expected += [squeeze(sheetlayout.topic_heading(t.heading)) for t in sheet.topics]
    for topic in sheet.topics:
        expected += [squeeze(to_plain(part)) for part in (topic.result, topic.issue, topic.policy)]
    missing = [e for e in expected if e not in flat]
    assert missing == []
    for number in ("1,539,950", "95.43", "2,449"):
        assert number in text
    assert "人" in text and "長" in text


def test_each_sheet_starts_on_a_new_page(tmp_path):
    project = factories.project(["元年度", "2年度", "3年度", "4年度", "5年度", "6年度"], sheets=3, topics=3)
    pages = page_texts(write(project, tmp_path))
    firsts = [i for i, page in enumerate(pages) if page.lstrip().startswith(project.settings.title)]
    assert len(firsts) == 3 and firsts[0] == 0
    for number, (start, sheet) in enumerate(zip(firsts, project.sheets)):
        end = firsts[number + 1] if number + 1 < len(firsts) else len(pages)
        own = pages[start:end]
        assert sheet.policy_name in own[0]
        assert all(f"施策番号 {sheet.policy_number}" in page for page in own)  # the footer
        others = [s.policy_name for s in project.sheets if s is not sheet]
        assert not any(name in page for page in own for name in others)
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page
    assert all(label in squeeze(pages[0]) for label in project.settings.year_labels)


def _content_words(pdf, page_height):
    """Words outside the footer band, with the lowest y any text may reach."""
    bottom = page_height - MARGINS_MM[3] * MM - FOOTER_HEIGHT
    footer = re.compile(r"^(\d+|/|施策番号|[\d-]+)$")
    return [w for w in words(pdf) if not footer.match(w[5])], bottom


def test_a_long_topic_splits_between_lines_and_loses_none(tmp_path):
    project = factories.project(["2年度", "3年度"], sheets=1, topics=2)
    paragraphs = [f"第{n}段落：産業の活性化に向けて関係機関と連携し、取組を進めました。" for n in range(120)]
    project.sheets[0].topics[0] = Topic(
        heading="長い取組", result="".join(f"<p>{p}</p>" for p in paragraphs),
        issue="".join(f"<p>{p}</p>" for p in paragraphs[:70]), policy="<p>短い方針</p>")
    pdf = write(project, tmp_path)
    pages = page_texts(pdf)
    assert len(pages) >= 4
    flat = squeeze("".join(pages))
    for n in range(120):
        marker = f"第{n}段落："
        assert flat.count(marker) == (2 if n < 70 else 1), marker  # once in 成果, once more in 課題
    for paragraph in paragraphs:
        assert squeeze(paragraph) in flat
    content, bottom = _content_words(pdf, 842)
    top = MARGINS_MM[1] * MM
    outside = [w for w in content if w[4] > bottom + 0.5 or w[2] < top - 0.5]
    assert outside == []  # no line printed through the footer or the page edge


def test_table_rows_move_whole_to_the_next_page_with_the_header_repeated(tmp_path):
    project = factories.project(["2年度", "3年度", "4年度"], sheets=1, indicators=0, topics=1)
    group = project.sheets[0].indicator_groups[0]
    group.indicators = [Indicator(name=f"指標番号{n:02d}：市内事業者による新規の取組件数（年間）の累計値", unit="件",
                                  baseline=n, actuals={"2年度": n * 2}, target=n * 3) for n in range(60)]
    pdf = write(project, tmp_path)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    rows = ["\n".join(line for line in page.split("\n") if not line.startswith("※")) for page in pages]  # not the legend
    holding = [[n for n in range(60) if f"指標番号{n:02d}" in page] for page in rows]
    assert sum(len(h) for h in holding) == 60  # each name on exactly one page
    for page, names in zip(rows, holding):
        flat = squeeze(page)
        for n in names:
            assert squeeze(group.indicators[n].name) in flat  # the whole name on that page
        if names:
            assert "指標名" in page  # the table's header is on every page the table runs on


def test_any_number_of_years(tmp_path):
    labels = [f"{n}年度" for n in range(1, 11)]
    project = factories.project(labels, sheets=1)
    pdf = write(project, tmp_path)
    flat = squeeze("".join(page_texts(pdf)))
    for label in labels:
        assert label in flat
    assert squeeze(project.sheets[0].indicator_groups[0].indicators[0].name) in flat
    tokens = set("".join(page_texts(pdf)).split())
    values = [v for _, ind in project.sheets[0].all_indicators() for v in ind.actuals.values()]
    assert values and all(format_number(v) in tokens for v in values)  # no number wraps in its narrow column
    content, bottom = _content_words(pdf, 842)
    assert all(w[1] >= 15 * MM - 0.5 and w[3] <= 595 - 15 * MM + 0.5 for w in content)  # inside the margins


def test_with_many_years_a_unit_and_an_amount_stay_on_one_line(tmp_path):
    labels = [f"{n}年度" for n in range(1, 11)]
    project = factories.project(labels, sheets=1)
    for _, indicator in project.sheets[0].all_indicators():
        indicator.unit = "千人"
    tokens = set("".join(page_texts(write(project, tmp_path))).split())
    assert "千人" in tokens  # the narrowed number columns do not squeeze it to 「千」 over 「人」
    amounts = [format_number(e.cost_thousand_yen) for e in project.sheets[0].budget.values() if e.cost_thousand_yen]
    assert amounts and all(a in tokens for a in amounts)  # the budget's years widen into its free room: 123,456


def test_an_empty_sheet_prints_its_frame_and_a_project_without_sheets_is_refused(tmp_path):
    pdf = write(Project(ProjectSettings(), [Sheet()]), tmp_path)
    assert page_count(pdf) == 1
    assert sheetlayout.RESULTS in page_texts(pdf)[0]
    with pytest.raises(InputError, match="シートがありません"):
        export_pdf_bytes(Project())


def test_the_exporter_registry_writes_pdf(sample_project, tmp_path):
    data = export_bytes(sample_project, tmp_path / "x.PDF")
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]


@pytest.mark.parametrize("font_name", ["存在しないフォント", ""])
def test_a_missing_font_falls_back_to_an_installed_japanese_font(sample_project, tmp_path, font_name):
    sample_project.settings.font_name = font_name
    pdf = write(sample_project, tmp_path)
    fonts = run_tool("pdffonts", pdf)
    assert re.search(r"IPAex|Noto|BIZ|Gothic|Meiryo|Yu", fonts), fonts
    assert sample_project.sheets[0].policy_name in "".join(page_texts(pdf))


def test_indicator_tables_show_direction_rates_rating_and_legend(sample_project, tmp_path):
    sample_project.sheets[0].indicator_groups[0].indicators[0].direction = Direction.LOWER
    lines = page_texts(write(sample_project, tmp_path))[0].split("\n")
    founders = next(line for line in lines if line.startswith("創業者数"))
    assert founders.split()[-4:] == ["↑", "67.3", "43.3", "C"]  # 方向, 達成率, 進捗率, 評価 after the target
    first = next(i for i, line in enumerate(lines) if line.startswith("産業間連携"))
    assert "↓" in " ".join(lines[first:first + 4]) and "↓" not in " ".join(lines[:first])  # its own row
    text = squeeze("\n".join(lines))
    for heading in ("方向", "達成率(%)", "進捗率(%)", "評価"):
        assert heading in text
    assert squeeze("方向　↑：高いほど良い　↓：低いほど良い") in text and "2年度の実績値による" in text
