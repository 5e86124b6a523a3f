"""The five situations of PRODUCT.md with the keyboard only, and every required shortcut.

Each situation is a sequence of real key presses delivered where the keyboard focus is (or to
the window for its shortcuts); the only things faked are what lies outside the program: the
file chooser, the printer dialog, and (for the coordinator) a terminal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pages
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QWidget,
)
from test_window_packs import newer_pack

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.core.install.active import resolve_active
from kvinnofrid_desktop.ui.card.widgets import CopyRow
from kvinnofrid_desktop.ui.common.focus import keyboard_focus
from kvinnofrid_desktop.ui.dialogs.shortcuts import ShortcutsDialog
from kvinnofrid_desktop.ui.main_window import MainWindow

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    return tmp_path


@pytest.fixture
def window(qtbot, env: Path) -> MainWindow:
    win = create_main_window(settings_path=env / "config" / "settings.ini")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE,
          target: QWidget | None = None) -> None:
    """One key press where a keyboard user's press goes: the open menu, else the focus."""
    widget = target or QApplication.activePopupWidget() or QApplication.focusWidget() \
        or QApplication.activeWindow()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)
    QApplication.processEvents()


def tab_until(qtbot, found, limit: int = 250) -> QWidget:
    """Press Tab until the focus is on a widget ``found`` accepts; the widget."""
    for _ in range(limit):
        press(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is not None and found(widget):
            return widget
    raise AssertionError("Tab never reached the widget")


# --- 1: "I'm worried about a child I met today – whom do I call in Sala?" ----------------------


def test_situation_1_whom_to_call_in_sala_about_a_child(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_3, CTRL, target=window)  # Åtgärdskort
    card = window.action_card_tab
    assert window.current_tab_name() == "action_card"
    assert card.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_D, ALT)  # "&Djur" first, so that choosing Barn is a real change
    qtbot.waitUntil(lambda: card.current_subject() == "djur")
    press(qtbot, Qt.Key.Key_B, ALT)  # "&Barn"
    qtbot.waitUntil(lambda: card.current_subject() == "barn")
    press(qtbot, Qt.Key.Key_O, ALT)  # "K&ommun:" → the list of municipalities
    assert QApplication.focusWidget() is card.municipality_combo
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a fresh type-ahead search
    type_text(qtbot, "Sala")
    assert card.current_municipality() == "Sala"
    assert card.contacts_heading.text() == "Kontakter – Sala"

    # Sala's number for a report about a child, read in the card the screen reader announces.
    report = pages.contact_card(card, "sala-orosanmalan-barn")
    assert report is not None and report.isVisibleTo(card)
    number = pages.phone_text(report)
    assert number and number in report.accessibleName()

    button = tab_until(qtbot, lambda w: isinstance(w.parentWidget(), CopyRow)
                       and report.isAncestorOf(w))
    assert isinstance(button, QAbstractButton) and number in button.accessibleName()
    QApplication.clipboard().clear()
    press(qtbot, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == number
    assert pages.copy_notice_text(card) == f"Kopierat: {number}"


# --- 2: "What did our strategy say about training for schools?" ---------------------------------


def test_situation_2_search_and_land_on_the_highlighted_page(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_K, CTRL, target=window)
    assert QApplication.focusWidget() is window.search_field
    type_text(qtbot, "skola utbildning")
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0, timeout=10000)
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.tree
    hit = panel.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    press(qtbot, Qt.Key.Key_Return)
    viewer = window.current_viewer()
    assert window.current_tab_name() == "strategy" and viewer is not None
    assert viewer.page() == hit.page > 1
    assert viewer.view.marks(), "no words highlighted on the page"
    # The keyboard is in the page, the results beside it: PgDown reads on at once.
    assert QApplication.focusWidget() is viewer.view and window.search_dock.isVisible()
    bar = viewer.view.verticalScrollBar()
    before = bar.value()
    press(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() > before


# --- 3: "I need the collaboration plan for the meeting." ------------------------------------------


def test_situation_3_collaboration_plan_overview_and_print(qtbot, window: MainWindow,
                                                          printing: list[str]) -> None:
    press(qtbot, Qt.Key.Key_2, CTRL, target=window)
    tab = window.collaboration_tab
    assert window.current_tab_name() == "collaboration" and tab.viewer.page_count() > 3
    assert QApplication.focusWidget() is tab.viewer.view  # the pages, ready for PageDown
    start = tab.viewer.page()
    press(qtbot, Qt.Key.Key_E, ALT)  # "Öv&ersikt: aktörer och roller"
    assert QApplication.focusWidget() is tab.overview
    press(qtbot, Qt.Key.Key_End)  # the last section, far from the first page
    press(qtbot, Qt.Key.Key_Home)  # the first section: the document reads on below it
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    chosen = tab.overview.currentItem()
    qtbot.waitUntil(lambda: tab.viewer.page() == chosen.data(0, Qt.ItemDataRole.UserRole + 1))
    # The keyboard is on the page, drawn so, and PgDown reads on from the section chosen
    # (it moved the overview's selection instead).
    assert QApplication.focusWidget() is tab.viewer.view
    assert keyboard_focus(tab.viewer.view)
    bar = tab.viewer.view.verticalScrollBar()
    before = bar.value()
    press(qtbot, Qt.Key.Key_PageDown)
    assert bar.value() > before and tab.overview.currentItem() is not None
    press(qtbot, Qt.Key.Key_E, ALT)  # and back to the overview for the next one
    assert QApplication.focusWidget() is tab.overview
    press(qtbot, Qt.Key.Key_End)  # the last section, far from the first page
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.viewer.page() != start)
    assert tab.viewer.page() == tab.overview.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)

    press(qtbot, Qt.Key.Key_P, CTRL)
    assert len(printing) == 1 and "samverkansplan" in printing[0].lower()


# --- 4: "The county sent a new content pack." ----------------------------------------------------


def test_situation_4_import_a_pack_from_the_menu(qtbot, window: MainWindow, env: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (env / "policy.json").write_text('{"allow_unsigned": true}', encoding="utf-8")
    archive = newer_pack(env)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(archive), "")))
    seen: dict[str, object] = {}

    def in_the_dialog() -> None:  # runs inside the dialog's own event loop
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        qtbot.waitUntil(lambda: dialog.phase() == "ready", timeout=20000)
        assert QApplication.focusWidget() is dialog.trust_box  # the next thing to do
        press(qtbot, Qt.Key.Key_Space)  # "&Jag litar på det här paketet …"
        assert dialog.trust_box.isChecked() and dialog.install_button.isEnabled()
        press(qtbot, Qt.Key.Key_Return)  # the default button: Installera

    changed: list[str] = []
    window.packChanged.connect(changed.append)
    press(qtbot, Qt.Key.Key_A, ALT, target=window)  # "&Arkiv"
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.title().replace("&", "") == "Arkiv"
    QTimer.singleShot(0, in_the_dialog)
    press(qtbot, Qt.Key.Key_I)  # "&Importera innehållspaket…"
    qtbot.waitUntil(lambda: bool(changed), timeout=30000)
    assert seen.get("dialog") is not None
    assert resolve_active()[0].name == "2026-12-01"
    assert "är installerat" in changed[0]


# --- 5: "I'm the coordinator and have the official PDFs." ----------------------------------------


def test_situation_5_the_coordinator_uses_the_command_line(capsys) -> None:
    from kvinnofrid_desktop.cli import main as cli

    with pytest.raises(SystemExit) as done:
        cli.run(["pack", "build", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "catalog.toml" in out and "--archive" in out


# --- every required shortcut works and is listed under Hjälp → Kortkommandon ---------------------


def listed(window: MainWindow) -> set[str]:
    return {keys for _group, _text, keys in window.shortcut_rows()}


def key_listed(window: MainWindow, key: str) -> bool:
    """Whether Kortkommandon lists ``key`` (as the list writes it: "Skift+F3" in Swedish)."""
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return any(native in keys.split(", ") for keys in listed(window))


def test_tab_and_search_shortcuts(qtbot, window: MainWindow) -> None:
    for number, name in enumerate(("strategy", "collaboration", "action_card", "publications"),
                                  1):
        press(qtbot, getattr(Qt.Key, f"Key_{number}"), CTRL, target=window)
        assert window.current_tab_name() == name
        assert key_listed(window, f"Ctrl+{number}")
    press(qtbot, Qt.Key.Key_K, CTRL, target=window)
    assert QApplication.focusWidget() is window.search_field
    assert key_listed(window, "Ctrl+K")


def test_tools_that_do_not_fit_are_reached_by_tab_behind_more_tools(qtbot,
                                                                    window: MainWindow) -> None:
    """At 800 px Find, Print and Save copy move behind the toolbar's "»" button, which Tab
    never reached: a keyboard user could only use their shortcuts, if she knew them."""
    from PySide6.QtWidgets import QToolButton

    window.resize(800, 600)
    press(qtbot, Qt.Key.Key_1, CTRL)
    viewer = window.strategy_tab.viewer
    more = viewer.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    qtbot.waitUntil(lambda: more is not None and more.isVisible())
    assert more.accessibleName() == "Fler verktyg"
    assert tab_until(qtbot, lambda w: w is more) is more
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    shown = [a.text().replace("&", "") for a in QApplication.activePopupWidget().actions()]
    assert "Skriv ut…" in shown and "Sök i dokumentet…" in shown
    press(qtbot, Qt.Key.Key_Escape)


def test_document_shortcuts(qtbot, window: MainWindow, printing: list[str]) -> None:
    press(qtbot, Qt.Key.Key_1, CTRL, target=window)
    viewer = window.strategy_tab.viewer
    for key in ("Ctrl+F", "F3", "Shift+F3", "Ctrl+P", "Ctrl++", "Ctrl+-", "Ctrl+0",
                "Alt+Left", "Alt+Right"):
        assert key_listed(window, key), key

    press(qtbot, Qt.Key.Key_F, CTRL)  # find in the document
    assert QApplication.focusWidget() is viewer.find_bar.edit
    type_text(qtbot, "samverkan")
    press(qtbot, Qt.Key.Key_Return)
    status = viewer.find_bar.status
    qtbot.waitUntil(lambda: re.match(r"\d+ av \d+", status.text()) is not None)
    first = status.text()
    press(qtbot, Qt.Key.Key_F3)
    assert status.text() != first and status.text().startswith("2 av")
    press(qtbot, Qt.Key.Key_F3, SHIFT)
    assert status.text() == first
    press(qtbot, Qt.Key.Key_Escape)  # closes the find bar, back to the pages
    assert QApplication.focusWidget() is viewer.view

    press(qtbot, Qt.Key.Key_0, CTRL)
    assert pages.zoom_text(viewer) == "100 %"
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert pages.zoom_text(viewer) == "110 %"
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert pages.zoom_text(viewer) == "90 %"

    start = viewer.page()
    press(qtbot, Qt.Key.Key_End)  # the last page: a jump Back returns from
    assert viewer.page() == viewer.page_count() != start
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert viewer.page() == start
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert viewer.page() == viewer.page_count()

    press(qtbot, Qt.Key.Key_P, CTRL)
    assert len(printing) == 1


def test_the_library_prints_and_saves_the_chosen_row_by_key_and_menu(
        qtbot, window: MainWindow, printing: list[str]) -> None:
    """On Publikationer, Ctrl+P and Arkiv → Skriv ut… did nothing (greyed) although the tab's
    own buttons print the chosen row; Visa → Tillbaka was offered at the start and did
    nothing."""
    press(qtbot, Qt.Key.Key_4, CTRL, target=window)
    lib = window.publications_tab
    pages.select(lib, "pub-skyddat-boende")
    lib.table.setFocus()
    entries = window.document_entries
    window._show_document_state()  # as before a menu opens
    assert entries["print"].isEnabled() and entries["save_copy"].isEnabled()
    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(printing) == 1)
    assert window.current_viewer().path().name == "pub-skyddat-boende.pdf"
    press(qtbot, Qt.Key.Key_1, CTRL, target=window)
    window._show_document_state()
    viewer = window.strategy_tab.viewer
    assert entries["back"].isEnabled() == viewer.commands["back"].isEnabled()
    assert not entries["back"].isEnabled()  # nothing to go back to yet


def test_f9_opens_the_side_panel_from_where_the_window_starts(qtbot, window: MainWindow) -> None:
    """The window starts with the keyboard in the search field, where F9 did nothing; nor was
    the side panel in the Visa menu."""
    press(qtbot, Qt.Key.Key_1, CTRL, target=window)
    viewer = window.strategy_tab.viewer
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    shown = viewer.sidebar.isVisible()
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: viewer.sidebar.isVisible() != shown)
    assert window.search_field.hasFocus()  # the keyboard stays where it was
    assert key_listed(window, "F9")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None
                     and a.menu().title() == "&Visa")
    assert any(entry.text() == "Sido&panel" for entry in view_menu.actions())


def test_escape_empties_a_filter(qtbot, window: MainWindow) -> None:
    """Typed in the card's or the library's filter, Esc did nothing."""
    for key, tab in ((Qt.Key.Key_3, "action_card_tab"), (Qt.Key.Key_4, "publications_tab")):
        press(qtbot, key, CTRL, target=window)
        field = getattr(window, tab).filter
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, "ring")
        assert field.text() == "ring"
        press(qtbot, Qt.Key.Key_Escape)
        assert field.text() == "" and field.hasFocus()


def test_window_shortcuts(qtbot, window: MainWindow) -> None:
    for key in ("F11", "F1", "Ctrl+Q"):
        assert key_listed(window, key), key
    press(qtbot, Qt.Key.Key_F11, target=window)
    assert window.commands["fullscreen"].isChecked()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen))
    press(qtbot, Qt.Key.Key_F11, target=window)
    assert not window.commands["fullscreen"].isChecked()

    seen: list[list[tuple[str, str, str]]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        seen.append(pages.shortcut_list(dialog))
        press(qtbot, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    press(qtbot, Qt.Key.Key_F1, target=window)
    assert seen and any(keys == "F1" for _g, _t, keys in seen[0])

    # A desktop's window manager activates the window again when its dialog closes; the
    # offscreen platform has none, so do what it would.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, Qt.Key.Key_Q, CTRL, target=window)
    assert not window.isVisible()


def test_tab_leaves_the_shortcut_table_for_the_close_button(qtbot, window: MainWindow) -> None:
    """The table took Tab from cell to cell: after 400 presses the focus was still in its 108
    cells, and Stäng was never reached, though the dialog says "Tabb flyttar mellan fälten"."""
    dialog = ShortcutsDialog(window.shortcut_rows(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(0, 0)
    press(qtbot, Qt.Key.Key_Down, target=table)
    assert table.hasFocus() and table.currentRow() == 1  # the arrows still move in it
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    press(qtbot, Qt.Key.Key_Tab, target=table)
    assert close.hasFocus()
    press(qtbot, Qt.Key.Key_Backtab, SHIFT, target=close)
    assert table.hasFocus()
    dialog.close()


def focus_frame_drawn(area: QAbstractScrollArea) -> bool:
    """The focus frame: the middle of each edge of ``area``'s viewport in the highlight
    colour (the page and the text are other colours there)."""
    image = area.viewport().grab().toImage()
    right, bottom = image.width() - 1, image.height() - 1
    edges = [(0, bottom // 2), (right, bottom // 2), (right // 2, 0), (right // 2, bottom)]
    highlight = area.palette().color(QPalette.ColorRole.Highlight)
    return all(image.pixelColor(x, y) == highlight for x, y in edges)


def test_the_focus_is_drawn_on_the_page_and_on_the_publication_details(
        qtbot, window: MainWindow) -> None:
    """The page ('Dokument') and 'Om publikationen', reached with Tab or Ctrl+1, were drawn
    the same with the focus as without: a keyboard user saw the focus nowhere. Focus that no
    key brought (the window's own, before any key) is not drawn, as on a button: a start
    without the keyboard draws the pixels it drew."""
    view = window.strategy_tab.viewer.view
    qtbot.waitUntil(lambda: window.is_complete() and view.isVisible())
    view.setFocus()
    assert view.hasFocus() and not focus_frame_drawn(view)
    window.search_field.setFocus()
    tab_until(qtbot, lambda w: w is view)
    assert focus_frame_drawn(view)
    press(qtbot, Qt.Key.Key_Backtab, SHIFT)
    assert not view.hasFocus() and not focus_frame_drawn(view)
    press(qtbot, Qt.Key.Key_1, CTRL, target=window)
    assert view.hasFocus() and focus_frame_drawn(view)

    press(qtbot, Qt.Key.Key_4, CTRL, target=window)
    details = window.publications_tab.details
    tab_until(qtbot, lambda w: w is details)
    assert focus_frame_drawn(details)
    press(qtbot, Qt.Key.Key_Tab)
    assert not details.hasFocus() and not focus_frame_drawn(details)


# --- Tab reaches every control, in both directions --------------------------------------------


def tab_stops(window: QWidget) -> set[QWidget]:
    """What Tab should reach: every shown, enabled control that takes the focus by Tab itself
    (a control that hands its focus to another, like a combo box's line edit, is not one)."""
    return {w for w in window.findChildren(QWidget)
            if w.isVisibleTo(window) and w.isEnabled() and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus}


def focus_cycle(qtbot, start: QWidget, key: Qt.Key, limit: int = 400) -> list[QWidget]:
    """Press ``key`` from ``start`` until the focus comes back to it; the widgets passed."""
    start.setFocus()
    passed: list[QWidget] = []
    for _ in range(limit):
        press(qtbot, key)
        widget = QApplication.focusWidget()
        assert widget is not None, f"the focus left the window after {passed[-3:]}"
        if widget is start:
            return passed
        assert widget not in passed, f"Tab goes round without {start.accessibleName()!r}: " \
            f"{[w.accessibleName() or type(w).__name__ for w in passed[-4:]]} → {widget}"
        passed.append(widget)
    raise AssertionError(f"the focus never came back to {start.accessibleName()!r}")


@pytest.mark.parametrize("tab", ["strategy", "collaboration", "action_card", "publications"])
def test_tab_reaches_every_control_and_comes_back_to_the_search_field(
        qtbot, window: MainWindow, tab: str) -> None:
    """Qt counts a container with a focus proxy as a Tab stop of its own; when the tabs used
    one, Tab went from the tab bar straight into the page and round again, and the viewer's
    toolbar and the search field were never reached."""
    window.show_tab(tab)
    qtbot.waitUntil(lambda: window.lazy_tabs[tab].built() is not None
                    and window.lazy_tabs[tab].built().isVisible())
    forward = focus_cycle(qtbot, window.search_field, Qt.Key.Key_Tab)
    expected = tab_stops(window) - {window.search_field}
    missed = [w.accessibleName() or type(w).__name__ for w in expected - set(forward)]
    assert not missed, f"Tab never reaches {missed}"
    assert set(forward) == expected
    # On screen from the top: the search bar, the tab bar, then the tab's own controls.
    assert forward[:2] == [window.quick_hide_button, window.tabs.tabBar()]
    assert all(window.lazy_tabs[tab].isAncestorOf(w) for w in forward[2:])
    backward = focus_cycle(qtbot, window.search_field, Qt.Key.Key_Backtab)
    assert backward == forward[::-1]


# --- mnemonics: one Alt+letter, one control ------------------------------------------------------


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible button and buddy label under ``root``."""
    pairs = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            letter = mnemonic(widget.text())
            if letter:
                pairs.append((letter, widget.text()))
    return pairs


def duplicates(pairs: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(letter, []).append(text)
    return [f"Alt+{k.upper()}: {v}" for k, v in by_letter.items() if len(v) > 1]


def test_mnemonics_are_unique_in_each_menu_and_tab(qtbot, window: MainWindow) -> None:
    from language import interface_language

    for language in ("sv", "en"):
        with interface_language(language):
            win = create_main_window(settings_path=Path(window.settings.path))
            qtbot.addWidget(win)
            win.show()
            menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
            top = [(mnemonic(m.title()), m.title()) for m in menus]
            top += [(mnemonic(win.tabs.tabText(i)), win.tabs.tabText(i))
                    for i in range(win.tabs.count())]
            for menu in menus:
                pairs = [(mnemonic(a.text()), a.text()) for a in menu.actions() if a.isVisible()]
                clash = duplicates([p for p in pairs if p[0]])
                assert not clash, f"{language}, menu {menu.title()}: {clash}"
            for name in ("strategy", "collaboration", "action_card", "publications"):
                win.show_tab(name)
                QApplication.processEvents()
                pairs = [p for p in top if p[0]] + visible_mnemonics(win)
                clash = duplicates(pairs)
                assert not clash, f"{language}, tab {name}: {clash}"
            win.close()


def test_an_ampersand_in_a_file_name_is_shown_and_is_no_shortcut(qtbot, window: MainWindow,
                                                                 pdfs, tmp_path: Path) -> None:
    for name in ("Rapport & bilagor.pdf", "Kvinnor&barn.pdf"):
        named = tmp_path / name
        named.write_bytes(pdfs.sample.read_bytes())
        window.open_pdf_file(named)
        text = window.tabs.tabText(window.tabs.currentIndex())
        # What the tab bar draws: "&&" is one "&", an "&" before a letter underlines it.
        assert re.sub("&(.)", r"\1", text) == name
        assert mnemonic(text) is None
    window.show_tab("strategy")
    press(qtbot, Qt.Key.Key_B, ALT, target=window)  # was the file tab's Alt+B
    assert window.current_tab_name() == "strategy"


def test_a_pdf_opens_in_a_tab_and_closes_with_the_keyboard(qtbot, window: MainWindow, pdfs,
                                                           monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(pdfs.sample), "")))
    tabs = window.tabs.count()
    press(qtbot, Qt.Key.Key_O, CTRL, target=window)  # Arkiv → Öppna PDF…
    assert window.tabs.count() == tabs + 1 and window.current_viewer().page_count() == 6
    assert key_listed(window, "Ctrl+W") and window.commands["close_tab"].isEnabled()
    press(qtbot, Qt.Key.Key_W, CTRL, target=window)
    assert window.tabs.count() == tabs
    assert not window.commands["close_tab"].isEnabled()  # the four main tabs stay
    press(qtbot, Qt.Key.Key_W, CTRL, target=window)
    assert window.tabs.count() == tabs



def window_mnemonics(win: MainWindow) -> list[tuple[str, str]]:
    """The Alt+letters the window answers on every tab: its menus, its tabs, the search
    field's label, and the Mina sidor panel when it is shown."""
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    pairs = [(mnemonic(m.title()), m.title()) for m in menus]
    pairs += [(mnemonic(win.tabs.tabText(i)), win.tabs.tabText(i))
              for i in range(win.tabs.count())]
    pairs = [p for p in pairs if p[0]] + visible_mnemonics(win.search_bar)
    panel = win.bookmarks.panel if win._bookmarks is not None else None
    if panel is not None and panel.isVisible():
        pairs += visible_mnemonics(panel)
    return pairs


@pytest.mark.parametrize("language", ["sv", "en"])
def test_mina_sidor_takes_no_alt_letter_of_the_menus_or_the_tabs(qtbot, env: Path,
                                                                 language: str) -> None:
    """English "&Filter:" in the Mina sidor panel took Alt+F from the File menu, "&Rename",
    "&Remove" and "Sea&rch:" shared Alt+R, "O&pen" the tab "&Publications"; Swedish "&Ta bort"
    took the tab "Å&tgärdskort" and "Ö&ppna" the tab "&Publikationer". Beside a document (its
    overview) the whole window is checked; the action card and the publications have more
    controls than the panel's words have free letters, so there only the window's own."""
    from language import interface_language

    clashes = []
    with interface_language(language):
        win = create_main_window(settings_path=env / "settings.ini")
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.show_tab("strategy")
        win.add_bookmark()  # a page in the list: open, rename and remove are enabled
        panel = win.bookmarks.panel
        qtbot.waitUntil(lambda: panel.isVisible() and panel.remove_button.isEnabled())
        for name in ("strategy", "collaboration", "action_card", "publications"):
            win.show_tab(name)
            qtbot.waitUntil(lambda n=name: win.lazy_tabs[n].isVisible())
            assert panel.isVisible()
            pairs = window_mnemonics(win)
            if name in ("strategy", "collaboration"):
                pairs += visible_mnemonics(win.lazy_tabs[name])
            clash = duplicates(pairs)
            if clash:
                clashes.append(f"tab {name}: {clash}")
        win.close()
    assert clashes == [], "\n".join(clashes)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_settings_dialog_has_one_control_per_alt_letter(qtbot, env: Path,
                                                            language: str) -> None:
    """English "&Municipality…" and "Re&member external files" shared Alt+M, "&Remove" and
    "Restore p&revious" Alt+R."""
    from language import interface_language
    from test_import_dialog import V1, V2, kvpack

    from kvinnofrid_desktop.core.card.model import MUNICIPALITIES
    from kvinnofrid_desktop.core.install.policy import Policy
    from kvinnofrid_desktop.core.install.store import PackStore
    from kvinnofrid_desktop.ui.common.settings import Settings
    from kvinnofrid_desktop.ui.dialogs.settings import SettingsDialog

    store = PackStore()
    for version in (V1, V2):
        store.import_pack(kvpack(env, version), allow_unsigned=True)
    with interface_language(language):
        dialog = SettingsDialog(Settings(env / "settings.ini"), Policy(),
                                municipalities=MUNICIPALITIES, store=store)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        older = dialog.packs_list.topLevelItem(1)
        assert older.text(0) == V1
        dialog.packs_list.setCurrentItem(older)  # removable, and the way back is offered
        qtbot.waitUntil(lambda: dialog.remove_button.isEnabled()
                        and dialog.rollback_button.isEnabled())
        pairs = visible_mnemonics(dialog)
        assert len(pairs) >= 5, pairs
        assert duplicates(pairs) == []
        dialog.reject()
