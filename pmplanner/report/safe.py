"""The person's text made safe to put into HTML, PDF and iCalendar files.

A plan may hold anything that was pasted into it: lone surrogates (which no
encoder accepts), control characters (which XML and iCalendar refuse) and
markup (which must never be interpreted). Nothing here drops visible text.
"""

from __future__ import annotations

import html
import re

REPLACEMENT = "\ufffd"
# lone surrogates, and C0/C1 controls except tab and newline
_UNSAFE = re.compile(r"[\ud800-\udfff]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """``text`` with lone surrogates shown as U+FFFD and control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub(lambda m: REPLACEMENT if m.group() >= "\ud800" else "", text)


def esc(text: str) -> str:
    """``text`` as literal HTML text: every markup character escaped."""
    return html.escape(clean(text), quote=True)


def esc_lines(text: str) -> str:
    """Like ``esc``, keeping the person's line breaks."""
    return "<br>".join(esc(line) for line in clean(text).strip("\n").split("\n"))
