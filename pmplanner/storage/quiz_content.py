"""``quiz.json``: the self-discovery quiz's shape and its checks against the rest of the content.

Every problem is located inside the file, for example
``quiz.pages[2].questions[0].options[1].weights: unknown track 'x'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from pmplanner.core.careers import Background, Industry, WorkEnvironment
from pmplanner.core.quiz_kinds import kind_of
from pmplanner.core.quiz_types import QuestionTopic, Quiz, QuizQuestion
from pmplanner.storage.content_refs import Known
from pmplanner.storage.problems import Problems


class QuizFile(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    schema_version: int
    quiz: Quiz


_TOPIC_WORD = {
    QuestionTopic.BACKGROUND: "background",
    QuestionTopic.INDUSTRY: "industry",
    QuestionTopic.ENVIRONMENT: "environment",
}


def _topic_ids(topic: QuestionTopic, known: Known) -> set[str] | None:
    if topic is QuestionTopic.BACKGROUND:
        return known.backgrounds
    if topic is QuestionTopic.INDUSTRY:
        return known.industries
    if topic is QuestionTopic.ENVIRONMENT:
        return known.environments
    return None


def check_quiz(quiz_file: QuizFile, known: Known) -> Problems:
    """Every cross-reference and consistency problem of a parsed quiz file ([] when fine)."""
    quiz = quiz_file.quiz
    p = Problems()
    _check_targets(quiz, known, p)
    p.ref("quiz.hybrid_role", quiz.hybrid_role, known.roles, "role")
    p.duplicates("quiz.pages", (page.id for page in quiz.pages), "page id")
    if not quiz.pages:
        p.add("quiz.pages", "the quiz has no pages")

    targets = set(quiz.tracks) | set(quiz.directions)
    first_at: dict[str, str] = {}
    asks_background = False
    for i, page in enumerate(quiz.pages):
        if not page.questions:
            p.add(f"quiz.pages[{i}].questions", "a page needs at least one question")
        for j, question in enumerate(page.questions):
            where = f"quiz.pages[{i}].questions[{j}]"
            if question.id in first_at:
                p.add(
                    where,
                    f"duplicate question id {question.id!r} (first at {first_at[question.id]})",
                )
            else:
                first_at[question.id] = where
            asks_background |= question.topic is QuestionTopic.BACKGROUND
            _check_question(question, where, targets, known, p)

    if known.backgrounds is not None and not asks_background:
        p.add("quiz.pages", "no question asks for the background (topic 'background')")
    return p


def _check_targets(quiz: Quiz, known: Known, p: Problems) -> None:
    for name, ids in (("tracks", quiz.tracks), ("directions", quiz.directions)):
        p.refs(f"quiz.{name}", ids, known.tracks, "track")
        p.duplicates(f"quiz.{name}", ids, "track")
        if len(set(ids)) < 2:
            p.add(f"quiz.{name}", f"at least two {name} are needed to rank them")
    for i, ident in enumerate(quiz.directions):
        if ident in quiz.tracks:
            p.add(f"quiz.directions[{i}]", f"{ident!r} is also one of quiz.tracks")


def _check_weights(
    where: str, weights: Iterable[str], targets: set[str], known: Known, p: Problems
) -> None:
    for target in weights:
        if known.tracks is not None and target not in known.tracks:
            p.add(where, f"unknown track {target!r}")
        elif target not in targets:
            p.add(where, f"track {target!r} is not one of the quiz's tracks or directions")


def _check_question(
    question: QuizQuestion, where: str, targets: set[str], known: Known, p: Problems
) -> None:
    kind = kind_of(question)
    for field, problem in kind.content_problems(question):
        p.add(f"{where}.{field}", problem)
    if not kind.has_options:
        _check_weights(f"{where}.weights", question.weights, targets, known, p)
        return

    p.duplicates(f"{where}.options", (o.id for o in question.options), "option id")
    for k, option in enumerate(question.options):
        _check_weights(f"{where}.options[{k}].weights", option.weights, targets, known, p)

    if question.topic is QuestionTopic.SENIORITY:
        for k, option in enumerate(question.options):
            if option.level is None:
                p.add(f"{where}.options[{k}].level", "a seniority option needs a career level")
    topic_ids = _topic_ids(question.topic, known)
    if topic_ids is None:
        return
    word = _TOPIC_WORD[question.topic]
    for k, option in enumerate(question.options):
        p.ref(f"{where}.options[{k}].id", option.id, topic_ids, word)
    if question.topic is QuestionTopic.BACKGROUND:
        offered = {o.id for o in question.options}
        for missing in sorted(topic_ids - offered):
            p.add(f"{where}.options", f"no option for background {missing!r}")


def with_topic_descriptions(
    quiz: Quiz,
    backgrounds: Sequence[Background],
    industries: Sequence[Industry],
    environments: Sequence[WorkEnvironment],
) -> Quiz:
    """The quiz with empty option descriptions of topic questions taken from the catalog.

    A background option gets the background's description, an industry option
    the industry's, a workplace option what that workplace means for the work;
    the text stays in one place (backgrounds.json, workplaces.json).
    """
    texts = {
        QuestionTopic.BACKGROUND: {b.id: b.description for b in backgrounds},
        QuestionTopic.INDUSTRY: {x.id: x.description for x in industries},
        QuestionTopic.ENVIRONMENT: {x.id: x.what_it_means for x in environments},
    }
    pages = []
    for page in quiz.pages:
        questions = []
        for question in page.questions:
            by_id = texts.get(question.topic, {})
            options = [
                option.model_copy(update={"description": by_id[option.id]})
                if not option.description and option.id in by_id
                else option
                for option in question.options
            ]
            questions.append(question.model_copy(update={"options": options}))
        pages.append(page.model_copy(update={"questions": questions}))
    return quiz.model_copy(update={"pages": pages})
