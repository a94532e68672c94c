"""Start the desktop program: one instance, window first, then the plan."""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pmplanner import APP_NAME, __version__
from pmplanner.paths import data_folder_problem, resources_dir
from pmplanner.ui.main_window import MainWindow
from pmplanner.ui.pyside_setup import skip_pyside_source_scan
from pmplanner.ui.single_instance import InstanceGuard


def create_application() -> QApplication:
    existing = QApplication.instance()
    created_here = existing is None
    if isinstance(existing, QApplication):
        app = existing
    elif existing is None:
        app = QApplication(sys.argv[:1])
    else:  # a QCoreApplication: no widgets can be shown in this process
        raise TypeError("pmplanner needs a QApplication, not a QCoreApplication")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("pmplanner")
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "pmplanner.svg")))
    if not created_here:
        return app
    # before any window is built: texts are translated when widgets are made
    from pmplanner.ui.translations import install_translator

    install_translator(app)
    return app


def _has_screen(app: QApplication) -> bool:
    return app.platformName() not in ("offscreen", "minimal")


def _tell(app: QApplication, title: str, message: str) -> None:
    print(message, file=sys.stderr)
    if _has_screen(app):
        from pmplanner.ui.safe_text import literal

        QMessageBox.warning(None, title, literal(message))


# signals that end the session; SIGHUP only where the system has it
TERMINATION_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def close_on_termination(window: MainWindow) -> contextlib.AbstractContextManager:
    """While in effect, SIGTERM (log-out, shut-down, ``kill``) and SIGHUP (the
    terminal pmplanner was started from is closed) close the window as File >
    Quit does: unsaved edits are saved first, then the lock is released.

    Python runs signal handlers only between bytecodes, and the Qt event loop
    may sleep in C for long; so the signal only wakes a socket that Qt watches
    (``signal.set_wakeup_fd``) and the window is closed from the event loop.
    """
    if sys.platform == "win32" or not hasattr(signal, "SIGTERM"):
        return contextlib.nullcontext()
    stack = contextlib.ExitStack()
    receiver, sender = socket.socketpair()
    stack.enter_context(receiver)
    stack.enter_context(sender)
    receiver.setblocking(False)
    sender.setblocking(False)
    stack.callback(signal.set_wakeup_fd, signal.set_wakeup_fd(sender.fileno()))
    for signum in TERMINATION_SIGNALS:
        stack.callback(signal.signal, signum, signal.signal(signum, _noted))
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, window)
    stack.callback(notifier.setEnabled, False)

    def woken() -> None:
        with contextlib.suppress(OSError):
            received = receiver.recv(64)
            if any(signum in received for signum in TERMINATION_SIGNALS):
                window.close()

    notifier.activated.connect(woken)
    return stack


def _noted(_signum, _frame) -> None:
    """The handler of SIGTERM and SIGHUP: the wake-up socket carries them to the event loop."""


def run_gui(data_dir: Path) -> int:
    # cli has called it before importing this module; called again for callers
    # that start here, it covers the modules imported later (pyqtgraph, dialogs)
    skip_pyside_source_scan()
    app = create_application()
    cannot_start = QCoreApplication.translate("App", "pmplanner cannot start")
    not_a_folder = data_folder_problem(data_dir)
    if not_a_folder:
        _tell(app, cannot_start, not_a_folder)
        return 1
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        from pmplanner.storage.atomic import describe_os_error

        _tell(
            app,
            cannot_start,
            QCoreApplication.translate(
                "App",
                "pmplanner cannot use its data folder {0}: it cannot be made because {1}. "
                "Nothing has been changed.",
            ).format(data_dir, describe_os_error(exc)),
        )
        return 1

    guard = InstanceGuard(data_dir)
    if not guard.acquire():
        if not guard.held_by_another():
            from pmplanner.storage.folder_probe import write_problem

            reason = write_problem(data_dir)  # Qt only says the lock could not be made
            if reason:
                message = QCoreApplication.translate(
                    "App",
                    "pmplanner cannot use its data folder {0}: it cannot be written because "
                    "{1}. Nothing has been changed.",
                ).format(data_dir, reason)
            else:
                message = QCoreApplication.translate(
                    "App",
                    "pmplanner cannot use its data folder {0}: it could not create its lock "
                    "file there. Nothing has been changed.",
                ).format(data_dir)
            _tell(app, cannot_start, message)
            return 1
        if guard.ask_running_instance_to_raise():
            print(
                QCoreApplication.translate(
                    "App",
                    "pmplanner is already running with the data folder {0}; its window has "
                    "been brought to the front.",
                ).format(data_dir),
                file=sys.stderr,
            )
            return 0
        _tell(
            app,
            QCoreApplication.translate("App", "pmplanner is already running"),
            QCoreApplication.translate(
                "App",
                "pmplanner is already running with the data folder {0} (process {1}). Close "
                "it first, or use --data-dir to open another plan. This copy has not changed "
                "anything.",
            ).format(data_dir, guard.owner_pid() or QCoreApplication.translate("App", "unknown")),
        )
        return 1
    window = MainWindow(data_dir)

    # Once closed (File > Quit, SIGTERM) the window stays closed: a raise request
    # handled after it would show it again and keep pmplanner running.
    def raise_window() -> None:
        if window.isVisible():
            window.bring_to_front()

    guard.raise_requested.connect(raise_window)
    # Show the window first; listen for later launches and read the content
    # and the plan after the first paint.
    window.first_painted.connect(guard.listen)
    window.first_painted.connect(lambda: QTimer.singleShot(0, window.load_plan))
    window.show()
    try:
        with close_on_termination(window):
            return app.exec()
    finally:
        guard.release()
