"""A small hand-built career catalog and documents over it.

The plan editor tests do not depend on the built-in content: a few roles on
two tracks, a look-alike, and skills with and without learning activities.
"""

from __future__ import annotations

from datetime import date

import pytest

from pmplanner.core.careers import (
    Activity,
    Background,
    Level,
    Role,
    Skill,
    SkillRequirement,
    Track,
    TrackKind,
    Transition,
    TransitionKind,
)
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus, Plan
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.document import PlanDocument

TODAY = date(2026, 5, 1)


def _req(**levels: int) -> list[SkillRequirement]:
    return [SkillRequirement(skill=s.replace("_", "-"), level=lv) for s, lv in levels.items()]


def make_catalog() -> CareerCatalog:
    tracks = [
        Track(
            id="ladder",
            name="Product ladder",
            kind=TrackKind.LADDER,
            summary="The general ladder",
            progression=["apm", "pm", "senior-pm"],
            colour="#336699",
        ),
        Track(
            id="technical",
            name="Technical PM",
            kind=TrackKind.SPECIALIST,
            summary="Platforms and APIs",
            progression=["tpm"],
            colour="#993366",
        ),
        Track(
            id="adjacent",
            name="Look-alike titles",
            kind=TrackKind.ADJACENT,
            summary="Titles that resemble PM",
            colour="#999999",
        ),
    ]
    roles = [
        Role(
            id="apm",
            title="Associate PM",
            track="ladder",
            level=1,
            summary="Learns the craft",
            skills=_req(discovery=2, roadmapping=1),
        ),
        Role(
            id="pm",
            title="Product Manager",
            track="ladder",
            level=2,
            summary="Owns a product",
            skills=_req(discovery=3, roadmapping=3, stakeholders=2),
        ),
        Role(
            id="senior-pm",
            title="Senior PM",
            track="ladder",
            level=3,
            summary="Owns an area",
            skills=_req(discovery=4, roadmapping=4, stakeholders=3, data_analysis=3),
        ),
        Role(
            id="tpm",
            title="Technical PM",
            track="technical",
            level=3,
            summary="Platforms",
            skills=_req(tech_literacy=4, discovery=3),
        ),
        Role(
            id="product-owner",
            title="Product Owner",
            track="adjacent",
            level=2,
            summary="Backlog owner in Scrum",
            look_alike=True,
            skills=_req(discovery=2),
        ),
    ]
    skills = [
        Skill(
            id="discovery",
            name="Product discovery",
            category="craft",
            description="Finding problems worth solving",
            learning=[
                Activity(
                    kind=GoalKind.BOOK,
                    title="Read Continuous Discovery Habits",
                    description="Teresa Torres",
                )
            ],
        ),
        Skill(
            id="roadmapping",
            name="Roadmapping",
            category="craft",
            description="Plans",
            learning=[Activity(kind=GoalKind.COURSE, title="Roadmapping course")],
        ),
        Skill(
            id="stakeholders",
            name="Stakeholder management",
            category="people",
            description="Working with others",
        ),
        Skill(id="data-analysis", name="Data analysis", category="craft", description="SQL"),
        Skill(
            id="tech-literacy",
            name="Technical literacy",
            category="tech",
            description="APIs and systems",
        ),
    ]
    transitions = [
        Transition(from_role="apm", to_role="pm", kind=TransitionKind.PROMOTION, years=2),
        Transition(from_role="pm", to_role="senior-pm", kind=TransitionKind.PROMOTION, years=3),
        Transition(from_role="pm", to_role="tpm", kind=TransitionKind.LATERAL, years=2),
    ]
    levels = [Level(rank=i, name=f"L{i}") for i in range(0, 5)]
    backgrounds = [
        Background(id="engineering", name="Software engineering", description="Built things"),
        Background(id="design", name="Design", description="Designed things"),
    ]
    return CareerCatalog(levels, tracks, roles, transitions, skills, backgrounds=backgrounds)


@pytest.fixture
def small_catalog() -> CareerCatalog:
    return make_catalog()


@pytest.fixture
def today(monkeypatch) -> date:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def sample_plan() -> Plan:
    plan = Plan()
    plan.profile.name = "Sam"
    plan.profile.current_role = "apm"
    plan.profile.target_role = "pm"
    plan.profile.target_date = date(2026, 9, 18)
    plan.skill_ratings = {"discovery": 2, "roadmapping": 3}
    plan.goals = [
        Goal(
            title="Read Inspired",
            kind=GoalKind.BOOK,
            due=date(2026, 4, 1),
            skills=["discovery"],
            notes="Cagan\nsecond line",
        ),
        Goal(
            title="Join a PM meetup",
            kind=GoalKind.MEETUP,
            status=GoalStatus.IN_PROGRESS,
            progress=30,
            due=date(2026, 6, 1),
        ),
        Goal(
            title="SQL course",
            kind=GoalKind.COURSE,
            status=GoalStatus.DONE,
            progress=100,
            link="https://example.org/sql",
            skills=["data-analysis"],
        ),
        Goal(title="Dropped talk", kind=GoalKind.CONFERENCE, status=GoalStatus.DROPPED),
    ]
    plan.contacts = [
        Contact(
            name="Ada",
            how_met="Former lead",
            last_contact=date(2026, 3, 1),
            next_follow_up=date(2026, 4, 20),
            notes="Ask about platform teams",
        ),
        Contact(name="Lin", how_met="Meetup", next_follow_up=date(2026, 7, 1)),
    ]
    return plan


@pytest.fixture
def plan() -> Plan:
    return sample_plan()


@pytest.fixture
def store(tmp_path) -> PlanStore:
    return PlanStore(tmp_path / "store")


@pytest.fixture
def make_document(qtbot, small_catalog, store, today):
    """Documents over the small catalog, each closed when the test ends (as the window does)."""
    made: list[PlanDocument] = []

    def make(plan: Plan, catalog: CareerCatalog | None = None, **options) -> PlanDocument:
        doc = PlanDocument(plan, catalog or small_catalog, options.get("store", store))
        doc.autosave_delay_ms = 60_000  # tests that want autosave shorten it
        made.append(doc)
        return doc

    yield make
    for doc in made:
        doc.close()


@pytest.fixture
def document(make_document, plan) -> PlanDocument:
    return make_document(plan)


@pytest.fixture
def empty_document(make_document) -> PlanDocument:
    return make_document(Plan())
