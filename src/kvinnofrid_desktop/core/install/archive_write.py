"""Writing a pack folder as one ``.kvpack`` file: checked first, the same bytes on every machine.

Members: ``manifest.json`` first, ``manifest.sig`` if present, then the listed files sorted by
path; fixed timestamps and modes; PDFs stored, the rest deflated. Reading lives in
``content.archive``.
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
from pathlib import Path

from kvinnofrid_desktop.core.fsutil import atomic_write
from kvinnofrid_desktop.core.install.archive import CHUNK, SIGNATURE_NAME, os_problem
from kvinnofrid_desktop.core.install.archive_checks import checksum_error
from kvinnofrid_desktop.core.pack.manifest import MANIFEST_NAME, FileEntry
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError, Problem


def write_archive(pack_dir: Path, out: Path) -> Path:
    """Write the pack folder ``pack_dir`` as one ``.kvpack`` file at ``out``, atomically.

    The folder is checked first (sizes, no unlisted files; checksums while writing); ``out``
    is replaced only by a complete file, so a failure leaves the previous archive in place.
    """
    pack = Pack.open(pack_dir, check_sizes=True)
    unlisted = [rel for rel in pack.unlisted_files() if rel != SIGNATURE_NAME]
    if unlisted:
        raise PackError([Problem("file.unlisted", rel, None,
                                 "filen finns i paketet men inte i manifestet; ta bort den "
                                 "eller bygg om paketet") for rel in unlisted])
    members: list[tuple[str, FileEntry | None]] = [(MANIFEST_NAME, None)]
    if (pack_dir / SIGNATURE_NAME).is_file():
        members.append((SIGNATURE_NAME, None))
    members += [(e.path, e) for e in sorted(pack.manifest.files, key=lambda e: e.path)]
    try:
        with atomic_write(out) as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
            for rel, entry in members:
                _add_member(zf, pack.path_of(rel), rel, entry)
    except OSError as exc:
        # The system's error stays the cause: a window says it in its own words.
        raise PackError(os_problem(exc, str(out))) from exc
    return out


def _add_member(zf: zipfile.ZipFile, src: Path, rel: str, entry: FileEntry | None) -> None:
    info = zipfile.ZipInfo(rel, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3  # "Unix", whatever machine wrote it: the same bytes everywhere
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    # PDFs are compressed inside already; deflating them again gains little and costs time.
    info.compress_type = zipfile.ZIP_STORED if rel.endswith(".pdf") else zipfile.ZIP_DEFLATED
    size = src.stat().st_size
    info.file_size = size
    digest = hashlib.sha256()
    with src.open("rb") as fh, zf.open(info, "w", force_zip64=size >= 2**31) as dst:
        while data := fh.read(CHUNK):
            digest.update(data)
            dst.write(data)
    if entry is not None and digest.hexdigest() != entry.sha256:
        raise checksum_error(rel)
