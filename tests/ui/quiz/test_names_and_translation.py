"""Every control of every quiz page has a name; every text goes through translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QListWidget

import pmplanner
from tests.ui.quiz.conftest import UX_PERSON, answer_page, click
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

QUIZ_MODULES = sorted((Path(pmplanner.__file__).parent / "ui/quiz").glob("*.py"))


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
    texts |= {*outcome.advice, *outcome.first_steps, *page.changes}
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
