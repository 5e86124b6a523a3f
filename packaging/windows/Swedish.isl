; Swedish messages for the Kvinnofrid Västmanland installer (Inno Setup 6).
;
; Used on top of the English defaults: MessagesFile: "compiler:Default.isl,Swedish.isl", so any
; message not translated here (rare error texts) is shown in English instead of failing the build.
; Written for this project (Inno Setup ships no official Swedish translation). UTF-8 with BOM.

[LangOptions]
LanguageName=Svenska
LanguageID=$041D
LanguageCodePage=1252

[Messages]

; *** Application titles
SetupAppTitle=Installationsprogram
SetupWindowTitle=Installera %1
UninstallAppTitle=Avinstallera
UninstallAppFullTitle=Avinstallera %1

; *** Misc. common
InformationTitle=Information
ConfirmTitle=Bekräfta
ErrorTitle=Fel

; *** SetupLdr messages
SetupLdrStartupMessage=Detta installerar %1. Vill du fortsätta?
LdrCannotCreateTemp=Kunde inte skapa en tillfällig fil. Installationen avbröts
LdrCannotExecTemp=Kunde inte köra en fil i den tillfälliga mappen. Installationen avbröts

; *** Startup error messages
InvalidParameter=En ogiltig parameter angavs på kommandoraden:%n%n%1
SetupAlreadyRunning=Installationsprogrammet körs redan.
WindowsVersionNotSupported=Programmet fungerar inte med den version av Windows som finns på datorn.
OnlyOnTheseArchitectures=Programmet kan bara installeras på Windows för följande processorarkitekturer:%n%n%1
WinVersionTooLowError=Programmet kräver %1 version %2 eller senare.
AdminPrivilegesRequired=Du måste vara inloggad som administratör för att installera programmet.
SetupAppRunningError=%1 är igång.%n%nStäng alla fönster med programmet och klicka på OK för att fortsätta, eller Avbryt för att avsluta.
UninstallAppRunningError=%1 är igång.%n%nStäng alla fönster med programmet och klicka på OK för att fortsätta, eller Avbryt för att avsluta.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Välj typ av installation
PrivilegesRequiredOverrideInstruction=Välj typ av installation
PrivilegesRequiredOverrideText1=%1 kan installeras för alla användare (kräver administratörsbehörighet) eller bara för dig.
PrivilegesRequiredOverrideText2=%1 kan installeras bara för dig eller för alla användare (kräver administratörsbehörighet).
PrivilegesRequiredOverrideAllUsers=Installera för &alla användare
PrivilegesRequiredOverrideAllUsersRecommended=Installera för &alla användare (rekommenderas)
PrivilegesRequiredOverrideCurrentUser=Installera bara för &mig
PrivilegesRequiredOverrideCurrentUserRecommended=Installera bara för &mig (rekommenderas)

; *** Misc. errors
ErrorCreatingDir=Installationsprogrammet kunde inte skapa mappen "%1"

; *** Setup common messages
ExitSetupTitle=Avsluta installationen
ExitSetupMessage=Installationen är inte klar. Om du avslutar nu installeras inte programmet.%n%nDu kan köra installationsprogrammet igen en annan gång.%n%nVill du avsluta?
AboutSetupMenuItem=&Om installationsprogrammet …
AboutSetupTitle=Om installationsprogrammet

; *** Buttons
ButtonBack=< &Tillbaka
ButtonNext=&Nästa >
ButtonInstall=&Installera
ButtonOK=OK
ButtonCancel=Avbryt
ButtonYes=&Ja
ButtonYesToAll=Ja till &alla
ButtonNo=&Nej
ButtonNoToAll=N&ej till alla
ButtonFinish=&Slutför
ButtonBrowse=&Bläddra …
ButtonWizardBrowse=B&läddra …
ButtonNewFolder=&Skapa ny mapp

; *** "Select Language" dialog messages
SelectLanguageTitle=Välj språk för installationen
SelectLanguageLabel=Välj vilket språk installationen ska använda.

; *** Common wizard text
ClickNext=Klicka på Nästa för att fortsätta eller på Avbryt för att avsluta.
BrowseDialogTitle=Välj mapp
BrowseDialogLabel=Välj en mapp i listan och klicka på OK.
NewFolderName=Ny mapp

; *** "Welcome" wizard page
WelcomeLabel1=Välkommen till installationen av [name]
WelcomeLabel2=Detta installerar [name/ver] på datorn.%n%nProgrammet fungerar utan internet och skickar aldrig något någonstans.

; *** "Select Destination Location" wizard page
WizardSelectDir=Välj installationsplats
SelectDirDesc=Var ska [name] installeras?
SelectDirLabel3=[name] installeras i följande mapp.
SelectDirBrowseLabel=Klicka på Nästa för att fortsätta. Klicka på Bläddra om du vill välja en annan mapp.
DiskSpaceMBLabel=Det behövs minst [mb] MB ledigt diskutrymme.
DirExistsTitle=Mappen finns redan
DirExists=Mappen:%n%n%1%n%nfinns redan. Vill du installera i den ändå?
DirDoesntExistTitle=Mappen finns inte
DirDoesntExist=Mappen:%n%n%1%n%nfinns inte. Ska den skapas?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Välj ytterligare åtgärder
SelectTasksDesc=Vad mer ska göras?
SelectTasksLabel2=Välj vad installationsprogrammet ska göra när [name] installeras och klicka sedan på Nästa.

; *** "Ready to Install" wizard page
WizardReady=Klart att installera
ReadyLabel1=[name] kan nu installeras på datorn.
ReadyLabel2a=Klicka på Installera för att fortsätta, eller på Tillbaka om du vill se över eller ändra något.
ReadyLabel2b=Klicka på Installera för att fortsätta.
ReadyMemoDir=Installationsplats:
ReadyMemoGroup=Mapp på Start-menyn:
ReadyMemoTasks=Ytterligare åtgärder:

; *** "Preparing to Install" wizard page
WizardPreparing=Förbereder installationen
PreparingDesc=Installationen av [name] förbereds.
CannotContinue=Installationen kan inte fortsätta. Klicka på Avbryt för att avsluta.
ApplicationsFound=Följande program använder filer som ska uppdateras. Låt installationsprogrammet stänga dem.
ApplicationsFound2=Följande program använder filer som ska uppdateras. Låt installationsprogrammet stänga dem; de startas igen när installationen är klar.
CloseApplications=&Stäng programmen automatiskt
DontCloseApplications=&Stäng inte programmen

; *** "Installing" wizard page
WizardInstalling=Installerar
InstallingLabel=Vänta medan [name] installeras.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Installationen av [name] är klar
FinishedLabelNoIcons=[name] är installerat på datorn.
FinishedLabel=[name] är installerat på datorn. Programmet startas från Start-menyn.
ClickFinish=Klicka på Slutför för att avsluta.
RunEntryExec=Starta %1

; *** Installation phase messages
SetupAborted=Installationen slutfördes inte.%n%nÅtgärda problemet och kör installationsprogrammet igen.
AbortRetryIgnoreSelectAction=Välj åtgärd
AbortRetryIgnoreRetry=&Försök igen
AbortRetryIgnoreIgnore=&Strunta i felet och fortsätt
AbortRetryIgnoreCancel=Avbryt installationen

; *** Installation status messages
StatusClosingApplications=Stänger program …
StatusCreateDirs=Skapar mappar …
StatusExtractFiles=Packar upp filer …
StatusCreateIcons=Skapar genvägar …
StatusCreateRegistryEntries=Skriver i registret …
StatusSavingUninstall=Sparar information för avinstallation …
StatusRunProgram=Avslutar installationen …
StatusRollback=Återställer ändringarna …

; *** Uninstall display name markings
UninstallDisplayNameMarkAllUsers=Alla användare
UninstallDisplayNameMarkCurrentUser=Aktuell användare

; *** Uninstaller messages
ConfirmUninstall=Vill du ta bort %1 från datorn?%n%nDina inställningar och installerade innehållspaket sparas.
OnlyAdminCanUninstall=Den här installationen kan bara tas bort av en användare med administratörsbehörighet.
UninstallStatusLabel=Vänta medan %1 tas bort från datorn.
UninstalledAll=%1 är borttaget från datorn.
UninstalledMost=%1 är avinstallerat.%n%nNågra delar kunde inte tas bort; du kan ta bort dem själv.
WizardUninstalling=Avinstallerar
StatusUninstalling=Avinstallerar %1 …

[CustomMessages]
NameAndVersion=%1 version %2
AdditionalIcons=Ytterligare genvägar:
CreateDesktopIcon=Skapa en genväg på &skrivbordet
UninstallProgram=Avinstallera %1
LaunchProgram=Starta %1
