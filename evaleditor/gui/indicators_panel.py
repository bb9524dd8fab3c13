"""成果指標: one tab per indicator group; groups can be added, renamed and removed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from evaleditor.gui.commands import replace_list, set_attribute
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import Part, Place, ProjectDocument, Tab
from evaleditor.gui.indicator_chart import ChartPane
from evaleditor.gui.indicator_view import IndicatorView
from evaleditor.model import IndicatorGroup, Sheet


class IndicatorsPanel(QWidget):
    def __init__(self, doc: ProjectDocument, dialogs: Dialogs, sheet: Sheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.dialogs, self.sheet = doc, dialogs, sheet
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.views: list[IndicatorView] = []
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("区分を追加"), self)
        self.rename_button = QPushButton(self.tr("区分の名前を変更"), self)
        self.remove_button = QPushButton(self.tr("区分を削除"), self)
        self.add_button.clicked.connect(self.add_group)
        self.rename_button.clicked.connect(self.rename_group)
        self.remove_button.clicked.connect(self.remove_group)
        buttons.addStretch(1)
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)  # the table above the selected indicator's chart
        self.splitter.addWidget(self.tabs)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._balance_timer = QTimer(self)
        self._balance_timer.setSingleShot(True)
        self._balance_timer.timeout.connect(self._balance)
        self._build()
        self.chart = ChartPane(doc, self)
        self.splitter.addWidget(self.chart)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The table has priority; the chart takes the height left (see _balance) until the user drags the handle.
        self._user_split = False
        self.splitter.splitterMoved.connect(self._split_by_user)
        self.splitter.installEventFilter(self)
        self.tabs.currentChanged.connect(lambda _: self._balance_timer.start(0))
        doc.changed.connect(self._changed)

    def _build(self) -> None:
        current = self.current_group()
        for view in self.views:
            view.model.detach()
        self.tabs.clear()
        for view in self.views:
            view.deleteLater()
        self.views = []
        for group in self.sheet.indicator_groups:
            view = IndicatorView(self.doc, self.sheet, group, self)
            view.rowsFitted.connect(self._balance_timer.start)
            self.views.append(view)
            self.tabs.addTab(view, group.name)
        if current is not None:
            self.show_group(current)
        self.remove_button.setEnabled(len(self.views) > 1)
        if self.views:  # Tab order as on screen: the tables, then the group buttons below them
            chain = [self.views[-1].table, self.add_button, self.rename_button, self.remove_button]
            for first, second in zip(chain, chain[1:]):
                QWidget.setTabOrder(first, second)

    # -- the split between the table and the chart
    def _split_by_user(self, *_: object) -> None:
        self._user_split = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._balance_timer.start(0)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # a new text size: a new layout, the user's split included
            self._user_split = False
            self._balance_timer.start(0)
        super().changeEvent(event)

    def _balance(self) -> None:
        """Give the table the height its rows need and the chart the rest; when that leaves the chart too
        little to draw its bars, the table keeps three rows and the chart its least height; when not even
        that fits, the chart gives way entirely (its caption says why). Not after the user moved the handle."""
        view = self.current_view()
        total = sum(self.splitter.sizes())
        if self._user_split or view is None or total <= 0 or not self.splitter.isVisible():
            return
        table, rows = view.table, view.table.verticalHeader()
        chrome = self.tabs.height() - table.viewport().height()  # tab bar, row buttons, header, scroll bar
        wanted = chrome + rows.length()
        least = chrome + sum(rows.sectionSize(r) for r in range(min(3, rows.count())))
        caption = self.chart.height() - self.chart.chart.height()
        needed = caption + self.chart.chart.needed_height()
        if total - wanted >= needed:
            chart = total - wanted
        elif total - least >= needed:
            chart = needed
        else:
            chart = self.chart.least_height()
        if self.splitter.sizes() != [total - chart, chart]:
            self.splitter.setSizes([total - chart, chart])

    def current_group(self) -> IndicatorGroup | None:
        view = self.tabs.currentWidget()
        return view.group if isinstance(view, IndicatorView) else None

    def current_view(self) -> IndicatorView | None:
        view = self.tabs.currentWidget()
        return view if isinstance(view, IndicatorView) else None

    def show_group(self, group: IndicatorGroup) -> None:
        for n, view in enumerate(self.views):
            if view.group is group:
                self.tabs.setCurrentIndex(n)

    def _ask_name(self, title: str, value: str, current: IndicatorGroup | None) -> str | None:
        name = self.dialogs.ask_text(title, self.tr("区分の名前（例: 活動指標）"), value)
        if name is None or not name.strip():
            return None
        name = name.strip()
        if any(g.name == name and g is not current for g in self.sheet.indicator_groups):
            self.dialogs.error(self.tr("区分「{0}」はすでにあります。別の名前にしてください。").format(name))
            return None
        return name

    def add_group(self) -> None:
        name = self._ask_name(self.tr("区分を追加"), self.tr("活動指標"), None)
        if name is None:
            return
        group = IndicatorGroup(name)
        replace_list(self.doc, self.tr("区分の追加"), self.sheet, Part.GROUPS, self.sheet.indicator_groups,
                     [*self.sheet.indicator_groups, group], Place(self.sheet, Tab.INDICATORS))
        self.show_group(group)

    def rename_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        name = self._ask_name(self.tr("区分の名前を変更"), group.name, group)
        if name is not None:
            set_attribute(self.doc, self.tr("区分の名前の変更"), self.sheet, Part.GROUPS, group, "name", name,
                          Place(self.sheet, Tab.INDICATORS, group))

    def remove_group(self) -> None:
        group = self.current_group()
        if group is None or len(self.sheet.indicator_groups) < 2:
            return
        if group.indicators and not self.dialogs.confirm(
                self.tr("区分を削除"),
                self.tr("区分「{0}」とその {1} 件の指標を削除しますか？（元に戻すことができます）").format(
                    group.name, len(group.indicators))):
            return
        replace_list(self.doc, self.tr("区分の削除"), self.sheet, Part.GROUPS, self.sheet.indicator_groups,
                     [g for g in self.sheet.indicator_groups if g is not group], Place(self.sheet, Tab.INDICATORS))

    def _changed(self, scope: object, part: str) -> None:
        if scope is self.sheet and part == Part.GROUPS:
            groups = self.sheet.indicator_groups
            if len(groups) == len(self.views) and all(v.group is g for v, g in zip(self.views, groups)):
                for n, group in enumerate(self.sheet.indicator_groups):
                    self.tabs.setTabText(n, group.name)
            else:
                self._build()

    def detach(self) -> None:
        self.doc.changed.disconnect(self._changed)
        self.chart.detach()
        for view in self.views:
            view.model.detach()
