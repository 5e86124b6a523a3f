<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActionCardTab</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="199"/>
        <source>Åtgärdskortet kan inte visas</source>
        <translation>The action card cannot be shown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="202"/>
        <source>Innehållspaketet har inget läsbart åtgärdskort.</source>
        <translation>The content pack has no readable action card.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="204"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="205"/>
        <source>Dokumenten under Publikationer går fortfarande att läsa. Vid akut fara: ring 112.</source>
        <translation>The documents under Publications can still be read. In an emergency: call 112.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="220"/>
        <source>&amp;Barn</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="220"/>
        <source>V&amp;uxna</source>
        <translation>A&amp;dults</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="220"/>
        <source>&amp;Djur</source>
        <translation>A&amp;nimals</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="232"/>
        <source>Visa tecken, steg och kontakter för: %1</source>
        <translation>Show signs, steps and contacts for: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="241"/>
        <source>K&amp;ommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="243"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="244"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="470"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="471"/>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="260"/>
        <source>&amp;Filtrera:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="262"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="263"/>
        <source>Filtrera tecken och kontakter</source>
        <translation>Filter signs and contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="281"/>
        <source>Tillbaka till din kommun</source>
        <translation>Back to your municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="290"/>
        <source>Åtgärdskortets innehåll (tecken, steg och kontakter) är på svenska, så som länet har skrivit det.</source>
        <translation>The action card&apos;s content (signs, steps and contacts) is in Swedish, as the county wrote it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="304"/>
        <source>Visa det aktiva paketet</source>
        <translation>Show the active pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="376"/>
        <source>Tecken</source>
        <translation>Signs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="402"/>
        <source>Gör så här</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="425"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="672"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="459"/>
        <source>Välj kommun</source>
        <translation>Choose municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="462"/>
        <source>Vilken kommun arbetar du i?</source>
        <translation>Which municipality do you work in?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="465"/>
        <source>Då visas kommunens nummer här. Valet sparas och kan ändras i listan Kommun ovan.</source>
        <translation>Its numbers are then shown here. The choice is remembered and can be changed in the Municipality list above.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="559"/>
        <source>1 kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="559"/>
        <source>%1 kontakter</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="560"/>
        <source>Kontakter för %1: %2</source>
        <translation>Contacts for %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="632"/>
        <source>Inga tecken matchar ”%1”</source>
        <translation>No signs match “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="645"/>
        <source>Inga fler steg matchar ”%1”</source>
        <translation>No other steps match “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="673"/>
        <source>Kontakter – %1</source>
        <translation>Contacts – %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="560"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="673"/>
        <source>hela länet</source>
        <translation>whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="693"/>
        <source>Visar %1 från sökningen. Vilken kommun arbetar du i?</source>
        <translation>Showing %1 from the search. Which municipality do you work in?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="696"/>
        <source>Visar %1 från sökningen. Tillbaka till din kommun, %2</source>
        <translation>Showing %1 from the search. Back to your municipality, %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="699"/>
        <source>Visar %1 från sökningen. Tillbaka till hela länet</source>
        <translation>Showing %1 from the search. Back to the whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="719"/>
        <source>Inga kontakter matchar ”%1”</source>
        <translation>No contacts match “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="721"/>
        <source>%1 och %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="723"/>
        <source>Inga kontakter under %1 matchar ”%2”. Under %3 finns kontakter som gör det.</source>
        <translation>No contacts under %1 match “%2”. Under %3 there are contacts that do.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="732"/>
        <source>Helgdagar räknas in.</source>
        <translation>Public holidays are taken into account.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="734"/>
        <source>Öppet och stängt gäller %1 kl. %2.</source>
        <translation>Open and closed as of %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1025"/>
        <source>Kopierat: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1054"/>
        <source>Skriv ut fickkort</source>
        <translation>Print pocket card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1055"/>
        <source>Skriv ut åtgärdskort</source>
        <translation>Print action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1062"/>
        <source>Utskrift till fil är avstängd av administratören: inga kopior får lämna programmet. Välj en skrivare.</source>
        <translation>Printing to a file has been turned off by the administrator: no copies may leave the program. Choose a printer.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1078"/>
        <source>Skickat till skrivaren</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1084"/>
        <source>Kortet kunde inte skrivas ut: skrivaren tog inte emot utskriften. Kontrollera skrivaren och försök igen, eller exportera kortet som PDF.</source>
        <translation>The card could not be printed: the printer did not accept the job. Check the printer and try again, or export the card as PDF.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1089"/>
        <source>Mappen finns inte.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1090"/>
        <source>Du får inte skriva i mappen.</source>
        <translation>You are not allowed to write in the folder.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1092"/>
        <source>Filen kunde inte skapas där.</source>
        <translation>The file could not be created there.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1093"/>
        <source>Kortet kunde inte sparas som %1. %2 Välj en annan plats.</source>
        <translation>The card could not be saved as %1. %2 Choose another place.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1061"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1095"/>
        <source>Inget skrevs ut</source>
        <translation>Nothing was printed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1112"/>
        <source>Spara fickkort som PDF</source>
        <translation>Save pocket card as PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1113"/>
        <source>Exportera åtgärdskort som PDF</source>
        <translation>Export action card as PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1115"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1123"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1124"/>
        <source>PDF-filen kunde inte sparas i %1. %2</source>
        <translation>The PDF file could not be saved in %1. %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1076"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="1126"/>
        <source>Sparade %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>BookmarksController</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="119"/>
        <source>Den sparade listan med Mina sidor i %1 kunde inte läsas: %2. Listan lämnas orörd och nya sidor sparas inte, eftersom ingen kopia av den kunde sparas i %3. %4</source>
        <translation>The saved list of My pages in %1 could not be read: %2. The list is left untouched and new pages are not saved, because no copy of it could be saved in %3. %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="125"/>
        <source>%n av sidorna i den sparade listan med Mina sidor kunde inte läsas och visas inte. Hela listan som den var sparades som %1.</source>
        <translation>
            <numerusform>%n page in the saved list of My pages could not be read and is not shown. The whole list as it was has been saved as %1.</numerusform>
            <numerusform>%n pages in the saved list of My pages could not be read and are not shown. The whole list as it was has been saved as %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="146"/>
        <source>Ändringarna i Mina sidor kunde inte sparas: inställningsfilen %1 kunde inte skrivas (disken kan vara full, eller mappen skrivskyddad). Sidorna finns kvar här tills programmet stängs; spara dem på en annan plats med Arkiv → Exportera Mina sidor…, eller frigör plats och gör ändringen igen.</source>
        <translation>The changes to My pages could not be saved: the settings file %1 could not be written (the disk may be full, or the folder read-only). The pages stay here until the program is closed; save them elsewhere with File → Export My pages…, or free some space and make the change again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="177"/>
        <source>Hör till ett annat innehållspaket (%1)</source>
        <translation>Belongs to another content pack (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="179"/>
        <source>Sidan finns inte längre i innehållspaketet (version %1)</source>
        <translation>The page is no longer in the content pack (version %1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="183"/>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="215"/>
        <source>%1, sida %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="195"/>
        <source>Mina sidor sparar sidor ur dokumenten; åtgärdskortet når du alltid med Ctrl+3.</source>
        <translation>My pages keeps pages of the documents; the action card is always at Ctrl+3.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="198"/>
        <source>Mina sidor sparar bara sidor ur innehållspaketets dokument, inte ur andra PDF-filer.</source>
        <translation>My pages keeps only pages of the content pack&apos;s documents, not of other PDF files.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="201"/>
        <source>Mina sidor sparar sidor ur dokumenten: öppna ett dokument först.</source>
        <translation>My pages keeps pages of the documents: open a document first.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="223"/>
        <source>Sidan finns nu i Mina sidor.</source>
        <translation>The page is now in My pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="227"/>
        <source>Sidan finns redan i Mina sidor.</source>
        <translation>The page is already in My pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="259"/>
        <source>Sidan kan inte öppnas</source>
        <translation>The page cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="267"/>
        <source>Ta bort ur Mina sidor</source>
        <translation>Remove from My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="268"/>
        <source>Ta bort ”%1” ur Mina sidor?</source>
        <translation>Remove “%1” from My pages?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="283"/>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="286"/>
        <source>Exportera Mina sidor</source>
        <translation>Export My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="284"/>
        <source>Det finns inga sidor i Mina sidor att exportera.</source>
        <translation>There are no pages in My pages to export.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="288"/>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="316"/>
        <source>Mina sidor (*.json)</source>
        <translation>My pages (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="295"/>
        <source>Mina sidor exporterades inte</source>
        <translation>My pages were not exported</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="301"/>
        <source>Mina sidor exporterades: %n.</source>
        <translation>
            <numerusform>Exported %n page from My pages.</numerusform>
            <numerusform>Exported %n pages from My pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="315"/>
        <source>Importera Mina sidor</source>
        <translation>Import My pages</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="336"/>
        <source>Poster i filen som inte kunde användas (skadade eller ofullständiga): %n. Be den som gav dig filen att exportera den igen.</source>
        <translation>
            <numerusform>%n entry in the file could not be used (damaged or incomplete). Ask the person who gave you the file to export it again.</numerusform>
            <numerusform>%n entries in the file could not be used (damaged or incomplete). Ask the person who gave you the file to export it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="361"/>
        <source>den är ingen giltig fil med Mina sidor</source>
        <translation>it is not a valid My pages file</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="311"/>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="323"/>
        <source>Mina sidor importerades inte</source>
        <translation>My pages were not imported</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="108"/>
        <source>Mina sidor sparades av en nyare version av programmet och kan inte visas i den här versionen. Listan finns kvar oförändrad i %1. Nya sidor kan inte läggas till här: använd den nyare versionen för att se och ändra Mina sidor.</source>
        <translation>My pages were saved by a newer version of the program and cannot be shown in this version. The list is kept unchanged in %1. New pages cannot be added here: use the newer version to see and change My pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="130"/>
        <source>Den sparade listan med Mina sidor kunde inte läsas: %1. Den sparades oförändrad som %2. Sidor du lägger till nu sparas i en ny lista.</source>
        <translation>The saved list of My pages could not be read: %1. It was saved unchanged as %2. Pages you add now are saved in a new list.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="155"/>
        <source>Mina sidor kunde inte sparas: se Mina sidor.</source>
        <translation>My pages could not be saved: see My pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="156"/>
        <source>Mina sidor kunde inte sparas</source>
        <translation>My pages could not be saved</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="163"/>
        <source>Inget sparades: se Mina sidor.</source>
        <translation>Nothing was saved: see My pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="296"/>
        <source>Filen %1 kunde inte sparas. %2</source>
        <translation>The file %1 could not be saved. %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="324"/>
        <source>Filen %1 kunde inte läsas: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="326"/>
        <source>den finns inte</source>
        <translation>it does not exist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="334"/>
        <source>Nya i Mina sidor: %n.</source>
        <translation>
            <numerusform>%n new page in My pages.</numerusform>
            <numerusform>%n new pages in My pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="350"/>
        <source>sökvägen innehåller ett ogiltigt tecken</source>
        <translation>its path holds an invalid character</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="351"/>
        <source>den kan inte läsas</source>
        <translation>it cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="352"/>
        <source>den är ingen vanlig fil</source>
        <translation>it is not an ordinary file</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="353"/>
        <source>den är för stor (högst %1 kB)</source>
        <translation>it is too large (at most %1 kB)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="354"/>
        <source>den är ingen fil med Mina sidor från Kvinnofrid Västmanland</source>
        <translation>it is not a My pages file from Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="356"/>
        <source>den är gjord av en nyare version av programmet</source>
        <translation>it was made by a newer version of the program</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="357"/>
        <source>den saknar en giltig formatversion</source>
        <translation>it has no valid format version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="358"/>
        <source>den saknar listan med Mina sidor</source>
        <translation>it lacks the list of My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="359"/>
        <source>några av sidorna i den kunde inte läsas</source>
        <translation>some of the pages in it could not be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/controller.py" line="391"/>
        <source>Mina sidor</source>
        <translation>My pages</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="92"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="106"/>
        <source>Fi&amp;ltrera:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="108"/>
        <source>Filtrera Mina sidor</source>
        <translation>Filter My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="109"/>
        <source>Skriv för att filtrera</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="118"/>
        <source>Mina sidor</source>
        <translation>My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="120"/>
        <source>Enter öppnar sidan, Delete tar bort den ur Mina sidor.</source>
        <translation>Enter opens the page, Delete removes it from My pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="137"/>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="139"/>
        <source>Namn på sidan</source>
        <translation>Name of the page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="142"/>
        <source>B&amp;yt namn</source>
        <translation>Rena&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="149"/>
        <source>&amp;Gå till sidan</source>
        <translation>&amp;Go to page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="150"/>
        <source>Ta &amp;bort</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="265"/>
        <source>Inga sidor ännu. Ctrl+D lägger till sidan du läser.</source>
        <translation>No pages yet. Ctrl+D adds the page you are reading.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/bookmarks/panel.py" line="267"/>
        <source>Inga sidor matchar filtret.</source>
        <translation>No pages match the filter.</translation>
    </message>
</context>
<context>
    <name>CardFooter</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="805"/>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="808"/>
        <source>Bekräftelse</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="814"/>
        <source>Uppgifterna kontrollerades %1. Sammanställt ur offentliga källor – inte ett officiellt dokument från Länsstyrelsen.</source>
        <translation>The details were checked on %1. Compiled from public sources – not an official document from the County Administrative Board.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="818"/>
        <source>Uppgifterna kontrollerades mellan %1 och %2. Sammanställt ur offentliga källor – inte ett officiellt dokument från Länsstyrelsen.</source>
        <translation>The details were checked between %1 and %2. Compiled from public sources – not an official document from the County Administrative Board.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="822"/>
        <source>Sk&amp;riv ut åtgärdskort…</source>
        <translation>Print acti&amp;on card…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="823"/>
        <source>Skriv ut åtgärdskort</source>
        <translation>Print action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="825"/>
        <source>F&amp;ickkort…</source>
        <translation>Poc&amp;ket card…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="826"/>
        <source>Fickkort</source>
        <translation>Pocket card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="828"/>
        <source>Skriv ut eller spara ett fickkort att klippa ut och vika</source>
        <translation>Print or save a pocket card to cut out and fold</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="830"/>
        <source>Skriv ut fickkort…</source>
        <translation>Print pocket card…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="831"/>
        <source>Spara fickkort som PDF…</source>
        <translation>Save pocket card as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="835"/>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="836"/>
        <source>Exportera åtgärdskortet som PDF</source>
        <translation>Export the action card as PDF</translation>
    </message>
</context>
<context>
    <name>CardNow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="65"/>
        <source>%1.%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="66"/>
        <source>uppgift saknas</source>
        <translation>details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="67"/>
        <source>dygnet runt</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="68"/>
        <source>tider okända</source>
        <translation>hours unknown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="69"/>
        <source>tider okända – troligen stängt nu, utanför kontorstid</source>
        <translation>hours unknown – probably closed now, outside office hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="70"/>
        <source>öppet nu</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="71"/>
        <source>stängt nu</source>
        <translation>closed now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="72"/>
        <source>Stängt nu</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="73"/>
        <source>Uppgift saknas – använd reservnumren nedan</source>
        <translation>Details missing – use the fallback numbers below</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="74"/>
        <source>Uppgift saknas – socialjouren har öppet nu: %1</source>
        <translation>Details missing – the out-of-hours social services are open now: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="75"/>
        <source>Tider okända</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="76"/>
        <source>Tider okända – troligen stängt nu, utanför kontorstid</source>
        <translation>Hours unknown – probably closed now, outside office hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="77"/>
        <source>Tider okända – socialjouren har öppet nu: %1</source>
        <translation>Hours unknown – the out-of-hours social services are open now: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="78"/>
        <source>i morgon %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="80"/>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="81"/>
        <source>Öppet dygnet runt</source>
        <translation>Open 24 hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="82"/>
        <source>Öppet nu</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="83"/>
        <source>Öppet nu, till %1</source>
        <translation>Open now, until %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="84"/>
        <source>Stängt nu – ring socialjouren %1</source>
        <translation>Closed now – call the out-of-hours social services on %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="85"/>
        <source>Stängt nu – vid akut fara ring 112</source>
        <translation>Closed now – in an emergency call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="86"/>
        <source>Stängt nu – akuta djurärenden: polisen %1; pågår det: ring 112</source>
        <translation>Closed now – urgent animal cases: police on %1; if it is happening now: call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="88"/>
        <source> · öppnar %1</source>
        <translation> · opens %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="89"/>
        <source>om det är akut</source>
        <translation>if it is urgent</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="90"/>
        <source>Ring i stället:</source>
        <translation>Call instead:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="91"/>
        <source>%1: stängt nu. Det här gäller nu:</source>
        <translation>%1: closed now. What applies now:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="92"/>
        <source>Det här gäller nu:</source>
        <translation>What applies now:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="93"/>
        <source>Det är %1, en helgdag: kontoren har stängt.</source>
        <translation>It is %1, a public holiday: offices are closed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="94"/>
        <source>Det är %1: källorna anger inga tider för dagen, så kontoren visas som troligen stängda. Vid akut fara: ring 112.</source>
        <translation>It is %1: the sources give no hours for the day, so offices are shown as probably closed. In an emergency: call 112.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="96"/>
        <source>Det är %1, dag före helgdag.</source>
        <translation>It is %1, the day before a public holiday.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="97"/>
        <source>Det är dag före helgdag.</source>
        <translation>It is the day before a public holiday.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="99"/>
        <source>troligen öppet</source>
        <translation>probably open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="100"/>
        <source>troligen stängt</source>
        <translation>probably closed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="101"/>
        <source>Troligen öppet dygnet runt (tiderna är inte bekräftade)</source>
        <translation>Probably open 24 hours (the hours are not confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="102"/>
        <source>Troligen öppet nu (tiderna är inte bekräftade)</source>
        <translation>Probably open now (the hours are not confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="103"/>
        <source>Troligen öppet nu, till %1 (tiderna är inte bekräftade)</source>
        <translation>Probably open now, until %1 (the hours are not confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="104"/>
        <source>Troligen stängt nu (tiderna är inte bekräftade)</source>
        <translation>Probably closed now (the hours are not confirmed)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="105"/>
        <source>Troligen stängt nu (tiderna är inte bekräftade) – ring socialjouren %1</source>
        <translation>Probably closed now (the hours are not confirmed) – call the out-of-hours social services on %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="107"/>
        <source>Troligen stängt nu (tiderna är inte bekräftade) – vid akut fara ring 112</source>
        <translation>Probably closed now (the hours are not confirmed) – in an emergency call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="109"/>
        <source>Troligen stängt nu (tiderna är inte bekräftade) – akuta djurärenden: polisen %1; pågår det: ring 112</source>
        <translation>Probably closed now (the hours are not confirmed) – urgent animal cases: police on %1; if it is happening now: call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="113"/>
        <source>Troligen stängt nu (källorna anger inga tider för dagen)</source>
        <translation>Probably closed now (the sources give no hours for the day)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="114"/>
        <source>Troligen stängt nu (källorna anger inga tider för dagen) – ring socialjouren %1</source>
        <translation>Probably closed now (the sources give no hours for the day) – call the out-of-hours social services on %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="116"/>
        <source>Troligen stängt nu (källorna anger inga tider för dagen) – vid akut fara ring 112</source>
        <translation>Probably closed now (the sources give no hours for the day) – in an emergency call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="118"/>
        <source>Troligen stängt nu (källorna anger inga tider för dagen) – akuta djurärenden: polisen %1; pågår det: ring 112</source>
        <translation>Probably closed now (the sources give no hours for the day) – urgent animal cases: police on %1; if it is happening now: call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="120"/>
        <source> · öppnar troligen %1</source>
        <translation> · probably opens %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="121"/>
        <source>troligen öppet nu – tiderna är inte bekräftade</source>
        <translation>probably open now – the hours are not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="122"/>
        <source>troligen stängt nu – tiderna är inte bekräftade</source>
        <translation>probably closed now – the hours are not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="123"/>
        <source>%1: troligen stängt nu. Det här gäller nu:</source>
        <translation>%1: probably closed now. What applies now:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="126"/>
        <source>%1: stängt nu.</source>
        <translation>%1: closed now.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="127"/>
        <source>%1: troligen stängt nu.</source>
        <translation>%1: probably closed now.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="128"/>
        <source>Kommunens socialjour finns inte i källorna.</source>
        <translation>The municipality&apos;s out-of-hours social services are not in the sources.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="129"/>
        <source>Akut: 112. Annars: gör anmälan när kontoret öppnar.</source>
        <translation>Emergency: 112. Otherwise: report when the office opens.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="130"/>
        <source>Akut: 112. Annars: gör anmälan nästa vardag.</source>
        <translation>Emergency: 112. Otherwise: report on the next weekday.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="134"/>
        <source>nyårsdagen</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="135"/>
        <source>trettondedag jul</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="136"/>
        <source>långfredagen</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="137"/>
        <source>påskdagen</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="138"/>
        <source>annandag påsk</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="139"/>
        <source>första maj</source>
        <translation>May Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="140"/>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="141"/>
        <source>pingstdagen</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="142"/>
        <source>Sveriges nationaldag</source>
        <translation>Sweden&apos;s National Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="143"/>
        <source>midsommardagen</source>
        <translation>Midsummer Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="144"/>
        <source>alla helgons dag</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="145"/>
        <source>juldagen</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="146"/>
        <source>annandag jul</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="147"/>
        <source>trettondagsafton</source>
        <translation>Epiphany Eve</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="148"/>
        <source>skärtorsdag</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="149"/>
        <source>påskafton</source>
        <translation>Easter Eve</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="150"/>
        <source>valborgsmässoafton</source>
        <translation>Walpurgis Night</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="151"/>
        <source>midsommarafton</source>
        <translation>Midsummer Eve</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="152"/>
        <source>allhelgonaafton</source>
        <translation>All Saints&apos; Eve</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="153"/>
        <source>julafton</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="154"/>
        <source>nyårsafton</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="158"/>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="159"/>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="160"/>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="161"/>
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="162"/>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="163"/>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="164"/>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="169"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="170"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="171"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="172"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="173"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="174"/>
        <source>juni</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="175"/>
        <source>juli</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="176"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="177"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="178"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="179"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="180"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="97"/>
        <source>Strategi</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="98"/>
        <source>Samverkansplan</source>
        <translation>Collaboration plan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="100"/>
        <source>Åtgärdskort</source>
        <translation>Action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="102"/>
        <source>Publikationer</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="104"/>
        <source>&amp;Öppna PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="108"/>
        <source>S&amp;täng fliken</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="110"/>
        <source>&amp;Importera innehållspaket…</source>
        <translation>&amp;Import content pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="113"/>
        <source>&amp;Redigera innehållspaket…</source>
        <translation>&amp;Edit content pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="115"/>
        <source>I&amp;nställningar…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="116"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="117"/>
        <source>Hel&amp;skärm</source>
        <translation>F&amp;ull screen</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="119"/>
        <source>Sök i &amp;alla dokument…</source>
        <translation>Search &amp;all documents…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="121"/>
        <source>Visa sök&amp;resultat</source>
        <translation>Show search &amp;results</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="123"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="125"/>
        <source>&amp;Om Kvinnofrid Västmanland</source>
        <translation>&amp;About Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="127"/>
        <source>&amp;Dölj snabbt</source>
        <translation>&amp;Hide quickly</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="131"/>
        <source>Skift tre gånger inom två sekunder</source>
        <translation>Shift three times within two seconds</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="137"/>
        <source>&amp;Glöm allt…</source>
        <translation>&amp;Forget everything…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="138"/>
        <source>Visa sidans &amp;text</source>
        <translation>Show the page&apos;s &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="140"/>
        <source>Sidans text bredvid sidan, för skärmläsare och för att markera och kopiera</source>
        <translation>The page&apos;s text beside the page, for screen readers and for selecting and copying</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="142"/>
        <source>&amp;Lägg till i Mina sidor</source>
        <translation>Add to &amp;My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="144"/>
        <source>Visa &amp;Mina sidor</source>
        <translation>&amp;Show My pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="146"/>
        <source>&amp;Exportera Mina sidor…</source>
        <translation>&amp;Export My pages…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="148"/>
        <source>I&amp;mportera Mina sidor…</source>
        <translation>Import M&amp;y pages…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="151"/>
        <source>&amp;Sök i dokumentet…</source>
        <translation>&amp;Find in document…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="153"/>
        <source>Nästa träff</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="155"/>
        <source>Föregående träff</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="157"/>
        <source>Zooma &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="159"/>
        <source>Zooma &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="161"/>
        <source>&amp;Verklig storlek (100 %)</source>
        <translation>&amp;Actual size (100%)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="164"/>
        <source>Anpassa till &amp;bredd</source>
        <translation>Fit to &amp;width</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="166"/>
        <source>Anpassa till &amp;hel sida</source>
        <translation>Fit whole &amp;page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="168"/>
        <source>B&amp;akåt</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="169"/>
        <source>Tillbaka till förra platsen</source>
        <translation>Back to the previous place</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="170"/>
        <source>&amp;Framåt</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="180"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="182"/>
        <source>&amp;Spara kopia…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="184"/>
        <source>Öppna i e&amp;xtern läsare</source>
        <translation>Open in e&amp;xternal reader</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="186"/>
        <source>Öppna dokumentet i datorns PDF-läsare</source>
        <translation>Open the document in the computer&apos;s PDF reader</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="188"/>
        <source>Första sidan</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="176"/>
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="128"/>
        <source>Töm sökningen, stäng egna filer, visa strategins första sida och minimera fönstret (Skift tre gånger)</source>
        <translation>Clear the search, close your own files, show the strategy&apos;s first page and minimise the window (Shift three times)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="132"/>
        <source>Dölj snabbt nås med Skift tre gånger, inte med Esc: Esc stänger redan sökresultat, Sök i dokumentet och dialogrutor, och ett Esc som trycks av vana skulle dölja programmet mitt i arbetet. Tre tryck på Skift gör ingen av misstag när den skriver.</source>
        <translation>Hide quickly is Shift pressed three times, not Esc: Esc already closes search results, Find in document and dialogs, and an Esc pressed out of habit would hide the program in the middle of work. Nobody presses Shift three times by accident while typing.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="178"/>
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="194"/>
        <source>En skärm uppåt</source>
        <translation>One screen up</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="196"/>
        <source>En skärm nedåt</source>
        <translation>One screen down</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="198"/>
        <source>Sista sidan</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="202"/>
        <source>Sido&amp;panel</source>
        <translation>Si&amp;de panel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="204"/>
        <source>Visa eller dölj innehåll och miniatyrer</source>
        <translation>Show or hide contents and thumbnails</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="213"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="218"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="223"/>
        <source>S&amp;ök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="225"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="236"/>
        <source>Dokumentvisaren</source>
        <translation>Document viewer</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="613"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="623"/>
        <source>Ej bekräftad – kontrollera innan du ringer</source>
        <translation>Not confirmed – check before you call</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="625"/>
        <source>Uppgift saknas</source>
        <translation>Details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="637"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="640"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="646"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="652"/>
        <source>Tider: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="691"/>
        <source>, ej bekräftad</source>
        <translation>, not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="708"/>
        <source>Sökt %1 utan resultat</source>
        <translation>Searched on %1, nothing found</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="710"/>
        <source>Kontrollerad %1</source>
        <translation>Checked %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="716"/>
        <source> · Källa: </source>
        <translation> · Source: </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="721"/>
        <source>Kopiera källa</source>
        <translation>Copy source</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="722"/>
        <source>Kopiera källa för %1</source>
        <translation>Copy source for %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="723"/>
        <source>Kopiera källans adress (programmet öppnar inga webbsidor)</source>
        <translation>Copy the source&apos;s address (the program opens no web pages)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="736"/>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="739"/>
        <source>Bekräftad bara för %1.</source>
        <translation>Confirmed only for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="744"/>
        <source>Bekräftad bara för %1 – inte för %2. Ring 112 vid akut fara.</source>
        <translation>Confirmed only for %1 – not for %2. In an emergency call 112.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="763"/>
        <source>Uppgiften kontrollerades %1; kontrollera innan du ringer</source>
        <translation>These details were checked on %1; check them before you call</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="768"/>
        <source>Källan är från %1; uppgiften kan ha ändrats sedan dess.</source>
        <translation>The source is from %1; the detail may have changed since.</translation>
    </message>
</context>
<context>
    <name>ContactsPart</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="197"/>
        <source>Hela länet (länsgemensamma nummer)</source>
        <translation>Whole county (county-wide numbers)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="198"/>
        <source>Nationella nummer och stödlinjer</source>
        <translation>National numbers and helplines</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="199"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="200"/>
        <source>K&amp;ommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="206"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="208"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="208"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="339"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="208"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="340"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="208"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="355"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="209"/>
        <source>Kontrollerad</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="209"/>
        <source>Problem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="231"/>
        <source>Roll för ny kontakt</source>
        <translation>Role of new contact</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="232"/>
        <source>&amp;Roll för ny kontakt:</source>
        <translation>&amp;Role of new contact:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="234"/>
        <source>&amp;Lägg till kontakt</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="237"/>
        <source>Ta &amp;bort kontakt…</source>
        <translation>Rem&amp;ove contact…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="265"/>
        <source>Välj en kontakt i tabellen.</source>
        <translation>Choose a contact in the table.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="274"/>
        <source>Kontaktens uppgifter</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="303"/>
        <source>Vald kontakt</source>
        <translation>Selected contact</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="308"/>
        <source>Id i kortet</source>
        <translation>Id in the card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="327"/>
        <source>Meddelande om %1</source>
        <translation>Message about %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="339"/>
        <source>&amp;Namn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="340"/>
        <source>Tele&amp;fon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="341"/>
        <source>t.ex. 0224-74 70 00</source>
        <translation>e.g. 0224-74 70 00</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="345"/>
        <source>&amp;E-post</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="345"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="346"/>
        <source>Källa (&amp;webbadress; flera skiljs med &quot; ; &quot;)</source>
        <translation>Source (&amp;web address; separate several with &quot; ; &quot;)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="347"/>
        <source>Källa (webbadress)</source>
        <translation>Source (web address)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="348"/>
        <source>Källans e&amp;gen datum (ÅÅÅÅ-MM-DD, om sidan anger ett)</source>
        <translation>The source&apos;s own date (YYYY-MM-DD, if the pa&amp;ge gives one)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="349"/>
        <source>Källans datum</source>
        <translation>Source date</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="349"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="396"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="357"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="400"/>
        <source>Sätter dagens datum som kontrollerad; en ej bekräftad uppgift blir bekräftad</source>
        <translation>Sets today&apos;s date as checked; an unconfirmed entry becomes confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="569"/>
        <source>bekräftad</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="872"/>
        <source>länet</source>
        <translation>the county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="373"/>
        <source>Visas på kortet under</source>
        <translation>Shown on the card under</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="342"/>
        <source>Knappval (väl&amp;j efter numret; visas med numret)</source>
        <translation>Dial choice (key to press after dialling; shown &amp;just under the number)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="343"/>
        <source>Knappval</source>
        <translation>Dial choice</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="344"/>
        <source>t.ex. knappval 9</source>
        <translation>e.g. knappval 9</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="376"/>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="376"/>
        <source>Vuxna</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="377"/>
        <source>Djur</source>
        <translation>Animals</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="380"/>
        <source>Visas under %1</source>
        <translation>Shown under %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="395"/>
        <source>Kontrollerad (datu&amp;m, ÅÅÅÅ-MM-DD)</source>
        <translation>Ver&amp;ified (date, YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="396"/>
        <source>Kontrollerad datum</source>
        <translation>Checked date</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="398"/>
        <source>Kontrollerad &amp;i dag</source>
        <translation>Checked toda&amp;y</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="408"/>
        <source>Ante&amp;ckning</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="408"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="409"/>
        <source>Öppettider som te&amp;xt (visas på kortet)</source>
        <translation>Opening hours as te&amp;xt (shown on the card)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="410"/>
        <source>Öppettider som text</source>
        <translation>Opening hours as text</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="507"/>
        <source>Öppettider</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="569"/>
        <source>ej bekräftad</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="570"/>
        <source>inaktuell, över 12 mån.</source>
        <translation>out of date, over 12 months</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="571"/>
        <source>uppgift saknas</source>
        <translation>details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="571"/>
        <source>saknas i kortet</source>
        <translation>not in the card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="573"/>
        <source>– ingen kontakt –</source>
        <translation>– no contact –</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="574"/>
        <source>Kortet har ingen kontakt för rollen; lägg till en</source>
        <translation>The card has no contact for this role; add one</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="581"/>
        <source>%1, men kontrollerad %2: för mer än 12 månader sedan</source>
        <translation>%1, but verified %2: more than 12 months ago</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="615"/>
        <source>fel: %1</source>
        <translation>errors: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="618"/>
        <source>varning: %1</source>
        <translation>warnings: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="723"/>
        <source>Nationella nummer läggs inte till här; de är desamma för alla län</source>
        <translation>National numbers are not added here; they are the same for every county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="746"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="747"/>
        <source>Id i kortet: %1</source>
        <translation>Id in the card: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="758"/>
        <source>Kortet har ingen kontakt för rollen %1 i %2. Rollen är vald under tabellen: tryck Lägg till kontakt för att lägga till en.</source>
        <translation>The card has no contact for the role %1 in %2. The role is chosen below the table: press Add contact to add one.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="804"/>
        <source>%1 (i %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="806"/>
        <source>Fel: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="807"/>
        <source>Varning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="823"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="839"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="878"/>
        <source>ingen kontakt är vald</source>
        <translation>no contact is selected</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="903"/>
        <source>Kontakten måste visas under minst ett av ämnena Barn, Vuxna och Djur.</source>
        <translation>The contact must be shown under at least one of Children, Adults and Animals.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="952"/>
        <source>Ta bort %1 (%2, %3) ur åtgärdskortet?</source>
        <translation>Remove %1 (%2, %3) from the action card?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="957"/>
        <source>Den nämns på %1 ställen i kortet (steg eller andra kontakters reservnummer); där tas den också bort.</source>
        <translation>It is named in %1 places on the card (steps or other contacts’ fallback numbers); it is removed there too.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="960"/>
        <source>Ta bort kontakt</source>
        <translation>Remove contact</translation>
    </message>
</context>
<context>
    <name>ContentFolderWatch</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/content_folder.py" line="44"/>
        <source>Innehållspaketet %1 %2 är installerat från den gemensamma mappen %3. Föregående innehållspaket (%4) kan återställas under Arkiv → Inställningar → Innehållspaket.</source>
        <translation>The content pack %1 %2 is installed from the shared folder %3. The previous content pack (%4) can be restored under File → Settings → Content packs.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/content_folder.py" line="52"/>
        <source>Den gemensamma mappen för innehållspaket kan inte nås: %1 (%2). Inga paket installeras därifrån förrän den går att läsa; säg till IT-avdelningen om det fortsätter.</source>
        <translation>The shared folder for content packs cannot be reached: %1 (%2). No packs are installed from it until it can be read; tell the IT department if this continues.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/content_folder.py" line="58"/>
        <source>Programmet hoppade över filen %1 i den gemensamma mappen: %2.</source>
        <translation>The program skipped the file %1 in the shared folder: %2.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="368"/>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="370"/>
        <source>Kopiera %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="371"/>
        <source>Kopiera %1 till urklipp</source>
        <translation>Copy %1 to the clipboard</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="79"/>
        <source>Välj dokument</source>
        <translation>Choose document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="102"/>
        <source>Avsnitt i dokumentet. Välj ett avsnitt för att gå till dess sida.</source>
        <translation>Sections of the document. Choose a section to go to its page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="137"/>
        <source>Innehållspaketet har inget dokument för den här fliken.</source>
        <translation>The content pack has no document for this tab.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="218"/>
        <source>%1 – sida %2</source>
        <translation>%1 – page %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="224"/>
        <source>Sammanställning ur offentliga källor – inte ett officiellt dokument. Källor och kontrolldatum står i slutet, under Källor och original.</source>
        <translation>Compiled from public sources – not an official document. The sources and the dates they were checked are at the end, under “Källor och original”.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="227"/>
        <source>Officiellt dokument från %1.</source>
        <translation>Official document from %1.</translation>
    </message>
</context>
<context>
    <name>DocumentsPart</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="388"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="400"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="402"/>
        <source>%1 lades inte till: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="456"/>
        <source>Doku&amp;menten i paketet</source>
        <translation>Docu&amp;ments in the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="459"/>
        <source>Dokumenten i paketet</source>
        <translation>Documents in the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="463"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="548"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="642"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="463"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="557"/>
        <source>Flik</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="477"/>
        <source>&amp;Lägg till PDF…</source>
        <translation>&amp;Add PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="478"/>
        <source>Eller dra PDF-filer hit</source>
        <translation>Or drag PDF files here</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="480"/>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="483"/>
        <source>Flytta &amp;ned</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="486"/>
        <source>Ta &amp;bort…</source>
        <translation>Remo&amp;ve…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="487"/>
        <source>Delete i listan; filen ligger kvar i källmappen</source>
        <translation>Delete in the list; the file stays in the source folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="494"/>
        <source>Dra PDF-filer hit för att lägga till dem.</source>
        <translation>Drag PDF files here to add them.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="530"/>
        <source>Dokumentets uppgifter</source>
        <translation>The document&apos;s details</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="536"/>
        <source>Paketet har inga dokument. Lägg till PDF-filer med knappen eller dra dem hit.</source>
        <translation>The pack has no documents. Add PDF files with the button or drag them here.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="545"/>
        <source>Dokumentet</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="550"/>
        <source>T&amp;itel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="551"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="554"/>
        <source>Dokumentets namn i paketet: små bokstäver, siffror och bindestreck</source>
        <translation>The document&apos;s name in the pack: lower-case letters, digits and hyphens</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="555"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="561"/>
        <source>&amp;Flik:</source>
        <translation>Ta&amp;b:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="359"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="563"/>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="392"/>
        <source>Mappen %1 har inga PDF-filer; inget lades till.</source>
        <translation>The folder %1 has no PDF files; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="461"/>
        <source>Alt+Uppåtpil och Alt+Nedåtpil flyttar dokumentet, Delete tar bort det</source>
        <translation>Alt+Up arrow and Alt+Down arrow move the document, Delete removes it</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="481"/>
        <source>Alt+Uppåtpil i listan</source>
        <translation>Alt+Up arrow in the list</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="484"/>
        <source>Alt+Nedåtpil i listan</source>
        <translation>Alt+Down arrow in the list</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="568"/>
        <source>Sammanfattnin&amp;g:</source>
        <translation>Summar&amp;y:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="570"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="573"/>
        <source>Utgivar&amp;e:</source>
        <translation>Publish&amp;er:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="574"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="578"/>
        <source>&amp;År:</source>
        <translation>Yea&amp;r:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="580"/>
        <source>Ursprung</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="582"/>
        <source>Officiellt dokument (myndighetens egen fil)</source>
        <translation>Official document (the authority&apos;s own file)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="583"/>
        <source>Sammanställning från offentliga källor</source>
        <translation>Compilation from public sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="589"/>
        <source>Ursp&amp;rung:</source>
        <translation>Pro&amp;venance:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="591"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="593"/>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="594"/>
        <source>Öppna i te&amp;xtredigeraren</source>
        <translation>Open in te&amp;xt editor</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="596"/>
        <source>Öppnar Markdown-filen i datorns textredigerare; förhandsvisningen uppdateras när filen sparas</source>
        <translation>Opens the Markdown file in the computer&apos;s text editor; the preview is updated when the file is saved</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="603"/>
        <source>Officiellt original</source>
        <translation>Official original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="607"/>
        <source>Dokumentet som en sammanställning ersätter; titel och utgivare krävs.</source>
        <translation>The document a compilation stands in for; title and publisher are required.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="613"/>
        <source>Originalets titel</source>
        <translation>Title of the original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="613"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="614"/>
        <source>Originalets utgivare</source>
        <translation>Publisher of the original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="614"/>
        <source>Utgivare:</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="615"/>
        <source>Originalets år</source>
        <translation>Original&apos;s year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="615"/>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="616"/>
        <source>Originalets sidantal</source>
        <translation>Pages of the original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="616"/>
        <source>Sidor:</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="617"/>
        <source>Originalets diarienummer</source>
        <translation>Reference number of the original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="617"/>
        <source>Diarienummer:</source>
        <translation>Reference number:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="618"/>
        <source>Originalets webbadress</source>
        <translation>Web address of the original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="618"/>
        <source>Webbadress:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="627"/>
        <source>Inget original</source>
        <translation>No original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="628"/>
        <source>Tar bort uppgifterna om originalet</source>
        <translation>Removes the details of the original</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="360"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="634"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="640"/>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="636"/>
        <source>Käll&amp;or (titel, webbadress, kontrollerad ÅÅÅÅ-MM-DD):</source>
        <translation>S&amp;ources (title, web address, checked YYYY-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="642"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="642"/>
        <source>Kontrollerad</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="659"/>
        <source>Lägg till källa</source>
        <translation>Add source</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="661"/>
        <source>Ta bort källa</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="695"/>
        <source>Första sidan</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="699"/>
        <source>Dokumentets första sida</source>
        <translation>The document&apos;s first page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="808"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="851"/>
        <source>skapas från åtgärdskortets uppgifter</source>
        <translation>made from the action card&apos;s data</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1033"/>
        <source>sidantalet ska vara ett heltal, t.ex. 46</source>
        <translation>the page count must be a whole number, e.g. 46</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1173"/>
        <source>Ta bort dokumentet</source>
        <translation>Remove the document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1174"/>
        <source>Ta bort »%1« ur paketet?</source>
        <translation>Remove “%1” from the pack?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1178"/>
        <source>Filen ligger kvar i källmappen; dokumentet försvinner ur paketet när du sparar.</source>
        <translation>The file stays in the source folder; the document leaves the pack when you save.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1179"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1180"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1209"/>
        <source>Lägg till PDF</source>
        <translation>Add PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1210"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1245"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1301"/>
        <source>Filen finns inte i källmappen.</source>
        <translation>The file is not in the source folder.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1249"/>
        <source>Ingen textredigerare kunde öppna filen; öppna %1 själv.</source>
        <translation>No text editor could open the file; open %1 yourself.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1296"/>
        <source>Åtgärdskortet skapas av programmet från kontakternas uppgifter när paketet byggs; det finns ingen fil att förhandsvisa.</source>
        <translation>The program makes the action card from the contacts when the pack is built; there is no file to preview.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1308"/>
        <source>Förhandsvisningen skapas … den uppdateras när Markdown-filen sparas.</source>
        <translation>Making the preview … it is updated when the Markdown file is saved.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1313"/>
        <source>Förhandsvisningen skapas …</source>
        <translation>Making the preview …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1348"/>
        <source>Sidor: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1351"/>
        <source>Förhandsvisning av PDF-filen som byggs av Markdown-filen.</source>
        <translation>Preview of the PDF built from the Markdown file.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/documents.py" line="1359"/>
        <source>Förhandsvisningen kunde inte skapas: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="89"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="97"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="98"/>
        <source>&amp;Kontakter</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="99"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="208"/>
        <source>&amp;Problem</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="100"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="101"/>
        <source>Redaktörslägets delar</source>
        <translation>Parts of the editor</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="104"/>
        <source>Utgi&amp;vare:</source>
        <translation>Pu&amp;blisher:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="105"/>
        <source>Källmapp:</source>
        <translation>Source folder:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="106"/>
        <source>Senast publicerad version:</source>
        <translation>Last published version:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="137"/>
        <source>Källmapp</source>
        <translation>Source folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="150"/>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="151"/>
        <source>&amp;Kontrollblad för kommunerna…</source>
        <translation>&amp;Verification sheets for the municipalities…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="153"/>
        <source>&amp;Publicera paket…</source>
        <translation>&amp;Publish pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="155"/>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="157"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="164"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="170"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="170"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="170"/>
        <source>Problem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="207"/>
        <source>&amp;Problem (%1)</source>
        <translation>&amp;Problems (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="212"/>
        <source>Ett fält har ett värde som inte godtogs, så du är kvar här; rätta värdet eller ångra det (Ctrl+Z) innan du går vidare.</source>
        <translation>A field has a value that was not accepted, so you stay here; correct the value or undo it (Ctrl+Z) before you move on.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="221"/>
        <source>Utkastet kunde inte sparas (%1); spara ändringarna med Ctrl+S.</source>
        <translation>The draft could not be saved (%1); save the changes with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="225"/>
        <source>Osparade ändringar – utkast sparat %1</source>
        <translation>Unsaved changes – draft saved %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="231"/>
        <source>%1[*] – Redaktörsläge – Kvinnofrid Västmanland</source>
        <translation>%1[*] – Editor – Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="271"/>
        <source>Ett fält har ett värde som inte godtogs; rätta det eller ångra ändringen.</source>
        <translation>A field holds a value that was not accepted; correct it or undo the change.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="279"/>
        <source>Inget sparades</source>
        <translation>Nothing was saved</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="280"/>
        <source>Källmappen sparas inte förrän varje värde som inte godtogs är rättat eller ångrat (Ctrl+Z). Inget annat har gått förlorat: ändringarna finns kvar i fönstret och i utkastet.</source>
        <translation>The source folder is not saved until every value that was refused is corrected or undone (Ctrl+Z). Nothing else has been lost: the changes are still in the window and in the draft.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="283"/>
        <source>Källmappen sparas inte förrän varje värde som inte godtogs är rättat eller ångrat (Ctrl+Z). Ändringarna finns bara i det här fönstret: utkastet kunde inte sparas i källmappen. Stäng inte fönstret förrän de är sparade.</source>
        <translation>The source folder is not saved until every value that was refused is corrected or undone (Ctrl+Z). The changes are only in this window: the draft could not be saved in the source folder. Do not close the window until they are saved.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="293"/>
        <source>Inget av det som redan fanns har ändrats, och ändringarna finns kvar i fönstret och i utkastet.</source>
        <translation>Nothing that was already there has changed, and the changes are still in the window and in the draft.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="297"/>
        <source>Inget av det som redan fanns har ändrats. Ändringarna finns bara i det här fönstret: utkastet kunde inte heller sparas i källmappen. Stäng inte fönstret. Gör källmappen skrivbar (eller be IT om det) och spara igen med Ctrl+S, eller skriv av ändringarna innan du stänger.</source>
        <translation>Nothing that was already there has changed. The changes are only in this window: the draft could not be saved in the source folder either. Do not close the window. Make the source folder writable (or ask IT to) and save again with Ctrl+S, or copy the changes down before you close.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="301"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="302"/>
        <source>Källmappen kunde inte sparas: %1

%2</source>
        <translation>The source folder could not be saved: %1

%2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="305"/>
        <source>Sparat %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="359"/>
        <source>Paketet kan inte publiceras förrän varje värde som inte godtogs är rättat eller ångrat (Ctrl+Z): det som står i fältet är inte med i paketet.</source>
        <translation>The pack cannot be published until every value that was not accepted is corrected or undone (Ctrl+Z): what the field shows is not in the pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="367"/>
        <source>Källmappen har %1 fel som stoppar publiceringen. De står under Problem; välj ett och tryck Enter för att gå till fältet.</source>
        <translation>The source folder has %1 errors that stop publishing. They are listed under Problems; choose one and press Enter to go to its field.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="55"/>
        <source>Källmappen kan inte öppnas</source>
        <translation>The source folder cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="56"/>
        <source>Källmappen %1 kan inte öppnas:
%2</source>
        <translation>The source folder %1 cannot be opened:
%2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="61"/>
        <source>Det finns ändringar från %1 som inte sparades (programmet avslutades innan de sparades). Vill du ta tillbaka dem?</source>
        <translation>There are changes from %1 that were not saved (the program ended before they were saved). Do you want to take them back?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="66"/>
        <source>Obs: filerna i källmappen har ändrats sedan dess; det som tas tillbaka ersätter de ändringarna.</source>
        <translation>Note: the files in the source folder have changed since then; what is taken back replaces those changes.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="70"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="314"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="87"/>
        <source>Redigera innehållspaket</source>
        <translation>Edit content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="88"/>
        <source>Redaktörsläget ändrar en källmapp: catalog.toml, dokumenten och åtgärdskortets kontakter. Öppna en källmapp du redan har, skapa en från det innehållspaket som används nu, eller börja med en tom.</source>
        <translation>The editor changes a source folder: catalog.toml, the documents and the action card&apos;s contacts. Open a source folder you already have, create one from the content pack in use now, or start with an empty one.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="92"/>
        <source>Öppna &amp;källmapp…</source>
        <translation>Open &amp;source folder…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="94"/>
        <source>Skapa från &amp;aktivt paket…</source>
        <translation>Create from the &amp;active pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="96"/>
        <source>Skapa &amp;tom källmapp…</source>
        <translation>Create an &amp;empty source folder…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="105"/>
        <source>Välj källmapp</source>
        <translation>Choose the source folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="106"/>
        <source>Välj en tom mapp för den nya källmappen</source>
        <translation>Choose an empty folder for the new source folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="125"/>
        <source>inget innehållspaket är installerat</source>
        <translation>no content pack is installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="130"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="134"/>
        <source>Källmappen kunde inte skapas</source>
        <translation>The source folder could not be created</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="138"/>
        <source>Ingen källmapp</source>
        <translation>No source folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/__init__.py" line="138"/>
        <source>Mappen %1 har ingen catalog.toml. Välj en källmapp, eller skapa en från det aktiva paketet.</source>
        <translation>The folder %1 has no catalog.toml. Choose a source folder, or create one from the active pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="315"/>
        <source>Källmappen har ändringar som inte är sparade. Spara dem innan fönstret stängs?</source>
        <translation>The source folder has changes that are not saved. Save them before the window closes?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="358"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/window.py" line="366"/>
        <source>Paketet kan inte publiceras ännu</source>
        <translation>The pack cannot be published yet</translation>
    </message>
</context>
<context>
    <name>FallbackEditor</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="64"/>
        <source>Reservnummer: kortet &amp;hänvisar till dessa när numret saknas, i den här ordningen</source>
        <translation>Fallbac&amp;k numbers: the card refers to these when the number is missing, in this order</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="68"/>
        <source>Reservnummer</source>
        <translation>Fallback numbers</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="74"/>
        <source>Inga reservnummer: saknas numret visar kortet bara 112 för akuta fall.</source>
        <translation>No fallback numbers: while the number is missing the card shows only 112, for emergencies.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="76"/>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="77"/>
        <source>Flytta ner</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="78"/>
        <source>Ta bort reserv</source>
        <translation>Remove fallback</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="83"/>
        <source>Kontakt att lägga till som reserv</source>
        <translation>Contact to add as a fallback</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="85"/>
        <source>Välj en kontakt …</source>
        <translation>Choose a contact …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="86"/>
        <source>Lägg till som reserv</source>
        <translation>Add as fallback</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fallback.py" line="182"/>
        <source>En kontakt för hela länet: lägg bara till den om den gäller för %1 (se dess namn och anteckning).</source>
        <translation>A contact for the whole county: add it only if it applies to %1 (see its name and note).</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fields.py" line="100"/>
        <source>Värdet kan inte användas, och det som fanns förut gäller</source>
        <translation>The value cannot be used, and what was there before still applies</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fields.py" line="107"/>
        <source>Värdet har inte den form det ska ha</source>
        <translation>The value is not in the form it should have</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fields.py" line="117"/>
        <source>%1: värdet i fältet godtogs inte och är inte med i paketet – %2</source>
        <translation>%1: the value in the field was not accepted and is not in the pack – %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fields.py" line="121"/>
        <source>%1: värdet i fältet godtogs inte och är inte med i paketet</source>
        <translation>%1: the value in the field was not accepted and is not in the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/fields.py" line="157"/>
        <source>Meddelande om %1</source>
        <translation>Message about %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="241"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="242"/>
        <source>Sök i dokumentet</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="244"/>
        <source>Enter går till nästa träff, Skift+Enter till föregående, Esc stänger</source>
        <translation>Enter goes to the next match, Shift+Enter to the previous one, Esc closes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="255"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="284"/>
        <source>Träffar i dokumentet</source>
        <translation>Matches in the document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="264"/>
        <source>Stäng Sök i dokumentet (Esc)</source>
        <translation>Close Find in document (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="265"/>
        <source>Stäng Sök i dokumentet</source>
        <translation>Close Find in document</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="140"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="203"/>
        <source>Söker …</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="204"/>
        <source>%1 av minst %2</source>
        <translation>%1 of at least %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="208"/>
        <source>Ingen träff – sidorna har ingen text att söka i</source>
        <translation>No match – the pages have no text to search</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="210"/>
        <source>Ingen träff</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="212"/>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="214"/>
        <source>%1 för ”%2”</source>
        <translation>%1 for “%2”</translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="110"/>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="193"/>
        <source>Glöm allt</source>
        <translation>Forget everything</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="113"/>
        <source>Programmet glömmer vilka sidor du senast läste i innehållspaketets dokument, sida och zoom för egna PDF-filer som du bett det komma ihåg, mappen du senast sparade i och mapparna som filväljaren kommer ihåg. Öppna egna filer stängs och sökningen töms. Det du har sökt sparas aldrig.</source>
        <translation>The program forgets which pages you last read in the content pack&apos;s documents, the page and zoom of your own PDF files that you asked it to remember, the folder you last saved in and the folders the file chooser remembers. Your own open files are closed and the search is cleared. What you searched for is never saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="122"/>
        <source>Ta också bort Mina sidor (%n st.)</source>
        <translation>
            <numerusform>Also remove My pages (%n page)</numerusform>
            <numerusform>Also remove My pages (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="124"/>
        <source>Ta också bort Mina sidor (den sparade listan som inte kunde läsas)</source>
        <translation>Also remove My pages (the saved list that could not be read)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="126"/>
        <source>Ta också bort Mina sidor (inga sparade)</source>
        <translation>Also remove My pages (none saved)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="132"/>
        <source>&amp;Glöm</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="134"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="149"/>
        <source>sökningen i sökfältet</source>
        <translation>the search in the search field</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="151"/>
        <source>sparade sidor för %n dokument</source>
        <translation>
            <numerusform>remembered pages of %n document</numerusform>
            <numerusform>remembered pages of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="154"/>
        <source>sida och zoom för egna filer: %n</source>
        <translation>
            <numerusform>page and zoom of %n of your own files</numerusform>
            <numerusform>page and zoom of %n of your own files</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="157"/>
        <source>mappen du senast sparade i</source>
        <translation>the folder you last saved in</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="159"/>
        <source>mapparna som filväljaren kom ihåg</source>
        <translation>the folders the file chooser remembered</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="161"/>
        <source>öppna egna filer, nu stängda: %n</source>
        <translation>
            <numerusform>%n open file of your own, now closed</numerusform>
            <numerusform>%n open files of your own, now closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="164"/>
        <source>Mina sidor: %n</source>
        <translation>
            <numerusform>%n page in My pages</numerusform>
            <numerusform>%n pages in My pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="166"/>
        <source>sparade kopior av Mina sidor som inte kunde läsas: %n</source>
        <translation>
            <numerusform>%n saved copy of My pages that could not be read</numerusform>
            <numerusform>%n saved copies of My pages that could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="169"/>
        <source>sparade kopior av inställningar som inte kunde användas: %n</source>
        <translation>
            <numerusform>%n saved copy of settings that could not be used</numerusform>
            <numerusform>%n saved copies of settings that could not be used</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="172"/>
        <source>Det fanns inget sparat att glömma.</source>
        <translation>There was nothing saved to forget.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/privacy.py" line="173"/>
        <source>Borttaget:</source>
        <translation>Removed:</translation>
    </message>
</context>
<context>
    <name>HolidayRow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="302"/>
        <source>Ta bort helgdagstid</source>
        <translation>Remove holiday hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="303"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="305"/>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="319"/>
        <source>Helgdag öppnar, rad %1</source>
        <translation>Holiday opens, row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="320"/>
        <source>Helgdag stänger, rad %1</source>
        <translation>Holiday closes, row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="321"/>
        <source>Ta bort helgdagstid %1</source>
        <translation>Remove holiday hours %1</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="124"/>
        <source>mm-dd</source>
        <translation>mm-dd</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="133"/>
        <source>tt:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="350"/>
        <source>Öppettider (avgör &quot;öppet nu&quot; på kortet)</source>
        <translation>Opening hours (decide &quot;open now&quot; on the card)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="356"/>
        <source>Dygnet runt</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="357"/>
        <source>Okända</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="358"/>
        <source>Tider</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="365"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="367"/>
        <source>Tiderna är inte bekräftade</source>
        <translation>The hours are not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="369"/>
        <source>Kortet säger då troligen öppet eller troligen stängt, aldrig säkert</source>
        <translation>The card then says probably open or probably closed, never for certain</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="371"/>
        <source>Tiderna kommer från en osäker eller gammal källa: kortet säger &quot;troligen öppet&quot; eller &quot;troligen stängt&quot; i stället för att påstå det</source>
        <translation>The hours come from an uncertain or old source: the card says &quot;probably open&quot; or &quot;probably closed&quot; instead of stating it</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="379"/>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="381"/>
        <source>Helgdagar: öppet de här tiderna i stället för veckodagens (ingen rad: stängt på helgdagar)</source>
        <translation>Public holidays: open at these times instead of the weekday&apos;s (no row: closed on public holidays)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="389"/>
        <source>Lägg till helgdagstid</source>
        <translation>Add holiday hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="392"/>
        <source>Dag före helgdag öppnar</source>
        <translation>Day before a public holiday opens</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="394"/>
        <source>Dag före helgdag öppnar (tt:mm; tomt: som vanligt)</source>
        <translation>Day before a public holiday opens at (hh:mm; empty: as usual)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="409"/>
        <source>Anv&amp;änd tiderna</source>
        <translation>App&amp;ly the hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="411"/>
        <source>Tiderna är ändrade men inte använda än.</source>
        <translation>The hours are changed but not applied yet.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="418"/>
        <source>Meddelande om öppettiderna</source>
        <translation>Message about the opening hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/contacts.py" line="504"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="504"/>
        <source>Lägg till minst en rad med tider, eller välj Okända.</source>
        <translation>Add at least one row of times, or choose Unknown.</translation>
    </message>
</context>
<context>
    <name>HoursRow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="148"/>
        <source>Mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="148"/>
        <source>Tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="148"/>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="148"/>
        <source>Tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="149"/>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="149"/>
        <source>Lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="149"/>
        <source>Sön</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="150"/>
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="150"/>
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="150"/>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="151"/>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="151"/>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="151"/>
        <source>lördag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="152"/>
        <source>söndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="156"/>
        <source>till nästa dag</source>
        <translation>until the next day</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="157"/>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="158"/>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="160"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="171"/>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="162"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="162"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="162"/>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="162"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="163"/>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="163"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="163"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="163"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="164"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="164"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="164"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="164"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="169"/>
        <source>Gäller</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="214"/>
        <source>%1, rad %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="215"/>
        <source>Öppnar, rad %1</source>
        <translation>Opens, row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="216"/>
        <source>Stänger, rad %1</source>
        <translation>Closes, row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="217"/>
        <source>Till nästa dag, rad %1</source>
        <translation>Until the next day, row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="218"/>
        <source>Gäller från (mm-dd), rad %1</source>
        <translation>Applies from (mm-dd), row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="219"/>
        <source>Gäller till och med (mm-dd), rad %1</source>
        <translation>Applies up to and including (mm-dd), row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="221"/>
        <source>Ta bort rad %1</source>
        <translation>Remove row %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="261"/>
        <source>(tomt: hela året)</source>
        <translation>(blank: all year)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/hours.py" line="270"/>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="218"/>
        <source>Importera innehållspaket</source>
        <translation>Import content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="224"/>
        <source>Läser paketet …</source>
        <translation>Reading the pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="263"/>
        <source>Paketets innehåll</source>
        <translation>The pack&apos;s contents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="267"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="267"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="272"/>
        <source>Paketet</source>
        <translation>The pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="276"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="276"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="276"/>
        <source>Skapat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="276"/>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="281"/>
        <source>Utgivare:</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="282"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="283"/>
        <source>Skapat:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="284"/>
        <source>Signatur:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="287"/>
        <source>Vad är nytt</source>
        <translation>What&apos;s new</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="290"/>
        <source>Vad är nytt:</source>
        <translation>What&apos;s new:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="295"/>
        <source>Det här ändras</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="300"/>
        <source>Ändringar mot det installerade innehållet</source>
        <translation>Changes from the installed content</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="310"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="314"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="326"/>
        <source>&amp;Jag litar på det här paketet trots att det inte är signerat</source>
        <translation>I &amp;trust this pack even though it is not signed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="327"/>
        <source>Installera den ä&amp;ldre versionen (nedgradering)</source>
        <translation>Install the &amp;older version (downgrade)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="335"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="337"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="338"/>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="343"/>
        <source>&amp;Installera</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="344"/>
        <source>Installera paketet</source>
        <translation>Install the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="345"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="346"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="372"/>
        <source>%1 (installerat nu: %2)</source>
        <translation>%1 (installed now: %2)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="400"/>
        <source>Kontrollerar paketets filer …</source>
        <translation>Checking the pack’s files …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="439"/>
        <source>Paketet är skadat och kan inte installeras.</source>
        <translation>The pack is damaged and cannot be installed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="440"/>
        <source>Paketets filer kunde inte kontrolleras.</source>
        <translation>The pack’s files could not be checked.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="446"/>
        <source>Signaturen kan inte bedömas – listan över tillbakadragna nycklar kan inte läsas</source>
        <translation>The signature cannot be judged – the list of retired keys cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="450"/>
        <source>Verifierat av %1</source>
        <translation>Verified: signed by %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="451"/>
        <source>Osignerat paket</source>
        <translation>Unsigned pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="452"/>
        <source>Ogiltig signatur – paketet kan ha ändrats</source>
        <translation>Invalid signature – the pack may have been altered</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="453"/>
        <source>Signerat med en nyckel som utgivaren har dragit tillbaka</source>
        <translation>Signed with a key its publisher has retired</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="455"/>
        <source>Signerat med en okänd nyckel</source>
        <translation>Signed with an unknown key</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="459"/>
        <source>Nyckel-id: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="465"/>
        <source>Signeringsnycklar som ändras</source>
        <translation>Signing keys that change</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="467"/>
        <source>Flikar som blir tomma: paketet har inget dokument för dem</source>
        <translation>Tabs that will be empty: the pack has no document for them</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="469"/>
        <source>Nya dokument</source>
        <translation>New documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="470"/>
        <source>Uppdaterade dokument</source>
        <translation>Updated documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="471"/>
        <source>Borttagna dokument</source>
        <translation>Removed documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="473"/>
        <source>Dokument som inte går att söka i (PDF:en har ingen text, inskannad?)</source>
        <translation>Documents that cannot be searched (the PDF has no text; scanned?)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="475"/>
        <source>Ändrade kontakter i åtgärdskortet</source>
        <translation>Changed contacts on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="477"/>
        <source>Nya kontakter i åtgärdskortet</source>
        <translation>New contacts on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="479"/>
        <source>Borttagna kontakter i åtgärdskortet</source>
        <translation>Removed contacts on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="493"/>
        <source>Inga dokument eller kontakter ändras.</source>
        <translation>No documents or contacts change.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="502"/>
        <source>Klart att installera.</source>
        <translation>Ready to install.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="503"/>
        <source>Bekräfta rutan ovan för att kunna installera.</source>
        <translation>Tick the box above to be able to install.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="517"/>
        <source>Installerar …</source>
        <translation>Installing…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="547"/>
        <source>%1 – %p %</source>
        <translation>%1 – %p%</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="551"/>
        <source>Kontrollerar dokumenten …</source>
        <translation>Checking the documents…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="553"/>
        <source>Kontrollerar: %1</source>
        <translation>Checking: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="555"/>
        <source>Installerar: %1</source>
        <translation>Installing: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="559"/>
        <source>Installerat: %1 %2</source>
        <translation>Installed: %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="568"/>
        <source>Installationen avbröts.</source>
        <translation>The installation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="570"/>
        <source>Ett annat program installerar ett innehållspaket just nu. Försök igen om en stund.</source>
        <translation>Another program is installing a content pack right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="574"/>
        <source>Installationen misslyckades.</source>
        <translation>The installation failed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="584"/>
        <source>Paketet kan inte installeras.</source>
        <translation>The pack cannot be installed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="596"/>
        <source>Filen %1 i paketet har uppgifter som den här versionen av programmet inte känner till: %2.</source>
        <translation>The file %1 in the pack has entries this version of the program does not know: %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="600"/>
        <source>Filen %1 i paketet har ett nyare format än den här versionen av programmet kan läsa.</source>
        <translation>The file %1 in the pack has a newer format than this version of the program can read.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="602"/>
        <source>Paketet är gjort för en nyare version av programmet – uppdatera programmet först.</source>
        <translation>The pack was made for a newer version of the program – update the program first.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="604"/>
        <source>Installera den nyare versionen av programmet (fråga IT-avdelningen) och importera sedan paketet igen.</source>
        <translation>Install the newer version of the program (ask your IT department), then import the pack again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="613"/>
        <source>Ej verifierat – paketet är skadat</source>
        <translation>Not verified – the pack is damaged</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="615"/>
        <source>Inte installerat – se meddelandet nedan</source>
        <translation>Not installed – see the message below</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="648"/>
        <source> (fil: %1, uppgift: %2)</source>
        <translation> (file: %1, item: %2)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="649"/>
        <source> (uppgift: %1)</source>
        <translation> (item: %1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="662"/>
        <source>Paketet är signerat med en nyckel som utgivaren har dragit tillbaka. Hämta ett nytt paket från utgivaren</source>
        <translation>The pack is signed with a key that the publisher has retired. Get a new pack from the publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="686"/>
        <source>Uppgiften %1 saknas</source>
        <translation>The item %1 is missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="687"/>
        <source>Uppgifterna %1 och %2 saknas</source>
        <translation>The items %1 and %2 are missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="697"/>
        <source>Dokumentet ”%1” (filen %2) är skadat eller har ändrats efter att paketet gjordes</source>
        <translation>The document “%1” (file %2) is damaged or was changed after the pack was made</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="699"/>
        <source>Filen %1 i paketet är skadad eller har ändrats efter att paketet gjordes</source>
        <translation>The file %1 in the pack is damaged or was changed after the pack was made</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="735"/>
        <source>Filen är inget innehållspaket: paketets förteckning över sitt innehåll saknas</source>
        <translation>The file is not a content pack: the pack&apos;s list of its contents is missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="659"/>
        <source>Paketet har ändrats efter att det signerades, eller är förfalskat. Hämta en ny kopia från utgivaren</source>
        <translation>The pack has been changed since it was signed, or it is forged. Get a new copy from the publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="665"/>
        <source>Paketet är signerat med en nyckel som programmet inte litar på (nyckel-id %1). En administratör kan lägga till nyckeln</source>
        <translation>The pack is signed with a key the program does not trust (key ID %1). An administrator can add the key</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="669"/>
        <source>Den här versionen är redan installerad</source>
        <translation>This version is already installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="646"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="689"/>
        <source> (fil: %1)</source>
        <translation> (file: %1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="85"/>
        <source>formatversion</source>
        <translation>format version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="86"/>
        <source>utgivare</source>
        <translation>publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="87"/>
        <source>datum då paketet gjordes</source>
        <translation>date the pack was made</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="88"/>
        <source>lista över filer</source>
        <translation>list of files</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="89"/>
        <source>lista över dokument</source>
        <translation>list of documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="90"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="91"/>
        <source>flik</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="92"/>
        <source>sammanfattning</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="93"/>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="94"/>
        <source>antal sidor</source>
        <translation>number of pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="95"/>
        <source>språk</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="96"/>
        <source>ursprung</source>
        <translation>origin</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="97"/>
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="98"/>
        <source>källor</source>
        <translation>sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="99"/>
        <source>sökväg</source>
        <translation>path</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="100"/>
        <source>storlek</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="101"/>
        <source>kontrollsumma</source>
        <translation>checksum</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="102"/>
        <source>webbadress</source>
        <translation>web address</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="103"/>
        <source>kontrolldatum</source>
        <translation>date checked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="672"/>
        <source>… och %n problem till.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="674"/>
        <source>Hämta en ny kopia av paketet från utgivaren.</source>
        <translation>Get a new copy of the pack from its publisher.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="702"/>
        <source>Dokumentet ”%1” (filen %2) saknas i paketet, fast paketet anger det</source>
        <translation>The document “%1” (file %2) is missing from the pack, although the pack lists it</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="704"/>
        <source>Filen %1 saknas i paketet, fast paketet anger den</source>
        <translation>The file %1 is missing from the pack, although the pack lists it</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="706"/>
        <source>Paketet innehåller filen %1, som inte hör till det: paketet har ändrats efter att det gjordes</source>
        <translation>The pack contains the file %1, which does not belong to it: the pack has been changed after it was made</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="709"/>
        <source>Paketet innehåller något som ett innehållspaket aldrig innehåller (%1), så filen är skadad eller inget riktigt innehållspaket</source>
        <translation>The pack contains something a content pack never contains (%1), so the file is damaged or not a real content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="712"/>
        <source>Paketet är inte uppbyggt som ett innehållspaket, så filen är skadad eller inget riktigt innehållspaket</source>
        <translation>The pack is not built like a content pack, so the file is damaged or not a real content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="715"/>
        <source>Filen %1 i paketet skulle packas upp från %2 till %3, mycket mer än något innehållspaket; filen är skadad eller inget riktigt innehållspaket</source>
        <translation>The file %1 in the pack would unpack from %2 to %3, far more than any content pack; the file is damaged or not a real content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="720"/>
        <source>Paketet innehåller orimligt många filer; filen är skadad eller inget riktigt innehållspaket</source>
        <translation>The pack contains an unreasonable number of files; the file is damaged or not a real content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="723"/>
        <source>Paketet skulle packas upp till mycket mer än något innehållspaket; filen är skadad eller inget riktigt innehållspaket</source>
        <translation>The pack would unpack to far more than any content pack; the file is damaged or not a real content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="726"/>
        <source>Det här är en mapp, inte ett innehållspaket. Ett innehållspaket är en enda fil vars namn slutar på .kvpack: välj den i stället</source>
        <translation>This is a folder, not a content pack. A content pack is a single file whose name ends in .kvpack: choose that instead</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="729"/>
        <source>Filen är skadad: förteckningen över vad den innehåller kan inte läsas</source>
        <translation>The file is damaged: the list of what it contains cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="732"/>
        <source>Filen är inte hel (slutet saknas), till exempel efter en kopiering som avbröts</source>
        <translation>The file is not whole (its end is missing), for example after a copy that was interrupted</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="741"/>
        <source>Det installerade innehållet är oförändrat.</source>
        <translation>The installed content is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="743"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="743"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="744"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="756"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="757"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="776"/>
        <source>Avbryter … inget installerat ändras.</source>
        <translation>Cancelling… nothing installed is changed.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="36"/>
        <source>Orosanmälan om barn</source>
        <translation>Report of concern about a child</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="37"/>
        <source>Orosanmälan om vuxna</source>
        <translation>Report of concern about an adult</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="38"/>
        <source>Växel</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="39"/>
        <source>Socialjour (utanför kontorstid)</source>
        <translation>Out-of-hours social services</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="40"/>
        <source>Djurskydd</source>
        <translation>Animal welfare</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="41"/>
        <source>Polisen</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="42"/>
        <source>Hälso- och sjukvård</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="43"/>
        <source>Stöd</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="44"/>
        <source>Nödnummer</source>
        <translation>Emergency number</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="47"/>
        <source>Länet</source>
        <translation>The county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="48"/>
        <source>Nationella nummer och stödlinjer</source>
        <translation>National numbers and helplines</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="51"/>
        <source>bekräftad</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="52"/>
        <source>ej bekräftad – kontrollera</source>
        <translation>not confirmed – check</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="53"/>
        <source>uppgift saknas</source>
        <translation>details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="56"/>
        <source>Strategi</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="57"/>
        <source>Samverkansplan</source>
        <translation>Collaboration plan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="58"/>
        <source>Åtgärdskort</source>
        <translation>Action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="59"/>
        <source>Publikationer</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="304"/>
        <source>%1 och %2 till</source>
        <translation>%1 and %2 more</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="234"/>
        <source>Kvinnofrid Västmanland</source>
        <translation>Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="313"/>
        <source>Innehållet skulle ha förnyats senast %1. Det går att använda som vanligt, men kontrollera numren innan du ringer och fråga samordnaren efter ett nytt innehållspaket.</source>
        <translation>The content should have been renewed by %1. It can be used as usual, but check the numbers before you call and ask the coordinator for a new content pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="281"/>
        <source>Inställningarna har skrivits av en nyare version av programmet och kan inte användas av den här versionen, så standardvärdena används nu. Filen sparades som %1; den kan döpas tillbaka till %2 när den nyare versionen används igen.</source>
        <translation>The settings were written by a newer version of the program and cannot be used by this version, so the default values are used now. The file was saved as %1; it can be renamed back to %2 when the newer version is used again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="286"/>
        <source>Inställningarna kunde inte läsas, så standardvärdena används nu. Den gamla filen sparades som %1.</source>
        <translation>The settings could not be read, so the defaults are used now. The old file was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="293"/>
        <source>Inställningsfilen skadades medan programmet var öppet. Inget gick förlorat: allt sparades på nytt, även Mina sidor.</source>
        <translation>The settings file was damaged while the program was open. Nothing was lost: everything was saved again, My pages too.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="296"/>
        <source>Inställningsfilen skadades igen medan programmet var öppet. Det som ändrats sedan start sparades på nytt, även Mina sidor.</source>
        <translation>The settings file was damaged again while the program was open. What changed since the start was saved again, My pages too.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="299"/>
        <source>Den skadade filen sparades som %1.</source>
        <translation>The damaged file was kept as %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="404"/>
        <source>Åtgärdskortet öppnas …</source>
        <translation>Opening the action card …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="455"/>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="462"/>
        <source>Flikar</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="470"/>
        <source>&amp;Strategi</source>
        <translation>S&amp;trategy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="470"/>
        <source>Sa&amp;mverkansplan</source>
        <translation>Co&amp;llaboration plan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="471"/>
        <source>Å&amp;tgärdskort</source>
        <translation>&amp;Action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="471"/>
        <source>&amp;Publikationer</source>
        <translation>&amp;Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="522"/>
        <source>Öv&amp;ersikt: mål och fokusområden</source>
        <translation>&amp;Overview: goals and focus areas</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="523"/>
        <source>Öv&amp;ersikt: aktörer och roller</source>
        <translation>&amp;Overview: actors and roles</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="537"/>
        <source>Innehållspaketet har inget åtgärdskort.</source>
        <translation>The content pack has no action card.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="552"/>
        <source>Åtgärdskortet i det här innehållspaketet är gjort för en nyare version av programmet. Uppdatera programmet för att se det.</source>
        <translation>The action card in this content pack was made for a newer version of the program. Update the program to see it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="560"/>
        <source>Åtgärdskortet i innehållspaketet är skadat. Välj Arkiv → Inställningar → Innehållspaket → Återställ föregående innehållspaket, eller be samordnaren om ett nytt paket.</source>
        <translation>The action card in the content pack is damaged. Choose File → Settings → Content packs → Restore the previous content pack, or ask the coordinator for a new pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="594"/>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="600"/>
        <source>Sö&amp;k:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="628"/>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="808"/>
        <source>Innehåll: %1, version %2</source>
        <translation>Content: %1, version %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="811"/>
        <source>Aktivt innehållspaket</source>
        <translation>Active content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="918"/>
        <source>Öppna PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="919"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1160"/>
        <source>Sidopaneler</source>
        <translation>Side panels</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1388"/>
        <source>Träffarna kommer från ett innehållspaket som inte längre är aktivt: numren kan ha ändrats. Visa det aktiva paketet innan du ringer.</source>
        <translation>These results come from a content pack that is no longer active: the numbers may have changed. Show the active pack before you call.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1400"/>
        <source>Innehållspaketet byttes utanför fönstret. Fönstret visar strax det aktiva paketet; sök då igen.</source>
        <translation>The content pack was changed outside this window. The window will show the active pack in a moment; search again then.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1601"/>
        <source>Kvinnofrid Västmanland %1</source>
        <translation>Kvinnofrid Västmanland %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1603"/>
        <source>Ett stöd utan internet för arbetet mot mäns våld mot kvinnor, våld i nära relationer och våld mot djur i Västmanlands län.</source>
        <translation>An offline aid for the work against men&apos;s violence against women, violence in close relationships and violence against animals in Västmanland County.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1605"/>
        <source>Innehållspaket: %1, version %2.</source>
        <translation>Content pack: %1, version %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1606"/>
        <source>Standardinnehållet är en sammanställning ur offentliga källor gjord av programmet, inte officiella dokument från Länsstyrelsen.</source>
        <translation>The default content is a compilation from public sources made by the program, not official documents from the County Administrative Board (Länsstyrelsen).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1610"/>
        <source>Om Kvinnofrid Västmanland</source>
        <translation>About Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1634"/>
        <source>Licenser: programmet EUPL-1.2. Qt och PySide6 LGPL-3.0, Python PSF-licensen, PyNaCl Apache-2.0 (libsodium ISC), pypdf och snowballstemmer BSD-3-Clause, fpdf2 LGPL-3.0, platformdirs, tomlkit, fontTools, markdown-it-py, mdurl och ICU MIT, defusedxml och typing_extensions PSF-licensen, typsnittet DejaVu en fri licens.</source>
        <translation>Licences: the program EUPL-1.2. Qt and PySide6 LGPL-3.0, Python the PSF licence, PyNaCl Apache-2.0 (libsodium ISC), pypdf and snowballstemmer BSD-3-Clause, fpdf2 LGPL-3.0, platformdirs, tomlkit, fontTools, markdown-it-py, mdurl and ICU MIT, defusedxml and typing_extensions the PSF licence, the DejaVu typeface a free licence.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1640"/>
        <source>Licenstexterna följer med det installerade programmet, i mappen licenses.</source>
        <translation>The licence texts come with the installed program, in the folder licenses.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="1643"/>
        <source>Licenstexterna finns i mappen licenses: %1</source>
        <translation>The licence texts are in the folder licenses: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="85"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="91"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="99"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="100"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="105"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="106"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="102"/>
        <source>Skriv dokumentets lösenord och tryck Enter</source>
        <translation>Type the document&apos;s password and press Enter</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="107"/>
        <source>Öppna dokumentet med lösenordet (Enter)</source>
        <translation>Open the document with the password (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="110"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="111"/>
        <source>Kopiera adress</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="112"/>
        <source>Kopiera webbadressen till urklipp</source>
        <translation>Copy the web address to the clipboard</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="116"/>
        <source>Meddelandets åtgärd</source>
        <translation>The message&apos;s action</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="122"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="123"/>
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="175"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="175"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="176"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/notices.py" line="24"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/notices.py" line="27"/>
        <location filename="../../src/kvinnofrid_desktop/ui/notices.py" line="28"/>
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/notices.py" line="31"/>
        <source>Åtgärd för meddelandet</source>
        <translation>Action for the message</translation>
    </message>
</context>
<context>
    <name>NoticeRow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="387"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="97"/>
        <source>Importera innehållspaket</source>
        <translation>Import content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="98"/>
        <source>Innehållspaket (*.kvpack)</source>
        <translation>Content packs (*.kvpack)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="123"/>
        <source>Det föregående innehållspaketet är återställt.</source>
        <translation>The previous content pack has been restored.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="128"/>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="186"/>
        <source>Återställ föregående innehållspaket</source>
        <translation>Restore the previous content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="138"/>
        <source>Inget att återställa</source>
        <translation>Nothing to restore</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="160"/>
        <source>Den delade mappen för nya innehållspaket kan inte nås: %1 (%2). Inga nya paket erbjuds därifrån förrän den går att läsa; säg till IT-avdelningen om det fortsätter.</source>
        <translation>The shared folder for new content packs cannot be reached: %1 (%2). No new packs are offered from it until it can be read; tell the IT department if this continues.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="166"/>
        <source>Ett nytt innehållspaket finns i den delade mappen: %1, version %2.</source>
        <translation>A new content pack is in the shared folder: %1, version %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="168"/>
        <source>Visa och installera…</source>
        <translation>Show and install…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="115"/>
        <source>Innehållspaketet %1 %2 är installerat. Föregående innehållspaket kan återställas under Arkiv → Inställningar → Innehållspaket.</source>
        <translation>The content pack %1 %2 is installed. The previous content pack can be restored under File → Settings → Content packs.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="129"/>
        <source>Vill du återställa föregående innehållspaket? Det aktiva paketet tas bort; du kan importera det igen senare.</source>
        <translation>Do you want to restore the previous content pack? The active pack is removed; you can import it again later.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="139"/>
        <source>Föregående innehållspaket kunde inte återställas: %1. Be samordnaren om ett nytt paket.</source>
        <translation>The previous content pack could not be restored: %1. Ask the coordinator for a new pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="182"/>
        <source>En fil i innehållspaketet stämmer inte längre med det som installerades: %1 (%2). Lita inte på innehållet. Återställ föregående innehållspaket, och importera sedan paketet igen om du behöver det.</source>
        <translation>A file in the content pack no longer matches what was installed: %1 (%2). Do not rely on its content. Restore the previous content pack, and then import the pack again if you need it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="250"/>
        <source>Ett annat innehållspaket är aktivt nu: %1. Det installerades eller återställdes utanför det här fönstret, som fortfarande visar %2 %3.</source>
        <translation>Another content pack is active now: %1. It was installed or restored outside this window, which still shows %2 %3.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="255"/>
        <source>Visa det aktiva paketet</source>
        <translation>Show the active pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="259"/>
        <source>Kontakterna här kommer från innehållspaketet %1 %2, som inte längre är aktivt. I det aktiva paketet är de desamma.</source>
        <translation>The contacts here come from the content pack %1 %2, which is no longer active. They are the same in the active pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="263"/>
        <source>Kontakterna här kommer från innehållspaketet %1 %2, som inte längre är aktivt: numren kan ha ändrats. Visa det aktiva paketet innan du ringer.</source>
        <translation>The contacts here come from the content pack %1 %2, which is no longer active: the numbers may have changed. Show the active pack before you call.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="278"/>
        <source>Fönstret visar nu det aktiva innehållspaketet, %1.</source>
        <translation>The window now shows the active content pack, %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="289"/>
        <source>Innehållspaketet byttes utanför fönstret: %1 %2, som fönstret visar, finns inte längre. Fönstret visar det aktiva paketet, %3, när dialogrutan har stängts.</source>
        <translation>The content pack was changed outside this window: %1 %2, which the window shows, no longer exists. The window will show the active pack, %3, when the dialog has been closed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="299"/>
        <source>Innehållspaketet byttes utanför fönstret: %1 %2, som fönstret visade, återställdes eller togs bort av ett annat program. Fönstret visar nu det aktiva paketet, %3.</source>
        <translation>The content pack was changed outside this window: %1 %2, which the window showed, was restored to an earlier pack or removed by another program. The window now shows the active pack, %3.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="332"/>
        <source>Åtgärdskortets kontakter är desamma i båda paketen.</source>
        <translation>The action card&apos;s contacts are the same in both packs.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="343"/>
        <source>Kontaktuppgifter har ändrats: %1.</source>
        <translation>Contact details have changed: %1.</translation>
    </message>
</context>
<context>
    <name>PageTextView</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="100"/>
        <source>Rubrik nivå %1</source>
        <translation>Heading level %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="141"/>
        <source>&amp;Kopiera sidans text</source>
        <translation>&amp;Copy the page&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="142"/>
        <source>Kopiera sidans text</source>
        <translation>Copy the page&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="150"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="196"/>
        <source>Sidans text</source>
        <translation>The page&apos;s text</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="176"/>
        <source>Sidans text – sida %1 av %2</source>
        <translation>The page&apos;s text – page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="177"/>
        <source>Sidans text, sida %1</source>
        <translation>The page&apos;s text, page %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="184"/>
        <source>Sidan har ingen text. Den kan vara en bild eller en inskannad sida.</source>
        <translation>The page has no text. It may be a picture or a scanned page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/page_text.py" line="197"/>
        <source>Inget dokument är öppet.</source>
        <translation>No document is open.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/preview.py" line="106"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="198"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="308"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="740"/>
        <source>Filen finns inte: %1</source>
        <translation>The file does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="311"/>
        <source>Filen ”%1” kan inte läsas. Kontrollera att det är en PDF-fil och att du har behörighet att öppna den.</source>
        <translation>The file “%1” cannot be read. Check that it is a PDF file and that you are allowed to open it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="317"/>
        <source>Filen ”%1” (%2 MB) verkar ofullständig: slutet av filen saknas, som när en nedladdning har avbrutits.</source>
        <translation>The file “%1” (%2 MB) seems incomplete: the end of the file is missing, as when a download was interrupted.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="320"/>
        <source>Filen ”%1” (%2 MB) verkar skadad: dess register över var innehållet ligger stämmer inte, så hela filen måste läsas igenom.</source>
        <translation>The file “%1” (%2 MB) seems damaged: its record of where the content lies is wrong, so the whole file has to be read through.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="324"/>
        <source>Att försöka öppna den ändå kan ta lång tid, och programmet svarar inte under tiden.</source>
        <translation>Trying to open it anyway can take a long time, and the program does not respond meanwhile.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="325"/>
        <source>Försök öppna ändå</source>
        <translation>Try to open anyway</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="728"/>
        <source>Fel lösenord. Försök igen.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="731"/>
        <source>Dokumentet är lösenordsskyddat. Skriv lösenordet för att öppna ”%1”.</source>
        <translation>The document is password-protected. Type the password to open “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="734"/>
        <source>Dokumentet ”%1” är skyddat på ett sätt som programmet inte kan öppna.</source>
        <translation>The document “%1” is protected in a way the program cannot open.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="737"/>
        <source>Filen ”%1” är inte färdigkopierad ännu. Försök igen om en stund.</source>
        <translation>The file “%1” has not finished copying yet. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="742"/>
        <source>Filen ”%1” kunde inte öppnas. Den är skadad eller inte en PDF.</source>
        <translation>The file “%1” could not be opened. It is damaged or not a PDF.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="744"/>
        <source>Filen ”%1” kunde inte öppnas på grund av ett okänt fel.</source>
        <translation>The file “%1” could not be opened because of an unknown error.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="771"/>
        <source>Skriv lösenordet först.</source>
        <translation>Type the password first.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="814"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="815"/>
        <source>Inget dokument</source>
        <translation>No document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="816"/>
        <source>Inget dokument är öppet</source>
        <translation>No document is open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="859"/>
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1026"/>
        <source>Sidan finns inte (1–%1).</source>
        <translation>The page does not exist (1–%1).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1088"/>
        <source>Länken går till %1
Programmet arbetar utan internet och öppnar inga webbsidor.</source>
        <translation>The link goes to %1
The program works without the internet and opens no web pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1103"/>
        <source>Text kan inte markeras i sidan. Markera och kopiera den i sidans text bredvid sidan.</source>
        <translation>Text cannot be selected in the page. Select and copy it in the page&apos;s text beside the page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1107"/>
        <source>Text kan inte markeras i sidan. Tryck %1 (Visa sidans text) för att visa texten bredvid sidan, där du kan markera och kopiera den.</source>
        <translation>Text cannot be selected in the page. Press %1 (Show the page&apos;s text) to show the text beside the page, where you can select and copy it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1117"/>
        <source>Adressen är kopierad: %1
Programmet arbetar utan internet och öppnar inga webbsidor.</source>
        <translation>The address has been copied: %1
The program works without the internet and opens no web pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1237"/>
        <source>Skriv en zoomnivå mellan %1 och %2 %.</source>
        <translation>Type a zoom level between %1% and %2%.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="1242"/>
        <source>Zoomnivån kan vara mellan %1 och %2 %; den är nu %3.</source>
        <translation>The zoom level can be between %1% and %2%; it is now %3.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="50"/>
        <source>Skriv ut ”%1”</source>
        <translation>Print “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="60"/>
        <source>Utskrift till fil är avstängd av administratören: inga kopior får lämna programmet. Välj en skrivare.</source>
        <translation>Printing to a file has been turned off by the administrator: no copies may leave the program. Choose a printer.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="78"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="94"/>
        <source>PDF-filen kunde inte sparas i %1: %2</source>
        <translation>The PDF file could not be saved in %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="82"/>
        <source>Dokumentet är sparat som PDF: %1</source>
        <translation>The document is saved as PDF: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="100"/>
        <source>Sidan %1 är sparad som PDF: %2</source>
        <translation>Page %1 is saved as PDF: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="103"/>
        <source>Sidorna %1–%2 är sparade som PDF: %3</source>
        <translation>Pages %1–%2 are saved as PDF: %3</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="114"/>
        <source>Skriver ut …</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="115"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="116"/>
        <source>Skriver ut</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="123"/>
        <source>Skriver ut sida %1 av %2 …</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="136"/>
        <source>Utskriften avbröts.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="139"/>
        <source>Dokumentet kunde inte skrivas ut. Kontrollera skrivaren och försök igen.</source>
        <translation>The document could not be printed. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="180"/>
        <source>Det finns inget annat program som kan öppna PDF-filer. Läs dokumentet här i programmet, eller be IT-avdelningen installera en PDF-läsare.</source>
        <translation>There is no other program that can open PDF files. Read the document here in the program, or ask your IT department to install a PDF reader.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="150"/>
        <source>Spara en kopia</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="151"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="162"/>
        <source>Kopian kunde inte sparas</source>
        <translation>The copy could not be saved</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="163"/>
        <source>Kopian av ”%1” kunde inte sparas i %2.

Orsak: %3

Originalet är oförändrat.</source>
        <translation>The copy of “%1” could not be saved in %2.

Reason: %3

The original is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="168"/>
        <source>En kopia är sparad: %1</source>
        <translation>A copy has been saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="17"/>
        <source>Det finns inte tillräckligt med utrymme.</source>
        <translation>There is not enough space.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="18"/>
        <source>Din lagringskvot är full.</source>
        <translation>Your storage quota is full.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="19"/>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="20"/>
        <source>Du saknar behörighet att skriva där.</source>
        <translation>You are not allowed to write there.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="21"/>
        <source>Platsen är skrivskyddad.</source>
        <translation>The location is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="22"/>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="23"/>
        <source>Mappen eller filen finns inte.</source>
        <translation>The folder or file does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="24"/>
        <source>Det finns en mapp med det namnet.</source>
        <translation>There is a folder with that name.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/os_errors.py" line="25"/>
        <source>Filnamnet är för långt.</source>
        <translation>The file name is too long.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="51"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="62"/>
        <source>Skriv ett sidnummer och tryck Enter för att gå dit</source>
        <translation>Type a page number and press Enter to go there</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="76"/>
        <source>Anpassa till bredd</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="172"/>
        <source>Dokumentets rubriker. Enter går till rubrikens sida.</source>
        <translation>The document&apos;s headings. Enter goes to the heading&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="207"/>
        <source>En bild per sida. Enter går till sidan.</source>
        <translation>One picture per page. Enter goes to the page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="216"/>
        <source>Sidopanel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="61"/>
        <source>Sidnummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="77"/>
        <source>Anpassa till hel sida</source>
        <translation>Fit whole page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="81"/>
        <source>Zoomnivå</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="85"/>
        <source>Zoomnivå (%1)</source>
        <translation>Zoom level (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="93"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="99"/>
        <source>Dokumentverktyg</source>
        <translation>Document tools</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="128"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="129"/>
        <source>Fler verktyg</source>
        <translation>More tools</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="170"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="214"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="206"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="215"/>
        <source>Miniatyrer</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="217"/>
        <source>Sidopanelens flikar</source>
        <translation>Side panel tabs</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="188"/>
        <source>Administratörens inställningar nämner en inställning som programmet inte känner till; den hoppas över</source>
        <translation>The administrator&apos;s settings name a setting the program does not know; it is skipped</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="191"/>
        <source>En av administratörens inställningar kan inte användas; det säkraste värdet gäller</source>
        <translation>One of the administrator&apos;s settings cannot be used; the safest value applies</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="194"/>
        <source>Paketet är inte signerat, och administratören tillåter inte osignerade paket</source>
        <translation>The pack is not signed, and the administrator does not allow unsigned packs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="197"/>
        <source>Paketet har ändrats efter att det signerades, eller är förfalskat</source>
        <translation>The pack has been changed since it was signed, or it is forged</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="199"/>
        <source>Paketet är signerat med en nyckel som programmet inte litar på</source>
        <translation>The pack is signed with a key the program does not trust</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="201"/>
        <source>Paketet är signerat med en nyckel som utgivaren har dragit tillbaka</source>
        <translation>The pack is signed with a key its publisher has retired</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="203"/>
        <source>Paketets byte av signeringsnyckel kan inte godtas</source>
        <translation>The pack&apos;s change of signing key cannot be accepted</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="205"/>
        <source>Programmets lista över betrodda nycklar kan inte läsas</source>
        <translation>The program&apos;s list of trusted keys cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="207"/>
        <source>Paketet är äldre än det som är installerat</source>
        <translation>The pack is older than the one installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="209"/>
        <source>Den här versionen är redan installerad</source>
        <translation>This version is already installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="211"/>
        <source>Installationen avbröts</source>
        <translation>The installation was cancelled</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="212"/>
        <source>En fil i paketet stämmer inte med sin kontrollsumma – paketet kan ha ändrats</source>
        <translation>A file in the pack does not match its checksum – the pack may have been altered</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="215"/>
        <source>En fil i paketet har inte den storlek som paketet anger – paketet kan ha ändrats</source>
        <translation>A file in the pack does not have the size the pack states – the pack may have been altered</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="218"/>
        <source>Det finns inte tillräckligt med utrymme på disken</source>
        <translation>There is not enough space on the disk</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="219"/>
        <source>Programmet får inte skriva i sin datamapp</source>
        <translation>The program is not allowed to write to its data folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="223"/>
        <source>Det aktiva paketet är gjort för en nyare version av programmet och sparas för den; det föregående visas redan</source>
        <translation>The active pack was made for a newer version of the program and is kept for it; the previous one is already shown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="226"/>
        <source>Filen är inget läsbart innehållspaket, eller så är den skadad</source>
        <translation>The file is not a readable content pack, or it is damaged</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="228"/>
        <source>Paketet innehåller en otillåten sökväg</source>
        <translation>The pack contains a path that is not allowed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="231"/>
        <source>En fil i paketet saknas, är felaktig eller kan inte läsas</source>
        <translation>A file in the pack is missing, invalid or unreadable</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="233"/>
        <source>Åtgärdskortet i paketet är felaktigt</source>
        <translation>The action card in the pack is not valid</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="234"/>
        <source>Paketet kunde inte skrivas till disken</source>
        <translation>The pack could not be written to the disk</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="235"/>
        <source>De installerade innehållspaketen kunde inte läsas</source>
        <translation>The installed content packs could not be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="236"/>
        <source>En PDF-fil i paketet kan inte öppnas</source>
        <translation>A PDF file in the pack cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="237"/>
        <source>Ett dokument i paketet stämmer inte med sin beskrivning i paketet</source>
        <translation>A document in the pack does not match its description in the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="240"/>
        <source>Dokumentet har ingen text som sökningen kan hitta (en inskannad PDF?)</source>
        <translation>The document has no text the search can find (a scanned PDF?)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="242"/>
        <source>Två dokument har samma titel och går inte att skilja åt</source>
        <translation>Two documents have the same title and cannot be told apart</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="244"/>
        <source>Dokumentets år saknas; skriv vilket år det gavs ut</source>
        <translation>The document&apos;s year is missing; enter the year it was published</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="246"/>
        <source>Dokumentets utgivare saknas; skriv vem som gav ut det</source>
        <translation>The document&apos;s publisher is missing; enter who published it</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="248"/>
        <source>Dokumentet har ingen sammanfattning; Publikationer visar den tom</source>
        <translation>The document has no summary; Publications shows it empty</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="250"/>
        <source>En flik får inget dokument i paketet och blir tom</source>
        <translation>A tab gets no document in the pack and will be empty</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="252"/>
        <source>PDF-filen är tom (0 byte)</source>
        <translation>The PDF file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="221"/>
        <source>Det finns inget föregående innehållspaket att återställa</source>
        <translation>There is no previous content pack to restore</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="229"/>
        <source>Paketets innehållsförteckning saknas eller är felaktig</source>
        <translation>The pack&apos;s list of contents is missing or wrong</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="254"/>
        <source>Sökindexet kan inte användas: installera om innehållspaketet eller återställ föregående innehållspaket (Arkiv → Inställningar → Innehållspaket)</source>
        <translation>The search index cannot be used: reinstall the content pack or restore the previous content pack (File → Settings → Content packs)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="258"/>
        <source>En uppgift i en av paketets filer saknas eller har ett felaktigt värde</source>
        <translation>An entry in one of the pack&apos;s files is missing or has a wrong value</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="260"/>
        <source>En av paketets filer har en uppgift som programmet inte känner till</source>
        <translation>One of the pack&apos;s files has an entry the program does not know</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="262"/>
        <source>Paketet har ett format som den här versionen av programmet inte kan läsa</source>
        <translation>The pack has a format this version of the program cannot read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="264"/>
        <source>Paketet är gjort för en nyare version av programmet – uppdatera programmet först</source>
        <translation>The pack was made for a newer version of the program – update the program first</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="267"/>
        <source>Paketets lista över ord som betyder samma sak i sökningen är felaktig</source>
        <translation>The pack&apos;s list of words that mean the same in search is wrong</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="269"/>
        <source>Signeringsnyckeln kan inte användas</source>
        <translation>The signing key cannot be used</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="270"/>
        <source>Den versionen kan inte tas bort</source>
        <translation>That version cannot be removed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="271"/>
        <source>Den delade mappen med innehållspaket kan inte läsas</source>
        <translation>The shared folder of content packs cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="273"/>
        <source>Ett dokument i paketet hör till en flik som programmet inte har</source>
        <translation>A document in the pack belongs to a tab the program does not have</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="275"/>
        <source>Innehållspaketet finns inte</source>
        <translation>The content pack does not exist</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="277"/>
        <source>Paketet kan inte byggas i den mappen</source>
        <translation>The pack cannot be built in that folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="278"/>
        <source>Källmappens katalog (catalog.toml) saknas eller är felaktig</source>
        <translation>The source folder&apos;s catalogue (catalog.toml) is missing or wrong</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="280"/>
        <source>En kontaktuppgift behöver ses över</source>
        <translation>A contact detail needs checking</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="281"/>
        <source>En text i källmappen kan inte läsas som Markdown</source>
        <translation>A text in the source folder cannot be read as Markdown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="283"/>
        <source>Kommunens ifyllda lista med kontaktuppgifter kan inte läsas</source>
        <translation>The municipality&apos;s filled-in list of contact details cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="285"/>
        <source>Källmappen kan inte skapas där</source>
        <translation>The source folder cannot be created there</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="290"/>
        <source>filen saknas</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="291"/>
        <source>filen är ändrad eller skadad</source>
        <translation>the file is changed or damaged</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="325"/>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="335"/>
        <source>%1 (i detalj, på svenska: %2)</source>
        <translation>%1 (in detail, in Swedish: %2)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="348"/>
        <source>Uppgiften om vilket innehållspaket som är aktivt kan inte användas (i detalj, på svenska: %1)</source>
        <translation>The record of which content pack is active cannot be used (in detail, in Swedish: %1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="352"/>
        <source>Paketet %1 är gjort för en nyare version av programmet och kan inte visas av den här versionen; det finns kvar och visas när programmet har uppdaterats</source>
        <translation>Pack %1 was made for a newer version of the program and cannot be shown by this version; it is kept and will be shown once the program is updated</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="358"/>
        <source>Paketet %1 kunde inte användas: %2</source>
        <translation>Pack %1 could not be used: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="361"/>
        <source>Programmet visar i stället paketet %1.</source>
        <translation>The program shows pack %1 instead.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="364"/>
        <source>Programmet visar standardinnehållet.</source>
        <translation>The program shows the default content.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="26"/>
        <source>servern går inte att nå</source>
        <translation>the server cannot be reached</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="27"/>
        <source>behörighet att läsa mappen saknas</source>
        <translation>no permission to read the folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="29"/>
        <source>mappen finns inte</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="30"/>
        <source>en del av sökvägen är ingen mapp</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="33"/>
        <source>läsfel på disken eller i nätverket</source>
        <translation>a read error on the disk or the network</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="34"/>
        <source>sökvägen är för lång</source>
        <translation>the path is too long</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="35"/>
        <source>för många öppna filer</source>
        <translation>too many open files</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="36"/>
        <source>servern svarar inte</source>
        <translation>the server does not answer</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/folder_reason.py" line="45"/>
        <source>mappen kan inte läsas</source>
        <translation>the folder cannot be read</translation>
    </message>
</context>
<context>
    <name>ProblemsPart</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="41"/>
        <source>Problem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="43"/>
        <source>Tryck Enter för att gå till fältet där problemet rättas</source>
        <translation>Press Enter to go to the field where the problem is fixed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="66"/>
        <source>Fel: måste rättas före publicering</source>
        <translation>Error: must be fixed before publishing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="68"/>
        <source>Varning: paketet kan ändå publiceras</source>
        <translation>Warning: the pack can still be published</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="77"/>
        <source>Inga problem: paketet kan publiceras.</source>
        <translation>No problems: the pack can be published.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="80"/>
        <source>Fel: %1, varningar: %2. Felen måste rättas innan paketet kan publiceras; välj ett problem och tryck Enter för att gå till fältet.</source>
        <translation>Errors: %1, warnings: %2. The errors must be fixed before the pack can be published; choose a problem and press Enter to go to its field.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="84"/>
        <source>Varningar: %1, inga fel: paketet kan publiceras. Välj en varning och tryck Enter för att gå till fältet.</source>
        <translation>Warnings: %1, no errors: the pack can be published. Choose a warning and press Enter to go to its field.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="96"/>
        <source>Dokument ”%1”: %2</source>
        <translation>Document “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="105"/>
        <source>Kontakt ”%1” (%2): %3</source>
        <translation>Contact “%1” (%2): %3</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/problems.py" line="107"/>
        <source>Kontakt ”%1”: %2</source>
        <translation>Contact “%1”: %2</translation>
    </message>
</context>
<context>
    <name>PublicationsTab</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="162"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="163"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="461"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="468"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="492"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="469"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="470"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="166"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="472"/>
        <source>Flik</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="164"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="493"/>
        <source>Originalets år</source>
        <translation>Original&apos;s year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="165"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="494"/>
        <source>Originalets sidor</source>
        <translation>Original&apos;s pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="195"/>
        <source>&amp;Filtrera:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="197"/>
        <source>Skriv för att filtrera på titel, utgivare, år …</source>
        <translation>Type to filter by title, publisher, year…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="198"/>
        <source>Filtrera publikationer</source>
        <translation>Filter publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="209"/>
        <source>Sök i alla dokumentens text</source>
        <translation>Search the text of every document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="246"/>
        <source>Publikationer</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="263"/>
        <source>Om publikationen</source>
        <translation>About the publication</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="270"/>
        <source>Öpp&amp;na</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="272"/>
        <source>Spa&amp;ra kopia…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="273"/>
        <source>Öppna i e&amp;xtern läsare</source>
        <translation>Open in e&amp;xternal reader</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="388"/>
        <source>%n dokument</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="410"/>
        <source>Sök efter ”%1” i alla dokumentens text (Enter)</source>
        <translation>Search the text of every document for “%1” (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="417"/>
        <source>Ingen publikation matchar ”%1”. Töm filtret för att se alla %2.</source>
        <translation>No publication matches “%1”. Clear the filter to see all %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="475"/>
        <source>Går inte att söka i:</source>
        <translation>Cannot be searched:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="476"/>
        <source>PDF:en har ingen text (inskannad?).</source>
        <translation>The PDF has no text (scanned?).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="496"/>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="497"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="271"/>
        <source>Skriv &amp;ut…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="390"/>
        <source>%1 av %2 dokument</source>
        <translation>%1 of %2 documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="456"/>
        <source>uppgift saknas</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="462"/>
        <source>Sammanställningens år</source>
        <translation>Year of this compilation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="464"/>
        <source>Sammanställningens sidor</source>
        <translation>Pages of this compilation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="481"/>
        <source>Sammanställning ur offentliga källor</source>
        <translation>Compiled from public sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="483"/>
        <source>inte ett officiellt dokument. Kontrollera uppgifterna mot originalet.</source>
        <translation>not an official document. Check the details against the original.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="486"/>
        <source>Officiellt dokument</source>
        <translation>Official document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="489"/>
        <source>Officiellt original:</source>
        <translation>Official original:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="500"/>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="501"/>
        <source>kontrollerad %1</source>
        <translation>checked %1</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="132"/>
        <source>Publicera innehållspaket</source>
        <translation>Publish content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="149"/>
        <source>1. Version och nyheter</source>
        <translation>1. Version and news</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="151"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="153"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="155"/>
        <source>Varför versionen inte kan användas</source>
        <translation>Why the version cannot be used</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="156"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="163"/>
        <source>Vad är nytt</source>
        <translation>What&apos;s new</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="165"/>
        <source>Visas när paketet importeras, på varje arbetsplats</source>
        <translation>Shown when the pack is imported, on every workstation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="168"/>
        <source>Vad är &amp;nytt:</source>
        <translation>What&apos;s &amp;new:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="170"/>
        <source>Antal tecken</source>
        <translation>Number of characters</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="177"/>
        <source>&amp;Bygg paketet</source>
        <translation>&amp;Build the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="178"/>
        <source>Bygg paketet</source>
        <translation>Build the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="180"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="189"/>
        <source>Bygget ändrar inte källmappen; det som inte är sparat i redaktören byggs med. Först när paketet har signerats och sparats skrivs versionen och nyheterna in i källmappen, och den sparas.</source>
        <translation>Building does not change the source folder; what is not saved in the editor is built too. Only when the pack has been signed and saved are the version and the news written into the source folder, and it is saved.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="191"/>
        <source>Om bygget</source>
        <translation>About the build</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="198"/>
        <source>Problem i det byggda paketet</source>
        <translation>Problems in the built pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="205"/>
        <source>Det här än&amp;dras för arbetsplatserna:</source>
        <translation>What c&amp;hanges for the workstations:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="207"/>
        <source>&amp;Kontroll av det byggda paketet:</source>
        <translation>Chec&amp;k of the built pack:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="223"/>
        <source>&amp;Förhandsgranska…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="224"/>
        <source>Förhandsgranska det byggda paketet</source>
        <translation>Preview the built pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="230"/>
        <source>3. Signera och spara</source>
        <translation>3. Sign and save</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="233"/>
        <source>Nyckelfil</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="234"/>
        <source>Den hemliga nyckeln från pack keygen</source>
        <translation>The private key from pack keygen</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="235"/>
        <source>Väl&amp;j…</source>
        <translation>Choo&amp;se…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="236"/>
        <source>Välj nyckelfil</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="240"/>
        <source>N&amp;yckelfil:</source>
        <translation>K&amp;ey file:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="245"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="246"/>
        <source>&amp;Lösenfras:</source>
        <translation>P&amp;assphrase:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="249"/>
        <source>&amp;Signera och spara…</source>
        <translation>Si&amp;gn and save…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="250"/>
        <source>Signera och spara paketet</source>
        <translation>Sign and save the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="258"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="264"/>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="265"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="313"/>
        <source>%1 av högst %2 tecken</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="330"/>
        <source>Texten om nyheter får vara högst %1 tecken; den har %2.</source>
        <translation>The news text may be at most %1 characters; it has %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="371"/>
        <source>Nytt dokument: %1</source>
        <translation>New document: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="371"/>
        <source>Ändrat dokument: %1</source>
        <translation>Changed document: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="372"/>
        <source>Borttaget dokument: %1</source>
        <translation>Removed document: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="373"/>
        <source>Kontakt %1: ny</source>
        <translation>Contact %1: new</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="373"/>
        <source>Kontakt %1: borttagen</source>
        <translation>Contact %1: removed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="375"/>
        <source>Kontakt %1: %2</source>
        <translation>Contact %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="377"/>
        <source>Inga dokument eller kontakter ändras.</source>
        <translation>No documents or contacts change.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="387"/>
        <source>%n sidor</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="413"/>
        <source>Inga fel. 1 varning:</source>
        <translation>No errors. 1 warning:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="415"/>
        <source>Inga fel. %1 varningar:</source>
        <translation>No errors. %1 warnings:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="476"/>
        <source>Alla filer (*);;Nyckelfiler (*.key)</source>
        <translation>All files (*);;Key files (*.key)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="351"/>
        <source>Bygger paketet …</source>
        <translation>Building the pack …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="137"/>
        <source>Paketet på den här datorn kunde inte läsas; ändringarna visas mot ett tomt paket.</source>
        <translation>The pack on this computer could not be read; the changes are shown against an empty pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="546"/>
        <source>Senast publicerad version: %1</source>
        <translation>Last published version: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="548"/>
        <source>Källmappen har inte publicerats förut.</source>
        <translation>The source folder has not been published before.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="160"/>
        <source>Senast publicerad version</source>
        <translation>Last published version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="195"/>
        <source>2. Kontroll och ändringar</source>
        <translation>2. Check and changes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="202"/>
        <source>Ändringar mot paketet på den här datorn</source>
        <translation>Changes compared with the pack on this computer</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="212"/>
        <source>Jämförs med paketet som används på den här datorn: version %1.</source>
        <translation>Compared with the pack this computer uses: version %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="214"/>
        <source>Det finns inget paket på den här datorn att jämföra med; allt visas som nytt.</source>
        <translation>There is no pack on this computer to compare with; everything is shown as new.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="215"/>
        <source>Jämförs med</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="391"/>
        <source>%v av %m dokument</source>
        <translation>%v of %m documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="400"/>
        <source>Byggt: %1 dokument, %2 sidor, %3 MB.</source>
        <translation>Built: %1 documents, %2 pages, %3 MB.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="405"/>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="441"/>
        <source>Fel: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="418"/>
        <source>Varning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="423"/>
        <source>Inga problem: paketet är helt.</source>
        <translation>No problems: the pack is sound.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="428"/>
        <source>Det byggda paketet har fel och kan inte publiceras. Rätta dem i redaktören och bygg igen.</source>
        <translation>The built pack has errors and cannot be published. Fix them in the editor and build again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="433"/>
        <source>Paketet är byggt. Läs igenom ändringarna, förhandsgranska och signera sedan.</source>
        <translation>The pack is built. Read through the changes, preview, then sign.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="439"/>
        <source>Bygget misslyckades.</source>
        <translation>The build failed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="443"/>
        <source>Paketet kunde inte byggas: %1</source>
        <translation>The pack could not be built: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="458"/>
        <source>Förhandsgranskning (inte publicerad): %1, version %2</source>
        <translation>Preview (not published): %1, version %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="475"/>
        <source>Välj den hemliga nyckeln</source>
        <translation>Choose the private key</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="487"/>
        <source>Välj nyckelfilen att signera med.</source>
        <translation>Choose the key file to sign with.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="492"/>
        <source>Spara innehållspaketet</source>
        <translation>Save the content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="494"/>
        <source>Innehållspaket (*.kvpack)</source>
        <translation>Content packs (*.kvpack)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="504"/>
        <source>Signerar och sparar …</source>
        <translation>Signing and saving …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="526"/>
        <source>Paketet är signerat (nyckel-id %1, %2) och sparat som %3. Importera det på arbetsplatserna med Arkiv → Importera innehållspaket.</source>
        <translation>The pack is signed (Key ID %1, %2) and saved as %3. Import it on the workstations with File → Import content pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="534"/>
        <source>Källmappen är sparad med version %1.</source>
        <translation>The source folder is saved with version %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="555"/>
        <source>Paketet kunde inte sparas som %1: %2 Inget har sparats; välj en annan plats och signera igen.</source>
        <translation>The pack could not be saved as %1: %2 Nothing has been saved; choose another place and sign again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="568"/>
        <source>Men källmappen kunde inte sparas (%1): versionen och ändringarna finns kvar i redaktören; spara dem med Ctrl+S.</source>
        <translation>But the source folder could not be saved (%1): the version and the changes are still in the editor; save them with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="580"/>
        <source>Fel lösenfras för nyckeln. Inget har sparats; försök igen.</source>
        <translation>Wrong passphrase for the key. Nothing has been saved; try again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="584"/>
        <source>Nyckeln är skyddad med en lösenfras; skriv den. Inget har sparats.</source>
        <translation>The key is protected by a passphrase; type it. Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="587"/>
        <source>Nyckelfilen %1 kan inte användas: %2. Välj den hemliga nyckeln (inte .pub-filen). Inget har sparats.</source>
        <translation>The key file %1 cannot be used: %2. Choose the private key (not the .pub file). Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/publish.py" line="592"/>
        <source>Paketet kunde inte signeras och sparas: %1. Inget har sparats.</source>
        <translation>The pack could not be signed and saved: %1. Nothing has been saved.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/field.py" line="25"/>
        <source>Sök i alla dokument (Ctrl+K)</source>
        <translation>Search all documents (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/field.py" line="26"/>
        <source>Sök i alla dokument</source>
        <translation>Search all documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/field.py" line="28"/>
        <source>Resultaten visas medan du skriver. Nedåtpil flyttar till resultaten, Esc avbryter.</source>
        <translation>Results appear as you type. Down arrow moves to the results, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="236"/>
        <source>Sökförslag</source>
        <translation>Search suggestion</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="243"/>
        <source>Visa vart man kan vända sig (Åtgärdskortet)</source>
        <translation>Show where to turn (the action card)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="248"/>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="301"/>
        <source>Skriv ett eller flera ord i sökfältet, till exempel orosanmälan, socialjour eller en kommun. Sökningen går igenom alla dokument och åtgärdskortet.</source>
        <translation>Type one or more words in the search field, for example orosanmälan, socialjour or a municipality. The search covers every document and the action card; the documents are in Swedish.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="380"/>
        <source>Söker efter ”%1” …</source>
        <translation>Searching for “%1” …</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="399"/>
        <source>Inga träffar för ”%1”.</source>
        <translation>No matches for “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="408"/>
        <source>Dokumenten är skrivna på svenska: sök med svenska ord.</source>
        <translation>The documents are written in Swedish: search with Swedish words.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="420"/>
        <source>Inget avsnitt på åtgärdskortet har alla orden i ”%1”. %2: först avsnitt för ”%3”, sedan sidor för ”%4”.</source>
        <translation>No entry of the action card has every word of “%1”. %2: first the entries for “%3”, then pages for “%4”.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="423"/>
        <source>Ingen sida har alla orden i ”%1”. %2 för ”%3”:</source>
        <translation>No page has all the words of “%1”. %2 for “%3”:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="426"/>
        <source>%1 för ”%2”</source>
        <translation>%1 for “%2”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="444"/>
        <source>Utskrivet kort, sida %1</source>
        <translation>Printed card, page %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="453"/>
        <source>Träff i titeln</source>
        <translation>Match in the title</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="454"/>
        <source>Träff i titeln; dokumentets sidor har ingen text att söka i</source>
        <translation>Match in the title; the document&apos;s pages have no text to search</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="478"/>
        <source>%n dokument går inte att söka i (ingen text i PDF:en, inskannad?): %1</source>
        <translation>
            <numerusform>%n document cannot be searched (no text in the PDF; scanned?): %1</numerusform>
            <numerusform>%n documents cannot be searched (no text in the PDF; scanned?): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="492"/>
        <source>Menade du ”%1”?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="508"/>
        <source>%1 träffar</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="507"/>
        <source>1 träff</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="286"/>
        <source>Sökningen fungerar inte i det här innehållspaketet. Läs dokumenten under Publikationer, eller be samordnaren om ett nytt paket.</source>
        <translation>Search does not work in this content pack. Read the documents under Publications, or ask the coordinator for a new pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="416"/>
        <source>%1 i %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="415"/>
        <source>%n dokument</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="446"/>
        <source>Sida %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="80"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="85"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="98"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="99"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="127"/>
        <source>Allmänt</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="136"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="144"/>
        <source>Gäller när programmet startas om.</source>
        <translation>Takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="146"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="150"/>
        <source>Kommun i åtgärdskortet</source>
        <translation>Municipality on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="151"/>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="162"/>
        <source>Visas först när du öppnar åtgärdskortet.</source>
        <translation>Shown first when you open the action card.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="163"/>
        <source>&amp;Kommun i åtgärdskortet:</source>
        <translation>&amp;Municipality on the action card:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="169"/>
        <source>Tillåt ”Spara kopia” och ”Öppna i extern läsare”</source>
        <translation>Allow “Save a copy” and “Open in external reader”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="174"/>
        <source>Bestäms av administratören.</source>
        <translation>Decided by the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="175"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="179"/>
        <source>Kom i&amp;håg externa filer</source>
        <translation>Remem&amp;ber external files</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="180"/>
        <source>Kom ihåg externa filer</source>
        <translation>Remember external files</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="187"/>
        <source>Av: inget sparas om PDF-filer utanför innehållspaketet.</source>
        <translation>Off: nothing is saved about PDF files from outside the content pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="188"/>
        <source>Sida och zoom för PDF-filer som du öppnar utanför innehållspaketet. Av: programmet sparar ingenting om dem, varken namn, sökväg eller sida.</source>
        <translation>Page and zoom of PDF files you open from outside the content pack. Off: the program saves nothing about them, neither name, path nor page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="195"/>
        <source>Integritet:</source>
        <translation>Privacy:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="202"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="209"/>
        <source>Fel i administratörens inställningar</source>
        <translation>Problems in the administrator&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="205"/>
        <source>Programmet kunde inte använda allt som administratören har ställt in. Det som inte gick att förstå har fått det säkraste värdet. Visa listan för IT-avdelningen; den finns också i programmets logg.</source>
        <translation>The program could not use everything the administrator set. What could not be understood has its safest value. Show the list to your IT department; it is also in the program&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="227"/>
        <source>Låst av administratören</source>
        <translation>Locked by the administrator</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="231"/>
        <source>Inställningen är låst i %1</source>
        <translation>The setting is locked in %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="272"/>
        <source>Innehållspaket</source>
        <translation>Content packs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="275"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="275"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="276"/>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="276"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="279"/>
        <source>Installerade innehållspaket</source>
        <translation>Installed content packs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="298"/>
        <source>Status för innehållspaket</source>
        <translation>Content pack status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="299"/>
        <source>Åte&amp;rställ föregående innehållspaket</source>
        <translation>Restore the &amp;previous content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="418"/>
        <source>Verifierat vid importen med nyckeln %1, som programmet inte längre litar på. Fråga IT-avdelningen.</source>
        <translation>Verified at import with the key %1, which the program no longer trusts. Ask your IT department.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="442"/>
        <source>Paketet %1 tas bort och föregående innehållspaket visas i stället. Du kan importera paketet igen senare.

Vill du återställa föregående innehållspaket?</source>
        <translation>The pack %1 is removed and the previous content pack is shown instead. You can import the pack again later.

Do you want to restore the previous content pack?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="300"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="441"/>
        <source>Återställ föregående innehållspaket</source>
        <translation>Restore the previous content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="302"/>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="303"/>
        <source>Ta bort det markerade innehållspaketet</source>
        <translation>Remove the selected content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="319"/>
        <source>Inbyggt standardinnehåll</source>
        <translation>Built-in default content</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="322"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="325"/>
        <source>Kan inte användas: %1</source>
        <translation>Cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="330"/>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="348"/>
        <source>Det nyare paketet sparas tills programmet har uppdaterats; det föregående visas redan.</source>
        <translation>The newer pack is kept until the program has been updated; the previous one is already shown.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="357"/>
        <source>Paketet %1 skulle ha förnyats senast %2. Fråga samordnaren efter ett nytt.</source>
        <translation>Pack %1 should have been renewed by %2. Ask the coordinator for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="359"/>
        <source>Paketet %1 förnyas senast %2.</source>
        <translation>Pack %1 is to be renewed by %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="386"/>
        <source>Ta bort innehållspaket</source>
        <translation>Remove content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="387"/>
        <source>Paketet %1 tas bort från den här datorn. Det som visas nu ändras inte. Du kan importera paketet igen senare.

Vill du ta bort det?</source>
        <translation>Pack %1 is removed from this computer. What is shown now does not change. You can import the pack again later.

Do you want to remove it?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="401"/>
        <source>Paketet %1 togs bort.</source>
        <translation>Pack %1 was removed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="403"/>
        <source>Paketet %1 är inte längre installerat. Dess mapp tas bort när den inte längre är öppen (senast vid nästa start).</source>
        <translation>Pack %1 is no longer installed. Its folder is removed once it is no longer open (at the next start at the latest).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="412"/>
        <source>Verifierat av %1</source>
        <translation>Verified: signed by %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="413"/>
        <source>Osignerat</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="414"/>
        <source>Ogiltig signatur</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="415"/>
        <source>Signerat med en okänd nyckel (%1)</source>
        <translation>Signed with an unknown key (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="416"/>
        <source>Signerat med en tillbakadragen nyckel (%1)</source>
        <translation>Signed with a retired key (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="421"/>
        <source>Verifierat av %1; nyckeln %2 har sedan dragits tillbaka</source>
        <translation>Verified by %1; the key %2 has since been retired</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="458"/>
        <source>Standardinnehållet visas nu.</source>
        <translation>The default content is now shown.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="459"/>
        <source>Paketet %1 visas nu.</source>
        <translation>The pack %1 is now shown.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="33"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="45"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="37"/>
        <source>Allt i programmet går att nå med tangentbordet. Tabb flyttar mellan fälten, Alt + understruken bokstav väljer ett menyval eller en knapp.</source>
        <translation>Everything in the program can be reached with the keyboard. Tab moves between fields; Alt + an underlined letter chooses a menu item or a button.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="44"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="44"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="44"/>
        <source>Kortkommando</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SignEntry</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="407"/>
        <source>Ej bekräftad</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="419"/>
        <source>Ej bekräftad – kontrollera mot källan</source>
        <translation>Not confirmed – check against the source</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="422"/>
        <source>, ej bekräftad</source>
        <translation>, not confirmed</translation>
    </message>
</context>
<context>
    <name>StepContactLine</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="495"/>
        <source>uppgift saknas</source>
        <translation>details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="502"/>
        <source>, ej bekräftad</source>
        <translation>, not confirmed</translation>
    </message>
</context>
<context>
    <name>StepEntry</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="545"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="546"/>
        <source>Akut</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="555"/>
        <source>Välj kommun ovan för att se kommunens nummer.</source>
        <translation>Choose a municipality above to see its numbers.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="567"/>
        <source>Akut: </source>
        <translation>Urgent: </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/task.py" line="34"/>
        <source>ett oväntat fel inträffade (%1)</source>
        <translation>an unexpected error occurred (%1)</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="360"/>
        <source>Sida %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="71"/>
        <source>Kontrollrunda</source>
        <translation>Verification round</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="81"/>
        <source>Kontrollblad att skicka ut</source>
        <translation>Verification sheet to send out</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="84"/>
        <source>Bladet listar alla kontakter som åtgärdskortet visar för kommunen, med status och källa, och ber kommunen bekräfta eller rätta varje rad. Skicka PDF-filen för utskrift eller CSV-filen för Excel.</source>
        <translation>The sheet lists every contact the action card shows for the municipality, with status and source, and asks the municipality to confirm or correct each row. Send the PDF file for printing or the CSV file for Excel.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="86"/>
        <source>Om kontrollbladet</source>
        <translation>About the verification sheet</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="88"/>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="91"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="93"/>
        <source>Spara &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="94"/>
        <source>Spara kontrollbladet som CSV</source>
        <translation>Save the verification sheet as CSV</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="95"/>
        <source>Spara &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="96"/>
        <source>Spara kontrollbladet som PDF</source>
        <translation>Save the verification sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="105"/>
        <source>Ifyllt blad tillbaka</source>
        <translation>Filled-in sheet back</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="108"/>
        <source>&amp;Läs in ifyllt blad…</source>
        <translation>&amp;Read filled-in sheet…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="109"/>
        <source>Läs in ett ifyllt kontrollblad</source>
        <translation>Read a filled-in verification sheet</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="111"/>
        <source>Inläst blad</source>
        <translation>Sheet read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="114"/>
        <source>Föreslagna ä&amp;ndringar (bocka ur det som inte ska tas in):</source>
        <translation>Proposed cha&amp;nges (untick what should not be taken):</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="118"/>
        <source>Föreslagna ändringar</source>
        <translation>Proposed changes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="124"/>
        <source>Kommunens k&amp;ommentarer och rader som inte kunde läsas:</source>
        <translation>The municipality&apos;s c&amp;omments and rows that could not be read:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="128"/>
        <source>Kommentarer och olästa rader</source>
        <translation>Comments and unread rows</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="135"/>
        <source>&amp;Godkänn markerade</source>
        <translation>&amp;Approve ticked</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="136"/>
        <source>Godkänn markerade ändringar</source>
        <translation>Approve the ticked changes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="143"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="149"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="150"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="177"/>
        <source>Spara kontrollblad som CSV</source>
        <translation>Save verification sheet as CSV</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="178"/>
        <source>CSV-filer (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="199"/>
        <source>Sparade kontrollbladet för %1 i %2.</source>
        <translation>Saved the verification sheet for %1 in %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="184"/>
        <source>Spara kontrollblad som PDF</source>
        <translation>Save verification sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="185"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="213"/>
        <source>Filen kunde inte sparas i %1 (%2).</source>
        <translation>The file could not be saved in %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="224"/>
        <source>Läs in ifyllt kontrollblad</source>
        <translation>Read filled-in verification sheet</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="225"/>
        <source>CSV-filer (*.csv *.txt);;Alla filer (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="240"/>
        <source>%1 kunde inte läsas in: %2. Inget har ändrats.</source>
        <translation>%1 could not be read: %2. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="244"/>
        <source>%1: blad för %2</source>
        <translation>%1: sheet for %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="245"/>
        <source>okänd kommun</source>
        <translation>unknown municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="249"/>
        <source>Gå igenom ändringarna och godkänn dem som stämmer.</source>
        <translation>Go through the changes and approve those that are right.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="251"/>
        <source>Bladet föreslår inga ändringar.</source>
        <translation>The sheet proposes no changes.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="275"/>
        <source>Inga ändringar föreslås.</source>
        <translation>No changes are proposed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="283"/>
        <source>%1 – ifyllt av %2</source>
        <translation>%1 – filled in by %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="285"/>
        <source>%1 – kan inte tas in: %2</source>
        <translation>%1 – cannot be taken: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="287"/>
        <source>%1 – inte förbockad: %2</source>
        <translation>%1 – not ticked: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="294"/>
        <source>Kommentar om %1: %2</source>
        <translation>Comment on %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="296"/>
        <source>Kunde inte läsas: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="339"/>
        <source>Inlagd: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="343"/>
        <source>Ändringar som togs in: %1. Spara i redaktören för att behålla dem.</source>
        <translation>Changes taken: %1. Save in the editor to keep them.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="346"/>
        <source>Se över: %1</source>
        <translation>Look over: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/editor/verification.py" line="348"/>
        <source>Kunde inte tas in: %1</source>
        <translation>Could not be taken: %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="107"/>
        <source>Innehållspaketet i %1 kunde inte användas (%2). Programmet visar standardinnehållet i stället. Be samordnaren om ett nytt paket.</source>
        <translation>The content pack in %1 could not be used (%2). The program shows the default content instead. Ask the coordinator for a new pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="224"/>
        <source>Filen %1 finns inte eller kan inte läsas.</source>
        <translation>The file %1 does not exist or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="309"/>
        <source>Kvinnofrid Västmanland</source>
        <translation>Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="310"/>
        <source>Programmets innehåll kunde inte läsas:
%1</source>
        <translation>The program&apos;s content could not be read:
%1</translation>
    </message>
</context>
</TS>
