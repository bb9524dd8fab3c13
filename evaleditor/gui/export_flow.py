"""ファイル → 書き出し: which sheets, the file dialog (remembering the folder, proposing a name) and
writing with progress.

A project of several sheets first asks which to write: すべてのシート, 表示中のシート or chosen ones
(:mod:`evaleditor.gui.export_scope_dialog`); the chosen sheets are exported as a project of their own
(:func:`evaleditor.exchange.sheet_choice.with_sheets`), so a workbook's 一覧 lists only them.
The Excel and PDF exports report each sheet, so a large project shows a progress dialog that can be
cancelled; the file is written only when the whole file is ready (nothing is left behind).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evaleditor.errors import EvalEditorError
from evaleditor.gui.dialogs import failure_message
from evaleditor.gui import exchange_actions
from evaleditor.gui.progress import Cancelled
from evaleditor.model import Project, Sheet

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

FOLDER_KEY = "export/folder"


# Characters that Windows does not allow in file names.
_NOT_IN_NAMES = str.maketrans({c: "_" for c in '\\/:*?"<>|'})


def proposed_path(window: MainWindow, suffix: str, sheets: list[Sheet] | None = None) -> Path:
    """The last export folder (else the project's), with a name made from the project's (and, when one
    sheet of several is exported, its 施策番号: ``plan_施策4.pdf``)."""
    assert window.doc is not None
    stem = window.doc.path.stem if window.doc.path else window._suggested_name()
    if sheets is not None and len(sheets) == 1 and len(window.doc.project.sheets) > 1:
        number = sheets[0].policy_number.strip().translate(_NOT_IN_NAMES)
        if number:
            stem += "_" + translate("ExportFlow", "施策{0}").format(number)
    folder = window.settings.value(FOLDER_KEY, "")
    if not folder or not Path(str(folder)).is_dir():
        folder = str(window.doc.path.parent) if window.doc.path else ""
    return Path(str(folder)) / (stem + suffix) if folder else Path(stem + suffix)


def export(window: MainWindow, suffix: str) -> bool:
    if window.doc is None:
        return False
    window._commit_pending_edit()
    label = exchange_actions.format_label(suffix)
    project = window.doc.project
    sheets = list(project.sheets)
    if len(sheets) > 1:
        current = window.navigator.current_sheet() if window.navigator is not None else None
        chosen = window.dialogs.ask_export_sheets(label, sheets, current)
        if not chosen:
            return False
        if len(chosen) < len(sheets):
            from evaleditor.exchange.sheet_choice import with_sheets

            project, sheets = with_sheets(project, chosen), chosen
    path = window.dialogs.save_path(translate("ExportFlow", "書き出し"), f"{label} (*{suffix})",
                                    str(proposed_path(window, suffix, sheets)))
    if path is None:
        return False
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    window.settings.setValue(FOLDER_KEY, str(path.parent))
    try:
        data = export_bytes(window, project, path)
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
    """The file's bytes; the Excel workbook and the PDF are built sheet by sheet under a progress dialog."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        from evaleditor.exchange.formats import export_bytes as plain

        return plain(project, path)
    import copy

    project = copy.deepcopy(project)  # events are processed between sheets: the export never sees a half edit
    total = len(project.sheets)
    if suffix == ".pdf":
        return _pdf_bytes(window, project, total)
    from evaleditor.exchange.xlsx import export_xlsx

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


def _pdf_bytes(window: MainWindow, project: Project, total: int) -> bytes:
    """The PDF, laid out and then painted sheet by sheet (2 × sheets steps) under a progress dialog."""
    from evaleditor.gui.pdf.writer import export_pdf_bytes

    progress = window.dialogs.progress(translate("ExportFlow", "PDF を書き出しています…"), 2 * total + 1)
    try:
        def report(done: int, _total: int) -> None:
            if done < total:
                text = translate("ExportFlow", "ページの割り付け: シート {0} / {1}").format(done + 1, total)
            elif done < 2 * total:
                text = translate("ExportFlow", "PDF への書き込み: シート {0} / {1}").format(done - total + 1, total)
            else:
                text = translate("ExportFlow", "保存の準備…")
            progress.step(done, text)

        report(0, 2 * total)
        data = export_pdf_bytes(project, progress=report)
        progress.step(2 * total + 1)
        return data
    finally:
        progress.close()
