"""Find a role by part of its title: the matches are listed, Enter picks one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pmplanner.core.careers import Role
from pmplanner.core.catalog import CareerCatalog
from pmplanner.ui.safe_text import literal as plain_tooltip

MAX_MATCHES = 50
ROLE_ID = Qt.ItemDataRole.UserRole


def initials(name: str) -> str:
    """ "Technical Product Manager" -> "tpm": the abbreviation people type."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word[0].isalnum())


def matching_roles(catalog: CareerCatalog, text: str) -> list[str]:
    """Role ids whose title or other name (also_called) matches ``text``: an exact
    name or abbreviation (TPM, GPM, VP...) first, then titles starting with it,
    then titles and other names containing it."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found: list[tuple[int, str, str]] = []
    for role in catalog.roles:
        title = role.title.casefold()
        names = [name.casefold() for name in role.also_called]
        if needle == title or needle in names:
            found.append((0, title, role.id))
        elif needle == initials(title):
            found.append((1, title, role.id))
        elif title.startswith(needle):
            found.append((2, title, role.id))
        elif needle in title:
            found.append((3, title, role.id))
        elif any(needle in name for name in names):
            found.append((4, title, role.id))
    return [role_id for _rank, _title, role_id in sorted(found)[:MAX_MATCHES]]


def matched_name(role: Role, text: str) -> str | None:
    """The other name (also_called) ``text`` found ``role`` by, when its title does
    not show why: shown beside the title in the list."""
    needle = text.strip().casefold()
    title = role.title.casefold()
    if not needle or needle in title or needle == initials(title):
        return None
    return next((name for name in role.also_called if needle in name.casefold()), None)


class RoleSearch(QWidget):
    role_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog: CareerCatalog | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("mapSearch")
        self.edit.setPlaceholderText(self.tr("Find a role…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(self.tr("Find a role"))
        self.edit.setToolTip(
            self.tr("Type part of a title; Enter shows the first match (or the one picked below)")
        )
        self.results = QListWidget(self)
        self.results.setObjectName("mapSearchResults")
        self.results.setAccessibleName(self.tr("Matching roles"))
        self.results.setMaximumHeight(150)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        self.edit.textChanged.connect(self._update)
        self.edit.returnPressed.connect(self.choose_current)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)

    def set_catalog(self, catalog: CareerCatalog) -> None:
        self.catalog = catalog
        self._update(self.edit.text())

    def matches(self) -> list[str]:
        return [self.results.item(i).data(ROLE_ID) for i in range(self.results.count())]

    def _update(self, text: str) -> None:
        self.results.clear()
        if self.catalog is None:
            return
        ids = matching_roles(self.catalog, text)
        for role_id in ids:
            role = self.catalog.role(role_id)
            title = role.title
            other = matched_name(role, text)
            if other is not None:
                title = self.tr("{title} (also called {name})").format(title=title, name=other)
            label = f"{title} · {self.catalog.level_name(role.level)}"
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, role_id)
            # the whole line (a narrow list cuts it) and the track
            item.setToolTip(plain_tooltip(label, self.catalog.track(role.track).name))
            self.results.addItem(item)
        if ids:
            self.results.setCurrentRow(0)
        self.results.setVisible(bool(text.strip()))
        if text.strip() and not ids:
            self.results.addItem(QListWidgetItem(self.tr("No role matches")))

    def choose_current(self) -> None:
        item = self.results.currentItem()
        if item is None or item.data(ROLE_ID) is None:
            return
        self.role_chosen.emit(item.data(ROLE_ID))

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(ROLE_ID) is not None:
            self.role_chosen.emit(item.data(ROLE_ID))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the search field move through the matches; Escape clears.
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
        return super().eventFilter(watched, event)
