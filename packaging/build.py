"""Build the frozen program: dist/kvinnofrid-desktop/ (one folder) and its archive.

    python packaging/build.py        # bundle, archive (Linux: tar.gz, Windows: zip), sizes
    python packaging/build.py --help

Needs PyInstaller (``pip install pyinstaller==6.22.3``) in the environment that has the program
installed (``pip install -e .``); no network is used. The result runs on a machine without
Python. What is left out of the bundle, and why, is in packaging/bundle_config.py and
packaging/README.md.

Reproducible enough: archives have sorted entries, fixed owners and the timestamp of
``SOURCE_DATE_EPOCH`` (default: the last commit's time); PyInstaller runs with
``PYTHONHASHSEED=0`` and the same ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

PYINSTALLER_VERSION = "6.22.3"
SPEC = cfg.PACKAGING / "kvinnofrid_desktop.spec"
VERSION_TEMPLATE = cfg.PACKAGING / "windows" / "version_info.txt"
LINUX_DIR = cfg.PACKAGING / "linux"


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


# --- Windows version resource -------------------------------------------------------------------

def write_version_file(out: Path, version: str | None = None) -> Path:
    """Fill packaging/windows/version_info.txt from the package version; return the path."""
    version = version or cfg.program_version()
    year = time.gmtime(source_date_epoch()).tm_year

    def quoted(text: str) -> str:
        return text.replace("\\", "\\\\").replace("'", "\\'")

    text = VERSION_TEMPLATE.read_text(encoding="utf-8").format(
        version_tuple=repr(cfg.version_tuple(version)),
        version=quoted(version),
        app_name=quoted(cfg.APP_NAME),
        display_name=quoted(cfg.DISPLAY_NAME),
        publisher=quoted(cfg.PUBLISHER),
        description=quoted(cfg.DESCRIPTION),
        copyright=quoted(f"© {year} {cfg.PUBLISHER}, EUPL-1.2"),
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("# -*- coding: utf-8 -*-\n" + text, encoding="utf-8")
    return out


def check_version_file(path: Path) -> None:
    """Parse the version file as PyInstaller will (on Windows, where pefile is installed);
    elsewhere at least check that it is a valid Python expression."""
    try:
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
    except ImportError:  # pefile is only installed with PyInstaller on Windows
        import ast

        try:
            ast.parse(path.read_text(encoding="utf-8"), mode="eval")
        except SyntaxError as exc:
            raise BuildError(f"the generated version file {path} is not valid: {exc}") from exc
        return
    try:
        load_version_info_from_text_file(str(path))
    except Exception as exc:  # PyInstaller raises ValueError/AssertionError/SyntaxError
        raise BuildError(f"the generated version file {path} is not valid: {exc!r}") from exc


# --- helpers -------------------------------------------------------------------------------------

def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, or the last commit's time, or a fixed date when there is no git."""
    if value := os.environ.get("SOURCE_DATE_EPOCH"):
        return int(value)
    try:
        out = subprocess.run(["git", "-C", str(cfg.REPO), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, timeout=20, check=True).stdout
        return int(out.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        return 1767225600  # 2026-01-01T00:00:00Z


def check_environment() -> None:
    try:
        import PyInstaller
    except ImportError as exc:
        raise BuildError(f"PyInstaller is not installed: pip install "
                         f"pyinstaller=={PYINSTALLER_VERSION}") from exc
    if PyInstaller.__version__ != PYINSTALLER_VERSION:
        say(f"warning: PyInstaller {PyInstaller.__version__}; the build is tested with "
            f"{PYINSTALLER_VERSION}")
    import importlib.util

    # fpdf2 and markdown-it-py: `pack build` and the editor's Publicera render with them, so a
    # bundle without them could not publish what its own editor makes.
    for module, hint in (("PySide6.QtPdf", "pip install -e ."), ("kvinnofrid_desktop",
                                                                  "pip install -e ."),
                         ("fpdf", "pip install -e '.[build]'"),
                         ("markdown_it", "pip install -e '.[build]'")):
        if importlib.util.find_spec(module) is None:
            raise BuildError(f"{module} is not importable here ({hint})")


def bundle_files(root: Path) -> list[tuple[Path, int]]:
    """Every regular file under root with its size (symbolic links are not counted)."""
    files = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            files.append((path, path.stat().st_size))
    return files


def mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB ({n / 2**20:.1f} MiB)"


# --- steps ----------------------------------------------------------------------------------------

def run_pyinstaller(dist: Path, work: Path, *, clean: bool, full_icu: bool, epoch: int) -> None:
    version_file = write_version_file(work / "version_info.txt")
    check_version_file(version_file)
    env = {**os.environ, "PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(epoch),
           "KVINNOFRID_VERSION_FILE": str(version_file),
           "KVINNOFRID_FULL_ICU": "1" if full_icu else ""}
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    say("PyInstaller: " + " ".join(cmd[1:]))
    result = subprocess.run(cmd, env=env, cwd=cfg.REPO)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); see its output above")


def add_linux_integration(bundle: Path) -> None:
    """Desktop file, AppStream metadata, icons and the install scripts inside the bundle, so the
    tarball alone can be installed (./install.sh) or run in place (./kvinnofrid-desktop)."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(LINUX_DIR / f"{cfg.APP_ID}.desktop", share / "applications")
    shutil.copy2(LINUX_DIR / f"{cfg.APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copy2(LINUX_DIR / f"{cfg.APP_ID}.mime.xml",  # the .kvpack file type
                 share / "mime" / "packages" / f"{cfg.APP_ID}.xml")
    icons = cfg.RESOURCES / "icons" / "hicolor"
    if not icons.is_dir():
        raise BuildError(f"{icons} is missing; run python packaging/make_icons.py")
    shutil.copytree(icons, share / "icons" / "hicolor")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX_DIR / script, bundle / script)
        (bundle / script).chmod(0o755)


def verify_bundle(bundle: Path) -> None:
    exe = bundle / cfg.executable_name()
    if not exe.is_file():
        raise BuildError(f"the executable {exe} was not built")
    internal = bundle / "_internal" / "kvinnofrid_desktop" / "resources"
    for needed in ("__init__.py", "packs/default/manifest.json", "fonts/DejaVuSans.ttf"):
        if not (internal / needed).is_file():
            raise BuildError(f"{internal / needed} is missing from the bundle")
    forbidden = [str(p.relative_to(bundle)) for p in bundle.rglob("*")
                 if any(rx.search(p.relative_to(bundle).as_posix())
                        for rx in cfg.FORBIDDEN_PATTERNS)]
    if forbidden:
        raise BuildError("excluded files are in the bundle: " + ", ".join(sorted(forbidden)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=bundle.parent)
    if result.returncode != 0:
        raise BuildError(f"{exe} --version failed (exit {result.returncode}):\n"
                         f"{result.stdout}{result.stderr}")
    say("self-check: " + " | ".join(result.stdout.strip().splitlines()))


def _tar_filter(epoch: int):
    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = epoch
        if info.isdir() or info.mode & stat.S_IXUSR:
            info.mode = 0o755
        elif not info.issym():
            info.mode = 0o644
        return info
    return reset


def make_archive(bundle: Path, dist: Path, version: str, epoch: int) -> Path:
    out = dist / cfg.archive_name(version)
    out.unlink(missing_ok=True)
    entries = [bundle, *sorted(bundle.rglob("*"), key=lambda p: p.relative_to(bundle).as_posix())]
    top = bundle.name
    if out.suffix == ".zip":
        stamp = time.gmtime(max(epoch, 315532800))[:6]  # zip cannot store dates before 1980
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for path in entries[1:]:
                arcname = f"{top}/{path.relative_to(bundle).as_posix()}"
                if path.is_dir():
                    info = zipfile.ZipInfo(arcname + "/", stamp)
                    info.external_attr = (0o40755 << 16) | 0x10
                    zf.writestr(info, b"")
                    continue
                info = zipfile.ZipInfo(arcname, stamp)
                info.external_attr = (0o100755 if os.access(path, os.X_OK) else 0o100644) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, path.read_bytes())
        return out
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tf:
        reset = _tar_filter(epoch)
        for path in entries:
            arcname = top if path == bundle else f"{top}/{path.relative_to(bundle).as_posix()}"
            tf.add(path, arcname=arcname, recursive=False, filter=reset)
    with open(out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=epoch,
                                              compresslevel=9) as gz:
        gz.write(raw.getvalue())
    return out


def size_report(bundle: Path, archive: Path | None, *, limit_mb: float | None) -> bool:
    files = bundle_files(bundle)
    total = sum(size for _, size in files)
    print()
    print(f"Bundle {bundle}: {len(files)} files, {mb(total)}")
    if archive is not None:
        print(f"Archive {archive.name}: {mb(archive.stat().st_size)}")
    if sys.platform.startswith("linux"):
        glibc = cfg.minimum_glibc(bundle)
        print(f"Runs on Linux with glibc >= {glibc} (the newest symbol version any file needs)")
    print("Largest 15 files:")
    for path, size in sorted(files, key=lambda item: -item[1])[:15]:
        print(f"  {size / 1e6:7.2f} MB  {path.relative_to(bundle).as_posix()}")
    if limit_mb is None:
        return True
    ok = total <= limit_mb * 1e6
    print(f"Size limit {limit_mb:g} MB: {'OK' if ok else 'EXCEEDED'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python packaging/build.py",
        description="Build the one-folder bundle dist/kvinnofrid-desktop/ with PyInstaller, "
        "archive it (tar.gz on Linux, zip on Windows) and print its size.")
    parser.add_argument("--dist", type=Path, default=cfg.REPO / "dist",
                        help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=cfg.REPO / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's caches first (slower, from scratch)")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    parser.add_argument("--full-icu", action="store_true",
                        help="ship Qt's complete ICU data (+29 MB) instead of the subset the "
                        "program uses (Linux)")
    args = parser.parse_args(argv)

    started = time.monotonic()
    try:
        check_environment()
        version = cfg.program_version()
        epoch = source_date_epoch()
        say(f"kvinnofrid-desktop {version} for {cfg.platform_tag()}, "
            f"SOURCE_DATE_EPOCH={epoch}")
        dist, work = args.dist.resolve(), args.work.resolve()
        run_pyinstaller(dist, work, clean=args.clean, full_icu=args.full_icu, epoch=epoch)
        bundle = dist / cfg.APP_NAME
        if sys.platform.startswith("linux"):
            add_linux_integration(bundle)
        verify_bundle(bundle)
        archive = None if args.no_archive else make_archive(bundle, dist, version, epoch)
        limit = cfg.SIZE_LIMIT_MB if sys.platform.startswith("linux") else None
        within = size_report(bundle, archive, limit_mb=limit)
    except BuildError as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("[build] interrupted", file=sys.stderr)
        return 130
    print(f"Build time: {time.monotonic() - started:.1f} s")
    if not within:
        print(f"[build] FAILED: the bundle is larger than {cfg.SIZE_LIMIT_MB} MB",
              file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
