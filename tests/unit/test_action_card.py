"""The action card data: the shipped file is complete and honest; bad files are refused by field."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.bundled import content_source_dir
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES, parse_action_card
from kvinnofrid_desktop.core.pack.problems import PackError

SOURCE = content_source_dir() / "action_card.json"
TODAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(SOURCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card(raw: dict):
    return parse_action_card(raw, today=TODAY)


def contact_index(raw: dict, contact_id: str) -> int:
    return next(i for i, c in enumerate(raw["contacts"]) if c["id"] == contact_id)


def test_every_municipality_has_its_four_contacts(card) -> None:
    for municipality in MUNICIPALITIES:
        roles = {c.role for c in card.contacts if c.municipality == municipality}
        expected = {"report_child", "report_adult", "switchboard", "out_of_hours"}
        assert expected <= roles, municipality


def test_every_contact_is_verified_unverified_or_missing_with_a_fallback(card) -> None:
    for c in card.contacts:
        if c.status == "missing":
            assert c.phone is None
            assert c.fallback, c.id
            assert all(card.contact(f).status != "missing" for f in c.fallback)
        else:
            assert c.source and c.source.startswith("http"), c.id
            assert c.phone or c.email, c.id
        assert dt.date.fromisoformat(c.verified) <= TODAY


def test_sala_child_contact_is_first_for_sala_and_barn(card) -> None:
    contacts = card.contacts_for("Sala", "barn")
    assert contacts[0].municipality == "Sala"
    assert contacts[0].phone == "0224-74 96 20"
    assert all(c.municipality in (None, "Sala") for c in contacts)
    scopes = [c.scope for c in contacts]
    assert scopes == sorted(scopes, key=["municipality", "county", "national"].index)


def test_out_of_hours_logic_follows_the_clock(card) -> None:
    office = card.contact("sala-orosanmalan-barn")
    jour = card.contact("socialjour-vastmanland")
    tuesday_10 = dt.datetime(2026, 11, 24, 10, 0)
    saturday_22 = dt.datetime(2026, 11, 28, 22, 0)
    saturday_00_30 = dt.datetime(2026, 11, 29, 0, 30)  # Saturday's shift runs until 01:00
    assert office.is_open(tuesday_10) is True
    assert office.is_open(saturday_22) is False
    assert jour.is_open(tuesday_10) is False
    assert jour.is_open(saturday_22) is True
    assert jour.is_open(saturday_00_30) is True
    assert card.contact("nod-112").is_open(saturday_22) is True


@pytest.mark.parametrize(
    ("mutate", "code", "field"),
    [
        (lambda d: d["subjects"].pop(2), "card.subject_missing", "subjects"),
        (lambda d: d["contacts"][contact_index(d, "sala-orosanmalan-barn")].update(
            municipality="Uppsala"), "card.municipality_unknown", "municipality"),
        (lambda d: d["contacts"][contact_index(d, "sala-orosanmalan-barn")].update(
            phone="0224-74 96 20 knappval 9"), "field.value", "phone"),
        (lambda d: d["contacts"][contact_index(d, "sala-orosanmalan-barn")].update(
            verified="2031-01-01"), "field.value", "verified"),
        (lambda d: d["contacts"][contact_index(d, "sala-orosanmalan-barn")].update(
            verified="i våras"), "field.value", "verified"),
        (lambda d: d["contacts"][contact_index(d, "sala-orosanmalan-barn")].update(
            source=None), "card.no_source", "source"),
        (lambda d: d["contacts"][contact_index(d, "sala-orosanmalan-barn")].update(
            source="  "), "card.no_source", "source"),
        (lambda d: d["subjects"][0]["steps"].reverse(), "card.urgent_first", "steps"),
        (lambda d: d["subjects"][0]["steps"][0].update(contacts=["finns-inte"]),
         "card.unknown_contact", "contacts"),
        (lambda d: d["contacts"].append(dict(d["contacts"][0])), "card.duplicate_id", "id"),
        (lambda d: d.update(format=0), "format.unsupported", "format"),
    ],
    ids=["subject", "municipality", "phone", "future", "not-a-date", "no-source",
         "blank-source", "urgent-first", "unknown-contact", "duplicate", "format"],
)
def test_bad_card_is_refused_naming_the_field(raw: dict, mutate, code: str, field: str) -> None:
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(PackError) as info:
        parse_action_card(data, today=TODAY)
    matching = [p for p in info.value.problems if p.code == code]
    assert matching, [str(p) for p in info.value.problems]
    assert matching[0].file == "action_card.json"
    assert field in (matching[0].field or "")


def test_a_card_from_a_newer_program_is_refused_as_such_not_as_a_typo(raw: dict) -> None:
    """A contact key this build does not know, in a card that is otherwise sound: the newer
    program that wrote it is the reason, said first, and the key is named; the contact it is
    in is not left out to make "kontakten finns inte" follow-ons."""
    data = copy.deepcopy(raw)
    data["contacts"][contact_index(data, "sala-orosanmalan-barn")]["languages"] = ["sv"]
    with pytest.raises(PackError) as info:
        parse_action_card(data, today=TODAY)
    problems = info.value.problems
    assert [p.code for p in problems] == ["format.newer", "field.unknown"]
    assert problems[0].message == ("paketet är gjort för en nyare version av programmet – "
                                   "uppdatera programmet först")
    assert problems[1].field.endswith(".languages") and "stavfel" not in problems[1].message
    # The coordinator's own card (the editor, pack build): the same key is a typo there.
    with pytest.raises(PackError) as info:
        parse_action_card(data, today=TODAY, from_program=False)
    assert [p.code for p in info.value.problems] == ["field.unknown"]
    assert "stavfel" in info.value.problems[0].message


def test_a_higher_card_format_is_a_newer_program_s_whatever_else_it_holds(raw: dict) -> None:
    data = copy.deepcopy(raw)
    data.update(format=2, subjects={"nytt": "slag"})
    with pytest.raises(PackError) as info:
        parse_action_card(data, today=TODAY, from_program=False)
    assert [(p.code, p.field) for p in info.value.problems] == [("format.newer", "format")]
    assert "åtgärdskortets format 2; programmet läser format 1" in info.value.first.message


def test_an_unknown_key_beside_a_real_fault_is_no_newer_program_s(raw: dict) -> None:
    data = copy.deepcopy(raw)
    contact = data["contacts"][contact_index(data, "sala-orosanmalan-barn")]
    contact["languages"] = ["sv"]
    contact["phone"] = "ring oss"
    with pytest.raises(PackError) as info:
        parse_action_card(data, today=TODAY)
    assert "format.newer" not in [p.code for p in info.value.problems]


def test_card_file_that_is_not_json(tmp_path: Path) -> None:
    from kvinnofrid_desktop.core.card.model import load_action_card

    path = tmp_path / "action_card.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(PackError) as info:
        load_action_card(path)
    assert info.value.code == "card.not_json"
