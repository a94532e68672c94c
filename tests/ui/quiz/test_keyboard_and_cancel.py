"""The quiz with the keyboard alone, and leaving it: asked before answers are dropped.

Every key goes to the widget with the focus, as a keyboard sends it; the
wizard's buttons are reached by their mnemonics (Alt+N), Return or Tab.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from pmplanner.core.quiz_types import QuestionKind
from tests.ui.quiz.conftest import Cancel, Finish, Next, answer_page, click

Key = Qt.Key
Mod = Qt.KeyboardModifier


def focus():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Mod.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focus(), key, modifier)


def activate(qtbot, wizard) -> None:
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)


def test_the_whole_quiz_from_the_keyboard(qtbot, wizard):
    activate(qtbot, wizard)
    background = wizard.question_pages[0].boxes[0]
    assert focus() is background.group.buttons()[0]  # the first question has the focus
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Down, times=2)  # arrows move within the group and choose
    third = background.question.options[2].id
    assert wizard.answers.get("background") == third
    assert focus() is background.buttons[third]
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
        press(qtbot, Key.Key_N, Mod.AltModifier)  # &Next (clicked after its short press)

    for page in wizard.question_pages[1:]:
        assert wizard.currentPage() is page
        for index, box in enumerate(page.boxes):
            buttons = box.group.buttons()
            assert focus() is buttons[0], (page.content.id, box.question.id)
            press(qtbot, Key.Key_Space)
            if box.question.kind is QuestionKind.SCALE:
                press(qtbot, Key.Key_Right, times=3)
                assert wizard.answers.get(box.question.id) == 4
                leave = 1  # Tab leaves an exclusive group at once
            elif box.question.kind is QuestionKind.MULTI:
                assert isinstance(focus(), QCheckBox) and focus().isChecked()
                leave = len(buttons)  # Tab visits every box
            else:
                press(qtbot, Key.Key_Down)
                assert wizard.answers.get(box.question.id) == box.question.options[1].id
                leave = 1
            if index < len(page.boxes) - 1:
                press(qtbot, Key.Key_Tab, times=leave)
        assert wizard.button(Next).isEnabled()
        with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
            press(qtbot, Key.Key_Return)  # Next is the default button

    assert wizard.currentPage() is wizard.results_page
    assert wizard.results_page.outcome is not None
    assert wizard.answers.get("background") == third


def test_tab_reaches_the_wizard_buttons_and_space_presses_them(qtbot, wizard):
    activate(qtbot, wizard)
    press(qtbot, Key.Key_Space)  # answer the only question of the first page
    press(qtbot, Key.Key_Tab)
    assert focus() is wizard.button(Next)
    assert focus().hasFocus()
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
        press(qtbot, Key.Key_Space)
    assert wizard.currentPage() is wizard.question_pages[1]


def test_the_focus_is_visible_from_the_start_of_each_page(qtbot, wizard):
    activate(qtbot, wizard)
    press(qtbot, Key.Key_Space)
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
        press(qtbot, Key.Key_N, Mod.AltModifier)
    first = focus()
    assert first is wizard.question_pages[1].boxes[0].group.buttons()[0]
    with_focus = first.grab().toImage()
    press(qtbot, Key.Key_Tab)  # on to the next question
    assert focus() is not first
    assert first.grab().toImage() != with_focus  # the frame was drawn, and is gone


def test_cancel_with_nothing_answered_closes_without_asking(wizard, asked):
    wizard.button(Cancel).click()
    assert not wizard.isVisible()
    assert asked.times == 0


def test_cancel_asks_and_keeping_the_answers_stays(wizard, asked):
    answer_page(wizard.question_pages[0])
    wizard.button(Cancel).click()
    assert asked.times == 1
    assert wizard.isVisible()
    assert wizard.answers.get("background") is not None


def test_escape_and_closing_the_window_ask_too(qtbot, wizard, asked):
    answer_page(wizard.question_pages[0])
    activate(qtbot, wizard)
    press(qtbot, Key.Key_Escape)
    assert asked.times == 1 and wizard.isVisible()
    wizard.close()
    assert asked.times == 2 and wizard.isVisible()
    asked.reply = True  # now stop
    wizard.close()
    assert asked.times == 3
    assert not wizard.isVisible()


def test_stopping_the_quiz_keeps_nothing_in_the_plan(qtbot, wizard, document, asked):
    answer_page(wizard.question_pages[0])
    click(qtbot, wizard, Next)
    asked.reply = True
    wizard.button(Cancel).click()
    assert not wizard.isVisible()
    assert document.plan.quiz_results == []
    assert document.undo_stack.count() == 0


def test_the_page_scrolls_to_the_option_the_arrow_keys_reach(qtbot, wizard):
    activate(qtbot, wizard)
    page = next(p for p in wizard.question_pages if p.content.id == "direction")  # the longest
    for before in wizard.question_pages[: wizard.question_pages.index(page)]:
        answer_page(before)
        click(qtbot, wizard, Next)
    last_box = page.boxes[-1]
    buttons = last_box.group.buttons()
    buttons[0].click()
    page.scroll_area.verticalScrollBar().setValue(0)  # the last question out of sight
    viewport = page.scroll_area.viewport()

    def in_sight(widget) -> bool:
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    assert not in_sight(buttons[-1])
    buttons[0].setFocus()
    press(qtbot, Key.Key_Down, times=len(buttons) - 1)
    assert focus() is buttons[-1] and buttons[-1].isChecked()
    assert in_sight(buttons[-1])


@pytest.mark.parametrize(("press_text", "stops"), [("Stop", True), ("Keep", False)])
def test_the_real_question_before_stopping(qtbot, monkeypatch, press_text, stops):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from pmplanner.ui.quiz import wizard as wizard_module

    seen = []

    def answer(box: QMessageBox) -> int:
        seen.append(box)
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert box.defaultButton() is buttons["Keep answering"]  # Return keeps
        assert box.escapeButton() is buttons["Keep answering"]  # so does Esc
        next(b for text, b in buttons.items() if text.startswith(press_text)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert wizard_module.confirm_discard(parent) is stops
    assert "will not be kept" in seen[0].text()


def test_return_opens_every_page_at_its_top(qtbot, wizard):
    """Return on the last option hides the control with the focus; the next page
    (the results too) still starts with its intro and headline in sight."""
    from tests.ui.quiz.conftest import UX_PERSON

    activate(qtbot, wizard)
    arrived = []
    for page in wizard.question_pages:
        answer_page(page, UX_PERSON)
        page.boxes[-1].group.buttons()[-1].setFocus()  # the last option on the page
        with qtbot.waitSignal(wizard.currentIdChanged, timeout=5000):
            press(qtbot, Key.Key_Return)
        shown = wizard.currentPage()
        arrived.append((shown.objectName(), shown.scroll_area.verticalScrollBar().value()))
    assert wizard.currentPage() is wizard.results_page
    assert arrived == [(name, 0) for name, _ in arrived]
    headline = wizard.results_page.headline
    viewport = wizard.results_page.scroll_area.viewport()
    assert headline.mapTo(viewport, headline.rect().topLeft()).y() >= 0
    assert focus() is wizard.button(Finish)


def test_the_results_scroll_from_the_keyboard_with_a_visible_focus(qtbot, wizard):
    """Tab reaches the results themselves; Page Down and Page Up then read the page."""
    from PySide6.QtGui import QColor, QPalette

    from tests.ui.quiz.conftest import UX_PERSON, run_to_results

    activate(qtbot, wizard)
    run_to_results(qtbot, wizard, UX_PERSON)
    scroll = wizard.results_page.scroll_area
    bar = scroll.verticalScrollBar()
    assert focus() is wizard.button(Finish) and bar.value() == 0
    wizard.resize(wizard.width(), 480)  # a small screen: pages more to read than fits
    qtbot.waitUntil(lambda: bar.maximum() > bar.pageStep() > 0)
    for _ in range(40):
        if focus() is scroll:
            break
        press(qtbot, Key.Key_Tab)
    assert focus() is scroll
    assert scroll.accessibleName() == "Your results"

    ring = wizard.results_page.focus_ring
    highlight = ring.palette().color(QPalette.ColorRole.Highlight)
    across, down = ring.width() // 2, ring.height() // 2
    edges = [(0, down), (ring.width() - 1, down), (across, 0), (across, ring.height() - 1)]
    shown = ring.grab().toImage()
    assert [QColor(shown.pixel(x, y)) for x, y in edges] == [highlight] * 4  # a frame all round

    press(qtbot, Key.Key_PageDown)
    assert bar.value() == bar.pageStep()
    press(qtbot, Key.Key_PageDown)
    assert bar.value() == min(2 * bar.pageStep(), bar.maximum())
    press(qtbot, Key.Key_PageUp, times=2)
    assert bar.value() == 0
    press(qtbot, Key.Key_Down)  # the arrows scroll by a line
    assert 0 < bar.value() < bar.pageStep()

    press(qtbot, Key.Key_Tab)
    assert focus() is not scroll
    gone = ring.grab().toImage()
    assert all(QColor(gone.pixel(x, y)) != highlight for x, y in edges)  # and gone
