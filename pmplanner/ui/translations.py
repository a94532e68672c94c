"""Loading translations: pmplanner's own, and Qt's for its standard dialogs.

pmplanner's translations live in ``resources/translations/`` as
``pmplanner_<language>.qm`` files (for example ``pmplanner_de.qm`` or
``pmplanner_pt_BR.qm``), compiled from ``.ts`` files made by
``pyside6-lupdate`` (see the README there). ``install_translator(app)`` picks
the best file for the person's languages; with none, the window stays in
English. Qt's own translations (button texts such as "Cancel" in standard
dialogs) come from Qt's translations folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pmplanner.paths import resources_dir

APP_CATALOG = "pmplanner"
QT_CATALOG = "qtbase"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translator(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install the translations for ``locale`` (the system's by default).

    Returns the translators installed (they are children of ``app``, so they
    live as long as it does); an empty list means English throughout. Never
    raises for a missing or unreadable file: the window then stays in English.
    """
    locale = locale or QLocale.system()
    folder = translations_dir() if folder is None else folder
    installed = []
    ours = QTranslator(app)
    if folder.is_dir() and ours.load(locale, APP_CATALOG, "_", str(folder), ".qm"):
        installed.append(ours)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    # Qt's own texts only when pmplanner speaks the language too: a window half
    # in one language and half in another reads worse than all English
    if installed and qt.load(locale, QT_CATALOG, "_", qt_folder, ".qm"):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    for unused in {ours, qt} - set(installed):
        unused.deleteLater()
    return installed
