"""Saving the open plan: whether it is saved, autosave after edits, retries.

One job, apart from the document's (changing the plan): the undo stack's clean
state is "saved"; an edit starts the autosave timer; a failed save waits
(``retry_delay_ms``) or for the next edit before trying again; a plan that
replaced another is unsaved although its stack is clean. The document owns
this object (as its Qt child) and forwards its signals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from pmplanner.core.plan import Plan
from pmplanner.storage.plan_store import PlanChangedOnDisk, PlanStore, SaveError
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

NO_STORE = QT_TRANSLATE_NOOP("PlanDocument", "There is no place to save this plan.")


class PlanSaving(QObject):
    saved_changed = Signal(bool)
    save_failed = Signal(str)  # one sentence, for the person
    changed_on_disk = Signal(object)  # PlanChangedOnDisk: the window asks (ui.foreign_change)

    def __init__(
        self,
        plan: Callable[[], Plan],
        store: PlanStore | None,
        stack: QUndoStack,
        parent: QObject,
    ):
        super().__init__(parent)
        self._plan = plan
        self._store = store
        self._stack = stack
        self._replaced = False  # a replaced plan is unsaved although the stack is clean
        self._saved = True
        self._ended = False
        self.autosave_delay_ms = 1500
        # after a failed save: wait this long (or for the next edit) before trying again
        self.retry_delay_ms = 30_000
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._autosave)
        # the stack's cleanChanged reaches update_saved through the document (its
        # receiver), so nothing is called here while the document is being deleted

    @property
    def store(self) -> PlanStore | None:
        return self._store

    def is_saved(self) -> bool:
        return self._stack.isClean() and not self._replaced

    def save(self, *, force: bool = False) -> bool:
        """Write the plan; on failure emit ``save_failed`` and keep it unsaved.

        ``force`` writes over a file another program changed (its version is
        kept in the backups first); without it such a save emits
        ``changed_on_disk``, whose answer may save or reload.
        """
        self.timer.stop()
        if self._store is None:
            self.save_failed.emit(QCoreApplication.translate("PlanDocument", NO_STORE))
            return False
        try:
            # the plan being replaced by another is always kept in the backups
            self._store.save(self._plan(), keep_backup=self._replaced, force=force)
        except PlanChangedOnDisk as error:
            self.changed_on_disk.emit(error)
            return self.is_saved()
        except SaveError as error:
            self.save_failed.emit(str(error))
            return False
        self._replaced = False
        self._stack.setClean()
        self.update_saved()
        return True

    def pending(self) -> bool:
        """Whether an autosave is waiting to run."""
        return self.timer.isActive()

    def schedule(self) -> None:
        """After an edit: save soon, unless there is nothing (or no place) to save."""
        if self._store is not None and not self.is_saved() and not self._ended:
            self.timer.start(self.autosave_delay_ms)

    def replacing(self, already_saved: bool) -> None:
        """Another plan is about to be shown: unsaved unless it is what the file
        holds. ``replaced`` follows, once it is shown."""
        self.timer.stop()
        self._replaced = not already_saved

    def replaced(self) -> None:
        self.update_saved()
        self.schedule()

    def update_saved(self) -> None:
        saved = self.is_saved()
        if saved != self._saved:
            self._saved = saved
            self.saved_changed.emit(saved)
        if saved:
            self.timer.stop()

    def end(self) -> None:
        """No more autosave: the document is closing."""
        self._ended = True
        self.timer.stop()

    def _autosave(self) -> None:
        if self.is_saved():
            return
        if not self.save():
            # not in a tight loop: the next edit, or this longer wait, tries again
            self.timer.start(self.retry_delay_ms)
