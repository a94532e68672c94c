"""The open plan: domain object, Qt item models, undo stack, saving.

Everything that changes the plan goes through ``undo_stack``; the stack's
clean state is "saved". Autosave follows the stack: a single-shot timer
restarts after each change while unsaved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import MAX_RATING, Goal, GoalKind, Plan, Profile
from pmplanner.storage.plan_store import PlanChangedOnDisk, PlanStore, SaveError
from pmplanner.ui.plan.commands import (
    InsertItemsCommand,
    SetProfileFieldCommand,
    SetSkillRatingCommand,
)
from pmplanner.ui.plan.contacts_model import ContactsTableModel
from pmplanner.ui.plan.goals_model import GoalsTableModel
from pmplanner.ui.plan.skills_model import SkillsTableModel

PROFILE_FIELDS = tuple(Profile.model_fields)
# undo step names for profile edits
PROFILE_LABELS = {
    "name": QT_TRANSLATE_NOOP("PlanDocument", "Change name"),
    "background": QT_TRANSLATE_NOOP("PlanDocument", "Change background"),
    "current_role": QT_TRANSLATE_NOOP("PlanDocument", "Change current role"),
    "target_role": QT_TRANSLATE_NOOP("PlanDocument", "Change target role"),
    "target_date": QT_TRANSLATE_NOOP("PlanDocument", "Change target date"),
}
NO_STORE = QT_TRANSLATE_NOOP("PlanDocument", "There is no place to save this plan.")


class PlanDocument(QObject):
    saved_changed = Signal(bool)
    save_failed = Signal(str)  # one sentence, for the person
    changed_on_disk = Signal(object)  # PlanChangedOnDisk: the window asks (ui.foreign_change)
    plan_replaced = Signal()
    profile_changed = Signal(str)  # the profile field that changed
    ratings_changed = Signal()
    changed = Signal()  # anything in the plan changed (edit, undo, redo, replace)

    def __init__(
        self,
        plan: Plan,
        catalog: CareerCatalog,
        store: PlanStore | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._plan = plan
        self._catalog = catalog
        self._store = store
        self._replaced = False  # a replaced plan is unsaved although the stack is clean
        self._saved = True
        self.autosave_delay_ms = 1500
        # after a failed save: wait this long (or for the next edit) before trying again
        self.retry_delay_ms = 30_000

        self._undo_stack = QUndoStack(self)
        self._goals_model = GoalsTableModel(self, self)
        self._contacts_model = ContactsTableModel(self, self)
        self._skills_model = SkillsTableModel(self, self)

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.timeout.connect(self._autosave)

        self._undo_stack.indexChanged.connect(self._on_stack_changed)
        self._undo_stack.cleanChanged.connect(self._update_saved)

    # -- properties ---------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def catalog(self) -> CareerCatalog:
        return self._catalog

    @property
    def store(self) -> PlanStore | None:
        return self._store

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def goals_model(self) -> GoalsTableModel:
        return self._goals_model

    @property
    def contacts_model(self) -> ContactsTableModel:
        return self._contacts_model

    @property
    def skills_model(self) -> SkillsTableModel:
        return self._skills_model

    # -- saving -------------------------------------------------------------
    def is_saved(self) -> bool:
        return self._undo_stack.isClean() and not self._replaced

    def save(self, *, force: bool = False) -> bool:
        """Write the plan; on failure emit ``save_failed`` and keep it unsaved.

        ``force`` writes over a file another program changed (its version is
        kept in the backups first); without it such a save emits
        ``changed_on_disk``, whose answer may save or reload.
        """
        self._autosave_timer.stop()
        if self._store is None:
            self.save_failed.emit(QCoreApplication.translate("PlanDocument", NO_STORE))
            return False
        try:
            # the plan being replaced by another is always kept in the backups
            self._store.save(self._plan, keep_backup=self._replaced, force=force)
        except PlanChangedOnDisk as error:
            self.changed_on_disk.emit(error)
            return self.is_saved()
        except SaveError as error:
            self.save_failed.emit(str(error))
            return False
        self._replaced = False
        self._undo_stack.setClean()
        self._update_saved()
        return True

    def autosave_pending(self) -> bool:
        return self._autosave_timer.isActive()

    def _autosave(self) -> None:
        if self.is_saved():
            return
        if not self.save():
            # not in a tight loop: the next edit, or this longer wait, tries again
            self._autosave_timer.start(self.retry_delay_ms)

    def _schedule_autosave(self) -> None:
        if self._store is not None and not self.is_saved():
            self._autosave_timer.start(self.autosave_delay_ms)

    def _on_stack_changed(self, _index: int) -> None:
        self._schedule_autosave()
        self.changed.emit()

    def _update_saved(self, *_: Any) -> None:
        saved = self.is_saved()
        if saved != self._saved:
            self._saved = saved
            self.saved_changed.emit(saved)
        if saved:
            self._autosave_timer.stop()

    # -- replacing the whole plan ---------------------------------------------
    def replace_plan(self, plan: Plan, *, already_saved: bool = False) -> None:
        """Show another plan (new, opened, imported): fresh models, no undo history.

        ``already_saved``: the plan is what the file on disk now holds (a
        restored backup), so there is nothing to save.
        """
        self._autosave_timer.stop()
        models = (self._goals_model, self._contacts_model, self._skills_model)
        for model in models:
            model.begin_reset()
        self._plan = plan
        for model in models:
            model.end_reset()
        self._undo_stack.clear()
        self._replaced = not already_saved
        self._update_saved()
        self._schedule_autosave()
        self.plan_replaced.emit()
        for field in PROFILE_FIELDS:
            self.profile_changed.emit(field)
        self.ratings_changed.emit()
        self.changed.emit()

    # -- profile --------------------------------------------------------------
    def set_profile_field(self, name: str, value: Any) -> None:
        """Change one profile field as an undo step (typing merges into one step)."""
        if name not in PROFILE_FIELDS:
            raise KeyError(name)
        if isinstance(value, str) and name != "name":
            value = value or None  # "" from a combo means "not set"
        before = getattr(self._plan.profile, name)
        # validate before pushing: a refused value must not reach the stack
        Profile.model_validate({**self._plan.profile.model_dump(), name: value})
        if before == value:
            return
        text = QCoreApplication.translate("PlanDocument", PROFILE_LABELS[name])
        self._undo_stack.push(SetProfileFieldCommand(self, name, before, value, text))

    def _apply_profile_field(self, name: str, value: Any) -> None:
        resets_skills = name == "target_role"
        if resets_skills:
            self._skills_model.begin_reset()
        setattr(self._plan.profile, name, value)
        if resets_skills:
            self._skills_model.end_reset()
        self.profile_changed.emit(name)

    # -- goals ----------------------------------------------------------------
    def add_goals(self, goals: list[Goal], text: str | None = None) -> None:
        """Append goals as one undo step (used by the map and the skills tab)."""
        if not goals:
            return
        start = len(self._plan.goals)
        placed = [(start + i, goal) for i, goal in enumerate(goals)]
        if text is None:
            n = len(goals)
            text = self.tr("Add goal") if n == 1 else self.tr("Add %Ln goals", "", n)
        self._undo_stack.push(InsertItemsCommand(self._goals_model, placed, text))

    def create_goal_for_gap(self, skill_id: str) -> Goal:
        """Add a learning goal linked to ``skill_id``, from the catalog's first idea."""
        name = self._catalog.skill_name(skill_id)
        activity = None
        if self._catalog.has_skill(skill_id):
            learning = self._catalog.skill(skill_id).learning
            activity = learning[0] if learning else None
        if activity is not None:
            goal = Goal(
                kind=activity.kind,
                title=activity.title,
                notes=activity.description,
                skills=[skill_id],
            )
        else:
            title = self.tr("Build {skill}").format(skill=name)
            goal = Goal(kind=GoalKind.COURSE, title=title, skills=[skill_id])
        self.add_goals([goal], text=self.tr("Create goal for {skill}").format(skill=name))
        return goal

    # -- skill ratings ----------------------------------------------------------
    def set_skill_rating(self, skill_id: str, value: int) -> None:
        if not 0 <= int(value) <= MAX_RATING:
            raise ValueError("a rating is between 0 and 5")  # a programming error
        before = self._plan.skill_ratings.get(skill_id)
        if before == value:
            return
        text = self.tr("Rate {skill}").format(skill=self._catalog.skill_name(skill_id))
        self._undo_stack.push(SetSkillRatingCommand(self, skill_id, before, int(value), text))

    def _apply_rating(self, skill_id: str, value: int | None) -> None:
        if value is None:
            self._plan.skill_ratings.pop(skill_id, None)
        else:
            self._plan.skill_ratings[skill_id] = value
        self.ratings_changed.emit()
