"""The open plan: the only thing that changes it, with its undo stack and saving.

Two kinds of public method (Orange canvas's scheme/commands split):

- *edits* (``set_profile_field``, ``add_goals``, ``edit_item``, ``use_ladder``…)
  check the value and push one QUndoCommand (or, given ``parent``, add it to a
  bigger step the caller pushes with ``push``);
- *changes* (``write_profile_field``, ``insert_items``, ``write_ladder``…) are
  what those commands call in redo/undo. Each changes the plan and emits the
  fine-grained signals the Qt item models and views listen to.

Saving (the stack's clean state is "saved", autosave follows the stack) is
``ui.plan.saving.PlanSaving``, the document's child. The document
is owned by the window and ended by ``close()``: autosave stopped, the undo
stack cleared while the document is whole, then deleted. Nothing is left to
the garbage collector.
"""

from __future__ import annotations

import weakref
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.goal_rules import gap_goal, goals_for_skill
from pmplanner.core.plan import (
    MAX_NOTES,
    MAX_RATING,
    MAX_TEXT,
    Goal,
    Plan,
    PlanLadder,
    Profile,
    QuizResult,
)
from pmplanner.storage.plan_ladder import catalog_for
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.plan.commands import (
    InsertItemsCommand,
    ListName,
    NoteKind,
    PlanCommand,
    RecordQuizResultCommand,
    RemoveItemsCommand,
    SetProfileFieldCommand,
    SetValueCommand,
)
from pmplanner.ui.plan.saving import PlanSaving
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

PROFILE_FIELDS = tuple(Profile.model_fields)
# undo step names for profile edits
PROFILE_LABELS = {
    "name": QT_TRANSLATE_NOOP("PlanDocument", "Change name"),
    "background": QT_TRANSLATE_NOOP("PlanDocument", "Change background"),
    "current_role": QT_TRANSLATE_NOOP("PlanDocument", "Change current role"),
    "target_role": QT_TRANSLATE_NOOP("PlanDocument", "Change target role"),
    "target_date": QT_TRANSLATE_NOOP("PlanDocument", "Change target date"),
    "years_in_current_role": QT_TRANSLATE_NOOP("PlanDocument", "Change years in current role"),
}
# plan-wide settings (set_plan_setting) and their undo step names
PLAN_SETTINGS = {
    "check_in_rhythm": QT_TRANSLATE_NOOP("PlanDocument", "Change check-in rhythm"),
    "reminder_alarm": QT_TRANSLATE_NOOP("PlanDocument", "Change reminders"),
}

# every document not yet closed (the tests' leak check reads it)
_open_documents: weakref.WeakSet[PlanDocument] = weakref.WeakSet()


class PlanDocument(QObject):
    saved_changed = Signal(bool)
    save_failed = Signal(str)  # one sentence, for the person
    changed_on_disk = Signal(object)  # PlanChangedOnDisk: the window asks (ui.foreign_change)
    plan_about_to_be_replaced = Signal()
    plan_replaced = Signal()
    profile_about_to_change = Signal(str)  # the profile field about to change
    profile_changed = Signal(str)  # the profile field that changed
    ratings_changed = Signal()
    # goals or contacts: (list, first row, last row); item_changed: (list, row)
    rows_about_to_be_inserted = Signal(str, int, int)
    rows_inserted = Signal(str, int, int)
    rows_about_to_be_removed = Signal(str, int, int)
    rows_removed = Signal(str, int, int)
    item_changed = Signal(str, int)
    quiz_results_changed = Signal()
    ladder_about_to_change = Signal()
    ladder_changed = Signal()
    setting_changed = Signal(str)  # a plan-wide setting (PLAN_SETTINGS) changed
    notes_changed = Signal(str, str)  # "role" or "skill", its id: the person's notes on it
    changed = Signal()  # anything in the plan changed (edit, undo, redo, replace)
    closing = Signal()

    def __init__(
        self,
        plan: Plan,
        catalog: CareerCatalog,
        store: PlanStore | None = None,
        parent: QObject | None = None,
    ):
        """``catalog``: pmplanner's built-in content; the plan's ladder is read over it."""
        super().__init__(parent)
        self._plan = plan
        self._builtin = catalog
        self._closed = False
        self._undo_stack = QUndoStack(self)
        self._saving = PlanSaving(lambda: self._plan, store, self._undo_stack, self)
        for signal in ("saved_changed", "save_failed", "changed_on_disk"):
            getattr(self._saving, signal).connect(getattr(self, signal))
        self._undo_stack.indexChanged.connect(self._on_stack_changed)
        self._undo_stack.cleanChanged.connect(self._clean_changed)
        _open_documents.add(self)

    # -- properties ---------------------------------------------------------
    @property
    def plan(self) -> Plan:
        """The plan, to read. Only this document's change methods modify it."""
        return self._plan

    @property
    def catalog(self) -> CareerCatalog:
        """The ladder the plan uses: the built-in one, or the organisation's it carries."""
        return catalog_for(self._plan.ladder, self._builtin)

    @property
    def builtin_catalog(self) -> CareerCatalog:
        return self._builtin

    @property
    def ladder(self) -> PlanLadder | None:
        return self._plan.ladder

    @property
    def store(self) -> PlanStore | None:
        return self._saving.store

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    def items(self, list_name: ListName) -> list[Any]:
        """The goals, contacts, check-ins or evidence entries, to read."""
        items: list[Any] = getattr(self._plan, list_name)
        return items

    # -- the end ----------------------------------------------------------------
    @property
    def is_closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """End the document: no more autosave, the undo history gone, then deleted.

        The caller saves first if it wants to (the window does). The stack is
        cleared here, while every command's document is whole, never later by
        a garbage-collection pass.
        """
        if self._closed:
            return
        self._closed = True
        _open_documents.discard(self)
        self.closing.emit()
        self._saving.end()
        self._undo_stack.indexChanged.disconnect(self._on_stack_changed)
        self._undo_stack.cleanChanged.disconnect(self._clean_changed)
        self._undo_stack.clear()
        self.deleteLater()

    @staticmethod
    def open_documents() -> list[PlanDocument]:
        """Documents neither closed nor deleted (with their owner)."""
        return [d for d in list(_open_documents) if shiboken6.isValid(d)]

    # -- saving (PlanSaving does it) --------------------------------------------
    def is_saved(self) -> bool:
        return self._saving.is_saved()

    def save(self, *, force: bool = False) -> bool:
        """Write the plan (see ``PlanSaving.save``); False when it is still unsaved."""
        return self._saving.save(force=force)

    def autosave_pending(self) -> bool:
        return self._saving.pending()

    @property
    def autosave_delay_ms(self) -> int:
        return self._saving.autosave_delay_ms

    @autosave_delay_ms.setter
    def autosave_delay_ms(self, value: int) -> None:
        self._saving.autosave_delay_ms = value

    @property
    def retry_delay_ms(self) -> int:
        return self._saving.retry_delay_ms

    @retry_delay_ms.setter
    def retry_delay_ms(self, value: int) -> None:
        self._saving.retry_delay_ms = value

    def _clean_changed(self, _clean: bool) -> None:
        self._saving.update_saved()

    def _on_stack_changed(self, _index: int) -> None:
        self._saving.schedule()
        self.changed.emit()

    # -- pushing edits ------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        """Do ``command`` as one undo step (a CompoundCommand with its parts, say)."""
        self._undo_stack.push(command)

    def _step(self, command: PlanCommand, parent: QUndoCommand | None) -> PlanCommand:
        if parent is None:
            self._undo_stack.push(command)
        return command

    # -- replacing the whole plan ---------------------------------------------
    def replace_plan(self, plan: Plan, *, already_saved: bool = False) -> None:
        """Show another plan (new, opened, imported): no undo history.

        ``already_saved``: the plan is what the file on disk now holds (a
        restored backup), so there is nothing to save.
        """
        ladder_changes = _ladder_key(plan.ladder) != _ladder_key(self._plan.ladder)
        if ladder_changes:
            self.ladder_about_to_change.emit()
        self._undo_stack.clear()  # the old plan's steps end with it
        self.plan_about_to_be_replaced.emit()
        self._plan = plan
        self._saving.replacing(already_saved)
        self.plan_replaced.emit()
        if ladder_changes:
            self.ladder_changed.emit()
        for name in PROFILE_FIELDS:
            self.profile_changed.emit(name)
        self.ratings_changed.emit()
        self.quiz_results_changed.emit()
        for name in PLAN_SETTINGS:
            self.setting_changed.emit(name)
        self._saving.replaced()
        self.changed.emit()

    # -- profile --------------------------------------------------------------
    def set_profile_field(
        self, name: str, value: Any, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """Change one profile field as an undo step (typing merges into one step)."""
        if name not in PROFILE_FIELDS:
            raise KeyError(name)
        if isinstance(value, str) and name != "name":
            value = value or None  # "" from a combo means "not set"
        before = getattr(self._plan.profile, name)
        # validate before pushing: a refused value must not reach the stack
        Profile.model_validate({**self._plan.profile.model_dump(), name: value})
        if before == value:
            return None
        text = QCoreApplication.translate("PlanDocument", PROFILE_LABELS[name])
        command = SetProfileFieldCommand(self, name, before, value, text, parent)
        return self._step(command, parent)

    def write_profile_field(self, name: str, value: Any) -> None:
        self.profile_about_to_change.emit(name)
        setattr(self._plan.profile, name, value)
        self.profile_changed.emit(name)

    # -- goals and contacts ---------------------------------------------------
    def add_goals(
        self, goals: list[Goal], text: str | None = None, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """Append goals as one undo step (used by the map, the skills tab, the quiz)."""
        if not goals:
            return None
        start = len(self._plan.goals)
        placed = [(start + i, goal) for i, goal in enumerate(goals)]
        if text is None:
            n = len(goals)
            text = self.tr("Add goal") if n == 1 else self.tr("Add %Ln goals", "", n)
        return self.add_items("goals", placed, text, parent)

    def add_items(
        self,
        list_name: ListName,
        placed: list[tuple[int, Any]],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> PlanCommand:
        return self._step(InsertItemsCommand(self, list_name, placed, text, parent), parent)

    def delete_items(self, list_name: ListName, ids: list[str], text: str) -> None:
        if ids:
            self._undo_stack.push(RemoveItemsCommand(self, list_name, ids, text))

    def edit_item(
        self,
        list_name: ListName,
        before: Any,
        after: Any,
        text: str,
        parent: QUndoCommand | None = None,
    ) -> PlanCommand | None:
        """Replace ``before`` (found by its id) with ``after`` as an undo step."""
        if after == before:
            return None
        write = partial(self.replace_item, list_name)
        command = SetValueCommand(self, write, before, after, text, parent)
        return self._step(command, parent)

    def create_goal_for_gap(self, skill_id: str) -> Goal | None:
        """Add a learning goal linked to ``skill_id``, from the ladder's first idea.

        None, and nothing added, when the skill already has a goal (a second
        click must not add the same goal twice).
        """
        if goals_for_skill(self._plan, skill_id):
            return None
        goal = self.goal_for_gap(skill_id)
        name = self.catalog.skill_name(skill_id)
        self.add_goals([goal], text=self.tr("Create goal for {skill}").format(skill=name))
        return goal

    def goal_for_gap(self, skill_id: str) -> Goal:
        """A new learning goal for ``skill_id`` (not added): see ``core.goal_rules.gap_goal``."""
        name = self.catalog.skill_name(skill_id)
        return gap_goal(self.catalog, skill_id, self.tr("Build {skill}").format(skill=name))

    def row_of(self, list_name: ListName, item_id: str) -> int:
        for row, item in enumerate(self.items(list_name)):
            if item.id == item_id:
                return row
        raise KeyError(item_id)

    def replace_item(self, list_name: ListName, item: Any) -> None:
        row = self.row_of(list_name, item.id)
        self.items(list_name)[row] = item
        self.item_changed.emit(list_name, row)

    def insert_items(self, list_name: ListName, placed: list[tuple[int, Any]]) -> None:
        """Insert (row, item) pairs in ascending row order."""
        items = self.items(list_name)
        for row, item in sorted(placed, key=lambda p: p[0]):
            row = min(row, len(items))
            self.rows_about_to_be_inserted.emit(list_name, row, row)
            items.insert(row, item)
            self.rows_inserted.emit(list_name, row, row)

    def remove_items(self, list_name: ListName, ids: list[str]) -> list[tuple[int, Any]]:
        """Remove items by id; returns the (row, item) pairs, ascending."""
        items = self.items(list_name)
        rows = sorted(self.row_of(list_name, i) for i in ids)
        removed = [(row, items[row]) for row in rows]
        for row, _ in reversed(removed):
            self.rows_about_to_be_removed.emit(list_name, row, row)
            del items[row]
            self.rows_removed.emit(list_name, row, row)
        return removed

    # -- skill ratings ----------------------------------------------------------
    def set_skill_rating(
        self, skill_id: str, value: int | None, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """Rate a skill 0..5 (None: not rated) as an undo step."""
        if value is not None and not 0 <= int(value) <= MAX_RATING:
            raise ValueError("a rating is between 0 and 5")  # a programming error
        after = None if value is None else int(value)
        before = self._plan.skill_ratings.get(skill_id)
        if before == after:
            return None
        text = self.tr("Rate {skill}").format(skill=self.catalog.skill_name(skill_id))
        write = partial(self.write_rating, skill_id)
        command = SetValueCommand(self, write, before, after, text, parent)
        return self._step(command, parent)

    def write_rating(self, skill_id: str, value: int | None) -> None:
        if value is None:
            self._plan.skill_ratings.pop(skill_id, None)
        else:
            self._plan.skill_ratings[skill_id] = value
        self.ratings_changed.emit()

    # -- quiz results -------------------------------------------------------------
    def record_quiz_result(
        self, result: QuizResult, parent: QUndoCommand | None = None
    ) -> PlanCommand:
        text = QCoreApplication.translate("Quiz", "Keep quiz result")
        return self._step(RecordQuizResultCommand(self, result, text, parent), parent)

    def append_quiz_result(self, result: QuizResult) -> None:
        self._plan.quiz_results.append(result)
        self.quiz_results_changed.emit()

    def remove_quiz_result(self, result: QuizResult) -> None:
        """Take exactly ``result`` (this object) out of the history."""
        results = self._plan.quiz_results
        for index in range(len(results) - 1, -1, -1):
            if results[index] is result:
                del results[index]
                self.quiz_results_changed.emit()
                return

    # -- plan-wide settings -------------------------------------------------------------
    def set_plan_setting(
        self, name: str, value: Any, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """Change the check-in rhythm or the reminder alarm as an undo step."""
        if name not in PLAN_SETTINGS:
            raise KeyError(name)
        before = getattr(self._plan, name)
        after = type(before)(value)  # the setting's enum: a wrong value is a ValueError
        if after == before:
            return None
        text = QCoreApplication.translate("PlanDocument", PLAN_SETTINGS[name])
        write = partial(self.write_plan_setting, name)
        return self._step(SetValueCommand(self, write, before, after, text, parent), parent)

    def write_plan_setting(self, name: str, value: Any) -> None:
        setattr(self._plan, name, value)
        self.setting_changed.emit(name)

    # -- the person's notes on roles and skills ------------------------------------------
    def set_role_note(
        self, role_id: str, text: str, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """The person's own notes on a role ("" removes them), as one undo step."""
        name = self.catalog.role(role_id).title if self.catalog.has_role(role_id) else role_id
        step = self.tr("Edit notes on {role}").format(role=name)
        return self._set_note("role", role_id, text, step, parent)

    def set_skill_note(
        self, skill_id: str, text: str, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """The person's own notes on a skill ("" removes them), as one undo step."""
        step = self.tr("Edit notes on {skill}").format(skill=self.catalog.skill_name(skill_id))
        return self._set_note("skill", skill_id, text, step, parent)

    def _set_note(
        self, kind: NoteKind, ident: str, text: str, step: str, parent: QUndoCommand | None
    ) -> PlanCommand | None:
        if len(text) > MAX_TEXT:
            raise ValueError(f"notes are at most {MAX_TEXT:,} characters")  # the editor caps
        notes = self.notes(kind)
        if ident not in notes and len(notes) >= MAX_NOTES and text:
            raise ValueError(f"a plan keeps notes on at most {MAX_NOTES:,} roles or skills")
        before = notes.get(ident, "")
        if before == text:
            return None
        write = partial(self.write_note, kind, ident)
        return self._step(SetValueCommand(self, write, before, text, step, parent), parent)

    def notes(self, kind: NoteKind) -> dict[str, str]:
        return self._plan.role_notes if kind == "role" else self._plan.skill_notes

    def write_note(self, kind: NoteKind, ident: str, text: str) -> None:
        notes = self.notes(kind)
        if text:
            notes[ident] = text
        else:
            notes.pop(ident, None)
        self.notes_changed.emit(kind, ident)

    # -- the ladder -------------------------------------------------------------------
    def use_ladder(
        self, ladder: PlanLadder | None, parent: QUndoCommand | None = None
    ) -> PlanCommand | None:
        """Show the plan on another ladder (None: the built-in one), as one undo step.

        Roles, goals and every rating stay as they are: ratings are per skill,
        and those of skills the other ladder lacks are kept for when it returns.
        """
        before = self._plan.ladder
        if _ladder_key(before) == _ladder_key(ladder) and before == ladder:
            return None
        if ladder is None:
            text = self.tr("Use the built-in ladder")
        else:
            text = self.tr("Use the ladder {name}").format(name=ladder.name)
        command = SetValueCommand(self, self.write_ladder, before, ladder, text, parent)
        return self._step(command, parent)

    def write_ladder(self, ladder: PlanLadder | None) -> None:
        self.ladder_about_to_change.emit()
        self._plan.ladder = ladder
        self.ladder_changed.emit()
        self.profile_changed.emit("current_role")
        self.profile_changed.emit("target_role")


def _ladder_key(ladder: PlanLadder | None) -> str | None:
    return None if ladder is None else ladder.id
