"""Where the program keeps the user's own files (recovery files): the platform's per-user data folder.

Windows: ``%LOCALAPPDATA%\\evaleditor``; Linux: ``$XDG_DATA_HOME/evaleditor`` (``~/.local/share/evaleditor``).
``EVALEDITOR_DATA_DIR`` overrides it (tests, or IT who want it elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_VARIABLE = "EVALEDITOR_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("evaleditor", appauthor=False))
