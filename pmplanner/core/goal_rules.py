"""How one edit changes a goal, with the rules that keep status and progress agreeing;
and the goal a skill's gap suggests.

- status Done: progress 100 and ``completed`` set (now); leaving Done clears ``completed``
- progress 100 on an open goal: Done; progress above 0 on a planned goal: In progress
- progress below 100 on a Done goal: back to In progress

Plain Python (no Qt) so the rules can be tested directly.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pydantic import ValidationError

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus, Interaction, Plan


def edited_goal(goal: Goal, field: str, value: Any, now: datetime) -> Goal | None:
    """A validated copy of ``goal`` with ``field`` set; None if the value is refused."""
    data = goal.model_dump()
    try:
        if field in ("title", "link"):
            data[field] = str(value).strip()
        elif field == "notes":
            data[field] = str(value)
        elif field == "kind":
            data["kind"] = GoalKind(value)
        elif field == "status":
            _set_status(data, GoalStatus(value), now)
        elif field == "progress":
            _set_progress(data, int(value), now)
        elif field == "due":
            if value is not None and not isinstance(value, date):
                return None
            data["due"] = value
        elif field == "skills":
            data["skills"] = list(dict.fromkeys(str(s) for s in value))
        else:
            return None
        return Goal.model_validate(data)
    except (ValueError, TypeError, ValidationError):
        return None


def _set_status(data: dict[str, Any], status: GoalStatus, now: datetime) -> None:
    was_done = data["status"] == GoalStatus.DONE
    data["status"] = status
    if status == GoalStatus.DONE:
        data["progress"] = 100
        if not was_done:
            data["completed"] = now
    else:
        data["completed"] = None


def _set_progress(data: dict[str, Any], progress: int, now: datetime) -> None:
    if not 0 <= progress <= 100:
        raise ValueError("progress out of range")
    data["progress"] = progress
    status = data["status"]
    if progress >= 100 and status.is_open:
        _set_status(data, GoalStatus.DONE, now)
    elif progress < 100 and status == GoalStatus.DONE:
        _set_status(data, GoalStatus.IN_PROGRESS, now)
        data["progress"] = progress
    elif progress > 0 and status == GoalStatus.PLANNED:
        data["status"] = GoalStatus.IN_PROGRESS


def duplicated_goal(goal: Goal, copy_title: str = "{title} (copy)") -> Goal:
    """A copy to adapt: new id, '(copy)' title (``copy_title``), not started."""
    data = goal.model_dump(exclude={"id", "created", "completed"})
    title = copy_title.format(title=goal.title).strip()
    data.update(title=title, status=GoalStatus.PLANNED, progress=0)
    if len(data["title"]) > 500:
        data["title"] = goal.title
    return Goal.model_validate(data)


CONTACT_TEXT_FIELDS = ("name", "how_met", "company", "role", "email", "profile_link")


def edited_contact(contact: Contact, field: str, value: Any) -> Contact | None:
    data = contact.model_dump()
    try:
        if field in CONTACT_TEXT_FIELDS:
            data[field] = str(value).strip()
        elif field == "keep_in_touch_days":
            if value is None or isinstance(value, bool):
                data[field] = None
            else:
                days = int(value)
                data[field] = days if days > 0 else None  # 0: no rhythm with this person
        elif field == "notes":
            data[field] = str(value)
        elif field == "goals":  # the ids of the goals this person relates to
            if isinstance(value, str):
                return None
            data[field] = list(dict.fromkeys(str(goal) for goal in value))
        elif field in ("last_contact", "next_follow_up"):
            if value is not None and not isinstance(value, date):
                return None
            data[field] = value
        else:
            return None
        return Contact.model_validate(data)
    except (ValueError, TypeError, ValidationError):
        return None


def with_interactions(contact: Contact, interactions: list[Interaction]) -> Contact:
    """``contact`` with its log replaced by ``interactions`` (kept in date order).

    A last contact that was the log's latest day follows the new latest day
    (or is cleared with an emptied log); one set by hand apart from the log stays.
    """
    ordered = sorted(interactions, key=lambda entry: entry.day)
    old_latest = max((entry.day for entry in contact.interactions), default=None)
    last = contact.last_contact
    if last is None or last == old_latest:
        last = ordered[-1].day if ordered else None
    return contact.model_copy(update={"interactions": ordered, "last_contact": last})


def contacted(contact: Contact, today: date, note: str = "") -> Contact:
    """``contact`` after being in touch today: logged, and the next follow-up moved on.

    The interaction (today, ``note``) joins the log and ``last_contact`` is
    today. With a keep-in-touch interval the next follow-up becomes today plus
    that interval; without one, a follow-up that was due (today or earlier) is
    done and cleared, and one still ahead stays as it is.
    """
    note = note.strip()[:500]
    follow_up = contact.next_follow_up
    if contact.keep_in_touch_days:
        follow_up = today + timedelta(days=contact.keep_in_touch_days)
    elif follow_up is not None and follow_up <= today:
        follow_up = None
    return contact.model_copy(
        update={
            "last_contact": today,
            "next_follow_up": follow_up,
            "interactions": [*contact.interactions, Interaction(day=today, note=note)],
        }
    )


def goals_for_skill(plan: Plan, skill_id: str) -> list[Goal]:
    """The goals linked to ``skill_id`` that still count (all but dropped ones)."""
    return [g for g in plan.goals if skill_id in g.skills and g.status != GoalStatus.DROPPED]


def gap_goal(catalog: CareerCatalog, skill_id: str, fallback_title: str) -> Goal:
    """A new learning goal for ``skill_id`` (not added anywhere): the ladder's first
    learning idea for the skill, or a course titled ``fallback_title``."""
    learning = catalog.skill(skill_id).learning if catalog.has_skill(skill_id) else []
    if learning:
        activity = learning[0]
        return Goal(
            kind=activity.kind,
            title=activity.title,
            notes=activity.description,
            skills=[skill_id],
        )
    return Goal(kind=GoalKind.COURSE, title=fallback_title, skills=[skill_id])
