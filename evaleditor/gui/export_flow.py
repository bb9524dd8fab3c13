"""ファイル → 書き出し: the file dialog (remembering the folder, proposing a name) and writing with progress.

The Excel export reports each sheet, so a large project shows a progress dialog that can be
cancelled; the file is written only when the whole workbook is ready (nothing is left behind).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evaleditor.errors import EvalEditorError
from evaleditor.gui.dialogs import failure_message
from evaleditor.gui import exchange_actions
from evaleditor.gui.progress import Cancelled
from evaleditor.model import Project

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

FOLDER_KEY = "export/folder"


def proposed_path(window: MainWindow, suffix: str) -> Path:
    """The last export folder (else the project's), with a name made from the project's."""
    assert window.doc is not None
    stem = window.doc.path.stem if window.doc.path else window._suggested_name()
    folder = window.settings.value(FOLDER_KEY, "")
    if not folder or not Path(str(folder)).is_dir():
        folder = str(window.doc.path.parent) if window.doc.path else ""
    return Path(str(folder)) / (stem + suffix) if folder else Path(stem + suffix)


def export(window: MainWindow, suffix: str) -> bool:
    if window.doc is None:
        return False
    window._commit_pending_edit()
    label = exchange_actions.format_label(suffix)
    path = window.dialogs.save_path(translate("ExportFlow", "書き出し"), f"{label} (*{suffix})",
                                    str(proposed_path(window, suffix)))
    if path is None:
        return False
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    window.settings.setValue(FOLDER_KEY, str(path.parent))
    try:
        data = export_bytes(window, window.doc.project, path)
    except Cancelled:
        window.statusBar().showMessage(translate("ExportFlow", "書き出しを取り消しました"), 5000)
        return False
    except Exception as error:
        window.dialogs.error(failure_message(translate("ExportFlow", "書き出せませんでした。"), error,
                                             f"exporting {path}"))
        return False
    from evaleditor.storage.atomic import write_atomic

    try:
        write_atomic(path, data, keep_backup=False)
    except EvalEditorError as error:
        window.dialogs.error(translate("ExportFlow", "書き出せませんでした。\n{0}").format(error))
        return False
    window.statusBar().showMessage(translate("ExportFlow", "{0} に書き出しました").format(path.name), 5000)
    return True


def export_bytes(window: MainWindow, project: Project, path: Path) -> bytes:
    """The file's bytes; the Excel workbook is built sheet by sheet under a progress dialog."""
    if path.suffix.lower() != ".xlsx":
        from evaleditor.exchange.formats import export_bytes as plain

        return plain(project, path)
    import copy

    from evaleditor.exchange.xlsx import export_xlsx

    project = copy.deepcopy(project)  # events are processed between sheets: the export never sees a half edit
    total = len(project.sheets)
    progress = window.dialogs.progress(translate("ExportFlow", "Excel ブックを書き出しています…"), total + 1)
    try:
        def report(done: int, _total: int) -> None:
            if done >= total:
                text = translate("ExportFlow", "一覧と保存の準備…")
            else:
                text = translate("ExportFlow", "シート {0} / {1}").format(done + 1, total)
            progress.step(done, text)

        report(0, total)
        data = export_xlsx(project, progress=report)
        progress.step(total + 1)
        return data
    finally:
        progress.close()
