"""The main window: menus, toolbar, the sheet navigator beside the sheet editor, files and settings.

Modules of actions that are not needed to show a project (import, export, settings, the panels of
tabs not yet shown…) are imported when first used, which keeps start-up short.

Extension points for later features: :meth:`MainWindow.add_dock` (a panel with a 表示 menu entry),
the export entries of :mod:`evaleditor.gui.exchange_actions`, and the ``documentInstalled`` signal
emitted whenever a project is opened, created or imported.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QLineEdit, QMainWindow, QSplitter, QStyle, QTextEdit, QWidget,
)

from evaleditor import __version__
from evaleditor.gui import exchange_actions
from evaleditor.gui.access_keys import entry_text, without_access_key
from evaleditor.gui import insight
from evaleditor.gui.assistance import install_assistance
from evaleditor.gui.collect_actions import install_collect
from evaleditor.gui.dialogs import Dialogs, SaveChoice
from evaleditor.gui.document import Place, ProjectDocument, Tab
from evaleditor.gui.first_frame import FirstFrame
from evaleditor.gui.navigator import Navigator
from evaleditor.gui.recent_files import RecentFiles
from evaleditor.gui.safety import install as install_safety
from evaleditor.gui.sheet_editor import SheetEditor
from evaleditor.model import FiscalYear, Project, ProjectSettings, Sheet

PROJECT_SUFFIX = ".evproj"


def new_project() -> Project:
    """An empty project with this year's four columns, ready to fill in."""
    import datetime

    reiwa = datetime.date.today().year - 2018
    years = [FiscalYear(f"{n}年度", 2018 + n) for n in range(reiwa - 3, reiwa + 1)]
    return Project(ProjectSettings(years=years), [Sheet()])


class MainWindow(QMainWindow):
    documentInstalled = Signal(object)

    def __init__(self, settings: QSettings | None = None, dialogs: Dialogs | None = None, *,
                 blank: bool = True) -> None:
        """The window with an empty new project, or (``blank=False``) with none yet: the caller installs one."""
        super().__init__()
        self.settings = settings if settings is not None else QSettings()
        self.dialogs = dialogs or Dialogs(self)
        self.recent = RecentFiles(self.settings)
        self.undo_group = QUndoGroup(self)
        self.doc: ProjectDocument | None = None
        self._document_message = ""  # see tell_about_document
        self.navigator: Navigator | None = None
        self.editor: SheetEditor | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.first_frame = FirstFrame(self)  # what can wait until the window has shown itself
        self._saved_splitter: QByteArray | None = None
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.insight = insight.install(self)  # rate columns, problems panel (before the first document)
        if blank:
            self.install(ProjectDocument(new_project()))
        available = self.screen().availableGeometry()  # small laptop screens at 125–150 % scaling
        self.resize(min(1200, int(available.width() * 0.9)), min(800, int(available.height() * 0.9)))
        self._restore_state()

    # -- actions
    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _history_action(self, *, undo: bool) -> QAction:
        """元に戻す(&U) / やり直し(&R) of the active document, naming the step (access key at the end)."""
        group = self.undo_group
        action = QAction(self)

        def name(step: str) -> None:
            step = step.replace("&", "&&")
            if undo:
                action.setText(self.tr("元に戻す: {0}(&U)").format(step) if step else self.tr("元に戻す(&U)"))
            else:
                action.setText(self.tr("やり直し: {0}(&R)").format(step) if step else self.tr("やり直し(&R)"))

        name(group.undoText() if undo else group.redoText())
        action.setEnabled(group.canUndo() if undo else group.canRedo())
        (group.undoTextChanged if undo else group.redoTextChanged).connect(name)
        (group.canUndoChanged if undo else group.canRedoChanged).connect(action.setEnabled)
        action.triggered.connect(group.undo if undo else group.redo)
        return action

    def _build_actions(self) -> None:
        sp, key = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.new_action = self._action(self.tr("新規(&N)"), self.new_file, key.New, sp.SP_FileIcon)
        self.open_action = self._action(self.tr("開く(&O)…"), self.open_file, key.Open, sp.SP_DialogOpenButton)
        self.save_action = self._action(self.tr("保存(&S)"), self.save, key.Save, sp.SP_DialogSaveButton)
        self.save_as_action = self._action(self.tr("名前を付けて保存(&A)…"), self.save_as, key.SaveAs)
        self.import_action = self._action(self.tr("取り込み(&I)…"), self.import_file)
        self.settings_action = self._action(self.tr("プロジェクトの設定(&J)…"), self.edit_settings)
        self.quit_action = self._action(self.tr("終了(&X)"), self.close, key.Quit)
        quit_keys = [QKeySequence(key.Quit), QKeySequence("Ctrl+Q")]  # Ctrl+Q twice on Linux is "ambiguous"
        self.quit_action.setShortcuts(list({k.toString(): k for k in quit_keys if not k.isEmpty()}.values()))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._history_action(undo=True)
        self.undo_action.setShortcuts([QKeySequence(key.Undo)])
        self.undo_action.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.EditUndo, self.style().standardIcon(sp.SP_ArrowBack)))
        self.redo_action = self._history_action(undo=False)
        redo_keys = [QKeySequence(key.Redo)] + [QKeySequence(k) for k in ("Ctrl+Y", "Ctrl+Shift+Z")]
        self.redo_action.setShortcuts(list({k.toString(): k for k in redo_keys if not k.isEmpty()}.values()))
        self.redo_action.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.EditRedo,
                                                 self.style().standardIcon(sp.SP_ArrowForward)))
        self.cut_action = self._action(self.tr("切り取り(&T)"), lambda: self.dispatch_edit("cut"), key.Cut)
        self.copy_action = self._action(self.tr("コピー(&C)"), lambda: self.dispatch_edit("copy"), key.Copy)
        self.paste_action = self._action(self.tr("貼り付け(&P)"), lambda: self.dispatch_edit("paste"), key.Paste)
        self.add_sheet_action = self._action(self.tr("シートを追加(&A)"), self.add_sheet)
        self.duplicate_sheet_action = self._action(self.tr("シートを複製(&C)"),
                                                   lambda: self.navigator and self.navigator.duplicate_sheet())
        self.delete_sheet_action = self._action(self.tr("シートを削除(&D)…"),
                                                lambda: self.navigator and self.navigator.delete_sheet())
        self.sheet_up_action = self._action(self.tr("シートを上へ(&U)"),
                                            lambda: self.navigator and self.navigator.move_sheet(-1), "Ctrl+Shift+Up")
        self.sheet_down_action = self._action(self.tr("シートを下へ(&W)"),
                                              lambda: self.navigator and self.navigator.move_sheet(1), "Ctrl+Shift+Down")
        self.about_action = self._action(self.tr("バージョン情報(&A)"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.file_menu = bar.addMenu(self.tr("ファイル(&F)"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("最近使ったファイル(&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        self.safety = install_safety(self, file_menu)  # locks, autosave, recovery, changes on disk, backups
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        self.export_menu = file_menu.addMenu(self.tr("書き出し(&E)"))
        self.export_actions: dict[str, QAction] = {}
        for label, suffix in exchange_actions.exporters():
            self.add_exporter(label, suffix)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("編集(&E)"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action])
        sheet_menu = bar.addMenu(self.tr("シート(&S)"))
        sheet_menu.addActions([self.add_sheet_action, self.duplicate_sheet_action, self.delete_sheet_action])
        sheet_menu.addSeparator()
        sheet_menu.addActions([self.sheet_up_action, self.sheet_down_action])
        self.view_menu = bar.addMenu(self.tr("表示(&V)"))
        self.language_menu = self.view_menu.addMenu(self.tr("言語 (Language)(&L)"))
        current = self.settings.value("language", "ja")
        for code, name in (("ja", "日本語(&J)"), ("en", "&English")):
            action = self.language_menu.addAction(name, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == current)
        self.view_menu.addSeparator()
        help_menu = self.help_menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        help_menu.addAction(self.about_action)
        self.collect_actions = install_collect(self)  # 統合, 印刷, 次年度の準備, ツール → 比較
        self.assistance = install_assistance(self)  # 使い方 (F1), welcome page, 文字の大きさ, action tips

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("標準"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        for action in toolbar.actions():  # 新規, not 新規(N): the access key belongs to the menu
            if not action.isSeparator():
                action.setIconText(without_access_key(action.text()).rstrip("…"))

    def add_exporter(self, label: str, suffix: str) -> QAction:
        """A 書き出し menu entry that writes the project in the format of ``suffix``."""
        text = self.tr("{0}…").format(entry_text(self.export_menu, label))
        action = self.export_menu.addAction(text, lambda: self.export(suffix))
        self.export_actions[suffix] = action
        return action

    def add_dock(self, widget: QWidget, title: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea,
                 menu_text: str | None = None) -> QDockWidget:
        """A dockable panel (e.g. problems) with a toggle in the 表示 menu; its state is remembered.

        ``menu_text`` is the toggle's text with its access key (``問題(&P)``); without it one is chosen."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        toggle = dock.toggleViewAction()
        toggle.setText(menu_text or entry_text(self.view_menu, title))
        self.view_menu.addAction(toggle)
        return dock

    # -- the document
    def add_sheet(self) -> None:
        """シート → シートを追加: a new sheet after the current one, its 施策番号 ready to be typed."""
        if self.navigator is None:
            return
        self.navigator.add_sheet()
        if self.editor is not None:
            self.editor.show_tab(Tab.INFO)
            info = self.editor.info
            if info is not None:
                info.number.setFocus(Qt.FocusReason.OtherFocusReason)
                info.number.selectAll()

    def tell_about_document(self, text: str, milliseconds: int) -> None:
        """A status-bar message about the document now shown; it goes when another document is installed."""
        self._document_message = text
        self.statusBar().showMessage(text, milliseconds)

    def install(self, doc: ProjectDocument) -> None:
        old = self.doc
        if self._document_message and self.statusBar().currentMessage() == self._document_message:
            self.statusBar().clearMessage()  # it spoke of the document before (「例を開きました…」)
        sizes = self.splitter.sizes() if self.navigator else None
        self.doc = doc
        doc.setParent(self)
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.pathChanged.connect(self._update_title)
        doc.placeRequested.connect(self.show_place)
        navigator = Navigator(doc, self.dialogs)
        editor = SheetEditor(doc, self.dialogs)
        navigator.currentSheetChanged.connect(editor.set_sheet)
        editor.set_sheet(navigator.current_sheet())
        for widget in (self.navigator, self.editor):
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.navigator, self.editor = navigator, editor
        self.splitter.addWidget(navigator)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(sizes or [self.fontMetrics().horizontalAdvance("M") * 18, 1000])
        if self._saved_splitter is not None:  # the first project of a window started without one
            self.splitter.restoreState(self._saved_splitter)
            self._saved_splitter = None
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        self._update_title()
        self.documentInstalled.emit(doc)

    def _update_title(self) -> None:
        if self.doc is None:
            return
        title = self.tr("{0}（読み取り専用）[*] - evaleditor") if self.doc.is_read_only() else self.tr("{0}[*] - evaleditor")
        self.setWindowTitle(title.format(self.doc.display_name()))
        self.setWindowModified(self.doc.is_modified())

    def show_place(self, place: Place) -> None:
        if self.navigator is None or self.editor is None:
            return
        if place.sheet is not None:
            self.navigator.select_sheet(place.sheet)
        self.editor.show_place(place)

    # -- files
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, or the user chose so)."""
        self._commit_pending_edit()  # a value still in an open cell editor counts as a change
        if self.doc is None or not self.doc.is_modified():
            return True
        choice = self.dialogs.ask_save_changes(self.doc.display_name(), read_only=self.doc.is_read_only())
        if choice == SaveChoice.SAVE:
            return self.save()
        if choice == SaveChoice.SAVE_AS:
            return self.save_as()
        return choice == SaveChoice.DISCARD

    def new_file(self) -> None:
        if self.maybe_save():
            self.install(ProjectDocument(new_project()))

    def _default_folder(self) -> Path:
        """Where a new file goes: the folder of the last project used, else the user's documents."""
        if self.recent.paths():
            return self.recent.paths()[0].parent
        from PySide6.QtCore import QStandardPaths

        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())

    def open_file(self) -> None:
        folder = str(self._default_folder())
        path = self.dialogs.open_path(self.tr("プロジェクトを開く"),
                                      self.tr("プロジェクト (*{0})").format(PROJECT_SUFFIX), folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open and lock a project file; asks about locks, reports a file that cannot be read in one message."""
        if ask and not self.maybe_save():
            return False
        opened = self.safety.open_session(Path(path))
        if opened is None:
            return False
        session, project = opened
        self.install(ProjectDocument(project, Path(path), session=session))
        self.recent.add(Path(path))
        return True

    def _commit_pending_edit(self) -> None:
        """Finish an open cell editor or typing step so that saving includes it."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()  # a cell editor commits its text when it loses focus
            while focus is not None and not (focus.isVisible() and focus.focusPolicy() != Qt.FocusPolicy.NoFocus):
                focus = focus.parentWidget()
            if focus is not None:
                focus.setFocus()
        if self.doc is not None:
            self.doc.seal_typing()

    def save(self) -> bool:
        if self.doc is None:
            return False
        if self.doc.path is None or self.doc.is_read_only():
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        suggested = str(self.doc.path or self._default_folder() / (self._suggested_name() + PROJECT_SUFFIX))
        path = self.dialogs.save_path(self.tr("名前を付けて保存"),
                                      self.tr("プロジェクト (*{0})").format(PROJECT_SUFFIX), suggested)
        if path is None:
            return False
        chosen = path
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        return self._save_to(path, confirmed=path == chosen)  # the file dialog asked before replacing `chosen`

    def _suggested_name(self) -> str:
        assert self.doc is not None
        settings = self.doc.project.settings
        return "-".join(p for p in (settings.municipality, settings.plan) if p) or self.tr("施策評価シート")

    def _save_to(self, path: Path, *, confirmed: bool = False) -> bool:
        assert self.doc is not None
        self._commit_pending_edit()
        return self.safety.save(self.doc, path, confirmed=confirmed)  # asks about changes on disk and failures

    def import_file(self) -> None:
        from evaleditor.gui.import_flow import import_file as import_with_dialogs  # loaded when first used

        import_with_dialogs(self)  # into a new project or added to the open one, with the importer's notes

    def export(self, suffix: str) -> bool:
        from evaleditor.gui.export_flow import export as export_with_dialogs

        return export_with_dialogs(self, suffix)  # remembers the folder; Excel with a progress dialog

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for n, path in enumerate(paths, 1):
            self.recent_menu.addAction(f"&{n} {path.name.replace('&', '&&')}", lambda p=path: self.open_recent(p)).setToolTip(str(path))
        if not paths:
            self.recent_menu.addAction(self.tr("（なし）")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("一覧を消去(&C)"), self.recent.clear)

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            self.dialogs.error(self.tr("ファイルが見つかりません。一覧から外します。\n{0}").format(path))
            self.recent.remove(path)
            return
        self.open_path(path)

    # -- editing
    def dispatch_edit(self, verb: str) -> None:
        """Cut, copy or paste in the focused field, or in the table that owns the focus."""
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, (QLineEdit, QTextEdit)):
                getattr(widget, verb)()
                return
            handler = getattr(widget, f"edit_{verb}", None)
            if callable(handler):
                handler()
                return
            widget = widget.parentWidget()

    def edit_settings(self) -> None:
        if self.doc is None:
            return
        from evaleditor.gui.settings_dialog import SettingsDialog, apply_settings

        dialog = SettingsDialog(self.doc.project.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            apply_settings(self.doc, self.dialogs, dialog.settings(), dialog.renames())

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        for action in self.language_menu.actions():
            action.setChecked(action.text() == {"ja": "日本語", "en": "English"}[code])
        self.dialogs.info(self.tr("言語"), self.tr("次回の起動から切り替わります。\nThe language changes at the next start."))

    def about(self) -> None:
        python = ".".join(str(part) for part in sys.version_info[:3])
        from evaleditor.applog import log_file

        self.dialogs.info(self.tr("バージョン情報"), self.tr(
            "<b>evaleditor {0}</b><br>施策評価シートの作成・編集・書き出し<br>"
            "Python {1} / Qt {2}<br>ログファイル: {3}").format(__version__, python, qVersion(), log_file()))

    # -- drag and drop
    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PROJECT_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)

    # -- window state
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            if self.navigator is None:  # no panes yet (started to open a file): restored with the first
                self._saved_splitter = splitter
            else:
                self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        self.safety.close()  # releases the lock, removes the recovery file
        event.accept()
