"""Search benchmark: build an index over generated Swedish pages, time queries, print a table.

    python benchmarks/bench_search.py                 # 10 000 pages
    python benchmarks/bench_search.py --pages 600 --pdfgrep

The pages are generated deterministically from real Swedish words of the domain (inflected
forms, compounds) plus common words, with a Zipf-like frequency, ~300 words a page. That is
harsher than real manuals (fewer distinct words, so longer posting lists per word).
``--pdfgrep`` also writes the pages as PDFs (fpdf2, at most --pdf-pages of them) and times
``pdfgrep -i -r WORD DIR`` against the same query on an index of those pages.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kvinnofrid_desktop.core.search import IndexEntry, SearchIndex, build_index

_COMMON = """och i att det som en på är av för med till den har de inte om ett men var sig från
vi så kan man när år hon under också efter eller nu sin där vid mot ska skulle kommer ut får
finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad två första göra
genom hur dem oss vilka många stöd arbete behov ansvar situation tid kontakt fall person personer
viktigt viktiga ofta behöver information frågor fråga hjälp möjlighet samt utifrån enligt både
del delar olika egen eget egna gäller därför alltid aldrig utan inom vidare bör kunna"""
COMMON = _COMMON.split()

_DOMAIN = """våld våldet våldets våldsutsatt våldsutsatta våldsutövare våldsutövaren orosanmälan
orosanmälningar orosanmälningarna anmälan anmälningar anmälningarna anmälde anmäla polisanmälan
polisanmälningar socialtjänst socialtjänsten socialtjänstens kvinnofrid kvinnofridsarbetet
kvinnofridssamordnare kvinnofridssamordnaren skyddsboende skyddsboenden skyddat boende boendet
djurskyddshandläggare djurskyddshandläggaren länsstyrelsen hedersrelaterat förtryck barn barnen
barnens barnet föräldrar föräldern vårdnadshavare vårdnadshavaren mottagning stödsamtal
kontaktperson samverkan handlingsplan handlingsplanen rutin rutiner rutinen kartläggning
riskbedömning riskbedömningen skyddsbedömning utredning utredningen insatser insats bistånd
kommunen kommunens regionen regionens polisen åklagare brottsofferjour kvinnojour kvinnojouren
tjejjour hälsocentral sjukvården tandvården förskolan skolan elevhälsan kurator kuratorn
barnahus barnahuset hot hotet hoten trakasserier misshandel misshandeln sexuellt sexuella
övergrepp kontrollerande beteende ekonomiskt psykiskt fysiskt latent digitalt våldsamma
närstående partner partnern relation relationen separation vårdnad umgänge boendeform
skyddad identitet sekretess sekretessen samtycke dokumentation journal journalen anhörig
anhöriga stödinsatser behandling behandlingen våldsprevention förebyggande"""
DOMAIN = _DOMAIN.split()

PARTS = ["skydds", "stöd", "våld", "orosan", "barn", "kris", "familje", "social", "djur",
         "kvinno", "hälso", "risk", "samverkans", "ärende", "insats"]
ENDINGS = ["", "en", "ens", "s", "ar", "arna"]
PHRASES = ["skyddat boende", "våld i nära relationer", "hedersrelaterat våld och förtryck",
           "barn som bevittnat våld", "skyddad identitet", "ring 112 vid akut fara"]
HEADS = ["handläggare", "bedömning", "samordnare", "planering", "arbete", "ansvar", "rutin",
         "kontakt", "team", "utbildning", "grupp", "frågor", "boenden", "mottagning"]

QUERIES = [
    ("one word", ["våldet"]),
    ("two words", ["socialtjänsten barn"]),
    ("prefix kvinnof", ["kvinnof"]),
    ("compound part anmälan", ["anmälan"]),
    ('phrase "skyddat boende"', ['"skyddat boende"']),
    ("substring only (handläggare)", ["handläggare"]),
    ("most common word (och)", ["och"]),
    ("typing k…kvinnofrid", ["kvinnofrid"[:n] for n in range(1, 11)]),
    ("typo (one edit) socialtjänstn", ["socialtjänstn"]),
    ("no hits (zebrafink)", ["zebrafink"]),
]


def vocabulary() -> tuple[list[str], list[float]]:
    compounds = sorted({p + h + e for p in PARTS for h in HEADS for e in ENDINGS})
    words = list(dict.fromkeys(COMMON + DOMAIN + compounds))
    rng = random.Random(7)
    order = words[:]
    rng.shuffle(order[len(COMMON):])  # common words first (most frequent), the rest mixed
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(order))]
    return order, weights


def pages(n: int, words_per_page: int = 300) -> list[IndexEntry]:
    words, weights = vocabulary()
    rng = random.Random(2026)
    out = []
    for i in range(n):
        tokens = rng.choices(words, weights, k=words_per_page)
        for _ in range(rng.randint(0, 2)):  # a few fixed expressions, so phrases find something
            tokens.insert(rng.randrange(len(tokens)), rng.choice(PHRASES))
        sentences, pos = [], 0
        while pos < len(tokens):
            length = rng.randint(6, 18)
            sentence = " ".join(tokens[pos:pos + length])
            sentences.append(sentence[:1].upper() + sentence[1:] + ".")
            pos += length
        doc = i // 40
        out.append(IndexEntry(f"doc-{doc:04d}", f"Handbok {doc} om kvinnofrid", i % 40 + 1,
                              "\n".join(sentences)))
    return out


def time_queries(index: SearchIndex, runs: int) -> list[tuple[str, float, float, int]]:
    rows = []
    for label, queries in QUERIES:
        for q in queries:  # warm up caches (SQLite pages, stems)
            index.search(q)
        samples, hits = [], 0
        for r in range(max(runs, len(queries))):
            q = queries[r % len(queries)]
            t0 = time.perf_counter()
            hits = len(index.search(q))
            samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
        rows.append((label, statistics.median(samples), p95, hits))
    return rows


def write_pdfs(entries: list[IndexEntry], folder: Path) -> None:
    from fpdf import FPDF

    by_doc: dict[str, list[IndexEntry]] = {}
    for e in entries:
        by_doc.setdefault(e.doc_id, []).append(e)
    for doc_id, doc_pages in by_doc.items():
        pdf = FPDF()
        pdf.set_font("Helvetica", size=10)  # latin-1 core font: has å, ä, ö
        for e in doc_pages:
            pdf.add_page()
            pdf.multi_cell(0, 5, e.text.replace("\n", " "))
        pdf.output(str(folder / f"{doc_id}.pdf"))


def pdfgrep_compare(entries: list[IndexEntry], work: Path, word: str, runs: int) -> None:
    exe = shutil.which("pdfgrep")
    if exe is None:
        print("\npdfgrep is not installed (apt-get install pdfgrep): comparison skipped")
        return
    folder = work / "pdfs"
    folder.mkdir()
    t0 = time.perf_counter()
    write_pdfs(entries, folder)
    print(f"\nwrote {len(entries)} pages as PDFs in {time.perf_counter() - t0:.1f} s")
    build_index(work / "small.sqlite", entries)
    grep_runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        out = subprocess.run([exe, "-i", "-r", "-c", word, str(folder)], capture_output=True,
                             text=True, check=False)
        grep_runs.append((time.perf_counter() - t0) * 1000)
    grep_ms = statistics.median(grep_runs)
    found = sum(int(line.rsplit(":", 1)[1]) for line in out.stdout.splitlines() if ":" in line)
    with SearchIndex.open(work / "small.sqlite") as index:
        for _ in range(5):
            index.search(word)
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            index.search(word)
            samples.append((time.perf_counter() - t0) * 1000)
    ours = statistics.median(samples)
    print(f"\n| {f'{len(entries)} pages, word {word!r}':<34} | {'median':>13} |")
    print(f"|{'-' * 36}|{'-' * 15}|")
    print(f"| {'pdfgrep -i -r (3 runs)':<34} | {grep_ms:>10.1f} ms | {found} matching lines")
    print(f"| {f'our search ({runs} runs)':<34} | {ours:>10.2f} ms |")
    print(f"| {'ratio':<34} | {grep_ms / ours:>11.0f} × | target ≥ 500×")


DEFAULT_PACK_QUERIES = [
    ("one word", ["orosanmälan", "djurskydd", "våld", "socialjour"]),
    ("two words", ["Sala socialjour", "skola utbildning", "kvinnofridssamordnare 2019"]),
    ("prefix as typed", ["kvinnof", "orosan", "djursk"]),
    ("compound part", ["anmälan", "boende"]),
    ("phrase", ['"skyddat boende"', '"våld i nära relationer"']),
    ("synonyms", ["barn som bevittnar våld", "hedersvåld", "soc-jouren"]),
    ("typo (one edit)", ["kvinofridslinjen", "anmälningskyldighet"]),
]


def default_pack(runs: int, pack: Path | None = None) -> None:
    """Latency over the shipped default pack or ``pack`` (target p95 ≤ 5 ms), and the CLI end
    to end."""
    from kvinnofrid_desktop.core.bundled import default_pack_dir

    pack = pack or default_pack_dir()
    path = pack / "search.sqlite"
    print(f"\npack {pack}")
    print(f"\n| {'default pack (' + str(runs) + ' runs)':<34} | {'median':>9} | "
          f"{'p95':>9} | {'hits':>4} |")
    print(f"|{'-' * 36}|{'-' * 11}|{'-' * 11}|{'-' * 6}|")
    with SearchIndex.open(path) as index:
        for label, queries in DEFAULT_PACK_QUERIES:
            for q in queries:
                index.search(q)
            samples, hits = [], 0
            for r in range(runs):
                q = queries[r % len(queries)]
                t0 = time.perf_counter()
                hits = len(index.search(q))
                samples.append((time.perf_counter() - t0) * 1000)
            samples.sort()
            p95 = samples[int(len(samples) * 0.95) - 1]
            flag = "" if p95 <= 5 else "  > 5 ms target"
            print(f"| {label:<34} | {statistics.median(samples):>6.2f} ms | {p95:>6.2f} ms | "
                  f"{hits:>4} |{flag}")
        samples = []
        for r in range(runs):
            t0 = time.perf_counter()
            suggestion = index.suggest(["kvinofridlinjn", "socialjuor"][r % 2])
            samples.append((time.perf_counter() - t0) * 1000)
        samples.sort()
        p95 = samples[int(len(samples) * 0.95) - 1]
        print(f"| {'Menade du (no hits)':<34} | {statistics.median(samples):>6.2f} ms | "
              f"{p95:>6.2f} ms | {suggestion or '-':>4} |")
    cli = []
    for _ in range(11):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", "search", "orosanmälan",
                        "--json", "--pack", str(pack)], capture_output=True, check=True)
        cli.append(time.perf_counter() - t0)
    print(f"| {'CLI search, process start to exit':<34} | {statistics.median(cli):>7.3f} s | "
          f"{'':>9} | {'':>4} | target ≤ 0.35 s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=200, help="timed runs per query (200)")
    ap.add_argument("--pdfgrep", action="store_true", help="compare with pdfgrep over PDFs")
    ap.add_argument("--pdf-pages", type=int, default=600, help="pages written as PDF (600)")
    ap.add_argument("--pack", type=Path, help="pack to time instead of the shipped default "
                    "(e.g. one built with 'pack build resources/content-src /tmp/relpack')")
    args = ap.parse_args(argv)

    default_pack(args.runs, args.pack)
    work = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        t0 = time.perf_counter()
        entries = pages(args.pages)
        gen_s = time.perf_counter() - t0
        words = sum(len(e.text.split()) for e in entries)
        print(f"generated {len(entries)} pages, {words} words in {gen_s:.1f} s "
              f"(vocabulary {len(vocabulary()[0])} words)")
        stats = build_index(work / "index.sqlite", entries)
        print(f"\n| {'build':<34} | {'value':>13} |")
        print(f"|{'-' * 36}|{'-' * 15}|")
        print(f"| {'pages':<34} | {stats.entries:>13} |")
        print(f"| {'build time':<34} | {stats.seconds:>11.1f} s |")
        print(f"| {'pages/s':<34} | {stats.entries / stats.seconds:>13.0f} |")
        print(f"| {'index size':<34} | {stats.bytes / 1e6:>10.1f} MB |")
        t0 = time.perf_counter()
        SearchIndex.open(work / "index.sqlite", verify=False).close()
        open_fast_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        index = SearchIndex.open(work / "index.sqlite")
        open_ms = (time.perf_counter() - t0) * 1000
        print(f"| {'open (checksum verified)':<34} | {open_ms:>10.1f} ms |")
        print(f"| {'open (verify=False)':<34} | {open_fast_ms:>10.1f} ms |")
        with index:
            rows = time_queries(index, args.runs)
        print(f"\n| {'query (' + str(args.runs) + ' runs each)':<34} | {'median':>9} | "
              f"{'p95':>9} | {'hits':>4} |")
        print(f"|{'-' * 36}|{'-' * 11}|{'-' * 11}|{'-' * 6}|")
        for label, median, p95, hits in rows:
            flag = "" if p95 <= 25 else "  > 25 ms target"
            print(f"| {label:<34} | {median:>6.2f} ms | {p95:>6.2f} ms | {hits:>4} |{flag}")
        if args.pdfgrep:
            pdfgrep_compare(entries[: args.pdf_pages], work, "våldet", min(args.runs, 50))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
