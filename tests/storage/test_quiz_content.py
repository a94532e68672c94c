"""data/quiz.json: the built-in quiz, and broken copies refused with located problems."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmplanner.core.careers import TrackKind
from pmplanner.core.quiz_types import SCALE_MAX, SCALE_MID, QuestionKind, QuestionTopic
from pmplanner.paths import content_dir
from pmplanner.storage.content import (
    QUIZ_FILE,
    ContentError,
    content_kind,
    load_content,
    load_ladder_file,
    validate_content_file,
)

# -- the built-in quiz ------------------------------------------------------------------


def test_the_builtin_quiz_is_loaded_with_the_content(catalog):
    quiz = catalog.quiz
    assert quiz is not None
    assert quiz.tracks == ["technical", "ux", "strategic"]
    assert quiz.directions == ["people-management", "product-leadership"]
    assert catalog.role(quiz.hybrid_role).title == "Group Product Manager"
    assert [p.id for p in quiz.pages] == [
        "background",
        "strategic-mind",
        "leadership-style",
        "day-to-day",
        "future",
        "direction",
        "experience",
    ]
    assert len(quiz.scale_labels) == 5


def test_every_background_is_an_option(catalog):
    question = catalog.quiz.topic_question(QuestionTopic.BACKGROUND)
    assert question.kind is QuestionKind.CHOICE and question.required
    assert [o.id for o in question.options] == [b.id for b in catalog.backgrounds]
    new = next(o for o in question.options if o.fundamentals_first)
    assert new.id == "new-to-product" and not new.weights


def test_the_article_s_background_mappings_are_in_the_weights(catalog):
    options = {o.id: o for o in catalog.quiz.question("background").options}
    for background, track in (
        ("technical", "technical"),
        ("engineering", "technical"),
        ("design", "ux"),
        ("ux-design", "ux"),
        ("business", "strategic"),
    ):
        weights = options[background].weights
        assert max(weights, key=weights.get) == track, background
        assert track in catalog.background(background).tracks


def test_the_eight_self_discovery_questions_are_asked_on_a_five_point_scale(catalog):
    quiz = catalog.quiz
    for group in catalog.guidance.self_discovery:
        page = next(p for p in quiz.pages if p.id == group.id)
        assert page.title == group.title
        assert [q.text for q in page.questions] == group.questions
        assert all(q.kind is QuestionKind.SCALE for q in page.questions)


def test_the_same_answer_to_every_statement_favours_no_track(catalog):
    quiz = catalog.quiz
    for targets in (quiz.tracks, quiz.directions):
        sums = {
            t: sum(q.weights.get(t, 0) for q in quiz.questions() if q.kind is QuestionKind.SCALE)
            for t in targets
        }
        assert len(set(sums.values())) == 1, sums


def test_the_day_to_day_activities_are_the_tracks_own(catalog):
    question = catalog.quiz.question("activities")
    assert question.kind is QuestionKind.MULTI and not question.required
    by_label = {o.label: o for o in question.options}
    specialist = [t for t in catalog.tracks if t.kind is TrackKind.SPECIALIST]
    assert sorted(by_label) == sorted(a for t in specialist for a in t.activities)
    for track in specialist:
        for activity in track.activities:
            assert by_label[activity].weights == {track.id: 1.5}


def test_industry_and_workplace_options_follow_the_workplaces_content(catalog):
    for question_id, items in (
        ("industries", catalog.industries),
        ("workplace", catalog.environments),
    ):
        question = catalog.quiz.question(question_id)
        options = {o.id: o for o in question.options}
        assert sorted(options) == sorted(x.id for x in items)
        for item in items:
            assert set(options[item.id].weights) == set(item.tracks), item.id
    # what each workplace means for the work is shown with its option
    workplace = {o.id: o.description for o in catalog.quiz.question("workplace").options}
    assert workplace == {e.id: e.what_it_means for e in catalog.environments}
    assert "multiple hats" in workplace["startups"]


def test_the_direction_page_weighs_mentoring_against_vision(catalog):
    quiz = catalog.quiz
    for question_id in ("mentoring", "team-culture", "people-duties"):
        assert set(quiz.question(question_id).weights) == {"people-management"}
    for question_id in ("vision", "strategy", "bold-ideas"):
        assert set(quiz.question(question_id).weights) == {"product-leadership"}
    both = next(o for o in quiz.question("direction-choice").options if o.id == "both")
    assert both.weights == {"people-management": 1, "product-leadership": 1}
    page = next(p for p in quiz.pages if p.id == "direction")
    assert "Group Product Manager" in page.intro


def test_scale_weights_stay_within_what_a_score_can_show(catalog):
    quiz = catalog.quiz
    for question in quiz.questions():
        for weight in question.weights.values():
            assert 0 < abs(weight) * (SCALE_MAX - SCALE_MID) <= 10


def test_an_organisation_s_ladder_has_no_quiz(tmp_path, catalog):
    ladder = json.loads((content_dir() / "careers.json").read_text(encoding="utf-8"))
    path = tmp_path / "ladder.json"
    path.write_text(json.dumps(ladder), encoding="utf-8")
    assert load_ladder_file(path, catalog).quiz is None


# -- one file on its own, and `pmplanner check` --------------------------------------------


def test_the_real_file_validates_on_its_own_and_is_recognised():
    path = content_dir() / QUIZ_FILE
    assert validate_content_file(path).items == []
    assert content_kind(json.loads(path.read_text(encoding="utf-8"))) == QUIZ_FILE


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmplanner", "check", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


def test_pmplanner_check_accepts_the_quiz_and_locates_problems_in_a_broken_one(tmp_path):
    good = content_dir() / QUIZ_FILE
    out = check(str(good))
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"{good}: valid career content." in out.stdout

    data = json.loads(good.read_text(encoding="utf-8"))
    data["quiz"]["pages"][2]["questions"][0]["weights"] = {"wizardry": 1}
    data["quiz"]["pages"][0]["questions"][0]["options"][1]["id"] = "astronaut"
    broken = tmp_path / "my-quiz.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    out = check(str(broken))
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert "Traceback" not in text
    assert f"{broken} is not a valid career content file:" in text
    assert "  quiz.pages[2].questions[0].weights: unknown track 'wizardry'" in text
    assert "  quiz.pages[0].questions[0].options[1].id: unknown background 'astronaut'" in text
    assert "  quiz.pages[0].questions[0].options: no option for background 'design'" in text


# -- broken copies of the data folder --------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(content_dir(), target)
    return target


def edit_quiz(folder: Path, change) -> None:
    path = folder / QUIZ_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["quiz"])
    path.write_text(json.dumps(data), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(folder)
    return info.value.problems


def question(quiz: dict, page: int, index: int) -> dict:
    return quiz["pages"][page]["questions"][index]


def test_a_good_copy_loads_the_same_quiz(data_copy, catalog):
    assert load_content(data_copy).quiz == catalog.quiz


def test_unknown_weight_targets(data_copy):
    def change(quiz):
        question(quiz, 3, 0)["options"][1]["weights"] = {"x": 1}
        question(quiz, 1, 0)["weights"]["general"] = 1  # a real track the quiz does not rank

    edit_quiz(data_copy, change)
    assert problems_of(data_copy) == [
        "quiz.json: quiz.pages[1].questions[0].weights: "
        "track 'general' is not one of the quiz's tracks or directions",
        "quiz.json: quiz.pages[3].questions[0].options[1].weights: unknown track 'x'",
    ]


def test_tracks_directions_and_the_hybrid_role_must_exist(data_copy):
    def change(quiz):
        quiz["tracks"] = ["technical", "ux", "ghost"]
        quiz["directions"] = ["people-management", "technical"]
        quiz["hybrid_role"] = "gpm"

    edit_quiz(data_copy, change)
    problems = problems_of(data_copy)
    assert problems[:3] == [
        "quiz.json: quiz.tracks[2]: unknown track 'ghost'",
        "quiz.json: quiz.directions[1]: 'technical' is also one of quiz.tracks",
        "quiz.json: quiz.hybrid_role: unknown role 'gpm'",
    ]
    # weights toward the dropped strategic track and product leadership are reported too
    assert "track 'strategic' is not one of the quiz's tracks or directions" in problems[3]


def test_topic_options_must_be_known_ids_and_every_background_offered(data_copy):
    def change(quiz):
        options = question(quiz, 0, 0)["options"]
        options[3]["id"] = "astronaut"
        question(quiz, 4, 0)["options"][0]["id"] = "space"
        question(quiz, 4, 1)["options"][2]["id"] = "castle"

    edit_quiz(data_copy, change)
    assert problems_of(data_copy) == [
        "quiz.json: quiz.pages[0].questions[0].options[3].id: unknown background 'astronaut'",
        "quiz.json: quiz.pages[0].questions[0].options: no option for background 'new-to-product'",
        "quiz.json: quiz.pages[4].questions[0].options[0].id: unknown industry 'space'",
        "quiz.json: quiz.pages[4].questions[1].options[2].id: unknown environment 'castle'",
    ]


def test_duplicate_ids(data_copy):
    def change(quiz):
        question(quiz, 2, 1)["id"] = "complex-problems"
        quiz["pages"][5]["id"] = "future"
        question(quiz, 3, 0)["options"][4]["id"] = "conduct-user-research"

    edit_quiz(data_copy, change)
    assert problems_of(data_copy) == [
        "quiz.json: quiz.pages[5]: duplicate page id 'future' (first at quiz.pages[4])",
        "quiz.json: quiz.pages[2].questions[1]: duplicate question id 'complex-problems' "
        "(first at quiz.pages[1].questions[0])",
        "quiz.json: quiz.pages[3].questions[0].options[4]: duplicate option id "
        "'conduct-user-research' (first at quiz.pages[3].questions[0].options[1])",
    ]


def test_scale_and_choice_questions_have_the_right_parts(data_copy):
    def change(quiz):
        question(quiz, 1, 0)["options"] = [{"id": "yes", "label": "Yes"}]
        question(quiz, 1, 1)["weights"] = {}
        question(quiz, 3, 0)["options"] = []
        question(quiz, 5, 6)["weights"] = {"people-management": 1}

    edit_quiz(data_copy, change)
    assert problems_of(data_copy) == [
        "quiz.json: quiz.pages[1].questions[0].options: a scale question has no options",
        "quiz.json: quiz.pages[1].questions[1].weights: a scale question needs weights",
        "quiz.json: quiz.pages[3].questions[0].options: a multi question needs options",
        "quiz.json: quiz.pages[5].questions[6].weights: "
        "a choice question has weights on its options",
    ]


def test_a_quiz_that_never_asks_for_the_background(data_copy):
    edit_quiz(data_copy, lambda quiz: quiz["pages"].pop(0))
    assert problems_of(data_copy) == [
        "quiz.json: quiz.pages: no question asks for the background (topic 'background')"
    ]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda quiz: question(quiz, 1, 0).update(kind="slider"),
            "quiz.pages[1].questions[0].kind: input should be 'choice', 'multi' or 'scale'",
        ),
        (
            lambda quiz: question(quiz, 1, 0)["weights"].update(technical=11),
            "quiz.pages[1].questions[0].weights.technical: "
            "input should be less than or equal to 10",
        ),
        (
            lambda quiz: quiz["scale_labels"].pop(),
            "quiz.scale_labels: list should have at least 5 items after validation, not 4",
        ),
        (
            lambda quiz: question(quiz, 0, 0).update(colour="red"),
            "quiz.pages[0].questions[0].colour: is not a field pmplanner knows",
        ),
    ],
)
def test_shape_problems_are_located(data_copy, change, problem):
    edit_quiz(data_copy, change)
    assert problems_of(data_copy) == [f"quiz.json: {problem}"]


def test_a_broken_backgrounds_file_is_not_blamed_on_the_quiz(data_copy):
    (data_copy / "backgrounds.json").write_text("{", encoding="utf-8")
    problems = problems_of(data_copy)
    assert all(p.startswith("backgrounds.json: ") for p in problems), problems


def test_a_missing_quiz_file(data_copy):
    (data_copy / QUIZ_FILE).unlink()
    assert problems_of(data_copy) == ["quiz.json: the file does not exist"]


def test_unknown_backgrounds_and_tracks_in_the_quiz_s_suggestions_are_named(data_copy):
    skills_path = data_copy / "skills.json"
    skills = json.loads(skills_path.read_text(encoding="utf-8"))
    skills["skills"][0]["learning"][0]["not_for"] = ["astronaut"]
    skills_path.write_text(json.dumps(skills), encoding="utf-8")
    guidance_path = data_copy / "guidance.json"
    guidance = json.loads(guidance_path.read_text(encoding="utf-8"))
    guidance["guidance"]["quiz_steps"][0]["tracks"] = ["wizardry"]
    guidance["guidance"]["quiz_steps"][1]["backgrounds"] = ["astronaut"]
    guidance_path.write_text(json.dumps(guidance), encoding="utf-8")
    problems = problems_of(data_copy)
    assert "skills.json: skills[0].learning[0].not_for[0]: unknown background 'astronaut'" in (
        problems
    )
    assert "guidance.json: guidance.quiz_steps[0].tracks[0]: unknown track 'wizardry'" in problems
    assert (
        "guidance.json: guidance.quiz_steps[1].backgrounds[0]: unknown background 'astronaut'"
        in problems
    )


def test_a_seniority_option_without_a_level_is_named(data_copy):
    def change(quiz):
        page = next(p for p in quiz["pages"] if p["id"] == "experience")
        question = next(q for q in page["questions"] if q.get("topic") == "seniority")
        del question["options"][1]["level"]

    edit_quiz(data_copy, change)
    assert any(
        p.endswith("options[1].level: a seniority option needs a career level")
        for p in problems_of(data_copy)
    )
