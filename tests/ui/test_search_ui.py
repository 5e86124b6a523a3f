"""Global search in the window: type, see grouped hits, open one on its page, highlighted."""

from __future__ import annotations

from pathlib import Path

import pages
import pytest
from drawn import settled_problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.ui.common.accessible import chars
from kvinnofrid_desktop.ui.main_window import SEARCH_PANEL_MIN_CHARS, MainWindow
from kvinnofrid_desktop.ui.search.panel import HIT_ROLE, HTML_ROLE


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = create_main_window(settings_path=tmp_path / "s.ini")
    qtbot.addWidget(win)
    shown_and_active(qtbot, win)  # its tests type Ctrl+K first
    yield win
    win.close()


def result_rows(win: MainWindow) -> list[tuple[str, list[str]]]:
    tree = win.search_panel.tree
    rows = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        rows.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return rows


def shown_and_active(qtbot, win: MainWindow) -> None:
    """Show ``win`` and wait until it is the active window (offscreen activates it a little
    after it is exposed; a shortcut typed before then goes nowhere)."""
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def type_query(qtbot, win: MainWindow, text: str) -> None:
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert win.search_field.hasFocus()
    qtbot.keyClicks(win.search_field, text)
    qtbot.waitUntil(lambda: win.search_panel.last_query == text, timeout=3000)


def test_typing_shows_results_grouped_per_document(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "kvinnofridssamordnare")
    assert window.search_dock.isVisible()
    rows = result_rows(window)
    assert rows, "no results"
    titles = [title for title, _ in rows]
    assert any(t.startswith("Ett kraftfullt verktyg") for t in titles)
    assert all("(" in t and "träff" in t for t in titles)  # hit counts per document
    assert all(child.startswith(("Sida ", "Åtgärdskort")) or ":" in child
               for _, children in rows for child in children)
    assert "träffar i" in window.search_panel.status.text()
    assert not settled_problems(qtbot, window)


def test_enter_opens_the_hit_on_its_page_with_words_highlighted(qtbot,
                                                               window: MainWindow) -> None:
    type_query(qtbot, window, "korsrapportering")
    item = window.search_panel.tree.currentItem()
    hit = item.data(0, Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    viewer = window.current_viewer()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.page() == hit.page, timeout=3000)
    assert viewer.path().name == f"{hit.doc_id}.pdf"
    assert viewer.view.marks(), "no words highlighted on the hit page"


def test_a_hit_is_shown_where_its_words_stand_together(qtbot, window: MainWindow) -> None:
    """"våld mot äldre" opened the plan's first page at its top, the title's "våld" marked;
    the list item the snippet quoted ("3. våld mot äldre") was below, out of view."""
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    window.search_field.setText("våld mot äldre")  # QTest cannot type "å"
    qtbot.waitUntil(lambda: window.search_panel.last_query == "våld mot äldre", timeout=3000)
    hit = window.search_panel.tree.currentItem().data(0, HIT_ROLE)
    assert (hit.doc_id, hit.passage()) == ("samverkansplan", "våld mot äldre")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    viewer = window.current_viewer()
    qtbot.waitUntil(lambda: viewer is not None and viewer.page() == hit.page, timeout=3000)
    assert pages.text_in_view(viewer, hit.page, "3. våld mot äldre")


def test_escape_returns_to_the_document(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "skyddat boende")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.search_dock.isVisible()
    assert not window.search_field.hasFocus()


def test_escape_in_the_field_gives_up_the_search_once(qtbot, window: MainWindow,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Esc in the field was connected twice (through the panel and by the window): the
    search was given up twice for one key."""
    type_query(qtbot, window, "skyddat boende")
    given_up: list[bool] = []
    forget = window._forget_search_marks
    monkeypatch.setattr(window, "_forget_search_marks",
                        lambda: (given_up.append(True), forget()))
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.search_dock.isVisible()
    assert len(given_up) == 1


def test_down_arrow_moves_into_results_and_enter_opens(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "korsrapportering")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    tree = window.search_panel.tree
    assert tree.hasFocus()
    # Walk down to the first hit on a document page (card entries open the card instead).
    for _ in range(40):
        hit = tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
        if tree.currentItem().parent() is not None and hit.kind == "page":
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert hit.kind == "page"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    viewer = window.current_viewer()
    qtbot.waitUntil(lambda: viewer is not None and viewer.page() == hit.page, timeout=3000)


def marks_drawn(viewer) -> int:
    """Pixels of the view drawn in the search marks' yellow over the white page."""
    image = viewer.view.viewport().grab().toImage()
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            color = image.pixelColor(x, y)
            if abs(color.red() - 255) < 8 and abs(color.green() - 237) < 10 and \
                    abs(color.blue() - 145) < 14:
                found += 1
    return found


def open_a_page_hit_by_keys(qtbot, win: MainWindow, query: str):
    """Ctrl+K, ``query``, Down to the first hit on a document page, Enter: the viewer."""
    type_query(qtbot, win, query)
    qtbot.keyClick(win.search_field, Qt.Key.Key_Down)
    tree = win.search_panel.tree
    for _ in range(40):
        hit = tree.currentItem().data(0, HIT_ROLE)
        if hit is not None and hit.kind == "page":
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert hit.kind == "page"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    viewer = win.current_viewer()
    assert viewer is not None
    qtbot.waitUntil(lambda: viewer.page() == hit.page and bool(viewer.view.marks()))
    return viewer, hit


def test_a_hit_opened_with_enter_gives_the_keyboard_to_the_document(
        qtbot, window: MainWindow) -> None:
    """The focus stayed in the results: PgDown did nothing and Esc went to the search field.
    Now the pages have the keyboard, the results stay beside them, and Ctrl+K, Down go back
    to the list at the hit opened."""
    viewer, hit = open_a_page_hit_by_keys(qtbot, window, "hedersrelaterat")
    assert QApplication.focusWidget() is viewer.view and marks_drawn(viewer) > 0
    assert window.search_dock.isVisible()
    bar = viewer.view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    assert bar.value() > before
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    tree = window.search_panel.tree
    assert QApplication.focusWidget() is tree
    assert tree.currentItem().data(0, HIT_ROLE) == hit


def test_escape_in_the_results_gives_up_the_search_for_the_document(
        qtbot, window: MainWindow) -> None:
    """Esc in the list went to the search field with the results still open, and the marks
    stayed on the page."""
    viewer, _hit = open_a_page_hit_by_keys(qtbot, window, "hedersrelaterat")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_panel.tree, Qt.Key.Key_Escape)
    assert not window.search_dock.isVisible()
    assert QApplication.focusWidget() is viewer.view
    assert viewer.view.marks() == [] and marks_drawn(viewer) == 0


def test_escape_after_a_card_hit_goes_back_to_that_entry(qtbot, window: MainWindow) -> None:
    """Esc in the results after a hit on the card put the keyboard on the subject buttons at
    the card's top: the entry the hit showed (a number to read or copy) was left behind."""
    type_query(qtbot, window, "socialjour")
    tree = window.search_panel.tree
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    hit = tree.currentItem().data(0, HIT_ROLE)
    if tree.currentItem().childCount():  # a document's row: its first hit
        tree.setCurrentItem(tree.currentItem().child(0))
        hit = tree.currentItem().data(0, HIT_ROLE)
    assert hit.kind == "card"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    card = window.action_card_tab
    entry = card.entry_widget(hit.anchor)
    assert window.current_tab_name() == "action_card" and entry.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tree
    qtbot.keyClick(tree, Qt.Key.Key_Escape)
    assert not window.search_dock.isVisible()
    assert QApplication.focusWidget() is entry
    scroll = next(a for a in card._scrolls if a.widget().isAncestorOf(entry))
    top = entry.mapTo(scroll.viewport(), entry.rect().topLeft()).y()
    assert 0 <= top < scroll.viewport().height()  # on screen, where the reader was
    # Another subject chosen since, the entry is gone: Esc lands where Ctrl+3 does.
    other = next(b for name, b in card.subject_buttons.items() if name != card._subject)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert not entry.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is other


def test_emptying_the_search_field_takes_the_marks_off_the_page(
        qtbot, window: MainWindow) -> None:
    viewer, _hit = open_a_page_hit_by_keys(qtbot, window, "hedersrelaterat")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # all selected
    qtbot.keyClick(window.search_field, Qt.Key.Key_Delete)
    assert window.search_field.text() == ""
    assert viewer.view.marks() == [] and marks_drawn(viewer) == 0


def test_find_in_the_document_shows_only_its_own_matches(qtbot, window: MainWindow) -> None:
    """The search's marks and Ctrl+F's matches were drawn together, two searches at once."""
    viewer, _hit = open_a_page_hit_by_keys(qtbot, window, "hedersrelaterat")
    qtbot.keyClick(viewer.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is viewer.find_bar.edit
    qtbot.keyClicks(viewer.find_bar.edit, "samverkan")
    qtbot.waitUntil(lambda: " av " in viewer.find_bar.status.text())
    assert viewer.view.marks() == []
    # Another hit opened: its marks, and the find bar's matches go (its words stay).
    open_a_page_hit_by_keys(qtbot, window, "hedersrelaterat")
    assert not viewer.find_bar.isVisible() and viewer.view.marks()
    assert viewer.find_bar.edit.text() == "samverkan"


def test_a_hit_on_the_action_card_opens_the_card_at_that_entry(qtbot,
                                                             window: MainWindow) -> None:
    type_query(qtbot, window, "Sala socialjour")
    hit = window.search_panel.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    assert (hit.kind, hit.anchor) == ("card", "sala-socialjour")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current_tab_name() == "action_card"
    card = window.action_card_tab
    assert card.current_municipality() == "Sala"
    entry = card.entry_widget("sala-socialjour")
    assert entry is not None and entry.isVisible()
    assert entry.hasFocus() or entry.isAncestorOf(QApplication.focusWidget())
    assert "Socialjour" in entry.accessibleName()  # what a screen reader announces
    # The keyboard reads on in the card from the entry (its Kopiera button next).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert card.isAncestorOf(QApplication.focusWidget())
    assert entry.isAncestorOf(QApplication.focusWidget())


def test_words_typed_without_swedish_letters_say_what_was_searched(
        qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "orosanmalan barn")
    hit = window.search_panel.tree.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)
    assert (hit.kind, hit.anchor) == ("card", "barn-orosanmalan")
    status = window.search_panel.status
    assert status.text().endswith("för ”orosanmälan barn”") and "träffar i" in status.text()
    # The document's heading is wrapped, not cut: it is wider than the list here.
    tree = window.search_panel.tree
    top = tree.topLevelItem(0)
    bold = tree.font()
    bold.setBold(True)
    wide = QFontMetrics(bold).horizontalAdvance(top.text(0))
    assert wide > tree.viewport().width()
    assert tree.visualItemRect(top).height() >= 2 * QFontMetrics(bold).height()
    assert not settled_problems(qtbot, window)
    # Typed with the letters (QTest cannot type them: the text is put in the field).
    window.search_field.setText("orosanmälan barn")
    qtbot.waitUntil(lambda: window.search_panel.last_query == "orosanmälan barn")
    assert "träffar i" in status.text()
    assert "för ”" not in status.text()


def test_no_results_and_hostile_input_are_calm(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, 'zzyzx"*(NEAR')
    assert result_rows(window) == []
    assert "Inga träffar" in window.search_panel.status.text()


def test_no_page_with_every_word_shows_the_hits_for_some_of_them(qtbot,
                                                                 window: MainWindow) -> None:
    """"pappa slår": no page names a parent and hitting together. The panel offered a link
    ("Menade du ”slår”?"); it now shows those hits at once and says which words they are for."""
    window.search_field.setFocus()
    window.search_field.setText("pappa slår")  # QTest cannot type "å"
    qtbot.waitUntil(lambda: window.search_panel.last_query == "pappa slår")
    panel = window.search_panel
    rows = result_rows(window)
    assert rows and any("Våldets former" in child for _top, children in rows
                        for child in children)
    assert panel.status.text().startswith("Ingen sida har alla orden i ”pappa slår”. ")
    assert panel.status.text().endswith(" för ”slår”:")
    assert not panel.suggestion_button.isVisible()
    assert not settled_problems(qtbot, window)


def test_words_spread_over_the_card_show_its_entries_first(qtbot, window: MainWindow) -> None:
    """"mamma har blåmärken": only the card's first printed page had both words, a parent in
    one sign and bruises in another; that page was the one hit. The signs on bruises now lead,
    the page follows, and the panel says so."""
    window.search_field.setFocus()
    window.search_field.setText("mamma har blåmärken")
    qtbot.waitUntil(lambda: window.search_panel.last_query == "mamma har blåmärken")
    panel = window.search_panel
    rows = result_rows(window)
    assert rows, panel.status.text()
    first = panel.tree.currentItem()
    assert first is not None and first.data(0, HIT_ROLE).kind == "card"
    assert "Blåmärken" in first.text(0)
    children = [child for _top, found in rows for child in found]
    # The page follows, named as the printed card: it opens the PDF, not the card.
    assert any(child.startswith("Utskrivet kort, sida 1:") for child in children)
    assert panel.status.text().startswith(
        "Inget avsnitt på åtgärdskortet har alla orden i ”mamma har blåmärken”. ")
    assert "först avsnitt för ”har blåmärken”" in panel.status.text()
    assert not settled_problems(qtbot, window)


def test_a_search_that_takes_a_while_says_it_is_searching(qtbot, window: MainWindow) -> None:
    """The first search opens the index; on a busy machine the panel stayed empty for seconds,
    with nothing said. The panel's one worker is kept busy here as such a machine keeps it."""
    import threading

    from PySide6.QtCore import QRunnable

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    release = threading.Event()

    class Busy(QRunnable):
        def run(self) -> None:
            release.wait(20)

    busy = Busy()
    panel.pool.start(busy)
    try:
        qtbot.keyClicks(window.search_field, "socialjour")
        qtbot.waitUntil(lambda: panel.status.text() == "Söker efter ”socialjour” …")
        assert panel.tree.topLevelItemCount() == 0
    finally:
        release.set()
    qtbot.waitUntil(lambda: panel.last_query == "socialjour")
    assert "träffar i" in panel.status.text()
    assert result_rows(window)


def rows_drawn_over_each_other(window: MainWindow) -> list[str]:
    """Result rows whose wrapped text is taller than the row it is drawn in (it then runs
    into the row below), or much shorter (a blank gap below it)."""
    from PySide6.QtGui import QTextDocument

    from kvinnofrid_desktop.ui.search.panel import HTML_ROLE

    tree, found = window.search_panel.tree, []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for item in (top, *(top.child(j) for j in range(top.childCount()))):
            rect = tree.visualItemRect(item)
            if not rect.intersects(tree.viewport().rect()):
                continue
            doc = QTextDocument()
            doc.setDefaultFont(tree.font())
            doc.setDocumentMargin(2)
            doc.setHtml(str(item.data(0, HTML_ROLE)))
            doc.setTextWidth(max(80, rect.width()))
            if doc.size().height() > rect.height() + 1:
                found.append(f"{item.text(0)[:40]!r}: {doc.size().height():.0f} > {rect.height()}")
            elif doc.size().height() < rect.height() - 8:
                found.append(f"{item.text(0)[:40]!r}: {doc.size().height():.0f} px of text in a "
                             f"row {rect.height()} px high")
    return found


def test_results_are_laid_out_again_when_the_panel_narrows(qtbot, window: MainWindow) -> None:
    """Shown wide, then the window made smaller on the action card and the panel dragged
    narrower: the rows kept their heights, and the wrapped text of each ran over the next."""
    from PySide6.QtCore import Qt

    window.resize(1280, 800)
    type_query(qtbot, window, "socialjour")
    dock = window.search_dock
    assert not settled_problems(qtbot, window, also=lambda: rows_drawn_over_each_other(window))
    # The dock's width, not the list's: the list loses a scroll bar's width whenever the rows
    # are laid out and found taller than the panel, which may come a moment after this.
    wide = dock.width()
    window.show_tab("action_card")
    window.resize(800, 600)
    window.resizeDocks([dock], [wide * 2 // 3], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < wide * 0.8)
    assert not settled_problems(qtbot, window, also=lambda: rows_drawn_over_each_other(window))
    window.resize(1280, 800)
    window.resizeDocks([dock], [wide], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() >= wide)
    assert not settled_problems(qtbot, window, also=lambda: rows_drawn_over_each_other(window))


def test_the_panel_stays_readable_beside_the_card_in_a_small_window(qtbot,
                                                                   window: MainWindow) -> None:
    """At 560 × 600 on the action card (which needs its width) the panel was the one thing
    left to shrink: 82 px, its status a column of single words, its rows drawn over each
    other. It keeps room for a line of words; the window is as wide as that needs."""
    from kvinnofrid_desktop.ui.common.accessible import chars
    from kvinnofrid_desktop.ui.main_window import SEARCH_PANEL_MIN_CHARS

    window.resize(1024, 700)
    type_query(qtbot, window, "socialjour")
    panel = window.search_panel
    window.show_tab("action_card")
    for size in ((560, 600), (1024, 700), (560, 600)):
        window.resize(*size)
        QApplication.processEvents()
        assert panel.width() >= chars(panel, SEARCH_PANEL_MIN_CHARS), size
        assert not settled_problems(qtbot, window,
                                    also=lambda: rows_drawn_over_each_other(window)), size


def test_the_offers_under_no_hits_wrap_in_a_narrow_panel(qtbot, window: MainWindow) -> None:
    """Beside the card in a 1600 px window the panel is about 240 px wide, and the link
    "Visa vart man kan vända sig (Åtgärdskortet)" was cut to "… (Åtgärdsko"."""
    window.resize(1600, 1000)
    window.show_tab("action_card")
    type_query(qtbot, window, "qwxzyv")
    panel = window.search_panel
    window.resizeDocks([window.search_dock], [200], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.help_button.isVisible() and panel.width() < 260)
    button = panel.help_button
    assert QFontMetrics(button.font()).horizontalAdvance(button.text()) > button.width()
    assert not settled_problems(qtbot, window)
    # Two lines drawn, each inside the panel.
    assert button.height() >= 2 * QFontMetrics(button.font()).height()
    assert panel.rect().contains(button.geometry())


def test_nothing_found_in_english_says_the_documents_are_swedish(qtbot,
                                                                  tmp_path: Path) -> None:
    """An English word the synonym list does not know ("bruises"; "shelter" is now found)
    finds nothing in Swedish texts; in the English interface the panel says why and what to do
    instead of only "No matches"."""
    from language import interface_language

    with interface_language("en"):
        win = create_main_window(settings_path=tmp_path / "en.ini")
        qtbot.addWidget(win)
        shown_and_active(qtbot, win)
        type_query(qtbot, win, "bruises")
        assert result_rows(win) == []
        assert win.search_panel.status.text() == (
            "No matches for “bruises”. The documents are written in Swedish: search with "
            "Swedish words.")
        # A misspelt Swedish word is not an English one: the suggestion says enough.
        win.search_field.clear()
        type_query(qtbot, win, "skyddat bonde")
        assert win.search_panel.suggestion_button.isVisible()
        assert win.search_panel.suggestion_button.text() == "Did you mean “skyddat boende”?"
        assert win.search_panel.status.text() == "No matches for “skyddat bonde”."
        # Words written in Swedish that find nothing: no advice to write in Swedish.
        win.search_field.clear()
        type_query(qtbot, win, "hon har ett xqzzyv")
        assert result_rows(win) == [] and not win.search_panel.suggestion_button.isVisible()
        assert win.search_panel.status.text() == "No matches for “hon har ett xqzzyv”."
        win.close()
    # The Swedish interface has nothing to explain.
    sv = create_main_window(settings_path=tmp_path / "sv.ini")
    qtbot.addWidget(sv)
    shown_and_active(qtbot, sv)
    type_query(qtbot, sv, "bruises")
    assert sv.search_panel.status.text() == "Inga träffar för ”bruises”."
    sv.close()


def test_nothing_found_offers_whom_to_turn_to_on_the_card(qtbot, window: MainWindow) -> None:
    """A word the texts do not use ("barnahus") found nothing and offered nothing: the one
    searching still needs a number. The link opens the card's national numbers, on screen."""
    type_query(qtbot, window, "socialjour")
    panel = window.search_panel
    assert result_rows(window) and not panel.help_button.isVisible()
    window.search_field.clear()
    type_query(qtbot, window, "barnahus")
    assert result_rows(window) == [] and not panel.suggestion_button.isVisible()
    button = panel.help_button
    assert button.isVisible() and button.text() == "Visa vart man kan vända sig (Åtgärdskortet)"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.accessibleName()
    window.action_card_tab.ensure_loaded()
    window.action_card_tab.filter.setText("Sala")  # a filter would hide the national lines
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_tab_name() == "action_card"
    card = window.action_card_tab
    assert card.filter.text() == ""
    focused = QApplication.focusWidget()
    national = [card.entry_widget(c.id) for c in card.card.contacts if c.scope == "national"]
    shown = next(w for w in national if w is focused or w.isAncestorOf(focused))
    assert shown.isVisible()
    # Drawn where the reader looks: inside the card's visible area, not scrolled away.
    scroll = next(a for a in card._scrolls if a.widget().isAncestorOf(shown))
    qtbot.waitUntil(lambda: 0 <= shown.mapTo(scroll.viewport(), shown.rect().topLeft()).y()
                    < scroll.viewport().height())
    # A new query with hits hides the link again.
    window.search_field.clear()
    type_query(qtbot, window, "socialjour")
    assert not button.isVisible()


def test_a_screen_reader_hears_the_outcome_and_down_reaches_what_is_offered(
        qtbot, window: MainWindow, announced: list[str]) -> None:
    """The status was read as "Sökstatus", the suggestion as "Sökförslag", nothing announced
    the outcome, and with no hits Down did nothing: "nothing found" sounded like "still
    searching", and the help link was 18 Tab presses away."""
    panel = window.search_panel
    type_query(qtbot, window, "skyddat bonde")
    nothing = "Inga träffar för ”skyddat bonde”."
    qtbot.waitUntil(lambda: announced == [nothing])
    assert pages.spoken(panel.status) == panel.status.text() == nothing
    assert pages.spoken(panel.suggestion_button) == "Menade du ”skyddat boende”?"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert panel.suggestion_button.hasFocus()

    window.search_field.setFocus()
    window.search_field.clear()
    type_query(qtbot, window, "barnahus")
    qtbot.waitUntil(lambda: announced[-1] == "Inga träffar för ”barnahus”.")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert panel.help_button.hasFocus()
    assert pages.spoken(panel.help_button) == panel.help_button.text()

    window.search_field.setFocus()
    window.search_field.clear()
    type_query(qtbot, window, "korsrapportering")
    qtbot.waitUntil(lambda: "träffar i" in announced[-1])
    assert announced[-1] == panel.status.text() == pages.spoken(panel.status)
    assert not [said for said in announced if "Söker" in said]
    # The same outcome is not said twice over (the same query run again).
    count = len(announced)
    panel.search_now("korsrapportering")
    qtbot.waitUntil(lambda: panel.shown_generation == panel.generation
                    and not panel._announce.isActive())
    assert len(announced) == count


def test_an_emptied_field_says_what_to_type_not_an_empty_list(qtbot, window: MainWindow) -> None:
    """The field emptied left a white, empty list in the results panel, and a search with no
    hits showed one under "Inga träffar": the panel now says what the search covers, and the
    list is drawn only with results in it."""
    panel = window.search_panel
    type_query(qtbot, window, "socialjour")
    assert result_rows(window) and panel.tree.isVisible()
    window.search_field.clear()
    qtbot.waitUntil(lambda: panel.status.text() == panel.idle_hint())
    assert not panel.tree.isVisible() and panel.status.isVisible()
    assert "orosanmälan" in panel.status.text() and "åtgärdskortet" in panel.status.text()
    assert settled_problems(qtbot, panel) == []  # the words wrapped, nothing cut
    type_query(qtbot, window, "xqzzyv")
    assert result_rows(window) == [] and not panel.tree.isVisible()
    assert panel.status.text() == "Inga träffar för ”xqzzyv”."
    window.search_field.clear()
    type_query(qtbot, window, "socialjour")
    assert result_rows(window) and panel.tree.isVisible()


def test_latest_query_wins(qtbot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.search_now("socialjour")
    panel.search_now("djurskydd")
    qtbot.waitUntil(lambda: panel.last_query == "djurskydd", timeout=3000)
    qtbot.wait(200)
    assert panel.last_query == "djurskydd"
    assert any("djurskydd" in " ".join(children).lower() for _, children in result_rows(window))


def _off_the_window(window: MainWindow, widget) -> list[str]:
    """``widget`` as a person sees it: the part of it outside the window's width."""
    left = widget.mapTo(window, widget.rect().topLeft()).x()
    if widget.isVisible() and left + widget.width() > window.width() + 1:
        return [f"{widget.objectName() or type(widget).__name__} reaches x = "
                f"{left + widget.width()} in a window {window.width()} px wide"]
    return []


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_at_200_percent_text_the_card_and_the_results_fit_a_1024_px_window(
        qtbot, text_scale, window: MainWindow) -> None:
    """At 200 % text, on the action card in a 1024 × 700 window, Ctrl+K and a query made the
    window 1272 px wide (the card's 906 px beside the panel's 360): the results and Dölj
    snabbt were off a 1024 px screen. The card's rows wrap instead."""
    window.resize(1024, 700)
    window.show_tab("action_card")
    type_query(qtbot, window, "socialjour")
    qtbot.waitUntil(lambda: bool(result_rows(window)))
    panel = window.search_panel
    quick_hide = window.findChild(QWidget, "quickHide")
    problems = settled_problems(qtbot, window, also=lambda: (
        _off_the_window(window, panel) + _off_the_window(window, quick_hide)
        + ([f"the window is {window.width()} px wide"] if window.width() > 1024 else [])))
    assert not problems, "\n".join(problems[:8])
    assert window.minimumSizeHint().width() <= 1024
    assert panel.isVisible() and panel.width() >= chars(panel, SEARCH_PANEL_MIN_CHARS)


def _open_result(qtbot, win: MainWindow, query: str, doc_id: str, page: int) -> None:
    """Search for ``query`` and open its hit on ``page`` of ``doc_id`` from the results, as a
    reader does: the row chosen, then Return."""
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    win.search_field.setText(query)  # QTest cannot type "å"
    qtbot.waitUntil(lambda: win.search_panel.last_query == query, timeout=3000)
    tree = win.search_panel.tree
    rows = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]
    row = next(row for row in rows if (row.data(0, HIT_ROLE).doc_id,
                                       row.data(0, HIT_ROLE).page) == (doc_id, page))
    tree.setFocus()
    tree.setCurrentItem(row)
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def _scroll_to_text(viewer, text: str) -> None:
    """The reader scrolls until ``text`` is at the top of the view."""
    _page, rect = pages.drawn_at(viewer, text)
    bar = viewer.view.verticalScrollBar()
    bar.setValue(bar.value() + round(rect.top()) - 4)


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_an_opened_hit_on_a_heading_marks_its_section_in_the_overview(
        qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    """A hit on a heading lower on its page ("Korsrapportering mellan djurskydd …", "Mål 3")
    showed the page from its top, and the overview marked the section before it, the one at
    the page's top, not the one of the hit."""
    window.resize(*size)
    window.show_tab("strategy")
    tab = window.strategy_tab
    viewer = tab.viewer
    qtbot.waitUntil(lambda: viewer.page_count() > 0 and tab.overview.topLevelItemCount() > 0)

    def marked() -> str:
        item = tab.overview.currentItem()
        return item.text(0) if item is not None else ""

    _scroll_to_text(viewer, "Mål 1: Ett utökat")  # the reader is somewhere else first
    qtbot.waitUntil(lambda: marked().startswith("Mål 1"))
    for query, page, heading in (
            ("Korsrapportering mellan djurskydd", 9,
             "Korsrapportering mellan djurskydd och socialtjänst"),
            ("Mål 3: Effektivare brottsbekämpning", 3, "Mål 3: Effektivare brottsbekämpning")):
        _open_result(qtbot, window, query, "strategi", page)
        qtbot.waitUntil(lambda page=page: viewer.page() == page)
        qtbot.waitUntil(lambda heading=heading: marked() == heading)
        assert pages.text_in_view(viewer, page, heading)
        assert viewer.heading_at_top() == heading
        assert viewer.view.marks(), "no words highlighted on the hit page"
    # Back returns to each place the reader came from, and the mark goes with it.
    for heading in ("Korsrapportering mellan djurskydd och socialtjänst", "Mål 1"):
        viewer.commands["back"].trigger()
        qtbot.waitUntil(lambda heading=heading: marked().startswith(heading))
    viewer.commands["forward"].trigger()
    qtbot.waitUntil(lambda: marked() == "Korsrapportering mellan djurskydd och socialtjänst")


def test_an_opened_hit_in_a_publication_marks_its_section_in_the_side_panel(
        qtbot, window: MainWindow) -> None:
    """"Kvaliteten i skyddat boende": the hit's words stand under "Hur kartläggningen gjordes",
    shown at a third of the view; the side panel marked "Syfte", the heading above the view's
    top, or where the reader had been before."""
    query = "Kvaliteten i skyddat boende"
    _open_result(qtbot, window, query, "pub-skyddat-boende", 2)
    viewer = window.current_viewer()
    qtbot.waitUntil(lambda: viewer is not None and viewer.page() == 2)
    tree = viewer.outline_view

    def marked() -> str:
        return tree.currentIndex().data() or ""

    _scroll_to_text(viewer, "Uppgifter om publikationen")
    qtbot.waitUntil(lambda: marked() == "Uppgifter om publikationen")
    _open_result(qtbot, window, query, "pub-skyddat-boende", 1)
    qtbot.waitUntil(lambda: viewer.page() == 1)
    qtbot.waitUntil(lambda: marked() == "Hur kartläggningen gjordes")
    assert viewer.heading_at_top() == "Hur kartläggningen gjordes"
    assert pages.text_in_view(viewer, 1, "Hur kartläggningen gjordes")
    hit = window.search_panel.tree.currentItem().data(0, HIT_ROLE)
    assert pages.text_in_view(viewer, 1, hit.passage())


@pytest.fixture
def scanned_window(qtbot, tmp_path: Path, scanned_pack: Path) -> MainWindow:
    win = create_main_window(scanned_pack, settings_path=tmp_path / "s.ini")
    qtbot.addWidget(win)
    shown_and_active(qtbot, win)
    yield win
    win.close()


def test_a_scanned_document_is_named_as_not_searchable(qtbot, scanned_window: MainWindow,
                                                        announced: list[str]) -> None:
    """A scanned PDF's words ("Origo", printed on its page 1) found nothing, and
    "Inga träffar" alone made the routine look missing. Its title is said beside the answer,
    read out with "Inga träffar", and shown beside hits in other documents too."""
    panel = scanned_window.search_panel
    type_query(qtbot, scanned_window, "origo")
    note = ("1 dokument går inte att söka i (ingen text i PDF:en, inskannad?): "
            "Rutin vid hedersrelaterat våld Köping")
    assert result_rows(scanned_window) == []
    assert panel.status.text() == "Inga träffar för ”origo”."
    assert panel.textless_note.isVisible() and panel.textless_note.text() == note
    qtbot.waitUntil(lambda: announced == [f"Inga träffar för ”origo”. {note}"])
    assert not settled_problems(qtbot, panel)

    scanned_window.search_field.clear()
    type_query(qtbot, scanned_window, "samverkan")
    assert result_rows(scanned_window) and panel.textless_note.isVisible()
    scanned_window.search_field.clear()
    qtbot.waitUntil(lambda: panel.textless_note.isHidden())  # no query: only the hint


def test_a_hit_on_a_scanned_documents_title_says_so_not_an_empty_excerpt(
        qtbot, scanned_window: MainWindow) -> None:
    """The title matched ("hedersrelaterat"), its page has no text: the row said "Sida 1 ·"
    and nothing after it, as if page 1 were on the subject."""
    type_query(qtbot, scanned_window, "hedersrelaterat")
    rows = dict(result_rows(scanned_window))
    assert rows["Rutin vid hedersrelaterat våld Köping (1 träff)"] == [
        "Sida 1: Träff i titeln; dokumentets sidor har ingen text att söka i"]
    tree = scanned_window.search_panel.tree
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).text(0).startswith("Rutin"))
    assert "Träff i titeln" in group.child(0).data(0, HTML_ROLE)  # what is drawn


def test_a_damaged_index_is_said_in_the_interface_s_language(qtbot, tmp_path: Path) -> None:
    """The English window said "Sökindexet är skadat … (Arkiv → Inställningar → …)" beside a
    menu called File."""
    import sys

    from language import interface_language

    from kvinnofrid_desktop.ui.search.field import SearchField
    from kvinnofrid_desktop.ui.search.panel import SearchPanel

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from packtools import index_missing_a_page

    path, damaged, _ = index_missing_a_page(tmp_path)
    with interface_language("en"):
        field = SearchField()
        panel = SearchPanel(field, path, {"d": "Plan"})
        qtbot.addWidget(field)
        qtbot.addWidget(panel)
        panel.show()
        panel.search_now(damaged)
        qtbot.waitUntil(lambda: "skadat" in panel.status.text(), timeout=5000)
        text = panel.status.text()
        panel.shutdown()
    assert text.startswith("The search index cannot be used: reinstall the content pack or "
                           "restore the previous content pack (File → Settings → Content "
                           "packs)"), text
