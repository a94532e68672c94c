"""The main window's menu bar: every action, and the plain method each one runs.

One home for the menus: File, Edit, View, Ladder, Plan, Quiz and Help are built
here, each action connected to a method of ``WindowMenus`` (or of the window,
for what the window itself does). The modules behind an action (dialogs, the
PDF writer, the quiz) are imported inside the method that opens them, so the
window shows at once. The actions stay reachable as attributes of the window
(``window.open_action``...). Texts keep the "MainWindow" translation context.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from pmplanner.ui.plan_window import PlanWindow

translate = QCoreApplication.translate
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MenuWindow(PlanWindow):
    """The main window as its menus see it: the actions they set on it and the
    window's own methods they call. ``MainWindow`` derives from it, so this
    module need not import ``main_window``, which imports it: no cycle."""

    new_action: QAction
    open_action: QAction
    save_action: QAction
    export_action: QAction
    export_map_action: QAction  # enabled once the map is built
    print_action: QAction
    export_pdf_action: QAction
    export_case_action: QAction
    export_deadlines_action: QAction
    restore_action: QAction
    show_folder_action: QAction
    # the Edit menu's, replaced by the undo stack's own once the plan is loaded
    undo_action: QAction
    redo_action: QAction
    area_actions: list[QAction]  # View > My Plan, Career Map
    due_now_action: QAction
    import_ladder_action: QAction
    rename_ladder_action: QAction
    remove_ladder_action: QAction
    ladder_template_action: QAction
    check_in_action: QAction
    evidence_action: QAction
    quiz_action: QAction
    past_quiz_action: QAction
    quiz_scoring_action: QAction
    edit_menu: QMenu
    view_menu: QMenu  # the plan editor adds its Side Panel toggle
    _document_actions: list[QAction]  # enabled once the plan is loaded

    def show_area(self, index: int) -> None:
        """Switch to an area and put the keyboard focus in it (MainWindow does)."""

    def open_quiz(self) -> None:
        """Quiz > Take the Quiz (MainWindow does)."""

    def open_check_in(self) -> None:
        """Plan > Check In (MainWindow does)."""

    def add_evidence(self) -> None:
        """Plan > Add Evidence (MainWindow does)."""

    def show_due_now(self) -> None:
        """View > Due Now (MainWindow does)."""

    def import_ladder(self):  # -> LadderImport | None
        """Ladder > Import Ladder (MainWindow does)."""

    def rename_ladder(self) -> None:
        """Ladder > Rename Ladder (MainWindow does)."""

    def remove_ladder(self) -> None:
        """Ladder > Remove Ladder (MainWindow does)."""

    def save_ladder_template(self) -> None:
        """Ladder > Save Ladder Template (MainWindow does)."""


class WindowMenus(QObject):
    """Builds the window's menus; owned by the window (its Qt parent)."""

    def __init__(self, window: MenuWindow):
        super().__init__(window)
        self.setObjectName("windowMenus")
        # The window is reached through parent(), never stored: a Python
        # reference back would keep a closed window alive until the next gc.
        self._build_file_menu(window)
        self._build_edit_menu(window)
        self._build_view_menu(window)
        self._build_ladder_menu(window)
        self._build_plan_menu(window)
        self._build_quiz_menu(window)
        self._build_help_menu(window)

    def _window(self) -> MenuWindow:
        return cast("MenuWindow", self.parent())

    def _action(self, text: str, slot, shortcut: Shortcut = None, tip: str = "") -> QAction:
        action = QAction(text, self.parent())
        if shortcut is not None:
            keys = QKeySequence(shortcut)
            # as setShortcut() does, without its overload check, which makes PySide
            # build every enum of the Qt namespace (~13 ms) before the first paint
            action.setShortcuts([keys] if not keys.isEmpty() else [])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _document_action(self, menu: QMenu, action: QAction) -> QAction:
        """An action usable once the plan is loaded (set_document enables it)."""
        action.setEnabled(False)
        menu.addAction(action)
        self._window()._document_actions.append(action)
        return action

    # -- building ----------------------------------------------------------------
    def _build_file_menu(self, window: MenuWindow) -> None:
        file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
        window.new_action = self._action(
            translate("MainWindow", "&New Plan"),
            self.new_plan,
            QKeySequence.StandardKey.New,
            translate(
                "MainWindow", "Start a new, empty plan (the current one stays in the backups)"
            ),
        )
        window.open_action = self._action(
            translate("MainWindow", "&Open Plan…"),
            self.open_plan_file,
            QKeySequence.StandardKey.Open,
            translate(
                "MainWindow",
                "Open a plan file, such as one exported from pmplanner on another computer "
                "(the current plan stays in the backups)",
            ),
        )
        window.save_action = self._action(
            translate("MainWindow", "&Save"),
            self.save,
            QKeySequence.StandardKey.Save,
            translate("MainWindow", "Save now (pmplanner also saves by itself after every change)"),
        )
        window.export_action = self._action(
            translate("MainWindow", "&Export Plan JSON…"),
            self.export_plan,
            "Ctrl+Shift+E",
            translate("MainWindow", "Save a copy of the plan as a JSON file"),
        )
        window.export_map_action = self._action(
            translate("MainWindow", "Export &Map Image…"),
            self.export_map_image,
            None,
            translate("MainWindow", "Save the career map, with your route, as a PNG or SVG image"),
        )
        window.export_map_action.setEnabled(False)  # build_map enables it
        window.print_action = self._action(
            translate("MainWindow", "&Print…"),
            self.print_plan,
            QKeySequence.StandardKey.Print,
            translate("MainWindow", "Print the whole plan, with a preview first"),
        )
        window.export_pdf_action = self._action(
            translate("MainWindow", "Export P&DF…"),
            self.export_pdf,
            None,
            translate("MainWindow", "Save the whole plan as a PDF document"),
        )
        window.export_case_action = self._action(
            translate("MainWindow", "Export Promotion &Case…"),
            self.export_case,
            None,
            translate(
                "MainWindow",
                "Save, as a PDF, each target skill with its rating, trend and evidence",
            ),
        )
        window.export_deadlines_action = self._action(
            translate("MainWindow", "Export &Deadlines…"),
            self.export_deadlines,
            None,
            translate(
                "MainWindow", "Save goal due dates and contact follow-ups as a calendar (.ics) file"
            ),
        )
        window.restore_action = self._action(
            translate("MainWindow", "&Restore from Backup…"),
            self.restore_from_backup,
            None,
            translate("MainWindow", "Go back to an earlier saved version of the plan"),
        )
        window.show_folder_action = self._action(
            translate("MainWindow", "Show &Data Folder"),
            self.show_data_folder,
            None,
            translate(
                "MainWindow", "Open the folder where pmplanner keeps your plan and its backups"
            ),
        )
        quit_action = self._action(
            translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for item in (
            window.new_action,
            window.open_action,
            window.save_action,
            None,
            window.export_action,
            window.export_map_action,
            window.export_pdf_action,
            window.export_case_action,
            window.export_deadlines_action,
            window.print_action,
            None,
            window.restore_action,
            window.show_folder_action,
            None,
            quit_action,
        ):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        window._document_actions = [
            window.new_action,
            window.open_action,
            window.save_action,
            window.export_action,
            window.export_pdf_action,
            window.export_case_action,
            window.export_deadlines_action,
            window.print_action,
            window.restore_action,
        ]
        for action in window._document_actions:
            action.setEnabled(False)

    def _build_edit_menu(self, window: MenuWindow) -> None:
        # placeholders, replaced by the undo stack's own once the plan is loaded
        window.edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
        window.undo_action = QAction(translate("MainWindow", "&Undo"), window, enabled=False)
        window.redo_action = QAction(translate("MainWindow", "&Redo"), window, enabled=False)
        window.edit_menu.addAction(window.undo_action)
        window.edit_menu.addAction(window.redo_action)

    def _build_view_menu(self, window: MenuWindow) -> None:
        view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
        window.area_actions = [
            self._action(
                translate("MainWindow", "&My Plan"),
                self.show_plan_area,
                "Ctrl+1",
                translate("MainWindow", "Your profile, goals, skills and contacts"),
            ),
            self._action(
                translate("MainWindow", "&Career Map"),
                self.show_map_area,
                "Ctrl+2",
                translate("MainWindow", "Roles, tracks and the routes between them"),
            ),
        ]
        for action in window.area_actions:
            self._document_action(view_menu, action)
        window.due_now_action = self._action(
            translate("MainWindow", "&Due Now"),
            window.show_due_now,
            "Ctrl+Shift+D",
            translate("MainWindow", "Show what is due: a check-in, overdue goals, follow-ups"),
        )
        self._document_action(view_menu, window.due_now_action)
        window.view_menu = view_menu  # the plan editor adds its Side Panel toggle

    def _build_ladder_menu(self, window: MenuWindow) -> None:
        ladder_menu = window.menuBar().addMenu(translate("MainWindow", "&Ladder"))
        window.import_ladder_action = self._action(
            translate("MainWindow", "&Import Ladder…"),
            window.import_ladder,
            None,
            translate(
                "MainWindow",
                "Use your organisation's ladder, from a JSON file or a CSV competency matrix",
            ),
        )
        window.rename_ladder_action = self._action(
            translate("MainWindow", "&Rename Ladder…"),
            window.rename_ladder,
            None,
            translate("MainWindow", "Give an imported ladder another name"),
        )
        window.remove_ladder_action = self._action(
            translate("MainWindow", "Re&move Ladder…"),
            window.remove_ladder,
            None,
            translate(
                "MainWindow",
                "Remove an imported ladder (a plan using it goes back to the built-in one)",
            ),
        )
        window.ladder_template_action = self._action(
            translate("MainWindow", "Save Ladder &Template…"),
            window.save_ladder_template,
            None,
            translate(
                "MainWindow",
                "Save a CSV competency matrix to fill in with your organisation's ladder",
            ),
        )
        for action in (
            window.import_ladder_action,
            window.rename_ladder_action,
            window.remove_ladder_action,
        ):
            self._document_action(ladder_menu, action)
        ladder_menu.addSeparator()
        ladder_menu.addAction(window.ladder_template_action)

    def _build_plan_menu(self, window: MenuWindow) -> None:
        plan_menu = window.menuBar().addMenu(translate("MainWindow", "&Plan"))
        window.check_in_action = self._action(
            translate("MainWindow", "Check &In…"),
            window.open_check_in,
            "Ctrl+Shift+K",
            translate("MainWindow", "Review your skills and goals and save a dated check-in"),
        )
        self._document_action(plan_menu, window.check_in_action)
        window.evidence_action = self._action(
            translate("MainWindow", "Add &Evidence…"),
            window.add_evidence,
            "Ctrl+Shift+W",
            translate(
                "MainWindow", "Note something you did that shows a skill, for your promotion case"
            ),
        )
        self._document_action(plan_menu, window.evidence_action)
        plan_menu.addSeparator()
        from pmplanner.ui.plan.plan_menu import add_plan_settings

        add_plan_settings(window, plan_menu)

    def _build_quiz_menu(self, window: MenuWindow) -> None:
        quiz_menu = window.menuBar().addMenu(translate("MainWindow", "&Quiz"))
        window.quiz_action = self._action(
            translate("MainWindow", "&Take the Quiz…"),
            window.open_quiz,
            "Ctrl+Shift+Q",
            translate(
                "MainWindow",
                "Answer a few questions to find the product-management path that fits you",
            ),
        )
        self._document_action(quiz_menu, window.quiz_action)
        window.past_quiz_action = self._action(
            translate("MainWindow", "&Past Results…"),
            self.show_past_results,
            tip=translate("MainWindow", "See any quiz result you kept, or two side by side"),
        )
        window.quiz_scoring_action = self._action(
            translate("MainWindow", "How &Scoring Works…"),
            self.show_scoring,
            tip=translate("MainWindow", "The points each answer gives each track"),
        )
        self._document_action(quiz_menu, window.past_quiz_action)
        self._document_action(quiz_menu, window.quiz_scoring_action)

    def _build_help_menu(self, window: MenuWindow) -> None:
        help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = self._action(translate("MainWindow", "&About pmplanner"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = self._action(translate("MainWindow", "About &Qt"), self.show_about_qt)
        help_menu.addAction(about)
        help_menu.addAction(about_qt)

    # -- File ------------------------------------------------------------------------
    def new_plan(self) -> None:
        from pmplanner.ui import file_actions

        file_actions.new_plan(self._window())

    def open_plan_file(self) -> None:
        from pmplanner.ui import file_actions

        file_actions.open_plan_file(self._window())

    def save(self) -> None:
        document = self._window().document
        if document is not None:
            document.save()

    def export_plan(self) -> None:
        from pmplanner.ui import file_actions

        file_actions.export_plan(self._window())

    def export_map_image(self) -> None:
        career_map = self._window().career_map
        if career_map is not None:
            career_map.export_image_dialog()

    def print_plan(self) -> None:
        from pmplanner.ui import report_actions

        report_actions.print_plan(self._window())

    def export_pdf(self) -> None:
        from pmplanner.ui import report_actions

        report_actions.export_pdf(self._window())

    def export_case(self) -> None:
        from pmplanner.ui import report_actions

        report_actions.export_case(self._window())

    def export_deadlines(self) -> None:
        from pmplanner.ui import report_actions

        report_actions.export_deadlines(self._window())

    def restore_from_backup(self) -> None:
        from pmplanner.ui import file_actions

        file_actions.restore_from_backup(self._window())

    def show_data_folder(self) -> None:
        from pmplanner.ui import file_actions

        file_actions.show_data_folder(self._window())

    # -- View --------------------------------------------------------------------------
    def show_plan_area(self) -> None:
        self._window().show_area(0)

    def show_map_area(self) -> None:
        self._window().show_area(1)

    # -- Quiz --------------------------------------------------------------------------
    def show_past_results(self) -> None:
        from pmplanner.ui.quiz import past_results

        past_results.show_past_results(self._window())

    def show_scoring(self) -> None:
        from pmplanner.ui.quiz import past_results

        past_results.show_scoring(self._window())

    # -- Help --------------------------------------------------------------------------
    def show_about(self) -> None:
        from pmplanner.ui import file_actions

        file_actions.show_about(self._window())

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self._window())
