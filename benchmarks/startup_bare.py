"""Baseline: a bare PySide6 QMainWindow; prints "painted" at its first paint.

With "rss" it imports pyqtgraph first (as any plotting app would), shows the
window, lets it come to rest and prints "rss <kB>" (its resident memory).
"""

import gc
import sys

until = sys.argv[1] if len(sys.argv) > 1 else "painted"
if until == "rss":
    import pyqtgraph  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

REST_MS = 300


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def at_rest():
    gc.collect()
    print(f"rss {resident_kb()}", flush=True)
    QApplication.quit()


class Watch(QObject):
    done = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            if until == "rss":
                QTimer.singleShot(REST_MS, at_rest)
            else:
                print("painted", flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
