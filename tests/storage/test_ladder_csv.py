"""A CSV competency matrix becomes the same validated ladder as JSON; every problem located."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmplanner.cli import main
from pmplanner.core.careers import TrackKind, TransitionKind
from pmplanner.storage import ladder_csv
from pmplanner.storage.content import ContentError, ladder_from_data, load_ladder_file
from pmplanner.storage.ladder_csv import load_ladder_csv, template_csv

HEADER = "id,title,track,level,typical years,leads_to,Communication,product-strategy"


def write(tmp_path: Path, text: str | bytes, name: str = "acme.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def problems(tmp_path: Path, text: str | bytes) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_ladder_csv(write(tmp_path, text))
    assert info.value.path == tmp_path / "acme.csv"
    return info.value.problems


def rows(*lines: str, header: str = HEADER) -> str:
    return "\n".join([header, *lines]) + "\n"


def test_the_template_imports_cleanly_and_reads_back_the_same(tmp_path):
    catalog = load_ladder_csv(write(tmp_path, template_csv()))
    assert [r.id for r in catalog.roles] == [
        "associate-pm",
        "pm",
        "senior-pm",
        "principal-pm",
        "group-pm",
    ]
    senior = catalog.role("senior-pm")
    assert (senior.title, senior.track, senior.level) == ("Senior Product Manager", "product", 2)
    assert (senior.tenure_years.min, senior.tenure_years.max) == (2, 4)
    assert {(s.skill, s.level) for s in senior.skills} == {
        ("communication", 4),
        ("prioritisation", 4),
        ("product-strategy", 3),
        ("stakeholder-management", 3),
        ("mentoring", 2),
    }
    assert catalog.skill_name("mentoring") == "People leadership and mentoring"
    moves = {(t.from_role, t.to_role): t for t in catalog.transitions}
    assert set(moves) == {
        ("associate-pm", "pm"),
        ("pm", "senior-pm"),
        ("senior-pm", "group-pm"),
        ("senior-pm", "principal-pm"),
    }
    assert moves[("pm", "senior-pm")].kind is TransitionKind.PROMOTION
    assert moves[("pm", "senior-pm")].years == 2.5  # the middle of 2-3
    assert moves[("senior-pm", "group-pm")].kind is TransitionKind.BRANCH
    assert [(t.id, t.name, t.kind) for t in catalog.tracks] == [
        ("product", "Product", TrackKind.LADDER),
        ("product-leadership", "Product leadership", TrackKind.SPECIALIST),
    ]
    assert catalog.tracks[0].progression == ["associate-pm", "pm", "senior-pm", "principal-pm"]
    assert [lv.name for lv in catalog.levels] == ["Entry", "Mid", "Senior", "Lead"]
    assert catalog.fastest_path("associate-pm", "group-pm").years == 1.5 + 2.5 + 3


def test_the_converted_data_is_the_json_ladder_format(tmp_path, catalog):
    data = ladder_csv.ladder_data_from_csv(template_csv(), tmp_path / "t.csv", catalog)
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_ladder_file(path).roles == load_ladder_csv(write(tmp_path, template_csv())).roles


def test_semicolons_a_bom_crlf_blank_lines_and_header_spellings(tmp_path):
    text = (
        "\ufeffID;Title;Track;Level;Typical_Years;Leads To;COMMUNICATION\r\n"
        "\r\n"
        "a;A role;Acme;0;3;b;2\r\n"
        ";;;;;;\r\n"
        'b;"B; the senior";Acme;1;;;\r\n'
    )
    catalog = load_ladder_csv(write(tmp_path, text))
    assert [(r.id, r.title) for r in catalog.roles] == [("a", "A role"), ("b", "B; the senior")]
    assert catalog.role("b").skills == []
    assert catalog.role("b").tenure_years is None
    assert [(t.from_role, t.to_role, t.years) for t in catalog.transitions] == [("a", "b", 3)]


def test_a_move_from_a_role_without_typical_years_takes_two(tmp_path):
    catalog = load_ladder_csv(write(tmp_path, rows("a,A,T,0,,b,,", "b,B,T,0,,,,")))
    [move] = catalog.transitions
    assert (move.years, move.kind) == (2, TransitionKind.LATERAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (rows("a,A,T,0,soon,,,"), "row 2, column 'typical years': not a number of years"),
        (rows("a,A,T,0,4-2,,,"), "row 2, column 'typical years': not a number of years"),
        (rows("a,A,T,high,,,,"), "row 2, column 'level': not a whole number from 0 to 10"),
        (rows("a,A,T,11,,,,"), "row 2, column 'level': not a whole number from 0 to 10"),
        (rows("A b,A,T,0,,,,"), "row 2, column 'id': not an id"),
        (rows(",A,T,0,,,,"), "row 2, column 'id': is empty"),
        (rows("a,,T,0,,,,"), "row 2, column 'title': is empty"),
        (rows("a,A,--,0,,,,"), "row 2, column 'track': needs a name with letters or digits"),
        (rows("a,A,T,0,,,6,"), "row 2, column 'Communication': not a skill level"),
        (rows("a,A,T,0,,,,x"), "row 2, column 'product-strategy': not a skill level"),
        (rows("a,A,T,0,,b,,"), "row 2, column 'leads_to': no role with id 'b' in this file"),
        (rows("a,A,T,0,,a,,"), "row 2, column 'leads_to': a role cannot lead to itself"),
        (rows("a,A,T,0,,b;b,,", "b,B,T,1,,,,"), "row 2, column 'leads_to': 'b' is listed twice"),
        (rows("a,A,T,0,,,,", "", "a,B,T,1,,,,"), "row 4, column 'id': duplicate id 'a' (first"),
        (rows("a,A,T,0,,,,,,9"), "row 2: has 10 cells, more than the 8 columns"),
        (rows("a,A,T,0,,,,", header=HEADER + ",Juggling"), "column 'Juggling': not a role field"),
        (
            rows("a,A,T,0,,,,,", header=HEADER + ",communication"),
            "column 'communication': the same skill as column 'Communication'",
        ),
        (rows("a,A,T,0,B", header="id,title,track,level,Title"), "'Title': appears twice"),
        (rows("a,A,T", header="id,title,track"), "the header row has no 'level' column"),
        (HEADER + "\n\n", "the file has a header row but no roles"),
        ("", "the file is empty"),
        (" \n\n", "the file is empty"),
        (rows('a,"A,T,0,,,,'), "not valid CSV"),
        (rows("a,A,T,0,,,,", header=HEADER + ","), None),  # an empty unnamed column is fine
        (rows("a,A,T,0,,,,,x", header=HEADER + ","), "row 2, column 9: the column has no name"),
        (b"id,title\n\xff\xfe,x\n", "byte 9: not UTF-8 text"),
        (b"id,title\x00\n", "byte 8: binary data, not CSV text"),
        ('{"schema_version": 1}', "this looks like JSON, not CSV"),
        (rows("a," + "A" * 1001 + ",T,0,,,,"), "row 2, column 'title': longer than 1,000"),
    ],
)
def test_every_problem_is_one_located_sentence(tmp_path, text, expected):
    if expected is None:
        load_ladder_csv(write(tmp_path, text))
        return
    found = problems(tmp_path, text)
    assert len(found) == 1, found
    assert found[0].startswith("acme.csv: ")
    assert expected in found[0], found


def test_an_unknown_skill_column_suggests_a_close_name(tmp_path):
    text = rows("a,A,T,0,,,,,", header=HEADER + ",Stakeholder managment")
    assert problems(tmp_path, text) == [
        "acme.csv: column 'Stakeholder managment': not a role field (id, title, track, level, "
        "typical years, leads_to, summary) nor a skill pmplanner knows "
        "(did you mean 'Stakeholder management'?)"
    ]


def test_all_the_problems_of_a_file_are_listed(tmp_path):
    found = problems(tmp_path, rows("a,A,T,x,soon,,7,", "b,,T,0,,,,"))
    assert found == [
        "acme.csv: row 2, column 'level': not a whole number from 0 to 10",
        "acme.csv: row 2, column 'typical years': not a number of years such as 3 or 2-4 "
        "(at most 60)",
        "acme.csv: row 2, column 'Communication': not a skill level (a whole number from 1 to 5, "
        "or empty)",
        "acme.csv: row 3, column 'title': is empty",
    ]


def test_caps_on_size_rows_and_columns(tmp_path, monkeypatch):
    monkeypatch.setattr(ladder_csv, "MAX_CSV_BYTES", 100)
    text = rows(*["a,A,T,0,,,,"] * 20)
    assert problems(tmp_path, text) == [
        f"acme.csv: the file is {len(text):,} bytes, more than the 100 allowed"
    ]
    monkeypatch.setattr(ladder_csv, "MAX_CSV_BYTES", 10**6)
    monkeypatch.setattr(ladder_csv, "MAX_ROLES", 3)
    many = rows(*[f"r{i},R,T,0,,,," for i in range(5)])
    assert problems(tmp_path, many) == ["acme.csv: the file has more than 3 roles"]
    monkeypatch.setattr(ladder_csv, "MAX_COLUMNS", 8)
    assert problems(tmp_path, rows("a,A,T,0,,,,,", header=HEADER + ",mentoring")) == [
        "acme.csv: the header row has 9 columns, more than 8"
    ]


def test_check_validates_a_csv_ladder(tmp_path, capsys):
    good = write(tmp_path, template_csv(), "ladder.csv")
    assert main(["check", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: a valid career ladder (5 roles, 4 moves).\n"

    bad = write(tmp_path, rows("a,A,T,0,soon,ghost,,"), "bad.CSV")
    assert main(["check", str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{bad} is not a valid career ladder (CSV):",
        "  bad.CSV: row 2, column 'typical years': not a number of years such as 3 or 2-4 "
        "(at most 60)",
    ]
    assert main(["check", str(tmp_path / "missing.csv")]) == 1
    assert "missing.csv: the file does not exist" in capsys.readouterr().out


def test_the_readme_example_imports(tmp_path):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### From a spreadsheet (CSV)", 1)[1]
    example = section.split("```text\n", 1)[1].split("```", 1)[0]
    catalog = load_ladder_csv(write(tmp_path, example))
    assert [r.id for r in catalog.roles] == ["associate-pm", "pm", "senior-pm", "group-pm"]
    assert catalog.fastest_path("associate-pm", "group-pm").years == 1.5 + 2.5


CELLS = st.one_of(
    st.sampled_from(["", "a", "b", "pm", "0", "3", "11", "2-4", "x;y", "a;b", '"', "\ufeff"]),
    st.text(max_size=12),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.lists(
        st.sampled_from(
            [
                "id",
                "title",
                "track",
                "level",
                "typical years",
                "leads_to",
                "summary",
                "Communication",
                "mentoring",
                "",
                "Juggling",
            ]
        ),
        max_size=9,
    ),
    body=st.lists(st.lists(CELLS, max_size=10), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_any_matrix_loads_or_is_refused_with_sentences(catalog, header, body, delimiter):
    text = "\n".join(delimiter.join(row) for row in [header, *body])
    try:
        loaded = ladder_csv.ladder_data_from_csv(text.encode("utf-8"), Path("m.csv"), catalog)
    except ContentError as exc:
        assert exc.problems and all(p.startswith("m.csv: ") for p in exc.problems)
        return
    # what converts is a valid careers.json ladder
    assert ladder_from_data(loaded, Path("m.csv"), catalog).roles
