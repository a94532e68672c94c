"""Headings kept with what follows them when a laid-out document is paged.

QTextDocument has no "keep with next": a heading can end up alone at the foot
of a page with its table on the next one. After layout, a heading that starts
within ``room`` of a page's end gets a page break before it. The breaks added
are remembered on the document and taken out again before the next paging
(a print preview pages the same document again for every paper size).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

Policy = QTextBlockFormat.PageBreakFlag
ROOM_SHARE = 0.1  # of the page height: a heading needs this much below it
_MOVED = "_pmplanner_moved_headings"


def _set_break(document: QTextDocument, block_number: int, on: bool) -> None:
    block = document.findBlockByNumber(block_number)
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(Policy.PageBreak_AlwaysBefore if on else Policy.PageBreak_Auto)
    QTextCursor(block).setBlockFormat(fmt)
    # The layout's own update after a format change can leave the blocks after
    # it where they were (tables especially): lay them out again from here.
    start = block.position()
    document.markContentsDirty(start, document.characterCount() - start)


def keep_headings_with_next(document: QTextDocument, room_share: float = ROOM_SHARE) -> int:
    """Move headings stranded at a page's foot to the next page; how many moved."""
    for number in document.property(_MOVED) or []:
        _set_break(document, number, False)
    page_height = document.pageSize().height()
    if page_height <= 0:
        return 0
    layout = document.documentLayout()
    moved: list[int] = []
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        if level >= 2 and not fmt.pageBreakPolicy() & Policy.PageBreak_AlwaysBefore:
            room = page_height * room_share * (2 if level == 2 else 1)
            top = layout.blockBoundingRect(block).top()
            from_page_top = top % page_height
            if from_page_top > page_height - room and from_page_top > room:
                _set_break(document, block.blockNumber(), True)
                moved.append(block.blockNumber())
        block = block.next()
    document.setProperty(_MOVED, moved)
    return len(moved)
