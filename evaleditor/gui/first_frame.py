"""Work that waits until the main window has painted itself once.

At start-up the window shows the project first; parts that are not needed for that first picture (the
problems panel and its checks) are built right after it, so the window appears sooner. Code that needs
such a part earlier builds it on demand: waiting here is an optimisation, never a condition.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstFrame(QObject):
    """Emits :attr:`painted` once, in the event-loop pass after ``window``'s first paint."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._seen = False
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            watched.removeEventFilter(self)  # no Python call for each later event of the window
            QTimer.singleShot(0, self._emit)  # after the whole frame (the children paint after the window)
        return False

    def _emit(self) -> None:
        self._done = True
        self.painted.emit()

    def has_painted(self) -> bool:
        return self._done

    def later(self, work: Callable[[], object]) -> None:
        """Run ``work`` after the first frame, in an event-loop pass of its own (now, if it was painted)."""
        if self._done:
            QTimer.singleShot(0, work)
        else:
            self.painted.connect(lambda: QTimer.singleShot(0, work))
