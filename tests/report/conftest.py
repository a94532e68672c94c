"""Plans for the report tests: a realistic one, a hostile one, and a quiz result."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus, Plan, Profile
from tests.ui.conftest import open_main_window  # noqa: F401 (the window tests' fixture)

TODAY = date(2026, 3, 10)

# Text a person might paste, meaning harm or not: it must print exactly as typed.
HOSTILE_TEXTS = [
    '<img src="file:///etc/passwd">',
    '<a href="https://evil.example/x">click me</a>',
    "<b>bold?</b> &amp; <script>alert(1)</script>",
    '<link rel="stylesheet" href="file:///tmp/evil.css"><style>body{color:red}</style>',
    "background: url(file:///etc/hostname)",
    "Supercalifragilistic" * 15,
    "Emoji 😀 rocket 🚀 coder 👩\u200d💻",
    "CJK 中文字符 日本語のテキスト 한국어",
    "RTL مرحبا بالعالم and עברית",
    "Accents àéîõü ñ ç ß Ærøskøbing",
]


def answers_for(quiz, pick: str = "first") -> dict:
    """A complete set of answers to ``quiz``: the first or last option, 4 on every scale."""
    from pmplanner.core.quiz_types import QuestionKind

    answers: dict = {}
    for question in quiz.questions():
        options = question.options
        if question.kind is QuestionKind.SCALE:
            answers[question.id] = 4
        elif question.kind is QuestionKind.CHOICE:
            answers[question.id] = (options[0] if pick == "first" else options[-1]).id
        else:
            answers[question.id] = [(options[0] if pick == "first" else options[-1]).id]
    return answers


@pytest.fixture(scope="session")
def quiz_result(catalog):
    """A real quiz result: complete answers scored by core.quiz."""
    from pmplanner.core.quiz import score_answers, to_result

    answers = answers_for(catalog.quiz, "last")
    outcome = score_answers(catalog.quiz, catalog, answers)
    return to_result(outcome, answers, taken=datetime(2026, 3, 1, 10, 0, tzinfo=UTC))


def make_realistic_plan(quiz_result=None) -> Plan:
    goals = [
        Goal(
            kind=GoalKind.COURSE,
            title="Product analytics course",
            notes="Module 3 covers funnels.\nAsk the data team for a real dataset.",
            link="https://example.org/analytics-course",
            due=date(2026, 4, 15),
            status=GoalStatus.IN_PROGRESS,
            progress=40,
        ),
        Goal(kind=GoalKind.BOOK, title="Read a book on discovery", due=date(2026, 3, 30)),
        Goal(
            kind=GoalKind.PORTFOLIO_CASE,
            title="Write up the onboarding redesign",
            notes="Needs the retention numbers.",
            due=date(2026, 2, 1),
        ),
        Goal(
            kind=GoalKind.CERTIFICATION,
            title="Product owner certification",
            status=GoalStatus.DONE,
            progress=100,
            due=date(2026, 1, 10),
        ),
        Goal(kind=GoalKind.MEETUP, title="Monthly product meetup", due=date(2026, 3, 20)),
        Goal(
            kind=GoalKind.MENTOR,
            title="Find a mentor who leads a product team",
            due=date(2026, 5, 30),
            status=GoalStatus.IN_PROGRESS,
            progress=20,
        ),
        Goal(kind=GoalKind.CONFERENCE, title="Autumn product conference", due=date(2026, 10, 15)),
        Goal(
            kind=GoalKind.ONLINE_COMMUNITY,
            title="Dropped community",
            status=GoalStatus.DROPPED,
            due=date(2026, 3, 12),
        ),
    ]
    contacts = [
        Contact(
            name="Ana Souza",
            how_met="Product meetup",
            notes="Director at a fintech; offered to review my case.",
            last_contact=date(2026, 2, 20),
            next_follow_up=date(2026, 3, 25),
        ),
        Contact(name="Kenji Watanabe", how_met="Former colleague", next_follow_up=date(2026, 3, 5)),
        Contact(name="Lea Martin", how_met="Conference talk"),
    ]
    return Plan(
        profile=Profile(
            name="Jordan Lee",
            current_role="pm",
            target_role="director-product",
            target_date=date(2028, 6, 30),
        ),
        goals=goals,
        contacts=contacts,
        skill_ratings={"communication": 4},
        quiz_results=[quiz_result] if quiz_result is not None else [],
    )


@pytest.fixture
def realistic_plan(quiz_result) -> Plan:
    return make_realistic_plan(quiz_result)


@pytest.fixture
def hostile_plan(quiz_result) -> Plan:
    plan = make_realistic_plan(quiz_result)
    plan.profile.name = '<h1>Evil</h1> <img src="file:///etc/passwd"> 中文'
    for i, text in enumerate(HOSTILE_TEXTS):
        kind = GoalKind.ARTICLE if i % 2 else GoalKind.MEETUP
        due = TODAY + timedelta(days=i)
        plan.goals.append(Goal(kind=kind, title=text, notes=text, link=text, due=due))
        plan.contacts.append(Contact(name=text, how_met=text, notes=text, next_follow_up=due))
    return plan
