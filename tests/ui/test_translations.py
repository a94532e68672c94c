"""Every text the window shows goes through Qt's translation; dates follow the locale.

A translator that marks every text it is asked for shows what went through
translation: whatever the person reads in the window (menus, tabs, buttons,
labels, column headers) must come out marked, unless it is the person's own
text or career content. A compiled .qm in the translations folder is picked
for the locale. A source scan catches literal texts handed straight to a
widget in the modules this covers.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
)

import pmplanner
from pmplanner.core.plan import Contact, Goal, GoalKind, Plan
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui import translations
from pmplanner.ui.main_window import MainWindow
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.models import contacts_model, goals_model
from tests.ui.conftest import make_every_tab

OPEN, CLOSE = "⟪", "⟫"
TODAY = date(2026, 5, 1)
PACKAGE = Path(pmplanner.__file__).parent


class MarkingTranslator(QTranslator):
    """Answers every text with itself between marks (placeholders kept)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    plan = Plan()
    plan.profile.current_role = "apm"
    plan.profile.target_role = "pm"
    plan.goals = [
        Goal(title="Read a discovery book", kind=GoalKind.BOOK, due=date(2026, 4, 1)),
        Goal(title="Join a meetup", kind=GoalKind.MEETUP, progress=30),
    ]
    plan.contacts = [Contact(name="Ada", next_follow_up=date(2026, 4, 20))]
    store = PlanStore(path)
    store.open()
    store.save(plan)
    return path


@pytest.fixture
def marking():
    app = QApplication.instance()
    translator = MarkingTranslator()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2}", text))


def without_markup(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text)


def untranslated_words(text: str, content: set[str]) -> bool:
    """Words left once markup, marked (translated) parts and content are taken out."""
    rest, innermost = without_markup(text), f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}"
    while re.search(innermost, rest):  # translations hold translations (shortcut names)
        rest = re.sub(innermost, "", rest)
    for known in sorted(content, key=len, reverse=True):
        rest = rest.replace(known, "")
    return has_words(rest)


def content_texts(window: MainWindow) -> set[str]:
    """Texts that are career content or the person's own, shown as they are."""
    catalog = window.document.catalog
    plan = window.document.plan
    texts = {r.title for r in catalog.roles} | {t.name for t in catalog.tracks}
    texts |= {t.short_name for t in catalog.tracks if t.short_name}
    texts |= {catalog.level_name(r.level) for r in catalog.roles}
    texts |= {s.name for s in catalog.skills} | {b.name for b in catalog.backgrounds}
    for role in catalog.roles:
        texts |= {role.summary, *role.responsibilities, *role.also_called, *role.notes}
        texts |= {share.activity for share in role.time_split}
        texts |= {catalog.industry(i).name for i in role.industries}
        texts |= {catalog.environment(e).name for e in role.environments}
    texts |= {r for move in catalog.transitions for r in move.requirements}
    texts |= {g.title for g in plan.goals} | {c.name for c in plan.contacts}
    return texts


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for what a person reads: menus, tabs, headers, buttons, labels..."""
    make_every_tab(window)
    found = []
    for menu_action in window.menuBar().actions():
        found.append(("menu", menu_action.text()))
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                found += [("menu item", action.text()), ("status tip", action.statusTip())]
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            found += [("tab", tabs.tabText(i)), ("tab tip", tabs.tabToolTip(i))]
    editor = window.plan_editor
    for model in (editor.goals_panel.model, editor.contacts_panel.model, editor.skills_panel.model):
        for column in range(model.columnCount()):
            found.append(("header", model.headerData(column, Qt.Orientation.Horizontal)))
    for button in window.findChildren(QAbstractButton):
        found += [("button", button.text()), ("button tip", button.toolTip())]
    for label in window.findChildren(QLabel):
        found.append(("label", label.text()))
    for box in window.findChildren(QGroupBox):
        found.append(("group", box.title()))
    for edit in window.findChildren(QLineEdit):
        found.append(("placeholder", edit.placeholderText()))
    for combo in (editor.goals_panel.kind_filter, editor.goals_panel.status_filter):
        found += [("filter", combo.itemText(i)) for i in range(combo.count())]
    for combo in window.findChildren(QComboBox):
        found.append(("combo tip", combo.toolTip()))
    found.append(("title", window.windowTitle()))
    found.append(("status", window.save_state_label.text()))
    return [(where, text) for where, text in found if text and has_words(text)]


def test_every_text_in_the_window_goes_through_translation(open_main_window, data_dir, marking):
    window = open_main_window(data_dir, map=True)
    window.career_map.select_role("pm")  # the details panel shows a role
    content = content_texts(window)
    shown = shown_texts(window)
    untranslated = [(where, text) for where, text in shown if untranslated_words(text, content)]
    assert untranslated == []
    # the check saw what it should: the menus, the tabs, headers and the form
    texts = {text for _where, text in shown}
    for expected in ("&File", "&View", "&Goals", "Title", "Due", "&Current role", "At a glance"):
        assert any(f"{OPEN}{expected}" in t for t in texts), expected
    assert len(shown) > 150


def test_cells_and_map_texts_are_translated(open_main_window, data_dir, marking):
    window = open_main_window(data_dir, map=True)
    model = goals_model(window.document)
    row = 1
    assert model.index(row, model.column_of("kind")).data().startswith(OPEN)  # "Meetup"
    assert model.index(row, model.column_of("status")).data().startswith(OPEN)
    assert OPEN in model.index(row, model.column_of("progress")).data()
    area = window.career_map
    area.select_role("senior-pm")
    assert OPEN in area.details.body.text() and OPEN in area.canvas.view.accessibleName()
    from pmplanner.drawing.legend import _columns

    labels = [
        label
        for column in _columns(area.catalog, True)
        for kind, label, _d in column
        if kind != "track"  # track names are content
    ]
    assert labels and all(label.startswith(OPEN) for label in labels)


def test_a_due_date_shows_in_the_locale_format(open_main_window, data_dir, german):
    window = open_main_window(data_dir, map=True)
    model = goals_model(window.document)
    due = model.index(0, model.column_of("due")).data()
    assert due == "01.04.2026"
    assert model.index(1, model.column_of("progress")).data() == "30 %"
    contacts = contacts_model(window.document)
    tip = contacts.index(0, contacts.column_of("next_follow_up")).data(Qt.ItemDataRole.ToolTipRole)
    assert "20.04.2026" in tip
    date_edit = window.plan_editor.profile_form.target_date_edit
    assert date_edit.displayFormat() == "dd.MM.yyyy"


def test_numbers_in_the_map_details_follow_the_locale(open_main_window, data_dir, german):
    window = open_main_window(data_dir, map=True)
    area = window.career_map
    moves = [t for t in area.catalog.transitions if not float(t.years).is_integer()]
    assert moves, "the built-in content has a move of a fractional number of years"
    area.select_role(moves[0].from_role)
    years = QLocale().toString(float(moves[0].years), "g", 6)
    assert "," in years and years in area.details.body.text()


# -- a real translation file -------------------------------------------------------
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
</context>
<context><name>PlanColumns</name>
<message><source>Title</source><translation>Titel</translation></message>
</context>
<context><name>GoalKind</name>
<message><source>Meetup</source><translation>Treffen</translation></message>
</context>
</TS>
"""


def lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    done = subprocess.run(
        [str(tool), str(ts), "-qm", str(qm)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and qm.is_file(), done.stderr


def test_a_qm_file_for_the_locale_is_loaded(open_main_window, data_dir, tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "pmplanner_de.ts").write_text(TS, encoding="utf-8")
    lrelease(folder / "pmplanner_de.ts", folder / "pmplanner_de.qm")
    app = QApplication.instance()
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    installed = translations.install_translator(app, german, folder)
    try:
        assert len(installed) == 2  # pmplanner's and Qt's own (standard buttons)
        window = open_main_window(data_dir, map=True)
        assert window.menuBar().actions()[0].text() == "&Datei"
        model = goals_model(window.document)
        header = model.headerData(model.column_of("title"), Qt.Orientation.Horizontal)
        assert header == "Titel"
        assert model.index(1, model.column_of("kind")).data() == "Treffen"
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        assert cancel == "Abbrechen"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_no_file_for_the_locale_means_english(qtbot, tmp_path):
    app = QApplication.instance()
    finnish = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    assert translations.install_translator(app, finnish, tmp_path / "missing") == []
    assert translations.translations_dir().name == "translations"


# -- the source: no literal text handed straight to a widget ----------------------
COVERED = [
    "ui/main_window.py",
    "ui/menus.py",
    "ui/file_actions.py",
    "ui/safe_text.py",
    *(str(p.relative_to(PACKAGE)) for p in sorted((PACKAGE / "ui/plan").glob("*.py"))),
    *(str(p.relative_to(PACKAGE)) for p in sorted((PACKAGE / "ui/map").glob("*.py"))),
    *(str(p.relative_to(PACKAGE)) for p in sorted((PACKAGE / "drawing").glob("*.py"))),
    *(str(p.relative_to(PACKAGE)) for p in sorted((PACKAGE / "wording").glob("*.py"))),
]
# calls that put text in front of the person
SHOWN = {
    "setText", "setTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setWindowTitle", "setAccessibleName", "setAccessibleDescription", "setSpecialValueText",
    "setSuffix", "setPrefix", "addItem", "insertItem", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "showMessage", "addMenu", "addAction", "addButton", "setInformativeText",
    "setDetailedText", "information", "warning", "critical", "question", "about", "getItem",
    "getInt", "getText", "getOpenFileName", "getSaveFileName", "beginMacro", "setPixmap",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QListWidgetItem", "QToolButton", "addRow",
}  # fmt: skip


def literal_texts(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(arg, ast.JoinedStr):  # its literal parts, around what it fills in
                parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in arg.values]
                if has_words(without_markup("".join(parts))):
                    found.append((node.lineno, ast.unparse(arg)))
            elif (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and has_words(without_markup(arg.value))
            ):
                found.append((node.lineno, arg.value))
    return found


@pytest.mark.parametrize("module", COVERED)
def test_no_literal_text_goes_straight_to_a_widget(module):
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    allowed = {"career-map.png"}  # a suggested file name
    assert [t for t in literal_texts(tree) if t[1] not in allowed] == []


def test_lupdate_finds_every_menu_text_in_the_window_context(tmp_path):
    """The menus keep the "MainWindow" context (existing translations still apply),
    and every text they translate is a literal pyside6-lupdate extracts."""
    source = PACKAGE / "ui" / "menus.py"
    in_code = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
            context, text = node.args[:2]
            assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), node.lineno
            in_code.add((context.value, text.value))
    assert ("MainWindow", "&File") in in_code and len(in_code) > 40
    ts = tmp_path / "menus.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    done = subprocess.run(
        [str(tool), str(source), "-ts", str(ts)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert in_code <= found


STARTUP_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QLocale
QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
import pmplanner.ui.translations as translations
translations.translations_dir = lambda: Path(sys.argv[1])
from pmplanner.ui.app import create_application
from pmplanner.ui.main_window import MainWindow
app = create_application()
window = MainWindow(Path(sys.argv[2]))
print(window.menuBar().actions()[0].text())
"""


def test_the_program_installs_the_translation_before_building_the_window(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "pmplanner_de.ts").write_text(TS, encoding="utf-8")
    lrelease(folder / "pmplanner_de.ts", folder / "pmplanner_de.qm")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANGUAGE": "de",
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "de_DE.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE, str(folder), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "&Datei"
