"""A goal's skills as removable chips, and a searchable picker to add one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.catalog import CareerCatalog


class SkillPicker(QFrame):
    """A popup: type to narrow the catalog's skills, Enter or a click adds the highlighted one."""

    picked = Signal(str)  # skill id

    def __init__(self, catalog: CareerCatalog, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Add a skill"))
        self.catalog = catalog
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search skills"))
        self.search.setPlaceholderText(self.tr("Search skills"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Skills"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_current)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self._pick_current())
        self.list.itemClicked.connect(lambda _item: self._pick_current())
        self.resize(280, 300)
        self._excluded: set[str] = set()

    def open_for(self, anchor: QWidget, excluded: list[str]) -> None:
        self._excluded = set(excluded)
        self.search.clear()
        self._filter("")
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        self.list.clear()
        for skill in sorted(self.catalog.skills, key=lambda s: s.name.casefold()):
            if skill.id in self._excluded or wanted not in skill.name.casefold():
                continue
            item = QListWidgetItem(skill.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the search box move through the list
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _pick_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.hide()
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))


class SkillChips(QWidget):
    """One chip per linked skill ("Discovery ×": a click removes it) and "Add skill…"."""

    removed = Signal(str)
    added = Signal(str)

    def __init__(self, catalog: CareerCatalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Linked skills"))
        self.catalog = catalog
        self.chips: dict[str, QToolButton] = {}
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add skill…"))
        self.add_button.setAccessibleName(self.tr("Add a skill"))
        self.add_button.setToolTip(self.tr("Link a skill this goal builds (search by name)"))
        self.picker = SkillPicker(catalog, self)
        self.picker.picked.connect(self.added)
        self.add_button.clicked.connect(
            lambda: self.picker.open_for(self.add_button, list(self.chips))
        )
        self._skills: list[str] = []
        self._width = 0
        # the chips flow to the width given; they never make the pane wider
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_skills(self, skill_ids: list[str]) -> None:
        self._skills = list(skill_ids)
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips = {}
        for skill_id in skill_ids:
            name = self.catalog.skill_name(skill_id)
            chip = QToolButton(self)
            chip.setText(f"{name}  ×")
            chip.setAccessibleName(self.tr("Remove {skill}").format(skill=name))
            chip.setToolTip(self.tr("Remove {skill} from this goal").format(skill=name))
            chip.clicked.connect(lambda _=False, s=skill_id: self.removed.emit(s))
            self.chips[skill_id] = chip
        self._lay_out()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self._lay_out()

    def _lay_out(self) -> None:
        """Chips flow into as many rows as the width needs."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            layout = item.layout() if item is not None else None
            if layout is not None:
                while layout.count():
                    layout.takeAt(0)
                layout.deleteLater()
        width = max(self.width(), 200)
        widgets = [*self.chips.values(), self.add_button]
        row = QHBoxLayout()
        used = 0
        for widget in widgets:
            hint = widget.sizeHint().width() + 4
            if used and used + hint > width:
                row.addStretch(1)
                self.rows.addLayout(row)
                row, used = QHBoxLayout(), 0
            row.addWidget(widget)
            used += hint
        row.addStretch(1)
        self.rows.addLayout(row)
