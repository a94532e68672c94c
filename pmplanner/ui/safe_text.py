"""Showing the person's text, file names and file contents as typed.

Qt treats a message or tooltip that looks like HTML as rich text (and would
load an ``<img src=...>``). Anything that may hold text we did not write is
escaped and wrapped as rich text, so it is always shown literally.
"""

from __future__ import annotations

import html


def literal(*parts: str) -> str:
    """Rich text showing ``parts`` literally, separated by blank lines."""
    text = "\n\n".join(p for p in parts if p)
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=True)}</p>'
