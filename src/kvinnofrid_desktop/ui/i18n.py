"""Interface language: Swedish (the source language) or English.

The choice is made once at start-up (``--lang`` → the setting → the system locale) and applies
until the next start; changing it in Inställningar takes effect after a restart, which keeps
every widget's text consistent without re-translating live windows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kvinnofrid_desktop.bundled import resource_dir

LANGUAGES = ("sv", "en")
SOURCE_LANGUAGE = "sv"


def choose_language(requested: str | None, saved: str | None,
                    system: QLocale | None = None) -> str:
    """``--lang`` wins, then the saved setting, then the system's UI language."""
    for candidate in (requested, saved):
        if candidate in LANGUAGES:
            return candidate  # type: ignore[return-value]
    system = system or QLocale.system()
    if system.language() == QLocale.Language.English:
        return "en"
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings (dialog buttons, print dialog) and ours for ``language``."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv"
                               else QLocale.Language.English,
                               QLocale.Country.Sweden if language == "sv"
                               else QLocale.Country.UnitedKingdom))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language != SOURCE_LANGUAGE:
        candidates.append((f"kvinnofrid_{language}", str(resource_dir("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def interface_language() -> str:
    """The language the interface was started in ("sv" until translators are installed)."""
    app = QCoreApplication.instance()
    language = app.property("kvinnofridLanguage") if app is not None else None
    return str(language) if language in LANGUAGES else SOURCE_LANGUAGE
