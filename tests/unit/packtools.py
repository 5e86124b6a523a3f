"""Helpers to write small packs for tests, by hand, so tests do not depend on the builder."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def write_pack(root: Path, files: dict[str, bytes], documents: list[dict[str, Any]],
               **overrides: Any) -> dict[str, Any]:
    """Write ``files`` under ``root`` and a matching manifest; return the manifest dict."""
    root.mkdir(parents=True, exist_ok=True)
    entries = []
    for rel, data in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        entries.append({"path": rel, "bytes": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {
        "format": 1,
        "id": "test.pack",
        "version": "2026-11-20",
        "publisher": "Testförlaget",
        "created": "2026-11-20T10:00:00Z",
        "documents": documents,
        "files": entries,
        **overrides,
    }
    save_manifest(root, manifest)
    return manifest


def save_manifest(root: Path, manifest: dict[str, Any]) -> None:
    (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2),
                                        encoding="utf-8")


def document(doc_id: str = "strategi", file: str = "docs/strategi.pdf", **kw: Any) -> dict:
    doc = {
        "id": doc_id, "title": "Strategi för samverkan", "tab": "strategy",
        "summary": "En sammanfattning.", "publisher": "Testförlaget", "year": 2026,
        "pages": 1, "language": "sv", "provenance": "compiled", "file": file,
        "sources": [{"title": "Källa", "url": "https://example.org/a", "checked": "2026-11-20"}],
    }
    doc.update(kw)
    return doc


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose objects 1, 2, … are ``objects`` (1 the catalog), with a classic
    cross-reference table and trailer: for PDFs no library here writes (forms, a stream of a
    chosen size)."""
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
