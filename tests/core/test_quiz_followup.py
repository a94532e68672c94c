"""After the quiz: suggested goals, the kept result and what changed since last time."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from pmplanner.core.plan import GoalCategory, GoalKind, GoalStatus, Plan, QuizResult, TrackScore
from pmplanner.core.quiz import describe_change, score_answers, suggested_goals, to_result
from pmplanner.storage.plan_store import load_plan_file, parse_plan_bytes, serialize_plan
from tests.core.quiz_answers import BUSINESS, DESIGNER, ENGINEER, NEWCOMER, same_everywhere

SAMPLES = Path(__file__).parents[1] / "storage" / "samples"


def outcome_of(catalog, answers):
    return score_answers(catalog.quiz, catalog, answers)


def result_of(catalog, answers, when=datetime(2026, 2, 1, 10, 0, tzinfo=UTC)):
    return to_result(outcome_of(catalog, answers), answers, when)


# -- suggested goals ---------------------------------------------------------------


def test_goals_for_a_clear_result_build_the_first_role_s_skills(catalog):
    outcome = outcome_of(catalog, ENGINEER)
    goals = suggested_goals(outcome, catalog)
    kinds = [g.kind for g in goals]
    assert GoalKind.PORTFOLIO_CASE in kinds
    assert GoalKind.INFORMATIONAL_INTERVIEW in kinds  # meet product managers
    assert GoalKind.COURSE in kinds
    first_role_skills = {req.skill for req in catalog.role("atpm").skills}
    # every skill goal names a skill of the first role, and comes from that skill's activities
    for goal in goals:
        (skill_id,) = goal.skills
        skill = catalog.skill(skill_id)
        assert goal.title in {a.title for a in (*skill.learning, *skill.networking)}
        assert goal.status is GoalStatus.PLANNED and goal.due is None
        assert "quiz" in goal.notes
    assert "technical-fluency" in {s for g in goals for s in g.skills}
    assert {s for g in goals for s in g.skills} <= first_role_skills
    titles = [(g.kind, g.title) for g in goals]
    assert len(titles) == len(set(titles))
    assert len({g.id for g in goals}) == len(goals)
    assert {g.category for g in goals} == {GoalCategory.LEARNING, GoalCategory.NETWORKING}


def test_someone_new_gets_the_fundamentals_course_first(catalog):
    goals = suggested_goals(outcome_of(catalog, NEWCOMER), catalog)
    assert goals[0].kind is GoalKind.COURSE
    assert goals[0].skills == ["pm-fundamentals"]
    assert "new to product" in goals[0].notes
    experienced = suggested_goals(outcome_of(catalog, DESIGNER), catalog)
    assert all(
        g.skills != ["pm-fundamentals"] or g.kind is not GoalKind.COURSE for g in experienced
    )


def test_a_flat_result_suggests_exploring_not_a_track(catalog):
    outcome = outcome_of(catalog, same_everywhere(catalog.quiz, 3, pick_all=False))
    goals = suggested_goals(outcome, catalog)
    assert [g.kind for g in goals] == [GoalKind.PORTFOLIO_CASE, GoalKind.INFORMATIONAL_INTERVIEW]
    assert all(g.skills == ["pm-fundamentals"] for g in goals)
    assert "each track" in goals[1].notes


def test_suggested_goals_are_fresh_each_time(catalog):
    outcome = outcome_of(catalog, BUSINESS)
    first, second = suggested_goals(outcome, catalog), suggested_goals(outcome, catalog)
    assert [g.title for g in first] == [g.title for g in second]
    assert not {g.id for g in first} & {g.id for g in second}


# -- the kept result -----------------------------------------------------------------


def test_to_result_keeps_date_answers_and_what_was_recommended(catalog):
    when = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
    answers = dict(ENGINEER, activities=tuple(ENGINEER["activities"]))
    outcome = outcome_of(catalog, answers)
    result = to_result(outcome, answers, when)
    assert result.taken == when
    assert result.answers["activities"] == ENGINEER["activities"]  # a tuple kept as a list
    assert result.answers == ENGINEER
    assert result.track == "technical" and result.recommended_role == "atpm"
    assert result.verdict == "clear" and result.direction == "product-leadership"
    assert [s.track for s in result.ranking] == [s.target for s in outcome.ranking]
    assert [s.score for s in result.ranking] == [round(s.share, 1) for s in outcome.ranking]
    assert [s.track for s in result.directions] == [s.target for s in outcome.directions]
    answers["background"] = "business"  # the kept answers are a copy
    assert result.answers["background"] == "engineering"


def test_a_flat_result_records_no_track(catalog):
    result = result_of(catalog, same_everywhere(catalog.quiz, 3, pick_all=False))
    assert result.track is None and result.recommended_role is None
    assert result.verdict == "flat"


def test_results_are_kept_in_the_plan_file_and_read_back(catalog):
    plan = Plan(quiz_results=[result_of(catalog, ENGINEER), result_of(catalog, DESIGNER)])
    raw = serialize_plan(plan)
    assert json.loads(raw)["quiz_results"][1]["track"] == "ux"
    assert parse_plan_bytes(raw, "plan.json") == plan


def test_to_result_without_a_date_uses_now(catalog):
    before = datetime.now(UTC).replace(microsecond=0)
    result = to_result(outcome_of(catalog, BUSINESS), BUSINESS)
    assert before <= result.taken <= datetime.now(UTC)


# -- what changed since last time ------------------------------------------------------


def test_the_same_result_again_has_no_change(catalog):
    assert (
        describe_change(result_of(catalog, ENGINEER), result_of(catalog, ENGINEER), catalog) == []
    )


def test_a_new_top_track_and_its_scores_are_described(catalog):
    before, after = result_of(catalog, ENGINEER), result_of(catalog, DESIGNER)
    sentences = describe_change(before, after, catalog)
    assert sentences[0] == (
        "Your top track changed from Technical Product Manager to User Experience Product Manager."
    )
    assert any(
        s.startswith("Your score for User Experience Product Manager rose from ") for s in sentences
    )
    assert any(
        s.startswith("Your score for Technical Product Manager fell from ") for s in sentences
    )
    assert "You now lean towards people management." in sentences


def test_from_flat_to_a_track_and_back(catalog):
    flat = result_of(catalog, same_everywhere(catalog.quiz, 3, pick_all=False))
    clear = result_of(catalog, BUSINESS)
    assert describe_change(flat, clear, catalog)[0] == (
        "Last time your answers did not point to one track; "
        "now they point to Strategic Product Manager."
    )
    assert describe_change(clear, flat, catalog)[0] == (
        "Last time your answers pointed to Strategic Product Manager; "
        "this time they do not tell the tracks apart."
    )
    assert (
        "Last time you leaned towards product leadership; now you lean neither way clearly."
        in describe_change(clear, flat, catalog)
    )


def test_same_track_but_the_lead_shrank(catalog):
    before = QuizResult(track="ux", verdict="clear", ranking=[TrackScore(track="ux", score=70)])
    after = before.model_copy(
        update={"verdict": "close", "ranking": [TrackScore(track="ux", score=72)]}
    )
    assert describe_change(before, after, catalog) == [
        "User Experience Product Manager is still on top, "
        "but now only just ahead of the next track."
    ]
    assert describe_change(after, before, catalog) == [
        "User Experience Product Manager is still on top, and now it stands out clearly."
    ]


def test_a_new_first_role_on_the_same_track(catalog):
    before = QuizResult(track="technical", verdict="clear", recommended_role="atpm")
    after = before.model_copy(update={"recommended_role": "tpm"})
    assert describe_change(before, after, catalog) == [
        "The suggested first role changed from Associate Technical Product Manager to Technical PM."
    ]


def test_a_result_kept_by_an_older_pmplanner_is_compared_without_guessing(catalog):
    old = load_plan_file(SAMPLES / "plan_v1.json").quiz_results[0]  # migrated from version 1
    sentences = describe_change(old, result_of(catalog, ENGINEER), catalog)
    # its track ids are not in today's content: shown as they are, and nothing about a
    # direction it never asked about
    assert sentences == ["Your top track changed from technical-pm to Technical Product Manager."]
