"""pyproject declares MIT: the licence text ships with the source and the packages."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_mit_licence_is_there_and_packed():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 the pmplanner authors" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == {"text": "MIT"}
    # the sdist lists what it packs; the wheel packs LICEN[CS]E* by hatchling's default
    assert "LICENSE" in project["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert "license-files" not in project["project"]
