"""The core (model, storage, exchange, CLI) never imports Qt; only evaleditor.gui does."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "evaleditor"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _core_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" not in path.relative_to(PACKAGE).parts:
            yield path


def test_no_core_module_imports_qt():
    offenders = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    names = [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in _core_modules()]
    names = [n.removesuffix(".__init__") for n in names if not n.endswith("__main__")]
    code = (f"import importlib, sys\nfor n in {names!r}: importlib.import_module(n)\n"
            f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])")
    result = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
