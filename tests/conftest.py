"""Shared test set-up.

Qt must be told to draw offscreen before anything imports it, and no test may
touch the real user data directory: every test gets its own.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from pmplanner.paths import DATA_DIR_ENV


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Point PMPLANNER_DATA_DIR, HOME and the XDG folders at a temporary folder."""
    data_dir = tmp_path / "userdata"
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return data_dir


@pytest.fixture(scope="session")
def catalog():
    """The built-in career content, loaded once."""
    from pmplanner.storage.content import load_builtin_content

    return load_builtin_content()


@pytest.fixture(autouse=True)
def _nothing_left_alive(request):
    """Fail a test that leaves a plan document, a quiz wizard or a main window alive.

    Every such object has an owner and an explicit end (napari's leak check is
    the model): a test closes what it opened, or hands widgets to qtbot, which
    closes them before this runs. What is found is reported, then ended, so the
    next test starts clean. Nothing here collects garbage: an object the
    collector would have to end is exactly what this catches.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = []
    document_module = sys.modules.get("pmplanner.ui.plan.document")
    if document_module is not None:
        for document in document_module.PlanDocument.open_documents():
            left.append(f"a PlanDocument ({len(document.plan.goals)} goals) not closed")
            document.close()
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        name = type(widget).__name__
        if name in ("MainWindow", "QuizWizard"):
            left.append(f"a {name} not closed and deleted")
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if left:
        pytest.fail("left alive after the test: " + "; ".join(left), pytrace=False)


def pytest_collection_modifyitems(config, items):
    """``PMPLANNER_TEST_ORDER=reversed pytest`` runs the tests last to first.

    Nothing may depend on what ran before it (no lifetime left to the garbage
    collector, no state carried between tests); both orders must pass.
    """
    if os.environ.get("PMPLANNER_TEST_ORDER") == "reversed":
        items.reverse()


@pytest.fixture
def plan_document(tmp_path):
    """``plan_document(plan, catalog)``: a PlanDocument with a store in tmp_path, closed at the end.

    A document is ended explicitly, as the window ends its own (the leak check
    above fails a test that leaves one open).
    """
    from pmplanner.storage.plan_store import PlanStore
    from pmplanner.ui.plan.document import PlanDocument

    made = []

    def make(plan, catalog, store=True):
        store_ = PlanStore(tmp_path / "store") if store else None
        document = PlanDocument(plan, catalog, store_)
        document.autosave_delay_ms = 60_000  # tests that want autosave shorten it
        made.append(document)
        return document

    yield make
    for document in made:
        document.close()
