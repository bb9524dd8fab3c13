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
