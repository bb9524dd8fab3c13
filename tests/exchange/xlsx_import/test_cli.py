"""`evaleditor import BOOK.xlsx -o PROJECT.evproj` as a user runs it."""

from __future__ import annotations

from evaleditor.storage.projectfile import load_project
from tests.exchange.xlsx_import.builder import Style, write_workbook
from tests.test_cli import assert_one_line_error, run


def test_import_sample_workbook(tmp_path, sample_xlsx, sample_json):
    project = tmp_path / "p.evproj"
    result = run("import", sample_xlsx, "-o", project)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"{project}: 1 シートを取り込みました"
    out = tmp_path / "out.json"
    assert run("export", project, "-o", out).returncode == 0
    assert out.read_bytes() == sample_json.read_bytes()


def test_notes_are_printed_one_per_line(tmp_path, three_year_project):
    sheet = three_year_project.sheets[0]
    from evaleditor.model import Indicator

    sheet.indicator_groups[0].indicators[0] = Indicator(name="※ 速報値")  # a note row, not an indicator
    book = write_workbook(tmp_path / "book.xlsx", three_year_project,
                          Style(heading_above="令和5年度 行政評価"), summary=True)
    project = tmp_path / "p.evproj"
    result = run("import", book, "-o", project)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{book}: '一覧': 評価シートではない（「施策名」と、指標・関連事業・決算額・成果などの見出しがない）ため読み飛ばしました",
        f"{book}: '施策1-2'!A1: 「令和5年度 行政評価」はどの項目にも当たらないため読み飛ばしました",
        f"{book}: '施策1-2'!A8: 注記「※ 速報値」は指標ではないため読み飛ばしました",
        f"{book}: '施策2-3'!A1: 「令和5年度 行政評価」はどの項目にも当たらないため読み飛ばしました",
        f"{project}: 2 シートを取り込みました",
    ]
    imported = load_project(project)
    assert [i.name for i in imported.sheets[0].indicator_groups[0].indicators] == ["指標0-1（年間）", "指標0-2（年間）"]


def test_bad_workbook_exits_2_and_keeps_the_project(tmp_path, sample_xlsx):
    project = tmp_path / "p.evproj"
    run("import", sample_xlsx, "-o", project)
    before = project.read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(sample_xlsx.read_bytes()[:3000])
    assert_one_line_error(run("import", bad, "-o", project), str(bad), "途中で切れています")
    assert project.read_bytes() == before
    fresh = tmp_path / "fresh.evproj"
    assert_one_line_error(run("import", bad, "-o", fresh), str(bad))
    assert not fresh.exists()
