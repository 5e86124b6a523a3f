"""Mina sidor (issue 19): Ctrl+D, a name that is the heading until the user changes it, a sorted
and filterable list reached with the keyboard, export and import, and bookmarks that find their
page again in the next version of the pack, or say that it is gone."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from drawn import settled_problems
from fpdf import FPDF
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kvinnofrid_desktop.app.start import create_main_window
from kvinnofrid_desktop.core.search import IndexEntry, build_index
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from packtools import document, write_pack  # the unit tests' pack helpers

CTRL = Qt.KeyboardModifier.ControlModifier
FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"

# One chapter a page; the text is what the index holds and what a bookmark is found by.
CHAPTERS = {
    "intro": ("Inledning", "Den här strategin beskriver hur kommunerna i länet samverkar mot "
              "våld i nära relationer, vilka mål som gäller och hur arbetet följs upp varje år."),
    "skola": ("Skolans ansvar", "Skolan ska utbilda all personal om tecken på våld och om "
              "skyldigheten att göra en orosanmälan till socialtjänsten när ett barn far illa. "
              "Elevhälsan samordnar utbildningen tillsammans med kommunens samordnare."),
    "djur": ("Våld mot djur", "Länsstyrelsens djurskyddshandläggare och socialtjänsten "
             "rapporterar till varandra när djur och barn far illa i samma hushåll, så kallad "
             "korsrapportering, och gör vid behov en gemensam bedömning."),
    "polis": ("Polisens roll", "Polisen utreder brott i nära relationer, tar emot anmälningar "
              "dygnet runt och kan besluta om kontaktförbud när en person behöver skydd."),
    "aldre": ("Äldre som utsätts", "Hemtjänsten möter äldre personer som utsätts för våld och "
              "ska veta vem som kontaktas, hur det dokumenteras och vilket stöd som finns."),
}


def strategy_pack(root: Path, version: str, chapters: list[str]) -> Path:
    """A pack whose strategy has one page per chapter, an outline and a search index."""
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=12)
    for key in chapters:
        heading, text = CHAPTERS[key]
        pdf.add_page()
        pdf.start_section(heading)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    work = root.parent / f"{root.name}-work"
    work.mkdir(parents=True)
    (work / "strategi.pdf").write_bytes(bytes(pdf.output()))
    texts = QtPdfEngine().page_texts(work / "strategi.pdf")
    build_index(work / "search.sqlite", [IndexEntry("strategi", "Strategi", n, t)
                                         for n, t in enumerate(texts, 1)])
    write_pack(root, {"docs/strategi.pdf": (work / "strategi.pdf").read_bytes(),
                      "search.sqlite": (work / "search.sqlite").read_bytes()},
               [document(pages=len(chapters))], version=version, search_index="search.sqlite")
    return root


def open_window(qtbot, pack: Path | None, settings: Path) -> MainWindow:
    window = create_main_window(pack, settings_path=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def bookmark_page(qtbot, window: MainWindow, page: int, name: str | None = None) -> None:
    viewer = window.strategy_tab.viewer
    viewer.go_to_page(page)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    panel = window.bookmarks.panel
    assert QApplication.focusWidget() is panel.name  # the name is offered for editing
    if name is not None:
        panel.name.insert(name)  # typed over the selected heading (QTest types ASCII only)
        qtbot.keyClick(panel.name, Qt.Key.Key_Return)


def message_box() -> QMessageBox:
    """The message box on screen."""
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible())


def entries(window: MainWindow) -> list[str]:
    panel = window.bookmarks.panel
    return [panel.list.item(r).text() for r in range(panel.list.count())
            if not panel.list.item(r).isHidden()]


def test_bookmarks_survive_a_pack_update_that_moves_their_page(qtbot, env) -> None:
    tmp_path, settings = env.tmp, env.settings
    v1 = strategy_pack(tmp_path / "v1", "2026-11-20", ["intro", "skola", "djur", "polis"])
    window = open_window(qtbot, v1, settings)
    bookmark_page(qtbot, window, 2)  # named by its heading
    bookmark_page(qtbot, window, 4, "Polisen")
    assert entries(window) == ["Polisen\nStrategi för samverkan, sida 4",
                               "Skolans ansvar\nStrategi för samverkan, sida 2"]
    window.close()

    # Version 2: a new chapter before the school's (its page moves from 2 to 3), the police
    # chapter is gone.
    v2 = strategy_pack(tmp_path / "v2", "2027-03-01", ["intro", "aldre", "skola", "djur"])
    window = open_window(qtbot, v2, settings)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert entries(window) == [
        "Polisen\nSidan finns inte längre i innehållspaketet (version 2027-03-01)",
        "Skolans ansvar\nStrategi för samverkan, sida 3"]
    panel = window.bookmarks.panel
    assert QApplication.focusWidget() is panel.list
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # opens at its new place
    viewer = window.strategy_tab.viewer
    assert viewer.page() == 3 and "Skolan ska utbilda" in viewer.page_text_of(3)

    said: list[str] = []

    def read_and_close() -> None:
        box = message_box()
        said.append(box.text())
        box.accept()

    panel.list.setCurrentRow(0)
    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # the lost one says so, opens nothing
    assert said == ["Sidan finns inte längre i innehållspaketet (version 2027-03-01)."]
    assert viewer.page() == 3
    stored = json.loads(window.settings.value("bookmarks/list"))["bookmarks"]
    assert {(b["name"], b["page"], b["version"], b.get("lost_in")) for b in stored} == {
        ("Skolans ansvar", 3, "2027-03-01", None), ("Polisen", 4, "2026-11-20", "2027-03-01")}
    window.close()


def test_the_list_is_sorted_filtered_and_worked_with_the_keyboard(qtbot, env) -> None:
    window = open_window(qtbot, None, env.settings)
    for page, name in ((4, "Ärenden om barn"), (2, "Anmälan"), (6, "Zebra")):
        bookmark_page(qtbot, window, page, name)
    names = [text.split("\n")[0] for text in entries(window)]
    assert names == ["Anmälan", "Zebra", "Ärenden om barn"]  # å, ä, ö after z
    panel = window.bookmarks.panel
    panel.filter.setFocus()
    qtbot.keyClicks(panel.filter, "barn")
    assert [t.split("\n")[0] for t in entries(window)] == ["Ärenden om barn"]
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.list
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.strategy_tab.viewer.page() == 4
    panel.clear_filter()
    # Rename from the name field: Enter takes the new name, the list stays sorted.
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    panel.name.setFocus()
    panel.name.selectAll()
    panel.name.insert("Öppettider")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert [t.split("\n")[0] for t in entries(window)] == ["Zebra", "Ärenden om barn",
                                                           "Öppettider"]
    # An empty name is no name: the page keeps its own, and the field shows it again.
    panel.list.setCurrentRow(0)
    panel.name.setFocus()
    panel.name.selectAll()
    qtbot.keyClick(panel.name, Qt.Key.Key_Delete)
    assert panel.name.text() == ""
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert panel.name.text() == "Zebra"
    assert entries(window)[0].split("\n")[0] == "Zebra"
    # Delete asks first.
    QTimer.singleShot(0, lambda: message_box().button(QMessageBox.StandardButton.Yes).click())
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [t.split("\n")[0] for t in entries(window)] == ["Ärenden om barn", "Öppettider"]
    assert not settled_problems(qtbot, window.bookmarks.dock)
    window.close()


def test_only_the_packs_documents_can_be_bookmarked(qtbot, env, pdfs) -> None:
    window = open_window(qtbot, None, env.settings)
    window.open_pdf_file(pdfs.sample)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert "bara sidor ur innehållspaketets dokument" in window.statusBar().currentMessage()
    assert window.bookmarks.items == []
    window.show_tab("publications")
    viewer = window.open_document("pub-skyddat-boende", page=2)  # a publication in a tab
    assert viewer is not None
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert [(b.doc_id, b.page) for b in window.bookmarks.items] == [("pub-skyddat-boende", 2)]
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # the same page again: not twice
    assert len(window.bookmarks.items) == 1
    assert "finns redan" in window.statusBar().currentMessage()
    window.close()


def test_export_and_import_a_small_json_file(qtbot, env, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, None, env.settings)
    bookmark_page(qtbot, window, 3, "Mål och stöd")
    bookmark_page(qtbot, window, 5)
    target = env.tmp / "till-ny-personal.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.commands["bookmarks_export"].trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "kvinnofrid-bookmarks" and len(data["bookmarks"]) == 2
    assert target.stat().st_size < 2000
    assert {key for b in data["bookmarks"] for key in b} <= {
        "name", "pack", "version", "document", "page", "heading", "fingerprint"}  # no note
    window.close()

    # A colleague's empty program imports the file.
    other = env.tmp / "kollega.ini"
    window = open_window(qtbot, None, other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.commands["bookmarks_import"].trigger()
    assert sorted(b.name for b in window.bookmarks.items)[0] == "Mål och stöd"
    assert "Nya i Mina sidor: 2." in window.statusBar().currentMessage()
    window.commands["bookmarks_import"].trigger()  # twice: nothing doubled
    assert len(window.bookmarks.items) == 2
    # An entry that cannot be used is counted, with what to do about it.
    partly = env.tmp / "delvis.json"
    partly.write_text(json.dumps({**data, "bookmarks": [*data["bookmarks"], {"page": "x"}]}),
                      encoding="utf-8")
    assert window.bookmarks.import_(partly) == 0
    assert "Poster i filen som inte kunde användas (skadade eller ofullständiga): 1. Be den " \
           "som gav dig filen att exportera den igen." in window.statusBar().currentMessage()
    bad = env.tmp / "trasig.json"
    bad.write_text("{inte json", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    said: list[str] = []
    QTimer.singleShot(0, lambda: (said.append(message_box().text()), message_box().accept()))
    window.commands["bookmarks_import"].trigger()
    assert said and "trasig.json" in said[0] and "inte giltig JSON" in said[0]
    assert len(window.bookmarks.items) == 2
    window.close()


def test_an_import_that_fails_says_why_in_english_too(qtbot, env) -> None:
    """The reason came from the core in Swedish: "The file bmdir could not be read: är ingen
    vanlig fil"."""
    from language import interface_language

    folder = env.tmp / "bmdir"
    folder.mkdir()
    big = env.tmp / "stor.json"
    big.write_bytes(b" " * (2 * 1024 * 1024))
    other = env.tmp / "annan.json"
    other.write_text('{"format": "något annat"}', encoding="utf-8")
    said: list[str] = []

    def read_and_close() -> None:
        said.append(message_box().text())
        message_box().accept()

    with interface_language("en"):
        window = open_window(qtbot, None, env.settings)
        for path in (folder, big, other):
            QTimer.singleShot(0, read_and_close)
            assert window.bookmarks.import_(path) == 0
        window.close()
    assert said == [
        "The file bmdir could not be read: it is not an ordinary file",
        "The file stor.json could not be read: it is too large (at most 1024 kB)",
        "The file annan.json could not be read: it is not a My pages file from Kvinnofrid "
        "Västmanland"]


def test_ctrl_d_on_the_card_says_what_my_pages_keeps_and_is_read_whole(qtbot, env) -> None:
    """On the action card Ctrl+D said "My pages can only point to the content pack's
    documents" (the card is the pack's too), cut by the pack's name beside it."""
    from language import interface_language

    for language, expected in (("sv", "Mina sidor sparar sidor ur dokumenten; åtgärdskortet "
                                      "når du alltid med Ctrl+3."),
                               ("en", "My pages keeps pages of the documents; the action card "
                                      "is always at Ctrl+3.")):
        with interface_language(language):
            window = open_window(qtbot, None, env.settings)
            qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
            qtbot.waitUntil(lambda w=window: w.current_tab_name() == "action_card")
            qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
            bar = window.statusBar()
            assert bar.currentMessage() == expected
            room = bar.width() - window.pack_label.width()
            assert bar.fontMetrics().horizontalAdvance(expected) < room, language
            window.close()


@pytest.mark.parametrize("text_scale", [2.0], indirect=True)
def test_a_message_takes_the_status_bar_from_the_pack_s_name(qtbot, env, text_scale) -> None:
    """At 150 % and 200 % Ctrl+D's message on the card was cut mid-word beside the pack's name
    ("Mina sidor spa"), with no sign that more was said. The name gives way while a message
    shows; a message longer than the bar keeps its whole text in the tooltip."""
    window = open_window(qtbot, None, env.settings)
    window.resize(1000, 600)  # 1280 px at 150 %: the message fits, the name beside it not
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.current_tab_name() == "action_card")
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    bar = window.statusBar()
    said = bar.currentMessage()
    assert said.startswith("Mina sidor sparar sidor ur dokumenten")
    qtbot.waitUntil(lambda: not window.pack_label.isVisible())
    assert bar.fontMetrics().horizontalAdvance(said) < bar.contentsRect().width()
    assert said in bar.toolTip() and bar.accessibleDescription() == said
    bar.showMessage(said * 3)  # longer than any bar: its whole text is still there
    assert said * 3 in bar.toolTip()
    bar.clearMessage()
    qtbot.waitUntil(window.pack_label.isVisible)
    assert bar.toolTip() == ""
    window.close()


def test_a_long_name_wraps_to_the_panel_s_width(qtbot, env) -> None:
    """The rows were wrapped at 400 px in a panel 287 px wide: words cut at its edge ("…samt
    s") and a scroll bar sideways, whatever the window's width."""
    from PySide6.QtGui import QTextDocument

    from kvinnofrid_desktop.ui.search.panel import HTML_ROLE

    pack = strategy_pack(env.tmp / "v1", "2026-11-20", ["intro", "skola", "djur"])
    window = open_window(qtbot, pack, env.settings)
    bookmark_page(qtbot, window, 2, "Skolans ansvar for personalens utbildning om tecken pa "
                  "vald och om skyldigheten att anmala oro till socialtjansten")
    panel = window.bookmarks.panel
    listed = panel.list
    for size in ((1280, 800), (900, 700), (1280, 800)):
        window.resize(*size)
        assert not settled_problems(qtbot, window)
        item = listed.item(0)
        rect = listed.visualItemRect(item)
        doc = QTextDocument()
        doc.setDefaultFont(listed.font())
        doc.setDocumentMargin(2)
        doc.setHtml(str(item.data(HTML_ROLE)))
        doc.setTextWidth(rect.width())
        qtbot.waitUntil(lambda: listed.visualItemRect(listed.item(0)).right()
                        <= listed.viewport().width())
        assert doc.idealWidth() <= listed.viewport().width(), size
        assert doc.size().height() <= listed.visualItemRect(item).height() + 1, size
        assert not listed.horizontalScrollBar().isVisible()


def test_ctrl_d_offers_a_long_name_from_its_start(qtbot, env) -> None:
    """After Ctrl+D the name field showed the end of a long name ("onella strategins fyra
    mål"): selected whole, it is shown from its first word, ready to be typed over."""
    pack = strategy_pack(env.tmp / "v1", "2026-11-20", ["intro", "skola", "djur"])
    window = open_window(qtbot, pack, env.settings)
    long = ("Skolans ansvar for personalens utbildning om tecken pa vald och om skyldigheten "
            "att anmala oro till socialtjansten")
    bookmark_page(qtbot, window, 2, long)
    window.strategy_tab.viewer.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # the same page: its name offered again
    name = window.bookmarks.panel.name
    assert QApplication.focusWidget() is name
    assert name.fontMetrics().horizontalAdvance(long) > name.width()  # longer than the field
    assert name.selectedText() == long
    assert name.cursorPosition() == 0
    assert name.cursorRect().left() < name.fontMetrics().averageCharWidth() * 2


# --- a stored list that cannot be read ----------------------------------------------------------

def store_list(settings: Path, raw: str) -> None:
    """Put ``raw`` in the settings as Mina sidor, as a program (this or another) left it."""
    from kvinnofrid_desktop.ui.common.settings import Settings

    stored = Settings(settings)
    stored.set_value("bookmarks/list", raw)
    assert stored.sync()


def stored_list(settings: Path) -> str:
    from kvinnofrid_desktop.ui.common.settings import Settings

    return str(Settings(settings).value("bookmarks/list"))


def problem_shown(window: MainWindow) -> str:
    """The text of the message above the list, "" when none is on screen."""
    panel = window.bookmarks.panel
    return panel.problem_text.text() if panel is not None and panel.problem.isVisible() else ""


def test_a_damaged_list_is_saved_aside_and_said_before_ctrl_d_writes_a_new_one(qtbot,
                                                                               env) -> None:
    """A list cut off in the middle was read as none, and the next Ctrl+D wrote a new list
    over it: the user's pages were gone without a word."""
    kept = json.dumps({"format": "kvinnofrid-bookmarks", "format_version": 1, "bookmarks": [
        {"name": "Skyddat boende", "pack": "p", "version": "v", "document": "d", "page": 2,
         "fingerprint": ""}]})[:-30]
    store_list(env.settings, kept)
    window = open_window(qtbot, None, env.settings)
    bookmark_page(qtbot, window, 3)
    copy = env.settings.parent / "mina-sidor.trasig.json"
    assert copy.read_bytes() == kept.encode()  # byte for byte, before the new list
    assert json.loads(stored_list(env.settings))["bookmarks"][0]["page"] == 3
    qtbot.waitUntil(lambda: problem_shown(window) != "")
    said = problem_shown(window)
    assert said.startswith("Den sparade listan med Mina sidor kunde inte läsas: är inte "
                           "giltig JSON")
    assert f"Den sparades oförändrad som {copy}." in said
    assert [b.page for b in window.bookmarks.items] == [3]
    window.close()


def test_a_list_from_a_newer_version_is_left_as_it_is_and_ctrl_d_says_why(qtbot, env,
                                                                          monkeypatch) -> None:
    """A list with format_version 2 was read as none and written over by the next Ctrl+D."""
    newer = json.dumps({"format": "kvinnofrid-bookmarks", "format_version": 2,
                        "bookmarks": [{"title": "Från version 2", "anchor": {"page": 4}}]})
    store_list(env.settings, newer)
    window = open_window(qtbot, None, env.settings)
    window.strategy_tab.viewer.go_to_page(3)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert stored_list(env.settings) == newer  # not written over
    qtbot.waitUntil(lambda: problem_shown(window) != "")
    assert window.bookmarks.dock.isVisible()
    said = problem_shown(window)
    assert "sparades av en nyare version av programmet" in said
    assert str(env.settings) in said and "Nya sidor kan inte läggas till här" in said
    assert window.statusBar().currentMessage() == "Inget sparades: se Mina sidor."
    assert not window.bookmarks.panel.empty.isVisible()  # not "Ctrl+D lägger till sidan"
    assert window.bookmarks.items == []
    # An import would write the list too: it is refused with the same words.
    source = env.tmp / "kollega.json"
    source.write_text('{"format": "kvinnofrid-bookmarks", "format_version": 1, '
                      '"bookmarks": []}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(source), "")))
    boxes: list[tuple[str, QMessageBox.Icon]] = []
    QTimer.singleShot(0, lambda: (boxes.append((message_box().text(), message_box().icon())),
                                  message_box().accept()))
    window.commands["bookmarks_import"].trigger()
    assert boxes == [(said, QMessageBox.Icon.Warning)]
    window.close()
    assert stored_list(env.settings) == newer  # untouched, and not moved aside either
    assert not list(env.settings.parent.glob("mina-sidor.trasig*"))


def test_a_damaged_list_that_cannot_be_saved_aside_is_not_written_over(qtbot, env) -> None:
    damaged = '{"format": "kvinnofrid-bookmarks", "format_version": 1, "bookm'
    store_list(env.settings, damaged)
    (env.settings.parent / "mina-sidor.trasig.json").mkdir()  # where the copy would go
    window = open_window(qtbot, None, env.settings)
    window.strategy_tab.viewer.go_to_page(3)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert stored_list(env.settings) == damaged  # not written over
    qtbot.waitUntil(lambda: problem_shown(window) != "")
    said = problem_shown(window)
    assert said.startswith(f"Den sparade listan med Mina sidor i {env.settings} kunde inte "
                           "läsas")
    assert "Listan lämnas orörd och nya sidor sparas inte" in said
    assert window.bookmarks.items == []
    window.close()
    assert stored_list(env.settings) == damaged


def test_an_export_that_fails_says_why_in_swedish_with_the_path(qtbot, env,
                                                                monkeypatch) -> None:
    """It said "Filen kunde inte sparas: No such file or directory" beside an info icon."""
    window = open_window(qtbot, None, env.settings)
    bookmark_page(qtbot, window, 3)
    target = env.tmp / "borttagen-mapp" / "mina-sidor.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    boxes: list[tuple[str, QMessageBox.Icon]] = []
    QTimer.singleShot(0, lambda: (boxes.append((message_box().text(), message_box().icon())),
                                  message_box().accept()))
    window.commands["bookmarks_export"].trigger()
    assert boxes == [(f"Filen {target} kunde inte sparas. Mappen eller filen finns inte.",
                      QMessageBox.Icon.Warning)]
    window.close()


def test_a_list_with_an_unreadable_entry_shows_the_rest_and_keeps_the_whole(qtbot, env) -> None:
    """The entry that could not be read was dropped by the next write of the list."""
    good = {"name": "Skyddat boende", "pack": "annat.paket", "version": "v1",
            "document": "d", "page": 2, "fingerprint": ""}
    raw = json.dumps({"format": "kvinnofrid-bookmarks", "format_version": 1,
                      "bookmarks": [good, {**good, "name": "Polisen", "page": "fyra"}]})
    store_list(env.settings, raw)
    window = open_window(qtbot, None, env.settings)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    copy = env.settings.parent / "mina-sidor.trasig.json"
    assert copy.read_bytes() == raw.encode()
    qtbot.waitUntil(lambda: problem_shown(window) != "")
    assert problem_shown(window) == (
        "1 av sidorna i den sparade listan med Mina sidor kunde inte läsas och visas inte. "
        f"Hela listan som den var sparades som {copy}.")
    assert entries(window) == ["Skyddat boende\nHör till ett annat innehållspaket "
                               "(annat.paket)"]
    window.close()


def test_the_newer_version_message_is_said_in_english_too(qtbot, env) -> None:
    from language import interface_language

    store_list(env.settings, json.dumps({"format": "kvinnofrid-bookmarks",
                                         "format_version": 3, "bookmarks": []}))
    with interface_language("en"):
        window = open_window(qtbot, None, env.settings)
        qtbot.keyClick(window, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: problem_shown(window) != "")
        assert problem_shown(window) == (
            "My pages were saved by a newer version of the program and cannot be shown in this "
            f"version. The list is kept unchanged in {env.settings}. New pages cannot be added "
            "here: use the newer version to see and change My pages.")
        window.close()


def forget_all(window: MainWindow, *, with_bookmarks: bool) -> list[str]:
    """Glöm allt through its dialog: the Mina sidor box's text ("(not offered)" when
    disabled), ticked or not, then the answer's text."""
    from PySide6.QtWidgets import QCheckBox

    from kvinnofrid_desktop.ui.privacy import ForgetDialog

    said: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ForgetDialog) and w.isVisible())
        box = dialog.findChild(QCheckBox)
        said.append(box.text() if box.isEnabled() else "(not offered)")
        box.setChecked(with_bookmarks)
        QTimer.singleShot(0, tell)
        dialog.forget_button.click()  # always: a failed check here must not leave it open

    def tell() -> None:
        message = next(w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMessageBox) and w.isVisible())
        said.append(message.text())
        message.accept()

    QTimer.singleShot(0, answer)
    window.commands["forget_all"].trigger()
    return said


def test_glom_allt_removes_an_unreadable_list_and_its_copies(qtbot, env) -> None:
    """Glöm allt offered no way to remove Mina sidor when none of its pages could be read, and
    left the copies of a damaged list beside the settings: on a shared computer, traces."""
    store_list(env.settings, json.dumps({"format": "kvinnofrid-bookmarks", "format_version": 1,
                                         "bookmarks": []})[:-5])  # cut off: damaged
    window = open_window(qtbot, None, env.settings)
    assert window.bookmarks.items == []  # read: the damaged list is copied aside
    copies = sorted(env.settings.parent.glob("mina-sidor.trasig*.json"))
    assert len(copies) == 1
    said = forget_all(window, with_bookmarks=True)
    assert said[0] == "Ta också bort Mina sidor (den sparade listan som inte kunde läsas)"
    assert "sparade kopior av Mina sidor som inte kunde läsas: 1" in said[1]
    assert not list(env.settings.parent.glob("mina-sidor.trasig*.json"))
    assert "bookmarks" not in env.settings.read_text(encoding="utf-8")
    window.close()


# --- a settings file that cannot be written ------------------------------------------------------

def unwritable(folder: Path) -> None:
    """The settings' folder can no longer be written, as on a full disk or a read-only share
    (a file where the folder was: chmod does not stop root, who runs the CI)."""
    shutil.rmtree(folder)
    folder.write_text("")


def test_a_page_that_cannot_be_saved_is_said_at_once_and_written_once_it_can(qtbot,
                                                                            env) -> None:
    """With a full disk the status line said "Sidan finns nu i Mina sidor." and the page was
    gone after a restart, without a word."""
    window = open_window(qtbot, None, env.settings)
    bookmark_page(qtbot, window, 2)
    unwritable(env.settings.parent)
    boxes: list[tuple[str, str, QMessageBox.Icon]] = []
    QTimer.singleShot(0, lambda: (boxes.append((message_box().windowTitle(), message_box().text(),
                                                message_box().icon())), message_box().accept()))
    window.strategy_tab.viewer.go_to_page(3)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert len(boxes) == 1
    title, said, icon = boxes[0]
    assert (title, icon) == ("Mina sidor kunde inte sparas", QMessageBox.Icon.Warning)
    assert said.startswith(f"Ändringarna i Mina sidor kunde inte sparas: inställningsfilen "
                           f"{env.settings} kunde inte skrivas")
    # The way to save them elsewhere, named as the menu shows it ("med Exportera…" was none).
    menu = window.menuBar().actions()[0]
    export = window.commands["bookmarks_export"]
    assert export in menu.menu().actions()
    assert f"{menu.text()} → {export.text()}".replace("&", "") in said
    assert window.statusBar().currentMessage() == "Mina sidor kunde inte sparas: se Mina sidor."
    qtbot.waitUntil(lambda: problem_shown(window) == said)  # and it stays in the panel
    assert [b.page for b in window.bookmarks.items] == [2, 3]  # kept while the program runs
    # A rename is a change too: said again, not lost quietly.
    QTimer.singleShot(0, lambda: (boxes.append((message_box().windowTitle(), message_box().text(),
                                                message_box().icon())), message_box().accept()))
    window.bookmarks.rename(1, "Sidan om skolan")
    assert len(boxes) == 2 and boxes[1][1] == said
    # Room again: the next change writes the whole list, and the warning goes.
    env.settings.parent.unlink()
    env.settings.parent.mkdir()
    window.activateWindow()  # the message boxes took it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bookmark_page(qtbot, window, 4)
    assert len(boxes) == 2
    assert problem_shown(window) == ""
    assert window.statusBar().currentMessage() == "Sidan finns nu i Mina sidor."
    stored = [(b["page"], b["name"]) for b in json.loads(stored_list(env.settings))["bookmarks"]]
    assert stored == [(b.page, b.name) for b in window.bookmarks.items]
    assert [page for page, _name in stored] == [2, 3, 4]
    assert stored[1][1] == "Sidan om skolan"
    window.close()


def test_glom_allt_with_mina_sidor_removes_the_settings_files_kept_aside(qtbot, env) -> None:
    """A settings file the program could not use was kept beside the new one, with Mina sidor
    and the pages last read in it, and Glöm allt left it there: on a shared computer, traces."""
    env.settings.parent.mkdir(parents=True)
    env.settings.write_text("[meta]\nversion=999\n[bookmarks]\nlist=gamla sidor\n",
                            encoding="utf-8")  # a newer version's: kept aside at start
    window = open_window(qtbot, None, env.settings)
    kept = sorted(env.settings.parent.glob("settings.ini.trasig*"))
    assert len(kept) == 1 and "gamla sidor" in kept[0].read_text(encoding="utf-8")
    said = forget_all(window, with_bookmarks=False)  # Mina sidor kept: so is the copy
    assert said[0] == "Ta också bort Mina sidor (den sparade listan som inte kunde läsas)"
    assert sorted(env.settings.parent.glob("settings.ini.trasig*")) == kept
    said += forget_all(window, with_bookmarks=True)
    assert "sparade kopior av inställningar som inte kunde användas: 1" in said[3]
    assert not list(env.settings.parent.glob("settings.ini.trasig*"))
    window.close()


def test_ctrl_shift_d_takes_the_keyboard_to_the_list_and_back_to_the_document(
        qtbot, env) -> None:
    """Ctrl+Shift+D hid the list that Ctrl+D had just shown (privacy.md: it "shows the
    list"), and the next press hid it again with the keyboard thrown to the search field."""
    shift_d = CTRL | Qt.KeyboardModifier.ShiftModifier
    window = open_window(qtbot, None, env.settings)
    viewer = window.strategy_tab.viewer
    action = window.commands["bookmarks"]

    def press() -> None:
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_D, shift_d)

    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)  # bookmarked, its name offered for editing
    panel = window.bookmarks.panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.name)
    press()  # the list stays, and the keyboard goes into it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.list)
    assert panel.isVisible() and action.isChecked()
    press()  # from the list: hidden, and the keyboard is back in the document
    qtbot.waitUntil(lambda: not panel.isVisible())
    qtbot.waitUntil(lambda: viewer.isAncestorOf(QApplication.focusWidget()))
    assert not action.isChecked()
    press()  # shown again, the keyboard in it
    qtbot.waitUntil(lambda: panel.isVisible() and QApplication.focusWidget() is panel.list)
    assert action.isChecked()
    viewer.setFocus(Qt.FocusReason.MouseFocusReason)  # the reader clicks into the page
    qtbot.waitUntil(lambda: viewer.isAncestorOf(QApplication.focusWidget()))
    press()  # the list is shown but not where the keyboard is: it goes there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.list)
    assert panel.isVisible() and action.isChecked()
    window.close()
