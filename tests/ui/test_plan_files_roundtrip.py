"""File > Export Plan JSON… and Open Plan…: an exact round trip through the menus."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmplanner.core.plan import (
    Contact,
    Goal,
    GoalKind,
    GoalStatus,
    Plan,
    Profile,
    QuizResult,
    TrackScore,
)
from pmplanner.storage.plan_store import load_plan_file, serialize_plan

Button = QMessageBox.StandardButton


def rich_plan(catalog) -> Plan:
    """Every field set, every kind and status, text in several scripts."""
    from pmplanner.core.quiz import score_answers, to_result

    answers = {}
    for question in catalog.quiz.questions():
        if question.kind.value == "scale":
            answers[question.id] = 2
        elif question.kind.value == "choice":
            answers[question.id] = question.options[0].id
        else:
            answers[question.id] = [o.id for o in question.options[:2]]
    taken = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
    result = to_result(score_answers(catalog.quiz, catalog, answers), answers, taken=taken)
    goals = [
        Goal(
            kind=kind,
            title=f"{kind.value}: Überblick 中文 مرحبا 😀 <b>&amp;</b>",
            notes="Line one\nLine two\twith a tab\n" + "long " * 400,
            link=f"https://example.org/{kind.value}?q=1&r=2",
            due=date(2026, 1 + i % 12, 1 + i),
            status=list(GoalStatus)[i % 4],
            progress=(i * 17) % 101,
            skills=["communication", "analytics"][: i % 3],
            created=datetime(2025, 12, 1 + i, 8, 30, tzinfo=UTC),
            completed=datetime(2026, 1, 2, tzinfo=UTC) if i % 4 == 2 else None,
        )
        for i, kind in enumerate(GoalKind)
    ]
    return Plan(
        profile=Profile(
            name="Zoë O'Brien-Nakamura 😀",
            background=catalog.backgrounds[0].id,
            current_role="pm",
            target_role="vp-product",
            target_date=date(2029, 12, 31),
        ),
        goals=goals,
        contacts=[
            Contact(
                name="José 山田",
                how_met="Konferenz in München",
                notes="Prefers e-mail; 'quotes' and \"double quotes\"",
                last_contact=date(2026, 1, 5),
                next_follow_up=date(2026, 4, 1),
            ),
            Contact(name="No dates"),
        ],
        skill_ratings={"communication": 5, "analytics": 0, "strategy": 3},
        quiz_results=[
            QuizResult(
                taken=datetime(2025, 6, 1, tzinfo=UTC),
                answers={"old": "answer"},
                ranking=[TrackScore(track="ux", score=12.5)],
                recommended_role=None,
            ),
            result,
        ],
    )


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def test_export_and_import_round_trip_exactly(
    open_main_window, data_dir, tmp_path, catalog, monkeypatch
):
    plan = rich_plan(catalog)
    (data_dir / "plan.json").write_bytes(serialize_plan(plan))
    window = open_main_window(data_dir)
    assert window.document.plan == plan

    exported = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    window.export_action.trigger()
    assert exported.read_bytes() == serialize_plan(plan)
    assert load_plan_file(exported) == plan

    # another plan takes its place; importing asks first, and No changes nothing
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    window.new_action.trigger()
    window.document.add_goals([Goal(title="In the way")])
    asked = []

    def answer(answer_with):
        def question(parent, title, text, *rest):
            asked.append(title)
            return answer_with

        return question

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    monkeypatch.setattr(QMessageBox, "question", answer(Button.Cancel))
    window.open_action.trigger()
    assert asked == ["Replace your plan?"]
    assert [g.title for g in window.document.plan.goals] == ["In the way"]

    monkeypatch.setattr(QMessageBox, "question", answer(Button.Yes))
    window.open_action.trigger()
    assert window.document.plan == plan
    assert (data_dir / "plan.json").read_bytes() == exported.read_bytes()
    # the plan it replaced is kept in the backups
    backups = [load_plan_file(p) for p in window.document.store.backups()]
    assert any([g.title for g in b.goals] == ["In the way"] for b in backups)

    # and exporting again gives the very same bytes
    again = tmp_path / "again.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(again), ""))
    window.export_action.trigger()
    assert again.read_bytes() == exported.read_bytes()


def test_import_validates_before_asking(open_main_window, data_dir, tmp_path, catalog, monkeypatch):
    (data_dir / "plan.json").write_bytes(serialize_plan(rich_plan(catalog)))
    window = open_main_window(data_dir)
    before = window.document.plan.model_copy(deep=True)
    broken = tmp_path / "broken.json"
    data = json.loads(serialize_plan(before))
    data["goals"][3]["progress"] = 900
    broken.write_text(json.dumps(data))
    asked, warned = [], []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or Button.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[1]))
    window.open_action.trigger()
    assert warned == ["This plan cannot be opened"] and asked == []  # refused before asking
    assert window.document.plan == before
