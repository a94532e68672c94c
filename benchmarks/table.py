"""The benchmarks' one table: every figure as a ratio against its baseline, in markdown."""

from __future__ import annotations

Row = tuple  # (figure, pmplanner, baseline, "baseline is; goal"[, unit])


def markdown(rows: list[Row]) -> str:
    lines = [
        "| Figure | pmplanner | Baseline | Ratio | Baseline is; goal |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        name, ours, base, note = row[:4]
        unit = row[4] if len(row) > 4 else "ms"
        lines.append(
            f"| {name} | {ours:,.1f} {unit} | {base:,.1f} {unit} | {ours / base:.2f}x | {note} |"
        )
    return "\n".join(lines)
