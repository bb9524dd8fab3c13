"""Shared machinery for fuzzing the loaders: JSON values, mutations of valid files, the clean-outcome check.

A loader is ``loader(raw: bytes, path) -> Project``. For any input it must either return a Project or
raise InputError (ProjectFileError is one) whose text is one line naming the file. Anything else — another
exception, a multi-line message, a loaded project that cannot be saved and read back — is a bug.

Importers added later (the workbook importer of issue 5) reuse ``assert_clean`` and ``mutated_bytes``;
see docs/fuzzing.md.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from hypothesis import event as _event
from hypothesis.control import currently_in_test_context
from hypothesis import strategies as st

from evaleditor.errors import InputError
from evaleditor.model import Project
from evaleditor.storage.projectfile import dumps_project, loads_project

FUZZ_PATH = "fuzz.in"


def event(text: str) -> None:
    """Count an outcome in hypothesis' statistics (``--hypothesis-show-statistics``), when fuzzing."""
    if currently_in_test_context():
        _event(text)
Loader = Callable[[bytes, str], Project]

#: Integers around the edges of int64/float and past the JSON digit limit of Python (4300 digits).
huge_ints = st.sampled_from([2**53 + 1, 2**63, -(2**63) - 1, 2**64, 10**308, 10**309, -(10**400)]) | st.integers()
floats = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([1e308, -1e308, 5e-324, 0.1, -0.0])
leaves = st.none() | st.booleans() | huge_ints | floats | st.text(max_size=20)
json_values = st.recursive(
    leaves,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def assert_clean(loader: Loader, raw: bytes) -> Project | None:
    """Run the loader; return the project or None for a clean refusal; fail on anything else."""
    try:
        project = loader(raw, FUZZ_PATH)
    except InputError as error:
        text = str(error)
        assert text.startswith(f"{FUZZ_PATH}: "), text
        assert error.message.strip(), text
        assert not any(ch in text for ch in "\r\n\x0b\x0c\x85\u2028\u2029"), repr(text)
        assert len(text) < 2000, len(text)
        assert any("\u3040" <= ch <= "\u9fff" for ch in error.message), f"not Japanese: {text}"
        event(f"refused: {error.message.split('（')[0][:40]}")
        return None
    assert isinstance(project, Project)
    event("loaded")
    # whatever loads can be saved as a project file and read back unchanged
    assert loads_project(dumps_project(project), "again.evproj") == project
    return project


def _slots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) in a JSON tree, so a mutation can pick any place."""
    if isinstance(node, dict):
        for key, value in node.items():
            out.append((node, key))
            _slots(value, out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.append((node, index))
            _slots(value, out)
    return out


def _keys(node: Any, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        out.update(node)
        for value in node.values():
            _keys(value, out)
    elif isinstance(node, list):
        for value in node:
            _keys(value, out)
    return out


def _retype(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    if isinstance(value, dict):
        return list(value.values())
    return 0


@st.composite
def mutated_text(draw: st.DrawFn, documents: st.SearchStrategy[dict]) -> bytes:
    """A valid document with one to four structural changes anywhere in it, as JSON text."""
    doc = copy.deepcopy(draw(documents))
    known_keys = sorted(_keys(doc, set()))
    nesting: tuple[str, int, Any] | None = None  # deep nesting is spliced into the text at the end
    for _ in range(draw(st.integers(1, 4))):
        slots = _slots(doc, [])
        if not slots:
            doc = draw(json_values)
            break
        container, key = draw(st.sampled_from(slots))
        action = draw(st.sampled_from(
            ["replace", "retype", "drop", "insert", "nest", "huge", "null", "empty", "duplicate"]))
        value = container[key]
        if action == "replace":
            container[key] = draw(json_values)
        elif action == "retype":
            container[key] = _retype(value)
        elif action == "drop":
            del container[key]
        elif action == "insert":
            if isinstance(value, dict):
                value[draw(st.sampled_from(known_keys) | st.text(max_size=10))] = draw(json_values)
            elif isinstance(value, list):
                value.insert(draw(st.integers(0, len(value))), draw(json_values))
            else:
                container[key] = draw(json_values)
        elif action == "nest" and nesting is None:
            marker = "@@nest@@"
            nesting = (marker, draw(st.sampled_from([2, 30, 900, 1100, 5000, 100_000])), value)
            container[key] = marker
        elif action == "huge":
            container[key] = draw(st.sampled_from([10**30, -(10**30), 2**64, 10**400, 1e308, -1e308]))
        elif action == "null":
            container[key] = None
        elif action == "empty":
            container[key] = draw(st.sampled_from(["", [], {}, 0, " ", "\n", "\x00"]))
        elif action == "duplicate" and isinstance(value, list) and value:
            value.append(copy.deepcopy(value[draw(st.integers(0, len(value) - 1))]))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1])))
    if nesting is not None:
        marker, depth, inner = nesting
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"k": ', "}")]))
        text = text.replace(json.dumps(marker), opener * depth + json.dumps(inner) + closer * depth, 1)
    return text.encode("utf-8")


@st.composite
def byte_mutation(draw: st.DrawFn, raw: bytes) -> bytes:
    """One to three byte-level accidents: truncation, flipped bits, inserted or deleted runs, encodings."""
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 3))):
        size = len(data)
        action = draw(st.sampled_from(["truncate", "flip", "set", "insert", "delete", "repeat", "bom", "utf16"]))
        at = draw(st.integers(0, max(size - 1, 0)))
        if action == "truncate":
            del data[at:]
        elif action == "flip" and size:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "set" and size:
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"\x00", b"\xff\xfe", b'"', b"{", b"]", b",", b"NaN", b"1e999", b"\\u0000", b"\\ud800"]))
        elif action == "delete" and size:
            del data[at:at + draw(st.integers(1, 64))]
        elif action == "repeat" and size:
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
        elif action == "bom":
            data[0:0] = b"\xef\xbb\xbf"
        elif action == "utf16":
            data = bytearray(bytes(data).decode("utf-8", "replace").encode("utf-16"))
    return bytes(data)


def mutated_bytes(files: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    """Valid files with byte-level damage."""
    return files.flatmap(byte_mutation)


def mutated_json(documents: st.SearchStrategy[dict], *, also_bytes: bool = True) -> st.SearchStrategy[bytes]:
    """Valid documents changed in structure, serialised, and sometimes damaged as bytes too."""
    texts = mutated_text(documents)
    if not also_bytes:
        return texts
    return texts | mutated_bytes(texts)
