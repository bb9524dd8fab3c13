"""表示 → 画面の文字の大きさ: 標準 / 大 / 特大 for the whole application, remembered in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QActionGroup, QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QWidget

KEY = "view/fontScale"
SCALES = {"normal": 1.0, "large": 1.25, "larger": 1.5}
BASE_PROPERTY = "evaleditorBaseFontPointSize"


def labels() -> dict[str, str]:
    return {"normal": QCoreApplication.translate("FontSize", "標準"),
            "large": QCoreApplication.translate("FontSize", "大"),
            "larger": QCoreApplication.translate("FontSize", "特大")}


def menu_texts() -> dict[str, str]:
    """The labels with their access keys, for the menu."""
    return {"normal": QCoreApplication.translate("FontSize", "標準(&N)"),
            "large": QCoreApplication.translate("FontSize", "大(&L)"),
            "larger": QCoreApplication.translate("FontSize", "特大(&X)")}


def stored_scale(settings: QSettings) -> str:
    value = str(settings.value(KEY, "normal"))
    return value if value in SCALES else "normal"


def apply_scale(name: str) -> None:
    """Set the application font to the base size times the scale (the base is the size at first call)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.property(BASE_PROPERTY)
    if not base:
        base = QApplication.font().pointSizeF()
        if base <= 0:
            base = 9.0
        app.setProperty(BASE_PROPERTY, base)
    font = QFont(QApplication.font())
    font.setPointSizeF(float(base) * SCALES.get(name, 1.0))
    QApplication.setFont(font)
    for widget in QApplication.allWidgets():  # widgets with a font of their own (e.g. bold labels) follow too
        if isinstance(widget, QDockWidget):
            widget.setFont(_dock_font(font))
        if widget.styleSheet():  # a widget with a style sheet of its own (the red count) keeps its old font
            widget.setStyleSheet(widget.styleSheet())  # unless its style sheet is applied again
        widget.updateGeometry()


def _dock_font(font: QFont) -> QFont:
    """``font`` as a font of the dock's own. A dock draws its title (問題) in the font the application
    had when the dock was made, unless its font differs from the application's: the explicit kerning
    (on by default, so the text looks the same) makes it differ, and the title follows the new size."""
    own = QFont(font)
    own.setFeature(QFont.Tag("kern"), 1)
    return own


def install_font_menu(view_menu: QMenu, settings: QSettings, parent: QWidget) -> QMenu:
    """The 文字の大きさ sub-menu; applies the stored size at once."""
    menu = view_menu.addMenu(QCoreApplication.translate("FontSize", "画面の文字の大きさ(&Z)"))
    group = QActionGroup(menu)
    current = stored_scale(settings)
    texts = menu_texts()
    for name, label in labels().items():
        action = menu.addAction(texts[name])
        action.setCheckable(True)
        action.setChecked(name == current)
        action.setData(name)
        action.setStatusTip(QCoreApplication.translate(
            "FontSize", "画面の文字の大きさを「{0}」にします").format(label))
        group.addAction(action)

        def choose(checked: bool, n: str = name) -> None:
            if checked:
                settings.setValue(KEY, n)
                apply_scale(n)

        action.toggled.connect(choose)
    if current != "normal":
        apply_scale(current)
    return menu
