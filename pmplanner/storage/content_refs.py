"""Checking the references between content files, and inside a ladder.

Each ``check_*`` takes a file already shaped by its pydantic model (see
``storage.content_files``) and the ids the other files define (``Known``), and
returns every problem located inside the file. Every check is linear: ids are
looked up in sets, never in lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmplanner.core.plan import GoalCategory, PlanLadder
from pmplanner.storage.content_files import (
    BackgroundsFile,
    GuidanceFile,
    LadderFile,
    SkillsFile,
    WorkplacesFile,
)
from pmplanner.storage.problems import Problems


@dataclass
class Known:
    """Ids other files may refer to; ``None`` means "not known, do not check"."""

    skills: set[str] | None = None
    tracks: set[str] | None = None
    roles: set[str] | None = None
    industries: set[str] | None = None
    environments: set[str] | None = None
    backgrounds: set[str] | None = None


def check_ladder(ladder: LadderFile | PlanLadder, known: Known) -> Problems:
    p = Problems()
    p.duplicates("levels", (lv.rank for lv in ladder.levels), "level rank")
    p.duplicates("tracks", (t.id for t in ladder.tracks), "track id")
    p.duplicates("roles", (r.id for r in ladder.roles), "role id")
    ranks = {lv.rank for lv in ladder.levels}
    track_ids = {t.id for t in ladder.tracks}
    role_ids = {r.id for r in ladder.roles}

    for i, track in enumerate(ladder.tracks):
        p.refs(f"tracks[{i}].progression", track.progression, role_ids, "role")
        in_progression: set[str] = set()
        for j, role_id in enumerate(track.progression):
            if role_id in in_progression:
                p.add(f"tracks[{i}].progression[{j}]", f"role {role_id!r} appears twice")
            in_progression.add(role_id)

    for i, role in enumerate(ladder.roles):
        p.ref(f"roles[{i}].track", role.track, track_ids, "track")
        if role.level not in ranks:
            p.add(f"roles[{i}].level", f"no level with rank {role.level} in levels")
        p.refs(f"roles[{i}].industries", role.industries, known.industries, "industry")
        p.refs(f"roles[{i}].environments", role.environments, known.environments, "environment")
        listed_skills: set[str] = set()
        for j, req in enumerate(role.skills):
            where = f"roles[{i}].skills[{j}].skill"
            p.ref(where, req.skill, known.skills, "skill")
            if req.skill in listed_skills:
                p.add(where, f"skill {req.skill!r} is listed twice for this role")
            listed_skills.add(req.skill)

    seen_moves: dict[tuple[str, str], int] = {}
    for i, move in enumerate(ladder.transitions):
        p.ref(f"transitions[{i}].from_role", move.from_role, role_ids, "role")
        p.ref(f"transitions[{i}].to_role", move.to_role, role_ids, "role")
        if move.from_role == move.to_role:
            p.add(f"transitions[{i}]", "a role cannot move to itself")
        key = (move.from_role, move.to_role)
        if key in seen_moves:
            p.add(
                f"transitions[{i}]",
                f"duplicate move {move.from_role!r} -> {move.to_role!r} "
                f"(first at transitions[{seen_moves[key]}])",
            )
        else:
            seen_moves[key] = i
    return p


def check_skills(skills: SkillsFile, known: Known | None = None) -> Problems:
    p = Problems()
    p.duplicates("skills", (s.id for s in skills.skills), "skill id")
    for i, skill in enumerate(skills.skills):
        for name, activities, networking in (
            ("learning", skill.learning, False),
            ("networking", skill.networking, True),
        ):
            for j, activity in enumerate(activities):
                if (activity.kind.category is GoalCategory.NETWORKING) != networking:
                    p.add(
                        f"skills[{i}].{name}[{j}].kind",
                        f"{activity.kind.value!r} is not a {name} activity",
                    )
                if known is not None:
                    p.refs(
                        f"skills[{i}].{name}[{j}].not_for",
                        activity.not_for,
                        known.backgrounds,
                        "background",
                    )
    return p


def check_backgrounds(backgrounds: BackgroundsFile, known: Known) -> Problems:
    p = Problems()
    p.duplicates("backgrounds", (b.id for b in backgrounds.backgrounds), "background id")
    for i, bg in enumerate(backgrounds.backgrounds):
        p.refs(f"backgrounds[{i}].tracks", bg.tracks, known.tracks, "track")
        p.refs(f"backgrounds[{i}].first_roles", bg.first_roles, known.roles, "role")
    return p


def check_workplaces(workplaces: WorkplacesFile, known: Known) -> Problems:
    p = Problems()
    p.duplicates("industries", (x.id for x in workplaces.industries), "industry id")
    p.duplicates("environments", (x.id for x in workplaces.environments), "environment id")
    for i, ind in enumerate(workplaces.industries):
        p.refs(f"industries[{i}].tracks", ind.tracks, known.tracks, "track")
    for i, env in enumerate(workplaces.environments):
        p.refs(f"environments[{i}].tracks", env.tracks, known.tracks, "track")
    return p


def check_guidance(guidance: GuidanceFile, known: Known | None = None) -> Problems:
    p = Problems()
    groups = guidance.guidance.self_discovery
    p.duplicates("guidance.self_discovery", (g.id for g in groups), "question group id")
    known = known or Known()
    for i, step in enumerate(guidance.guidance.quiz_steps):
        where = f"guidance.quiz_steps[{i}]"
        p.refs(f"{where}.tracks", step.tracks, known.tracks, "track")
        p.refs(f"{where}.directions", step.directions, known.tracks, "track")
        for field in ("backgrounds", "not_backgrounds"):
            p.refs(f"{where}.{field}", getattr(step, field), known.backgrounds, "background")
    return p
