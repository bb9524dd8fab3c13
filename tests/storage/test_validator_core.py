"""Reading a file loads only pydantic-core's compiled module; the package imported later shares it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pydantic_core import core_schema as cs

from evaleditor.storage import schema
from evaleditor.storage.migrations import CURRENT_VERSION
from evaleditor.storage.validator_core import compiled

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "hiratsuka-policy4-r2.evproj"


def _run(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_opening_a_file_loads_only_the_compiled_module_and_pydantic_later_reuses_it():
    report = _run(
        "import json, sys\n"
        "from evaleditor.storage.projectfile import load_project\n"
        "from evaleditor.storage.validator_core import compiled\n"
        f"project = load_project({str(EXAMPLE)!r})\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('pydantic', 'typing_extensions')))\n"
        "import pydantic_core\n"
        "from evaleditor.storage import schema\n"
        "adapter = schema.pydantic_adapter()\n"  # pydantic itself, after the file was read
        "same = pydantic_core.SchemaValidator is compiled().SchemaValidator\n"
        "again = adapter.validate_json(adapter.dump_json(project)) == project\n"
        "print(json.dumps({'loaded': loaded, 'sheets': len(project.sheets), 'same': same, 'again': again}))\n")
    assert report == {"loaded": ["pydantic_core._pydantic_core"], "sheets": 1, "same": True, "again": True}


def test_with_the_package_imported_first_its_own_module_is_used():
    import pydantic_core

    assert compiled() is sys.modules["pydantic_core._pydantic_core"]
    assert compiled().SchemaValidator is pydantic_core.SchemaValidator


def test_a_refused_file_is_named_without_importing_pydantic(tmp_path):
    bad = tmp_path / "bad.evproj"
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["sheets"][0]["policy_name"] = 12
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = _run(
        "import json, sys\n"
        "from evaleditor.errors import ProjectFileError\n"
        "from evaleditor.storage.projectfile import load_project\n"
        f"try:\n    load_project({str(bad)!r})\nexcept ProjectFileError as error:\n    message = str(error)\n"
        "print(json.dumps({'message': message, 'pydantic': 'pydantic' in sys.modules}, ensure_ascii=False))\n")
    assert "bad.evproj" in report["message"] and "policy_name" in report["message"]
    assert "文字列ではありません" in report["message"]
    assert report["pydantic"] is False


def test_the_file_schema_is_what_pydantic_cores_helpers_build():
    from evaleditor.storage.core_schema import core_schema

    def body(name):
        field = next(f["schema"] for f in core_schema()["schema"]["fields"] if f["name"] == name)
        return field["schema"] if field["type"] == "default" else field

    expected = cs.typed_dict_schema({
        "format": cs.typed_dict_field(cs.literal_schema([schema.FORMAT_NAME])),
        "version": cs.typed_dict_field(cs.chain_schema([cs.int_schema(strict=True),
                                                        cs.literal_schema([CURRENT_VERSION])])),
        "app": cs.typed_dict_field(cs.str_schema(), required=False),
        "settings": cs.typed_dict_field(body("settings")),
        "sheets": cs.typed_dict_field(body("sheets")),
    }, extra_behavior="forbid", config={"strict": True, "allow_inf_nan": False})
    assert schema.file_schema() == expected
