"""Small HTML building blocks for the printed plan (QTextDocument's rich-text subset).

Naming rule: a parameter called ``text`` is plain text and is escaped here; a
parameter called ``html`` (or cells, rows) must already be escaped markup
built by these functions or by ``safe.esc``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pmplanner.report.safe import esc

TEXT = "#1f2328"
MUTED = "#57606a"
RULE = "#d0d7de"
HEAD_BG = "#eef1f4"
WARN = "#b3261e"
ACCENT = "#0b4f8a"


# Our own pictures, under the report's own URL scheme (never built from the person's text)
SCHEME = "pmplanner-report"
MAP_PICTURE = f"{SCHEME}:map.png"
QUIZ_PICTURE = f"{SCHEME}:quiz.png"
PROGRESS_PICTURE = f"{SCHEME}:progress.png"
ROUTE_STRIP = f"{SCHEME}:route-strip"  # a place holder: report.route_object draws the strip


@dataclass(frozen=True)
class Picture:
    """One of our images, shown at ``width`` x ``height`` (CSS pixels)."""

    url: str
    width: int
    height: int


STYLE = f"""
body {{ font-size: 10pt; color: {TEXT}; }}
h1 {{ font-size: 26pt; font-weight: bold; color: {ACCENT}; margin-bottom: 4px; }}
h2 {{ font-size: 16pt; font-weight: bold; color: {ACCENT}; margin-top: 24px; margin-bottom: 6px; }}
h3 {{ font-size: 12pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 6px; }}
th {{ background-color: {HEAD_BG}; font-weight: bold; text-align: left; }}
.small {{ font-size: 8.5pt; color: {MUTED}; }}
.note {{ font-size: 9pt; color: {MUTED}; }}
.warn {{ font-size: 8.5pt; color: {WARN}; font-weight: bold; }}
.subtitle {{ font-size: 16pt; }}
"""


def document(body_html: str) -> str:
    return f"<html><head><style>{STYLE}</style></head><body>{body_html}</body></html>"


def big_title(text: str) -> str:
    return f"<h1>{esc(text)}</h1>"


def subtitle(html: str) -> str:
    return f'<p class="subtitle">{html}</p>'


def heading(text: str, new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h2{style}>{esc(text)}</h2>"


def subheading(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


def para(html: str) -> str:
    return f"<p>{html}</p>"


def note(html: str) -> str:
    return f'<p class="note">{html}</p>'


def block(html: str) -> str:
    """A paragraph inside a table cell, under its first line."""
    return f'<p style="margin-top:3px; margin-bottom:0px">{html}</p>'


def bold(html: str) -> str:
    return f"<b>{html}</b>"


def small(html: str) -> str:
    return f'<span class="small">{html}</span>'


def warn(html: str) -> str:
    return f'<span class="warn">{html}</span>'


def spacer(height_px: int) -> str:
    return f'<p style="margin-top:{int(height_px)}px; margin-bottom:0px">&nbsp;</p>'


def bullets(items_html: Iterable[str]) -> str:
    rows = "".join(f"<li>{item}</li>" for item in items_html)
    return f'<ul style="margin-top:2px; margin-bottom:6px">{rows}</ul>' if rows else ""


def picture(pic: Picture) -> str:
    # the URL is one of our fixed names, never built from the person's text
    return (
        f'<p style="margin-top:6px; margin-bottom:8px"><img src="{esc(pic.url)}" '
        f'width="{int(pic.width)}" height="{int(pic.height)}"></p>' + spacer(4)
    )


def route_strip_marker() -> str:
    """Where the route's strip of cards goes (``report.route_object`` swaps it in)."""
    return (
        f'<p style="margin-top:10px; margin-bottom:12px"><img src="{ROUTE_STRIP}" '
        'width="1" height="1"></p>'
    )


def facts(rows: Sequence[tuple[str, str]]) -> str:
    """Label (text) and value (html) pairs, as a borderless two-column table."""
    body = "".join(
        f'<tr><td width="28%" class="note" style="border-bottom: none">{esc(label)}</td>'
        f'<td style="border-bottom: none">{value}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0" cellpadding="4" width="100%">{body}</table>'


def table(
    columns: Sequence[tuple[str, int]],
    rows: Iterable[Sequence[str]],
    footer: Sequence[str] | None = None,
) -> str:
    """A ruled table whose header row repeats on every page it runs onto.

    ``columns`` are (header text, width in percent); cells are html. Each cell
    draws its own thin border: Qt's collapsed borders look alike but lay out
    2-3 times slower, and white cells on a ruled background would paint over
    the repeated header where a long row continues on the next page.
    """
    head = "".join(
        f'<th width="{int(w)}%" bgcolor="{HEAD_BG}">{esc(title)}</th>' for title, w in columns
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    foot = ""
    if footer is not None:
        foot = "<tr>" + "".join(f"<td>{c}</td>" for c in footer) + "</tr>"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="4" border="0.5" '
        f'style="border-style: solid; border-color: {RULE}; margin-bottom: 8px">'
        f"<thead><tr>{head}</tr></thead>{body}{foot}</table>"
    )
