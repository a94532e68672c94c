"""After an export: "Open" and "Show in Folder" beside the status bar's message.

The two buttons stay while the message does (they go when it is cleared or
replaced, or with the next export). Both go through QDesktopServices, so the
system's own PDF viewer and file manager are used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton, QWidget

OBJECT_NAME = "export-done"


class ExportDone(QWidget):
    """The two buttons for one written file."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton(QCoreApplication.translate("ExportDone", "&Open"))
        self.open_button.setToolTip(
            QCoreApplication.translate("ExportDone", "Open the file just saved")
        )
        self.folder_button = QPushButton(
            QCoreApplication.translate("ExportDone", "Show in &Folder")
        )
        self.folder_button.setToolTip(
            QCoreApplication.translate("ExportDone", "Open the folder the file was saved in")
        )
        for button in (self.open_button, self.folder_button):
            button.setFlat(True)
            layout.addWidget(button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)

    def open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))


def offer_open(window: QMainWindow, path: Path, message: str, timeout_ms: int) -> ExportDone:
    """Say ``message`` in the status bar with "Open" and "Show in Folder" for ``path``."""
    bar = window.statusBar()
    for old in bar.findChildren(ExportDone):
        bar.removeWidget(old)
        old.deleteLater()
    done = ExportDone(path, bar)
    bar.addPermanentWidget(done)
    bar.showMessage(message, timeout_ms)

    def message_changed(text: str) -> None:
        if text != message:
            bar.messageChanged.disconnect(message_changed)
            bar.removeWidget(done)
            done.deleteLater()

    bar.messageChanged.connect(message_changed)
    return done
