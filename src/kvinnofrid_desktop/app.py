"""Start-up: build the QApplication, open the active pack (or fall back), show the window."""

from __future__ import annotations

import faulthandler
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kvinnofrid_desktop import __version__
from kvinnofrid_desktop.bundled import default_pack_dir
from kvinnofrid_desktop.content.pack import Pack
from kvinnofrid_desktop.content.problems import PackError
from kvinnofrid_desktop.content.store import active_pack_dir
from kvinnofrid_desktop.ui.i18n import choose_language, install_translators
from kvinnofrid_desktop.ui.main_window import TAB_ORDER, MainWindow
from kvinnofrid_desktop.ui.settings import Settings

APP_NAME = "kvinnofrid-desktop"
ORG_NAME = "Kvinnofrid Västmanland"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setApplicationDisplayName("Kvinnofrid Västmanland")
        app.setDesktopFileName("se.kvinnofrid_vastmanland.desktop")
    assert isinstance(app, QApplication)
    return app


def open_pack(pack_path: Path | None) -> tuple[Pack, str | None]:
    """The requested or active pack; if it is unusable, the embedded default and a notice."""
    path = pack_path or active_pack_dir()
    try:
        return Pack.open(path), None
    except PackError as exc:
        default = default_pack_dir()
        if path.resolve() == default.resolve():
            raise
        notice = QCoreApplication.translate(
            "app", "Innehållspaketet i %1 kunde inte användas (%2). Programmet visar "
            "standardinnehållet i stället.").replace("%1", str(path)).replace("%2", str(exc.first))
        return Pack.open(default), notice


def apply_language(app: QApplication, language: str) -> str:
    """Install the translators once per process; later calls keep the first choice."""
    current = app.property("kvinnofridLanguage")
    if current:
        return str(current)
    app.setProperty("kvinnofridTranslators", install_translators(app, language))
    app.setProperty("kvinnofridLanguage", language)
    return language


def create_main_window(pack_path: Path | str | None = None, *,
                       settings_path: Path | None = None,
                       language: str | None = None) -> MainWindow:
    """Return the ready (not yet shown) main window; used by main(), the tests and screenshots."""
    app = ensure_application()
    settings = Settings(settings_path)
    apply_language(app, choose_language(language, settings.value("ui/language")))
    pack, notice = open_pack(Path(pack_path) if pack_path else None)
    return MainWindow(pack, settings, notice=notice)


def main(pack_path: Path | None = None, language: str | None = None) -> int:
    faulthandler.enable()
    app = ensure_application()
    try:
        window = create_main_window(pack_path, language=language)
    except PackError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Kvinnofrid Västmanland", QCoreApplication.translate(
            "app", "Programmets innehåll kunde inte läsas:\n%1").replace("%1", str(exc)))
        return 1
    window.show()
    return app.exec()


def screenshot(out: Path, *, tab: str = "strategy", open_file: Path | None = None,
               page: int | None = None, size: tuple[int, int] = (1280, 800),
               pack_path: Path | None = None, settings_path: Path | None = None,
               language: str | None = None) -> int:
    """Render the window offscreen to a PNG; non-zero when ``open_file`` cannot be shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = ensure_application()
    if settings_path is None:
        # A screenshot must not depend on (or change) the user's remembered state.
        import tempfile

        settings_path = Path(tempfile.mkdtemp(prefix="kvinnofrid-shot-")) / "settings.ini"
    window = create_main_window(pack_path, settings_path=settings_path, language=language)
    window.resize(*size)
    ok = True
    if open_file is not None:
        viewer = window.open_pdf_file(open_file)
        ok = viewer is not None and viewer.page_count() > 0
        if ok and page:
            viewer.go_to_page(page)
    else:
        window.show_tab(tab if tab in TAB_ORDER else "strategy")
        viewer = window.current_viewer()
        if page and viewer is not None:
            viewer.go_to_page(page)
    window.show()
    # Let layouts settle and pages render (QPdfView renders asynchronously) before grabbing.
    deadline = time.monotonic() + 0.6
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out))
    window.settings.sync()
    window.close()
    if not saved:
        print(f"kvinnofrid-desktop: kunde inte skriva {out}", file=sys.stderr)
        return 1
    if not ok:
        message = viewer.status_message() if viewer is not None else ""
        print(f"kvinnofrid-desktop: {open_file} kunde inte visas: {message}", file=sys.stderr)
        return 1
    return 0
