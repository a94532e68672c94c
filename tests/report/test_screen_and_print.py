"""The window and the printed plan write the same value the same way, in every locale.

A goal's due date, progress and status as the goals table shows them
(DisplayRole) are read back from the PDF's text as the same strings, for a
few locales; the title page's date is the tables' date form. Counts read
"1 move", "1 contact", never "1 moves", on screen and in print, and every
count reaches the translator with its number, so a translation picks its
plural form by it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan
from pmplanner.report.options import options_for
from pmplanner.report.pdf import pdf_bytes
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.models import goals_model
from pmplanner.ui.plan.summary_view import SummaryView
from pmplanner.wording.formats import format_date

from .conftest import TODAY
from .pdf_text import shows, text_of

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ja_JP"]
A4 = QPageSize.PageSizeId.A4


@pytest.fixture
def locale_named(request):
    before = QLocale()
    locale = QLocale(request.param)
    QLocale.setDefault(locale)
    yield locale
    QLocale.setDefault(before)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def document_for(plan_document):
    return lambda plan, catalog, _tmp_path: plan_document(plan.model_copy(deep=True), catalog)


def printed(plan: Plan, catalog, locale: QLocale | None = None) -> str:
    data, _pages = pdf_bytes(
        plan, catalog, page_size=A4, today=TODAY, locale=locale, options=options_for("complete")
    )
    return text_of(data)


@pytest.mark.parametrize("locale_named", LOCALES, indirect=True)
def test_a_goal_reads_the_same_on_screen_and_in_print(
    qapp, qtbot, tmp_path, catalog, realistic_plan, today, locale_named, document_for
):
    document = document_for(realistic_plan, catalog, tmp_path)
    model = goals_model(document)
    titles = [g.title for g in document.plan.goals]
    row = titles.index("Product analytics course")
    shown = {
        field: model.index(row, model.column_of(field)).data(Qt.ItemDataRole.DisplayRole)
        for field in ("status", "progress", "due")
    }
    assert "2026" in shown["due"]  # the whole year, in every locale
    assert "40" in shown["progress"]
    text = printed(realistic_plan, catalog, locale_named)
    # the goal's row in the PDF: status, progress and due date, cell after cell
    assert shows(text, shown["status"] + shown["progress"] + shown["due"]), shown
    # headings use the tables' date form: the title page's date is today's short date
    assert shows(text, "Printed on " + format_date(TODAY))
    deadline_row = format_date(date(2026, 3, 20)) + "Goal dueMonthly product meetup"
    assert shows(text, deadline_row)


@pytest.mark.parametrize("locale_named", ["de_DE", "fr_FR"], indirect=True)
def test_a_fractional_number_reads_the_same_on_the_map_and_in_print(
    qapp, catalog, realistic_plan, locale_named
):
    from pmplanner.wording import counts

    route = catalog.fastest_path("pm", "director-product")
    years = counts.years(route.years)
    assert not float(route.years).is_integer() and "," in years  # 6,5 years
    assert shows(printed(realistic_plan, catalog, locale_named), f"about {years} in all")


def one_of_each(catalog) -> Plan:
    plan = Plan()
    plan.profile.current_role = "pm"
    move = next(iter(catalog.next_steps("pm")))
    plan.profile.target_role = move.to_role
    plan.profile.target_date = TODAY + timedelta(days=1)
    plan.goals = [Goal(title="Read a book", due=TODAY - timedelta(days=1))]
    plan.contacts = [Contact(name="Ada", next_follow_up=TODAY - timedelta(days=1))]
    return plan


def test_one_of_a_thing_is_singular_on_screen_and_in_print(
    qapp, qtbot, tmp_path, catalog, today, document_for
):
    plan = one_of_each(catalog)
    assert catalog.fastest_path("pm", plan.profile.target_role).steps == 1
    text = printed(plan, catalog)
    for wrong in ("1 moves", "1 goals", "1 contacts", "1 deadlines", "1 days"):
        assert not shows(text, wrong), wrong
    assert shows(text, "0 of 1 goal done; 1 open; 1 goal overdue.")
    assert shows(text, ": 1 move, usually about")
    assert shows(text, "Overdue: 1 deadline.") is False  # two: the goal and the follow-up
    assert shows(text, "Overdue: 2 deadlines.")
    assert shows(text, "(1 day to your target date)")
    summary = SummaryView(document_for(plan, catalog, tmp_path))
    qtbot.addWidget(summary)
    assert summary.overdue_label.text() == "1 goal overdue"
    assert summary.follow_ups_label.text() == "1 follow-up due"
    assert summary.target_label.text() == "1 day to your target date"
    assert summary.goals_label.text() == "0 of 1 goal done"


class CountingTranslator(QTranslator):
    """Answers every text marked, a count's text with the count it was asked for."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        return f"⟪{source}|n={n}⟫" if n >= 0 else f"⟪{source}⟫"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def counting(qapp):
    translator = CountingTranslator()
    QApplication.instance().installTranslator(translator)
    yield translator
    QApplication.instance().removeTranslator(translator)


def test_counts_reach_the_translator_with_their_number(
    qapp, qtbot, tmp_path, catalog, today, counting, document_for
):
    plan = one_of_each(catalog)
    plan.goals.append(Goal(title="Second", status=GoalStatus.DONE))
    plan.contacts += [Contact(name="Bo"), Contact(name="Cy")]
    text = printed(plan, catalog)
    assert shows(text, "⟪1 of 2 goals done|n=2⟫")
    assert shows(text, "⟪2 deadlines|n=2⟫")
    assert shows(text, "⟪1 move|n=1⟫")
    assert shows(text, "⟪1 day to your target date|n=1⟫")
    summary = SummaryView(document_for(plan, catalog, tmp_path))
    qtbot.addWidget(summary)
    assert summary.goals_label.text() == "⟪1 of 2 goals done|n=2⟫"
    assert summary.overdue_label.text() == "⟪1 goal overdue|n=1⟫"


def test_a_move_has_one_name_on_the_map_and_in_print(qapp, catalog):
    """Each kind of move reads the same in the map's legend and in the PDF's route table."""
    from pmplanner.drawing.legend import _columns
    from pmplanner.wording.labels import move_kind_label

    legend = {label for column in _columns(catalog, False) for _kind, label, _d in column}
    printed_kinds = set()
    for move in catalog.transitions:
        if move.kind in printed_kinds:
            continue
        route = catalog.fastest_path(move.from_role, move.to_role)
        if route is None or route.steps != 1 or route.transitions[0].kind is not move.kind:
            continue
        plan = Plan()
        plan.profile.current_role, plan.profile.target_role = move.from_role, move.to_role
        name = move_kind_label(move.kind)
        to = catalog.role(move.to_role).title
        assert name in legend
        assert shows(printed(plan, catalog), f"{to}{name}"), name  # the route table's row
        printed_kinds.add(move.kind)
    assert len(printed_kinds) == 3  # promotion, branch and lateral move
