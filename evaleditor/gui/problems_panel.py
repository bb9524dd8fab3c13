"""問題 (problems): the findings of the checks in a dockable panel, kept up to date as the user types.

Changes are gathered for a short pause (:data:`evaleditor.gui.insight.DELAY_MS`) so that typing never waits for a check.
Then only the sheets that changed are checked again (``check_sheet``); when a 施策番号 changed, the other
sheets' 施策番号 findings (duplicates) are renewed too (``check_policy_number``). A change that can affect
everything — the year under review when it follows the actuals, the settings, the list of sheets — has
the whole project checked (``check_project``). See docs/insight.md.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSizePolicy, QTableView, QToolButton, QVBoxLayout,
    QWidget,
)

from evaleditor.checks import NUMBER_PLACE, Finding, Level, check_policy_number, check_project, check_sheet
from evaleditor.model.policy_numbers import normalized_number
from evaleditor.gui.hints import make_hint
from evaleditor.gui.document import Part, ProjectDocument
from evaleditor.gui.problems_model import (
    FINDING_ROLE, LEVEL, LEVELS, MESSAGE, ProblemsFilter, ProblemsModel, finding_key, level_icon, level_text,
)
from evaleditor.model import IndicatorGroup, Sheet, Topic


class LiveChecks:
    """The findings of a document, re-checked after each pause in its changes."""

    def __init__(self, doc: ProjectDocument, timer: QTimer, publish: Callable[[list[Finding]], None]) -> None:
        self.doc = doc
        self.timer = timer
        self.publish = publish
        self.by_sheet: list[list[Finding]] = []
        self.dirty: set[int] = set()  # id() of the sheets changed since the last check
        self.everything = True
        self.review_year: str | None = None
        self.numbers: list[str] = []
        doc.changed.connect(self.changed)

    def detach(self) -> None:
        self.doc.changed.disconnect(self.changed)

    def _sheet_of(self, scope: object) -> Sheet | None:
        if isinstance(scope, Sheet):
            return scope
        for sheet in self.doc.project.sheets:
            if isinstance(scope, IndicatorGroup) and any(g is scope for g in sheet.indicator_groups):
                return sheet
            if isinstance(scope, Topic) and any(t is scope for t in sheet.topics):
                return sheet
        return None

    def changed(self, scope: object, part: str) -> None:
        sheet = self._sheet_of(scope)
        if sheet is None or part in (Part.SHEETS, Part.SETTINGS):
            self.everything = True
        else:
            self.dirty.add(id(sheet))
        self.timer.start()

    def _numbers(self) -> list[str]:
        return [normalized_number(s.policy_number) for s in self.doc.project.sheets]

    def run(self) -> list[Finding]:
        """Check what changed (or everything) and publish all findings."""
        project = self.doc.project
        review, numbers = project.review_year(), self._numbers()
        if self.everything or review != self.review_year or len(self.by_sheet) != len(project.sheets) \
                or len(numbers) != len(self.numbers):
            findings = check_project(project)
            self.by_sheet = [[] for _ in project.sheets]
            for finding in findings:
                self.by_sheet[finding.sheet].append(finding)
        else:
            numbers_changed, cache = numbers != self.numbers, {}  # (a 施策番号 concerns every sheet)
            for index, sheet in enumerate(project.sheets):
                if id(sheet) in self.dirty:
                    self.by_sheet[index] = check_sheet(project, index)
                elif numbers_changed:
                    rest = [finding for finding in self.by_sheet[index] if finding.place != NUMBER_PLACE]
                    self.by_sheet[index] = check_policy_number(project, index, cache) + rest
        self.everything, self.dirty = False, set()
        self.review_year, self.numbers = review, numbers
        findings = [finding for sheet in self.by_sheet for finding in sheet]
        self.publish(findings)
        return findings


class ProblemsView(QTableView):
    """Enter on a finding goes to it, as a double-click does. A list of whole rows: the arrow keys move
    between findings, Tab leaves it (it does not step through the cells)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ProblemsPanel(QWidget):
    """The table of findings with a switch per level, a text filter and a count per level."""

    # A finding the user chose to go to (double-click or Enter).
    findingActivated = Signal(object)
    # The counts changed: {Level: n}.
    countsChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProblemsModel(self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = ProblemsView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(LEVEL, Qt.SortOrder.AscendingOrder)  # errors first; ties in the order of the checks
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(self.fontMetrics().height() * 3)  # the window must still fit small screens
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # fitting widths measures at most this many rows
        self._fitted = False
        self._published = False
        self.view.setAccessibleName(self.tr("問題の一覧"))
        self.view.activated.connect(self._activated)
        self.buttons: dict[Level, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for level in LEVELS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(level_icon(level))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # as high as the row (the search box, the other buttons): a label whose glyphs come from a
            # taller fallback font (エラー) would otherwise make its button higher than the others
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            button.setToolTip(self.tr("{0}を表示する").format(level_text(level)))
            button.toggled.connect(lambda shown, lv=level: self.proxy.set_level_shown(lv, shown))
            bar.addWidget(button)
            self.buttons[level] = button
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("絞り込み（シート・場所・内容）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        bar.addWidget(self.search, 1)
        self.empty = QLabel(self.tr("問題は見つかりませんでした。"), self)
        make_hint(self.empty)  # grey, yet readable (not disabled)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.set_findings([])

    def sizeHint(self) -> QSize:
        """About six findings high, at most a fifth of the window: the editor above keeps most of it
        (on a small screen with a large text size too)."""
        height = self.fontMetrics().height() * 10
        if self.window() is not self:
            height = min(height, max(self.window().height() // 5, self.fontMetrics().height() * 5))
        return QSize(super().sizeHint().width(), height)

    def set_findings(self, findings: list[Finding]) -> None:
        if findings == self.model.checked and self._published:
            return  # nothing changed: the view, its selection and scroll position stay as they are
        self._published = True
        current = self.current_finding()
        self.model.set_findings(findings)
        counts = self.model.counts()
        for level, button in self.buttons.items():
            button.setText(self.tr("{0} {1} 件").format(level_text(level), counts[level]))
        self.view.setVisible(bool(findings))
        self.empty.setVisible(not findings)
        if findings and not self._fitted:  # when findings appear: while they last, the user's widths stay
            self._fit_columns()
        self._fitted = bool(findings)
        if current is not None:
            self.select(finding_key(current))
        self.countsChanged.emit(counts)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size (表示 → 画面の文字の大きさ): rows and column widths follow it (「エ…」 otherwise)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._follow_font)  # once the view and its children have the font too

    def _follow_font(self) -> None:
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        if self.model.rowCount():
            self._fit_columns()

    def refit(self) -> None:
        """Fit the column widths to the next findings published (e.g. those of another project)."""
        self._fitted = False

    def _fit_columns(self) -> None:
        """Widths from the texts of the first findings (works before the view is shown), within limits."""
        metrics = self.view.fontMetrics()
        em = metrics.horizontalAdvance("M")
        rows = range(min(self.model.rowCount(), 200))
        for column in range(MESSAGE):
            texts = [self.model.index(r, column).data() for r in rows] + [self.model.headers[column]]
            if column == LEVEL:  # every level's word: one that appears later is not cut (「エ…」)
                texts += [level_text(level) for level in LEVELS]
            width = max(metrics.horizontalAdvance(text) for text in texts) + em * 2
            if column == LEVEL:
                width += self.view.iconSize().width() if self.view.iconSize().isValid() else em * 2
            self.view.setColumnWidth(column, min(width, em * (30 if column else 12)))

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        finding = index.data(FINDING_ROLE) if index.isValid() else None
        return finding if isinstance(finding, Finding) else None

    def row_of(self, key: tuple) -> int:  # type: ignore[type-arg]
        for row in range(self.proxy.rowCount()):
            finding = self.proxy.index(row, LEVEL).data(FINDING_ROLE)
            if finding_key(finding) == key:
                return row
        return -1

    def select(self, key: tuple) -> bool:  # type: ignore[type-arg]
        row = self.row_of(key)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.index(row, LEVEL))
            self.view.selectRow(row)
        return row >= 0

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)
