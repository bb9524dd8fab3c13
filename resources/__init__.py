"""Data files bundled with evaleditor (icons, translations, the example project).

This folder is installed as the package ``evaleditor_resources`` (see
pyproject.toml) so that ``evaleditor.resources`` finds its files the same way
in a source checkout, an installed wheel and the frozen app.
"""
