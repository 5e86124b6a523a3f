"""Start-up: build the QApplication, open the active pack (or fall back), show the window."""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# isort: split
# The pure-Python layers come before Qt: once PySide6 is imported it reads the source of every
# module imported after it (for its __feature__ switches), which makes each of those imports
# about twice as slow. This order saves ~9 ms of every start (benchmarks/bench_window.py).
from kvinnofrid_desktop import __version__
from kvinnofrid_desktop.app import logs
from kvinnofrid_desktop.core import options
from kvinnofrid_desktop.core.bundled import default_pack_dir, resource_dir
from kvinnofrid_desktop.core.install.active import resolve_active_failures
from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui import commands  # noqa: F401 (pure: before PySide's import hook)

# isort: split
from kvinnofrid_desktop.ui.common import earlyinit  # noqa: F401 (before the first Qt call)

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from kvinnofrid_desktop.app import collector
from kvinnofrid_desktop.ui.common.i18n import choose_language, install_translators
from kvinnofrid_desktop.ui.common.settings import Settings, default_settings_path
from kvinnofrid_desktop.ui.common.single_instance import (
    InstanceLock,
    InstanceServer,
    hand_over,
    instance_name,
)
from kvinnofrid_desktop.ui.main_window import NOTICE_BREAK, TAB_ORDER, MainWindow

log = logging.getLogger(__name__)
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
        # The .desktop file's name without its suffix (Qt warns when the suffix is given).
        app.setDesktopFileName("se.kvinnofrid_vastmanland")
        app.setWindowIcon(_app_icon())
    assert isinstance(app, QApplication)
    collector.install(app)  # cycles are freed on this thread only, between events
    return app


def _app_icon() -> QIcon:
    """The program's icon from the shipped PNG sizes (PNG needs no image-format plugin)."""
    icon = QIcon()
    folder = resource_dir("icons", "hicolor")
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"{size}x{size}" / "apps" / "se.kvinnofrid_vastmanland.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def open_pack(pack_path: Path | None, *, read_cards: bool = True) -> tuple[Pack, str | None]:
    """The requested or active pack; if it is unusable, the embedded default and a notice.
    ``read_cards``: see ``core.install.active.resolve_failures``."""
    notice = None
    if pack_path is None:
        # Never raises; says why when it fell back.
        resolved = resolve_active_failures(read_cards=read_cards)
        path = resolved.path
        if resolved.failures:
            from kvinnofrid_desktop.ui.common.labels import fallback_notice

            notice = fallback_notice(resolved)
    else:
        path = pack_path
    if notice:
        log.warning("the active pack could not be used: %s", notice)
    try:
        pack = Pack.open(path)
    except PackError as exc:
        from kvinnofrid_desktop.core.install.active import plain
        from kvinnofrid_desktop.ui.common.labels import problem_text

        log.warning("the pack in %s could not be used: %s", path, exc.first)
        default = default_pack_dir()
        if path.resolve() == default.resolve():
            raise
        # plain(): the code ("[file.size]") is for the log and scripts, not the banner.
        notice = arg(QCoreApplication.translate(
            "app", "Innehållspaketet i %1 kunde inte användas (%2). Programmet visar "
            "standardinnehållet i stället. Be samordnaren om ett nytt paket."),
                     str(path), problem_text(exc.first.code, plain(exc.first)))
        return Pack.open(default), notice
    log.info("pack %s %s", pack.manifest.id, pack.manifest.version)
    return pack, notice


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
                       language: str | None = None, deferred: bool = False,
                       notice: str | None = None) -> MainWindow:
    """Return the ready (not yet shown) main window; used by main(), the tests and screenshots.

    ``deferred``: return the first frame only; the window completes itself after its first
    paint (``MainWindow.complete``). main() uses it so the page is on screen sooner.
    ``notice``: said first in the banner, above what the window says at its start (the
    settings, the renew-by date), which it must not hide."""
    app = ensure_application()
    settings = Settings(settings_path)
    policy = load_policy()  # never raises; a bad file gives the safest values
    if policy.default_municipality and (policy.locks(options.CARD_MUNICIPALITY)
                                        or settings.value(options.CARD_MUNICIPALITY) is None):
        settings.set_value(options.CARD_MUNICIPALITY, policy.default_municipality)
    apply_language(app, choose_language(language, settings.value(options.LANGUAGE)))
    # A deferred window is a first frame: its pack's card is read once it is on screen
    # (WindowController.check_card), unless the first frame is the card's, which is built
    # right after it (a card this build cannot show said "kan inte visas" until replaced).
    read_cards = not deferred or settings.active_tab() == "action_card"
    pack, opened = open_pack(Path(pack_path) if pack_path else None, read_cards=read_cards)
    notice = NOTICE_BREAK.join(filter(None, (notice, opened))) or None
    return MainWindow(pack, settings, notice=notice, policy=policy,
                      allow_export=policy.allow_export, deferred=deferred,
                      follows_active=pack_path is None)


class WindowController:
    """Owns the window; after an import or a rollback it replaces it with one on the new pack."""

    def __init__(self, pack_path: Path | None, language: str | None) -> None:
        self.pack_path = pack_path
        self.language = language
        self.window: MainWindow | None = None
        self.content_folder: QObject | None = None  # one watch per run, across windows
        self.server: InstanceServer | None = None  # later starts hand their files over here

    def watch_content_folder(self) -> None:
        """Install packs IT puts in the machine-wide folder (policy ``content_folder``); one
        watch per run, across windows (ui/pack_controller.ContentFolderInstalls)."""
        window = self.window
        if window is None or window.policy is None or window.policy.content_folder is None:
            return
        from kvinnofrid_desktop.ui.pack_controller import ContentFolderInstalls

        installs = ContentFolderInstalls(window.policy)
        installs.installed.connect(self.reload)  # the new window says what came and whence
        installs.notice.connect(self._notice)
        installs.start()
        self.content_folder = installs

    def _notice(self, text: str) -> None:
        if self.window is not None:
            self.window.show_notice(text)

    def save_when_the_session_ends(self, app: QApplication) -> None:
        """Keep the tab, the pages and the window's size when the session ends without the
        window being closed: a Windows log-off (Qt 6 closes no window then, it only asks for
        the data to be saved) or a SIGTERM (a Linux log-off, a shutdown). Both were lost: the
        settings are written when the window closes."""
        app.commitDataRequest.connect(lambda _manager: self.window and self.window.save_state())
        import signal

        # Python runs the handler at its next bytecode: app/collector's timer gives it one
        # within half a second while the event loop waits in Qt.
        signal.signal(signal.SIGTERM, lambda _signum, _frame: QTimer.singleShot(
            0, app.closeAllWindows))

    def listen_for_later_starts(self) -> None:
        """A later start (a double-clicked PDF or .kvpack) hands its file to this program."""
        server = InstanceServer(instance_name(default_settings_path()))
        if server.listen():
            server.requested.connect(self.open_requested)
            self.server = server

    def stop_listening(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def open_requested(self, path: Path | None) -> None:
        """Show the window and open ``path``: a PDF in the viewer, a .kvpack in the import
        dialog (with the same checks as Arkiv → Importera)."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            # Out of the task bar as it went in: a maximized window stays maximized (showNormal
            # brought it back as a small window after Dölj snabbt).
            from PySide6.QtCore import Qt

            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
        if path is None:
            return
        if not path.is_file():
            window.show_notice(arg(QCoreApplication.translate(
                "app", "Filen %1 finns inte eller kan inte läsas."), path.name))
        elif path.suffix.lower() == ".kvpack":
            window.import_pack(path)
        else:
            window.open_pdf_file(path)

    def open(self, notice: str | None = None, *, deferred: bool = False) -> MainWindow:
        window = create_main_window(self.pack_path, language=self.language, deferred=deferred,
                                    notice=notice)
        window.packChanged.connect(self.reload)
        self.window = window
        return window

    def check_watch_folder(self) -> None:
        if self.window is not None:  # the window of now: check_card may have replaced it
            self.window.packs.check_watch_folder()

    def check_card(self) -> None:
        """A first frame showed the active pack without reading its action card; when this
        build cannot show that card (a newer program made the pack), the window replaces
        itself with the newest pack it can show, and says why."""
        window = self.window
        if window is None or self.pack_path is not None:  # --pack: the card tab says it
            return
        from kvinnofrid_desktop.core.install.active import card_refusal

        if card_refusal(window.pack) is not None:
            # What the first window said at its start (a settings file reset) is not said by
            # the next, which reads the file the first one wrote whole.
            self.reload(window.settings_notice())

    def reload(self, notice: str = "") -> None:
        old = self.window
        external = old.external_files() if old is not None else []
        typed = old.search_field.text() if old is not None else ""
        if old is not None:
            old.close()  # saves geometry and per-document state for the new window
            old.deleteLater()
        self.pack_path = None  # after an import the active pack is the one to show
        window = self.open(notice or None)
        window.show()
        # The user's own PDFs are not the pack's: they stay open, at their pages.
        shown = window.tabs.currentWidget()
        for path, page, current in external:
            viewer = window.open_pdf_file(path)
            if viewer is not None:
                viewer.go_to_page(page)
                shown = viewer if current else shown
        window.tabs.setCurrentWidget(shown)
        if typed:  # a search being typed goes on in the new window
            window.search_field.setText(typed)
            window.search_field.setFocus()


def main(pack_path: Path | None = None, language: str | None = None,
         open_path: Path | None = None) -> int:
    """The window; ``open_path`` (a PDF or a .kvpack) is opened in it once it is complete.

    One program per user: when one already runs, it gets ``open_path`` (or is only shown) and
    this start ends."""
    faulthandler.enable()
    logs.start()  # records wait in memory until the window is complete (see app/logs.py)
    app = ensure_application()
    instance = InstanceLock(default_settings_path())
    # When the running program does not answer (hung, or another version), a second window
    # is better than none.
    if not instance.acquire() and hand_over(instance_name(default_settings_path()), open_path):
        return 0
    try:
        return _run_window(app, pack_path, language, open_path, listen=instance.held)
    finally:
        instance.release()
        logs.stop()


def _run_window(app: QApplication, pack_path: Path | None, language: str | None,
                open_path: Path | None, *, listen: bool) -> int:
    controller = WindowController(pack_path, language)
    try:
        window = controller.open(deferred=True)
    except PackError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Kvinnofrid Västmanland"),
            arg(QCoreApplication.translate("app", "Programmets innehåll kunde inte läsas:\n%1"),
                str(exc)))
        return 1
    window.show()

    def housekeeping() -> None:
        # Finish what a killed import left behind, then look for new packs. Not before the
        # complete window is on screen: a timer set at show() can run before the window
        # system's expose event and hold up the first frame, and run at `completed` its work
        # (the log file, the local server: ≈ 12 ms) held up the complete window's frame.
        logs.open_file()
        controller.save_when_the_session_ends(app)
        if listen:
            controller.listen_for_later_starts()
        if open_path is not None:
            QTimer.singleShot(0, lambda: controller.open_requested(open_path))
        QTimer.singleShot(250, _cleanup_store)
        QTimer.singleShot(800, controller.check_watch_folder)
        QTimer.singleShot(900, controller.watch_content_folder)
        controller.check_card()  # last: it may replace the window

    if window.is_complete():
        housekeeping()
    else:
        window.completed.connect(lambda: after_next_paint(window, housekeeping))
    result = app.exec()
    controller.stop_listening()
    return result


class _NextPaint(QObject):
    """Runs ``callback`` once, on the event-loop turn after ``widget``'s next paint (its frame
    is then on screen), or after ``patience_ms`` when it is not painted (minimised)."""

    def __init__(self, widget: QWidget, callback: Callable[[], object],
                 patience_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(patience_ms, self, self._run)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            self.deleteLater()
            callback()


def after_next_paint(widget: QWidget, callback: Callable[[], object],
                     patience_ms: int = 1000) -> None:
    """Call ``callback`` once ``widget``'s next frame is on screen (see _NextPaint)."""
    _NextPaint(widget, callback, patience_ms)


def _cleanup_store() -> None:
    """Finish what a killed import left behind; never stops the program from starting."""
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.core.pack.problems import PackError

    # Another instance may be importing, or the data folder may be read-only: start anyway.
    with contextlib.suppress(PackError, OSError):
        PackStore(lock_timeout=0.5).cleanup()


def screenshot(out: Path, *, tab: str = "strategy", open_file: Path | None = None,
               page: int | None = None, size: tuple[int, int] = (1280, 800),
               pack_path: Path | None = None, settings_path: Path | None = None,
               language: str | None = None) -> int:
    """Render the window offscreen to a PNG; non-zero when ``open_file`` cannot be shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = ensure_application()
    scratch = None
    if settings_path is None:
        # A screenshot must not depend on (or change) the user's remembered state; its
        # throw-away settings go with it (each run left a kvinnofrid-shot-* folder behind).
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="kvinnofrid-shot-")
        settings_path = Path(scratch.name) / "settings.ini"
    restore_qt_messages = logs.drop_qt_noise()
    try:
        window = create_main_window(pack_path, settings_path=settings_path, language=language)
        window.resize(*size)
        ok = True
        if open_file is not None:
            viewer = window.open_pdf_file(open_file)
            ok = viewer is not None and viewer.page_count() > 0
        else:
            window.show_tab(tab if tab in TAB_ORDER else "strategy")
            viewer = window.current_viewer()
        window.show()
        if page is not None and ok:
            pages = viewer.page_count() if viewer is not None else 0
            wrong = ("--page gäller en flik med ett dokument (strategy, collaboration) eller "
                     "--open" if viewer is None else
                     f"sidan {page} finns inte (1–{pages})" if not 1 <= page <= pages else None)
            if wrong is not None:
                window.close()
                print(f"kvinnofrid-desktop: {wrong}; ingen bild skrevs", file=sys.stderr)
                return 2
        if page and ok and viewer is not None:
            # After the window is laid out: the zoom fits the final width, so the page is placed
            # at the top of the view (before, the end of the page before it showed above).
            app.processEvents()
            viewer.go_to_page(page)
        # Let layouts settle and pages render (QPdfView renders asynchronously) before grabbing.
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        out.parent.mkdir(parents=True, exist_ok=True)
        image = window.grab()
        saved = image.save(str(out))
        window.settings.sync()
        window.close()
        if not saved:
            print(f"kvinnofrid-desktop: kunde inte skriva {out}", file=sys.stderr)
            return 1
        if not ok:
            message = viewer.status_message() if viewer is not None else ""
            print(f"kvinnofrid-desktop: {open_file} kunde inte visas: {message}", file=sys.stderr)
            return 1
        shown = open_file.name if open_file is not None else window.tabs.tabText(
            window.tabs.currentIndex()).replace("&", "")
        where = f", sidan {page}" if page else ""
        # The size written: the window is never smaller than its layout's minimum.
        print(f"Skrev {out} ({image.width()} × {image.height()}, {shown}{where}).")
        return 0
    finally:
        restore_qt_messages()
        if scratch is not None:
            scratch.cleanup()


def edit(src: Path, *, language: str | None = None) -> int:
    """The editor (Redaktörsläge) on the source folder ``src``; its own window, no pack store.

    A folder that cannot be read is a message box and exit code 1, not a traceback."""
    faulthandler.enable()
    app = ensure_application()
    settings = Settings()
    apply_language(app, choose_language(language, settings.value(options.LANGUAGE)))
    from kvinnofrid_desktop.ui.editor import open_editor

    window = open_editor(Path(src), settings=settings, preview_window=MainWindow)
    if window is None:
        return 1
    window.show()
    return app.exec()
