"""Autosave: a few seconds after the last change, the open project goes to its recovery file.

The recovery file lives in the user's data folder (never beside the document, never the real file) and
is written atomically through :class:`evaleditor.storage.session.EditSession`. Typing restarts the
few seconds, but unsaved work never waits longer than ``max_wait_ms`` for its recovery file. When the
document is clean again (saved, or undone back to the saved state) its recovery file is removed. The
file's lock is refreshed every few minutes, so that other computers see it is still in use.

The GUI thread only captures the work (``EditSession.snapshot``: the JSON text, a few milliseconds for a
city's 100 sheets); one worker thread per window writes it (temporary file, fsync, rename). The recovery
slot keeps the order (an older snapshot never replaces a newer one; a save or close in the meantime is
not undone by a write finishing later). What the worker found is handled on the GUI thread: a failure is
told once through the dialogs, success is announced by ``saved``. Quitting and closing wait for a write
still going on.
"""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from evaleditor.applog import log
from evaleditor.errors import SaveError
from evaleditor.gui.dialogs import Dialogs
from evaleditor.gui.document import ProjectDocument

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

    from evaleditor.storage.session import EditSession

DELAY_MS = 4000
MAX_WAIT_MS = 30_000
LOCK_REFRESH_MS = 5 * 60 * 1000


class Autosaver(QObject):
    """Writes the recovery file of the window's current document; one per window."""

    #: The recovery file just written.
    saved = Signal(Path)
    #: A background write finished (emitted on the worker thread, handled on the GUI thread).
    _written = Signal()

    def __init__(self, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.delay_ms = DELAY_MS
        self.max_wait_ms = MAX_WAIT_MS
        self.doc: ProjectDocument | None = None
        self._pending_since: float | None = None
        self._failure_told = False
        self._lock_loss_told = False
        self._worker: ThreadPoolExecutor | None = None
        #: The window closed (``stop``): a preparation planned earlier makes no worker for it.
        self._stopped = False
        #: Background writes not handled yet, oldest first, with the session each is for.
        self._writes: deque[tuple[EditSession, Future[Path | None]]] = deque()
        #: A change came while a write was going on: write again when it is done.
        self._again = False
        self._written.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_in_background)
        self.lock_timer = QTimer(self)
        self.lock_timer.setInterval(LOCK_REFRESH_MS)
        self.lock_timer.timeout.connect(self.refresh_lock)

    def watch(self, doc: ProjectDocument) -> None:
        """Follow ``doc`` from now on (the window installed it)."""
        self.doc = doc
        self._stopped = False
        self._timer.stop()
        self._pending_since = None
        self._again = False
        self._failure_told = self._lock_loss_told = False
        doc.changed.connect(lambda *_: self._changed(doc))
        doc.undo_stack.indexChanged.connect(lambda *_: self._changed(doc))
        doc.undo_stack.cleanChanged.connect(lambda clean: self._clean_changed(doc, clean))
        self.lock_timer.start()
        if self._worker is not None:  # after the start-up (else the preparation hashes it)
            self._hash_known_state()
        if doc.is_modified():  # restored, imported or merged work is unsaved from the start
            self.schedule()

    def stop(self) -> None:
        """The window closed: no more writes; a write still going on is finished first."""
        self.doc = None
        self._stopped = True
        self._timer.stop()
        self.lock_timer.stop()
        self.wait()
        if self._worker is not None:
            self._worker.shutdown(wait=True)
            self._worker = None

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def is_writing(self) -> bool:
        """Whether a background write has not been handled yet."""
        return bool(self._writes)

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

    def _due(self) -> EditSession | None:
        """The session to write for, if there are unsaved changes (the timer is stopped either way)."""
        self._timer.stop()
        self._pending_since = None
        doc = self.doc
        if doc is None or doc.session is None or not doc.is_modified():
            return None
        return doc.session

    def prepare(self) -> ThreadPoolExecutor:
        """The worker thread, and the serializer and hash the snapshots use: made once, when the window has shown
        itself (not on the start-up path, and not in the first autosave, which would pause for it)."""
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            from evaleditor.storage.disk_state import digest
            from evaleditor.storage.schema import load_serializer

            load_serializer()
            digest(b"")  # imports hashlib: a snapshot names the file's hash, computed when first asked for
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evaleditor-autosave")
            self._hash_known_state()
        return self._worker

    def _hash_known_state(self) -> None:
        """Compute the hash of the file as the session read it, which each snapshot names, now (in the
        preparation's pass, or as a document comes after it) rather than in the first autosave: without
        OpenSSL (the frozen app leaves it out) hashing a city's 1.7 MB file takes about 5 ms."""
        doc = self.doc
        state = doc.session.state if doc is not None and doc.session is not None else None
        if state is not None:
            _ = state.sha256  # computed once, then kept

    def prepare_unless_stopped(self) -> None:
        """``prepare``, planned a moment ahead: nothing if the window has closed meanwhile (its worker thread
        would outlive it)."""
        if not self._stopped:
            self.prepare()

    def is_prepared(self) -> bool:
        return self._worker is not None

    def write_in_background(self) -> bool:
        """What the timer calls: capture the work now and write it on the worker thread; False if nothing to do.

        ``saved`` follows once it is written (or the failure is told).
        """
        session = self._due()
        if session is None or self.doc is None:
            return False
        if any(not write.done() for _session, write in self._writes):
            self._again = True  # one write at a time; the newest work follows when it is done
            return False
        try:
            snapshot = session.snapshot(self.doc.project)
        except Exception as error:  # never let autosave break editing
            self._failed(error)
            return False
        write = self.prepare().submit(session.write_snapshot, snapshot)
        self._writes.append((session, write))
        write.add_done_callback(lambda _write: self._written.emit())
        return True

    def wait(self) -> None:
        """Wait until background writes are done, and handle what they found (on the GUI thread)."""
        for _session, write in list(self._writes):
            try:
                write.result()
            except Exception:  # handled by _collect
                pass
        self._collect()

    def _collect(self) -> None:
        """Handle finished background writes in order: tell a failure (once), announce a success."""
        while self._writes and self._writes[0][1].done():
            session, write = self._writes.popleft()
            if self.doc is None or session is not self.doc.session:
                continue  # the window closed or holds another document: that work was saved or discarded
            error = write.exception()
            if error is not None:
                self._failed(error)
                continue
            file = write.result()
            if file is not None:  # else superseded: saved, closed or written anew meanwhile
                self._succeeded(file)
        if self._again and not self._writes:
            self._again = False
            self.schedule()

    def write_now(self) -> Path | None:
        """Write the recovery file now, on this thread, once any background write is done; the file, or None.

        For the moments the work must be on disk before going on: quitting, after a restore.
        """
        self._timer.stop()
        self.wait()
        session = self._due()
        if session is None or self.doc is None:
            return None
        try:
            file = session.autosave(self.doc.project)
        except Exception as error:  # never let autosave break editing
            self._failed(error)
            return None
        if file is not None:
            self._succeeded(file)
        return file

    def _succeeded(self, file: Path) -> None:
        self._failure_told = False
        self.saved.emit(file)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SaveError):
            log.warning("autosave failed: %s", error)
            reason = error.reason
        else:
            log.error("autosave failed", exc_info=error)
            reason = self.tr("予期しないエラー")
        if not self._failure_told:  # say it once; the next change tries again
            self._failure_told = True
            self.dialogs.error(self.tr(
                "自動保存できませんでした（{0}）。\n編集は続けられますが、異常終了したときに復元できません。"
                "こまめに保存してください。").format(reason))

    def _clean_changed(self, doc: ProjectDocument, clean: bool) -> None:
        if doc is not self.doc or not clean or doc.session is None:
            return
        self._timer.stop()
        self._pending_since = None
        self._again = False
        doc.session.slot.remove()  # the file on disk holds this state; a write going on will not bring it back

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
