; The installer of Jaarplanner for one user, without administrator rights.
; Built by packaging/build.py:
;   makensis -DVERSION=0.1.0 -DPUBLISHER=... -DSOURCE=dist\Jaarplanner -DEXE=Jaarplanner.exe
;            -DICON=resources\icons\jaarplanner.ico -DOUTFILE=dist\Jaarplanner-0.1.0-setup.exe
;            packaging\installer.nsi
; Silent:  Jaarplanner-0.1.0-setup.exe /S [/D=C:\path]   Uninstall:  Uninstall.exe /S
;
; The program goes to %LOCALAPPDATA%\Programs\Jaarplanner. The user's data (databases,
; backups, settings) lives in %LOCALAPPDATA%\Jaarplanner and the registry key of Qt's
; settings: neither an upgrade nor the uninstaller ever touches them.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION | PUBLISHER | SOURCE | EXE | ICON | OUTFILE
  !error "Define VERSION, PUBLISHER, SOURCE, EXE, ICON and OUTFILE (packaging/build.py does)"
!endif

!define APP "Jaarplanner"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define APP_KEY "Software\${APP}\Installer"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
!ifdef UNCOMPRESSED  ; for the tests, which only check that the script compiles
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "Installatie van ${APP}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "${PUBLISHER}"

LangString StillRunning ${LANG_DUTCH} "Jaarplanner is nog geopend. Sluit het programma en kies Opnieuw."
LangString StillRunning ${LANG_ENGLISH} "Jaarplanner is still open. Close it and choose Retry."

Function .onInit
  ; a silent install is Dutch, like the program; otherwise ask when Windows is not Dutch
  IfSilent done
  !insertmacro MUI_LANGDLL_DISPLAY
  done:
FunctionEnd

; Remove the old program files (never anything else): the executable, the uninstaller and
; PyInstaller's _internal folder. Refuses, with a question, while the program is running.
!macro RemoveProgramFiles
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE}"
  IfErrors 0 removed
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 2
    Quit
  removed:
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
!macroend

Section "${APP}"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro RemoveProgramFiles
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveProgramFiles
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir "$INSTDIR"  ; only when empty: whatever else is there stays
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
