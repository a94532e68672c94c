"""The skills table of the printed plan: the role's key skills beside the person's rating.

A skill not rated yet says so, in the gap column too: it is not counted as 0.
"Met" and the gap are words and numbers, never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.report import html_parts as h
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc
from pmplanner.wording.formats import Formats
from pmplanner.wording.labels import skill_level_name


def level_text(level: int, f: Formats) -> str:
    name = skill_level_name(level)
    return f"{f.number(level)} \u2013 {name}" if name else f.number(level)


def skills_section(data: ReportData, f: Formats) -> str:
    role = data.skills_role
    title = (
        QCoreApplication.translate("Report", "Skills")
        if role is None
        else QCoreApplication.translate("Report", "Skills for {role}").format(role=role.title)
    )
    out = h.heading(title)
    if not data.skills:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "Choose a target role to see its key skills next to your own rating."
                )
            )
        )
    not_rated = QCoreApplication.translate("Report", "Not rated yet")
    rows = []
    for row in data.skills:
        rating = level_text(row.rating, f) if row.rating is not None else not_rated
        if role is None:
            expected, gap = "", ""
        else:
            expected = level_text(row.expected, f)
            if row.rating is None:
                gap = QCoreApplication.translate("Report", "not rated")
            elif row.gap == 0:
                gap = "\u2713 " + QCoreApplication.translate("Report", "Met")
            else:
                gap = "\u2212" + f.number(row.gap)
        rows.append([esc(row.name), esc(rating), esc(expected), esc(gap)])
    return out + h.table(
        [
            (QCoreApplication.translate("Report", "Skill"), 40),
            (QCoreApplication.translate("Report", "Your rating"), 22),
            (QCoreApplication.translate("Report", "Expected"), 22),
            (QCoreApplication.translate("Report", "Gap"), 16),
        ],
        rows,
    )
