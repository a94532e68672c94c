"""core and storage must stay free of Qt (they are used headless and in tests)."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["pmplanner.core", "pmplanner.storage", "pmplanner.cli"])
def test_module_loads_no_qt(module):
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module('{module}')\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
