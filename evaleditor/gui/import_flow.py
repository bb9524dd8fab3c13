"""ファイル → 取り込み: a workbook or exchange file into a new project or added to the open one.

The importer's notes (what it skipped, by worksheet and cell) are shown afterwards through
:meth:`Dialogs.show_import_notes`. Adding to the open project goes through the merge
(:mod:`evaleditor.gui.merge_actions`): same year columns, duplicates asked, one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evaleditor.exchange.merge import Source
from evaleditor.gui.dialogs import failure_message
from evaleditor.gui import exchange_actions
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.merge_actions import add_sources, is_blank

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


def import_file(window: MainWindow) -> bool:
    path = window.dialogs.open_path(translate("ImportFlow", "取り込み"), exchange_actions.import_filter())
    if path is None:
        return False
    from evaleditor.exchange.formats import import_file_with_notes

    try:
        result = import_file_with_notes(path)
    except Exception as error:
        window.dialogs.error(failure_message(translate("ImportFlow", "取り込めませんでした。"), error,
                                             f"importing {path}"))
        return False
    target = "new" if is_blank(window) else window.dialogs.ask_import_target(path.name, len(result.project.sheets))
    if target is None:
        return False
    if target == "add":
        what = translate("ImportFlow", "取り込み")
        if not add_sources(window, [Source(path.name, result.project)], what, report_settings=False):
            return False
    else:
        if not window.maybe_save():
            return False
        doc = ProjectDocument(result.project)
        doc.undo_stack.resetClean()  # a new, unsaved project
        window.install(doc)
        window.statusBar().showMessage(translate("ImportFlow", "{0} から {1} シートを取り込みました").format(
            path.name, len(result.project.sheets)), 8000)
    if result.notes:
        window.dialogs.show_import_notes(path.name, result.notes)
    return True
