"""Turn the one-folder bundle into a per-machine Windows Installer package (MSI) with wixl.

    python packaging/build_msi.py BUNDLE_DIR OUT.msi
    python packaging/build_msi.py dist/kvinnofrid-desktop \
        dist/kvinnofrid-desktop-0.1.0-windows-x86_64.msi --version 0.1.0 --wxs OUT.wxs

Runs where ``wixl`` runs (Debian/Ubuntu: ``apt-get install wixl``, from msitools) – on Linux,
also for the Windows bundle. It writes the WiX source from the bundle's file list and compiles it:

- per-machine (``ALLUSERS=1``) into ``C:\\Program Files\\Kvinnofrid Västmanland`` (``INSTALLDIR``
  may be given to msiexec), a Start-menu shortcut for all users, the program's icon in
  "Installed apps";
- one component per file whose GUID is derived from the file's path in the bundle, so the same
  file keeps its component from version to version; a fixed UpgradeCode and MajorUpgrade: a
  newer MSI replaces an older one in place, an older one refuses to install over a newer;
- the ``.kvpack`` file type (open → the program's import) and "Öppna med" for PDF files;
- no custom actions, no services, nothing written outside the program folder, the Start menu
  and those registry entries; an uninstall leaves every user's settings and content packs;
- it refuses to install over a per-machine installation made with the Inno Setup installer
  (same folder): uninstall that one first.

No network is used. Exit code 0 and the MSI at OUT, or a message naming what is wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg

PRODUCT_NAME = "Kvinnofrid Västmanland"
MANUFACTURER = "Kvinnofrid Västmanland"
EXE_NAME = "kvinnofrid-desktop.exe"
ICON = cfg.REPO / "resources" / "icons" / "se.kvinnofrid_vastmanland.ico"
# Never change these two: the UpgradeCode ties every version together (MajorUpgrade), and the
# namespace makes the component GUIDs; a new value would orphan what older MSIs installed.
UPGRADE_CODE = "6F1B7C52-9A4E-4D8B-B3C1-2E7A5D90F4C8"
GUID_NAMESPACE = uuid.UUID("1e6d4b7a-3c2f-5a81-9d0e-7b4c2a6f8e13")
CODEPAGE = "1252"  # Windows-1252 holds å, ä, ö; wixl writes the tables in this code page
LANGUAGE = "1053"  # Swedish
PACK_PROGID = "KvinnofridVastmanland.Pack"
PDF_PROGID = "KvinnofridVastmanland.Pdf"
# packaging/windows/kvinnofrid-desktop.iss's AppId: a per-machine Inno Setup installation has
# this uninstall key, and the MSI refuses to install over it (same folder, two owners).
INNO_UNINSTALL_KEY = (r"Software\Microsoft\Windows\CurrentVersion\Uninstall"
                      r"\{A85B549F-B467-50E2-AC2F-2D5A3FDAF581}_is1")
INNO_MESSAGE = ("Kvinnofrid Västmanland är redan installerat för alla användare med det andra "
                "installationsprogrammet (Inno Setup). Avinstallera det först.")
PACK_MIME = "application/x-kvinnofrid-pack"  # = packaging/linux/se.kvinnofrid_vastmanland.mime.xml


class MsiError(Exception):
    """The MSI cannot be built; the message says why."""


def msi_version(version: str) -> str:
    """'0.1.0' → '0.1.0'; Windows Installer compares major.minor.build (< 256, < 256, < 65536)."""
    major, minor, build, _ = cfg.version_tuple(version)
    if major > 255 or minor > 255 or build > 65535:
        raise MsiError(f"version {version} does not fit Windows Installer's major.minor.build "
                       "(at most 255.255.65535)")
    return f"{major}.{minor}.{build}"


def component_guid(rel: str) -> str:
    """The component GUID of the bundle file ``rel`` (a/b/c.dll): the same in every build."""
    return str(uuid.uuid5(GUID_NAMESPACE, "file:" + rel.lower())).upper()


def product_code(version: str) -> str:
    """One ProductCode per version (MajorUpgrade needs it to change; rebuilding keeps it)."""
    return str(uuid.uuid5(GUID_NAMESPACE, "product:" + msi_version(version))).upper()


def _id(prefix: str, rel: str) -> str:
    return prefix + hashlib.sha256(rel.lower().encode("utf-8")).hexdigest()[:32]


def bundle_files(bundle: Path) -> list[str]:
    """Every regular file under ``bundle`` as a relative POSIX path, sorted; checks the names."""
    files = []
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(bundle).as_posix()
        if path.is_symlink():
            raise MsiError(f"{rel}: a symbolic link; an MSI holds files only")
        if path.is_file():
            files.append(rel)
    if not files:
        raise MsiError(f"{bundle} holds no files")
    seen: dict[str, str] = {}
    for rel in files:
        try:
            rel.encode("cp" + CODEPAGE)
        except UnicodeEncodeError:
            raise MsiError(f"{rel}: the name has a character outside Windows-{CODEPAGE}, the MSI's "
                           "code page") from None
        if (other := seen.setdefault(rel.lower(), rel)) != rel:
            raise MsiError(f"{rel} and {other} are one file on Windows (names differ only in case)")
    return files


def render_wxs(files: list[str], version: str, source_prefix: str, icon: str, *,
               exe: str = EXE_NAME) -> str:
    """The WiX source; ``source_prefix`` is prepended to each bundle path (relative to wixl's
    working folder), ``icon`` is the icon file's path relative to it."""
    if exe not in files:
        raise MsiError(f"the bundle has no {exe} at its top (is it the Windows bundle?)")
    tree: dict[str, dict] = {}
    for rel in files:
        node = tree
        for part in rel.split("/")[:-1]:
            node = node.setdefault(part + "/", {})
        node[rel] = None
    exe_id = _id("f", exe)
    out: list[str] = []
    components: list[str] = []

    def q(text: str) -> str:
        return quoteattr(text)

    def walk(node: dict, indent: str, parent_rel: str) -> None:
        for name in sorted(k for k in node if not k.endswith("/")):
            cid, fid = _id("c", name), _id("f", name)
            components.append(cid)
            base = name.rsplit("/", 1)[-1]
            source = source_prefix + name
            out.append(f'{indent}<Component Id="{cid}" Guid="{component_guid(name)}" Win64="yes">')
            if name != exe:
                out.append(f"{indent}  <File Id={q(fid)} Name={q(base)} Source={q(source)} "
                           'KeyPath="yes"/>')
            else:
                out.extend([
                    f"{indent}  <File Id={q(fid)} Name={q(base)} Source={q(source)} "
                    'KeyPath="yes">',
                    f'{indent}    <Shortcut Id="StartMenuShortcut" Directory="ProgramMenuFolder" '
                    f'Name={q(PRODUCT_NAME)} Description="Stöd i arbetet mot våld i nära '
                    'relationer" WorkingDirectory="INSTALLDIR" Icon="ProductIcon" '
                    'Advertise="yes"/>',
                    f"{indent}  </File>",
                    # .kvpack: the program's own file type; double-click opens the import.
                    f'{indent}  <ProgId Id="{PACK_PROGID}" '
                    'Description="Innehållspaket för Kvinnofrid Västmanland">',
                    f'{indent}    <Extension Id="kvpack" ContentType="{PACK_MIME}">',
                    f'{indent}      <Verb Id="open" Command="Öppna" TargetFile={q(exe_id)} '
                    'Argument="&quot;%1&quot;"/>',
                    f"{indent}    </Extension>",
                    f"{indent}  </ProgId>",
                    # PDF: offered under "Öppna med", never made the default reader.
                    f'{indent}  <RegistryValue Root="HKLM" '
                    f'Key="Software\\Classes\\{PDF_PROGID}" Type="string" '
                    'Value="PDF-dokument (Kvinnofrid Västmanland)"/>',
                    f'{indent}  <RegistryValue Root="HKLM" '
                    f'Key="Software\\Classes\\{PDF_PROGID}\\shell\\open\\command" Type="string" '
                    f'Value="&quot;[#{exe_id}]&quot; &quot;%1&quot;"/>',
                    f'{indent}  <RegistryValue Root="HKLM" '
                    'Key="Software\\Classes\\.pdf\\OpenWithProgids" '
                    f'Name="{PDF_PROGID}" Type="string" Value=""/>',
                ])
            out.append(f"{indent}</Component>")
        for folder in sorted(k for k in node if k.endswith("/")):
            rel = parent_rel + folder
            out.append(f'{indent}<Directory Id="{_id("d", rel)}" Name={q(folder[:-1])}>')
            walk(node[folder], indent + "  ", rel)
            out.append(f"{indent}</Directory>")

    walk(tree, " " * 10, "")
    v = msi_version(version)
    head = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by packaging/build_msi.py from the bundle's file list; compiled with wixl. -->
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="{product_code(version)}" Name={q(PRODUCT_NAME)} Language="{LANGUAGE}"
           Codepage="{CODEPAGE}" Version="{v}" Manufacturer={q(MANUFACTURER)}
           UpgradeCode="{UPGRADE_CODE}">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine"
             InstallPrivileges="elevated" SummaryCodepage="{CODEPAGE}" Languages="{LANGUAGE}"
             Description={q(f"{PRODUCT_NAME} {v}")} Manufacturer={q(MANUFACTURER)}
             Comments="Stöd i arbetet mot våld i nära relationer – fungerar utan internet"/>
    <Property Id="INNO_SETUP_INSTALL">
      <RegistrySearch Id="InnoSetupInstall" Root="HKLM" Key={q(INNO_UNINSTALL_KEY)}
                      Name="InstallLocation" Type="raw" Win64="yes"/>
    </Property>
    <Condition Message={q(INNO_MESSAGE)}>Installed OR NOT INNO_SETUP_INSTALL</Condition>
    <MajorUpgrade
      DowngradeErrorMessage="En nyare version av Kvinnofrid Västmanland är redan installerad."/>
    <Media Id="1" Cabinet="kvinnofrid.cab" EmbedCab="yes"/>
    <Icon Id="ProductIcon" SourceFile={q(icon)}/>
    <Property Id="ARPPRODUCTICON" Value="ProductIcon"/>
    <Property Id="ARPNOMODIFY" Value="1"/>
    <Property Id="ARPCOMMENTS" Value="Stöd i arbetet mot våld i nära relationer"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLDIR" Name={q(PRODUCT_NAME)}>"""
    tail = f"""        </Directory>
      </Directory>
      <Directory Id="ProgramMenuFolder"/>
    </Directory>
    <Feature Id="Program" Level="1" Title={q(PRODUCT_NAME)} Absent="disallow">
{chr(10).join(f'      <ComponentRef Id="{c}"/>' for c in components)}
    </Feature>
  </Product>
</Wix>
"""
    return "\n".join([head, *out, tail])


def find_wixl() -> str:
    wixl = shutil.which("wixl")
    if wixl is None:
        raise MsiError("wixl was not found: install it (Debian/Ubuntu: apt-get install wixl)")
    return wixl


def build_msi(bundle: Path, out: Path, *, version: str | None = None,
              wxs_out: Path | None = None) -> Path:
    """Write ``out``; return it. Raises MsiError."""
    bundle, out = bundle.resolve(), out.resolve()
    if not bundle.is_dir():
        raise MsiError(f"{bundle} is not a folder (build the bundle first: packaging/build.py)")
    version = version or cfg.program_version()
    files = bundle_files(bundle)
    wixl = find_wixl()
    with tempfile.TemporaryDirectory(prefix="kvinnofrid-msi-") as tmp:
        work = Path(tmp)
        shutil.copyfile(ICON, work / "product.ico")
        # wixl takes sources relative to its working folder (absolute paths are refused).
        prefix = os.path.relpath(bundle, work).replace(os.sep, "/") + "/"
        wxs = work / "kvinnofrid-desktop.wxs"
        wxs.write_text(render_wxs(files, version, prefix, "product.ico"), encoding="utf-8")
        if wxs_out is not None:
            shutil.copyfile(wxs, wxs_out)
        partial = work / "out.msi"
        result = subprocess.run([wixl, "--arch", "x64", "-o", str(partial), str(wxs)],
                                cwd=work, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not partial.is_file():
            raise MsiError(f"wixl failed (exit {result.returncode}):\n{result.stderr.strip()}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(partial, out.with_name(out.name + ".tmp"))
        os.replace(out.with_name(out.name + ".tmp"), out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/kvinnofrid-desktop)")
    parser.add_argument("out", type=Path, help="the MSI to write")
    parser.add_argument("--version", help="product version (default: the package's)")
    parser.add_argument("--wxs", type=Path, help="also keep the generated WiX source here")
    args = parser.parse_args(argv)
    try:
        out = build_msi(args.bundle, args.out, version=args.version, wxs_out=args.wxs)
    except MsiError as exc:
        print(f"build_msi: {exc}", file=sys.stderr)
        return 1
    print(f"{out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
