"""pmplanner's real start-up, timed from outside: prints "painted" at the first
paint, "loaded" when the plan is shown and "map" when the career map can be
used; with "rss" it opens the map, lets the window come to rest and prints
"rss <kB>" (its resident memory). Quits after the one asked for (argv[1])."""

import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pmplanner.paths import user_data_dir
from pmplanner.ui.pyside_setup import skip_pyside_source_scan

skip_pyside_source_scan()  # as the command line does, before the window's modules load
from pmplanner.ui import app as app_module  # noqa: E402

until = sys.argv[1]
REST_MS = 300
Base = app_module.MainWindow


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


class TimedWindow(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.first_painted.connect(lambda: self._report("painted"))
        self.document_loaded.connect(lambda: self._report("loaded"))
        self.map_ready.connect(lambda: self._report("map"))

    def _report(self, what):
        if until == "rss":
            if what == "map":
                QTimer.singleShot(0, self._show_map)
            return
        print(what, flush=True)
        if what == until:
            QTimer.singleShot(0, QApplication.quit)

    def _show_map(self):
        self.areas.setCurrentWidget(self.career_map)
        self.repaint()
        QTimer.singleShot(REST_MS, self._at_rest)

    def _at_rest(self):
        gc.collect()
        print(f"rss {resident_kb()}", flush=True)
        QApplication.quit()


app_module.MainWindow = TimedWindow
sys.exit(app_module.run_gui(user_data_dir()))
