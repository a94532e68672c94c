"""Start the desktop program: one instance, window first, then the plan."""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
import types
from pathlib import Path

import PySide6  # noqa: F401  (sets up the hook replaced below)


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
    Returns False (and changes nothing) if this PySide6 has no such hook.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True


skip_pyside_source_scan()  # before the imports below, which it would otherwise read

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from pmplanner import APP_NAME, __version__  # noqa: E402
from pmplanner.paths import data_folder_problem, resources_dir  # noqa: E402
from pmplanner.ui.main_window import MainWindow  # noqa: E402
from pmplanner.ui.safe_text import literal  # noqa: E402
from pmplanner.ui.single_instance import InstanceGuard  # noqa: E402


def create_application() -> QApplication:
    app = QApplication.instance()
    created_here = app is None
    if app is None:
        app = QApplication(sys.argv[:1])
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
    guard.raise_requested.connect(lambda: window.isVisible() and window.bring_to_front())
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
