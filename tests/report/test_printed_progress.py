"""The living plan in print: page one's focus areas and trend, the progress and evidence."""

from __future__ import annotations

from datetime import date

import pytest

from pmplanner.cli import main
from pmplanner.core.checkins import CheckIn, Evidence, FocusSkill
from pmplanner.core.plan import Plan
from pmplanner.report.options import COMPLETE, PRESETS, SHARE, options_for
from pmplanner.report.pdf import pdf_bytes
from pmplanner.storage.plan_format import serialize_plan

from .pdf_text import reader, shows, squash, text_of
from .printed import TODAY, engineer_plan

TPM_EXPECTS = {"technical-fluency": 4, "prioritisation": 3, "communication": 3, "user-empathy": 2}
REFLECTION = "Privately: I felt stuck in January"


def living_plan() -> Plan:
    """The engineer aiming for Technical PM, with two check-ins and two pieces of evidence."""
    plan = engineer_plan()
    course = plan.goals[0]  # "Product analytics course"
    plan.checkins = [
        CheckIn(
            day=date(2026, 3, 1),  # recorded second, the later day: the latest
            target_role="tpm",
            target_title="Technical PM",
            expected=TPM_EXPECTS,
            ratings={"technical-fluency": 4, "communication": 3, "prioritisation": 1},
            wins="Shipped the API docs",
            focus=[
                FocusSkill(skill="prioritisation", goals=[course.id]),
                FocusSkill(skill="user-empathy"),
            ],
            reflection=REFLECTION,
        ),
        CheckIn(
            day=date(2026, 1, 15),
            target_role="tpm",
            target_title="Technical PM",
            expected=TPM_EXPECTS,
            ratings={"technical-fluency": 3, "communication": 3, "prioritisation": 2},
        ),
    ]
    plan.evidence = [
        Evidence(
            day=date(2026, 2, 20),
            text="Ran the <b>quarterly</b> planning for two teams",
            skills=["prioritisation", "stakeholder-management"],
            goal=course.id,
        ),
        Evidence(
            day=date(2026, 3, 5),
            text="Wrote the API migration guide",
            link="https://wiki.example.org/migration",
            skills=["technical-fluency"],
        ),
    ]
    return plan


def pdf_text(plan: Plan, catalog, preset: str = SHARE, sections=None) -> tuple[str, str]:
    """(page one's text, the whole text)."""
    data, _pages = pdf_bytes(plan, catalog, today=TODAY, options=options_for(preset, sections))
    return reader(data).pages[0].extract_text(), text_of(data)


def test_page_one_names_the_focus_areas_and_the_trend(qapp, catalog):
    page, _text = pdf_text(living_plan(), catalog)
    for expected in (
        "Focus areas",
        "Roadmapping and prioritisation: Product analytics course",
        "Empathy for users (no goal aimed at it yet)",
        "Chosen at the check-in of 1 Mar 2026.",
        "Trend",
        # 15 Jan: fluency 3 < 4, communication met; 1 Mar: fluency and communication met
        "Readiness 25 % on 15 Jan 2026, 50 % on 1 Mar 2026.",
        "Rose: Technical fluency 3 → 4",
        "Fell: Roadmapping and prioritisation 2 → 1",
    ):
        assert shows(page, expected), expected
    assert not shows(page, REFLECTION)


def test_one_check_in_says_so_and_a_plan_without_prints_as_before(qapp, catalog):
    plan = living_plan()
    plan.checkins = plan.checkins[:1]
    page, _text = pdf_text(plan, catalog)
    assert shows(page, "One check-in so far, on 1 Mar 2026: readiness 50 %.")
    assert not shows(page, "Rose:")

    without = engineer_plan()
    page, text = pdf_text(without, catalog, COMPLETE)
    for absent in ("Focus areas", "Trend", "What changed", "Evidence", "check-in"):
        assert not shows(text, absent), absent


@pytest.mark.parametrize("preset", [SHARE, COMPLETE])
def test_progress_and_evidence_in_each_preset(qapp, catalog, preset):
    assert {"progress", "evidence"} <= set(PRESETS[preset])
    _page, text = pdf_text(living_plan(), catalog, preset)
    for expected in (
        "Progress",
        "2 check-ins since 15 Jan 2026.",
        "What changed",
        "Shipped the API docs",
        "First check-in",
        "Evidence",
        "2 pieces of evidence.",
        "Ran the <b>quarterly</b> planning for two teams",  # as typed, never markup
        "For: Product analytics course",
        "Roadmapping and prioritisation, Stakeholder management",
        "https://wiki.example.org/migration",
    ):
        assert shows(text, expected), expected
    # the newest check-in first
    flat = squash(text)
    table = flat.index("Whatchanged")
    assert flat.index("1Mar2026", table) < flat.index("15Jan2026", table)
    # the reflection is the person's private note: only the complete plan prints it
    assert shows(text, REFLECTION) is (preset == COMPLETE)


def test_each_section_alone_and_left_out(qapp, catalog):
    plan = living_plan()
    _page, text = pdf_text(plan, catalog, sections=("evidence",))
    assert shows(text, "Wrote the API migration guide") and not shows(text, "What changed")
    _page, text = pdf_text(plan, catalog, sections=("summary", "goals", "deadlines"))
    assert shows(text, "Focus areas")  # page one keeps its trend
    assert not shows(text, "What changed") and not shows(text, "Wrote the API migration")


def test_a_chosen_section_with_nothing_in_it_says_so(qapp, catalog):
    _page, text = pdf_text(engineer_plan(), catalog, sections=("progress", "evidence"))
    assert shows(text, "No check-ins yet.") and shows(text, "No evidence recorded yet.")


def test_the_command_line_offers_the_new_sections(tmp_path, capsys):
    plan_path = tmp_path / "plan.json"
    plan_path.write_bytes(serialize_plan(living_plan()))
    out = tmp_path / "progress.pdf"
    code = main(["export-pdf", str(out), "--plan", str(plan_path), "--sections", "progress"])
    assert code == 0, capsys.readouterr().err
    text = text_of(out)
    assert shows(text, "Shipped the API docs") and not shows(text, "Focus areas")


def test_the_dialog_offers_progress_and_evidence_and_a_click_leaves_one_out(
    qtbot, open_main_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QPoint, Qt

    from pmplanner.ui.report_options import ReportOptionsDialog

    from .test_export_options import Include, export
    from .test_report_actions import with_plan

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = open_main_window(with_plan(data_dir, living_plan()))

    def clear_evidence(dialog):
        dialog.show()  # as exec() would
        qtbot.waitExposed(dialog)
        for key, title in (("progress", "Progress (check-ins)"), ("evidence", "Evidence")):
            assert dialog.boxes[key].text() == title and dialog.boxes[key].isChecked()
        assert "reflections" in dialog.preset_note.text()
        box = dialog.boxes["evidence"]
        on_the_mark = QPoint(box.height() // 2, box.height() // 2)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_mark)

    include = Include(clear_evidence)
    export(window, monkeypatch, tmp_path / "no evidence.pdf", include)
    qtbot.waitUntil(lambda: not window.findChildren(ReportOptionsDialog))
    assert "progress" in include.seen[0][1]
    text = text_of(tmp_path / "no evidence.pdf")
    assert shows(text, "Shipped the API docs")  # progress
    assert not shows(text, "Wrote the API migration guide")  # evidence left out


def test_readiness_over_the_check_ins_is_drawn_from_two_on(qapp, catalog):
    from PySide6.QtGui import QTextDocument

    from pmplanner.report.html_parts import PROGRESS_PICTURE
    from pmplanner.report.pdf import build_report

    def chart_of(plan):
        document = build_report(plan, catalog, today=TODAY, options=options_for(SHARE))
        if PROGRESS_PICTURE not in document.allowed:
            return None
        assert f'src="{PROGRESS_PICTURE}"' in document.source_html  # the page shows it
        return document.loadResource(QTextDocument.ResourceType.ImageResource, PROGRESS_PICTURE)

    chart = chart_of(living_plan())
    assert chart is not None
    dark = sum(
        1
        for y in range(0, chart.height(), 3)
        for x in range(0, chart.width(), 3)
        if chart.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100  # the line, its points and their labels, not a blank picture
    one = living_plan()
    one.checkins = one.checkins[:1]
    assert chart_of(one) is None and chart_of(engineer_plan()) is None
    _page, text = pdf_text(living_plan(), catalog)
    assert shows(text, "Readiness at each check-in")


def test_the_old_share_choice_remembered_gains_progress_and_evidence(tmp_path):
    from PySide6.QtCore import QSettings

    from pmplanner.ui.report_options import remembered_options

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("reports/preset", "share")
    settings.setValue("reports/sections", "summary,route,skills,goals,deadlines")
    assert remembered_options(settings) == ("share", PRESETS[SHARE])
    settings.setValue("reports/sections", "summary,goals")  # a choice of one's own stays
    assert remembered_options(settings) == ("share", ("summary", "goals"))
