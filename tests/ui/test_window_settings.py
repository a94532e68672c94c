"""A window.ini spoiled by hand, by another program or by a bad disk never stops the plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore

GARBAGE = {
    "area letters": "[window]\narea=abc\n",
    "area list": "[window]\narea=1, 2\n",
    "area huge": "[window]\narea=99999999999999999999999\n",
    "area negative": "[window]\narea=-7\n",
    "area past the end": "[window]\narea=2\n",
    "geometry text": "[window]\ngeometry=abc\nstate=abc\n",
    "geometry bytes": "[window]\ngeometry=@ByteArray(\\x1\\x2garbage)\nstate=@ByteArray(zz)\n",
    "geometry variant": "[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3)\n"
    "state=@Variant(garbage\n",
    "geometry list": "[window]\ngeometry=1, 2, 3\nstate=@Invalid()\n",
    "splitter text": "[editor]\nsplitter=abc\n",
    "splitter bytes": "[editor]\nsplitter=@ByteArray(\\xff\\xff\\xff)\n",
    "splitter variant": "[editor]\nsplitter=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5\\0)\n",
    "binary": "\x00\xff[window\narea=\n\n=\n[[[\n",
}


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    store.save(Plan(goals=[Goal(title="Keep me")]))
    return path


@pytest.mark.parametrize("content", GARBAGE.values(), ids=GARBAGE.keys())
def test_a_spoiled_window_ini_still_opens_the_plan(open_main_window, data_dir, content):
    (data_dir / "window.ini").write_bytes(content.encode("latin-1"))
    window = open_main_window(data_dir)
    assert window.areas.count() == 2
    assert window.areas.currentIndex() in (0, 1)
    assert [g.title for g in window.document.plan.goals] == ["Keep me"]
    sizes = window.plan_editor.splitter.sizes()
    assert len(sizes) == window.plan_editor.splitter.count()
    window.close()  # and the next start reads a good file again
    again = open_main_window(data_dir)
    assert again.areas.currentIndex() == window.areas.currentIndex()
