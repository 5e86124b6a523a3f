"""Two answers of a returned verification sheet the QA walk-through followed to the card.

B. A corrected "Öppettider" changed only the displayed text: the structured hours behind "öppet
   nu" stayed, and Köping's card said "nu: Öppet nu, till 08.00" above "tider: Vardagar
   17.00–08.00". Taking such a text now clears the structured hours (the card then says
   nothing about open or closed, instead of something wrong) and says so, with the old hours,
   when the change is listed and when it is taken.
C. The municipality's "ja" on a contact without a source made it verified without a source,
   and the folder could no longer be published ("en kontaktuppgift utan källa får inte
   visas"), with nothing said. The card format's source is a web address (the editor's Källa
   field, the sheet's column and the card's source link all take it as one), so such a "ja"
   is refused with the reason, until a source is given.

Pure: no Qt.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.authoring.checks import ERROR, check_source
from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.authoring.verification import (
    CONFIRM,
    NEEDS_SOURCE,
    apply_change,
    read_sheet,
    write_sheet_csv,
)
from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.model import check_phone, parse_action_card
from kvinnofrid_desktop.core.pack.problems import PackError

TODAY = dt.date(2026, 12, 6)
JOUR = "vasteras-socialjour"
VUXNA = "koping-orosanmalan-vuxna"  # missing: no number, no source


@pytest.fixture
def folder(tmp_path: Path) -> SourceFolder:
    return SourceFolder.open(create_from_pack(default_pack_dir(), tmp_path / "src"))


def filled_sheet(folder: SourceFolder, municipality: str, answers: dict[str, dict[str, str]],
                 path: Path) -> Path:
    """The sheet as written, filled in as a municipality does in Excel."""
    write_sheet_csv(folder, municipality, path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    for row in rows:
        row.update(answers.get(row["id"], {}))
        writer.writerow(row)
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    return path


def take_all(folder: SourceFolder, path: Path) -> list[str | None]:
    return [apply_change(folder, change, TODAY)
            for change in read_sheet(folder, path, today=TODAY).changes
            if change.problem is None]


# --- B: a new hours text clears the hours behind "öppet nu", and says so -----------------------


def test_a_new_hours_text_clears_the_structured_hours_and_says_so(folder: SourceFolder,
                                                                   tmp_path: Path) -> None:
    assert folder.contact(JOUR)["hours"] and folder.contact(JOUR)["holiday_hours"]
    plain = "vasteras-orosanmalan-vuxna"
    folder.contact(plain)["hours"] = None  # a text with no structured hours behind it
    sheet = filled_sheet(folder, "Västerås", {
        JOUR: {"Öppettider": "Vardagar 17.00–08.00"},
        plain: {"Öppettider": "vardagar 08.00–16.30"}}, tmp_path / "vasteras.csv")
    text_only, change = read_sheet(folder, sheet, today=TODAY).changes  # the sheet's order
    # Said before it is taken …
    assert "tiderna bakom ”öppet nu” (mån–tors 16.30–00.00" in change.describe_sv()
    assert "öppet nu" not in text_only.describe_sv()
    nothing, note = take_all(folder, sheet)
    # … and when it is taken, with the old hours to put in again.
    assert nothing is None and folder.contact(plain)["hours_text"] == "vardagar 08.00–16.30"
    assert note is not None and note.startswith(f"{folder.contact(JOUR)['name']}: ")
    assert "mån–tors 16.30–00.00, fre 16.30–01.00" in note and "Kontakter" in note
    jour = folder.contact(JOUR)
    assert jour["hours_text"] == "Vardagar 17.00–08.00"
    assert jour["hours"] is None
    for key in ("holiday_hours", "before_holiday_opens", "hours_confirmed"):
        assert key not in jour
    assert folder.card is not None
    card = parse_action_card(folder.card, today=TODAY)  # still a card that builds
    # 16.45 on a Monday: the old hours said "öppet nu"; now the card does not know.
    assert card.contact(JOUR).is_open(dt.datetime(2026, 12, 7, 16, 45)) is None
    assert [p for p in check_source(folder, today=TODAY) if p.severity == ERROR] == []


# --- C: "ja" on a contact without a source -------------------------------------------------------


def test_a_yes_on_a_contact_without_a_source_is_refused_with_the_reason(
        folder: SourceFolder, tmp_path: Path) -> None:
    assert folder.contact(VUXNA)["source"] is None
    sheet = filled_sheet(folder, "Köping", {VUXNA: {"Telefon": "0221-250 00", CONFIRM: "ja"}},
                         tmp_path / "koping.csv")
    phone, yes = read_sheet(folder, sheet, today=TODAY).changes
    assert (phone.field, phone.problem) == ("phone", None)  # the number can be taken
    assert yes.field == "verified" and yes.problem == NEEDS_SOURCE
    assert "ange en källa (webbadress) först" in NEEDS_SOURCE
    with pytest.raises(FieldError, match="ange en källa"):
        apply_change(folder, yes, TODAY)
    take_all(folder, sheet)
    vuxna = folder.contact(VUXNA)
    assert (vuxna["phone"], vuxna["status"]) == ("0221-250 00", "missing")
    # The folder can still be published (a number not shown is a warning, not an error).
    assert [p.text_sv() for p in check_source(folder, today=TODAY)
            if p.severity == ERROR] == []


def test_a_yes_whose_source_was_not_taken_is_refused_when_taken(folder: SourceFolder,
                                                                tmp_path: Path) -> None:
    # The coordinator ticks off the source and keeps the "ja": nothing verified without one.
    sheet = filled_sheet(folder, "Köping", {VUXNA: {
        "Telefon": "0221-250 00", "Källa": "https://koping.se/socialtjanst", CONFIRM: "ja"}},
        tmp_path / "koping.csv")
    phone, source, yes = read_sheet(folder, sheet, today=TODAY).changes
    assert (phone.problem, source.problem, yes.problem) == (None, None, None)
    apply_change(folder, phone, TODAY)
    before = folder.card_text()
    with pytest.raises(FieldError, match="ange en källa"):
        apply_change(folder, yes, TODAY)
    assert folder.card_text() == before  # nothing half taken
    # With the source taken first (the dialog takes them in the sheet's order), it is taken.
    apply_change(folder, source, TODAY)
    apply_change(folder, yes, TODAY)
    vuxna = folder.contact(VUXNA)
    assert (vuxna["status"], vuxna["source"], vuxna["verified"]) == \
        ("verified", "https://koping.se/socialtjanst", TODAY.isoformat())
    assert [p for p in check_source(folder, today=TODAY) if p.severity == ERROR] == []


# --- the dial note and the note: what the cards print beside the number ------------------------

BARN = "vasteras-orosanmalan-barn"  # the city's switchboard, knappval 9


def test_the_sheet_gives_the_dial_note_and_the_note_as_the_card_prints_them(
        folder: SourceFolder, tmp_path: Path) -> None:
    """Västerås's row for reports about children read "021-39 00 00" with no "knappval 9",
    though every card prints it: a "ja" dated the contact as checked and nobody had seen the
    menu choice. The note the card prints under the row ("an older page gave knappval 4") was
    not on the sheet either."""
    path = write_sheet_csv(folder, "Västerås", tmp_path / "vasteras.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    [row] = [r for r in rows if r["id"] == BARN]
    contact = folder.contact(BARN)
    assert row["Telefon"] == "021-39 00 00" and row["Knappval"] == "knappval 9"
    assert row["Att veta (kortets anteckning)"] == contact["note"]
    assert "knappval 4" in row["Att veta (kortets anteckning)"]


def test_a_new_dial_note_is_read_back_and_checked_and_the_note_is_not_taken(
        folder: SourceFolder, tmp_path: Path) -> None:
    """The Knappval column comes back as a proposed change, checked as the editor checks it;
    the note column is the coordinator's text, shown for the municipality to read: what it
    writes there is not taken (a correction goes under "Rättelse eller kommentar")."""
    sheet = filled_sheet(folder, "Västerås", {
        BARN: {"Knappval": "knappval 4", "Att veta (kortets anteckning)": "ny text"},
        "vasteras-vaxel": {"Knappval": "<b>9</b>"},
    }, tmp_path / "vasteras.csv")
    changes = read_sheet(folder, sheet, today=TODAY).changes
    assert [(c.contact_id, c.field, c.old, c.new) for c in changes] == [
        (BARN, "dial_note", "knappval 9", "knappval 4"),
        ("vasteras-vaxel", "dial_note", "", "<b>9</b>")]
    assert changes[0].problem is None and "utan < och >" in str(changes[1].problem)
    # Said once: "knappval knappval 9 → knappval 4" named the field twice.
    assert changes[0].describe_sv().endswith(": knappval 9 → knappval 4")
    assert "knappval knappval" not in changes[0].describe_sv()
    assert changes[1].describe_sv().endswith(": knappval – → <b>9</b>")
    said = take_all(folder, sheet)
    assert folder.contact(BARN)["dial_note"] == "knappval 4"
    assert "ny text" not in str(folder.contact(BARN)["note"])
    # The note speaks of a menu choice too ("En äldre version … angav knappval 4 …"): after
    # the new one it may say the opposite, so the coordinator is told to read it.
    assert "knappval" in str(folder.contact(BARN)["note"])
    assert any(n and "knappvalet är nu ”knappval 4”" in n and "anteckningen" in n
               for n in said), said


def test_a_sheet_sent_out_before_the_knappval_column_is_still_read(
        folder: SourceFolder, tmp_path: Path) -> None:
    """A sheet written before the column came back without it: its rows are read as before
    and the dial note is left as it is."""
    sheet = filled_sheet(folder, "Västerås", {BARN: {CONFIRM: "ja"}}, tmp_path / "old.csv")
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
    out = io.StringIO()
    keep = [h for h in rows[0] if h not in ("Knappval", "Att veta (kortets anteckning)")]
    writer = csv.DictWriter(out, fieldnames=keep, delimiter=";", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    sheet.write_text(out.getvalue(), encoding="utf-8-sig")
    changes = read_sheet(folder, sheet, today=TODAY).changes
    assert [(c.contact_id, c.field) for c in changes] == [(BARN, "verified")]
    take_all(folder, sheet)
    assert folder.contact(BARN)["dial_note"] == "knappval 9"


# --- answers the walk-through of the verification round lost or took wrongly -----------------

VAXEL = "region-vaxel"  # 021-17 30 00


def test_a_number_whose_leading_zero_excel_dropped_is_refused(folder: SourceFolder,
                                                             tmp_path: Path) -> None:
    """Excel reads "0211730000" as a number and writes 211730000: the change was ticked, the
    pack built, and the card printed "21173000"."""
    sheet = filled_sheet(folder, "Västerås", {VAXEL: {"Telefon": "21173000"}},
                         tmp_path / "vasteras.csv")
    [change] = read_sheet(folder, sheet, today=TODAY).changes
    assert (change.field, change.new) == ("phone", "21173000")
    assert change.problem is not None and "Excel kan ha tagit bort nollan" in change.problem
    assert check_phone("211730000") is not None
    # The short national numbers stay numbers, and so does every number of the default pack.
    for short in ("112", "113 13", "114 14", "116 006", "116 111", "1177", "90101",
                  "+46 21 17 30 00"):
        assert check_phone(short) is None, short
    phones = [c["phone"] for c in folder.contacts() if c.get("phone")]
    assert "116 006" in phones and "114 14" in phones
    assert [(p, check_phone(p)) for p in phones if check_phone(p) is not None] == []


def test_a_yes_on_a_row_whose_correction_was_refused_cannot_be_taken(folder: SourceFolder,
                                                                    tmp_path: Path) -> None:
    """Excel's AutoCorrect wrote the new number with an en dash: the number was refused, the
    "ja" beside it stayed ticked, and approving dated the old number as confirmed today."""
    sala = "sala-orosanmalan-vuxna"
    before = folder.contact(sala)["verified"]
    sheet = filled_sheet(folder, "Sala", {sala: {"Telefon": "0224–74 96 31", CONFIRM: "ja"}},
                         tmp_path / "sala.csv")
    phone, yes = read_sheet(folder, sheet, today=TODAY).changes
    assert phone.problem is not None and "tankstreck" in phone.problem
    assert yes.field == "verified"
    assert yes.problem is not None
    assert yes.problem.startswith("en rättelse på raden kunde inte godkännas (telefon)")
    with pytest.raises(FieldError, match="kunde inte godkännas"):
        apply_change(folder, yes, TODAY)
    assert folder.contact(sala)["verified"] == before


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_excel_s_unicode_text_is_read(folder: SourceFolder, tmp_path: Path,
                                      delimiter: str) -> None:
    """Excel's "Unicode-text" is UTF-16 with a byte order mark and tabs: reading it threw a
    csv.Error traceback."""
    sheet = filled_sheet(folder, "Västerås", {VAXEL: {"Telefon": "021-17 30 01"}},
                         tmp_path / "vasteras.csv")
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    sheet.write_bytes(out.getvalue().encode("utf-16"))  # with its byte order mark
    assert sheet.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    [change] = read_sheet(folder, sheet, today=TODAY).changes
    assert (change.contact_id, change.new, change.problem) == (VAXEL, "021-17 30 01", None)


def test_a_file_the_csv_reader_cannot_read_says_to_save_it_as_csv(tmp_path: Path,
                                                                  folder: SourceFolder) -> None:
    for name, content in (("valt.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\r<<\x00>>\r"),
                          ("trasig.txt", b"id;Telefon\r\nab\rcd;e\n")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(PackError) as raised:
            read_sheet(folder, path, today=TODAY)
        [problem] = raised.value.problems
        assert problem.message == ("filen kunde inte läsas som ett kontrollblad: spara den som "
                                   "CSV (semikolonavgränsad) i Excel"), name


def test_a_no_without_a_correction_and_an_answer_that_is_neither_are_listed(
        folder: SourceFolder, tmp_path: Path) -> None:
    """"nej" with nothing corrected, "jaa" and "ja, men se not" vanished: the coordinator
    never learnt that the contact is disputed. "ja." is the sheet's "ja"."""
    barn, vuxna, jour = "sala-orosanmalan-barn", "sala-orosanmalan-vuxna", "sala-socialjour"
    sheet = filled_sheet(folder, "Sala", {
        barn: {CONFIRM: "nej"}, vuxna: {CONFIRM: "jaa"}, jour: {CONFIRM: "ja, men se not"},
        "sala-vaxel": {CONFIRM: "Ja."}}, tmp_path / "sala.csv")
    reading = read_sheet(folder, sheet, today=TODAY)
    assert [(c.contact_id, c.field) for c in reading.changes] == [("sala-vaxel", "verified")]
    name = {cid: folder.contact(cid)["name"] for cid in (barn, vuxna, jour)}
    assert (name[barn], "kommunen svarade ”nej” men skrev ingen rättelse; fråga kommunen vad "
            "som är fel") in reading.comments
    said = "\n".join(reading.problems)
    assert f"({name[vuxna]}): svaret ”jaa” under Stämmer är varken ja eller nej" in said
    assert f"({name[jour]}): svaret ”ja, men se not” under Stämmer" in said
    assert len(reading.problems) == 2


def test_what_the_municipality_wrote_in_the_note_column_is_listed_and_its_yes_not_ticked(
        folder: SourceFolder, tmp_path: Path) -> None:
    """"Faxen är nedlagd sedan 2026, ta bort den" in Att veta was dropped without a word, and
    the row's "ja" confirmed the note the municipality said was wrong. A note sent back as it
    was printed says nothing."""
    sheet = filled_sheet(folder, "Västerås", {
        JOUR: {"Att veta (kortets anteckning)": "Faxen är nedlagd sedan 2026, ta bort den",
               CONFIRM: "ja"},
        BARN: {CONFIRM: "ja"}}, tmp_path / "vasteras.csv")
    reading = read_sheet(folder, sheet, today=TODAY)
    assert reading.comments == ((folder.contact(JOUR)["name"], "Kommunen skrev i Att veta "
                                 "(läses inte in): Faxen är nedlagd sedan 2026, ta bort den"),)
    yes = {c.contact_id: c for c in reading.changes if c.field == "verified"}
    assert yes[JOUR].problem is None and "Att veta" in yes[JOUR].review
    assert yes[BARN].review == ""  # its note came back as printed


def test_a_bare_digit_in_knappval_is_read_as_knappval(folder: SourceFolder,
                                                     tmp_path: Path) -> None:
    """"9" in Knappval went onto the card as a lone "9" under the number."""
    sheet = filled_sheet(folder, "Västerås", {VAXEL: {"Knappval": "9"}, BARN: {"Knappval": "9"}},
                         tmp_path / "vasteras.csv")
    [change] = read_sheet(folder, sheet, today=TODAY).changes  # BARN has knappval 9 already
    assert (change.contact_id, change.new, change.problem) == (VAXEL, "knappval 9", None)


def test_a_county_line_corrected_on_one_sheet_says_it_changes_every_card(
        folder: SourceFolder, tmp_path: Path) -> None:
    """Fagersta's sheet lists the county's lines too; a new number for Länsstyrelsen's
    switchboard there read like a change for Fagersta, though it changes every municipality's
    card."""
    sheet = filled_sheet(folder, "Fagersta", {
        "lansstyrelsen-vaxel": {"Telefon": "010-224 90 01"},
        "fagersta-vaxel": {"Telefon": "0223-441 00"},
    }, tmp_path / "fagersta.csv")
    said = {c.contact_id: c.describe_sv() for c in read_sheet(folder, sheet, today=TODAY).changes}
    assert said["lansstyrelsen-vaxel"].endswith(
        "010-224 90 01 (gäller hela länet, inte bara den här kommunen)")
    assert "gäller" not in said["fagersta-vaxel"]


def test_who_filled_in_a_correction_is_kept_with_it(folder: SourceFolder,
                                                    tmp_path: Path) -> None:
    """"Ifyllt av" was kept only beside a "ja": a correction without one lost who wrote it."""
    sheet = filled_sheet(folder, "Fagersta", {
        "fagersta-vaxel": {"Telefon": "0223-441 00", "Ifyllt av": "Eva Svensson"},
    }, tmp_path / "fagersta.csv")
    [change] = read_sheet(folder, sheet, today=TODAY).changes
    assert (change.field, change.comment) == ("phone", "Eva Svensson")
