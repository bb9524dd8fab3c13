"""Where tracebacks go: a log file in the user's log folder, never the user's screen."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOGGER_NAME = "evaleditor"
log = logging.getLogger(LOGGER_NAME)


def log_dir() -> Path:
    override = os.environ.get("EVALEDITOR_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("evaleditor", appauthor=False))


def log_file() -> Path:
    return log_dir() / "evaleditor.log"


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log to its file; returns the file, or None if it cannot be written."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path
