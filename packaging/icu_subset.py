"""Ship only the ICU data the program can use: Qt's libicudata.so.73 shrunk from 32 MB to ≈ 3 MB.

On Linux, PySide6's Qt links ICU, whose data library is one 32 MB blob (the symbol
``icudt73_dat``, an ICU "common data" package of ~3 900 items): converters for every legacy
code page, locale data for 800 locales, dictionaries for Thai, Khmer, Chinese and Japanese
word breaking, transliterators. Qt uses ICU here for collation (``QCollator``: the
Publications tab sorts Swedish titles, å ä ö after z), and for little else.

This module writes a copy of the library whose blob keeps:

- every item that is not locale data (normalization, properties, supplemental data, time
  zones, the collation root ``ucadata.icu``, line/word break rules) except transliteration,
  character names, confusables and the break dictionaries for scripts we do not show;
- locale data for the root locale, Swedish (sv, sv_SE, sv_FI, sv_AX) and English (en, en_001,
  en_150, en_GB, en_SE, en_US, en_US_POSIX), in every category (collation, names, units …);
- the single-byte legacy converters (≈ 3 kB each), not the multi-byte East Asian ones.

Any other locale falls back to the root locale's data, which is ICU's normal behaviour for a
locale it does not know. ``check_collation()`` proves that Swedish and English collation give
exactly the same results with the subset as with Qt's complete data; the build fails otherwise.
``python packaging/build.py --full-icu`` ships the original library.

The ELF file is rewritten in place, not relinked: the blob is the only content of .rodata, so
the bytes freed at its end are cut out and everything after it (the .dynamic section and the
section headers) moves down by a whole number of pages. No compiler is needed.

    python packaging/icu_subset.py SRC DST     # write the subset library, print what it kept
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

LOCALES = frozenset({
    "root",
    "sv", "sv_SE", "sv_FI", "sv_AX",
    "en", "en_001", "en_150", "en_GB", "en_SE", "en_US", "en_US_POSIX",
})
TREES = {"coll", "curr", "lang", "region", "unit", "zone", "rbnf", "brkitr"}
DROPPED_TREES = {"translit"}  # transliterators (Latin-Cyrillic …): Qt never uses them
DROPPED_FILES = {"unames.icu", "confusables.cfu"}  # character names; spoof checking
DROPPED_SUFFIXES = {".dict", ".spp"}  # word-break dictionaries (CJK/Thai/…); stringprep
MAX_CONVERTER_BYTES = 16 * 1024  # single-byte code pages are ≈ 3 kB, East Asian ones 70–550 kB
_LOCALE_RE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")


class IcuSubsetError(Exception):
    """The library does not have the expected layout; the caller ships the original."""


@dataclass(frozen=True)
class Item:
    name: str  # e.g. "icudt73l/coll/sv.res"
    data: bytes


def keep_item(name: str, size: int) -> bool:
    parts = name.split("/")[1:]  # drop the package prefix "icudt73l"
    if not parts:
        return True
    filename = parts[-1]
    stem, _, suffix = filename.rpartition(".")
    suffix = "." + suffix
    if filename in DROPPED_FILES or suffix in DROPPED_SUFFIXES:
        return False
    if len(parts) > 1:
        tree = parts[0]
        if tree in DROPPED_TREES:
            return False
        if tree not in TREES:
            return True
    if suffix == ".cnv":
        return size <= MAX_CONVERTER_BYTES
    if suffix == ".res" and stem != "root" and _LOCALE_RE.match(stem) and stem != "pool":
        return stem in LOCALES
    return True


# --- ICU common data ("CmnD") --------------------------------------------------------------------

def parse_common_data(blob: bytes) -> tuple[bytes, list[Item], str]:
    """The header, the items and the byte order ('<' or '>') of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    big_endian = blob[8]
    end = ">" if big_endian else "<"
    header_size, = struct.unpack_from(end + "H", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise IcuSubsetError("the data is not an ICU common data package (CmnD)")
    toc = blob[header_size:]
    count, = struct.unpack_from(end + "I", toc, 0)
    entries = [struct.unpack_from(end + "II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        stop = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append(Item(name, toc[data_offset:stop]))
    if [i.name for i in items] != sorted(i.name for i in items):
        raise IcuSubsetError("the package's table of contents is not sorted")
    return blob[:header_size], items, end


def build_common_data(header: bytes, items: list[Item], end: str) -> bytes:
    """A package in the layout icupkg writes: TOC, names, then items aligned to 16 bytes."""
    toc_size = 4 + 8 * len(items)
    names = b"".join(item.name.encode("ascii") + b"\0" for item in items)
    name_offsets, position = [], toc_size
    for item in items:
        name_offsets.append(position)
        position += len(item.name) + 1

    def pad16(n: int) -> int:
        return (n + 15) & ~15

    # Offsets are relative to the TOC; the TOC starts at len(header), itself a multiple of 16.
    data_start = pad16(len(header) + position) - len(header)
    data_offsets, body, offset = [], bytearray(), data_start
    for item in items:
        data_offsets.append(offset)
        padded = item.data + b"\0" * (pad16(len(item.data)) - len(item.data))
        body += padded
        offset += len(padded)
    toc = struct.pack(end + "I", len(items)) + b"".join(
        struct.pack(end + "II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    out = header + toc + names
    out += b"\0" * (len(header) + data_start - len(out))
    return bytes(out + body)


# --- ELF surgery ---------------------------------------------------------------------------------

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_DYN = struct.Struct("<qQ")
_ADDRESS_TAGS = {3, 4, 5, 6, 7, 12, 13, 17, 23, 25, 26, 32, 0x6FFFFEF5, 0x6FFFFFF0,
                 0x6FFFFFFC, 0x6FFFFFFE}
_RELOCATION_TAGS = {7, 17, 23}  # DT_RELA, DT_REL, DT_JMPREL: not expected in a data library


def _data_symbol(data: bytes) -> tuple[str, int, int, list[int]]:
    """(name, file offset, size, [file offsets of the symbol's entries]) of icudtNN_dat."""
    ehdr = _EHDR.unpack_from(data, 0)
    shoff, shentsize, shnum = ehdr[6], ehdr[11], ehdr[12]
    sections = [_SHDR.unpack_from(data, shoff + i * shentsize) for i in range(shnum)]
    found: dict[str, tuple[int, int]] = {}
    entries: list[int] = []
    for sh in sections:
        if sh[1] not in (2, 11):  # SHT_SYMTAB, SHT_DYNSYM
            continue
        strtab = sections[sh[6]][4]
        for pos in range(sh[4], sh[4] + sh[5], _SYM.size):
            st_name, _info, _other, _shndx, value, size = _SYM.unpack_from(data, pos)
            name = data[strtab + st_name:data.index(b"\0", strtab + st_name)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                found[name] = (value, size)
                entries.append(pos)
    if len(found) != 1:
        raise IcuSubsetError(f"expected one icudtNN_dat symbol, found {sorted(found)}")
    (name, (value, size)), = found.items()
    for sh in sections:
        if sh[3] and sh[3] <= value < sh[3] + sh[5] and sh[1] != 8:  # not SHT_NOBITS
            return name, sh[4] + (value - sh[3]), size, entries
    raise IcuSubsetError(f"{name} is not inside a section with file contents")


def shrink_elf(data: bytes, new_blob: bytes) -> bytes:
    """Return the library with its data blob replaced by the (smaller) ``new_blob``."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise IcuSubsetError("only 64-bit little-endian ELF files are supported")
    name, blob_off, blob_size, sym_entries = _data_symbol(data)
    ehdr = list(_EHDR.unpack_from(data, 0))
    phoff, shoff = ehdr[5], ehdr[6]
    phentsize, phnum, shentsize, shnum = ehdr[9], ehdr[10], ehdr[11], ehdr[12]
    phdrs = [list(_PHDR.unpack_from(data, phoff + i * phentsize)) for i in range(phnum)]
    shdrs = [list(_SHDR.unpack_from(data, shoff + i * shentsize)) for i in range(shnum)]
    align = max([p[7] for p in phdrs if p[0] == 1] + [0x1000])  # PT_LOAD alignment
    if len(new_blob) > blob_size:
        raise IcuSubsetError("the subset is larger than the original")
    delta = (blob_size - len(new_blob)) // align * align
    if delta == 0:
        return data
    cut_end = blob_off + blob_size  # file offset where the cut bytes end
    blob_section = next(s for s in shdrs if s[4] <= blob_off < s[4] + s[5] and s[1] != 8)
    blob_addr = blob_section[3] + (blob_off - blob_section[4])
    addr_end = blob_addr + blob_size  # addresses at or above move down by delta
    if blob_section[4] + blob_section[5] != cut_end:
        raise IcuSubsetError("the data symbol does not end its section")
    if phoff >= cut_end:
        raise IcuSubsetError("program headers after the data are not supported")

    out = bytearray(data[:blob_off] + new_blob + b"\0" * (blob_size - delta - len(new_blob))
                    + data[cut_end:])

    def moved(offset: int) -> int:
        return offset - delta if offset >= cut_end else offset

    def moved_addr(addr: int) -> int:
        return addr - delta if addr >= addr_end else addr

    for p in phdrs:
        if p[2] <= blob_off < p[2] + p[5]:  # the segment holding the blob shrinks
            p[5] -= delta
            p[6] -= delta
        else:
            p[2] = moved(p[2])
            p[3], p[4] = moved_addr(p[3]), moved_addr(p[4])
    for s in shdrs:
        if s is blob_section:
            s[5] -= delta
        else:
            s[4] = moved(s[4])
            if s[3]:
                s[3] = moved_addr(s[3])
    ehdr[4] = moved_addr(ehdr[4])  # e_entry
    ehdr[6] = moved(shoff)
    _EHDR.pack_into(out, 0, *ehdr)
    for i, p in enumerate(phdrs):
        _PHDR.pack_into(out, phoff + i * phentsize, *p)
    for i, s in enumerate(shdrs):
        _SHDR.pack_into(out, ehdr[6] + i * shentsize, *s)
    for s in shdrs:
        if s[1] == 6:  # SHT_DYNAMIC, already at its new offset
            for pos in range(s[4], s[4] + s[5], _DYN.size):
                tag, value = _DYN.unpack_from(out, pos)
                if tag == 0:
                    break
                if tag in _RELOCATION_TAGS:
                    raise IcuSubsetError("the library has relocations; not rewriting it")
                if tag in _ADDRESS_TAGS:
                    _DYN.pack_into(out, pos, tag, moved_addr(value))
        if s[1] in (2, 11):  # symbol tables: move values, set the blob symbol's new size
            for pos in range(s[4], s[4] + s[5], _SYM.size):
                st = list(_SYM.unpack_from(out, pos))
                st[4] = moved_addr(st[4])
                _SYM.pack_into(out, pos, *st)
    for pos in sym_entries:
        st = list(_SYM.unpack_from(out, moved(pos)))
        st[5] = len(new_blob)
        _SYM.pack_into(out, moved(pos), *st)
    # The result must read back: the same symbol, pointing at exactly the new blob.
    name2, off2, size2, _ = _data_symbol(bytes(out))
    if (name2, size2) != (name, len(new_blob)) or out[off2:off2 + size2] != new_blob:
        raise IcuSubsetError("the rewritten library does not read back correctly")
    return bytes(out)


# --- the whole step ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SubsetReport:
    items_total: int
    items_kept: int
    bytes_before: int
    bytes_after: int

    def summary(self) -> str:
        return (f"ICU data subset: {self.items_kept} of {self.items_total} items, "
                f"{self.bytes_before / 1e6:.1f} MB -> {self.bytes_after / 1e6:.1f} MB")


def write_subset(src: Path, dst: Path) -> SubsetReport:
    data = Path(src).read_bytes()
    _name, offset, size, _ = _data_symbol(data)
    header, items, end = parse_common_data(data[offset:offset + size])
    kept = [item for item in items if keep_item(item.name, len(item.data))]
    new = shrink_elf(data, build_common_data(header, kept, end))
    # the new package must parse back to the same items
    _n, off, sz, _ = _data_symbol(new)
    _h, again, _e = parse_common_data(new[off:off + sz])
    if [i.name for i in again] != [i.name for i in kept] or any(
            not a.data.startswith(k.data) for a, k in zip(again, kept, strict=True)):
        raise IcuSubsetError("the new package does not parse back to the kept items")
    Path(dst).parent.mkdir(parents=True, exist_ok=True)
    Path(dst).write_bytes(new)
    Path(dst).chmod(0o755)
    return SubsetReport(len(items), len(kept), len(data), len(new))


COLLATION_PROBE = textwrap.dedent("""
    import functools, json
    from PySide6.QtCore import QCollator, QLocale
    words = ["öga", "zebra", "Åsa", "åska", "äpple", "ara", "Ödla", "Ängel", "vår", "wok",
             "översyn", "Aa", "ÿ", "ø", "æ", "ü", "y", "résumé", "resume", "Zürich", "10", "9"]
    result = {}
    for name, locale in (("sv", QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)),
                         ("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))):
        collator = QCollator(locale)
        result[name] = sorted(words, key=functools.cmp_to_key(collator.compare))
        collator.setNumericMode(True)
        result[name + "-numeric"] = sorted(words, key=functools.cmp_to_key(collator.compare))
    print(json.dumps(result, ensure_ascii=False))
""")


def check_collation(subset_lib: Path, python: str = sys.executable) -> dict[str, list[str]]:
    """Sort Swedish and English words with Qt's complete ICU data and with ``subset_lib``
    (preloaded, so Qt's libicuuc binds to it); raise IcuSubsetError if anything differs or the
    Swedish order is wrong (å, ä, ö after z). Returns the subset's results."""
    import json
    import os

    def run(extra_env: dict[str, str]) -> dict[str, list[str]]:
        env = {**os.environ, **extra_env, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([python, "-c", COLLATION_PROBE], capture_output=True,
                                text=True, timeout=120, env=env)
        if result.returncode != 0:
            raise IcuSubsetError(f"the collation probe failed: {result.stderr.strip()}")
        return json.loads(result.stdout)

    full = run({})
    subset = run({"LD_PRELOAD": str(Path(subset_lib).resolve())})
    if subset != full:
        raise IcuSubsetError(f"collation differs with the ICU subset:\n  full:   {full}\n"
                             f"  subset: {subset}")
    swedish = subset["sv"]
    if not swedish.index("zebra") < swedish.index("åska") < swedish.index("äpple") \
            < swedish.index("öga"):
        raise IcuSubsetError(f"Swedish collation is wrong: {swedish}")
    return subset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/icu_subset.py",
        description="Write a copy of Qt's libicudata.so.NN that keeps only the ICU data "
        "the program can use (root, Swedish and English locales; no CJK dictionaries), and "
        "check that Swedish and English collation are unchanged.")
    parser.add_argument("src", type=Path, help="the original libicudata.so.NN")
    parser.add_argument("dst", type=Path, help="where to write the subset library")
    parser.add_argument("--no-check", action="store_true", help="skip the collation check")
    args = parser.parse_args(argv)
    try:
        report = write_subset(args.src, args.dst)
        print(report.summary())
        if not args.no_check:
            check_collation(args.dst)
            print("collation check: Swedish and English unchanged")
    except (IcuSubsetError, OSError) as exc:
        print(f"icu_subset: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
