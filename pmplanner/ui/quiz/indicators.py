"""Radio and check indicators drawn in the palette's colours, visible in light and dark.

Some styles draw an unchecked indicator's outline in a shade that almost
vanishes on a dark (or even a light) window. ``indicator_style()`` is a proxy
of the application's style that draws the two indicators itself: an outline
of at least 3:1 against the window, the field in the base colour, the mark in
the highlight colour (or the text colour where that is too faint). Everything
else is left to the application's style.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from pmplanner.drawing.palette import contrast_ratio, mix

MARK_CONTRAST = 3.0
Role = QPalette.ColorRole
State = QStyle.StateFlag


def readable(colour: QColor, fallback: QColor, against: QColor) -> QColor:
    """``colour`` when it stands out 3:1 from ``against``, else ``fallback``."""
    return colour if contrast_ratio(colour, against) >= MARK_CONTRAST else fallback


def outline_colour(palette: QPalette) -> QColor:
    """A step back from the text, still 3:1 against the window and the field."""
    text = palette.color(Role.WindowText)
    for amount in (0.45, 0.35, 0.25, 0.15, 0.0):
        colour = mix(text, palette.color(Role.Window), amount)
        if (
            min(
                contrast_ratio(colour, palette.color(Role.Window)),
                contrast_ratio(colour, palette.color(Role.Base)),
            )
            >= MARK_CONTRAST
        ):
            return colour
    return text


class IndicatorStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        radio = element is QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not radio and element not in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,  # the goals list's boxes
        ):
            super().drawPrimitive(element, option, painter, widget)
            return
        palette = QPalette(option.palette)
        if not option.state & State.State_Enabled:
            palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
        base = palette.color(Role.Base)
        mark = readable(palette.color(Role.Highlight), palette.color(Role.Text), base)
        side = min(option.rect.width(), option.rect.height()) - 2
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(option.rect).center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(outline_colour(palette), 1.5))
        painter.setBrush(base)
        if radio:
            painter.drawEllipse(box)
            if option.state & State.State_On:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mark)
                inset = side * 0.27
                painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))
        else:
            painter.drawRoundedRect(box, 2, 2)
            if option.state & State.State_On:
                pen = QPen(mark, max(2.0, side / 7))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                x, y, s = box.left(), box.top(), side
                painter.drawPolyline(
                    QPolygonF(
                        [
                            QPointF(x + s * 0.22, y + s * 0.52),
                            QPointF(x + s * 0.42, y + s * 0.72),
                            QPointF(x + s * 0.78, y + s * 0.3),
                        ]
                    )
                )
            elif option.state & State.State_NoChange:
                painter.setPen(QPen(mark, max(2.0, side / 7)))
                middle = box.center().y()
                painter.drawLine(
                    QPointF(box.left() + side * 0.25, middle),
                    QPointF(box.right() - side * 0.25, middle),
                )
        painter.restore()


_style: IndicatorStyle | None = None


def indicator_style() -> IndicatorStyle:
    """The one proxy style for the quiz's radio buttons and check boxes (made once)."""
    global _style
    if _style is None:
        _style = IndicatorStyle()
        app = QApplication.instance()
        if app is not None:
            _style.setParent(app)  # ends with the application
    return _style
