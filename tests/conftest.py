"""Shared test set-up.

Qt must be told to draw offscreen before anything imports it, and no test may
touch the real user data directory: every test gets its own.
"""

from __future__ import annotations

import gc
import os

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
def _collect_garbage_after_every_test():
    """Collect each test's Qt wrappers while its widgets are still being torn down.

    Left to a random later collection, the garbage of the quiz tests crashed the
    interpreter (segfault inside a GC pass) once other tests had run after them;
    collecting after every test does not. The object behind it is not found yet
    (see the session note).
    """
    yield
    gc.collect()
