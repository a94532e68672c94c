"""The quiz's scoring over whole answer sets, as a person would fill the wizard in."""

from __future__ import annotations

import copy
import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmplanner.core.quiz import answer_problems, score_answers
from pmplanner.core.quiz_kinds import QUESTION_KINDS
from pmplanner.core.quiz_scoring import MIN_GAP, contributions
from pmplanner.core.quiz_types import Advice, AdviceKind, QuestionKind, QuestionTopic, Verdict
from tests.core.quiz_answers import BUSINESS, DESIGNER, ENGINEER, NEWCOMER, same_everywhere


@pytest.fixture(scope="module")
def quiz(catalog):
    return catalog.quiz


# -- the content as the wizard sees it ------------------------------------------------


def test_questions_in_page_order_and_lookup(quiz):
    ids = [q.id for q in quiz.questions()]
    assert ids[0] == "background" and ids[-1] == "seniority"
    assert len(ids) == len(set(ids)) == sum(len(p.questions) for p in quiz.pages)
    assert quiz.question("user-needs").text == "Are you passionate about user needs?"
    assert quiz.topic_question(QuestionTopic.BACKGROUND).id == "background"
    with pytest.raises(KeyError):
        quiz.question("no-such-question")


@pytest.mark.parametrize("answers", [ENGINEER, DESIGNER, BUSINESS, NEWCOMER])
def test_whole_answer_sets_are_valid(quiz, answers):
    assert answer_problems(quiz, answers) == []


def test_missing_required_answers_are_named_one_sentence_each(quiz):
    answers = dict(ENGINEER)
    del answers["background"]
    answers["user-needs"] = None
    del answers["activities"]  # optional: may be left out
    assert answer_problems(quiz, answers) == [
        "“Which of these describes your background best?” has no answer yet.",
        "“Are you passionate about user needs?” has no answer yet.",
    ]


@pytest.mark.parametrize(
    ("question", "value", "problem"),
    [
        ("influence", 0, "the answer must be a whole number from 1 to 5"),
        ("influence", 6, "the answer must be a whole number from 1 to 5"),
        ("influence", True, "the answer must be a whole number from 1 to 5"),
        ("influence", 3.0, "the answer must be a whole number from 1 to 5"),
        ("influence", "3", "the answer must be a whole number from 1 to 5"),
        ("background", "astronaut", "'astronaut' is not one of its options"),
        ("background", ["engineering"], "the answer must be one of its options"),
        ("activities", "work-with-engineers", "the answer must be a list of its options"),
        ("activities", ["juggling"], "'juggling' is not one of its options"),
        (
            "activities",
            ["work-with-engineers", "work-with-engineers"],
            "an option is chosen twice",
        ),
        ("workplace", [3], "the answer must be a list of its options"),
    ],
)
def test_invalid_answers_are_located_by_their_question(quiz, question, value, problem):
    answers = {**ENGINEER, question: value}
    text = quiz.question(question).text
    assert answer_problems(quiz, answers) == [f"“{text}”: {problem}."]


def test_answers_to_unknown_questions_are_reported(quiz):
    assert answer_problems(quiz, {**ENGINEER, "favourite-colour": "blue"}) == [
        "There is no question 'favourite-colour' in this quiz."
    ]


# -- the article's mappings come out ------------------------------------------------------


def test_a_technical_background_with_engineering_interests_ranks_technical_first(quiz, catalog):
    outcome = score_answers(quiz, catalog, ENGINEER)
    assert outcome.ranking[0].target == "technical"
    assert outcome.verdict is Verdict.CLEAR and outcome.top_track == "technical"
    assert outcome.first_role == "atpm"
    assert outcome.path == ("atpm", "tpm", "senior-tpm", "director-technical-products")
    # "Tech companies" is a workplace too: said once, among the workplaces
    assert outcome.industries == ("b2b-products",)
    assert outcome.environments == ("tech-companies",)
    names = [catalog.industry(i).name for i in outcome.industries]
    assert not set(names) & {catalog.environment(e).name for e in outcome.environments}
    assert not outcome.fundamentals_first
    # why: the background and the engineering activities, each ahead of the runner-up
    answers = [r.answer for r in outcome.reasons_for]
    assert answers[0] == "Software engineering"
    assert "Guide technical product development" in answers
    assert outcome.reasons_against_runner_up
    for reason in outcome.reasons_against_runner_up:
        assert reason.points > reason.other_points
    assert outcome.runner_up == outcome.ranking[1].target


def test_an_experienced_engineer_is_not_sent_to_an_entry_rung(quiz, catalog):
    senior = {**ENGINEER, "years-in-product": "none", "years-in-total": "over-8"}
    senior["seniority"] = "senior"
    outcome = score_answers(quiz, catalog, senior)
    assert outcome.experience_level == 2
    assert outcome.first_role == "senior-tpm"
    assert outcome.path == ("senior-tpm", "director-technical-products")
    mid = score_answers(quiz, catalog, {**ENGINEER, "years-in-total": "3-to-8"})
    assert mid.first_role == "tpm"
    newcomer = score_answers(quiz, catalog, {**ENGINEER, "seniority": "entry"})
    assert newcomer.first_role == "atpm"
    # experience never moves the ranking
    assert outcome.ranking == score_answers(quiz, catalog, ENGINEER).ranking


def test_a_design_background_ranks_ux_first(quiz, catalog):
    outcome = score_answers(quiz, catalog, DESIGNER)
    assert outcome.verdict is Verdict.CLEAR and outcome.top_track == "ux"
    assert outcome.first_role == "apm"
    assert outcome.path == ("apm", "pm", "senior-pm-ux", "head-of-product-experience")
    assert set(outcome.industries) == {"consumer-products", "digital-services"}
    # no workplace is tied to the UX track: the chosen ones are shown
    assert outcome.environments == ("startups", "agencies")
    assert {r.question_id for r in outcome.reasons_for} >= {"background", "user-needs"}


def test_a_business_background_ranks_strategic_first(quiz, catalog):
    outcome = score_answers(quiz, catalog, BUSINESS)
    assert outcome.verdict is Verdict.CLEAR and outcome.top_track == "strategic"
    assert outcome.first_role == "product-analyst"
    assert outcome.path[-1] == "director-product-strategy"
    assert outcome.industries == ("enterprise-products",)  # "Startups" only once:
    assert outcome.environments[0] == "enterprise"
    assert "startups" in outcome.environments  # among the workplaces


def test_someone_new_to_product_is_pointed_to_the_fundamentals_first(quiz, catalog):
    outcome = score_answers(quiz, catalog, NEWCOMER)
    assert outcome.fundamentals_first
    assert outcome.background == "new-to-product"
    assert "fundamentals" in outcome.first_steps[0]
    # the article's own advice for someone new (content) comes first, once
    own = catalog.background("new-to-product").advice
    assert outcome.advice[0] == Advice(
        AdviceKind.BACKGROUND, background="new-to-product", content=own
    )
    assert "fundamentals" in own
    assert [a.kind for a in outcome.advice].count(AdviceKind.BACKGROUND) == 1
    # interests still show where to go next
    assert outcome.top_track == "ux"
    # a confident-looking pick for someone new still starts from the entry role
    assert outcome.first_role == "apm"
    experienced = score_answers(quiz, catalog, {**NEWCOMER, "background": "ux-design"})
    assert not experienced.fundamentals_first
    assert "fundamentals" not in experienced.first_steps[0]


def test_without_the_article_s_words_the_fundamentals_advice_is_ours(quiz, catalog):
    plain = dataclasses.replace(
        catalog,
        backgrounds=[
            b.model_copy(update={"advice": "Talk to product managers."})
            if b.id == "new-to-product"
            else b
            for b in catalog.backgrounds
        ],
    )
    outcome = score_answers(quiz, plain, NEWCOMER)
    assert outcome.advice[0] == Advice(AdviceKind.FUNDAMENTALS_FIRST)
    own = Advice(
        AdviceKind.BACKGROUND, background="new-to-product", content="Talk to product managers."
    )
    assert own in outcome.advice[1:]


def test_interests_can_outweigh_the_background(quiz, catalog):
    engineer_who_loves_users = {
        **DESIGNER,
        "background": "engineering",
        "cross-functional": 3,
        "industries": [],
        "workplace": [],
    }
    outcome = score_answers(quiz, catalog, engineer_who_loves_users)
    assert outcome.top_track == "ux"
    assert outcome.runner_up == "technical"
    assert "Software engineering" not in [r.answer for r in outcome.reasons_for]


# -- answers that do not tell the tracks apart ----------------------------------------------


@pytest.mark.parametrize(("value", "pick_all"), [(3, False), (5, True), (1, False), (5, False)])
def test_flat_answers_are_called_out_not_picked(quiz, catalog, value, pick_all):
    answers = same_everywhere(quiz, value, pick_all=pick_all)
    assert answer_problems(quiz, answers) == []
    outcome = score_answers(quiz, catalog, answers)
    assert outcome.verdict is Verdict.FLAT
    assert outcome.top_track is None and outcome.runner_up is None
    assert outcome.first_role is None and outcome.path == ()
    assert not outcome.reasons_for and not outcome.reasons_against_runner_up
    assert outcome.same_answers
    kinds = [a.kind for a in outcome.advice]
    assert kinds.index(AdviceKind.SAME_ANSWERS) < kinds.index(AdviceKind.NO_TRACK)
    assert AdviceKind.NEAR_TIE not in kinds and AdviceKind.LEANING not in kinds
    # the direction is not made up either: the middle way is offered
    assert outcome.direction is None and outcome.hybrid_role == "group-pm"
    assert outcome.advice[-1] == Advice(AdviceKind.NO_LEANING, role="group-pm")


def test_the_same_answer_everywhere_leaves_only_the_background_to_count(quiz, catalog):
    answers = same_everywhere(quiz, 5, pick_all=True, background="technical")
    outcome = score_answers(quiz, catalog, answers)
    assert outcome.top_track == "technical"
    assert outcome.same_answers
    assert [r.question_id for r in outcome.reasons_for] == ["background"]
    assert Advice(AdviceKind.SAME_ANSWERS) in outcome.advice


def test_the_background_s_advice_never_speaks_for_a_track_the_result_does_not_name(quiz, catalog):
    # an engineer whose answers point clearly to UX: "engineers move into technical roles"
    # would contradict the verdict, so it is left out
    engineer = {**DESIGNER, "background": "engineering"}
    outcome = score_answers(quiz, catalog, engineer)
    assert outcome.verdict is Verdict.CLEAR and outcome.top_track == "ux"
    assert AdviceKind.BACKGROUND not in [a.kind for a in outcome.advice]
    # the same background with a technical result keeps it
    assert AdviceKind.BACKGROUND in [a.kind for a in score_answers(quiz, catalog, ENGINEER).advice]


def test_a_near_tie_says_look_at_both(quiz, catalog):
    torn = {
        **ENGINEER,
        "user-needs": 5,
        "activities": [
            "guide-technical-development",
            "work-with-engineers",
            "conduct-user-research",
            "define-user-journeys",
        ],
        "industries": ["consumer-products", "tech-companies"],
        "workplace": [],
        "background": "project-management",
        "complex-problems": 4,
        "data-decisions": 3,
    }
    outcome = score_answers(quiz, catalog, torn)
    assert outcome.verdict is Verdict.CLOSE
    # each of the two gets its first role: neither is the winner
    assert outcome.first_role and outcome.other_first_role
    assert outcome.other_first_role in catalog.track(outcome.runner_up).progression
    assert score_answers(quiz, catalog, ENGINEER).other_first_role is None  # clear: one role
    # the strongest answers on both sides are named
    assert outcome.reasons_against_runner_up and outcome.reasons_for_runner_up
    for reason in outcome.reasons_for_runner_up:
        assert reason.points > reason.other_points  # for the runner-up, against the top
    first, second = outcome.ranking[0], outcome.ranking[1]
    assert {first.target, second.target} == {"technical", "ux"}
    assert first.points - second.points < MIN_GAP
    assert outcome.top_track == first.target and outcome.runner_up == second.target
    assert Advice(AdviceKind.NEAR_TIE, tracks=(first.target, second.target)) in outcome.advice
    assert not outcome.same_answers


# -- people management or product leadership -----------------------------------------------


def test_mentoring_and_team_culture_lead_to_people_management(quiz, catalog):
    outcome = score_answers(quiz, catalog, DESIGNER)
    assert outcome.direction_verdict is Verdict.CLEAR
    assert outcome.direction == "people-management" and outcome.hybrid_role is None
    reasons = {r.question_id for r in outcome.direction_reasons}
    assert {"mentoring", "team-culture"} <= reasons
    assert outcome.advice[-1] == Advice(AdviceKind.LEANING, tracks=("people-management",))


def test_vision_and_strategy_lead_to_product_leadership(quiz, catalog):
    outcome = score_answers(quiz, catalog, BUSINESS)
    assert outcome.direction == "product-leadership"
    assert {"vision", "strategy"} <= {r.question_id for r in outcome.direction_reasons}


def test_leaning_both_ways_offers_the_group_pm_hybrid(quiz, catalog):
    outcome = score_answers(quiz, catalog, NEWCOMER)
    assert outcome.direction_verdict is not Verdict.CLEAR
    assert outcome.direction is None and outcome.hybrid_role == "group-pm"
    assert Advice(AdviceKind.NO_LEANING, role="group-pm") in outcome.advice


# -- scoring is pure and explains itself ------------------------------------------------------


def test_every_point_comes_from_an_answer(quiz, catalog):
    for answers in (ENGINEER, DESIGNER, BUSINESS, NEWCOMER):
        outcome = score_answers(quiz, catalog, answers)
        found = contributions(quiz, answers)
        for score in (*outcome.ranking, *outcome.directions):
            assert score.points == pytest.approx(sum(c.to(score.target) for c in found))


def test_shares_are_0_to_100_and_follow_the_points(quiz, catalog):
    for answers in (ENGINEER, DESIGNER, BUSINESS, NEWCOMER):
        outcome = score_answers(quiz, catalog, answers)
        points = [s.points for s in outcome.ranking]
        shares = [s.share for s in outcome.ranking]
        assert points == sorted(points, reverse=True)
        assert shares == sorted(shares, reverse=True)
        assert all(0 <= s <= 100 for s in shares)
        assert {s.target for s in outcome.ranking} == set(quiz.tracks)
        assert {s.target for s in outcome.directions} == set(quiz.directions)


def test_scoring_is_pure_and_ignores_invalid_answers(quiz, catalog):
    answers = copy.deepcopy(ENGINEER)
    first = score_answers(quiz, catalog, answers)
    assert answers == ENGINEER
    assert score_answers(quiz, catalog, answers) == first
    with_junk = {**answers, "user-needs": 99, "activities": ["nope"], "unknown": 1}
    without = {k: v for k, v in answers.items() if k not in ("user-needs", "activities")}
    assert score_answers(quiz, catalog, with_junk) == score_answers(quiz, catalog, without)


def test_no_answers_at_all_is_flat(quiz, catalog):
    outcome = score_answers(quiz, catalog, {})
    assert outcome.verdict is Verdict.FLAT and outcome.direction_verdict is Verdict.FLAT
    assert outcome.background is None and not outcome.fundamentals_first
    # no track, no background: the steps for anyone, and trying the tracks out
    assert outcome.first_steps == tuple(
        step.text
        for step in catalog.guidance.quiz_steps
        if not step.tracks
        and not step.backgrounds
        and not step.directions
        and step.fundamentals_first is None
    )


def test_first_steps_follow_the_track_the_background_and_the_direction(quiz, catalog):
    engineer = score_answers(quiz, catalog, ENGINEER)
    designer = score_answers(quiz, catalog, DESIGNER)
    business = score_answers(quiz, catalog, BUSINESS)
    steps = {o.first_steps for o in (engineer, designer, business)}
    assert len(steps) == 3  # not one list for everyone
    assert any("engineering team" in s for s in engineer.first_steps)
    assert not any("how software is built" in s for s in engineer.first_steps)
    assert any(
        "how software is built" in s
        for s in score_answers(
            quiz, catalog, {**ENGINEER, "background": "project-management"}
        ).first_steps
    )
    assert any("case study" in s for s in designer.first_steps)
    assert any("market analysis" in s for s in business.first_steps)
    people = score_answers(quiz, catalog, {**ENGINEER, "mentoring": 5, "team-culture": 5})
    assert people.direction == "people-management"
    assert any("Mentor" in s for s in people.first_steps)


# -- any answer set at all -------------------------------------------------------------------


@st.composite
def answer_sets(draw, quiz):
    answers = {}
    for question in quiz.questions():
        if question.kind is QuestionKind.SCALE:
            answers[question.id] = draw(st.integers(1, 5))
        elif question.kind is QuestionKind.CHOICE:
            answers[question.id] = draw(st.sampled_from([o.id for o in question.options]))
        else:
            ids = [o.id for o in question.options]
            answers[question.id] = draw(st.lists(st.sampled_from(ids), unique=True))
    return answers


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_any_answer_set_gives_a_consistent_outcome(catalog, data):
    quiz = catalog.quiz
    answers = data.draw(answer_sets(quiz))
    assert answer_problems(quiz, answers) == []
    outcome = score_answers(quiz, catalog, answers)
    points = [s.points for s in outcome.ranking]
    assert points == sorted(points, reverse=True)
    assert all(0 <= s.share <= 100 for s in (*outcome.ranking, *outcome.directions))
    assert (outcome.top_track is None) == (outcome.verdict is Verdict.FLAT)
    assert (outcome.first_role is None) == (outcome.top_track is None)
    if outcome.top_track:
        assert outcome.path[0] == outcome.first_role
        assert outcome.first_role in catalog.track(outcome.top_track).progression
        assert all(r.points > 0 for r in outcome.reasons_for)
    if outcome.verdict is Verdict.CLEAR and not outcome.same_answers:
        assert points[0] - points[1] >= MIN_GAP
    assert (outcome.direction is None) == (outcome.hybrid_role == quiz.hybrid_role)
    assert outcome.fundamentals_first == (answers["background"] == "new-to-product")
    # the advice is data: content text only where it is the background's own advice
    for advice in outcome.advice:
        assert (advice.content != "") == (advice.kind is AdviceKind.BACKGROUND)
        assert all(catalog.track(t) for t in advice.tracks)
        assert advice.role is None or catalog.has_role(advice.role)
    kinds = [a.kind for a in outcome.advice]
    assert (AdviceKind.NO_TRACK in kinds) == (outcome.verdict is Verdict.FLAT)
    assert (AdviceKind.NEAR_TIE in kinds) == (outcome.verdict is Verdict.CLOSE)
    assert (AdviceKind.SAME_ANSWERS in kinds) == outcome.same_answers


def test_every_question_kind_has_one_spec():
    """Adding a QuestionKind without its checks and scoring fails here, not in a person's quiz."""
    assert set(QUESTION_KINDS) == set(QuestionKind)
    assert all(spec.kind is kind for kind, spec in QUESTION_KINDS.items())
