"""Tooltips that show the person's text as typed.

Qt renders a tooltip that looks like HTML as rich text (and would load an
``<img src=...>``), so user text is always escaped inside a rich-text wrapper.
"""

from __future__ import annotations

import html


def plain_tooltip(*parts: str) -> str:
    text = "\n\n".join(p for p in parts if p)
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=True)}</p>'
