"""The promotion case PDF, read back: each target skill with its rating, trend and evidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmplanner.cli import main
from pmplanner.core.checkins import CheckIn, Evidence
from pmplanner.core.plan import Goal, GoalStatus, Plan, Profile
from pmplanner.report.errors import ReportError
from pmplanner.report.promotion_case import case_html, write_case_pdf
from pmplanner.storage.content import load_builtin_content
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.plan import clock
from pmplanner.wording.formats import Formats

from .pdf_text import squash, text_of

HOSTILE = '<img src="file:///etc/passwd"> & <b>bold</b>'


def case_plan() -> Plan:
    return Plan(
        profile=Profile(name="Amara <Okafor>", target_role="senior-pm"),
        skill_ratings={"communication": 4, "accountability": 2},
        goals=[
            Goal(title="Own the Q3 launch", skills=["accountability"]),
            Goal(title="Done thing", skills=["accountability"], status=GoalStatus.DONE),
        ],
        checkins=[
            CheckIn(
                day=date(2026, 1, 5), expected={"communication": 4}, ratings={"communication": 2}
            ),
            CheckIn(
                day=date(2026, 3, 5), expected={"communication": 4}, ratings={"communication": 3}
            ),
        ],
        evidence=[
            Evidence(
                day=date(2026, 2, 10),
                text="Presented the roadmap to the board " + HOSTILE,
                link="https://wiki.example.org/roadmap",
                skills=["communication"],
            )
        ],
    )


@pytest.fixture(scope="module")
def catalog():
    return load_builtin_content()


def test_the_case_pdf_reads_back_with_evidence_trend_and_gap_goals(tmp_path, catalog):
    out = tmp_path / "case.pdf"
    pages = write_case_pdf(case_plan(), catalog, out, today=date(2026, 4, 1))
    assert pages >= 1
    text = squash(text_of(out))
    for shown in (
        "Promotioncase:SeniorProductManager",
        "Amara<Okafor>",
        "Communication",
        "up2levelssince5Jan2026",  # 2 at the first check-in, 4 now
        "Presentedtheroadmaptotheboard",
        squash(HOSTILE),  # the person's text printed as typed, never as markup
        "https://wiki.example.org/roadmap",
        "Accountability",
        "2levelsbelowtheexpectedlevel",
        "OwntheQ3launch",  # the open goal aimed at the gap
        "noearliercheck-intocomparewith",
    ):
        assert squash(shown) in text, shown
    assert "Donething" not in text  # only open goals are aimed at a gap


def test_the_html_escapes_every_text_and_loads_no_images(catalog):
    html = case_html(case_plan(), catalog, date(2026, 4, 1), Formats())
    assert "<img" not in html and "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert "&lt;Okafor&gt;" in html


def test_without_a_target_role_nothing_is_written(tmp_path, catalog):
    out = tmp_path / "case.pdf"
    out.write_bytes(b"earlier")
    with pytest.raises(ReportError) as caught:
        write_case_pdf(Plan(), catalog, out)
    assert str(out) in str(caught.value) and "no target role" in str(caught.value)
    assert out.read_bytes() == b"earlier"


def test_pmplanner_export_case_from_the_command_line(tmp_path, capsys):
    plan_file = tmp_path / "plan.json"
    plan_file.write_bytes(serialize_plan(case_plan()))
    out = tmp_path / "case.pdf"
    assert main(["export-case", str(out), "--plan", str(plan_file)]) == 0
    assert "Saved the promotion case to" in capsys.readouterr().out
    assert "Presentedtheroadmaptotheboard" in squash(text_of(out))


def test_file_export_promotion_case_from_the_window(open_main_window, tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2026, 4, 1))
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(serialize_plan(case_plan()))
    window = open_main_window(data_dir)
    out = tmp_path / "mine.pdf"
    asked = []

    def save_dialog(parent, caption, start, filters, selected=None, *rest):
        asked.append((caption, Path(start).name))
        return str(out), selected

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(str(a)))
    window.export_case_action.trigger()
    assert asked and asked[0][0] == "Export Promotion Case"
    assert "promotion case" in asked[0][1]
    text = squash(text_of(out))
    assert "up2levelssince5Jan2026" in text and "Presentedtheroadmap" in text
    # as with the plan's PDF: the status bar says where, with Open and Show in Folder
    from pmplanner.ui.export_done import ExportDone

    assert str(out) in window.statusBar().currentMessage()
    assert window.statusBar().findChildren(ExportDone)
