"""What to print: a preset and the sections, asked before the PDF's file dialog or the preview.

The preset ("Share with a manager" or "Complete") checks its sections; the
person may then check or clear any of them. The choice is kept in window.ini
(``reports/preset``, ``reports/sections``) and offered again next time.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pmplanner.report.options import (
    COMPLETE,
    DEFAULT_PRESET,
    PRESETS,
    SECTION_KEYS,
    SHARE,
    ReportOptions,
    UnknownSection,
    options_for,
    parse_sections,
)
from pmplanner.report.sections import section_title
from pmplanner.storage.private import owner_only

PRESET_KEY = "reports/preset"
SECTIONS_KEY = "reports/sections"
# "share" as pmplanner kept it before the progress and evidence sections existed
OLD_SHARE = ("summary", "route", "skills", "goals", "deadlines")


def remembered_options(settings: QSettings) -> tuple[str, tuple[str, ...]]:
    """The preset and sections chosen last time (the default preset when none or unreadable)."""
    preset = settings.value(PRESET_KEY)
    if preset not in PRESETS:
        preset = DEFAULT_PRESET
    sections = PRESETS[str(preset)]
    stored = settings.value(SECTIONS_KEY)
    if isinstance(stored, list):  # QSettings reads "a,b" back as a list
        stored = ",".join(str(s) for s in stored)
    if isinstance(stored, str):
        with contextlib.suppress(UnknownSection):  # a hand-edited file: the preset's
            sections = parse_sections(stored)
    if sections == OLD_SHARE:  # the default before progress and evidence: they join it
        sections = PRESETS[SHARE]
    return str(preset), sections


def remember_options(settings: QSettings, preset: str, sections: tuple[str, ...]) -> None:
    settings.setValue(PRESET_KEY, preset)
    settings.setValue(SECTIONS_KEY, ",".join(sections))
    with owner_only():  # window.ini stays the person's own
        settings.sync()


class ReportOptionsDialog(QDialog):
    """A preset combo box and a check box per section."""

    def __init__(
        self,
        preset: str,
        sections: tuple[str, ...],
        go_text: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What to Include"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.preset_box = QComboBox()
        self.preset_box.addItem(self.tr("Share with a manager"), SHARE)
        self.preset_box.addItem(self.tr("Complete"), COMPLETE)
        self.preset_box.setAccessibleName(self.tr("Preset"))
        form.addRow(self.tr("&Preset:"), self.preset_box)
        layout.addLayout(form)
        self.preset_note = QLabel()
        self.preset_note.setWordWrap(True)
        layout.addWidget(self.preset_note)
        group = QGroupBox(self.tr("Sections"))
        boxes = QVBoxLayout(group)
        self.boxes: dict[str, QCheckBox] = {}
        for key in SECTION_KEYS:
            box = QCheckBox(section_title(key))
            box.setObjectName(f"section-{key}")
            self.boxes[key] = box
            boxes.addWidget(box)
        layout.addWidget(group)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(go_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in self.boxes.values():
            box.toggled.connect(self._update_ok)
        self.preset_box.setCurrentIndex(max(0, self.preset_box.findData(preset)))
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        self._check(sections)
        self._describe()

    @property
    def preset(self) -> str:
        return str(self.preset_box.currentData())

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(key for key in SECTION_KEYS if self.boxes[key].isChecked())

    def options(self) -> ReportOptions:
        return options_for(self.preset, self.sections)

    def _check(self, sections: tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in sections)

    def _preset_chosen(self) -> None:
        self._check(PRESETS[self.preset])
        self._describe()

    def _describe(self) -> None:
        if self.preset == SHARE:
            text = self.tr(
                "For handing to someone: no contacts, no dropped goals, no quiz answers and no "
                "check-in reflections; done goals are summarised in a line."
            )
        else:
            text = self.tr("Everything in the plan, each goal on its own row.")
        self.preset_note.setText(text)

    def _update_ok(self) -> None:
        # nothing checked: nothing to print
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.sections))
