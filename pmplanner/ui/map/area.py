"""The "Career map" area: the canvas, its tool bar, search, details and routes.

Creating it is cheap (no pyqtgraph); ``build()`` makes the canvas and is
called after the window's first paint. Every plan change goes through the
PlanDocument (so it is undoable) and the map redraws on the document's
signals, so undo in the window undoes a map action on the map too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.catalog import CareerCatalog, CareerPath
from pmplanner.core.routes import PlanRoutes, plan_routes
from pmplanner.drawing import style
from pmplanner.ui.map import navigation
from pmplanner.ui.map.details import RoleDetails, gap_goals, role_announcement, role_tooltip
from pmplanner.ui.map.route_panel import RoutePanel
from pmplanner.ui.map.search import RoleSearch
from pmplanner.ui.map.toolbar import MapToolBar
from pmplanner.ui.plan.document import PlanDocument

if TYPE_CHECKING:
    from pmplanner.drawing.map_scene import MapContent
    from pmplanner.ui.map.canvas import MapCanvas  # pyqtgraph: loaded by build()

SIDE_WIDTH = 340
SIDE_MIN_WIDTH = 200
# below these (the area's size), the legend starts folded: the map needs the room
LEGEND_MIN_HEIGHT = 640
LEGEND_MIN_WIDTH = 1000
BUILTIN = ""  # the ladder combo's data for the built-in ladder


class CareerMapArea(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("careerMap")
        self.setAccessibleName(self.tr("Career map"))
        self.document = document
        self.canvas: MapCanvas | None = None  # made by build()
        self.content: MapContent | None = None  # the one on the canvas
        self.selected: str | None = None
        self.theme = style.theme_for(self.palette())
        self.routes = PlanRoutes(None, None)
        self.shown_route: CareerPath | None = None
        self._side_dragged = False  # the person set the side panel's width
        self._sizing_side = False
        self._shown_catalog = self.catalog  # the ladder the search, filter and scene show
        self._build_toolbar()
        self._build_body()
        self.reload_ladders()
        self._fill_track_filter()
        self.search.set_catalog(self.catalog)
        document.profile_changed.connect(self._profile_changed)
        document.ratings_changed.connect(self._ratings_changed)
        document.plan_replaced.connect(self.refresh_plan)
        document.ladder_changed.connect(self._ladder_changed)
        document.changed.connect(self._refresh_details)
        document.plan_about_to_be_replaced.connect(self.details.discard_pending_notes)
        self.refresh_plan()

    # -- widgets ----------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = self.toolbar = MapToolBar(self)
        self.ladder_combo, self.import_button = bar.ladder_combo, bar.import_button
        self.track_filter = bar.track_filter
        self.readiness_toggle, self.legend_toggle = bar.readiness_toggle, bar.legend_toggle
        self.zoom_out_button, self.zoom_in_button = bar.zoom_out_button, bar.zoom_in_button
        self.fit_button, self.export_button = bar.fit_button, bar.export_button
        self.zoom_out_button.clicked.connect(lambda: self._zoom(0.8))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.fit_button.clicked.connect(self.fit_all)
        self.export_button.clicked.connect(self.export_image_dialog)
        self.ladder_combo.currentIndexChanged.connect(self._ladder_chosen)
        self.import_button.clicked.connect(self.import_ladder_dialog)
        self.track_filter.currentIndexChanged.connect(self._filter_changed)
        self.readiness_toggle.toggled.connect(self._ratings_changed)
        self.legend_toggle.toggled.connect(self._legend_toggled)

    def _build_body(self) -> None:
        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Loading the career map…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)

        self.search = RoleSearch(self)
        self.search.role_chosen.connect(lambda r: self.select_role(r, centre=True))
        self.details = RoleDetails(self)
        self.details.role_link.connect(lambda r: self.select_role(r, centre=True))
        self.details.set_current.connect(
            lambda r: self.document.set_profile_field("current_role", r)
        )
        self.details.set_target.connect(lambda r: self.document.set_profile_field("target_role", r))
        self.details.add_gap_goals.connect(self.add_gap_goals)
        self.details.rate_skill.connect(self.document.set_skill_rating)
        self.details.role_note.connect(lambda r, text: self._save_note(True, r, text))
        self.details.skill_note.connect(lambda s, text: self._save_note(False, s, text))
        self.details.compare.connect(self.compare_roles)
        self.route_panel = RoutePanel(self)
        self.route_panel.route_chosen.connect(self.show_route)

        self.details_scroll = details_scroll = QScrollArea(self)
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("mapSideTabs")
        self.side_tabs.setAccessibleName(self.tr("Role details and your routes"))
        self.side_tabs.setDocumentMode(True)
        self.side_tabs.addTab(details_scroll, self.tr("Role"))
        # the steps and the comparison can be long: the route panel scrolls
        route_scroll = QScrollArea(self)
        route_scroll.setWidget(self.route_panel)
        route_scroll.setWidgetResizable(True)
        route_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_tabs.addTab(route_scroll, self.tr("Your route"))
        self.side_tabs.tabBar().setAccessibleName(self.tr("Role details or your routes"))
        self.details_scroll = details_scroll
        # Escape in the details or routes goes back to the map
        for panel in (details_scroll, self.route_panel):
            back = QShortcut(QKeySequence(Qt.Key.Key_Escape), panel)
            back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            back.activated.connect(self.focus_map)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.side_tabs, 1)
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        # Tab: the search, its matches, the Role / Your route tabs, then the page
        QWidget.setTabOrder(self.search.results, self.side_tabs.tabBar())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, SIDE_WIDTH])
        self.splitter.splitterMoved.connect(self._side_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_to_window()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_to_window()

    def _fit_to_window(self) -> None:
        """Until the person drags or folds them, the side panel and the legend leave a
        small window's room to the map (its titles stay readable at Fit)."""
        if not self.isVisible():
            return
        if not self._side_dragged:
            width = self.width()
            side = max(SIDE_MIN_WIDTH, min(SIDE_WIDTH, round(width * 0.27)))
            self._sizing_side = True
            self.splitter.setSizes([max(100, width - side), side])
            self._sizing_side = False
        legend = self.canvas.legend if self.canvas is not None else None
        if legend is not None and not legend.chosen_by_person:
            roomy = self.height() >= LEGEND_MIN_HEIGHT and self.width() >= LEGEND_MIN_WIDTH
            if legend.unfolded != roomy:
                legend.set_unfolded(roomy)

    def _side_moved(self, *_args) -> None:
        if not self._sizing_side:
            self._side_dragged = True  # the person's width from now on

    # -- building the canvas ------------------------------------------------------
    @property
    def is_built(self) -> bool:
        return self.canvas is not None

    def build(self) -> None:
        """Make the canvas (imports pyqtgraph); call once the window has painted."""
        if self.canvas is not None:
            return
        from pmplanner.ui.map.canvas import MapCanvas

        self.canvas = MapCanvas(self, theme=self.theme)
        self.canvas.setObjectName("careerMapCanvas")
        self.canvas.role_clicked.connect(self.select_role)
        self.canvas.navigate.connect(self.move_selection)
        self.canvas.activated.connect(self.open_details)
        self.canvas.tooltip_for = self._tooltip
        self.canvas.set_legend_visible(self.legend_toggle.isChecked())
        self.stack.addWidget(self.canvas)
        self.stack.setCurrentWidget(self.canvas)
        # Tab order: the tool bar, the map, then the search, details and routes
        QWidget.setTabOrder(self.export_button, self.canvas.view)
        QWidget.setTabOrder(self.canvas.view, self.search.edit)
        self._show_catalog()
        self._fit_to_window()  # a small window folds the legend for the map
        self.canvas.fit_all()
        self._announce()

    def _legend_toggled(self, on: bool) -> None:
        if self.canvas is not None:
            self.canvas.set_legend_visible(on)

    def _show_catalog(self) -> None:
        if self.canvas is None:
            return
        from pmplanner.drawing.map_scene import MapContent

        self.content = MapContent(self.catalog, self.theme)
        self._apply_state(self.content)
        self.canvas.set_content(self.content)
        self._filter_changed()

    def _apply_state(self, content) -> None:
        profile = self.document.plan.profile
        content.set_marks(profile.current_role, profile.target_role)
        content.set_route(self.shown_route)
        content.select(self.selected)
        content.set_readiness(
            self.document.plan.skill_ratings if self.readiness_toggle.isChecked() else None
        )
        if self.canvas is not None and self.canvas.legend is not None:
            self.canvas.legend.set_readiness(self.readiness_toggle.isChecked())

    def _save_note(self, on_role: bool, ident: str, text: str) -> None:
        """Keep the person's notes (one undo step); a plan that holds too many says so."""
        try:
            if on_role:
                self.document.set_role_note(ident, text)
            else:
                self.document.set_skill_note(ident, text)
        except ValueError:
            QMessageBox.warning(
                self,
                self.tr("Notes not kept"),
                self.tr(
                    "These notes were not kept: a plan keeps notes on at most 2,000 roles "
                    "and skills, and each note holds at most 20,000 characters."
                ),
            )

    # -- the ladder -------------------------------------------------------------------
    @property
    def catalog(self) -> CareerCatalog:
        """The plan's ladder, as the document says (never the widget's own idea)."""
        return self.document.catalog

    def _ladder_changed(self) -> None:
        """The plan now uses another ladder: a new scene first, then its marks and route."""
        if not self.catalog.has_role(self.selected):
            self.selected = None
        self._shown_catalog = self.catalog
        self.search.set_catalog(self.catalog)
        self._fill_track_filter()
        self.shown_route = None
        self.content = None
        self.reload_ladders()
        self._show_catalog()
        self.refresh_plan()

    def reload_ladders(self, *_args) -> None:
        """The ladder list: built in, the plan's own, the others kept in the data folder."""
        from pmplanner.ui import ladder_actions

        combo = self.ladder_combo
        combo.blockSignals(True)
        combo.clear()
        for name, ladder_id in ladder_actions.ladder_choices(self.document):
            combo.addItem(name, ladder_id)
        current = self.document.ladder
        combo.setCurrentIndex(max(0, combo.findData(current.id if current else BUILTIN)))
        combo.blockSignals(False)

    def _ladder_chosen(self, index: int) -> None:
        from pmplanner.ui import ladder_actions

        ladder_id = self.ladder_combo.itemData(index)
        if not ladder_actions.use_ladder(self, self.document, ladder_id or None):
            self.reload_ladders()  # refused: the list shows the plan's ladder again

    def import_ladder_dialog(self):  # -> LadderImport | None (imported when used)
        from pmplanner.ui import ladder_actions

        job = ladder_actions.import_ladder_dialog(self, self.document)
        if job is not None:
            job.done.connect(self.reload_ladders)
        return job

        # -- the plan -------------------------------------------------------------------

    def _profile_changed(self, name: str) -> None:
        if name in ("current_role", "target_role", "target_date", "years_in_current_role"):
            self.refresh_plan()
        else:
            self._refresh_details()

    def commit_pending_edits(self) -> None:
        """Notes typed a moment ago (no pause yet, still in the field) go in now."""
        self.details.commit_pending_notes()

    def refresh_plan(self) -> None:
        """Re-read current and target role: marks, routes (fastest shown), details."""
        if self._shown_catalog is not self.catalog:
            self._ladder_changed()  # another plan on another ladder: its scene comes first
            return
        profile = self.document.plan.profile
        self.routes = plan_routes(self.catalog, profile.current_role, profile.target_role)
        self.shown_route = self.routes.fastest
        from pmplanner.ui.plan import clock

        self.route_panel.show_routes(
            self.catalog,
            self.routes,
            self.shown_route,
            profile.target_date,
            clock.today(),
            profile.years_in_current_role,
        )
        if self.content is not None:
            self.content.set_marks(profile.current_role, profile.target_role)
            self.content.set_route(self.shown_route)
        self._ratings_changed()

    def _ratings_changed(self, *_args) -> None:
        if self.content is not None:
            on = self.readiness_toggle.isChecked()
            self.content.set_readiness(self.document.plan.skill_ratings if on else None)
            if self.canvas is not None and self.canvas.legend is not None:
                self.canvas.legend.set_readiness(on)
        self._refresh_details()

    def _refresh_details(self) -> None:
        self.details.show_role(self.catalog, self.selected, self.document.plan)
        self._announce()

    def show_route(self, path: CareerPath | None) -> None:
        self.shown_route = path
        if self.content is not None:
            self.content.set_route(path)

    def select_role(
        self, role_id: str | None, centre: bool = False, keep_in_view: bool = False
    ) -> None:
        if role_id is not None and not self.catalog.has_role(role_id):
            return
        self.selected = role_id
        if self.content is not None:
            self.content.select(role_id)
            if role_id is not None and self.canvas is not None:
                if centre:
                    self.canvas.centre_on(self.content.card_rect(role_id))
                elif keep_in_view:
                    self.canvas.ensure_visible(self.content.card_rect(role_id))
        self._refresh_details()
        self.side_tabs.setCurrentIndex(0)

    # -- keyboard -------------------------------------------------------------------
    def move_selection(self, how: str) -> None:
        """Move the selection with the keyboard (see ``navigation``); keep it in view."""
        if self.content is None:
            return
        layout = self.content.layout
        start = self.selected
        if start is None:
            profile = self.document.plan.profile
            start = profile.current_role if self.content.has_role(profile.current_role) else None
            if start is not None and how in navigation.DIRECTIONS:
                self.select_role(start, keep_in_view=True)
                return
        shown = [r for r in layout.cards if r not in self.content.cards.dimmed]
        role_id = navigation.move(layout, start, how, shown)
        if role_id is not None and role_id != self.selected:
            self.select_role(role_id, keep_in_view=True)

    def open_details(self) -> None:
        """Enter on the map: show the selected role's details and put the focus there."""
        if self.selected is None:
            self.move_selection("right")
            return
        self.side_tabs.setCurrentIndex(0)
        self.details.focus_first()

    def focus_map(self) -> None:
        if self.canvas is not None:
            self.canvas.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _announce(self) -> None:
        """Tell assistive technology which role is selected (the view's name changes)."""
        if self.canvas is not None:
            view = self.canvas.view
            name, description = role_announcement(
                self.catalog, self.selected, self.document.plan.profile
            )
            view.setAccessibleName(name)
            view.setAccessibleDescription(description + " " + view.usage())

    # -- palette ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_palette()
        super().changeEvent(event)

    def apply_palette(self) -> None:
        """Follow the window's palette (light or dark): the map and the details."""
        theme = style.theme_for(self.palette())
        self.theme = theme
        if self.canvas is not None:
            self.canvas.set_theme(theme)
        self._refresh_details()

    def compare_roles(self, role_id: str):  # -> CompareDialog (imported when used)
        """Show ``role_id`` beside another (the target role, or one the person picks)."""
        from pmplanner.ui.map.compare_dialog import CompareDialog

        target = self.document.plan.profile.target_role
        dialog = CompareDialog(self.catalog, self.document.plan, role_id, target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_gap_goals(self, role_id: str) -> None:
        """One undo step: a learning goal per key skill below the expected level."""
        role = self.catalog.role(role_id)
        goals = gap_goals(self.catalog, role, self.document.plan)
        self.document.add_goals(
            goals, text=self.tr("Add goals for gaps to {title}").format(title=role.title)
        )

    # -- view ---------------------------------------------------------------------
    def fit_all(self) -> None:
        if self.canvas is not None:
            self.canvas.fit_all()

    def _zoom(self, factor: float) -> None:
        if self.canvas is not None:
            self.canvas.zoom(factor)

    def _fill_track_filter(self) -> None:
        self.track_filter.blockSignals(True)
        self.track_filter.clear()
        self.track_filter.addItem(self.tr("All tracks"), "")
        for track in self.catalog.tracks:
            self.track_filter.addItem(track.name, track.id)
        self.track_filter.blockSignals(False)

    def _filter_changed(self, *_args) -> None:
        if self.content is None:
            return
        track_id = self.track_filter.currentData()
        if not track_id:
            self.content.set_dimmed(set())
            return
        from pmplanner.drawing.map_scene import to_qrect
        from pmplanner.drawing.track_view import track_box, track_roles

        shown = track_roles(self.catalog, track_id)
        self.content.set_dimmed({r.id for r in self.catalog.roles} - shown)
        box = track_box(self.catalog, self.content.layout, shown)
        if box is not None and self.canvas is not None:
            self.canvas.fit(to_qrect(box).adjusted(-8, -40, 40, 40))

    def _tooltip(self, role_id: str) -> str:
        return role_tooltip(self.catalog, role_id, self.document.plan)

    # -- export ---------------------------------------------------------------------
    def export_image(self, path: Path | str, width: int | None = None) -> Path:
        """Save the map as it is shown (route, marks, overlay, filter) as PNG or SVG."""
        from pmplanner.drawing.map_scene import MapContent
        from pmplanner.report.map_image import render_map

        content = MapContent(self.catalog)
        self._apply_state(content)
        content.select(None)
        if self.content is not None:
            content.set_dimmed(self.content.cards.dimmed)
        return render_map(content, path, width, readiness=self.readiness_toggle.isChecked())

    def export_image_dialog(self) -> None:
        """Ask for a file and a width, then export (File > Export map image)."""
        from pmplanner.ui.map.export_dialog import ask_and_export

        ask_and_export(self, self.export_image)
