"""Application start: translations, the exception hook, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from evaleditor import APP_NAME, __version__
from evaleditor.applog import log, setup_file_logging

if TYPE_CHECKING:
    from evaleditor.gui.dialogs import Dialogs
    from evaleditor.gui.mainwindow import MainWindow

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("ja", "en")


def install_translations(app: QApplication, language: str = "ja") -> list[QTranslator]:
    """Qt's own strings (standard buttons, dialogs) and, for English, the app's strings.

    The source strings are Japanese, so Japanese needs only Qt's ``qtbase_ja``.
    """
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English),
               "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "ja":
        own = QTranslator(app)
        if own.load(f"evaleditor_{language}", str(TRANSLATIONS)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def _excepthook(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
    log.error("unhandled exception", exc_info=(kind, value, trace))
    from evaleditor.gui.dialogs import interaction_over

    if interaction_over():  # the program is ending: logged, and no message nobody could answer
        return
    QMessageBox.critical(None, APP_NAME, "予期しないエラーが発生しました。作業内容を保存してから、再起動してください。"
                         "続けて起きるときは、ログファイルを担当者に送ってください（場所は ヘルプ → バージョン情報 にあります）。")


def create_application() -> QApplication:
    """The QApplication with names, translations, logging and the exception hook set up."""
    setup_file_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    language = str(QSettings().value("language", "ja"))
    install_translations(app, language if language in LANGUAGES else "ja")
    sys.excepthook = _excepthook
    from evaleditor.gui.dialogs import QUITTING

    app.aboutToQuit.connect(lambda: app.setProperty(QUITTING, True))
    return app


def run(path: Path | None = None) -> int:
    app = create_application()
    window = open_window(path)
    try:
        return app.exec()
    finally:
        del window  # kept alive until the event loop ends


def open_window(path: Path | None, settings: QSettings | None = None, dialogs: Dialogs | None = None) -> MainWindow:
    """The main window, shown, with ``path`` opened (a file that cannot be read is reported, not raised).

    Unsaved work of sessions that ended without saving is offered first (復元 / 破棄 / 後で).
    """
    from evaleditor.gui.document import ProjectDocument
    from evaleditor.gui.mainwindow import MainWindow, new_project

    # with a file to open, no empty project is built first (start-up time); it is made only if opening fails
    window = MainWindow(settings, dialogs, blank=path is None)
    window.show()
    window.safety.start(Path(path) if path is not None else None)
    if window.doc is None:  # nothing could be opened or restored
        window.install(ProjectDocument(new_project()))
    if window.doc is not None and window.doc.path is None and not window.doc.is_modified():
        window.assistance.show_welcome()  # nothing opened (none asked, or it failed) nor restored: 例を開く, …
    return window
