"""An organisation's ladder through the real window: the plan records it (issue 10).

Import it from the Ladder menu, set current and target roles on it from the
map, see the route, restart: the same ladder, the profile shows the titles, the
Skills tab the target's skills; the CLI exports use it; switch to the built-in
ladder and back with a route; rename and remove it while the plan uses it.
"""

from __future__ import annotations

import json
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton

from pmplanner import cli
from pmplanner.storage import ladders
from pmplanner.ui.plan.models import skills_model
from tests.acme import acme_ladder

LADDER = acme_ladder(engineer=True)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "my data"  # made by the window, as with --data-dir


@pytest.fixture
def ladder_file(tmp_path):
    path = tmp_path / "acme ladder.json"
    path.write_text(json.dumps(LADDER), encoding="utf-8")
    return path


@pytest.fixture
def no_dialogs(monkeypatch):
    """Every warning is recorded (a test fails on one it does not expect)."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: said.append(a[2]))
    return said


def import_from_menu(qtbot, window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_ladder_action.trigger()
    qtbot.waitUntil(lambda: window.document.ladder is not None, timeout=10_000)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_route_on_the_map(qtbot, window, current: str, target: str) -> None:
    area = window.career_map
    area.select_role(current)
    click(qtbot, area.details.current_button)
    area.select_role(target)
    click(qtbot, area.details.target_button)


def test_the_plan_keeps_its_ladder_across_a_restart_and_the_cli_uses_it(
    qtbot, open_main_window, data_dir, ladder_file, monkeypatch, no_dialogs, tmp_path
):
    window = open_main_window(data_dir, map=True)
    import_from_menu(qtbot, window, monkeypatch, ladder_file)
    set_route_on_the_map(qtbot, window, "acme-engineer", "acme-senior-pm")
    area = window.career_map
    assert area.shown_route.roles == ("acme-engineer", "acme-pm", "acme-senior-pm")
    ladder_id = window.document.ladder.id
    form = window.plan_editor.profile_form
    combo = form.background_combo
    combo.setCurrentIndex(combo.findData("engineering"))
    combo.activated.emit(combo.currentIndex())  # as a person picking it
    assert window.document.plan.profile.background == "engineering"
    window.close()  # saves, as Quit does
    assert no_dialogs == []

    again = open_main_window(data_dir, map=True)
    document = again.document
    assert document.ladder is not None and document.ladder.id == ladder_id
    form = again.plan_editor.profile_form
    assert form.current_role_combo.currentText() == "Acme Software Engineer"
    assert form.target_role_combo.currentText() == "Acme Senior Product Manager"
    # a background is the person's, not the ladder's: still named on this ladder
    assert form.background_combo.currentText() == "Software engineering"
    model = skills_model(document)
    assert [model.skill_id(r) for r in range(model.rowCount())] == [
        "communication",
        "data-analysis",
    ]
    assert again.plan_editor.skills_panel.pages.currentIndex() == 1  # not "choose a target"
    assert again.career_map.ladder_combo.currentData() == ladder_id
    assert again.career_map.shown_route.roles[-1] == "acme-senior-pm"
    again.close()

    # the command line reads the same plan, on its ladder
    pdf = tmp_path / "plan.pdf"
    assert cli.main(["--data-dir", str(data_dir), "export-pdf", str(pdf)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Acme Senior Product Manager" in " ".join(text.split())
    assert "not on this career map" not in text
    png = tmp_path / "map.png"
    assert cli.main(["--data-dir", str(data_dir), "export-map", str(png)]) == 0
    assert png.stat().st_size > 1000


def test_the_plan_file_alone_carries_the_ladder(
    qtbot, open_main_window, data_dir, ladder_file, monkeypatch, no_dialogs, tmp_path
):
    window = open_main_window(data_dir, map=True)
    import_from_menu(qtbot, window, monkeypatch, ladder_file)
    set_route_on_the_map(qtbot, window, "acme-pm", "acme-senior-pm")
    exported = tmp_path / "elsewhere" / "plan.json"
    exported.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    window.export_action.trigger()
    assert json.loads(exported.read_bytes())["ladder"]["roles"][1]["id"] == "acme-pm"
    window.close()

    # another computer: a fresh data folder without the ladder, only the plan file
    pdf = tmp_path / "elsewhere.pdf"
    fresh = tmp_path / "other data"
    assert (
        cli.main(["--data-dir", str(fresh), "export-pdf", str(pdf), "--plan", str(exported)]) == 0
    )
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Acme Product Manager" in text and "Acme Senior Product Manager" in text

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    other = open_main_window(fresh, map=True)
    other.open_action.trigger()
    assert other.document.ladder is not None
    assert other.career_map.catalog.has_role("acme-pm")
    assert other.plan_editor.profile_form.current_role_combo.currentText() == "Acme Product Manager"
    assert other.career_map.ladder_combo.currentText().startswith(other.document.ladder.name)


def test_switching_to_the_built_in_ladder_and_back_with_a_route(
    qtbot, open_main_window, data_dir, ladder_file, monkeypatch, no_dialogs, catalog
):
    window = open_main_window(data_dir, map=True)
    window.show_area(1)
    import_from_menu(qtbot, window, monkeypatch, ladder_file)
    set_route_on_the_map(qtbot, window, "acme-engineer", "acme-senior-pm")
    area, document = window.career_map, window.document
    document.set_skill_rating("communication", 3)
    document.set_skill_rating("product-discovery", 2)  # a skill Acme's ladder does not ask
    goals_before = list(document.plan.goals)
    for _ in range(2):
        area.ladder_combo.setCurrentIndex(0)  # "Built-in ladder"
        assert document.ladder is None
        assert area.content.catalog is catalog
        assert area.shown_route is None  # Acme's roles are not on it: nothing drawn
        # every hover over the map still works
        for role in list(area.content.layout.cards)[:5]:
            area._tooltip(role)
        area.ladder_combo.setCurrentIndex(1)
        assert area.shown_route.roles == ("acme-engineer", "acme-pm", "acme-senior-pm")
    assert document.plan.skill_ratings == {"communication": 3, "product-discovery": 2}
    assert document.plan.goals == goals_before
    assert no_dialogs == []


def test_rename_and_remove_a_ladder_the_plan_uses(
    qtbot, open_main_window, data_dir, ladder_file, monkeypatch, no_dialogs
):
    window = open_main_window(data_dir, map=True)
    import_from_menu(qtbot, window, monkeypatch, ladder_file)
    set_route_on_the_map(qtbot, window, "acme-engineer", "acme-pm")
    document, area = window.document, window.career_map
    document.set_skill_rating("communication", 4)
    (kept,) = ladders.imported_ladders(data_dir)

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (kept.name, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme 2027", True))
    window.rename_ladder_action.trigger()
    assert document.ladder.name == "Acme 2027"
    assert area.ladder_combo.currentText() == "Acme 2027"
    assert [x.name for x in ladders.imported_ladders(data_dir)] == ["Acme 2027"]

    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Acme 2027", True))
    monkeypatch.setattr(QMessageBox, "question", answer)
    window.remove_ladder_action.trigger()
    assert len(asked) == 1 and "Your plan uses" in asked[0]  # asked, because it is in use
    assert document.ladder is None  # back on the built-in ladder
    assert ladders.imported_ladders(data_dir) == []
    assert area.ladder_combo.count() == 1
    # nothing of the plan is lost: roles kept as written, ratings and goals intact
    assert document.plan.profile.current_role == "acme-engineer"
    assert document.plan.skill_ratings == {"communication": 4}
    form = window.plan_editor.profile_form
    assert form.current_role_combo.currentText() == "Unknown role (acme-engineer)"
    document.undo_stack.undo()  # Undo brings the plan's copy of the ladder back
    assert document.ladder is not None and document.ladder.name == "Acme 2027"
    assert form.current_role_combo.currentText() == "Acme Software Engineer"
    assert no_dialogs == []


def test_the_data_dir_is_where_ladders_go(
    qtbot, open_main_window, data_dir, ladder_file, monkeypatch, no_dialogs, isolated_data_dir
):
    window = open_main_window(data_dir)
    import_from_menu(qtbot, window, monkeypatch, ladder_file)
    folder = data_dir / "ladders"
    (kept,) = ladders.imported_ladders(data_dir)
    assert kept.path.parent == folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not (isolated_data_dir / "ladders").exists()  # the default folder is untouched


def test_a_plan_from_before_plans_recorded_their_ladder_is_offered_its_ladder(
    qtbot, open_main_window, data_dir, monkeypatch, no_dialogs
):
    """Schema 2 said nothing of the ladder: the window finds the kept one with its roles."""
    (data_dir / "ladders").mkdir(parents=True)
    (data_dir / "ladders" / "acme.json").write_text(json.dumps(LADDER), encoding="utf-8")
    (data_dir / "plan.json").write_text(
        json.dumps(
            {
                "schema_version": 2,
                "profile": {"name": "Kim", "current_role": "acme-pm", "target_role": None},
            }
        ),
        encoding="utf-8",
    )
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = open_main_window(data_dir)
    qtbot.waitUntil(lambda: window.document.ladder is not None)
    assert len(asked) == 1 and "acme" in asked[0]
    form = window.plan_editor.profile_form
    assert form.current_role_combo.currentText() == "Acme Product Manager"
    window.document.undo_stack.undo()  # one step, like any switch
    assert window.document.ladder is None


def test_save_ladder_template_from_the_menu_and_import_it(
    qtbot, open_main_window, data_dir, monkeypatch, no_dialogs, tmp_path
):
    window = open_main_window(data_dir, map=True)
    chosen = tmp_path / "Our ladder"  # typed without the suffix
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    window.ladder_template_action.trigger()
    written = tmp_path / "Our ladder.csv"
    assert written.read_bytes().startswith(b"id,title,track,level")
    import_from_menu(qtbot, window, monkeypatch, written)
    assert window.document.ladder.name == "Our ladder"
    assert window.career_map.catalog.has_role("pm")
    assert no_dialogs == []


def test_cancel_during_an_import_keeps_nothing(
    qtbot, open_main_window, data_dir, ladder_file, monkeypatch, no_dialogs
):
    """The import runs off the GUI thread; Cancel in its progress dialog stops it."""
    import threading

    from pmplanner.ui import ladder_actions

    started, release = threading.Event(), threading.Event()
    real = ladders.import_ladder

    def slow_import(source, folder, **options):
        started.set()
        release.wait(10)  # a big file being read
        return real(source, folder, **options)

    monkeypatch.setattr(ladders, "import_ladder", slow_import)
    window = open_main_window(data_dir, map=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(ladder_file), ""))
    job = window.import_ladder()
    assert isinstance(job, ladder_actions.LadderImport)
    assert started.wait(10)
    assert window.isEnabled()  # the window is not frozen while the file is read
    qtbot.waitUntil(job.progress.isVisible, timeout=5_000)  # shown once it takes a while
    cancel = job.progress.findChild(QPushButton)
    click(qtbot, cancel)  # the person presses Cancel
    with qtbot.waitSignal(job.done, timeout=10_000) as done:
        release.set()
    assert done.args == [False]
    assert window.document.ladder is None
    assert ladders.imported_ladders(data_dir) == []
    assert window.document.undo_stack.count() == 0
    assert no_dialogs == []
