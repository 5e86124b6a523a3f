"""What a ``.kvpack`` may look like before one byte of it is unpacked.

The zip's end record and central directory are checked here: member count (before ``zipfile``
parses the directory), paths, file types, encryption, compression, duplicates, declared sizes
and ratios. The data itself is checked while it is inflated, in ``content.archive``.
"""

from __future__ import annotations

import logging
import os
import stat
import struct
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from kvinnofrid_desktop.core.pack.manifest import MANIFEST_NAME, check_relative_path
from kvinnofrid_desktop.core.pack.problems import PackError, Problem

log = logging.getLogger(__name__)

_WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                              *(f"LPT{n}" for n in range(1, 10))})


@dataclass(frozen=True)
class ArchiveLimits:
    """What a sane pack may look like. A county's PDFs are tens of MB; these leave ample room."""

    max_members: int = 5000
    max_total_bytes: int = 2 * 1024**3
    # PDFs compress ~1.3×, the search index ~2×, JSON ~7×; a zip bomb reaches 1000×.
    max_ratio: float = 100.0
    # Below this size a high ratio is harmless (a tiny JSON file may compress 50×).
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = ArchiveLimits()
MAX_MEMBER_NAME = 512  # a pack's paths are like "docs/strategi.pdf"; Windows allows 260


def archive_error(code: str, file: str, message: str) -> PackError:
    """A PackError with one problem in ``file`` (a member, or the archive itself)."""
    return PackError(Problem(code, file, None, message))


def ratio_error(name: str, size: int, packed: int) -> PackError:
    # The sizes also as values, for the window's own plain sentence (in MB).
    return PackError(Problem("archive.ratio", name, None,
                             f"packas upp från {packed} till {size} byte – orimligt hög "
                             "komprimeringsgrad (misstänkt zip-bomb)", (packed, size)))


def checksum_error(rel: str) -> PackError:
    return archive_error("file.checksum", rel, "kontrollsumman (SHA-256) stämmer inte: filen "
                         "har ändrats eller är skadad")


def check_directory(fh: BinaryIO, name: str, limits: ArchiveLimits) -> list[zipfile.ZipInfo]:
    """The archive's regular members in order, manifest first; PackError for anything unsafe."""
    size = os.fstat(fh.fileno()).st_size
    if size == 0:
        raise archive_error("archive.not_zip", name, "filen är tom; det är inget innehållspaket")
    declared = _declared_directory(fh, size)
    if declared is None:
        fh.seek(0)
        if fh.read(4) == b"PK\x03\x04":
            raise archive_error("archive.truncated", name,
                                "arkivet är avkortat (slutet saknas); kopiera filen på nytt")
        raise archive_error("archive.not_zip", name,
                            "filen är inget innehållspaket (.kvpack, ett zip-arkiv)")
    count, directory_bytes = declared
    if count > limits.max_members or directory_bytes // 46 > limits.max_members:
        raise archive_error("archive.too_many_members", name,
                            f"arkivet anger {count} filer och en innehållsförteckning på "
                            f"{directory_bytes} byte; högst {limits.max_members} filer är rimligt")
    try:
        infos = zipfile.ZipFile(fh).infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, struct.error, NotImplementedError,
            UnicodeDecodeError, OverflowError) as exc:
        # zipfile's words are English ("Bad magic number for central directory"): logged,
        # not said (as info: a warning would reach the command line's stderr).
        log.info("%s: the zip's central directory cannot be read: %s", name, exc)
        raise archive_error("archive.corrupt", name,
                            "arkivets innehållsförteckning är skadad, så filen kan inte läsas "
                            "som ett innehållspaket – hämta en ny kopia av paketet från "
                            "avsändaren") from None
    if len(infos) > limits.max_members:
        raise archive_error("archive.too_many_members", name,
                            f"arkivet har {len(infos)} filer; högst {limits.max_members} är "
                            "rimligt")
    if not infos or infos[0].orig_filename != MANIFEST_NAME:
        if any(i.orig_filename == MANIFEST_NAME for i in infos):
            raise archive_error("archive.manifest_first", name,
                                "manifest.json måste vara den första filen i arkivet")
        raise archive_error("manifest.missing", MANIFEST_NAME,
                            f"arkivet {name} saknar manifest.json")
    files: list[zipfile.ZipInfo] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        is_dir = _check_member(info)
        # Windows and macOS compare names without case; two names that collide there are one.
        folded = unicodedata.normalize("NFC", info.orig_filename.rstrip("/")).casefold()
        if folded in seen:
            raise archive_error("archive.duplicate", info.orig_filename,
                                "finns två gånger i arkivet (namnen får inte skilja bara i "
                                "stora/små bokstäver)")
        seen.add(folded)
        if is_dir:
            continue
        total += info.file_size
        if total > limits.max_total_bytes:
            raise archive_error("archive.too_large", info.orig_filename,
                                f"arkivet anger mer än {limits.max_total_bytes // 1024**2} MB "
                                "uppackat innehåll (misstänkt zip-bomb)")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise ratio_error(info.orig_filename, info.file_size, info.compress_size)
        files.append(info)
    return files


def _check_member(info: zipfile.ZipInfo) -> bool:
    """Refuse a member that could escape the pack or is no plain file; True for a folder."""
    raw = info.orig_filename
    if len(raw) > MAX_MEMBER_NAME:
        # Every later check (paths, folding, messages) is then bounded too.
        raise archive_error("path.invalid", raw[:80] + "…",
                            f"i arkivet: namnet är {len(raw)} tecken långt; högst "
                            f"{MAX_MEMBER_NAME} är rimligt")
    is_dir = raw.endswith("/")
    bad = check_relative_path(raw[:-1] if is_dir else raw)
    if bad:
        raise archive_error(bad[0], raw, f"i arkivet: {bad[1]}")
    for part in raw.rstrip("/").split("/"):
        # Windows opens a device for "CON.pdf" or "nul", and drops trailing dots and blanks:
        # such a name would not be the file the manifest means on every municipal PC.
        if part.split(".")[0].upper() in _WINDOWS_DEVICES or part[-1] in ". ":
            raise archive_error("path.invalid", raw, f"i arkivet: namnet '{part}' kan inte "
                                "användas i Windows (reserverat namn eller punkt/blanksteg sist)")
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        raise archive_error("archive.symlink", raw, "är en symbolisk länk; sådana tas inte emot")
    if kind in (stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK):
        raise archive_error("archive.special_file", raw,
                            "är en specialfil (enhet, FIFO eller socket); sådana tas inte emot")
    if info.flag_bits & 0x1:
        raise archive_error("archive.encrypted", raw,
                            "är krypterad; ett innehållspaket ska vara öppet")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise archive_error("archive.compression", raw,
                            f"använder komprimeringsmetod {info.compress_type}, som inte stöds")
    return is_dir or kind == stat.S_IFDIR


def _declared_directory(fh: BinaryIO, size: int) -> tuple[int, int] | None:
    """(member count, central directory bytes) as the end record claims; None: no record.

    Checked before ``zipfile`` builds one object per member: it reads the whole directory by
    its size, whatever the count says, and every entry takes at least 46 bytes.
    """
    tail_len = min(size, 22 + 65535)
    fh.seek(size - tail_len)
    tail = fh.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    count, cd_size = struct.unpack_from("<HI", tail, at + 10)
    if count == 0xFFFF or cd_size == 0xFFFFFFFF:
        locator = tail[at - 20:at] if at >= 20 else b""
        if locator[:4] == b"PK\x06\x07":
            (offset,) = struct.unpack_from("<Q", locator, 8)
            fh.seek(offset)
            record = fh.read(56)
            if record[:4] == b"PK\x06\x06" and len(record) == 56:
                count, cd_size = struct.unpack_from("<QQ", record, 32)
    return count, cd_size
