"""The application's identity on the desktop: icon, .desktop entry, names."""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import socket as socket_module
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from pmplanner.paths import resources_dir
from pmplanner.storage.plan_store import load_plan_file
from pmplanner.ui.app import create_application
from pmplanner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = resources_dir() / "pmplanner.desktop"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def opaque_share(image: QImage) -> float:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = [
        image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())
    ]
    return sum(1 for a in pixels if a > 200) / len(pixels)


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256])
def test_the_window_uses_the_app_icon_at_every_size(qtbot, tmp_path, size):
    app = create_application()
    window = MainWindow(tmp_path / "data")
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    assert icon.cacheKey() == app.windowIcon().cacheKey()
    pixmap = icon.pixmap(size, size)
    assert (pixmap.width(), pixmap.height()) == (size, size)
    # the rounded square fills most of the icon at every size (drawn, not blank)
    assert opaque_share(pixmap.toImage()) > 0.7


def test_desktop_entry_matches_the_program(qapp):
    app = create_application()
    entry = desktop_entry()
    assert DESKTOP_FILE.stem == app.desktopFileName() == "pmplanner"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entry["Exec"].split()[0] in scripts
    assert entry["TryExec"] == entry["Exec"].split()[0]
    assert (resources_dir() / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == app.applicationName()


def test_desktop_entry_is_valid():
    validate = shutil.which("desktop-file-validate")
    assert validate, (
        "desktop-file-validate (Debian: desktop-file-utils) is needed; .ci/run installs it"
    )
    result = subprocess.run([validate, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def _run(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_pyside_does_not_keep_the_source_of_every_module():
    code = (
        "import linecache, sys\n"
        "from pmplanner.ui.pyside_setup import skip_pyside_source_scan\n"
        "assert skip_pyside_source_scan()\n"
        "import pmplanner.ui.app as app\n"
        "import pmplanner.ui.plan.editor, pmplanner.ui.map.area\n"
        "from shibokensupport.feature import pyside_feature_dict as ids\n"
        "print(len(linecache.cache), ids['pmplanner.ui.plan.goals_model'],"
        " ids['pmplanner.core.plan'])\n"
    )
    cached, model_id, plan_id = _run(code).split()
    # without the fix: some 400 modules' source (about 19 MB) kept for the session
    assert int(cached) < 20
    # modules that use PySide6 keep PySide6's default (0), the others are ignored (-1)
    assert (model_id, plan_id) == ("0", "-1")


def test_importing_the_app_module_changes_nothing_in_pyside():
    code = (
        "import linecache\n"
        "import pmplanner.ui.app\n"
        "import pmplanner.ui.plan.editor, pmplanner.ui.map.area\n"
        "from shibokensupport import feature\n"
        "print(feature._mod_uses_pyside.__module__, len(linecache.cache) > 100)\n"
    )
    assert _run(code).split() == ["shibokensupport.feature", "True"]


# The command line opens the window through a stand-in for ui.app whose
# run_gui imports the window's modules, as the real one does.
START_THROUGH_THE_CLI = """
import linecache, sys, types

def run_gui(data_dir):
    import pmplanner.ui.main_window, pmplanner.ui.map.area
    from shibokensupport import feature
    print(feature._mod_uses_pyside.__module__, len(linecache.cache))
    return 0

stand_in = types.ModuleType("pmplanner.ui.app")
stand_in.run_gui = run_gui
sys.modules["pmplanner.ui.app"] = stand_in
from pmplanner import cli
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def test_the_command_line_applies_it_before_the_window_modules_load(tmp_path):
    hook_module, cached = _run(START_THROUGH_THE_CLI, str(tmp_path)).split()
    assert hook_module == "pmplanner.ui.pyside_setup"
    assert int(cached) < 20


EDIT_THEN_WAIT = """
import sys
from pathlib import Path

from pmplanner.core.plan import Goal
from pmplanner.ui import app as app_module
from pmplanner.ui.plan.models import goals_model


class EditingWindow(app_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.document_loaded.connect(self.edit)

    def edit(self):
        self.document.autosave_delay_ms = 3_600_000  # only the log-out may save it
        self.document.add_goals([Goal(title="Typed just before logging out")])
        print("edited", flush=True)


app_module.MainWindow = EditingWindow
sys.exit(app_module.run_gui(Path(sys.argv[1])))
"""


@pytest.mark.parametrize(
    "signum",
    [signal.SIGTERM, signal.SIGHUP],  # log-out or `kill`; the terminal it runs in closed
    ids=["SIGTERM", "SIGHUP"],
)
def test_termination_saves_unsaved_edits_and_quits(tmp_path, signum):
    data_dir = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen(
        [sys.executable, "-c", EDIT_THEN_WAIT, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert window.stdout.readline().strip() == "edited", window.communicate()
    assert not (data_dir / "plan.json").exists()  # the edit is not saved yet
    window.send_signal(signum)
    _out, errors = window.communicate(timeout=60)
    assert window.returncode == 0, errors
    assert [g.title for g in load_plan_file(data_dir / "plan.json").goals] == [
        "Typed just before logging out"
    ]
    assert not (data_dir / "pmplanner.lock").exists()
    assert (data_dir / "window.ini").exists()  # closed as File > Quit closes it


TERM_AND_RAISE = """
import os, signal, socket, sys
from pathlib import Path

from PySide6.QtCore import QTimer

from pmplanner.ui import app as app_module
from pmplanner.ui.single_instance import _socket_path

data_dir = Path(sys.argv[1])


def term_and_raise():
    # A later launch asks to raise the window as the session ends: both wait for
    # the event loop's next look, which finds the two together.
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(str(_socket_path(data_dir)))
        client.sendall(b"raise\\n")
    os.kill(os.getpid(), signal.SIGTERM)
    print("both sent", flush=True)


class Window(app_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.document_loaded.connect(lambda: QTimer.singleShot(100, term_and_raise))


app_module.MainWindow = Window
sys.exit(app_module.run_gui(data_dir))
"""


@pytest.mark.skipif(not hasattr(socket_module, "AF_UNIX"), reason="Unix-domain sockets")
def test_a_raise_request_as_sigterm_comes_does_not_keep_the_program_running(tmp_path):
    data_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-c", TERM_AND_RAISE, str(data_dir)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=30,
    )
    assert result.stdout == "both sent\n" and result.returncode == 0, result.stderr
    assert not (data_dir / "pmplanner.lock").exists()


def test_the_window_paints_before_pydantic_or_pyqtgraph_is_loaded(tmp_path):
    """The first paint waits for nothing heavy: the plan's models (pydantic) and the
    map's canvas (pyqtgraph) load after it (the Plan menu once pulled pydantic in)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pmplanner.ui.pyside_setup import skip_pyside_source_scan\n"
        "skip_pyside_source_scan()\n"
        "from pmplanner.ui.app import create_application\n"
        "from pmplanner.ui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(Path(sys.argv[1]))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('pydantic', 'pyqtgraph') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_window_paints_before_openssl_or_the_qt_namespace_is_made(tmp_path):
    """Before the first paint: no hashlib (it loads OpenSSL, ~3 ms), no html entities,
    and none of the ~90 enums of PySide's Qt namespace (~13 ms; PySide makes them
    when Qt is first used, and QAction.setShortcut's overload check uses it)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from pmplanner.ui.pyside_setup import skip_pyside_source_scan\n"
        "skip_pyside_source_scan()\n"
        "import PySide6.QtCore\n"
        "from pmplanner.ui.app import create_application\n"
        "from pmplanner.ui.main_window import MainWindow\n"
        "app = create_application()\n"
        "window = MainWindow(Path(sys.argv[1]))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "loaded = [m for m in ('_hashlib', 'html.entities') if m in sys.modules]\n"
        "if 'Qt' in vars(PySide6.QtCore):\n"
        "    loaded.append('Qt namespace')\n"
        "print(loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
