"""The action card (``action_card.json``): warning signs, steps and contacts, validated strictly.

A worker may phone a number from this file after a worrying home visit, so every contact must
carry its source and the date it was verified, and a missing detail must say so and point to the
nearest verified fallback. The format is described in ``docs/pack-format.md``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.core.card.holidays import EVE_NAMES, Calendar
from kvinnofrid_desktop.core.pack.external import (
    ExternalFileError,
    FileTooLargeError,
    loads,
    read_limited,
)
from kvinnofrid_desktop.core.pack.problems import (
    PackError,
    Problem,
    ProblemList,
    as_named_problem,
)
from kvinnofrid_desktop.core.pack.schema import (
    check_object,
    identifier,
    iso_date,
    key,
    newer_format,
    newer_problem,
    non_empty,
    one_of,
    strict_or_newer,
)

CARD_FORMAT = 1
MAX_CARD_BYTES = 2 * 1024 * 1024
SUBJECTS = ("barn", "vuxna", "djur")
MUNICIPALITIES = (
    "Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping",
    "Norberg", "Sala", "Skinnskatteberg", "Surahammar", "Västerås",
)
SCOPES = ("municipality", "county", "national")
ROLES = (
    "report_child", "report_adult", "switchboard", "out_of_hours", "animal_welfare",
    "police", "health", "support", "emergency",
)
STATUSES = ("verified", "unverified")
CONTACT_STATUSES = ("verified", "unverified", "missing")
# Whom a line is for: anyone (the default), or children and young people themselves (Bris
# 116 111), never a number for the adult who reports.
AUDIENCES = ("anyone", "children")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ]*(-[0-9][0-9 ]*)?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_MONTH_DAY_RE = re.compile(r"^(\d{2})-(\d{2})$")
MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
             "september", "oktober", "november", "december")


# Dashes a word processor puts in a number ("021–39 00 00"), and the one a number takes.
_TYPOGRAPHIC_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"


def check_phone(value: str) -> str | None:
    dashes = sorted({c for c in value if c in _TYPOGRAPHIC_DASHES})
    if dashes:
        fixed = "".join("-" if c in _TYPOGRAPHIC_DASHES else c for c in value)
        return (f"'{value}' har ett tankstreck ({''.join(dashes)}): ett telefonnummer skrivs "
                f"med bindestreck (-), så här: {fixed}")
    digits = sum(c.isdigit() for c in value)
    if not _PHONE_RE.match(value) or not 3 <= digits <= 15 or value != value.strip():
        return (f"'{value}' är inget telefonnummer (siffror, blanksteg och högst ett bindestreck, "
                "3–15 siffror)")
    if digits >= 5 and not value.startswith(("0", "+")) and not _short_number(value):
        # Excel reads "0211730000" as a number and writes 211730000: the card then printed a
        # number nobody answers.
        return (f"'{value}' börjar inte med 0: ett svenskt nummer börjar med riktnumret "
                "(t.ex. 021-17 30 00). Excel kan ha tagit bort nollan först; skriv numret med "
                "nollan och bindestreck")
    return None


def _short_number(value: str) -> bool:
    """A Swedish short number without an area code: 112, 113 13, 114 14, 116 006, 116 111,
    1177, 118 118 (the 11x series, at most six digits) and the five-digit 90xxx (90101)."""
    digits = "".join(c for c in value if c.isdigit())
    return ((digits.startswith("11") and len(digits) <= 6)
            or (digits.startswith("90") and len(digits) == 5))


# What to do once the number answers ("knappval 9"): one short line, said right with the number on
# the screen, on paper and in the pocket card's narrow column, so it has to stay short; a longer
# explanation belongs in the note.
DIAL_NOTE_MAX_CHARS = 30


def check_dial_note(value: str) -> str | None:
    """A contact's ``dial_note``: short plain text on one line; a Swedish reason when not."""
    if not value.strip():
        return ("knappvalet är tomt; utelämna fältet när numret inte har något knappval")
    if value != value.strip():
        return f"'{value}' börjar eller slutar med blanksteg"
    if any(unicodedata.category(c).startswith("C") for c in value):
        return "knappvalet ska vara en rad vanlig text, utan radbrytningar eller styrtecken"
    if any(c in "<>" for c in value):
        return f"'{value}': knappvalet är vanlig text, utan < och >"
    if len(value) > DIAL_NOTE_MAX_CHARS:
        return (f"knappvalet är {len(value)} tecken, högst {DIAL_NOTE_MAX_CHARS} får plats "
                "bredvid numret (t.ex. ”knappval 9”); en längre förklaring skrivs i "
                "anteckningen")
    return None


def check_month_day(value: str) -> str | None:
    """A day of the year as ``MM-DD`` ("09-01" is 1 September); a Swedish reason when not.

    29 February is a day of the year (in leap years); 30 February and month 13 are not."""
    found = _MONTH_DAY_RE.match(value)
    if found is None:
        return f"'{value}' är ingen dag i året (MM-DD, t.ex. 09-01 för 1 september)"
    month, day = int(found.group(1)), int(found.group(2))
    if not 1 <= month <= 12:
        return f"'{value}': det finns ingen månad {month} (MM-DD, t.ex. 09-01 för 1 september)"
    try:
        dt.date(2000, month, day)  # a leap year: 02-29 is a day of the year
    except ValueError:
        return f"'{value}': {MONTHS_SV[month - 1]} har ingen dag {day}"
    return None


def month_day(value: str) -> tuple[int, int]:
    """``"09-01"`` → ``(9, 1)``; the value must have passed ``check_month_day``."""
    month, day = value.split("-")
    return int(month), int(day)


@dataclass(frozen=True)
class Interval:
    days: tuple[int, ...]  # 0 = Monday
    open: int  # minutes after midnight
    close: int  # minutes after midnight; <= open means the interval ends the next day
    # The part of the year the interval applies in, (month, day) to (month, day) both
    # included; a range whose end comes before its start wraps over New Year (11-01 to
    # 02-28). None: all year, as every card written before seasons.
    season: tuple[tuple[int, int], tuple[int, int]] | None = None

    def applies_on(self, day: dt.date) -> bool:
        """Whether the interval is in force on ``day`` (by its weekday and its season)."""
        if day.weekday() not in self.days:
            return False
        if self.season is None:
            return True
        start, end = self.season
        at = (day.month, day.day)
        if start <= end:
            return start <= at <= end
        return at >= start or at <= end


@dataclass(frozen=True)
class Contact:
    id: str
    scope: str
    municipality: str | None
    subjects: tuple[str, ...]
    role: str
    name: str
    phone: str | None
    email: str | None
    hours: tuple[Interval, ...] | str | None  # "always", intervals, or None (unknown)
    hours_text: str
    status: str
    note: str
    source: str | None
    verified: str
    fallback: tuple[str, ...]
    # On public holidays: these (open, close) minutes instead of the weekday's; empty: closed.
    # A contact with holiday hours is a service that works holidays (a jour): the eves the card
    # names as closed close offices, not it. On the day before a public holiday, an interval
    # that opens later than ``before_holiday_opens`` opens then (Sala's jour: 15.30, not 16.30).
    holiday_hours: tuple[tuple[int, int], ...] = ()
    before_holiday_opens: int | None = None
    calendar: Calendar = field(default_factory=Calendar)
    source_date: str | None = None  # the source page's own date, when it gives one
    # False: ``hours`` are recorded from a source nobody could confirm (an old page, a blog).
    # Then ``is_open`` knows nothing, and what applies now is said as probable
    # (core/card/now.py's ``open_state``), never as fact.
    hours_confirmed: bool = True
    # What to do once the number answers ("knappval 9"), shown with the number wherever it is
    # shown; "" when nothing (every card written before the key).
    dial_note: str = ""
    # "children": a line for children and young people themselves (``AUDIENCES``); the card
    # never offers it in the place of a report line or the socialjour.
    audience: str = "anyone"

    def periods(self, day: dt.date, *, eves: bool = True) -> list[tuple[dt.datetime, dt.datetime]]:
        """The times this contact opens on ``day`` (a period may run past midnight).

        ``eves`` False: an eve the card counts as closed is read as its weekday, to tell
        whether closed on it is only the card's assumption (``closed_only_by_eve``)."""
        if not isinstance(self.hours, tuple):
            return []
        kind = self.calendar.day(day)
        if kind.holiday:
            spans = list(self.holiday_hours)
        elif kind.closed and not self.holiday_hours and eves:
            spans = []
        else:
            spans = [(i.open, i.close) for i in self.hours if i.applies_on(day)]
            if kind.before_holiday and self.before_holiday_opens is not None:
                spans = [(min(o, self.before_holiday_opens), c) for o, c in spans]
        start = dt.datetime.combine(day, dt.time())
        return [(start + dt.timedelta(minutes=o),
                 start + dt.timedelta(minutes=c if c > o else c + 24 * 60)) for o, c in spans]

    def period_at(self, when: dt.datetime, *,
                  eves: bool = True) -> tuple[dt.datetime, dt.datetime] | None:
        """The opening period ``when`` falls in (yesterday's may run past midnight), or None."""
        at = local_time(when).replace(second=0, microsecond=0)
        for day in (at.date(), at.date() - dt.timedelta(days=1)):
            for begin, end in self.periods(day, eves=eves):
                if begin <= at < end:
                    return begin, end
        return None

    def is_open(self, when: dt.datetime) -> bool | None:
        """True/False when the hours are known and confirmed; None when the source gives none
        or the hours are not confirmed (``open_by_record`` says what they would mean)."""
        return self.open_by_record(when) if self.hours_confirmed else None

    def open_by_record(self, when: dt.datetime) -> bool | None:
        """What the recorded hours say, confirmed or not; None when none are recorded."""
        if self.hours == "always":
            return True
        if not self.hours:
            return None
        return self.period_at(when) is not None

    def closed_only_by_eve(self, when: dt.datetime) -> bool:
        """True when the recorded hours would have this contact open at ``when`` and only the
        day, an eve the card counts as closed (julafton), closes it. No source gives an
        office's hours for such a day, so closed is then a likelihood, never a fact."""
        if not isinstance(self.hours, tuple) or self.holiday_hours:
            return False
        return self.period_at(when) is None and self.period_at(when, eves=False) is not None

    def age_days(self, today: dt.date) -> int:
        return (today - dt.date.fromisoformat(self.verified)).days


SWEDISH_ZONE = "Europe/Stockholm"


@cache
def swedish_zone() -> dt.tzinfo | None:
    """Swedish time, in which the card's hours are written; None where the system has no
    time-zone data (Windows without the tzdata package): then the machine's own time is used."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(SWEDISH_ZONE)
    except (ImportError, KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        # Said once, in the window's log (the command line says it on stderr).
        logging.getLogger(__name__).warning(
            "no time-zone data for %s: the card's 'now' uses the machine's time", SWEDISH_ZONE)
        return None


def local_time(when: dt.datetime) -> dt.datetime:
    """``when`` as Swedish time without a zone, as the card's hours are read.

    An aware time is converted (15.45 UTC is 16.45 in Swedish winter), never just stripped of
    its offset; a naive one is taken to be Swedish already. Without zone data (``swedish_zone``)
    the machine's own time stands in."""
    if when.tzinfo is None:
        return when
    zone = swedish_zone()
    return (when.astimezone(zone) if zone else when.astimezone()).replace(tzinfo=None)


def swedish_now() -> dt.datetime:
    """Now, in Swedish time (naive): what "nu" on the card is read against, wherever the
    machine's clock is set (a server in UTC was an hour off in winter, two in summer)."""
    return local_time(dt.datetime.now(dt.UTC))


def dialled(contact: Contact, number: Callable[[str], str] = str,
            dial: Callable[[str], str] = str) -> str:
    """The contact's phone number with what to do once it answers, as the card says them
    together wherever it shows the number: "021-39 00 00, knappval 9" ("" without a phone).
    ``number`` and ``dial`` format each part (bold and unbroken, escaped for HTML)."""
    if not contact.phone:
        return ""
    text = number(contact.phone)
    return f"{text}, {dial(contact.dial_note)}" if contact.dial_note else text


def named_number(contact: Contact, between: str, name: Callable[[str], str] = str,
                 number: Callable[[str], str] = str) -> str:
    """"Kvinnofridslinjen – 020-50 50 50", the dial choice with the number; "112 – nödnummer"
    once, as its name already holds the number. ``name`` and ``number`` format each part."""
    plain = contact.phone or contact.email or ""
    if plain in contact.name:
        return name(contact.name)
    return f"{name(contact.name)}{between}{dialled(contact, number, number) or number(plain)}"


@dataclass(frozen=True)
class Sign:
    id: str
    text: str
    source: str
    checked: str
    status: str


@dataclass(frozen=True)
class SignGroup:
    id: str
    title: str
    signs: tuple[Sign, ...]


@dataclass(frozen=True)
class Step:
    id: str
    urgent: bool
    title: str
    text: str
    contacts: tuple[str, ...]
    source: str
    checked: str
    status: str


@dataclass(frozen=True)
class Subject:
    id: str
    title: str
    sign_groups: tuple[SignGroup, ...]
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class ActionCard:
    title: str
    checked: str
    municipalities: tuple[str, ...]
    subjects: tuple[Subject, ...]
    contacts: tuple[Contact, ...]
    calendar: Calendar = field(default_factory=Calendar)

    def subject(self, subject_id: str) -> Subject:
        return next(s for s in self.subjects if s.id == subject_id)

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def checked_range(self) -> tuple[str, str]:
        """The oldest and the newest date on which a sign, step or contact was checked.

        The card's own ``checked`` is its latest review; a footer that gave only that date
        would make contacts read a week earlier look as fresh as the newest.
        """
        dates = [c.verified for c in self.contacts]
        for s in self.subjects:
            dates += [t.checked for t in s.steps]
            dates += [x.checked for g in s.sign_groups for x in g.signs]
        return min(dates, default=self.checked), max([*dates, self.checked])

    def contacts_for(self, municipality: str | None, subject: str | None) -> list[Contact]:
        """The municipality's own contacts first, then county-wide, then national ones.

        ``municipality`` None means "Hela länet": every municipality's contacts, in order.
        """
        def relevant(c: Contact) -> bool:
            return subject is None or not c.subjects or subject in c.subjects

        local = [c for c in self.contacts if c.scope == "municipality" and relevant(c)
                 and (municipality is None or c.municipality == municipality)]
        county = [c for c in self.contacts if c.scope == "county" and relevant(c)]
        national = [c for c in self.contacts if c.scope == "national" and relevant(c)]
        return local + county + national


# --- loading and validation -----------------------------------------------------------------

_SIGN_SPEC = {
    "id": key(str, check=identifier),
    "text": key(str, check=non_empty),
    "source": key(str, check=non_empty),
    "checked": key(str, check=iso_date),
    "status": key(str, check=one_of(*STATUSES)),
}
_GROUP_SPEC = {"id": key(str, check=identifier), "title": key(str, check=non_empty),
               "signs": key(list)}
_STEP_SPEC = {
    "id": key(str, check=identifier),
    "urgent": key(bool),
    "title": key(str, check=non_empty),
    "text": key(str, check=non_empty),
    "contacts": key(list),
    "source": key(str, check=non_empty),
    "checked": key(str, check=iso_date),
    "status": key(str, check=one_of(*STATUSES)),
}
_SUBJECT_SPEC = {"id": key(str, check=one_of(*SUBJECTS)), "title": key(str, check=non_empty),
                 "sign_groups": key(list), "steps": key(list)}
_CONTACT_SPEC = {
    "id": key(str, check=identifier),
    "scope": key(str, check=one_of(*SCOPES)),
    "municipality": key(str, required=False),
    "subjects": key(list),
    "role": key(str, check=one_of(*ROLES)),
    "name": key(str, check=non_empty),
    "phone": key(str, type(None), check=check_phone),
    # Optional, absent: none. A program older than the key refuses the card (``field.unknown``)
    # rather than show the switchboard's number without the choice that reaches the service.
    "dial_note": key(str, required=False, check=check_dial_note),
    "email": key(str, type(None),
                 check=lambda v: None if _EMAIL_RE.match(v) else f"'{v}' är ingen e-postadress"),
    "hours": key(list, str, type(None),
                 check=lambda v: None if not isinstance(v, str) or v == "always"
                 else "ska vara \"always\", en lista med tider eller null"),
    "hours_text": key(str),
    "status": key(str, check=one_of(*CONTACT_STATUSES)),
    "note": key(str, required=False),
    "source": key(str, type(None)),
    "verified": key(str, check=lambda v: iso_date(v, allow_future=True)),  # future: see below
    "fallback": key(list, required=False),
    "holiday_hours": key(list, required=False),
    "before_holiday_opens": key(str, required=False),
    "source_date": key(str, required=False, check=iso_date),
    "hours_confirmed": key(bool, required=False),
    # Optional, absent: "anyone" (every card written before the key).
    "audience": key(str, required=False, check=one_of(*AUDIENCES)),
}
_HOLIDAYS_SPEC = {"closed_eves": key(list), "source": key(str, check=non_empty)}
_SPAN_SPEC = {"open": key(str), "close": key(str)}
_CARD_SPEC = {
    "format": key(int),
    "title": key(str, check=non_empty),
    "checked": key(str, check=iso_date),
    "municipalities": key(list),
    "subjects": key(list),
    "contacts": key(list),
    "holidays": key(dict, required=False),
}
# "from"/"to": the interval's season within the year (MM-DD, both or neither; absent: all
# year). A program older than the key refuses the card (``field.unknown``), never reads a
# seasonal interval as all-year: see docs/pack-format.md.
_INTERVAL_SPEC = {"days": key(list), "open": key(str), "close": key(str),
                  "from": key(str, required=False, check=check_month_day),
                  "to": key(str, required=False, check=check_month_day)}


def load_action_card(path: Path, *, file: str = "action_card.json",
                     from_program: bool = True) -> ActionCard:
    """The card in the file at ``path``; ``from_program`` as for ``parse_action_card``."""
    try:
        raw = read_limited(path, MAX_CARD_BYTES)
    except FileNotFoundError:
        raise PackError(Problem("file.missing", file, None, "filen saknas")) from None
    except ExternalFileError as exc:
        code = "card.too_large" if isinstance(exc, FileTooLargeError) else "file.unreadable"
        raise PackError(Problem(code, file, None, f"filen {exc}")) from None
    return parse_action_card_bytes(raw, file=file, from_program=from_program)


def parse_action_card_bytes(raw: bytes, *, file: str = "action_card.json",
                            from_program: bool = True) -> ActionCard:
    if len(raw) > MAX_CARD_BYTES:
        raise PackError(Problem("card.too_large", file, None, "filen är orimligt stor"))
    try:
        data = loads(raw)
    except ExternalFileError as exc:
        raise PackError(Problem("card.not_json", file, None, f"filen {exc}")) from None
    return parse_action_card(data, file=file, from_program=from_program)


def parse_action_card(data: Any, *, file: str = "action_card.json",
                      today: dt.date | None = None, from_program: bool = True) -> ActionCard:
    """The card in ``data``, validated; PackError naming every problem, and never another
    exception: a value of an unexpected type anywhere is the card's problem, not a crash.

    A card with a higher format number, or (``from_program``: a pack's card, which the program
    that built the pack wrote) whose only fault is keys this build does not know, is refused
    with ``format.newer`` first: a newer program made it. False for the coordinator's source
    card, where an unknown key is a typo."""
    return as_named_problem("card.invalid", file, lambda: strict_or_newer(
        file, lambda problems: _parse_action_card(data, problems, today),
        from_program=from_program))


def _parse_action_card(data: Any, problems: ProblemList, today: dt.date | None) -> ActionCard:
    if isinstance(data, dict) and newer_format(data.get("format"), CARD_FORMAT):
        # Reported alone: in a newer format the other keys may mean other things.
        raise PackError(newer_problem(
            problems.file, "format",
            f"åtgärdskortets format {data['format']}; programmet läser format {CARD_FORMAT}"))
    top = check_object(data, _CARD_SPEC, "", problems)
    if top is None:
        problems.raise_if_any()
    assert top is not None
    if top["format"] != CARD_FORMAT:
        problems.add("format.unsupported", "format",
                     f"åtgärdskortets format {top['format']} stöds inte (programmet läser "
                     f"format {CARD_FORMAT})")
        problems.raise_if_any()
    if sorted(top["municipalities"]) != sorted(MUNICIPALITIES):
        problems.add("card.municipalities", "municipalities",
                     "ska lista länets tio kommuner: " + ", ".join(MUNICIPALITIES))
    ids: set[str] = set()

    def unique(value: str, where: str) -> None:
        if value in ids:
            problems.add("card.duplicate_id", where, f"id '{value}' används redan")
        ids.add(value)

    calendar = _parse_calendar(top.get("holidays"), problems)
    contacts = [c for i, item in enumerate(top["contacts"])
                if (c := _parse_contact(item, f"contacts[{i}]", problems, unique, today,
                                        calendar))]
    subjects = [s for i, item in enumerate(top["subjects"])
                if (s := _parse_subject(item, f"subjects[{i}]", problems, unique))]
    found = [s.id for s in subjects]
    for missing in (s for s in SUBJECTS if s not in found):
        problems.add("card.subject_missing", "subjects", f"ämnet '{missing}' saknas")
    if len(found) != len(set(found)):
        problems.add("card.duplicate_id", "subjects", "ett ämne förekommer två gånger")
    # A contact left out for problems of its own is still no unknown contact to its mentions.
    named = {item.get("id") for item in top["contacts"] if isinstance(item, dict)}
    _check_references(subjects, contacts, named, problems)
    problems.raise_if_any()
    order = {s: i for i, s in enumerate(SUBJECTS)}
    return ActionCard(
        title=top["title"], checked=top["checked"],
        municipalities=tuple(top["municipalities"]),
        subjects=tuple(sorted(subjects, key=lambda s: order[s.id])),
        contacts=tuple(contacts), calendar=calendar,
    )


def _parse_calendar(value: Any, problems: ProblemList) -> Calendar:
    if value is None:
        return Calendar()
    obj = check_object(value, _HOLIDAYS_SPEC, "holidays", problems)
    if obj is None:
        return Calendar()
    eves = obj["closed_eves"]
    if not all(isinstance(e, str) and e in EVE_NAMES for e in eves):
        problems.add("field.value", "holidays.closed_eves",
                     f"aftnar ska vara några av {', '.join(EVE_NAMES)}")
        return Calendar()
    return Calendar(tuple(eves), obj["source"])


def _minutes(value: Any, where: str, problems: ProblemList) -> int | None:
    if not isinstance(value, str) or not _TIME_RE.match(value):
        problems.add("field.value", where, f"'{value}' är ingen klockslag (tt:mm)")
        return None
    hh, mm = value.split(":")
    return int(hh) * 60 + int(mm)


def _parse_subject(item: Any, where: str, problems: ProblemList, unique: Any) -> Subject | None:
    obj = check_object(item, _SUBJECT_SPEC, where, problems)
    if obj is None:
        return None
    groups = []
    for gi, g in enumerate(obj["sign_groups"]):
        gw = f"{where}.sign_groups[{gi}]"
        group = check_object(g, _GROUP_SPEC, gw, problems)
        if group is None:
            continue
        unique(group["id"], f"{gw}.id")
        signs = []
        for si, s in enumerate(group["signs"]):
            sign = check_object(s, _SIGN_SPEC, f"{gw}.signs[{si}]", problems)
            if sign is not None:
                unique(sign["id"], f"{gw}.signs[{si}].id")
                signs.append(Sign(**sign))
        groups.append(SignGroup(group["id"], group["title"], tuple(signs)))
    steps = []
    for ti, t in enumerate(obj["steps"]):
        step = check_object(t, _STEP_SPEC, f"{where}.steps[{ti}]", problems)
        if step is not None:
            unique(step["id"], f"{where}.steps[{ti}].id")
            steps.append(Step(**{**step, "contacts": tuple(step["contacts"])}))
    if steps and not steps[0].urgent:
        problems.add("card.urgent_first", f"{where}.steps", "det akuta steget ska komma först")
    return Subject(obj["id"], obj["title"], tuple(groups), tuple(steps))


def _parse_contact(item: Any, where: str, problems: ProblemList, unique: Any,
                   today: dt.date | None, calendar: Calendar) -> Contact | None:
    before = len(problems.items)
    obj = check_object(item, _CONTACT_SPEC, where, problems)
    if obj is None:
        return None
    unique(obj["id"], f"{where}.id")
    if (msg := iso_date(obj["verified"], today=today)) is not None:
        problems.add("field.value", f"{where}.verified", msg)
    if obj["scope"] == "municipality":
        if obj.get("municipality") not in MUNICIPALITIES:
            problems.add("card.municipality_unknown", f"{where}.municipality",
                         f"okänd kommun '{obj.get('municipality')}'")
    elif "municipality" in obj:
        problems.add("field.unknown", f"{where}.municipality",
                     "anges bara när scope är 'municipality'")
    for subject in obj["subjects"]:
        if subject not in SUBJECTS:
            problems.add("field.value", f"{where}.subjects", f"okänt ämne '{subject}'")
    status = obj["status"]
    if status != "missing" and not (obj["source"] or "").strip():
        problems.add("card.no_source", f"{where}.source",
                     "en kontaktuppgift utan källa får inte visas")
    if status != "missing" and not obj["phone"] and not obj["email"]:
        problems.add("field.missing", f"{where}.phone", "telefon eller e-post krävs")
    if status == "missing" and not obj.get("fallback"):
        problems.add("card.no_fallback", f"{where}.fallback",
                     "en saknad uppgift måste hänvisa till en verifierad reservkontakt")
    if "dial_note" in obj and not obj["phone"]:
        problems.add("field.value", f"{where}.dial_note",
                     "ett knappval hör till ett telefonnummer, och kontakten har inget "
                     "(phone är null)")
    hours = _parse_hours(obj["hours"], f"{where}.hours", problems)
    confirmed = obj.get("hours_confirmed", True)
    if not confirmed and obj["hours"] is None:
        problems.add("field.value", f"{where}.hours_confirmed",
                     "obekräftade tider kräver tider i hours (null betyder att tiderna är "
                     "okända)")
    holiday_hours: list[tuple[int, int]] = []
    for i, span in enumerate(obj.get("holiday_hours", [])):
        checked = check_object(span, _SPAN_SPEC, f"{where}.holiday_hours[{i}]", problems)
        if checked is not None:
            opening, closing = (_minutes(checked[n], f"{where}.holiday_hours[{i}].{n}", problems)
                                for n in ("open", "close"))
            if opening is not None and closing is not None:
                holiday_hours.append((opening, closing))
    opens = obj.get("before_holiday_opens")
    if opens is not None:
        opens = _minutes(opens, f"{where}.before_holiday_opens", problems)
    if len(problems.items) != before:
        return None
    # A missing entry ("uppgift saknas") may carry a number nobody confirmed (a municipality's
    # answer in the round, not yet checked): it is never shown, anywhere. The screen hid it,
    # but the printed card and `card show` printed it as the number to ring.
    shown = status != "missing"
    return Contact(
        id=obj["id"], scope=obj["scope"], municipality=obj.get("municipality"),
        subjects=tuple(obj["subjects"]), role=obj["role"], name=obj["name"],
        phone=obj["phone"] if shown else None, email=obj["email"] if shown else None,
        hours=hours, hours_text=obj["hours_text"],
        status=status, note=obj.get("note", ""), source=obj["source"],
        verified=obj["verified"], fallback=tuple(obj.get("fallback", ())),
        holiday_hours=tuple(holiday_hours), before_holiday_opens=opens, calendar=calendar,
        source_date=obj.get("source_date"), hours_confirmed=confirmed,
        dial_note=obj.get("dial_note", "") if shown else "",
        audience=obj.get("audience", "anyone"),
    )


def _parse_hours(
    value: Any, where: str, problems: ProblemList
) -> tuple[Interval, ...] | str | None:
    if value is None:
        return None
    if value == "always":
        return "always"
    intervals = []
    for i, item in enumerate(value):
        obj = check_object(item, _INTERVAL_SPEC, f"{where}[{i}]", problems)
        if obj is None:
            continue
        bad_days = [d for d in obj["days"] if d not in DAYS]
        if bad_days or not obj["days"]:
            problems.add("field.value", f"{where}[{i}].days",
                         f"dagar ska vara några av {', '.join(DAYS)}")
            continue
        times = [t for name in ("open", "close")
                 if (t := _minutes(obj[name], f"{where}[{i}].{name}", problems)) is not None]
        season = None
        if ("from" in obj) != ("to" in obj):
            given, absent = ("from", "to") if "from" in obj else ("to", "from")
            problems.add("field.missing", f"{where}[{i}].{absent}",
                         f"en period inom året anger både from och to (här finns bara {given}); "
                         "utan båda gäller tiderna hela året")
            continue
        if "from" in obj:
            season = (month_day(obj["from"]), month_day(obj["to"]))
        if len(times) == 2:
            days = tuple(sorted(DAYS.index(d) for d in obj["days"]))
            intervals.append(Interval(days, times[0], times[1], season))
    return tuple(intervals)


def _check_references(subjects: list[Subject], contacts: list[Contact], named: set[Any],
                      problems: ProblemList) -> None:
    """Every contact a step or a fallback names exists (``named``: every id in the file, also
    of contacts left out for their own problems, which are reported at them)."""
    by_id = {c.id: c for c in contacts}
    for subject in subjects:
        for step in subject.steps:
            for ref in step.contacts:
                if ref not in named:
                    problems.add("card.unknown_contact", f"steps[{step.id}].contacts",
                                 f"kontakten '{ref}' finns inte")
    for contact in contacts:
        for ref in contact.fallback:
            target = by_id.get(ref)
            if ref not in named:
                problems.add("card.unknown_contact", f"contacts[{contact.id}].fallback",
                             f"kontakten '{ref}' finns inte")
            elif target is not None and target.status == "missing":
                problems.add("card.bad_fallback", f"contacts[{contact.id}].fallback",
                             f"reservkontakten '{ref}' saknar själv uppgifter")
