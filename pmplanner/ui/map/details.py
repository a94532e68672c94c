"""The selected role's details beside the map, and what the person can do with it."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from pmplanner.core.careers import Role, SkillRequirement
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Goal, GoalKind, Plan, Profile
from pmplanner.core.readiness import Readiness, open_gaps, readiness, skill_gap
from pmplanner.core.route_time import first_move_ahead
from pmplanner.drawing import palette
from pmplanner.ui.map.role_notes import RoleNotes, SkillNotes
from pmplanner.ui.map.skill_ratings import SkillRatings
from pmplanner.wording import counts
from pmplanner.wording.formats import number, percent
from pmplanner.wording.labels import competency_area_name, move_kind_label, skill_level_name


def gap_goals(catalog: CareerCatalog, role: Role, plan: Plan) -> list[Goal]:
    """A learning goal for each key skill below the expected level.

    Skills that already have an open goal linked are left out, so pressing the
    button twice does not add the same goals twice.
    """
    covered = {s for g in plan.goals if g.status.is_open for s in g.skills}
    goals = []
    for gap in open_gaps(role, plan.skill_ratings):
        if gap.skill in covered:
            continue
        activity = None
        if catalog.has_skill(gap.skill) and catalog.skill(gap.skill).learning:
            activity = catalog.skill(gap.skill).learning[0]
        if activity is not None:
            goals.append(
                Goal(
                    kind=activity.kind,
                    title=activity.title,
                    notes=activity.description,
                    skills=[gap.skill],
                )
            )
        else:
            title = QCoreApplication.translate("CareerMap", "Build {skill}").format(
                skill=catalog.skill_name(gap.skill)
            )
            goals.append(Goal(kind=GoalKind.COURSE, title=title, skills=[gap.skill]))
    return goals


def _names(lookup, ids: list[str]) -> str:
    names = []
    for ident in ids:
        try:
            names.append(lookup(ident).name)
        except KeyError:
            names.append(ident)
    return escape(", ".join(names))


def role_tooltip(catalog: CareerCatalog, role_id: str, plan: Plan) -> str:
    """The hover text of a card: its mark ("You are here", "Your target": the words a
    small card's badge has no room for), title, track and level, years, readiness."""
    translate = QCoreApplication.translate
    role = catalog.role(role_id)
    ratings = plan.skill_ratings
    lines = []
    if role_id == plan.profile.current_role:
        lines.append(f"<i>{escape(translate('CareerMap', 'You are here'))}</i>")
    elif role_id == plan.profile.target_role:
        lines.append(f"<i>{escape(translate('CareerMap', 'Your target'))}</i>")
    lines += [
        f"<b>{escape(role.title)}</b>",
        escape(f"{catalog.track(role.track).name} · {catalog.level_name(role.level)}"),
    ]
    if role.look_alike:
        lines.append(
            escape(translate("CareerMap", "≈ A look-alike title: not a product management role"))
        )
    if role.experience_years:
        lines.append(
            escape(
                translate("CareerMap", "Usually {years} of experience").format(
                    years=counts.years_range(role.experience_years.min, role.experience_years.max)
                )
            )
        )
    ready = readiness(role, ratings)
    if ready.total:
        lines.append(escape(readiness_text(ready)))
    lines.append(f"<i>{escape(translate('CareerMap', 'Click for details'))}</i>")
    return "<br>".join(lines)


def readiness_text(ready: Readiness) -> str:
    """ "You meet 2 of 3 rated key skills; 4 not rated yet"."""
    translate = QCoreApplication.translate
    if not ready.rated:
        return counts.none_rated(ready.total)
    text = translate("CareerMap", "You meet {met} of {rated} rated key skills").format(
        met=number(ready.met), rated=number(ready.rated)
    )
    if ready.unrated:
        text += counts.not_rated(ready.unrated)
    return text


def split_colours(catalog: CareerCatalog, role: Role) -> list[str]:
    """Each share's colour: the colour of the track it is named after, as on the map
    ("People management" in the people leads' colour), else the palette's muted grey
    (the person's own work is no track's)."""
    by_name = {track.name.casefold(): track.colour for track in catalog.tracks}
    neutral = palette.muted(role=palette.Role.Window).name()
    return [by_name.get(share.activity.casefold(), neutral) for share in role.time_split]


def time_split_html(catalog: CareerCatalog, role: Role) -> str:
    """The role's time split as a small bar (one coloured cell per share) and its key,
    in the map's track colours."""
    colours = split_colours(catalog, role)
    cells = "".join(
        f"<td width='{share.percent}%' bgcolor='{colour}' height='12'></td>"
        for share, colour in zip(role.time_split, colours, strict=True)
    )
    key = "<br>".join(
        f"<span style='color:{colour}'>■</span> "
        + escape(
            QCoreApplication.translate("CareerMap", "{activity}: {percent}").format(
                activity=share.activity, percent=percent(share.percent)
            )
        )
        for share, colour in zip(role.time_split, colours, strict=True)
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='0'><tr>{cells}</tr></table><p>{key}</p>"
    )


def move_years_text(years: float, served: float | None) -> str:
    """A move's usual years; with ``served`` (years already in the role it leaves),
    the time still ahead of it too."""
    usual = QCoreApplication.translate("CareerMap", "about {years}").format(
        years=counts.years(years)
    )
    if not served:
        return usual
    ahead = first_move_ahead(years, served)
    if not ahead:
        return QCoreApplication.translate(
            "CareerMap", "{usual} (your years in role cover it)"
        ).format(usual=usual)
    return QCoreApplication.translate("CareerMap", "{usual} ({ahead} still ahead)").format(
        usual=usual, ahead=counts.years(ahead)
    )


def note_html(text: str) -> str:
    """The person's own text, escaped, its lines kept."""
    return "<br>".join(escape(line) for line in text.splitlines())


def requirements_html(requirements: list[str]) -> str:
    """What a move takes, as a short list under the move."""
    if not requirements:
        return ""
    title = escape(QCoreApplication.translate("CareerMap", "What it takes:"))
    items = "".join(f"<li>{escape(r, quote=False)}</li>" for r in requirements)
    return f"<br><i>{title}</i><ul style='margin-left:-24px'>{items}</ul>"


def skill_areas(catalog: CareerCatalog, role: Role) -> list[tuple[str, list[SkillRequirement]]]:
    """The role's key skills grouped by competency area, areas in first-met order."""
    groups: dict[str, list[SkillRequirement]] = {}
    for req in role.skills:
        area = catalog.skill(req.skill).category if catalog.has_skill(req.skill) else ""
        groups.setdefault(area, []).append(req)
    return list(groups.items())


def role_announcement(
    catalog: CareerCatalog, role_id: str | None, profile: Profile
) -> tuple[str, str]:
    """The map's accessible name and description while ``role_id`` is selected."""
    translate = QCoreApplication.translate
    if not catalog.has_role(role_id):
        return translate("CareerMap", "Career map"), translate("CareerMap", "No role selected.")
    assert role_id is not None
    role = catalog.role(role_id)
    parts = [
        translate("CareerMap", "{track}, {level}").format(
            track=catalog.track(role.track).name, level=catalog.level_name(role.level)
        )
    ]
    if role_id == profile.current_role:
        parts.append(translate("CareerMap", "your current role"))
    if role_id == profile.target_role:
        parts.append(translate("CareerMap", "your target role"))
    if role.look_alike:
        parts.append(translate("CareerMap", "a look-alike title"))
    name = translate("CareerMap", "Career map: {title}").format(title=role.title)
    return name, ". ".join(parts) + "."


class RoleDetails(QWidget):
    role_link = Signal(str)
    set_current = Signal(str)
    set_target = Signal(str)
    add_gap_goals = Signal(str)
    compare = Signal(str)  # compare this role with another
    rate_skill = Signal(str, object)  # skill id, level 0-5 or None (not rated)
    role_note = Signal(str, str)  # role id, the person's notes on it
    skill_note = Signal(str, str)  # skill id, the person's notes on it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roleDetails")
        self.role_id: str | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("roleHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.current_button = QPushButton(self)
        self.current_button.setObjectName("setCurrentRole")
        self.target_button = QPushButton(self)
        self.target_button.setObjectName("setTargetRole")
        self.gaps_button = QPushButton(self)
        self.gaps_button.setObjectName("addGapGoals")
        self.compare_button = QPushButton(self.tr("Compare with another role…"), self)
        self.compare_button.setObjectName("compareRole")
        self.compare_button.clicked.connect(lambda: self._emit(self.compare))
        for button, text in (
            (self.current_button, self.tr("This is my current role")),
            (self.target_button, self.tr("This is my target role")),
            (self.gaps_button, self.tr("Add goals for my gaps")),
        ):
            button.setAccessibleName(text)
        self.current_button.clicked.connect(lambda: self._emit(self.set_current))
        self.target_button.clicked.connect(lambda: self._emit(self.set_target))
        self.gaps_button.clicked.connect(lambda: self._emit(self.add_gap_goals))
        self.notes = RoleNotes(self)
        self.notes.edit.edited.connect(self.role_note)
        # made after the buttons: Tab reaches them before the links in the text
        self.body = QLabel(self)
        self.body.setObjectName("roleBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.setAccessibleName(self.tr("Role details"))
        self.body.linkActivated.connect(self._link)
        self.placeholder = QLabel(
            self.tr("Click a role on the map, or find one by its title, to see its details."), self
        )
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.heading)
        layout.addWidget(self.current_button)
        layout.addWidget(self.target_button)
        layout.addWidget(self.gaps_button)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.notes)
        layout.addWidget(self.body)
        self.ratings = SkillRatings(self)
        self.ratings.rated.connect(self.rate_skill)
        layout.addWidget(self.ratings)
        self.skill_notes = SkillNotes(self)
        self.skill_notes.edit.edited.connect(self.skill_note)
        layout.addWidget(self.skill_notes)
        layout.addStretch(1)
        self.show_role(None, None, Plan())

    def commit_pending_notes(self) -> None:
        self.notes.edit.commit()
        self.skill_notes.edit.commit()

    def discard_pending_notes(self) -> None:
        self.notes.edit.discard()
        self.skill_notes.edit.discard()

    def focus_first(self) -> None:
        """Put the keyboard focus on the first thing to do with the shown role."""
        for widget in (self.current_button, self.target_button, self.gaps_button, self.body):
            if widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _emit(self, signal) -> None:
        if self.role_id is not None:
            signal.emit(self.role_id)

    def _link(self, href: str) -> None:
        if href.startswith("role:"):
            self.role_link.emit(href.removeprefix("role:"))

    def show_role(self, catalog: CareerCatalog | None, role_id: str | None, plan: Plan) -> None:
        known = catalog is not None and catalog.has_role(role_id)
        self.role_id = role_id if known else None
        self.placeholder.setVisible(not known)
        for widget in (
            self.heading,
            self.body,
            self.current_button,
            self.target_button,
            self.gaps_button,
            self.compare_button,
            self.notes,
        ):
            widget.setVisible(known)
        self.notes.show_role(self.role_id, plan.role_notes)
        if not known:
            self.ratings.setVisible(False)
            self.skill_notes.setVisible(False)
            return
        assert catalog is not None and role_id is not None
        role = catalog.role(role_id)
        track = catalog.track(role.track)
        level = catalog.level_name(role.level)
        marker = self.tr(" · ≈ look-alike title") if role.look_alike else ""
        self.heading.setText(
            f"<h2 style='margin:0'>{escape(role.title)}</h2>"
            f"<span style='color:{track.colour}'>■</span> {escape(track.name)} · "
            f"{escape(level)}{escape(marker)}"
        )
        profile = plan.profile
        is_current, is_target = profile.current_role == role_id, profile.target_role == role_id
        self.current_button.setText(
            self.tr("✓ Your current role") if is_current else self.tr("This is my current role")
        )
        self.current_button.setEnabled(not is_current)
        self.target_button.setText(
            self.tr("✓ Your target role") if is_target else self.tr("This is my target role")
        )
        self.target_button.setEnabled(not is_target)
        n_goals = len(gap_goals(catalog, role, plan))
        n_gaps = len(open_gaps(role, plan.skill_ratings))
        if n_goals:
            self.gaps_button.setText(
                self.tr("Add goals for my gaps ({n})", "", n_goals).format(n=number(n_goals))
            )
            self.gaps_button.setToolTip(
                self.tr("Adds a learning goal for each key skill below the expected level")
            )
        else:
            self.gaps_button.setText(self.tr("Add goals for my gaps"))
            if n_gaps:
                tip = self.tr("Every gap already has an open goal")
            elif readiness(role, plan.skill_ratings).unrated:
                tip = self.tr("Rate this role's key skills first: a skill not rated is no gap")
            else:
                tip = self.tr("Your ratings meet every key skill of this role")
            self.gaps_button.setToolTip(tip)
        self.gaps_button.setEnabled(bool(n_goals))
        served = profile.years_in_current_role if is_current else None
        self.body.setText(
            self._body_html(catalog, role, plan.skill_ratings, served, plan.skill_notes)
        )
        self.ratings.show_skills(catalog, role, plan.skill_ratings)
        self.ratings.setVisible(bool(role.skills))
        self.skill_notes.show_role(catalog, role, plan.skill_notes)
        self.skill_notes.setVisible(bool(role.skills))

    def _body_html(
        self,
        catalog: CareerCatalog,
        role: Role,
        ratings: Mapping[str, int],
        served: float | None = None,
        skill_notes: Mapping[str, str] | None = None,
    ) -> str:
        # the application's palette: on a palette change it is new before any widget's is
        met_colour = palette.success(role=palette.Role.Window).name()
        gap_colour = palette.alert(role=palette.Role.Window).name()
        parts = [f"<p>{escape(role.summary)}</p>"]
        if role.also_called:
            names = escape(", ".join(role.also_called))
            parts.append(f"<p><i>{escape(self.tr('Also called:'))}</i> {names}</p>")
        if role.notes:
            items = "".join(f"<li>{escape(n, quote=False)}</li>" for n in role.notes)
            parts.append(
                f"<h3>{escape(self.tr('Good to know'))}</h3>"
                f"<ul style='margin-left:-20px'>{items}</ul>"
            )
        if role.time_split:
            parts.append(
                f"<h3>{escape(self.tr('Where the time goes'))}</h3>"
                + time_split_html(catalog, role)
            )
        if role.responsibilities:
            items = "".join(f"<li>{escape(r)}</li>" for r in role.responsibilities)
            parts.append(
                f"<h3>{self.tr('What you do')}</h3><ul style='margin-left:-20px'>{items}</ul>"
            )
        if role.skills:
            ready = readiness(role, ratings)
            parts.append(f"<h3>{self.tr('Key skills')}</h3><p>{escape(readiness_text(ready))}</p>")
            rows = [
                f"<tr><th align='left'>{self.tr('Skill')}</th><th>{self.tr('Expected')}</th>"
                f"<th>{self.tr('You')}</th></tr>"
            ]
            for area, reqs in skill_areas(catalog, role):
                met = sum(1 for r in reqs if (g := skill_gap(r, ratings)) and g.gap == 0)
                rows.append(
                    f"<tr><td colspan='3'><b>{escape(competency_area_name(area))}</b> · "
                    + escape(self.tr("{met} of {total} met").format(met=met, total=len(reqs)))
                    + "</td></tr>"
                )
                rows += self._skill_rows(
                    catalog, reqs, ratings, met_colour, gap_colour, skill_notes or {}
                )
            parts.append(f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")
        years = []
        if role.experience_years:
            years.append(
                self.tr("Experience: {years} in total").format(
                    years=counts.years_range(role.experience_years.min, role.experience_years.max)
                )
            )
        if role.tenure_years:
            years.append(
                self.tr("Time in the role: {years}").format(
                    years=counts.years_range(role.tenure_years.min, role.tenure_years.max)
                )
            )
        if served is not None:
            years.append(self.tr("You so far: {years}").format(years=counts.years(served)))
        if years:
            lines = "<br>".join(escape(y) for y in years)
            parts.append(f"<h3>{escape(self.tr('Typical years'))}</h3><p>{lines}</p>")
        where = []
        if role.industries:
            where.append(
                escape(self.tr("Industries:")) + " " + _names(catalog.industry, role.industries)
            )
        if role.environments:
            where.append(
                escape(self.tr("Environments:"))
                + " "
                + _names(catalog.environment, role.environments)
            )
        if where:
            parts.append(f"<h3>{self.tr('Where')}</h3><p>{'<br>'.join(where)}</p>")
        parts.append(self._moves_html(catalog, role, served))
        return "".join(parts)

    def _skill_rows(
        self,
        catalog: CareerCatalog,
        reqs: list[SkillRequirement],
        ratings: Mapping[str, int],
        met_colour: str,
        gap_colour: str,
        notes: Mapping[str, str],
    ) -> list[str]:
        rows = []
        for req in reqs:
            gap = skill_gap(req, ratings)
            if gap is None:
                you = f"<i>{escape(self.tr('not rated'))}</i>"
            else:
                colour = met_colour if gap.gap == 0 else gap_colour
                mark = "✓" if gap.gap == 0 else f"−{number(gap.gap)}"
                you = f"<span style='color:{colour}'>{number(gap.have)} {mark}</span>"
            rows.append(
                f"<tr><td style='padding-left:10px'>{escape(catalog.skill_name(req.skill))}</td>"
                f"<td align='center' title='{escape(skill_level_name(req.level))}'>"
                f"{number(req.level)}</td><td align='center'>{you}</td></tr>"
            )
            if notes.get(req.skill):
                rows.append(
                    "<tr><td colspan='3' style='padding-left:20px'><i>"
                    + escape(self.tr("Your notes:"))
                    + "</i> "
                    + note_html(notes[req.skill])
                    + "</td></tr>"
                )
        return rows

    def _moves_html(self, catalog: CareerCatalog, role: Role, served: float | None) -> str:
        """The moves from and to ``role``; ``served``: the person's years in it (their
        current role), which count towards the moves from it."""
        out = []
        for heading, moves, other in (
            (self.tr("Leads to"), catalog.next_steps(role.id), lambda t: t.to_role),
            (self.tr("Comes from"), catalog.previous_steps(role.id), lambda t: t.from_role),
        ):
            if not moves:
                continue
            items = "".join(
                f"<li><a href='role:{escape(other(t))}'>{escape(catalog.role(other(t)).title)}</a>"
                f" · {escape(move_kind_label(t.kind))}, "
                + escape(move_years_text(t.years, served if t.from_role == role.id else None))
                + requirements_html(t.requirements)
                + "</li>"
                for t in moves
            )
            out.append(f"<h3>{heading}</h3><ul style='margin-left:-20px'>{items}</ul>")
        return "".join(out)
