"""Tell PySide6 that evaleditor's own modules use none of its optional features.

A module may switch PySide6's features on (``from __feature__ import snake_case``). To know which
modules might, PySide6's import hook reads the whole source of every module imported after it and
looks for the word "PySide6" (``shibokensupport.feature._mod_uses_pyside``); modules imported before
PySide6 are read when they are next imported. For the ~60 modules of evaleditor's window and the
~40 standard-library modules they import, that is about 10 ms of a start-up, wherever the source files
are installed (a checkout, a wheel; the frozen app has none to read). The answer is known without
reading: evaleditor uses no features and only ``evaleditor.gui`` imports PySide6 (a test enforces it),
and Python's standard library never imports PySide6. Other modules (installed packages) are left to
PySide6. If PySide6's internals differ (another version), nothing is changed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import PurePath
from types import ModuleType

GUI_PACKAGE = "evaleditor.gui"
PACKAGE = "evaleditor"
STDLIB = PurePath(os.__file__).parent  # the standard library's folder (lib-dynload and Windows' DLLs beside)
INSTALLED = {"site-packages", "dist-packages"}


def uses_pyside(name: str, file: str | None) -> bool | None:
    """Whether the module ``name`` (from ``file``) imports PySide6, when that is known without reading it:
    evaleditor's modules and the standard library's; None for others."""
    if name == GUI_PACKAGE or name.startswith(GUI_PACKAGE + "."):
        return True
    if name == PACKAGE or name.startswith(PACKAGE + "."):
        return False
    if file is None:
        return False  # a built-in module
    path = PurePath(file)
    if path.is_relative_to(STDLIB.parent) and not INSTALLED.intersection(path.parts):
        return False
    return None


def skip_own_modules() -> bool:
    """Answer PySide6's question for evaleditor's modules without reading their source; True if installed."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or not callable(original):
        return False
    if getattr(original, "evaleditor_known", False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        file = getattr(module, "__file__", None)
        known = uses_pyside(getattr(module, "__name__", ""), file if isinstance(file, str) else None)
        return original(module) if known is None else known

    mod_uses_pyside.evaleditor_known = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]
    return True
