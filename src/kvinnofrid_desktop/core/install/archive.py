"""The ``.kvpack`` archive: one file holding a pack folder, and the careful way out of it.

A ``.kvpack`` is a zip file whose first member is ``manifest.json``. It arrives on a USB stick or
a network share and is hostile until proven otherwise: every member is checked (path, type,
declared size, compression ratio; ``content.archive_checks``) before one byte is written; every
byte is counted while it is unpacked, because the zip header may lie; every file's SHA-256 is
compared with the manifest as it is written. ``zipfile`` reads the directory; the data is
inflated here with ``zlib`` so the counter, not the header, decides when to stop. Writing an
archive is ``core/install/archive_write.py``. Pure Python, no Qt.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kvinnofrid_desktop.core.fsutil import (
    is_temp_of,
    not_a_folder,
    not_a_folder_sv,
    reason_sv,
)
from kvinnofrid_desktop.core.install.archive_checks import (
    DEFAULT_LIMITS,
    ArchiveLimits,
    archive_error,
    check_directory,
    checksum_error,
    ratio_error,
)
from kvinnofrid_desktop.core.pack.manifest import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    FileEntry,
    Manifest,
    parse_manifest_bytes,
)
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

ARCHIVE_SUFFIX = ".kvpack"
SIGNATURE_NAME = "manifest.sig"
MAX_SIGNATURE_BYTES = 64 * 1024
CHUNK = 256 * 1024
_LOCAL_HEADER = struct.Struct("<4s5HI2I2H")  # 30 bytes: signature … name length, extra length

Progress = Callable[[str, int, int], None]
"""Called with (file being written, bytes done, bytes in total)."""
Cancel = Callable[[], bool]
"""Returns True when the user asked to stop."""
ManifestCheck = Callable[["PackHead"], None]
"""Runs after the manifest (and signature) are read, before any file is written; may raise."""


@dataclass(frozen=True)
class PackHead:
    """What can be known about a pack without unpacking its documents."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes | None
    card: bytes | None = None  # the action card's bytes when asked for (preview)


def write_chunk(fh: BinaryIO, data: bytes) -> None:
    """Write one chunk of an unpacked file; one seam, so tests can simulate a full disk."""
    fh.write(data)


# The system's own words are English ("Read-only file system"): the usual ones said in Swedish.


def os_problem(exc: OSError, file: str) -> Problem:
    """Turn a disk error into a Problem a person can act on: what went wrong in Swedish, and
    where, when that is another place than ``file`` (the data folder, not the pack file)."""
    where = str(exc.filename) if exc.filename else ""
    # The hidden temporary file of an atomic write beside ``file`` is ``file`` as far as the
    # reader knows: not named.
    name = Path(file).name
    at = (f" i {where}" if where and Path(where).name != name
          and not is_temp_of(Path(where), Path(file)) else "")
    # "Not a directory" or, from making a folder, "exists": a file stands where a folder of
    # the data folder belongs (or the data folder itself is a file). Say which, and what to do.
    blocker = not_a_folder(Path(os.fsdecode(exc.filename))) \
        if exc.errno in (errno.ENOTDIR, errno.EEXIST) and exc.filename else None
    if blocker is not None:
        return Problem("disk.not_a_folder", file, None,
                       f"programmets datamapp kan inte användas: {not_a_folder_sv(blocker)}; "
                       "inget installerat har ändrats")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Problem("disk.full", file, None,
                       f"Disken är full: filen kunde inte skrivas{at}. Frigör utrymme och "
                       "försök igen; inget installerat har ändrats.")
    reason = reason_sv(exc)
    if isinstance(exc, PermissionError):
        return Problem("disk.permission", file, None,
                       f"behörighet saknas för att läsa eller skriva{at} ({reason})")
    return Problem("disk.error", file, None, f"kunde inte läsas eller skrivas{at}: {reason}")


def _cancelled(name: str) -> PackError:
    return archive_error("import.cancelled", name,
                         "importen avbröts; inget installerat har ändrats")


# --- opening and checking an archive ---------------------------------------------------------


class PackArchive:
    """An opened ``.kvpack`` whose structure and manifest have been checked."""

    def __init__(self, path: Path, fh: BinaryIO, files: list[zipfile.ZipInfo],
                 head: PackHead) -> None:
        self.path = path
        self._fh = fh
        self._files = files  # regular members, archive order, manifest first
        self.head = head

    @classmethod
    def open(cls, path: Path, *, limits: ArchiveLimits = DEFAULT_LIMITS) -> PackArchive:
        """Open ``path`` and check everything that can be checked without unpacking data."""
        name = path.name
        fh = _open_regular(path, name)
        try:
            files = check_directory(fh, name, limits)
            head = _read_head(fh, files)
            return cls(path, fh, files, head)
        except BaseException:
            fh.close()
            raise

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> PackArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read_member(self, rel: str, *, max_bytes: int) -> bytes:
        """Read one listed file into memory, checked against the manifest."""
        entry = self.head.manifest.file_entry(rel)
        info = next((i for i in self._files if i.filename == rel), None)
        if entry is None or info is None:
            raise archive_error("file.missing", rel, "filen saknas i arkivet")
        if entry.bytes > max_bytes:
            raise archive_error("file.too_large", rel, f"filen är större än {max_bytes} byte")
        data = b"".join(_member_chunks(self._fh, info, rel, entry.bytes, DEFAULT_LIMITS,
                                       crc=False))
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise checksum_error(rel)
        return data

    def extract(self, dest: Path, *, limits: ArchiveLimits = DEFAULT_LIMITS,
                progress: Progress | None = None, cancel: Cancel | None = None) -> None:
        """Write every file into the existing, empty folder ``dest``, verifying as it goes."""
        _write_bytes(dest, MANIFEST_NAME, self.head.manifest_bytes)
        if self.head.signature is not None:
            _write_bytes(dest, SIGNATURE_NAME, self.head.signature)
        entries = {e.path: e for e in self.head.manifest.files}
        total, done = sum(e.bytes for e in entries.values()), 0
        for info in self._files:
            entry = entries.get(info.filename)
            if entry is None:  # manifest.json and manifest.sig, written above
                continue
            # The SHA-256 decides for listed files; a CRC error would only hide its message.
            chunks = _member_chunks(self._fh, info, entry.path, entry.bytes, limits, crc=False)
            done = _write_verified(chunks, dest, entry, done, total, progress, cancel)


def _not_regular(name: str, mode: int) -> PackError:
    if stat.S_ISDIR(mode):
        return archive_error("archive.not_zip", name, "är en mapp, inget arkiv; gör ett "
                             "arkiv av den med 'kvinnofrid-desktop pack archive'")
    return archive_error("archive.not_zip", name, "är ingen vanlig fil (en FIFO, en enhet "
                         "eller en socket), inget arkiv")


def _open_regular(path: Path, name: str) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file.

    Opening a FIFO for reading waits for a writer, for ever: ``pack import`` and ``pack sign``
    hung on one. So the type is checked before opening, and the open itself does not wait
    (O_NONBLOCK) in case the file is swapped for a FIFO in between; the open file is checked
    again."""
    try:
        if not stat.S_ISREG(mode := os.stat(path).st_mode):
            raise _not_regular(name, mode)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise archive_error("archive.not_found", name, "filen finns inte") from None
    except ValueError:  # a NUL byte in the path
        raise archive_error("archive.not_found", name, "sökvägen innehåller ett ogiltigt "
                            "tecken") from None
    except OSError as exc:
        raise PackError(os_problem(exc, name)) from None
    try:
        if not stat.S_ISREG(mode := os.fstat(fd).st_mode):
            raise _not_regular(name, mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: reads behave as usual
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_head(fh: BinaryIO, files: list[zipfile.ZipInfo]) -> PackHead:
    by_name = {i.filename: i for i in files}
    info = by_name[MANIFEST_NAME]
    if info.file_size > MAX_MANIFEST_BYTES:
        raise archive_error("manifest.too_large", MANIFEST_NAME,
                            f"manifestet är {info.file_size // 1024} kB; högst "
                            f"{MAX_MANIFEST_BYTES // 1024**2} MB är tillåtet")
    raw = b"".join(_member_chunks(fh, info, MANIFEST_NAME, info.file_size, DEFAULT_LIMITS))
    manifest = parse_manifest_bytes(raw)
    signature = None
    if (sig := by_name.get(SIGNATURE_NAME)) is not None:
        if sig.file_size > MAX_SIGNATURE_BYTES:
            raise archive_error("signature.invalid", SIGNATURE_NAME,
                                "signaturfilen är orimligt stor")
        signature = b"".join(_member_chunks(fh, sig, SIGNATURE_NAME, sig.file_size,
                                            DEFAULT_LIMITS))
    _compare_with_manifest(manifest, files)
    return PackHead(manifest, raw, signature)


def _compare_with_manifest(manifest: Manifest, files: list[zipfile.ZipInfo]) -> None:
    problems: list[Problem] = []
    members = {i.filename: i for i in files}
    for info in files:
        if info.filename not in (MANIFEST_NAME, SIGNATURE_NAME) and \
                manifest.file_entry(info.filename) is None:
            problems.append(Problem("file.unlisted", info.filename, None,
                                    "filen finns i arkivet men inte i manifestet"))
    for entry in manifest.files:
        member = members.get(entry.path)
        if member is None:
            problems.append(Problem("file.missing", entry.path, None,
                                    "filen anges i manifestet men saknas i arkivet"))
        elif member.file_size != entry.bytes:
            problems.append(Problem("file.size", entry.path, None,
                                    f"arkivet anger {member.file_size} byte men manifestet "
                                    f"{entry.bytes} byte"))
    folded = {p.casefold() for p in members}
    for path in members:
        parts = path.split("/")
        for n in range(1, len(parts)):
            if "/".join(parts[:n]).casefold() in folded:
                problems.append(Problem("archive.path_conflict", path, None,
                                        "en fil i arkivet har samma namn som mappen den ligger i"))
    if problems:
        raise PackError(problems)


def _member_chunks(fh: BinaryIO, info: zipfile.ZipInfo, rel: str, expected: int,
                   limits: ArchiveLimits, *, crc: bool = True) -> Iterator[bytes]:
    """Yield a member's data, refusing it the moment it grows past ``expected`` bytes."""
    fh.seek(info.header_offset)
    header = fh.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise archive_error("archive.corrupt", rel, "filens lokala huvud saknas eller är skadat")
    name_len, extra_len = _LOCAL_HEADER.unpack(header)[-2:]
    local = fh.read(name_len).decode("utf-8" if info.flag_bits & 0x800 else "cp437", "replace")
    if local != info.orig_filename:
        raise archive_error("archive.corrupt", rel,
                            f"filnamnet i arkivets lokala huvud är ett annat ('{local}')")
    fh.seek(extra_len, os.SEEK_CUR)
    inflate = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, consumed, produced, running = info.compress_size, 0, 0, 0
    while True:
        if inflate is not None and inflate.unconsumed_tail:
            data = inflate.unconsumed_tail
        else:
            if left <= 0 or (inflate is not None and inflate.eof):
                break
            data = fh.read(min(CHUNK, left))
            if not data:
                raise archive_error("archive.truncated", rel, "arkivet tar slut mitt i filen")
            left -= len(data)
            consumed += len(data)
        try:
            out = inflate.decompress(data, CHUNK) if inflate is not None else data
        except zlib.error:  # zlib's own words are English ("invalid block type"): not said
            raise archive_error("archive.corrupt", rel,
                                "de komprimerade data är skadade; filen kan inte packas upp – "
                                "hämta en ny kopia av paketet") from None
        produced += len(out)
        if produced > expected:
            # A flipped byte in the compressed data does this as well as a zip bomb: the
            # file cannot tell which, so neither is claimed.
            raise archive_error("archive.bomb", rel,
                                f"packas upp till mer än de {expected} byte som anges – arkivet "
                                "är skadat eller manipulerat; uppackningen avbröts")
        if produced > limits.ratio_floor and produced > limits.max_ratio * consumed:
            raise ratio_error(rel, produced, consumed)
        running = zlib.crc32(out, running)
        if out:
            yield out
    if (inflate is not None and not inflate.eof) or produced != expected:
        raise archive_error("archive.truncated", rel, f"filen gav {produced} byte av "
                            f"{expected}; arkivet är avkortat eller skadat")
    if crc and running != info.CRC:
        raise archive_error("archive.corrupt", rel, "CRC-kontrollen i arkivet stämmer inte")


# --- writing files into a staging folder ------------------------------------------------------


def _create(dest: Path, rel: str) -> BinaryIO:
    target = dest.joinpath(*rel.split("/"))
    target.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL + O_NOFOLLOW: the staging folder is fresh; never write through anything in the way.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) \
        | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(target, flags, 0o644), "wb")


def _write_bytes(dest: Path, rel: str, data: bytes) -> None:
    try:
        with _create(dest, rel) as fh:
            write_chunk(fh, data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise PackError(os_problem(exc, rel)) from None


def _write_verified(chunks: Iterator[bytes], dest: Path, entry: FileEntry, done: int,
                    total: int, progress: Progress | None, cancel: Cancel | None) -> int:
    """Stream ``chunks`` into ``dest/entry.path`` hashing as it goes; return bytes done."""
    digest = hashlib.sha256()
    try:
        with _create(dest, entry.path) as fh:
            for chunk in chunks:
                if cancel is not None and cancel():
                    raise _cancelled(entry.path)
                digest.update(chunk)
                write_chunk(fh, chunk)
                done += len(chunk)
                if progress is not None:
                    progress(entry.path, done, total)
            fh.flush()
            # Durable before the folder is renamed into place: a power cut must not leave a
            # pack whose pointer is switched but whose files are still only in the page cache.
            os.fsync(fh.fileno())
    except OSError as exc:
        raise PackError(os_problem(exc, entry.path)) from None
    if digest.hexdigest() != entry.sha256:
        raise checksum_error(entry.path)
    return done


# --- the entry points ----------------------------------------------------------------------------


def read_head(source: Path, *, with_card: bool = False,
              limits: ArchiveLimits = DEFAULT_LIMITS) -> PackHead:
    """Read a ``.kvpack``'s manifest and signature (and, checked, its action card)."""
    from kvinnofrid_desktop.core.card.model import MAX_CARD_BYTES

    with PackArchive.open(source, limits=limits) as archive:
        head = archive.head
        if with_card and head.manifest.action_card:
            card = archive.read_member(head.manifest.action_card, max_bytes=MAX_CARD_BYTES)
            return PackHead(head.manifest, head.manifest_bytes, head.signature, card)
        return head


def extract_archive(path: Path, dest: Path, *, limits: ArchiveLimits = DEFAULT_LIMITS,
                    check: ManifestCheck | None = None, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> PackHead:
    """Unpack the ``.kvpack`` at ``path`` into the empty folder ``dest``; raise PackError.

    ``check`` sees the manifest and signature before any file is written, so a pack that will
    be refused anyway (bad signature, old version) costs no unpacking.
    """
    with PackArchive.open(path, limits=limits) as archive:
        if check is not None:
            check(archive.head)
        archive.extract(dest, limits=limits, progress=progress, cancel=cancel)
        return archive.head
