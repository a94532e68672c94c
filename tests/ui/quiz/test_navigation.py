"""Moving through the quiz with the mouse: pages from the content, Next and Back."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QRadioButton

from pmplanner.core.quiz_types import QuestionKind
from pmplanner.ui.quiz.questions import WIDGETS
from tests.ui.quiz.conftest import Back, Next, answer_page, click


def test_pages_come_from_the_content_and_end_with_the_results(wizard, document):
    quiz = document.catalog.quiz
    assert wizard.objectName() == "quizWizard"
    assert [p.title() for p in wizard.question_pages] == [p.title for p in quiz.pages]
    assert wizard.pageIds()[-1] == wizard.results_id
    for page in wizard.question_pages:
        for box in page.boxes:
            kind = box.question.kind
            buttons = box.group.buttons()
            if kind is QuestionKind.SCALE:
                assert [b.text() for b in buttons] == quiz.scale_labels
                assert all(isinstance(b, QRadioButton) for b in buttons)
            elif kind is QuestionKind.MULTI:
                assert all(isinstance(b, QCheckBox) for b in buttons)
                assert not box.group.exclusive()
            else:
                assert all(isinstance(b, QRadioButton) for b in buttons)
                assert box.group.exclusive()
            assert all(b.accessibleName() for b in buttons)


def test_background_options_show_what_each_means(wizard, document):
    page = wizard.question_pages[0]
    box = page.boxes[0]
    texts = [label.text() for label in box.findChildren(QLabel)]
    for option in box.question.options:
        background = document.catalog.background(option.id)
        assert background.description in texts
        assert box.buttons[option.id].accessibleDescription() == background.description


def test_workplace_options_say_what_the_work_is_like(wizard, document):
    page = next(p for p in wizard.question_pages if p.content.id == "future")
    box = next(b for b in page.boxes if b.question.id == "workplace")
    texts = [label.text() for label in box.findChildren(QLabel)]
    for option in box.question.options:
        assert document.catalog.environment(option.id).what_it_means in texts


def test_next_waits_for_the_required_answers_and_says_which(qtbot, wizard):
    next_button = wizard.button(Next)
    page = wizard.question_pages[1]  # four scale questions
    answer_page(wizard.question_pages[0])
    click(qtbot, wizard, Next)
    assert wizard.currentPage() is page
    assert not next_button.isEnabled()
    assert page.hint.isVisible()
    assert page.boxes[0].question.text in page.hint.text()

    for box in page.boxes[:-1]:
        box.buttons["4"].click()
    assert not next_button.isEnabled()
    assert page.boxes[-1].question.text in page.hint.text()

    page.boxes[-1].buttons["2"].click()
    assert next_button.isEnabled()
    assert page.hint.isVisible() and not page.hint.text()  # its space stays


def test_a_page_of_optional_questions_can_be_left_unanswered(qtbot, wizard):
    for page in wizard.question_pages:
        if all(not q.required for q in page.content.questions):
            break
        answer_page(page)
        click(qtbot, wizard, Next)
    else:
        raise AssertionError("the content has no page of optional questions")
    assert wizard.button(Next).isEnabled()
    assert page.hint.isVisible() and not page.hint.text()  # its space stays


def test_back_and_next_keep_the_answers(qtbot, wizard):
    first, second, third = wizard.question_pages[:3]
    first.boxes[0].buttons["design"].click()
    click(qtbot, wizard, Next)
    second.boxes[0].buttons["5"].click()
    second.boxes[1].buttons["1"].click()

    click(qtbot, wizard, Back)
    assert wizard.currentPage() is first
    assert first.boxes[0].buttons["design"].isChecked()
    assert wizard.button(Next).isEnabled()

    click(qtbot, wizard, Next)
    assert second.boxes[0].buttons["5"].isChecked()
    assert second.boxes[1].buttons["1"].isChecked()
    answers = wizard.answers.as_dict()
    assert answers == {"background": "design", "complex-problems": 5, "stakeholder-needs": 1}

    answer_page(second)  # the unanswered ones; the answered ones are clicked again
    click(qtbot, wizard, Next)
    click(qtbot, wizard, Back)
    click(qtbot, wizard, Back)
    first.boxes[0].buttons["engineering"].click()  # a changed answer replaces the old one
    assert wizard.answers.get("background") == "engineering"
    assert wizard.currentPage() is first and third is not None


def test_unticking_every_box_takes_the_answer_back(wizard):
    page = next(p for p in wizard.question_pages if p.content.id == "day-to-day")
    box = page.boxes[0]
    first, second = box.group.buttons()[:2]
    first.click()
    second.click()
    assert wizard.answers.get(box.question.id) == [
        box.question.options[0].id,
        box.question.options[1].id,
    ]
    first.click()
    second.click()
    assert wizard.answers.get(box.question.id) is None


def test_clicking_a_description_chooses_its_option(qtbot, wizard, document):
    from PySide6.QtCore import Qt

    box = wizard.question_pages[0].boxes[0]
    description = document.catalog.background("business").description
    label = next(lb for lb in box.findChildren(QLabel) if lb.text() == description)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.buttons["business"].isChecked()
    assert wizard.answers.get("background") == "business"


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if at >= 0 else None


def test_every_option_has_a_distinct_mnemonic_on_its_page(wizard):
    for page in wizard.question_pages:
        texts = [b.text() for b in page.findChildren(QAbstractButton)]
        texts += [box.title() for box in page.boxes]
        keys = [k for k in map(mnemonic, texts) if k is not None]
        assert len(keys) == len(set(keys)), page.content.id
        assert not set(keys) & {"b", "n", "f"}  # Back, Next, Finish


def test_every_question_kind_has_a_widget():
    assert set(WIDGETS) == set(QuestionKind)


def test_each_page_says_where_it_is_in_the_quiz(qtbot, wizard):
    pages = wizard.question_pages
    for index, page in enumerate(pages, start=1):
        assert wizard.currentPage() is page
        text = f"Page {index} of {len(pages)}"
        shown = [
            label
            for label in wizard.findChildren(QLabel)
            if label.text() == text and label.isVisible()
        ]
        assert shown, text  # on the screen, not only in the page's properties
        answer_page(page)
        click(qtbot, wizard, Next)
