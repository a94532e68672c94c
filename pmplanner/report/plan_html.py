"""The printed plan as HTML for QTextDocument: the chosen sections, in print order.

Every string that did not come from this file goes through ``safe.esc``
(``html.escape(quote=True)`` after cleaning): the person's text, and the
career content too (a ladder file is also someone's text). The only images
are ours, named in ``html_parts`` under the report's own URL scheme; links
are printed as text, never as anchors.
"""

from __future__ import annotations

from dataclasses import replace

from pmplanner.report import html_parts as h
from pmplanner.report.html_parts import Picture
from pmplanner.report.options import ReportOptions
from pmplanner.report.report_data import ReportData
from pmplanner.report.sections import BY_KEY, Parts
from pmplanner.wording.formats import Formats

FIRST_HEADING_BREAK = ' style="page-break-before: always"'


def plan_html(
    data: ReportData,
    pictures: dict[str, Picture] | None = None,
    formats: Formats | None = None,
    options: ReportOptions | None = None,
) -> str:
    parts = Parts(data, formats or Formats(), options or ReportOptions(), dict(pictures or {}))
    body = "".join(BY_KEY[key].build(parts) for key in parts.options.sections)
    if not body:  # e.g. only "progress" chosen for a plan without check-ins
        parts = replace(parts, say_none=True)
        body = "".join(BY_KEY[key].build(parts) for key in parts.options.sections)
    # a section that starts a new page does not leave the first page blank
    if body.startswith("<h2" + FIRST_HEADING_BREAK):
        body = "<h2" + body[len("<h2" + FIRST_HEADING_BREAK) :]
    return h.document(body)
