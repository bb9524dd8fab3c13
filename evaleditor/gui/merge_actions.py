"""ファイル → 他のプロジェクトから取り込み（統合）: the departments' files combined into one project.

Sheets are added to the open project as one undo step, or become a new project when the window
holds only the untouched blank project. Each duplicate 施策番号 is put to the user
(:meth:`Dialogs.choose_resolution`); year columns that differ stop the merge with a message.
The year under review the merge keeps (see :mod:`evaleditor.exchange.merge`) is set in the same undo
step and told in the result message and the status bar.
The workbook import (:mod:`evaleditor.gui.import_flow`) adds its sheets the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evaleditor.errors import EvalEditorError
from evaleditor.exchange.merge import Duplicate, Resolution, Source, merge
from evaleditor.gui.dialogs import failure_message
from evaleditor.gui.commands import ProjectStateCommand, replace_list
from evaleditor.gui.document import Part, ProjectDocument
from evaleditor.model import Project, Sheet

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

PROJECT_FILTER = "(*.evproj)"


class _Stopped(Exception):
    """The user stopped the merge at a duplicate."""


def is_blank(window: MainWindow) -> bool:
    """The window holds the blank project it started with (never saved, never edited)."""
    return window.doc is None or (window.doc.path is None and window.doc.undo_stack.count() == 0
                                  and not window.doc.is_modified())


def merge_files_into(window: MainWindow) -> bool:
    paths = window.dialogs.open_paths(translate("MergeActions", "統合するプロジェクトを選択（複数可）"),
                                      translate("MergeActions", "プロジェクト {0}").format(PROJECT_FILTER))
    if not paths:
        return False
    from evaleditor.storage.projectfile import load_project

    sources = []
    taken = [path.name for path in paths] + ([window.doc.display_name()] if window.doc else [])
    for path in paths:
        name = path.name if taken.count(path.name) == 1 else str(path)  # same names in other folders: the full path
        try:
            sources.append(Source(name, load_project(path)))
        except Exception as error:
            window.dialogs.error(failure_message(
                translate("MergeActions", "{0} を開けませんでした。").format(path.name), error,
                f"opening {path} for a merge"))
            return False
    return add_sources(window, sources, translate("MergeActions", "統合"))


def add_sources(window: MainWindow, sources: list[Source], what: str, report_settings: bool = True) -> bool:
    """Add the sheets of ``sources`` to the open project (one undo step) or make them a new project.

    ``report_settings``: tell which other settings differed (the open project's are kept); off for
    workbooks, whose imported settings are only defaults.
    """
    window._commit_pending_edit()
    blank = is_blank(window)
    doc = window.doc
    inputs = sources if blank or doc is None else [Source(doc.display_name(), doc.project), *sources]
    choices: list[tuple[Duplicate, Resolution]] = []

    def resolve(duplicate: Duplicate) -> Resolution:
        choice = window.dialogs.choose_resolution(duplicate)
        if choice is None:
            raise _Stopped
        choices.append((duplicate, choice))
        return choice

    try:
        result = merge(inputs, resolve)
    except _Stopped:
        window.statusBar().showMessage(translate("MergeActions", "{0}を取りやめました").format(what), 5000)
        return False
    except EvalEditorError as error:
        window.dialogs.error(translate("MergeActions", "{0}できませんでした。\n{1}").format(what, error))
        return False
    added = len(result.project.sheets)
    if blank or doc is None:
        new_doc = ProjectDocument(result.project)
        new_doc.undo_stack.resetClean()  # a new, unsaved project
        window.install(new_doc)
    else:
        kept = _kept_originals(doc.project, choices)
        added = len(result.project.sheets) - len(kept)
        text = translate("MergeActions", "{0}（{1}）").format(what, "、".join(s.name for s in sources))
        review_year = result.project.settings.review_year
        settings = doc.project.settings
        keep_year = review_year != settings.review_year
        if keep_year:  # the sheets and the year under review kept for them: one undo step
            doc.undo_stack.beginMacro(text)
        replace_list(doc, text, doc.project, Part.SHEETS, doc.project.sheets, kept + result.project.sheets[len(kept):])
        if keep_year:
            doc.undo_stack.push(ProjectStateCommand(doc, text, lambda: setattr(settings, "review_year", review_year)))
            doc.undo_stack.endMacro()
    status = translate("MergeActions", "{0} シートを追加しました").format(added)
    if result.year_notes:
        status += translate("MergeActions", "（評価対象年度: {0}）").format(window.doc.project.review_year())
    window.statusBar().showMessage(status, 8000)
    messages = []
    if result.year_notes:
        messages.append(translate("MergeActions", "評価対象年度:\n{0}").format("\n".join("・" + note for note in result.year_notes)))
    if result.notes and report_settings:
        messages.append(translate("MergeActions", "設定の違い:\n{0}").format("\n".join(result.notes)))
    if messages:
        window.dialogs.info(what, "\n\n".join(messages))
    return True


def _dropped(choices: list[tuple[Duplicate, Resolution]]) -> set[int]:
    """The sheets (by id) that the choices leave out, as merge() decides."""
    dropped: set[int] = set()
    for duplicate, choice in choices:
        sheets = [sheet for _, sheet in duplicate.sheets]
        if choice is Resolution.KEEP_FIRST:
            dropped.update(id(s) for s in sheets[1:])
        elif choice is Resolution.KEEP_LAST:
            dropped.update(id(s) for s in sheets[:-1])
    return dropped


def _kept_originals(project: Project, choices: list[tuple[Duplicate, Resolution]]) -> list[Sheet]:
    """The open project's own sheets that stay: the same objects, so earlier undo steps still apply."""
    dropped = _dropped(choices)
    return [sheet for sheet in project.sheets if id(sheet) not in dropped]
