"""Loading and validating the career content in ``data/*.json``.

Each file is a JSON object with ``"schema_version": 1`` and its lists. Reading
is strict (``storage.jsonio``); shapes are checked by the pydantic models of
``storage.content_files``; then every cross reference (role -> track,
transition -> role, role -> skill, ...) is checked (``storage.content_refs``)
and all problems are collected, each located like ``careers.json: roles[4].track:
unknown track 'foo'`` (the first MAX_PROBLEMS kept, the rest counted).

``careers.json`` is also the format of an organisation's own ladder, which
``load_ladder_file`` validates on its own against a skills catalogue.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import PlanLadder
from pmplanner.storage.content_files import (
    BackgroundsFile,
    GuidanceFile,
    LadderFile,
    SkillsFile,
    WorkplacesFile,
)
from pmplanner.storage.content_refs import (
    Known,
    check_backgrounds,
    check_guidance,
    check_ladder,
    check_skills,
    check_workplaces,
)
from pmplanner.storage.jsonio import (
    JsonFileError,
    parse_json_bytes,
    read_file_bytes,
    read_json_file,
    validation_problems,
)
from pmplanner.storage.problems import Problems
from pmplanner.storage.quiz_content import QuizFile, check_quiz, with_topic_descriptions

SCHEMA_VERSION = 1
# An organisation's ladder: 16 MB is some 12,000 richly described roles. The cap
# bounds memory: validating a ladder takes some 10-13x its size at peak, about
# 240 MB for the process at the cap (benchmarks/ladder_bench.py).
MAX_LADDER_BYTES = 16 * 1024 * 1024

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


_MODEL_BY_FILE: dict[str, type[BaseModel]] = {
    CAREERS_FILE: LadderFile,
    SKILLS_FILE: SkillsFile,
    BACKGROUNDS_FILE: BackgroundsFile,
    WORKPLACES_FILE: WorkplacesFile,
    GUIDANCE_FILE: GuidanceFile,
    QUIZ_FILE: QuizFile,
}


# -- reading one file ----------------------------------------------------------


def _parse(data: Any, model: type[BaseModel]) -> tuple[Any, Problems]:
    """Validate parsed JSON against ``model``; return (object or None, problems)."""
    if not isinstance(data, dict):
        return None, Problems(["(top level): not an object"])
    version = data.get("schema_version")
    if "schema_version" not in data:
        return None, Problems(["schema_version: is missing"])
    if type(version) is not int:
        return None, Problems(["schema_version: not a whole number"])
    if version != SCHEMA_VERSION:
        return None, Problems(
            [
                f"schema_version: this file has version {version}; "
                f"this pmplanner reads version {SCHEMA_VERSION}"
            ]
        )
    try:
        return model.model_validate(data), Problems()
    except ValidationError as exc:
        return None, validation_problems(exc)


def _error_problems(exc: JsonFileError) -> Problems:
    return Problems(list(exc.problems), exc.omitted)


def _read(path: Path, model: type[BaseModel]) -> tuple[Any, Problems]:
    try:
        data = read_json_file(path)
    except JsonFileError as exc:
        return None, _error_problems(exc)
    return _parse(data, model)


# -- the whole data folder -----------------------------------------------------


def _prefixed(name: str, problems: Problems) -> Problems:
    out = Problems()
    out.extend(problems, prefix=f"{name}: ")
    return out


def load_content(data_dir: Path | str) -> CareerCatalog:
    """Read, validate and index every content file in ``data_dir``.

    Raises ContentError listing every problem found, each prefixed by its file
    name. ``ContentError.path`` is the broken file, or ``data_dir`` when more
    than one file has problems.
    """
    data_dir = Path(data_dir)
    parsed: dict[str, Any] = {}
    problems: dict[str, Problems] = {}
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
    checks: dict[str, Callable[[Any], Problems]] = {
        CAREERS_FILE: lambda f: check_ladder(f, known),
        SKILLS_FILE: lambda f: check_skills(f, known),
        BACKGROUNDS_FILE: lambda f: check_backgrounds(f, known),
        WORKPLACES_FILE: lambda f: check_workplaces(f, known),
        GUIDANCE_FILE: lambda f: check_guidance(f, known),
        QUIZ_FILE: lambda f: check_quiz(f, known),
    }
    for name, obj in parsed.items():
        found = checks[name](obj)
        if found:
            problems[name] = found

    if problems:
        where = data_dir / next(iter(problems)) if len(problems) == 1 else data_dir
        all_problems = Problems()
        for name, found in problems.items():
            all_problems.extend(found, prefix=f"{name}: ")
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
    try:
        data = parse_json_bytes(read_file_bytes(path, MAX_LADDER_BYTES), path, MAX_LADDER_BYTES)
    except JsonFileError as exc:
        raise ContentError(path, _prefixed(path.name, _error_problems(exc))) from None
    return catalog_from_ladder(ladder_from_data(data, path, base), base)


def ladder_from_data(data: Any, path: Path, base: CareerCatalog) -> LadderFile:
    """Validate parsed ladder data (careers.json format) against ``base``'s skills.

    Raises ContentError naming ``path`` and every problem (the first
    MAX_PROBLEMS kept, the rest counted).
    """
    ladder, problems = _parse(data, LadderFile)
    if ladder is not None:
        problems = check_ladder(ladder, _known_from(base))
    if problems or not isinstance(ladder, LadderFile):
        raise ContentError(path, _prefixed(path.name, problems))
    return ladder


def ladder_problems(ladder: LadderFile | PlanLadder, base: CareerCatalog) -> list[str]:
    """Every broken cross reference of a ladder (role -> track, skill ids), located."""
    return check_ladder(ladder, _known_from(base)).items


def catalog_from_ladder(ladder: LadderFile | PlanLadder, base: CareerCatalog) -> CareerCatalog:
    """A catalog of the ladder's roles with ``base``'s skills, workplaces and guidance.

    Backgrounds and the quiz are left out: they point at built-in tracks and roles.
    """
    return CareerCatalog(
        levels=sorted(ladder.levels, key=lambda lv: lv.rank),
        tracks=list(ladder.tracks),
        roles=list(ladder.roles),
        transitions=list(ladder.transitions),
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


def validate_content_file(path: Path | str) -> Problems:
    """Problems in one content file (any of data/*.json), empty when it is valid.

    The kind of file is decided by its top-level keys. References to other
    files' ids (skills, tracks, roles, industries, environments, backgrounds) are checked
    against the built-in content. Problems are located inside the file, e.g.
    ``roles[3].track: unknown track 'foo'``; the caller knows the path.
    """
    try:
        raw = read_file_bytes(path)
        data = parse_json_bytes(raw, path)
    except JsonFileError as exc:
        return _error_problems(exc)
    return validate_content_data(data, len(raw))


def validate_content_data(data: Any, size: int) -> Problems:
    """``validate_content_file`` on a file of ``size`` bytes already parsed to ``data``."""
    kind = content_kind(data)
    if kind is not None and size > MAX_LADDER_BYTES:
        return Problems(
            [
                f"the file is {size:,} bytes, more than the {MAX_LADDER_BYTES:,} "
                "a career content file may have"
            ]
        )
    if kind is None:
        return Problems(
            [
                "(top level): not a pmplanner content file (expected roles, skills, "
                "backgrounds, industries/environments, guidance or quiz)"
            ]
        )
    obj, problems = _parse(data, _MODEL_BY_FILE[kind])
    if obj is None:
        return problems
    known = _known_from(load_builtin_content())
    if kind == CAREERS_FILE:
        # a ladder file is self-contained: its own tracks and roles count
        return check_ladder(obj, known)
    if kind == SKILLS_FILE:
        return check_skills(obj, known)
    if kind == BACKGROUNDS_FILE:
        return check_backgrounds(obj, known)
    if kind == WORKPLACES_FILE:
        return check_workplaces(obj, known)
    if kind == QUIZ_FILE:
        return check_quiz(obj, known)
    return check_guidance(obj, known)
