"""core/fsutil.py: the one atomic write (and nothing else in src/ renames temporary files)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kvinnofrid_desktop.core import fsutil

SRC = Path(fsutil.__file__).resolve().parents[1]


def test_a_write_replaces_the_file_whole_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "active"
    target.write_bytes(b"old")
    fsutil.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["active"]


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "trust.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), fsutil.atomic_write(target) as fh:
        fh.write(b"half of the n")
        raise RuntimeError("the disk is full")
    assert target.read_bytes() == b"old"
    assert fsutil.leftover_temps(target) == []


def test_the_file_and_then_its_folder_are_synced(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "kopia.pdf"
    fsutil.write_bytes(target, b"%PDF")
    assert len(synced) == 2
    assert Path(synced[0]).parent == tmp_path and Path(synced[0]).name.startswith(".kopia.pdf.tmp-")
    assert synced[1] == str(tmp_path)  # the rename itself is durable


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fsutil.write_bytes(tmp_path / "a", b"x")
        fsutil.write_bytes(tmp_path / "b", b"x", mode=0o600)
    finally:
        os.umask(umask)
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b").stat().st_mode & 0o777 == 0o600


def test_a_copy_onto_itself_changes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "strategi.pdf"
    source.write_bytes(b"%PDF-1.7 content")
    fsutil.copy_file(source, source)
    assert source.read_bytes() == b"%PDF-1.7 content"
    fsutil.copy_file(source, tmp_path / "kopia.pdf")
    assert (tmp_path / "kopia.pdf").read_bytes() == b"%PDF-1.7 content"


def test_a_rename_blocked_by_a_reader_on_windows_is_retried(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[int] = []
    real = os.replace

    def busy_twice(src: object, dst: object) -> None:
        attempts.append(1)
        if len(attempts) < 3:
            raise PermissionError(13, "used by another process")
        real(src, dst)

    monkeypatch.setattr(fsutil.os, "name", "nt")
    monkeypatch.setattr(fsutil.os, "replace", busy_twice)
    monkeypatch.setattr(fsutil.time, "sleep", lambda _s: None)
    (tmp_path / "a").write_bytes(b"x")
    fsutil.replace(tmp_path / "a", tmp_path / "b")
    assert len(attempts) == 3 and (tmp_path / "b").read_bytes() == b"x"


def test_no_other_module_writes_files_atomically_by_hand() -> None:
    """One atomic write: os.replace/os.rename and temporary files of one's own are fsutil's."""
    hand_made = re.compile(r"os\.replace\(|os\.rename\(|mkstemp\(|NamedTemporaryFile\(|"
                           r"\.tmp-|\.part[\"']")  # a ".part" file name, not ``location.part``
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "fsutil.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if hand_made.search(line) and "fsutil" not in line:
                found.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    # The store renames whole version folders (not files) and cleans up older temporary names.
    allowed = {"core/install/store.py"}
    assert [f for f in found if f.split(":")[0] not in allowed] == []


def test_a_failed_file_operation_is_said_in_swedish(tmp_path: Path) -> None:
    """The system's words are English ("Not a directory"): they stood inside Swedish
    sentences ("kan inte läsas (Not a directory)")."""
    import errno

    from kvinnofrid_desktop.core.fsutil import reason_sv
    from kvinnofrid_desktop.core.pack.external import ExternalFileError, read_limited

    assert reason_sv(OSError(errno.ENOSPC, "No space left on device")) == "disken är full"
    assert reason_sv(OSError(errno.EACCES, "Permission denied")) == "behörighet saknas"
    plain = tmp_path / "fil.txt"
    plain.write_text("x", encoding="utf-8")
    with pytest.raises(ExternalFileError) as info:
        read_limited(plain / "inuti.json", 1000)  # a path through a file, not a folder
    # Which part is a file, and what to do ("en del av sökvägen är ingen mapp" named neither).
    assert str(info.value) == (f"kan inte läsas ({plain} är en fil, inte en mapp; flytta filen "
                               "eller byt namn på den, så kan programmet skapa mappen)")
    assert reason_sv(OSError(errno.ENOTDIR, "Not a directory")) == \
        "en del av sökvägen är ingen mapp"  # no path given: nothing better to say
