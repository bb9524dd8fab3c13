"""The generated validator schema is current, and validates and writes exactly as pydantic does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import ValidationError

from evaleditor.model import Direction
from evaleditor.storage import core_schema_source, schema
from tests.factories import project

GENERATED = Path(core_schema_source.__file__).with_name("core_schema.py")
FIXTURE = Path(__file__).parent / "fixtures" / "format-v2.evproj"


def test_the_generated_module_is_current():
    assert GENERATED.read_text(encoding="utf-8") == core_schema_source.module_source(), (
        "the model or pydantic changed: python -m evaleditor.storage.core_schema_source > "
        "evaleditor/storage/core_schema.py")


def _body(text: str) -> str:
    data = json.loads(text)
    return json.dumps({"settings": data["settings"], "sheets": data["sheets"]}, ensure_ascii=False)


def _valid_bodies() -> list[str]:
    made = project(["2年度", "3年度", "4年度"], sheets=3, indicators=4, topics=2)
    made.sheets[0].indicator_groups[0].indicators[0].direction = Direction.LOWER
    return [_body(FIXTURE.read_text(encoding="utf-8")),
            json.dumps(schema.pydantic_adapter().dump_python(made, mode="json"), ensure_ascii=False),
            '{"settings": {}, "sheets": []}', "{}"]


@pytest.mark.parametrize("index", range(4))
def test_valid_files_give_the_same_project_as_pydantic(index):
    body = _valid_bodies()[index]
    ours = schema.validate_body(body, "x.evproj")
    assert ours == schema.pydantic_adapter().validate_json(body)
    assert schema.dump_body(ours) == schema.pydantic_adapter().dump_python(ours, mode="json")
    assert schema.dump_body_json(ours, indent=1) == schema.pydantic_adapter().dump_json(ours, indent=1)


INVALID = [
    '{"settings": {"years": [{"label": 2}]}, "sheets": []}',
    '{"settings": {}, "sheets": [{"policy_number": 4.5}]}',
    '{"settings": {}, "sheets": [{"indicator_groups": [{"indicators": [{"target": "12"}]}]}]}',
    '{"settings": {}, "sheets": [{"indicator_groups": [{"indicators": [{"direction": "up"}]}]}]}',
    '{"settings": {}, "sheets": [{"budget": {"2年度": {"cost_thousand_yen": NaN}}}]}',
    '{"settings": {"unknown": 1}, "sheets": []}',
    '{"settings": {}, "sheets": [{"topics": [{"heading": null}]}]}',
    '{"settings": {"font_size": true}, "sheets": "none"}',
    '[1, 2]',
]


@pytest.mark.parametrize("body", INVALID)
def test_invalid_files_fail_where_pydantic_fails(body):
    with pytest.raises(ValidationError) as ours:
        schema._validator().validate_json(body)
    with pytest.raises(PydanticValidationError) as theirs:
        schema.pydantic_adapter().validate_json(body)
    assert ours.value.errors(include_input=False) == theirs.value.errors(include_input=False)
