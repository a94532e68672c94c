"""The built-in career content and the loader that validates it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pmplanner.core.careers import TrackKind, TransitionKind
from pmplanner.core.plan import GoalCategory
from pmplanner.paths import content_dir
from pmplanner.storage.content import (
    CONTENT_FILES,
    ContentError,
    load_builtin_content,
    load_content,
    load_ladder_file,
    validate_content_file,
)
from pmplanner.storage.jsonio import JsonFileError


def titles(catalog, track_id):
    return [catalog.role(r).title for r in catalog.track(track_id).progression]


# -- the built-in content ---------------------------------------------------------


def test_builtin_content_has_every_file_and_a_sensible_size(catalog):
    assert sorted(p.name for p in content_dir().glob("*.json")) == sorted(CONTENT_FILES)
    assert 25 <= len(catalog.roles) <= 35
    assert len(catalog.skills) >= 25
    assert [lv.rank for lv in catalog.levels] == list(range(7))
    assert catalog.level_name(0) == "Entry"
    assert catalog.level_name(6) == "Executive"


def test_specialised_progressions_are_exactly_as_the_decision_tree_lists_them(catalog):
    assert titles(catalog, "technical") == [
        "Associate Technical Product Manager",
        "Technical PM",
        "Senior Technical Product Manager",
        "Director of Technical Products",
    ]
    assert titles(catalog, "ux") == [
        "Associate Product Manager",
        "Product Manager",
        "Senior PM, UX Focus",
        "Head of Product Experience",
    ]
    assert titles(catalog, "strategic") == [
        "Product Analyst",
        "Product Manager",
        "Senior PM, Strategy",
        "Director of Product Strategy",
    ]
    for track_id in ("technical", "ux", "strategic"):
        assert catalog.track(track_id).kind is TrackKind.SPECIALIST
        assert catalog.track(track_id).suited_for
        assert len(catalog.track(track_id).activities) == 4
    # UX and Strategic reuse the general APM and PM roles rather than copies
    assert catalog.track("ux").progression[:2] == ["apm", "pm"]
    assert catalog.track("strategic").progression[1] == "pm"
    assert catalog.role("apm").track == "general"


def test_general_ladder_in_order(catalog):
    assert titles(catalog, "general") == [
        "Associate Product Manager",
        "Product Manager",
        "Senior Product Manager",
        "Director of Product",
        "VP of Product",
        "Chief Product Officer",
    ]
    levels = [catalog.role(r).level for r in catalog.track("general").progression]
    assert levels == sorted(levels)
    assert catalog.track("general").kind is TrackKind.LADDER
    for role_id in catalog.track("general").progression:
        role = catalog.role(role_id)
        assert role.responsibilities and role.skills
        assert role.experience_years is not None and role.tenure_years is not None
    assert catalog.role("apm").experience_years.min == 0


def test_group_pm_is_the_40_40_20_hybrid_between_the_branches(catalog):
    gpm = catalog.role("group-pm")
    assert [s.percent for s in gpm.time_split] == [40, 40, 20]
    assert [s.activity for s in gpm.time_split] == [
        "People management",
        "Product leadership",
        "Individual contribution",
    ]
    assert catalog.track("people-management").kind is TrackKind.BRANCH
    assert catalog.track("product-leadership").kind is TrackKind.BRANCH
    # reachable from Senior PM by a branch move, and leads into both branches
    into = {(t.from_role, t.kind) for t in catalog.previous_steps("group-pm")}
    assert ("senior-pm", TransitionKind.BRANCH) in into
    out = {t.to_role for t in catalog.next_steps("group-pm")}
    # Group PM and Staff PM (the first product-leadership level) trade places sideways
    assert {"staff-pm", "head-of-product-management", "director-product"} <= out


def test_product_leadership_branch_has_no_people_management_skills(catalog):
    people_skills = {s.id for s in catalog.skills if s.category == "people"}
    for role_id in catalog.track("product-leadership").progression:
        role = catalog.role(role_id)
        assert not {req.skill for req in role.skills} & people_skills, role_id
    head = catalog.role("head-of-product-management")
    assert {"performance-management", "conflict-resolution", "team-building"} <= {
        req.skill for req in head.skills
    }


def test_look_alikes_and_entry_points(catalog):
    for role_id, title in (
        ("delivery-manager", "Delivery Manager"),
        ("program-manager", "Program Manager"),
    ):
        role = catalog.role(role_id)
        assert role.title == title
        assert role.look_alike
        assert catalog.track(role.track).kind is TrackKind.ADJACENT
        assert any("execution" in n and "coordination" in n for n in role.notes)
        assert any(
            t.kind is TransitionKind.LATERAL and t.to_role in {"apm", "pm"}
            for t in catalog.next_steps(role_id)
        )
    analyst = catalog.role("product-analyst")
    assert analyst.entry_point and not analyst.look_alike
    assert "pm" in {t.to_role for t in catalog.next_steps("product-analyst")}
    assert {r.id for r in catalog.roles if r.look_alike} == {"delivery-manager", "program-manager"}


def test_backgrounds_of_the_decision_tree_lead_to_their_tracks(catalog):
    expected = {
        "technical": "technical",
        "design": "ux",
        "business": "strategic",
        "engineering": "technical",
        "ux-design": "ux",
        "data-analytics": "strategic",
    }
    for background_id, track_id in expected.items():
        background = catalog.background(background_id)
        assert track_id in background.tracks
        assert background.first_roles and background.advice
    new = catalog.background("new-to-product")
    assert "fundamentals" in new.advice and "interest" in new.advice
    for background_id in ("product-marketing", "project-management"):
        assert "apm" in catalog.background(background_id).first_roles
    with pytest.raises(KeyError):
        catalog.background("astronaut")


def test_industries_and_environments(catalog):
    by_track: dict[str, set[str]] = {}
    for industry in catalog.industries:
        for track_id in industry.tracks:
            by_track.setdefault(track_id, set()).add(industry.name)
    assert by_track == {
        "technical": {"Tech companies", "B2B products"},
        "ux": {"Consumer products", "Digital services"},
        "strategic": {"Enterprise products", "Startups"},
    }
    meanings = {e.name: e.what_it_means for e in catalog.environments}
    assert set(meanings) == {"Startups", "Tech companies", "Enterprise", "Agencies"}
    assert "multiple hats" in meanings["Startups"]
    assert "specialised focus" in meanings["Tech companies"].lower()
    assert "complex stakeholders" in meanings["Enterprise"].lower()
    assert "various products" in meanings["Agencies"].lower()


def test_guidance_has_first_steps_habits_and_the_eight_questions(catalog):
    guidance = catalog.guidance
    assert len(guidance.first_steps) == 4
    assert "portfolio" in guidance.first_steps[2]
    assert len(guidance.growth_habits) == 4
    assert len(guidance.self_discovery) == 2
    mind, style = guidance.self_discovery
    assert mind.title == "Your strategic mind"
    assert style.title == "Your leadership style"
    assert mind.questions == [
        "Do you enjoy solving complex problems?",
        "Can you balance different stakeholder needs?",
        "Are you good at seeing the big picture?",
        "Do you like making data-driven decisions?",
    ]
    assert style.questions == [
        "Can you influence without authority?",
        "Are you comfortable with ambiguity?",
        "Do you enjoy coordinating cross-functional teams?",
        "Are you passionate about user needs?",
    ]
    networking = " ".join(guidance.networking_habits)
    for word in ("conferences", "professional groups", "LinkedIn", "mentor"):
        assert word in networking
    learning = " ".join(guidance.learning_habits).lower()
    for word in (
        "workshops",
        "online courses",
        "blogs",
        "market trends",
        "user needs",
        "technology",
    ):
        assert word in learning
    notes = " ".join(guidance.organisation_notes)
    assert "Larger companies" in notes and "Smaller companies" in notes


def test_skills_have_learning_and_networking_activities(catalog):
    categories = {s.category for s in catalog.skills}
    assert {"core", "technical", "ux", "strategy", "leadership", "people"} <= categories
    for skill in catalog.skills:
        assert skill.learning and skill.networking, skill.id
        assert all(a.kind.category is GoalCategory.LEARNING for a in skill.learning)
        assert all(a.kind.category is GoalCategory.NETWORKING for a in skill.networking)
    certificates = [
        a.title for s in catalog.skills for a in s.learning if a.kind == "certification"
    ]
    assert "IBM Product Manager Professional Certificate" in certificates


def test_content_has_no_links():
    for path in content_dir().glob("*.json"):
        assert not re.search(r"https?://|www\.", path.read_text(encoding="utf-8")), path.name


def test_every_role_is_connected_and_every_skill_is_used(catalog):
    for role in catalog.roles:
        assert catalog.next_steps(role.id) or catalog.previous_steps(role.id), role.id
    used = {req.skill for role in catalog.roles for req in role.skills}
    assert used == {s.id for s in catalog.skills}
    # every senior role is reachable from some entry point
    entries = [r.id for r in catalog.roles if r.entry_point]
    assert set(entries) == {"apm", "atpm", "product-analyst"}
    for goal in ("cpo", "distinguished-pm", "head-of-product-experience"):
        assert any(catalog.fastest_path(start, goal) for start in entries), goal


def test_each_real_file_validates_on_its_own():
    for name in CONTENT_FILES:
        assert validate_content_file(content_dir() / name).items == [], name


# -- broken copies ------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(content_dir(), target)
    return target


def edit(folder: Path, name: str, change) -> None:
    path = folder / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def problems_of(folder: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return info.value


def test_a_good_copy_loads(data_copy):
    assert len(load_content(data_copy).roles) == len(load_content(content_dir()).roles)


def test_unknown_track(data_copy):
    edit(data_copy, "careers.json", lambda d: d["roles"][4].update(track="foo"))
    error = problems_of(data_copy)
    assert error.path == data_copy / "careers.json"
    assert error.problems == ["careers.json: roles[4].track: unknown track 'foo'"]
    assert isinstance(error, JsonFileError)
    assert "roles[4].track: unknown track 'foo'" in error.describe()


def test_unknown_role_in_a_transition(data_copy):
    edit(data_copy, "careers.json", lambda d: d["transitions"][2].update(to_role="x"))
    assert problems_of(data_copy).problems == [
        "careers.json: transitions[2].to_role: unknown role 'x'"
    ]


def test_duplicate_role_id(data_copy):
    def duplicate(d):
        assert d["roles"][3]["id"] == "director-product"
        d["roles"][3]["id"] = d["roles"][0]["id"]

    edit(data_copy, "careers.json", duplicate)
    problems = problems_of(data_copy).problems
    assert problems[0] == "careers.json: roles[3]: duplicate role id 'apm' (first at roles[0])"
    # the renamed role's old id no longer resolves, and each reference says so
    assert "careers.json: tracks[0].progression[3]: unknown role 'director-product'" in problems
    assert all(p.startswith("careers.json: ") for p in problems)


def test_progression_naming_a_missing_role(data_copy):
    edit(data_copy, "careers.json", lambda d: d["tracks"][3]["progression"].append("ghost"))
    assert problems_of(data_copy).problems == [
        "careers.json: tracks[3].progression[4]: unknown role 'ghost'"
    ]


def test_unknown_skill_and_other_files_references(data_copy):
    edit(data_copy, "careers.json", lambda d: d["roles"][0]["skills"][1].update(skill="juggling"))
    edit(data_copy, "backgrounds.json", lambda d: d["backgrounds"][0]["tracks"].append("nope"))
    edit(data_copy, "workplaces.json", lambda d: d["industries"][2]["tracks"].append("nope"))
    error = problems_of(data_copy)
    assert error.path == data_copy  # more than one file is broken
    assert error.problems == [
        "careers.json: roles[0].skills[1].skill: unknown skill 'juggling'",
        "backgrounds.json: backgrounds[0].tracks[1]: unknown track 'nope'",
        "workplaces.json: industries[2].tracks[1]: unknown track 'nope'",
    ]


def test_all_cross_reference_problems_are_collected(data_copy):
    def break_many(d):
        d["roles"][1]["track"] = "foo"
        d["roles"][2]["track"] = "bar"
        d["transitions"][0]["from_role"] = "x"
        d["transitions"][5]["to_role"] = "y"

    edit(data_copy, "careers.json", break_many)
    assert problems_of(data_copy).problems == [
        "careers.json: roles[1].track: unknown track 'foo'",
        "careers.json: roles[2].track: unknown track 'bar'",
        "careers.json: transitions[0].from_role: unknown role 'x'",
        "careers.json: transitions[5].to_role: unknown role 'y'",
    ]


def test_bad_json(data_copy):
    (data_copy / "skills.json").write_text('{"schema_version": 1, "skills": [', encoding="utf-8")
    error = problems_of(data_copy)
    assert error.path == data_copy / "skills.json"
    assert len(error.problems) == 1
    assert error.problems[0].startswith("skills.json: line 1, column ")
    assert "not valid JSON" in error.problems[0]


def test_wrong_type(data_copy):
    edit(data_copy, "careers.json", lambda d: d["roles"][2].update(level="high"))
    assert problems_of(data_copy).problems == ["careers.json: roles[2].level: not a whole number"]


def test_missing_field(data_copy):
    edit(data_copy, "skills.json", lambda d: d["skills"][5].pop("name"))
    assert problems_of(data_copy).problems == ["skills.json: skills[5].name: is missing"]


def test_duplicate_key(data_copy):
    path = data_copy / "guidance.json"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('"schema_version": 1,', '"schema_version": 1, "schema_version": 1,')
    )
    error = problems_of(data_copy)
    assert error.problems == ['guidance.json: the key "schema_version" appears twice in one object']


def test_missing_file(data_copy):
    (data_copy / "workplaces.json").unlink()
    assert problems_of(data_copy).problems == ["workplaces.json: the file does not exist"]


@pytest.mark.parametrize(
    ("version", "message"),
    [
        (2, "schema_version: this file has version 2; this pmplanner reads version 1"),
        ("1", "schema_version: not a whole number"),
        (None, "schema_version: is missing"),
    ],
)
def test_schema_version_must_be_1(data_copy, version, message):
    def set_version(d):
        if version is None:
            d.pop("schema_version")
        else:
            d["schema_version"] = version

    edit(data_copy, "backgrounds.json", set_version)
    assert problems_of(data_copy).problems == [f"backgrounds.json: {message}"]


def test_not_an_object_and_unknown_field(data_copy):
    (data_copy / "guidance.json").write_text("[]", encoding="utf-8")
    edit(data_copy, "skills.json", lambda d: d.update(extra=True))
    assert problems_of(data_copy).problems == [
        "skills.json: extra: is not a field pmplanner knows",
        "guidance.json: (top level): not an object",
    ]


def test_bad_time_split_and_moves(data_copy):
    def change(d):
        gpm = next(r for r in d["roles"] if r["id"] == "group-pm")
        gpm["time_split"][0]["percent"] = 50
        d["transitions"].append(dict(d["transitions"][0]))

    edit(data_copy, "careers.json", change)
    problems = problems_of(data_copy).problems
    assert len(problems) == 1
    assert "time_split percentages must add up to 100" in problems[0]

    def fix_split_keep_duplicate(d):
        gpm = next(r for r in d["roles"] if r["id"] == "group-pm")
        gpm["time_split"][0]["percent"] = 40
        d["transitions"].append({"from_role": "pm", "to_role": "pm", "kind": "lateral", "years": 1})

    edit(data_copy, "careers.json", fix_split_keep_duplicate)
    problems = problems_of(data_copy).problems
    count = len(json.loads((data_copy / "careers.json").read_text())["transitions"])
    assert problems == [
        f"careers.json: transitions[{count - 2}]: duplicate move 'apm' -> 'pm' "
        "(first at transitions[0])",
        f"careers.json: transitions[{count - 1}]: a role cannot move to itself",
    ]


def test_activity_in_the_wrong_list(data_copy):
    edit(data_copy, "skills.json", lambda d: d["skills"][0]["learning"][0].update(kind="mentor"))
    assert problems_of(data_copy).problems == [
        "skills.json: skills[0].learning[0].kind: 'mentor' is not a learning activity"
    ]


def test_role_level_must_exist(data_copy):
    edit(data_copy, "careers.json", lambda d: d["levels"].pop())  # drop Executive
    problems = problems_of(data_copy).problems
    cpo_index = [
        r["id"] for r in json.loads((data_copy / "careers.json").read_text())["roles"]
    ].index("cpo")
    assert problems == [f"careers.json: roles[{cpo_index}].level: no level with rank 6 in levels"]


# -- single files: validate_content_file and load_ladder_file ----------------------------


def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def small_ladder(**changes):
    ladder = {
        "schema_version": 1,
        "levels": [{"rank": 0, "name": "Junior"}, {"rank": 1, "name": "Senior"}],
        "tracks": [
            {
                "id": "acme",
                "name": "Acme product",
                "kind": "ladder",
                "summary": "Our own ladder",
                "progression": ["acme-pm", "acme-senior"],
                "colour": "#123456",
            }
        ],
        "roles": [
            {
                "id": "acme-pm",
                "title": "Product Owner",
                "track": "acme",
                "level": 0,
                "summary": "Owns a backlog",
                "skills": [{"skill": "prioritisation", "level": 3}],
            },
            {
                "id": "acme-senior",
                "title": "Senior Product Owner",
                "track": "acme",
                "level": 1,
                "summary": "Owns a product",
                "skills": [{"skill": "product-strategy", "level": 3}],
                "industries": ["b2b-products"],
            },
        ],
        "transitions": [
            {"from_role": "acme-pm", "to_role": "acme-senior", "kind": "promotion", "years": 2}
        ],
    }
    ladder.update(changes)
    return ladder


def test_load_ladder_file_builds_a_catalog_with_builtin_skills(tmp_path):
    ladder = load_ladder_file(write(tmp_path / "org.json", small_ladder()))
    assert [r.title for r in ladder.roles] == ["Product Owner", "Senior Product Owner"]
    assert ladder.fastest_path("acme-pm", "acme-senior").years == 2
    assert ladder.skill_name("product-strategy") == "Product strategy"
    assert ladder.backgrounds == []
    assert [g.skill for g in ladder.skills_gap("acme-pm", "acme-senior")] == ["product-strategy"]


def test_load_ladder_file_real_careers_file(catalog):
    ladder = load_ladder_file(content_dir() / "careers.json", base=catalog)
    assert len(ladder.roles) == len(catalog.roles)


def test_load_ladder_file_reports_unknown_skills_against_the_given_catalogue(tmp_path, catalog):
    data = small_ladder()
    data["roles"][0]["skills"] = [{"skill": "juggling", "level": 2}]
    data["roles"][1]["environments"] = ["moon-base"]
    path = write(tmp_path / "org.json", data)
    with pytest.raises(ContentError) as info:
        load_ladder_file(path, base=catalog)
    assert info.value.path == path
    assert info.value.problems == [
        "org.json: roles[0].skills[0].skill: unknown skill 'juggling'",
        "org.json: roles[1].environments[0]: unknown environment 'moon-base'",
    ]


def test_load_ladder_file_not_json(tmp_path):
    path = tmp_path / "org.json"
    path.write_bytes(b"\xff\xfe not text")
    with pytest.raises(ContentError) as info:
        load_ladder_file(path)
    assert info.value.problems == ["org.json: byte 0: not UTF-8 text"]


def test_validate_content_file_decides_by_top_level_keys(tmp_path):
    assert validate_content_file(write(tmp_path / "a.json", small_ladder())).items == []
    bad = small_ladder()
    bad["roles"][1]["track"] = "foo"
    assert validate_content_file(write(tmp_path / "b.json", bad)).items == [
        "roles[1].track: unknown track 'foo'"
    ]
    backgrounds = {
        "schema_version": 1,
        "backgrounds": [
            {"id": "x", "name": "X", "description": "d", "tracks": ["ux"], "first_roles": ["zz"]}
        ],
    }
    assert validate_content_file(write(tmp_path / "c.json", backgrounds)).items == [
        "backgrounds[0].first_roles[0]: unknown role 'zz'"
    ]
    assert validate_content_file(write(tmp_path / "d.json", {"schema_version": 1})).items == [
        "(top level): not a pmplanner content file (expected roles, skills, backgrounds, "
        "industries/environments, guidance or quiz)"
    ]
    assert validate_content_file(tmp_path / "missing.json").items == ["the file does not exist"]
    workplaces = {"schema_version": 1, "industries": []}
    assert validate_content_file(write(tmp_path / "e.json", workplaces)).items == [
        "environments: is missing"
    ]


def test_promotions_go_up_and_moves_have_sensible_years(catalog):
    for move in catalog.transitions:
        before, after = catalog.role(move.from_role), catalog.role(move.to_role)
        if move.kind is TransitionKind.PROMOTION:
            assert after.level > before.level, (move.from_role, move.to_role)
        assert 0.5 <= move.years <= 5, (move.from_role, move.to_role)
        assert move.requirements, (move.from_role, move.to_role)
    for role in catalog.roles:
        assert role.tenure_years is not None and role.tenure_years.max <= 6, role.id
    # moves between specialised tracks at the same level go both ways
    for a, b in (("pm", "tpm"), ("senior-pm", "senior-pm-ux"), ("senior-pm", "senior-pm-strategy")):
        assert b in {t.to_role for t in catalog.next_steps(a)}
        assert a in {t.to_role for t in catalog.next_steps(b)}


def test_builtin_content_is_loaded_once():
    assert load_builtin_content() is load_builtin_content()
