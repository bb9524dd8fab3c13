"""Docs that are generated from code stay in step with it."""

import json
from pathlib import Path

from evaleditor.storage.schema import json_schema

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_project_file_schema_in_docs_is_current():
    on_disk = json.loads((DOCS / "project-file.schema.json").read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "regenerate: python -m evaleditor.storage.schema > docs/project-file.schema.json"


def test_example_project_loads():
    from evaleditor.storage.projectfile import load_project

    project = load_project(DOCS.parent / "resources" / "examples" / "hiratsuka-policy4-r2.evproj")
    assert project.settings.municipality == "平塚市"
