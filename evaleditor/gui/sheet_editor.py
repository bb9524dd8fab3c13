"""The editor of one sheet, in tabs: 基本情報, 成果指標, 関連事業・決算額, 成果, 課題・取組方針.

The five tab pages are made once. A sheet's panels are built only when their tab is
shown (or a caller asks for one), so switching between sheets builds one panel, not
five: the 課題・取組方針 panel alone holds a rich-text editor per topic and side.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import Place, ProjectDocument, Tab
from evaleditor.model import Sheet

if TYPE_CHECKING:
    from evaleditor.gui.budget_panel import BudgetPanel
    from evaleditor.gui.indicators_panel import IndicatorsPanel
    from evaleditor.gui.info_panel import InfoPanel
    from evaleditor.gui.topics_panel import TopicsPanel

TAB_ORDER = (Tab.INFO, Tab.INDICATORS, Tab.BUDGET, Tab.RESULTS, Tab.ISSUES)


class SheetEditor(QStackedWidget):
    """Shows the tabs of the current sheet, or a hint when the project has no sheet."""

    def __init__(self, doc: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.dialogs = doc, dialogs
        self.sheet: Sheet | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("シートの内容"))
        self.tabs.setAccessibleDescription(self.tr("Ctrl+PgDown で次のタブ、Ctrl+PgUp で前のタブに移ります。"))
        self.empty = QLabel(self.tr("シートがありません。「シート」メニューの「シートを追加」で追加してください。"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.tabs)
        self.addWidget(self.empty)
        # each panel's module is imported with its first panel: start-up shows only the first tab
        self._factories: dict[str, Callable[[Sheet], QWidget]] = {
            Tab.INFO: self._info_panel, Tab.INDICATORS: self._indicators_panel, Tab.BUDGET: self._budget_panel,
            Tab.RESULTS: self._results_panel, Tab.ISSUES: self._issues_panel,
        }
        self._pages: dict[str, QWidget] = {}
        self._panels: dict[str, QWidget] = {}
        titles = self.tab_titles()
        for key in TAB_ORDER:
            page = QWidget(self.tabs)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._pages[key] = page
            self.tabs.addTab(page, titles[key])
        self.tabs.currentChanged.connect(lambda index: self.panel(TAB_ORDER[index]) if index >= 0 else None)
        self.set_sheet(None)

    def _info_panel(self, sheet: Sheet) -> QWidget:
        from evaleditor.gui.info_panel import InfoPanel

        return InfoPanel(self.doc, sheet)

    def _indicators_panel(self, sheet: Sheet) -> QWidget:
        from evaleditor.gui.indicators_panel import IndicatorsPanel

        return IndicatorsPanel(self.doc, self.dialogs, sheet)

    def _budget_panel(self, sheet: Sheet) -> QWidget:
        from evaleditor.gui.budget_panel import BudgetPanel

        return BudgetPanel(self.doc, sheet)

    def _results_panel(self, sheet: Sheet) -> QWidget:
        from evaleditor.gui.topics_panel import RESULTS, TopicsPanel

        return TopicsPanel(self.doc, self.dialogs, sheet, RESULTS)

    def _issues_panel(self, sheet: Sheet) -> QWidget:
        from evaleditor.gui.topics_panel import ISSUES, TopicsPanel

        return TopicsPanel(self.doc, self.dialogs, sheet, ISSUES)

    def tab_titles(self) -> dict[str, str]:
        return {Tab.INFO: self.tr("基本情報"), Tab.INDICATORS: self.tr("成果指標"),
                Tab.BUDGET: self.tr("関連事業・決算額"), Tab.RESULTS: self.tr("成果"),
                Tab.ISSUES: self.tr("課題・取組方針")}

    def panel(self, key: str) -> QWidget | None:
        """The current sheet's panel of tab ``key``, built on first use."""
        if self.sheet is None:
            return None
        panel = self._panels.get(key)
        if panel is None:
            panel = self._factories[key](self.sheet)
            self._pages[key].layout().addWidget(panel)
            panel.show()  # at once: a layout would only show it from the event loop
            self._panels[key] = panel
        return panel

    @property
    def info(self) -> InfoPanel | None:
        return self.panel(Tab.INFO)  # type: ignore[return-value]

    @property
    def indicators(self) -> IndicatorsPanel | None:
        return self.panel(Tab.INDICATORS)  # type: ignore[return-value]

    @property
    def budget(self) -> BudgetPanel | None:
        return self.panel(Tab.BUDGET)  # type: ignore[return-value]

    @property
    def results(self) -> TopicsPanel | None:
        return self.panel(Tab.RESULTS)  # type: ignore[return-value]

    @property
    def issues(self) -> TopicsPanel | None:
        return self.panel(Tab.ISSUES)  # type: ignore[return-value]

    def panels(self) -> list[QWidget]:
        """The panels built so far for the current sheet."""
        return [self._panels[key] for key in TAB_ORDER if key in self._panels]

    def set_sheet(self, sheet: Sheet | None) -> None:
        if sheet is self.sheet and (sheet is None or self._panels):
            return
        for panel in self.panels():
            panel.detach()  # type: ignore[attr-defined]
            panel.hide()
            panel.deleteLater()
        self._panels.clear()
        self.sheet = sheet
        if sheet is None:
            self.setCurrentWidget(self.empty)
            return
        self.setCurrentWidget(self.tabs)
        self.panel(TAB_ORDER[max(0, self.tabs.currentIndex())])

    def current_tab(self) -> str | None:
        index = self.tabs.currentIndex()
        return TAB_ORDER[index] if self.sheet is not None and 0 <= index < len(TAB_ORDER) else None

    def show_tab(self, tab: str) -> None:
        if tab in TAB_ORDER and self.sheet is not None:
            self.tabs.setCurrentIndex(TAB_ORDER.index(tab))

    def show_place(self, place: Place) -> None:
        if place.tab:
            self.show_tab(place.tab)
        if place.group is not None and self.indicators is not None:
            self.indicators.show_group(place.group)
