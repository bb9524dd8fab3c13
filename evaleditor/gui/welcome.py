"""The welcome page: shown in the main window at start when no file was given.

It offers 例を開く (the bundled example, opened as a new unsaved project so that the bundled file is
never changed: 保存 asks for a name), 新しいプロジェクト, ブックを取り込む, 開く and the recent files.
The numbered choices answer Alt+1 … and, while the page has the focus, the plain number keys.
Any project opened, created or imported, or any edit, shows the editor again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from evaleditor.applog import log
from evaleditor.errors import EvalEditorError
from evaleditor.gui.document import ProjectDocument

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow


class WelcomePage(QFrame):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setAccessibleName(self.tr("ようこそ"))
        title = QLabel(self.tr("<h2>施策評価シートの作成へようこそ</h2>"), self)
        self.example_button = QPushButton(self.tr("&1 例を開く"), self)
        self.new_button = QPushButton(self.tr("&2 新しいプロジェクト"), self)
        self.import_button = QPushButton(self.tr("&3 ブックを取り込む…"), self)
        self.open_button = QPushButton(self.tr("&4 ファイルを開く…"), self)
        self.help_button = QPushButton(self.tr("&5 使い方を見る"), self)
        tips = (
            (self.example_button, self.tr("記入済みの例（平塚市の施策4）を、名前の付いていない新しいプロジェクトとして開きます。"
                                          "元の例は変わりません。")),
            (self.new_button, self.tr("空のシートが一枚あるプロジェクトを作ります。")),
            (self.import_button, self.tr("昨年度の評価シートなどの Excel ブック（.xlsx）からシートを取り込みます。")),
            (self.open_button, self.tr("保存したプロジェクト（.evproj）を開きます。")),
            (self.help_button, self.tr("使い方（操作の手引き）を開きます。")),
        )
        for button, tip in tips:
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.setAutoDefault(True)  # Enter presses the focused button
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        self.choices = [self.example_button, self.new_button, self.import_button, self.open_button, self.help_button]
        for number, button in enumerate(self.choices, 1):  # the plain number keys, like Alt+1 …
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the page has focus
            shortcut.activated.connect(button.click)
        intro = QLabel(self.tr(
            "はじめての方は「例を開く」で記入済みのシートを見てみましょう。"
            "昨年度の Excel の評価シートがあれば「ブックを取り込む」から始められます。"
            "困ったときは F1 キーで使い方を開けます。"
            "番号の付いたボタンは、数字キー（1〜{0}）を押しても選べます。"
            "Esc キーで編集中のプロジェクトに戻ります。").format(len(self.choices)), self)
        intro.setWordWrap(True)
        self.example_button.clicked.connect(self.open_example)
        self.new_button.clicked.connect(window.new_file)
        self.import_button.clicked.connect(window.import_file)
        self.open_button.clicked.connect(window.open_file)
        self.help_button.clicked.connect(self.open_help)
        recent_label = QLabel(self.tr("最近使ったファイル(&R)"), self)
        self.recent = QListWidget(self)
        self.recent.setAccessibleName(self.tr("最近使ったファイル"))
        self.recent.setAccessibleDescription(self.tr("上下の矢印キーで選び、Enter で開きます。"))
        recent_label.setBuddy(self.recent)
        self.recent.setMaximumHeight(self.fontMetrics().lineSpacing() * 14)
        self.recent.itemActivated.connect(self._open_recent)
        self.no_recent = QLabel(self.tr("（まだありません）"), self)
        buttons = QVBoxLayout()
        for button in self.choices:
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent)
        recent.addWidget(self.no_recent)
        recent.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(24)
        columns.addLayout(recent, 2)
        inner = QVBoxLayout()
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(columns, 1)
        box = QWidget(self)
        box.setLayout(inner)
        box.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 70)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        order = [*self.choices, self.recent]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in self.window_.recent.paths():
            item = QListWidgetItem(f"{path.name}　（{path.parent.name}）", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        if self.recent.count():
            self.recent.setCurrentRow(0)
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_recent(Path(item.data(Qt.ItemDataRole.UserRole)))
        self.fill_recent()

    def open_example(self) -> None:
        """The example as a new, unsaved project (保存 asks for a name; the bundled file stays as it is)."""
        from evaleditor.resources import example_project
        from evaleditor.storage.projectfile import load_project

        window = self.window_
        if not window.maybe_save():
            return
        try:
            project = load_project(example_project())
        except (EvalEditorError, OSError) as error:
            log.exception("opening the example")
            window.dialogs.error(self.tr("例を開けませんでした。プログラムを入れ直してください。\n{0}").format(error))
            return
        window.install(ProjectDocument(project))
        window.tell_about_document(self.tr("例を開きました。保存するときは名前を付けて保存します。"), 10000)

    def open_help(self) -> None:
        from evaleditor.gui.help_window import show_help

        show_help(self.window_)


class Welcome(QObject):
    """Puts the welcome page beside the editor in the main window's central area.

    While it shows, the docked panels (e.g. the problems of the blank start-up project) are hidden;
    they come back with the editor, and before the window saves its layout on closing.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hidden_widgets: list[QWidget] = []
        window.installEventFilter(self)
        self._page: WelcomePage | None = None  # built when first shown (most starts open a file)
        self.stack = QStackedWidget(window)
        editor_area = window.takeCentralWidget()
        self.stack.addWidget(editor_area)
        window.setCentralWidget(self.stack)
        self.editor_area = editor_area
        window.documentInstalled.connect(self._installed)
        self._watch(window.doc)

    def _installed(self, doc: ProjectDocument) -> None:
        self.hide()
        self._watch(doc)

    def _watch(self, doc: ProjectDocument | None) -> None:
        if doc is not None:
            doc.changed.connect(lambda *_: self.hide())

    @property
    def page(self) -> WelcomePage:
        if self._page is None:
            self._page = WelcomePage(self.window)
            self.stack.addWidget(self._page)
            back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self._page)  # back to the project being edited
            back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            back.activated.connect(self.hide)
        return self._page

    def is_shown(self) -> bool:
        return self._page is not None and self.stack.currentWidget() is self._page

    def show(self) -> None:
        self.page.fill_recent()
        self.stack.setCurrentWidget(self.page)
        self.hidden_widgets = []
        self._hide_panels()
        # parts built after the window's first frame (the problems count in the status bar) hide too
        self.window.first_frame.later(lambda: self._hide_panels() if self.is_shown() else None)
        self.page.example_button.setFocus()

    def _hide_panels(self) -> None:
        """Hide the docked panels and the status bar's widgets (e.g. the problem counts of the blank
        start-up project) while the welcome page shows; they come back with the editor."""
        bar = self.window.statusBar()
        status = [w for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if w.isVisibleTo(bar)]
        shown = [d for d in self.window.findChildren(QDockWidget) if d.isVisibleTo(self.window)] + status
        for widget in shown:
            widget.hide()
        self.hidden_widgets += [w for w in shown if w not in self.hidden_widgets]

    def hide(self) -> None:
        if self.is_shown():
            self.stack.setCurrentWidget(self.editor_area)
            self._restore_docks()
            if self.window.navigator is not None:
                self.window.navigator.list.setFocus()

    def _restore_docks(self) -> None:
        for dock in self.hidden_widgets:
            dock.show()
        self.hidden_widgets = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.is_shown():
            self._restore_docks()  # the saved layout keeps the panels the user had
            # closing may still be cancelled (the unsaved-changes question): then the page shows on alone
            QTimer.singleShot(0, lambda: self._hide_panels() if self.is_shown() and self.window.isVisible() else None)
        return False
