"""evaleditor: an offline editor for policy evaluation sheets (施策評価シート)."""

__version__ = "0.1.0"
APP_NAME = "evaleditor"
