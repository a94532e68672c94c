"""File > Export Promotion Case… and ``pmplanner export-case``: one PDF for a manager.

For each skill of the target role: the expected level, the latest rating and
its trend, the evidence for it and the open gaps with the goals aimed at them.
It follows the report's rules: every string escaped (``safe.esc``), no
pictures but our own (none here), links printed as text, drawn by the report's
``ReportDocument`` and ``render_pdf`` and written atomically.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPageSize, QTextDocument

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Plan
from pmplanner.core.progress import in_order
from pmplanner.core.promotion_case import SkillCase, promotion_case
from pmplanner.report import html_parts as h
from pmplanner.report.errors import ReportError
from pmplanner.report.glyphs import drawable
from pmplanner.report.map_image import ensure_app
from pmplanner.report.pdf import (
    ReportDocument,
    could_not_make,
    default_page_size,
    render_pdf,
    save_pdf_bytes,
)
from pmplanner.report.safe import clean, esc, esc_lines
from pmplanner.wording import counts
from pmplanner.wording.formats import Formats


def _trend(case: SkillCase, f: Formats) -> str:
    trend = case.trend
    if trend is None or case.since is None:
        return QCoreApplication.translate("PromotionCase", "no earlier check-in to compare with")
    day = f.short_date(case.since)
    if trend > 0:
        return counts.levels_up(trend, day, f)
    if trend < 0:
        return counts.levels_down(-trend, day, f)
    return QCoreApplication.translate("PromotionCase", "unchanged since {date}").format(date=day)


def _skill_section(case: SkillCase, catalog: CareerCatalog, f: Formats) -> str:
    rating = (
        QCoreApplication.translate("PromotionCase", "not rated yet")
        if case.rating is None
        else f.number(case.rating)
    )
    if case.gap:
        standing = counts.levels_below(case.gap, f)
    else:
        standing = QCoreApplication.translate("PromotionCase", "meets the expected level")
    out = h.subheading(catalog.skill_name(case.skill))
    out += h.facts(
        [
            (
                QCoreApplication.translate("PromotionCase", "Expected level"),
                esc(f.number(case.expected)),
            ),
            (
                QCoreApplication.translate("PromotionCase", "Latest rating"),
                esc(f"{rating} ({standing})"),
            ),
            (QCoreApplication.translate("PromotionCase", "Trend"), esc(_trend(case, f))),
        ]
    )
    if case.evidence:
        out += h.para(h.bold(esc(counts.evidence_entries(len(case.evidence)))))
        items = []
        for entry in case.evidence:
            item = h.bold(esc(f.short_date(entry.day))) + " " + esc_lines(entry.text)
            if entry.link.strip():
                item += "<br>" + h.small(esc(entry.link.strip()))
            items.append(item)
        out += h.bullets(items)
    else:
        out += h.para(
            h.small(esc(QCoreApplication.translate("PromotionCase", "No evidence recorded yet.")))
        )
    if case.gap:
        if case.gap_goals:
            titles = [
                esc(g.title.strip() or QCoreApplication.translate("PromotionCase", "Untitled goal"))
                for g in case.gap_goals
            ]
            out += h.para(
                esc(QCoreApplication.translate("PromotionCase", "Goals aimed at this gap:"))
            )
            out += h.bullets(titles)
        else:
            out += h.para(
                h.warn(
                    esc(
                        QCoreApplication.translate(
                            "PromotionCase", "No open goal is aimed at this gap."
                        )
                    )
                )
            )
    return out


def case_html(plan: Plan, catalog: CareerCatalog, today: date, f: Formats) -> str:
    target = plan.profile.target_role
    if not catalog.has_role(target):
        raise ReportError(
            QCoreApplication.translate(
                "PromotionCase", "The plan has no target role, so there is no case to make."
            )
        )
    role = catalog.role(target)
    cases = promotion_case(plan, role)
    name = clean(plan.profile.name).strip()
    title = QCoreApplication.translate("PromotionCase", "Promotion case: {role}").format(
        role=role.title
    )
    body = h.big_title(title)
    if name:
        body += h.subtitle(esc(name))
    met = sum(1 for c in cases if not c.gap)
    checkins = in_order(plan)
    body += h.facts(
        [
            (QCoreApplication.translate("PromotionCase", "Prepared"), esc(f.short_date(today))),
            (
                QCoreApplication.translate("PromotionCase", "Skills at the expected level"),
                esc(f"{f.number(met)}/{f.number(len(cases))}"),
            ),
            (
                QCoreApplication.translate("PromotionCase", "Check-ins"),
                esc(
                    counts.check_ins(len(checkins))
                    + (
                        QCoreApplication.translate("PromotionCase", ", since {date}").format(
                            date=f.short_date(checkins[0].day)
                        )
                        if checkins
                        else ""
                    )
                ),
            ),
        ]
    )
    body += h.heading(QCoreApplication.translate("PromotionCase", "Skill by skill"))
    body += "".join(_skill_section(case, catalog, f) for case in cases)
    return h.document(body)


def write_case_pdf(
    plan: Plan,
    catalog: CareerCatalog,
    out_path: Path | str,
    *,
    page_size: QPageSize.PageSizeId | None = None,
    today: date | None = None,
    locale: QLocale | None = None,
) -> int:
    """Write the promotion case as a PDF, atomically; its page count.

    Raises ReportError (one sentence naming the file); an earlier file stays.
    """
    out_path = Path(out_path)
    ensure_app()
    try:
        html = drawable(case_html(plan, catalog, today or date.today(), Formats(locale)))
        document = ReportDocument({})
        document.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle,
            QCoreApplication.translate("PromotionCase", "Promotion case"),
        )
        document.setHtml(html)
        document.source_html = html
        data, pages = render_pdf(
            document,
            QCoreApplication.translate("PromotionCase", "Promotion case"),
            page_size or default_page_size(locale),
        )
    except ReportError as exc:
        raise could_not_make(out_path, exc) from None
    save_pdf_bytes(out_path, data)
    return pages
