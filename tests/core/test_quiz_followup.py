"""After the quiz: suggested goals, the kept result and what changed since last time."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from pmplanner.core.plan import GoalCategory, GoalKind, GoalStatus, Plan, QuizResult, TrackScore
from pmplanner.core.quiz import describe_change, score_answers, suggested_goals, to_result
from pmplanner.core.quiz_followup import SCORE_STEP, GoalReason, suggestions_for
from pmplanner.core.quiz_types import Change, ChangeKind
from pmplanner.storage.plan_store import load_plan_file, parse_plan_bytes, serialize_plan
from tests.core.quiz_answers import BUSINESS, DESIGNER, ENGINEER, NEWCOMER, same_everywhere

SAMPLES = Path(__file__).parents[1] / "storage" / "samples"


def outcome_of(catalog, answers):
    return score_answers(catalog.quiz, catalog, answers)


def result_of(catalog, answers, when=datetime(2026, 2, 1, 10, 0, tzinfo=UTC)):
    return to_result(outcome_of(catalog, answers), answers, when)


# -- suggested goals ---------------------------------------------------------------


def test_an_engineer_is_offered_nothing_for_non_engineers(catalog):
    outcome = outcome_of(catalog, ENGINEER)
    goals = suggested_goals(outcome, catalog)
    titles = " ".join(g.title for g in goals)
    assert "non-engineers" not in titles and "programming" not in titles
    assert "technical-fluency" not in {s for g in goals for s in g.skills}
    skill_goals = [s for s in suggestions_for(outcome, catalog) if s.reason is GoalReason.KEY_SKILL]
    assert len(skill_goals) == 3  # another skill of the first role instead


def test_skills_the_person_rated_at_the_first_role_s_level_get_no_goal(catalog):
    outcome = outcome_of(catalog, DESIGNER)
    first = catalog.role(outcome.first_role)
    before = {s for g in suggested_goals(outcome, catalog) for s in g.skills}
    rated = next(s for s in before if s != "pm-fundamentals")
    ratings = {rated: first.expected_level(rated) or 0}
    after = {s for g in suggested_goals(outcome, catalog, ratings=ratings) for s in g.skills}
    assert rated in before and rated not in after


def test_goals_for_a_designer_build_the_first_role_s_skills(catalog):
    outcome = outcome_of(catalog, {**ENGINEER, "background": "ux-design"})
    goals = suggested_goals(outcome, catalog)
    kinds = [g.kind for g in goals]
    assert GoalKind.PORTFOLIO_CASE in kinds
    assert GoalKind.INFORMATIONAL_INTERVIEW in kinds  # meet product managers
    assert GoalKind.COURSE in kinds
    first_role_skills = {req.skill for req in catalog.role(outcome.first_role).skills}
    # every skill goal names a skill of the first role, and comes from that skill's activities
    for goal in goals:
        (skill_id,) = goal.skills
        skill = catalog.skill(skill_id)
        assert goal.title in {a.title for a in (*skill.learning, *skill.networking)}
        assert goal.status is GoalStatus.PLANNED and goal.due is None
        # the notes are the activity's description (content): nothing of ours
        activity = next(a for a in (*skill.learning, *skill.networking) if a.title == goal.title)
        assert goal.notes == activity.description
    assert "technical-fluency" in {s for g in goals for s in g.skills}  # a designer needs it
    assert {s for g in goals for s in g.skills} <= first_role_skills
    titles = [(g.kind, g.title) for g in goals]
    assert len(titles) == len(set(titles))
    assert len({g.id for g in goals}) == len(goals)
    assert {g.category for g in goals} == {GoalCategory.LEARNING, GoalCategory.NETWORKING}


def test_someone_new_gets_the_fundamentals_course_first(catalog):
    goals = suggested_goals(outcome_of(catalog, NEWCOMER), catalog)
    assert goals[0].kind is GoalKind.COURSE
    assert goals[0].skills == ["pm-fundamentals"]
    assert suggestions_for(outcome_of(catalog, NEWCOMER), catalog)[0].reason is (
        GoalReason.FUNDAMENTALS
    )
    experienced = suggested_goals(outcome_of(catalog, DESIGNER), catalog)
    assert all(
        g.skills != ["pm-fundamentals"] or g.kind is not GoalKind.COURSE for g in experienced
    )


def test_a_flat_result_suggests_exploring_not_a_track(catalog):
    outcome = outcome_of(catalog, same_everywhere(catalog.quiz, 3, pick_all=False))
    goals = suggested_goals(outcome, catalog)
    assert [g.kind for g in goals] == [GoalKind.PORTFOLIO_CASE, GoalKind.INFORMATIONAL_INTERVIEW]
    assert all(g.skills == ["pm-fundamentals"] for g in goals)
    reasons = [(s.reason, s.each_track) for s in suggestions_for(outcome, catalog)]
    assert reasons == [(GoalReason.PORTFOLIO, False), (GoalReason.MEET_PMS, True)]


def test_why_each_goal_is_suggested_is_data_the_caller_words(catalog):
    outcome = outcome_of(catalog, ENGINEER)
    found = suggestions_for(outcome, catalog)
    assert [s.reason for s in found][:2] == [GoalReason.PORTFOLIO, GoalReason.MEET_PMS]
    assert not found[1].each_track  # a track stood out
    key = [s for s in found if s.reason is GoalReason.KEY_SKILL]
    assert key and all(s.role == "atpm" and s.goal.skills == [s.skill] for s in key)
    worded = suggested_goals(outcome, catalog, lambda s: f"<{s.reason.value} {s.skill}>")
    assert [g.title for g in worded] == [s.goal.title for s in found]
    for goal, suggestion in zip(worded, found, strict=True):
        why = f"<{suggestion.reason.value} {suggestion.skill}>"
        assert goal.notes == f"{suggestion.goal.notes}\n\n{why}".lstrip()


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
    assert describe_change(result_of(catalog, ENGINEER), result_of(catalog, ENGINEER)) == []


def test_a_new_top_track_and_its_scores_are_described(catalog):
    before, after = result_of(catalog, ENGINEER), result_of(catalog, DESIGNER)
    changes = describe_change(before, after)
    assert changes[0] == Change(ChangeKind.TOP_TRACK, before="technical", after="ux")
    scores = {
        c.track: c for c in changes if c.kind in (ChangeKind.SCORE_ROSE, ChangeKind.SCORE_FELL)
    }
    old = {s.track: s.score for s in before.ranking}
    new = {s.track: s.score for s in after.ranking}
    assert scores["ux"] == Change(ChangeKind.SCORE_ROSE, "ux", old["ux"], new["ux"])
    assert scores["technical"] == Change(
        ChangeKind.SCORE_FELL, "technical", old["technical"], new["technical"]
    )
    # a move of less than SCORE_STEP is left out
    for track, change in scores.items():
        assert abs(change.after - change.before) >= SCORE_STEP, track
    assert all(abs(new[t] - old[t]) < SCORE_STEP for t in new if t not in scores)
    assert changes[-1] == Change(
        ChangeKind.LEANING, before="product-leadership", after="people-management"
    )


def test_from_flat_to_a_track_and_back(catalog):
    flat = result_of(catalog, same_everywhere(catalog.quiz, 3, pick_all=False))
    clear = result_of(catalog, BUSINESS)
    assert describe_change(flat, clear)[0] == Change(ChangeKind.NOW_A_TRACK, after="strategic")
    back = describe_change(clear, flat)
    assert back[0] == Change(ChangeKind.NO_TRACK_NOW, before="strategic")
    assert Change(ChangeKind.NO_LEANING, before="product-leadership") in back


def test_same_track_but_the_lead_shrank(catalog):
    before = QuizResult(track="ux", verdict="clear", ranking=[TrackScore(track="ux", score=70)])
    after = before.model_copy(
        update={"verdict": "close", "ranking": [TrackScore(track="ux", score=72)]}
    )
    # a near tie has no winner: it is said as the two nearly level, and back again
    after = after.model_copy(
        update={
            "ranking": [TrackScore(track="ux", score=72), TrackScore(track="strategic", score=70)]
        }
    )
    assert describe_change(before, after) == [
        Change(ChangeKind.NOW_CLOSE, track="ux", before="ux", after="strategic")
    ]
    assert describe_change(after, before) == [Change(ChangeKind.NOW_A_TRACK, after="ux")]
    assert describe_change(after, after) == []


def test_a_new_first_role_on_the_same_track(catalog):
    before = QuizResult(track="technical", verdict="clear", recommended_role="atpm")
    after = before.model_copy(update={"recommended_role": "tpm"})
    assert describe_change(before, after) == [
        Change(ChangeKind.FIRST_ROLE, before="atpm", after="tpm")
    ]


def test_a_result_kept_by_an_older_pmplanner_is_compared_without_guessing(catalog):
    old = load_plan_file(SAMPLES / "plan_v1.json").quiz_results[0]  # migrated from version 1
    changes = describe_change(old, result_of(catalog, ENGINEER))
    # its track ids are not in today's content: passed on as they are, and nothing about
    # a direction it never asked about
    assert changes == [Change(ChangeKind.TOP_TRACK, before="technical-pm", after="technical")]
