"""The editor's pure core: a source folder edited, checked, saved, drafted, created (issue 20).

No Qt event loop: the PDF engine (QtPdf) needs only a QCoreApplication, as ``pack build``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF

from kvinnofrid_desktop.core.authoring.build import build_pack
from kvinnofrid_desktop.core.authoring.checks import (
    CONTACTS,
    DOCUMENTS,
    ERROR,
    WARNING,
    PdfCheckCache,
    check_source,
    errors,
)
from kvinnofrid_desktop.core.authoring.new_source import create_from_pack, create_from_template
from kvinnofrid_desktop.core.authoring.source_folder import (
    DRAFT_NAME,
    ROLE_SUBJECTS,
    FieldError,
    SourceFolder,
    check_hours_row,
    check_url,
    pdf_info,
)
from kvinnofrid_desktop.core.bundled import content_source_dir, default_pack_dir
from kvinnofrid_desktop.core.card.model import ROLES, load_action_card
from kvinnofrid_desktop.core.pack.problems import PackError
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

# The PDF engine needs a Qt application; made as the suite's QApplication (a bare
# QCoreApplication here would stop every later widget test).
pytestmark = pytest.mark.usefixtures("qapp")

ENGINE = QtPdfEngine()
TODAY = dt.date(2027, 1, 15)


def make_pdf(path: Path, *, pages: int = 1, password: str | None = None) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=14)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Sida {n + 1}")
    if password:
        pdf.set_encryption(owner_password="agare", user_password=password)
    pdf.output(str(path))
    return path


@pytest.fixture
def src(tmp_path: Path) -> Path:
    return create_from_pack(default_pack_dir(), tmp_path / "src")


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


# --- creating and saving ------------------------------------------------------------------------


def test_created_from_the_default_pack_it_is_the_default_packs_own_sources(src: Path) -> None:
    for name in ("catalog.toml", "action_card.json", "strategi.md", "synonyms.toml"):
        assert (src / name).read_bytes() == (content_source_dir() / name).read_bytes()


def test_saving_without_changes_rewrites_nothing(src: Path) -> None:
    folder = SourceFolder.open(src)
    assert not folder.dirty
    before = {p.name: p.read_bytes() for p in src.iterdir()}
    folder.save()
    assert {p.name: p.read_bytes() for p in src.iterdir()} == before


def test_one_field_changed_changes_one_line_and_keeps_comments(src: Path) -> None:
    catalog_before = (src / "catalog.toml").read_text(encoding="utf-8")
    card_before = (src / "action_card.json").read_text(encoding="utf-8")
    folder = SourceFolder.open(src)
    folder.set_document_field(1, "title", "Samverkansplanen")
    folder.set_contact_field("sala-socialjour", "phone", "0224-555 00", TODAY)
    assert folder.dirty
    folder.save()
    catalog_after = (src / "catalog.toml").read_text(encoding="utf-8")
    card_after = (src / "action_card.json").read_text(encoding="utf-8")
    assert len(changed_lines(catalog_before, catalog_after)) == 2  # one line out, one in
    assert "# Pinned so that rebuilding" in catalog_after
    assert changed_lines(card_before, card_after) == [
        '-  "phone": "021-39 20 66",'.replace("  ", "      ", 1),
        '+  "phone": "0224-555 00",'.replace("  ", "      ", 1)]
    assert not folder.dirty and not (src / DRAFT_NAME).exists()


def test_a_key_added_goes_where_the_format_lists_it(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.set_contact_field("sala-vaxel", "source_date", "2026-01-02", TODAY)
    folder.set_contact_field("sala-vaxel", "note", "", TODAY)  # empty: the key goes
    keys = list(folder.contact("sala-vaxel"))
    assert keys[-1] == "source_date" and "note" not in keys
    assert keys.index("verified") < keys.index("source_date")


def test_stamp_verified_today(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.stamp_verified("sala-vaxel", TODAY)  # was unverified
    assert folder.contact("sala-vaxel")["verified"] == "2027-01-15"
    assert folder.contact("sala-vaxel")["status"] == "verified"
    folder.stamp_verified("fagersta-socialjour", TODAY)  # missing stays missing
    assert folder.contact("fagersta-socialjour")["status"] == "missing"


def test_a_document_s_tab_and_provenance_can_be_changed(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.set_document_field(0, "tab", "publication")
    folder.set_document_field(0, "provenance", "official")
    assert (folder.documents()[0]["tab"], folder.documents()[0]["provenance"]) == (
        "publication", "official")
    with pytest.raises(FieldError, match="okänd flik"):
        folder.set_document_field(0, "tab", "nyheter")
    with pytest.raises(FieldError, match="okänt ursprung"):
        folder.set_document_field(0, "provenance", "gissat")


# --- bad input is refused at its field ----------------------------------------------------------

REFUSED = [
    ("contact", "sala-socialjour", "phone", "021-39 20 66 eller 112", "telefonnummer"),
    ("contact", "sala-socialjour", "source", "sala.se/jour", "ingen webbadress"),
    ("contact", "sala-socialjour", "verified", "2099-01-01", "framtiden"),
    ("contact", "sala-socialjour", "municipality", "Uppsala", "okänd kommun"),
    ("contact", "sala-socialjour", "email", "jour(at)sala.se", "e-postadress"),
    ("document", 0, "id", "samverkansplan", "används redan"),
    ("document", 0, "id", "Strategi Ny", "små bokstäver"),
    ("document", 0, "title", "  ", "tomt"),
]


@pytest.mark.parametrize(("kind", "key", "field", "value", "says"), REFUSED)
def test_a_bad_value_is_refused_and_nothing_changes(src: Path, kind: str, key: object,
                                                    field: str, value: str, says: str) -> None:
    folder = SourceFolder.open(src)
    before = (folder.catalog_text(), folder.card_text())
    with pytest.raises(FieldError, match=says):
        if kind == "contact":
            folder.set_contact_field(str(key), field, value, TODAY)
        else:
            folder.set_document_field(int(key), field, value)  # type: ignore[call-overload]
    assert (folder.catalog_text(), folder.card_text()) == before
    assert not folder.dirty


def test_opening_hours_that_end_before_they_start_are_refused(src: Path) -> None:
    row = {"days": ["mon"], "open": "17:00", "close": "16:00"}
    assert "före den börjar" in (check_hours_row(row) or "")
    assert check_hours_row({**row, "overnight": True}) is None
    assert check_hours_row({"days": ["fri"], "open": "16:30", "close": "00:00"}) is None
    assert "veckodag" in (check_hours_row({"days": [], "open": "08:00", "close": "12:00"})
                          or "")
    folder = SourceFolder.open(src)
    before = folder.card_text()
    with pytest.raises(FieldError, match="rad 2: tiden slutar 16:00"):
        folder.set_contact_hours("sala-orosanmalan-barn",
                                 [{"days": ["tue"], "open": "08:00", "close": "12:00"}, row])
    assert folder.card_text() == before
    folder.set_contact_hours("sala-orosanmalan-barn",
                             [{"days": ["wed", "mon"], "open": "08:00", "close": "12:00"}])
    assert folder.contact("sala-orosanmalan-barn")["hours"] == [
        {"days": ["mon", "wed"], "open": "08:00", "close": "12:00"}]


def test_urls() -> None:
    assert check_url("https://www.sala.se/a ; https://www.vasteras.se/b") is None
    assert check_url("www.sala.se") is not None
    assert check_url("https://sala") is not None
    assert check_url("ftp://sala.se/x") is not None


def test_an_unreadable_or_encrypted_pdf_is_refused_and_nothing_is_copied(
        src: Path, tmp_path: Path) -> None:
    folder = SourceFolder.open(src)
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.7\ninget mer")
    locked = make_pdf(tmp_path / "låst.pdf", password="hemligt")
    for pdf, code in ((broken, "pdf.invalid"), (locked, "pdf.encrypted")):
        with pytest.raises(PackError) as caught:
            folder.add_pdf(pdf, engine=ENGINE)
        assert caught.value.code == code
    assert not (src / "docs").exists() and not folder.dirty


def test_an_empty_file_is_called_empty(src: Path, tmp_path: Path) -> None:
    folder = SourceFolder.open(src)
    (tmp_path / "Tom fil.pdf").write_bytes(b"")
    with pytest.raises(PackError) as caught:
        folder.add_pdf(tmp_path / "Tom fil.pdf", engine=ENGINE)
    assert str(caught.value.first) == ("Tom fil.pdf: filen är tom (0 byte); kopiera PDF-filen "
                                       "på nytt från originalet [pdf.zero_bytes]")


def test_an_official_pdf_is_never_presented_as_the_pack_s_own(src: Path, tmp_path: Path
                                                              ) -> None:
    """'Lägg till PDF' wrote the pack's publisher ("… (sammanställning i programmet)") and this
    year into Köping's routine. What the PDF says of itself is taken; what it does not say is
    left for the coordinator to fill in (the checks ask for it)."""
    folder = SourceFolder.open(src)
    pdf = make_pdf(tmp_path / "Rutin_hedersvald.pdf")
    told = folder.add_pdf(pdf, engine=ENGINE, info=pdf_info(
        "Rutin vid hedersrelaterat våld", "Köpings kommun", 2023))
    silent = folder.add_pdf(pdf, engine=ENGINE, info=pdf_info("", "", None))
    docs = folder.documents()
    assert {k: docs[told][k] for k in ("title", "publisher", "year", "provenance")} == {
        "title": "Rutin vid hedersrelaterat våld", "publisher": "Köpings kommun",
        "year": 2023, "provenance": "official"}
    assert docs[silent]["title"] == "Rutin hedersvald" and docs[silent]["publisher"] == ""
    assert "year" not in docs[silent]
    assert folder.pack_field("publisher") not in (docs[told]["publisher"],
                                                  docs[silent]["publisher"])


@pytest.mark.parametrize(("title", "author", "year", "taken"), [
    ("Microsoft Word - rutin.docx", "  ", 2019, (None, None, 2019)),
    ("Untitled", "Sala kommun", 1899, (None, "Sala kommun", None)),
    ("  Riktlinjer\n för   stöd ", "Region Västmanland", 2999,
     ("Riktlinjer för stöd", "Region Västmanland", None)),
])
def test_what_a_pdf_says_of_itself_is_taken_only_when_it_says_something(
        title: str, author: str, year: int, taken: tuple[object, ...]) -> None:
    info = pdf_info(title, author, year, today=TODAY)
    assert (info.title, info.author, info.year) == taken


def test_add_move_and_remove_documents(src: Path, tmp_path: Path) -> None:
    folder = SourceFolder.open(src)
    count = len(folder.documents())
    i = folder.add_pdf(make_pdf(tmp_path / "Rutin för orosanmälan.pdf", pages=2),
                       engine=ENGINE)
    j = folder.add_pdf(make_pdf(tmp_path / "Rutin för orosanmälan 2.pdf"), engine=ENGINE)
    docs = folder.documents()
    assert (i, j) == (count, count + 1)
    assert docs[i]["id"] == "rutin-for-orosanmalan" and docs[i]["title"] == \
        "Rutin för orosanmälan" and docs[i]["file"] == "docs/rutin-for-orosanmalan.pdf"
    assert (src / "docs" / "rutin-for-orosanmalan.pdf").is_file()
    folder.move_document(j, 0)
    assert folder.documents()[0]["id"] == "rutin-for-orosanmalan-2"
    folder.set_document_sources(0, [{"title": "Kommunen", "url": "https://www.sala.se/",
                                     "checked": "2027-01-10"}], TODAY)
    folder.set_document_original(0, {"title": "Rutin", "publisher": "Sala kommun",
                                     "pages": 4})
    folder.remove_document(1)
    folder.save()
    reread = SourceFolder.open(src).documents()
    assert [d["id"] for d in reread][:2] == ["rutin-for-orosanmalan-2", "samverkansplan"]
    assert reread[0]["sources"][0]["url"] == "https://www.sala.se/"
    assert reread[0]["original"] == {"title": "Rutin", "publisher": "Sala kommun", "pages": 4}
    text = (src / "catalog.toml").read_text(encoding="utf-8")
    assert "\n\n[[document]]\nid = \"rutin-for-orosanmalan-2\"" in text


# --- the draft ------------------------------------------------------------------------------------


def test_a_draft_keeps_unsaved_changes_for_the_next_session(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.set_contact_field("sala-socialjour", "phone", "0224-555 00", TODAY)
    folder.write_draft()
    assert (src / DRAFT_NAME).is_file()
    # The program died here; the next session finds the draft.
    again = SourceFolder.open(src)
    assert not again.dirty
    draft = again.find_draft()
    assert draft is not None and draft.based_on_current
    again.restore_draft(draft)
    assert again.contact("sala-socialjour")["phone"] == "0224-555 00" and again.dirty
    again.save()
    assert SourceFolder.open(src).find_draft() is None


def test_a_draft_equal_to_the_files_is_not_offered(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.write_draft()  # nothing unsaved: no draft at all
    assert not (src / DRAFT_NAME).exists()
    (src / DRAFT_NAME).write_text("{ trasig", encoding="utf-8")
    assert SourceFolder.open(src).find_draft() is None


# --- checks ---------------------------------------------------------------------------------------


def test_the_default_sources_have_no_errors(src: Path) -> None:
    folder = SourceFolder.open(src)
    problems = check_source(folder, pdfs=PdfCheckCache(ENGINE), today=dt.date(2026, 12, 5))
    assert errors(problems) == []


def test_problems_point_to_their_field(src: Path, tmp_path: Path) -> None:
    folder = SourceFolder.open(src)
    # Possible field by field, wrong together: a shown contact without a source.
    folder.set_contact_field("fagersta-socialjour", "status", "unverified", TODAY)
    i = folder.add_pdf(make_pdf(tmp_path / "ny.pdf"), engine=ENGINE)
    problems = check_source(folder, pdfs=PdfCheckCache(ENGINE), today=dt.date(2026, 12, 5))
    by_code = {p.code: p for p in problems}
    source = by_code["card.no_source"]
    assert source.severity == ERROR
    assert (source.location.part, source.location.key, source.location.field) == \
        (CONTACTS, "fagersta-socialjour", "source")
    summary = by_code["document.no_summary"]
    assert summary.severity == WARNING
    assert (summary.location.part, summary.location.key, summary.location.field) == \
        (DOCUMENTS, i, "summary")
    assert problems[0].severity == ERROR  # errors first


def test_a_stale_contact_is_a_warning(src: Path) -> None:
    problems = check_source(SourceFolder.open(src), today=dt.date(2028, 1, 1))
    stale = [p for p in problems if p.code == "contact.stale"]
    assert stale and all(p.severity == WARNING for p in stale)
    assert stale[0].location.field == "verified"


def test_a_number_written_into_a_missing_contact_is_not_hidden_silently(src: Path) -> None:
    # The card shows a missing contact's fallbacks: the number typed in would never be seen.
    folder = SourceFolder.open(src)
    assert not [p for p in check_source(folder, today=TODAY) if p.code == "contact.hidden_number"]
    folder.set_contact_field("arboga-orosanmalan-barn", "phone", "0589-870 10", TODAY)
    hidden = [p for p in check_source(folder, today=TODAY) if p.code == "contact.hidden_number"]
    assert len(hidden) == 1 and hidden[0].severity == WARNING
    assert (hidden[0].location.key, hidden[0].location.field) == ("arboga-orosanmalan-barn",
                                                                  "status")
    assert "0589-870 10 visas inte" in str(hidden[0].problem)
    folder.set_contact_field("arboga-orosanmalan-barn", "status", "unverified", TODAY)
    assert not [p for p in check_source(folder, today=TODAY) if p.code == "contact.hidden_number"]


def test_a_broken_pdf_put_in_by_hand_is_found(src: Path) -> None:
    folder = SourceFolder.open(src)
    i = folder.add_pdf(make_pdf(src.parent / "a.pdf"), engine=ENGINE)
    (src / folder.documents()[i]["file"]).write_bytes(b"not a pdf")
    problems = check_source(folder, pdfs=PdfCheckCache(ENGINE), today=TODAY)
    pdf = next(p for p in problems if p.code == "pdf.invalid")
    assert (pdf.location.part, pdf.location.key) == (DOCUMENTS, i)


# --- creating from a pack and from the template -------------------------------------------------


def test_a_source_derived_from_a_built_pack_rebuilds_it(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), pack)  # not the default's folder: derived, not copied
    src = create_from_pack(pack, tmp_path / "src")
    text = (src / "catalog.toml").read_text(encoding="utf-8")
    assert 'generated = "action_card"' in text and 'file = "docs/strategi.pdf"' in text
    rebuilt = tmp_path / "rebuilt"
    build_pack(src, rebuilt, engine=ENGINE)
    old = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    new = json.loads((rebuilt / "manifest.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in new["documents"]] == [d["id"] for d in old["documents"]]
    assert [d["sources"] for d in new["documents"]] == [d["sources"] for d in old["documents"]]
    assert (rebuilt / "action_card.json").read_bytes() == (pack / "action_card.json").read_bytes()
    with pytest.raises(PackError, match="redan"):
        create_from_pack(pack, src)


def test_the_empty_template_opens_and_says_what_is_missing(tmp_path: Path) -> None:
    src = create_from_template(tmp_path / "ny", publisher="Länsstyrelsen Västmanland",
                               today=dt.date.today())
    folder = SourceFolder.open(src)
    assert folder.documents() == []
    sala = [c for c in folder.contacts() if c.get("municipality") == "Sala"]
    assert {c["status"] for c in sala} == {"missing"} and len(sala) == 4
    problems = check_source(folder, today=dt.date.today())
    assert [p.code for p in errors(problems)] == ["field.missing"]  # no documents yet
    assert {p.code for p in problems if p.severity == WARNING} == {"document.empty_tab"}
    new_id = folder.add_contact("Sala", "support")
    assert folder.contact(new_id)["fallback"] == ["nod-112"]
    with pytest.raises(FieldError, match="okänd kommun"):
        folder.add_contact("Uppsala", "support")


def test_a_new_contact_shows_under_the_subjects_its_role_belongs_to(src: Path) -> None:
    """A new report-of-concern number for children showed under Vuxna too, and a new animal
    welfare contact not under Djur at all (every new contact got barn and vuxna)."""
    assert set(ROLE_SUBJECTS) == set(ROLES)
    folder = SourceFolder.open(src)
    child = folder.add_contact("Arboga", "report_child")
    animals = folder.add_contact(None, "animal_welfare")
    switchboard = folder.add_contact("Arboga", "switchboard")
    folder.set_contact_field(child, "phone", "0589-870 00")
    folder.save()
    card = load_action_card(folder.root / folder.card_rel)
    arboga = {s: [c.id for c in card.contacts_for("Arboga", s)] for s in ("barn", "vuxna", "djur")}
    assert child in arboga["barn"] and child not in arboga["vuxna"] + arboga["djur"]
    assert animals in arboga["djur"] and animals not in arboga["barn"] + arboga["vuxna"]
    assert all(switchboard in ids for ids in arboga.values())


def test_a_new_contact_falls_back_on_its_municipality_s_switchboard_then_112(src: Path
                                                                             ) -> None:
    """As the county's card does: while a new contact's number is missing, the card offers
    the municipality's switchboard (when it has a number), then 112."""
    folder = SourceFolder.open(src)
    assert folder.contact(folder.add_contact("Arboga", "support"))["fallback"] == [
        "arboga-vaxel", "nod-112"]
    assert folder.contact(folder.add_contact("Arboga", "switchboard"))["fallback"] == [
        "nod-112"]
    assert folder.contact(folder.add_contact(None, "support"))["fallback"] == ["nod-112"]
    assert not folder.contact("norberg-vaxel").get("phone")  # its number is missing too
    assert folder.contact(folder.add_contact("Norberg", "support"))["fallback"] == ["nod-112"]


def test_a_contact_marked_missing_gets_a_fallback_the_card_accepts(src: Path) -> None:
    """Marking a verified number missing (its page is gone) left an entry the card refuses
    ("en saknad uppgift måste hänvisa till en verifierad reservkontakt"), and the editor had
    no field for it. It now gets a new entry's start; the fallback is the coordinator's to
    change, and what the card would refuse is refused at the field."""
    folder = SourceFolder.open(src)
    assert not folder.contact("sala-orosanmalan-vuxna").get("fallback")
    folder.set_contact_field("sala-orosanmalan-vuxna", "status", "missing")
    assert folder.contact("sala-orosanmalan-vuxna")["fallback"] == ["sala-vaxel", "nod-112"]
    assert not [p for p in check_source(folder, today=TODAY) if p.location.key ==
                "sala-orosanmalan-vuxna" and p.code.startswith("card.")]
    folder.set_contact_field("sala-orosanmalan-vuxna", "fallback",
                             ["sala-socialjour", "nod-112"])
    assert folder.contact("sala-orosanmalan-vuxna")["fallback"] == ["sala-socialjour", "nod-112"]
    for bad, reason in ((["nod-112", "nod-112"], "två gånger"),
                        (["arboga-orosanmalan-barn"], "saknar själv uppgifter"),
                        (["sala-orosanmalan-vuxna"], "sin egen reserv"),
                        (["finns-inte"], "finns inte")):
        with pytest.raises(FieldError, match=reason):
            folder.set_contact_field("sala-orosanmalan-vuxna", "fallback", bad)
    assert folder.contact("sala-orosanmalan-vuxna")["fallback"] == ["sala-socialjour", "nod-112"]
    # A fallback it already has is kept when it is marked missing again.
    folder.set_contact_field("sala-orosanmalan-vuxna", "status", "verified")
    folder.set_contact_field("sala-orosanmalan-vuxna", "status", "missing")
    assert folder.contact("sala-orosanmalan-vuxna")["fallback"] == ["sala-socialjour", "nod-112"]
    # A switchboard marked missing does not fall back on itself.
    folder.set_contact_field("sala-vaxel", "status", "missing")
    assert folder.contact("sala-vaxel")["fallback"] == ["nod-112"]


def test_subjects_are_some_of_the_three_and_never_none(src: Path) -> None:
    folder = SourceFolder.open(src)
    folder.set_contact_field("sala-socialjour", "subjects", ["djur", "barn"])
    assert folder.contact("sala-socialjour")["subjects"] == ["barn", "djur"]  # the card's order
    before = folder.card_text()
    with pytest.raises(FieldError, match="minst ett"):  # none would mean all three to the card
        folder.set_contact_field("sala-socialjour", "subjects", [])
    with pytest.raises(FieldError, match="barn, vuxna, djur"):
        folder.set_contact_field("sala-socialjour", "subjects", ["katter"])
    assert folder.card_text() == before
