"""Redaktörsläge's two dialogs as the county's coordinator meets them (issue 20).

Kontrollrunda: Fagersta's sheet goes out as CSV and PDF, comes back filled in the way a
municipality fills it in, and only the changes the coordinator approves reach the source
folder. Publicera: a real build of a source folder made from the default pack, the diff before
signing, the preview in the program's own window, a wrong passphrase that writes nothing, and
a signed .kvpack that the store's import preview accepts with the coordinator's public key.
The file dialogs are Qt's own; the tests answer them by replacing ``file_dialogs``' functions.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from drawn import open_table_bottoms, printed_ink, settled_problems
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QListView
from test_accessibility import assert_accessible

from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.publish import check_version, default_version
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.authoring.verification import COMMENT, CONFIRM, FILLED_BY, sheet_rows
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.install.signing import generate_keypair
from kvinnofrid_desktop.core.install.store import PackStore
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.ui.common import file_dialogs
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine
from kvinnofrid_desktop.ui.common.settings import Settings
from kvinnofrid_desktop.ui.editor.publish import PublishDialog
from kvinnofrid_desktop.ui.editor.sheet_pdf import write_sheet_pdf
from kvinnofrid_desktop.ui.editor.verification import VerificationDialog
from kvinnofrid_desktop.ui.main_window import MainWindow

BUILD_TIMEOUT = 120_000  # ms: the default pack's eight documents, rendered and verified
SIGN_TIMEOUT = 30_000  # ms: Argon2id makes opening the key deliberately slow
PUBLISHER = "Länsstyrelsen Västmanland"
PASSPHRASE = "lanets fras 2026"  # typed with QTest, which knows ASCII keys only
NEWS = "Nytt nummer till socialjouren i Sala."


class FileDialogs:
    """Answers the program's file dialogs: the next path for each save or open; records titles."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.saves: list[Path] = []
        self.opens: list[Path] = []
        self.titles: list[str] = []
        self.suggested: list[Path] = []  # where each save dialog started
        monkeypatch.setattr(file_dialogs, "save_file", self._save)
        monkeypatch.setattr(file_dialogs, "open_file", self._open)

    def _save(self, _parent: object, title: str, suggested: Path, _filters: str
              ) -> tuple[str, str]:
        self.titles.append(title)
        self.suggested.append(suggested)
        return (str(self.saves.pop(0)), "") if self.saves else ("", "")

    def _open(self, _parent: object, title: str, folder: Path, _filters: str, *,
              private: bool = False) -> str:
        self.titles.append(title)
        self.suggested.append(folder)
        return str(self.opens.pop(0)) if self.opens else ""


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    return FileDialogs(monkeypatch)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- Kontrollrunda ----------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(page).text() for page in range(doc.pageCount()))
    doc.close()
    return text


def fill_in(path: Path, answers: dict[str, dict[str, str]]) -> None:
    """What a municipality does in Excel: fill in cells, save as CSV (;-separated, with BOM)."""
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    for row in rows:
        row.update(answers.get(row["id"], {}))
        writer.writerow(row)
    path.write_text(out.getvalue(), encoding="utf-8-sig")


def verification_dialog(qtbot, folder: SourceFolder) -> VerificationDialog:
    dialog = VerificationDialog(folder)
    qtbot.addWidget(dialog)
    return shown(qtbot, dialog)


def shown(qtbot, dialog):
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_sheet_goes_out_comes_back_and_only_approved_changes_are_taken(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    dialog = verification_dialog(qtbot, folder)
    dialog.municipality.setFocus()
    qtbot.keyClicks(dialog.municipality, "Fagersta")  # a combo box finds an item as you type
    assert dialog.current_municipality() == "Fagersta"

    sheet, printable = tmp_path / "ut" / "fagersta", tmp_path / "ut" / "fagersta.pdf"
    sheet.parent.mkdir()
    dialogs.saves += [sheet, printable]  # "fagersta" without a suffix: .csv is added
    click(qtbot, dialog.csv_button)
    sheet = sheet.with_suffix(".csv")
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel's UTF-8 mark
    assert "fagersta.csv" in dialog.message_text()
    click(qtbot, dialog.pdf_button)
    assert "fagersta.pdf" in dialog.message_text()
    text = pdf_text(printable)
    vaxel = folder.contact("fagersta-vaxel")
    assert "Kontrollblad – Fagersta kommun" in text and "verifierad" not in text
    assert vaxel["name"] in text and vaxel["phone"] in text
    for column in ("Stämmer?", "Rättelse", "Ifyllt av"):
        assert column in text
    assert sorted(sheet.parent.iterdir()) == [sheet, printable]  # no temporary files left

    barn = folder.contact("fagersta-orosanmalan-barn")
    jour = folder.contact("fagersta-socialjour")
    fill_in(sheet, {
        "fagersta-vaxel": {"Telefon": "0223-441 00"},
        "fagersta-orosanmalan-barn": {CONFIRM: "ja", FILLED_BY: "Eva Ek"},
        "fagersta-socialjour": {"Telefon": "ring växeln", COMMENT: "Jouren nås via växeln"},
    })
    before = folder.card_text()
    dialogs.opens.append(sheet)
    click(qtbot, dialog.read_button)
    assert folder.card_text() == before  # reading takes nothing
    assert "Fagersta" in dialog.sheet_label.text()
    items = dialog.items()
    texts = [item.text() for item in items]
    # In the sheet's order: Orosanmälan barn, then Växel, then Socialjour.
    assert texts[0].startswith(f"{barn['name']}: bekräftad") and "Eva Ek" in texts[0]
    assert texts[1] == f"{vaxel['name']}: telefon 0223-440 00 → 0223-441 00"
    assert texts[2].startswith(f"{jour['name']}: telefon – → ring växeln – kan inte tas in:")
    assert "telefonnummer" in texts[2]  # the editor's own reason
    checked = [item.checkState() == Qt.CheckState.Checked for item in items]
    assert checked == [True, True, False]
    assert not items[2].flags() & Qt.ItemFlag.ItemIsUserCheckable
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert notes == [f"Kommentar om {jour['name']}: Jouren nås via växeln"]
    assert dialog.notes.isVisible()

    # The coordinator unticks the confirmation with the keyboard; the refused row stays off.
    dialog.changes.setFocus()
    for row in (0, 2):
        dialog.changes.setCurrentRow(row)
        qtbot.keyClick(dialog.changes, Qt.Key.Key_Space)
    assert [i.checkState() == Qt.CheckState.Checked for i in items] == [False, True, False]
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.approve_button)
    assert "Ändringar som togs in: 1." in dialog.message_text()
    assert not dialog.approve_button.isEnabled()  # taken once; nothing else ticked
    assert items[1].text().startswith("Inlagd: ") and not items[0].text().startswith("Inlagd")
    assert not settled_problems(qtbot, dialog)

    assert folder.dirty  # the window saves
    folder.save()
    on_disk = SourceFolder.open(folder.root)
    assert on_disk.contact("fagersta-vaxel")["phone"] == "0223-441 00"
    assert on_disk.contact("fagersta-orosanmalan-barn")["verified"] == barn["verified"]
    assert on_disk.contact("fagersta-socialjour")["phone"] == jour["phone"]
    changed = [c["id"] for c, old in zip(on_disk.contacts(),
                                         SourceFolder.open(create_from_pack(
                                             default_pack_dir(), tmp_path / "orig")).contacts(),
                                         strict=True) if c != old]
    assert changed == ["fagersta-vaxel"]


def test_the_printed_sheet_gives_the_number_as_the_cards_print_it(folder: SourceFolder,
                                                                   tmp_path: Path) -> None:
    """Västerås's sheet printed "021-39 00 00" for reports about children, without the
    "knappval 9" every card prints beside it, and left out the note the card prints under
    the row: the municipality's "ja" did not cover them."""
    text = pdf_text(write_sheet_pdf(folder, "Västerås", tmp_path / "vasteras.pdf"))
    flat = " ".join(text.split())
    # Named as the cards name it (it calls itself Västerås stad), in the cards' words.
    assert "Kontrollblad – Västerås stad" in flat and "Västerås kommun" not in flat
    assert "bekräftad kontrollerad 2026-12-04" in flat and "verifierad" not in flat
    assert re.search(r"021-39 00 00,\s*knappval 9", text)
    assert "Att veta (på kortet): Knappvalet kommer från den nyaste kopian" in flat
    assert "angav knappval 4" in flat


def test_the_sheet_s_table_is_closed_at_each_page_s_foot(folder: SourceFolder,
                                                        tmp_path: Path) -> None:
    """Norberg's sheet goes on over two pages; the last row of the first had no bottom
    border where Qt continued the table by itself."""
    out = write_sheet_pdf(folder, "Norberg", tmp_path / "norberg.pdf")
    assert len(pdf_text(out).split("sida ")) > 2  # two pages at least
    assert open_table_bottoms(str(out), 18, 18) == []


@pytest.mark.parametrize("scheme", ["dark", "high_contrast"])
def test_the_sheet_is_printed_black_on_white_whatever_the_screen_s_colours(
        folder: SourceFolder, tmp_path: Path, screen_scheme, scheme: str) -> None:
    """With a dark or high-contrast scheme on the coordinator's workstation the sheet's text
    took the screen's text colour: light grey or white on white paper, only the table's
    lines and the page footer showed."""
    ink = {}
    for name in ("light", scheme):
        screen_scheme(name)
        ink[name] = printed_ink(str(write_sheet_pdf(folder, "Sala", tmp_path / f"{name}.pdf")))
    assert sum(ink["light"]) > 3000  # the light scheme's sheet: text, not only lines
    assert ink[scheme] == pytest.approx(ink["light"], rel=0.01)


def test_the_sheet_is_offered_in_the_export_folder_the_card_uses(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    """The sheet's save dialog started in the home folder each time, where the card's export
    starts in the folder last saved to; now both share it, and a sheet saved elsewhere
    moves it as a card saved there does."""
    settings = Settings(tmp_path / "s.ini")
    exports = tmp_path / "utskrifter"
    exports.mkdir()
    settings.set_export_folder(exports)
    dialog = VerificationDialog(folder, settings=settings)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    elsewhere = tmp_path / "kommunerna"
    elsewhere.mkdir()
    dialogs.saves += [elsewhere / "blad.pdf", elsewhere / "blad.csv"]
    click(qtbot, dialog.pdf_button)
    assert dialogs.suggested[0].parent == exports
    assert dialogs.suggested[0].name.startswith("kontrollblad-")
    assert settings.export_folder() == elsewhere  # the card's export starts here next
    click(qtbot, dialog.csv_button)
    assert dialogs.suggested[1].parent == elsewhere
    # The returned sheet is looked for there too, not in the home folder.
    click(qtbot, dialog.read_button)
    assert dialogs.suggested[2] == elsewhere


def test_a_sheet_that_cannot_be_saved_says_why_as_pdf_and_as_csv(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    """The PDF in a folder that is gone said "(PDF-filen kunde inte skapas)", no reason, where
    the CSV said that the folder does not exist."""
    dialog = verification_dialog(qtbot, folder)
    gone = tmp_path / "borttagen"
    for button, suffix in ((dialog.csv_button, ".csv"), (dialog.pdf_button, ".pdf")):
        dialogs.saves.append(gone / f"blad{suffix}")
        click(qtbot, button)
        assert dialog.message_text() == (f"Filen kunde inte sparas i {gone / f'blad{suffix}'} "
                                         "(Mappen eller filen finns inte.).")
    assert not gone.exists()


def test_a_new_hours_text_and_a_yes_without_a_source_are_said_in_the_dialog(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    """The walk-through's Köping sheet: a new "Öppettider" for a contact with structured
    hours, and "ja" with a number for a contact that has no source. The first is taken and
    the dialog says the hours behind "öppet nu" were cleared; the second cannot be ticked and
    says why."""
    folder.set_contact_hours("koping-vaxel", [
        {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "08:00", "close": "16:00"}])
    vaxel, vuxna = folder.contact("koping-vaxel"), folder.contact("koping-orosanmalan-vuxna")
    dialog = verification_dialog(qtbot, folder)
    # QTest's keyClicks knows ASCII only: chosen, not typed.
    dialog.municipality.setCurrentIndex(dialog.municipality.findText("Köping"))
    assert dialog.current_municipality() == "Köping"
    sheet = tmp_path / "koping.csv"
    dialogs.saves.append(sheet)
    click(qtbot, dialog.csv_button)
    fill_in(sheet, {
        "koping-vaxel": {"Öppettider": "mån–fre 07.30–16.30"},
        "koping-orosanmalan-vuxna": {"Telefon": "0221-250 00", CONFIRM: "ja"},
    })
    dialogs.opens.append(sheet)
    click(qtbot, dialog.read_button)
    texts = {item.text(): item for item in dialog.items()}
    [yes] = [t for t in texts if t.startswith(f"{vuxna['name']}: bekräftad")]
    assert "kan inte tas in: ange en källa (webbadress) först" in yes
    assert not texts[yes].flags() & Qt.ItemFlag.ItemIsUserCheckable
    [hours] = [t for t in texts if t.startswith(f"{vaxel['name']}: öppettider")]
    assert "tiderna bakom ”öppet nu” (mån–fre 08.00–16.00) tas bort" in hours
    with qtbot.waitSignal(dialog.changed):
        click(qtbot, dialog.approve_button)
    said = dialog.message_text()
    assert "Ändringar som togs in: 2." in said  # the hours text and the number
    assert (f"Se över: {vaxel['name']}: öppettiderna bakom ”öppet nu” (mån–fre 08.00–16.00) "
            "togs bort") in said and "under Kontakter" in said
    assert folder.contact("koping-vaxel")["hours"] is None
    assert folder.contact("koping-orosanmalan-vuxna")["status"] == "missing"


def test_no_row_of_a_long_sheet_is_cut_by_a_page_end(folder: SourceFolder,
                                                      tmp_path: Path) -> None:
    """A row cut by a page end split its answer boxes in two; a page the table goes on to
    starts with its header."""
    rows = sheet_rows(folder, "Västerås")
    for n, row in enumerate(rows, 1):  # rows some 4 cm high: several pages, ends everywhere
        hours = f"Rad {n}: " + " ".join(["vardagar 08.00–16.30"] * (6 + n % 4))
        folder.set_contact_field(row.contact_id, "hours_text", hours)
    out = write_sheet_pdf(folder, "Västerås", tmp_path / "vasteras.pdf")
    doc = QPdfDocument()
    assert doc.load(str(out)) == QPdfDocument.Error.None_
    pages = ["".join(doc.getAllText(i).text().split()) for i in range(doc.pageCount())]
    doc.close()
    assert len(pages) >= 3
    for n, row in enumerate(sheet_rows(folder, "Västerås"), 1):
        hours = "".join(row.hours_text.split())
        assert sum(page.count(hours) for page in pages) == 1, f"row {n} is cut by a page end"
    header = "NrRollochnamnTelefon/e-postÖppettider"
    for number, page in enumerate(pages[1:], 2):
        assert page.startswith(header), f"page {number}: {page[:60]}"
        assert page.endswith(f"sida{number}av{len(pages)}")


def test_a_file_that_is_no_sheet_is_refused_and_nothing_changes(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    dialog = verification_dialog(qtbot, folder)
    other = tmp_path / "adresser.csv"
    other.write_text("namn;telefon\nEva;021-10 00 00\n", encoding="utf-8")
    before = folder.card_text()
    dialogs.opens.append(other)
    click(qtbot, dialog.read_button)
    message = dialog.message_text()
    assert "adresser.csv kunde inte läsas in" in message
    assert "inget kontrollblad" in message and "Inget har ändrats" in message
    assert dialog.items() == [] and not dialog.approve_button.isEnabled()
    assert folder.card_text() == before and not folder.dirty
    assert not settled_problems(qtbot, dialog)


def test_a_pdf_chosen_after_a_sheet_clears_the_sheet_s_changes_and_says_what_to_do(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    """A PDF picked by mistake threw a csv.Error traceback on the terminal, and the previous
    sheet's label and ticked changes stayed, ready to approve under the new file's name."""
    dialog = verification_dialog(qtbot, folder)
    sheet = tmp_path / "vasteras.csv"
    dialog.municipality.setCurrentIndex(dialog.municipality.findText("Västerås"))
    dialogs.saves.append(sheet)
    click(qtbot, dialog.csv_button)
    fill_in(sheet, {"vasteras-vaxel": {"Telefon": "021-39 00 01", COMMENT: "nytt nummer"}})
    dialogs.opens.append(sheet)
    click(qtbot, dialog.read_button)
    assert len(dialog.items()) == 1 and dialog.approve_button.isEnabled()
    picked = tmp_path / "vasteras.pdf"
    write_sheet_pdf(folder, "Västerås", picked)
    dialogs.opens.append(picked)
    click(qtbot, dialog.read_button)
    message = dialog.message_text()
    assert message.startswith("vasteras.pdf kunde inte läsas in: filen kunde inte läsas som ett "
                              "kontrollblad: spara den som CSV (semikolonavgränsad) i Excel")
    assert dialog.items() == [] and not dialog.approve_button.isEnabled()
    assert "vasteras.csv" not in dialog.sheet_label.text()
    assert not dialog.notes.isVisible()
    assert not folder.dirty


def test_a_yes_beside_a_note_the_municipality_wrote_is_not_ticked_and_the_note_is_listed(
        qtbot, folder: SourceFolder, dialogs: FileDialogs, tmp_path: Path) -> None:
    """Text typed into "Att veta" (not read back) was dropped without a word, and the row's
    ticked "ja" confirmed the note the municipality said was wrong."""
    dialog = verification_dialog(qtbot, folder)
    dialog.municipality.setCurrentIndex(dialog.municipality.findText("Västerås"))
    sheet = tmp_path / "vasteras.csv"
    dialogs.saves.append(sheet)
    click(qtbot, dialog.csv_button)
    fill_in(sheet, {"vasteras-socialjour": {
        "Att veta (kortets anteckning)": "Faxen är nedlagd, ta bort den", CONFIRM: "ja"}})
    dialogs.opens.append(sheet)
    click(qtbot, dialog.read_button)
    name = folder.contact("vasteras-socialjour")["name"]
    [item] = dialog.items()
    assert item.text() == (f"{name}: bekräftad ({dt.date.today().isoformat()}) – inte "
                           "förbockad: kommunen skrev i Att veta, som inte läses in")
    assert item.checkState() == Qt.CheckState.Unchecked
    assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable  # the coordinator may still take it
    assert not dialog.approve_button.isEnabled()
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert notes == [f"Kommentar om {name}: Kommunen skrev i Att veta (läses inte in): Faxen "
                     "är nedlagd, ta bort den"]
    assert dialog.notes.isVisible()


def test_the_verification_dialog_speaks(qtbot, folder: SourceFolder) -> None:
    assert_accessible(verification_dialog(qtbot, folder))


# --- Publicera --------------------------------------------------------------------------------


def files_of(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def publish_dialog(qtbot, folder: SourceFolder, previous: Path | None = None,
                   ) -> PublishDialog:
    dialog = PublishDialog(folder, engine_factory=QtPdfEngine, previous=previous,
                           preview_window=MainWindow)
    qtbot.addWidget(dialog)
    return shown(qtbot, dialog)


def test_a_version_that_does_not_follow_the_previous_is_refused_at_the_field(
        qtbot, folder: SourceFolder) -> None:
    dialog = publish_dialog(qtbot, folder, default_pack_dir())
    previous = Pack.open(default_pack_dir()).manifest.version
    assert dialog.version.value() == default_version(previous)
    assert previous in dialog.previous_label.text()
    dialog.version.edit.selectAll()
    qtbot.keyClicks(dialog.version.edit, previous)  # the pack the workstations have already
    assert dialog.version.message.isVisible()  # marked while typing
    click(qtbot, dialog.build_button)
    assert dialog.phase() == "editing"
    assert dialog.version.refused == check_version(previous, previous)
    assert dialog.version.message.text() == check_version(previous, previous)
    assert not folder.dirty and folder.pack_field("version") == previous  # nothing written
    assert not dialog.sign_box.isEnabled() and not dialog.preview_button.isEnabled()
    assert not settled_problems(qtbot, dialog)
    assert_accessible(dialog)


def test_at_its_smallest_the_publish_dialog_draws_every_row_whole(
        qtbot, folder: SourceFolder, tmp_path: Path) -> None:
    # An unreadable previous pack: the dialog opens with its message shown, the most it has.
    dialog = publish_dialog(qtbot, folder, tmp_path / "inget-paket")
    assert dialog.message.isVisible()
    dialog.resize(dialog.minimumSize())  # 640 × 635 on the laptop it was seen on
    qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSize())
    assert not settled_problems(qtbot, dialog)
    news = dialog.news.geometry()
    count = dialog.news_count.geometry()
    assert count.top() > news.bottom(), (news, count)  # the count under the box, not in it
    assert dialog.news.height() == dialog.news.minimumHeight()  # four lines, not squeezed


def test_the_publish_dialog_reports_the_build_in_english_too(qtbot, folder: SourceFolder) -> None:
    """The English dialog read "[1/8] strategi: 13 sidor" while building and "Kontakt …: ny",
    "Ändrat dokument: …" in its list of changes."""
    from language import interface_language

    folder.set_contact_field("sala-socialjour", "phone", "0224-555 00")
    sala = "Sala, " + folder.contact("sala-socialjour")["name"]  # ten have a socialjour
    with interface_language("en"):
        dialog = publish_dialog(qtbot, folder, default_pack_dir())
        shown: list[str] = []
        dialog._progressed.connect(lambda _line: shown.append(dialog.progress_text.text()))
        click(qtbot, dialog.build_button)
        qtbot.waitUntil(lambda: dialog.phase() != "building", timeout=BUILD_TIMEOUT)
        assert dialog.phase() == "built", dialog.message_text()
        changes = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
        built = dialog.progress_text.text()
        dialog.close()
    # Its size as English writes numbers ("2,0 MB" had the Swedish decimal comma).
    assert re.fullmatch(r"Built: 8 documents, \d+ pages, \d+\.\d MB\.", built), built
    assert shown and all(re.match(r"^\[\d+/8\] [\w-]+: \d+ pages?$", line) for line in shown), \
        shown
    assert any(line.startswith(f"Contact {sala}: ") and "0224-555 00" in line
               for line in changes), changes


def test_publish_lists_the_warnings_the_editor_shows(qtbot, folder: SourceFolder) -> None:
    """The editor said "Varningar: 9" and Publicera then "Inga problem: paketet är helt."."""
    from kvinnofrid_desktop.core.authoring.checks import WARNING, check_source

    docs = folder.documents()
    folder.set_document_field(2, "summary", "")
    folder.set_document_field(3, "title", docs[0]["title"])
    warned = [p.problem.message for p in check_source(folder) if p.severity == WARNING]
    assert len(warned) == 2

    dialog = publish_dialog(qtbot, folder, default_pack_dir())
    click(qtbot, dialog.build_button)
    qtbot.waitUntil(lambda: dialog.phase() != "building", timeout=BUILD_TIMEOUT)
    assert dialog.phase() == "built", dialog.message_text()  # warnings do not stop it
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["Inga fel. 2 varningar:", *(f"Varning: {w}" for w in warned)]
    assert f"'{docs[0]['title']}' är också titeln på dokument 1 i listan" in problems[2]
    assert not settled_problems(qtbot, dialog)
    dialog.close()


def test_publish_build_diff_preview_and_sign(qtbot, folder: SourceFolder, env: SimpleNamespace,
                                             dialogs: FileDialogs, tmp_path: Path) -> None:
    key = tmp_path / "nycklar" / "lan.key"
    key.parent.mkdir()
    generate_keypair(key, publisher=PUBLISHER, passphrase=PASSPHRASE)  # pack keygen --passphrase
    folder.set_contact_field("sala-socialjour", "phone", "0224-555 00")
    folder.stamp_verified("sala-socialjour")
    sala = "Sala, " + folder.contact("sala-socialjour")["name"]  # ten have a socialjour

    dialog = publish_dialog(qtbot, folder, default_pack_dir())
    version = dialog.version.value()
    dialog.news.setFocus()
    qtbot.keyClicks(dialog.news, NEWS)
    assert dialog.news_count.text().startswith(f"{len(NEWS)} av högst 2000")
    on_disk = files_of(folder.root)
    assert dialog.build_note.isVisible() and "ändrar inte källmappen" in dialog.build_note.text()
    click(qtbot, dialog.build_button)
    assert dialog.phase() == "building" and dialog.progress.isVisible()
    assert folder.dirty  # building saves nothing: the edits stay unsaved until published
    assert not dialog.close_button.isEnabled() and not dialog.build_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.phase() != "building", timeout=BUILD_TIMEOUT)
    assert dialog.phase() == "built", dialog.message_text()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["Inga problem: paketet är helt."]
    changes = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert any(line.startswith(f"Kontakt {sala}: ") and "0224-555 00" in line
               for line in changes), changes
    assert re.fullmatch(r"Byggt: 8 dokument, \d+ sidor, \d+,\d MB\.",
                        dialog.progress_text.text()), dialog.progress_text.text()
    assert not dialog.progress.isVisible()  # shown while the worker builds
    assert dialog.sign_box.isEnabled()  # only now, after the diff was shown
    assert files_of(folder.root) == on_disk  # the build had the edits, the folder has not
    assert not settled_problems(qtbot, dialog)

    # The preview: the program's own window on the built pack, with settings of its own.
    click(qtbot, dialog.preview_button)
    window = dialog.preview_window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert window.pack.manifest.version == version
    assert version in window.pack_label.text()
    assert "Förhandsgranskning" in window.windowTitle() and version in window.windowTitle()
    assert not env.settings.exists()  # the user's settings file is never touched
    window.show_tab("action_card")
    window.close()

    # A wrong passphrase: a message, nothing written, and the dialog stays usable.
    target = tmp_path / "ut" / "kvinnofrid"
    target.parent.mkdir()
    dialog.key_edit.setFocus()
    dialogs.opens.append(key)
    click(qtbot, dialog.key_button)
    assert dialog.key_edit.text() == str(key)
    qtbot.keyClicks(dialog.passphrase, "fel fras")
    dialogs.saves.append(target)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.phase() != "signing", timeout=SIGN_TIMEOUT)
    assert dialog.phase() == "built"
    assert "Fel lösenfras" in dialog.message_text()
    assert list(target.parent.iterdir()) == []
    assert not (dialog.built / "manifest.sig").exists()
    assert dialog.sign_button.isEnabled() and dialog.close_button.isEnabled()

    # The public half chosen by mistake: said so, nothing written.
    dialog.key_edit.setText(f"{key}.pub")
    dialogs.saves.append(target)
    click(qtbot, dialog.sign_button)
    qtbot.waitUntil(lambda: dialog.phase() != "signing", timeout=SIGN_TIMEOUT)
    assert "Nyckelfilen lan.key.pub kan inte användas" in dialog.message_text()
    assert list(target.parent.iterdir()) == []

    dialog.key_edit.setText(str(key))
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialogs.saves.append(target)
    with qtbot.waitSignal(dialog.published, timeout=SIGN_TIMEOUT) as published:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter signs once it is built
    saved = target.with_suffix(".kvpack")
    assert published.args == [saved]
    assert list(target.parent.iterdir()) == [saved]
    message = dialog.message_text()
    assert str(saved) in message and PUBLISHER in message
    assert f"Källmappen är sparad med version {version}." in message
    assert dialog.passphrase.text() == ""
    # Published: the source folder now holds what was published, the version and the edits.
    assert not folder.dirty
    on_disk_now = SourceFolder.open(folder.root)
    assert on_disk_now.pack_field("version") == version
    assert on_disk_now.pack_field("news") == NEWS
    assert on_disk_now.contact("sala-socialjour")["phone"] == "0224-555 00"

    # What every workstation will do with it: the import preview, with the coordinator's key.
    preview = PackStore().preview_import(saved, trust_keys=[Path(f"{key}.pub")])
    assert preview.refusal is None, preview.refusal
    assert preview.signature.status == "verified"
    assert preview.signature.key_id in message
    assert preview.version == version
    assert preview.news == NEWS
    assert any(c.contact_id == "sala-socialjour" for c in preview.contacts)

    built = dialog.built
    click(qtbot, dialog.close_button)
    assert not built.exists()  # the dialog's temporary folder is gone; the .kvpack stays
    assert saved.is_file()


def names_listed(box: QFileDialog) -> set[str]:
    """The files the file dialog lists for choosing (a file its filter hides is not listed,
    or listed greyed out)."""
    view = box.findChild(QListView, "listView")
    model, root = view.model(), view.rootIndex()
    found = set()
    for row in range(model.rowCount(root)):
        index = model.index(row, 0, root)
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            found.add(index.data())
    return found


def test_the_key_chooser_lists_the_key_pack_keygen_wrote(qtbot, folder: SourceFolder,
                                                         tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "hem"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # the chooser starts in the home folder
    key = home / "lansstyrelsen"  # pack keygen ~/lansstyrelsen, as docs/editor.md has it
    generate_keypair(key, publisher=PUBLISHER)
    dialog = publish_dialog(qtbot, folder)
    listed: list[set[str]] = []

    def choose() -> None:  # Qt's own file dialog, as the coordinator sees it
        box = QApplication.activeModalWidget()
        assert isinstance(box, QFileDialog)
        try:
            qtbot.waitUntil(lambda: key.name in names_listed(box), timeout=5000)
            listed.append(names_listed(box))
            name = box.findChild(QLineEdit, "fileNameEdit")
            qtbot.keyClicks(name, key.name)
            qtbot.keyClick(name, Qt.Key.Key_Return)
        finally:
            if box.isVisible():
                box.reject()

    QTimer.singleShot(0, lambda: qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), QFileDialog)) or choose())
    dialog.choose_key()  # what Välj… does; the button is enabled once a pack is built
    assert listed and key.name in listed[0]
    assert dialog.key_edit.text() == str(key)
