"""Finding bundled data files the same way everywhere.

The top-level ``resources/`` folder is installed as the package
``evaleditor_resources``: an editable install (source checkout), a wheel and the
PyInstaller app (build.spec collects it under the same name) all answer
``importlib.resources.files("evaleditor_resources")``.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "evaleditor_resources"
EXAMPLE_PROJECT = "examples/hiratsuka-policy4-r2.evproj"
APP_ICON_PNG = "icons/evaleditor.png"
APP_ICON_ICO = "icons/evaleditor.ico"


def resource(name: str) -> Traversable:
    """A bundled file by its path below ``resources/``, e.g. ``icons/evaleditor.png``."""
    node = files(PACKAGE)
    for part in name.split("/"):
        node = node / part
    return node


def resource_path(name: str) -> Path:
    """A real file-system path of a bundled file (all three installs keep files on disk)."""
    with as_file(resource(name)) as path:
        return Path(path)


def example_project() -> Path:
    return resource_path(EXAMPLE_PROJECT)


MANUAL = "manual"
MANUAL_INDEX = "index.md"


def manual_folder() -> Path:
    """The user guide's folder (Markdown pages and their screenshots).

    The frozen app carries it as ``evaleditor_resources/manual`` (build.spec collects ``docs/manual``);
    a source checkout reads ``docs/manual`` beside the package.
    """
    bundled = resource(MANUAL)
    if bundled.is_dir():
        return resource_path(MANUAL)
    return Path(__file__).resolve().parents[1] / "docs" / MANUAL


def manual_page(name: str = MANUAL_INDEX) -> Path:
    return manual_folder() / name
