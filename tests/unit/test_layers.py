"""Architecture rules a machine keeps: the import contracts (import-linter), the pure layers never
load Qt, the code stays lint-clean, and nothing in the program can reach the network."""

from __future__ import annotations

import ast
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kvinnofrid_desktop

PACKAGE = Path(kvinnofrid_desktop.__file__).parent
REPO = PACKAGE.parents[1]
PURE_LAYERS = ("core",)
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "ftplib", "smtplib", "requests",
                   "httpx", "aiohttp", "webbrowser", "PySide6.QtNetwork")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_import_contracts_hold() -> None:
    """pyproject.toml's import-linter contracts: cli > app > ui > core, core without Qt, the
    layers inside core, no import cycle between the modules of any package (docs/
    architecture.md has the picture). Broken, lint-imports names each import that breaks one."""
    import tomllib

    contracts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["importlinter"]["contracts"]
    assert {c["type"] for c in contracts} >= {"layers", "forbidden", "acyclic_siblings"}
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())", "--no-cache", "--no-logo"],
        cwd=REPO, capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    assert "No module named 'importlinter'" not in result.stderr, \
        "import-linter is missing: python -m pip install -e '.[test]'"
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert f"Contracts: {len(contracts)} kept, 0 broken." in result.stdout


def test_importing_every_pure_module_loads_no_qt() -> None:
    names = [m.name for layer in PURE_LAYERS
             for m in pkgutil.walk_packages([str(PACKAGE / layer)], f"kvinnofrid_desktop.{layer}.")]
    code = ("import importlib, sys\n"
            f"for name in {names!r}:\n    importlib.import_module(name)\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr[-1000:]


LOCAL_IPC = PACKAGE / "ui" / "common" / "single_instance.py"


def test_no_module_of_the_program_can_open_a_network_connection() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        allowed = {"PySide6.QtNetwork"} if path == LOCAL_IPC else set()
        bad = {m for m in imports_of(path)
               if any(m == n or m.startswith(n + ".") for n in NETWORK_MODULES)} - allowed
        assert not bad, f"{path.relative_to(REPO)} imports {sorted(bad)}"


def test_qtnetwork_is_used_for_local_sockets_only() -> None:
    """One program per user talks to itself through QLocalServer/QLocalSocket (a named pipe or
    a Unix socket). Nothing else of QtNetwork – no TCP, no HTTP – may be named anywhere."""
    names: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtNetwork":
                assert path == LOCAL_IPC, f"{path.relative_to(REPO)} imports QtNetwork"
                names |= {alias.name for alias in node.names}
    assert names == {"QLocalServer", "QLocalSocket"}


@pytest.mark.skipif(shutil.which("ruff") is None and not (Path(sys.prefix) / "bin" / "ruff")
                    .exists(), reason="ruff is not installed")
def test_code_is_ruff_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests",
                             "benchmarks", "packaging"], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:]


def test_every_package_is_installed() -> None:
    """pyproject lists packages by name (resources/ is mapped in from the top); one missing there
    works in a checkout and is absent from the wheel and the bundle."""
    import tomllib

    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(PACKAGE.parent).parts)
               for p in PACKAGE.rglob("__init__.py")
               if "__pycache__" not in p.parts and not p.parent.is_symlink()
               and "resources" not in p.relative_to(PACKAGE).parts}
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
