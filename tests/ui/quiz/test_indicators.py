"""Radio and check indicators can be seen in light and dark palettes (3:1 for marks)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from pmplanner.drawing.palette import contrast_ratio, dark_palette
from pmplanner.ui.quiz.wizard import QuizWizard

MARK = 3.0


@pytest.fixture(params=["light", "dark"])
def palette_wizard(request, qtbot, document, asked):
    app = QApplication.instance()
    before = QPalette(app.palette())
    if request.param == "dark":
        app.setPalette(dark_palette())
    widget = QuizWizard(document.catalog.quiz, document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    app.setPalette(before)


def outline_contrast(button) -> float:
    """The strongest contrast between the indicator's pixels and what is around it."""
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if button.inherits("QCheckBox")
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = button.style().subElementRect(element, option, button)
    image = button.grab().toImage()
    around = QColor(image.pixel(rect.right() + 2, rect.center().y()))
    return max(
        contrast_ratio(QColor(image.pixel(x, y)), around)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def test_unchecked_radio_and_check_boxes_can_be_seen(palette_wizard):
    radio = palette_wizard.question_pages[0].boxes[0].group.buttons()[0]
    multi = next(
        b for p in palette_wizard.question_pages for b in p.boxes if b.question.id == "activities"
    )
    check = multi.group.buttons()[0]
    assert not radio.isChecked() and not check.isChecked()
    assert outline_contrast(radio) >= MARK
    assert outline_contrast(check) >= MARK
