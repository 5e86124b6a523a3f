"""The per-machine MSI (packaging/build_msi.py), built with wixl from a stand-in bundle.

The stand-in is a small tree shaped like the Windows bundle (``kvinnofrid-desktop.exe`` at the
top, ``_internal/`` below, names with å/ä/ö and spaces); what is checked holds for any tree:
``msiinfo`` shows a per-machine package (ALLUSERS=1) with the fixed UpgradeCode, the product
version, MajorUpgrade, the Start-menu shortcut, the ``.kvpack`` type, one file row per bundle
file and no custom action; ``msiextract`` gives back the tree byte for byte. Installing it is
Windows' part: .github/workflows/windows.yml installs and uninstalls it with msiexec.

Needs wixl and msiinfo/msiextract (Debian: ``apt-get install wixl msitools``; .ci/run installs
them); skipped with that reason where they are missing. Code signing with osslsigncode is
tested here when osslsigncode and openssl are installed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TOOLS = ("wixl", "msiinfo", "msiextract")
missing = [t for t in TOOLS if shutil.which(t) is None]
pytestmark = pytest.mark.skipif(
    bool(missing), reason=f"{', '.join(missing)} not installed (Debian/Ubuntu: apt-get install "
                          "wixl msitools); the MSI cannot be built or read here")

STAND_IN = {
    "kvinnofrid-desktop.exe": b"MZ" + bytes(range(256)) * 200,
    "_internal/python311.dll": b"MZ python",
    "_internal/base_library.zip": b"PK" + b"\0" * 3000,
    "_internal/PySide6/plugins/platforms/qwindows.dll": b"MZ qwindows",
    "_internal/PySide6/translations/qtbase_sv.qm": b"qm",
    "_internal/resources/packs/default/manifest.json": b'{"format": 1}',
    "_internal/resources/packs/default/docs/Åtgärdskort för Västerås – våld.pdf": b"%PDF-1.7 x",
    "_internal/resources/packs/default/docs/Överenskommelse Köping.pdf": b"%PDF-1.7 y",
    "_internal/resources/tomma filer/tom.txt": b"",
}


def _build_msi_module():
    spec = importlib.util.spec_from_file_location("kvinnofrid_build_msi",
                                                  REPO / "packaging" / "build_msi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _table(msi: Path, name: str) -> list[list[str]]:
    """The rows of one MSI table (msiinfo export: two header lines, then tab-separated rows)."""
    out = subprocess.run(["msiinfo", "export", str(msi), name], capture_output=True, check=True,
                         ).stdout.decode("utf-8")
    return [line.split("\t") for line in out.splitlines()[3:]]


def _tables(msi: Path) -> set[str]:
    return set(subprocess.run(["msiinfo", "tables", str(msi)], capture_output=True, text=True,
                              check=True).stdout.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("msi")
    bundle = root / "dist med å" / "kvinnofrid-desktop"
    for rel, data in STAND_IN.items():
        (bundle / rel).parent.mkdir(parents=True, exist_ok=True)
        (bundle / rel).write_bytes(data)
    msi = root / "ut" / "kvinnofrid-desktop-0.1.0-windows-x86_64.msi"
    result = subprocess.run(
        ["python", str(REPO / "packaging" / "build_msi.py"), str(bundle), str(msi),
         "--version", "0.1.0", "--wxs", str(root / "kvinnofrid.wxs")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return bundle, msi, root


def test_per_machine_with_the_fixed_upgrade_code_and_version(built: tuple[Path, Path, Path]
                                                              ) -> None:
    _, msi, _ = built
    props = {row[0]: row[1] for row in _table(msi, "Property")}
    assert props["ALLUSERS"] == "1"
    assert props["UpgradeCode"] == "{" + _build_msi_module().UPGRADE_CODE + "}"
    assert props["ProductVersion"] == "0.1.0"
    assert props["ProductName"] == props["Manufacturer"] == "Kvinnofrid Västmanland"
    assert props["ProductCode"] == "{" + _build_msi_module().product_code("0.1.0") + "}"
    summary = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True,
                             check=True).stdout.decode("utf-8")
    assert "Template: x64;" in summary
    # MajorUpgrade: older versions found and removed, a newer one refuses the downgrade.
    upgrade = _table(msi, "Upgrade")
    assert {row[-1] for row in upgrade} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    sequence = [row[0] for row in _table(msi, "InstallExecuteSequence")]
    assert "RemoveExistingProducts" in sequence
    assert sorted(row[0] for row in _table(msi, "LaunchCondition")) == [
        "Installed OR NOT INNO_SETUP_INSTALL", "NOT WIX_DOWNGRADE_DETECTED"]
    # A per-machine Inno Setup installation (its uninstall key, 64-bit view) is found first.
    (locator,) = _table(msi, "RegLocator")
    assert locator[1:] == ["2", _build_msi_module().INNO_UNINSTALL_KEY, "InstallLocation", "18"]
    assert '#define AppId "A85B549F-B467-50E2-AC2F-2D5A3FDAF581"' in (  # Inno's key is {AppId}_is1
        REPO / "packaging" / "windows" / "kvinnofrid-desktop.iss").read_text(encoding="utf-8-sig")
    # No custom actions at all (wixl writes the table, empty); everything lands in the
    # program folder, not a user's profile.
    assert "CustomAction" not in _tables(msi) or _table(msi, "CustomAction") == []
    directories = {row[0]: row for row in _table(msi, "Directory")}
    assert directories["INSTALLDIR"][1:] == ["ProgramFiles64Folder", "Kvinnofrid Västmanland"]


def test_every_bundle_file_is_in_the_file_table(built: tuple[Path, Path, Path]) -> None:
    bundle, msi, _ = built
    files = _table(msi, "File")
    assert len(files) == len(_tree(bundle)) == len(STAND_IN)
    assert {row[2] for row in files} == {rel.rsplit("/", 1)[-1] for rel in STAND_IN}
    assert {int(row[3]) for row in files} == {len(data) for data in STAND_IN.values()}
    components = _table(msi, "Component")
    assert len(components) == len(files)  # one component per file, the file its key path


def test_msiextract_gives_back_the_tree_byte_for_byte(built: tuple[Path, Path, Path]) -> None:
    bundle, msi, root = built
    out = root / "utpackat"
    subprocess.run(["msiextract", "-C", str(out), str(msi)], capture_output=True, check=True)
    assert _tree(out / "Kvinnofrid Västmanland") == _tree(bundle)


def test_shortcut_icon_and_file_types(built: tuple[Path, Path, Path]) -> None:
    _, msi, _ = built
    (shortcut,) = _table(msi, "Shortcut")
    assert shortcut[1:3] == ["ProgramMenuFolder", "Kvinnofrid Västmanland"]
    assert "Icon" in _tables(msi)
    registry = {(row[2], row[3]): row[4] for row in _table(msi, "Registry")}
    assert registry[(".kvpack", "")] == "KvinnofridVastmanland.Pack"
    assert registry[(".kvpack", "Content Type")] == "application/x-kvinnofrid-pack"
    assert registry[("KvinnofridVastmanland.Pack\\shell\\open\\command", "")].endswith('"%1"')
    # PDF: only offered under "Öppna med", the default reader stays what it was.
    assert ("Software\\Classes\\.pdf\\OpenWithProgids", "KvinnofridVastmanland.Pdf") in registry
    assert not any(key == ".pdf" for key, _ in registry)


def test_component_guids_follow_the_path_so_upgrades_keep_them(
        built: tuple[Path, Path, Path]) -> None:
    module = _build_msi_module()
    _, msi, root = built
    guids = {row[0]: row[1] for row in _table(msi, "Component")}
    exe = module._id("c", "kvinnofrid-desktop.exe")
    assert guids[exe] == "{" + module.component_guid("kvinnofrid-desktop.exe") + "}"
    # The next version: same paths, same component GUIDs; a new ProductCode.
    newer = module.render_wxs(sorted(STAND_IN), "0.2.0", "b/", "i.ico")
    older = (root / "kvinnofrid.wxs").read_text(encoding="utf-8")
    assert sorted(module.component_guid(rel) for rel in STAND_IN) == sorted(
        g.strip("{}") for g in guids.values())
    for rel in STAND_IN:
        assert module.component_guid(rel) in newer and module.component_guid(rel) in older
    assert module.product_code("0.2.0") != module.product_code("0.1.0")
    assert module.component_guid("_internal/A.dll") == module.component_guid("_internal/a.dll")


def test_a_bundle_it_cannot_hold_is_refused_with_the_reason(tmp_path: Path) -> None:
    module = _build_msi_module()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "kvinnofrid-desktop").write_bytes(b"ELF")  # the Linux bundle
    with pytest.raises(module.MsiError, match=r"no kvinnofrid-desktop\.exe"):
        module.build_msi(tmp_path / "b", tmp_path / "x.msi")
    (tmp_path / "b" / "kvinnofrid-desktop.exe").write_bytes(b"MZ")
    (tmp_path / "b" / "日本.txt").write_bytes(b"x")
    with pytest.raises(module.MsiError, match="outside Windows-1252"):
        module.build_msi(tmp_path / "b", tmp_path / "x.msi")
    with pytest.raises(module.MsiError, match="at most 255"):
        module.msi_version("256.0.0")
    assert not (tmp_path / "x.msi").exists()


@pytest.mark.skipif(shutil.which("osslsigncode") is None or shutil.which("openssl") is None,
                    reason="osslsigncode or openssl not installed; signing is not tested")
def test_the_msi_can_be_signed_and_verified_with_osslsigncode(
        built: tuple[Path, Path, Path], tmp_path: Path) -> None:
    """The release step of packaging/README.md with a throw-away certificate."""
    _, msi, _ = built
    key, cert = tmp_path / "kod.key", tmp_path / "kod.crt"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert),
                    "-subj", "/CN=Kvinnofrid test/O=Test", "-addext",
                    "extendedKeyUsage=codeSigning"], capture_output=True, check=True)
    signed = tmp_path / "signerad.msi"
    subprocess.run(["osslsigncode", "sign", "-certs", str(cert), "-key", str(key), "-h", "sha256",
                    "-n", "Kvinnofrid Västmanland", "-in", str(msi), "-out", str(signed)],
                   capture_output=True, check=True)
    verified = subprocess.run(["osslsigncode", "verify", "-CAfile", str(cert), "-in",
                               str(signed)], capture_output=True, text=True, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Signature verification: ok" in verified.stdout
    # The signed MSI is still the same installer.
    assert _table(signed, "File") == _table(msi, "File")
    tampered = tmp_path / "ändrad.msi"
    data = bytearray(signed.read_bytes())
    at = data.find(STAND_IN["_internal/python311.dll"])
    if at < 0:  # compressed in the cabinet: change a byte near the middle instead
        at = len(data) // 2
    data[at] ^= 0xFF
    tampered.write_bytes(bytes(data))
    failed = subprocess.run(["osslsigncode", "verify", "-CAfile", str(cert), "-in",
                             str(tampered)], capture_output=True, text=True, check=False)
    assert failed.returncode != 0


def _windows_pe() -> Path | None:
    """A real Windows executable to sign: pip's own launcher (pip is in every test venv)."""
    try:
        import pip
    except ImportError:
        return None
    candidate = Path(pip.__file__).parent / "_vendor" / "distlib" / "w64.exe"
    return candidate if candidate.is_file() else None


@pytest.mark.skipif(shutil.which("osslsigncode") is None or shutil.which("openssl") is None
                    or _windows_pe() is None,
                    reason="osslsigncode, openssl or a Windows executable to sign is missing")
def test_the_executable_can_be_signed_and_verified_with_osslsigncode(tmp_path: Path) -> None:
    """Step one of the release signing: kvinnofrid-desktop.exe, before the MSI is built."""
    key, cert = tmp_path / "kod.key", tmp_path / "kod.crt"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert),
                    "-subj", "/CN=Kvinnofrid test/O=Test", "-addext",
                    "extendedKeyUsage=codeSigning"], capture_output=True, check=True)
    exe = tmp_path / "kvinnofrid-desktop.exe"
    shutil.copyfile(_windows_pe(), exe)
    signed = tmp_path / "signed" / "kvinnofrid-desktop.exe"
    signed.parent.mkdir()
    subprocess.run(["osslsigncode", "sign", "-certs", str(cert), "-key", str(key), "-h", "sha256",
                    "-n", "Kvinnofrid Västmanland", "-in", str(exe), "-out", str(signed)],
                   capture_output=True, check=True)
    verified = subprocess.run(["osslsigncode", "verify", "-CAfile", str(cert), "-in",
                               str(signed)], capture_output=True, text=True, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    unsigned = subprocess.run(["osslsigncode", "verify", "-in", str(exe)],
                              capture_output=True, text=True, check=False)
    assert unsigned.returncode != 0
