"""Answering never moves the questions under the pointer (the hint has its own space)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from tests.ui.quiz.conftest import Next, answer_page, click


def click_at(qtbot, page, point: QPoint) -> None:
    """A person's click at ``point`` of ``page``: it lands on whatever is there."""
    widget = page.childAt(point)
    assert widget is not None
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.mapFrom(page, point))


def centre_on_page(page, button) -> QPoint:
    """The centre of the button's indicator (the round or square mark a person aims at)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.mapTo(page, button.style().subElementRect(element, option, button).center())


def test_answering_the_last_question_moves_nothing_under_the_pointer(qtbot, wizard):
    page = next(p for p in wizard.question_pages if p.content.id == "direction")
    for before in wizard.question_pages[: wizard.question_pages.index(page)]:
        answer_page(before)
        click(qtbot, wizard, Next)
    assert wizard.currentPage() is page
    # the person scrolls to the end, where the last questions are
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    *first, last = page.boxes
    for box in first:
        button = next(iter(box.buttons.values()))
        page.scroll_area.ensureWidgetVisible(button)
        click_at(qtbot, page, centre_on_page(page, button))
        assert button.isChecked()
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    assert page.hint.text()  # one question still open
    buttons = [b for box in page.boxes for b in box.buttons.values()]
    before = {b.objectName(): centre_on_page(page, b) for b in buttons}
    option = next(iter(last.buttons.values()))
    click_at(qtbot, page, before[option.objectName()])
    assert option.isChecked()
    qtbot.wait(10)
    assert wizard.button(Next).isEnabled()
    after = {b.objectName(): centre_on_page(page, b) for b in buttons}
    assert after == before
    # the next click at the old place of an option above lands on that option
    above = list(page.boxes[-2].buttons.values())[-1]
    click_at(qtbot, page, before[above.objectName()])
    assert above.isChecked()
