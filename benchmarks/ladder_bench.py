"""A generated 5 MB ladder through `pmplanner check` and import, against json.loads.

    python benchmarks/ladder_bench.py            # every variant, a markdown table
    python benchmarks/ladder_bench.py --quick    # fewer repetitions
    python benchmarks/ladder_bench.py write valid|shape|refs OUT.json  # just the file

Variants, each about 5 MB in careers.json format:

- valid: roles with summaries, responsibilities and skills, promotions and
  cross-track moves, all correct;
- shape: the same with every role's level, every skill level and every move's
  years of the wrong type (some 25,000 pydantic errors);
- refs: well-formed, but every role names an unknown track and skill and every
  move an unknown role (the cross-reference checks).

Each figure is the median time against ``json.loads`` of the same text, in
alternation; the peak memory is the largest resident size (VmHWM) of a
fresh process doing the one step, interpreter and imports included. Goals
(issue 10): at most 10x json.loads, peak under 300 MB.
``bench_ladders(runs, rows)`` adds rows in the format of ``benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

TARGET_BYTES = 5 * 1024 * 1024
SKILLS = (
    "communication",
    "prioritisation",
    "product-strategy",
    "data-analysis",
    "stakeholder-management",
    "user-research",
)
VARIANTS = ("valid", "shape", "refs")


def generated_ladder(variant: str = "valid", target_bytes: int = TARGET_BYTES) -> bytes:
    """A careers.json-format ladder of about ``target_bytes``; see the module's text."""
    n_tracks, n_levels = 40, 8
    per_role = 1_400  # bytes of JSON per role and its two moves, roughly
    n_roles = max(n_tracks * n_levels, target_bytes // per_role)
    per_track = n_roles // n_tracks
    tracks, roles, moves = [], [], []
    for t in range(n_tracks):
        ids = [f"t{t}-r{i}" for i in range(per_track)]
        tracks.append(
            {
                "id": f"track-{t}",
                "name": f"Track {t}",
                "kind": "specialist",
                "summary": "A generated track of a large organisation's ladder.",
                "progression": ids,
                "colour": "#3B6EA5",
            }
        )
        for i, role_id in enumerate(ids):
            level = i * n_levels // per_track
            role = {
                "id": role_id,
                "title": f"Product role {t}.{i}",
                "track": f"track-{t}" if variant != "refs" else f"no-track-{t}",
                "level": level if variant != "shape" else f"level {level}",
                "summary": "Owns a product area, its roadmap and its results. " * 3,
                "responsibilities": [
                    "Talk to customers every week and share what was learnt.",
                    "Keep the roadmap honest: what, why, and what not.",
                    "Work with design and engineering from discovery to launch.",
                ],
                "skills": [
                    {
                        "skill": skill if variant != "refs" else f"{skill}-x",
                        "level": 1 + (i + k) % 5 if variant != "shape" else "high",
                    }
                    for k, skill in enumerate(SKILLS)
                ],
                "tenure_years": {"min": 1, "max": 3},
                "also_called": ["PM", "Product owner"],
            }
            roles.append(role)
            targets = [ids[i + 1]] if i + 1 < per_track else []
            targets.append(f"t{(t + 1) % n_tracks}-r{i}")
            for target in targets:
                moves.append(
                    {
                        "from_role": role_id,
                        "to_role": target if variant != "refs" else f"{target}-gone",
                        "kind": "promotion" if target.startswith(f"t{t}-") else "branch",
                        "years": 2 if variant != "shape" else "two",
                        "requirements": ["Shows the next level's scope for two quarters."],
                    }
                )
    data = {
        "schema_version": 1,
        "levels": [{"rank": r, "name": f"Level {r}"} for r in range(n_levels)],
        "tracks": tracks,
        "roles": roles,
        "transitions": moves,
    }
    return json.dumps(data, indent=1).encode("utf-8")


def _check(path: Path, data_dir: Path) -> int:
    from pmplanner.checks import run_check

    with contextlib.redirect_stdout(io.StringIO()):
        return run_check(path, data_dir)


def _import(path: Path, data_dir: Path) -> None:
    from pmplanner.storage.content import ContentError
    from pmplanner.storage.ladders import import_ladder, ladders_dir

    with contextlib.suppress(ContentError):
        import_ladder(path, data_dir)
    for kept in ladders_dir(data_dir).glob("*"):
        kept.unlink()  # the next run imports again instead of finding the copy


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


PEAK_CHILD = """
import resource, sys
from pathlib import Path
sys.path.insert(0, {here!r})
import ladder_bench
from pmplanner.storage.content import load_builtin_content


def peak_kb():
    # VmHWM: this process's own peak (ru_maxrss keeps the parent's across fork + exec)
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


load_builtin_content()
before = peak_kb()
getattr(ladder_bench, sys.argv[1])(Path(sys.argv[2]), Path(sys.argv[3]))
print(before, peak_kb())
"""


def peak_mb(step: str, path: Path, data_dir: Path) -> tuple[float, float]:
    """(resident MB before the step, peak resident MB) of a fresh process doing ``step``."""
    code = PEAK_CHILD.format(here=str(HERE))
    out = subprocess.run(
        [sys.executable, "-c", code, step, str(path), str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    before, after = out.stdout.split()
    return int(before) / 1024, int(after) / 1024


def bench_ladders(runs: int, rows: list[tuple]) -> None:
    from pmplanner.storage.content import load_builtin_content

    load_builtin_content()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        for variant in VARIANTS:
            raw = generated_ladder(variant)
            path = Path(tmp) / f"{variant}.json"
            path.write_bytes(raw)
            text = raw.decode("utf-8")
            size = f"{len(raw) / 1024 / 1024:.1f} MB {variant} ladder"
            for step, what in (("_check", "check"), ("_import", "import")):
                ours, base = [], []
                fn = _check if step == "_check" else _import
                for _ in range(runs):
                    ours.append(_timed(lambda fn=fn, path=path: fn(path, data_dir)))
                    base.append(_timed(lambda text=text: json.loads(text)))
                rows.append(
                    (
                        f"{what} a {size}",
                        statistics.median(ours) * 1000,
                        statistics.median(base) * 1000,
                        "json.loads of the same text; goal <= 10x",
                    )
                )
                at_rest, peak = peak_mb(step, path, data_dir)
                rows.append(
                    (
                        f"peak memory, {what} a {size}",
                        peak,
                        at_rest,
                        "the same process before the step; goal: peak < 300 MB",
                        "MB",
                    )
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("write", nargs="*", help="write VARIANT OUT.json: just write the file")
    args = parser.parse_args()
    if args.write:
        _, variant, out = args.write
        Path(out).write_bytes(generated_ladder(variant))
        return 0
    from table import markdown

    rows: list[tuple] = []
    bench_ladders(3 if args.quick else 7, rows)
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
