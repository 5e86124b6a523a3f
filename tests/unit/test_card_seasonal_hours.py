"""Opening hours that depend on the time of year: an interval's ``from``/``to`` (MM-DD).

Hallstahammar's kundcenter is open to 16.30 from September to May and to 16.00 in summer. The
card could record one set of hours only, so it kept the summer's all year: on a Tuesday at
16.15 in December it said "Stängt nu · öppnar i morgon 08.00" beside a text saying 16.30.

Pure: no Qt. The pack build is run as the command a coordinator runs.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.authoring.catalog import CATALOG_NAME
from kvinnofrid_desktop.core.authoring.source_folder import (
    FieldError,
    SourceFolder,
    check_hours_row,
)
from kvinnofrid_desktop.core.bundled import content_source_dir
from kvinnofrid_desktop.core.card.model import (
    ActionCard,
    Interval,
    check_month_day,
    parse_action_card,
)
from kvinnofrid_desktop.core.card.now import now_line, short_now
from kvinnofrid_desktop.core.pack.problems import PackError

SOURCE = content_source_dir() / "action_card.json"
TODAY = dt.date(2026, 12, 6)
TUESDAY_DECEMBER_1615 = dt.datetime(2026, 12, 8, 16, 15)
TUESDAY_JULY_1615 = dt.datetime(2026, 7, 7, 16, 15)
CUSTOMER = "hallstahammar-vaxel"


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(SOURCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def card(raw: dict) -> ActionCard:
    return parse_action_card(raw, today=TODAY)


def contact_of(data: dict, contact_id: str) -> dict:
    return next(c for c in data["contacts"] if c["id"] == contact_id)


def with_hours(raw: dict, hours: list[dict]) -> dict:
    data = copy.deepcopy(raw)
    contact_of(data, CUSTOMER)["hours"] = hours
    return data


def refusal(raw: dict, hours: list[dict]) -> str:
    with pytest.raises(PackError) as caught:
        parse_action_card(with_hours(raw, hours), today=TODAY)
    return str(caught.value)


# --- the card says what applies on the day ------------------------------------------------------


def test_tuesday_1615_is_open_to_1630_in_december_and_closed_in_july(card: ActionCard) -> None:
    customer = card.contact(CUSTOMER)
    assert customer.is_open(TUESDAY_DECEMBER_1615) is True
    assert now_line(card, customer, TUESDAY_DECEMBER_1615).text == "Öppet nu, till 16.30"
    assert short_now(customer, TUESDAY_DECEMBER_1615) == "öppet nu"
    # winter Fridays close at 16.00
    assert now_line(card, customer, dt.datetime(2026, 12, 11, 15, 30)).text == \
        "Öppet nu, till 16.00"
    # The same moment in July: the summer's 16.00 applies, not the winter's 16.30.
    assert customer.is_open(TUESDAY_JULY_1615) is False
    assert now_line(card, customer, TUESDAY_JULY_1615).text == \
        "Stängt nu · öppnar i morgon 08.00"
    # summer Fridays close at 15.00
    assert now_line(card, customer, dt.datetime(2026, 7, 10, 14, 30)).text == \
        "Öppet nu, till 15.00"


def test_the_seasons_change_on_their_first_and_last_days(card: ActionCard) -> None:
    customer = card.contact(CUSTOMER)
    # Friday 29 May 2026 is the last winter day; Monday 1 June the first of summer.
    assert customer.is_open(dt.datetime(2026, 5, 29, 15, 30)) is True
    assert customer.is_open(dt.datetime(2026, 6, 1, 16, 10)) is False
    assert customer.is_open(dt.datetime(2026, 8, 31, 16, 10)) is False
    assert customer.is_open(dt.datetime(2026, 9, 1, 16, 20)) is True


def test_the_content_records_both_seasons_and_says_so_honestly(raw: dict,
                                                              card: ActionCard) -> None:
    customer = card.contact(CUSTOMER)
    winter, summer = ((9, 1), (5, 31)), ((6, 1), (8, 31))
    assert customer.hours == (
        Interval((0, 1, 2, 3), 8 * 60, 16 * 60 + 30, winter),
        Interval((4,), 8 * 60, 16 * 60, winter),
        Interval((0, 1, 2, 3), 8 * 60, 16 * 60, summer),
        Interval((4,), 8 * 60, 15 * 60, summer),
    )
    assert "sommartiderna" not in customer.note
    assert customer.verified == "2026-12-04" and customer.source.startswith(
        "https://hallstahammar.se/")


def test_kvinnohuset_is_closed_in_its_summer_weeks(raw: dict, card: ActionCard) -> None:
    """Kvinnojouren i Västerås is "sommarstängt vecka 27–29", but the card said "Öppet nu, till
    12.00" on Monday 5 July 2027 (week 27): its text said the closure "visas inte i just nu".
    Weeks 27–29 of 2027, the only summer before the pack's review date, are 5–25 July."""
    shelter = card.contact("kvinnohuset-vasteras")
    assert shelter is not None and shelter.hours_confirmed
    for closed in (dt.datetime(2027, 7, 5, 11, 30), dt.datetime(2027, 7, 14, 13, 30),
                   dt.datetime(2027, 7, 19, 11, 30)):
        assert shelter.is_open(closed) is False, closed
        assert now_line(card, shelter, closed).text.startswith("Stängt nu")
    # Week 26 and week 30 keep their telephone hours.
    assert shelter.is_open(dt.datetime(2027, 6, 30, 13, 30)) is True
    assert shelter.is_open(dt.datetime(2027, 7, 26, 11, 30)) is True
    assert shelter.is_open(dt.datetime(2026, 12, 7, 11, 30)) is True
    entry = contact_of(raw, "kvinnohuset-vasteras")
    assert entry["hours_text"] == ("telefontid mån 11–12 och ons 13–14; sommarstängt vecka "
                                   "27–29 (2027: 5–25 juli)")
    assert "just nu" not in entry["hours_text"]
    assert entry["source"] == "https://www.kvinnohuset-vasteras.org/har-finns-hjalp/"
    assert entry["verified"] == "2026-12-04"


def test_a_range_over_new_year_wraps(raw: dict) -> None:
    """A Saturday opening in winter only, 1 November to 28 February."""
    data = with_hours(raw, [
        {"days": ["sat"], "open": "10:00", "close": "14:00", "from": "11-01", "to": "02-28"},
    ])
    customer = parse_action_card(data, today=TODAY).contact(CUSTOMER)
    at_noon = [dt.datetime(2026, 11, 7, 12), dt.datetime(2027, 1, 9, 12),
               dt.datetime(2027, 2, 27, 12)]
    assert [customer.is_open(t) for t in at_noon] == [True, True, True]
    outside = [dt.datetime(2026, 10, 24, 12), dt.datetime(2027, 3, 6, 12),
               dt.datetime(2026, 7, 4, 12)]
    assert [customer.is_open(t) for t in outside] == [False, False, False]
    # Without a season the same interval applies all year, as in every card before seasons.
    del contact_of(data, CUSTOMER)["hours"][0]["from"], contact_of(data, CUSTOMER)["hours"][0]["to"]
    all_year = parse_action_card(data, today=TODAY).contact(CUSTOMER)
    assert all_year.hours == (Interval((5,), 10 * 60, 14 * 60),)
    assert [all_year.is_open(t) for t in outside] == [True, True, True]


# --- a date that is no day of the year is refused ---------------------------------------------


def test_month_day_messages_say_what_is_wrong() -> None:
    assert check_month_day("09-01") is None and check_month_day("02-29") is None
    assert check_month_day("02-30") == "'02-30': februari har ingen dag 30"
    assert check_month_day("13-01") == ("'13-01': det finns ingen månad 13 (MM-DD, t.ex. 09-01 "
                                        "för 1 september)")
    assert check_month_day("9-1") == ("'9-1' är ingen dag i året (MM-DD, t.ex. 09-01 för "
                                      "1 september)")


@pytest.mark.parametrize(("bad", "field", "message"), [
    ({"from": "02-30", "to": "05-31"}, "from", "februari har ingen dag 30"),
    ({"from": "09-01", "to": "13-01"}, "to", "det finns ingen månad 13"),
    ({"from": "1 sep", "to": "05-31"}, "from", "är ingen dag i året"),
])
def test_the_card_refuses_a_bad_date(raw: dict, bad: dict, field: str, message: str) -> None:
    text = refusal(raw, [{"days": ["mon"], "open": "08:00", "close": "16:00", **bad}])
    assert f"hours[0].{field}" in text and message in text and "field.value" in text


def test_the_card_refuses_half_a_season(raw: dict) -> None:
    text = refusal(raw, [{"days": ["mon"], "open": "08:00", "close": "16:00", "from": "09-01"}])
    assert "hours[0].to" in text and "både from och to" in text


def test_pack_build_refuses_a_bad_date(raw: dict, tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(content_source_dir(), src)
    data = copy.deepcopy(raw)
    contact_of(data, CUSTOMER)["hours"][0]["from"] = "02-30"
    (src / "action_card.json").write_text(json.dumps(data, ensure_ascii=False, indent=2),
                                          encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kvinnofrid_desktop", "pack", "build", str(src),
         str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode != 0
    assert "februari har ingen dag 30" in result.stderr
    assert not (tmp_path / "out").exists()


# --- the editor's source folder keeps the seasons ---------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> SourceFolder:
    for name in (CATALOG_NAME, "action_card.json"):
        shutil.copyfile(content_source_dir() / name, tmp_path / name)
    return SourceFolder.open(tmp_path)


def test_the_editor_rows_round_trip_with_their_seasons(folder: SourceFolder) -> None:
    """What the hours editor hands over (its rows, with ``overnight``) is stored with the
    season, and the saved card says the same as the one the folder started with."""
    original = json.loads(json.dumps(folder.contact(CUSTOMER)["hours"]))
    assert {row.get("from") for row in original} == {"09-01", "06-01"}
    # Saving another field leaves the hours as they are.
    folder.set_contact_field(CUSTOMER, "note", "Besök: Norra Prästgårdsgatan 1.")
    folder.save()
    assert SourceFolder.open(folder.root).contact(CUSTOMER)["hours"] == original
    rows = [{**row, "overnight": False} for row in original]
    folder.set_contact_hours(CUSTOMER, rows)
    folder.save()
    saved = json.loads((folder.root / "action_card.json").read_text(encoding="utf-8"))
    assert contact_of(saved, CUSTOMER)["hours"] == original
    card = parse_action_card(saved, today=TODAY)
    assert now_line(card, card.contact(CUSTOMER), TUESDAY_DECEMBER_1615).text == \
        "Öppet nu, till 16.30"


def test_the_editor_refuses_a_bad_season(folder: SourceFolder) -> None:
    before = folder.card_text()
    row = {"days": ["mon"], "open": "08:00", "close": "16:00", "overnight": False}
    with pytest.raises(FieldError, match="februari har ingen dag 30"):
        folder.set_contact_hours(CUSTOMER, [{**row, "from": "02-30", "to": "05-31"}])
    with pytest.raises(FieldError, match="både första och sista dagen"):
        folder.set_contact_hours(CUSTOMER, [{**row, "from": "09-01", "to": ""}])
    assert folder.card_text() == before
    assert check_hours_row({**row, "from": "", "to": ""}) is None  # empty: all year
