"""Building the index file and refusing files that are not (our, intact, current) indexes."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from kvinnofrid_desktop.core.search import (
    FORMAT_VERSION,
    IndexEntry,
    SearchIndex,
    SearchIndexError,
    build_index,
)

ENTRIES = [
    IndexEntry("rutin", "Rutin vid våld", page, f"Sida {page}: orosanmälan och stöd. " * 40)
    for page in range(1, 30)
] + [IndexEntry("kort", "Ring 112", 1, "Vid akut fara: ring 112.", kind="card", anchor="akut")]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    path = tmp_path / "search.sqlite"
    build_index(path, ENTRIES)
    return path


def open_error(path: Path) -> SearchIndexError:
    with pytest.raises(SearchIndexError) as info:
        SearchIndex.open(path)
    return info.value


def test_build_reports_stats_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    stats = build_index(path, iter(ENTRIES))  # any iterable, a generator too
    assert stats.entries == len(ENTRIES)
    assert stats.bytes == path.stat().st_size > 0
    assert stats.seconds >= 0
    assert [p.name for p in tmp_path.iterdir()] == ["search.sqlite"]
    with SearchIndex.open(path) as index:
        assert index.entry_count == len(ENTRIES)
        assert index.meta["format_version"] == str(FORMAT_VERSION)


def test_build_is_deterministic(tmp_path: Path) -> None:
    digests = set()
    for name in ("a.sqlite", "b.sqlite"):
        build_index(tmp_path / name, ENTRIES)
        digests.add(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert len(digests) == 1


def test_build_replaces_atomically_and_keeps_the_old_file_on_failure(built: Path) -> None:
    before = built.read_bytes()
    bad = [*ENTRIES[:3], IndexEntry("x", "x", 0, "sida noll")]
    with pytest.raises(ValueError, match="page"):
        build_index(built, bad)
    assert built.read_bytes() == before
    assert [p.name for p in built.parent.iterdir()] == [built.name]
    build_index(built, ENTRIES[:2])  # a good build replaces it
    with SearchIndex.open(built) as index:
        assert index.entry_count == 2


@pytest.mark.parametrize("entry", [
    IndexEntry("", "t", 1, "x"),
    IndexEntry("d", "t", True, "x"),  # type: ignore[arg-type]
    IndexEntry("d", "t", 1, "x", kind="chapter"),
])
def test_build_rejects_bad_entries(tmp_path: Path, entry: IndexEntry) -> None:
    with pytest.raises(ValueError):
        build_index(tmp_path / "i.sqlite", [entry])
    assert not list(tmp_path.iterdir())


def test_empty_index_finds_nothing(tmp_path: Path) -> None:
    build_index(tmp_path / "i.sqlite", [])
    with SearchIndex.open(tmp_path / "i.sqlite") as index:
        assert index.search("våld") == []


def test_missing_file(tmp_path: Path) -> None:
    err = open_error(tmp_path / "finns-inte.sqlite")
    assert err.code == "missing"
    assert "Sökindexet finns inte" in err.message and str(err) == err.message
    assert open_error(tmp_path).code == "missing"  # a directory is no index either
    assert "Installera om innehållspaketet eller återställ föregående innehållspaket" in err.message


def test_an_unreadable_index_is_said_in_swedish_with_what_to_do(
        built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == built:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", refuse)
    err = open_error(built)
    assert err.code == "unreadable"
    assert "behörighet saknas" in err.message and "Permission" not in err.message
    assert "Installera om innehållspaketet eller återställ föregående innehållspaket" in err.message


def test_not_sqlite(tmp_path: Path) -> None:
    for content in (b"", b"%PDF-1.7\n" + b"x" * 500, b"SQLite format 3"):
        path = tmp_path / "fel.sqlite"
        path.write_bytes(content)
        err = open_error(path)
        assert err.code == "not_index"
        assert "inte ett sökindex" in err.message
        assert "Installera om innehållspaketet eller återställ föregående innehållspaket" \
            in err.message


def test_truncated(built: Path) -> None:
    data = built.read_bytes()
    for size in (len(data) // 2, len(data) - 100, 4096):
        built.write_bytes(data[:size])
        err = open_error(built)
        assert err.code == "corrupt"
        assert "skadat" in err.message


def test_damaged_pages(built: Path) -> None:
    data = bytearray(built.read_bytes())
    data[8192:] = bytes(len(data) - 8192)  # same size, everything after the first page zeroed
    built.write_bytes(bytes(data))
    assert open_error(built).code == "corrupt"


def test_checksum_catches_damage_inside_index_data(built: Path) -> None:
    # One flipped byte inside an FTS5 data block: the b-tree stays valid, so only the checksum
    # can tell (and SQLite 3.40's FTS5 may crash the process on such data, see the module).
    with sqlite3.connect(built) as conn:
        block = conn.execute("SELECT block FROM words_data WHERE length(block) > 200 "
                             "ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    data = bytearray(built.read_bytes())
    pos = data.find(block[:100])
    assert pos > 0
    data[pos + 50] ^= 0x55
    built.write_bytes(bytes(data))
    err = open_error(built)
    assert (err.code, "skadat" in err.message) == ("corrupt", True)
    SearchIndex.open(built, verify=False).close()  # the caller vouches for the file: no check


def test_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "annan.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()
    err = open_error(path)
    assert err.code == "foreign"
    assert "inte ett sökindex" in err.message


def test_unknown_format_version(built: Path) -> None:
    conn = sqlite3.connect(built)
    conn.execute(f"PRAGMA user_version={FORMAT_VERSION + 1}")
    conn.close()
    err = open_error(built)
    assert err.code == "version"
    assert f"formatversion {FORMAT_VERSION + 1}" in err.message


def test_open_is_read_only(built: Path) -> None:
    before = built.read_bytes()
    with SearchIndex.open(built) as index:
        assert index.search("orosanmälan")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            index._conn.execute("DELETE FROM entries")
    assert built.read_bytes() == before


def test_search_after_close_does_not_raise(built: Path) -> None:
    index = SearchIndex.open(built)
    index.close()
    assert index.search("orosanmälan") == []


def test_searches_from_several_threads(built: Path) -> None:
    results: list[int] = []
    with SearchIndex.open(built) as index:
        def work() -> None:
            for _ in range(20):
                results.append(len(index.search("orosanmälan stöd", limit=5)))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert results == [5] * 80


def test_path_with_spaces_and_swedish_letters(tmp_path: Path) -> None:
    path = tmp_path / "mapp med å ä ö #1" / "sök index?.sqlite"
    path.parent.mkdir()
    build_index(path, ENTRIES)
    with SearchIndex.open(path) as index:
        assert index.search("akut")[0].anchor == "akut"
