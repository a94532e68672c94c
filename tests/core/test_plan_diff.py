"""Comparing two versions of a plan (core.plan_diff) and the lines shown for it."""

from __future__ import annotations

from datetime import date

from pmplanner.core.plan import Contact, Goal, Plan, Profile, QuizResult
from pmplanner.core.plan_diff import ListDiff, diff_plans


def _base() -> Plan:
    return Plan(
        profile=Profile(name="Ada", current_role="apm"),
        goals=[Goal(id="g1", title="One"), Goal(id="g2", title="Two"), Goal(id="g3")],
        contacts=[Contact(id="c1", name="Ana")],
        skill_ratings={"discovery": 2, "delivery": 3},
    )


def test_the_same_plan_has_no_differences():
    base = _base()
    diff = diff_plans(base, base.model_copy(deep=True))
    assert diff.same and not diff.goals.any and diff.profile_fields == ()


def test_items_are_matched_by_id_and_counted():
    base, other = _base(), _base()
    other.goals[0].title = "One, renamed"  # changed
    del other.goals[1]  # removed
    other.goals.append(Goal(id="g4"))  # added
    other.goals.append(Goal(id="g5"))  # added
    other.contacts = []
    other.profile.target_role = "senior-pm"
    other.profile.target_date = date(2030, 1, 1)
    other.skill_ratings = {"discovery": 4, "strategy": 1}  # one changed, one new, one gone
    other.quiz_results = [QuizResult()]
    diff = diff_plans(base, other)
    assert diff.goals == ListDiff(added=2, removed=1, changed=1)
    assert diff.contacts == ListDiff(removed=1)
    assert diff.profile_fields == ("target_role", "target_date")
    assert diff.ratings_changed == 3
    assert diff.other_fields == ("quiz_results",)
    assert not diff.same
    # and the other way round
    back = diff_plans(other, base)
    assert back.goals == ListDiff(added=1, removed=2, changed=1)
    assert back.contacts == ListDiff(added=1)


def test_the_lines_a_person_reads(qapp):
    from pmplanner.wording.plan_diff import diff_lines

    base, other = _base(), _base()
    other.goals.append(Goal())
    other.goals[0].notes = "more"
    other.contacts[0].name = "Ana Souza"
    other.profile.name = "Ada L."
    other.profile.current_role = "pm"
    other.skill_ratings["discovery"] = 5
    assert diff_lines(diff_plans(base, other)) == [
        "Goals: 1 added, 1 changed",
        "Contacts: 1 changed",
        "Profile: name, current role",
        "Skill ratings: 1 changed",
    ]
    assert diff_lines(diff_plans(base, base)) == ["The two versions hold the same plan."]
