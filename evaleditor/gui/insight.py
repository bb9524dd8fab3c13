"""Evaluation insight in the main window: rate columns, the problems panel and its status-bar count.

``install(window)`` is the one call the main window makes (before its first document is installed).
The chart of the selected indicator lives in the 成果指標 tab (:mod:`evaleditor.gui.indicator_chart`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QPushButton, QWidget

from evaleditor.gui.document import ProjectDocument
from evaleditor.gui.indicator_columns import COLUMN_PROVIDERS, Column
from evaleditor.gui.rate_book import RATE_COLUMNS, RateBook

if TYPE_CHECKING:
    from evaleditor.checks import Finding, Level
    from evaleditor.gui.mainwindow import MainWindow
    from evaleditor.gui.problems_panel import LiveChecks, ProblemsPanel

ERROR_COUNT_STYLE = "color: #b71c1c; font-weight: bold;"
# Milliseconds of quiet after the last change before the checks run again.
DELAY_MS = 300


class _Pending(QWidget):
    """Holds the problems panel's place (and size) in its dock until the panel is built."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().height() * 10)  # as ProblemsPanel's


class Insight(QObject):
    """Keeps the problems panel and the rate columns of ``window`` in step with its document.

    The panel and its checks are built after the window's first frame (start-up shows the project first),
    or at once when something asks for :attr:`panel`. The count in the status bar is there from the start
    (the window does not move when the panel arrives); it says 問題を確認しています… until the first check.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("insight")
        self.window = window
        self.dock: QDockWidget = window.add_dock(_Pending(), self.tr("問題"), menu_text=self.tr("問題(&P)"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        self.checks: LiveChecks | None = None
        self._panel: ProblemsPanel | None = None
        # a flat push button (its class is loaded anyway), not a tool button, which would cost start-up time
        self.status = QPushButton(window)  # empty until a project is there, then 問題を確認しています…
        self.status.setFlat(True)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a mouse shortcut; Tab never lands on it unseen
        self.status.setToolTip(self.tr("問題の一覧を表示する"))
        self.status.clicked.connect(self.show_panel)
        window.statusBar().addPermanentWidget(self.status)
        self._doc: ProjectDocument | None = None
        window.documentInstalled.connect(self._install)
        window.first_frame.later(lambda: self._build() if self._doc is not None else None)

    @property
    def panel(self) -> ProblemsPanel:
        self._build()
        assert self._panel is not None
        return self._panel

    def _build(self) -> None:
        if self._panel is not None:
            return
        from evaleditor.gui.problems_model import LEVELS
        from evaleditor.gui.problems_panel import ProblemsPanel

        self._panel = ProblemsPanel()
        pending = self.dock.widget()
        self.dock.setWidget(self._panel)
        if pending is not None:
            pending.deleteLater()
        self._panel.countsChanged.connect(self._show_counts)
        self._panel.findingActivated.connect(self.go_to)
        self._show_counts(dict.fromkeys(LEVELS, 0))
        if self._doc is not None:
            self._attach(self._doc)
            self.check_now()

    def _install(self, doc: ProjectDocument) -> None:
        self._doc = doc
        RateBook.of(doc).reviewYearChanged.connect(self._refresh_rates)
        if self._panel is not None:
            self._attach(doc)
            # the first check of a large project takes a moment: show the window first, check right after
            QTimer.singleShot(0, self.check_now)
        elif self.window.first_frame.has_painted():  # the first project came after the first frame
            QTimer.singleShot(0, self._build)
        else:
            self.status.setText(self.tr("問題を確認しています…"))

    def _attach(self, doc: ProjectDocument) -> None:
        from evaleditor.gui.problems_panel import LiveChecks

        assert self._panel is not None
        if self.checks is not None:
            self.checks.detach()
        self.checks = LiveChecks(doc, self.timer, self._panel.set_findings)
        self._panel.refit()

    def check_now(self) -> list[Finding]:
        """Run the pending checks at once (also what the pause after typing ends in)."""
        self.timer.stop()
        return self.checks.run() if self.checks is not None else []

    def _refresh_rates(self) -> None:
        """Tables that are built (a tab's panel is made when first shown) show the new year's rates."""
        built = self.window.editor.panels() if self.window.editor is not None else []
        if not built:
            return
        from evaleditor.gui import rate_columns
        from evaleditor.gui.indicators_panel import IndicatorsPanel

        for panel in built:
            if isinstance(panel, IndicatorsPanel):
                for view in panel.views:
                    rate_columns.refresh(view.model)

    def _show_counts(self, counts: dict[Level, int]) -> None:
        from evaleditor.checks import Level
        from evaleditor.gui.problems_model import LEVELS, level_text

        self.status.setText(" / ".join(self.tr("{0} {1} 件").format(level_text(level), counts[level])
                                       for level in LEVELS))
        self.status.setStyleSheet(ERROR_COUNT_STYLE if counts[Level.ERROR] else "")

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to(self, finding: Finding) -> None:
        from evaleditor.gui.finding_place import show_finding

        show_finding(self.window, finding)


def _rate_columns(doc: ProjectDocument) -> list[Column]:
    """The rate columns of an indicator table; their module is loaded with the first table, not at start-up."""
    from evaleditor.gui import rate_columns

    return rate_columns.rate_columns(doc)


def install(window: MainWindow) -> Insight:
    """Rate columns in every indicator table, and the problems panel with its count in the status bar."""
    COLUMN_PROVIDERS.setdefault(RATE_COLUMNS, _rate_columns)
    return Insight(window)
