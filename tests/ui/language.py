"""Switching the interface language inside the test process.

The program installs its translators once per process (``app.apply_language``); the tests
share one QApplication, so a test that wants English installs it here and puts Swedish back
afterwards, leaving the other tests the Swedish interface they read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from kvinnofrid_desktop.app.start import apply_language, ensure_application


def _remove_translators(app: QApplication) -> None:
    for translator in app.property("kvinnofridTranslators") or []:
        app.removeTranslator(translator)
        translator.deleteLater()
    app.setProperty("kvinnofridTranslators", None)
    app.setProperty("kvinnofridLanguage", None)


@contextmanager
def interface_language(language: str) -> Iterator[QApplication]:
    """Run the block with the interface in ``language`` ("sv" or "en"), as --lang would."""
    app = ensure_application()
    previous = app.property("kvinnofridLanguage") or "sv"
    _remove_translators(app)
    apply_language(app, language)
    try:
        yield app
    finally:
        _remove_translators(app)
        apply_language(app, str(previous))
