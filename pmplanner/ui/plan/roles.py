"""Item data roles shared by the plan models, the filter proxy and the delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt

# a value that sorts properly (dates as ordinals, progress as int, text casefolded)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# the id of the goal or contact on this row
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# the field name of this column ("title", "due", ...): delegates pick editors by it
FIELD_ROLE = Qt.ItemDataRole.UserRole + 3
# skills model: the gap (need - have) on this row
GAP_ROLE = Qt.ItemDataRole.UserRole + 4
# goals and contacts: this column's spec (wording.columns.Column): delegates pick editors by it
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 5
