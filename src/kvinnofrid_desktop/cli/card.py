"""``kvinnofrid-desktop card``: the action card on the command line, and what applies *now*.

``card show`` prints the card for one municipality (numbers first) and never imports Qt, so it
answers in a terminal on a server or over SSH. ``card export`` renders the printable PDF and
needs Qt (``ui.card_print``), which it imports only then.

The "now" logic (which number to ring at this moment) lives in ``content.card_now``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

from kvinnofrid_desktop.cli.exit import ExitCode
from kvinnofrid_desktop.core.card.model import (
    MUNICIPALITIES,
    SUBJECTS,
    ActionCard,
    Contact,
    dialled,
    local_time,
    named_number,
    swedish_now,
    swedish_zone,
)
from kvinnofrid_desktop.core.card.now import (
    WEEKDAYS_SV,
    clock_text,
    day_note,
    instead_now,
    is_stale,
    jour_coverage,
    now_line,
    old_source_year,
    ordered_contacts,
    resolve_municipality,
    resolve_subject,
    step_contacts,
)
from kvinnofrid_desktop.core.card.text import (
    ROLE_LABELS_SV,
    SCOPE_HEADINGS_SV,
    as_sentence,
    checked_text_sv,
    pack_label_sv,
    urgent_title,
)
from kvinnofrid_desktop.core.pack.manifest import review_overdue


def run_card(args: argparse.Namespace) -> int:
    """Run ``card show`` or ``card export``; returns the exit status."""
    named, subject_word = args.municipality, args.subject
    unknown: list[str] = []
    for word in getattr(args, "words", None) or []:
        try:
            subject = resolve_subject(word)
        except ValueError:
            subject = None
        if subject is not None and subject_word is None:
            subject_word = subject
        elif named is None and _is_municipality(word):
            named = word
        else:
            unknown.append(word)
    if unknown and named is None and len(unknown) == 1:
        named = unknown.pop()  # said below as an unknown municipality
    if unknown:
        word = unknown[0]
        if subject_word is None and not _is_municipality(word):
            _err(f"okänt ämne {word!r}. Välj barn, vuxna, djur eller alla, t.ex. "
                 "'card show Sala vuxna'.")
        else:
            _err(f"ett ord för mycket: {word!r}. Ange en kommun och ett ämne (barn, vuxna, "
                 "djur eller alla), t.ex. 'card show Sala vuxna'.")
        return ExitCode.USAGE
    try:
        municipality = resolve_municipality(named)
    except ValueError:
        _err(f"okänd kommun {named!r}. Välj en av länets kommuner: "
             + ", ".join(MUNICIPALITIES) + ".")
        return ExitCode.USAGE
    from kvinnofrid_desktop.core.install.policy import load_policy

    policy = load_policy()  # the administrator's word holds here as in the window
    if args.card_command == "export" and not policy.allow_export:
        _err("administratören har stängt av export (allow_export i "
             f"{policy.source('allow_export') or 'policyn'}): kortet sparas inte som fil. "
             "Skriv ut det från programmet i stället.")
        return ExitCode.PROBLEMS
    if args.card_command == "export" and args.out.is_dir():
        # "card export DIR" wrote DIR.pdf beside the folder, replacing a file of that name.
        _err(f"{args.out} är en mapp; ange PDF-filen att skriva, t.ex. "
             f"{args.out / 'åtgärdskort.pdf'}")
        return ExitCode.USAGE
    if named is None:
        municipality = policy.default_municipality  # as the window starts on it
    subject = None if subject_word in (None, "alla") else subject_word
    now, time_given = swedish_now(), True
    if swedish_zone() is None:
        _err("obs: datorn saknar tidszonsdata; 'nu' räknas i datorns egen tid, som kan skilja "
             "sig från svensk tid")
    if getattr(args, "at", None) is not None:  # "--at ''" is a mistake, not "now"
        try:
            now, time_given = parse_at(args.at)
        except ValueError as exc:
            _err(str(exc))
            return ExitCode.USAGE
    loaded = _load(getattr(args, "card_pack", None) or getattr(args, "pack", None))
    if isinstance(loaded, int):
        return loaded
    card, label, review_by = loaded
    if args.card_command == "export":
        return _export(card, args.out, subject, municipality, args.format, label)
    if args.json:
        overdue = review_overdue(review_by, now.date())
        print(json.dumps({**card_json(card, municipality, subject, now), "review_by": review_by,
                          "review_overdue": overdue}, ensure_ascii=False, indent=2))
    else:
        if review_overdue(review_by, now.date()):
            print(f"Innehållet skulle ha förnyats senast {review_by}. Det går att använda, men "
                  "kontrollera numren innan du ringer (och fråga samordnaren efter ett nytt "
                  "innehållspaket).\n")
        print(card_text(card, municipality, subject, now, time_given=time_given))
    return ExitCode.OK


# A date, then a time as ISO 8601 writes it (22:00) or as Swedish does (22.00), optional whole
# seconds and an offset (Z, +01:00, +0100, +01). Python's own reading took "16.45" as 16:00 and
# 0.45 seconds, and said nothing.
_AT_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})"
                    r"(?:[T ](\d{2})[:.](\d{2})(?::(\d{2}))?"
                    r"(Z|[+-]\d{2}(?::?\d{2})?)?)?", re.IGNORECASE)
# Years the card can sensibly be asked about: its holidays and opening days are computed, and a
# date at the calendar's edge (9999-12-31, 0001-01-01) has no next day to open on.
AT_YEARS = (2000, 2099)


def parse_at(text: str) -> tuple[dt.datetime, bool]:
    """``--at``'s time as Swedish time (naive, as the card's hours are written), and whether a
    time of day was given (a date alone means 00.00).

    A time with an offset ("15:45Z") is converted to Swedish time: 16.45 in winter. Raises
    ValueError with a Swedish message for anything else.
    """
    example = "skriv t.ex. 2026-12-05T22:00 eller 2026-12-05T22.00"
    found = _AT_RE.fullmatch(text.strip())
    if not text.strip():
        raise ValueError(f"ingen tid angavs efter --at; {example} (utan --at: nu)")
    if found is None:
        raise ValueError(f"ogiltig tid {text!r}; {example}")
    year, month, day, hour, minute, second, offset = found.groups()
    if not AT_YEARS[0] <= int(year) <= AT_YEARS[1]:
        raise ValueError(f"året {year} ligger utanför vad kortet kan räkna på; välj ett år "
                         f"mellan {AT_YEARS[0]} och {AT_YEARS[1]}, {example}")
    try:
        when = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                           int(second or 0))
    except ValueError:
        raise ValueError(f"ogiltig tid {text!r}: den dagen eller det klockslaget finns inte; "
                         f"{example}") from None
    if offset:
        if offset.upper() == "Z":
            zone = dt.UTC
        else:
            digits = offset[1:].replace(":", "")
            hours, minutes = int(digits[:2]), int(digits[2:] or 0)
            if hours > 23 or minutes > 59:
                raise ValueError(f"ogiltig tidszon {offset!r} i {text!r}; {example}")
            sign = -1 if offset[0] == "-" else 1
            zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
        # The card's hours are Swedish time: show that, not the given zone's.
        when = local_time(when.replace(tzinfo=zone))
    return when, hour is not None


def _is_municipality(word: str) -> bool:
    try:
        return resolve_municipality(word) is not None
    except ValueError:
        return False


def _err(message: str) -> None:
    print(f"kvinnofrid-desktop: {message}", file=sys.stderr)


# The way back from a damaged installed pack, as the window's banner offers it.
_WAY_BACK = ("Gå tillbaka till det föregående innehållspaketet med 'kvinnofrid-desktop pack "
             "rollback', eller installera paketet på nytt (pack import FIL.kvpack).")


def _load(pack_path: Path | None) -> tuple[ActionCard, str, str | None] | int:
    from kvinnofrid_desktop.cli.active import pack_dir
    from kvinnofrid_desktop.core.card.model import load_action_card
    from kvinnofrid_desktop.core.pack.pack import Pack
    from kvinnofrid_desktop.core.pack.problems import PackError

    try:
        pack = Pack.open(pack_dir(pack_path), check_sizes=False)
        name = pack.manifest.action_card
        if not name:
            _err("innehållspaketet har inget åtgärdskort")
            return ExitCode.PROBLEMS
        # As the window does: never give numbers from a card file that fails its checksum
        # (one small file; the size check alone let a changed digit through).
        problems = pack.check_files(checksums=True, only=[name])
        if problems:
            _err(f"åtgärdskortet kan inte användas: {problems[0]}. Lita inte på numren i "
                 "filen. " + (_WAY_BACK if pack_path is None else
                              "Använd ett oskadat innehållspaket (bygg eller hämta det igen).")
                 + " Vid akut fara: ring 112.")
            return ExitCode.PROBLEMS
        card = load_action_card(pack.path_of(name), file=name)
    except PackError as exc:
        _err(f"åtgärdskortet kan inte läsas: {exc.first}")
        return ExitCode.PROBLEMS
    return (card, pack_label_sv(pack.manifest.id, pack.manifest.version),
            pack.manifest.review_by)


def _export(card: ActionCard, out: Path, subject: str | None, municipality: str | None,
            fmt: str, label: str) -> int:
    from kvinnofrid_desktop.core.fsutil import reason_sv
    from kvinnofrid_desktop.ui.card.printing import export_card_pdf, with_pdf_suffix

    out = with_pdf_suffix(out)  # as the window's save dialog does
    try:
        pages = export_card_pdf(card, out, subject=subject, municipality=municipality,
                                format=fmt, today=dt.date.today(), source_label=label)
    except OSError as exc:
        _err(f"kunde inte skriva {out}: {reason_sv(exc)}; välj en annan mapp eller ett annat "
             "filnamn")
        return ExitCode.PROBLEMS
    what = "fickkort" if fmt == "pocket" else "åtgärdskort A4"
    subject_text = card.subject(subject).title if subject else "alla ämnen"
    print(f"Skrev {out}: {what}, {subject_text}, {municipality or 'hela länet'}, "
          f"{pages} {'sida' if pages == 1 else 'sidor'}.")
    return ExitCode.OK


# --- output --------------------------------------------------------------------------------------

def _subjects(card: ActionCard, subject: str | None) -> list[str]:
    return [subject] if subject else list(SUBJECTS)


def card_json(card: ActionCard, municipality: str | None, subject: str | None,
              now: dt.datetime) -> dict[str, Any]:
    """The card as structured data, with each contact's status, source and what applies now."""
    today = now.date()

    def contact(c: Contact) -> dict[str, Any]:
        line = now_line(card, c, now)
        return {
            "id": c.id, "scope": c.scope, "municipality": c.municipality,
            "role": c.role, "role_label": ROLE_LABELS_SV[c.role], "name": c.name,
            "phone": c.phone, "dial_note": c.dial_note or None, "email": c.email,
            "hours_text": c.hours_text,
            "status": c.status, "verified": c.verified, "source": c.source, "note": c.note,
            "stale": is_stale(c, today), "fallback": list(c.fallback),
            "source_date": c.source_date, "old_source": old_source_year(c, today) is not None,
            "now": {"state": line.state, "text": line.text,
                    "alternative": line.alternative.id if line.alternative else None},
        }

    subjects = []
    for sid in _subjects(card, subject):
        s = card.subject(sid)
        subjects.append({
            "id": s.id, "title": s.title,
            "steps": [{"id": t.id, "urgent": t.urgent, "title": t.title, "text": t.text,
                       "contacts": list(t.contacts), "status": t.status, "source": t.source,
                       "checked": t.checked} for t in s.steps],
            "sign_groups": [{"id": g.id, "title": g.title, "signs": [
                {"id": x.id, "text": x.text, "status": x.status, "source": x.source,
                 "checked": x.checked} for x in g.signs]} for g in s.sign_groups],
        })
    return {
        "title": card.title, "checked": card.checked, "municipality": municipality,
        "subject": subject or "alla", "now": now.isoformat(timespec="minutes"),
        "contacts": [contact(c) for c in ordered_contacts(card, municipality, subject)],
        "subjects": subjects,
    }


def _wrap(text: str, indent: str) -> list[str]:
    lines = textwrap.wrap(text, width=96, initial_indent=indent, subsequent_indent=indent)
    return lines or [indent]


def card_text(card: ActionCard, municipality: str | None, subject: str | None,
              now: dt.datetime, *, time_given: bool = True) -> str:
    """A readable terminal card: numbers first (with what applies now), then steps and signs.
    ``time_given`` False: ``--at`` named a date only, and the header says 00.00 was used."""
    place = municipality or "hela länet"
    subject_title = card.subject(subject).title if subject else "barn, vuxna och djur"
    out = [f"ÅTGÄRDSKORT – {place.upper()} – {subject_title.upper()}",
           f"Uppgifterna kontrollerades {checked_text_sv(card)}. Sammanställt ur offentliga "
           "källor; inte ett officiellt dokument från Länsstyrelsen. Vid akut fara: ring 112.", ""]
    out.append(f"NUMMER – läget {WEEKDAYS_SV[now.weekday()]} "
               f"{now.date().isoformat()} kl. {clock_text(now.hour * 60 + now.minute)}"
               + ("" if time_given else " (bara ett datum angavs: kl. 00.00 används)"))
    # Julafton: that the offices' hours for the day are in no source, as the window says it.
    if (note := day_note(card, now)) is not None:
        out += _wrap(note, "")
    heading = None
    for c in ordered_contacts(card, municipality, subject):
        group = c.municipality or SCOPE_HEADINGS_SV[c.scope]
        if group != heading:
            out += ["", f"  {group}"]
            heading = group
        out += _contact_lines(card, c, now, subject)
    for sid in _subjects(card, subject):
        s = card.subject(sid)
        out += ["", f"GÖR SÅ HÄR – {s.title.upper()}"]
        for n, step in enumerate(s.steps, 1):
            title = urgent_title(step.title).upper() if step.urgent else step.title
            out += textwrap.wrap(f"{n}. {as_sentence(title)} {step.text}", width=96,
                                 initial_indent="  ", subsequent_indent="     ")
            for c in step_contacts(card, step, municipality, with_routes=True):
                out.append(f"     ring: {_ring_text(card, c, now, sid)}")
        out += ["", f"TECKEN – {s.title.upper()}"]
        for sign_group in s.sign_groups:
            out.append(f"  {sign_group.title}")
            for sign in sign_group.signs:
                mark = " (ej bekräftad)" if sign.status == "unverified" else ""
                out += textwrap.wrap(f"- {sign.text}{mark}", width=96, initial_indent="    ",
                                     subsequent_indent="      ")
    return "\n".join(out)


def _instead_text(card: ActionCard, c: Contact, now: dt.datetime,
                  subject: str | None) -> str:
    instead = instead_now(card, c, now, subject=subject)
    routes = "; ".join(f"{named_number(r.contact, ' ')} ({r.text})" for r in instead.routes)
    return f"{instead.heading} {routes}"


def _ring_text(card: ActionCard, c: Contact, now: dt.datetime, subject: str | None) -> str:
    if c.status == "missing":
        return f"{c.name} – uppgift saknas. {_instead_text(card, c, now, subject)}"
    text = named_number(c, " – ")
    return text + (" (ej bekräftad)" if c.status == "unverified" else "")


def _contact_lines(card: ActionCard, c: Contact, now: dt.datetime,
                   subject: str | None) -> list[str]:
    number = dialled(c) or c.email or "(saknas)"  # "021-39 00 00, knappval 9"
    lines = [f"  * {number:<15} {ROLE_LABELS_SV[c.role]}: {c.name}"]
    if c.phone and c.email:
        lines.append(f"      e-post: {c.email}")
    lines.append(f"      nu: {now_line(card, c, now).text}")
    if c.status == "missing":
        lines += _wrap(f"UPPGIFT SAKNAS. {_instead_text(card, c, now, subject)}", "      ")
    elif c.status == "unverified":
        lines.append("      EJ BEKRÄFTAD – kontrollera innan du ringer")
    if c.status != "missing" and is_stale(c, now.date()):
        lines.append(f"      Uppgiften kontrollerades {c.verified}; kontrollera innan du ringer")
    if c.scope == "county" and c.role == "out_of_hours":
        covered = jour_coverage(card, c)
        lines.append("      BEKRÄFTAD BARA FÖR " + (", ".join(covered) or "ingen kommun")
                     + "; för övriga kommuner: kontrollera med kommunen, vid akut fara 112")
    if (year := old_source_year(c, now.date())) is not None:
        lines.append(f"      Källan är från {year}; uppgiften kan ha ändrats")
    if c.hours_text:
        lines += _wrap(f"tider: {c.hours_text}", "      ")
    if c.note:  # a second number, why a choice may be wrong: what the card on screen says too
        lines += _wrap(f"att veta: {c.note}", "      ")
    lines.append(f"      kontrollerad {c.verified}" + (f", källa: {c.source}" if c.source else ""))
    return lines
