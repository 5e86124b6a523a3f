; Inno Setup 6 script: the Windows installer of Kvinnofrid Västmanland.
;
;   python packaging\build.py                                  (makes dist\kvinnofrid-desktop\)
;   iscc /DAppVersion=0.1.0 packaging\windows\kvinnofrid-desktop.iss
;   -> dist\kvinnofrid-desktop-0.1.0-windows-x86_64-setup.exe
;
; Without admin rights it installs for the current user only, in
; %LOCALAPPDATA%\Programs\Kvinnofrid Västmanland (the default). IT installs for every user of the
; machine, in C:\Program Files\Kvinnofrid Västmanland, with /ALLUSERS (or from the dialog).
;
; Silent installation (for software distribution, SCCM/Intune, a login script):
;   kvinnofrid-desktop-0.1.0-windows-x86_64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
;   … /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER           (one user, no admin rights)
;   … /DIR="D:\Program\Kvinnofrid Västmanland"  /LOG="C:\Temp\kvinnofrid-setup.log"  /LANG=sv|en
;   /TASKS="desktopicon"  adds a desktop shortcut;  /NOICONS  no Start-menu entry
; Silent uninstall:
;   "C:\Program Files\Kvinnofrid Västmanland\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Exit code 0 means success (see Inno Setup's "Setup Exit Codes").
;
; Settings (%APPDATA%) and installed content packs (%LOCALAPPDATA%) are never removed.
; This file is UTF-8 with a byte-order mark (Inno Setup needs the BOM for å, ä, ö).

#define AppName "Kvinnofrid Västmanland"
#define AppPublisher "Kvinnofrid Västmanland"
#define AppExeName "kvinnofrid-desktop.exe"
#define AppId "A85B549F-B467-50E2-AC2F-2D5A3FDAF581"

; The one-folder bundle made by packaging\build.py; /DBundleDir=... overrides.
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\kvinnofrid-desktop"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#if !FileExists(AddBackslash(BundleDir) + AppExeName)
  #error The bundle is missing: run "python packaging\build.py" first (looked for BundleDir\kvinnofrid-desktop.exe)
#endif
; The version comes from the executable's version resource (written by build.py) unless given.
#define FileVersion GetVersionNumbersString(AddBackslash(BundleDir) + AppExeName)
#ifndef AppVersion
  #define AppVersion GetFileVersionString(AddBackslash(BundleDir) + AppExeName)
#endif

[Setup]
AppId={{{#AppId}}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Stöd i arbetet mot våld i nära relationer – fungerar utan internet
VersionInfoVersion={#FileVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} – installationsprogram

; Per-user by default, no admin rights; per-machine on request (/ALLUSERS or the dialog).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes

; 64-bit Windows 10 1809 or later (what Qt 6 supports).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763

SetupIconFile={#SourcePath}..\..\resources\icons\se.kvinnofrid_vastmanland.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

; Relative paths below ([Files] Source) are relative to SourceDir, the bundle.
SourceDir={#BundleDir}
OutputDir={#OutputDir}
OutputBaseFilename=kvinnofrid-desktop-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "sv"; MessagesFile: "compiler:Default.isl,{#SourcePath}Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime, so no file of the previous version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "Stöd i arbetet mot våld i nära relationer"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
