"""The PDF, read back: what it holds, how it is paged, and that it interprets nothing."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize, QTextDocument

from pmplanner.core.plan import Goal, GoalKind, Plan, Profile
from pmplanner.report.errors import ReportError
from pmplanner.report.glyphs import drawable
from pmplanner.report.html_parts import MAP_PICTURE, QUIZ_PICTURE, ROUTE_STRIP
from pmplanner.report.options import options_for
from pmplanner.report.pdf import (
    ReportDocument,
    build_report,
    default_page_size,
    page_size_named,
    render_pdf,
    write_pdf,
)

from .conftest import HOSTILE_TEXTS, TODAY
from .pdf_text import empty_boxes, reader, shows, shows_words, squash, text_of

PageId = QPageSize.PageSizeId
A4_PT = (595, 842)
LETTER_PT = (612, 792)

COMPLETE = options_for("complete")  # these tests read every section back


def page_points(pdf) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader(pdf).pages
    ]


def test_the_pdf_holds_the_whole_plan(qapp, realistic_plan, catalog, quiz_result, tmp_path):
    out = tmp_path / "plan.pdf"
    pages = write_pdf(
        realistic_plan,
        catalog,
        out,
        page_size=PageId.A4,
        today=TODAY,
        options=options_for("complete"),
    )
    text = text_of(out)
    assert len(reader(out).pages) == pages >= 3
    # title page
    for expected in ("Career plan", "Jordan Lee", "Product Manager", "Director of Product"):
        assert shows(text, expected), expected
    # the path: every role on it, each move's years and the total
    route = catalog.fastest_path("pm", "director-product")
    for role_id in route.roles:
        assert shows(text, catalog.role(role_id).title)
    assert shows(text, f"about {route.years:g} years in all")
    for move in route.transitions:
        line = f"{catalog.role(move.from_role).title} → {catalog.role(move.to_role).title}"
        assert shows(text, f"{line}: Promotion, {move.years:g} years")
    # the quiz: the recommended track, each score and the reasons
    from pmplanner.core.quiz import score_answers

    outcome = score_answers(catalog.quiz, catalog, quiz_result.answers)
    for score in quiz_result.ranking:
        assert shows(text, f"{catalog.track(score.track).name}: {round(score.score)} of 100")
    for reason in outcome.reasons_for:
        assert shows(text, f"{reason.question} {reason.answer}"), reason
    # skills, goals (every title, grouped), contacts, deadlines
    assert shows(text, "Skills for Director of Product")
    for goal in realistic_plan.goals:
        assert shows(text, goal.title), goal.title
    assert shows(text, "Ask the data team for a real dataset.")  # notes
    assert shows(text, "Learning (1 of 4 done)") and shows(text, "Networking (0 of 3 done)")
    for contact in realistic_plan.contacts:
        assert shows(text, contact.name)
    assert shows(text, "Deadlines: the next three months")
    assert shows(text, "20 Mar 2026Goal dueMonthly product meetup")
    assert shows(text, "30 May 2026Goal dueFind a mentor who leads a product team")
    assert not shows(text, "15 Oct 2026Goal due")  # past the three months
    assert shows(text, f"Page 1 of {pages}") and shows(text, f"Page {pages} of {pages}")


def test_each_row_carries_its_rating_status_and_dates(qapp, realistic_plan, catalog):
    """Skills with own rating, expected level and gap; goals with kind, notes, link,
    status, progress and due date; contacts with how met, last contact and follow-up."""
    data, _ = render_pdf(
        build_report(realistic_plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4
    )
    text = text_of(data)
    assert shows(text, "SkillYour ratingExpectedGap")
    assert shows(text, "Communication4 – Advanced4 – Advanced✓ Met")  # rated 4, 4 expected
    # not rated is not counted as 0: no gap is made up for it
    assert shows(text, "Decision makingNot rated yet4 – Advancednot rated")
    assert shows(
        text,
        "Product analytics course· CourseModule 3 covers funnels.Ask the data team for a real "
        "dataset.https://example.org/analytics-courseIn progress40 %15 Apr 2026",
    )
    assert shows(text, "Product owner certification· CertificationDone100 %10 Jan 2026")
    assert shows(
        text,
        "Ana SouzaDirector at a fintech; offered to review my case.Product meetup"
        "20 Feb 202625 Mar 2026",
    )


def test_title_fonts_and_page_sizes(qapp, realistic_plan, catalog):
    a4, _ = render_pdf(
        build_report(realistic_plan, catalog, today=TODAY, options=COMPLETE),
        "Jordan Lee",
        PageId.A4,
    )
    letter, _ = render_pdf(
        build_report(realistic_plan, catalog, today=TODAY, options=COMPLETE),
        "Jordan Lee",
        PageId.Letter,
    )
    assert set(page_points(a4)) == {A4_PT}
    assert set(page_points(letter)) == {LETTER_PT}
    pdf = reader(a4)
    assert pdf.metadata.title == "Jordan Lee"
    fonts = [
        font.get_object() for page in pdf.pages for font in page["/Resources"]["/Font"].values()
    ]
    assert fonts
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]  # embedded


def test_untitled_plan_is_called_career_plan(qapp, catalog):
    data, _pages = render_pdf(
        build_report(Plan(), catalog, today=TODAY, options=COMPLETE), "Career plan", PageId.A4
    )
    assert reader(data).metadata.title == "Career plan"
    text = text_of(data)
    assert shows(text, "Choose your current and target role")
    assert shows(text, "You have not taken the quiz yet")
    assert shows(text, "No goals yet.") and shows(text, "No contacts yet.")


@pytest.mark.parametrize(
    ("locale", "size"),
    [
        ("en_US", PageId.Letter),
        ("fr_CA", PageId.Letter),
        ("es_MX", PageId.Letter),
        ("en_GB", PageId.A4),
        ("de_DE", PageId.A4),
        ("ja_JP", PageId.A4),
    ],
)
def test_page_size_follows_the_locale(locale, size):
    assert default_page_size(QLocale(locale)) == size
    assert page_size_named(None, QLocale(locale)) == size
    assert page_size_named("LETTER") == PageId.Letter and page_size_named("a4") == PageId.A4


def test_hostile_text_prints_literally_and_loads_nothing(qapp, hostile_plan, catalog):
    document = build_report(hostile_plan, catalog, today=TODAY, options=options_for("complete"))
    data, _pages = render_pdf(document, "x", PageId.Letter)
    # only our own two pictures were asked for, and both were (the route's
    # place holder became the route's cards before anything was laid out)
    assert set(document.requested) == {MAP_PICTURE, QUIZ_PICTURE}
    assert document.allowed == {MAP_PICTURE, QUIZ_PICTURE, ROUTE_STRIP}
    text = text_of(data)
    # as typed, but what no installed font can draw (emoji, Hangul on a bare
    # machine) is printed as its name: never as an empty box
    for hostile in HOSTILE_TEXTS:
        assert shows_words(text, drawable(hostile)) == [], hostile
    assert empty_boxes(data) == 0
    assert shows(text, '<img src="file:///etc/passwd">')
    assert shows(text, '<a href="https://evil.example/x">click me</a>')
    assert shows(text, drawable('<h1>Evil</h1> <img src="file:///etc/passwd"> 中文'))  # the name
    # nothing became a link, an image or a style
    html = document.source_html
    assert "<a " not in html.lower()
    assert html.count("<img ") == 3
    assert "file:///" not in html.replace("file:///etc/passwd", "").replace(
        "file:///etc/hostname", ""
    ).replace("file:///tmp/evil.css", "")
    assert "<script" not in html and "<link" not in html


def test_the_document_refuses_every_resource_but_its_own(qapp, tmp_path):
    """Even markup that got past escaping could load nothing."""
    secret = tmp_path / "secret.png"
    from PySide6.QtGui import QImage

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    image.save(str(secret))
    document = ReportDocument({MAP_PICTURE: image})
    document.setHtml(
        f'<img src="{secret.as_uri()}" width="40" height="40">'
        f'<img src="{secret}" width="40" height="40">'
        '<img src="https://example.org/x.png" width="40" height="40">'
        f'<img src="{MAP_PICTURE}" width="40" height="40">'
    )
    render_pdf(document, "x", PageId.A4)
    assert set(document.requested) == {
        secret.as_uri(),
        str(secret),
        "https://example.org/x.png",
        MAP_PICTURE,
    }
    image_type = QTextDocument.ResourceType.ImageResource.value
    for refused in (secret.as_uri(), str(secret), "https://example.org/x.png"):
        loaded = document.resource(image_type, refused)
        assert loaded.size().width() == 1 and loaded.pixel(0, 0) == 0, refused
    assert document.resource(image_type, MAP_PICTURE) is not None


def test_page_count_grows_with_the_plan(qapp, catalog):
    def pages_for(goals: int) -> int:
        plan = Plan(
            profile=Profile(name="Growing"),
            goals=[
                Goal(kind=GoalKind.COURSE, title=f"Goal {i}", notes="Some notes. " * 8)
                for i in range(goals)
            ],
        )
        return render_pdf(
            build_report(plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4
        )[1]

    counts = [pages_for(n) for n in (5, 60, 200)]
    assert counts[0] < counts[1] < counts[2]


def test_long_words_and_notes_stay_on_the_page(qapp, catalog):
    word = "Unbreakable" * 40
    notes = " ".join(f"note{i}" for i in range(1500))
    plan = Plan(goals=[Goal(title=word, notes=notes, link="https://example.org/" + "x" * 300)])
    plan.contacts = []
    document = build_report(plan, catalog, today=TODAY, options=COMPLETE)
    data, _ = render_pdf(document, "x", PageId.A4)
    # nothing is laid out wider than the page's text area
    assert document.size().width() <= document.pageSize().width() + 0.5
    text = text_of(data)
    assert shows(text, word)
    assert shows_words(text, notes) == []


def test_a_failed_write_keeps_the_earlier_pdf(qapp, realistic_plan, catalog, tmp_path, monkeypatch):
    out = tmp_path / "plan.pdf"
    write_pdf(realistic_plan, catalog, out, today=TODAY, options=COMPLETE)
    before = out.read_bytes()
    realistic_plan.goals[0].title = "Changed"

    def refused(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ReportError) as caught:
        write_pdf(realistic_plan, catalog, out, today=TODAY, options=COMPLETE)
    assert str(caught.value) == f"Could not save {out} because permission was denied."
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_missing_folder_is_one_sentence(qapp, realistic_plan, catalog, tmp_path):
    out = tmp_path / "nowhere" / "plan.pdf"
    with pytest.raises(ReportError) as caught:
        write_pdf(realistic_plan, catalog, out, options=COMPLETE)
    assert str(caught.value) == f"Could not save {out} because the folder does not exist."


def test_roles_the_map_does_not_know_are_named_not_fatal(qapp, catalog):
    plan = Plan(profile=Profile(current_role="acme-pm", target_role="cpo"))
    text = text_of(
        render_pdf(build_report(plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4)[0]
    )
    assert shows(text, "acme-pm (not on this career map)")
    assert shows(text, "Chief Product Officer")


def test_overdue_items_are_marked(qapp, realistic_plan, catalog):
    realistic_plan.goals = [
        g.model_copy(update={"due": TODAY - timedelta(days=3)}) for g in realistic_plan.goals[:1]
    ]
    text = text_of(
        render_pdf(
            build_report(realistic_plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4
        )[0]
    )
    assert shows(text, "7 Mar 2026overdue")  # in the goals table
    flat = squash(text)
    listed = flat.index(squash("7 Mar 2026Goal dueProduct analytics course"))
    assert flat.index("Overdue") < listed < flat.index("Comingup")


def test_a_stale_quiz_result_prints_its_stored_ranking(qapp, catalog):
    """Answers the current quiz no longer has are not re-scored; the stored result shows."""
    from pmplanner.core.plan import QuizResult, TrackScore

    stale = QuizResult(
        answers={"a-question-since-removed": "yes"},
        ranking=[TrackScore(track="ux", score=61), TrackScore(track="technical", score=58)],
        verdict="close",
    )
    plan = Plan(quiz_results=[stale])
    text = text_of(
        render_pdf(build_report(plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4)[0]
    )
    ux, technical = catalog.track("ux").name, catalog.track("technical").name
    assert shows(text, f"A near tie: {ux} and {technical}")  # the results page's headline
    assert shows(text, f"{ux}: 61 of 100; {technical}: 58 of 100")
    assert not shows(text, "Why ")  # no reasons without answers to explain


def test_the_latest_quiz_is_the_one_printed(qapp, catalog, quiz_result):
    from pmplanner.core.plan import QuizResult, TrackScore

    older = QuizResult(
        taken=quiz_result.taken - timedelta(days=30),
        ranking=[TrackScore(track="ux", score=10)],
        verdict="flat",
    )
    plan = Plan(quiz_results=[quiz_result, older])  # the list order is not the date order
    text = text_of(
        render_pdf(build_report(plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4)[0]
    )
    from pmplanner.wording.formats import format_date

    taken = format_date(quiz_result.taken.astimezone().date())
    assert shows(text, f"Taken on {taken}.")
    assert not shows(text, "do not point to one track")


def test_no_heading_is_left_at_the_foot_of_a_page(qapp, catalog, realistic_plan):
    """Whatever the plan's length, a heading starts a page or has room below it."""
    from pmplanner.report.paginate import ROOM_SHARE

    stranded = []
    for extra in range(0, 24, 3):
        plan = realistic_plan.model_copy(deep=True)
        plan.goals += [Goal(title=f"Extra {i}", notes="A note. " * 10) for i in range(extra)]
        document = build_report(plan, catalog, today=TODAY, options=COMPLETE)
        render_pdf(document, "x", PageId.Letter)
        height = document.pageSize().height()
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level >= 2:
                top = document.documentLayout().blockBoundingRect(block).top() % height
                if top > height * (1 - ROOM_SHARE * (2 if level == 2 else 1)):
                    stranded.append((extra, block.text()))
            block = block.next()
    assert stranded == []


def test_paging_again_for_another_paper_starts_afresh(qapp, catalog, realistic_plan):
    """A print preview pages one document for A4, then Letter: the same as fresh ones."""
    plan = realistic_plan.model_copy(deep=True)
    plan.goals += [Goal(title=f"Extra {i}", notes="A note. " * 10) for i in range(12)]
    reused = build_report(plan, catalog, today=TODAY, options=COMPLETE)
    for size in (PageId.A4, PageId.Letter, PageId.A4):
        _data, pages = render_pdf(reused, "x", size)
        fresh = render_pdf(build_report(plan, catalog, today=TODAY, options=COMPLETE), "x", size)[1]
        assert pages == fresh


def test_a_long_table_repeats_its_header_on_every_page(qapp, catalog):
    plan = Plan(
        goals=[
            Goal(kind=GoalKind.BOOK, title=f"Book {i}", notes="Chapter notes. " * 20)
            for i in range(80)
        ]
    )
    data, _ = render_pdf(build_report(plan, catalog, today=TODAY, options=COMPLETE), "x", PageId.A4)
    pages = [page.extract_text() for page in reader(data).pages]
    with_books = [text for text in pages if shows(text, "Chapter notes.")]
    assert len(with_books) >= 4
    for text in with_books:
        assert shows(text, "GoalStatusProgressDue")
