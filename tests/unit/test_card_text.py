"""The action card's printable text (the pack's card PDF is built from it): titles as written,
numbers and dates that no line or table cell can split, 112 only for emergencies."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.model import ActionCard, load_action_card
from kvinnofrid_desktop.core.card.text import (
    NB_HYPHEN,
    NBSP,
    ROLE_LABELS_SV,
    as_sentence,
    card_markdown,
    checked_text_sv,
    jour_hours_sv,
    missing_text,
    municipality_name,
    unbroken,
    urgent_title,
)


@pytest.fixture(scope="module")
def card() -> ActionCard:
    return load_action_card(default_pack_dir() / "action_card.json")


def test_titles_are_printed_as_written() -> None:
    assert as_sentence("Finns det djur i hemmet?") == "Finns det djur i hemmet?"
    assert as_sentence("Vad händer efter anmälan") == "Vad händer efter anmälan."
    assert urgent_title("Akut fara: ring 112") == "Akut fara: ring 112"
    assert urgent_title("Ring polisen") == "Akut: Ring polisen"


def test_the_card_markdown_keeps_numbers_and_dates_whole(card: ActionCard) -> None:
    text = card_markdown(card)
    assert "?." not in text and not re.search(r"AKUT\W+Akut", text, re.IGNORECASE)
    for c in card.contacts:
        if c.phone and c.status != "missing":
            assert c.phone.replace(" ", NBSP).replace("-", NB_HYPHEN) in text, c.id
    # The PDF writer breaks after an ordinary hyphen: dates use the non-breaking one.
    assert re.search(f"kontrollerad \\d{{4}}{NB_HYPHEN}\\d\\d{NB_HYPHEN}\\d\\d", text)
    assert not re.search(r"kontrollerad \d{4}-", text)


def test_the_check_date_spans_every_part_of_the_card(card: ActionCard) -> None:
    # The card's own date is its latest review; contacts read earlier keep their older date.
    contact_dates = sorted(c.verified for c in card.contacts)
    oldest, newest = card.checked_range()
    assert oldest == contact_dates[0] < newest == max(contact_dates[-1], card.checked)
    assert checked_text_sv(card) == f"mellan {oldest} och {newest}"
    assert f"kontrollerades mellan {oldest.replace('-', NB_HYPHEN)} och " in card_markdown(card)
    same_day = replace(card, contacts=tuple(replace(c, verified=card.checked)
                                            for c in card.contacts),
                       subjects=tuple(replace(s, steps=(), sign_groups=())
                                      for s in card.subjects))
    assert same_day.checked_range() == (card.checked, card.checked)
    assert checked_text_sv(same_day) == card.checked


def test_a_missing_number_never_presents_112_as_its_number(card: ActionCard) -> None:
    rows = [line for line in card_markdown(card).splitlines() if "Uppgift saknas." in line]
    assert rows
    for row in rows:
        assert "i stället: 112" not in row and "112 – nödnummer" not in row
        assert row.count("Vid akut fara: 112.") == 1


def test_a_fallback_without_a_number_is_not_offered(card: ActionCard) -> None:
    """"Använd i stället: Norbergs kommun, växel ." offered a switchboard whose own number is
    missing; the printed card names only fallbacks that can be called."""
    missing = next(c for c in card.contacts if c.status == "missing" and c.fallback)
    numberless = next(c for c in card.contacts if not (c.phone or c.email))
    callable_ = [f for ref in missing.fallback if (f := card.contact(ref)) is not None
                 and f.role != "emergency" and (f.phone or f.email)]
    assert callable_  # the test needs one that is offered
    text = missing_text(replace(missing, fallback=(numberless.id, *missing.fallback)), card)
    assert numberless.name not in text
    assert all(f.name in text for f in callable_)


def test_a_switchboard_in_the_jour_s_place_is_said_to_answer_in_office_hours_only(
        card: ActionCard) -> None:
    """The printed card offered "Använd i stället: Köpings kommun, växel 0221-250 00" for the
    missing socialjour: paper has no clock, and at 22.00 the switchboard is closed."""
    jour = next(c for c in card.contacts if c.role == "out_of_hours" and c.status == "missing"
                and c.municipality == "Köping")
    text = missing_text(jour, card)
    assert "växel 0221-250 00 (bara under kontorstid)" in text, text
    assert text.endswith("Vid akut fara: 112.")
    report = next(c for c in card.contacts if c.role == "report_adult"
                  and c.status == "missing" and c.municipality == "Köping")
    assert "kontorstid" not in missing_text(report, card)


def test_a_municipality_is_named_as_its_switchboard_names_it(card: ActionCard) -> None:
    """The printed cards' headings said "Köping kommun" beside "Köpings kommun, växel"."""
    switchboards = {c.municipality: c.name.removesuffix(", växel") for c in card.contacts
                    if c.role == "switchboard" and c.municipality and c.name.endswith(", växel")}
    assert len(switchboards) >= 6  # the test needs the names the card itself uses
    for municipality, name in switchboards.items():
        assert municipality_name(municipality) == name
    assert municipality_name("Köping") == "Köpings kommun"
    assert municipality_name("Västerås") == "Västerås stad"


def test_the_printed_county_jour_names_where_it_is_confirmed_and_old_sources_their_year(
        card: ActionCard) -> None:
    text = card_markdown(card)
    row = next(line for line in text.splitlines() if line.startswith("| Socialjour")
               and "(bekräftad för" in line and "021" in line)
    assert "bara för Hallstahammar, Sala, Västerås" in row
    arboga = next(line for line in text.splitlines() if "Arboga kommun, växel (" in line)
    assert "källan är från 2017" in arboga


def test_the_printed_card_keeps_every_contact_note(card: ActionCard) -> None:
    """The card on paper said less than the card on screen: Västerås's number for reports
    about children is the city's switchboard, where the caller presses 9 (the number's dial
    note, beside it in the table), and the note warns that an older page said 4."""
    text = " ".join(card_markdown(card).split())
    for c in card.contacts:
        if c.note:
            assert " ".join(c.note.split()) in text, c.id
    start = text.index("### Västerås")
    vasteras = text[start:text.index("## ", start + 4)]  # up to the next heading
    number = unbroken("021-39 00 00").replace(NBSP, " ")  # as split() above leaves it
    assert f"| {number}, knappval 9 |" in vasteras  # the number's cell
    assert "angav knappval 4" in vasteras


def test_the_jour_is_said_with_its_hours_not_as_open_at_night(card: ActionCard) -> None:
    """The label said "Socialjour (kvällar, nätter, helger)" and the pocket card "kvällar,
    nätter, helger", while Västerås's jour closes at 00.00 or 01.00: a worker holding the card
    at 03.00 rang a closed line."""
    assert ROLE_LABELS_SV["out_of_hours"] == "Socialjour (utanför kontorstid)"
    for contact_id in ("sala-socialjour", "vasteras-socialjour", "socialjour-vastmanland"):
        jour = card.contact(contact_id)
        assert jour is not None
        assert jour_hours_sv(jour) == (
            "mån–tors 16.30–00.00, fre 16.30–01.00, lör 15.00–01.00, sön och helgdag "
            "15.00–00.00; dag före helgdag från 15.30; utanför jourtiden: ring 112")
    # Only where the contact's own text says that 112 reaches the jour; else for emergencies.
    jour = card.contact("sala-socialjour")
    assert jour is not None
    quiet = replace(jour, hours_text="mån–tors 16.30–00.00", holiday_hours=(),
                    before_holiday_opens=None)
    assert jour_hours_sv(quiet) == ("mån–tors 16.30–00.00, fre 16.30–01.00, lör 15.00–01.00, "
                                    "sön 15.00–00.00; utanför jourtiden: vid akut fara 112")
    assert jour_hours_sv(replace(jour, hours=None)) == "utanför kontorstid"
    assert jour_hours_sv(replace(jour, hours="always")) == "dygnet runt"
