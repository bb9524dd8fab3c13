"""The command line as a user or a batch script runs it: real processes, exit codes, messages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evaleditor import __version__

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "evaleditor", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def assert_one_line_error(result, *words):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"evaleditor {__version__}"


def test_import_then_export_gives_back_the_sample(sample_json, tmp_path):
    project = tmp_path / "p.evproj"
    assert run("import", sample_json, "-o", project).returncode == 0
    out = tmp_path / "out.json"
    assert run("export", project, "-o", out).returncode == 0
    assert out.read_bytes() == sample_json.read_bytes()


def test_output_is_overwritten_atomically(sample_json, tmp_path):
    project = tmp_path / "p.evproj"
    project.write_text("old")
    assert run("import", sample_json, "-o", project).returncode == 0
    assert json.loads(project.read_text(encoding="utf-8"))["format"] == "evaleditor-project"
    from evaleditor.storage.backups import list_backups

    [kept] = list_backups(project)
    assert kept.file.parent.name == "p.evproj.backups" and kept.file.read_text() == "old"


def test_validate_reports_ok(tmp_path, sample_json):
    project = tmp_path / "p.evproj"
    run("import", sample_json, "-o", project)
    result = run("validate", project)
    assert result.returncode == 0 and "1 シート、問題は見つかりませんでした" in result.stderr
    assert result.stdout == ""


def test_validate_names_each_flaw_and_exits_1(tmp_path, sample_json):
    from evaleditor.storage.projectfile import save_project
    from tests.factories import flawed_sample

    project = tmp_path / "flawed.evproj"
    save_project(flawed_sample(sample_json), project)
    result = run("validate", project)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    sheet = "シート2「4 欠けのあるシート」"
    expected = [
        ("エラー", "シート1「4 産業の活性化を促進する」", "施策番号", "シート2と重複"),
        ("エラー", sheet, "施策番号", "シート1と重複"),
        ("警告", sheet, "成果指標 1「産業間連携ネットワークによる新商品開発・新事業創出件数（累計）」 実績値（2年度）",
         "2年度の実績値がありません"),
        ("警告", sheet, "成果指標 2「創業者数（年間）」 目標値", "目標値がありません"),
        ("警告", sheet, "成果指標 3「経営に関する相談件数（年間）」 基準値", "基準値（改訂計画 策定時）がありません"),
        ("注意", sheet, "成果指標 4「知的対流等を通じた交流人口（年間）」 実績値（2年度）", "10倍以上"),
        ("エラー", sheet, "決算額 執行率（2年度）", "100%を超えています（104.5%）"),
        ("警告", sheet, "決算額 執行率（3年度）", "執行率がありません"),
        ("警告", sheet, "項目 1「産業間連携の促進」 課題", "課題が空です"),
        ("警告", sheet, "項目 2「創業者の支援」 取組方針", "課題に対応する取組方針がありません"),
        ("警告", sheet, "項目 3「中小企業の経営支援」 成果", "成果が空です"),
        ("注意", sheet, "項目 4「「知」の集積と活用」 取組方針", "課題は3項目ありますが、取組方針は1項目です"),
        ("警告", sheet, "項目 5「社会性を重視した技術開発の支援」 成果", "上限の200文字を23文字超えています"),
    ]
    assert len(lines) == len(expected), result.stdout
    for line, (level, sheet_label, place, words) in zip(lines, expected):
        assert line.startswith(f"{level}: {sheet_label}: {place}: ") and words in line, line
    assert "2 シート、エラー 3 件、警告 8 件、注意 2 件" in result.stderr


def test_validate_exits_0_with_notices_only(tmp_path, sample_json):
    from evaleditor.exchange.formats import import_file
    from evaleditor.storage.projectfile import save_project

    sample = import_file(sample_json)
    sample.sheets[0].indicator_groups[0].indicators[1].set_actual("2年度", 3500)  # 35 with two zeros too many
    project = tmp_path / "p.evproj"
    save_project(sample, project)
    result = run("validate", project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("注意: シート1「4 産業の活性化を促進する」: 成果指標 2「創業者数（年間）」 実績値（2年度）: ")
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.parametrize(("content", "words"), [
    (b"", ["ファイルが空です"]),
    (b'{"format": "evaleditor-project", "version": 1, "settings": {}, "sh', ["途中で切れて"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ["バイナリ"]),
    (b'{"format": "evaleditor-project", "version": 7, "settings": {}, "sheets": []}', ["version", "新しいバージョン"]),
    (b'{"format": "evaleditor-project", "version": 1, "settings": {}, "sheets": [{"policy_number": 4}]}',
     ["sheets[0].policy_number", "文字列ではありません"]),
])
@pytest.mark.parametrize("verb", ["validate", "export"])
def test_bad_project_files_exit_2_with_one_line(tmp_path, content, words, verb):
    bad = tmp_path / "bad.evproj"
    bad.write_bytes(content)
    extra = ["-o", tmp_path / "out.json"] if verb == "export" else []
    result = run(verb, bad, *extra)
    assert_one_line_error(result, str(bad), *words)
    assert not (tmp_path / "out.json").exists()


def test_wrong_options_exit_2(tmp_path):
    assert_one_line_error(run("export", tmp_path / "x.evproj"), "-o")
    assert_one_line_error(run("export", tmp_path / "x.evproj", "-o", tmp_path / "x.docx"), ".docx")
    assert_one_line_error(run("import", tmp_path / "x.txt", "-o", tmp_path / "x.evproj"), ".txt")
    assert_one_line_error(run("validate", tmp_path / "missing.evproj"), "見つかりません")


def test_bad_exchange_import_keeps_an_existing_project(tmp_path, sample_json):
    project = tmp_path / "p.evproj"
    run("import", sample_json, "-o", project)
    before = project.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "evaluation-sheets/1", "sheets": [{"policy_number": "1", "years": ["2年度"], '
                   '"indicators": [{"name": "x", "target": "多い"}]}]}', encoding="utf-8")
    assert_one_line_error(run("import", bad, "-o", project), "sheets[0].indicators[0].target")
    assert project.read_bytes() == before


def test_headless_commands_do_not_import_qt(tmp_path, sample_json):
    project = tmp_path / "p.evproj"
    run("import", sample_json, "-o", project)
    code = (
        "import sys\nfrom evaleditor.cli import main\n"
        f"rc = main(['export', {str(project)!r}, '-o', {str(tmp_path / 'o.json')!r}])\n"
        f"rc += main(['validate', {str(project)!r}])\n"
        "assert rc == 0, rc\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pandas', 'openpyxl'))\n"
        "print(loaded)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_internal_errors_go_to_the_log_not_the_screen(tmp_path, monkeypatch, sample_json):
    from evaleditor import cli
    from evaleditor.exchange import formats

    def broken(path):
        raise RuntimeError("boom")

    monkeypatch.setattr(formats, "import_file", broken)
    monkeypatch.setenv("EVALEDITOR_LOG_DIR", str(tmp_path / "logs"))
    code = cli.main(["import", str(sample_json), "-o", str(tmp_path / "p.evproj")])
    assert code == cli.EXIT_INTERNAL
    log_text = (tmp_path / "logs" / "evaleditor.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log_text and "Traceback" in log_text


def _two_departments(tmp_path, sample_json):
    a, b = tmp_path / "a.evproj", tmp_path / "b.evproj"
    run("import", sample_json, "-o", a)
    run("import", sample_json, "-o", b)
    return a, b


def test_merge_refuses_undecided_duplicates_and_writes_nothing(tmp_path, sample_json):
    a, b = _two_departments(tmp_path, sample_json)
    result = run("merge", a, b, "-o", tmp_path / "all.evproj")
    assert result.returncode == 2 and "施策番号 4 が重複" in result.stderr and "--duplicates" in result.stderr
    assert not (tmp_path / "all.evproj").exists()


@pytest.mark.parametrize(("choice", "count"), [("keep-both", 2), ("keep-first", 1)])
def test_merge_with_a_choice(tmp_path, sample_json, choice, count):
    from evaleditor.storage.projectfile import load_project

    a, b = _two_departments(tmp_path, sample_json)
    result = run("merge", a, b, "-o", tmp_path / "all.evproj", "--duplicates", choice)
    assert result.returncode == 0, result.stderr
    assert len(load_project(tmp_path / "all.evproj").sheets) == count


def test_merge_says_when_a_later_actual_would_move_the_year_under_review(tmp_path, sample_json):
    from evaleditor.storage.projectfile import load_project, save_project

    a, b = _two_departments(tmp_path, sample_json)
    project = load_project(b)
    project.sheets[0].policy_number = "7-2"
    project.sheets[0].all_indicators()[0][1].set_actual("3年度", 1)  # 2年度 is the year under review
    save_project(project, b)
    result = run("merge", a, b, "-o", tmp_path / "all.evproj")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stderr.splitlines() if "評価対象年度を" in line)
    assert "2年度" in line and "3年度" in line and str(b) in line and "7-2" in line
    assert load_project(tmp_path / "all.evproj").review_year() == "2年度"


def test_compare_and_next_year(tmp_path, sample_json):
    from evaleditor.storage.projectfile import load_project, save_project

    a, b = _two_departments(tmp_path, sample_json)
    project = load_project(b)
    project.sheets[0].indicator_groups[0].indicators[0].set_actual("2年度", 19)
    save_project(project, b)
    result = run("compare", a, b)
    assert result.returncode == 0
    assert result.stdout.strip().splitlines() == [
        "4\t成果指標「産業間連携ネットワークによる新商品開発・新事業創出件数（累計）」の2年度実績\t18 → 19"]
    nxt = tmp_path / "next.evproj"
    result = run("next-year", a, "-o", nxt, "--clear", "result")
    assert result.returncode == 0, result.stderr
    assert load_project(nxt).settings.review_year == "3年度"
    assert_one_line_error(run("next-year", a, "-o", a), "同じファイル")


def test_compare_reports_every_sheet_sharing_a_number(tmp_path):
    """Two departments' 7-2 merged with keep-both and keep-last: the lost sheet is reported, both ways."""
    from evaleditor.storage.projectfile import save_project
    from tests import factories

    files = []
    for n, department in enumerate(("都市整備部", "環境部", "市民部")):
        project = factories.project(["2年度", "3年度"], sheets=1)
        sheet = project.sheets[0]
        sheet.policy_number = "7-2" if n < 2 else "8-1"
        sheet.policy_name, sheet.departments = f"{department}の施策", [department]
        sheet.indicator_groups[0].indicators[0].set_actual("2年度", 1790.2 + n)
        files.append(tmp_path / f"{n}.evproj")
        save_project(project, files[-1])
    both, last = tmp_path / "all.evproj", tmp_path / "all_last.evproj"
    assert run("merge", *files, "-o", both, "--duplicates", "keep-both").returncode == 0
    assert run("merge", *files, "-o", last, "--duplicates", "keep-last").returncode == 0
    forward = run("compare", both, last)
    assert (forward.returncode, forward.stdout.splitlines()) == (0, ["7-2［都市整備部］\t削除\t都市整備部の施策"])
    backward = run("compare", last, both)
    assert (backward.returncode, backward.stdout.splitlines()) == (0, ["7-2［都市整備部］\t追加\t都市整備部の施策"])
    assert forward.stderr == backward.stderr == ""


def test_compare_prints_one_line_per_change_also_for_texts_of_several_lines(tmp_path):
    from evaleditor.storage.projectfile import save_project
    from tests import factories

    old = factories.project(["2年度", "3年度"], sheets=1)
    save_project(old, tmp_path / "old.evproj")
    old.sheets[0].topics[0].issue = "<ul><li>一つ目</li><li>二つ目\t（タブ入り）</li><li>三つ目</li></ul>"
    old.sheets[0].policy_name = "施策\tの名前"
    save_project(old, tmp_path / "new.evproj")
    result = run("compare", tmp_path / "old.evproj", tmp_path / "new.evproj")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line.split("\t")) == 3 for line in lines), lines
    assert "1-2\t「課題0」の課題\t・一つ目¶・二つ目 → ・一つ目¶・二つ目 （タブ入り）¶・三つ目" in lines
    assert "1-2\t施策名\tテスト施策0 → 施策 の名前" in lines
    assert len(lines) == 2


def test_compare_says_nothing_for_an_empty_value_and_added_or_removed_for_a_whole_row(tmp_path):
    from evaleditor.storage.projectfile import save_project
    from tests import factories

    project = factories.project(["2年度", "3年度"], sheets=1)
    sheet = project.sheets[0]
    save_project(project, tmp_path / "old.evproj")
    first = sheet.indicator_groups[0].indicators[0]
    sheet.indicator_groups[0].indicators.pop(1)
    sheet.topics.pop(1)
    first.set_actual("3年度", 1790.2)
    first.target = None
    save_project(project, tmp_path / "new.evproj")
    lines = run("compare", tmp_path / "old.evproj", tmp_path / "new.evproj").stdout.splitlines()
    assert lines == [
        f"1-2\t成果指標「{first.name}」の目標値\t100 → （なし）",
        f"1-2\t成果指標「{first.name}」の3年度実績\t（なし） → 1,790.2",
        "1-2\t成果指標「指標0-1（年間）」\t指標0-1（年間） → （削除）",
        "1-2\t「課題1」\t課題1 → （削除）",
    ]


@pytest.mark.parametrize("verb", ["validate", "compare"])
def test_a_closed_pipe_ends_quietly_without_an_internal_error(tmp_path, monkeypatch, sample_json, verb):
    """`evaleditor validate all.evproj | head -1`: the reader went away; no 内部エラー, no log entry."""
    import os

    from evaleditor.storage.projectfile import save_project
    from tests import factories

    project = tmp_path / "flawed.evproj"
    save_project(factories.flawed_sample(sample_json), project)
    other = tmp_path / "other.evproj"
    run("import", sample_json, "-o", other)
    monkeypatch.setenv("EVALEDITOR_LOG_DIR", str(tmp_path / "logs"))
    read_end, write_end = os.pipe()
    os.close(read_end)  # no reader at all: the first write fails, whenever it comes
    try:
        result = subprocess.run([sys.executable, "-m", "evaleditor", verb, str(project),
                                 *([str(other)] if verb == "compare" else [])],
                                cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert result.returncode == 141, result.stderr
    assert "内部エラー" not in result.stderr and "Traceback" not in result.stderr
    assert "BrokenPipe" not in result.stderr and "Exception ignored" not in result.stderr
    assert not (tmp_path / "logs").exists()


def test_compare_names_sheets_matched_by_order_on_stderr(tmp_path):
    from evaleditor.storage.projectfile import save_project
    from tests import factories

    project = factories.project(["2年度", "3年度"], sheets=2)
    for sheet in project.sheets:
        sheet.policy_number, sheet.policy_name, sheet.departments = "7-2", "同じ施策", ["環境部"]
    save_project(project, tmp_path / "old.evproj")
    for sheet in project.sheets:
        sheet.programs.append("新しい事業")
    save_project(project, tmp_path / "new.evproj")
    result = run("compare", tmp_path / "old.evproj", tmp_path / "new.evproj")
    assert result.returncode == 0
    assert [line.split("\t")[:2] for line in result.stdout.splitlines()] == [
        ["7-2［環境部 1］", "関連事業"], ["7-2［環境部 2］", "関連事業"]]
    notes = result.stderr.splitlines()
    assert len(notes) == 2 and all("順番で対応付けました" in note for note in notes)
    assert notes[0].startswith("evaleditor: 7-2［環境部 1］: 施策番号 7-2 のシートが複数あり")
