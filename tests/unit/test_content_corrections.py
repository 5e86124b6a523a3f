"""The corrections of issue 13, pinned on what the shipped default pack and its sources say.

Each test reads the built pack (``default_pack_dir()``: its manifest, its card data and the text
of its PDFs as the program extracts it) or the Markdown sources, and checks the real text.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.bundled import content_source_dir, default_pack_dir
from kvinnofrid_desktop.core.card.model import MUNICIPALITIES, ActionCard, load_action_card
from kvinnofrid_desktop.core.card.now import out_of_hours_for
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

JOUR = "021-39 20 66"
JOUR_CONFIRMED = ("Västerås", "Sala", "Hallstahammar")
LEX_MAJA_LIMIT = "själva påträffar"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pack() -> Pack:
    return Pack.open(default_pack_dir())


@pytest.fixture(scope="module")
def card(pack: Pack) -> ActionCard:
    assert pack.manifest.action_card
    return load_action_card(pack.path_of(pack.manifest.action_card))


@pytest.fixture(scope="module")
def raw_card(pack: Pack) -> dict:
    assert pack.manifest.action_card
    return json.loads(pack.path_of(pack.manifest.action_card).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages(pack: Pack) -> dict[str, list[str]]:
    """Every document's page texts, whitespace collapsed."""
    engine = QtPdfEngine()
    return {d.id: [flat(t) for t in engine.page_texts(pack.path_of(d.file))]
            for d in pack.manifest.documents}


def card_texts(raw: dict) -> list[tuple[str, str]]:
    """(id, text) of every sign, step and contact note on the card."""
    out = []
    for subject in raw["subjects"]:
        for group in subject["sign_groups"]:
            out += [(s["id"], s["text"]) for s in group["signs"]]
        out += [(s["id"], s["title"] + " " + s["text"]) for s in subject["steps"]]
    out += [(c["id"], " ".join(filter(None, (c["name"], c.get("note"), c["hours_text"]))))
            for c in raw["contacts"]]
    return out


def markdown_blocks() -> list[tuple[str, str]]:
    """(file, block) for every paragraph, list item and table row of the Markdown sources."""
    blocks = []
    for path in sorted(content_source_dir().glob("*.md")):
        if path.name == "README.md":
            continue
        for block in re.split(r"\n\s*\n|\n(?=- |\d+\. |\|)", path.read_text(encoding="utf-8")):
            if block.strip():
                blocks.append((path.name, flat(block)))
    return blocks


def body_pages(doc_pages: list[str]) -> list[str]:
    """The pages before "Källor och original" (source titles may name a law without its rule)."""
    out = []
    for page in doc_pages:
        if "Källor och original" in page:
            out.append(page.split("Källor och original")[0])
            break
        out.append(page)
    return out


def summaries(pack: Pack) -> list[tuple[str, str]]:
    return [(d.id, d.summary) for d in pack.manifest.documents]


# --- 1: Lex Maja only covers animals staff find themselves ------------------------------------

def test_lex_maja_is_stated_with_its_limit_everywhere(pack: Pack, raw_card: dict,
                                                      pages: dict[str, list[str]]) -> None:
    texts = card_texts(raw_card) + markdown_blocks() + summaries(pack)
    mentions = [(where, text) for where, text in texts if "Lex Maja" in text]
    assert len(mentions) >= 8  # the card, both compilations and the catalog
    for where, text in mentions:
        assert LEX_MAJA_LIMIT in text, (where, text)
    for where, text in card_texts(raw_card) + markdown_blocks():
        if "Lex Maja" in text and "bara" in text:
            assert "inte när" in text, (where, text)  # …not when they learn of it otherwise
    for doc_id, doc_pages in pages.items():
        for n, page in enumerate(body_pages(doc_pages), 1):
            if "Lex Maja" in page:
                assert LEX_MAJA_LIMIT in page, (doc_id, n)


def test_the_card_step_on_animals_in_a_childs_home_names_the_limit(raw_card: dict) -> None:
    step = next(s for subject in raw_card["subjects"] for s in subject["steps"]
                if s["id"] == "barn-djur-i-hemmet")
    assert LEX_MAJA_LIMIT in step["text"] and "klient berättar" in step["text"]


# --- 2: the out-of-hours number is confirmed for three municipalities only --------------------

def test_the_jour_number_is_verified_only_for_vasteras_sala_and_hallstahammar(
        card: ActionCard) -> None:
    with_number = [c for c in card.contacts if c.phone == JOUR]
    own = {c.municipality for c in with_number if c.scope == "municipality"}
    assert own == set(JOUR_CONFIRMED)
    for c in with_number:
        if c.scope == "municipality":
            assert c.status == "verified"
        else:
            # A county-wide entry is shown for all ten: it names where it is confirmed and
            # says that it is not confirmed elsewhere.
            assert all(m in c.name for m in JOUR_CONFIRMED), c.name
            assert "övriga sju kommuner" in c.note and "ej bekräftat" in c.note
    for municipality in MUNICIPALITIES:
        found = out_of_hours_for(card, municipality)
        if municipality in JOUR_CONFIRMED:
            assert found is not None and found.phone == JOUR
        else:
            assert found is None, municipality
            own_jour = next(c for c in card.contacts if c.municipality == municipality
                            and c.role == "out_of_hours")
            assert own_jour.status == "missing" and own_jour.phone is None
            assert not any(card.contact(f).role == "out_of_hours" for f in own_jour.fallback)


# --- 3: Norberg's missing numbers: what is known first, 112 only when urgent -------------------

@pytest.mark.parametrize("contact_id", ["norberg-orosanmalan-barn", "norberg-orosanmalan-vuxna",
                                        "norberg-socialjour", "norberg-vaxel"])
def test_norberg_does_not_send_everything_to_112(card: ActionCard, contact_id: str) -> None:
    c = card.contact(contact_id)
    assert c.status == "missing" and c.phone is None
    routes = [card.contact(f) for f in c.fallback]
    plain = [r for r in routes if r.role != "emergency"]
    assert plain and all(r.phone and r.status != "missing" for r in plain), c.fallback
    assert routes[-1].id == "nod-112"  # 112 closes the list, for emergencies
    assert routes[0].id != "nod-112"
    for sentence in re.split(r"(?<=[.!?])\s+", c.note):
        if "112" in sentence:
            assert "akut" in sentence, sentence


def test_norbergs_report_of_concern_names_routes_that_exist(card: ActionCard) -> None:
    child = card.contact("norberg-orosanmalan-barn")
    assert [card.contact(f).phone for f in child.fallback[:-1]] == ["114 14", "077-150 50 50"]
    assert "Ring 112 bara om det är akut" in child.note


# --- 4: VOOV ----------------------------------------------------------------------------------

def test_voov_is_temporary_foster_homes_reached_through_authorities_or_a_shelter(
        raw_card: dict, pages: dict[str, list[str]]) -> None:
    texts = card_texts(raw_card) + markdown_blocks()
    mentions = [(where, text) for where, text in texts if "VOOV" in text]
    assert len(mentions) >= 4
    for where, text in mentions:
        assert "jourhem" in text or "samarbetar med VOOV" in text, (where, text)
        assert "skyddat boende för djur" not in text, where
        assert "förmedlar kontakt med VOOV" not in text, where
    described = [text for _, text in mentions if "ordnar" in text]
    assert len(described) >= 3
    for text in described:
        assert "tillfälliga jourhem för sällskapsdjur" in text
        assert all(word in text for word in ("polis", "socialtjänst", "länsstyrelse", "jour"))
    for doc_id, doc_pages in pages.items():
        for page in doc_pages:
            assert "skyddat boende för djur" not in page, doc_id


# --- 5 and 6: the law --------------------------------------------------------------------------

def test_what_happens_after_a_report_is_not_presented_as_law(raw_card: dict) -> None:
    step = next(s for subject in raw_card["subjects"] for s in subject["steps"]
                if s["id"] == "barn-efter-anmalan")
    assert "inte lagtext" in step["text"]
    assert "Hällefors" in step["text"] and "Norrtälje" in step["text"]
    assert "paragrafen är inte bekräftad" in step["text"]
    assert "20 kap" not in step["text"]
    for where, text in markdown_blocks():
        if "samma dag eller dagen efter" in text:
            assert "inte lagtext" in text and "Hällefors" in text, where


def test_the_2025_bill_is_a_proposal_whose_decision_is_not_confirmed(raw_card: dict) -> None:
    texts = card_texts(raw_card) + markdown_blocks()
    mentions = [(where, text) for where, text in texts if "2025/26:12" in text]
    assert len(mentions) >= 3
    for where, text in mentions:
        assert "inte bekräftat" in text, where
        assert "vidgats" in text, where


# --- 7: old source pages say how old they are --------------------------------------------------

@pytest.mark.parametrize(("contact_id", "year"), [
    ("arboga-vaxel", "2017"), ("koping-vaxel", "2019"), ("surahammar-vaxel", "2019"),
    ("fagersta-vaxel", "2020"), ("kungsor-vaxel", "2020"),
])
def test_stale_sources_carry_their_own_date(card: ActionCard, contact_id: str,
                                            year: str) -> None:
    c = card.contact(contact_id)
    assert c.source_date and c.source_date.startswith(year)
    assert c.source_date < c.verified


def test_a_year_only_source_date_says_so(card: ActionCard) -> None:
    fagersta = card.contact("fagersta-vaxel")
    assert fagersta.source_date == "2020-01-01"
    assert "coronatiden" in fagersta.note and "bara för året 2020" in fagersta.note


# --- 8: the new facts --------------------------------------------------------------------------

def test_new_facts_are_used(card: ActionCard) -> None:
    shelter = card.contact("kvinnohuset-vasteras")
    assert shelter.status == "verified" and shelter.phone == "021-12 67 80"
    assert "mån 11–12 och ons 13–14" in shelter.hours_text and "27–29" in shelter.hours_text
    customer = card.contact("hallstahammar-vaxel")
    assert customer.hours and "mån–tors 08.00–16.30" in customer.hours_text
    assert card.contact("sala-socialjour").before_holiday_opens == 15 * 60 + 30
    assert "15.30" in card.contact("sala-socialjour").hours_text
    child = card.contact("vasteras-orosanmalan-barn")
    assert child.dial_note == "knappval 9" and "knappval 4" in child.note


# --- the compiled documents and the library ----------------------------------------------------

def test_compiled_documents_start_with_their_substance(pack: Pack,
                                                       pages: dict[str, list[str]]) -> None:
    first = pages["strategi"][0]
    assert "Den nationella strategin" in first  # the content starts on page 1
    assert "inte ett officiellt dokument" in first
    assert "Källor och original" not in first
    for doc in pack.manifest.documents:
        if doc.provenance == "compiled":
            text = " ".join(pages[doc.id])
            tail = text[text.rindex("Källor och original"):]
            for source in doc.sources:
                assert source.title in tail, (doc.id, source.title)


def test_no_cover_sends_readers_to_a_publication_list(pages: dict[str, list[str]]) -> None:
    for doc_id, doc_pages in pages.items():
        text = " ".join(doc_pages)
        assert "publikationslista" not in text, doc_id
        assert "diarienumret" not in text, doc_id
        assert "(sammanställning ur" not in text, doc_id


def test_the_2019_report_shows_the_originals_year_pages_and_address(
        pack: Pack, pages: dict[str, list[str]]) -> None:
    from kvinnofrid_desktop.ui.tabs.publications import (
        details_html,
        original_pages,
        original_year,
    )

    doc = pack.manifest.document("pub-kvinnofridssamordnare-2019")
    assert doc is not None and doc.original is not None
    assert (doc.original.year, doc.original.pages) == ("2019", 46)
    assert doc.original.url and doc.original.url.startswith("https://www.lansstyrelsen.se/")
    assert (original_year(doc), original_pages(doc)) == ("2019", 46)
    assert doc.pages < 46  # our summary is short, and its own count is kept apart
    details = flat(html.unescape(re.sub(r"<[^>]+>", " ", details_html(doc))))
    assert f"Sammanställningens sidor: {doc.pages}" in details
    assert "Originalets år: 2019" in details and "Originalets sidor: 46" in details
    text = " ".join(pages[doc.id])
    assert "År: 2019" in text and "Sidor: 46" in text and doc.original.url in text.replace(" ", "")
    for other in pack.manifest.documents:
        # Never the year the compilation was written in the year column.
        assert original_year(other) != str(other.year) or other.provenance == "official"


def test_the_strategys_year_is_shown_as_inferred(pack: Pack,
                                                 pages: dict[str, list[str]]) -> None:
    """Publikationer and the "Officiellt original" block said "År: 2017" as fact; no source
    gives the strategy's year, it is inferred from its period and the region's decision."""
    from kvinnofrid_desktop.ui.tabs.publications import original_year

    for doc_id in ("strategi", "pub-strategi-2017-2020"):
        doc = pack.manifest.document(doc_id)
        assert doc is not None and doc.original is not None
        assert original_year(doc) == "2017 (härlett)", doc_id
        text = " ".join(pages[doc_id])
        assert "År: 2017 (härlett)" in text and not re.search(r"År: 2017(?! \(härlett)", text)


def test_minor_claims_say_whose_they_are(pack: Pack, raw_card: dict) -> None:
    """The audit's minor items: 112's "Dygnet runt" stood as if its sources said it; Norberg's
    route through the police (114 14) read as a source's; samverkansplan dated its Lex Maja
    note 2026-11-26 while its source list reads 2026-12-04."""
    contacts = {c["id"]: c for c in raw_card["contacts"]}
    assert not contacts["nod-112"]["hours_text"].startswith("Dygnet runt")
    assert "källorna anger inga tider" in contacts["nod-112"]["hours_text"]
    assert "programmets eget förslag" in contacts["norberg-orosanmalan-barn"]["note"]
    lex_maja = next(b for f, b in markdown_blocks()
                    if f == "samverkansplan.md" and b.startswith("- **Lex Maja:**"))
    listed = next(d for d in pack.manifest.documents if d.id == "samverkansplan").sources
    read = next(s.checked for s in listed if "lex-maja" in s.url)
    assert f"(Källa: Socialstyrelsen, läst {read})" in lex_maja


def test_grammar(pack: Pack, raw_card: dict, pages: dict[str, list[str]]) -> None:
    everything = ([t for _, t in card_texts(raw_card) + markdown_blocks() + summaries(pack)]
                  + [d.title for d in pack.manifest.documents]
                  + [p for doc_pages in pages.values() for p in doc_pages])
    for text in everything:
        assert "aggressivt, rädd" not in text and "aggressivt eller rädd," not in text
        assert "kvinna, partner, ett barn" not in text
        assert "skriven av Analyskraft" not in text
        # "Kvalitén" only where the original's own title is quoted.
        for match in re.finditer("Kvalitén", text):
            assert text[match.start():].startswith("Kvalitén i skyddat boende. En kartläggning")
    assert "rädt" in next(t for i, t in card_texts(raw_card) if i == "djur-beteende-1")


def test_the_shipped_card_is_the_source_card() -> None:
    shipped = Path(default_pack_dir() / "action_card.json").read_bytes()
    assert shipped == (content_source_dir() / "action_card.json").read_bytes()


@pytest.mark.parametrize("step_id", ["barn-socialjour", "vuxna-socialjour"])
def test_the_jour_step_gives_its_hours_and_does_not_promise_nights(raw_card: dict,
                                                                  step_id: str) -> None:
    """"Kvällar, nätter och helger tar socialjouren emot …", while it closes at 00.00/01.00."""
    step = next(t for s in raw_card["subjects"] for t in s["steps"] if t["id"] == step_id)
    assert "nätter" not in step["text"].casefold()
    assert ("mån–tors 16.30–00.00, fre 16.30–01.00, lör 15.00–01.00, sön och helgdag "
            "15.00–00.00; utanför jourtiden nås den via 112") in step["text"]
    # Where the hours and "via 112" come from: the same pages as the jour's contact entries.
    for source in ("https://www.vasteras.se/omsorg-stod-och-hjalp/familj-barn-och-ungdom/"
                   "misstanke-om-barn-som-far-illa.html", "https://www.sala.se/selfservice/16078/"):
        assert source in step["source"]


def test_no_printed_page_promises_the_jour_at_night(pages: dict[str, list[str]]) -> None:
    """strategi.pdf said the jour answers "kvällar, nätter och helger" and the samverkansplan's
    table "Oro för ett barn kvällar, nätter och helger"; it closes at 00.00 (fre–lör 01.00) and
    is reached through 112 after that. Each page that names the jour's hours gives them."""
    for doc, doc_pages in pages.items():
        for page in doc_pages:
            for sentence in re.split(r"(?<=[.|])\s", page):
                assert "nätter" not in sentence or "ocialjour" not in sentence, (doc, sentence)
    for doc in ("strategi", "samverkansplan"):
        text = " ".join(pages[doc])
        assert ("mån–tors 16.30–00.00, fre 16.30–01.00, lör 15.00–01.00, sön och helgdag "
                "15.00–00.00, dag före helgdag från 15.30") in text, doc
    assert "Övrig tid nås den via 112" in " ".join(pages["strategi"])
    assert "övrig tid: 112" in " ".join(pages["samverkansplan"])


# A phone number as the documents print it: "010-224 90 00", "116 111", "114 14".
PRINTED_PHONE = re.compile(r"(?<![\d-])(?:0\d{1,3}-\d{2,3}(?: \d{2,3}){0,3}|11[36] \d{3}"
                           r"|11[34] \d{2})(?![\d-]|[.,:]\d)")
URL = re.compile(r"https?://[^\s)(;,]+")


def test_every_printed_number_has_its_source_in_the_documents_list(
        pack: Pack, raw_card: dict, pages: dict[str, list[str]]) -> None:
    """strategi.pdf gave Länsstyrelsen's switchboard, 010-224 90 00, on its first page, but
    neither page the number comes from was in its list of sources. Every number a document
    prints is on the card, and one of the pages the card names for it (its source, or a page
    its note names) is in that document's own list."""
    missing = []
    for doc in pack.manifest.documents:
        listed = {s.url for s in doc.sources}
        for number in sorted(set(PRINTED_PHONE.findall(" ".join(body_pages(pages[doc.id]))))):
            number = number.strip()
            owners = [c for c in raw_card["contacts"]
                      if c["phone"] == number or number in (c.get("note") or "")]
            sources = {u.strip() for c in owners for u in (c["source"] or "").split(";")}
            sources |= {u.rstrip(".") for c in owners for u in URL.findall(c.get("note") or "")}
            if not owners or not sources & listed:
                missing.append((doc.id, number))
    assert missing == []


def test_no_printed_number_is_broken_across_lines(pack: Pack, raw_card: dict) -> None:
    """atgardskort.pdf p. 17 printed "020-555 66 / 6" and "0771-900 8 / 00": a printout
    read by someone about to dial. Every number of the card, and every number a document
    prints, is whole on one line of its page."""
    engine = QtPdfEngine()
    numbers = {c["phone"] for c in raw_card["contacts"] if c["phone"]}
    broken = []
    for doc in pack.manifest.documents:
        for n, page in enumerate(engine.page_texts(pack.path_of(doc.file)), 1):
            plain = page.replace("\u2011", "-").replace("\u00a0", " ")
            lines = [flat(line) for line in plain.splitlines()]
            printed = numbers | set(PRINTED_PHONE.findall(flat(plain)))
            broken += [(doc.id, n, number) for number in sorted(printed)
                       if number in flat(plain) and not any(number in line for line in lines)]
    assert broken == []


def test_norbergs_postal_address_names_its_source_and_is_unconfirmed(
        pack: Pack, raw_card: dict) -> None:
    """The address came from a page marked osäker that was nowhere in the pack."""
    page = "https://norberg.se/sidor/stod--omvardnad/synpunkter-klagomal-och-ideer.html"
    notes = [c["note"] for c in raw_card["contacts"] if "Öjersbogården" in c.get("note", "")]
    assert notes
    for note in notes:
        assert page in note and "ej bekräftad" in note
    atgardskort = next(d for d in pack.manifest.documents if d.id == "atgardskort")
    assert page in {s.url for s in atgardskort.sources}


def test_the_animal_welfare_number_is_named_for_advice_only(
        raw_card: dict, pages: dict[str, list[str]]) -> None:
    """010-224 96 00 was named "(rådgivning och anmälan)" on the card, in the PDF and on every
    "ring:" line; its source gives it for advice when unsure, and no number for reporting."""
    advice = next(c for c in raw_card["contacts"] if c["id"] == "lansstyrelsen-djurskydd")
    assert advice["name"] == "Länsstyrelsen Västmanland, djurskydd, rådgivning"
    printed = " ".join(p for doc_pages in pages.values() for p in doc_pages)
    assert "rådgivning och anmälan" not in printed


@pytest.mark.parametrize("overclaim", [
    "behövs klientens samtycke",  # Se Sambandet: staff "bör be klienten häva sekretessen"
    "om ett djur de själva påträffat skyddas",  # 32 kap. 10 a § OSL: persons, not the animal
    "anmälarens uppgifter ska skyddas",  # prop. 2025/26:12: "sekretess hos anmälaren"
    "Alltid först",  # 112: "nödläge eller pågående brott"; acute animal cases: the police
    "Akut fara för människa eller djur",
    "har gett en samverkansplan",  # NCK gives the guidelines as the project's goal
])
def test_the_law_and_the_projects_are_said_no_further_than_their_sources(
        raw_card: dict, pages: dict[str, list[str]], overclaim: str) -> None:
    texts = ([t for _, t in card_texts(raw_card) + markdown_blocks()]
             + [p for doc_pages in pages.values() for p in doc_pages])
    assert [t for t in texts if overclaim in t] == []


def test_the_lex_maja_step_says_what_se_sambandet_says_and_names_it(raw_card: dict) -> None:
    step = next(t for s in raw_card["subjects"] for t in s["steps"] if t["id"] == "djur-lex-maja")
    assert "Be då i första hand klienten att häva sekretessen." in step["text"]
    assert "https://sesambandet.wordpress.com/material/korsrapportering/" in step["source"]


def test_printed_text_never_says_just_nu(raw_card: dict) -> None:
    """Notes and hours printed on paper said what "”just nu”" does; paper has no now."""
    assert [(i, t) for i, t in card_texts(raw_card) if "just nu" in t.casefold()] == []
