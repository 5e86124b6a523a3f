"""Opening hours recorded but not confirmed (``"hours_confirmed": false``): the card uses them,
and says "troligen" every time it does.

Arboga's switchboard is the case the tester found: its hours come from a page of 2017, marked
"(osäker)". At 23.30 on a Saturday the card offered it, "hours unknown", as the number to ring
instead of the missing report line.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.bundled import content_source_dir, default_pack_dir
from kvinnofrid_desktop.core.card.model import ActionCard, Interval, parse_action_card
from kvinnofrid_desktop.core.card.now import (
    OPEN_STATES,
    instead_now,
    now_line,
    open_state,
    short_now,
)
from kvinnofrid_desktop.core.pack.problems import PackError

SOURCE = content_source_dir() / "action_card.json"
TODAY = dt.date(2026, 12, 4)
SATURDAY_2330 = dt.datetime(2026, 12, 5, 23, 30)
MONDAY_0900 = dt.datetime(2026, 12, 7, 9, 0)
UNCONFIRMED = ("arboga-vaxel", "fagersta-vaxel", "hallstahammar-orosanmalan-barn",
               "hallstahammar-orosanmalan-vuxna", "brottsofferjouren-116006", "valj-att-sluta")


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(SOURCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card(raw: dict) -> ActionCard:
    return parse_action_card(raw, today=TODAY)


def contact_of(data: dict, contact_id: str) -> dict:
    return next(c for c in data["contacts"] if c["id"] == contact_id)


# --- the data -------------------------------------------------------------------------------------


def test_the_uncertain_hours_are_recorded_and_marked_unconfirmed(card: ActionCard) -> None:
    for contact_id in UNCONFIRMED:
        contact = card.contact(contact_id)
        assert contact is not None and isinstance(contact.hours, tuple), contact_id
        assert contact.hours_confirmed is False, contact_id
        # the words a worker reads are kept
        assert "(osäker)" in contact.hours_text or "saknas i källan" in contact.hours_text
    assert [c.id for c in card.contacts if not c.hours_confirmed] == list(UNCONFIRMED)
    vaxel = card.contact("arboga-vaxel")
    assert vaxel.hours == (Interval((0, 1, 2, 3), 7 * 60 + 30, 16 * 60 + 30),
                           Interval((4,), 7 * 60 + 30, 15 * 60))


def test_a_contact_without_the_marker_reads_exactly_as_before(raw: dict) -> None:
    data = copy.deepcopy(raw)
    del contact_of(data, "arboga-vaxel")["hours_confirmed"]  # as a pack written before it
    vaxel = parse_action_card(data, today=TODAY).contact("arboga-vaxel")
    assert vaxel.hours_confirmed is True
    assert vaxel.is_open(SATURDAY_2330) is False
    card = parse_action_card(data, today=TODAY)
    assert now_line(card, vaxel, SATURDAY_2330).text == "Stängt nu · öppnar mån 07.30"
    assert short_now(vaxel, SATURDAY_2330) == "stängt nu"
    # "true" said out loud is the same as saying nothing.
    contact_of(data, "arboga-vaxel")["hours_confirmed"] = True
    assert parse_action_card(data, today=TODAY).contact("arboga-vaxel") == vaxel


def test_office_hours_without_times_are_probable_hours(card: ActionCard) -> None:
    """Hallstahammar's report line is open "kontorstid", its source gives no times: on a
    Sunday the card said "Tider okända" beside it, as if it might answer."""
    line = card.contact("hallstahammar-orosanmalan-barn")
    sunday = dt.datetime(2026, 12, 6, 11, 0)
    assert now_line(card, line, sunday).text.startswith("Troligen stängt nu")
    assert short_now(line, MONDAY_0900) == "troligen öppet"
    assert "kontorstid" in line.note and "troligen" in line.note  # the note says why


def test_unknown_hours_are_still_unknown(card: ActionCard) -> None:
    police = card.contact("polisen-114")
    assert police.hours is None and police.hours_confirmed
    assert open_state(police, SATURDAY_2330) == "unknown"
    assert now_line(card, police, SATURDAY_2330).text == "Tider okända"


@pytest.mark.parametrize(("value", "code"), [(False, "field.value"), ("nej", "field.type")])
def test_unconfirmed_needs_hours_and_is_true_or_false(raw: dict, value: object,
                                                      code: str) -> None:
    data = copy.deepcopy(raw)
    contact_of(data, "polisen-114")["hours_confirmed"] = value  # hours null: nothing to confirm
    with pytest.raises(PackError) as info:
        parse_action_card(data, today=TODAY)
    [problem] = info.value.problems
    assert (problem.code, problem.field) == (code, f"contacts[{_index(data, 'polisen-114')}]"
                                                   ".hours_confirmed")


def _index(data: dict, contact_id: str) -> int:
    return next(i for i, c in enumerate(data["contacts"]) if c["id"] == contact_id)


# --- what applies now -----------------------------------------------------------------------------


def test_arboga_on_a_saturday_night(card: ActionCard) -> None:
    vaxel = card.contact("arboga-vaxel")
    assert vaxel.is_open(SATURDAY_2330) is None  # nothing certain, for any other caller
    assert open_state(vaxel, SATURDAY_2330) == "probably_closed"
    assert now_line(card, vaxel, SATURDAY_2330).text == \
        "Troligen stängt nu (tiderna är inte bekräftade) · öppnar troligen mån 07.30"
    assert now_line(card, vaxel, SATURDAY_2330).state == "probably_closed"
    assert short_now(vaxel, SATURDAY_2330) == "troligen stängt"

    # The missing report line: like "every fallback closed", with what applies now first and
    # the switchboard after it, said to be probably closed, not closed. Bris is for the child,
    # not for the adult who reports.
    instead = instead_now(card, card.contact("arboga-orosanmalan-barn"), SATURDAY_2330)
    assert instead.heading == ("Arboga kommun, växel: troligen stängt nu. Akut: 112. Annars: "
                               "gör anmälan nästa vardag.")
    assert [(r.contact.id, r.state) for r in instead.routes] == [
        ("nod-112", "urgent"), ("arboga-vaxel", "probably_closed")]
    assert instead.routes[-1].text == \
        "troligen stängt nu – tiderna är inte bekräftade · öppnar troligen mån 07.30"


def test_arboga_on_a_weekday_morning(card: ActionCard) -> None:
    vaxel = card.contact("arboga-vaxel")
    assert now_line(card, vaxel, MONDAY_0900).text == \
        "Troligen öppet nu, till 16.30 (tiderna är inte bekräftade)"
    assert short_now(vaxel, MONDAY_0900) == "troligen öppet"
    instead = instead_now(card, card.contact("arboga-orosanmalan-barn"), MONDAY_0900)
    assert instead.heading == "Ring i stället:"
    assert [(r.contact.id, r.text) for r in instead.routes] == [
        ("arboga-vaxel", "troligen öppet nu – tiderna är inte bekräftade"),
        ("nod-112", "om det är akut")]
    friday_1530 = dt.datetime(2026, 12, 4, 15, 30)  # Friday closes 15.00 by the old page
    assert now_line(card, vaxel, friday_1530).text == \
        "Troligen stängt nu (tiderna är inte bekräftade) · öppnar troligen mån 07.30"


def test_fagersta_at_lunch_is_probably_closed(card: ActionCard) -> None:
    """Fagersta's switchboard hours come from a page of the pandemic that names no weekdays:
    at 12.30 the card said "Stängt nu · öppnar 13.00" and "växel: stängt nu" as fact."""
    noon = dt.datetime(2026, 12, 7, 12, 30)
    vaxel = card.contact("fagersta-vaxel")
    assert now_line(card, vaxel, noon).text == \
        "Troligen stängt nu (tiderna är inte bekräftade) · öppnar troligen 13.00"
    instead = instead_now(card, card.contact("fagersta-orosanmalan-barn"), noon)
    # The office opens again the same day: a report then, not "next weekday".
    assert instead.heading == ("Fagersta kommun, växel: troligen stängt nu. Akut: 112. Annars: "
                               "gör anmälan när kontoret öppnar.")


def test_a_national_line_is_only_named_open_now_when_confirmed(card: ActionCard) -> None:
    """Brottsofferjouren's hours (every day 09–19, from 2020) are not confirmed: at noon it is
    "troligen öppet", and when every fallback is closed it is not among what applies now."""
    line = card.contact("brottsofferjouren-116006")
    noon = dt.datetime(2026, 12, 5, 12, 0)
    assert now_line(card, line, noon).text == \
        "Troligen öppet nu, till 19.00 (tiderna är inte bekräftade)"
    closed = dataclasses.replace(card.contact("arboga-vaxel"), hours_confirmed=True,
                                 hours=(Interval((6,), 10 * 60, 11 * 60),))
    missing = dataclasses.replace(card.contact("arboga-orosanmalan-vuxna"),
                                  fallback=("arboga-vaxel", "nod-112"))
    pointed = _with(card, closed, missing)
    instead = instead_now(pointed, missing, noon)
    assert instead.heading == ("Arboga kommun, växel: stängt nu. Akut: 112. Annars: gör "
                               "anmälan nästa vardag.")
    assert "brottsofferjouren-116006" not in [r.contact.id for r in instead.routes]
    assert "kvinnofridslinjen" in [r.contact.id for r in instead.routes]


def test_fallbacks_are_offered_open_first_and_closed_last(card: ActionCard) -> None:
    vaxel = card.contact("arboga-vaxel")  # probably open on a Monday at 09.00
    evening = (Interval(tuple(range(7)), 20 * 60, 21 * 60),)

    def variant(contact_id: str, **changes: object):
        return dataclasses.replace(vaxel, id=contact_id, name=contact_id, **changes)

    variants = [variant("c", hours=evening, hours_confirmed=True),
                variant("p", hours=evening),
                variant("u", hours=None, hours_confirmed=True),
                variant("q"),
                variant("o", hours_confirmed=True)]
    missing = dataclasses.replace(card.contact("arboga-orosanmalan-barn"),
                                  fallback=("c", "p", "u", "q", "o", "nod-112"))
    pointed = _with(card, *variants, missing)
    instead = instead_now(pointed, missing, MONDAY_0900)
    assert [r.state for r in instead.routes] == [*OPEN_STATES, "urgent"]
    assert [r.contact.id for r in instead.routes] == ["o", "q", "u", "p", "c", "nod-112"]

    # Closed and probably closed only: what applies now first, the probably closed next.
    missing = dataclasses.replace(missing, fallback=("c", "p", "nod-112"))
    pointed = _with(pointed, missing)
    instead = instead_now(pointed, missing, MONDAY_0900)
    assert instead.heading == ("p, c: troligen stängt nu. Akut: 112. Annars: gör anmälan när "
                               "kontoret öppnar.")
    assert [r.contact.id for r in instead.routes][-2:] == ["p", "c"]
    assert instead.routes[0].contact.id == "nod-112"


def _with(card: ActionCard, *contacts) -> ActionCard:
    """``card`` with ``contacts`` replacing those of the same id, or added."""
    by_id = {c.id: c for c in contacts}
    kept = tuple(by_id.pop(c.id, c) for c in card.contacts)
    return dataclasses.replace(card, contacts=kept + tuple(by_id.values()))


# --- the source folder (what the editor writes) --------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> SourceFolder:
    return SourceFolder.open(create_from_pack(default_pack_dir(), tmp_path / "src"))


def test_the_marker_round_trips_through_the_source_folder(folder: SourceFolder) -> None:
    assert folder.contact("arboga-vaxel")["hours_confirmed"] is False
    hours = [{"days": ["mon"], "open": "08:00", "close": "12:00"}]
    folder.set_contact_hours("sala-vaxel", hours, confirmed=False)
    folder.save()
    text = (folder.root / folder.card_rel).read_text(encoding="utf-8")
    saved = contact_of(json.loads(text), "sala-vaxel")
    keys = list(saved)
    assert saved["hours_confirmed"] is False
    assert keys.index("hours_confirmed") == keys.index("hours") + 1  # beside what it is about
    card = parse_action_card(json.loads(text), today=TODAY)
    assert card.contact("sala-vaxel").hours_confirmed is False

    folder.set_contact_hours("sala-vaxel", hours)  # confirmed: the key goes, as before it
    assert "hours_confirmed" not in folder.contact("sala-vaxel")
    before = folder.card_text()
    with pytest.raises(FieldError, match="okända tider"):
        folder.set_contact_hours("arboga-vaxel", None, confirmed=False)
    assert folder.card_text() == before
    with pytest.raises(FieldError):
        folder.set_contact_field("arboga-vaxel", "hours_confirmed", True)
