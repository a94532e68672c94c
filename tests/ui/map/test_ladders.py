"""An organisation's own ladder: imported, validated, chosen, switched back."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmplanner.paths import DATA_DIR_ENV
from pmplanner.storage import ladders
from pmplanner.storage.ladder_csv import template_csv
from tests.acme import acme_ladder


def rendered(message: str) -> str:
    """What a person reads in a message box showing ``message`` (file text is escaped)."""
    doc = QTextDocument()
    doc.setHtml(message)
    return doc.toPlainText()


LADDER = acme_ladder()


def _write(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _offer(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: warnings.append(a))
    return warnings


def import_through_the_button(qtbot, area) -> bool:
    """Click "Import ladder…" and wait for the import (it runs off the GUI thread)."""
    jobs = []
    real = area.import_ladder_dialog
    area.import_button.clicked.disconnect()
    area.import_button.clicked.connect(lambda: jobs.append(real()))
    qtbot.mouseClick(area.import_button, Qt.MouseButton.LeftButton)
    (job,) = jobs
    with qtbot.waitSignal(job.done, timeout=10_000) as blocker:
        pass
    return blocker.args[0]


def test_a_broken_ladder_is_refused_with_located_errors_and_nothing_changes(
    qtbot, area, document, tmp_path, monkeypatch, catalog, isolated_data_dir
):
    broken = json.loads(json.dumps(LADDER))
    broken["roles"][1]["track"] = "nowhere"
    broken["transitions"][0]["to_role"] = "ghost"
    warnings = _offer(monkeypatch, _write(tmp_path / "acme.json", broken))
    before = (area.catalog, area.content, area.ladder_combo.count())

    assert not import_through_the_button(qtbot, area)

    assert len(warnings) == 1
    text = rendered(warnings[0][2])
    assert "roles[1].track: unknown track 'nowhere'" in text
    assert "transitions[0].to_role: unknown role 'ghost'" in text
    assert (area.catalog, area.content, area.ladder_combo.count()) == before
    assert area.catalog is catalog and document.ladder is None
    assert ladders.imported_ladders(isolated_data_dir) == []
    assert document.undo_stack.count() == 0


def test_not_json_is_refused(qtbot, area, tmp_path, monkeypatch):
    path = tmp_path / "acme.json"
    path.write_text("{ not json", encoding="utf-8")
    warnings = _offer(monkeypatch, path)
    assert not import_through_the_button(qtbot, area)
    assert "line 1, column 3" in rendered(warnings[0][2])
    assert area.ladder_combo.count() == 1


def test_a_good_ladder_is_kept_shown_and_the_builtin_one_comes_back(
    qtbot, area, document, tmp_path, monkeypatch, catalog, isolated_data_dir
):
    source = _write(tmp_path / "acme.json", LADDER)
    warnings = _offer(monkeypatch, source)
    assert import_through_the_button(qtbot, area)

    assert warnings == []
    (kept,) = ladders.imported_ladders(isolated_data_dir)
    assert kept.path.read_bytes() == source.read_bytes()
    assert document.ladder is not None and document.ladder.id == kept.id
    assert area.ladder_combo.count() == 2
    assert area.ladder_combo.currentText() == kept.name
    assert {r.id for r in area.catalog.roles} == {"acme-pm", "acme-senior-pm"}
    assert set(area.content.layout.cards) == {"acme-pm", "acme-senior-pm"}
    assert area.track_filter.findData("product") > 0
    qtbot.keyClicks(area.search.edit, "acme")
    assert area.search.matches() == ["acme-pm", "acme-senior-pm"]

    area.ladder_combo.setCurrentIndex(0)
    assert document.ladder is None
    assert area.catalog is catalog
    assert len(area.content.layout.cards) == len(catalog.roles)
    document.undo_stack.undo()  # the switch back is one undo step
    assert document.ladder is not None and area.ladder_combo.currentIndex() == 1

    # importing the same file again keeps one copy
    assert import_through_the_button(qtbot, area)
    assert len(ladders.imported_ladders(isolated_data_dir)) == 1


def test_the_plan_marks_follow_the_chosen_ladder(qtbot, area, document, tmp_path, monkeypatch):
    document.set_profile_field("current_role", "pm")
    _offer(monkeypatch, _write(tmp_path / "acme.json", LADDER))
    assert import_through_the_button(qtbot, area)
    assert area.content.cards.current is None  # "pm" is not on Acme's ladder
    area.select_role("acme-pm")
    area.details.current_button.click()
    area.select_role("acme-senior-pm")
    area.details.target_button.click()
    assert area.shown_route.roles == ("acme-pm", "acme-senior-pm")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.plan.profile.current_role == "pm"


def test_switching_ladders_while_a_route_is_shown(qtbot, area, document, tmp_path, monkeypatch):
    """The KeyError of issue 10: the new ladder's route was drawn on the old scene."""
    document.set_profile_field("current_role", "apm")
    document.set_profile_field("target_role", "senior-pm")
    assert area.shown_route is not None
    _offer(monkeypatch, _write(tmp_path / "acme.json", LADDER))
    assert import_through_the_button(qtbot, area)
    document.set_profile_field("current_role", "acme-pm")
    document.set_profile_field("target_role", "acme-senior-pm")
    assert area.shown_route.roles == ("acme-pm", "acme-senior-pm")
    for _ in range(3):
        area.ladder_combo.setCurrentIndex(0)  # "Built-in ladder", as the README says
        assert area.content.catalog is document.catalog is area.catalog
        assert area.shown_route is None  # the Acme roles are not on it
        area.ladder_combo.setCurrentIndex(1)
        assert area.content.catalog is document.catalog
        assert area.shown_route.roles == ("acme-pm", "acme-senior-pm")
        assert area.content.cards.current == "acme-pm"
    # every step is undoable, and undo shows the ladder the plan had
    document.undo_stack.undo()
    assert document.ladder is None and area.ladder_combo.currentIndex() == 0
    assert area.content.catalog is document.catalog


IMPORT_AT_START = """
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from pmplanner import cli
from pmplanner.ui import app as app_module
from pmplanner.ui import ladder_actions


class ImportingWindow(app_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.map_ready.connect(self.import_it)

    def import_it(self):
        job = ladder_actions.import_ladder(self, self.document, Path(sys.argv[1]))
        job.done.connect(self.report)

    def report(self, used):
        print("imported" if used else "refused", flush=True)
        QTimer.singleShot(0, self.close)


app_module.MainWindow = ImportingWindow
sys.exit(cli.main(["--data-dir", sys.argv[2]]))
"""


def test_the_window_keeps_an_imported_ladder_in_the_data_dir_it_was_given(tmp_path):
    source = _write(tmp_path / "acme.json", LADDER)
    given = tmp_path / "given"
    env = {k: v for k, v in os.environ.items() if k != DATA_DIR_ENV}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
    )
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_AT_START, str(source), str(given)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (out.returncode, out.stdout) == (0, "imported\n"), out.stderr
    [kept] = ladders.imported_ladders(given)
    assert kept.path.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(ladders.ladders_dir(given).stat().st_mode) == 0o700
    assert stat.S_IMODE(given.stat().st_mode) == 0o700
    # the plan now records the ladder; nothing in the default data folder, nor
    # anywhere else under the fake home
    assert json.loads((given / "plan.json").read_bytes())["ladder"]["id"] == kept.id
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - {source}
    assert written and all(given in p.parents for p in written), written


def test_a_csv_ladder_is_imported_and_shown(
    qtbot, area, document, tmp_path, monkeypatch, isolated_data_dir
):
    source = tmp_path / "Acme matrix.csv"
    source.write_bytes(template_csv())
    warnings = _offer(monkeypatch, source)
    assert import_through_the_button(qtbot, area)
    assert warnings == []
    assert area.ladder_combo.currentText() == "Acme matrix"
    assert set(area.content.layout.cards) == {
        "associate-pm",
        "pm",
        "senior-pm",
        "principal-pm",
        "group-pm",
    }
    [kept] = ladders.imported_ladders(isolated_data_dir)
    assert kept.path.suffix == ".json"
    assert document.ladder is not None and document.ladder.name == "Acme matrix"


def test_a_broken_csv_ladder_is_refused_with_its_row_and_column(
    qtbot, area, document, tmp_path, monkeypatch
):
    source = tmp_path / "acme.csv"
    source.write_text("id,title,track,level,typical years\na,A,T,0,<b>soon</b>\n")
    warnings = _offer(monkeypatch, source)
    assert not import_through_the_button(qtbot, area)
    text = rendered(warnings[0][2])
    assert "acme.csv: row 2, column 'typical years': not a number of years" in text
    assert area.ladder_combo.count() == 1 and document.ladder is None
