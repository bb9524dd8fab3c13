"""ファイル→書き出し and 取り込み: entries built from the registered formats of evaleditor.exchange.formats.

A new export format registers its suffix in ``formats.EXPORTERS`` and, for a friendly menu label, adds it
to :data:`FORMAT_LABELS`; the menu picks it up without other changes.
"""

from __future__ import annotations


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


#: suffix → the format's name in menus and file dialogs
FORMAT_LABELS = {
    ".json": QT_TRANSLATE_NOOP("ExchangeActions", "シート交換形式 JSON"),
    ".xlsx": QT_TRANSLATE_NOOP("ExchangeActions", "Excel ブック"),
    ".csv": QT_TRANSLATE_NOOP("ExchangeActions", "CSV（指標の一覧）"),
    ".pdf": QT_TRANSLATE_NOOP("ExchangeActions", "PDF"),
}


def format_label(suffix: str) -> str:
    label = FORMAT_LABELS.get(suffix)
    if label:
        return QCoreApplication.translate("ExchangeActions", label)
    return QCoreApplication.translate("ExchangeActions", "{0} ファイル").format(suffix.lstrip(".").upper())


def exporters() -> list[tuple[str, str]]:
    """(label, suffix) of every registered export format, in registration order."""
    from evaleditor.exchange.formats import EXPORTERS

    return [(format_label(suffix), suffix) for suffix in EXPORTERS]


def import_filter() -> str:
    from evaleditor.exchange.formats import IMPORTERS

    patterns = " ".join(f"*{suffix}" for suffix in IMPORTERS)
    parts = [QCoreApplication.translate("ExchangeActions", "取り込める形式 ({0})").format(patterns)]
    parts += [f"{format_label(suffix)} (*{suffix})" for suffix in IMPORTERS]
    return ";;".join(parts)
