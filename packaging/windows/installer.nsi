; The Mews Monitor installer for Windows 10 and 11: per user, no administrator rights.
;
; Built by packaging/windows/build:
;   makensis -DVERSION=0.1.0 -DEXE=mews-monitor.exe -DICON=icon.ico -DOUTFILE=setup.exe installer.nsi
;
; It writes, and its uninstaller removes exactly:
;   %LOCALAPPDATA%\Programs\Mews Monitor\mews-monitor.exe and uninstall.exe
;   the Start-menu shortcut "Mews Monitor" (with the AppUserModelID notifications need)
;   HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\MewsMonitor (Apps & features)
;   HKCU\Software\Microsoft\Windows\CurrentVersion\Run, value "Mews Monitor" (only if chosen)
;   and, when the first install had to create them, the Programs folder and the Uninstall key
;   (removed only when empty)
; History and settings (%APPDATA%\mews-monitor, %LOCALAPPDATA%\mews-monitor) are the app's:
; the uninstaller keeps them unless asked (a tick box, or /REMOVEDATA when silent).
;
; Silent: mews-monitor-setup.exe /S [/AUTOSTART] [/D=folder]
;         uninstall.exe /S [/REMOVEDATA]

!ifndef VERSION | EXE | ICON | OUTFILE
  !error "define VERSION, EXE, ICON and OUTFILE (see packaging/windows/build)"
!endif

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define APP "Mews Monitor"
!define APP_EXE "mews-monitor.exe"
!define APP_USER_MODEL_ID "MewsMonitor.Desktop"
!define SHORTCUT "$SMPROGRAMS\${APP}.lnk"
!define UNINSTALL_PARENT "Software\Microsoft\Windows\CurrentVersion\Uninstall"
!define UNINSTALL_KEY "${UNINSTALL_PARENT}\MewsMonitor"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT licence"

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include Sections.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(OpenNow)"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
; The pages speak the user's display language when it is one of the app's ten
; (the first listed, English, otherwise).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Italian"
!insertmacro MUI_LANGUAGE "Portuguese"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "Czech"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "Japanese"

; The installer's own words, in each language.
LangString OpenNow ${LANG_ENGLISH} "Open ${APP} now"
LangString OpenNow ${LANG_GERMAN} "${APP} jetzt öffnen"
LangString OpenNow ${LANG_FRENCH} "Ouvrir ${APP} maintenant"
LangString OpenNow ${LANG_SPANISH} "Abrir ${APP} ahora"
LangString OpenNow ${LANG_ITALIAN} "Apri ${APP} ora"
LangString OpenNow ${LANG_PORTUGUESE} "Abrir o ${APP} agora"
LangString OpenNow ${LANG_DUTCH} "${APP} nu openen"
LangString OpenNow ${LANG_CZECH} "Otevřít ${APP} nyní"
LangString OpenNow ${LANG_POLISH} "Otwórz ${APP} teraz"
LangString OpenNow ${LANG_JAPANESE} "今すぐ ${APP} を開く"
LangString AutostartSection ${LANG_ENGLISH} "Start ${APP} when I log in"
LangString AutostartSection ${LANG_GERMAN} "${APP} bei der Anmeldung starten"
LangString AutostartSection ${LANG_FRENCH} "Lancer ${APP} à l’ouverture de session"
LangString AutostartSection ${LANG_SPANISH} "Iniciar ${APP} al iniciar sesión"
LangString AutostartSection ${LANG_ITALIAN} "Avvia ${APP} all’accesso"
LangString AutostartSection ${LANG_PORTUGUESE} "Iniciar o ${APP} ao iniciar sessão"
LangString AutostartSection ${LANG_DUTCH} "${APP} starten bij aanmelden"
LangString AutostartSection ${LANG_CZECH} "Spustit ${APP} po přihlášení"
LangString AutostartSection ${LANG_POLISH} "Uruchamiaj ${APP} po zalogowaniu"
LangString AutostartSection ${LANG_JAPANESE} "ログイン時に ${APP} を起動する"
LangString RemoveDataSection ${LANG_ENGLISH} "Also remove history and settings"
LangString RemoveDataSection ${LANG_GERMAN} "Auch Verlauf und Einstellungen entfernen"
LangString RemoveDataSection ${LANG_FRENCH} "Supprimer aussi l’historique et les réglages"
LangString RemoveDataSection ${LANG_SPANISH} "Eliminar también el historial y la configuración"
LangString RemoveDataSection ${LANG_ITALIAN} "Rimuovi anche cronologia e impostazioni"
LangString RemoveDataSection ${LANG_PORTUGUESE} "Remover também o histórico e as definições"
LangString RemoveDataSection ${LANG_DUTCH} "Ook geschiedenis en instellingen verwijderen"
LangString RemoveDataSection ${LANG_CZECH} "Odstranit také historii a nastavení"
LangString RemoveDataSection ${LANG_POLISH} "Usuń także historię i ustawienia"
LangString RemoveDataSection ${LANG_JAPANESE} "履歴と設定も削除する"
LangString NoAppId ${LANG_ENGLISH} "The shortcut has no AppUserModelID (error $9): alerts show in the app only."
LangString NoAppId ${LANG_GERMAN} "Die Verknüpfung hat keine AppUserModelID (Fehler $9): Hinweise erscheinen nur in der App."
LangString NoAppId ${LANG_FRENCH} "Le raccourci n’a pas d’AppUserModelID (erreur $9) : les alertes s’affichent seulement dans l’application."
LangString NoAppId ${LANG_SPANISH} "El acceso directo no tiene AppUserModelID (error $9): los avisos solo se ven en la aplicación."
LangString NoAppId ${LANG_ITALIAN} "Il collegamento non ha un AppUserModelID (errore $9): gli avvisi compaiono solo nell’app."
LangString NoAppId ${LANG_PORTUGUESE} "O atalho não tem AppUserModelID (erro $9): os alertas só aparecem na aplicação."
LangString NoAppId ${LANG_DUTCH} "De snelkoppeling heeft geen AppUserModelID (fout $9): meldingen verschijnen alleen in de app."
LangString NoAppId ${LANG_CZECH} "Zástupce nemá AppUserModelID (chyba $9): upozornění se zobrazí jen v aplikaci."
LangString NoAppId ${LANG_POLISH} "Skrót nie ma AppUserModelID (błąd $9): alerty pojawiają się tylko w aplikacji."
LangString NoAppId ${LANG_JAPANESE} "ショートカットに AppUserModelID がありません (エラー $9)。通知はアプリ内にのみ表示されます。"

; Puts the AppUserModelID on a shortcut: $0 the shortcut, $1 the id. Windows shows desktop
; notifications only for an app whose Start-menu shortcut carries the id the app uses.
; COM, through the System plugin: IShellLinkW -> IPersistFile::Load, IPropertyStore::SetValue
; (PKEY_AppUserModel_ID, VT_LPWSTR) and Commit, IPersistFile::Save. $9 ends as 0 on success.
Function SetShortcutAppId
  System::Call 'ole32::CoCreateInstance(g "{00021401-0000-0000-C000-000000000046}", p 0, i 1, g "{000214F9-0000-0000-C000-000000000046}", *p .r2) i .r9'
  ${If} $9 <> 0
    Return
  ${EndIf}
  System::Call '$2->0(g "{0000010b-0000-0000-C000-000000000046}", *p .r3) i .r9'
  ${If} $9 = 0
    System::Call '$3->5(w r0, i 2) i .r9'
    ${If} $9 = 0
      System::Call '$2->0(g "{886d8eeb-8cf2-4446-8d02-cdba1dbdcf99}", *p .r4) i .r9'
      ${If} $9 = 0
        System::Call '*(&w64 r1) p .r5'
        System::Call '*(g "{9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}", i 5) p .r6'
        System::Call '*(&i2 31, &i2 0, &i2 0, &i2 0, p r5, p 0) p .r7'
        System::Call '$4->6(p r6, p r7) i .r9'
        ${If} $9 = 0
          System::Call '$4->7() i .r9'
        ${EndIf}
        ${If} $9 = 0
          System::Call '$3->6(p 0, i 1) i .r9'
        ${EndIf}
        System::Call '$4->2()'
        System::Free $7
        System::Free $6
        System::Free $5
      ${EndIf}
    ${EndIf}
    System::Call '$3->2()'
  ${EndIf}
  System::Call '$2->2()'
FunctionEnd

Section "${APP}" SecApp
  SectionIn RO
  ; What this install creates beyond its own folder and key, noted (first install only) so
  ; the uninstaller removes that too and nothing that was there before: the folder that holds
  ; the program's folder (%LOCALAPPDATA%\Programs is new on many PCs) and the per-user
  ; Uninstall key that holds ours.
  ${GetParent} "$INSTDIR" $R0
  ${IfNot} ${FileExists} "$R0\*.*"
    StrCpy $R8 "$R0"
  ${Else}
    StrCpy $R8 ""
  ${EndIf}
  ClearErrors
  EnumRegKey $R1 HKCU "${UNINSTALL_PARENT}" 0
  ${If} ${Errors}
    StrCpy $R9 1
  ${Else}
    StrCpy $R9 ""
  ${EndIf}
  SetOutPath "$INSTDIR"
  File "/oname=${APP_EXE}" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 SW_SHOWNORMAL "" "${APP}"
  StrCpy $0 "${SHORTCUT}"
  StrCpy $1 "${APP_USER_MODEL_ID}"
  Call SetShortcutAppId
  ${If} $9 <> 0
    DetailPrint "$(NoAppId)"
  ${EndIf}

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${APP_EXE}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  ${If} $R8 != ""
    WriteRegStr HKCU "${UNINSTALL_KEY}" "CreatedFolder" "$R8"
  ${EndIf}
  ${If} $R9 == 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "CreatedUninstallKey" 1
  ${EndIf}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; Reinstalling without autostart takes away an earlier one (the next section puts it back
  ; when chosen): the result is always what was asked.
  DeleteRegValue HKCU "${RUN_KEY}" "${APP}"
SectionEnd

Section /o "$(AutostartSection)" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${APP}" '"$INSTDIR\${APP_EXE}"'
SectionEnd

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AUTOSTART" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecAutostart}
  ${EndIf}
FunctionEnd

Section "un.${APP}" SecUnApp
  SectionIn RO
  ReadRegStr $R8 HKCU "${UNINSTALL_KEY}" "CreatedFolder"
  ReadRegDWORD $R9 HKCU "${UNINSTALL_KEY}" "CreatedUninstallKey"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; Only if empty: other programs may have been installed there since.
  ${If} $R8 != ""
    RMDir "$R8"
  ${EndIf}
  Delete "${SHORTCUT}"
  DeleteRegValue HKCU "${RUN_KEY}" "${APP}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ${If} $R9 = 1
    DeleteRegKey /ifempty HKCU "${UNINSTALL_PARENT}"
  ${EndIf}
SectionEnd

Section /o "un.$(RemoveDataSection)" SecUnData
  RMDir /r "$APPDATA\mews-monitor"
  RMDir /r "$LOCALAPPDATA\mews-monitor"
SectionEnd

Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecUnData}
  ${EndIf}
FunctionEnd
