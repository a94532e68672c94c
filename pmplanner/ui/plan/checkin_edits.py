"""A check-in as one undo step: new ratings, goal updates, new goals and the snapshot.

The wizard (ui/checkin) collects ``CheckInAnswers``; ``record_check_in`` makes
every edit a part of one ``CompoundCommand`` through the document's public edit
methods, so one Undo takes the whole check-in back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from pmplanner.core.checkin_snapshot import take_check_in
from pmplanner.core.checkins import CheckIn, Evidence
from pmplanner.core.goal_rules import edited_goal
from pmplanner.core.plan import Goal, GoalStatus
from pmplanner.ui.plan.commands import CompoundCommand

NEW_GOAL = "__new__"  # a focus skill's goal choice: make a new goal for it


@dataclass
class CheckInAnswers:
    day: date
    ratings: dict[str, int | None] = field(default_factory=dict)  # skill -> new rating
    goals: dict[str, tuple[GoalStatus, int]] = field(default_factory=dict)  # id -> (status, %)
    wins: str = ""
    focus: list[tuple[str, str | None]] = field(default_factory=list)  # (skill, goal id|NEW_GOAL)
    reflection: str = ""
    wins_as_evidence: bool = False  # keep the wins in the evidence log too


def record_check_in(document, answers: CheckInAnswers, now: datetime | None = None) -> CheckIn:
    """Apply ``answers`` to ``document`` as one undo step; the recorded check-in."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    plan = document.plan
    text = QCoreApplication.translate("CheckIn", "Check in")
    step = CompoundCommand(document, text)
    ratings = dict(plan.skill_ratings)
    for skill, value in answers.ratings.items():
        document.set_skill_rating(skill, value, parent=step)
        if value is None:
            ratings.pop(skill, None)
        else:
            ratings[skill] = value
    goals: dict[str, Goal] = {g.id: g for g in plan.goals}
    for goal_id, (status, progress) in answers.goals.items():
        before = goals.get(goal_id)
        if before is None:
            continue
        after = before
        if after.status != status:
            after = edited_goal(after, "status", status, now) or after
        if after.progress != progress and after.status != GoalStatus.DONE:
            after = edited_goal(after, "progress", progress, now) or after
        if after != before:
            document.edit_item("goals", before, after, text, parent=step)
            goals[goal_id] = after
    focus: list[tuple[str, list[str]]] = []
    new_goals: list[Goal] = []
    for skill, choice in answers.focus:
        if choice == NEW_GOAL:
            goal = document.goal_for_gap(skill)
            new_goals.append(goal)
            focus.append((skill, [goal.id]))
        else:
            focus.append((skill, [] if choice is None else [choice]))
    if new_goals:
        document.add_goals(new_goals, parent=step)
    check_in = take_check_in(
        day=answers.day,
        role=_target_role(document),
        ratings=ratings,
        goals=[*goals.values(), *new_goals],
        wins=answers.wins,
        focus=focus,
        reflection=answers.reflection,
    )
    document.add_items("checkins", [(len(plan.checkins), check_in)], text, parent=step)
    if answers.wins_as_evidence and check_in.wins:
        skills = [skill for skill, _ in focus]
        add_evidence(
            document, Evidence(day=answers.day, text=check_in.wins, skills=skills), parent=step
        )
    document.push(step)
    return check_in


def delete_check_in(document, check_in_id: str) -> None:
    text = QCoreApplication.translate("CheckIn", "Delete check-in")
    document.delete_items("checkins", [check_in_id], text)


def _target_role(document):
    target = document.plan.profile.target_role
    return document.catalog.role(target) if document.catalog.has_role(target) else None


def add_evidence(document, evidence: Evidence, parent=None):
    """Add one evidence entry (an undo step, or a part of ``parent``)."""
    text = QCoreApplication.translate("Evidence", "Add evidence")
    placed = [(len(document.plan.evidence), evidence)]
    return document.add_items("evidence", placed, text, parent)


def edit_evidence(document, before: Evidence, after: Evidence) -> None:
    """Replace one evidence entry (found by its id) as one undo step."""
    text = QCoreApplication.translate("Evidence", "Edit evidence")
    document.edit_item("evidence", before, after.model_copy(update={"id": before.id}), text)


def delete_evidence(document, ids: list[str]) -> None:
    text = QCoreApplication.translate("Evidence", "Delete evidence")
    document.delete_items("evidence", ids, text)
