"""One list of exit codes (cli/exit.py) for every command, and the documentation's table is it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kvinnofrid_desktop.cli.exit import ExitCode
from kvinnofrid_desktop.cli.main import run

REPO = Path(__file__).resolve().parents[2]


def test_the_documented_codes_are_the_enum() -> None:
    text = (REPO / "docs" / "content-updates.md").read_text(encoding="utf-8")
    documented = {int(n) for n in re.findall(r"^\| (\d) \|", text, re.MULTILINE)}
    assert documented == {int(code) for code in ExitCode}


def test_no_command_module_has_codes_of_its_own() -> None:
    for path in sorted((REPO / "src" / "kvinnofrid_desktop").rglob("*.py")):
        assert not re.search(r"^EXIT_\w+\s*[,=]", path.read_text(encoding="utf-8"),
                             re.MULTILINE), path


@pytest.mark.parametrize(("argv", "said"), [
    (["pack", "rotate-key", "paket", "--old-key", "gammal.key"],
     "ange --new-key, --retire eller båda"),
    (["pack", "rotate-key", "paket", "--old-key", "gammal.key", "--retire", "abc"],
     "'abc' är inget nyckel-id"),
    (["screenshot", "s.png", "--size", "0x0"], "ogiltig storlek '0x0'"),
    (["screenshot", "s.png", "--size", "100000x100000"], "(högst 16384 per sida)"),
    (["screenshot", "s.png", "--size", "stor"], "ogiltig storlek 'stor'"),
])
def test_a_wrong_command_line_is_a_usage_error(capsys, argv: list[str], said: str) -> None:
    """Exit 1 (a refused pack: "[rotation.invalid]") where the command line itself was wrong;
    "--size 0x0" wrote a 275 × 227 image and said 0 × 0; 100000x100000 ended in a segmentation
    fault."""
    with pytest.raises(SystemExit) as done:
        run(argv)
    assert done.value.code == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.startswith("användning: ") and said in err


def test_a_path_that_is_not_there_is_the_same_problem_for_every_command(
        tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    """"pack verify /no/such" exited 1, "kvinnofrid-desktop /no/such.pdf" 2: a file that is not
    there is a problem with the file (1); the command line was right."""
    monkeypatch.setenv("KVINNOFRID_DATA_DIR", str(tmp_path / "data"))
    assert run(["pack", "verify", str(tmp_path / "borta")]) == ExitCode.PROBLEMS
    assert run([str(tmp_path / "borta.pdf")]) == ExitCode.PROBLEMS
    assert run(["pack", "import", str(tmp_path / "borta.kvpack")]) == ExitCode.PROBLEMS
    err = capsys.readouterr().err
    assert "borta finns inte" in err and "borta.pdf" in err and "borta.kvpack" in err
