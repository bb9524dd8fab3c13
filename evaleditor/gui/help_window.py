"""ヘルプ → 使い方 (F1): the Japanese user guide (Markdown pages of docs/manual), shown offline.

QTextBrowser renders the Markdown itself (headings, lists, tables, images relative to the page) and
follows links between pages; links to web pages open in the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from evaleditor.resources import manual_page


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shrinks wide screenshots (no sideways scrolling in a window of the usual size)."""

    IMAGE_WIDTH = 720

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        resource = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = resource if isinstance(resource, QImage) else QImage.fromData(resource) \
                if isinstance(resource, (bytes, QByteArray)) else None
            width = self.IMAGE_WIDTH
            if image is not None and not image.isNull() and image.width() > width:
                return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return resource


class HelpWindow(QWidget):
    """A window of its own (it stays open beside the editor) with 戻る, 進む and 目次."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("evaleditor の使い方"))
        self.browser = GuideBrowser(self)
        self.browser.setOpenLinks(False)  # pages inside, web pages in the browser
        self.browser.anchorClicked.connect(self.follow)
        self.browser.setAccessibleName(self.tr("使い方のページ"))
        self.browser.setAccessibleDescription(self.tr("Tab でリンクに移り、Enter で開きます。"))
        self.back_button = QPushButton(self.tr("戻る"), self)
        self.forward_button = QPushButton(self.tr("進む"), self)
        self.home_button = QPushButton(self.tr("目次"), self)
        self.back_button.setToolTip(self.tr("前に見たページに戻ります (Alt+←)"))
        self.forward_button.setToolTip(self.tr("次のページに進みます (Alt+→)"))
        self.home_button.setToolTip(self.tr("使い方の目次に戻ります"))
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(self.home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        for keys, slot in ((["Alt+Left"], self.browser.backward), (["Alt+Right"], self.browser.forward),
                           (["Esc", QKeySequence(QKeySequence.StandardKey.Close)], self.close)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self.resize(max(GuideBrowser.IMAGE_WIDTH + 80, self.fontMetrics().horizontalAdvance("M") * 70),
                    self.fontMetrics().height() * 45)
        self.home()

    def home(self) -> None:
        self.open_page(manual_page())

    def open_page(self, path: Path) -> None:
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setMarkdown(self.tr("# 使い方が見つかりません\n\n{0} がありません。"
                                             "プログラムを入れ直してください。").format(path))

    def page(self) -> Path | None:
        url = self.browser.source()
        return Path(url.toLocalFile()) if url.isLocalFile() else None

    def follow(self, url: QUrl) -> None:
        if url.isRelative() or url.isLocalFile():
            self.browser.setSource(self.browser.source().resolved(url) if url.isRelative() else url)
        else:
            QDesktopServices.openUrl(url)


def show_help(parent: QWidget, page: str | None = None) -> HelpWindow:
    """The help window (one per main window), raised, at ``page`` (a file name in the guide) or where it was."""
    window = parent.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(parent)
    if page:
        window.open_page(manual_page(page))
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # (the test platform cannot raise windows)
        window.raise_()
    window.activateWindow()
    return window
