"""The ladders a plan can use: choose, import (JSON or CSV), rename, remove, template.

The plan carries the ladder it uses (``Plan.ladder``); the data folder's
``ladders/`` keeps the ones imported, to choose from. Choosing or removing a
ladder is a document edit (one undo step); the map, the profile, the skills
tab and every export read the ladder from the document.

Dialogs go through QMessageBox/QFileDialog/QInputDialog static functions so
tests can replace them. An import runs off the GUI thread with progress and
Cancel, so a large file never freezes the window.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import PlanLadder
from pmplanner.paths import user_data_dir
from pmplanner.storage import ladders
from pmplanner.storage.content import ContentError
from pmplanner.storage.errors import SaveError
from pmplanner.storage.jsonio import JsonFileError
from pmplanner.storage.plan_ladder import ladder_from_catalog
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.safe_text import literal

BUILTIN = ""  # the ladder lists' data for the built-in ladder


translate = QCoreApplication.translate


def data_dir_of(document: PlanDocument) -> Path:
    """Where the ladders are kept: the plan's own data folder (``--data-dir`` included)."""
    return document.store.data_dir if document.store is not None else user_data_dir()


# -- choosing --------------------------------------------------------------------------
def ladder_choices(document: PlanDocument) -> list[tuple[str, str]]:
    """(name, id) of every ladder the plan can use; the built-in one first."""
    choices = [(translate("Ladders", "Built-in ladder"), BUILTIN)]
    kept = ladders.imported_ladders(data_dir_of(document))
    own = document.ladder
    # the plan's ladder is listed under the name the plan gives it
    choices += [
        (own.name if own is not None and own.id == ladder.id else ladder.name, ladder.id)
        for ladder in kept
    ]
    if own is not None and all(ladder.id != own.id for ladder in kept):
        choices.append((translate("Ladders", "{0} (kept in this plan)").format(own.name), own.id))
    return choices


def use_ladder(parent: QWidget, document: PlanDocument, ladder_id: str | None) -> bool:
    """Show the plan on ladder ``ladder_id`` (None: built in), as one undo step.

    Returns False (and says why) when that ladder cannot be read.
    """
    if not ladder_id:
        document.use_ladder(None)
        return True
    own = document.ladder
    if own is not None and own.id == ladder_id:
        return True
    ladder = ladders.find_ladder(data_dir_of(document), ladder_id)
    if ladder is None:
        _refuse(parent, translate("Ladders", "That ladder is no longer in the data folder."))
        return False
    try:
        catalog = ladders.load_ladder(ladder)
    except (ContentError, OSError) as error:
        _refuse(parent, error)
        return False
    document.use_ladder(plan_ladder(ladder, catalog))
    return True


def plan_ladder(ladder: ladders.Ladder, catalog: CareerCatalog) -> PlanLadder:
    return ladder_from_catalog(ladder.id, ladder.name, catalog)


def _refuse(parent: QWidget, error: Exception | str) -> None:
    detail = error.describe(limit=15) if isinstance(error, JsonFileError) else str(error)
    QMessageBox.warning(
        parent,
        translate("Ladders", "Ladder not loaded"),
        literal(
            translate("Ladders", "This ladder cannot be used; your plan is unchanged."), detail
        ),
    )


def offer_ladder_for_unknown_roles(parent: QWidget, document: PlanDocument) -> bool:
    """A plan from before plans recorded their ladder may name an imported ladder's roles.

    When the built-in ladder lacks the plan's roles and a kept ladder has them
    all, ask whether to use that ladder (one undo step). True when it is used.
    """
    profile = document.plan.profile
    roles = [r for r in (profile.current_role, profile.target_role) if r]
    catalog = document.catalog
    if document.ladder is not None or not roles or all(catalog.has_role(r) for r in roles):
        return False
    for ladder in ladders.imported_ladders(data_dir_of(document)):
        try:
            found = ladders.load_ladder(ladder)
        except (ContentError, OSError):
            continue
        if not all(found.has_role(r) for r in roles):
            continue
        answer = QMessageBox.question(
            parent,
            translate("Ladders", "Use your organisation's ladder?"),
            literal(
                translate(
                    "Ladders",
                    "Your plan names roles of the ladder {0}, which your plan does not say "
                    "it uses yet. Show your plan on {0}?",
                ).format(ladder.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            document.use_ladder(plan_ladder(ladder, found))
            return True
        return False
    return False


# -- the quiz's roles are the built-in ladder's --------------------------------------------
def confirm_builtin_ladder(parent: QWidget, ladder_name: str) -> bool:
    """Ask before a plan on an organisation's ladder goes to the built-in one for the quiz."""
    answer = QMessageBox.question(
        parent,
        translate("Ladders", "Use the built-in ladder?"),
        literal(
            translate(
                "Ladders",
                "Your plan uses the ladder {0}; the quiz's roles are on pmplanner's built-in "
                "ladder. Switch your plan to the built-in ladder? Your goals and ratings are "
                "kept, and Edit > Undo switches back.",
            ).format(ladder_name)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


# -- importing ---------------------------------------------------------------------------
def ladder_filter() -> str:
    return translate(
        "Ladders",
        "Career ladders (*.json *.csv);;JSON ladder (*.json);;CSV matrix (*.csv);;All (*)",
    )


def import_ladder_dialog(parent: QWidget, document: PlanDocument) -> LadderImport | None:
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("Ladders", "Import your organisation's ladder"), start, ladder_filter()
    )
    if not path:
        return None
    return import_ladder(parent, document, Path(path))


class _ImportThread(QThread):
    """Runs ``storage.ladders.import_ladder`` off the GUI thread."""

    step = Signal(int, int)

    def __init__(self, source: Path, data_dir: Path, parent: QObject):
        super().__init__(parent)
        self.source = source
        self.data_dir = data_dir
        self.cancel_requested = threading.Event()
        self.result: tuple[ladders.Ladder, CareerCatalog] | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.result = ladders.import_ladder(
                self.source,
                self.data_dir,
                progress=lambda done, total: self.step.emit(done, total),
                cancelled=self.cancel_requested.is_set,
            )
        except ladders.ImportCancelled:
            self.result = None
        except (ContentError, SaveError, OSError, ValueError) as error:
            self.error = error


class LadderImport(QObject):
    """One import: a progress dialog with Cancel, then the plan uses the ladder.

    ``done(bool)`` says whether the plan now uses the imported ladder.
    """

    done = Signal(bool)

    def __init__(self, parent: QWidget, document: PlanDocument, source: Path):
        super().__init__(parent)
        self._parent = parent
        self._document = document
        self.progress = QProgressDialog(
            translate("Ladders", "Reading {0}…").format(source.name),
            translate("Ladders", "Cancel"),
            0,
            3,
            parent,
        )
        self.progress.setWindowTitle(translate("Ladders", "Import Ladder"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # a quick import shows no dialog
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.worker = _ImportThread(source, data_dir_of(document), self)
        self.worker.step.connect(self._step)
        self.worker.finished.connect(self._finished)
        self.progress.canceled.connect(self.cancel)
        self.worker.start()

    def cancel(self) -> None:
        self.worker.cancel_requested.set()

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self) -> None:
        self.progress.close()
        self.progress.deleteLater()
        worker = self.worker
        used = False
        if worker.error is not None:
            _refuse(self._parent, worker.error)
        elif worker.result is not None:
            ladder, catalog = worker.result
            self._document.use_ladder(plan_ladder(ladder, catalog))
            used = True
        self.deleteLater()
        self.done.emit(used)


def import_ladder(parent: QWidget, document: PlanDocument, source: Path) -> LadderImport:
    """Validate and keep ``source`` off the GUI thread; a broken file changes nothing."""
    return LadderImport(parent, document, source)


# -- renaming and removing ---------------------------------------------------------------
def _kept(document: PlanDocument) -> list[ladders.Ladder]:
    return ladders.imported_ladders(data_dir_of(document))


def _pick(parent: QWidget, document: PlanDocument, title: str, label: str) -> ladders.Ladder | None:
    kept = _kept(document)
    if not kept:
        QMessageBox.information(
            parent,
            title,
            translate("Ladders", "No ladder has been imported yet (Ladder > Import Ladder…)."),
        )
        return None
    names = [ladder.name for ladder in kept]
    own = document.ladder
    current = next((i for i, x in enumerate(kept) if own is not None and x.id == own.id), 0)
    name, ok = QInputDialog.getItem(parent, title, label, names, current, False)
    if not ok:
        return None
    return kept[names.index(name)]


def rename_ladder_dialog(parent: QWidget, document: PlanDocument) -> bool:
    ladder = _pick(
        parent,
        document,
        translate("Ladders", "Rename Ladder"),
        translate("Ladders", "Ladder to rename:"),
    )
    if ladder is None:
        return False
    name, ok = QInputDialog.getText(
        parent,
        translate("Ladders", "Rename Ladder"),
        translate("Ladders", "New name:"),
        text=ladder.name,
    )
    name = name.strip()
    if not ok or not name or name == ladder.name:
        return False
    return rename_ladder(parent, document, ladder, name)


# -- the template ---------------------------------------------------------------------------
def save_ladder_template_dialog(parent: QWidget) -> Path | None:
    """Save a CSV competency matrix to fill in (one row per role, a column per skill)."""
    from pmplanner.storage.atomic import atomic_write_bytes
    from pmplanner.storage.ladder_csv import template_csv
    from pmplanner.ui.save_target import choose_save_path

    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen = choose_save_path(
        parent,
        lambda at: QFileDialog.getSaveFileName(
            parent,
            translate("Ladders", "Save Ladder Template"),
            at,
            translate("Ladders", "CSV matrix (*.csv)"),
        ),
        str(Path(start) / "ladder-template.csv"),
        lambda name, _chosen: Path(name) if Path(name).suffix else Path(name + ".csv"),
    )
    if chosen is None:
        return None
    dest, _filter = chosen
    try:
        atomic_write_bytes(dest, template_csv())
    except SaveError as error:
        QMessageBox.warning(
            parent, translate("Ladders", "The template was not saved"), literal(str(error))
        )
        return None
    return dest


def rename_ladder(
    parent: QWidget, document: PlanDocument, ladder: ladders.Ladder, name: str
) -> bool:
    """Give a kept ladder another name; the plan using it shows the new one (an undo step)."""
    try:
        ladders.rename_ladder(data_dir_of(document), ladder.id, name)
    except (ladders.LadderError, SaveError) as error:
        _refuse(parent, error)
        return False
    own = document.ladder
    if own is not None and own.id == ladder.id:
        document.use_ladder(own.model_copy(update={"name": name}))
    return True


def remove_ladder_dialog(parent: QWidget, document: PlanDocument) -> bool:
    ladder = _pick(
        parent,
        document,
        translate("Ladders", "Remove Ladder"),
        translate("Ladders", "Ladder to remove:"),
    )
    if ladder is None:
        return False
    return remove_ladder(parent, document, ladder)


def remove_ladder(parent: QWidget, document: PlanDocument, ladder: ladders.Ladder) -> bool:
    """Remove a kept ladder; a plan using it goes back to the built-in ladder (asked first).

    Goals and ratings stay as they are (ratings are per skill), and Undo brings
    the plan's copy of the ladder back.
    """
    own = document.ladder
    in_use = own is not None and own.id == ladder.id
    if in_use:
        text = translate(
            "Ladders",
            "Your plan uses {0}. Remove it? Your plan goes back to the built-in ladder; "
            "your goals and ratings are kept, and Edit > Undo brings the ladder back.",
        )
    else:
        text = translate("Ladders", "Remove the ladder {0} from the data folder?")
    answer = QMessageBox.question(
        parent,
        translate("Ladders", "Remove Ladder"),
        literal(text.format(ladder.name)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        ladders.remove_ladder(data_dir_of(document), ladder.id)
    except (ladders.LadderError, SaveError, OSError) as error:
        _refuse(parent, error)
        return False
    if in_use:
        document.use_ladder(None)
    return True
