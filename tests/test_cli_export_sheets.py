"""``evaleditor export --sheet 施策番号``: one sheet (or a few) of a project, as a batch script runs it."""

from __future__ import annotations

import json

from evaleditor.storage.projectfile import save_project
from tests import factories
from tests.test_cli import assert_one_line_error, run


def test_export_writes_only_the_sheets_named(tmp_path):
    project = factories.project(["4年度", "5年度"], sheets=3)
    project.sheets[2].policy_number = "３－４"
    save_project(project, tmp_path / "p.evproj")
    out = tmp_path / "two.json"
    result = run("export", tmp_path / "p.evproj", "-o", out, "--sheet", "3-4", "--sheet", "1-2")
    assert result.returncode == 0, result.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    assert [s["policy_number"] for s in written["sheets"]] == ["1-2", "３－４"]


def test_export_of_an_unknown_number_names_the_file_and_writes_nothing(tmp_path):
    save_project(factories.project(["4年度", "5年度"], sheets=2), tmp_path / "p.evproj")
    result = run("export", tmp_path / "p.evproj", "-o", tmp_path / "x.pdf", "--sheet", "7")
    assert_one_line_error(result, "p.evproj", "施策番号「7」のシートがありません", "1-2、2-3")
    assert not (tmp_path / "x.pdf").exists()
