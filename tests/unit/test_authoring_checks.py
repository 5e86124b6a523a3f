"""The editor's checks when a contact's status changes: what the contact lacks is named at
the contact, and a step naming it is not said to name a contact that does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvinnofrid_desktop.core.authoring.checks import CONTACTS, OTHER, check_source
from kvinnofrid_desktop.core.authoring.new_source import create_from_pack
from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
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
