"""The profile form: name, background, current role and years in it, target role and date.

Edits go through ``document.set_profile_field`` (undo steps); the form follows
``profile_changed`` so undo shows. Only user signals (textEdited, activated)
write, and writes of equal values are skipped, so there is no feedback loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from pmplanner.core.careers import TrackKind
from pmplanner.core.catalog import CareerCatalog
from pmplanner.ui.plan.date_edit import OptionalDateEdit
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.ui.plan.years_edit import OptionalYearsEdit
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

NOT_SET = QT_TRANSLATE_NOOP("ProfileForm", "Not set")
TRACK_ORDER = {kind: i for i, kind in enumerate(TrackKind)}


class RoleCombo(QComboBox):
    """Roles grouped by track (ladder first), by level; group titles cannot be chosen."""

    def __init__(self, catalog: CareerCatalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.set_catalog(catalog)

    def set_catalog(self, catalog: CareerCatalog) -> None:
        """List the roles of ``catalog`` (the plan's ladder), grouped by track."""
        self._catalog = catalog
        self.blockSignals(True)
        self.clear()
        self.addItem(not_set(), None)
        tracks = sorted(catalog.tracks, key=lambda t: (TRACK_ORDER.get(t.kind, 9), t.name))
        known = {t.id for t in tracks}
        groups = [(t.name, catalog.roles_in_track(t.id)) for t in tracks]
        orphans = [r for r in catalog.roles if r.track not in known]
        if orphans:
            groups.append((self.tr("Other roles"), sorted(orphans, key=lambda r: r.level)))
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        for name, roles in groups:
            if not roles:
                continue
            self.insertSeparator(self.count())
            self.addItem(name, None)
            header = model.item(self.count() - 1)
            header.setEnabled(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for role in roles:
                text = role.title
                tip = role.summary
                if role.look_alike:
                    text = self.tr("{title} (look-alike title)").format(title=role.title)
                    tip = self.tr(
                        "A look-alike title: not quite product management. {summary}"
                    ).format(summary=role.summary)
                self.addItem(text, role.id)
                # ladder text: shown as written, never as markup
                self.setItemData(self.count() - 1, plain_tooltip(tip), Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)

    def role_id(self) -> str | None:
        return self.currentData()

    def set_role_id(self, role_id: str | None) -> None:
        index = self.findData(role_id) if role_id else 0
        if index < 0:  # a role the content no longer has: show it, do not lose it
            self.addItem(self.tr("Unknown role ({id})").format(id=role_id), role_id)
            index = self.count() - 1
        self.setCurrentIndex(index)


def not_set() -> str:
    return QCoreApplication.translate("ProfileForm", NOT_SET)


class ProfileForm(QGroupBox):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your profile"))
        self.setObjectName("profileForm")
        self.document = document
        catalog = document.catalog
        # backgrounds belong to the person, not to a ladder: always the built-in ones
        backgrounds = document.builtin_catalog.backgrounds

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(500)
        self.name_edit.setPlaceholderText(self.tr("Your name (optional)"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.textEdited.connect(lambda text: self._write("name", text))

        self.background_combo = QComboBox(self)
        self.background_combo.setAccessibleName(self.tr("Background"))
        self.background_combo.setToolTip(
            self.tr("Where you come from: it shapes the usual first steps")
        )
        self.background_combo.addItem(not_set(), None)
        for background in backgrounds:
            self.background_combo.addItem(background.name, background.id)
            self.background_combo.setItemData(
                self.background_combo.count() - 1,
                background.description,
                Qt.ItemDataRole.ToolTipRole,
            )
        self.background_combo.setEnabled(bool(backgrounds))
        self.background_combo.activated.connect(
            lambda: self._write("background", self.background_combo.currentData())
        )

        self.current_role_combo = RoleCombo(catalog, self)
        self.current_role_combo.setAccessibleName(self.tr("Current role"))
        self.current_role_combo.setToolTip(self.tr("The role you have now (or the closest one)"))
        self.current_role_combo.activated.connect(
            lambda: self._write("current_role", self.current_role_combo.role_id())
        )
        self.target_role_combo = RoleCombo(catalog, self)
        self.target_role_combo.setAccessibleName(self.tr("Target role"))
        self.target_role_combo.setToolTip(self.tr("The role you are aiming for next"))
        self.target_role_combo.activated.connect(
            lambda: self._write("target_role", self.target_role_combo.role_id())
        )

        self.target_date_edit = OptionalDateEdit(self, empty_text=not_set())
        self.target_date_edit.setAccessibleName(self.tr("Target date"))
        self.target_date_edit.setToolTip(
            self.tr("When you would like to be in the target role; Delete clears it")
        )
        self.target_date_edit.value_changed.connect(lambda value: self._write("target_date", value))

        self.years_edit = OptionalYearsEdit(self, empty_text=not_set())
        self.years_edit.setObjectName("yearsInCurrentRole")
        self.years_edit.setAccessibleName(self.tr("Years in current role"))
        self.years_edit.setToolTip(
            self.tr(
                "How long you have been in your current role: it counts towards the route's "
                "first move. Delete clears it"
            )
        )
        self.years_edit.value_changed.connect(
            lambda value: self._write("years_in_current_role", value)
        )

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("&Background"), self.background_combo),
            (self.tr("&Current role"), self.current_role_combo),
            (self.tr("&Years in role"), self.years_edit),
            (self.tr("&Target role"), self.target_role_combo),
            (self.tr("Target &date"), self.target_date_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(label, field)

        self._syncing = False
        document.profile_changed.connect(self.sync)
        document.plan_replaced.connect(self._ladder_changed)
        document.ladder_changed.connect(self._ladder_changed)
        self.sync()

    def _ladder_changed(self) -> None:
        """The plan's ladder changed (a switch, or another plan): its roles, then the profile."""
        catalog = self.document.catalog
        for combo in (self.current_role_combo, self.target_role_combo):
            combo.set_catalog(catalog)
        self.sync()

    def _write(self, field: str, value) -> None:
        if not self._syncing:
            self.document.set_profile_field(field, value)

    def sync(self, *_: object) -> None:
        """Show the document's profile (after undo, redo, replace)."""
        profile = self.document.plan.profile
        self._syncing = True
        try:
            if self.name_edit.text() != profile.name:
                self.name_edit.setText(profile.name)
            self._show_background(profile.background)
            self.current_role_combo.set_role_id(profile.current_role)
            self.target_role_combo.set_role_id(profile.target_role)
            if self.years_edit.years() != profile.years_in_current_role:
                self.years_edit.set_years(profile.years_in_current_role)
            if self.target_date_edit.value() != profile.target_date:
                self.target_date_edit.set_value(profile.target_date)
        finally:
            self._syncing = False

    def _show_background(self, background_id: str | None) -> None:
        combo = self.background_combo
        index = combo.findData(background_id) if background_id else 0
        if index < 0:  # a background the content no longer has: show it, do not lose it
            combo.addItem(
                self.tr("Unknown background ({id})").format(id=background_id), background_id
            )
            index = combo.count() - 1
            combo.setEnabled(True)
        combo.setCurrentIndex(index)

    def focus_current_role(self) -> None:
        """Focus the current role (with the keyboard's focus ring) and open its list."""
        self.current_role_combo.setFocus(Qt.FocusReason.TabFocusReason)
        self.current_role_combo.showPopup()
