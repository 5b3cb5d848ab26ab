; Qalam's Windows installer (Inno Setup 6.3+). build.py compiles it after PyInstaller, passing:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\Qalam /DOutputDir=dist
;        /DOutputBaseFilename=Qalam-0.1.0-windows-x64-setup /DIconFile=build\icons\qalam.ico qalam.iss
;
; Why Inno Setup and not an MSI (WiX):
; - Most of Qalam's users do not administer their PCs. Inno installs per user without admin
;   rights (into %LOCALAPPDATA%\Programs), and offers an all-users install to those who have them,
;   from one installer. An MSI is per-machine or per-user, not both, without extra work.
; - One short script and one tool (choco install innosetup on CI). WiX needs the ~100 files of
;   the PyInstaller folder harvested into components with stable GUIDs on every build.
; - A smaller download (solid LZMA2), a modern wizard, an uninstaller in Settings ▸ Apps, and
;   upgrades in place (same AppId).
; What an MSI would add is deployment by Group Policy / Intune; if organisations ask for it,
; a WiX MSI can be built from the same folder alongside this.

#ifndef AppVersion
  #error Pass /DAppVersion=... (python .packaging/build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Qalam"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "Qalam-" + AppVersion + "-windows-x64-setup"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\qalam.ico"
#endif

[Setup]
; Never change AppId: it is how a newer installer finds and upgrades an installed Qalam.
AppId={{5B0C8E3A-6F1D-4A7B-9C2E-8D4F1A6B3E71}
AppName=Qalam
AppVersion={#AppVersion}
AppVerName=Qalam {#AppVersion}
AppPublisher=The Qalam team
AppComments=Read, tag and compare news articles offline
DefaultDirName={autopf}\Qalam
DefaultGroupName=Qalam
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Qalam.exe
UninstallDisplayName=Qalam
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no file of the previous version lingers beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Qalam"; Filename: "{app}\Qalam.exe"
Name: "{autodesktop}\Qalam"; Filename: "{app}\Qalam.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Qalam.exe"; Description: "{cm:LaunchProgram,Qalam}"; Flags: nowait postinstall skipifsilent

; The library (%LOCALAPPDATA%\Qalam\library.sqlite) and settings are the user's: uninstalling leaves them.
