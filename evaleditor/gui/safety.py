"""Nothing lost, nobody overwritten: the main window's files go through an EditSession, and the user decides.

:class:`evaleditor.storage.session.EditSession` applies the rules in order (lock, disk state, recovery
file, backups); its docstring says which error asks which question. This module asks those questions
through the window's :class:`~evaleditor.gui.dialogs.Dialogs` and calls again with the answer:

- opening: a file someone holds → who since when, 読み取り専用で開く / キャンセル (引き継いで開く… after a
  confirmation when the lock is old or from a crashed session elsewhere); a stale lock of a dead process
  on this computer is taken over silently;
- saving: a file changed on disk → 上書きする / 別名で保存… / キャンセル; a failed save → what happened and
  別の場所に保存…; a read-only document saves under another name only;
- start: work autosaved by sessions that ended without saving → 復元 / 破棄… / 後で, per recovery;
- ファイル → バックアップから復元… and ファイル → 自動保存から復元…

The main window keeps one :class:`Safety` (``window.safety``), made by :func:`install`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from evaleditor.applog import log
from evaleditor.errors import EvalEditorError, ProjectFileError, one_line_text
from evaleditor.gui.autosave import Autosaver
from evaleditor.gui.dialogs import Dialogs, DiskChoice, LockChoice, RecoveryChoice
from evaleditor.gui.document import ProjectDocument
from evaleditor.model import Project
from evaleditor.storage.backups import DEFAULT_BACKUP_COUNT
from evaleditor.storage.disk_state import ChangedOnDiskError, DiskChange
from evaleditor.storage.lock import LockFileError, ProjectLockedError
from evaleditor.storage.session import EditSession, ReadOnlyError

if TYPE_CHECKING:
    from evaleditor.gui.mainwindow import MainWindow
    from evaleditor.storage.recovery import Recovery, RecoveryStore

BACKUP_COUNT_KEY = "safety/backups"
PREPARE_AFTER_MS = 1000  # after the first frame's deferred work: see Safety.__init__


def install(window: MainWindow, file_menu: QMenu) -> Safety:
    """Hook the safety rules into ``window`` and add its entries to ``file_menu``."""
    return Safety(window, file_menu)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class Safety(QObject):
    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.autosaver = Autosaver(window.dialogs, self)
        # The autosave worker and serializer (about 15 ms) are made a moment after the window is ready, in a
        # pass of their own: not on the start-up path, nor where a first click is likely, nor in the first
        # autosave (seconds after the first change), which would pause for them.
        window.first_frame.later(lambda: QTimer.singleShot(
            PREPARE_AFTER_MS, self.autosaver, self.autosaver.prepare_unless_stopped))
        self.autosaver.saved.connect(lambda _file: window.statusBar().showMessage(
            self.tr("作業を自動保存しました（復元用）"), 3000))
        #: Further windows opened at start for more recovered projects (kept alive here).
        self.companions: list[MainWindow] = []
        self._doc: ProjectDocument | None = None
        self.backups_action = QAction(self.tr("バックアップから復元(&B)…"), window)
        self.backups_action.triggered.connect(self.show_backups)
        self.recoveries_action = QAction(self.tr("自動保存から復元(&U)…"), window)
        self.recoveries_action.triggered.connect(lambda: self.offer_recoveries(tell_if_none=True))
        file_menu.addActions([self.backups_action, self.recoveries_action])
        window.documentInstalled.connect(self._installed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quitting)

    @property
    def dialogs(self) -> Dialogs:
        return self.window.dialogs

    def store(self) -> RecoveryStore:
        from evaleditor.storage.recovery import RecoveryStore

        return RecoveryStore()

    def backup_count(self) -> int:
        try:
            return max(0, int(self.window.settings.value(BACKUP_COUNT_KEY, DEFAULT_BACKUP_COUNT)))
        except (TypeError, ValueError):
            return DEFAULT_BACKUP_COUNT

    # -- documents coming and going
    def _installed(self, doc: ProjectDocument) -> None:
        previous, self._doc = self._doc, doc
        if doc.session is None:
            doc.session = self._adopt(doc)
        if previous is not None and previous.session is not None and previous.session is not doc.session:
            previous.session.close()  # its lock and recovery file go: the user saved or discarded it
        self.autosaver.watch(doc)

    def _adopt(self, doc: ProjectDocument) -> EditSession:
        """A session for a document made without one (new, imported, merged)."""
        if doc.path is None:
            return EditSession.new(store=self.store(), backups=self.backup_count())
        # a document some feature opened from a file itself: lock it if free, else read-only
        from evaleditor.storage.disk_state import read_with_state
        from evaleditor.storage.lock import acquire

        try:
            lock, read_only = acquire(doc.path), False
        except (ProjectLockedError, LockFileError):
            lock, read_only = None, True
        try:
            state = read_with_state(doc.path)[1]
        except OSError:
            state = None
        return EditSession(doc.path, lock=lock, state=state, slot=self.store().slot(doc.path), read_only=read_only,
                           backups=self.backup_count(), store=self.store())

    def close(self) -> None:
        """The window closed (after the unsaved-changes question): release the lock, drop the recovery file."""
        self.autosaver.stop()
        doc = self.window.doc
        if doc is not None and doc.session is not None:
            doc.session.close()

    def _quitting(self) -> None:
        """The program quits without this window being closed (e.g. the session ends): keep unsaved work."""
        doc = self.window.doc
        if doc is None or doc.session is None or doc.session.closed:
            return
        if doc.is_modified():
            self.autosaver.write_now()  # offered at the next start
            if doc.session.lock is not None:
                doc.session.lock.release()
        else:
            doc.session.close()
        self.autosaver.stop()

    # -- opening
    def open_session(self, path: Path) -> tuple[EditSession, Project] | None:
        """Lock and load ``path``, asking about locks; None if not opened (the user was told why)."""
        current = self.window.doc
        reopening = current is not None and current.path is not None and _same_file(current.path, path)
        if reopening and current is not None and current.session is not None:
            current.session.close()  # opening the open file again: its own lock is not someone else's
        opened = self._ask_until_opened(
            lambda read_only, take_over: EditSession.open(path, read_only=read_only, take_over=take_over,
                                                          store=self.store(), backups=self.backup_count()),
            path.name)
        if opened is None and reopening and current is not None:
            current.session = self._adopt(current)
        return opened

    def _ask_until_opened(
        self, attempt: Callable[[bool, bool], tuple[EditSession, Project]], name: str,
        broken: Callable[[EvalEditorError], None] | None = None,
    ) -> tuple[EditSession, Project] | None:
        read_only = take_over = False
        while True:
            try:
                session, project = attempt(read_only, take_over)
            except ProjectLockedError as error:
                existing = error.existing
                choice = self.dialogs.ask_locked(name, existing.message(), existing.may_take_over)
                if choice is LockChoice.READ_ONLY:
                    read_only = True
                elif choice is LockChoice.TAKE_OVER and existing.may_take_over:
                    take_over = self.dialogs.confirm(self.tr("引き継いで開く"), self.tr(
                        "{0}。\n\nその人がまだ編集している場合、引き継ぐとお互いの変更が衝突するおそれがあります。"
                        "使っていないことを確かめてから引き継いでください。\n引き継いで開きますか？").format(
                            existing.message()))
                else:
                    return None
                continue
            except LockFileError as error:
                reason = self.tr("ロックファイルを作れないため、ほかの人が開いていないか確かめられません（{0}）").format(
                    error.reason)
                if self.dialogs.ask_locked(name, reason, False) is not LockChoice.READ_ONLY:
                    return None
                read_only = True
                continue
            except EvalEditorError as error:
                if broken is not None:
                    broken(error)
                else:
                    self.dialogs.error(self.tr("開けませんでした。\n{0}").format(error))
                return None
            except Exception:
                log.exception("opening %s", name)
                self.dialogs.error(self.tr("開けませんでした（予期しないエラー）。"
                                           "もう一度試しても同じときは、ログファイルを担当者に送ってください（場所は ヘルプ → バージョン情報 にあります）。"))
                return None
            taken = session.lock.taken_over if session.lock is not None else None
            if taken is not None and taken.owner is not None:
                self.window.statusBar().showMessage(self.tr(
                    "{0}（コンピューター {1}）が {2} に開いたときのロックが残っていたため、引き継ぎました").format(
                        one_line_text(taken.owner.user, 60), one_line_text(taken.owner.host, 60),
                        taken.owner.since.astimezone().strftime("%Y-%m-%d %H:%M")), 10000)
            elif taken is not None:
                self.window.statusBar().showMessage(self.tr("壊れたロックファイルが残っていたため、引き継ぎました"), 10000)
            return session, project

    # -- saving
    def save(self, doc: ProjectDocument, path: Path, *, confirmed: bool = False) -> bool:
        """Save ``doc`` to ``path`` (its own file, or a new name); True when saved.

        ``confirmed``: the file dialog already asked before replacing an existing ``path``.
        """
        session = doc.session
        assert session is not None
        same_file = session.path is not None and _same_file(session.path, path)
        force = False
        while True:
            try:
                if same_file and not session.read_only:
                    session.save(doc.project, force=force)
                elif same_file and not force:  # opened read-only, now saved onto itself: changed since?
                    change = session.disk_change()
                    if change is not DiskChange.UNCHANGED:
                        raise ChangedOnDiskError(path, change)
                    session.save_as(doc.project, path, overwrite=True)
                else:
                    session.save_as(doc.project, path, overwrite=force or confirmed)
            except ChangedOnDiskError as error:
                choice = self.dialogs.ask_changed_on_disk(path.name, self._change_message(error.change))
                if choice is DiskChoice.OVERWRITE:
                    force = True
                    continue
                return choice is DiskChoice.SAVE_AS and self.window.save_as()
            except ReadOnlyError:
                return self.window.save_as()
            except ProjectLockedError as error:
                return self._failed(self.tr("「{0}」に保存できませんでした。\n{1}。").format(
                    path.name, error.existing.message()))
            except LockFileError as error:
                return self._failed(self.tr("「{0}」に保存できませんでした（{1}）。").format(path.name, error.reason))
            except EvalEditorError as error:
                reason = getattr(error, "reason", None) or str(error)
                return self._failed(self.tr("「{0}」に保存できませんでした（{1}）。\n元のファイルは変更されていません。")
                                    .format(path.name, reason))
            except Exception:
                log.exception("saving %s", path)
                return self._failed(self.tr("「{0}」に保存できませんでした（予期しないエラー）。"
                                            "もう一度試しても同じときは、ログファイルを担当者に送ってください（場所は ヘルプ → バージョン情報 にあります）。").format(path.name))
            break
        doc.set_path(session.path)
        doc.undo_stack.setClean()
        if session.path is not None:
            self.window.recent.add(session.path)
            self.window.statusBar().showMessage(self.tr("{0} に保存しました").format(session.path.name), 5000)
        return True

    def _change_message(self, change: DiskChange) -> str:
        if change is DiskChange.DELETED:
            return self.tr("開いた後に、このファイルは削除されたか移動されました（ネットワークの接続が切れた場合もあります）。")
        if change is DiskChange.CREATED:
            return self.tr("同じ名前のファイルがすでにあります。")
        return self.tr("開いた後に、ほかの人またはプログラムがこのファイルを変更しました。")

    def _failed(self, message: str) -> bool:
        """Tell what happened; the document stays as it is. Offer another place."""
        return self.dialogs.ask_save_failed(message) and self.window.save_as()

    # -- recovery
    def start(self, path: Path | None) -> None:
        """At program start: offer the work of sessions that ended without saving, then open ``path``."""
        restored = self.offer_recoveries()
        if path is None:
            return
        path = Path(path)
        if any(w.doc is not None and w.doc.path is not None and _same_file(w.doc.path, path) for w in restored):
            return  # the restored work is that file's
        self._free_window().open_path(path, ask=False)

    def offer_recoveries(self, *, tell_if_none: bool = False) -> list[MainWindow]:
        """Ask about each orphaned recovery file (復元 / 破棄… / 後で); the windows that restored one."""
        store = self.store()
        found = store.orphans()
        if not found and tell_if_none:
            self.dialogs.info(self.tr("自動保存から復元"), self.tr("復元できる作業はありません。"))
        restored = []
        for number, recovery in enumerate(found, 1):
            from evaleditor.gui.recovery_dialog import RecoveryOffer  # only when there is something to offer

            offer = RecoveryOffer(recovery, number, len(found), self._changed_since(recovery))
            choice = self.dialogs.ask_recovery(offer)
            if choice is RecoveryChoice.RESTORE and recovery.problem is None:
                target = self._free_window()
                if target.safety.restore(recovery):
                    restored.append(target)
            elif choice is RecoveryChoice.DISCARD and self.dialogs.confirm(self.tr("作業の破棄"), self.tr(
                    "この自動保存された作業を破棄します。破棄すると元に戻せません。\n破棄しますか？")):
                store.discard(recovery)
        return restored

    @staticmethod
    def _changed_since(recovery: Recovery) -> bool:
        if recovery.original is None or recovery.base is None:
            return False
        from evaleditor.storage.disk_state import check

        try:
            return check(recovery.original, recovery.base) is not DiskChange.UNCHANGED
        except OSError:
            return False

    def restore(self, recovery: Recovery) -> bool:
        """Open recovered work in this window: unsaved, bound to its file, which stays untouched until saved."""
        store = self.store()
        name = recovery.original.name if recovery.original is not None else self.tr("無題")

        def broken(error: EvalEditorError) -> None:
            if self.dialogs.confirm(self.tr("復元できません"), self.tr(
                    "この作業は復元できません。\n{0}\n\n自動保存されたファイルを破棄しますか？").format(error)):
                store.discard(recovery)

        opened = self._ask_until_opened(
            lambda read_only, take_over: EditSession.restore(recovery, read_only=read_only, take_over=take_over,
                                                             store=store, backups=self.backup_count()),
            name, broken)
        if opened is None:
            return False
        session, project = opened
        doc = ProjectDocument(project, recovery.original, session=session)
        doc.undo_stack.resetClean()  # unsaved work
        self.window.install(doc)
        self.autosaver.write_now()  # safe in this session's own recovery file; the old one is dropped then
        self.window.statusBar().showMessage(self.tr(
            "作業を復元しました。保存するまで元のファイルは変更されません。"), 10000)
        return True

    def _free_window(self) -> MainWindow:
        """This window if it holds nothing (an empty new project), else a new window."""
        doc = self.window.doc
        if doc is None or (doc.path is None and not doc.is_modified()):
            return self.window
        dialogs = None if type(self.window.dialogs) is Dialogs else self.window.dialogs
        other = type(self.window)(self.window.settings, dialogs)
        other.show()
        self.companions.append(other)
        return other

    # -- backups
    def show_backups(self) -> None:
        """ファイル → バックアップから復元…: list the kept versions; open one as unsaved work, or restore it."""
        from evaleditor.storage.backups import list_backups, load_backup

        doc = self.window.doc
        if doc is None or doc.path is None or doc.session is None:
            self.dialogs.info(self.tr("バックアップから復元"), self.tr(
                "このプロジェクトはまだ保存されていないため、バックアップはありません。"))
            return
        path, session = doc.path, doc.session
        answer = self.dialogs.choose_backup(path.name, list_backups(path), self.backup_count(),
                                            not doc.is_read_only())
        if answer.keep != self.backup_count():
            self.window.settings.setValue(BACKUP_COUNT_KEY, answer.keep)
        session.backups = answer.keep
        backup = answer.backup
        if backup is None or answer.action not in ("open", "restore"):
            return
        restoring = answer.action == "restore" and not doc.is_read_only()
        if restoring and not self.dialogs.confirm(self.tr("バックアップから復元"), self.tr(
                "「{0}」を {1} に保存した版に戻します。\n今の版はバックアップとして残ります。よろしいですか？").format(
                    path.name, backup.describe())):
            return
        if not self.window.maybe_save():
            return
        try:
            project = load_backup(backup)
        except EvalEditorError as error:
            self.dialogs.error(self.tr("この版を開けませんでした。\n{0}").format(error))
            return
        except OSError as error:
            self.dialogs.error(self.tr("この版を開けませんでした。\n{0}").format(ProjectFileError(backup.file, str(error))))
            return
        older = ProjectDocument(project, path, session=session)  # same file, lock and disk state
        older.undo_stack.resetClean()
        self.window.install(older)
        if restoring:
            if self.save(older, path):
                self.window.statusBar().showMessage(self.tr("{0} に保存した版に戻しました").format(backup.describe()), 8000)
            return
        self.window.statusBar().showMessage(self.tr(
            "{0} に保存した版を開きました。保存すると、この版が今のファイルになります。").format(backup.describe()), 10000)
