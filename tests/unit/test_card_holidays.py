"""Who can be called on the days that matter: public holidays, and the eves offices close.

The dates are computed; which eves count as closed is the card's data. The cases are the ones a
worker meets: midsommarafton afternoon, julafton morning, skärtorsdag just before four, Kristi
himmelsfärdsdag morning – in 2026 and 2027, whose Easters fall on different dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kvinnofrid_desktop.core.bundled import default_pack_dir
from kvinnofrid_desktop.core.card.holidays import Calendar, easter_sunday, eves, public_holidays
from kvinnofrid_desktop.core.card.model import ActionCard, load_action_card
from kvinnofrid_desktop.core.card.now import day_note, next_opening, now_line


@pytest.fixture(scope="module")
def card() -> ActionCard:
    return load_action_card(default_pack_dir() / "action_card.json")


@pytest.mark.parametrize(("year", "easter"), [
    (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)), (2026, dt.date(2026, 4, 5)),
    (2027, dt.date(2027, 3, 28)), (2038, dt.date(2038, 4, 25)), (2285, dt.date(2285, 3, 22)),
])
def test_easter_sunday(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_the_holidays_of_2026() -> None:
    days = {d.isoformat(): name for d, name in public_holidays(2026).items()}
    assert days == {
        "2026-01-01": "nyårsdagen", "2026-01-06": "trettondedag jul",
        "2026-04-03": "långfredagen", "2026-04-05": "påskdagen", "2026-04-06": "annandag påsk",
        "2026-05-01": "första maj", "2026-05-14": "Kristi himmelsfärdsdag",
        "2026-05-24": "pingstdagen", "2026-06-06": "Sveriges nationaldag",
        "2026-06-20": "midsommardagen", "2026-10-31": "alla helgons dag",
        "2026-12-25": "juldagen", "2026-12-26": "annandag jul",
    }
    assert eves(2026)[dt.date(2026, 6, 19)] == "midsommarafton"
    assert eves(2027)[dt.date(2027, 6, 25)] == "midsommarafton"
    assert eves(2027)[dt.date(2027, 3, 25)] == "skärtorsdag"


def test_which_eves_are_closed_is_the_cards_choice() -> None:
    julafton = dt.date(2026, 12, 24)
    assert not Calendar().day(julafton).closed
    assert Calendar(("julafton",)).day(julafton).closed
    assert Calendar().day(julafton).before_holiday  # juldagen is a public holiday
    assert Calendar().day(dt.date(2026, 5, 14)).closed  # a public holiday needs no listing


def test_the_shipped_card_names_the_closed_eves(card: ActionCard) -> None:
    assert set(card.calendar.closed_eves) == {"midsommarafton", "julafton", "nyårsafton"}
    assert card.calendar.source


DAYS = {
    2026: {"midsommarafton": dt.date(2026, 6, 19), "julafton": dt.date(2026, 12, 24),
           "skärtorsdag": dt.date(2026, 4, 2), "himmelsfärd": dt.date(2026, 5, 14)},
    2027: {"midsommarafton": dt.date(2027, 6, 25), "julafton": dt.date(2027, 12, 24),
           "skärtorsdag": dt.date(2027, 3, 25), "himmelsfärd": dt.date(2027, 5, 6)},
}


def at(year: int, day: str, clock: str) -> dt.datetime:
    return dt.datetime.combine(DAYS[year][day], dt.time.fromisoformat(clock))


@pytest.mark.parametrize("year", [2026, 2027])
def test_midsommarafton_afternoon(card: ActionCard, year: int) -> None:
    now = at(year, "midsommarafton", "14:00")
    office, jour = card.contact("sala-orosanmalan-barn"), card.contact("sala-socialjour")
    assert office.is_open(now) is False  # a Friday, 14.00: open on an ordinary Friday
    assert jour.is_open(now) is False
    assert next_opening(jour, now) == now.replace(hour=15, minute=30)  # day before a holiday
    line = now_line(card, office, now)
    # Only the card closes offices on midsommarafton; the source's hours are for weekdays.
    assert line.state == "probably_closed" and "112" in line.text
    assert line.text.startswith("Troligen stängt nu")


@pytest.mark.parametrize("year", [2026, 2027])
def test_julafton_morning(card: ActionCard, year: int) -> None:
    now = at(year, "julafton", "10:00")
    assert card.contact("sala-orosanmalan-barn").is_open(now) is False
    assert card.contact("vasteras-socialjour").is_open(now) is False
    assert card.contact("sala-vaxel").is_open(now) in (False, None)
    jour = card.contact("socialjour-vastmanland")
    assert next_opening(jour, now) == now.replace(hour=15, minute=30)


@pytest.mark.parametrize(("municipality", "contact_id"), [
    ("Västerås", "vasteras-orosanmalan-barn"), ("Västerås", "vasteras-vaxel"),
    ("Sala", "sala-orosanmalan-barn"), ("Fagersta", "fagersta-vaxel"),
])
def test_an_office_on_julafton_is_probably_closed_not_closed(card: ActionCard,
                                                             municipality: str,
                                                             contact_id: str) -> None:
    """Julafton 2026 is a Thursday; the sources give weekday hours only ("vardagar
    08.30–16.00"), none for the eve. The card said "Stängt nu" and "kontoren har stängt" as
    fact; now it says probably, and why, and still points to 112 and to the jour, whose
    opening at 15.30 on the day before a holiday a source does give."""
    now = dt.datetime(2026, 12, 24, 10, 0)
    office = card.contact(contact_id)
    line = now_line(card, office, now)
    assert line.state == "probably_closed", line.text
    # Why: the day's hours are in no source; the office's own hours are ("tiderna är inte
    # bekräftade" put the doubt on them).
    assert line.text.startswith("Troligen stängt nu (källorna anger inga tider för dagen)")
    assert "tiderna är inte bekräftade" not in line.text
    assert "öppnar troligen" in line.text
    note = day_note(card, now)
    assert "kontoren har stängt" not in note
    assert "källorna anger inga tider för dagen" in note and "112" in note
    jour = now_line(card, card.contact("socialjour-vastmanland"), now)
    assert (jour.state, jour.text) == ("closed", "Stängt nu · öppnar 15.30")
    # Outside the office's weekday hours the eve changes nothing: closed is closed (or, by
    # hours not confirmed, probably closed, as on any evening).
    evening = now_line(card, office, now.replace(hour=20))
    assert evening.state == ("closed" if office.hours_confirmed else "probably_closed")
    assert municipality == office.municipality


def test_the_opening_after_an_eve_is_probable(card: ActionCard) -> None:
    """On 23 December after closing, "öppnar mån 08.30" said julafton was closed for sure."""
    line = now_line(card, card.contact("vasteras-orosanmalan-barn"),
                    dt.datetime(2026, 12, 23, 17, 0))
    assert line.state == "closed" and line.text.endswith("· öppnar troligen mån 08.30")


@pytest.mark.parametrize("year", [2026, 2027])
def test_skartorsdag_a_quarter_to_four(card: ActionCard, year: int) -> None:
    now = at(year, "skärtorsdag", "15:45")
    office, jour = card.contact("sala-orosanmalan-barn"), card.contact("sala-socialjour")
    assert office.is_open(now) is True  # an ordinary working day, open until 16.00
    assert jour.is_open(now) is True  # the day before långfredagen: from 15.30
    assert now_line(card, office, now).text == "Öppet nu, till 16.00"
    ordinary_thursday = now - dt.timedelta(days=7)
    assert jour.is_open(ordinary_thursday) is False  # from 16.30 on other weekdays


@pytest.mark.parametrize("year", [2026, 2027])
def test_kristi_himmelsfard_morning(card: ActionCard, year: int) -> None:
    now = at(year, "himmelsfärd", "10:00")
    office, jour = card.contact("sala-orosanmalan-barn"), card.contact("sala-socialjour")
    assert office.is_open(now) is False  # a Thursday, 10.00: open on an ordinary one
    assert jour.is_open(now) is False
    assert next_opening(jour, now) == now.replace(hour=15, minute=0)  # holiday hours
    assert jour.is_open(now.replace(hour=15, minute=30)) is True
    # The office opens again on the Friday after.
    assert next_opening(office, now) == now.replace(hour=9) + dt.timedelta(days=1)


def test_a_step_s_row_says_a_switchboard_of_unknown_hours_is_probably_closed_at_night(
        card: ActionCard) -> None:
    """At 03.00 a step's number row said "Köpings kommun, växel (tider okända)" while the
    contact and the fallback for the same number said "troligen stängt nu"."""
    from kvinnofrid_desktop.core.card.now import short_now

    switchboard = next(c for c in card.contacts if c.role == "switchboard"
                       and c.municipality == "Köping")
    assert switchboard.hours is None  # the test needs a line whose hours no source gives
    night = dt.datetime(2026, 12, 12, 3, 0)
    assert short_now(switchboard, night, card=card) == \
        "tider okända – troligen stängt nu, utanför kontorstid"
    weekday = dt.datetime(2026, 12, 9, 10, 0)
    assert short_now(switchboard, weekday, card=card) == "tider okända"
