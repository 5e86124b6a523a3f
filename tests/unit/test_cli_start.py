"""The command line without a command starts the window; everything else gets the full parser.

A plain start reads its options (--pack, --lang) without building every command's parser; help,
a mistake or a command must still behave as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kvinnofrid_desktop.app import start as app
from kvinnofrid_desktop.cli import main as cli


@pytest.fixture
def window_starts(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """What app.main() was asked to start (it is replaced: no window opens in a unit test)."""
    calls: list[dict[str, object]] = []

    def fake_main(pack_path: Path | None = None, language: str | None = None,
                  open_path: Path | None = None) -> int:
        call: dict[str, object] = {"pack_path": pack_path, "language": language}
        if open_path is not None:
            call["open_path"] = open_path
        calls.append(call)
        return 0

    monkeypatch.setattr(app, "main", fake_main)
    return calls


def test_no_command_starts_the_window_with_its_options(window_starts) -> None:
    assert cli.run([]) == 0
    assert cli.run(["--pack", "/tmp/paket", "--lang", "en"]) == 0
    assert window_starts == [{"pack_path": None, "language": None},
                             {"pack_path": Path("/tmp/paket"), "language": "en"}]


def test_a_pdf_or_a_pack_file_starts_the_window_that_opens_it(
        window_starts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a file manager runs for a double-clicked file (the MSI's and the desktop entry's
    associations): ``kvinnofrid-desktop "%1"``, the path relative or absolute."""
    (tmp_path / "Rapport 2026.PDF").write_bytes(b"%PDF-1.4")
    (tmp_path / "paket.kvpack").write_bytes(b"PK")
    monkeypatch.chdir(tmp_path)
    assert cli.run(["Rapport 2026.PDF"]) == 0
    assert cli.run([str(tmp_path / "paket.kvpack"), "--lang", "en"]) == 0
    assert window_starts == [
        {"pack_path": None, "language": None, "open_path": tmp_path / "Rapport 2026.PDF"},
        {"pack_path": None, "language": "en", "open_path": tmp_path / "paket.kvpack"}]


def test_a_missing_file_is_explained_not_started(window_starts, tmp_path: Path,
                                                  capsys) -> None:
    assert cli.run([str(tmp_path / "borta.pdf")]) == 1  # as "pack verify /no/such"
    err = capsys.readouterr().err
    assert "filen finns inte" in err and "borta.pdf" in err
    assert window_starts == []


def test_help_lists_every_command(window_starts, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        cli.run(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("pack", "search", "card", "screenshot"):
        assert command in out
    assert window_starts == []


def test_a_wrong_option_is_explained_not_started(window_starts, capsys) -> None:
    with pytest.raises(SystemExit) as done:
        cli.run(["--lang", "de"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "'sv'" in err and "KOMMANDO" in err  # the full usage
    assert window_starts == []


def test_a_command_is_not_a_window_start(window_starts, capsys, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path))  # the embedded default pack
    assert cli.run(["--version"]) == 0
    assert "kvinnofrid-desktop" in capsys.readouterr().out
    assert window_starts == []
