"""The search panel offers "Menade du …?" when nothing is found, and searches it on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from packtools import index_missing_a_page
from PySide6.QtCore import Qt

from kvinnofrid_desktop.core.search.index import IndexEntry, build_index
from kvinnofrid_desktop.ui.search.field import SearchField
from kvinnofrid_desktop.ui.search.panel import SearchPanel


@pytest.fixture
def panel(qtbot, tmp_path: Path) -> SearchPanel:
    path = tmp_path / "search.sqlite"
    build_index(path, [
        IndexEntry("kort", "Kvinnofridslinjen", 1, "Kvinnofridslinjen 020-50 50 50, dygnet runt.",
                   kind="card", anchor="kvinnofridslinjen"),
        IndexEntry("plan", "Plan", 2, "Ge numret till Kvinnofridslinjen."),
    ])
    field = SearchField()
    panel = SearchPanel(field, path, {"kort": "Åtgärdskort", "plan": "Plan"})
    qtbot.addWidget(field)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    panel.shutdown()


def search(qtbot, panel: SearchPanel, query: str) -> None:
    panel.search_now(query)
    qtbot.waitUntil(lambda: panel.last_query == query, timeout=5000)


def test_nothing_found_offers_the_nearest_word_and_a_click_searches_it(qtbot, panel) -> None:
    search(qtbot, panel, "kvinofridlinjen")  # two letters wrong: no hits
    assert panel.tree.topLevelItemCount() == 0
    assert "Inga träffar" in panel.status.text()
    button = panel.suggestion_button
    assert button.isVisible() and button.text() == "Menade du ”kvinnofridslinjen”?"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_query == "kvinnofridslinjen", timeout=5000)
    assert panel.field.text() == "kvinnofridslinjen"
    assert panel.tree.topLevelItemCount() == 2
    assert not button.isVisible()


def test_enter_on_the_suggestion_or_in_the_field_searches_it(qtbot, panel) -> None:
    search(qtbot, panel, "kvinofridlinjen")
    panel.suggestion_button.setFocus()
    qtbot.keyClick(panel.suggestion_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.last_query == "kvinnofridslinjen", timeout=5000)
    search(qtbot, panel, "kvinofridlinjen")
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.last_query == "kvinnofridslinjen", timeout=5000)
    assert panel.tree.topLevelItemCount() == 2


def test_no_suggestion_when_nothing_is_near(qtbot, panel) -> None:
    search(qtbot, panel, "xqzvwkp")
    assert panel.tree.topLevelItemCount() == 0
    assert not panel.suggestion_button.isVisible()


def test_damaged_index_data_is_said_to_be_damaged_not_no_hits(qtbot, tmp_path: Path) -> None:
    import sqlite3

    from kvinnofrid_desktop.core.search import index as index_module

    path = tmp_path / "search.sqlite"
    words = [f"ord{chr(ord('a') + i)}" for i in range(24)]
    build_index(path, [IndexEntry("d", "Plan", i, " ".join(f"{w}{i % 50} och" for w in words))
                       for i in range(1, 400)])
    conn = sqlite3.connect(path)
    leaf = conn.execute("SELECT min(id) FROM words_data WHERE id > 10").fetchone()[0]
    conn.execute("DELETE FROM words_data WHERE id = ?", (leaf,))
    # The checksum made to match, as a forged pack would: the damage shows only in a search.
    conn.execute("UPDATE meta SET value = ? WHERE key = 'checksum'",
                 (index_module._digest(conn),))
    conn.commit()
    conn.close()
    field = SearchField()
    panel = SearchPanel(field, path, {"d": "Plan"})
    qtbot.addWidget(field)
    qtbot.addWidget(panel)
    panel.show()
    panel.search_now("orda1")
    qtbot.waitUntil(lambda: "skadat" in panel.status.text(), timeout=5000)
    assert "Inga träffar" not in panel.status.text()
    assert "återställ föregående innehållspaket" in panel.status.text()
    panel.shutdown()


def test_damage_met_after_a_search_takes_that_search_s_results_away(qtbot,
                                                                     tmp_path: Path) -> None:
    path, damaged, working = index_missing_a_page(tmp_path, with_working_query=True)
    field = SearchField()
    panel = SearchPanel(field, path, {"d": "Plan"})
    panel.help_available = True  # the window has a card to point to
    qtbot.addWidget(field)
    qtbot.addWidget(panel)
    panel.show()
    panel.search_now(working)
    qtbot.waitUntil(lambda: panel.last_query == working, timeout=5000)
    assert panel.tree.isVisible() and panel.tree.topLevelItemCount() == 1
    panel.search_now(damaged)
    qtbot.waitUntil(lambda: "skadat" in panel.status.text(), timeout=5000)
    # The hits for the word before were left under the message, as if they answered it.
    assert not panel.tree.isVisible() and panel.tree.topLevelItemCount() == 0
    assert panel.help_button.isVisible()  # the card still says whom to call
    field.setText(working)  # typing on: the message stays, and nothing else comes back
    panel.search_now(working)
    assert "skadat" in panel.status.text() and not panel.tree.isVisible()
    assert panel.help_button.isVisible()
    panel.shutdown()


def test_a_pack_without_a_search_index_says_what_to_do_instead(qtbot) -> None:
    """It said "paketet saknar sökindex": a word for the coordinator, and nothing to do."""
    field = SearchField()
    panel = SearchPanel(field, None, {})
    qtbot.addWidget(field)
    qtbot.addWidget(panel)
    said = panel.status.text()
    assert "sökindex" not in said
    assert "Läs dokumenten under Publikationer, eller be samordnaren om ett nytt paket." in said
    panel.shutdown()
