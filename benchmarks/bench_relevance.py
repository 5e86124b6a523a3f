"""Relevance benchmark: judged queries (benchmarks/relevance/queries.toml) against a pack's index.

    python benchmarks/bench_relevance.py                    # the shipped default pack
    python benchmarks/bench_relevance.py --pack /tmp/relpack
    python benchmarks/bench_relevance.py --verbose          # the first hits of every query

Prints success@1 and success@3 (the share of queries with an acceptable answer first / among
the first three), MRR (mean of 1/rank of the first acceptable answer, 0 when not in the first
20) and the misses: the queries whose judged answer is not among their first ``within`` hits.
The judged answers were written from the content, not from what the engine returns. The hits
judged are those the search panel shows (``SearchIndex.answer``).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kvinnofrid_desktop.core.search.index import Hit, SearchIndex

QUERIES = Path(__file__).resolve().parent / "relevance" / "queries.toml"
DEPTH = 20  # hits looked at for MRR


@dataclass(frozen=True)
class Judged:
    query: str
    kind: str
    within: int
    expect: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    judged: Judged
    rank: int | None  # 1-based rank of the first acceptable hit, None when not in DEPTH
    top: tuple[str, ...]  # the first hits, described

    @property
    def passed(self) -> bool:
        return self.rank is not None and self.rank <= self.judged.within


def load_queries(path: Path = QUERIES) -> list[Judged]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in data["q"]:
        within = int(item.get("within", 3))
        if within not in (1, 3) or not item["expect"]:
            raise ValueError(f"{item['query']!r}: within must be 1 or 3, expect non-empty")
        out.append(Judged(item["query"], item.get("kind", ""), within, tuple(item["expect"]),
                          item.get("note", "")))
    return out


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def accepts(expect: str, hit: Hit, page_text: str) -> bool:
    """Whether a hit is the answer ``expect`` names (see queries.toml for the forms)."""
    if expect.startswith("#"):
        return hit.kind == "card" and hit.anchor == expect[1:]
    if "@" in expect:
        doc, text = expect.split("@", 1)
        return hit.kind == "page" and hit.doc_id == doc and _squash(text) in _squash(page_text)
    if ":" in expect:
        doc, page = expect.rsplit(":", 1)
        return hit.kind == "page" and hit.doc_id == doc and hit.page == int(page)
    return hit.doc_id == expect and hit.kind == "page"


def describe(hit: Hit) -> str:
    return f"#{hit.anchor}" if hit.kind == "card" else f"{hit.doc_id}:{hit.page}"


def evaluate(index: SearchIndex, queries: list[Judged]) -> list[Outcome]:
    texts = {(doc, page): text for doc, page, text in index._conn.execute(
        "SELECT doc_id, page, text FROM entries WHERE kind = 'page'")}
    outcomes = []
    for judged in queries:
        # What the search panel shows: when no page has every word, the hits for some of
        # them; when only the card's printed pages do, its entries for fewer words first.
        hits = index.answer(judged.query, limit=DEPTH).hits
        rank = None
        for n, hit in enumerate(hits, 1):
            page_text = texts.get((hit.doc_id, hit.page), "")
            if any(accepts(e, hit, page_text) for e in judged.expect):
                rank = n
                break
        outcomes.append(Outcome(judged, rank, tuple(describe(h) for h in hits[:5])))
    return outcomes


@dataclass(frozen=True)
class Figures:
    queries: int
    success_at_1: float
    success_at_3: float
    mrr: float
    passed: int


def figures(outcomes: list[Outcome]) -> Figures:
    n = len(outcomes) or 1
    at1 = sum(1 for o in outcomes if o.rank == 1) / n
    at3 = sum(1 for o in outcomes if o.rank is not None and o.rank <= 3) / n
    mrr = sum(1 / o.rank for o in outcomes if o.rank) / n
    return Figures(len(outcomes), at1, at3, mrr, sum(o.passed for o in outcomes))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pack", type=Path, help="pack folder (default: the shipped default pack)")
    ap.add_argument("--queries", type=Path, default=QUERIES)
    ap.add_argument("--verbose", action="store_true", help="print every query's first hits")
    args = ap.parse_args(argv)
    if args.pack is None:
        from kvinnofrid_desktop.core.bundled import default_pack_dir

        args.pack = default_pack_dir()
    queries = load_queries(args.queries)
    with SearchIndex.open(args.pack / "search.sqlite") as index:
        started = time.perf_counter()
        outcomes = evaluate(index, queries)
        seconds = time.perf_counter() - started
    f = figures(outcomes)
    print(f"pack {args.pack}: {f.queries} judged queries in {seconds * 1000:.0f} ms")
    print(f"success@1 {f.success_at_1:.3f}   success@3 {f.success_at_3:.3f}   MRR {f.mrr:.3f}   "
          f"judged requirement met {f.passed}/{f.queries}")
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.judged.kind].append(o)
    for kind, group in sorted(by_kind.items()):
        g = figures(group)
        print(f"  {kind:<12} {g.queries:>3} queries  s@1 {g.success_at_1:.2f}  "
              f"s@3 {g.success_at_3:.2f}  MRR {g.mrr:.2f}")
    misses = [o for o in outcomes if not o.passed]
    print(f"\nmisses ({len(misses)}):" if misses else "\nno misses")
    for o in misses:
        where = f"rank {o.rank}" if o.rank else f"not in the first {DEPTH}"
        print(f"  {o.judged.query!r} (within {o.judged.within}): {where}; "
              f"wanted {', '.join(o.judged.expect)}; got {', '.join(o.top) or 'nothing'}")
    if args.verbose:
        print()
        for o in outcomes:
            print(f"  {'ok ' if o.passed else 'MISS'} {o.judged.query!r}: {', '.join(o.top)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
