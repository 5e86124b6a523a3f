"""The command line's words: Swedish, or English with ``--lang en`` – argparse's own words too.

argparse marks its words ("usage: ", "positional arguments", "show this help message and exit",
its error messages) for gettext (Python's documentation: "How to translate the argparse
output") and looks each up through its module-level ``_`` and ``ngettext`` when it builds a
parser and when it formats help or an error. ``argparse_words`` points those two at a gettext
catalogue held here while the command line is parsed: compiled ``.mo`` files would be found
through the LANGUAGE variable, which decides for the whole process, not ``--lang``. The Swedish
words are argparse's of Python 3.11; a word a later argparse adds stays English until added.

Our own help texts are written in Swedish in cli/main.py and cli/pack.py; ``in_english`` swaps them
for the English ones below when the help is asked for in English. Pure Python: the command line
never imports Qt for this.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator
from contextlib import contextmanager

# argparse's message ids (Python 3.11) → Swedish. Messages about a badly built parser (a
# programmer's mistake, never seen by a user) are left out and stay English.
ARGPARSE_SV = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "unrecognized arguments: %s": "okända argument: %s",
    "the following arguments are required: %s": "dessa argument behövs: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ogiltigt värde (%(type)s): %(value)r",
    "expected one argument": "ett värde behövs",
    "expected at most one argument": "högst ett värde",
    "expected at least one argument": "minst ett värde behövs",
    "ambiguous option: %(option)s could match %(matches)s":
        "tvetydig flagga: %(option)s kan vara %(matches)s",
    "not allowed with argument %s": "kan inte kombineras med %s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "ignored explicit argument %r": "värdet %r behövs inte och användes inte",
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "okänt kommando %(parser_name)r (välj bland %(choices)s)",
}
ARGPARSE_SV_PLURAL = {
    "expected %s argument": ("%s värde behövs", "%s värden behövs"),
}

# Our help texts (cli/main.py, cli/pack.py) and metavariables → English.
HELP_EN = {
    "Kvinnofrid Västmanland – stöd i arbetet mot våld i nära relationer. Utan kommando "
    "startar programfönstret; med en fil (FIL.pdf eller FIL.kvpack) öppnas den i fönstret, i "
    "det som redan är öppet om programmet körs.":
        "Kvinnofrid Västmanland – support in the work against violence in close "
        "relationships. Without a command the program window starts; with a file (FILE.pdf or "
        "FILE.kvpack) the window opens it, the one already open if the program is running.",
    "visa programversion och aktivt innehållspaket":
        "show the program version and the active content pack",
    "visa detta innehållspaket (en mapp)": "show this content pack (a folder)",
    "gränssnittets språk (annars inställningen eller systemets språk)":
        "language of the interface (otherwise the setting or the system's language)",
    "KOMMANDO": "COMMAND",
    "ÅTGÄRD": "ACTION",
    "bygg, kontrollera och installera innehållspaket": "build, check and install content packs",
    "sök i alla dokument och i åtgärdskortet": "search all documents and the action card",
    "visa eller skriv ut åtgärdskortet": "show or print the action card",
    "öppna redaktörsläget för en källmapp (dokument, kontakter, publicering)":
        "open the editor on a source folder (documents, contacts, publishing)",
    "skapa källmappen från det aktiva innehållspaketet (eller --pack)":
        "create the source folder from the active content pack (or --pack)",
    "skapa en tom källmapp (inga dokument, kontakterna saknas)":
        "create an empty source folder (no documents, every contact missing)",
    "rita fönstret till en PNG-bild (utan skärm)":
        "draw the window to a PNG image (without a screen)",
    "bygg ett paket från en källmapp med catalog.toml":
        "build a pack from a source folder with catalog.toml",
    "kontrollera ett paket (en mapp eller en .kvpack-fil) utan att installera det":
        "check a pack (a folder or a .kvpack file) without installing it",
    "gör en .kvpack-fil av en paketmapp": "make a .kvpack file of a pack folder",
    "skapa ett nyckelpar för att signera paket": "create a key pair for signing packs",
    "signera en paketmapp eller en .kvpack-fil": "sign a pack folder or a .kvpack file",
    "byt signeringsnyckel: paketet inför en ny nyckel och/eller drar tillbaka gamla; skriver "
    "keys/rotation.json och signerar paketet med den gamla nyckeln":
        "change the signing key: the pack introduces a new key and/or retires old ones; "
        "writes keys/rotation.json and signs the pack with the old key",
    "kontrollera och installera en .kvpack-fil": "check and install a .kvpack file",
    "visa installerade paket": "list the installed packs",
    "även när det aktiva paketet är gjort för en nyare version av programmet (det tas bort)":
        "even when the active pack was made for a newer version of the program (it is "
        "removed)",
    "gå tillbaka till det tidigare paketet (det aktiva tas bort)":
        "go back to the previous pack (the active one is removed)",
    "ta bort en installerad version (ej den aktiva eller den som visas)":
        "remove an installed version (not the active one or the one shown)",
    "källmapp (med catalog.toml)": "source folder (with catalog.toml)",
    "paketmapp som skapas eller ersätts": "pack folder to create or replace",
    "skriv också paketet som en .kvpack-fil": "also write the pack as a .kvpack file",
    "paketmapp eller .kvpack-fil": "pack folder or .kvpack file",
    "lita också på denna publika nyckel (kan anges flera gånger)":
        "also trust this public key (may be given several times)",
    "paketmapp (med manifest.json)": "pack folder (with manifest.json)",
    "arkivfil att skriva, t.ex. paket.kvpack": "archive file to write, e.g. pack.kvpack",
    "hemlig nyckel att skriva (publik: NYCKELFIL.pub)":
        "secret key to write (public: KEYFILE.pub)",
    "utgivarens namn, visas som \"verifierat av …\"":
        "the publisher's name, shown as \"verified by …\"",
    "skydda den hemliga nyckeln med en lösenfras (frågas efter två gånger)":
        "protect the private key with a passphrase (asked for twice)",
    "hemlig nyckel": "secret key",
    "paketmapp (med manifest.json), före pack archive":
        "pack folder (with manifest.json), before pack archive",
    "hemlig nyckel som mottagarna litar på nu; signerar beskedet och paketet":
        "secret key the recipients trust now; signs the statement and the pack",
    "publik nyckel som mottagarna ska lita på från och med detta paket":
        "public key the recipients are to trust from this pack on",
    "dra tillbaka denna nyckel (id, 16 tecken; kan anges flera gånger)":
        "retire this key (id, 16 characters; may be given several times)",
    "NYCKEL-ID": "KEY-ID",
    ".kvpack-fil": ".kvpack file",
    "ta emot ett osignerat paket (om administratören tillåter det)":
        "accept an unsigned pack (if the administrator allows it)",
    "ta emot ett paket som är äldre än det aktiva":
        "accept a pack older than the active one",
    "visa bara vad som skulle ändras; installera inget":
        "only show what would change; install nothing",
    "vänta högst så länge om ett annat program installerar (10)":
        "wait at most this long while another program installs (10)",
    "SEKUNDER": "SECONDS",
    "skriv listan som JSON": "write the list as JSON",
    "versionen, t.ex. 2026-11-26": "the version, e.g. 2026-11-26",
    "sökord, t.ex. orosanmälan eller \"skyddat boende\"":
        "search words, e.g. orosanmälan or \"skyddat boende\"",
    "paketmapp att söka i": "pack folder to search",
    "högst så många träffar (10)": "at most this many hits (10)",
    "skriv resultatet som JSON": "write the result as JSON",
    "visa åtgärdskortet för en kommun i terminalen":
        "show the action card for a municipality in the terminal",
    "skriv åtgärdskortet till en PDF-fil": "write the action card to a PDF file",
    "kommun, t.ex. Sala eller vasteras (utan: hela länet)":
        "municipality, e.g. Sala or vasteras (without: the whole county)",
    "KOMMUN": "MUNICIPALITY",
    # The names of the arguments in the help ("pack build KÄLLMAPP PAKETMAPP").
    "PAKET": "PACK",
    "PAKETMAPP": "PACK_FOLDER",
    "KÄLLMAPP": "SOURCE_FOLDER",
    "FIL.kvpack": "FILE.kvpack",
    "FIL.pdf": "FILE.pdf",
    "FIL.png": "FILE.png",
    "NYCKELFIL": "KEYFILE",
    "NYCKELFIL.pub": "KEYFILE.pub",
    "UTGIVARE": "PUBLISHER",
    "SÖKORD": "WORDS",
    "ANTAL": "NUMBER",
    "SIDA": "PAGE",
    "BxH": "WxH",
    "KOMMUN/ÄMNE": "MUNICIPALITY/SUBJECT",
    "kommun och ämne utan flaggor, t.ex. Sala vuxna":
        "municipality and subject without the options, e.g. Sala vuxna",
    "barn, vuxna, djur eller alla (alla)": "barn, vuxna, djur or alla (alla)",
    "innehållspaket (en mapp) att läsa kortet från":
        "content pack (a folder) to read the card from",
    "skriv kortet som JSON": "write the card as JSON",
    "visa vad som gäller vid denna tid, t.ex. 2026-12-05T22:00 eller 2026-12-05T22.00 "
    "(svensk tid; en tid med tidszon, t.ex. +01:00 eller Z, räknas om till den) (nu)":
        "show what applies at this time, e.g. 2026-12-05T22:00 or 2026-12-05T22.00 (Swedish "
        "time; a time with a time zone, e.g. +01:00 or Z, is converted to it) (now)",
    "TID": "TIME",
    "PDF-fil att skriva (ersätts om den finns; .pdf läggs till om namnet saknar det)":
        "PDF file to write (replaced if it exists; .pdf is added if the name lacks it)",
    "a4 (åtgärdskort) eller pocket (fickkort att vika), a4":
        "a4 (action card) or pocket (pocket card to fold), a4",
    "PNG-fil att skriva": "PNG file to write",
    "fliken att visa (strategy)": "the tab to show (strategy)",
    "visa denna PDF-fil": "show this PDF file",
    "gå till denna sida": "go to this page",
    "fönstrets storlek, BxH (1280x800)": "the window's size, WxH (1280x800)",
}


class _Catalog(gettext.NullTranslations):
    """A gettext catalogue held in dictionaries (no ``.mo`` file)."""

    def __init__(self, messages: dict[str, str],
                 plurals: dict[str, tuple[str, str]]) -> None:
        super().__init__()
        self._messages, self._plurals = messages, plurals

    def gettext(self, message: str) -> str:
        return self._messages.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self._plurals.get(msgid1)
        if forms is None:
            return msgid1 if n == 1 else msgid2
        return forms[0] if n == 1 else forms[1]


_parsing_in = ["sv"]  # the language of the parse under way (``argparse_words``)


def said(swedish: str, english: str) -> str:
    """``swedish`` or ``english``, in the language of the command line being parsed: for the
    messages of our argparse types ("'abc' är inget heltal större än 0"), which argparse prints
    inside its own words and which know nothing of ``--lang``."""
    return english if _parsing_in[-1] == "en" else swedish


@contextmanager
def argparse_words(language: str) -> Iterator[None]:
    """argparse speaks ``language`` ("sv" or "en") while the block builds and runs a parser."""
    _parsing_in.append(language)
    try:
        if language != "sv":
            yield
            return
        catalog = _Catalog(ARGPARSE_SV, ARGPARSE_SV_PLURAL)
        saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
        argparse._, argparse.ngettext = (  # type: ignore[attr-defined]
            catalog.gettext, catalog.ngettext)
        try:
            yield
        finally:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
    finally:
        _parsing_in.pop()


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every command parser under it."""
    yield parser
    for action in parser._actions:  # argparse keeps its actions here; there is no accessor
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):  # aliases share a parser
                yield from parsers(sub)


def texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text, description and metavariable of our own in ``parser``'s tree."""
    for each in parsers(parser):
        if each.description:
            yield each.description
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS and \
                    not isinstance(action, argparse._HelpAction):
                yield action.help
            if isinstance(action.metavar, str):
                yield action.metavar
            if isinstance(action, argparse._SubParsersAction):
                yield from (choice.help for choice in action._choices_actions if choice.help)


def in_english(parser: argparse.ArgumentParser) -> None:
    """Swap our Swedish help texts in ``parser``'s tree for their English ones."""
    def en(text: str) -> str:
        return HELP_EN.get(text, text)

    for each in parsers(parser):
        if each.description:
            each.description = en(each.description)
        for action in each._actions:
            if action.help:
                action.help = en(action.help)
            if isinstance(action.metavar, str):
                action.metavar = en(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = en(choice.help)
                    if isinstance(choice.metavar, str):
                        choice.metavar = en(choice.metavar)
