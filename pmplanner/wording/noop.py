"""``QT_TRANSLATE_NOOP`` with its true type, for wording and the widgets.

It marks a text for ``pyside6-lupdate`` and returns the text unchanged;
PySide6's stub says it returns ``object``. Import it from here and keep the
name, so that lupdate still finds every marked text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP"]
