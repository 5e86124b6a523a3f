"""What applies *now* on the action card: which number to ring at this moment, in what order.

Pure Python, shared by the native Åtgärdskort view, the printable card and ``card show``, so the
window and the terminal always give the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kvinnofrid_desktop.core.card.model import (
    MUNICIPALITIES,
    ActionCard,
    Contact,
    Step,
    dialled,
    local_time,
)
from kvinnofrid_desktop.core.placeholders import arg

REPORT_ROLES = ("report_child", "report_adult")
# The lines a worker rings as an authority's: in their place, never a line for the child itself.
AUTHORITY_ROLES = (*REPORT_ROLES, "out_of_hours")
# Within a municipality, the county or the national lines: what a worker rings first comes first.
ROLE_ORDER = ("emergency", "report_child", "report_adult", "animal_welfare", "out_of_hours",
              "police", "support", "health", "switchboard")
SCOPE_ORDER = ("municipality", "county", "national")
# An office line whose hours no source gives is, outside office hours, taken to be probably
# closed: at 23.00 a switchboard with unknown hours must not be offered before a line that is
# open now. Office hours are the card's own: from the earliest opening to the latest closing of
# its office lines with recorded hours that day (``office_span``). These apply only to a card
# that records no office hours for the day.
OFFICE_ROLES = ("report_child", "report_adult", "animal_welfare", "switchboard")
OFFICE_OPENS, OFFICE_CLOSES = 7 * 60, 18 * 60
STALE_AFTER_DAYS = 365
OLD_SOURCE_DAYS = 2 * 365
WEEKDAYS_SV = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
MONTHS_SHORT_SV = ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt",
                   "nov", "dec")
# How far ahead the next opening is looked for: past jul–nyår and a summer closure of three
# weeks (Kvinnohuset, weeks 27–29), so that "Stängt nu" still says when it opens.
NEXT_OPENING_DAYS = 31

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


# --- what applies now (pure; shared with the window) -----------------------------------------

# What a contact's hours say at a moment, most reachable first: the order fallbacks are
# offered in. "probably_…": by hours recorded but not confirmed (``Contact.hours_confirmed``).
OPEN_STATES = ("open", "probably_open", "unknown", "probably_closed", "closed")
CLOSED_STATES = ("probably_closed", "closed")


def open_state(contact: Contact, now: dt.datetime) -> str:
    """One of ``OPEN_STATES``: whether ``contact`` is open at ``now``, and how sure that is."""
    by_record = contact.open_by_record(now)
    if by_record is None:
        return "unknown"
    if not by_record and contact.closed_only_by_eve(now):
        # Julafton on a Thursday: the source says "vardagar", the eve's hours are nobody's.
        return "probably_closed"
    if contact.hours_confirmed:
        return "open" if by_record else "closed"
    return "probably_open" if by_record else "probably_closed"


def _office_line(contact: Contact) -> bool:
    return contact.role in OFFICE_ROLES and contact.scope != "national"


def office_span(card: ActionCard, day: dt.date) -> tuple[int, int]:
    """Office hours on ``day`` as the card's own office lines keep them: (the earliest opening,
    the latest closing) in minutes, over every line with recorded hours, confirmed or not.

    Every switchboard whose hours are known closes by 16.30: a fixed 18.00 had Köping's
    switchboard, hours unknown, offered first at 17.30 on a Friday. ``OFFICE_OPENS`` and
    ``OFFICE_CLOSES`` when no office line records hours for the day."""
    spans = [(begin, end) for c in card.contacts if _office_line(c) and isinstance(c.hours, tuple)
             for begin, end in c.periods(day)]
    if not spans:
        return OFFICE_OPENS, OFFICE_CLOSES
    start = dt.datetime.combine(day, dt.time())
    opens = min(int((b - start).total_seconds()) // 60 for b, _e in spans)
    closes = max(int((e - start).total_seconds()) // 60 for _b, e in spans)
    return opens, closes


def after_office_hours(card: ActionCard, contact: Contact, now: dt.datetime) -> bool:
    """True when ``contact`` is an office line with unknown hours and ``now`` is a night, a
    weekend, a day the card counts as closed or outside the card's office hours for the day
    (``office_span``): then it is probably closed, though no source says so."""
    if contact.hours is not None or not _office_line(contact):
        return False
    at = local_time(now)
    if at.weekday() >= 5 or contact.calendar.day(at.date()).closed:
        return True
    opens, closes = office_span(card, at.date())
    return not opens <= at.hour * 60 + at.minute < closes


@dataclass(frozen=True)
class NowLine:
    """Which number applies at a moment: ``state`` is one of ``OPEN_STATES`` or missing."""

    state: str
    text: str
    alternative: Contact | None = None  # the contact to ring instead right now, if any


def clock_text(minutes: int, tr: Translate = _same) -> str:
    """Minutes after midnight as clock text: ``16.30`` (Swedish), or as ``tr`` writes it.

    The pattern "%1.%2" is a phrase like the others: its translation is the interface
    language's own way ("16:30" in the window's British English)."""
    minutes %= 24 * 60
    return arg(tr("%1.%2"), f"{minutes // 60:02d}", f"{minutes % 60:02d}")


def is_stale(contact: Contact, today: dt.date) -> bool:
    return contact.age_days(today) > STALE_AFTER_DAYS


def old_source_year(contact: Contact, today: dt.date) -> int | None:
    """The year of a source page older than two years (read recently or not), else None."""
    if not contact.source_date:
        return None
    written = dt.date.fromisoformat(contact.source_date)
    return written.year if (today - written).days > OLD_SOURCE_DAYS else None


def out_of_hours_for(card: ActionCard, municipality: str | None) -> Contact | None:
    """The out-of-hours service confirmed for a municipality, or None.

    Its own entry when verified; else a county service only where the municipality's own entry
    points to it. The county socialjour is confirmed for three municipalities only, so it must
    never be offered to the other seven by default.
    """
    if municipality is None:
        return None
    own = [c for c in card.contacts if c.scope == "municipality"
           and c.municipality == municipality and c.role == "out_of_hours"]
    for contact in own:
        if contact.status == "verified" and contact.phone:
            return contact
    for contact in own:
        for ref in contact.fallback:
            target = card.contact(ref)
            if (target is not None and target.scope == "county" and target.role == "out_of_hours"
                    and target.status == "verified"):
                return target
    return None


def ordered_contacts(card: ActionCard, municipality: str | None,
                     subject: str | None) -> list[Contact]:
    """``card.contacts_for`` (municipality, county, national), most needed role first in each."""
    def rank(c: Contact) -> tuple[int, int, int]:
        place = MUNICIPALITIES.index(c.municipality) if c.municipality in MUNICIPALITIES else 0
        return SCOPE_ORDER.index(c.scope), place, ROLE_ORDER.index(c.role)

    return sorted(card.contacts_for(municipality, subject), key=rank)


def jour_coverage(card: ActionCard, jour: Contact) -> list[str]:
    """Municipalities whose confirmed out-of-hours service is ``jour`` (same id or number)."""
    covered = []
    for name in MUNICIPALITIES:
        found = out_of_hours_for(card, name)
        if found is not None and (found.id == jour.id or found.phone == jour.phone):
            covered.append(name)
    return covered


def step_contacts(card: ActionCard, step: Step, municipality: str | None, *,
                  with_routes: bool = False) -> list[Contact]:
    """The contacts a step points to that apply in ``municipality`` (None: the whole county).

    Other municipalities' numbers are left out, the county jour is kept only where it is
    confirmed, and a number already listed is not repeated. ``with_routes``: the caller shows
    a missing entry's routes under it (``instead_now``), so what they name — its fallbacks and
    112 — is not listed a second time beside it.
    """
    jour = out_of_hours_for(card, municipality)
    found: list[Contact] = []
    phones: set[tuple[str, str]] = set()
    for ref in step.contacts:
        c = card.contact(ref)
        if c is None:
            continue
        if c.scope == "municipality" and (municipality is None or c.municipality != municipality):
            continue
        if (c.scope != "municipality" and c.role == "out_of_hours" and municipality is not None
                and (jour is None or jour.id != c.id)):
            continue
        if c.phone and c.status != "missing":
            # The same number with another choice in its menu is another route.
            if (c.phone, c.dial_note) in phones:
                continue
            phones.add((c.phone, c.dial_note))
        found.append(c)
    # A missing entry whose fallbacks are all listed already adds nothing but noise.
    listed = {c.id for c in found}
    found = [c for c in found if c.status != "missing" or not set(c.fallback) <= listed]
    missing = [c for c in found if c.status == "missing"]
    if not with_routes or not missing:
        return found
    routed = {ref for c in missing for ref in c.fallback}
    return [c for c in found if c.status == "missing"
            or (c.id not in routed and c.role != "emergency")]


def closes_at(contact: Contact, now: dt.datetime) -> int | None:
    """Closing time (minutes after midnight) of the opening period ``now`` is in."""
    period = contact.period_at(now)
    return None if period is None else period[1].hour * 60 + period[1].minute


def next_opening(contact: Contact, now: dt.datetime) -> dt.datetime | None:
    """When ``contact`` opens next after ``now`` (holidays and seasons counted), within
    ``NEXT_OPENING_DAYS``."""
    at = local_time(now)
    for offset in range(NEXT_OPENING_DAYS + 1):
        starts = [b for b, _e in contact.periods(at.date() + dt.timedelta(days=offset)) if b > at]
        if starts:
            return min(starts)
    return None


def when_text(at: dt.datetime, now: dt.datetime, tr: Translate = _same) -> str:
    clock = clock_text(at.hour * 60 + at.minute, tr)
    days = (at.date() - now.date()).days
    if days == 0:
        return clock
    if days == 1:
        return arg(tr("i morgon %1"), clock)
    weekday = tr(WEEKDAYS_SV[at.weekday()])
    if days < 7:
        return f"{weekday} {clock}"
    # A week or more ahead the weekday alone names an earlier day: on Wednesday 19 December
    # "öppnar ons 13.00" meant 2 January. Weekday, day of the month, month and clock.
    return arg(tr("%1 %2 %3 %4"), weekday, str(at.day), tr(MONTHS_SHORT_SV[at.month - 1]),
               clock)


def short_now(contact: Contact, now: dt.datetime, tr: Translate = _same,
              card: ActionCard | None = None) -> str:
    """A few words for a compact line: öppet nu, stängt nu, dygnet runt, tider okända, and
    troligen öppet / troligen stängt by hours that are not confirmed. With ``card``, an office
    line with unknown hours outside the card's office hours is "tider okända – troligen stängt
    nu", as its contact says: a step's row called Köping's switchboard "tider okända" at 03.00."""
    if contact.status == "missing":
        return tr("uppgift saknas")
    state = open_state(contact, now)
    if state == "open":
        return tr("dygnet runt") if contact.hours == "always" else tr("öppet nu")
    if state == "probably_open":
        return tr("troligen öppet")
    if state == "probably_closed":
        return tr("troligen stängt")
    if state == "unknown":
        if card is not None and after_office_hours(card, contact, now):
            return tr("tider okända – troligen stängt nu, utanför kontorstid")
        return tr("tider okända")
    return tr("stängt nu")


# What an open contact's line says: (always open, open now, open now until %1), by confirmed
# hours and by hours that are not confirmed. Listed for translation in ui/common/labels.py.
_OPEN_TEXTS = {
    "open": ("Öppet dygnet runt", "Öppet nu", "Öppet nu, till %1"),
    "probably_open": ("Troligen öppet dygnet runt (tiderna är inte bekräftade)",
                      "Troligen öppet nu (tiderna är inte bekräftade)",
                      "Troligen öppet nu, till %1 (tiderna är inte bekräftade)"),
}
# A closed contact's line, closed for sure (False) or probably (True): (closed, the jour is
# open, a report number → 112, animal welfare → the police).
_CLOSED_TEXTS = {
    False: ("Stängt nu", "Stängt nu – ring socialjouren %1",
            "Stängt nu – vid akut fara ring 112",
            "Stängt nu – akuta djurärenden: polisen %1; pågår det: ring 112"),
    True: ("Troligen stängt nu (tiderna är inte bekräftade)",
           "Troligen stängt nu (tiderna är inte bekräftade) – ring socialjouren %1",
           "Troligen stängt nu (tiderna är inte bekräftade) – vid akut fara ring 112",
           "Troligen stängt nu (tiderna är inte bekräftade) – akuta djurärenden: polisen %1; "
           "pågår det: ring 112"),
}
# The same, closed only by an eve the card counts as closed (julafton): the hours are sourced,
# the day's are nobody's; "tiderna är inte bekräftade" put the doubt on the hours.
_EVE_TEXTS = (
    "Troligen stängt nu (källorna anger inga tider för dagen)",
    "Troligen stängt nu (källorna anger inga tider för dagen) – ring socialjouren %1",
    "Troligen stängt nu (källorna anger inga tider för dagen) – vid akut fara ring 112",
    "Troligen stängt nu (källorna anger inga tider för dagen) – akuta djurärenden: polisen "
    "%1; pågår det: ring 112")


def now_line(card: ActionCard, contact: Contact, now: dt.datetime,
             tr: Translate = _same) -> NowLine:
    """What the worker should know about ``contact`` at ``now``, as one Swedish line."""
    jour = None
    if contact.scope == "municipality" and contact.role in REPORT_ROLES:
        candidate = out_of_hours_for(card, contact.municipality)
        if candidate is not None and candidate.is_open(now):
            jour = candidate
    if contact.status == "missing":
        if jour is not None:
            return NowLine("missing", arg(tr("Uppgift saknas – socialjouren har öppet nu: %1"),
                                          dialled(jour)), jour)
        return NowLine("missing", tr("Uppgift saknas – använd reservnumren nedan"))
    state = open_state(contact, now)
    if state in _OPEN_TEXTS:
        always, open_now, until = _OPEN_TEXTS[state]
        if contact.hours == "always":
            return NowLine(state, tr(always))
        close = closes_at(contact, now)
        if close is None:
            return NowLine(state, tr(open_now))
        return NowLine(state, arg(tr(until), clock_text(close, tr)))
    if state == "unknown":
        if jour is not None:
            return NowLine(state, arg(tr("Tider okända – socialjouren har öppet nu: %1"),
                                      dialled(jour)), jour)
        if after_office_hours(card, contact, now):
            return NowLine(state, tr("Tider okända – troligen stängt nu, utanför kontorstid"))
        return NowLine(state, tr("Tider okända"))
    # Closed, or probably closed: then every sentence says "troligen" and why.
    probably = state == "probably_closed"
    closed, ring_jour, ring_112, animals = _EVE_TEXTS \
        if probably and contact.closed_only_by_eve(now) else _CLOSED_TEXTS[probably]
    text, alternative = tr(closed), None
    if jour is not None:
        text, alternative = arg(tr(ring_jour), dialled(jour)), jour
    elif contact.scope == "municipality" and contact.role in REPORT_ROLES:
        text, alternative = tr(ring_112), card.contact("nod-112")
    elif contact.role == "animal_welfare":
        police = next((c for c in card.contacts if c.role == "police" and c.phone), None)
        if police is not None:
            text, alternative = arg(tr(animals), dialled(police)), police
    text += _opens_text(contact, now, tr, probably=probably)
    return NowLine(state, text, alternative)


def _opens_text(contact: Contact, now: dt.datetime, tr: Translate, *, probably: bool) -> str:
    """" · öppnar mån 07.30" (" · öppnar troligen …" by unconfirmed hours, or past an eve
    counted closed on which the office may open after all), or "" for none."""
    opens = next_opening(contact, now)
    if opens is None:
        return ""
    probably = probably or _skips_an_eve(contact, now, opens)
    return arg(tr(" · öppnar troligen %1") if probably else tr(" · öppnar %1"),
               when_text(opens, now, tr))


def _skips_an_eve(contact: Contact, now: dt.datetime, opens: dt.datetime) -> bool:
    """Whether an eve counted closed, on which the recorded hours would open ``contact``,
    lies between ``now`` and ``opens``: then "öppnar mån 08.30" is a guess too."""
    at = local_time(now)
    day = at.date()
    while day <= opens.date():
        if contact.calendar.day(day).closed and not contact.calendar.day(day).holiday \
                and any(b > at and b < opens for b, _e in contact.periods(day, eves=False)):
            return True
        day += dt.timedelta(days=1)
    return False


def day_note(card: ActionCard, now: dt.datetime, tr: Translate = _same) -> str | None:
    """A public holiday, an eve counted closed or the day before a holiday, said plainly;
    else None. On such an eve the sources give no office hours: said so, never "stängt"."""
    day = card.calendar.day(now.date())
    name = tr(day.name) if day.name else ""  # "julafton" in the interface's language
    if day.holiday:
        return arg(tr("Det är %1, en helgdag: kontoren har stängt."), name)
    if day.closed:
        return arg(tr("Det är %1: källorna anger inga tider för dagen, så kontoren visas som "
                      "troligen stängda. Vid akut fara: ring 112."), name)
    if day.before_holiday:
        return (arg(tr("Det är %1, dag före helgdag."), name) if name
                else tr("Det är dag före helgdag."))
    return None


@dataclass(frozen=True)
class Route:
    """One way to reach help instead of a missing number, with what applies to it now."""

    contact: Contact
    state: str  # one of OPEN_STATES, or urgent (112: for emergencies only)
    text: str  # "öppet nu", "stängt nu · öppnar mån 07.30", "om det är akut", …


@dataclass(frozen=True)
class Instead:
    """What to do when a contact's number is missing: a heading and the routes, in order."""

    heading: str
    routes: tuple[Route, ...]


def _route(card: ActionCard, contact: Contact, now: dt.datetime, tr: Translate) -> Route:
    if contact.role == "emergency":
        return Route(contact, "urgent", tr("om det är akut"))
    state = open_state(contact, now)
    if state == "unknown" and after_office_hours(card, contact, now):
        # Offered after what is open now, as a line with hours recorded and closed would be.
        return Route(contact, "probably_closed",
                     tr("tider okända – troligen stängt nu, utanför kontorstid"))
    if state == "unknown":
        return Route(contact, state, tr("tider okända"))
    if state == "open":
        return Route(contact, state, tr("dygnet runt") if contact.hours == "always"
                     else tr("öppet nu"))
    # A route is written in parentheses after its name: no parentheses of its own.
    if state == "probably_open":
        return Route(contact, state, tr("troligen öppet nu – tiderna är inte bekräftade"))
    probably = state == "probably_closed"
    text = tr("troligen stängt nu – tiderna är inte bekräftade") if probably \
        else tr("stängt nu")
    return Route(contact, state, text + _opens_text(contact, now, tr, probably=probably))


def _by_state(routes: list[Route]) -> list[Route]:
    """Open first, then probably open, unknown, probably closed, closed (stable within)."""
    return sorted(routes, key=lambda r: OPEN_STATES.index(r.state))


def _report_later(card: ActionCard, now: dt.datetime, tr: Translate) -> str:
    """112 when urgent, else a report when the offices open: later today while the card's
    office hours for a working day are still ahead (at 03.00, or at lunch), else next weekday."""
    at = local_time(now)
    workday = at.weekday() < 5 and not card.calendar.day(at.date()).closed
    if workday and at.hour * 60 + at.minute < office_span(card, at.date())[1]:
        return tr("Akut: 112. Annars: gör anmälan när kontoret öppnar.")
    return tr("Akut: 112. Annars: gör anmälan nästa vardag.")


def instead_now(card: ActionCard, contact: Contact, now: dt.datetime,
                tr: Translate = _same, subject: str | None = None) -> Instead:
    """For a missing contact: whom to call instead *now*, never a closed number unannounced.

    The contact's own fallbacks come first while one of them may be open, in the order of
    ``OPEN_STATES``. When every one is closed or, by hours not confirmed, probably closed, the
    card says so and names what applies now: the out-of-hours service confirmed for the
    municipality when it is open; otherwise 112 if it is urgent and the national lines
    confirmed open now for the contact's subjects (only ``subject``'s when the card shows one:
    no Bris on the card for adults). An office line with unknown hours counts as probably
    closed at night and on closed days. 112 is always offered for emergencies only.

    In place of a report line or the socialjour (``AUTHORITY_ROLES``), with no jour open, the
    heading says what the card's steps say: 112 when urgent, else a report when the office
    opens. A line for children themselves (``Contact.audience``) is offered only in the place
    of another line for children. In place of a
    missing socialjour a closed switchboard is never offered: the card says the municipality's
    own jour is not in the sources.
    """
    targets = [t for ref in contact.fallback if (t := card.contact(ref)) is not None
               and t.status != "missing" and (t.phone or t.email)]
    plain = _by_state([_route(card, t, now, tr) for t in targets if t.role != "emergency"])
    urgent = next((t for t in card.contacts if t.role == "emergency" and t.phone), None)
    last = [Route(urgent, "urgent", tr("om det är akut"))] if urgent is not None else []
    if any(r.state not in CLOSED_STATES for r in plain):
        return Instead(tr("Ring i stället:"), tuple(plain + last))
    jour = out_of_hours_for(card, contact.municipality)
    jour_open = jour is not None and jour.is_open(now) is True
    # The one who reads the card is an adult at work: a line for the child itself (Bris
    # 116 111) stands in only for another line for children, never for a report line, the
    # socialjour or a switchboard.
    authority = contact.role in AUTHORITY_ROLES
    for_children = contact.audience == "children"
    if jour is not None and jour_open:
        now_routes = [_route(card, jour, now, tr), *last]
    else:
        subjects = set(contact.subjects) or {"barn", "vuxna", "djur"}
        if subject is not None:
            subjects &= {subject}
        now_routes = last + [_route(card, c, now, tr) for c in card.contacts
                             if c.scope == "national" and c.role == "support"
                             and c.status == "verified" and c.is_open(now)
                             and subjects & set(c.subjects or subjects)
                             and (c.audience != "children" or for_children)]
    if contact.role == "out_of_hours":
        # A switchboard is no out-of-hours service: when it is closed, it is no number to ring
        # in the jour's place (Köping, Friday 17.30). The card says the jour is not known, and
        # what to do, as its step on the socialjour does.
        plain = [r for r in plain if r.contact.role != "switchboard"]
        if jour is None:
            return Instead(f"{tr('Kommunens socialjour finns inte i källorna.')} "
                           f"{_report_later(card, now, tr)}", tuple(now_routes + plain))
    closed = all(r.state == "closed" for r in plain)
    if authority and not jour_open:
        # No jour to ring: what the card's steps say, 112 when urgent, else report later.
        later = _report_later(card, now, tr)
        if not plain:
            return Instead(later, tuple(now_routes))
        names = ", ".join(r.contact.name for r in plain)
        status = arg(tr("%1: stängt nu.") if closed else tr("%1: troligen stängt nu."), names)
        return Instead(f"{status} {later}", tuple(now_routes + plain))
    if plain:
        names = ", ".join(r.contact.name for r in plain)
        if closed:
            heading = arg(tr("%1: stängt nu. Det här gäller nu:"), names)
        else:
            heading = arg(tr("%1: troligen stängt nu. Det här gäller nu:"), names)
        return Instead(heading, tuple(now_routes + plain))
    return Instead(tr("Det här gäller nu:"), tuple(now_routes))


def resolve_municipality(name: str | None, known: tuple[str, ...] = MUNICIPALITIES) -> str | None:
    """The municipality meant by ``name`` (any case, å/ä/ö or a/a/o); None for none given.

    Raises ValueError when it names none of the county's ten.
    """
    if name is None or not name.strip():
        return None
    wanted = _ascii_fold(name)
    for candidate in known:
        if _ascii_fold(candidate) == wanted:
            return candidate
    raise ValueError(name)


# The words a user may type for a subject, Swedish forms and English: "vuxen", "children".
SUBJECT_WORDS = {
    "barn": "barn", "barnen": "barn", "child": "barn", "children": "barn", "kids": "barn",
    "vuxna": "vuxna", "vuxen": "vuxna", "vuxne": "vuxna", "adult": "vuxna", "adults": "vuxna",
    "djur": "djur", "djuren": "djur", "djuret": "djur", "animal": "djur", "animals": "djur",
    "alla": "alla", "allt": "alla", "all": "alla",
}


def resolve_subject(word: str) -> str:
    """The subject id (barn, vuxna, djur) or "alla" meant by ``word``; ValueError for none."""
    found = SUBJECT_WORDS.get(word.strip().casefold())
    if found is None:
        raise ValueError(word)
    return found


def _ascii_fold(text: str) -> str:
    return text.strip().casefold().translate(str.maketrans("åäöé", "aaoe"))


# --- the command -------------------------------------------------------------------------------
