"""Redaktörsläge, the Dokument part (issue 20): the coordinator adds PDFs by drop and by the
file dialog, edits a document's fields with the keyboard, is refused a bad value at the field
with the core's reason, reorders and removes documents, and sees the first page and page count
of a PDF and of a Markdown document, whose preview follows the file as an editor saves it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from drawn import settled_problems
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from test_action_card_tab import type_text

from kvinnofrid_desktop.core.authoring.checks import DOCUMENTS, Location, check_source
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.editor.documents import DocumentsPart

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(os.environ.get("KVINNOFRID_SHOTS", "/tmp/documents"))
STRATEGY, COLLABORATION, CARD = 0, 1, 2  # the default pack's first three documents


@pytest.fixture
def part(qtbot, folder: SourceFolder, env: object, show_active):
    widget = DocumentsPart(folder, QtPdfEngine)
    qtbot.addWidget(widget)
    yield show_active(widget, 1200, 820)
    widget.shutdown()


def shoot(qtbot, widget: DocumentsPart, name: str) -> None:
    """A screenshot once the layout has settled (what the next paint shows)."""
    assert settled_problems(qtbot, widget) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def titles(part: DocumentsPart) -> list[str]:
    return [part.documents.topLevelItem(i).text(0)
            for i in range(part.documents.topLevelItemCount())]


def select(qtbot, part: DocumentsPart, row: int) -> None:
    item = part.documents.topLevelItem(row)
    rect = part.documents.visualItemRect(item)
    qtbot.mouseClick(part.documents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert part.current_index == row


def type_into(qtbot, edit, text: str) -> None:
    """Click into a field, replace what it holds and leave it with Tab."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def drop_on(widget: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """Drag files from a file manager onto the middle of ``widget`` and let go, as Qt delivers
    it; whether the drag was taken (a copy cursor) and whether the drop was."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))  # as Nautilus, Dolphin and Explorer give it
    centre = QPointF(widget.rect().center())
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False, False
    event = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return True, event.isAccepted()


def drop(part: DocumentsPart, paths: list[Path]) -> bool:
    return drop_on(part, paths)[1]


def question(qtbot, part: DocumentsPart) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in part.findChildren(QMessageBox) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def answer(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def cell_editor(part: DocumentsPart) -> QWidget | None:
    focus = QApplication.focusWidget()
    inside = focus is not None and focus is not part.sources and part.sources.isAncestorOf(focus)
    return focus if inside else None


# --- adding PDFs --------------------------------------------------------------------------------


def test_two_pdfs_added_by_the_file_dialog_s_call_and_by_a_drop(qtbot, part, folder, pdfs
                                                                ) -> None:
    before = len(folder.documents())
    with qtbot.waitSignal(part.changed):
        part.add_pdfs([pdfs.no_outline])
    assert drop(part, [pdfs.sample])

    docs = folder.documents()
    assert len(docs) == before + 2
    added = docs[-2:]
    assert [d["file"] for d in added] == ["docs/utan-innehall.pdf", "docs/samverkansplan-2.pdf"]
    assert (folder.root / "docs" / "samverkansplan-2.pdf").read_bytes() == pdfs.sample.read_bytes()
    assert titles(part)[-2:] == ["utan-innehall", "samverkansplan"]
    assert part.current_index == before + 1  # the one dropped last is shown
    assert part.title.value() == "samverkansplan"
    assert not part.notice.isVisible()


def test_a_folder_adds_the_pdfs_in_it_and_one_without_any_says_so(qtbot, part, folder, pdfs,
                                                                   tmp_path) -> None:
    """A folder dropped on the list was refused as "filen finns inte"."""
    import shutil

    papers = tmp_path / "Rapporter"
    papers.mkdir()
    shutil.copyfile(pdfs.sample, papers / "b-plan.pdf")
    shutil.copyfile(pdfs.no_outline, papers / "a-rapport.PDF")
    (papers / "läs mig.txt").write_text("inte en pdf", encoding="utf-8")
    empty = tmp_path / "Tom"
    empty.mkdir()
    before = len(folder.documents())
    assert drop(part, [papers, empty])
    assert [d["file"] for d in folder.documents()[before:]] == ["docs/a-rapport.pdf",
                                                                "docs/b-plan.pdf"]
    assert part.notice.isVisible()
    assert part.notice.text() == "Mappen Tom har inga PDF-filer; inget lades till."
    assert settled_problems(qtbot, part) == []


def test_a_drop_of_no_files_is_not_taken(part) -> None:
    mime = QMimeData()
    mime.setText("bara text")
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(part, enter)
    assert not enter.isAccepted()


def test_a_broken_an_encrypted_and_a_false_pdf_are_refused_and_nothing_is_copied(
        qtbot, part, folder, pdfs) -> None:
    catalog = folder.catalog_text()
    signals: list[object] = []
    part.changed.connect(lambda: signals.append(1))

    part.add_pdfs([pdfs.damaged, pdfs.encrypted])
    assert drop(part, [pdfs.not_pdf])

    assert folder.catalog_text() == catalog
    assert not (folder.root / "docs").exists()
    assert signals == []
    assert part.notice.isVisible()
    text = part.notice.text()
    assert "anteckning.pdf lades inte till: filen är skadad eller ingen PDF" in text
    part.add_pdfs([pdfs.damaged, pdfs.encrypted])
    text = part.notice.text()
    assert "trasig.pdf lades inte till: filen är skadad eller ingen PDF" in text
    assert "skyddad.pdf lades inte till: PDF-filen är lösenordsskyddad" in text
    shoot(qtbot, part, "refused-pdfs")
    assert settled_problems(qtbot, part) == []


def test_a_refused_pdf_among_good_ones_leaves_the_good_ones_added(part, folder, pdfs) -> None:
    part.add_pdfs([pdfs.encrypted, pdfs.no_outline])
    assert folder.documents()[-1]["file"] == "docs/utan-innehall.pdf"
    assert "skyddad.pdf" in part.notice.text()
    assert not (folder.root / "docs" / "skyddad.pdf").exists()


# --- editing fields -----------------------------------------------------------------------------


def test_title_and_year_edited_with_the_keyboard_reach_the_model(qtbot, part, folder) -> None:
    select(qtbot, part, COLLABORATION)
    with qtbot.waitSignal(part.changed):
        type_into(qtbot, part.title.edit, "Samverkansplan 2025")
    assert folder.documents()[COLLABORATION]["title"] == "Samverkansplan 2025"
    assert titles(part)[COLLABORATION] == "Samverkansplan 2025"
    assert QApplication.focusWidget() is part.doc_id.edit  # Tab went on to the next field

    with qtbot.waitSignal(part.changed):
        type_into(qtbot, part.year.edit, "2025")
    assert folder.documents()[COLLABORATION]["year"] == 2025
    folder.save()
    assert 'title = "Samverkansplan 2025"' in (folder.root / "catalog.toml").read_text("utf-8")


def test_summary_tab_and_provenance(qtbot, part, folder) -> None:
    select(qtbot, part, STRATEGY)
    qtbot.mouseClick(part.summary.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(part.summary, Qt.Key.Key_A, CTRL)
    type_text(part.summary, "Kort om strategin.")
    with qtbot.waitSignal(part.changed):
        qtbot.keyClick(part.summary, Qt.Key.Key_Tab)  # Tab leaves the field, types no tab
    assert folder.documents()[STRATEGY]["summary"] == "Kort om strategin."

    part.tab.setFocus()
    with qtbot.waitSignal(part.changed):
        qtbot.keyClick(part.tab, Qt.Key.Key_Down)
    assert folder.documents()[STRATEGY]["tab"] == "collaboration"
    assert part.documents.topLevelItem(STRATEGY).text(1) == "Samverkansplan"

    part.provenance.setFocus()
    with qtbot.waitSignal(part.changed):
        qtbot.keyClick(part.provenance, Qt.Key.Key_Up)
    assert folder.documents()[STRATEGY]["provenance"] == "official"


def test_a_bad_year_and_a_bad_address_are_refused_at_the_field(qtbot, part, folder) -> None:
    select(qtbot, part, STRATEGY)
    catalog = folder.catalog_text()
    signals: list[object] = []
    part.changed.connect(lambda: signals.append(1))

    type_into(qtbot, part.year.edit, "tjugo")
    assert part.year.message.isVisible()
    assert part.year.message.text() == "året ska vara ett årtal, t.ex. 2019"
    assert part.year.value() == "tjugo"  # what was typed stays, to be corrected

    url = part.original["url"].edit
    type_into(qtbot, url, "lansstyrelsen punkt se")
    assert part.original["url"].message.isVisible()
    assert "är ingen webbadress" in part.original["url"].message.text()

    assert folder.catalog_text() == catalog
    assert signals == []
    assert part.commit_pending() is False
    shoot(qtbot, part, "refused-fields")
    assert settled_problems(qtbot, part) == []

    type_into(qtbot, part.year.edit, "2019")
    assert not part.year.message.isVisible()
    assert folder.documents()[STRATEGY]["year"] == 2019


def test_a_refused_value_keeps_its_document_when_another_is_clicked(qtbot, part, folder
                                                                   ) -> None:
    select(qtbot, part, STRATEGY)
    held: list[object] = []
    part.held.connect(lambda: held.append(1))
    type_into(qtbot, part.year.edit, "tjugo")
    item = part.documents.topLevelItem(COLLABORATION)
    qtbot.mouseClick(part.documents.viewport(), Qt.MouseButton.LeftButton,
                     pos=part.documents.visualItemRect(item).center())
    # Still on the strategy, with what she typed, the reason and the cursor in the field.
    assert part.current_index == STRATEGY
    assert part.documents.currentItem() is part.documents.topLevelItem(STRATEGY)
    assert part.title.value() == folder.documents()[STRATEGY]["title"]
    assert part.year.value() == "tjugo"
    assert part.year.message.isVisible()
    assert part.year.message.text() == "året ska vara ett årtal, t.ex. 2019"
    qtbot.waitUntil(part.year.edit.hasFocus)
    assert held

    qtbot.keyClick(part.year.edit, Qt.Key.Key_Z, CTRL)  # undone: the old year is back
    assert part.year.value() == str(folder.documents()[STRATEGY]["year"])
    select(qtbot, part, COLLABORATION)
    assert part.title.value() == folder.documents()[COLLABORATION]["title"]
    assert not part.year.message.isVisible()


def test_an_original_is_taken_once_it_has_a_title_and_a_publisher(qtbot, part, folder,
                                                                   pdfs) -> None:
    part.add_pdfs([pdfs.no_outline])
    index = part.current_index
    type_into(qtbot, part.original["title"].edit, "Länets strategi")
    assert part.original["title"].refused is None  # not refused for the field not yet filled
    assert "original" not in folder.documents()[index]
    type_into(qtbot, part.original["publisher"].edit, "Länsstyrelsen Västmanland")
    type_into(qtbot, part.original["pages"].edit, "46")
    assert folder.documents()[index]["original"] == {
        "title": "Länets strategi", "publisher": "Länsstyrelsen Västmanland", "pages": 46}

    type_into(qtbot, part.original["pages"].edit, "många")
    assert part.original["pages"].message.text() == "sidantalet ska vara ett heltal, t.ex. 46"
    assert folder.documents()[index]["original"]["pages"] == 46


def test_sources_are_added_in_the_table_and_a_bad_address_is_refused(qtbot, part,
                                                                     folder) -> None:
    select(qtbot, part, COLLABORATION)
    count = len(folder.documents()[COLLABORATION]["sources"])
    add = next(b for b in part.findChildren(QPushButton) if b.text() == "Lägg till källa")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    row = part.sources.rowCount() - 1
    qtbot.waitUntil(lambda: cell_editor(part) is not None)  # the new row's title is edited
    qtbot.keyClicks(QApplication.focusWidget(), "Sala kommun: Socialjour")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the view commits queued
    # Title without an address: refused with the core's reason, the model keeps its sources.
    qtbot.waitUntil(part.sources_note.isVisible)
    assert part.sources_note.text().startswith(f"källa {count + 1}: '' är ingen webbadress")
    assert len(folder.documents()[COLLABORATION]["sources"]) == count

    part.sources.setCurrentCell(row, 1)
    part.sources.editItem(part.sources.item(row, 1))
    qtbot.waitUntil(lambda: cell_editor(part) is not None)
    with qtbot.waitSignal(part.changed):
        qtbot.keyClicks(QApplication.focusWidget(), "https://www.sala.se/socialjour")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not part.sources_note.isVisible()
    sources = folder.documents()[COLLABORATION]["sources"]
    assert sources[-1]["title"] == "Sala kommun: Socialjour"
    assert sources[-1]["url"] == "https://www.sala.se/socialjour"


def test_commit_pending_applies_the_field_being_typed(qtbot, part, folder) -> None:
    select(qtbot, part, STRATEGY)
    qtbot.mouseClick(part.publisher.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(part.publisher.edit, Qt.Key.Key_A, CTRL)
    type_text(part.publisher.edit, "Länsstyrelsen")
    assert part.commit_pending() is True
    assert folder.documents()[STRATEGY]["publisher"] == "Länsstyrelsen"


# --- reorder, remove, reload --------------------------------------------------------------------


def test_alt_down_and_alt_up_move_the_document(qtbot, part, folder) -> None:
    select(qtbot, part, STRATEGY)
    with qtbot.waitSignal(part.changed):
        qtbot.keyClick(part.documents, Qt.Key.Key_Down, ALT)
    assert [d["id"] for d in folder.documents()[:2]] == ["samverkansplan", "strategi"]
    assert part.current_index == 1
    assert part.title.value().startswith("Strategi")
    assert part.up_button.isEnabled()

    qtbot.mouseClick(part.up_button, Qt.MouseButton.LeftButton)
    assert [d["id"] for d in folder.documents()[:2]] == ["strategi", "samverkansplan"]
    assert not part.up_button.isEnabled()


def test_delete_asks_first_and_removes_only_when_confirmed(qtbot, part, folder) -> None:
    select(qtbot, part, COLLABORATION)
    count = len(folder.documents())
    qtbot.keyClick(part.documents, Qt.Key.Key_Delete)
    box = question(qtbot, part)
    assert "Samverkansplan" in box.text()
    answer(qtbot, box, "Avbryt")
    assert len(folder.documents()) == count

    qtbot.mouseClick(part.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(part.changed):
        answer(qtbot, question(qtbot, part), "Ta bort")
    assert [d["id"] for d in folder.documents()].count("samverkansplan") == 0
    assert len(folder.documents()) == count - 1
    assert (folder.root / "samverkansplan.md").is_file()  # the file stays in the folder
    assert part.current_index == COLLABORATION  # the next document is shown
    assert part.file.value() == "" and part.title.value().startswith("Åtgärdskort")


def test_reload_after_revert_keeps_the_selected_document(qtbot, part, folder) -> None:
    select(qtbot, part, CARD)
    type_into(qtbot, part.title.edit, "Nytt namn")
    folder.revert()
    part.reload()
    assert part.current_index == CARD
    assert part.title.value() == "Åtgärdskort: barn, vuxna och djur som far illa"
    assert titles(part)[CARD] == part.title.value()


# --- problems -----------------------------------------------------------------------------------


def test_problems_mark_the_row_and_the_field_and_show_location_goes_there(qtbot, part,
                                                                          folder) -> None:
    folder.set_document_field(CARD, "summary", "")
    part.reload()
    problems = [p for p in check_source(folder) if p.location.part == DOCUMENTS
                and p.location.key == CARD]
    assert [p.code for p in problems] == ["document.no_summary"]
    part.set_problems(problems)
    item = part.documents.topLevelItem(CARD)
    assert not item.icon(0).isNull()
    assert "har ingen sammanfattning" in item.toolTip(0)

    part.show_location(problems[0].location)
    assert part.current_index == CARD
    assert QApplication.focusWidget() is part.summary
    note = part._notes["summary"].label
    assert note.isVisible() and "har ingen sammanfattning" in note.text()

    part.show_location(Location(DOCUMENTS, STRATEGY, "year"))
    assert part.current_index == STRATEGY
    assert QApplication.focusWidget() is part.year.edit
    assert not note.isVisible()  # the strategy has a summary

    part.set_problems([])
    assert part.documents.topLevelItem(CARD).icon(0).isNull()


# --- the preview --------------------------------------------------------------------------------


def test_a_pdf_shows_its_first_page_and_page_count(qtbot, part, pdfs) -> None:
    part.add_pdfs([pdfs.sample])
    qtbot.waitUntil(lambda: part.page_count.text() == "Sidor: 6", timeout=5000)
    pixmap = part.thumbnail.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()
    assert part.thumbnail.isVisible()
    shoot(qtbot, part, "pdf")


def test_the_generated_action_card_says_it_has_no_file(qtbot, part) -> None:
    select(qtbot, part, CARD)
    assert "ingen fil att förhandsvisa" in part.preview_text()
    assert not part.thumbnail.isVisible()
    assert not part.open_editor.isVisible()


def test_markdown_preview_follows_the_file_as_an_editor_saves_it(qtbot, part, folder,
                                                                 monkeypatch) -> None:
    select(qtbot, part, STRATEGY)
    qtbot.waitUntil(lambda: part.page_count.text().startswith("Sidor:"), timeout=15000)
    long_pages = int(part.page_count.text().split()[-1])
    shoot(qtbot, part, "markdown")

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(part.open_editor, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str((folder.root / "strategi.md").resolve())]
    assert opened[0].isLocalFile()

    md = folder.root / "strategi.md"
    original = md.read_text("utf-8")

    def save_as_an_editor_does(text: str) -> None:
        temp = md.with_name(".strategi.md.swp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, md)  # the watched file is replaced, not written in place

    save_as_an_editor_does("# Strategi\n\nEn kort text.\n")
    qtbot.waitUntil(lambda: part.page_count.text().startswith("Sidor:")
                    and int(part.page_count.text().split()[-1]) < long_pages, timeout=15000)
    save_as_an_editor_does(original)  # a second save: the replaced file is watched again
    qtbot.waitUntil(lambda: part.page_count.text() == f"Sidor: {long_pages}", timeout=15000)


def test_markdown_that_cannot_be_rendered_says_why(qtbot, part, folder) -> None:
    (folder.root / "samverkansplan.md").write_text("# Rubrik\n\n<b>html</b>\n", "utf-8")
    select(qtbot, part, COLLABORATION)
    qtbot.waitUntil(lambda: "kunde inte skapas" in part.preview_text(), timeout=15000)
    assert "raw HTML is not supported" in part.preview_text()


def test_nothing_is_clipped_after_switching_between_kinds_of_documents(qtbot, part,
                                                                       pdfs) -> None:
    part.add_pdfs([pdfs.sample])
    pdf_row = part.current_index
    for row in (STRATEGY, CARD, pdf_row, COLLABORATION, CARD, pdf_row):
        select(qtbot, part, row)
        assert settled_problems(qtbot, part) == [], row
    qtbot.waitUntil(lambda: part.page_count.text() == "Sidor: 6", timeout=5000)
    assert settled_problems(qtbot, part) == []
    select(qtbot, part, CARD)
    shoot(qtbot, part, "generated")


def test_every_control_has_a_spoken_name(part, pdfs) -> None:
    from test_accessibility import problems_in

    part.add_pdfs([pdfs.sample])
    add = next(b for b in part.findChildren(QPushButton) if b.text() == "Lägg till källa")
    add.click()  # the table's cell editor too
    # What is inside a FieldBox (its message line takes click focus) is ui/editor/fields.py's.
    found = [p for p in problems_in(part) if "FieldBox <" not in p]
    assert found == [], "\n".join(found)


def test_a_pdf_dropped_on_a_form_field_is_added_not_typed_into_it(qtbot, part, folder, pdfs
                                                                  ) -> None:
    """A file manager's drag carries the file's path as text too: a line edit would paste it
    into the title, and the next Tab would save it there."""
    select(qtbot, part, STRATEGY)
    title = part.title.value()
    before = len(folder.documents())
    assert drop_on(part.title.edit, [pdfs.sample]) == (True, True)
    assert drop_on(part.summary.viewport(), [pdfs.no_outline]) == (True, True)
    assert len(folder.documents()) == before + 2  # each drop added its PDF
    assert titles(part)[-2:] == ["samverkansplan", "utan-innehall"]
    assert str(pdfs.sample.parent) not in part.summary.toPlainText()
    select(qtbot, part, STRATEGY)
    assert part.title.value() == title
    assert str(pdfs.sample.parent) not in folder.catalog_text()


def test_a_pdf_s_creation_date_is_not_taken_for_the_year_it_was_published(tmp_path) -> None:
    """A routine of 2019 scanned today got the year 2026 from the file's creation date, so the
    editor never asked for the year."""
    from PySide6.QtGui import QPainter, QPdfWriter

    from kvinnofrid_desktop.ui.editor.documents import read_pdf_info

    path = tmp_path / "skannad.pdf"
    writer = QPdfWriter(str(path))
    writer.setTitle("Rutin vid hedersrelaterat våld")
    painter = QPainter(writer)
    painter.drawText(100, 100, "Rutin")
    painter.end()
    info = read_pdf_info(path)
    assert info is not None
    assert (info.title, info.year) == ("Rutin vid hedersrelaterat våld", None)
