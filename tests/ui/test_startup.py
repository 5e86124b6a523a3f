"""Start-up: the first frame shows the remembered page at once; the window completes in place.

``kvinnofrid-desktop`` builds a deferred window: menus, search field, tabs and the remembered
page in a bare QPdfView. Once that page is on screen with its text it builds the real tab, which
must show the same page in the same place and keep the text on screen, so nothing jumps or blinks.
"""

from __future__ import annotations

import faulthandler
from pathlib import Path
from types import SimpleNamespace

import pytest
from drawn import settled_problems
from processes import run_python
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kvinnofrid_desktop.app import start as app_module
from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.ui.main_window import MainWindow
from kvinnofrid_desktop.ui.tabs.preview import DocumentPreview


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def remember_page(qtbot, settings: Path, page: int) -> None:
    """A first session that reads the strategy at ``page`` and closes the window."""
    window = create_main_window(settings_path=settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.strategy_tab.viewer.go_to_page(page)
    qtbot.waitUntil(lambda: window.strategy_tab.viewer.page() == page)
    window.close()


def test_first_frame_shows_the_remembered_page_where_the_viewer_will(qtbot, env) -> None:
    remember_page(qtbot, env.settings, 3)

    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    # The first frame: every tab and menu is there, the page comes from a bare preview.
    assert not window.is_complete()
    assert [window.tabs.tabText(i).replace("&", "") for i in range(4)] == [
        "Strategi", "Samverkansplan", "Åtgärdskort", "Publikationer"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "Öppna PDF…" in [a.text().replace("&", "") for a in file_menu.actions()]
    preview = window.lazy_tabs["strategy"].placeholder()
    assert isinstance(preview, DocumentPreview)
    assert window.lazy_tabs["strategy"].built() is None
    assert preview.view.page == 2  # 0-based: page 3

    window.show()
    qtbot.waitExposed(window)
    page_area = rect_in(preview.view, window)
    qtbot.waitUntil(window.is_complete)  # once the page is drawn, without anyone asking
    viewer = window.strategy_tab.viewer
    assert window.lazy_tabs["strategy"].placeholder() is None
    assert viewer.page() == 3
    real_area = rect_in(viewer.view, window)
    # The remembered layout puts the preview's pages exactly where the viewer draws them.
    assert abs(real_area.left() - page_area.left()) <= 2
    assert abs(real_area.top() - page_area.top()) <= 2
    assert abs(real_area.width() - page_area.width()) <= 2


def page_pixels(viewer) -> QImage:
    return viewer.view.viewport().grab().toImage()


def test_the_text_stays_on_screen_when_the_viewer_takes_over(qtbot, env) -> None:
    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitUntil(window.is_complete)
    viewer = window.strategy_tab.viewer
    QApplication.processEvents()  # the new tab is laid out; its page view paints
    # QPdfView renders on a thread: at this moment the viewer's own rendering may not exist yet,
    # but the page shows the preview's text, and the viewer's rendering matches it exactly.
    taking_over = page_pixels(viewer)
    assert dark_pixels(taking_over) > 1000  # text, not a blank page
    qtbot.wait(300)  # the viewer's own rendering arrives
    assert page_pixels(viewer) == taking_over


def dark_pixels(image: QImage) -> int:
    step = 3
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixelColor(x, y).lightness() < 100)


def test_a_window_never_painted_completes_by_itself(qtbot, env) -> None:
    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    assert not window.is_complete()
    qtbot.waitUntil(window.is_complete, timeout=5000)  # e.g. started minimised
    assert window.strategy_tab.viewer.page_count() > 5


def test_a_tab_chosen_during_the_first_frame_is_the_one_built(qtbot, env) -> None:
    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(1)  # a click on "Samverkansplan" before the window completed
    window.show()
    qtbot.waitUntil(window.is_complete)
    assert window.current_tab_name() == "collaboration"
    assert window.collaboration_tab.is_loaded()
    # The strategy keeps its preview until it is shown, then gets the real viewer.
    assert window.lazy_tabs["strategy"].placeholder() is not None
    window.show_tab("strategy")
    assert window.lazy_tabs["strategy"].placeholder() is None
    assert window.strategy_tab.viewer.page_count() > 5


def test_shortcuts_during_the_first_frame_act_on_the_built_window(qtbot, env) -> None:
    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    assert not window.is_complete()
    window.document_entries["find"].trigger()  # Ctrl+F before the window completed
    assert window.is_complete()
    viewer = window.strategy_tab.viewer
    assert viewer.page_count() > 5
    assert viewer.find_bar.isVisibleTo(viewer)

    other = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(other)
    other.go_to_tab(1)  # Ctrl+2 before the window completed
    assert other.is_complete()
    assert other.current_tab_name() == "collaboration"
    assert other.collaboration_tab.viewer.page_count() > 3


def test_a_start_on_a_tab_without_a_document_is_complete_at_once(qtbot, env) -> None:
    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show_tab("publications")
    window.close()
    again = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(again)
    assert again.is_complete()
    assert again.current_tab_name() == "publications"
    assert again.publications_tab.isVisibleTo(again)


def test_a_start_on_the_action_card_shows_the_window_before_building_the_card(
        qtbot, env) -> None:
    """The card (every sign, step and contact) takes about 0.4 s to build: the window is on
    screen first, saying the card opens, and the card replaces that line in the same place."""
    from kvinnofrid_desktop.ui.card.tab import ActionCardTab
    from kvinnofrid_desktop.ui.tabs.card_waiting import CardOnItsWay

    window = create_main_window(settings_path=env.settings)
    qtbot.addWidget(window)
    window.show_tab("action_card")
    window.action_card_tab.set_municipality("Sala")
    window.close()
    again = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(again)
    assert not again.is_complete()
    lazy = again.lazy_tabs["action_card"]
    waiting = lazy.placeholder()
    assert isinstance(waiting, CardOnItsWay) and waiting.text() == "Åtgärdskortet öppnas …"
    painted: list[bool] = []
    waiting.firstPainted.connect(lambda: painted.append(again.is_complete()))
    again.resize(1024, 700)
    again.show()
    qtbot.waitUntil(again.is_complete)
    assert painted == [False]  # the line was on screen before the card was built
    card = lazy.built()
    assert isinstance(card, ActionCardTab) and card.isVisible()
    assert lazy.placeholder() is None
    assert card.current_municipality() == "Sala"
    assert not settled_problems(qtbot, again)


def test_bad_remembered_layout_falls_back_to_the_default(qtbot, env) -> None:
    env.settings.parent.mkdir(parents=True, exist_ok=True)
    env.settings.write_text("[window]\npageMargins=a, b\n", encoding="utf-8")
    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    preview = window.lazy_tabs["strategy"].placeholder()
    assert isinstance(preview, DocumentPreview)
    margins = preview.layout().contentsMargins()
    assert margins.left() > 100  # the overview's width, not garbage
    window.show()
    qtbot.waitUntil(window.is_complete)


def test_the_program_starts_with_a_first_frame_and_completes(
        qtbot, env: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    """app.main() as the desktop starts it, on its own event loop."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(env.tmp / "config"))
    # pytest owns the fatal-error handler; main() would point it at captured output.
    monkeypatch.setattr(faulthandler, "enable", lambda *_a, **_k: None)
    debris = env.tmp / "data" / "staging" / "2026-12-01"  # what a killed import leaves
    debris.mkdir(parents=True)
    seen: dict[str, object] = {}

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(5, watch)
            return
        window = windows[0]
        seen.setdefault("complete at first look", window.is_complete())
        if not window.is_complete():
            QTimer.singleShot(5, watch)
            return
        seen["page count"] = window.strategy_tab.viewer.page_count()
        if debris.exists():  # cleaned up after the window is complete, not before
            QTimer.singleShot(20, watch)
            return
        window.close()

    QTimer.singleShot(0, watch)
    # A hang fails instead of blocking. Stopped as soon as main() returns: left pending, it
    # fired 15 s later inside another test, and QApplication.exit() with no exec() running
    # makes every later event loop return at once (qtbot.waitUntil then never sees a signal).
    guard = QTimer(singleShot=True, interval=15000)
    guard.timeout.connect(lambda: QApplication.exit(1))
    guard.start()
    try:
        code = app_module.main()
    finally:
        guard.stop()
    assert code == 0
    assert seen["complete at first look"] is False
    assert seen["page count"] > 5
    assert not debris.exists()


def test_the_first_frame_does_without_the_viewer_code(tmp_path: Path) -> None:
    """The viewer, the tabs and the search are imported after the first paint, not before:
    they are what makes a start slow (benchmarks/bench_window.py measures it)."""
    script = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from kvinnofrid_desktop.app.start import create_main_window, ensure_application\n"
        "app = ensure_application()\n"
        "w = create_main_window(settings_path=Path(sys.argv[1]), deferred=True)\n"
        "heavy = ['kvinnofrid_desktop.ui.viewer.viewer',\n"
        "         'kvinnofrid_desktop.ui.tabs.document_tab',\n"
        "         'kvinnofrid_desktop.ui.search.panel', 'kvinnofrid_desktop.core.search.index']\n"
        "import PySide6.QtCore\n"
        "# PySide creates the Qt namespace (and its ~1200 enum members) when first used.\n"
        "heavy_names = ['Qt'] if 'Qt' in vars(PySide6.QtCore) else []\n"
        "print([m for m in heavy if m in sys.modules] + heavy_names)\n"
        "w.complete()\n"
        "print([m for m in heavy[:2] if m not in sys.modules])\n"
    )
    env = {"KVINNOFRID_DATA_DIR": str(tmp_path / "data"),
           "KVINNOFRID_POLICY": str(tmp_path / "policy.json")}
    result = run_python("-c", script, str(tmp_path / "s.ini"), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "[]"]


def test_the_complete_window_is_laid_out_once_not_again_after_its_first_frame(qtbot,
                                                                               env) -> None:
    """Issue 17: the complete window's layout used to settle one level per event-loop turn
    after it was first painted, and each turn laid out and repainted the whole window again
    (three times, ≈ 15 ms before the pixels settled)."""
    from PySide6.QtCore import QEvent, QObject

    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_complete, timeout=5000)

    class Watch(QObject):
        layouts = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                self.layouts += 1
            return False

    watch = Watch()
    window.installEventFilter(watch)
    central = window.centralWidget()
    central.installEventFilter(watch)
    for _turn in range(10):  # more event-loop turns than the window has levels of layouts
        QApplication.processEvents()
    assert watch.layouts == 0, "the window was laid out again after it was complete"


def test_pyside_does_not_read_our_sources_at_import(tmp_path: Path) -> None:
    """Issue 17: PySide6's __feature__ support read the source of every module imported after
    it (≈ 7 ms of each start); ui/common/earlyinit.skip_source_scan answers for ours and the
    standard library's. Fails when a PySide6 scans differently (then revisit the workaround)."""
    script = (
        "import inspect, sys\n"
        "read = []\n"
        "original = inspect.getsource\n"
        "inspect.getsource = lambda m: (read.append(m.__name__), original(m))[1]\n"
        "import kvinnofrid_desktop.app.start\n"
        "print([n for n in read if n.startswith('kvinnofrid_desktop')])\n"
        "print(len([n for n in read if n.partition('.')[0] in sys.stdlib_module_names]))\n"
    )
    result = run_python("-c", script)
    assert result.returncode == 0, result.stderr
    ours, stdlib = result.stdout.split()
    assert ours == "[]"
    assert int(stdlib) <= 2  # read while shiboken6 itself is imported, before the workaround
