"""Progress of long work done in the GUI thread, step by step, with a cancel button.

:meth:`Dialogs.progress` returns a :class:`Progress`; the work reports each step with
:meth:`Progress.step`, which keeps the window responsive (events are processed) and
raises :class:`Cancelled` once the user has pressed キャンセル.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


class Cancelled(Exception):
    """The user cancelled the work; nothing was written."""


class Progress:
    """What long work reports to; tests replace it through the dialogs seam."""

    def step(self, done: int, text: str = "") -> None:
        """``done`` steps of the maximum are finished; raises Cancelled when the user cancelled."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class QtProgress(Progress):
    def __init__(self, title: str, maximum: int, parent: QWidget | None = None) -> None:
        self.dialog = QProgressDialog(title, QCoreApplication.translate("Progress", "キャンセル"), 0, maximum, parent)
        self.dialog.setWindowTitle("evaleditor")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # only work that takes a while shows the dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(self.dialog.fontMetrics().horizontalAdvance("M") * 30)
        self.dialog.setValue(0)

    def step(self, done: int, text: str = "") -> None:
        if text:
            self.dialog.setLabelText(text)
        self.dialog.setValue(done)  # shows the dialog once the work has taken a moment
        if self.dialog.isVisible():
            QApplication.processEvents()  # paints, and lets キャンセル be pressed; the modal dialog blocks the window
        else:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.dialog.wasCanceled():
            raise Cancelled

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
