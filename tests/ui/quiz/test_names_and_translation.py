"""Every control of every quiz page has a name; every text goes through translation."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget

import pmplanner
from pmplanner.core import quiz as quiz_core
from pmplanner.core.quiz_types import AdviceKind, ChangeKind
from tests.report.test_translation import literal, translate_calls
from tests.ui.quiz.conftest import TECH_PERSON, UX_PERSON, Finish, answer_page, click
from tests.ui.quiz.conftest import Next as NextButton
from tests.ui.test_accessibility import labels_without_buddy, unnamed
from tests.ui.test_translations import (
    CLOSE,
    OPEN,
    has_words,
    literal_texts,
    marking,  # noqa: F401 (a fixture)
    untranslated_words,
)


def marked(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


PACKAGE = Path(pmplanner.__file__).parent
QUIZ_MODULES = sorted([*(PACKAGE / "ui/quiz").glob("*.py"), PACKAGE / "wording/quiz.py"])


def test_every_control_on_every_page_is_named(qtbot, wizard):
    problems = []
    for page in [*wizard.question_pages, wizard.results_page]:
        problems += [(page.title(), p) for p in unnamed(wizard) + labels_without_buddy(wizard)]
        if page is not wizard.results_page:
            answer_page(page, UX_PERSON)
            click(qtbot, wizard, NextButton)
    assert problems == []
    assert wizard.currentPage() is wizard.results_page


def content_texts(wizard) -> set[str]:
    """Quiz content, career content and what core.quiz wrote: shown as they are."""
    catalog = wizard.document.catalog
    quiz = wizard.quiz
    texts = set(quiz.scale_labels)
    for page in quiz.pages:
        texts |= {page.title, page.intro}
        for question in page.questions:
            texts |= {question.text, question.help}
            texts |= {o.label for o in question.options} | {o.description for o in question.options}
    texts |= {t.name for t in catalog.tracks} | {r.title for r in catalog.roles}
    texts |= {i.name for i in catalog.industries} | {i.description for i in catalog.industries}
    texts |= {e.name for e in catalog.environments}
    texts |= {e.what_it_means for e in catalog.environments}
    texts |= {b.description for b in catalog.backgrounds}
    page = wizard.results_page
    outcome = page.outcome
    # a background's own advice and the guidance's first steps are content; the
    # rest of the advice and what changed since last time are our sentences
    texts |= {a.content for a in outcome.advice} | set(outcome.first_steps)
    for reason in (*outcome.reasons_for, *outcome.reasons_against_runner_up):
        texts |= {reason.question, reason.answer}
    for reason in outcome.direction_reasons:
        texts |= {reason.question, reason.answer}
    offer = page.goals_offer
    texts |= {offer.item(i).data(0x0100).title for i in range(offer.count())}
    return {t.replace("&", "&amp;").replace("'", "&#x27;") for t in texts if t} | {
        t for t in texts if t
    }


def shown_texts(wizard) -> list[str]:
    found = [wizard.windowTitle()]
    for page in [*wizard.question_pages, wizard.results_page]:
        found.append(page.title())
    found += [b.text() for b in wizard.findChildren(QAbstractButton)]
    found += [b.toolTip() for b in wizard.findChildren(QAbstractButton)]
    found += [label.text() for label in wizard.findChildren(QLabel)]
    found += [box.title() for box in wizard.findChildren(QGroupBox)]
    for view in wizard.findChildren(QListWidget):
        found += [view.item(i).text() for i in range(view.count())]
    # mnemonics out: "B&usiness" reads "Business", "R&&D" reads "R&D"
    found = [t.replace("&&", "\0").replace("&", "").replace("\0", "&") for t in found if t]
    return [t for t in found if has_words(t)]


def test_every_text_goes_through_translation(marking, qtbot, wizard):  # noqa: F811
    for page in wizard.question_pages:
        answer_page(page, UX_PERSON)
        click(qtbot, wizard, NextButton)
    content = content_texts(wizard)
    shown = shown_texts(wizard)
    assert [t for t in shown if untranslated_words(t, content)] == []
    assert f"{OPEN}Next >{CLOSE}" in shown
    assert len(shown) > 80


@pytest.mark.parametrize("module", QUIZ_MODULES, ids=lambda p: p.name)
def test_no_literal_text_goes_straight_to_a_widget(module):
    assert literal_texts(ast.parse(module.read_text(encoding="utf-8"))) == []


def list_items(html_text: str) -> list[str]:
    return re.findall(r"<li>(.*?)</li>", html_text, flags=re.S)


def test_advice_changes_and_goal_reasons_come_out_translated(
    marking,  # noqa: F811
    qtbot,
    document,
    wizard,
):
    """core.quiz gives them as data; the page words each through translation."""
    catalog = document.catalog
    before = {k: v for k, v in TECH_PERSON.items() if v != []}
    last_time = quiz_core.score_answers(catalog.quiz, catalog, before)
    document.plan.quiz_results.append(quiz_core.to_result(last_time, before))
    for page in wizard.question_pages:
        answer_page(page, UX_PERSON)
        click(qtbot, wizard, NextButton)
    page = wizard.results_page
    tech, ux = catalog.track("technical").name, catalog.track("ux").name

    change = page.change.text()
    assert marked("Your top track changed from {0} to {1}.").format(tech, ux) in change
    rose = next(c for c in page.changes if c.kind is ChangeKind.SCORE_ROSE)
    sentence = marked("Your score for {0} rose from {1} to {2}.")
    assert sentence.format(ux, f"{rose.before:.0f}", f"{rose.after:.0f}") in change
    items = list_items(change)
    assert len(items) == len(page.changes) >= 3
    assert all(item.startswith(OPEN) and item.endswith(CLOSE) for item in items), items

    advice = page.advice.text()
    assert [a.kind for a in page.outcome.advice] == [AdviceKind.BACKGROUND, AdviceKind.LEANING]
    assert marked("Later on you lean towards {0}.").format("people management") in advice
    own = page.outcome.advice[0].content.replace("'", "&#x27;")
    assert list_items(advice) == [own, marked("Later on you lean towards people management.")]

    offer = page.goals_offer
    tips = [offer.item(i).toolTip() for i in range(offer.count())]
    assert len(tips) >= 3
    assert all(f"{OPEN}Suggested by the quiz: " in tip for tip in tips), tips
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    assert f"{OPEN}and adds {offer.count()} goals.{CLOSE}" in page.use_status.text()
    wizard.button(Finish).click()
    added = document.plan.goals
    assert len(added) == offer.count()
    assert all(f"{OPEN}Suggested by the quiz: " in goal.notes for goal in added)


def test_lupdate_finds_every_text_of_the_quiz(tmp_path):
    """Each text a quiz module translates is a literal pyside6-lupdate extracts, in its
    context; the count of goals added is a plural (numerus) entry."""
    in_code: set[tuple[str, str]] = set()
    for module in QUIZ_MODULES:
        for call in translate_calls(ast.parse(module.read_text(encoding="utf-8"))):
            context, text = (literal(arg) for arg in call.args[:2])
            assert context and text, f"{module.name}:{call.lineno} {ast.unparse(call)}"
            in_code.add((context, text))
    wording = {t for c, t in in_code if c == "QuizResults"}
    assert "Your top track changed from {0} to {1}." in wording
    assert "Later on you lean towards {0}." in wording
    assert "Suggested by the quiz: {0} is a key skill for {1}." in wording

    ts = tmp_path / "quiz.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    done = subprocess.run(
        [str(tool), *map(str, QUIZ_MODULES), "-ts", str(ts)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found, plurals = set(), set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source")))
            if message.get("numerus") == "yes":
                plurals.add((name, message.findtext("source")))
    assert in_code <= found
    assert ("ResultsPage", "and adds %Ln goals.") in found & plurals
