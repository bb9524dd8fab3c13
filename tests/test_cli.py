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
    assert result.returncode == 0 and "1 シート" in result.stderr


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
