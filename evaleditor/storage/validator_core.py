"""pydantic-core's compiled module, loaded without the Python package around it.

``import pydantic_core`` also runs ``pydantic_core.core_schema`` (helpers and type hints for building
schemas) and imports typing_extensions: about 12 ms of a start-up that should take 0.2 s. Reading and
writing project files need only what the compiled module holds (``SchemaValidator``,
``SchemaSerializer``, ``ValidationError``), because the schema is a generated plain dict
(:mod:`evaleditor.storage.core_schema`).

The compiled module is loaded from the package's folder under its usual name,
``pydantic_core._pydantic_core``, so a later ``import pydantic_core`` (by pydantic, for the JSON
Schema) finds it and uses the same classes. When the package is imported already, or the file is not
where it is expected (another packaging), the ordinary import is used.
"""

from __future__ import annotations

import importlib
import sys
from functools import cache
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from importlib.util import find_spec, module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType

PACKAGE = "pydantic_core"
COMPILED = f"{PACKAGE}._pydantic_core"


@cache
def compiled() -> ModuleType:
    """The module ``pydantic_core._pydantic_core``, without running ``pydantic_core/__init__.py``."""
    if PACKAGE in sys.modules or COMPILED in sys.modules:
        return importlib.import_module(COMPILED)
    module = _load_alone()
    return module if module is not None else importlib.import_module(COMPILED)


def _load_alone() -> ModuleType | None:
    spec = find_spec(PACKAGE)  # finds the package without importing it
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        for suffix in EXTENSION_SUFFIXES:
            path = Path(folder) / f"_pydantic_core{suffix}"
            if not path.is_file():
                continue
            loader = ExtensionFileLoader(COMPILED, str(path))
            module_spec = spec_from_file_location(COMPILED, path, loader=loader)
            if module_spec is None:
                return None
            try:
                module = module_from_spec(module_spec)
                sys.modules[COMPILED] = module
                loader.exec_module(module)
            except ImportError:
                sys.modules.pop(COMPILED, None)
                return None
            return module
    return None
