"""One project open for editing: its lock, what was loaded, its recovery file and its backups, in the right order.

The GUI keeps one ``EditSession`` per window and calls it; when a call raises, the GUI asks the user and
calls again with the user's answer. No Qt here, and no dialogs:

====================================  ==============================================================
call                                  raises (the GUI's question)
====================================  ==============================================================
``EditSession.open(path)``            ProjectLockedError: "who has it since when"; open read-only
                                      (``read_only=True``) or, if ``existing.may_take_over``, take over
                                      (``take_over=True``). LockFileError: open read-only.
                                      ProjectFileError: the file cannot be used.
``EditSession.restore(recovery)``     as ``open`` for the recovery's original file (a stale lock of the
                                      crashed session is taken over silently); ProjectFileError: the
                                      recovery file cannot be used (offer to discard it)
``session.autosave(project)``         SaveError: autosave failed (say so once, keep editing)
``session.snapshot(project)``         never (a few ms; the disk work is ``write_snapshot``)
``session.write_snapshot(snapshot)``  as ``autosave``; from any thread (the GUI: a worker thread)
``session.save(project)``             ChangedOnDiskError: overwrite (``force=True``) or ``save_as``.
                                      ReadOnlyError: ``save_as``. ProjectLockedError: someone took the
                                      lock over; ``save_as``. SaveError: nothing changed; ``save_as``.
``session.save_as(project, path)``    as ``save``; ``overwrite=True`` once the user agreed to replace
                                      an existing file
``session.close()``                   never
====================================  ==============================================================

Order matters and is kept here: the recovery file is removed only after a save succeeded; a failed
save keeps it. A restored recovery is discarded only once its work is safe again (autosaved into this
session's own recovery file, or saved). The lock of a new name is taken before writing there, and
the old one is released only after the save.
"""

from __future__ import annotations

from pathlib import Path

from evaleditor.errors import EvalEditorError
from evaleditor.model import Project
from evaleditor.storage.backups import DEFAULT_BACKUP_COUNT
from evaleditor.storage.disk_state import ChangedOnDiskError, DiskChange, DiskState, check, load_with_state
from evaleditor.storage.disk_state import save_checked
from evaleditor.storage.lock import ProjectLock, acquire
from evaleditor.storage.recovery import Recovery, RecoverySlot, RecoverySnapshot, RecoveryStore


class ReadOnlyError(EvalEditorError):
    """The project was opened read-only; it can only be saved under another name."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        super().__init__(f"{path}: 読み取り専用で開いています。別の名前で保存してください")


class EditSession:
    """Use ``open``, ``new`` or ``restore``; then ``autosave``, ``save``, ``save_as`` and ``close``."""

    def __init__(
        self, path: Path | None, *, lock: ProjectLock | None, state: DiskState | None, slot: RecoverySlot,
        read_only: bool = False, backups: int = DEFAULT_BACKUP_COUNT, replaces: Recovery | None = None,
        store: RecoveryStore | None = None,
    ) -> None:
        self.path = path
        self.lock = lock
        self.state = state
        self.slot = slot
        self.read_only = read_only
        self.backups = backups
        self._replaces = replaces
        self._store = store
        self.closed = False

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, take_over: bool = False,
        store: RecoveryStore | None = None, backups: int = DEFAULT_BACKUP_COUNT,
    ) -> tuple[EditSession, Project]:
        path = Path(path)
        lock = None if read_only else acquire(path, take_over=take_over)
        try:
            project, state = load_with_state(path)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        store = store or RecoveryStore()
        return cls(path, lock=lock, state=state, slot=store.slot(path), read_only=read_only, backups=backups,
                   store=store), project

    @classmethod
    def new(cls, *, store: RecoveryStore | None = None, backups: int = DEFAULT_BACKUP_COUNT) -> EditSession:
        """A project not saved yet (``save_as`` gives it a file)."""
        store = store or RecoveryStore()
        return cls(None, lock=None, state=None, slot=store.slot(None), backups=backups, store=store)

    @classmethod
    def restore(
        cls, recovery: Recovery, *, read_only: bool = False, take_over: bool = False,
        store: RecoveryStore | None = None, backups: int = DEFAULT_BACKUP_COUNT,
    ) -> tuple[EditSession, Project]:
        """Continue the work of a crashed session: its project, its file (locked again) and what it had loaded.

        The real file is not touched. Saving compares it with what the crashed session knew, so a change
        made by someone else since then is reported, not overwritten.
        """
        store = store or RecoveryStore()
        project = store.restore(recovery)
        path = recovery.original
        lock = None if read_only or path is None else acquire(path, take_over=take_over)
        session = cls(path, lock=lock, state=recovery.base, slot=store.slot(path), read_only=read_only,
                      backups=backups, replaces=recovery, store=store)
        return session, project

    def _forget_replaced(self) -> None:
        replaces, self._replaces = self._replaces, None  # called from the autosave thread, too
        if replaces is not None and self._store is not None:
            self._store.discard(replaces)

    def autosave(self, project: Project) -> Path | None:
        """Write the recovery file now (call a few seconds after changes while unsaved); see ``write_snapshot``."""
        return self.write_snapshot(self.snapshot(project))

    def snapshot(self, project: Project) -> RecoverySnapshot:
        """The recovery file's content for ``project`` as it is now: cheap, on the thread that edits it."""
        return self.slot.snapshot(project, base=self.state)

    def write_snapshot(self, snapshot: RecoverySnapshot) -> Path | None:
        """Write the recovery file (from any thread); None if superseded by a newer one or by a save or close
        since the snapshot was taken. SaveError if it cannot be written."""
        file = self.slot.write_snapshot(snapshot)
        if file is not None:
            self._forget_replaced()
        return file

    def disk_change(self) -> DiskChange:
        """Whether the file changed on disk since it was loaded or saved (to warn before the user saves)."""
        if self.path is None:
            return DiskChange.UNCHANGED
        return check(self.path, self.state)

    def refresh_lock(self) -> bool:
        """Keep the lock alive (every few minutes); False if it was lost or there is none."""
        return self.lock is not None and self.lock.refresh()

    def _ensure_lock(self) -> None:
        assert self.path is not None
        if self.lock is None or not self.lock.is_held():
            lost = self.lock
            self.lock = acquire(self.path)  # ProjectLockedError if someone holds it now
            if lost is not None:
                lost.released = True

    def save(self, project: Project, *, force: bool = False) -> None:
        """Save to the session's file; see the module's table for what it raises."""
        if self.path is None:
            raise ValueError("a new project is saved with save_as")
        if self.read_only:
            raise ReadOnlyError(self.path)
        self._ensure_lock()
        self.state = save_checked(project, self.path, self.state, force=force, backups=self.backups)
        self.slot.remove()
        self._forget_replaced()

    def save_as(self, project: Project, path: str | Path, *, overwrite: bool = False) -> None:
        """Save under a new name and continue there (locked, with its own state)."""
        path = Path(path)
        if self.path is not None and path.resolve() == self.path.resolve() and not self.read_only:
            self.save(project, force=overwrite)
            return
        new_lock = acquire(path)
        try:
            if not overwrite and check(path, None) is not DiskChange.UNCHANGED:
                raise ChangedOnDiskError(path, DiskChange.CREATED)
            state = save_checked(project, path, None, force=True, backups=self.backups)
        except BaseException:
            new_lock.release()
            raise
        if self.lock is not None:
            self.lock.release()
        self.path, self.lock, self.state, self.read_only = path, new_lock, state, False
        self.slot.remove()
        self.slot.original = path
        self._forget_replaced()

    def close(self) -> None:
        """The user closed the project (after saving, or choosing to discard changes). Never raises."""
        if self.closed:
            return
        self.closed = True
        self.slot.remove()
        self._forget_replaced()
        if self.lock is not None:
            self.lock.release()
