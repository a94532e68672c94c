"""Reading window.ini defensively: whatever is in it, a value of the right type or None.

window.ini only remembers the layout. A hand edit, another program or a bad
disk may leave anything in it (``area=abc``, a list, a number too big for Qt,
bytes that are no saved state); each getter then answers with the default and
the window opens as on a first start.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILE = "window.ini"  # in the data folder


def _value(settings: QSettings, key: str) -> object:
    try:
        return settings.value(key)
    except Exception:  # a value QSettings itself cannot turn into anything
        return None


def area_index(settings: QSettings, count: int) -> int:
    """The remembered area (tab) index, 0 unless it is a whole number below ``count``."""
    value = _value(settings, "window/area")
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return 0
    with contextlib.suppress(ValueError):
        index = int(str(value).strip())
        if 0 <= index < count:
            return index
    return 0


def byte_array(settings: QSettings, key: str) -> QByteArray | None:
    """A remembered saved state (geometry, window state, splitter), None unless it is bytes."""
    value = _value(settings, key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None


def text(settings: QSettings, key: str) -> str | None:
    """A remembered text, None unless it is one."""
    value = _value(settings, key)
    return value if isinstance(value, str) else None


def flag(settings: QSettings, key: str) -> bool:
    """A remembered yes/no; anything but a clear yes is no."""
    value = _value(settings, key)
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() == "true"
