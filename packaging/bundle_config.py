"""What goes into the frozen bundle and what stays out: one place, read by the spec, build.py,
the benchmark and the smoke test (tests/packaging/test_frozen.py).

The rules are written as allow-lists where the program's needs are known exactly (Qt plugins,
Qt translations, PySide6 modules) and as deny-lists for Python packages that happen to be
installed in a development environment but are never imported by the running program.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
SRC = REPO / "src"
RESOURCES = REPO / "resources"

APP_NAME = "kvinnofrid-desktop"  # the executable, the bundle folder and the archives
APP_ID = "se.kvinnofrid_vastmanland"  # desktop file, AppStream id, window-manager class
DISPLAY_NAME = "Kvinnofrid Västmanland"
PUBLISHER = "Kvinnofrid Västmanland"
DESCRIPTION = "Offline reference for the work against violence in close relationships"

SIZE_LIMIT_MB = 110  # unpacked one-folder bundle on Linux (issue 6)

# --- Python ------------------------------------------------------------------------------------

# The PySide6 modules the program imports (src/ is checked by the smoke test); every other
# PySide6 module is excluded, whatever is installed.
# QtNetwork only for QLocalServer/QLocalSocket (one program per user: ui/common/single_instance.py);
# its TLS and network-information plugins stay out, and tests/unit/test_layers.py allows no other
# QtNetwork name anywhere.
PYSIDE6_MODULES_USED = frozenset(
    {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtNetwork"})

# Installed in a development or test environment, never imported by the running program.
# fpdf2, fontTools, markdown-it-py, mdurl and defusedxml are bundled: `pack build` (and the
# editor's Publicera) renders the action card document and Markdown sources with them. Pillow is
# not: fpdf2 imports it only for images, which the program never puts in a PDF.
EXCLUDED_PYTHON_MODULES = (
    # build/test tooling, and what fpdf2 can use but the program never needs
    "PIL", "numpy", "uharfbuzz", "endesive",
    "hypothesis", "pytest", "_pytest", "pytestqt", "pytest_benchmark", "pluggy", "iniconfig",
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "pip", "wheel",
    "PyInstaller", "altgraph",
    # standard library parts a desktop reader never uses (unittest stays: fpdf2 imports
    # unittest.mock at the top of fpdf.sign)
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "doctest", "pydoc",
    "pydoc_data", "lib2to3", "ensurepip", "venv", "xmlrpc", "curses", "_curses", "readline",
    "sqlite3.test", "test", "ctypes.test", "tkinter.test",
    # East Asian legacy codecs (the program reads and writes UTF-8 only)
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
    # no network, ever: without these, OpenSSL (libssl/libcrypto) stays out of the bundle.
    # hashlib falls back to Python's built-in SHA-256, which is all the packs need.
    "ssl", "_ssl", "_hashlib",
    # cryptography carries its own OpenSSL (11.5 MB). pypdf and fpdf2 use it only when it is
    # installed: pypdf for AES-256-encrypted PDFs (refused anyway, core/pdf_pages.py), fpdf2
    # for encrypting and signing (never done).
    "cryptography",
)

# fontTools reads a font's tables by importing fontTools.ttLib.tables.<tag> by name, which
# PyInstaller cannot see.
HIDDEN_IMPORT_PACKAGES = ("fontTools.ttLib.tables",)


def pyside6_modules_installed() -> list[str]:
    """The PySide6 extension modules present in this environment (``QtCore``, ``QtPdf``, …)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations)))
    names = {p.name.split(".")[0] for p in folder.iterdir()
             if p.name.startswith("Qt") and p.suffix in {".so", ".pyd"}}
    return sorted(names)


def excluded_modules() -> list[str]:
    unused_qt = [f"PySide6.{name}" for name in pyside6_modules_installed()
                 if name not in PYSIDE6_MODULES_USED]
    return sorted({*unused_qt, *EXCLUDED_PYTHON_MODULES})


# --- Qt plugins and translations -----------------------------------------------------------------

# plugin type -> plugin names kept (file name without "lib" and without the extension).
# Everything else is left out, and so is every shared library only those plugins needed.
QT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({
        "qxcb",        # X11, and XWayland on Wayland desktops
        "qwayland",    # native Wayland (sharp text with fractional scaling); ≈ 2 MB with deps
        "qoffscreen",  # `screenshot`, tests and headless use
        "qwindows",    # Windows
        "qcocoa",      # macOS (not built, kept so the rule is complete)
    }),
    # Wayland client: the XDG shell and the window decorations drawn by the client (GNOME).
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"adwaita", "bradient"}),
    # Native file dialogs through the XDG portal (opt-in: QT_QPA_PLATFORMTHEME=xdgdesktopportal).
    # The GTK3 theme is left out on purpose (see packaging/README.md).
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Printing through CUPS on Linux (Windows printing is built into Qt6PrintSupport).
    "printsupport": frozenset({"cupsprintersupport", "windowsprintersupport"}),
    # Dead keys / compose sequences and IBus input methods.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    # The Windows 11 / Vista look.
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
}
# Left out entirely: imageformats (PNG is built into QtGui; PDFium decodes images itself),
# iconengines (SVG), tls and networkinformation (no network, ever), sqldrivers (the stdlib's
# sqlite3 is used), qmltooling, designer, generic (evdev/tuio), egldeviceintegrations,
# xcbglintegrations and wayland-graphics-integration-* (the program draws with the raster
# engine, never OpenGL), virtualkeyboard.

# Qt's own translations (buttons of standard dialogs): Swedish and English only.
QT_TRANSLATION_LANGUAGES = ("sv", "en")
QT_TRANSLATION_CATALOGS = ("qt", "qtbase")

# Files that must never be in the bundle (checked by build.py and the smoke test).
FORBIDDEN_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"Qt6?WebEngine", r"Qt6?Qml", r"Qt6?Quick", r"Qt6?Multimedia", r"Qt6?3D", r"Qt6?Sql",
    r"Qt6?Designer", r"Qt6?Help", r"Qt6?Test", r"Qt6?UiTools", r"Qt6?Labs", r"Qt6?Lottie",
    r"Qt6?VirtualKeyboard", r"Qt6?WaylandCompositor", r"Qt6?EglFS", r"Qt6?OpenGL",
    r"Qt6?Charts", r"Qt6?DataVisualization", r"Qt6?Graphs", r"Qt6?Positioning",
    r"Qt6?Bluetooth", r"Qt6?Nfc", r"Qt6?SerialPort", r"Qt6?WebSockets", r"Qt6?WebChannel",
    r"Qt6?Scxml", r"Qt6?SpatialAudio", r"Qt6?TextToSpeech", r"Qt6?RemoteObjects",
    r"Qt6?ShaderTools", r"Qt6?Sensors",
    # Python bindings we do not use (their Qt libraries may stay as dependencies)
    r"(^|/)Qt(Svg|SvgWidgets|DBus|Xml|Concurrent)\.(abi3\.)?(so|pyd)$",
    r"(^|/)libpyside6qml",
    r"(^|/)(lib)?qgtk3", r"libgtk-3", r"libgdk-3", r"libcairo", r"libpango",
    r"(^|/)libssl", r"(^|/)libcrypto", r"(^|/)libcups\.", r"(^|/)libfontconfig",
    r"/imageformats/", r"/iconengines/", r"/tls/", r"/sqldrivers/", r"/qmltooling/",
    r"/networkinformation/", r"/designer/", r"/egldeviceintegrations/",
    r"/xcbglintegrations/", r"/wayland-graphics-integration",
    r"(^|/)cryptography", r"(^|/)_rust\.abi3", r"(^|/)PIL/", r"(^|/)pillow\.libs",
    r"(^|/)numpy",
    r"(^|/)hypothesis/", r"(^|/)_?pytest", r"(^|/)_?tkinter", r"(^|/)tcl\d", r"(^|/)tk\d",
    r"(^|/)pydoc_data/",
))

# Shared libraries that are part of every Linux desktop and must match the running system:
# bundling them from the build machine breaks on other distributions (the same list AppImage's
# excludelist uses for them). PyInstaller already leaves out libc, libGL, libEGL and the like.
LINUX_SYSTEM_LIBRARIES = tuple(re.compile(p) for p in (
    r"^libfontconfig\.so", r"^libfreetype\.so", r"^libX11\.so", r"^libX11-xcb\.so",
    r"^libxcb\.so", r"^libdbus-1\.so", r"^libgobject-2\.0\.so", r"^libglib-2\.0\.so",
    r"^libgthread-2\.0\.so", r"^libgio-2\.0\.so", r"^libharfbuzz\.so", r"^libexpat\.so",
    r"^libz\.so", r"^libwayland-(client|cursor|egl)\.so", r"^libpng16\.so", r"^libbrotli",
    r"^libuuid\.so", r"^libXau\.so", r"^libXdmcp\.so", r"^libbsd\.so", r"^libmd\.so",
    # CUPS and its dependencies (Kerberos, GnuTLS, Avahi …) come with the system's printing;
    # without CUPS the print dialog simply lists no printers.
    r"^libcups\.so",
    # The C++ runtime must be the system's (at least as new as the build machine's, which the
    # bundled Python already requires); an older bundled copy would break the system's drivers.
    r"^libgcc_s\.so", r"^libstdc\+\+\.so",
))


# Where PySide6 keeps Qt's plugins and translations inside the bundle: PySide6/Qt/plugins on
# Linux and macOS wheels, PySide6/plugins on Windows wheels.
_QT_DIRS = ("Qt", "PySide6")


def plugin_kind(dest: str) -> tuple[str, str] | None:
    """('platforms', 'qxcb') for a destination path inside the bundle's Qt plugin folder."""
    parts = Path(dest.replace("\\", "/")).parts
    for i in range(1, len(parts) - 2):
        if parts[i] == "plugins" and parts[i - 1] in _QT_DIRS and len(parts) == i + 3:
            name = parts[i + 2].split(".")[0]
            if name.startswith("lib") and not sys.platform.startswith("win"):
                name = name[3:]
            return parts[i + 1], name
    return None


def keep_qt_plugin(dest: str) -> bool:
    kind = plugin_kind(dest)
    if kind is None:
        return True
    plugin_type, name = kind
    return name in QT_PLUGINS.get(plugin_type, frozenset())


def is_qt_translation(dest: str) -> bool:
    parts = Path(dest.replace("\\", "/")).parts
    return (dest.endswith(".qm") and len(parts) >= 3 and parts[-2] == "translations"
            and parts[-3] in _QT_DIRS)


def keep_qt_translation(dest: str) -> bool:
    if not is_qt_translation(dest):
        return True
    catalog, _, language = Path(dest.replace("\\", "/")).stem.partition("_")
    return catalog in QT_TRANSLATION_CATALOGS and language in QT_TRANSLATION_LANGUAGES


# --- our own files ---------------------------------------------------------------------------

# resources/ subfolders left out of the bundle: the Markdown sources of the default pack are only
# read by `pack build` (which needs the [build] extra and is not part of the frozen program).
RESOURCES_LEFT_OUT = ("content-src",)
RESOURCE_SUFFIXES_LEFT_OUT = (".pyc", ".ts", ".pro", ".private", ".key")


def resource_datas() -> list[tuple[str, str]]:
    """(source file, destination folder) for every shipped resource, as PyInstaller datas.

    The files land in ``kvinnofrid_desktop/resources/`` together with ``__init__.py``, so the
    package ``kvinnofrid_desktop.resources`` (mapped from the top-level folder by setuptools in
    a checkout) exists in the bundle and ``importlib.resources.files()`` finds the same files.
    """
    datas = []
    for path in sorted(RESOURCES.rglob("*")):
        rel = path.relative_to(RESOURCES)
        if not path.is_file() or rel.parts[0] in RESOURCES_LEFT_OUT:
            continue
        if "__pycache__" in rel.parts or path.suffix in RESOURCE_SUFFIXES_LEFT_OUT:
            continue
        if path.suffix == ".py" and path.name != "__init__.py":
            continue  # developer scripts (translations/update.py); only the package marker ships
        if path.name.endswith("-private") or path.read_bytes()[:40].startswith(
                b"KVINNOFRID-ED25519-PRIVATE-KEY"):
            raise SystemExit(f"refusing to bundle a private key: {path}")
        datas.append((str(path), str(Path("kvinnofrid_desktop", "resources", *rel.parts[:-1]))))
    return datas


# --- licences ----------------------------------------------------------------------------------

# In the bundle: _internal/licenses/<component>/…, with README.txt naming each component and its
# licence. The About box points to this folder (kvinnofrid_desktop.core.bundled.licenses_dir).
LICENSES_DIR = "licenses"
LICENSE_TEXTS = PACKAGING / "licenses"  # texts no installed distribution carries
# The Python distributions the bundle carries (those installed are collected; PySide6's wheels
# have no licence file, so Qt's LGPL-3.0 and GPL-3.0 texts come from LICENSE_TEXTS).
LICENSED_DISTRIBUTIONS = (
    "PySide6_Essentials", "PySide6_Pdf", "shiboken6", "pypdf", "PyNaCl", "cffi",
    "platformdirs", "tomlkit", "snowballstemmer", "fpdf2", "fonttools", "markdown-it-py",
    "mdurl", "defusedxml", "typing_extensions",
)
_LICENSE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def _distribution_licence(name: str) -> tuple[str, str, list[Path]] | None:
    """(project name, licence, licence files) of an installed distribution, or None."""
    from importlib import metadata

    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return None
    meta = dist.metadata
    licence = meta.get("License-Expression") or ""
    if not licence and len(meta.get("License") or "") <= 60:
        licence = meta.get("License") or ""
    if not licence:  # only a trove classifier ("License :: OSI Approved :: MIT License")
        licence = ", ".join(c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or ()
                            if c.startswith("License ::"))
    files = [Path(str(dist.locate_file(f))) for f in dist.files or ()
             if ".dist-info" in str(f) and (_LICENSE_NAME.match(f.name) or "licenses" in f.parts)
             and f.name not in ("RECORD", "METADATA", "WHEEL", "INSTALLER")]
    return meta["Name"], licence, [f for f in files if f.is_file()]


def python_licence() -> Path | None:
    """Python's own LICENSE.txt (lib/python3.X/ on Linux and macOS, the prefix on Windows)."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",
                      Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    return None


def license_datas(work: Path) -> list[tuple[str, str]]:
    """(source file, destination folder) for every licence text of the bundle, and README.txt
    (written into ``work``) that lists the components, their licences and their folders."""
    rows: list[tuple[str, str, str]] = []  # component, licence, folder
    datas: list[tuple[str, str]] = []

    def add(folder: str, component: str, licence: str, files: list[Path]) -> None:
        if not files:
            raise SystemExit(f"kvinnofrid spec: no licence text for {component}")
        rows.append((component, licence, folder))
        datas.extend((str(f), f"{LICENSES_DIR}/{folder}") for f in files)

    add("kvinnofrid-desktop", DISPLAY_NAME, "EUPL-1.2", [REPO / "LICENSE"])
    add("Qt-PySide6", "Qt 6, PySide6 and shiboken6", "LGPL-3.0-only (the LGPL-3.0 "
        "text and the GPL-3.0 it adds its permissions to)",
        [LICENSE_TEXTS / "LGPL-3.0.txt", LICENSE_TEXTS / "GPL-3.0.txt"])
    if (python := python_licence()) is None:
        raise SystemExit("kvinnofrid spec: Python's LICENSE.txt was not found")
    add("Python", f"Python {sys.version_info.major}.{sys.version_info.minor}", "PSF-2.0",
        [python])
    if sys.platform.startswith("linux"):  # Qt for Windows uses the system's ICU
        add("ICU", "ICU (in Qt's libraries)", "Unicode/ICU (MIT-style)",
            [LICENSE_TEXTS / "ICU.txt"])
    add("DejaVu", "DejaVu fonts", "Bitstream Vera / DejaVu (free)",
        [RESOURCES / "fonts" / "LICENSE-DejaVu.txt"])
    for name in LICENSED_DISTRIBUTIONS:
        found = _distribution_licence(name)
        if found is None or name.startswith(("PySide6", "shiboken6")):
            continue  # not installed, or covered by Qt-PySide6 above
        project, licence, files = found
        if any("libsodium" in f.name for f in files):
            licence += "; libsodium (inside it): ISC"
        add(project, project, licence, files)
    work.mkdir(parents=True, exist_ok=True)
    readme = work / "README.txt"
    width = max(len(c) for c, _, _ in rows)
    readme.write_text(
        f"{DISPLAY_NAME}: licences of the program and of what it is built from.\n"
        "Each folder holds the licence texts of one component.\n\n"
        + "".join(f"{c:<{width}}  {licence}  ({folder}/)\n" for c, licence, folder in rows)
        + ("\nsystem/ holds the copyright files (Debian's) of the system libraries the Linux "
           "bundle carries\n(xcb helpers, xkbcommon, zstd, libffi, bz2, lzma, SQLite, "
           "Kerberos …).\n" if sys.platform.startswith("linux") else ""),
        encoding="utf-8")
    datas.append((str(readme), LICENSES_DIR))
    return datas


def program_version() -> str:
    """``__version__`` of the package, read without importing it (and without Qt)."""
    text = (SRC / "kvinnofrid_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/kvinnofrid_desktop/__init__.py")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' -> (0, 1, 0, 0); pre-release tails are dropped (Windows wants four integers)."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def platform_tag() -> str:
    import platform

    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    if sys.platform.startswith("win"):
        return f"windows-{machine}"
    if sys.platform == "darwin":
        return f"macos-{machine}"
    return f"linux-{machine}"


def archive_name(version: str) -> str:
    suffix = ".zip" if sys.platform.startswith("win") else ".tar.gz"
    return f"{APP_NAME}-{version}-{platform_tag()}{suffix}"


def executable_name() -> str:
    return APP_NAME + (".exe" if sys.platform.startswith("win") else "")


def elf_needed(path: str | Path) -> list[str]:
    """DT_NEEDED entries of an ELF file: the libraries it links directly (like ``readelf -d``)."""
    import struct

    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF":
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        shoff, = struct.unpack_from(end + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x3A)
        section = struct.Struct(end + "IIQQQQIIQQ")
        dyn = struct.Struct(end + "qQ")
    else:
        shoff, = struct.unpack_from(end + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(end + "HH", data, 0x2E)
        section = struct.Struct(end + "IIIIIIIIII")
        dyn = struct.Struct(end + "iI")
    headers = [section.unpack_from(data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, sh_type, _flags, _addr, offset, size, link, *_ in headers:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = headers[link][4]
        for pos in range(offset, offset + size, dyn.size):
            tag, value = dyn.unpack_from(data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                start = strtab_offset + value
                needed.append(data[start:data.index(b"\0", start)].decode())
    return needed


def elf_version_needs(path: str | Path) -> set[str]:
    """Symbol versions an ELF file needs from other libraries (GLIBC_2.34, GLIBCXX_3.4.29 …)."""
    import struct

    data = Path(path).read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:  # 64-bit little-endian only
        return set()
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    section = struct.Struct("<IIQQQQIIQQ")
    headers = [section.unpack_from(data, shoff + i * shentsize) for i in range(shnum)]
    needs = set()
    for _name, sh_type, _flags, _addr, offset, _size, link, info, *_ in headers:
        if sh_type != 0x6FFFFFFE:  # SHT_GNU_verneed
            continue
        strtab = headers[link][4]
        pos = offset
        for _ in range(info):
            _version, count, _file, aux, following = struct.unpack_from("<HHIII", data, pos)
            apos = pos + aux
            for _ in range(count):
                _hash, _vflags, _other, name, anext = struct.unpack_from("<IHHII", data, apos)
                needs.add(data[strtab + name:data.index(b"\0", strtab + name)].decode())
                apos += anext
            pos += following
    return needs


def minimum_glibc(root: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any ELF file under root needs: the oldest glibc the
    bundle runs with."""
    best: tuple[int, ...] = ()
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            for need in elf_version_needs(path):
                if need.startswith("GLIBC_2"):
                    version = tuple(int(n) for n in need[6:].split(".") if n.isdigit())
                    best = max(best, version)
    return ".".join(map(str, best)) or None
