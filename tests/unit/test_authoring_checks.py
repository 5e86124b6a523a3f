"""The editor's checks: when a contact's status changes, what the contact lacks is named at
the contact, and a step naming it is not said to name a contact that does not exist; a scanned
PDF, two documents of one title and an official PDF without publisher or year are named at
their documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from packtools import scanned_pdf

from kvinnofrid_desktop.core.authoring.checks import (
    CONTACTS,
    DOCUMENTS,
    ERROR,
    OTHER,
    WARNING,
    Location,
    PdfCheckCache,
    check_source,
)
from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.source_folder import PdfInfo, SourceFolder
from kvinnofrid_desktop.core.bundled import default_pack_dir


@pytest.fixture
def folder(tmp_path: Path) -> SourceFolder:
    return SourceFolder.open(create_from_pack(default_pack_dir(), tmp_path / "src"))


@pytest.mark.parametrize(("contact_id", "status", "fallback", "lacks"), [
    ("arboga-orosanmalan-barn", "unverified", None, "telefon eller e-post krävs"),  # no number
    # Marked missing it gets the switchboard and 112; with those taken away, it lacks them.
    ("sala-socialjour", "missing", [], "måste hänvisa till en verifierad reservkontakt"),
])
def test_a_new_status_names_what_the_contact_lacks(folder: SourceFolder, contact_id: str,
                                                   status: str, fallback: list[str] | None,
                                                   lacks: str) -> None:
    folder.set_contact_field(contact_id, "status", status)
    if fallback is not None:
        assert folder.contact(contact_id).get("fallback")
        assert not any(lacks in p.text_sv() for p in check_source(folder))
        folder.set_contact_field(contact_id, "fallback", fallback)
    found = [p for p in check_source(folder) if lacks in p.text_sv()]
    assert [(p.location.part, p.location.key) for p in found] == [(CONTACTS, contact_id)]
    if fallback is not None:  # placed where the editor now has a field for it
        assert found[0].location.field == "fallback"
    assert [p.text_sv() for p in check_source(folder) if "finns inte" in p.text_sv()] == []


def test_a_step_naming_a_contact_that_is_not_there_is_still_an_error(folder: SourceFolder
                                                                     ) -> None:
    assert folder.card is not None
    step = folder.card["subjects"][0]["steps"][0]
    step["contacts"] = [*step["contacts"], "sala-finns-ej"]
    found = check_source(folder)
    assert [(p.code, p.location.part) for p in found if "finns inte" in p.text_sv()] == [
        ("card.unknown_contact", OTHER)]
    assert "kontakten 'sala-finns-ej' finns inte" in found[0].text_sv()


def test_the_card_parser_itself_calls_no_existing_contact_unknown(folder: SourceFolder) -> None:
    """`pack build` and `pack verify` read the card with the same parser: a contact left out
    for its own problems is reported at it, and its mentions are not "finns inte"."""
    from kvinnofrid_desktop.core.card.model import parse_action_card
    from kvinnofrid_desktop.core.pack.problems import PackError

    folder.set_contact_field("arboga-orosanmalan-barn", "status", "unverified")
    with pytest.raises(PackError) as raised:
        parse_action_card(folder.card)
    codes = [p.code for p in raised.value.problems]
    assert codes and "card.unknown_contact" not in codes


# --- opening-hours rows that overlap (the walk-through's t02: accepted silently) -----------------

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
NO_OVERLAP = [  # rows that only touch, or are in other seasons
    [{"days": WEEKDAYS, "open": "08:00", "close": "12:00"},  # lunch closed
     {"days": WEEKDAYS, "open": "13:00", "close": "16:00"},
     {"days": ["sat"], "open": "12:00", "close": "00:00"},
     {"days": ["sun"], "open": "00:00", "close": "06:00"}],
    [{"days": ["mon"], "open": "08:00", "close": "16:30", "from": "09-01", "to": "05-31"},
     {"days": ["mon"], "open": "08:00", "close": "16:00", "from": "06-01", "to": "08-31"}],
]


@pytest.mark.parametrize(("rows", "said"), [
    # Monday 12–17 is in both rows: at 13.00 the card said "till 17.00" of a service open to 20.
    ([{"days": ["mon"], "open": "08:00", "close": "17:00"},
      {"days": ["mon"], "open": "12:00", "close": "20:00"}],
     "rad 1 och rad 2 gäller samma tid (mån 08.00–17.00 och mån 12.00–20.00)"),
    # Monday twice: once among the weekdays, once alone.
    ([{"days": WEEKDAYS, "open": "08:00", "close": "17:00"},
      {"days": ["mon"], "open": "08:00", "close": "17:00"}],
     "rad 1 och rad 2 gäller samma tid (mån–fre 08.00–17.00 och mån 08.00–17.00)"),
    # A night running into the next day's morning.
    ([{"days": ["sun"], "open": "22:00", "close": "08:00", "overnight": True},
      {"days": ["mon"], "open": "07:00", "close": "12:00"}],
     "rad 1 och rad 2 gäller samma tid (sön 22.00–08.00 och mån 07.00–12.00)"),
])
def test_overlapping_hours_rows_are_a_problem_at_the_hours(folder: SourceFolder,
                                                           rows: list, said: str) -> None:
    cid = "koping-vaxel"
    folder.set_contact_hours(cid, rows)
    found = [p for p in check_source(folder) if p.code == "contact.hours_overlap"]
    assert [(p.severity, p.location.part, p.location.key, p.location.field)
            for p in found] == [("error", CONTACTS, cid, "hours")]
    assert said in found[0].text_sv()
    for fine in NO_OVERLAP:  # and nothing where the rows do not overlap
        folder.set_contact_hours(cid, fine)
        assert [p for p in check_source(folder) if p.code == "contact.hours_overlap"] == []


# --- what the walk-through with real-world PDFs found silent ------------------------------------


@pytest.fixture
def pdfs(qapp: object) -> PdfCheckCache:
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

    return PdfCheckCache(QtPdfEngine())


def added(folder: SourceFolder, pdf: Path, pdfs: PdfCheckCache, title: str) -> int:
    index = folder.add_pdf(pdf, engine=pdfs.engine, info=PdfInfo(title, "Köpings kommun", 2024))
    folder.set_document_field(index, "summary", "Köpings rutin.")
    return index


def test_a_scanned_pdf_is_a_warning_at_its_file(folder: SourceFolder, pdfs: PdfCheckCache,
                                                tmp_path: Path) -> None:
    """Three pages of images: nothing the search can find, and nothing said about it."""
    index = added(folder, scanned_pdf(tmp_path / "skannad.pdf", 3), pdfs, "Hedersrutin")
    found = [p for p in check_source(folder, pdfs=pdfs) if p.code == "document.no_text"]
    assert [(p.severity, p.location) for p in found] == [
        (WARNING, Location(DOCUMENTS, index, "file"))]
    assert found[0].problem.message == (
        "'Hedersrutin' har ingen text som går att söka i (inskannad?). Sökningen hittar inget "
        "i den; lägg helst till en PDF med text")


@pytest.mark.parametrize(("text_pages", "said"), [
    ((1,), "'Hedersrutin': 2 av 3 sidor har ingen text som går att söka i (inskannade?)"),
    ((1, 2), None),  # one page of three without text (a scanned appendix): no warning
])
def test_a_pdf_with_half_its_pages_scanned_is_a_warning(folder: SourceFolder,
                                                        pdfs: PdfCheckCache, tmp_path: Path,
                                                        text_pages: tuple[int, ...],
                                                        said: str | None) -> None:
    added(folder, scanned_pdf(tmp_path / "delvis.pdf", 3, text_pages=text_pages), pdfs,
          "Hedersrutin")
    found = [p.problem.message for p in check_source(folder, pdfs=pdfs)
             if p.code == "document.no_text"]
    assert [m[:len(said)] for m in found] == ([said] if said else [])


def test_two_documents_of_one_title_are_a_warning_at_the_second(folder: SourceFolder) -> None:
    docs = folder.documents()
    folder.set_document_field(1, "title", f" {docs[0]['title'].upper()} ")
    found = [p for p in check_source(folder) if p.code == "document.duplicate_title"]
    assert [(p.severity, p.location) for p in found] == [
        (WARNING, Location(DOCUMENTS, 1, "title"))]
    assert found[0].problem.message.endswith(
        f"är också titeln på dokument 1 i listan (id {docs[0]['id']}); ge dem olika titlar, "
        "annars går de inte att skilja åt i Publikationer och bland sökträffarna")


def test_an_official_pdf_without_publisher_and_year_asks_for_them(folder: SourceFolder,
                                                                   pdfs: PdfCheckCache,
                                                                   tmp_path: Path) -> None:
    """'Lägg till PDF' no longer writes the pack's own publisher and this year: the editor
    asks for what the PDF does not say."""
    index = folder.add_pdf(scanned_pdf(tmp_path / "rutin.pdf", 1, text_pages=(1,)),
                           engine=pdfs.engine)
    found = {p.code: p for p in check_source(folder, pdfs=pdfs)
             if p.location == Location(DOCUMENTS, index, p.location.field)}
    publisher, year = found["document.no_publisher"], found["document.no_year"]
    assert (publisher.severity, publisher.location.field) == (ERROR, "publisher")
    assert publisher.problem.message == (
        "utgivaren saknas: skriv vem som gav ut dokumentet (myndigheten, kommunen eller "
        "organisationen); programmet kan inte veta det")
    assert (year.severity, year.location.field) == (WARNING, "year")
    assert year.problem.message == ("'rutin': året saknas; skriv vilket år dokumentet gavs ut "
                                    "(det står ofta på första sidan)")
    folder.set_document_field(index, "publisher", "Köpings kommun")
    folder.set_document_field(index, "year", 2023)
    assert not [p for p in check_source(folder, pdfs=pdfs)
                if p.code in ("document.no_publisher", "document.no_year")]
