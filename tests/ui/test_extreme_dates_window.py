"""The ends of the allowed date range, exported from the window (File > Export Deadlines…).

A 9999-12-31 due date used to pass `check`, and in the window Export Deadlines
did nothing and said nothing. Dates now lie in 1900-01-01..2200-12-31 and
the calendar export writes both ends.
"""

from __future__ import annotations

import json

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog


def test_export_deadlines_writes_the_first_and_the_last_allowed_day(
    open_main_window, tmp_path, monkeypatch
):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    plan = {
        "schema_version": 2,
        "goals": [
            {"title": "Earliest", "due": "1900-01-01", "created": "1900-01-01T00:00:00Z"},
            {"title": "Latest", "due": "2200-12-31", "created": "2200-12-31T23:59:59Z"},
        ],
        "contacts": [{"name": "Far", "next_follow_up": "2200-12-31"}],
    }
    (data_dir / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    window = open_main_window(data_dir)
    assert [g.title for g in window.document.plan.goals] == ["Earliest", "Latest"]
    target = tmp_path / "edge.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Calendar (*.ics)")
    )
    window.export_deadlines_action.trigger()
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(e.decoded("DTSTART").isoformat() for e in events) == [
        "1900-01-01",
        "2200-12-31",
        "2200-12-31",
    ]
    assert f"Saved 3 deadlines to {target}" in window.statusBar().currentMessage()
