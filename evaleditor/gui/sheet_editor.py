"""The editor of one sheet, in tabs: 基本情報, 成果指標, 関連事業・決算額, 成果, 課題・取組方針."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget
from PySide6.QtCore import Qt

from evaleditor.gui.budget_panel import BudgetPanel
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import Place, ProjectDocument, Tab
from evaleditor.gui.indicators_panel import IndicatorsPanel
from evaleditor.gui.info_panel import InfoPanel
from evaleditor.gui.topics_panel import ISSUES, RESULTS, TopicsPanel
from evaleditor.model import Sheet

TAB_ORDER = (Tab.INFO, Tab.INDICATORS, Tab.BUDGET, Tab.RESULTS, Tab.ISSUES)


class SheetEditor(QStackedWidget):
    """Shows the tabs of the current sheet, or a hint when the project has no sheet."""

    def __init__(self, doc: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.dialogs = doc, dialogs
        self.sheet: Sheet | None = None
        self.tabs = QTabWidget(self)
        self.empty = QLabel(self.tr("シートがありません。「シート」メニューの「シートを追加」で追加してください。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.tabs)
        self.addWidget(self.empty)
        self.info: InfoPanel | None = None
        self.indicators: IndicatorsPanel | None = None
        self.budget: BudgetPanel | None = None
        self.results: TopicsPanel | None = None
        self.issues: TopicsPanel | None = None
        self.set_sheet(None)

    def tab_titles(self) -> dict[str, str]:
        return {Tab.INFO: self.tr("基本情報"), Tab.INDICATORS: self.tr("成果指標"),
                Tab.BUDGET: self.tr("関連事業・決算額"), Tab.RESULTS: self.tr("成果"),
                Tab.ISSUES: self.tr("課題・取組方針")}

    def panels(self) -> list[QWidget]:
        return [p for p in (self.info, self.indicators, self.budget, self.results, self.issues) if p is not None]

    def set_sheet(self, sheet: Sheet | None) -> None:
        if sheet is self.sheet and self.panels():
            return
        current = self.current_tab()
        for panel in self.panels():
            panel.detach()  # type: ignore[attr-defined]
        self.tabs.clear()
        for panel in self.panels():
            panel.deleteLater()
        self.info = self.indicators = self.budget = self.results = self.issues = None
        self.sheet = sheet
        if sheet is None:
            self.setCurrentWidget(self.empty)
            return
        self.info = InfoPanel(self.doc, sheet)
        self.indicators = IndicatorsPanel(self.doc, self.dialogs, sheet)
        self.budget = BudgetPanel(self.doc, sheet)
        self.results = TopicsPanel(self.doc, self.dialogs, sheet, RESULTS)
        self.issues = TopicsPanel(self.doc, self.dialogs, sheet, ISSUES)
        titles = self.tab_titles()
        for key, panel in zip(TAB_ORDER, self.panels()):
            self.tabs.addTab(panel, titles[key])
        self.setCurrentWidget(self.tabs)
        if current:
            self.show_tab(current)

    def current_tab(self) -> str | None:
        index = self.tabs.currentIndex()
        return TAB_ORDER[index] if 0 <= index < len(TAB_ORDER) and self.tabs.count() else None

    def show_tab(self, tab: str) -> None:
        if tab in TAB_ORDER and self.tabs.count():
            self.tabs.setCurrentIndex(TAB_ORDER.index(tab))

    def show_place(self, place: Place) -> None:
        if place.tab:
            self.show_tab(place.tab)
        if place.group is not None and self.indicators is not None:
            self.indicators.show_group(place.group)
