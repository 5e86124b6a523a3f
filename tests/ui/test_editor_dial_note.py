"""Redaktörsläge → Kontakter: a number's Knappval ("knappval 9"), typed, refused and saved.

The coordinator opens Västerås's line for reports about children (the city's switchboard, where
the caller chooses 9), sees the choice in its own field under the number, changes it, and the
saved card keeps it where the format lists it; a choice too long for the pocket card, or for a
contact without a number, is refused at the field and nothing changes.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from test_editor_contacts import open_contact, retype, tab

from kvinnofrid_desktop.core.authoring.source_folder import SourceFolder
from kvinnofrid_desktop.core.card.model import parse_action_card
from kvinnofrid_desktop.ui.editor.contacts import ContactsPart


@pytest.fixture
def part(qtbot, folder: SourceFolder, show_active) -> ContactsPart:
    widget = ContactsPart(folder)
    qtbot.addWidget(widget)
    return show_active(widget)


def saved_contact(folder: SourceFolder, contact_id: str) -> dict:
    card = json.loads((folder.root / folder.card_rel).read_text(encoding="utf-8"))
    parse_action_card(card)  # what pack build reads
    return next(c for c in card["contacts"] if c["id"] == contact_id)


def test_the_dial_note_is_shown_changed_and_saved(qtbot, part: ContactsPart,
                                                  folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Västerås", "report_child")
    assert contact_id == "vasteras-orosanmalan-barn"
    dial = part.fields["dial_note"]
    assert dial.value() == "knappval 9" and dial.isVisible()
    assert dial.edit.accessibleName() == "Knappval"
    # Right under the number in the form, as on the card.
    phone = part.fields["phone"]
    assert phone.geometry().bottom() < dial.geometry().top() < part.fields["email"].geometry().top()

    retype(qtbot, dial.edit, "knappval 9, sedan 1")
    tab(qtbot, dial.edit)
    assert folder.contact(contact_id)["dial_note"] == "knappval 9, sedan 1"
    folder.save()
    saved = saved_contact(folder, contact_id)
    assert saved["dial_note"] == "knappval 9, sedan 1"
    assert list(saved)[list(saved).index("phone") + 1] == "dial_note"
    reopened = SourceFolder.open(folder.root)
    assert reopened.contact(contact_id)["dial_note"] == "knappval 9, sedan 1"

    # Emptied: the card has no dial note for the number, and the key goes.
    retype(qtbot, dial.edit, "")
    qtbot.keyClick(dial.edit, Qt.Key.Key_Delete)
    assert dial.value() == ""
    tab(qtbot, dial.edit)
    folder.save()
    assert "dial_note" not in saved_contact(folder, contact_id)


def test_a_dial_note_that_cannot_be_right_is_refused_at_its_field(
        qtbot, part: ContactsPart, folder: SourceFolder) -> None:
    contact_id = open_contact(qtbot, part, "Västerås", "report_child")
    dial = part.fields["dial_note"]
    retype(qtbot, dial.edit, "knappval 9 och sedan 2 för barn och unga")
    assert dial.message.isVisible() and "högst 30" in dial.message.text()  # while typing
    tab(qtbot, dial.edit)
    assert dial.refused is not None and "högst 30" in dial.refused
    assert folder.contact(contact_id)["dial_note"] == "knappval 9"
    assert not part.commit_pending()
    retype(qtbot, dial.edit, "knappval 9")
    tab(qtbot, dial.edit)
    assert dial.refused is None and not dial.message.isVisible()

    # Arboga's line has no number: a choice in its menu belongs to no number.
    other = open_contact(qtbot, part, "Arboga", "report_child")
    dial = part.fields["dial_note"]
    assert dial.value() == ""
    retype(qtbot, dial.edit, "knappval 2")
    tab(qtbot, dial.edit)
    assert dial.refused is not None and "skriv numret först" in dial.refused
    assert "dial_note" not in folder.contact(other)
