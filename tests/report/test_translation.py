"""The report's texts are translated (and found by lupdate); dates and numbers follow the locale.

The team's marking translator answers every text with itself between marks, so
a printed heading that went through translation comes out marked. lupdate,
run on the report's sources, must find every text the code translates: a
helper that hands lupdate a variable instead of a literal hides its texts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

import pmplanner
from pmplanner.report.ics import plan_ics_bytes
from pmplanner.report.options import options_for
from pmplanner.report.pdf import pdf_bytes
from tests.ui.test_translations import CLOSE, OPEN, MarkingTranslator

from .conftest import TODAY
from .pdf_text import reader, shows, text_of

PACKAGE = Path(pmplanner.__file__).parent
SOURCES = [
    *sorted((PACKAGE / "report").glob("*.py")),
    PACKAGE / "ui" / "report_actions.py",
    PACKAGE / "ui" / "export_done.py",
]
TRANSLATING = {"translate", "QT_TRANSLATE_NOOP"}


@pytest.fixture
def marking(qapp):
    translator = MarkingTranslator()
    QApplication.instance().installTranslator(translator)
    yield translator
    QApplication.instance().removeTranslator(translator)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def marked(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def printed(plan, catalog) -> tuple[str, int]:
    """The PDF's text and page count, as File > Export PDF writes it (A4)."""
    data, pages = pdf_bytes(
        plan,
        catalog,
        page_size=QPageSize.PageSizeId.A4,
        today=TODAY,
        options=options_for("complete"),
    )
    return text_of(data), pages


def body_text(plan, catalog) -> str:
    """The pages' text without their footers: a paragraph that runs onto the next
    page reads on as one."""
    data, _pages = pdf_bytes(
        plan,
        catalog,
        page_size=QPageSize.PageSizeId.A4,
        today=TODAY,
        options=options_for("complete"),
    )
    lines: list[str] = []
    for page in reader(data).pages:
        body = page.extract_text().splitlines()[:-2]  # the footer: name, page number
        # the last line of a page is also drawn, clipped away, above the next one:
        # invisible on paper, but read back
        if lines and body and body[0] == lines[-1]:
            body = body[1:]
        lines += body
    return "\n".join(lines)


def test_the_pdf_comes_out_translated(qapp, marking, realistic_plan, catalog):
    text, pages = printed(realistic_plan, catalog)
    headings = (
        "Career plan",
        "Your route",
        "Quiz result",
        "Goals",
        "Contacts",
        "Deadlines: the next three months",
    )
    for heading in headings:
        assert shows(text, marked(heading)), heading
    # the skills heading with the role filled in, the goals' groups (the window's
    # labels), kinds and statuses, table headers and the footer
    assert shows(text, marked("Skills for Director of Product"))
    assert shows(text, marked(marked("Learning") + " (1 of 4 done)"))
    for label in ("Course", "In progress", "Goal", "Next follow-up", "Advanced"):
        assert shows(text, marked(label)), label
    assert shows(text, marked(f"Page 1 of {pages}"))
    # the person's own text is printed as typed
    assert shows(text, "Product analytics course")
    assert not shows(text, marked("Product analytics course"))


def test_the_calendar_comes_out_translated(qapp, marking, realistic_plan):
    calendar = Calendar.from_ical(plan_ics_bytes(realistic_plan))
    assert str(calendar["X-WR-CALNAME"]) == marked("Career plan of Jordan Lee")
    events = calendar.walk("VEVENT")
    summaries = {str(e["SUMMARY"]) for e in events}
    assert marked("Due: Product analytics course") in summaries
    description = next(
        str(e["DESCRIPTION"]) for e in events if "Product analytics" in str(e["SUMMARY"])
    )
    for label in ("Learning goal", "Course", "In progress", "{0} %"):
        assert marked(label).replace("{0}", "40") in description, label


def test_numbers_and_dates_in_the_pdf_follow_the_locale(qapp, german, realistic_plan, catalog):
    text, _pages = printed(realistic_plan, catalog)
    assert shows(text, "20.03.2026Goal dueMonthly product meetup")  # short dates
    assert shows(text, "Printed on 10.03.2026.")  # page one: the same short date as the tables
    assert shows(text, "40 %")  # progress of the analytics course
    route = catalog.fastest_path("pm", "director-product")
    years = QLocale().toString(float(route.years), "f", 1).removesuffix(",0")
    assert shows(text, f"about {years} years in all")
    assert not shows(text, "20 Mar 2026")  # the C locale's form


# -- lupdate finds every text ------------------------------------------------------


def translate_calls(tree: ast.AST) -> list[ast.Call]:
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in TRANSLATING:
                calls.append(node)
            elif isinstance(func, ast.Attribute) and func.attr in TRANSLATING:
                owner = func.value
                if isinstance(owner, ast.Name) and owner.id in ("QCoreApplication", "QApplication"):
                    calls.append(node)  # not painter.translate(dx, dy)
    return calls


def literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def test_every_translated_text_is_a_literal_lupdate_finds(tmp_path):
    in_code: set[tuple[str, str]] = set()
    not_literal = []
    for source in SOURCES:
        for call in translate_calls(ast.parse(source.read_text(encoding="utf-8"))):
            context, text = (literal(arg) for arg in call.args[:2])
            if not context or not text:
                not_literal.append(f"{source.name}:{call.lineno} {ast.unparse(call)}")
            else:
                in_code.add((context, text))
    assert not_literal == []
    assert len(in_code) > 100  # the walk saw the report's texts

    ts = tmp_path / "report.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    done = subprocess.run(
        [str(tool), *map(str, SOURCES), "-ts", str(ts)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source")))
    assert all(name for name, _text in found)  # no text without a context
    assert found == in_code
    for heading in ("Your route", "Quiz result", "Goals", "Contacts"):
        assert ("Report", heading) in found


# -- the quiz's advice: data from core.quiz, worded by the report ------------------------

NO_LEANING = (
    "You lean neither clearly towards managing people nor towards leading the product. "
    "{role} mixes both and is a good way to find out which suits you."
)
SAME_ANSWERS = (
    "You gave every statement the same answer, so those answers could not tell the tracks "
    "apart. Retake the quiz and answer each one by how much it is like you."
)
NO_TRACK = (
    "Your answers do not point to one track, so this is no recommendation. Explore the tracks "
    "on the career map, talk to product managers on each of them, and retake the quiz when "
    "you know more about what you enjoy."
)
NEAR_TIE = (
    "{first} and {second} are nearly level. Look at both tracks on the career map and talk "
    "to people doing each before you choose; retaking the quiz later may settle it."
)


def torn_answers() -> dict:
    """From project management, drawn to technical work and to users alike: a near tie."""
    from tests.core.quiz_answers import ENGINEER

    return {
        **ENGINEER,
        "background": "project-management",
        "user-needs": 5,
        "complex-problems": 4,
        "data-decisions": 3,
        "activities": [
            "guide-technical-development",
            "work-with-engineers",
            "conduct-user-research",
            "define-user-journeys",
        ],
        "industries": ["consumer-products", "tech-companies"],
        "workplace": [],
    }


def flat_answers(quiz) -> dict:
    from tests.core.quiz_answers import same_everywhere

    return same_everywhere(quiz, 3, pick_all=False)


@pytest.mark.parametrize("answers", ["realistic", "flat", "torn"])
def test_the_quiz_advice_in_the_pdf_comes_out_translated(
    qapp, marking, catalog, quiz_result, answers
):
    from pmplanner.core.quiz import score_answers, to_result
    from pmplanner.core.quiz_types import AdviceKind

    from .conftest import make_realistic_plan

    quiz = catalog.quiz
    chosen = {
        "realistic": quiz_result.answers,
        "flat": flat_answers(quiz),
        "torn": torn_answers(),
    }[answers]
    outcome = score_answers(quiz, catalog, chosen)
    result = to_result(outcome, chosen, taken=quiz_result.taken)
    text = body_text(make_realistic_plan(result), catalog)

    name = {t.id: t.name for t in catalog.tracks}
    expected = {
        AdviceKind.SAME_ANSWERS: marked(SAME_ANSWERS),
        AdviceKind.NO_TRACK: marked(NO_TRACK),
        AdviceKind.NO_LEANING: marked(NO_LEANING).format(role="Group Product Manager"),
    }
    if outcome.runner_up:
        expected[AdviceKind.NEAR_TIE] = marked(NEAR_TIE).format(
            first=name[outcome.top_track], second=name[outcome.runner_up]
        )
    if outcome.direction:
        expected[AdviceKind.LEANING] = marked("Later on you lean towards {direction}.").format(
            direction=name[outcome.direction].lower()
        )
    wanted = {
        "realistic": [AdviceKind.BACKGROUND, AdviceKind.NO_LEANING],
        "flat": [
            AdviceKind.SAME_ANSWERS,
            AdviceKind.NO_TRACK,
            AdviceKind.BACKGROUND,
            AdviceKind.NO_LEANING,
        ],
        "torn": [AdviceKind.NEAR_TIE, AdviceKind.BACKGROUND, AdviceKind.LEANING],
    }[answers]
    assert [a.kind for a in outcome.advice] == wanted
    assert shows(text, marked("What to do next"))
    for advice in outcome.advice:
        if advice.kind is AdviceKind.BACKGROUND:
            # the background's own advice is career content: printed as it is
            assert shows(text, advice.content)
            assert not shows(text, marked(advice.content))
        else:
            assert shows(text, expected[advice.kind]), advice
