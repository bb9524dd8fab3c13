"""Evaluation insight in the main window: rate columns, the problems panel and its status-bar count.

``install(window)`` is the one call the main window makes (before its first document is installed).
The chart of the selected indicator lives in the 成果指標 tab (:mod:`evaleditor.gui.indicator_chart`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QToolButton

from evaleditor.checks import Finding, Level
from evaleditor.gui import rate_columns
from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.finding_place import show_finding
from evaleditor.gui.indicators_panel import IndicatorsPanel
from evaleditor.gui.problems_model import LEVELS, level_text
from evaleditor.gui.problems_panel import DELAY_MS, LiveChecks, ProblemsPanel

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow

ERROR_COUNT_STYLE = "color: #b71c1c; font-weight: bold;"


class Insight(QObject):
    """Keeps the problems panel and the rate columns of ``window`` in step with its document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("insight")
        self.window = window
        self.panel = ProblemsPanel()
        self.dock: QDockWidget = window.add_dock(self.panel, self.tr("問題"), menu_text=self.tr("問題(&P)"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        self.checks: LiveChecks | None = None
        self.status = QToolButton(window)
        self.status.setAutoRaise(True)
        self.status.setToolTip(self.tr("問題の一覧を表示する"))
        self.status.clicked.connect(self.show_panel)
        window.statusBar().addPermanentWidget(self.status)
        self.panel.countsChanged.connect(self._show_counts)
        self.panel.findingActivated.connect(self.go_to)
        window.documentInstalled.connect(self._install)
        self._show_counts(dict.fromkeys(LEVELS, 0))

    def _install(self, doc: ProjectDocument) -> None:
        if self.checks is not None:
            self.checks.detach()
        self.checks = LiveChecks(doc, self.timer, self.panel.set_findings)
        rate_columns.RateBook.of(doc).reviewYearChanged.connect(self._refresh_rates)
        self.panel.refit()
        # the first check of a large project takes a moment: show the window first, check right after
        QTimer.singleShot(0, self.check_now)

    def check_now(self) -> list[Finding]:
        """Run the pending checks at once (also what the pause after typing ends in)."""
        self.timer.stop()
        return self.checks.run() if self.checks is not None else []

    def _refresh_rates(self) -> None:
        """Tables that are built (a tab's panel is made when first shown) show the new year's rates."""
        built = self.window.editor.panels() if self.window.editor is not None else []
        for panel in built:
            if isinstance(panel, IndicatorsPanel):
                for view in panel.views:
                    rate_columns.refresh(view.model)

    def _show_counts(self, counts: dict[Level, int]) -> None:
        self.status.setText(" / ".join(self.tr("{0} {1} 件").format(level_text(level), counts[level])
                                       for level in LEVELS))
        self.status.setStyleSheet(ERROR_COUNT_STYLE if counts[Level.ERROR] else "")

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to(self, finding: Finding) -> None:
        show_finding(self.window, finding)


def install(window: MainWindow) -> Insight:
    """Rate columns in every indicator table, and the problems panel with its count in the status bar."""
    rate_columns.register()
    return Insight(window)
