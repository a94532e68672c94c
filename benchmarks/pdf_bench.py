"""The PDF of a big plan against a plain QTextDocument of the same HTML, measured in one run.

    python benchmarks/pdf_bench.py            # 500 goals, 50 contacts
    python benchmarks/pdf_bench.py --quick    # fewer repetitions

Ours, with the "complete" preset: gather the plan's content, draw the map
picture, the route's cards and the quiz chart,
lay out the HTML and paint every page with its footer into a PDF in memory
(``pmplanner.report.pdf.pdf_bytes``). Baseline: a plain QTextDocument given
the very same HTML, printed with ``QTextDocument.print_`` into a QPdfWriter
(Qt's own pagination and page numbers, no pictures, no plan work). The goal
is an absolute figure under 2 s; the ratio shows what our code adds.
``bench_pdf(runs, rows)`` adds its rows in the format of ``benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from workloads import big_plan  # noqa: E402

GOALS, CONTACTS = 500, 50


def _plan():
    from datetime import UTC, datetime

    from pmplanner.core.plan import QuizResult, TrackScore

    plan = big_plan(GOALS, CONTACTS)
    plan.profile.target_role = "director-product"
    plan.quiz_results.append(
        QuizResult(
            taken=datetime(2026, 1, 1, tzinfo=UTC),
            ranking=[
                TrackScore(track="strategic", score=70),
                TrackScore(track="technical", score=50),
                TrackScore(track="ux", score=30),
            ],
            verdict="clear",
            track="strategic",
        )
    )
    return plan


def bench_pdf(runs: int, rows: list[tuple[str, float, float, str]]) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from pmplanner.report.map_image import ensure_app
    from pmplanner.report.options import options_for
    from pmplanner.report.pdf import build_report, pdf_bytes
    from pmplanner.storage.content import load_builtin_content

    ensure_app()
    catalog = load_builtin_content()
    plan = _plan()
    complete = options_for("complete")  # every section, every goal on its own row
    html = build_report(plan, catalog, options=complete).source_html
    page = QPageSize(QPageSize.PageSizeId.A4)
    pages: list[int] = []

    def ours() -> float:
        start = time.perf_counter()
        _data, count = pdf_bytes(plan, catalog, page_size=QPageSize.PageSizeId.A4, options=complete)
        elapsed = time.perf_counter() - start
        pages.append(count)
        return elapsed

    def plain() -> float:
        start = time.perf_counter()
        document = QTextDocument()
        document.setHtml(html)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(page)
        document.print_(writer)
        del writer
        buffer.close()
        return time.perf_counter() - start

    ours()  # warm up fonts, content and image plugins
    plain()
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(plain())
    rows.append(
        (
            f"PDF of {GOALS} goals, {CONTACTS} contacts ({pages[-1]} pages)",
            statistics.median(a) * 1000,
            statistics.median(b) * 1000,
            "plain QTextDocument.print_ of the same HTML; goal < 2000 ms",
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    rows: list[tuple[str, float, float, str]] = []
    bench_pdf(3 if args.quick else 7, rows)
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'ours ms':>9}  {'base ms':>9}  {'ratio':>6}  baseline")
    for name, mine, base, note in rows:
        print(f"{name:<{width}}  {mine:9.1f}  {base:9.1f}  {mine / base:6.2f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
