"""PySide6 set-up for the program's start, called explicitly before the window's modules load.

Kept apart from ``ui.app`` so that importing a module never changes PySide6:
``cli`` calls ``skip_pyside_source_scan()`` before it imports the window, and
``app.run_gui`` calls it again for callers that start there (a second call
changes nothing).
"""

from __future__ import annotations

import sys
import types


def _uses_pyside(module: types.ModuleType) -> bool:
    """Whether ``module`` holds anything of PySide6, found without reading its source."""
    for value in list(vars(module).values()):
        try:
            name = value.__name__ if isinstance(value, types.ModuleType) else value.__module__
        except Exception:
            continue
        if isinstance(name, str) and name.startswith(("PySide6", "shiboken6")):
            return True
    return False


def skip_pyside_source_scan() -> bool:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6's ``__feature__`` support (snake_case, true_property; pmplanner
    uses neither) calls ``inspect.getsource`` on each newly imported module to
    look for the word "PySide6". That fills ``linecache`` with the source of
    some 400 modules: about 19 MB that stay in memory for the whole session and
    time spent at start-up. Looking at what the module holds answers well
    enough: the answer only picks whether PySide6 may switch features for that
    module, and with no feature ever selected both answers behave alike.
    This replaces a private function of PySide6 (``shibokensupport.feature``),
    which is why pyproject caps PySide6 below its next minor version.
    Returns False (and changes nothing) if this PySide6 has no such hook.
    """
    import PySide6  # noqa: F401  (sets up the hook replaced here)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = _uses_pyside  # a private hook: no declared attribute
    return True
