"""Swedish public holidays and the eves around them, for "who can I call now".

Pure Python and computed for any year: the fixed dates, the Easter-based ones (Gauss's
algorithm as given by Meeus, the Gregorian calendar) and the Saturdays of Midsommardagen and Alla
helgons dag, as the law on public holidays (lag (1989:253) om allmänna helgdagar) lists them.
Which eves offices are counted closed on is not decided here: the action card names them
(``holidays.closed_eves`` in ``action_card.json``), so the county can change it without a release.
No source gives the offices' hours on those eves: the card shows them as probably closed.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

# The eves a card may name as closed, with how to find each in a year.
EVE_NAMES = ("trettondagsafton", "skärtorsdag", "påskafton", "valborgsmässoafton",
             "midsommarafton", "allhelgonaafton", "julafton", "nyårsafton")


def easter_sunday(year: int) -> dt.date:
    """Påskdagen in the Gregorian calendar (Meeus's form of Gauss's algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _saturday_between(year: int, month: int, first_day: int) -> dt.date:
    start = dt.date(year, month, first_day)
    return start + dt.timedelta(days=(5 - start.weekday()) % 7)


@functools.lru_cache(maxsize=16)
def public_holidays(year: int) -> dict[dt.date, str]:
    """The named public holidays of ``year`` (every Sunday is one too, by the same law)."""
    easter = easter_sunday(year)
    days = {
        dt.date(year, 1, 1): "nyårsdagen",
        dt.date(year, 1, 6): "trettondedag jul",
        easter - dt.timedelta(days=2): "långfredagen",
        easter: "påskdagen",
        easter + dt.timedelta(days=1): "annandag påsk",
        dt.date(year, 5, 1): "första maj",
        easter + dt.timedelta(days=39): "Kristi himmelsfärdsdag",
        easter + dt.timedelta(days=49): "pingstdagen",
        dt.date(year, 6, 6): "Sveriges nationaldag",
        _saturday_between(year, 6, 20): "midsommardagen",
        _saturday_between(year, 10, 31): "alla helgons dag",
        dt.date(year, 12, 25): "juldagen",
        dt.date(year, 12, 26): "annandag jul",
    }
    return days


@functools.lru_cache(maxsize=16)
def eves(year: int) -> dict[dt.date, str]:
    easter = easter_sunday(year)
    return {
        dt.date(year, 1, 5): "trettondagsafton",
        easter - dt.timedelta(days=3): "skärtorsdag",
        easter - dt.timedelta(days=1): "påskafton",
        dt.date(year, 4, 30): "valborgsmässoafton",
        _saturday_between(year, 6, 20) - dt.timedelta(days=1): "midsommarafton",
        _saturday_between(year, 10, 31) - dt.timedelta(days=1): "allhelgonaafton",
        dt.date(year, 12, 24): "julafton",
        dt.date(year, 12, 31): "nyårsafton",
    }


@dataclass(frozen=True)
class Day:
    """What kind of day a date is for opening hours."""

    name: str | None  # "julafton", "Kristi himmelsfärdsdag", or None for an ordinary day
    holiday: bool  # a named public holiday
    # Offices are counted closed: a public holiday, or an eve the card names. On such an eve
    # no source gives the offices' hours, so an office open there on its weekday is shown as
    # probably closed (core/card/now.py's ``open_state``), not as closed.
    closed: bool
    before_holiday: bool  # the next day is a named public holiday ("dag före röd dag")


@dataclass(frozen=True)
class Calendar:
    """The card's rules for special days: which eves count as closed, and where that is from."""

    closed_eves: tuple[str, ...] = ()
    source: str = ""

    def day(self, date: dt.date) -> Day:
        holiday = public_holidays(date.year).get(date)
        eve = eves(date.year).get(date)
        after = date + dt.timedelta(days=1)
        before = after in public_holidays(after.year)
        if holiday is not None:
            return Day(holiday, True, True, before)
        return Day(eve, False, eve in self.closed_eves, before)
