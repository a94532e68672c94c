"""The printed plan's sections: one registry, in print order, each with its title and builder.

A section is a key (``report.options.SECTION_KEYS``: the names the command
line, the dialogs and window.ini use), a title for the export dialog, and a
function of the report's parts that returns its HTML. A new section is one
more ``Section`` here and its key in ``options.SECTION_KEYS``; the dialog and
``--sections`` offer it from there. A section with nothing to show (progress
without check-ins, evidence without entries) returns "" unless ``say_none``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from pmplanner.report import html_parts as h
from pmplanner.report.html_parts import Picture
from pmplanner.report.lists_html import contacts_section, deadlines_section, goals_section
from pmplanner.report.notes_html import route_notes, route_role_ids, skill_notes
from pmplanner.report.options import SECTION_KEYS, ReportOptions
from pmplanner.report.progress_html import evidence_section, progress_section
from pmplanner.report.quiz_html import quiz_section
from pmplanner.report.report_data import ReportData
from pmplanner.report.route_html import route_section
from pmplanner.report.safe import esc
from pmplanner.report.skills_html import skills_section
from pmplanner.report.summary_html import summary_page
from pmplanner.wording.formats import Formats


@dataclass(frozen=True)
class Parts:
    """What a section builder may use."""

    data: ReportData
    f: Formats
    options: ReportOptions
    pictures: dict[str, Picture]
    say_none: bool = False  # every chosen section came out empty: say so instead


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]  # translated when asked (the language may change)
    build: Callable[[Parts], str]


def _map(parts: Parts) -> str:
    out = h.heading(QCoreApplication.translate("Report", "Career map"), new_page=True)
    picture = parts.pictures.get(h.MAP_PICTURE)
    if picture is None:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "Choose your current or target role to see them on the map."
                )
            )
        )
    return out + h.picture(picture)


SECTIONS: tuple[Section, ...] = (
    Section(
        "summary",
        lambda: QCoreApplication.translate("Report", "Summary (page one)"),
        lambda p: summary_page(p.data, p.f, p.options),
    ),
    Section(
        "route",
        lambda: QCoreApplication.translate("Report", "Route"),
        lambda p: (
            route_section(p.data, p.f)
            + (route_notes(p.data, route_role_ids(p.data)) if p.options.complete else "")
        ),
    ),
    Section("map", lambda: QCoreApplication.translate("Report", "Career map"), _map),
    Section(
        "skills",
        lambda: QCoreApplication.translate("Report", "Skills"),
        lambda p: skills_section(p.data, p.f) + (skill_notes(p.data) if p.options.complete else ""),
    ),
    Section(
        "goals",
        lambda: QCoreApplication.translate("Report", "Goals"),
        lambda p: goals_section(p.data, p.f, p.options),
    ),
    Section(
        "progress",
        lambda: QCoreApplication.translate("Report", "Progress (check-ins)"),
        lambda p: progress_section(
            p.data, p.f, p.options, p.pictures.get(h.PROGRESS_PICTURE), p.say_none
        ),
    ),
    Section(
        "evidence",
        lambda: QCoreApplication.translate("Report", "Evidence"),
        lambda p: evidence_section(p.data, p.f, p.say_none),
    ),
    Section(
        "quiz",
        lambda: QCoreApplication.translate("Report", "Quiz result"),
        lambda p: quiz_section(
            p.data, p.pictures.get(h.QUIZ_PICTURE), p.f, answers=p.options.complete
        ),
    ),
    Section(
        "contacts",
        lambda: QCoreApplication.translate("Report", "Contacts"),
        lambda p: contacts_section(p.data, p.f),
    ),
    Section(
        "deadlines",
        lambda: QCoreApplication.translate("Report", "Deadlines"),
        lambda p: deadlines_section(p.data, p.f, p.options),
    ),
)
BY_KEY = {section.key: section for section in SECTIONS}
assert tuple(BY_KEY) == SECTION_KEYS, "every key in options.SECTION_KEYS has one Section here"


def section_title(key: str) -> str:
    return BY_KEY[key].title()
