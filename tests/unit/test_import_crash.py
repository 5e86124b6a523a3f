"""An import that dies – full disk, SIGKILL at any step, a second importer – loses nothing.

The kills run the real import in a subprocess (``sys.executable -c``); the environment variable
KILL_AT tells the script where to die. Afterwards this process runs ``cleanup()`` as the program
does at every start and checks that the store is consistent and the active pack opens.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_archive import V1, V2, make_pack

from kvinnofrid_desktop.cli.pack import main as cli_main
from kvinnofrid_desktop.core.install import archive
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.store import PackStore, resolve_active
from kvinnofrid_desktop.core.pack.pack import Pack
from kvinnofrid_desktop.core.pack.problems import PackError

V3 = "2026-12-03"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    data = tmp_path / "data"
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(data))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    env = SimpleNamespace(tmp=tmp_path, data=data)
    PackStore().import_pack(kvpack(env, V1), allow_unsigned=True)
    env.listing = listing(data)
    return env


def kvpack(env: SimpleNamespace, version: str) -> Path:
    return write_archive(make_pack(env.tmp / f"src-{version}", version),
                         env.tmp / f"{version}.kvpack")


def listing(data: Path) -> dict[str, bytes | None]:
    return {p.relative_to(data).as_posix(): p.read_bytes() if p.name == "active" else None
            for p in sorted(data.rglob("*"))}


def assert_consistent(data: Path, active: str) -> None:
    """After cleanup: no debris; exactly the versions the pointer names; the active opens."""
    path, notice = resolve_active()
    assert notice is None
    assert Pack.open(path, check_sizes=True).verify() == []
    assert Pack.open(path).manifest.version == active
    pointer = json.loads((data / "active").read_text(encoding="utf-8"))
    assert pointer["version"] == active
    assert sorted(p.name for p in (data / "packs").iterdir()) == sorted(
        [pointer["version"], *pointer["previous"]])
    assert sorted(p.name for p in data.iterdir()) == ["active", "lock", "packs"]


# --- a full disk ------------------------------------------------------------------------------


def test_disk_full_halfway_through_the_import_changes_nothing(
        installed: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    kv = kvpack(installed, V2)
    half = sum(f.stat().st_size for f in (installed.tmp / f"src-{V2}").rglob("*")
               if f.is_file()) // 2
    written = 0
    real = archive.write_chunk

    def filling(fh: object, data: bytes) -> None:
        nonlocal written
        written += len(data)
        if written > half:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fh, data)  # type: ignore[arg-type]

    monkeypatch.setattr(archive, "write_chunk", filling)
    with pytest.raises(PackError) as info:
        PackStore().import_pack(kv, allow_unsigned=True)
    assert info.value.code == "disk.full"
    assert info.value.first.message.startswith("Disken är full")
    assert info.value.first.file.startswith("docs/")  # it names the file being written
    assert listing(installed.data) == installed.listing
    assert_consistent(installed.data, V1)


def test_disk_full_while_switching_the_pointer_undoes_the_install(
        installed: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(self: PackStore, *args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PackStore, "_write_pointer", no_space)
    with pytest.raises(PackError) as info:
        PackStore().import_pack(kvpack(installed, V2), allow_unsigned=True)
    assert info.value.first.message.startswith("Disken är full")
    assert listing(installed.data) == installed.listing


# --- killed at any moment ---------------------------------------------------------------------

KILL_SCRIPT = r"""
import os, signal, sys
from pathlib import Path
from kvinnofrid_desktop.core.install import archive

from kvinnofrid_desktop.core.install import store
point = os.environ["KILL_AT"]
kind, _, n = point.partition(":")
started = []

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def progress(rel, done, total):  # "file:k": die once k files are completely written
    if kind == "file" and rel not in started:
        started.append(rel)
        if len(started) == int(n) + 1:
            die()

if kind == "chunk":  # "chunk:n": die halfway through writing the n-th chunk
    real, calls = archive.write_chunk, []
    def chunk(fh, data):
        calls.append(1)
        if len(calls) == int(n):
            fh.write(data[: len(data) // 2]); fh.flush(); die()
        real(fh, data)
    archive.write_chunk = chunk
else:
    store._checkpoint = lambda step: die() if step == point else None

store.PackStore().import_pack(Path(sys.argv[1]), allow_unsigned=True, progress=progress)
print("not killed")
"""


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
@pytest.mark.parametrize(("point", "active"), [
    ("chunk:1", V1),            # while writing manifest.json into staging
    ("chunk:4", V1),            # halfway through a PDF
    ("file:1", V1),             # after the first file
    ("file:2", V1),             # after two of the three files
    ("extracted", V1),          # everything unpacked, not yet verified
    ("before_rename", V1),      # verified, still in staging
    ("renamed", V1),            # in packs/, the pointer not yet switched: an orphan
    ("pointer_written", V1),    # the new pointer written to its temp file, not fsynced
    ("pointer_replaced", V2),   # switched, the folder not yet fsynced
])
def test_killed_at_any_moment_leaves_a_consistent_store(installed: SimpleNamespace,
                                                        point: str, active: str) -> None:
    kv = kvpack(installed, V2)
    proc = subprocess.run([sys.executable, "-c", KILL_SCRIPT, str(kv)], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "KILL_AT": point})
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    PackStore().cleanup()  # what every start does
    assert_consistent(installed.data, active)
    if active == V1:
        assert listing(installed.data) == installed.listing
    # The store still works: the same file imports (or is already there).
    if active == V1:
        assert PackStore().import_pack(kv, allow_unsigned=True).version == V2
    assert_consistent(installed.data, V2)


# --- two importers at once --------------------------------------------------------------------

HOLDER = r"""
import os, sys, time
from pathlib import Path
from kvinnofrid_desktop.core.install import store

def hold(step):  # keep the lock for a while, mid-import, and say so
    if step == "extracted":
        Path(os.environ["MARKER"]).write_text("held")
        time.sleep(float(os.environ["HOLD_S"]))

store._checkpoint = hold
print(store.PackStore().import_pack(Path(sys.argv[1]), allow_unsigned=True).version)
"""


def _wait_for(path: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the first importer never took the lock"
        time.sleep(0.02)


def test_two_importers_at_once(installed: SimpleNamespace,
                               capsys: pytest.CaptureFixture[str]) -> None:
    marker = installed.tmp / "held"
    env = {**os.environ, "MARKER": str(marker), "HOLD_S": "1.5"}
    cmd = [sys.executable, "-c", HOLDER, str(kvpack(installed, V2))]
    first = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    second_kv = kvpack(installed, V3)
    try:
        _wait_for(marker, first)
        # Impatient: says "busy" at once (exit code 3) and touches nothing.
        assert cli_main(["import", str(second_kv), "--allow-unsigned", "--wait", "0"]) == 3
        err = capsys.readouterr().err
        assert "Ett annat program installerar ett innehållspaket just nu" in err
        assert "[store.busy]" in err
        # Patient: waits for the lock, then installs on top of what the first one installed.
        waiting = subprocess.Popen(
            [sys.executable, "-m", "kvinnofrid_desktop.cli.pack", "import", str(second_kv),
             "--allow-unsigned", "--wait", "30"],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        out, err = waiting.communicate(timeout=60)
        assert waiting.returncode == 0, err
        assert f"Installerat se.kvinnofrid-vastmanland.standard {V3}" in out
    finally:
        first_out, first_err = first.communicate(timeout=60)
    assert first.returncode == 0 and first_out.strip() == V2, first_err
    assert_consistent(installed.data, V3)
    pointer = json.loads((installed.data / "active").read_text(encoding="utf-8"))
    assert pointer == {"version": V3, "previous": [V2, V1]}
