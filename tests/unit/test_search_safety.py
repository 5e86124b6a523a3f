"""Any string is a safe query: never an exception, never an SQL or FTS5 syntax error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packtools import index_missing_a_page

from kvinnofrid_desktop.core.search import (
    MARK_END,
    MARK_START,
    IndexEntry,
    SearchIndex,
    SearchIndexError,
    build_index,
    parse_query,
)
from kvinnofrid_desktop.core.search.swedish import MAX_QUERY_CHARS, MAX_QUERY_ITEMS

TEXTS = [
    "Orosanmälan om barn görs till socialtjänsten i Västerås.",
    "Skyddat boende och skyddsboende för våldsutsatta kvinnor.",
    "Kvinnofridssamordnare: ring 021-39 00 00. E-post: kvinnofrid@example.se",
    'Citat: "NEAR" AND (OR) NOT * ^ : – emoji 🙂 och ÅÄÖ.',
    "Djurskyddshandläggare på länsstyrelsen. Våldet, våldets, våld.",
]
SYNTAX = ['"', "*", ":", "^", "(", ")", "NEAR", "NEAR(", "AND", "OR", "NOT", "-", "+", "{", "}",
          "[", "]", "'", "\\", ";", "--", "/*", "%", "_", "\x00", "\u200b", "\ud800", "🙂",
          "title:", "stems:", "{title body}:", "rank", "bm25(", "\n", "\t", " "]
SWEDISH = ["våld", "våldet", "orosanmälan", "anmälan", "boende", "skyddat", "kvinnof", "får",
           "ÅR", "barn", "e-post", "112", "ö", "å", "ab", "x"]

query_parts = st.lists(st.sampled_from(SYNTAX + SWEDISH) | st.text(max_size=5), max_size=12)
mixed_queries = query_parts.map("".join) | query_parts.map(" ".join)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    path = tmp_path_factory.mktemp("safe") / "search.sqlite"
    build_index(path, [IndexEntry(f"d{i}", f"Titel {i}", 1, t) for i, t in enumerate(TEXTS)])
    with SearchIndex.open(path) as opened:
        yield opened


def check(index: SearchIndex, query: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.clear()
    hits = index.search(query)
    assert isinstance(hits, list)
    # Failures are caught and logged inside search(); a safe query must not need that.
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING], query
    for hit in hits:
        assert hit.snippet.count(MARK_START) == hit.snippet.count(MARK_END)
        assert "<b>" not in hit.snippet
    assert isinstance(index.highlight_terms(query), list)


SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.text())
def test_any_text_is_a_safe_query(index: SearchIndex, caplog: pytest.LogCaptureFixture,
                                  query: str) -> None:
    check(index, query, caplog)


@SETTINGS
@given(mixed_queries)
def test_fts_syntax_mixed_with_swedish_is_safe(index: SearchIndex,
                                              caplog: pytest.LogCaptureFixture,
                                              query: str) -> None:
    check(index, query, caplog)


@pytest.mark.parametrize("query", [
    "", " ", "\t\n", "\x00", "våld\x00", "\x00\x01\x1f\x7f", "\ud800", "våld\udfff", "🙂",
    "🙂 våld", '"', '""', '"""', "*", "våld*", "*våld", "^våld", "title:våld", "stems:våld",
    "NEAR(våld hot, 2)", "våld AND", "OR", "NOT våld", "-våld", "+våld", "(våld", "våld)",
    "'", "' OR 1=1 --", "a" * 10_000, "våld " * 2_000, '"' * 10_001, "ö" * 300,
    MARK_START + "våld" + MARK_END, "\u00ad", "\ufeff", "x" * 199 + "\u0308",
])
def test_edge_cases(index: SearchIndex, caplog: pytest.LogCaptureFixture, query: str) -> None:
    check(index, query, caplog)


def test_fts_words_in_the_text_are_findable(index: SearchIndex) -> None:
    assert [h.doc_id for h in index.search('"near" "and"')] == ["d3"]
    assert [h.doc_id for h in index.search("emoji 🙂")] == ["d3"]


def test_non_string_query_is_empty(index: SearchIndex) -> None:
    assert index.search(None) == []  # type: ignore[arg-type]
    assert parse_query(b"vald").is_empty  # type: ignore[arg-type]


def test_overlong_queries_are_capped() -> None:
    pq = parse_query(" ".join(f"ord{i}" for i in range(100)))
    assert pq.truncated and len(pq.terms) <= MAX_QUERY_ITEMS
    long_word = parse_query("å" * 10_000)
    assert long_word.truncated and len(long_word.terms[0].text) == MAX_QUERY_CHARS
    assert not parse_query("våld barn").truncated


def test_parse_query_structure() -> None:
    pq = parse_query('Våld "skyddat boende" AND e-post kvinnof')
    assert [(t.text, t.prefix) for t in pq.terms] == [("våld", False), ("kvinnof", True)]
    assert [(p.words, p.prefix) for p in pq.phrases] == [
        (("skyddat", "boende"), False), (("e", "post"), False)]
    assert parse_query("  ").is_empty and parse_query('"" * ( )').is_empty
    # Typographic quotes count as quotes.
    assert parse_query("”skyddat boende”").phrases[0].words == ("skyddat", "boende")


@given(st.text())
def test_parse_query_never_raises(query: str) -> None:
    pq = parse_query(query)
    assert len(pq.terms) + len(pq.phrases) <= MAX_QUERY_ITEMS


def test_damaged_index_is_refused_before_fts5_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    build_index(path, [IndexEntry("d", "t", p, " ".join(TEXTS) * 5) for p in range(1, 60)])
    data = bytearray(path.read_bytes())
    for pos in range(len(data) // 3, len(data), 4099):  # scribble over pages, keep the size
        data[pos:pos + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    # Without the checksum, FTS5 (SQLite 3.40) reading this file corrupted the heap and aborted
    # the whole process; open() must refuse it before FTS5 touches it.
    with pytest.raises(SearchIndexError) as info:
        SearchIndex.open(path)
    assert info.value.code == "corrupt"


def test_missing_index_data_is_reported_as_damage_not_as_no_hits(tmp_path: Path) -> None:
    path, query, _ = index_missing_a_page(tmp_path)
    with SearchIndex.open(path) as index:
        assert index.damage is None
        assert index.search(query) == []
        assert index.damage is not None and index.damage.code == "corrupt"
        assert "återställ föregående innehållspaket" in index.damage.message


@pytest.mark.parametrize("sql", [
    # A view that recurses for ever, and a trigger: neither belongs in an index.
    "CREATE VIEW loop AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT i FROM n",
    "CREATE TABLE extra(x)",
    "CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END",
])
def test_an_index_with_anything_but_its_own_tables_is_refused_at_once(tmp_path: Path,
                                                                      sql: str) -> None:
    import sqlite3
    import time

    from kvinnofrid_desktop.core.search import index as index_module

    path = tmp_path / "search.sqlite"
    build_index(path, [IndexEntry("d", "t", 1, TEXTS[0])])
    conn = sqlite3.connect(path)
    conn.execute(sql)
    # A forger computes the checksum too; only the schema check can catch this.
    conn.execute("UPDATE meta SET value = ? WHERE key = 'checksum'",
                 (index_module._digest(conn),))
    conn.commit()
    conn.close()
    start = time.monotonic()
    with pytest.raises(SearchIndexError) as info:
        SearchIndex.open(path)
    assert info.value.code == "corrupt"
    assert time.monotonic() - start < 2.0
