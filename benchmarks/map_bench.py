"""Career map speed: build time and frame time, built-in and generated ladders.

    python benchmarks/map_bench.py            # full run
    python benchmarks/map_bench.py --quick    # fewer repetitions

Each figure is printed in milliseconds and as a ratio against a baseline
measured in the same run, in alternation with the candidate:

- build: MapContent + canvas.set_content + the first repaint, against a plain
  QGraphicsView holding the same number of rect items (cards) and line items
  (moves), built and painted once;
- frame: one zoom or pan step (ViewBox.setRange) + a synchronous viewport
  repaint, against the same plain view doing the same steps with setTransform.

Targets (issue 3): a 2,000-role, 3,000-move ladder builds in under 300 ms and
a frame's median is under 33 ms; the built-in map's under 16 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from pmplanner.core.careers import (
    Level,
    Role,
    Track,
    TrackKind,
    Transition,
    TransitionKind,
)
from pmplanner.core.catalog import CareerCatalog

VIEW_W, VIEW_H = 1100, 750
PALETTE = ["#3B6EA5", "#8E44AD", "#C0392B", "#2E86AB", "#E67E22", "#27AE60", "#7F8C8D"]


def generated_catalog(roles: int = 2000, moves: int = 3000, seed: int = 3) -> CareerCatalog:
    """20 tracks x 10 levels x 10 roles; promotions up each track, then random moves."""
    rng = random.Random(seed)
    n_tracks, n_levels = 20, 10
    per_cell = roles // (n_tracks * n_levels)
    levels = [Level(rank=i, name=f"Level {i}") for i in range(n_levels)]
    tracks, all_roles = [], []
    cells: dict[tuple[int, int], list[str]] = {}
    for t in range(n_tracks):
        kind = TrackKind.ADJACENT if t >= n_tracks - 2 else TrackKind.SPECIALIST
        ids = []
        for lv in range(n_levels):
            for k in range(per_cell):
                role_id = f"t{t}-l{lv}-r{k}"
                ids.append(role_id)
                cells.setdefault((t, lv), []).append(role_id)
                all_roles.append(
                    Role(
                        id=role_id,
                        title=f"Generated role {t}.{lv}.{k} with a longer title",
                        track=f"t{t}",
                        level=lv,
                        summary="Generated",
                        look_alike=kind is TrackKind.ADJACENT,
                    )
                )
        tracks.append(
            Track(
                id=f"t{t}",
                name=f"Track number {t}",
                kind=kind,
                summary="Generated",
                progression=ids[::per_cell],
                colour=PALETTE[t % len(PALETTE)],
            )
        )
    seen: set[tuple[str, str]] = set()
    transitions = []

    def add(a: str, b: str, kind: TransitionKind) -> None:
        if a != b and (a, b) not in seen and len(transitions) < moves:
            seen.add((a, b))
            transitions.append(
                Transition(from_role=a, to_role=b, kind=kind, years=rng.choice((1.5, 2, 3)))
            )

    for (t, lv), ids in cells.items():
        if lv + 1 < n_levels:
            for k, role_id in enumerate(ids):
                add(role_id, cells[(t, lv + 1)][k], TransitionKind.PROMOTION)
    while len(transitions) < moves:
        t, lv = rng.randrange(n_tracks), rng.randrange(n_levels - 1)
        a = rng.choice(cells[(t, lv)])
        b = rng.choice(cells[(rng.randrange(n_tracks), lv + rng.choice((0, 1)))])
        add(a, b, rng.choice((TransitionKind.BRANCH, TransitionKind.LATERAL)))
    return CareerCatalog(levels, tracks, all_roles, transitions, skills=[])


# -- the candidate: the real canvas -------------------------------------------------
class MapRun:
    def __init__(self, catalog: CareerCatalog):
        from pmplanner.ui.map.canvas import MapCanvas

        self.catalog = catalog
        self.canvas = MapCanvas()
        self.canvas.resize(VIEW_W, VIEW_H)
        self.canvas.show()
        QApplication.processEvents()

    def build(self) -> float:
        from pmplanner.drawing.map_scene import MapContent

        start = time.perf_counter()
        content = MapContent(self.catalog)
        self.canvas.set_content(content)
        self.canvas.view.viewport().repaint()
        return time.perf_counter() - start

    def frames(self, steps: list[tuple[str, float]]) -> list[float]:
        self.canvas.fit_all()
        self.canvas.view.viewport().repaint()
        out = []
        for kind, amount in steps:
            start = time.perf_counter()
            if kind == "zoom":
                self.canvas.zoom(amount)
            else:
                self.canvas.pan(amount, amount / 2)
            self.canvas.view.viewport().repaint()
            out.append(time.perf_counter() - start)
        return out


# -- the baseline: a plain QGraphicsView with as many rects and lines -------------------
class PlainRun:
    def __init__(self, catalog: CareerCatalog):
        from pmplanner.drawing.layout import build_layout

        self.layout = build_layout(catalog)
        self.moves = [
            (t.from_role, t.to_role)
            for t in catalog.transitions
            if t.from_role in self.layout.cards and t.to_role in self.layout.cards
        ]
        self.view = QGraphicsView()
        self.view.resize(VIEW_W, VIEW_H)
        self.view.show()
        self.scene: QGraphicsScene | None = None
        QApplication.processEvents()

    def build(self) -> float:
        start = time.perf_counter()
        scene = QGraphicsScene()
        for rect in self.layout.cards.values():
            scene.addRect(QRectF(rect.x, rect.y, rect.w, rect.h))
        for a, b in self.moves:
            ra, rb = self.layout.cards[a], self.layout.cards[b]
            scene.addLine(QLineF(ra.right, ra.cy, rb.x, rb.cy))
        self.view.setScene(scene)
        self.scene = scene
        self.view.viewport().repaint()
        return time.perf_counter() - start

    def frames(self, steps: list[tuple[str, float]]) -> list[float]:
        b = self.layout.bounds
        scale = min(VIEW_W / b.w, VIEW_H / b.h)
        cx, cy = b.cx, b.cy
        self.view.setTransform(QTransform.fromScale(scale, scale))
        self.view.centerOn(cx, cy)
        self.view.viewport().repaint()
        out = []
        for kind, amount in steps:
            start = time.perf_counter()
            if kind == "zoom":
                scale *= amount
                self.view.setTransform(QTransform.fromScale(scale, scale))
            else:
                cx += amount * VIEW_W / scale
                cy += amount / 2 * VIEW_H / scale
            self.view.centerOn(cx, cy)
            self.view.viewport().repaint()
            out.append(time.perf_counter() - start)
        return out


def steps() -> list[tuple[str, float]]:
    """Zoom in ten steps, pan, zoom back out: 30 frames across every zoom level."""
    return [("zoom", 1.25)] * 10 + [("pan", 0.1)] * 5 + [("pan", -0.1)] * 5 + [("zoom", 0.8)] * 10


def ms(seconds: float) -> float:
    return seconds * 1000


def figures(catalog: CareerCatalog, runs: int) -> dict[str, float]:
    """Medians in seconds: build, frame and their plain-view baselines, and the frames' p95."""
    candidate, baseline = MapRun(catalog), PlainRun(catalog)
    builds, base_builds, frames, base_frames = [], [], [], []
    for _ in range(runs):
        builds.append(candidate.build())
        base_builds.append(baseline.build())
        frames += candidate.frames(steps())
        base_frames += baseline.frames(steps())
    return {
        "build": statistics.median(builds),
        "base_build": statistics.median(base_builds),
        "frame": statistics.median(frames),
        "base_frame": statistics.median(base_frames),
        "frame_p95": sorted(frames)[int(len(frames) * 0.95)],
    }


def measure(name: str, catalog: CareerCatalog, runs: int) -> None:
    f = figures(catalog, runs)
    b, bb, fr, bf = f["build"], f["base_build"], f["frame"], f["base_frame"]
    print(
        f"{name:<28} build {ms(b):7.1f} ms  (plain view {ms(bb):6.1f} ms, x{b / bb:4.2f})   "
        f"frame median {ms(fr):5.1f} ms, p95 {ms(f['frame_p95']):5.1f} ms  "
        f"(plain view {ms(bf):5.1f} ms, x{fr / bf:4.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    app = QApplication.instance() or QApplication(sys.argv)
    from pmplanner.storage.content import load_builtin_content

    builtin = load_builtin_content()
    big = generated_catalog()
    print(f"offscreen view {VIEW_W}x{VIEW_H}, {runs} runs, medians")
    measure(f"built-in ({len(builtin.roles)} roles)", builtin, runs)
    measure(f"generated ({len(big.roles)}/{len(big.transitions)})", big, runs)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
