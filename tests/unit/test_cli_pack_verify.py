"""``pack verify FILE.kvpack`` and ``pack list`` after a ``--trust-key`` import (issue 17);
what the pack commands say about a path that is no archive (a FIFO)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_archive import V2, signed_pack

from kvinnofrid_desktop.__main__ import main
from kvinnofrid_desktop.core.install.archive_write import write_archive
from kvinnofrid_desktop.core.install.signing import generate_keypair


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KVINNOFRID_POLICY", str(tmp_path / "policy.json"))
    return tmp_path / "data"


@pytest.mark.usefixtures("qapp")  # every PDF is opened with Qt's engine, as an import does
def test_verify_checks_a_received_archive_without_installing_it(
        tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, public = signed_pack(tmp_path)
    archive = write_archive(src, tmp_path / "paket.kvpack")

    assert main(["pack", "verify", str(archive), "--trust-key", str(public)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK ") and V2 in out
    assert "verifierat av Länsstyrelsen Västmanland" in out and "inget installerades" in out
    assert not (data / "packs").exists()  # nothing installed

    # Without the key the signature is not one the program trusts: said, and exit 1.
    assert main(["pack", "verify", str(archive)]) == 1
    out, err = capsys.readouterr()
    # The problem on stderr, as every command says a refusal; stdout has no verdict.
    assert out == "" and "[signature.unknown_key]" in err
    assert err.startswith("kvinnofrid-desktop: manifest.sig: ")

    # A damaged byte inside a stored PDF: the checksum names the file.
    damaged = bytearray(archive.read_bytes())
    damaged[damaged.index(b"%PDF") + 200] ^= 0x01
    broken = tmp_path / "skadat.kvpack"
    broken.write_bytes(bytes(damaged))
    assert main(["pack", "verify", str(broken), "--trust-key", str(public)]) == 1
    err = capsys.readouterr().err
    assert "[file.checksum]" in err and "docs/" in err
    assert not (data / "packs").exists()


@pytest.mark.usefixtures("qapp")
def test_verify_of_a_signed_folder_checks_its_signature(
        tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A manifest changed after signing passed as OK; its archive was refused by every office.
    src, public = signed_pack(tmp_path)
    assert main(["pack", "verify", str(src), "--trust-key", str(public)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK ") and "verifierat av Länsstyrelsen Västmanland" in out
    manifest = src / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "Länsstyrelsen", "Länsstyrelsen "), encoding="utf-8")
    assert main(["pack", "verify", str(src), "--trust-key", str(public)]) == 1
    assert "[signature.invalid]" in capsys.readouterr().err
    assert main(["pack", "verify", str(tmp_path / "finns-inte.kvpack")]) == 1
    err = capsys.readouterr().err
    assert "finns-inte.kvpack finns inte" in err and "mappen" not in err


@pytest.mark.usefixtures("qapp")
def test_archive_refuses_a_folder_whose_signature_verify_refuses(
        tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, _ = signed_pack(tmp_path)
    # Signed with a key this computer does not know: archived (the coordinator's own key).
    assert main(["pack", "archive", str(src), str(tmp_path / "bra.kvpack")]) == 0
    (src / "manifest.sig").write_text("trasig\n", encoding="utf-8")
    assert main(["pack", "verify", str(src)]) == 1
    assert "[signature.invalid]" in capsys.readouterr().err
    out = tmp_path / "paket.kvpack"
    assert main(["pack", "archive", str(src), str(out)]) == 1
    err = capsys.readouterr().err
    assert "manifest.sig: signaturen är ogiltig" in err and "pack sign" in err
    assert "[signature.invalid]" in err
    assert not out.exists()


@pytest.mark.usefixtures("qapp")
def test_list_says_what_a_trust_key_import_means(
        tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, public = signed_pack(tmp_path)
    archive = write_archive(src, tmp_path / "paket.kvpack")
    assert main(["pack", "import", str(archive), "--trust-key", str(public)]) == 0
    assert "verifierat av Länsstyrelsen Västmanland" in capsys.readouterr().out
    assert main(["pack", "list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if V2 in x)
    # Not "signerat med en okänd nyckel" right after an import that said "verifierat av …".
    assert "okänd nyckel" not in line
    assert "verifierat vid importen" in line and "--trust-key" in line
    # Nor claims --trust-key where the key may have come from a policy since changed.
    assert "eller policyn har den inte längre" in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("command", ["import", "sign", "verify"])
def test_a_fifo_named_as_the_archive_is_refused_at_once(
        tmp_path: Path, data: Path, command: str) -> None:
    # Opening a FIFO for reading waits for a writer: 'pack import' and 'pack sign' hung for
    # ever, and 'pack verify' called it a missing folder. The timeout turns a hang into a failure.
    fifo = tmp_path / "paket.kvpack"
    os.mkfifo(fifo)
    key = tmp_path / "nyckel"
    generate_keypair(key, publisher="Länsstyrelsen Västmanland")
    extra = ["--key", str(key)] if command == "sign" else []
    done = subprocess.run([sys.executable, "-m", "kvinnofrid_desktop", "pack", command,
                           str(fifo), *extra], capture_output=True, text=True, timeout=60)
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert "paket.kvpack: är ingen vanlig fil" in said and "[archive.not_zip]" in said, said
    assert "mappen" not in said and "Traceback" not in said
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nyckel", "nyckel.pub", "paket.kvpack"]
    assert not (data / "packs").exists()


@pytest.mark.usefixtures("qapp")
def test_verify_archive_finds_what_pack_verify_finds(tmp_path: Path, data: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The import dialog's check before Installera: the same verdict on the files as `pack
    verify FILE.kvpack`, with progress up to the last byte, and nothing installed."""
    from kvinnofrid_desktop.core.install.verify import verify_archive
    from kvinnofrid_desktop.ui.common.qtpdf_engine import QtPdfEngine

    src, public = signed_pack(tmp_path)
    archive = write_archive(src, tmp_path / "paket.kvpack")
    steps: list[tuple[str, int, int]] = []
    assert verify_archive(archive, pdf_engine=QtPdfEngine(),
                          progress=lambda *step: steps.append(step)) == []
    assert steps and steps[-1][1] == steps[-1][2]  # 100 %

    damaged = bytearray(archive.read_bytes())
    damaged[damaged.index(b"%PDF") + 200] ^= 0x01
    archive.write_bytes(bytes(damaged))
    problems = verify_archive(archive, pdf_engine=QtPdfEngine())
    assert [p.code for p in problems] == ["file.checksum"]
    assert problems[0].file.startswith("docs/")
    assert main(["pack", "verify", str(archive), "--trust-key", str(public)]) == 1
    assert f"kvinnofrid-desktop: {problems[0]}\n" in capsys.readouterr().err
    assert not (data / "packs").exists()
