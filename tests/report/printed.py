"""Plans and helpers for the printed-plan tests: an engineer aiming for Technical PM, a big plan."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtGui import QImage

from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus, Plan, Profile

from .conftest import make_realistic_plan
from .pdf_text import reader

TODAY = date(2026, 3, 10)


def engineer_plan(quiz_result=None) -> Plan:
    plan = make_realistic_plan(quiz_result)
    plan.profile = Profile(
        name="Sam Rivera",
        current_role="software-engineer",
        target_role="tpm",
        target_date=date(2027, 1, 31),
    )
    plan.skill_ratings = {"communication": 3, "technical-fluency": 4, "prioritisation": 1}
    return plan


def big_plan(goals: int = 200, contacts: int = 40) -> Plan:
    statuses = (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS, GoalStatus.DONE, GoalStatus.DROPPED)
    kinds = (GoalKind.COURSE, GoalKind.BOOK, GoalKind.MEETUP, GoalKind.MENTOR)
    return Plan(
        profile=Profile(
            name="Big Plan",
            current_role="pm",
            target_role="director-product",
            target_date=date(2028, 6, 1),
        ),
        goals=[
            Goal(
                kind=kinds[i % 4],
                title=f"Goal number {i}: learn something useful about product work",
                notes="Notes about this goal. " * (i % 5),
                link=f"https://example.org/{i}" if i % 3 == 0 else "",
                due=TODAY + timedelta(days=i % 300) if i % 4 else None,
                status=statuses[i % 4],
                progress=(i * 7) % 101,
            )
            for i in range(goals)
        ],
        contacts=[
            Contact(
                name=f"Contact {i}",
                how_met="A meetup",
                notes="Private notes " * 5,
                next_follow_up=TODAY + timedelta(days=i),
            )
            for i in range(contacts)
        ],
        skill_ratings={"communication": 3, "analytics": 2},
    )


def page_images(pdf: Path, out: Path, dpi: int = 60) -> list[QImage]:
    """Every page of ``pdf`` as an image, by poppler's pdftoppm."""
    prefix = out / "page"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    return [QImage(str(p)) for p in sorted(out.glob("page-*.png"))]


def text_sizes(pdf: Path | bytes, page: int) -> list[tuple[str, float]]:
    """(text, size in points) of each piece of text drawn on ``page``."""
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():  # NFKC: "ﬃ" read back as "ffi"
            found.append((unicodedata.normalize("NFKC", text), abs(size * tm[3] * cm[3])))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return found
