"""A table model over one list of the plan (goals or contacts), items found by id.

The model only listens: the document changes the list and says so (rows about
to be inserted, inserted, an item changed, the plan replaced); an edit in a
cell is handed to the document as an undo step. Subclasses say which list,
which columns, how a cell looks and how an edit turns an item into a new one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QModelIndex, QObject, Qt

from pmplanner.ui.plan.roles import COLUMN_ROLE, FIELD_ROLE, ID_ROLE
from pmplanner.ui.plan.table_model import ColumnTableModel, Index
from pmplanner.wording.columns import Column

if TYPE_CHECKING:
    from pmplanner.ui.plan.commands import ListName
    from pmplanner.ui.plan.document import PlanDocument

EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class PlanListModel(ColumnTableModel):
    list_name: ClassVar[ListName]
    spec: tuple[Column[Any], ...] = ()
    columns: tuple[str, ...] = ()
    headers: ClassVar[dict[str, str]] = {}

    def __init__(self, document: PlanDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        document.rows_about_to_be_inserted.connect(self._rows_about_to_be_inserted)
        document.rows_inserted.connect(self._rows_inserted)
        document.rows_about_to_be_removed.connect(self._rows_about_to_be_removed)
        document.rows_removed.connect(self._rows_removed)
        document.item_changed.connect(self._item_changed)
        document.plan_about_to_be_replaced.connect(self.beginResetModel)
        document.plan_replaced.connect(self.endResetModel)
        document.ladder_about_to_change.connect(self.layoutAboutToBeChanged.emit)
        document.ladder_changed.connect(self.layoutChanged.emit)

    @property
    def document(self) -> PlanDocument:
        return self._document

    # -- subclass hooks ---------------------------------------------------
    def cell(self, item: Any, field: str, role: int) -> Any:
        raise NotImplementedError

    def edited(self, item: Any, field: str, value: Any) -> Any | None:
        """A copy of ``item`` with ``field`` set to ``value``; None if refused."""
        raise NotImplementedError

    def edit_text(self, field: str) -> str:
        """The undo step's name for an edit of ``field`` ("Edit goal: Due")."""
        raise NotImplementedError

    # -- look-ups -----------------------------------------------------------
    def items(self) -> list[Any]:
        return self._document.items(self.list_name)

    def item(self, row: int) -> Any:
        return self.items()[row]

    def row_of(self, item_id: str) -> int:
        return self._document.row_of(self.list_name, item_id)

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
        if role == COLUMN_ROLE:
            return self.spec[index.column()]
        return self.cell(item, field, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        before = self.items()[index.row()]
        field = self.columns[index.column()]
        after = self.edited(before, field, value)
        if after is None:
            return False
        self._document.edit_item(self.list_name, before, after, self.edit_text(field))
        return True

    # -- the document's changes -------------------------------------------------
    def _rows_about_to_be_inserted(self, which: str, first: int, last: int) -> None:
        if which == self.list_name:
            self.beginInsertRows(QModelIndex(), first, last)

    def _rows_inserted(self, which: str, _first: int, _last: int) -> None:
        if which == self.list_name:
            self.endInsertRows()

    def _rows_about_to_be_removed(self, which: str, first: int, last: int) -> None:
        if which == self.list_name:
            self.beginRemoveRows(QModelIndex(), first, last)

    def _rows_removed(self, which: str, _first: int, _last: int) -> None:
        if which == self.list_name:
            self.endRemoveRows()

    def _item_changed(self, which: str, row: int) -> None:
        if which == self.list_name:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
