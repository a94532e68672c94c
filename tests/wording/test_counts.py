"""Counted phrases: lupdate marks every one numerus, and a real translation picks its form by n.

The pinned pyside6-lupdate marks a message numerus="yes" for ``self.tr(text,
"", n)`` but not for ``QCoreApplication.translate(ctx, text, None, n)`` with a
variable ``n`` (it is extracted as a plain message, so a translator is never
offered the plural forms). The whole package is scanned: a text with a count
in it (``{n}``, ``%n`` or ``%Ln``) must come out numerus.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication

import pmplanner
from pmplanner.core.plan import Goal, Plan
from pmplanner.report.pdf import pdf_bytes
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.summary_view import SummaryView
from pmplanner.wording import counts
from tests.report.pdf_text import shows, text_of

PACKAGE = Path(pmplanner.__file__).parent
TOOLS = Path(sys.executable).parent
COUNT = re.compile(r"\{n\}|%L?n")
TODAY = date(2026, 3, 10)


def lupdate(sources: list[Path], ts: Path) -> ET.Element:
    done = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *map(str, sources), "-ts", str(ts)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return ET.parse(ts).getroot()


def messages(root: ET.Element) -> list[tuple[str, str, bool]]:
    """(context, source, numerus) for every message lupdate found."""
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message.findtext("source"), message.get("numerus") == "yes"))
    return found


def test_lupdate_marks_every_count_numerus(tmp_path):
    found = messages(lupdate(sorted(PACKAGE.rglob("*.py")), tmp_path / "all.ts"))
    assert len(found) > 300  # it read the whole package
    plain_counts = [(c, s) for c, s, numerus in found if COUNT.search(s) and not numerus]
    assert plain_counts == []
    numerus = {(c, s) for c, s, is_numerus in found if is_numerus}
    for source in ("{n} move", "{n} moves", "{n} contacts", "{n} goals", "{low}–{n} years"):
        assert ("Counts", source) in numerus, source


def test_the_probe_shows_what_lupdate_misses(tmp_path):
    """Why counts are worded with self.tr: the other form is extracted as a plain message."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "def a(n):\n"
        "    return QCoreApplication.translate('Probe', '%Ln things', None, n)\n"
        "class Probe(QObject):\n"
        "    def b(self, n):\n"
        "        return self.tr('{n} items', '', n)\n",
        encoding="utf-8",
    )
    found = {s: numerus for _c, s, numerus in messages(lupdate([probe], tmp_path / "p.ts"))}
    assert found == {"%Ln things": False, "{n} items": True}


# -- a real translation with three plural forms -------------------------------------

RUSSIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>Counts</name>
<message numerus="yes"><source>{n} goal</source><translation>
<numerusform>{n} цель</numerusform><numerusform>{n} цели</numerusform>
<numerusform>{n} целей</numerusform></translation></message>
<message numerus="yes"><source>{n} goals</source><translation>
<numerusform>{n} цель</numerusform><numerusform>{n} цели</numerusform>
<numerusform>{n} целей</numerusform></translation></message>
<message numerus="yes"><source>{n} goals overdue</source><translation>
<numerusform>{n} цель просрочена</numerusform><numerusform>{n} цели просрочены</numerusform>
<numerusform>{n} целей просрочено</numerusform></translation></message>
</context>
</TS>
"""


@pytest.fixture
def russian(qapp, tmp_path):
    ts, qm = tmp_path / "pmplanner_ru.ts", tmp_path / "pmplanner_ru.qm"
    ts.write_text(RUSSIAN, encoding="utf-8")
    done = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and qm.is_file(), done.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    QApplication.instance().installTranslator(translator)
    yield translator
    QApplication.instance().removeTranslator(translator)
    QLocale.setDefault(before)


def test_a_translation_picks_its_plural_form_by_the_count(russian):
    forms = {n: counts.goals(n) for n in (1, 3, 5, 11, 21, 22)}
    assert forms == {
        1: "1 цель",
        3: "3 цели",
        5: "5 целей",
        11: "11 целей",
        21: "21 цель",
        22: "22 цели",
    }


def test_the_forms_show_on_screen_and_in_print(
    russian, qapp, qtbot, tmp_path, catalog, monkeypatch, plan_document
):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    late = TODAY - timedelta(days=2)
    plan = Plan(goals=[Goal(title=f"Goal {i}", due=late) for i in range(22)])
    data, _pages = pdf_bytes(plan, catalog, page_size=QPageSize.PageSizeId.A4, today=TODAY)
    assert shows(text_of(data), "22 цели просрочены")  # page one's goals line
    document = plan_document(plan, catalog)
    summary = SummaryView(document)
    qtbot.addWidget(summary)
    assert summary.overdue_label.text() == "22 цели просрочены"
