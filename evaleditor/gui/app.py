"""Application start: Qt translations, the exception hook, the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTreeWidget, QTreeWidgetItem

from evaleditor import __version__
from evaleditor.applog import log, setup_file_logging
from evaleditor.errors import EvalEditorError


def install_translations(app: QApplication) -> None:
    """Qt's own Japanese strings (standard buttons, dialogs)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Japanese), "qtbase", "_", folder):
        app.installTranslator(translator)


def _excepthook(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
    log.error("unhandled exception", exc_info=(kind, value, trace))
    QMessageBox.critical(None, "evaleditor", "予期しないエラーが発生しました。作業内容を保存してから、"
                         "再起動してください。詳細はログファイルに記録されました。")


class ProjectWindow(QMainWindow):
    """A read-only overview of a project's sheets (the editor comes with issue 3)."""

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.resize(900, 600)
        tree = QTreeWidget(self)
        tree.setHeaderLabels([self.tr("施策番号"), self.tr("施策名"), self.tr("関係部")])
        self.setCentralWidget(tree)
        title = "evaleditor"
        if path is not None:
            from evaleditor.storage.projectfile import load_project

            project = load_project(path)
            for sheet in project.sheets:
                QTreeWidgetItem(tree, [sheet.policy_number, sheet.policy_name, "、".join(sheet.departments)])
            title = f"{path.name} - evaleditor"
        self.setWindowTitle(title)


def run(path: Path | None = None) -> int:
    setup_file_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("evaleditor")
    app.setApplicationVersion(__version__)
    install_translations(app)
    sys.excepthook = _excepthook
    try:
        window = ProjectWindow(path)
    except EvalEditorError as error:
        QMessageBox.warning(None, "evaleditor", str(error))
        window = ProjectWindow(None)
    window.show()
    return app.exec()
