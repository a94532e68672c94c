"""The route strip inside the report's text document, drawn as real text at print size.

The HTML marks the strip's place with an image of our own name
(``ROUTE_STRIP``; the person's text is escaped, so it can never make one).
``place_route_strip`` swaps that image for a text object whose handler lays
the strip out for the width and the device the document is paged on
(``drawing.route_strip``), so the titles are vector text in the PDF at a size
in points, not pixels in a picture.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QSizeF
from PySide6.QtGui import (
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

from pmplanner.drawing.route_strip import StripLayout, StripMove, StripRole, paint_strip
from pmplanner.drawing.route_strip import strip_layout as layout_for
from pmplanner.report.html_parts import ROUTE_STRIP

ROUTE_OBJECT = QTextFormat.ObjectTypes.UserObject.value + 1


class RouteStripHandler(QPyTextObject):
    """Sizes and draws the strip for the document's current page width and device.

    (PySide's QPyTextObject: a Python QObject subclass with the interface
    mixed in is not seen by the layout as a handler.)
    """

    def __init__(self, roles: list[StripRole], moves: list[StripMove], parent: QObject):
        super().__init__(parent)
        self.roles, self.moves = roles, moves
        self.last_layout: StripLayout | None = None

    def _layout(self, document: QTextDocument) -> StripLayout:
        width = document.pageSize().width()
        if width <= 0:
            width = document.idealWidth() or 640.0
        # the root frame's margin on both sides, and a little room for the cursor
        width -= 2 * document.documentMargin() + 2
        device = document.documentLayout().paintDevice()
        layout = layout_for(self.roles, max(width, 100.0), device)
        self.last_layout = layout
        return layout

    def intrinsicSize(self, doc: QTextDocument, _pos: int, _format: QTextFormat) -> QSizeF:
        layout = self._layout(doc)
        return QSizeF(layout.width, layout.height)

    def drawObject(self, painter: QPainter, rect, doc: QTextDocument, _pos: int, _format) -> None:
        layout = self._layout(doc)
        # Qt may place the object past the margin (it centres it when the text grew
        # wider than the page); the page is cut at its width, so keep the strip inside
        right = doc.pageSize().width() - doc.documentMargin() if doc.pageSize().width() > 0 else 0
        left = min(rect.left(), right - layout.width) if right else rect.left()
        paint_strip(
            painter,
            QPointF(max(doc.documentMargin(), left), rect.top()),
            layout,
            self.roles,
            self.moves,
        )


def place_route_strip(
    document: QTextDocument, roles: list[StripRole], moves: list[StripMove]
) -> RouteStripHandler | None:
    """Put the strip where the HTML marked it; the handler (owned by the document), or None."""
    position = _marker_position(document)
    if position is None:
        return None
    handler = RouteStripHandler(roles, moves, document)
    document.documentLayout().registerHandler(ROUTE_OBJECT, handler)
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat()
    fmt.setObjectType(ROUTE_OBJECT)
    cursor.insertText("\ufffc", fmt)
    return handler


def _marker_position(document: QTextDocument) -> int | None:
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and QTextImageFormat(fmt).name() == ROUTE_STRIP:
                return fragment.position()
            it += 1
        block = block.next()
    return None
