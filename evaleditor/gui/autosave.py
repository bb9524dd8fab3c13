"""Autosave: a few seconds after the last change, the open project goes to its recovery file.

The recovery file lives in the user's data folder (never beside the document, never the real file) and
is written atomically by :meth:`evaleditor.storage.session.EditSession.autosave`. Typing restarts the
few seconds, but unsaved work never waits longer than ``max_wait_ms`` for its recovery file. When the
document is clean again (saved, or undone back to the saved state) its recovery file is removed. The
file's lock is refreshed every few minutes, so that other computers see it is still in use.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from evaleditor.applog import log
from evaleditor.errors import SaveError
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import ProjectDocument

DELAY_MS = 4000
MAX_WAIT_MS = 30_000
LOCK_REFRESH_MS = 5 * 60 * 1000


class Autosaver(QObject):
    """Writes the recovery file of the window's current document; one per window."""

    #: The recovery file just written.
    saved = Signal(Path)

    def __init__(self, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.delay_ms = DELAY_MS
        self.max_wait_ms = MAX_WAIT_MS
        self.doc: ProjectDocument | None = None
        self._pending_since: float | None = None
        self._failure_told = False
        self._lock_loss_told = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_REFRESH_MS)
        self.lock_timer.timeout.connect(self.refresh_lock)

    def watch(self, doc: ProjectDocument) -> None:
        """Follow ``doc`` from now on (the window installed it)."""
        self.doc = doc
        self._timer.stop()
        self._pending_since = None
        self._failure_told = self._lock_loss_told = False
        doc.changed.connect(lambda *_: self._changed(doc))
        doc.undo_stack.indexChanged.connect(lambda *_: self._changed(doc))
        doc.undo_stack.cleanChanged.connect(lambda clean: self._clean_changed(doc, clean))
        self.lock_timer.start()
        if doc.is_modified():  # restored, imported or merged work is unsaved from the start
            self.schedule()

    def stop(self) -> None:
        """The window closed: no more writes."""
        self.doc = None
        self._timer.stop()
        self.lock_timer.stop()

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def _changed(self, doc: ProjectDocument) -> None:
        if doc is self.doc:
            self.schedule()

    def schedule(self) -> None:
        """Write a few seconds from now (again from the start after each change, up to ``max_wait_ms``)."""
        if self.doc is None or not self.doc.is_modified():
            return
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited_ms = int((now - self._pending_since) * 1000)
        self._timer.start(max(0, min(self.delay_ms, self.max_wait_ms - waited_ms)))

    def write_now(self) -> Path | None:
        """Write the recovery file now if there are unsaved changes; the file, or None."""
        self._timer.stop()
        self._pending_since = None
        doc = self.doc
        if doc is None or doc.session is None or not doc.is_modified():
            return None
        try:
            file = doc.session.autosave(doc.project)
        except Exception as error:  # never let autosave break editing
            if isinstance(error, SaveError):
                log.warning("autosave failed: %s", error)
                reason = error.reason
            else:
                log.exception("autosave failed")
                reason = self.tr("予期しないエラー")
            if not self._failure_told:  # say it once; the next change tries again
                self._failure_told = True
                self.dialogs.error(self.tr(
                    "自動保存できませんでした（{0}）。\n編集は続けられますが、異常終了したときに復元できません。"
                    "こまめに保存してください。").format(reason))
            return None
        self._failure_told = False
        self.saved.emit(file)
        return file

    def _clean_changed(self, doc: ProjectDocument, clean: bool) -> None:
        if doc is not self.doc or not clean or doc.session is None:
            return
        self._timer.stop()
        self._pending_since = None
        doc.session.slot.remove()  # the file on disk holds this state

    def refresh_lock(self) -> bool:
        """Show other computers that the file is still open; False (said once) if the lock was lost."""
        session = self.doc.session if self.doc is not None else None
        if session is None or session.lock is None or session.read_only:
            return True
        if session.refresh_lock():
            self._lock_loss_told = False
            return True
        if not self._lock_loss_told:
            self._lock_loss_told = True
            log.warning("lock of %s lost", session.path)
        return False
