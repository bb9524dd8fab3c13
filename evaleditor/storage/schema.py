"""The project file's schema: the model's dataclasses validated strictly by pydantic.

The model stays plain Python; this module tells pydantic how strict to be
(no coercion of "12" to 12, no unknown keys, no NaN) and turns pydantic's
errors into located Japanese messages.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from evaleditor.errors import ProjectFileError, format_place
from evaleditor.model import (
    BudgetEntry, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings, RatingBand, Sheet, Topic,
)
from evaleditor.storage.migrations import CURRENT_VERSION
from evaleditor.storage.validator_core import compiled

FORMAT_NAME = "evaleditor-project"
_STRICT = {"strict": True, "extra": "forbid", "allow_inf_nan": False}

_MESSAGES = {
    "int_type": "数値ではありません",
    "float_type": "数値ではありません",
    "int_parsing": "数値ではありません",
    "float_parsing": "数値ではありません",
    "finite_number": "有限の数値ではありません",
    "string_type": "文字列ではありません",
    "bool_type": "真偽値ではありません",
    "list_type": "配列ではありません",
    "dict_type": "オブジェクトではありません",
    "dataclass_type": "オブジェクトではありません",
    "dataclass_exact_type": "オブジェクトではありません",
    "missing": "必須の項目がありません",
    "missing_argument": "必須の項目がありません",
    "unexpected_keyword_argument": "不明な項目です",
    "extra_forbidden": "不明な項目です",
    "json_invalid": "JSON として読めません（入れ子が深すぎるか壊れています）",
    "string_unicode": "文字列に使えない文字があります（対になっていないサロゲート \\ud800 など）",
}
_UNION_TAGS = {"int", "float", "str", "none", "bool", "list", "dict"}


@cache
def pydantic_adapter() -> Any:
    """pydantic's adapter of the model: the source of the validator schema and of the JSON Schema.

    Reading and writing files use the generated :mod:`evaleditor.storage.core_schema` instead
    (importing pydantic takes longer than the whole rest of opening a file).
    """
    # evaleditor uses no pydantic plugins; looking for them scans every installed package's metadata
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from pydantic import TypeAdapter

    for cls in (BudgetEntry, FiscalYear, Indicator, IndicatorGroup, Project, ProjectSettings, RatingBand, Sheet,
                Topic):
        cls.__pydantic_config__ = _STRICT  # type: ignore[attr-defined]
    return TypeAdapter(Project)


def load_validator() -> None:
    """Load pydantic-core and build the one-pass validator of files now (else when the first file is read)."""
    _file_validator()


def load_serializer() -> None:
    """Build the serializer now (it is otherwise built when the first file is written)."""
    _serializer()


@cache
def _validator() -> Any:
    from evaleditor.storage.core_schema import core_schema

    return compiled().SchemaValidator(core_schema())


@cache
def _serializer() -> Any:
    import pydantic_core  # noqa: F401  (writing imports the package: made here, not in the first save)

    from evaleditor.storage.core_schema import core_schema

    return compiled().SchemaSerializer(core_schema())


def file_schema() -> dict[str, Any]:
    """The whole file of the current version: the envelope, then the body as the model's.

    Plain core-schema dicts (what ``pydantic_core.core_schema``'s helpers return), so that opening a
    file does not import that module.
    """
    from evaleditor.storage.core_schema import core_schema

    def field(schema: dict[str, Any], *, required: bool = True) -> dict[str, Any]:
        return {"type": "typed-dict-field", "schema": schema} | ({} if required else {"required": False})

    def body(name: str) -> Any:
        schema = next(f["schema"] for f in core_schema()["schema"]["fields"] if f["name"] == name)
        return schema["schema"] if schema["type"] == "default" else schema  # required in a file

    return {
        "type": "typed-dict",
        "fields": {
            "format": field({"type": "literal", "expected": [FORMAT_NAME]}),
            # an integer first: a literal alone would take 2.0 for 2, which the step-by-step reading refuses
            "version": field({"type": "chain", "steps": [
                {"type": "int", "strict": True}, {"type": "literal", "expected": [CURRENT_VERSION]}]}),
            "app": field({"type": "str"}, required=False),
            "settings": field(body("settings")),
            "sheets": field(body("sheets")),
        },
        "extra_behavior": "forbid",
        "config": {"strict": True, "allow_inf_nan": False},
    }


@cache
def _file_validator() -> Any:
    return compiled().SchemaValidator(file_schema())


def validate_current_file(raw: bytes) -> Project | None:
    """The project of a file of the current version that is valid as it stands, read in one pass (a city's
    file in about a third of the time); None for anything else — older versions, a byte-order mark, any
    error — which the step-by-step reading in :mod:`evaleditor.storage.projectfile` handles and names."""
    try:
        data = _file_validator().validate_json(raw)
    except compiled().ValidationError:
        return None
    return Project(settings=data["settings"], sheets=data["sheets"])


def _message(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "enum":
        return f"次のいずれかを指定してください: {error.get('ctx', {}).get('expected', '')}"
    return _MESSAGES.get(kind, f"値が正しくありません（{kind}）")  # never pydantic's English


def validate_body(body_json: str, path: str | None) -> Project:
    """Build a Project from the JSON text of ``{"settings": …, "sheets": […]}``."""
    try:
        return _validator().validate_json(body_json)  # type: ignore[no-any-return]
    except compiled().ValidationError as exc:
        located: dict[str, str] = {}
        for error in exc.errors(include_url=False):  # the URL would import pydantic
            loc = list(error["loc"])
            while loc and isinstance(loc[-1], str) and loc[-1] in _UNION_TAGS:
                loc.pop()
            located.setdefault(format_place(loc), _message(error))
        place, message = next(iter(located.items()))
        if len(located) > 1:
            message += f"（ほかに {len(located) - 1} 件の誤り）"
        raise ProjectFileError(path, message, place) from None


def dump_body(project: Project) -> dict[str, Any]:
    return _serializer().to_python(project, mode="json")  # type: ignore[no-any-return]


def dump_body_json(project: Project, *, indent: int | None = None) -> bytes:
    """``dump_body`` as UTF-8 JSON text, written by pydantic's own serializer (several times faster than
    ``json.dumps`` of ``dump_body``, whose pure-Python encoder runs whenever ``indent`` is given)."""
    return _serializer().to_json(project, indent=indent)  # type: ignore[no-any-return]


def json_schema() -> dict[str, Any]:
    """JSON Schema of the whole file, generated from the model."""
    body = pydantic_adapter().json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "evaleditor project file (.evproj)",
        "type": "object",
        "required": ["format", "version", "settings", "sheets"],
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"const": CURRENT_VERSION},
            "app": {"type": "string", "description": "the program and version that wrote the file"},
            **body["properties"],
        },
        "additionalProperties": False,
        "$defs": body.get("$defs", {}),
    }
    return schema


if __name__ == "__main__":  # python -m evaleditor.storage.schema > docs/project-file.schema.json
    import json

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
