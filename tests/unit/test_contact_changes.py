"""What the publish diff and the import preview say about a changed contact.

The QA walk-through changed only Köping's socialjour opening hours (the structured hours behind
"öppet nu" and the displayed text) and the switchboard's name and e-mail: the diff said only
"Ändrat dokument: Åtgärdskort: …", so the coordinator who signs and every workplace that
imports could not see the change that decides "öppet nu". Each such change is named, in words,
on the contact's one line, with the municipality in front of a name every municipality shares.

Pure: no Qt.
"""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest

from kvinnofrid_desktop.core.authoring.publish import PublishDiff
from kvinnofrid_desktop.core.bundled import content_source_dir
from kvinnofrid_desktop.core.card.model import parse_action_card
from kvinnofrid_desktop.core.install.preview import ContactChange, contact_changes, hours_sv

TODAY = dt.date(2026, 12, 6)
JOUR, VAXEL, SALA_JOUR = "vasteras-socialjour", "koping-vaxel", "sala-socialjour"


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads((content_source_dir() / "action_card.json").read_text(encoding="utf-8"))


def contact_of(data: dict, contact_id: str) -> dict:
    return next(c for c in data["contacts"] if c["id"] == contact_id)


def changes(old: dict, new: dict) -> dict[str, ContactChange]:
    return {c.contact_id: c for c in contact_changes(parse_action_card(old, today=TODAY),
                                                     parse_action_card(new, today=TODAY))}


def test_changed_hours_name_email_and_source_are_shown(raw: dict) -> None:
    new = copy.deepcopy(raw)
    jour = contact_of(new, JOUR)
    jour["hours"] = [{"days": ["mon", "tue", "wed", "thu", "fri"], "open": "20:00",
                      "close": "06:00"}]
    jour["hours_text"] = "Vardagar 20.00–06.00"
    vaxel = contact_of(new, VAXEL)
    vaxel["email"] = "ny.adress@koping.se"
    vaxel["name"] = "Köpings kommun, kontaktcenter"
    vaxel["source"] = "https://koping.se/kontakt"
    found = changes(raw, new)
    assert set(found) == {JOUR, VAXEL}  # nothing else
    details = found[JOUR].details
    assert ("öppettider ändrade (mån–tors 16.30–00.00, fre 16.30–01.00, lör 15.00–01.00, "
            "sön 15.00–00.00 → mån–fre 20.00–06.00)") in details
    assert any(d.startswith("öppettider (text) ändrade (”mån–tors 16.30–00.00")
               and d.endswith("→ ”Vardagar 20.00–06.00”)") for d in details)
    assert found[VAXEL].details == (
        "namn Köpings kommun, växel → Köpings kommun, kontaktcenter",
        "e-post kopings.kommun@koping.se → ny.adress@koping.se",
        # Cut at 60 characters: the list stays short.
        "källa ändrad (https://koping.se/kommun-och-politik/var-organisation/polit… → "
        "https://koping.se/kontakt)")


def test_what_else_decides_open_now_is_shown(raw: dict) -> None:
    new = copy.deepcopy(raw)
    jour = contact_of(new, SALA_JOUR)
    old_jour = contact_of(raw, SALA_JOUR)
    jour["hours_confirmed"] = False
    jour["holiday_hours"] = [{"open": "16:00", "close": "00:00"}]
    jour["before_holiday_opens"] = "16:00"
    details = changes(raw, new)[SALA_JOUR].details
    old_holiday = ", ".join(f"{h['open'].replace(':', '.')}–{h['close'].replace(':', '.')}"
                            for h in old_jour["holiday_hours"])
    assert f"helgdagstider ändrade ({old_holiday} → 16.00–00.00)" in details
    assert (f"dag före helgdag öppnar {old_jour['before_holiday_opens'].replace(':', '.')} "
            "→ 16.00") in details
    assert "tiderna bekräftade → inte bekräftade" in details


def test_hours_in_words() -> None:
    card = parse_action_card(json.loads((content_source_dir() / "action_card.json")
                                        .read_text(encoding="utf-8")), today=TODAY)
    assert hours_sv(card.contact("hallstahammar-vaxel").hours) == (
        "mån–tors 08.00–16.30 (1 sep–31 maj), fre 08.00–16.00 (1 sep–31 maj), "
        "mån–tors 08.00–16.00 (1 jun–31 aug), fre 08.00–15.00 (1 jun–31 aug)")
    assert hours_sv("always") == "dygnet runt"
    assert hours_sv(None) == "okända"


def test_a_long_text_is_cut_and_the_line_names_the_municipality(raw: dict) -> None:
    new = copy.deepcopy(raw)
    contact_of(new, "koping-socialjour")["name"] = "Socialjour"  # as in the walk: a shared name
    contact_of(new, "koping-socialjour")["hours_text"] = "x" * 300
    found = changes(raw, new)["koping-socialjour"]
    assert found.label == "Köping, Socialjour"
    assert changes(raw, new) and changes(raw, raw) == {}
    [detail] = found.details
    assert len(detail) < 200 and "…" in detail
    lines = PublishDiff(None, (), (found,)).lines_sv()
    assert lines == [f"Kontakt Köping, Socialjour: {detail}"]
    # A name that already says the municipality is not said twice.
    assert ContactChange(VAXEL, "Köpings kommun, växel", "changed",
                         municipality="Köping").label == "Köpings kommun, växel"
