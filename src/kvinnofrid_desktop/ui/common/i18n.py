"""Interface language: Swedish (the source language) or English.

The choice is made once at start-up (``--lang`` → the setting → the system locale) and applies
until the next start; changing it in Inställningar takes effect after a restart, which keeps
every widget's text consistent without re-translating live windows.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kvinnofrid_desktop.core.bundled import resource_dir
from kvinnofrid_desktop.core.placeholders import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

LANGUAGES = ("sv", "en")



SOURCE_LANGUAGE = "sv"


def choose_language(requested: str | None, saved: str | None,
                    system: QLocale | None = None) -> str:
    """``--lang`` wins, then the saved setting, then the system's UI language."""
    for candidate in (requested, saved):
        if candidate in LANGUAGES:
            return candidate
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
    if language == "sv":
        # Installed last, so asked first: one vocabulary for keys in menus, tooltips and F1.
        key_names = _SwedishKeyNames(app)
        app.installTranslator(key_names)
        translators.append(key_names)
    return translators


class _SwedishKeyNames(QTranslator):
    """Key names as the Swedish interface writes them in every shortcut it shows.

    Qt's Swedish names keys partly in Swedish, partly as printed on the key ("Hem" beside
    "PgUp" and "End"). Our vocabulary: modifiers and unlabelled keys in Swedish (Skift,
    Vänster, Mellanslag), keys with a name printed on them by that name. Qt asks this
    translator first for every string; it answers only for these few key names (None: "not
    mine", so Qt goes on to the next translator).
    """

    # Qt's Swedish says "Hem"; the key says Home, as End and PgUp say theirs.
    NAMES: MappingProxyType[str, str] = MappingProxyType({"Home": "Home"})

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.NAMES.get(source_text) if context == "QShortcut" else None

    def isEmpty(self) -> bool:
        return False


def interface_language() -> str:
    """The language the interface was started in ("sv" until translators are installed)."""
    app = QCoreApplication.instance()
    language = app.property("kvinnofridLanguage") if app is not None else None
    return str(language) if language in LANGUAGES else SOURCE_LANGUAGE
