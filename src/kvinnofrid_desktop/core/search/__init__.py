"""Full-text search over the content pack: SQLite FTS5 with Swedish-aware matching. No Qt."""

from kvinnofrid_desktop.core.search.index import (
    FORMAT_VERSION,
    Hit,
    IndexEntry,
    IndexStats,
    SearchIndex,
    SearchIndexError,
    build_index,
    group_by_document,
)
from kvinnofrid_desktop.core.search.swedish import (
    MARK_END,
    MARK_START,
    ParsedQuery,
    Phrase,
    Term,
    parse_query,
)

__all__ = [
    "FORMAT_VERSION",
    "MARK_END",
    "MARK_START",
    "Hit",
    "IndexEntry",
    "IndexStats",
    "ParsedQuery",
    "Phrase",
    "SearchIndex",
    "SearchIndexError",
    "Term",
    "build_index",
    "group_by_document",
    "parse_query",
]
