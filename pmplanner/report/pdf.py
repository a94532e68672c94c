"""The whole plan as a paged document: PDF file, print and print preview.

``build_report`` lays the plan out in a ``ReportDocument``, a QTextDocument
that loads nothing but our own two pictures (the route and the quiz chart):
every other resource it is asked for (a file, a web address) gets nothing, and
every request is recorded in ``requested``. ``paint_report`` draws it page by
page on any paged device (QPdfWriter, QPrinter) with a footer carrying the
plan's name and "Page n of m". A character no installed font can draw is
printed as its name (``glyphs.drawable``), never as an empty box.
``write_pdf`` renders into memory and then replaces the file atomically, so a
failure leaves an earlier PDF untouched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

from pmplanner import __version__
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Plan
from pmplanner.drawing import progress_chart
from pmplanner.drawing.quiz_chart import chart_bars, chart_size, quiz_chart
from pmplanner.report.errors import ReportError
from pmplanner.report.glyphs import drawable
from pmplanner.report.html_parts import (
    MAP_PICTURE,
    PROGRESS_PICTURE,
    QUIZ_PICTURE,
    ROUTE_STRIP,
    Picture,
)
from pmplanner.report.map_image import ensure_app, map_picture
from pmplanner.report.options import ReportOptions
from pmplanner.report.paginate import keep_headings_with_next
from pmplanner.report.plan_html import plan_html
from pmplanner.report.progress_html import chart_points
from pmplanner.report.report_data import ReportData, gather
from pmplanner.report.route_html import strip_items
from pmplanner.report.route_object import RouteStripHandler, place_route_strip
from pmplanner.report.safe import clean
from pmplanner.storage.atomic import atomic_write_bytes
from pmplanner.storage.errors import SaveError
from pmplanner.wording.formats import Formats, number

PageId = QPageSize.PageSizeId
PAGE_SIZES = {"a4": PageId.A4, "letter": PageId.Letter}
# Where US Letter is the usual paper (everywhere else: A4).
LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Philippines,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Venezuela,
    QLocale.Country.CostaRica,
    QLocale.Country.Guatemala,
    QLocale.Country.Panama,
    QLocale.Country.PuertoRico,
    QLocale.Country.DominicanRepublic,
    QLocale.Country.ElSalvador,
    QLocale.Country.Nicaragua,
    QLocale.Country.Belize,
}
MARGINS_MM = QMarginsF(18, 16, 18, 12)
FOOTER_PT = 8.0
PICTURE_MAX_W = 640  # CSS pixels: the text width of A4 and Letter at these margins
PICTURE_MAX_H = 820


def default_page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """US Letter where it is the usual paper, A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    return PageId.Letter if territory in LETTER_TERRITORIES else PageId.A4


def page_size_named(name: str | None, locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """``"a4"`` or ``"letter"``; None gives the locale's usual size."""
    if name is None:
        return default_page_size(locale)
    return PAGE_SIZES[name.lower()]


def document_title(plan: Plan) -> str:
    return clean(plan.profile.name).strip() or QCoreApplication.translate("Report", "Career plan")


IMAGE_RESOURCE = QTextDocument.ResourceType.ImageResource.value
STYLESHEET_RESOURCE = QTextDocument.ResourceType.StyleSheetResource.value
_BLANK = QImage(1, 1, QImage.Format.Format_ARGB32)
_BLANK.fill(0)  # transparent: what an image from elsewhere is drawn as


def _resource_type(type_) -> int:
    return type_ if isinstance(type_, int) else type_.value


class ReportDocument(QTextDocument):
    """A text document that serves only our own pictures and records every request."""

    def __init__(self, images: dict[str, QImage], parent=None):
        super().__init__(parent)
        self._images = dict(images)
        self.requested: list[str] = []
        self.source_html = ""
        self.route_strip: RouteStripHandler | None = None  # draws the route's cards

    @property
    def allowed(self) -> frozenset[str]:
        return frozenset(self._images)

    def loadResource(self, type_: int, url: QUrl | str) -> object:
        name = url.toString() if isinstance(url, QUrl) else url
        self.requested.append(name)
        kind = _resource_type(type_)
        if kind == IMAGE_RESOURCE:
            # Never None: Qt's image handler would then read the file itself
            # (QImage::load on the path or file: URL), whatever this method says.
            return self._images.get(name, _BLANK)
        if kind == STYLESHEET_RESOURCE:
            return ""
        return QByteArray()  # nothing from disk, nothing from the network


def _fit(width: float, height: float) -> tuple[int, int]:
    scale = min(1.0, PICTURE_MAX_W / width, PICTURE_MAX_H / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _map_picture(data: ReportData) -> tuple[Picture, QImage] | None:
    if data.current is None and data.target is None:
        return None
    current = data.current.id if data.current else None
    target = data.target.id if data.target else None
    image = map_picture(data.catalog, current, target, data.route)
    if image is None:
        return None
    width, height = _fit(image.width(), image.height())
    return Picture(MAP_PICTURE, width, height), image


def _quiz_picture(data: ReportData) -> tuple[Picture, QImage] | None:
    result = data.quiz
    if result is None or not result.ranking:
        return None
    bars = chart_bars([(s.track, s.score) for s in result.ranking], data.quiz_catalog)
    width, height = chart_size(bars)
    return Picture(QUIZ_PICTURE, width, height), quiz_chart(bars)


def _progress_picture(data: ReportData, f: Formats) -> tuple[Picture, QImage] | None:
    """Readiness over the check-ins, from two of them on."""
    points = chart_points(data, f)
    if len(points) < 2:
        return None
    width, height = progress_chart.chart_size()
    labels = [f.percent(v) for v in (0, 50, 100)]
    return Picture(PROGRESS_PICTURE, width, height), progress_chart.readiness_chart(points, labels)


def build_report(
    plan: Plan,
    catalog: CareerCatalog,
    *,
    today: date | None = None,
    locale: QLocale | None = None,
    quiz_catalog: CareerCatalog | None = None,
    options: ReportOptions | None = None,
) -> ReportDocument:
    """The plan laid out as a text document (an application object is made if needed).

    ``catalog`` is the ladder the person looks at (roles, path, skills);
    ``quiz_catalog`` the built-in content their quiz was scored against;
    ``options`` the sections and detail (default: the "share" preset).
    """
    ensure_app()
    options = options or ReportOptions()
    formats = Formats(locale)
    data = gather(plan, catalog, today or date.today(), quiz_catalog)
    images: dict[str, QImage] = {ROUTE_STRIP: _BLANK}
    pictures: dict[str, Picture] = {}
    made = [
        _map_picture(data) if options.has("map") else None,
        _quiz_picture(data) if options.has("quiz") else None,
        _progress_picture(data, formats) if options.has("progress") else None,
    ]
    for item in made:
        if item is not None:
            picture, image = item
            pictures[picture.url] = picture
            images[picture.url] = image
    html = plan_html(data, pictures, formats, options)
    html = drawable(html)  # no empty boxes where no installed font has the character
    document = ReportDocument(images)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document_title(plan))
    document.setHtml(html)
    document.source_html = html  # for the benchmark's plain-QTextDocument baseline
    if options.has("route"):
        roles, moves = strip_items(data, formats)
        roles = [replace(r, title=drawable(r.title)) for r in roles]
        document.route_strip = place_route_strip(document, roles, moves)
    return document


def set_page(device: QPagedPaintDevice, page_size: QPageSize.PageSizeId) -> None:
    device.setPageSize(QPageSize(page_size))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def paint_report(document: QTextDocument, device: QPrinter | QPdfWriter, footer: str) -> int:
    """Draw ``document`` page by page on ``device`` (margins as set on it); the page count."""
    dpi = device.resolution()
    area = device.pageLayout().paintRectPixels(dpi)
    footer_h = FOOTER_PT / 72 * dpi * 2.6
    body = QSizeF(area.width(), area.height() - footer_h)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body)
    keep_headings_with_next(document)
    pages = document.pageCount()
    footer = drawable(footer)
    painter = QPainter()
    if not painter.begin(device):
        raise ReportError(QCoreApplication.translate("Report", "The document could not be drawn."))
    try:
        font = QFont(document.defaultFont())
        font.setPointSizeF(FOOTER_PT)
        for page in range(pages):
            if page and not device.newPage():
                raise ReportError(
                    QCoreApplication.translate("Report", "The document could not be drawn.")
                )
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
            _paint_footer(
                painter, font, QRectF(0, body.height(), body.width(), footer_h), footer, page, pages
            )
    finally:
        painter.end()
    return pages


def _paint_footer(painter, font, rect: QRectF, title: str, page: int, pages: int) -> None:
    painter.save()
    pen = QPen(QColor("#d0d7de"))
    pen.setWidthF(max(1.0, rect.height() / 60))
    painter.setPen(pen)
    top = rect.top() + rect.height() * 0.3
    painter.drawLine(rect.left(), top, rect.right(), top)
    painter.setPen(QColor("#57606a"))
    painter.setFont(font)
    text_rect = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
    page_of = QCoreApplication.translate("Report", "Page {page} of {pages}").format(
        page=number(page + 1), pages=number(pages)
    )
    align = Qt.AlignmentFlag.AlignVCenter
    page_of_w = painter.fontMetrics().horizontalAdvance(page_of) + rect.height()
    elided = painter.fontMetrics().elidedText(
        title, Qt.TextElideMode.ElideRight, round(max(0.0, rect.width() - page_of_w))
    )
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, elided)
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, page_of)
    painter.restore()


def pdf_bytes(
    plan: Plan,
    catalog: CareerCatalog,
    *,
    page_size: QPageSize.PageSizeId | None = None,
    today: date | None = None,
    locale: QLocale | None = None,
    quiz_catalog: CareerCatalog | None = None,
    options: ReportOptions | None = None,
) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    document = build_report(
        plan, catalog, today=today, locale=locale, quiz_catalog=quiz_catalog, options=options
    )
    return render_pdf(document, document_title(plan), page_size or default_page_size(locale))


def render_pdf(
    document: QTextDocument, title: str, page_size: QPageSize.PageSizeId
) -> tuple[bytes, int]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(f"pmplanner {__version__}")
    set_page(writer, page_size)
    pages = paint_report(document, writer, title)
    del writer  # flushes the PDF's trailer into the buffer
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(
    plan: Plan,
    catalog: CareerCatalog,
    out_path: Path | str,
    *,
    page_size: QPageSize.PageSizeId | None = None,
    today: date | None = None,
    locale: QLocale | None = None,
    quiz_catalog: CareerCatalog | None = None,
    options: ReportOptions | None = None,
) -> int:
    """Write the plan's PDF atomically; its page count.

    Raises ReportError (one sentence naming the file); an earlier file at
    ``out_path`` is left as it was.
    """
    out_path = Path(out_path)
    try:
        data, pages = pdf_bytes(
            plan,
            catalog,
            page_size=page_size,
            today=today,
            locale=locale,
            quiz_catalog=quiz_catalog,
            options=options,
        )
    except ReportError as exc:
        raise could_not_make(out_path, exc) from None
    save_pdf_bytes(out_path, data)
    return pages


def could_not_make(out_path: Path, exc: ReportError) -> ReportError:
    """One sentence naming the PDF that could not be drawn, and why."""
    return ReportError(
        QCoreApplication.translate("Report", "Could not make {path}: {reason}").format(
            path=out_path, reason=str(exc)
        )
    )


def save_pdf_bytes(out_path: Path, data: bytes) -> None:
    """Write a drawn PDF atomically (the earlier file stays on any failure)."""
    try:
        atomic_write_bytes(out_path, data)
    except SaveError as exc:
        raise ReportError(str(exc)) from None
