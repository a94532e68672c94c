"""pmplanner's real start-up; prints "painted" at the first paint and "loaded"
when the plan is shown, then quits after the one asked for (argv[1])."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pmplanner.paths import user_data_dir
from pmplanner.ui import app as app_module

until = sys.argv[1]
Base = app_module.MainWindow


class TimedWindow(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.first_painted.connect(lambda: self._report("painted"))
        self.document_loaded.connect(lambda: self._report("loaded"))

    def _report(self, what):
        print(what, flush=True)
        if what == until:
            QTimer.singleShot(0, QApplication.quit)


app_module.MainWindow = TimedWindow
sys.exit(app_module.run_gui(user_data_dir()))
