"""Loading and validating the career content in ``data/*.json``.

Each file is a JSON object with ``"schema_version": 1`` and its lists. Reading
is strict (``storage.jsonio``); shapes are checked by the pydantic models of
``core.careers``; then every cross reference (role -> track, transition ->
role, role -> skill, ...) is checked and *all* problems are collected, each
located like ``careers.json: roles[4].track: unknown track 'foo'``.

``careers.json`` is also the format of an organisation's own ladder, which
``load_ladder_file`` validates on its own against a skills catalogue.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from pmplanner.core.careers import (
    Background,
    Guidance,
    Industry,
    Level,
    Role,
    Skill,
    Track,
    Transition,
    WorkEnvironment,
)
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import GoalCategory
from pmplanner.storage.content_refs import Known, Problems
from pmplanner.storage.jsonio import JsonFileError, read_json_file, validation_problems
from pmplanner.storage.quiz_content import QuizFile, check_quiz, with_topic_descriptions

SCHEMA_VERSION = 1

CAREERS_FILE = "careers.json"
SKILLS_FILE = "skills.json"
BACKGROUNDS_FILE = "backgrounds.json"
WORKPLACES_FILE = "workplaces.json"
GUIDANCE_FILE = "guidance.json"
QUIZ_FILE = "quiz.json"
CONTENT_FILES = (
    CAREERS_FILE,
    SKILLS_FILE,
    BACKGROUNDS_FILE,
    WORKPLACES_FILE,
    GUIDANCE_FILE,
    QUIZ_FILE,
)


class ContentError(JsonFileError):
    """Career content that cannot be used; ``problems`` name the file and the place."""


# -- the shape of each file ----------------------------------------------------

_FILE = ConfigDict(extra="forbid", hide_input_in_errors=True)


class _Versioned(BaseModel):
    model_config = _FILE

    schema_version: StrictInt


# Caps on how much a file may list (strings are capped in core.careers):
# generous for any organisation, small enough that nothing hangs.
MAX_ROLES = 5_000
MAX_MOVES = 50_000
MAX_ENTRIES = 5_000  # tracks, levels, skills, backgrounds, industries, environments


class LadderFile(_Versioned):
    """``careers.json``: a self-contained career ladder (also an organisation's own)."""

    levels: Annotated[list[Level], Field(max_length=MAX_ENTRIES)]
    tracks: Annotated[list[Track], Field(max_length=MAX_ENTRIES)]
    roles: Annotated[list[Role], Field(max_length=MAX_ROLES)]
    transitions: Annotated[list[Transition], Field(max_length=MAX_MOVES)] = Field(
        default_factory=list
    )


class SkillsFile(_Versioned):
    skills: Annotated[list[Skill], Field(max_length=MAX_ENTRIES)]


class BackgroundsFile(_Versioned):
    backgrounds: Annotated[list[Background], Field(max_length=MAX_ENTRIES)]


class WorkplacesFile(_Versioned):
    industries: Annotated[list[Industry], Field(max_length=MAX_ENTRIES)]
    environments: Annotated[list[WorkEnvironment], Field(max_length=MAX_ENTRIES)]


class GuidanceFile(_Versioned):
    guidance: Guidance


_MODEL_BY_FILE: dict[str, type[_Versioned]] = {
    CAREERS_FILE: LadderFile,
    SKILLS_FILE: SkillsFile,
    BACKGROUNDS_FILE: BackgroundsFile,
    WORKPLACES_FILE: WorkplacesFile,
    GUIDANCE_FILE: GuidanceFile,
    QUIZ_FILE: QuizFile,
}


# -- reading one file ----------------------------------------------------------


def _parse(data: Any, model: type[_Versioned]) -> tuple[Any, list[str]]:
    """Validate parsed JSON against ``model``; return (object or None, problems)."""
    if not isinstance(data, dict):
        return None, ["(top level): not an object"]
    version = data.get("schema_version")
    if "schema_version" not in data:
        return None, ["schema_version: is missing"]
    if type(version) is not int:
        return None, ["schema_version: not a whole number"]
    if version != SCHEMA_VERSION:
        return None, [
            f"schema_version: this file has version {version}; "
            f"this pmplanner reads version {SCHEMA_VERSION}"
        ]
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, validation_problems(exc)


def _read(path: Path, model: type[_Versioned]) -> tuple[Any, list[str]]:
    try:
        data = read_json_file(path)
    except JsonFileError as exc:
        return None, list(exc.problems)
    return _parse(data, model)


# -- cross references ----------------------------------------------------------


def _check_ladder(ladder: LadderFile, known: Known) -> list[str]:
    p = Problems()
    p.duplicates("levels", (lv.rank for lv in ladder.levels), "level rank")
    p.duplicates("tracks", (t.id for t in ladder.tracks), "track id")
    p.duplicates("roles", (r.id for r in ladder.roles), "role id")
    ranks = {lv.rank for lv in ladder.levels}
    track_ids = {t.id for t in ladder.tracks}
    role_ids = {r.id for r in ladder.roles}

    for i, track in enumerate(ladder.tracks):
        p.refs(f"tracks[{i}].progression", track.progression, role_ids, "role")
        for j, role_id in enumerate(track.progression):
            if role_id in track.progression[:j]:
                p.add(f"tracks[{i}].progression[{j}]", f"role {role_id!r} appears twice")

    for i, role in enumerate(ladder.roles):
        p.ref(f"roles[{i}].track", role.track, track_ids, "track")
        if role.level not in ranks:
            p.add(f"roles[{i}].level", f"no level with rank {role.level} in levels")
        p.refs(f"roles[{i}].industries", role.industries, known.industries, "industry")
        p.refs(f"roles[{i}].environments", role.environments, known.environments, "environment")
        skill_ids = [req.skill for req in role.skills]
        for j, skill_id in enumerate(skill_ids):
            where = f"roles[{i}].skills[{j}].skill"
            p.ref(where, skill_id, known.skills, "skill")
            if skill_id in skill_ids[:j]:
                p.add(where, f"skill {skill_id!r} is listed twice for this role")

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
    return p.items


def _check_skills(skills: SkillsFile) -> list[str]:
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
    return p.items


def _check_backgrounds(backgrounds: BackgroundsFile, known: Known) -> list[str]:
    p = Problems()
    p.duplicates("backgrounds", (b.id for b in backgrounds.backgrounds), "background id")
    for i, bg in enumerate(backgrounds.backgrounds):
        p.refs(f"backgrounds[{i}].tracks", bg.tracks, known.tracks, "track")
        p.refs(f"backgrounds[{i}].first_roles", bg.first_roles, known.roles, "role")
    return p.items


def _check_workplaces(workplaces: WorkplacesFile, known: Known) -> list[str]:
    p = Problems()
    p.duplicates("industries", (x.id for x in workplaces.industries), "industry id")
    p.duplicates("environments", (x.id for x in workplaces.environments), "environment id")
    for i, ind in enumerate(workplaces.industries):
        p.refs(f"industries[{i}].tracks", ind.tracks, known.tracks, "track")
    for i, env in enumerate(workplaces.environments):
        p.refs(f"environments[{i}].tracks", env.tracks, known.tracks, "track")
    return p.items


def _check_guidance(guidance: GuidanceFile) -> list[str]:
    p = Problems()
    groups = guidance.guidance.self_discovery
    p.duplicates("guidance.self_discovery", (g.id for g in groups), "question group id")
    return p.items


# -- the whole data folder -----------------------------------------------------


def _prefixed(name: str, problems: Iterable[str]) -> list[str]:
    return [f"{name}: {problem}" for problem in problems]


def load_content(data_dir: Path | str) -> CareerCatalog:
    """Read, validate and index every content file in ``data_dir``.

    Raises ContentError listing every problem found, each prefixed by its file
    name. ``ContentError.path`` is the broken file, or ``data_dir`` when more
    than one file has problems.
    """
    data_dir = Path(data_dir)
    parsed: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for name in CONTENT_FILES:
        obj, found = _read(data_dir / name, _MODEL_BY_FILE[name])
        if found:
            problems[name] = found
        else:
            parsed[name] = obj

    ladder: LadderFile | None = parsed.get(CAREERS_FILE)
    skills: SkillsFile | None = parsed.get(SKILLS_FILE)
    workplaces: WorkplacesFile | None = parsed.get(WORKPLACES_FILE)
    backgrounds: BackgroundsFile | None = parsed.get(BACKGROUNDS_FILE)
    # A broken file's ids are unknown: skip checks against it rather than
    # reporting every reference to it as a second, misleading problem.
    known = Known(
        skills={s.id for s in skills.skills} if skills else None,
        tracks={t.id for t in ladder.tracks} if ladder else None,
        roles={r.id for r in ladder.roles} if ladder else None,
        industries={x.id for x in workplaces.industries} if workplaces else None,
        environments={x.id for x in workplaces.environments} if workplaces else None,
        backgrounds={b.id for b in backgrounds.backgrounds} if backgrounds else None,
    )
    checks: dict[str, Callable[[Any], list[str]]] = {
        CAREERS_FILE: lambda f: _check_ladder(f, known),
        SKILLS_FILE: _check_skills,
        BACKGROUNDS_FILE: lambda f: _check_backgrounds(f, known),
        WORKPLACES_FILE: lambda f: _check_workplaces(f, known),
        GUIDANCE_FILE: _check_guidance,
        QUIZ_FILE: lambda f: check_quiz(f, known),
    }
    for name, obj in parsed.items():
        found = checks[name](obj)
        if found:
            problems[name] = found

    if problems:
        where = data_dir / next(iter(problems)) if len(problems) == 1 else data_dir
        all_problems = [line for name, found in problems.items() for line in _prefixed(name, found)]
        raise ContentError(where, all_problems)

    assert ladder and skills and workplaces and backgrounds  # all parsed: no problems
    quiz = with_topic_descriptions(
        parsed[QUIZ_FILE].quiz,
        backgrounds.backgrounds,
        workplaces.industries,
        workplaces.environments,
    )
    return CareerCatalog(
        levels=sorted(ladder.levels, key=lambda lv: lv.rank),
        tracks=ladder.tracks,
        roles=ladder.roles,
        transitions=ladder.transitions,
        skills=skills.skills,
        backgrounds=backgrounds.backgrounds,
        industries=workplaces.industries,
        environments=workplaces.environments,
        guidance=parsed[GUIDANCE_FILE].guidance,
        quiz=quiz,
    )


@functools.cache
def load_builtin_content() -> CareerCatalog:
    """The content bundled with pmplanner, loaded once (it never changes)."""
    from pmplanner.paths import content_dir

    return load_content(content_dir())


# -- a ladder file on its own ----------------------------------------------------


def load_ladder_file(path: Path | str, base: CareerCatalog | None = None) -> CareerCatalog:
    """Validate a careers.json-format file (e.g. an organisation's own ladder).

    Skill, industry and environment ids are checked against ``base`` (the
    built-in content when not given). The result is a catalog with the file's
    levels, tracks, roles and transitions and ``base``'s skills, workplaces and
    guidance; backgrounds and the quiz are left out because they point at
    built-in tracks and roles.
    Raises ContentError naming the file and every problem.
    """
    path = Path(path)
    if base is None:
        base = load_builtin_content()
    ladder, problems = _read(path, LadderFile)
    if ladder is not None:
        problems = _check_ladder(ladder, _known_from(base))
    if problems:
        raise ContentError(path, _prefixed(path.name, problems))
    return CareerCatalog(
        levels=sorted(ladder.levels, key=lambda lv: lv.rank),
        tracks=ladder.tracks,
        roles=ladder.roles,
        transitions=ladder.transitions,
        skills=base.skills,
        backgrounds=[],
        industries=base.industries,
        environments=base.environments,
        guidance=base.guidance,
    )


def _known_from(catalog: CareerCatalog) -> Known:
    return Known(
        skills={s.id for s in catalog.skills},
        tracks={t.id for t in catalog.tracks},
        roles={r.id for r in catalog.roles},
        industries={x.id for x in catalog.industries},
        environments={x.id for x in catalog.environments},
        backgrounds={b.id for b in catalog.backgrounds},
    )


def content_kind(data: Any) -> str | None:
    """Which content file ``data`` (parsed JSON) looks like, by its top-level keys.

    Returns one of CONTENT_FILES, or None when it looks like none of them.
    """
    if not isinstance(data, dict):
        return None
    keys = set(data)
    if "quiz" in keys:
        return QUIZ_FILE
    if keys & {"roles", "tracks", "transitions", "levels"}:
        return CAREERS_FILE
    if "skills" in keys:
        return SKILLS_FILE
    if "backgrounds" in keys:
        return BACKGROUNDS_FILE
    if keys & {"industries", "environments"}:
        return WORKPLACES_FILE
    if "guidance" in keys:
        return GUIDANCE_FILE
    return None


def validate_content_file(path: Path | str) -> list[str]:
    """Problems in one content file (any of data/*.json), [] when it is valid.

    The kind of file is decided by its top-level keys. References to other
    files' ids (skills, tracks, roles, industries, environments, backgrounds) are checked
    against the built-in content. Problems are located inside the file, e.g.
    ``roles[3].track: unknown track 'foo'``; the caller knows the path.
    """
    path = Path(path)
    try:
        data = read_json_file(path)
    except JsonFileError as exc:
        return list(exc.problems)
    kind = content_kind(data)
    if kind is None:
        return [
            "(top level): not a pmplanner content file (expected roles, skills, "
            "backgrounds, industries/environments, guidance or quiz)"
        ]
    obj, problems = _parse(data, _MODEL_BY_FILE[kind])
    if obj is None:
        return problems
    known = _known_from(load_builtin_content())
    if kind == CAREERS_FILE:
        # a ladder file is self-contained: its own tracks and roles count
        return _check_ladder(obj, known)
    if kind == SKILLS_FILE:
        return _check_skills(obj)
    if kind == BACKGROUNDS_FILE:
        return _check_backgrounds(obj, known)
    if kind == WORKPLACES_FILE:
        return _check_workplaces(obj, known)
    if kind == QUIZ_FILE:
        return check_quiz(obj, known)
    return _check_guidance(obj)
