"""The command registry (ui/actions.py): one declaration feeds the menus, the toolbars, the
shortcut list and the keys, and each key has one owner at a time (Qt triggers neither of two)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.ui.actions import ActionSet, command, shortcut_rows
from kvinnofrid_desktop.ui.commands import (
    COMMANDS,
    DOCUMENT_COMMANDS,
    MENUS,
    VIEWER_TOOLBAR,
    plain,
)
from kvinnofrid_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, env) -> MainWindow:
    win = create_main_window(settings_path=env.settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def test_the_registry_is_whole() -> None:
    in_menus = [n for _title, names in MENUS for n in names if n is not None]
    assert len(in_menus) == len(set(in_menus)), "a command twice in the menus"
    assert set(in_menus) <= set(COMMANDS)
    assert {n for n in VIEWER_TOOLBAR if n and n.islower()} <= set(COMMANDS)
    # Within one scope no two commands share a key.
    for scope in ("window", "document", "viewer"):
        keys = [k.toString() for c in COMMANDS.values() if c.scope == scope
                for k in c.sequences()]
        assert len(keys) == len(set(keys)), scope
    with pytest.raises(KeyError):
        command("no_such_command")


def test_menus_and_the_shortcut_list_are_built_from_the_registry(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    assert [m.title() for m in menus] == [title for title, _names in MENUS]
    for menu, (_title, names) in zip(menus, MENUS, strict=True):
        texts = [None if a.isSeparator() else a.text() for a in menu.actions()]
        assert texts == [None if n is None else COMMANDS[n].text for n in names]
    rows = window.shortcut_rows()
    assert ("Arkiv", "Skriv ut", "Ctrl+P") in rows
    # PgDown reads on by the screen; Ctrl+PgDown turns the page, in the Visa menu too.
    assert ("Dokumentvisaren", "En skärm nedåt", "PgDown, Mellanslag") in rows
    assert ("Dokumentvisaren", "En skärm uppåt", "PgUp, Skift+Mellanslag") in rows
    assert ("Visa", "Nästa sida", "Ctrl+PgDown") in rows
    assert ("Visa", "Föregående sida", "Ctrl+PgUp") in rows
    # Every key a menu shows is in the list.
    shown = {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
             for m in menus for a in m.actions() if not a.shortcut().isEmpty()}
    assert shown <= {keys.split(", ")[0] for _g, _t, keys in rows}


def test_document_keys_act_on_the_tab_on_screen_from_anywhere(
        qtbot, window: MainWindow, printing: list[str]) -> None:
    assert window.strategy_tab.viewer.page_count() > 0  # built: the window started on it
    # The card: Find is its filter, Print its own print dialog, even from the search field.
    window.show_tab("action_card")
    card = window.action_card_tab
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is card.filter
    qtbot.keyClick(card.filter, Qt.Key.Key_P, CTRL)
    assert printing == ["Skriv ut åtgärdskort"]
    # A document tab: the same keys act on its viewer; the hidden tabs' viewers stay as they are.
    window.show_tab("collaboration")
    viewer = window.collaboration_tab.viewer
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_0, CTRL)
    assert viewer.view_state().zoom_mode == "custom"
    assert window.strategy_tab.viewer.view_state().zoom_mode == "fit_width"  # hidden: untouched
    qtbot.keyClick(window.search_field, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is viewer.find_bar.edit


def test_a_menu_entry_runs_the_visible_documents_action(qtbot, window: MainWindow) -> None:
    window.show_tab("strategy")
    viewer = window.strategy_tab.viewer
    entry = window.document_entries["fit_page"]
    assert entry.text() == viewer.commands["fit_page"].text()  # one label
    assert entry.shortcutContext() == Qt.ShortcutContext.WidgetShortcut  # shown, not bound
    entry.trigger()
    assert viewer.view_state().zoom_mode == "fit_page"
    view_menu = window.menuBar().actions()[1].menu()
    view_menu.aboutToShow.emit()  # the entries show the viewer's state
    assert entry.isChecked()
    window.show_tab("publications")  # no document here: the entries are unavailable
    assert not entry.isEnabled()


def test_a_key_pressed_during_the_first_frame_acts_on_the_built_tab(qtbot, env) -> None:
    window = create_main_window(settings_path=env.settings, deferred=True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if window.is_complete():
        pytest.skip("the page was drawn before the key could be pressed")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)  # the preview owns the key until then
    assert window.is_complete()
    viewer = window.strategy_tab.viewer
    assert viewer.find_bar.isVisibleTo(viewer)
    window.close()


def test_export_commands_follow_the_policy(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    class Owner(QWidget):
        @command("save_copy")
        def save(self) -> None: ...

    owner = Owner()
    qtbot.addWidget(owner)
    actions = ActionSet(owner, ["save_copy"], allow_export=False)
    assert not actions["save_copy"].isVisible() and not actions["save_copy"].isEnabled()
    assert "Spara kopia" not in {text for _g, text, _k in shortcut_rows(allow_export=False)}
    with pytest.raises(LookupError):
        ActionSet(owner, ["print"])  # no handler: a mistake found at once
    assert all(isinstance(a, QAction) for a in actions.values())
    assert plain("&Spara kopia…") == "Spara kopia" and plain("A && B") == "A & B"
    assert set(DOCUMENT_COMMANDS) >= {"save_copy", "open_external", "print", "find"}
