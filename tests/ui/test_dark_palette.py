"""Light and dark palettes: the window's colours come from the palette and stay legible.

Under Xvfb or offscreen there is no system theme, so a dark desktop is stood
in for by ``QApplication.setPalette(dark_palette())``. Contrast is the WCAG 2
ratio: 4.5:1 for text, 3:1 for lines and marks.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

import pmplanner
from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan
from pmplanner.drawing import palette as pal
from pmplanner.drawing import style
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.models import contacts_model, goals_model, skills_model

TODAY = date(2026, 5, 1)
TEXT, MARK = 4.5, 3.0
Role = QPalette.ColorRole
PACKAGE = Path(pmplanner.__file__).parent


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    plan = Plan()
    plan.profile.current_role = "apm"
    plan.profile.target_role = "senior-pm"
    plan.skill_ratings = {"data-analysis": 1, "communication": 4}
    plan.goals = [
        Goal(title="Overdue book", due=date(2026, 1, 1)),
        Goal(title="Dropped talk", status=GoalStatus.DROPPED),
        Goal(title=""),
    ]
    plan.contacts = [Contact(name="Ada", next_follow_up=date(2026, 4, 1)), Contact(name="")]
    store = PlanStore(path)
    store.open()
    store.save(plan)
    return path


@pytest.fixture
def restore_palette():
    app = QApplication.instance()
    before = QPalette(app.palette())
    yield app
    app.setPalette(before)


@pytest.fixture
def dark(restore_palette):
    restore_palette.setPalette(pal.dark_palette())
    return restore_palette


def ratio(a, b) -> float:
    return pal.contrast_ratio(QColor(a), QColor(b))


def check_map(area) -> None:
    """Every colour the map draws text or marks with, against what it is drawn on."""
    theme = area.content.theme
    cards = area.content.cards
    for readiness in (False, True):
        area.readiness_toggle.setChecked(readiness)
        for role_id in area.content.layout.cards:
            fill = cards.fill_colour(role_id)
            assert ratio(cards.text_colour(role_id), fill) >= TEXT, role_id
            assert ratio(theme.subtext_on(fill), fill) >= TEXT, role_id
    backdrop = area.content.backdrop
    for i, lane in enumerate(area.content.layout.lanes):
        lane_fill = backdrop.lane_fill(i)
        assert ratio(theme.lane_text(lane.colour, lane_fill), lane_fill) >= TEXT, lane.name
        assert ratio(theme.grid_text, lane_fill) >= TEXT
    for line in (theme.edge, theme.path, theme.selected, theme.current, theme.target):
        assert ratio(line, theme.background) >= MARK
    # the selected role's moves are thin dotted lines over the lanes: as clear as text
    for i in range(len(area.content.layout.lanes)):
        assert ratio(theme.selected, backdrop.lane_fill(i)) >= TEXT
    for pill in (theme.current, theme.target):
        assert ratio(theme.badge_text(pill), pill) >= TEXT
    legend_fill = QColor(theme.legend_fill)
    legend_fill.setAlpha(255)
    assert ratio(theme.text_on(legend_fill), legend_fill) >= TEXT
    assert area.canvas.view.backgroundBrush().color() == theme.background


def check_plan(window) -> None:
    """The accents in the tables and the summary read on the rows and the window."""
    palette = QApplication.palette()
    rows = [palette.color(Role.Base), palette.color(Role.AlternateBase)]
    goals = goals_model(window.document)
    contacts = contacts_model(window.document)
    skills = skills_model(window.document)
    coloured = [
        goals.index(0, goals.column_of("due")),  # overdue
        goals.index(1, goals.column_of("title")),  # dropped
        goals.index(2, goals.column_of("title")),  # untitled
        contacts.index(0, contacts.column_of("name")),  # follow-up due
        contacts.index(1, contacts.column_of("name")),  # unnamed
        *(skills.index(row, 3) for row in range(skills.rowCount())),  # gaps
    ]
    seen = 0
    for index in coloured:
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if colour is None:
            continue
        seen += 1
        for row in rows:
            assert ratio(colour, row) >= TEXT, index.data()
    assert seen >= 6
    summary = window.plan_editor.summary
    window_colour = palette.color(Role.Window)
    for label in (summary.overdue_label, summary.follow_ups_label):
        assert summary.is_alert(label)
        assert ratio(label.palette().color(Role.WindowText), window_colour) >= TEXT
    body = window.career_map.details.body.text()
    for colour in re.findall(r"color:(#[0-9a-fA-F]{6})", body):
        assert ratio(colour, window_colour) >= TEXT, colour


def test_dark_palette_gives_a_dark_legible_window(open_main_window, data_dir, dark):
    window = open_main_window(data_dir, map=True, size=(1300, 850))
    area = window.career_map
    area.select_role("senior-pm")
    theme = area.content.theme
    assert theme.dark and pal.luminance(theme.background) < 0.05
    assert pal.luminance(area.canvas.view.backgroundBrush().color()) < 0.05
    check_map(area)
    check_plan(window)
    # what is on screen: the map's pixels are dark, its card titles light
    area.readiness_toggle.setChecked(False)
    image = area.canvas.view.viewport().grab().toImage()
    corner = QColor(image.pixel(image.width() - 5, 5))
    assert pal.luminance(corner) < 0.05


def test_light_palette_stays_legible(open_main_window, data_dir, restore_palette):
    window = open_main_window(data_dir, map=True, size=(1300, 850))
    area = window.career_map
    area.select_role("senior-pm")
    assert area.content.theme is style.LIGHT
    check_map(area)
    check_plan(window)


def test_switching_the_palette_at_runtime_redraws_the_map(
    qtbot, open_main_window, data_dir, restore_palette
):
    app = restore_palette
    window = open_main_window(data_dir, map=True, size=(1300, 850))
    area = window.career_map
    area.select_role("pm")
    light_background = area.canvas.view.backgroundBrush().color()
    app.setPalette(pal.dark_palette())
    qtbot.waitUntil(lambda: area.content.theme.dark)
    assert area.canvas.view.backgroundBrush().color() != light_background
    assert area.content.cards.theme is area.content.theme
    assert area.content.edges.theme is area.content.theme
    assert area.canvas.legend.theme is area.content.theme
    check_plan(window)  # the summary's red was worked out again for the dark window
    app.setPalette(QPalette(QColor("#efefef")))
    qtbot.waitUntil(lambda: not area.content.theme.dark)
    assert area.canvas.view.backgroundBrush().color() == light_background


def test_a_failed_save_reads_in_the_dark(open_main_window, data_dir, dark, monkeypatch):
    from pmplanner.storage.plan_store import SaveError

    window = open_main_window(data_dir, map=True, size=(1300, 850))
    document = window.document
    document.add_goals([Goal(title="Unsaved")])

    def full_disk(plan, **options):
        raise SaveError("The plan could not be saved: the disk is full.")

    with monkeypatch.context() as fault:
        fault.setattr(document.store, "save", full_disk)
        assert not document.save()
    label = window.save_state_label
    assert label.text() == "Not saved" and label.font().bold()
    window_colour = QApplication.palette().color(Role.Window)
    assert ratio(label.palette().color(Role.WindowText), window_colour) >= TEXT
    assert document.save()
    assert label.text() == "All changes saved" and not label.font().bold()
    assert label.palette().color(Role.WindowText) == QApplication.palette().color(Role.WindowText)


def test_exports_keep_the_light_look(open_main_window, data_dir, dark, tmp_path):
    window = open_main_window(data_dir, map=True, size=(1300, 850))
    out = window.career_map.export_image(tmp_path / "map.png", 800)
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert QColor(image.pixel(2, 2)) == style.BACKGROUND  # printed on white paper


# the modules that draw the window's own widgets: colours come from the palette
# (drawing/palette.py works them out; drawing/style.py holds the map's light look and
# the accents, which the map's dark theme adapts)
STYLED = [
    "ui/main_window.py",
    "ui/file_actions.py",
    "ui/safe_text.py",
    *(str(p.relative_to(PACKAGE)) for p in sorted((PACKAGE / "ui/plan").glob("*.py"))),
    *(
        str(p.relative_to(PACKAGE))
        for p in sorted((PACKAGE / "ui/map").glob("*.py"))
        if p.name != "style.py"
    ),
]


@pytest.mark.parametrize("module", STYLED)
def test_no_fixed_colours_in_widgets(module):
    source = (PACKAGE / module).read_text(encoding="utf-8")
    fixed = re.findall(r"#[0-9a-fA-F]{6}\b|QColor\(\"[^\"]+\"\)|QColor\(\d|color:\s*[a-z#]", source)
    assert fixed == []
