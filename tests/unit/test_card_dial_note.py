"""A number's dial note: the choice to make once it answers ("knappval 9").

Västerås's line for reports about children is the city's switchboard, 021-39 00 00, where the
caller chooses 9. Only the contact's long note said so: the pocket card printed "Orosanmälan
barn · kontorstid · 021-39 00 00" and nothing else, and ``card show`` gave the number alone on
its line. The card format's optional ``dial_note`` says the choice, and every place that shows
the number shows it with the number.

Pure: no Qt (the printed and on-screen card are tested under tests/ui).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from kvinnofrid_desktop.cli import card as cli_card
from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.source_folder import FieldError, SourceFolder
from kvinnofrid_desktop.core.bundled import content_source_dir, default_pack_dir
from kvinnofrid_desktop.core.card.model import (
    ActionCard,
    check_dial_note,
    dialled,
    load_action_card,
    parse_action_card,
)
from kvinnofrid_desktop.core.card.text import card_entries
from kvinnofrid_desktop.core.install.preview import contact_changes
from kvinnofrid_desktop.core.pack.problems import PackError

CHILD = "vasteras-orosanmalan-barn"
TODAY = dt.date(2026, 12, 6)
TUESDAY_10 = dt.datetime(2026, 12, 1, 10, 0)


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads((content_source_dir() / "action_card.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card() -> ActionCard:
    return load_action_card(default_pack_dir() / "action_card.json")


def contact_of(data: dict, contact_id: str) -> dict:
    return next(c for c in data["contacts"] if c["id"] == contact_id)


def refusal(raw: dict, contact_id: str, **changes: object) -> str:
    data = copy.deepcopy(raw)
    contact_of(data, contact_id).update(changes)
    with pytest.raises(PackError) as caught:
        parse_action_card(data, today=TODAY)
    return str(caught.value)


# --- the format ---------------------------------------------------------------------------------


def test_vasteras_child_line_says_knappval_9_and_its_note_the_older_4(card: ActionCard) -> None:
    child = card.contact(CHILD)
    assert child is not None and child.phone == "021-39 00 00"
    assert child.dial_note == "knappval 9"
    assert dialled(child) == "021-39 00 00, knappval 9"
    # The note keeps the warning and no longer repeats the choice as an instruction.
    assert "knappval 4" in child.note and "knappval 9" not in child.note
    switchboard = card.contact("vasteras-vaxel")
    assert switchboard is not None and switchboard.dial_note == ""
    assert dialled(switchboard) == "021-39 00 00"


def test_a_card_without_the_key_reads_as_before(raw: dict) -> None:
    data = copy.deepcopy(raw)
    contact_of(data, CHILD).pop("dial_note")
    child = parse_action_card(data, today=TODAY).contact(CHILD)
    assert child is not None and child.dial_note == "" and dialled(child) == "021-39 00 00"


@pytest.mark.parametrize(("value", "says"), [
    ("", "knappvalet är tomt"),
    ("   ", "knappvalet är tomt"),
    (" knappval 9", "börjar eller slutar med blanksteg"),
    ("knappval 9\nsedan 2", "en rad vanlig text"),
    ("knappval\t9", "en rad vanlig text"),
    ("<b>knappval 9</b>", "utan < och >"),
    ("knappval 9, sedan 2 för barn och unga", "högst 30 får plats"),
])
def test_a_bad_dial_note_is_refused_in_swedish_at_its_field(raw: dict, value: str,
                                                            says: str) -> None:
    text = refusal(raw, CHILD, dial_note=value)
    assert ".dial_note" in text and says in text and "[field.value]" in text
    assert check_dial_note(value) is not None


def test_a_dial_note_is_text_and_belongs_to_a_phone_number(raw: dict) -> None:
    assert "[field.type]" in refusal(raw, CHILD, dial_note=9)
    text = refusal(raw, "arboga-orosanmalan-barn", dial_note="knappval 2")  # no phone
    assert ".dial_note" in text and "hör till ett telefonnummer" in text
    assert check_dial_note("knappval 9") is None
    assert check_dial_note("x" * 30) is None


# --- card show and --json -----------------------------------------------------------------------


def test_card_show_gives_the_choice_with_the_number(card: ActionCard) -> None:
    text = cli_card.card_text(card, "Västerås", "barn", TUESDAY_10)
    lines = text.splitlines()
    child = next(line for line in lines if "Mottagning barn och ungdom" in line
                 and line.lstrip().startswith("*"))
    assert child.lstrip().startswith("* 021-39 00 00, knappval 9 ")
    switchboard = next(line for line in lines if "Västerås stad, kontaktcenter" in line
                       and line.lstrip().startswith("*"))
    assert "knappval" not in switchboard
    # The steps' "ring:" lines too.
    assert "ring: Mottagning barn och ungdom – 021-39 00 00, knappval 9" in text


def test_card_show_json_has_the_dial_note(card: ActionCard) -> None:
    data = cli_card.card_json(card, "Västerås", "barn", TUESDAY_10)
    by_id = {c["id"]: c for c in data["contacts"]}
    assert by_id[CHILD]["phone"] == "021-39 00 00"
    assert by_id[CHILD]["dial_note"] == "knappval 9"
    assert by_id["vasteras-vaxel"]["dial_note"] is None
    json.dumps(data)  # still plain JSON


# --- search and the import preview --------------------------------------------------------------


def test_the_search_index_text_has_the_choice_with_the_number(card: ActionCard) -> None:
    entry = next(e for e in card_entries(card) if e.anchor == CHILD)
    assert "021-39 00 00, knappval 9" in entry.text


def test_the_import_preview_names_a_changed_dial_note(raw: dict) -> None:
    old = copy.deepcopy(raw)
    contact_of(old, CHILD)["dial_note"] = "knappval 4"
    [change] = [c for c in contact_changes(parse_action_card(old, today=TODAY),
                                           parse_action_card(raw, today=TODAY))
                if c.contact_id == CHILD]
    assert "knappval knappval 4 → knappval 9" in change.details


# --- the editor's source folder keeps it -------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> SourceFolder:
    for name in (CATALOG_NAME, "action_card.json"):
        shutil.copyfile(content_source_dir() / name, tmp_path / name)
    return SourceFolder.open(tmp_path)


def test_the_source_folder_keeps_changes_and_removes_the_dial_note(folder: SourceFolder) -> None:
    before = folder.card_text()
    # Another field saved: the dial note stays, byte for byte.
    folder.set_contact_field(CHILD, "hours_text", "vardagar 08.30–16.00")
    folder.save()
    assert SourceFolder.open(folder.root).contact(CHILD)["dial_note"] == "knappval 9"
    assert '"dial_note": "knappval 9",' in folder.card_text()
    folder.set_contact_field(CHILD, "dial_note", "  knappval 9, sedan 1 ")
    folder.save()
    saved = json.loads((folder.root / "action_card.json").read_text(encoding="utf-8"))
    child = contact_of(saved, CHILD)
    assert child["dial_note"] == "knappval 9, sedan 1"
    assert list(child)[list(child).index("phone") + 1] == "dial_note"  # where the format has it
    assert parse_action_card(saved, today=TODAY).contact(CHILD).dial_note == \
        "knappval 9, sedan 1"
    folder.set_contact_field(CHILD, "dial_note", "")  # empty: no dial note, the key goes
    folder.save()
    assert "dial_note" not in SourceFolder.open(folder.root).contact(CHILD)
    assert before != folder.card_text()


def test_a_new_dial_note_goes_after_the_phone(folder: SourceFolder) -> None:
    folder.set_contact_field("sala-vaxel", "dial_note", "knappval 1")
    keys = list(folder.contact("sala-vaxel"))
    assert keys.index("dial_note") == keys.index("phone") + 1


def test_the_source_folder_refuses_a_bad_dial_note(folder: SourceFolder) -> None:
    before = folder.card_text()
    with pytest.raises(FieldError, match="högst 30"):
        folder.set_contact_field(CHILD, "dial_note", "x" * 31)
    with pytest.raises(FieldError, match="en rad vanlig text"):
        folder.set_contact_field(CHILD, "dial_note", "knappval\n9")
    with pytest.raises(FieldError, match="skriv numret först"):
        folder.set_contact_field("arboga-orosanmalan-barn", "dial_note", "knappval 2")
    assert folder.card_text() == before
