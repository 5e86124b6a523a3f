"""Interface words for values that the pure layers (``core/``) keep in Swedish.

``core/`` has no Qt and speaks Swedish: the role of a contact ("Växel"), the heading of a
group of contacts, a document's tab, and the "open now" lines of the action card. Those are
interface words, so the window shows them in the interface language. Each Swedish text is
marked here with ``QT_TRANSLATE_NOOP`` (so ``lupdate`` puts it in the .ts file) under a fixed
context, and translated when it is shown. ``tests/unit/test_translations.py`` checks that these
tables cover exactly what ``core/`` defines, so a new role or a reworded line there cannot
silently stay Swedish in the English window.

What is *not* here: the pack's own text (signs, steps, contact names, document titles). That is
content, written in Swedish by the county, and stays Swedish in both languages.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kvinnofrid_desktop.core.install.active import Resolved, notice_sv, plain
from kvinnofrid_desktop.core.pack.schema import made_by_newer_program
from kvinnofrid_desktop.core.placeholders import arg
from kvinnofrid_desktop.ui.common.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    interface_language,
)

LABELS = "Labels"  # context of the tables below
CARD_NOW = "CardNow"  # context of the phrases core/card/now.py builds its lines from
PROBLEMS = "Problems"  # context of the plain explanations of a content problem

ROLE_LABELS = {
    "report_child": QT_TRANSLATE_NOOP("Labels", "Orosanmälan om barn"),
    "report_adult": QT_TRANSLATE_NOOP("Labels", "Orosanmälan om vuxna"),
    "switchboard": QT_TRANSLATE_NOOP("Labels", "Växel"),
    "out_of_hours": QT_TRANSLATE_NOOP("Labels", "Socialjour (utanför kontorstid)"),
    "animal_welfare": QT_TRANSLATE_NOOP("Labels", "Djurskydd"),
    "police": QT_TRANSLATE_NOOP("Labels", "Polisen"),
    "health": QT_TRANSLATE_NOOP("Labels", "Hälso- och sjukvård"),
    "support": QT_TRANSLATE_NOOP("Labels", "Stöd"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Nödnummer"),
}
SCOPE_HEADINGS = {
    "county": QT_TRANSLATE_NOOP("Labels", "Länet"),
    "national": QT_TRANSLATE_NOOP("Labels", "Nationella nummer och stödlinjer"),
}
STATUS_LABELS = {
    "verified": QT_TRANSLATE_NOOP("Labels", "bekräftad"),
    "unverified": QT_TRANSLATE_NOOP("Labels", "ej bekräftad – kontrollera"),
    "missing": QT_TRANSLATE_NOOP("Labels", "uppgift saknas"),
}
TAB_TITLES = {
    "strategy": QT_TRANSLATE_NOOP("Labels", "Strategi"),
    "collaboration": QT_TRANSLATE_NOOP("Labels", "Samverkansplan"),
    "action_card": QT_TRANSLATE_NOOP("Labels", "Åtgärdskort"),
    "publication": QT_TRANSLATE_NOOP("Labels", "Publikationer"),
}

# Every phrase core/card/now.py passes to its ``tr`` argument, in the same words.
CARD_NOW_PHRASES = (
    # A clock time (core/card/now.py's clock_text): "16.30"; in English "16:30".
    QT_TRANSLATE_NOOP("CardNow", "%1.%2"),
    QT_TRANSLATE_NOOP("CardNow", "uppgift saknas"),
    QT_TRANSLATE_NOOP("CardNow", "dygnet runt"),
    QT_TRANSLATE_NOOP("CardNow", "tider okända"),
    QT_TRANSLATE_NOOP("CardNow", "tider okända – troligen stängt nu, utanför kontorstid"),
    QT_TRANSLATE_NOOP("CardNow", "öppet nu"),
    QT_TRANSLATE_NOOP("CardNow", "stängt nu"),
    QT_TRANSLATE_NOOP("CardNow", "Stängt nu"),
    QT_TRANSLATE_NOOP("CardNow", "Uppgift saknas – använd reservnumren nedan"),
    QT_TRANSLATE_NOOP("CardNow", "Uppgift saknas – socialjouren har öppet nu: %1"),
    QT_TRANSLATE_NOOP("CardNow", "Tider okända"),
    QT_TRANSLATE_NOOP("CardNow", "Tider okända – troligen stängt nu, utanför kontorstid"),
    QT_TRANSLATE_NOOP("CardNow", "Tider okända – socialjouren har öppet nu: %1"),
    QT_TRANSLATE_NOOP("CardNow", "i morgon %1"),
    # A next opening a week or more ahead: weekday, day, month, clock ("ons 2 jan 13.00").
    QT_TRANSLATE_NOOP("CardNow", "%1 %2 %3 %4"),
    QT_TRANSLATE_NOOP("CardNow", "Öppet dygnet runt"),
    QT_TRANSLATE_NOOP("CardNow", "Öppet nu"),
    QT_TRANSLATE_NOOP("CardNow", "Öppet nu, till %1"),
    QT_TRANSLATE_NOOP("CardNow", "Stängt nu – ring socialjouren %1"),
    QT_TRANSLATE_NOOP("CardNow", "Stängt nu – vid akut fara ring 112"),
    QT_TRANSLATE_NOOP("CardNow",
                      "Stängt nu – akuta djurärenden: polisen %1; pågår det: ring 112"),
    QT_TRANSLATE_NOOP("CardNow", " · öppnar %1"),
    QT_TRANSLATE_NOOP("CardNow", "om det är akut"),
    QT_TRANSLATE_NOOP("CardNow", "Ring i stället:"),
    QT_TRANSLATE_NOOP("CardNow", "%1: stängt nu. Det här gäller nu:"),
    QT_TRANSLATE_NOOP("CardNow", "Det här gäller nu:"),
    QT_TRANSLATE_NOOP("CardNow", "Det är %1, en helgdag: kontoren har stängt."),
    QT_TRANSLATE_NOOP("CardNow", "Det är %1: källorna anger inga tider för dagen, så kontoren "
                                 "visas som troligen stängda. Vid akut fara: ring 112."),
    QT_TRANSLATE_NOOP("CardNow", "Det är %1, dag före helgdag."),
    QT_TRANSLATE_NOOP("CardNow", "Det är dag före helgdag."),
    # By opening hours that are recorded but not confirmed: probable, never stated as fact.
    QT_TRANSLATE_NOOP("CardNow", "troligen öppet"),
    QT_TRANSLATE_NOOP("CardNow", "troligen stängt"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen öppet dygnet runt (tiderna är inte bekräftade)"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen öppet nu (tiderna är inte bekräftade)"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen öppet nu, till %1 (tiderna är inte bekräftade)"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen stängt nu (tiderna är inte bekräftade)"),
    QT_TRANSLATE_NOOP("CardNow",
                      "Troligen stängt nu (tiderna är inte bekräftade) – ring socialjouren %1"),
    QT_TRANSLATE_NOOP("CardNow",
                      "Troligen stängt nu (tiderna är inte bekräftade) – vid akut fara ring 112"),
    QT_TRANSLATE_NOOP("CardNow",
                      "Troligen stängt nu (tiderna är inte bekräftade) – akuta djurärenden: "
                      "polisen %1; pågår det: ring 112"),
    # Closed only by an eve the card counts as closed (julafton): no source gives the day.
    QT_TRANSLATE_NOOP("CardNow", "Troligen stängt nu (källorna anger inga tider för dagen)"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen stängt nu (källorna anger inga tider för dagen) – "
                                 "ring socialjouren %1"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen stängt nu (källorna anger inga tider för dagen) – "
                                 "vid akut fara ring 112"),
    QT_TRANSLATE_NOOP("CardNow", "Troligen stängt nu (källorna anger inga tider för dagen) – "
                                 "akuta djurärenden: polisen %1; pågår det: ring 112"),
    QT_TRANSLATE_NOOP("CardNow", " · öppnar troligen %1"),
    QT_TRANSLATE_NOOP("CardNow", "troligen öppet nu – tiderna är inte bekräftade"),
    QT_TRANSLATE_NOOP("CardNow", "troligen stängt nu – tiderna är inte bekräftade"),
    QT_TRANSLATE_NOOP("CardNow", "%1: troligen stängt nu. Det här gäller nu:"),
    # A missing report line or socialjour when no jour is open: what the worker does instead,
    # after what is closed ("%1: troligen stängt nu.") or the missing jour.
    QT_TRANSLATE_NOOP("CardNow", "%1: stängt nu."),
    QT_TRANSLATE_NOOP("CardNow", "%1: troligen stängt nu."),
    QT_TRANSLATE_NOOP("CardNow", "Kommunens socialjour finns inte i källorna."),
    QT_TRANSLATE_NOOP("CardNow", "Akut: 112. Annars: gör anmälan när kontoret öppnar."),
    QT_TRANSLATE_NOOP("CardNow", "Akut: 112. Annars: gör anmälan nästa vardag."),
)
# core/card/holidays.py's names of public holidays and eves, as day_note passes them to ``tr``.
HOLIDAY_NAMES = (
    QT_TRANSLATE_NOOP("CardNow", "nyårsdagen"),
    QT_TRANSLATE_NOOP("CardNow", "trettondedag jul"),
    QT_TRANSLATE_NOOP("CardNow", "långfredagen"),
    QT_TRANSLATE_NOOP("CardNow", "påskdagen"),
    QT_TRANSLATE_NOOP("CardNow", "annandag påsk"),
    QT_TRANSLATE_NOOP("CardNow", "första maj"),
    QT_TRANSLATE_NOOP("CardNow", "Kristi himmelsfärdsdag"),
    QT_TRANSLATE_NOOP("CardNow", "pingstdagen"),
    QT_TRANSLATE_NOOP("CardNow", "Sveriges nationaldag"),
    QT_TRANSLATE_NOOP("CardNow", "midsommardagen"),
    QT_TRANSLATE_NOOP("CardNow", "alla helgons dag"),
    QT_TRANSLATE_NOOP("CardNow", "juldagen"),
    QT_TRANSLATE_NOOP("CardNow", "annandag jul"),
    QT_TRANSLATE_NOOP("CardNow", "trettondagsafton"),
    QT_TRANSLATE_NOOP("CardNow", "skärtorsdag"),
    QT_TRANSLATE_NOOP("CardNow", "påskafton"),
    QT_TRANSLATE_NOOP("CardNow", "valborgsmässoafton"),
    QT_TRANSLATE_NOOP("CardNow", "midsommarafton"),
    QT_TRANSLATE_NOOP("CardNow", "allhelgonaafton"),
    QT_TRANSLATE_NOOP("CardNow", "julafton"),
    QT_TRANSLATE_NOOP("CardNow", "nyårsafton"),
)
# core/card/now.py's WEEKDAYS_SV, Monday first, as it passes them to ``tr``.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("CardNow", "mån"),
    QT_TRANSLATE_NOOP("CardNow", "tis"),
    QT_TRANSLATE_NOOP("CardNow", "ons"),
    QT_TRANSLATE_NOOP("CardNow", "tors"),
    QT_TRANSLATE_NOOP("CardNow", "fre"),
    QT_TRANSLATE_NOOP("CardNow", "lör"),
    QT_TRANSLATE_NOOP("CardNow", "sön"),
)

# core/card/now.py's MONTHS_SHORT_SV, January first, as it passes them to ``tr``.
MONTHS = (
    QT_TRANSLATE_NOOP("CardNow", "jan"),
    QT_TRANSLATE_NOOP("CardNow", "feb"),
    QT_TRANSLATE_NOOP("CardNow", "mars"),
    QT_TRANSLATE_NOOP("CardNow", "apr"),
    QT_TRANSLATE_NOOP("CardNow", "maj"),
    QT_TRANSLATE_NOOP("CardNow", "juni"),
    QT_TRANSLATE_NOOP("CardNow", "juli"),
    QT_TRANSLATE_NOOP("CardNow", "aug"),
    QT_TRANSLATE_NOOP("CardNow", "sep"),
    QT_TRANSLATE_NOOP("CardNow", "okt"),
    QT_TRANSLATE_NOOP("CardNow", "nov"),
    QT_TRANSLATE_NOOP("CardNow", "dec"),
)

# A content problem (core/pack/problems.py) carries a stable code and a precise Swedish message.
# The Swedish interface shows that message as it is. Another interface language shows one of
# these plain sentences, chosen by the code or its family ("archive.not_zip" → "archive"), and
# keeps the precise Swedish message after it for whoever helps the user.
PROBLEM_EXPLANATIONS = {
    "policy.unknown_key": QT_TRANSLATE_NOOP(
        "Problems", "Administratörens inställningar nämner en inställning som programmet inte "
        "känner till; den hoppas över"),
    "policy": QT_TRANSLATE_NOOP(
        "Problems", "En av administratörens inställningar kan inte användas; det säkraste "
        "värdet gäller"),
    "signature.unsigned": QT_TRANSLATE_NOOP(
        "Problems", "Paketet är inte signerat, och administratören tillåter inte osignerade "
        "paket"),
    "signature.invalid": QT_TRANSLATE_NOOP(
        "Problems", "Paketet har ändrats efter att det signerades, eller är förfalskat"),
    "signature.unknown_key": QT_TRANSLATE_NOOP(
        "Problems", "Paketet är signerat med en nyckel som programmet inte litar på"),
    "signature.retired_key": QT_TRANSLATE_NOOP(
        "Problems", "Paketet är signerat med en nyckel som utgivaren har dragit tillbaka"),
    "rotation": QT_TRANSLATE_NOOP(
        "Problems", "Paketets byte av signeringsnyckel kan inte godtas"),
    "trust": QT_TRANSLATE_NOOP(
        "Problems", "Programmets lista över betrodda nycklar kan inte läsas"),
    "import.downgrade": QT_TRANSLATE_NOOP(
        "Problems", "Paketet är äldre än det som är installerat"),
    "import.already_installed": QT_TRANSLATE_NOOP(
        "Problems", "Den här versionen är redan installerad"),
    "import.cancelled": QT_TRANSLATE_NOOP("Problems", "Installationen avbröts"),
    "file.checksum": QT_TRANSLATE_NOOP(
        "Problems", "En fil i paketet stämmer inte med sin kontrollsumma – paketet kan ha "
        "ändrats"),
    "file.size": QT_TRANSLATE_NOOP(
        "Problems", "En fil i paketet har inte den storlek som paketet anger – paketet kan ha "
        "ändrats"),
    "disk.full": QT_TRANSLATE_NOOP("Problems", "Det finns inte tillräckligt med utrymme på disken"),
    "disk.permission": QT_TRANSLATE_NOOP(
        "Problems", "Programmet får inte skriva i sin datamapp"),
    "rollback.nothing": QT_TRANSLATE_NOOP(
        "Problems", "Det finns inget föregående innehållspaket att återställa"),
    "rollback.newer": QT_TRANSLATE_NOOP(
        "Problems", "Det aktiva paketet är gjort för en nyare version av programmet och sparas "
        "för den; det föregående visas redan"),
    "archive": QT_TRANSLATE_NOOP(
        "Problems", "Filen är inget läsbart innehållspaket, eller så är den skadad"),
    "path": QT_TRANSLATE_NOOP("Problems", "Paketet innehåller en otillåten sökväg"),
    "manifest": QT_TRANSLATE_NOOP(
        "Problems", "Paketets innehållsförteckning saknas eller är felaktig"),
    "file": QT_TRANSLATE_NOOP("Problems", "En fil i paketet saknas, är felaktig eller kan inte "
                              "läsas"),
    "card": QT_TRANSLATE_NOOP("Problems", "Åtgärdskortet i paketet är felaktigt"),
    "disk": QT_TRANSLATE_NOOP("Problems", "Paketet kunde inte skrivas till disken"),
    "store": QT_TRANSLATE_NOOP("Problems", "De installerade innehållspaketen kunde inte läsas"),
    "pdf": QT_TRANSLATE_NOOP("Problems", "En PDF-fil i paketet kan inte öppnas"),
    "document": QT_TRANSLATE_NOOP(
        "Problems", "Ett dokument i paketet stämmer inte med sin beskrivning i paketet"),
    # The editor's and pack build's warnings about a document (core/authoring/source_warnings).
    "document.no_text": QT_TRANSLATE_NOOP(
        "Problems", "Dokumentet har ingen text som sökningen kan hitta (en inskannad PDF?)"),
    "document.duplicate_title": QT_TRANSLATE_NOOP(
        "Problems", "Två dokument har samma titel och går inte att skilja åt"),
    "document.no_year": QT_TRANSLATE_NOOP(
        "Problems", "Dokumentets år saknas; skriv vilket år det gavs ut"),
    "document.no_publisher": QT_TRANSLATE_NOOP(
        "Problems", "Dokumentets utgivare saknas; skriv vem som gav ut det"),
    "document.no_summary": QT_TRANSLATE_NOOP(
        "Problems", "Dokumentet har ingen sammanfattning; Publikationer visar den tom"),
    "document.empty_tab": QT_TRANSLATE_NOOP(
        "Problems", "En flik får inget dokument i paketet och blir tom"),
    "pdf.zero_bytes": QT_TRANSLATE_NOOP("Problems", "PDF-filen är tom (0 byte)"),
    # The search index, by SearchIndexError's code (core/search/index.py).
    "search": QT_TRANSLATE_NOOP(
        "Problems", "Sökindexet kan inte användas: installera om innehållspaketet eller "
        "återställ föregående innehållspaket (Arkiv → Inställningar → Innehållspaket)"),
    # The file (the manifest or the action card) is named in the Swedish detail after it.
    "field": QT_TRANSLATE_NOOP(
        "Problems", "En uppgift i en av paketets filer saknas eller har ett felaktigt värde"),
    "field.unknown": QT_TRANSLATE_NOOP(
        "Problems", "En av paketets filer har en uppgift som programmet inte känner till"),
    "format": QT_TRANSLATE_NOOP(
        "Problems", "Paketet har ett format som den här versionen av programmet inte kan läsa"),
    "format.newer": QT_TRANSLATE_NOOP(
        "Problems", "Paketet är gjort för en nyare version av programmet – uppdatera "
        "programmet först"),
    "synonyms": QT_TRANSLATE_NOOP(
        "Problems", "Paketets lista över ord som betyder samma sak i sökningen är felaktig"),
    "key": QT_TRANSLATE_NOOP("Problems", "Signeringsnyckeln kan inte användas"),
    "remove": QT_TRANSLATE_NOOP("Problems", "Den versionen kan inte tas bort"),
    "content_folder": QT_TRANSLATE_NOOP(
        "Problems", "Den delade mappen med innehållspaket kan inte läsas"),
    "tab": QT_TRANSLATE_NOOP(
        "Problems", "Ett dokument i paketet hör till en flik som programmet inte har"),
    "pack": QT_TRANSLATE_NOOP("Problems", "Innehållspaketet finns inte"),
    # The coordinator's source folder and editor.
    "build": QT_TRANSLATE_NOOP("Problems", "Paketet kan inte byggas i den mappen"),
    "catalog": QT_TRANSLATE_NOOP(
        "Problems", "Källmappens katalog (catalog.toml) saknas eller är felaktig"),
    "contact": QT_TRANSLATE_NOOP("Problems", "En kontaktuppgift behöver ses över"),
    "markdown": QT_TRANSLATE_NOOP(
        "Problems", "En text i källmappen kan inte läsas som Markdown"),
    "sheet": QT_TRANSLATE_NOOP(
        "Problems", "Kommunens ifyllda lista med kontaktuppgifter kan inte läsas"),
    "source": QT_TRANSLATE_NOOP("Problems", "Källmappen kan inte skapas där"),
}

# A pack file that no longer matches what was installed, as the window's warning says it: the
# core's "kontrollsumman (SHA-256) stämmer inte" or byte counts mean nothing to the reader.
FILE_MISSING = QT_TRANSLATE_NOOP("Problems", "filen saknas")
FILE_DAMAGED = QT_TRANSLATE_NOOP("Problems", "filen är ändrad eller skadad")


def damage_text(code: str) -> str:
    """Why an installed pack file cannot be trusted, in plain words, by its problem's code."""
    return QCoreApplication.translate(PROBLEMS, FILE_MISSING if code == "file.missing"
                                      else FILE_DAMAGED)


def first_of(parts: list[str], shown: int, separator: str = ", ") -> str:
    """The first ``shown`` of ``parts`` joined, and how many more: "A, B, C och 4 till"."""
    listed = separator.join(parts[:shown])
    if len(parts) > shown:
        listed = arg(QCoreApplication.translate("Labels", "%1 och %2 till"), listed,
                     str(len(parts) - shown))
    return listed


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` (a pack's or a PDF's own words) as characters.

    Qt renders a tooltip that looks like HTML as rich text, and there is no plain-text switch
    for tooltips, so the text is escaped inside a rich-text paragraph of our own."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def problem_text(code: str, message: str) -> str:
    """A content problem as the interface says it: the precise Swedish ``message`` in Swedish;
    in another language a plain sentence for ``code`` with the Swedish message after it."""
    if interface_language() == SOURCE_LANGUAGE:
        return message
    sentence = PROBLEM_EXPLANATIONS.get(code) or PROBLEM_EXPLANATIONS.get(code.split(".")[0])
    if sentence is None:
        return message
    return arg(QCoreApplication.translate("Problems", "%1 (i detalj, på svenska: %2)"),
               QCoreApplication.translate(PROBLEMS, sentence), message)


def core_words(message: str, sentence: str) -> str:
    """A Swedish text of ``core/`` that has no code (a field's refusal, a value's form) as the
    interface says it: ``message`` in Swedish; in another language ``sentence`` (translated
    by the caller) with the Swedish message after it, as ``problem_text`` does."""
    if interface_language() == SOURCE_LANGUAGE:
        return message
    return arg(QCoreApplication.translate("Problems", "%1 (i detalj, på svenska: %2)"),
               sentence, message)


def fallback_notice(resolved: Resolved) -> str:
    """Why the window shows another pack than the chosen one, in the interface's language: each
    problem as ``problem_text`` says it (in Swedish, the core's own notice)."""
    if interface_language() == SOURCE_LANGUAGE:
        return notice_sv(resolved) or ""
    translate = QCoreApplication.translate
    parts = []
    for failure in resolved.failures:
        if failure.problem is None:
            parts.append(arg(translate("Problems", "Uppgiften om vilket innehållspaket som är "
                                       "aktivt kan inte användas (i detalj, på svenska: %1)"),
                             failure.text))
        elif made_by_newer_program([failure.problem]):
            parts.append(arg(translate(
                "Problems", "Paketet %1 är gjort för en nyare version av programmet och kan "
                "inte visas av den här versionen; det finns kvar och visas när programmet har "
                "uppdaterats"), failure.version or ""))
        else:
            reason = problem_text(failure.problem.code, plain(failure.problem))
            parts.append(arg(translate("Problems", "Paketet %1 kunde inte användas: %2"),
                             failure.version or "", reason))
    if resolved.version:
        shown = arg(translate("Problems", "Programmet visar i stället paketet %1."),
                    resolved.version)
    else:
        shown = translate("Problems", "Programmet visar standardinnehållet.")
    return "; ".join(parts) + ". " + shown


def _label(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate(LABELS, text) if text is not None else key


def role_label(role: str) -> str:
    """"Växel" → "Switchboard" in English; an unknown role shows its key."""
    return _label(ROLE_LABELS, role)


def scope_heading(scope: str) -> str:
    return _label(SCOPE_HEADINGS, scope)


def status_label(status: str) -> str:
    return _label(STATUS_LABELS, status)


def tab_title(tab: str) -> str:
    return _label(TAB_TITLES, tab)


def card_now_tr(text: str) -> str:
    """The ``tr`` argument for core/card/now.py: its phrases in the interface language."""
    return QCoreApplication.translate(CARD_NOW, text)


def date_text(day: dt.date) -> str:
    """A weekday and date the way the interface language writes it: "tis 2 december" or
    "Tue 2 December" (QLocale's default is set from the language at start-up)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMMM")
