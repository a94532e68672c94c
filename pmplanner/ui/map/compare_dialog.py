"""Compare two roles side by side (from a role's details): key skills with the
levels each expects, the person's gaps for each, typical years, the route to each."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.compare import Comparison, RoleSide, compare_roles
from pmplanner.core.plan import Plan
from pmplanner.core.route_time import years_ahead
from pmplanner.ui.map.details import readiness_text
from pmplanner.wording import counts
from pmplanner.wording.formats import number


class CompareDialog(QDialog):
    def __init__(
        self, catalog: CareerCatalog, plan: Plan, first: str, second: str | None, parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two roles"))
        self.setObjectName("compareRoles")
        self.catalog, self.plan = catalog, plan
        self.first_combo, self.second_combo = QComboBox(self), QComboBox(self)
        for combo, role_id, name in (
            (self.first_combo, first, self.tr("First role")),
            (self.second_combo, second, self.tr("Second role")),
        ):
            for role in catalog.roles:
                combo.addItem(role.title, role.id)
            combo.setCurrentIndex(max(0, combo.findData(role_id)))
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.refresh)
        if second is None or second == first:  # something else to compare with
            self.second_combo.setCurrentIndex(1 if self.first_combo.currentIndex() == 0 else 0)
        form = QFormLayout()
        form.addRow(self.tr("&First role:"), self.first_combo)
        form.addRow(self.tr("&Second role:"), self.second_combo)
        self.table = QLabel(self)
        self.table.setObjectName("comparison")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.setAccessibleName(self.tr("The two roles side by side"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.table)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self.comparison: Comparison | None = None
        self.refresh()

    def refresh(self, *_args) -> None:
        first, second = self.first_combo.currentData(), self.second_combo.currentData()
        self.comparison = compare_roles(
            self.catalog, first, second, self.plan.skill_ratings, self.plan.profile.current_role
        )
        self.table.setText(self._html(self.comparison))

    def _html(self, result: Comparison) -> str:
        a, b = result.sides
        head = (
            f"<tr><th align='left'>{escape(self.tr('Key skill'))}</th>"
            f"<th>{escape(a.role.title)}</th><th>{escape(b.role.title)}</th>"
            f"<th>{escape(self.tr('You'))}</th></tr>"
        )
        rows = []
        for row in result.skills:
            cells = []
            for side in (0, 1):
                need = row.expected[side]
                if need is None:
                    cells.append("–")
                    continue
                gap = row.gap(side)
                mark = "" if gap is None else (" ✓" if gap == 0 else f" (−{number(gap)})")
                cells.append(f"{number(need)}{mark}")
            you = (
                number(row.rating)
                if row.rating is not None
                else f"<i>{escape(self.tr('not rated'))}</i>"
            )
            rows.append(
                f"<tr><td>{escape(row.name)}</td><td align='center'>{cells[0]}</td>"
                f"<td align='center'>{cells[1]}</td><td align='center'>{you}</td></tr>"
            )
        facts = [
            (self.tr("Readiness"), [escape(readiness_text(s.readiness)) for s in (a, b)]),
            (self.tr("Typical experience"), [self._years(s) for s in (a, b)]),
            (self.tr("Route from your current role"), [self._route(s) for s in (a, b)]),
        ]
        fact_rows = "".join(
            f"<tr><td><b>{escape(label)}</b></td><td>{values[0]}</td><td>{values[1]}</td>"
            "<td></td></tr>"
            for label, values in facts
        )
        return (
            f"<table cellspacing='0' cellpadding='3' width='100%'>{head}{fact_rows}"
            f"{''.join(rows)}</table>"
        )

    def _years(self, side: RoleSide) -> str:
        years = side.role.experience_years
        if years is None:
            return "–"
        return escape(counts.years_range(years.min, years.max))

    def _route(self, side: RoleSide) -> str:
        if side.route is None:
            if self.catalog.has_role(self.plan.profile.current_role):
                return escape(self.tr("no known route"))
            return escape(self.tr("set your current role to see it"))
        if not side.route.transitions:
            return escape(self.tr("your current role"))
        steps = " → ".join(self.catalog.role(r).title for r in side.route.roles)
        ahead = years_ahead(side.route, self.plan.profile.years_in_current_role)
        if ahead < side.route.years:  # the years already served count
            return escape(
                self.tr("about {ahead} still ahead (of {years}): {steps}").format(
                    ahead=counts.years(ahead), years=counts.years(side.route.years), steps=steps
                )
            )
        return escape(
            self.tr("about {years}: {steps}").format(
                years=counts.years(side.route.years), steps=steps
            )
        )
