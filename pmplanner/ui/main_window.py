"""The main window: the areas (my plan, the career map), menus, save state.

Ctrl+1 and Ctrl+2 (View menu) switch areas and put the keyboard focus in the
area; Ctrl+Tab does too while the focus is on the area tabs.
"""

from __future__ import annotations

import contextlib
import html
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QToolButton, QWidget

from pmplanner.storage.private import owner_only
from pmplanner.ui import window_settings
from pmplanner.ui.plan_window import PlanWindow

if TYPE_CHECKING:
    from pmplanner.ui.map.area import CareerMapArea
    from pmplanner.ui.plan.document import PlanDocument
    from pmplanner.ui.plan.editor import PlanEditor

# The plan machinery (pydantic, content, editor) is imported after the first
# paint, inside the methods that need it, so the window shows at once.

SETTINGS_FILE = "window.ini"
MAP_BUILD_DELAY_MS = 150


class MainWindow(PlanWindow):
    first_painted = Signal()
    document_loaded = Signal()
    map_ready = Signal()
    # the Edit menu's, replaced by the undo stack's own once the plan is loaded
    undo_action: QAction
    redo_action: QAction

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.data_dir = Path(data_dir)
        self.document: PlanDocument | None = None
        self.plan_editor: PlanEditor | None = None
        self.last_save_error = ""
        self.career_map: CareerMapArea | None = None
        self._painted = False
        self.setWindowTitle(self.tr("My plan[*]"))
        self.resize(1200, 800)

        self.areas = QTabWidget(self)
        self.areas.setObjectName("areas")
        self.areas.setDocumentMode(True)
        self.areas.setAccessibleName(self.tr("Areas"))
        self.areas.tabBar().setAccessibleName(self.tr("Areas: my plan or the career map"))
        self.setCentralWidget(self.areas)

        self.save_state_label = QLabel(self)
        self.save_state_label.setObjectName("saveState")
        self.save_state_label.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.save_state_label)
        self.statusBar().showMessage(self.tr("Loading your plan…"))

        self._build_menus()
        more = self.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
        if more is not None:  # shown when the window is too narrow for every menu
            more.setAccessibleName(self.tr("More menus"))
        self._restore_layout()
        self.installEventFilter(self)

    # -- start-up ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def load_plan(self) -> None:
        """Read the content and the plan; on a plan that cannot be read, ask."""
        from pmplanner.ui import file_actions

        document = file_actions.open_document(self, self.data_dir)
        if document is None:
            self.close()
            return
        self.set_document(document)
        repaired = document.store.repaired_ids if document.store is not None else []
        if repaired:  # said, not asked: nothing is lost, the file as it was is backed up
            from pmplanner.wording import counts

            self.statusBar().showMessage(counts.ids_repaired(len(repaired)), 30_000)

    def set_document(self, document: PlanDocument) -> None:
        from pmplanner.ui.map.area import CareerMapArea
        from pmplanner.ui.plan.editor import PlanEditor

        self.document = document
        self.plan_editor = PlanEditor(document, self.areas)
        self.plan_editor.welcome.quiz_requested.connect(self.open_quiz)
        self.plan_editor.progress_panel.check_in_requested.connect(self.open_check_in)
        self.areas.addTab(self.plan_editor, self.tr("My plan"))
        self.view_menu.addAction(self.plan_editor.side_action)
        self.areas.setTabToolTip(0, self.tr("Your profile, goals, skills and contacts"))
        # Cheap to create; its canvas (pyqtgraph, ~0.7 s to import) is built once
        # the plan has painted, or at once when the map is opened first.
        self.career_map = CareerMapArea(document, self.areas)
        self.areas.addTab(self.career_map, self.tr("Career map"))
        self.areas.setTabToolTip(1, self.tr("Roles, tracks and the routes between them"))
        settings = self._settings()
        splitter_state = window_settings.byte_array(settings, "editor/splitter")
        if splitter_state is not None:
            self.plan_editor.splitter.restoreState(splitter_state)
        self.plan_editor.restore_view_state(settings)
        self.areas.currentChanged.connect(self._area_changed)
        self.areas.setCurrentIndex(window_settings.area_index(settings, self.areas.count()))
        self._map_timer = QTimer(self, singleShot=True, interval=MAP_BUILD_DELAY_MS)
        self._map_timer.timeout.connect(self.build_map)
        self._map_timer.start()

        stack = document.undo_stack
        stack.cleanChanged.connect(self._update_save_state)
        document.saved_changed.connect(self._update_save_state)
        document.save_failed.connect(self._show_save_failure)
        from pmplanner.ui.foreign_change import PlanFileWatcher

        self.plan_watcher = PlanFileWatcher(self, document)
        self.edit_menu.removeAction(self.undo_action)
        self.edit_menu.removeAction(self.redo_action)
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # some desktops bind it already
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        for action in self._document_actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self._update_save_state()
        self.document_loaded.emit()
        QTimer.singleShot(0, self._offer_ladder)
        QTimer.singleShot(0, self.offer_due_now)

    def _offer_ladder(self) -> None:
        from pmplanner.ui import ladder_actions

        if self.document is not None:
            ladder_actions.offer_ladder_for_unknown_roles(self, self.document)

    def _export_map_image(self) -> None:
        if self.career_map is not None:
            self.career_map.export_image_dialog()

    def _area_changed(self, index: int) -> None:
        if self.areas.widget(index) is self.career_map:
            self.build_map()

    def build_map(self) -> None:
        if self.career_map is None or self.career_map.is_built:
            return
        self.career_map.build()
        self.export_map_action.setEnabled(True)
        self.map_ready.emit()

    def show_area(self, index: int) -> None:
        """Switch to an area (Ctrl+1, Ctrl+2) and put the keyboard focus in it."""
        if not 0 <= index < self.areas.count():
            return
        self.areas.setCurrentIndex(index)
        widget = self.areas.widget(index)
        if widget is self.plan_editor and self.plan_editor is not None:
            self.plan_editor.show_goals()
        elif widget is self.career_map and self.career_map is not None:
            self.build_map()
            self.career_map.focus_map()

    # -- menus -------------------------------------------------------------------
    def _file_action(self, name: str):
        from pmplanner.ui import file_actions

        return getattr(file_actions, name)(self)

    def _run(self, module: str, name: str):
        """Call ``module.name(self)``; heavy dialogs are imported when first used."""
        import importlib

        return getattr(importlib.import_module(module), name)(self)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New Plan"),
            lambda: self._file_action("new_plan"),
            QKeySequence.StandardKey.New,
            self.tr("Start a new, empty plan (the current one stays in the backups)"),
        )
        self.open_action = self._action(
            self.tr("&Open Plan…"),
            lambda: self._file_action("open_plan_file"),
            QKeySequence.StandardKey.Open,
            self.tr(
                "Open a plan file, such as one exported from pmplanner on another computer "
                "(the current plan stays in the backups)"
            ),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            lambda: self.document and self.document.save(),
            QKeySequence.StandardKey.Save,
            self.tr("Save now (pmplanner also saves by itself after every change)"),
        )
        self.export_action = self._action(
            self.tr("&Export Plan JSON…"),
            lambda: self._file_action("export_plan"),
            "Ctrl+Shift+E",
            self.tr("Save a copy of the plan as a JSON file"),
        )
        self.export_map_action = self._action(
            self.tr("Export &Map Image…"),
            self._export_map_image,
            None,
            self.tr("Save the career map, with your route, as a PNG or SVG image"),
        )
        self.export_map_action.setEnabled(False)
        reports = "pmplanner.ui.report_actions"
        self.print_action = self._action(
            self.tr("&Print…"),
            lambda: self._run(reports, "print_plan"),
            QKeySequence.StandardKey.Print,
            self.tr("Print the whole plan, with a preview first"),
        )
        self.export_pdf_action = self._action(
            self.tr("Export P&DF…"),
            lambda: self._run(reports, "export_pdf"),
            None,
            self.tr("Save the whole plan as a PDF document"),
        )
        self.export_case_action = self._action(
            self.tr("Export Promotion &Case…"),
            lambda: self._run(reports, "export_case"),
            None,
            self.tr("Save, as a PDF, each target skill with its rating, trend and evidence"),
        )
        self.export_deadlines_action = self._action(
            self.tr("Export &Deadlines…"),
            lambda: self._run(reports, "export_deadlines"),
            None,
            self.tr("Save goal due dates and contact follow-ups as a calendar (.ics) file"),
        )
        self.restore_action = self._action(
            self.tr("&Restore from Backup…"),
            lambda: self._file_action("restore_from_backup"),
            None,
            self.tr("Go back to an earlier saved version of the plan"),
        )
        self.show_folder_action = self._action(
            self.tr("Show &Data Folder"),
            lambda: self._file_action("show_data_folder"),
            None,
            self.tr("Open the folder where pmplanner keeps your plan and its backups"),
        )
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for item in (
            self.new_action,
            self.open_action,
            self.save_action,
            None,
            self.export_action,
            self.export_map_action,
            self.export_pdf_action,
            self.export_case_action,
            self.export_deadlines_action,
            self.print_action,
            None,
            self.restore_action,
            self.show_folder_action,
            None,
            quit_action,
        ):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        self._document_actions = [
            self.new_action,
            self.open_action,
            self.save_action,
            self.export_action,
            self.export_pdf_action,
            self.export_case_action,
            self.export_deadlines_action,
            self.print_action,
            self.restore_action,
        ]
        for action in self._document_actions:
            action.setEnabled(False)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self, enabled=False)
        self.redo_action = QAction(self.tr("&Redo"), self, enabled=False)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.area_actions = [
            self._action(
                self.tr("&My Plan"),
                lambda: self.show_area(0),
                "Ctrl+1",
                self.tr("Your profile, goals, skills and contacts"),
            ),
            self._action(
                self.tr("&Career Map"),
                lambda: self.show_area(1),
                "Ctrl+2",
                self.tr("Roles, tracks and the routes between them"),
            ),
        ]
        for action in self.area_actions:
            action.setEnabled(False)
            view_menu.addAction(action)
            self._document_actions.append(action)
        self.view_menu = view_menu  # the plan editor adds its Side Panel toggle

        ladder_menu = self.menuBar().addMenu(self.tr("&Ladder"))
        self.import_ladder_action = self._action(
            self.tr("&Import Ladder…"),
            self.import_ladder,
            None,
            self.tr("Use your organisation's ladder, from a JSON file or a CSV competency matrix"),
        )
        self.rename_ladder_action = self._action(
            self.tr("&Rename Ladder…"),
            self.rename_ladder,
            None,
            self.tr("Give an imported ladder another name"),
        )
        self.remove_ladder_action = self._action(
            self.tr("Re&move Ladder…"),
            self.remove_ladder,
            None,
            self.tr("Remove an imported ladder (a plan using it goes back to the built-in one)"),
        )
        self.ladder_template_action = self._action(
            self.tr("Save Ladder &Template…"),
            self.save_ladder_template,
            None,
            self.tr("Save a CSV competency matrix to fill in with your organisation's ladder"),
        )
        for action in (
            self.import_ladder_action,
            self.rename_ladder_action,
            self.remove_ladder_action,
        ):
            action.setEnabled(False)
            ladder_menu.addAction(action)
            self._document_actions.append(action)
        ladder_menu.addSeparator()
        ladder_menu.addAction(self.ladder_template_action)

        plan_menu = self.menuBar().addMenu(self.tr("&Plan"))
        self.check_in_action = self._action(
            self.tr("Check &In…"),
            self.open_check_in,
            "Ctrl+Shift+K",
            self.tr("Review your skills and goals and save a dated check-in"),
        )
        self.check_in_action.setEnabled(False)
        plan_menu.addAction(self.check_in_action)
        self._document_actions.append(self.check_in_action)
        self.evidence_action = self._action(
            self.tr("Add &Evidence…"),
            self.add_evidence,
            "Ctrl+Shift+W",
            self.tr("Note something you did that shows a skill, for your promotion case"),
        )
        self.evidence_action.setEnabled(False)
        plan_menu.addAction(self.evidence_action)
        self._document_actions.append(self.evidence_action)
        plan_menu.addSeparator()
        from pmplanner.ui.plan.plan_menu import add_plan_settings

        add_plan_settings(self, plan_menu)

        quiz_menu = self.menuBar().addMenu(self.tr("&Quiz"))
        self.quiz_action = self._action(
            self.tr("&Take the Quiz…"),
            self.open_quiz,
            "Ctrl+Shift+Q",
            self.tr("Answer a few questions to find the product-management path that fits you"),
        )
        self.quiz_action.setEnabled(False)
        quiz_menu.addAction(self.quiz_action)
        self._document_actions.append(self.quiz_action)
        self.past_quiz_action = self._action(
            self.tr("&Past Results…"),
            lambda: self._run("pmplanner.ui.quiz.past_results", "show_past_results"),
            tip=self.tr("See any quiz result you kept, or two side by side"),
        )
        self.quiz_scoring_action = self._action(
            self.tr("How &Scoring Works…"),
            lambda: self._run("pmplanner.ui.quiz.past_results", "show_scoring"),
            tip=self.tr("The points each answer gives each track"),
        )
        for action in (self.past_quiz_action, self.quiz_scoring_action):
            action.setEnabled(False)
            quiz_menu.addAction(action)
            self._document_actions.append(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About pmplanner"), lambda: self._file_action("show_about"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about_qt = self._action(self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self))
        help_menu.addAction(about)
        help_menu.addAction(about_qt)

    # -- ladders ------------------------------------------------------------------
    def import_ladder(self):  # -> LadderImport | None (imported when used)
        from pmplanner.ui import ladder_actions

        if self.document is None:
            return None
        job = ladder_actions.import_ladder_dialog(self, self.document)
        if job is not None:
            job.done.connect(self._ladders_changed)
        return job

    def rename_ladder(self) -> None:
        from pmplanner.ui import ladder_actions

        if self.document is not None and ladder_actions.rename_ladder_dialog(self, self.document):
            self._ladders_changed()

    def remove_ladder(self) -> None:
        from pmplanner.ui import ladder_actions

        if self.document is not None and ladder_actions.remove_ladder_dialog(self, self.document):
            self._ladders_changed()

    def save_ladder_template(self) -> None:
        from pmplanner.ui import ladder_actions

        dest = ladder_actions.save_ladder_template_dialog(self)
        if dest is not None:
            self.statusBar().showMessage(self.tr("Template saved as {0}").format(str(dest)), 8000)

    def _ladders_changed(self, *_args) -> None:
        if self.career_map is not None:
            self.career_map.reload_ladders()

    def open_quiz(self) -> None:
        if self.document is not None:
            self._run("pmplanner.ui.quiz.launch", "open_quiz")

    def offer_due_now(self) -> None:
        if self.document is not None and not self.document.is_closed:
            self._run("pmplanner.ui.plan.due_now", "offer_due_now")

    def add_evidence(self) -> None:
        if self.document is not None:
            from pmplanner.ui.plan.evidence_dialog import open_evidence_dialog

            open_evidence_dialog(self.document, self)

    def open_check_in(self) -> None:
        if self.document is not None:
            self._run("pmplanner.ui.checkin.wizard", "open_check_in")

    # -- save state --------------------------------------------------------------
    def _update_save_state(self, *_args) -> None:
        saved = self.document is not None and self.document.is_saved()
        self.setWindowModified(not saved)
        if saved:
            self.save_state_label.setText(self.tr("All changes saved"))
            self.save_state_label.setToolTip(
                self.tr("Saved in {0}").format(html.escape(str(self.data_dir)))
            )
            self._mark_unsaved(False)
            if self.last_save_error:  # the failure is over: its message goes too
                if self.statusBar().currentMessage() == self.last_save_error:
                    self.statusBar().clearMessage()
                self.last_save_error = ""

    def _show_save_failure(self, reason: str) -> None:
        from pmplanner.ui.safe_text import literal

        self.last_save_error = reason
        self.save_state_label.setText(self.tr("Not saved"))
        self.save_state_label.setToolTip(literal(reason))
        self._mark_unsaved(True)
        self.statusBar().showMessage(reason, 15000)

    def _mark_unsaved(self, alert: bool) -> None:
        """ "Not saved" in bold red that reads on this palette; back to normal once saved."""
        from pmplanner.drawing import palette

        self._save_alert = alert
        colours = QPalette()  # no roles set: the rest follows the window
        if alert:
            colours.setColor(QPalette.ColorRole.WindowText, palette.alert(role=palette.Role.Window))
        self.save_state_label.setPalette(colours)
        font = self.save_state_label.font()
        font.setBold(alert)
        self.save_state_label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        palette_change = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_change and getattr(self, "_save_alert", False):
            self._mark_unsaved(True)  # the red for the new palette

    def bring_to_front(self) -> None:
        self.setWindowState(
            (self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        self.show()
        self.raise_()
        self.activateWindow()

    # -- layout and closing --------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(str(self.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        settings = self._settings()
        geometry = window_settings.byte_array(settings, "window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = window_settings.byte_array(settings, "window/state")
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.plan_editor is not None:
            settings.setValue("editor/splitter", self.plan_editor.splitter.saveState())
            self.plan_editor.save_view_state(settings)
            settings.setValue("window/area", self.areas.currentIndex())
        with owner_only():  # window.ini (and QSettings' lock for it) 0600 whatever the umask
            settings.sync()
        with contextlib.suppress(OSError):  # one written by an earlier version
            os.chmod(self.data_dir / SETTINGS_FILE, 0o600)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.plan_editor is not None:
            self.plan_editor.commit_pending_edits()  # notes typed a moment ago
        if self.career_map is not None:
            self.career_map.commit_pending_edits()
        document = self.document
        unsaved = document is not None and not document.is_saved()
        if (
            unsaved
            and document is not None
            and not document.save()
            and not self._file_action("confirm_quit_unsaved")
        ):
            event.ignore()
            return
        self._save_layout()
        if self.document is not None:
            # The document may be destroyed after the window, when Python lets it go;
            # its undo stack, cleared as it goes, then says "clean" if edits were
            # discarded, and must not call back into the window.
            self.document.undo_stack.disconnect(self)
            self.document.disconnect(self)
        event.accept()
        if self.document is not None:
            self.document.close()  # saved above, or the person chose to discard
            self.document = None
