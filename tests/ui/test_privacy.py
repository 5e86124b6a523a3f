"""No traces, Dölj snabbt and Glöm allt (issue 19): what a shared desk and a home visit need.

The session test runs the program as its own process with HOME and every XDG folder in a
temporary directory, opens a PDF from outside the pack three ways (Öppna PDF… through the real
file dialog, a dropped file, a later start's command line), searches, makes bookmarks, hides and
quits; then it reads every file the program wrote there and finds neither the file's path,
folder or name nor anything that was searched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from test_bookmarks_panel import forget_all
from test_bookmarks_panel import open_window as open_pack_window

from kvinnofrid_desktop.core.install.policy import load_policy
from kvinnofrid_desktop.core.options import REMEMBER_EXTERNAL
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.main_window import TAB_ORDER, MainWindow
from kvinnofrid_desktop.ui.privacy import ShiftGesture

SHIFT = Qt.Key.Key_Shift
HERE = Path(__file__).resolve().parent


def open_window(qtbot, env) -> MainWindow:
    return open_pack_window(qtbot, None, env.settings)


@pytest.fixture
def window(qtbot, env) -> MainWindow:
    win = open_window(qtbot, env)
    yield win
    win.close()


def press(window: MainWindow, key: Qt.Key) -> None:
    """``key`` as the window system delivers it: to the window with the keyboard, which
    passes it on to the focused widget."""
    handle = QGuiApplication.focusWindow() or window.windowHandle()
    QTest.keyClick(handle, key)


def restore(qtbot, window: MainWindow) -> None:
    window.showNormal()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def assert_hidden(window: MainWindow) -> None:
    """What Dölj snabbt must have done by the time the click or the key press returns."""
    assert window.isMinimized()
    assert window.search_field.text() == ""
    window.search_field.undo()  # the typed words cannot be brought back
    assert window.search_field.text() == ""
    if window._search_panel is not None:
        assert window.search_panel.tree.topLevelItemCount() == 0
        assert window.search_panel.status.text() == window.search_panel.idle_hint()
        assert not window.search_dock.isVisible()
    assert not any(key.startswith("file:") for key in window.file_tabs)
    assert window.current_tab_name() == "strategy"
    viewer = window.strategy_tab.viewer
    assert viewer.page() == 1
    assert viewer.find_bar.isHidden() and viewer.find_bar.edit.text() == ""
    assert window.statusBar().currentMessage() == ""


def prepare(qtbot, window: MainWindow, tab: str, pdfs) -> None:
    """Something to hide: a search with results, a PDF from outside, a find, then ``tab``."""
    window.open_pdf_file(pdfs.sample)
    window.strategy_tab.viewer.go_to_page(4)
    window.strategy_tab.viewer.find_text("våld")
    window.search_panel.search_now("orosanmälan Andersson")
    qtbot.waitUntil(lambda: window.search_panel.status.text() != "", timeout=10000)
    window.search_dock.show()
    window.statusBar().showMessage("Kopian sparades: /hem/klient/Anna.pdf")
    if tab == "file":
        window.tabs.setCurrentWidget(next(iter(window.file_tabs.values())))
    else:
        window.show_tab(tab)
    assert window.tabs.currentWidget().isVisible()


@pytest.mark.parametrize("tab", [*TAB_ORDER, "file"])
def test_quick_hide_from_every_tab_in_one_event_loop_turn(qtbot, window: MainWindow, pdfs,
                                                          tab: str) -> None:
    # The button: everything is done when the click returns, no event-loop turn in between.
    prepare(qtbot, window, tab, pdfs)
    qtbot.mouseClick(window.quick_hide_button, Qt.MouseButton.LeftButton)
    assert_hidden(window)
    # Shift three times, wherever the focus is.
    restore(qtbot, window)
    prepare(qtbot, window, tab, pdfs)
    for _ in range(3):
        press(window, SHIFT)
    assert_hidden(window)
    # Nothing lost that reopening does not bring back: the file opens again.
    restore(qtbot, window)
    assert window.open_pdf_file(pdfs.sample).page_count() == 6


def test_the_gesture_is_three_shifts_quickly_and_nothing_else(qtbot, window: MainWindow) -> None:
    window._shift_gesture.stop()  # this test's own, on a clock it sets
    now = [100.0]
    gesture = ShiftGesture(window, clock=lambda: now[0])
    seen: list[bool] = []
    gesture.triggered.connect(lambda: seen.append(True))
    field = window.search_field
    field.setFocus()
    press(window, SHIFT)
    press(window, SHIFT)
    press(window, Qt.Key.Key_A)  # typing a capital: Shift and a letter, the count starts over
    assert field.text() == "a"  # the keys went where the focus is
    press(window, SHIFT)
    assert seen == []
    now[0] += 5
    for step in (0.0, 1.5, 1.5):  # three presses, but over three seconds
        now[0] += step
        press(window, SHIFT)
    assert seen == []
    for _ in range(2):
        now[0] += 0.3
        press(window, SHIFT)
    assert seen == [True]  # the last of the slow ones and two quick ones: within two seconds
    gesture.stop()


def test_the_f1_list_names_the_gesture_and_says_why_not_esc(qtbot, window: MainWindow) -> None:
    from kvinnofrid_desktop.ui.dialogs.shortcuts import ShortcutsDialog

    assert ("Arkiv", "Dölj snabbt", "Skift tre gånger inom två sekunder") in \
        window.shortcut_rows()
    seen: list[ShortcutsDialog] = []

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ShortcutsDialog) and w.isVisible())
        seen.append([label.text() for label in dialog.notes])
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen and any("inte med Esc" in note for note in seen[0])


def test_the_button_names_the_shift_gesture(window: MainWindow) -> None:
    """Only F1 said how to hide without the mouse; the button's tooltip now says it too."""
    assert window.quick_hide_button is not None
    assert window.quick_hide_button.toolTip().endswith("(Skift tre gånger)")


def test_the_policy_can_turn_quick_hide_off(qtbot, env, window: MainWindow) -> None:
    window.close()
    env.tmp.joinpath("policy.json").write_text('{"quick_hide": false}', encoding="utf-8")
    off = open_window(qtbot, env)
    assert off.quick_hide_button is None
    assert not off.commands["quick_hide"].isVisible()
    assert "Dölj snabbt" not in {text for _g, text, _k in off.shortcut_rows()}
    off.search_field.setFocus()
    for _ in range(3):
        press(off, SHIFT)
    assert not off.isMinimized()
    off.close()


def test_the_policy_can_make_the_button_prominent(qtbot, env, window: MainWindow) -> None:
    window.close()
    env.tmp.joinpath("policy.json").write_text('{"quick_hide_prominent": true}',
                                               encoding="utf-8")
    loud = open_window(qtbot, env)
    button = loud.quick_hide_button
    toolbar = loud.search_bar
    first = toolbar.widgetForAction(toolbar.actions()[0])
    assert first is button and button.text() == "Dölj snabbt"
    assert "#b3261e" in button.styleSheet()  # white on it: 6.5:1
    assert button.font().pointSizeF() > loud.search_field.font().pointSizeF()
    # First on screen, first with Tab: the button, the search field, then the tabs.
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is loud.search_field
    qtbot.keyClick(loud.search_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is loud.tabs.tabBar()
    qtbot.keyClick(loud.tabs.tabBar(), Qt.Key.Key_Backtab)
    qtbot.keyClick(loud.search_field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is button
    loud.close()


def test_an_external_file_is_remembered_only_when_asked(qtbot, env, pdfs, tmp_path) -> None:
    private = tmp_path / "Klientmapp Anna" / "Anna Andersson orosanmälan.pdf"
    private.parent.mkdir()
    private.write_bytes(pdfs.sample.read_bytes())
    window = open_window(qtbot, env)
    window.open_pdf_file(private).go_to_page(3)
    window.close_current_tab()
    assert window.open_pdf_file(private).page() == 1  # nothing was remembered
    window.close()
    text = env.settings.read_text(encoding="utf-8")
    assert "Anna" not in text and "Klientmapp" not in text and "file:" not in text

    # "Kom ihåg externa filer" in Inställningar: page and zoom, under a fingerprint only.
    settings = Settings(env.settings)
    settings.set_value("privacy/rememberExternalFiles", True)
    settings.sync()
    window = open_window(qtbot, env)
    window.open_pdf_file(private).go_to_page(3)
    window.close_current_tab()
    assert window.open_pdf_file(private).page() == 3
    copy = tmp_path / "kopia.pdf"  # the same document elsewhere is the same document
    copy.write_bytes(private.read_bytes())
    assert window.open_pdf_file(copy).page() == 3
    window.close()
    text = env.settings.read_text(encoding="utf-8")
    assert "[external]" in text and "Anna" not in text and "Klientmapp" not in text

    # The administrator locks it off: nothing is remembered, whatever the user chose.
    env.tmp.joinpath("policy.json").write_text('{"remember_external_files": false}',
                                               encoding="utf-8")
    window = open_window(qtbot, env)
    assert not window.remembers_external_files()
    assert window.open_pdf_file(private).page() == 1
    window.close()


def test_settings_dialog_offers_the_choice_and_shows_the_lock(qtbot, env) -> None:
    from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
    from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog

    settings = Settings(env.settings)
    dialog = SettingsDialog(settings, load_policy(), municipalities=MUNICIPALITIES)
    qtbot.addWidget(dialog)
    assert dialog.remember_check.isEnabled() and not dialog.remember_check.isChecked()
    dialog.remember_check.setChecked(True)
    dialog.accept()
    assert Settings(env.settings).flag(REMEMBER_EXTERNAL)
    env.tmp.joinpath("policy.json").write_text('{"remember_external_files": false}',
                                               encoding="utf-8")
    locked = SettingsDialog(Settings(env.settings), load_policy(),
                            municipalities=MUNICIPALITIES)
    qtbot.addWidget(locked)
    assert not locked.remember_check.isEnabled() and not locked.remember_check.isChecked()
    assert locked.remember_check.accessibleDescription() == "Låst av administratören"


def test_an_older_settings_file_loses_its_file_paths(env) -> None:
    env.settings.parent.mkdir(parents=True, exist_ok=True)
    env.settings.write_text(
        "[meta]\nversion=1\n\n[documents]\n"
        "file:|home|anna|Klienter|Anna%20Andersson.pdf=\"{\\\"page\\\": 3}\"\n"
        "se.kvinnofrid-vastmanland.standard:strategi=\"{\\\"page\\\": 2}\"\n",
        encoding="utf-8")
    settings = Settings(env.settings)
    settings.sync()
    text = env.settings.read_text(encoding="utf-8")
    assert "Anna" not in text and "file:" not in text
    assert settings.document_state("se.kvinnofrid-vastmanland.standard:strategi") == {"page": 2}


def test_forget_everything_asks_removes_and_says_what(qtbot, env, window: MainWindow,
                                                      pdfs) -> None:
    from kvinnofrid_desktop.ui.privacy import ForgetDialog

    window.strategy_tab.viewer.go_to_page(3)
    window.save_state()
    window.settings.set_export_folder(env.tmp)
    window.bookmarks.add_current()
    window.open_pdf_file(pdfs.sample)
    window.search_field.setText("Andersson")
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/lastVisited", "file:///hem/Klientmapp")
    qt.setValue("FileDialog/history", ["file:///hem/Klientmapp"])
    qt.sync()
    said: list[str] = []

    def answer(with_bookmarks: bool) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ForgetDialog) and w.isVisible())
        box = dialog.findChild(QCheckBox)
        assert box.text() == "Ta också bort Mina sidor (1 st.)" and not box.isChecked()
        box.setChecked(with_bookmarks)
        QTimer.singleShot(0, tell)
        dialog.forget_button.click()

    def tell() -> None:
        message = next(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMessageBox) and w.isVisible())
        said.append(message.text())
        message.accept()

    QTimer.singleShot(0, lambda: answer(False))
    window.commands["forget_all"].trigger()
    assert said, "Glöm allt said nothing"
    assert "sparade sidor för 1 dokument" in said[0]
    assert "mappen du senast sparade i" in said[0]
    assert "mapparna som filväljaren kom ihåg" in said[0]
    assert "öppna egna filer, nu stängda: 1" in said[0]
    assert "Mina sidor" not in said[0] and len(window.bookmarks.items) == 1
    assert window.search_field.text() == "" and not window.file_tabs
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert qt.value("FileDialog/lastVisited") is None and qt.value("FileDialog/history") is None
    text = env.settings.read_text(encoding="utf-8")
    assert "exportFolder" not in text and "[documents]" not in text
    assert "bookmarks" in text
    QTimer.singleShot(0, lambda: answer(True))
    window.commands["forget_all"].trigger()
    assert "Mina sidor: 1" in said[1]
    assert window.bookmarks.items == []
    assert "bookmarks" not in env.settings.read_text(encoding="utf-8")


def test_forget_everything_says_the_search_went(qtbot, env) -> None:
    """With only a search typed, Glöm allt emptied it and then said "Det fanns inget sparat att
    glömma": the answer contradicted what the dialog had just promised."""
    window = open_window(qtbot, env)
    window.search_field.setText("orosanmälan")
    said = forget_all(window, with_bookmarks=False)
    assert window.search_field.text() == ""
    assert "sökningen i sökfältet" in said[-1] and "inget sparat" not in said[-1], said
    # With nothing typed and nothing stored, nothing is claimed.
    said = forget_all(window, with_bookmarks=False)
    assert "sökningen" not in said[-1], said
    window.close()


def test_the_page_open_at_forget_everything_is_not_saved_on_close(qtbot, env) -> None:
    """Right after Glöm allt the pages were gone, but closing the window saved the open
    document's page again, and the next start opened on it."""
    window = open_window(qtbot, env)
    window.show_tab("strategy")
    window.strategy_tab.viewer.go_to_page(7)
    window.save_state()
    assert "[documents]" in env.settings.read_text(encoding="utf-8")
    forget_all(window, with_bookmarks=False)
    window.close()
    assert "[documents]" not in env.settings.read_text(encoding="utf-8")
    again = open_window(qtbot, env)
    again.show_tab("strategy")
    assert again.strategy_tab.viewer.page() == 1
    # Reading on after Glöm allt is remembered as usual.
    forget_all(again, with_bookmarks=False)
    again.strategy_tab.viewer.go_to_page(4)
    again.close()
    third = open_window(qtbot, env)
    third.show_tab("strategy")
    assert third.strategy_tab.viewer.page() == 4
    third.close()


def test_the_publication_open_at_forget_everything_is_not_reopened(qtbot, env) -> None:
    """A publication in front is reopened at the next start, but not after Glöm allt: which
    one was read, and its page, are forgotten, even with it still open at the close."""
    window = open_window(qtbot, env)
    doc = next(d for d in window.pack.manifest.documents if d.tab == "publication")
    window.open_document(doc.id, page=2)
    window.save_state()
    assert "doc:" in env.settings.read_text(encoding="utf-8")
    forget_all(window, with_bookmarks=False)
    assert "doc:" not in env.settings.read_text(encoding="utf-8")
    window.close()
    text = env.settings.read_text(encoding="utf-8")
    assert "doc:" not in text and "[documents]" not in text
    again = open_window(qtbot, env)
    assert again.current_tab_name() == "strategy" and not again.file_tabs
    again.close()


# --- the whole program as a process: every file it wrote ----------------------------------------

# What a worker may type: a client's name (found nowhere), a name and a word, and a plain
# search that finds pages (its words are the pack's own, so only the names are looked for).
SESSION_QUERIES = ("Zetterlund", "Bergqvist orosanmälan", "skyddat boende")


def strings_in_every_form(text: str) -> set[str]:
    """``text`` as it may stand in a file: plain, percent-encoded (file URLs), JSON-escaped,
    INI-escaped by QSettings."""
    forms = {text, quote(text), quote(text, safe="/"), json.dumps(text)[1:-1]}
    forms.add(text.encode("unicode_escape").decode("ascii"))
    return {f for f in forms if len(f) >= 4}


def test_a_session_leaves_no_path_and_no_query_in_any_file(tmp_path: Path, pdfs) -> None:
    home = tmp_path / "home"
    folder = tmp_path / "Ärenden Klientmapp Q7"
    folder.mkdir()
    private = folder / "Anna Andersson orosanmälan Z3.pdf"
    private.write_bytes(pdfs.sample.read_bytes())
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_STATE_HOME": str(home / ".local/state"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    for name in ("KVINNOFRID_DATA_DIR", "KVINNOFRID_POLICY", "KVINNOFRID_LOG_DIR"):
        env.pop(name, None)
    (tmp_path / "run").mkdir(mode=0o700)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(HERE / "privacy_session.py"), str(private), *SESSION_QUERIES],
        capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # The session did what a user does.
    assert report["opened"] == ["dialog", "drop", "command line"]
    assert report["hits"]["skyddat boende"] > 0 and report["hits"]["Zetterlund"] == 0
    assert report["bookmarks"] == 2 and report["hidden"] is True
    written = [p for p in home.rglob("*") if p.is_file()]
    names = {p.relative_to(home).as_posix() for p in written}
    assert any(n.endswith("kvinnofrid-desktop.ini") for n in names), names
    assert any(n.endswith("kvinnofrid-desktop.log") for n in names), names
    assert any(n.endswith("QtProject.conf") for n in names), names  # the file dialog's
    secrets = set()
    for text in (str(private), str(folder), private.name, private.stem, folder.name,
                 "Klientmapp", "Andersson", "Zetterlund", "Bergqvist orosanmälan",
                 "Bergqvist"):
        secrets |= strings_in_every_form(text)
    found = []
    for path in written:
        data = path.read_bytes().decode("utf-8", errors="replace")
        found += [(path.relative_to(home).as_posix(), s) for s in secrets if s in data]
    assert not found, found
    print(f"session and check: {time.perf_counter() - started:.1f} s, {len(written)} files")


@pytest.mark.parametrize("opened", ["message", "menu"])
def test_the_gesture_works_while_a_box_or_a_menu_has_the_keys(qtbot, window: MainWindow,
                                                              opened: str) -> None:
    """The keys go to the box or the menu that is open (its own window), not to the main
    window: Shift three times still hides, and closes the box or the menu first (a menu is a
    window of its own and would stay on screen)."""
    open_now = QApplication.activeModalWidget if opened == "message" \
        else QApplication.activePopupWidget
    hidden: list[bool] = []

    def shift_three_times() -> None:
        shown = open_now()
        if shown is None or QGuiApplication.focusWindow() is not shown.windowHandle():
            QTimer.singleShot(20, shift_three_times)  # not yet on screen with the keyboard
            return
        for _ in range(3):
            press(window, SHIFT)
        hidden.append((window.isMinimized(), open_now() is None))
        if open_now() is not None:  # not closed: close it, so the test ends and fails
            open_now().close()

    QTimer.singleShot(0, shift_three_times)
    if opened == "message":
        window.commands["about"].trigger()  # returns when the box closes
    else:
        window.menuBar().actions()[0].menu().popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(lambda: bool(hidden), timeout=5000)
    assert hidden == [(True, True)]  # minimised, and nothing of it left open


def test_forget_everything_with_no_list_says_there_is_none(qtbot, window: MainWindow) -> None:
    """With fresh settings and no Mina sidor at all, the greyed box spoke of "den sparade
    listan som inte kunde läsas": a damaged list that did not exist."""
    from kvinnofrid_desktop.ui.privacy import ForgetDialog

    seen: list[tuple[str, str, bool]] = []

    def answer() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ForgetDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        try:
            box = dialog.findChild(QCheckBox)
            seen.append((box.text(), box.accessibleName(), box.isEnabled()))
        finally:
            dialog.reject()  # Avbryt: nothing forgotten, and the dialog never left open

    assert not window.settings.has_bookmarks_stored()
    QTimer.singleShot(0, answer)
    window.commands["forget_all"].trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("Ta också bort Mina sidor (inga sparade)",
                     "Ta också bort Mina sidor (inga sparade)", False)]
