"""The main window: the areas (my plan, the career map), menus, save state.

Ctrl+1 and Ctrl+2 (View menu) switch areas and put the keyboard focus in the
area; Ctrl+Tab does too while the focus is on the area tabs.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton, QWidget

from pmplanner.storage.private import owner_only
from pmplanner.ui import window_settings
from pmplanner.ui.menus import MenuWindow, WindowMenus

if TYPE_CHECKING:
    from pmplanner.ui.map.area import CareerMapArea
    from pmplanner.ui.plan.document import PlanDocument
    from pmplanner.ui.plan.editor import PlanEditor

# The plan machinery (pydantic, content, editor) is imported after the first
# paint, inside the methods that need it, so the window shows at once.

SETTINGS_FILE = window_settings.SETTINGS_FILE
MAP_BUILD_DELAY_MS = 150


class MainWindow(MenuWindow):
    first_painted = Signal()
    document_loaded = Signal()
    map_ready = Signal()

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

        self.menus = WindowMenus(self)
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
        self.plan_editor.check_in_requested.connect(self.open_check_in)
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
            from pmplanner.ui.quiz.launch import open_quiz

            open_quiz(self)

    def offer_due_now(self) -> None:
        if self.document is not None and not self.document.is_closed:
            from pmplanner.ui.plan.due_now import offer_due_now

            offer_due_now(self)

    def show_due_now(self) -> None:
        if self.document is not None and not self.document.is_closed:
            from pmplanner.ui.plan.due_now import show_due_now

            show_due_now(self)

    def add_evidence(self) -> None:
        if self.document is not None:
            from pmplanner.ui.plan.evidence_dialog import open_evidence_dialog

            open_evidence_dialog(self.document, self)

    def open_check_in(self) -> None:
        if self.document is not None:
            from pmplanner.ui.checkin.wizard import open_check_in

            open_check_in(self)

    # -- save state --------------------------------------------------------------
    def _update_save_state(self, *_args) -> None:
        saved = self.document is not None and self.document.is_saved()
        self.setWindowModified(not saved)
        if saved:
            import html  # its entities table is not needed before the first paint

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
        from PySide6.QtCore import Qt  # its ~90 enums are made on first use: after the paint

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
        if unsaved and document is not None and not document.save():
            from pmplanner.ui.file_actions import confirm_quit_unsaved

            if not confirm_quit_unsaved(self):
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
            # the tables and lists let go of the document's models first: the models
            # end with the document, and a view left holding one would reset its
            # selection on a model that is gone
            _release_document_models(self, self.document)
            self.document.close()  # saved above, or the person chose to discard
            self.document = None


def _release_document_models(window: QWidget, document: PlanDocument) -> None:
    """Every view of ``window`` showing one of ``document``'s models (through any
    proxies) lets go of it, before the document ends and takes its models along."""
    from PySide6.QtCore import QAbstractProxyModel
    from PySide6.QtWidgets import QAbstractItemView

    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        if model is not None and model.parent() is document:
            view.setModel(None)
