"""What every table of the plan editor shares: named columns and their headers.

Header texts are source texts marked with QT_TRANSLATE_NOOP("PlanColumns", ...)
and translated when shown.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid parent of every row


class ColumnTableModel(QAbstractTableModel):
    """A flat table whose columns are field names, with a header text for each."""

    columns: tuple[str, ...] = ()
    headers: ClassVar[dict[str, str]] = {}

    def header_text(self, field: str) -> str:
        """The translated header of a column, as the person reads it."""
        return QCoreApplication.translate("PlanColumns", self.headers[field])

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.header_text(self.columns[section])
        return None
