; The Windows installer of the Internet-Client: per machine into Program Files, its pages and Start-menu
; shortcuts in the clerk's language (Kazakh, Russian or English), IT's deployment file put into ProgramData, an
; uninstaller registered in Apps & features, and a silent mode for IT's deployment tools.
;
;   python installer\nsis.py --payload dist\bsclient        (runs makensis with the package's version)
;   makensis -NOCD -DVERSION=0.1.0 -DPAYLOAD=dist\bsclient -DOUTFILE=dist\bsclient-0.1.0-setup.exe ^
;            -DICON=bsclient\ui\icons\bsclient.ico installer\windows\bsclient.nsi
;
; Silent, for IT (the exit code is 0 when installed, 2 when the deployment file is missing or not .toml/.ini):
;   bsclient-0.1.0-setup.exe /S /DEPLOYMENT=\\server\it\bsclient-deployment.toml [/LANGUAGE=kk|ru|en] [/D=C:\Path]
;   "C:\Program Files\Internet-Client\uninstall.exe" /S
; Compile-time paths use "/", which makensis reads on Windows and on Linux alike.
Unicode true

!ifndef VERSION
  !error "give the version: -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "give the bundle folder: -DPAYLOAD=dist\bsclient"
!endif
!ifndef OUTFILE
  !define OUTFILE "bsclient-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "../../bsclient/ui/icons/bsclient.ico"  ; makensis works in the script's folder
!endif

!define APP "Internet-Client"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\bsclient"
; where the client looks for the deployment file on Windows (platformdirs' site_config_dir)
!define DEPLOYMENT_DIR "$APPDATA\bsclient"  ; with SetShellVarContext all: C:\ProgramData\bsclient

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
!macro VERSION_INFO LANG PRODUCT DESCRIPTION
  VIAddVersionKey /LANG=${LANG} "ProductName" "${PRODUCT}"
  VIAddVersionKey /LANG=${LANG} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "FileDescription" "${DESCRIPTION}"
  VIAddVersionKey /LANG=${LANG} "CompanyName" "${APP}"
  VIAddVersionKey /LANG=${LANG} "LegalCopyright" "Internet-Client authors"
!macroend

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
; NSIS ships no Kazakh pages: ours are Kazakh.nlf (the buttons and messages) and Kazakh.nsh (the Modern UI's
; titles and texts) beside this script
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}" "Kazakh"

!insertmacro VERSION_INFO ${LANG_ENGLISH} "${APP}" "${APP} setup"
!insertmacro VERSION_INFO ${LANG_RUSSIAN} "Интернет-Клиент" "Установка Интернет-Клиента"
!insertmacro VERSION_INFO ${LANG_KAZAKH} "Интернет-Клиент" "Интернет-Клиентті орнату"

Var ClerkLanguage    ; kk, ru or en: the pages and the shortcuts' names
Var Deployment       ; IT's deployment file (/DEPLOYMENT=), or empty
Var DeploymentExt    ; toml or ini
Var NameApp
Var NameCheck
Var NameUninstall

; the installer's own messages, in the language chosen first thing in .onInit
LangString MSG_NEEDS_64BIT ${LANG_ENGLISH} "${APP} needs 64-bit Windows."
LangString MSG_NEEDS_64BIT ${LANG_RUSSIAN} "Интернет-Клиенту нужна 64-разрядная Windows."
LangString MSG_NEEDS_64BIT ${LANG_KAZAKH} "Интернет-Клиентке 64 разрядты Windows қажет."
LangString MSG_DEPLOYMENT_MISSING ${LANG_ENGLISH} "The deployment file $Deployment was not found. Check the path given after /DEPLOYMENT=."
LangString MSG_DEPLOYMENT_MISSING ${LANG_RUSSIAN} "Файл развёртывания $Deployment не найден. Проверьте путь после /DEPLOYMENT=."
LangString MSG_DEPLOYMENT_MISSING ${LANG_KAZAKH} "$Deployment орналастыру файлы табылмады. /DEPLOYMENT= кейінгі жолды тексеріңіз."
LangString MSG_DEPLOYMENT_TYPE ${LANG_ENGLISH} "The deployment file must be a .toml or .ini file: $Deployment"
LangString MSG_DEPLOYMENT_TYPE ${LANG_RUSSIAN} "Файл развёртывания должен быть файлом .toml или .ini: $Deployment"
LangString MSG_DEPLOYMENT_TYPE ${LANG_KAZAKH} "Орналастыру файлы .toml немесе .ini файлы болуы керек: $Deployment"

Function .onInit
  SetRegView 64
  SetShellVarContext all
  ${GetParameters} $R0

  ClearErrors
  ${GetOptions} $R0 "/LANGUAGE=" $ClerkLanguage
  ${If} ${Errors}
    System::Call 'kernel32::GetUserDefaultUILanguage() i .r0'
    ${If} $0 = 1087
      StrCpy $ClerkLanguage "kk"
    ${ElseIf} $0 = 1049
      StrCpy $ClerkLanguage "ru"
    ${Else}
      StrCpy $ClerkLanguage "en"
    ${EndIf}
  ${EndIf}

  ${If} $ClerkLanguage == "kk"
    StrCpy $LANGUAGE ${LANG_KAZAKH}
    StrCpy $NameApp "Интернет-Клиент"
    StrCpy $NameCheck "Жұмыс орнын тексеру"
    StrCpy $NameUninstall "Интернет-Клиентті жою"
  ${ElseIf} $ClerkLanguage == "ru"
    StrCpy $LANGUAGE ${LANG_RUSSIAN}
    StrCpy $NameApp "Интернет-Клиент"
    StrCpy $NameCheck "Проверка рабочего места"
    StrCpy $NameUninstall "Удалить Интернет-Клиент"
  ${Else}
    StrCpy $LANGUAGE ${LANG_ENGLISH}
    StrCpy $NameApp "Internet-Client"
    StrCpy $NameCheck "Workplace check"
    StrCpy $NameUninstall "Uninstall Internet-Client"
  ${EndIf}

  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(MSG_NEEDS_64BIT)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}

  ClearErrors
  ${GetOptions} $R0 "/DEPLOYMENT=" $Deployment
  ${If} ${Errors}
    StrCpy $Deployment ""
  ${Else}
    ${GetFileExt} "$Deployment" $DeploymentExt
    ${IfNot} ${FileExists} "$Deployment"
      MessageBox MB_ICONSTOP "$(MSG_DEPLOYMENT_MISSING)" /SD IDOK
      SetErrorLevel 2
      Abort
    ${ElseIf} $DeploymentExt != "toml"
    ${AndIf} $DeploymentExt != "ini"
      MessageBox MB_ICONSTOP "$(MSG_DEPLOYMENT_TYPE)" /SD IDOK
      SetErrorLevel 2
      Abort
    ${EndIf}
  ${EndIf}

FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; the previous version's libraries go first: a bundle's files change between versions
  RMDir /r "$INSTDIR\_internal"
  File "${PAYLOAD}/bsclient.exe"
  File "${PAYLOAD}/bsclient-doctor.exe"
  File /r "${PAYLOAD}/_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\$NameApp"
  CreateShortcut "$SMPROGRAMS\$NameApp\$NameApp.lnk" "$INSTDIR\bsclient.exe" "" "$INSTDIR\bsclient.exe" 0
  ; the checks print to a console that stays open
  CreateShortcut "$SMPROGRAMS\$NameApp\$NameCheck.lnk" "$SYSDIR\cmd.exe" '/k ""$INSTDIR\bsclient-doctor.exe""' "$INSTDIR\bsclient.exe" 0
  CreateShortcut "$SMPROGRAMS\$NameApp\$NameUninstall.lnk" "$INSTDIR\uninstall.exe"

  ${If} $Deployment != ""
    CreateDirectory "${DEPLOYMENT_DIR}"
    Delete "${DEPLOYMENT_DIR}\bsclient-deployment.toml"
    Delete "${DEPLOYMENT_DIR}\bsclient-deployment.ini"
    CopyFiles /SILENT "$Deployment" "${DEPLOYMENT_DIR}\bsclient-deployment.$DeploymentExt"
  ${EndIf}

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "$NameApp"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Internet-Client authors"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bsclient.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "StartMenuFolder" "$NameApp"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallerLanguage" "$LANGUAGE"  ; the uninstaller's pages speak it too
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallerLanguage"
  ${If} $0 != ""
    StrCpy $LANGUAGE $0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "StartMenuFolder"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0\*.lnk"
    RMDir "$SMPROGRAMS\$0"
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\bsclient.exe"
  Delete "$INSTDIR\bsclient-doctor.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; The deployment file in ProgramData is IT's and stays for the next installation; the clerks' settings,
  ; documents and logs are in their own profiles.
SectionEnd
