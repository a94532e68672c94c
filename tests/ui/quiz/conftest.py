"""A quiz wizard over the built-in content and a fresh plan, and ways to answer it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from pmplanner.core.plan import Plan
from pmplanner.core.quiz_types import QuestionKind
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.quiz.pages import QuestionPage
from pmplanner.ui.quiz.wizard import QuizWizard

Next = QWizard.WizardButton.NextButton
Back = QWizard.WizardButton.BackButton
Finish = QWizard.WizardButton.FinishButton
Cancel = QWizard.WizardButton.CancelButton


@pytest.fixture
def document(qtbot, catalog, tmp_path):
    doc = PlanDocument(Plan(), catalog, PlanStore(tmp_path / "store"))
    doc.autosave_delay_ms = 60_000
    yield doc
    doc.close()


@pytest.fixture
def shown_roles() -> list[tuple[str, str | None]]:
    return []


class Asker:
    """Stands in for ``wizard.confirm_discard``: counts the questions, gives ``reply``."""

    def __init__(self) -> None:
        self.reply = False  # keep answering
        self.times = 0

    def __call__(self, _parent) -> bool:
        self.times += 1
        return self.reply


@pytest.fixture
def asked(monkeypatch) -> Asker:
    from pmplanner.ui.quiz import wizard as wizard_module

    asker = Asker()
    monkeypatch.setattr(wizard_module, "confirm_discard", asker)
    return asker


@pytest.fixture
def wizard(qtbot, document, shown_roles, asked) -> QuizWizard:
    def show_role(role: str, track: str | None) -> bool:
        shown_roles.append((role, track))
        return True

    widget = QuizWizard(document.catalog.quiz, document, show_role)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, wizard: QuizWizard, which) -> None:
    """Click a wizard button that changes the page, and wait for the page to change."""
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible()
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
        button.click()


def answer_page(page: QuestionPage, picks: dict[str, object] | None = None) -> None:
    """Answer every question of a page by clicking: ``picks`` (option ids, scale
    values, lists of option ids) where given, else the first option / the middle."""
    picks = picks or {}
    for box in page.boxes:
        question = box.question
        pick = picks.get(question.id)
        if question.kind is QuestionKind.SCALE:
            box.buttons[str(pick if pick is not None else 3)].click()
        elif question.kind is QuestionKind.MULTI:
            for option_id in pick if pick is not None else [question.options[0].id]:
                box.buttons[option_id].click()
        else:
            box.buttons[pick if pick is not None else question.options[0].id].click()


def run_to_results(qtbot, wizard: QuizWizard, picks: dict[str, object] | None = None) -> None:
    for page in wizard.question_pages:
        assert wizard.currentPage() is page
        answer_page(page, picks)
        click(qtbot, wizard, Next)
    assert wizard.currentPage() is wizard.results_page


# A person from UX design who loves user work: a clear UX result.
UX_PERSON: dict[str, object] = {
    "background": "ux-design",
    "complex-problems": 2,
    "stakeholder-needs": 4,
    "big-picture": 2,
    "data-decisions": 2,
    "influence": 4,
    "ambiguity": 3,
    "cross-functional": 4,
    "user-needs": 5,
    "activities": ["conduct-user-research", "define-user-journeys", "drive-ux-improvements"],
    "industries": ["consumer-products"],
    "workplace": ["tech-companies"],
    "mentoring": 5,
    "team-culture": 5,
    "people-duties": 4,
    "vision": 2,
    "strategy": 1,
    "bold-ideas": 2,
    "direction-choice": "people",
}

# The same, but from engineering and loving technical work: a clear technical result.
TECH_PERSON: dict[str, object] = {
    **UX_PERSON,
    "background": "engineering",
    "complex-problems": 5,
    "user-needs": 2,
    "activities": ["guide-technical-development", "work-with-engineers"],
    "industries": ["tech-companies", "b2b-products"],
}

# Every scale in the middle, nothing ticked, no leaning: a flat result.
FLAT_PERSON: dict[str, object] = {
    "background": "project-management",
    "activities": [],
    "industries": [],
    "workplace": [],
    "direction-choice": "unsure",
}

# From engineering, but caring most about users; everything else in the middle:
# UX just ahead of technical, a near tie.
CLOSE_PERSON: dict[str, object] = {
    "background": "engineering",
    "user-needs": 5,
    "activities": ["define-user-journeys"],
    "industries": [],
    "workplace": [],
    "direction-choice": "both",
}
