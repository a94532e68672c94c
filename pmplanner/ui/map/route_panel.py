"""The person's routes from current to target role: listed, highlightable, compared."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pmplanner.core.catalog import CareerCatalog, CareerPath
from pmplanner.core.route_time import target_too_soon, years_ahead, years_until
from pmplanner.core.routes import PlanRoutes
from pmplanner.drawing import palette
from pmplanner.ui.map.details import move_years_text, requirements_html, time_split_html
from pmplanner.wording import counts
from pmplanner.wording.formats import format_date, number
from pmplanner.wording.labels import move_kind_label

INDEX = Qt.ItemDataRole.UserRole


def route_text(catalog: CareerCatalog, path: CareerPath) -> str:
    return " → ".join(catalog.role(r).title for r in path.roles)


class RoutePanel(QWidget):
    route_chosen = Signal(object)  # a CareerPath

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("routePanel")
        self.catalog: CareerCatalog | None = None
        self.routes = PlanRoutes(None, None)
        self.years_served: float | None = None  # in the current role, from the profile
        self.summary = QLabel(self)
        self.summary.setObjectName("routeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.list_label = QLabel(self.tr("Routes, fastest first (pick one to show it):"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("routeList")
        self.list.setAccessibleName(self.tr("Routes from your current role to your target"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)  # wrapped routes read as separate items
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(120)
        self.list_label.setBuddy(self.list)
        self.steps = QLabel(self)
        self.steps.setObjectName("routeSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAccessibleName(self.tr("The steps of the route shown"))
        self.compare = QLabel(self)
        self.compare.setObjectName("routeComparison")
        self.compare.setWordWrap(True)
        self.compare.setTextFormat(Qt.TextFormat.RichText)
        self.compare.setAccessibleName(self.tr("Comparison of the branch routes"))
        self.compare.linkActivated.connect(self._compare_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.steps)
        layout.addWidget(self.compare)
        self.list.currentItemChanged.connect(self._picked)

    def show_routes(
        self,
        catalog: CareerCatalog,
        routes: PlanRoutes,
        shown: CareerPath | None,
        target_date: date | None = None,
        today: date | None = None,
        years_served: float | None = None,
    ) -> None:
        """List ``routes``; warn when ``target_date`` comes sooner than the time still
        ahead on the fastest (``years_served`` in the current role count towards it)."""
        self.catalog, self.routes, self.years_served = catalog, routes, years_served
        self.summary.setText(
            self._summary_html(catalog, routes)
            + self._deadline_html(routes, target_date, today or date.today())
        )
        self.show_steps(shown)
        self.list.blockSignals(True)
        self.list.clear()
        for i, path in enumerate(routes.paths):
            years = counts.years(path.years)
            ahead = years_ahead(path, self.years_served)
            if ahead < path.years:  # the years already served count, as in the summary
                years = self.tr("{ahead} still ahead").format(ahead=counts.years(ahead))
            item = QListWidgetItem(f"{years} · {route_text(catalog, path)}")
            item.setToolTip(item.text())
            item.setData(INDEX, i)
            self.list.addItem(item)
            if path == shown:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has_list = len(routes.paths) > 0
        self.list.setVisible(has_list)
        self.list_label.setVisible(has_list)
        self.compare.setText(self._compare_html(catalog, routes))
        self.compare.setVisible(len(routes.by_branch) >= 2)

    def _summary_html(self, catalog: CareerCatalog, routes: PlanRoutes) -> str:
        if routes.start is None or routes.goal is None:
            have = []
            if routes.start:
                have.append(
                    self.tr("Current role: {title}.").format(title=catalog.role(routes.start).title)
                )
            if routes.goal:
                have.append(
                    self.tr("Target role: {title}.").format(title=catalog.role(routes.goal).title)
                )
            hint = self.tr(
                "Choose your current role and your target role (select a role, then use the "
                "buttons in its details) to see the routes between them."
            )
            return escape(" ".join([*have, hint]))
        start, goal = catalog.role(routes.start).title, catalog.role(routes.goal).title
        fastest = routes.fastest
        if fastest is None:
            return escape(
                self.tr("There is no known route from {start} to {goal} on this ladder.").format(
                    start=start, goal=goal
                )
            )
        if fastest.steps == 0:
            return escape(self.tr("{start} is already your target role.").format(start=start))
        out = f"<b>{escape(start)} → {escape(goal)}</b><br>" + escape(
            self.tr("Fastest route: about {years}, {moves}.").format(
                years=counts.years(fastest.years), moves=counts.moves(fastest.steps)
            )
        )
        if self.years_served:
            out += " " + escape(
                self.tr("About {ahead} still ahead, counting your {served} as {role}.").format(
                    ahead=counts.years(years_ahead(fastest, self.years_served)),
                    served=counts.years(self.years_served),
                    role=start,
                )
            )
        return out

    def _deadline_html(self, routes: PlanRoutes, target_date: date | None, today: date) -> str:
        fastest = routes.fastest
        if fastest is None or target_date is None:
            return ""
        if not target_too_soon(fastest, self.years_served, target_date, today):
            return ""
        ahead = counts.years(years_ahead(fastest, self.years_served))
        years_left = years_until(target_date, today)
        colour = palette.alert(role=palette.Role.Window).name()
        if years_left <= 0:
            text = self.tr(
                "Your target date ({date}) has passed; this route usually takes about {years} more."
            ).format(date=format_date(target_date), years=ahead)
        else:
            left = counts.years(round(years_left, 1))
            if left == ahead:  # close enough that years read the same: say months
                more = years_ahead(fastest, self.years_served)
                left = counts.months(round(years_left * 12))
                ahead = counts.months(round(more * 12))
            text = self.tr(
                "Your target date ({date}) is about {left} away; this route usually takes "
                "about {years} more. Plan for longer, or a nearer target."
            ).format(date=format_date(target_date), left=left, years=ahead)
        return f"<p style='color:{colour}'>⚠ {escape(text)}</p>"

    def show_steps(self, path: CareerPath | None) -> None:
        """The moves of the route shown, each with what it takes."""
        if self.catalog is None or path is None or not path.transitions:
            self.steps.setText("")
            self.steps.setVisible(False)
            return
        catalog = self.catalog
        items = "".join(
            f"<li><b>{escape(catalog.role(move.to_role).title)}</b> · "
            f"{escape(move_kind_label(move.kind))}, "
            + escape(move_years_text(move.years, self.years_served if i == 0 else None))
            + requirements_html(move.requirements)
            + self._role_html(catalog, move.to_role)
            + "</li>"
            for i, move in enumerate(path.transitions)
        )
        title = escape(
            self.tr("The steps, from {start}").format(start=catalog.role(path.roles[0]).title)
        )
        self.steps.setText(f"<h3>{title}</h3><ol style='margin-left:-20px'>{items}</ol>")
        self.steps.setVisible(True)

    def _role_html(self, catalog: CareerCatalog, role_id: str) -> str:
        """What the content says of the role a step reaches: its notes ("good to know")
        and, for a role such as Group PM, where its time goes."""
        role = catalog.role(role_id)
        out = ""
        if role.notes:
            label = escape(self.tr("Good to know:"))
            out += "".join(f"<br><i>{label}</i> {escape(n, quote=False)}" for n in role.notes)
        if role.time_split:
            out += f"<br><i>{escape(self.tr('Where the time goes:'))}</i>"
            out += time_split_html(catalog, role)
        return out

    def _compare_html(self, catalog: CareerCatalog, routes: PlanRoutes) -> str:
        if len(routes.by_branch) < 2:
            return ""
        branches = list(routes.by_branch.items())[:2]
        head = "".join(
            f"<th align='left' width='50%'>{escape(catalog.track(t).name)}</th>"
            for t, _p in branches
        )
        steps = []
        for _track, path in branches:
            lines = [escape(catalog.role(path.roles[0]).title)]
            for move in path.transitions:
                lines.append(
                    f"→ {escape(catalog.role(move.to_role).title)} (+{number(move.years)})"
                )
            steps.append("<br>".join(lines))
        body = "".join(f"<td valign='top'>{s}</td>" for s in steps)
        totals = "".join(
            "<td><b>"
            + escape(counts.years(p.years))
            + f"</b> · <a href='branch:{escape(t)}'>{escape(self.tr('show'))}</a></td>"
            for t, p in branches
        )
        title = escape(self.tr("Compare the routes through each branch"))
        return (
            f"<h3>{title}</h3><table cellspacing='0' cellpadding='3' width='100%'>"
            f"<tr>{head}</tr><tr>{body}</tr><tr>{totals}</tr></table>"
        )

    def _picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            path = self.routes.paths[item.data(INDEX)]
            self.show_steps(path)
            self.route_chosen.emit(path)

    def _compare_link(self, href: str) -> None:
        track = href.removeprefix("branch:")
        if track in self.routes.by_branch:
            self.show_steps(self.routes.by_branch[track])
            self.route_chosen.emit(self.routes.by_branch[track])
