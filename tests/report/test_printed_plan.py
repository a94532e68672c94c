"""The printed plan: page one, the route's cards at print size, sections and presets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor

from pmplanner.core.plan import Plan
from pmplanner.drawing.route_strip import CARD_FILL, MIN_PT, TARGET_FILL
from pmplanner.report.options import COMPLETE, SECTION_KEYS, options_for, parse_sections
from pmplanner.report.pdf import PageId, pdf_bytes, write_pdf

from .pdf_text import reader, shows, text_of
from .printed import TODAY, big_plan, engineer_plan, page_images, text_sizes


def first_page(pdf: bytes) -> str:
    return reader(pdf).pages[0].extract_text()


def pdf_of(plan, catalog, preset="share", sections=None, **kw):
    return pdf_bytes(plan, catalog, today=TODAY, options=options_for(preset, sections), **kw)


# -- page one --------------------------------------------------------------------------


def test_page_one_is_the_summary_a_manager_reads(qapp, catalog):
    data, _pages = pdf_of(engineer_plan(), catalog)
    page = first_page(data)
    for expected in (
        "Sam Rivera",
        "Software Engineer",
        "Technical PM",
        "1 move, usually about 4 years in all.",
        # honest: the first move's years are the usual time in the current role
        "time you have already spent as Software Engineer counts towards them",
        "31 Jan 2027 (327 days to your target date)",
        "sooner than the route usually takes (4 years)",
        "Readiness for Technical PM",
        "2 of 10 key skills met; 7 not rated yet.",  # unrated: neither met nor a gap
        "Biggest gaps: Roadmapping and prioritisation (2 levels below)",
        "1 of 7 goals done; 6 open; 1 goal overdue; 1 dropped (not counted).",
        "Next deadlines",
        "Write up the onboarding redesign",
        "1 Feb 2026 (overdue)",
    ):
        assert shows(page, expected), expected
    # the contacts' follow-ups are private in a shared plan
    assert not shows(page, "Ana Souza")


def test_no_warning_when_the_target_date_leaves_time_for_the_route(qapp, catalog):
    plan = engineer_plan()
    plan.profile.target_date = date(2031, 1, 1)
    assert not shows(first_page(pdf_of(plan, catalog)[0]), "sooner than the route")


def test_an_empty_plan_prints_a_sensible_first_page(qapp, catalog):
    data, pages = pdf_of(Plan(), catalog)
    page = first_page(data)
    for expected in (
        "Career plan",
        "Not chosen yet",
        "Choose a current and a target role to see the route between them.",
        "No target date set",
        "Choose a target role to see how ready you are.",
        "No goals yet.",
        "Nothing is due in the next three months.",
    ):
        assert shows(page, expected), expected
    assert "{" not in page and "None" not in page
    assert pages <= 3


# -- the route at print size ----------------------------------------------------------


def _near(color: QColor, want: QColor, tolerance: int = 4) -> bool:
    return (
        abs(color.red() - want.red()) <= tolerance
        and abs(color.green() - want.green()) <= tolerance
        and abs(color.blue() - want.blue()) <= tolerance
    )


def card_area(image):
    """The bounding box of the cards' fills on a page image, and how much of it they fill.

    Rows with only a few such pixels (the edges of antialiased text) do not count.
    """
    rows: dict[int, list[int]] = {}
    for y in range(0, image.height()):
        xs = [
            x
            for x in range(0, image.width())
            if _near(image.pixelColor(x, y), CARD_FILL)
            or _near(image.pixelColor(x, y), TARGET_FILL)
        ]
        if len(xs) >= 0.05 * image.width():
            rows[y] = xs
    if not rows:
        return None
    xs = [x for found in rows.values() for x in found]
    w, h = max(xs) - min(xs) + 1, max(rows) - min(rows) + 1
    return w, h, len(xs) / (w * h)


@pytest.mark.parametrize(
    ("current", "target"), [("software-engineer", "tpm"), ("data-analyst", "cpo")]
)
def test_the_route_is_a_legible_strip_of_cards(qapp, catalog, tmp_path, current, target):
    plan = engineer_plan()
    plan.profile.current_role, plan.profile.target_role = current, target
    out = tmp_path / "plan.pdf"
    write_pdf(plan, catalog, out, today=TODAY, page_size=PageId.A4)
    route_page = 1  # page one is the summary; the route starts page two
    image = page_images(out, tmp_path)[route_page]
    area = card_area(image)
    assert area is not None, "the route's cards are on the route page"
    width, height, filled = area
    # neither a sliver nor a tall crop, and not mostly empty
    assert width >= 0.45 * image.width()
    assert 0.03 * image.height() <= height <= 0.35 * image.height()
    assert width > height
    assert filled >= 0.3
    # every role on the route is printed as text, at 7 pt or more
    sizes = text_sizes(out, route_page)
    route = catalog.fastest_path(current, target)
    for role_id in route.roles:
        for word in catalog.role(role_id).title.split():
            found = [size for text, size in sizes if word in text.split()]
            assert found and max(found) >= MIN_PT, (role_id, word, found)


def test_the_target_cards_border_is_printed_whole_at_the_right_margin(qapp, catalog, tmp_path):
    """A route that fills the width: the last card's thick border is not cut off."""
    plan = engineer_plan()
    plan.profile.current_role = "software-engineer"
    plan.profile.target_role = "director-technical-products"
    out = tmp_path / "plan.pdf"
    write_pdf(plan, catalog, out, today=TODAY, page_size=PageId.A4)
    image = page_images(out, tmp_path)[1]
    fills = [
        (x, y)
        for y in range(0, image.height(), 2)
        for x in range(image.width() // 2, image.width())
        if _near(image.pixelColor(x, y), TARGET_FILL)
    ]
    assert fills, "the target card is printed"
    right = max(x for x, _y in fills)
    rows = sorted({y for x, y in fills if x == right})
    y = rows[len(rows) // 2]
    # just right of the fill's last pixel: the card's dark edge, not the page
    edge = [image.pixelColor(x, y) for x in range(right + 1, min(right + 6, image.width()))]
    assert any(c.lightness() < 150 for c in edge), [c.name() for c in edge]


# -- sections and presets -------------------------------------------------------------


def test_share_leaves_out_the_private_parts(qapp, catalog, quiz_result):
    plan = engineer_plan(quiz_result)
    text = text_of(pdf_of(plan, catalog)[0])
    assert shows(text, "Product analytics course")  # open goals are listed
    assert shows(text, "Done: Product owner certification")  # done goals summarised
    for private in ("Dropped community", "Ana Souza", "Contacts", "Quiz result", "Module 3"):
        assert not shows(text, private), private


def test_complete_has_everything(qapp, catalog, quiz_result):
    plan = engineer_plan(quiz_result)
    text = text_of(pdf_of(plan, catalog, COMPLETE)[0])
    for expected in (
        "Dropped community",
        "Ana Souza",
        "Director at a fintech",
        "Quiz result",
        "Career map",
        "Module 3 covers funnels.",
    ):
        assert shows(text, expected), expected


def test_chosen_sections_only(qapp, catalog):
    text = text_of(pdf_of(engineer_plan(), catalog, sections=("goals",))[0])
    assert shows(text, "Goals")
    assert not shows(text, "Your route") and not shows(text, "Next deadlines")


def test_section_names_are_checked():
    assert parse_sections("Goals, summary") == ("summary", "goals")
    with pytest.raises(ValueError, match="no section called 'progres'"):
        parse_sections("summary,progres")
    assert set(SECTION_KEYS) >= {"summary", "route", "map", "skills", "goals", "quiz"}


def test_a_big_plan_shared_fits_in_eight_pages(qapp, catalog):
    _data, pages = pdf_of(big_plan(200, 40), catalog)
    assert pages <= 8
    _data, letter_pages = pdf_of(big_plan(200, 40), catalog, page_size=PageId.Letter)
    assert letter_pages <= 8


# -- typography -----------------------------------------------------------------------

HEADERS = (
    "Goal",
    "Status",
    "Progress",
    "Due",
    "Skill",
    "Your rating",
    "Expected",
    "Gap",
    "Name and notes",
    "How you met",
    "Last contact",
    "Next follow-up",
    "Date",
    "What",
    "Goal or contact",
)


@pytest.mark.parametrize("size", [PageId.A4, PageId.Letter])
def test_tables_fit_the_paper_without_squeezing(qapp, catalog, quiz_result, size):
    """Every column header on one line (no "Progres/s"), no text past the page's edge."""
    data, pages = pdf_of(engineer_plan(quiz_result), catalog, COMPLETE, page_size=size)
    pieces: list[str] = []
    for number in range(pages):
        page = reader(data).pages[number]
        width = float(page.mediabox.width)
        beyond: list[str] = []

        def visit(text, cm, tm, _font, _size, width=width, beyond=beyond):
            if text.strip():
                pieces.append(text.strip())
                x = cm[4] + tm[4] * cm[0]
                if not 0 <= x <= width:
                    beyond.append(text)

        page.extract_text(visitor_text=visit)
        assert beyond == [], (number, beyond)
    words = {piece.replace("\t", " ") for piece in pieces}
    for header in HEADERS:
        assert header in words, header


def test_marks_do_not_rely_on_colour(qapp, catalog):
    """Met, not rated, overdue, now and target are words on the page, not only colours."""
    text = text_of(pdf_of(engineer_plan(), catalog)[0])
    for word in ("✓ Met", "not rated", "overdue", "NOW", "TARGET", "Note:"):
        assert shows(text, word), word
