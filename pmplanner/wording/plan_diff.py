"""A plan comparison (``core.plan_diff``) as lines a person reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan_diff import ListDiff, PlanDiff
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

_CONTEXT = "PlanDiff"
PROFILE_FIELDS = {
    "name": QT_TRANSLATE_NOOP("PlanDiff", "name"),
    "background": QT_TRANSLATE_NOOP("PlanDiff", "background"),
    "current_role": QT_TRANSLATE_NOOP("PlanDiff", "current role"),
    "target_role": QT_TRANSLATE_NOOP("PlanDiff", "target role"),
    "target_date": QT_TRANSLATE_NOOP("PlanDiff", "target date"),
    "years_in_current_role": QT_TRANSLATE_NOOP("PlanDiff", "years in current role"),
}
OTHER_FIELDS = {
    "quiz_results": QT_TRANSLATE_NOOP("PlanDiff", "quiz results"),
    "role_notes": QT_TRANSLATE_NOOP("PlanDiff", "your notes on roles"),
    "skill_notes": QT_TRANSLATE_NOOP("PlanDiff", "your notes on skills"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


def _list_line(label: str, diff: ListDiff) -> str | None:
    if not diff.any:
        return None
    parts = []
    if diff.added:
        parts.append(_tr("%n added", diff.added))
    if diff.removed:
        parts.append(_tr("%n removed", diff.removed))
    if diff.changed:
        parts.append(_tr("%n changed", diff.changed))
    return f"{label}: {', '.join(parts)}"


def _field(names: dict[str, str], name: str) -> str:
    source = names.get(name)
    return _tr(source) if source else name.replace("_", " ")


def diff_lines(diff: PlanDiff) -> list[str]:
    """One line per part that differs; a single line saying so when nothing does."""
    if diff.same:
        return [_tr("The two versions hold the same plan.")]
    lines = [
        _list_line(_tr("Goals"), diff.goals),
        _list_line(_tr("Contacts"), diff.contacts),
    ]
    if diff.profile_fields:
        fields = ", ".join(_field(PROFILE_FIELDS, f) for f in diff.profile_fields)
        lines.append(_tr("Profile: {fields}").format(fields=fields))
    if diff.ratings_changed:
        lines.append(_tr("Skill ratings: %n changed", diff.ratings_changed))
    for name in diff.other_fields:
        lines.append(_tr("Also different: {field}").format(field=_field(OTHER_FIELDS, name)))
    return [line for line in lines if line]
