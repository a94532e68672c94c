"""Imported ladders: kept in the given data folder only, stable ids, renamed, removed, cancelled."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from pmplanner.storage import ladders
from pmplanner.storage.content import ContentError
from pmplanner.storage.errors import SaveError
from pmplanner.storage.ladder_csv import template_csv
from pmplanner.storage.ladders import (
    ImportCancelled,
    LadderError,
    find_ladder,
    import_ladder,
    imported_ladders,
    ladders_dir,
    load_ladder,
    remove_ladder,
    rename_ladder,
)
from tests.acme import acme_ladder

needs_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

LADDER = acme_ladder()


def _source(tmp_path: Path, name: str = "acme_ladder.json", data=LADDER) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@needs_posix
def test_import_keeps_a_copy_in_the_given_folder_only_owner_only(tmp_path, isolated_data_dir):
    data_dir = tmp_path / "given" / "data"
    ladder, catalog = import_ladder(_source(tmp_path), data_dir)

    assert {r.id for r in catalog.roles} == {"acme-pm", "acme-senior-pm"}
    assert ladder.name == "acme ladder"
    assert ladder.path == ladders_dir(data_dir) / f"{ladder.id}.json"
    assert ladder.path.read_bytes() == _source(tmp_path).read_bytes()
    assert _mode(data_dir) == _mode(ladders_dir(data_dir)) == 0o700
    assert _mode(ladder.path) == _mode(ladders_dir(data_dir) / "index.json") == 0o600
    assert not isolated_data_dir.exists()  # the default folder is never touched
    index = json.loads((ladders_dir(data_dir) / "index.json").read_text())
    assert index["ladders"] == [{"id": ladder.id, "file": ladder.path.name, "name": "acme ladder"}]
    assert imported_ladders(data_dir) == [ladder]
    assert imported_ladders(isolated_data_dir) == []


@needs_posix
def test_a_loose_ladders_folder_is_made_owner_only(tmp_path):
    folder = ladders_dir(tmp_path)
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    import_ladder(_source(tmp_path), tmp_path)
    assert _mode(folder) == 0o700


def test_the_same_ladder_twice_is_kept_once_with_its_name(tmp_path):
    first, _ = import_ladder(_source(tmp_path), tmp_path / "d", name="Acme 2026")
    again, _ = import_ladder(_source(tmp_path, "other-name.json"), tmp_path / "d")
    assert again == first
    assert first.name == "Acme 2026"
    changed = json.loads(json.dumps(LADDER))
    changed["roles"][0]["title"] = "Acme Product Manager"
    other, _ = import_ladder(_source(tmp_path, "acme_ladder.json", changed), tmp_path / "d")
    assert other.id != first.id
    # listed by name
    assert [(x.id, x.name) for x in imported_ladders(tmp_path / "d")] == [
        (first.id, "Acme 2026"),
        (other.id, "acme ladder"),
    ]


def test_rename_changes_the_name_not_the_id_or_file(tmp_path):
    ladder, _ = import_ladder(_source(tmp_path), tmp_path)
    renamed = rename_ladder(tmp_path, ladder.id, "  Acme\tproduct   ladder ")
    assert renamed == ladders.Ladder(ladder.id, "Acme product ladder", ladder.path)
    assert find_ladder(tmp_path, ladder.id) == renamed
    assert imported_ladders(tmp_path) == [renamed]
    with pytest.raises(LadderError, match="cannot be empty"):
        rename_ladder(tmp_path, ladder.id, " \n ")
    with pytest.raises(LadderError, match="at most 80 characters"):
        rename_ladder(tmp_path, ladder.id, "x" * 81)
    with pytest.raises(LadderError, match="no imported ladder with the id 'nope'"):
        rename_ladder(tmp_path, "nope", "Name")


def test_remove_deletes_the_copy_and_the_entry(tmp_path):
    keep, _ = import_ladder(_source(tmp_path), tmp_path)
    changed = json.loads(json.dumps(LADDER))
    changed["levels"][1]["name"] = "Lead"
    gone, _ = import_ladder(_source(tmp_path, "b.json", changed), tmp_path)
    remove_ladder(tmp_path, gone.id)
    assert not gone.path.exists()
    assert imported_ladders(tmp_path) == [keep]
    assert find_ladder(tmp_path, gone.id) is None
    with pytest.raises(LadderError):
        remove_ladder(tmp_path, gone.id)


def test_a_copy_kept_without_index_entry_is_still_listed(tmp_path):
    folder = ladders_dir(tmp_path)
    folder.mkdir()
    (folder / "old-acme.json").write_text(json.dumps(LADDER), encoding="utf-8")
    [old] = imported_ladders(tmp_path)
    assert (old.name, old.path.name) == ("old acme", "old-acme.json")
    assert {r.id for r in load_ladder(old).roles} == {"acme-pm", "acme-senior-pm"}
    # importing the same bytes finds it; renaming it writes it into the index
    assert import_ladder(_source(tmp_path), tmp_path)[0] == old
    assert rename_ladder(tmp_path, old.id, "Acme").path == old.path
    assert imported_ladders(tmp_path)[0].name == "Acme"


def test_a_broken_index_loses_names_not_ladders(tmp_path):
    ladder, _ = import_ladder(_source(tmp_path), tmp_path, name="Acme")
    (ladders_dir(tmp_path) / "index.json").write_text("{ broken", encoding="utf-8")
    [listed] = imported_ladders(tmp_path)
    assert (listed.id, listed.path) == (ladder.id, ladder.path)


def test_a_broken_ladder_keeps_nothing(tmp_path):
    broken = json.loads(json.dumps(LADDER))
    broken["roles"][1]["track"] = "nowhere"
    with pytest.raises(ContentError) as info:
        import_ladder(_source(tmp_path, data=broken), tmp_path / "d")
    assert info.value.problems == ["acme_ladder.json: roles[1].track: unknown track 'nowhere'"]
    assert not (tmp_path / "d").exists()


def test_progress_is_reported_and_cancel_keeps_nothing(tmp_path):
    seen: list[tuple[int, int]] = []
    import_ladder(_source(tmp_path), tmp_path / "a", progress=lambda *step: seen.append(step))
    assert seen == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]

    for stop_after in range(5):
        calls: list[int] = []
        with pytest.raises(ImportCancelled):
            import_ladder(
                _source(tmp_path),
                tmp_path / "b",
                progress=lambda done, _total, calls=calls: calls.append(done),
                cancelled=lambda calls=calls, stop_after=stop_after: calls[-1] >= stop_after,
            )
        assert calls[-1] == stop_after
        assert imported_ladders(tmp_path / "b") == []


def test_a_csv_ladder_is_kept_as_json_and_loads_the_same(tmp_path):
    source = tmp_path / "Acme ladder.csv"
    source.write_bytes(template_csv())
    ladder, catalog = import_ladder(source, tmp_path / "d")
    assert ladder.path.suffix == ".json" and ladder.name == "Acme ladder"
    assert json.loads(ladder.path.read_text())["schema_version"] == 1
    again = load_ladder(ladder)
    assert again.roles == catalog.roles
    assert again.transitions == catalog.transitions
    assert again.tracks == catalog.tracks


def test_a_file_where_the_ladders_folder_belongs_is_one_sentence(tmp_path):
    ladders_dir(tmp_path).write_text("not a folder", encoding="utf-8")
    with pytest.raises(SaveError) as info:
        import_ladder(_source(tmp_path), tmp_path)
    message = str(info.value)
    assert message.startswith("Could not ") and str(ladders_dir(tmp_path)) in message
    assert ladders_dir(tmp_path).read_text(encoding="utf-8") == "not a folder"
