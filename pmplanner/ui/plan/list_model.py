"""A table model over one list of the plan (goals or contacts), items found by id.

Subclasses say which list, which columns, how a cell looks and how an edit
turns an item into a new one. Edits become undo commands on the document's
stack; the mutations below are called by those commands only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt

from pmplanner.ui.plan.commands import ReplaceItemCommand
from pmplanner.ui.plan.roles import FIELD_ROLE, ID_ROLE
from pmplanner.ui.plan.table_model import ColumnTableModel, Index

if TYPE_CHECKING:
    from pmplanner.ui.plan.document import PlanDocument

EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class PlanListModel(ColumnTableModel):
    columns: tuple[str, ...] = ()
    headers: ClassVar[dict[str, str]] = {}

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self._document = document

    # -- subclass hooks ---------------------------------------------------
    def items(self) -> list:
        raise NotImplementedError

    def cell(self, item: Any, field: str, role: int) -> Any:
        raise NotImplementedError

    def edited(self, item: Any, field: str, value: Any) -> Any | None:
        """A copy of ``item`` with ``field`` set to ``value``; None if refused."""
        raise NotImplementedError

    def edit_text(self, field: str) -> str:
        """The undo step's name for an edit of ``field`` ("Edit goal: Due")."""
        raise NotImplementedError

    # -- look-ups -----------------------------------------------------------
    def item(self, row: int) -> Any:
        return self.items()[row]

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self.items()):
            if item.id == item_id:
                return row
        raise KeyError(item_id)

    def field(self, column: int) -> str:
        return self.columns[column]

    def column_of(self, field: str) -> int:
        return self.columns.index(field)

    def index_of(self, item_id: str, field: str | None = None) -> QModelIndex:
        return self.index(self.row_of(item_id), self.column_of(field) if field else 0)

    # -- Qt model interface -------------------------------------------------
    def row_total(self) -> int:
        return len(self.items())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return EDITABLE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items()):
            return None
        item = self.items()[index.row()]
        if role == ID_ROLE:
            return item.id
        field = self.columns[index.column()]
        if role == FIELD_ROLE:
            return field
        return self.cell(item, field, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self.items()[index.row()]
        field = self.columns[index.column()]
        after = self.edited(before, field, value)
        if after is None:
            return False
        if after != before:
            text = self.edit_text(field)
            self._document.undo_stack.push(ReplaceItemCommand(self, before, after, text))
        return True

    # -- mutations, called by undo commands only ------------------------------
    def replace_item(self, item: Any) -> None:
        row = self.row_of(item.id)
        self.items()[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def insert_items(self, placed: list[tuple[int, Any]]) -> None:
        """Insert (row, item) pairs in ascending row order."""
        items = self.items()
        for row, item in sorted(placed, key=lambda p: p[0]):
            row = min(row, len(items))
            self.beginInsertRows(QModelIndex(), row, row)
            items.insert(row, item)
            self.endInsertRows()

    def remove_items(self, ids: list[str]) -> list[tuple[int, Any]]:
        """Remove items by id; returns the (row, item) pairs, ascending."""
        removed = sorted(((self.row_of(i), self.item(self.row_of(i))) for i in ids), key=_row)
        items = self.items()
        for row, _ in reversed(removed):
            self.beginRemoveRows(QModelIndex(), row, row)
            del items[row]
            self.endRemoveRows()
        return removed

    def begin_reset(self) -> None:
        self.beginResetModel()

    def end_reset(self) -> None:
        self.endResetModel()


def _row(pair: tuple[int, Any]) -> int:
    return pair[0]
