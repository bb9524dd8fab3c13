"""Compiled UI translations (evaleditor_LANG.qm), built by scripts/translations.py."""
