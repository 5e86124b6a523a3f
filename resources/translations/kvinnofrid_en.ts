<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>ActionCardTab</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="152"/>
        <source>Åtgärdskortet kan inte visas</source>
        <translation>The action card cannot be shown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="155"/>
        <source>Innehållspaketet har inget läsbart åtgärdskort.</source>
        <translation>The content pack has no readable action card.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="157"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="158"/>
        <source>Dokumenten under Publikationer går fortfarande att läsa. Vid akut fara: ring 112.</source>
        <translation>The documents under Publications can still be read. In an emergency: call 112.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="169"/>
        <source>&amp;Barn</source>
        <translation>&amp;Children</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="169"/>
        <source>V&amp;uxna</source>
        <translation>A&amp;dults</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="169"/>
        <source>&amp;Djur</source>
        <translation>A&amp;nimals</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="181"/>
        <source>Visa tecken, steg och kontakter för: %1</source>
        <translation>Show signs, steps and contacts for: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="190"/>
        <source>K&amp;ommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="192"/>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="193"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="362"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="363"/>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="202"/>
        <source>&amp;Filtrera:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="204"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="205"/>
        <source>Filtrera tecken och kontakter</source>
        <translation>Filter signs and contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="217"/>
        <source>Åtgärdskortets innehåll (tecken, steg och kontakter) är på svenska, så som länet har skrivit det.</source>
        <translation>The action card&apos;s content (signs, steps and contacts) is in Swedish, as the county wrote it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="268"/>
        <source>Tecken</source>
        <translation>Signs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="294"/>
        <source>Gör så här</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="317"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="502"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="351"/>
        <source>Välj kommun</source>
        <translation>Choose municipality</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="354"/>
        <source>Vilken kommun arbetar du i?</source>
        <translation>Which municipality do you work in?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="357"/>
        <source>Då visas kommunens nummer här. Valet sparas och kan ändras i listan Kommun ovan.</source>
        <translation>Its numbers are then shown here. The choice is remembered and can be changed in the Municipality list above.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="466"/>
        <source>Inga tecken matchar ”%1”</source>
        <translation>No signs match “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="479"/>
        <source>Inga fler steg matchar ”%1”</source>
        <translation>No other steps match “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="503"/>
        <source>Kontakter – %1</source>
        <translation>Contacts – %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="503"/>
        <source>hela länet</source>
        <translation>whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="504"/>
        <source>Inga kontakter matchar ”%1”</source>
        <translation>No contacts match “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="512"/>
        <source>Helgdagar räknas in.</source>
        <translation>Public holidays are taken into account.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="514"/>
        <source>Öppet och stängt gäller %1 kl. %2.</source>
        <translation>Open and closed as of %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="636"/>
        <source>Kopierat: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="661"/>
        <source>Skriv ut fickkort</source>
        <translation>Print pocket card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="662"/>
        <source>Skriv ut åtgärdskort</source>
        <translation>Print action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="667"/>
        <source>Skickat till skrivaren</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="683"/>
        <source>Spara fickkort som PDF</source>
        <translation>Save pocket card as PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="684"/>
        <source>Exportera åtgärdskort som PDF</source>
        <translation>Export action card as PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="686"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="696"/>
        <source>Kunde inte spara</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="697"/>
        <source>PDF-filen kunde inte sparas i %1 (%2).</source>
        <translation>The PDF file could not be saved in %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/tab.py" line="699"/>
        <source>Sparade %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>CardFooter</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="630"/>
        <source>Klart</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="633"/>
        <source>Bekräftelse</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="637"/>
        <source>Uppgifterna kontrollerades %1. Sammanställt ur offentliga källor – inte ett officiellt dokument från Länsstyrelsen.</source>
        <translation>The details were checked on %1. Compiled from public sources – not an official document from the County Administrative Board.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="641"/>
        <source>Sk&amp;riv ut åtgärdskort…</source>
        <translation>Print acti&amp;on card…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="642"/>
        <source>Skriv ut åtgärdskort</source>
        <translation>Print action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="644"/>
        <source>F&amp;ickkort…</source>
        <translation>Poc&amp;ket card…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="645"/>
        <source>Fickkort</source>
        <translation>Pocket card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="647"/>
        <source>Skriv ut eller spara ett fickkort att klippa ut och vika</source>
        <translation>Print or save a pocket card to cut out and fold</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="649"/>
        <source>Skriv ut fickkort…</source>
        <translation>Print pocket card…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="650"/>
        <source>Spara fickkort som PDF…</source>
        <translation>Save pocket card as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="654"/>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="655"/>
        <source>Exportera åtgärdskortet som PDF</source>
        <translation>Export the action card as PDF</translation>
    </message>
</context>
<context>
    <name>CardNow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="63"/>
        <source>%1.%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="64"/>
        <source>uppgift saknas</source>
        <translation>details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="65"/>
        <source>dygnet runt</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="66"/>
        <source>tider okända</source>
        <translation>hours unknown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="67"/>
        <source>öppet nu</source>
        <translation>open now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="68"/>
        <source>stängt nu</source>
        <translation>closed now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="69"/>
        <source>Stängt nu</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="70"/>
        <source>Uppgift saknas – använd reservnumren nedan</source>
        <translation>Details missing – use the alternative numbers below</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="71"/>
        <source>Uppgift saknas – socialjouren har öppet nu: %1</source>
        <translation>Details missing – the out-of-hours social services are open now: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="72"/>
        <source>Tider okända</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="73"/>
        <source>Tider okända – socialjouren har öppet nu: %1</source>
        <translation>Hours unknown – the out-of-hours social services are open now: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="74"/>
        <source>i morgon %1</source>
        <translation>tomorrow %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="75"/>
        <source>Öppet dygnet runt</source>
        <translation>Open 24 hours</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="76"/>
        <source>Öppet nu</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="77"/>
        <source>Öppet nu, till %1</source>
        <translation>Open now, until %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="78"/>
        <source>Stängt nu – ring socialjouren %1</source>
        <translation>Closed now – call the out-of-hours social services on %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="79"/>
        <source>Stängt nu – vid akut fara ring 112</source>
        <translation>Closed now – in an emergency call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="80"/>
        <source>Stängt nu – akuta djurärenden: polisen %1; pågår det: ring 112</source>
        <translation>Closed now – urgent animal cases: police on %1; if it is happening now: call 112</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="82"/>
        <source> · öppnar %1</source>
        <translation> · opens %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="83"/>
        <source>om det är akut</source>
        <translation>if it is urgent</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="84"/>
        <source>Ring i stället:</source>
        <translation>Call instead:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="85"/>
        <source>%1: stängt nu. Det här gäller nu:</source>
        <translation>%1: closed now. What applies now:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="86"/>
        <source>Det här gäller nu:</source>
        <translation>What applies now:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="87"/>
        <source>Det är %1, en helgdag: kontoren har stängt.</source>
        <translation>It is %1, a public holiday: offices are closed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="88"/>
        <source>Det är %1: kontoren har stängt.</source>
        <translation>It is %1: offices are closed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="89"/>
        <source>Det är %1, dag före helgdag.</source>
        <translation>It is %1, the day before a public holiday.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="90"/>
        <source>Det är dag före helgdag.</source>
        <translation>It is the day before a public holiday.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="94"/>
        <source>mån</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="95"/>
        <source>tis</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="96"/>
        <source>ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="97"/>
        <source>tors</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="98"/>
        <source>fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="99"/>
        <source>lör</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="100"/>
        <source>sön</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="88"/>
        <source>Strategi</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="89"/>
        <source>Samverkansplan</source>
        <translation>Collaboration plan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="91"/>
        <source>Åtgärdskort</source>
        <translation>Action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="93"/>
        <source>Publikationer</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="95"/>
        <source>&amp;Öppna PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="99"/>
        <source>S&amp;täng fliken</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="101"/>
        <source>&amp;Importera innehållspaket…</source>
        <translation>&amp;Import content pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="103"/>
        <source>I&amp;nställningar…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="104"/>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="105"/>
        <source>Hel&amp;skärm</source>
        <translation>F&amp;ull screen</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="107"/>
        <source>Sök i &amp;alla dokument…</source>
        <translation>Search &amp;all documents…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="109"/>
        <source>Visa sök&amp;resultat</source>
        <translation>Show search &amp;results</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="111"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="113"/>
        <source>&amp;Om Kvinnofrid Västmanland</source>
        <translation>&amp;About Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="115"/>
        <source>&amp;Sök i dokumentet…</source>
        <translation>&amp;Find in document…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="117"/>
        <source>Nästa träff</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="119"/>
        <source>Föregående träff</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="121"/>
        <source>Zooma &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="123"/>
        <source>Zooma &amp;ut</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="125"/>
        <source>&amp;Verklig storlek (100 %)</source>
        <translation>&amp;Actual size (100%)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="128"/>
        <source>Anpassa till &amp;bredd</source>
        <translation>Fit to &amp;width</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="130"/>
        <source>Anpassa till &amp;hel sida</source>
        <translation>Fit whole &amp;page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="132"/>
        <source>B&amp;akåt</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="133"/>
        <source>Tillbaka till förra platsen</source>
        <translation>Back to the previous place</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="134"/>
        <source>&amp;Framåt</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="136"/>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="138"/>
        <source>&amp;Spara kopia…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="140"/>
        <source>Öppna i e&amp;xtern läsare</source>
        <translation>Open in e&amp;xternal reader</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="142"/>
        <source>Öppna dokumentet i datorns PDF-läsare</source>
        <translation>Open the document in the computer&apos;s PDF reader</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="144"/>
        <source>Första sidan</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="146"/>
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="148"/>
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="150"/>
        <source>Sista sidan</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="152"/>
        <source>Sidopanel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="154"/>
        <source>Visa eller dölj innehåll och miniatyrer</source>
        <translation>Show or hide contents and thumbnails</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="163"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="166"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="170"/>
        <source>S&amp;ök</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="172"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/commands.py" line="182"/>
        <source>Dokumentvisaren</source>
        <translation>Document viewer</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="464"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="469"/>
        <source>Just nu</source>
        <translation>Right now</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="473"/>
        <source>Ej bekräftad – kontrollera innan du ringer</source>
        <translation>Not confirmed – check before you call</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="475"/>
        <source>Uppgift saknas</source>
        <translation>Details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="482"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="485"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="491"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="497"/>
        <source>Tider: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="533"/>
        <source>, ej bekräftad</source>
        <translation>, not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="544"/>
        <source>Sökt %1 utan resultat</source>
        <translation>Searched on %1, nothing found</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="546"/>
        <source>Kontrollerad %1</source>
        <translation>Checked %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="552"/>
        <source> · Källa: </source>
        <translation> · Source: </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="557"/>
        <source>Kopiera källa</source>
        <translation>Copy source</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="558"/>
        <source>Kopiera källa för %1</source>
        <translation>Copy source for %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="559"/>
        <source>Kopiera källans adress (programmet öppnar inga webbsidor)</source>
        <translation>Copy the source&apos;s address (the program opens no web pages)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="572"/>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="575"/>
        <source>Bekräftad bara för %1.</source>
        <translation>Confirmed only for %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="580"/>
        <source>Bekräftad bara för %1 – inte för %2. Ring 112 vid akut fara.</source>
        <translation>Confirmed only for %1 – not for %2. In an emergency call 112.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="595"/>
        <source>Uppgiften kontrollerades %1; kontrollera innan du ringer</source>
        <translation>These details were checked on %1; check them before you call</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="600"/>
        <source>Källan är från %1; uppgiften kan ha ändrats sedan dess.</source>
        <translation>The source is from %1; the detail may have changed since.</translation>
    </message>
</context>
<context>
    <name>ContentFolderWatch</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/content_folder.py" line="38"/>
        <source>Innehållspaketet %1 %2 är installerat från den gemensamma mappen %3. Det tidigare paketet (%4) kan återställas under Inställningar.</source>
        <translation>The content pack %1 %2 is installed from the shared folder %3. The previous pack (%4) can be restored under Settings.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/packs/content_folder.py" line="43"/>
        <source>En fil i den gemensamma mappen hoppades över: %1</source>
        <translation>A file in the shared folder was skipped: %1</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="253"/>
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="254"/>
        <source>Kopiera %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="255"/>
        <source>Kopiera %1 till urklipp</source>
        <translation>Copy %1 to the clipboard</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="95"/>
        <source>Välj dokument</source>
        <translation>Choose document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="115"/>
        <source>Avsnitt i dokumentet. Välj ett avsnitt för att gå till dess sida.</source>
        <translation>Sections of the document. Choose a section to go to its page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="151"/>
        <source>Innehållspaketet har inget dokument för den här fliken.</source>
        <translation>The content pack has no document for this tab.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="215"/>
        <source>%1 – sida %2</source>
        <translation>%1 – page %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="221"/>
        <source>Sammanställning ur offentliga källor – inte ett officiellt dokument. Källor och kontrolldatum står på dokumentets första sida.</source>
        <translation>Compiled from public sources – not an official document. The sources and the dates they were checked are on the document&apos;s first page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/document_tab.py" line="224"/>
        <source>Officiellt dokument från %1.</source>
        <translation>Official document from %1.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="221"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="222"/>
        <source>Sök i dokumentet</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="224"/>
        <source>Retur går till nästa träff, Skift+Retur till föregående, Esc stänger</source>
        <translation>Enter goes to the next match, Shift+Enter to the previous one, Esc closes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="235"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="258"/>
        <source>Sökresultat</source>
        <translation>Matches</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="241"/>
        <source>Stäng sökfältet (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="242"/>
        <source>Stäng sökfältet</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>FindController</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="128"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="178"/>
        <source>Söker …</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="179"/>
        <source>%1 av minst %2</source>
        <translation>%1 of at least %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="181"/>
        <source>Ingen träff</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/find.py" line="183"/>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="112"/>
        <source>ett oväntat fel inträffade (%1)</source>
        <translation>an unexpected error occurred (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="136"/>
        <source>Importera innehållspaket</source>
        <translation>Import content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="141"/>
        <source>Läser paketet …</source>
        <translation>Reading the pack…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="177"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="177"/>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="181"/>
        <source>Paketet</source>
        <translation>The pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="184"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="184"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="185"/>
        <source>Skapat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="185"/>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="190"/>
        <source>Utgivare:</source>
        <translation>Publisher:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="191"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="192"/>
        <source>Skapat:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="193"/>
        <source>Signatur:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="196"/>
        <source>Det här ändras</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="200"/>
        <source>Ändringar mot det installerade innehållet</source>
        <translation>Changes from the installed content</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="210"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="214"/>
        <source>Orsak</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="226"/>
        <source>&amp;Jag litar på det här paketet trots att det inte är signerat</source>
        <translation>I &amp;trust this pack even though it is not signed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="227"/>
        <source>Installera den ä&amp;ldre versionen (nedgradering)</source>
        <translation>Install the &amp;older version (downgrade)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="235"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="237"/>
        <source>Förlopp</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="238"/>
        <source>%p %</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="243"/>
        <source>&amp;Installera</source>
        <translation>&amp;Install</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="244"/>
        <source>Installera paketet</source>
        <translation>Install the pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="245"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="246"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="270"/>
        <source>%1 (installerat nu: %2)</source>
        <translation>%1 (installed now: %2)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="293"/>
        <source>Verifierat av %1</source>
        <translation>Verified: signed by %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="294"/>
        <source>Osignerat paket</source>
        <translation>Unsigned pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="295"/>
        <source>Ogiltig signatur – paketet kan ha ändrats</source>
        <translation>Invalid signature – the pack may have been altered</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="296"/>
        <source>Signerat med en nyckel som utgivaren har dragit tillbaka</source>
        <translation>Signed with a key its publisher has retired</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="298"/>
        <source>Signerat med en okänd nyckel</source>
        <translation>Signed with an unknown key</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="302"/>
        <source>Nyckel-id: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="308"/>
        <source>Signeringsnycklar som ändras</source>
        <translation>Signing keys that change</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="310"/>
        <source>Flikar som blir tomma: paketet har inget dokument för dem</source>
        <translation>Tabs that will be empty: the pack has no document for them</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="312"/>
        <source>Nya dokument</source>
        <translation>New documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="313"/>
        <source>Uppdaterade dokument</source>
        <translation>Updated documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="314"/>
        <source>Borttagna dokument</source>
        <translation>Removed documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="315"/>
        <source>Ändrade kontakter i åtgärdskortet</source>
        <translation>Changed contacts on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="317"/>
        <source>Nya kontakter i åtgärdskortet</source>
        <translation>New contacts on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="319"/>
        <source>Borttagna kontakter i åtgärdskortet</source>
        <translation>Removed contacts on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="333"/>
        <source>Inga dokument eller kontakter ändras.</source>
        <translation>No documents or contacts change.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="342"/>
        <source>Klart att installera.</source>
        <translation>Ready to install.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="343"/>
        <source>Bekräfta rutan ovan för att kunna installera.</source>
        <translation>Tick the box above to be able to install.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="357"/>
        <source>Installerar …</source>
        <translation>Installing…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="383"/>
        <source>%1 – %p %</source>
        <translation>%1 – %p%</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="386"/>
        <source>Kontrollerar dokumenten …</source>
        <translation>Checking the documents…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="387"/>
        <source>Installerar: %1</source>
        <translation>Installing: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="391"/>
        <source>Installerat: %1 %2</source>
        <translation>Installed: %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="399"/>
        <source>Installationen avbröts.</source>
        <translation>The installation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="401"/>
        <source>Ett annat program installerar ett innehållspaket just nu. Försök igen om en stund.</source>
        <translation>Another program is installing a content pack right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="405"/>
        <source>Installationen misslyckades.</source>
        <translation>The installation failed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="412"/>
        <source>Paketet kan inte installeras.</source>
        <translation>The pack cannot be installed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="422"/>
        <source>Paketet har ändrats efter att det signerades, eller är förfalskat. Hämta en ny kopia från utgivaren</source>
        <translation>The pack has been changed since it was signed, or it is forged. Get a new copy from the publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="425"/>
        <source>Paketet är signerat med en nyckel som programmet inte litar på (nyckel-id %1). En administratör kan lägga till nyckeln</source>
        <translation>The pack is signed with a key the program does not trust (key ID %1). An administrator can add the key</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="429"/>
        <source>Den här versionen är redan installerad</source>
        <translation>This version is already installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="430"/>
        <source> (fil: %1)</source>
        <translation> (file: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="434"/>
        <source>… och %n problem till.</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="439"/>
        <source>Det installerade innehållet är oförändrat.</source>
        <translation>The installed content is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="441"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="441"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="442"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="452"/>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="453"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/import_pack.py" line="472"/>
        <source>Avbryter … inget installerat ändras.</source>
        <translation>Cancelling… nothing installed is changed.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="34"/>
        <source>Orosanmälan om barn</source>
        <translation>Report of concern about a child</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="35"/>
        <source>Orosanmälan om vuxna</source>
        <translation>Report of concern about an adult</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="36"/>
        <source>Växel</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="37"/>
        <source>Socialjour (kvällar, nätter, helger)</source>
        <translation>Out-of-hours social services (evenings, nights, weekends)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="38"/>
        <source>Djurskydd</source>
        <translation>Animal welfare</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="39"/>
        <source>Polisen</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="40"/>
        <source>Hälso- och sjukvård</source>
        <translation>Health care</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="41"/>
        <source>Stöd</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="42"/>
        <source>Nödnummer</source>
        <translation>Emergency number</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="45"/>
        <source>Länet</source>
        <translation>The county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="46"/>
        <source>Nationella nummer och stödlinjer</source>
        <translation>National numbers and helplines</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="49"/>
        <source>kontrollerad</source>
        <translation>checked</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="50"/>
        <source>ej bekräftad – kontrollera</source>
        <translation>not confirmed – check</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="51"/>
        <source>uppgift saknas</source>
        <translation>details missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="54"/>
        <source>Strategi</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="55"/>
        <source>Samverkansplan</source>
        <translation>Collaboration plan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="56"/>
        <source>Åtgärdskort</source>
        <translation>Action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="57"/>
        <source>Publikationer</source>
        <translation>Publications</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="103"/>
        <source>Kvinnofrid Västmanland</source>
        <translation>Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="116"/>
        <source>Inställningarna kunde inte läsas och har återställts till standardvärden. Den gamla filen sparades som %1.</source>
        <translation>The settings could not be read and have been reset to their defaults. The old file was saved as %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="120"/>
        <source>Innehållet skulle ha förnyats senast %1. Det går att använda som vanligt, men kontrollera numren innan du ringer och fråga samordnaren efter ett nytt innehållspaket.</source>
        <translation>The content should have been renewed by %1. It can be used as usual, but check the numbers before you call and ask the coordinator for a new content pack.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="216"/>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="217"/>
        <source>Flikar</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="225"/>
        <source>&amp;Strategi</source>
        <translation>S&amp;trategy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="225"/>
        <source>Sa&amp;mverkansplan</source>
        <translation>Co&amp;llaboration plan</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="226"/>
        <source>Å&amp;tgärdskort</source>
        <translation>&amp;Action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="226"/>
        <source>&amp;Publikationer</source>
        <translation>&amp;Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="259"/>
        <source>Öv&amp;ersikt: mål och fokusområden</source>
        <translation>&amp;Overview: goals and focus areas</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="260"/>
        <source>Öv&amp;ersikt: aktörer och roller</source>
        <translation>&amp;Overview: actors and roles</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="272"/>
        <source>Innehållspaketet har inget åtgärdskort.</source>
        <translation>The content pack has no action card.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="283"/>
        <source>Åtgärdskortet i innehållspaketet kunde inte läsas: %1</source>
        <translation>The action card in the content pack could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="288"/>
        <source>innehållspaketet %1 %2</source>
        <translation>content pack %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="311"/>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="317"/>
        <source>Sö&amp;k:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="340"/>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="430"/>
        <source>Innehåll: %1, version %2</source>
        <translation>Content: %1, version %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="431"/>
        <source>Aktivt innehållspaket</source>
        <translation>Active content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="524"/>
        <source>Öppna PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="524"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="752"/>
        <source>Om Kvinnofrid Västmanland</source>
        <translation>About Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/main_window.py" line="753"/>
        <source>&lt;p&gt;&lt;b&gt;Kvinnofrid Västmanland&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ett stöd utan internet för arbetet mot mäns våld mot kvinnor, våld i nära relationer och våld mot djur i Västmanlands län.&lt;/p&gt;&lt;p&gt;Innehållspaket: %2, version %3.&lt;/p&gt;&lt;p&gt;Standardinnehållet är en sammanställning ur offentliga källor gjord av programmet, inte officiella dokument från Länsstyrelsen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kvinnofrid Västmanland&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Offline support for the work against men&apos;s violence against women, violence in close relationships and violence against animals in Västmanland County.&lt;/p&gt;&lt;p&gt;Content pack: %2, version %3.&lt;/p&gt;&lt;p&gt;The default content is a compilation from public sources made by the program, not official documents from the County Administrative Board.&lt;/p&gt;&lt;p&gt;The documents and the action card are in Swedish.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="83"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="89"/>
        <source>Meddelande</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="97"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="98"/>
        <source>Lösenord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="100"/>
        <source>Skriv dokumentets lösenord och tryck Retur</source>
        <translation>Type the document&apos;s password and press Enter</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="103"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="104"/>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="105"/>
        <source>Öppna dokumentet med lösenordet (Retur)</source>
        <translation>Open the document with the password (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="108"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="109"/>
        <source>Kopiera adress</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="110"/>
        <source>Kopiera webbadressen till urklipp</source>
        <translation>Copy the web address to the clipboard</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="116"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="117"/>
        <source>Stäng meddelandet</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="173"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="173"/>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="174"/>
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
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="271"/>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="65"/>
        <source>Importera innehållspaket</source>
        <translation>Import content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="66"/>
        <source>Innehållspaket (*.kvpack)</source>
        <translation>Content packs (*.kvpack)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="83"/>
        <source>Innehållspaketet %1 %2 är installerat. Det tidigare paketet kan återställas under Inställningar.</source>
        <translation>The content pack %1 %2 is installed. The previous pack can be restored under Settings.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="90"/>
        <source>Det föregående innehållspaketet är återställt.</source>
        <translation>The previous content pack has been restored.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="95"/>
        <source>Återställ föregående innehållspaket</source>
        <translation>Restore the previous content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="96"/>
        <source>Vill du gå tillbaka till det föregående innehållspaketet?</source>
        <translation>Do you want to go back to the previous content pack?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="104"/>
        <source>Inget att återställa</source>
        <translation>Nothing to restore</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="105"/>
        <source>Det gick inte att gå tillbaka: %1.</source>
        <translation>Could not go back: %1.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="123"/>
        <source>Ett nytt innehållspaket finns i den delade mappen: %1, version %2.</source>
        <translation>A new content pack is in the shared folder: %1, version %2.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="125"/>
        <source>Visa och installera…</source>
        <translation>Show and install…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="137"/>
        <source>Dokumentet har ändrats sedan paketet installerades: %1 (%2). Lita inte på innehållet; gå tillbaka till det föregående innehållspaketet eller installera paketet på nytt.</source>
        <translation>The document has changed since the pack was installed: %1 (%2). Do not rely on its content; go back to the previous content pack or install the pack again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="140"/>
        <source>Använd föregående paket</source>
        <translation>Use the previous pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="190"/>
        <source>Ett annat innehållspaket är aktivt nu: %1. Det installerades eller återställdes utanför det här fönstret, som fortfarande visar %2 %3.</source>
        <translation>Another content pack is active now: %1. It was installed or restored outside this window, which still shows %2 %3.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="193"/>
        <source>Visa det aktiva paketet</source>
        <translation>Show the active pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/pack_controller.py" line="194"/>
        <source>Fönstret visar nu det aktiva innehållspaketet, %1.</source>
        <translation>The window now shows the active content pack, %1.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/preview.py" line="103"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="141"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="218"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="407"/>
        <source>Filen finns inte: %1</source>
        <translation>The file does not exist: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="221"/>
        <source>Filen ”%1” kan inte läsas. Kontrollera att det är en PDF-fil och att du har behörighet att öppna den.</source>
        <translation>The file “%1” cannot be read. Check that it is a PDF file and that you are allowed to open it.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="395"/>
        <source>Fel lösenord. Försök igen.</source>
        <translation>Wrong password. Try again.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="398"/>
        <source>Dokumentet är lösenordsskyddat. Skriv lösenordet för att öppna ”%1”.</source>
        <translation>The document is password-protected. Type the password to open “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="401"/>
        <source>Dokumentet ”%1” är skyddat på ett sätt som programmet inte kan öppna.</source>
        <translation>The document “%1” is protected in a way the program cannot open.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="404"/>
        <source>Filen ”%1” är inte färdigkopierad ännu. Försök igen om en stund.</source>
        <translation>The file “%1” has not finished copying yet. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="409"/>
        <source>Filen ”%1” kunde inte öppnas. Den är skadad eller inte en PDF.</source>
        <translation>The file “%1” could not be opened. It is damaged or not a PDF.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="411"/>
        <source>Filen ”%1” kunde inte öppnas på grund av ett okänt fel.</source>
        <translation>The file “%1” could not be opened because of an unknown error.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="427"/>
        <source>Skriv lösenordet först.</source>
        <translation>Type the password first.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="468"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="469"/>
        <source>Inget dokument</source>
        <translation>No document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="470"/>
        <source>Inget dokument är öppet</source>
        <translation>No document is open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="512"/>
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="619"/>
        <source>Sidan finns inte (1–%1).</source>
        <translation>The page does not exist (1–%1).</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="674"/>
        <source>Länken går till %1
Programmet arbetar utan internet och öppnar inga webbsidor.</source>
        <translation>The link goes to %1
The program works without the internet and opens no web pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/viewer.py" line="683"/>
        <source>Adressen är kopierad: %1
Programmet arbetar utan internet och öppnar inga webbsidor.</source>
        <translation>The address has been copied: %1
The program works without the internet and opens no web pages.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="50"/>
        <source>Skriv ut ”%1”</source>
        <translation>Print “%1”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="72"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="88"/>
        <source>PDF-filen kunde inte sparas i %1: %2</source>
        <translation>The PDF file could not be saved in %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="76"/>
        <source>Dokumentet är sparat som PDF: %1</source>
        <translation>The document is saved as PDF: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="93"/>
        <source>Sidorna %1–%2 är sparade som PDF: %3</source>
        <translation>Pages %1–%2 are saved as PDF: %3</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="112"/>
        <source>Skriver ut …</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="113"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="114"/>
        <source>Skriver ut</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="121"/>
        <source>Skriver ut sida %1 av %2 …</source>
        <translation>Printing page %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="134"/>
        <source>Utskriften avbröts.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="137"/>
        <source>Dokumentet kunde inte skrivas ut.</source>
        <translation>The document could not be printed.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="145"/>
        <source>Spara en kopia</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="146"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="157"/>
        <source>Kopian kunde inte sparas</source>
        <translation>The copy could not be saved</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="158"/>
        <source>Kopian av ”%1” kunde inte sparas i %2.

Orsak: %3

Originalet är oförändrat.</source>
        <translation>The copy of “%1” could not be saved in %2.

Reason: %3

The original is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="163"/>
        <source>En kopia är sparad: %1</source>
        <translation>A copy has been saved: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/export.py" line="175"/>
        <source>Det finns inget annat program som kan öppna PDF-filer.</source>
        <translation>There is no other program that can open PDF files.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="90"/>
        <source>Det finns inte tillräckligt med utrymme.</source>
        <translation>There is not enough space.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="91"/>
        <source>Din lagringskvot är full.</source>
        <translation>Your storage quota is full.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="92"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="93"/>
        <source>Du saknar behörighet att skriva där.</source>
        <translation>You are not allowed to write there.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="94"/>
        <source>Platsen är skrivskyddad.</source>
        <translation>The location is read-only.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="95"/>
        <source>Mappen eller filen finns inte.</source>
        <translation>The folder or file does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="96"/>
        <source>Det finns en mapp med det namnet.</source>
        <translation>There is a folder with that name.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/printing.py" line="97"/>
        <source>Filnamnet är för långt.</source>
        <translation>The file name is too long.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="49"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="74"/>
        <source>Anpassa till bredd</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="75"/>
        <source>Anpassa till sida</source>
        <translation>Fit to page</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="181"/>
        <source>Sidopanel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="59"/>
        <source>Sidnummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="60"/>
        <source>Skriv ett sidnummer och tryck Retur för att gå dit</source>
        <translation>Type a page number and press Enter to go there</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="79"/>
        <source>Zoomnivå</source>
        <translation>Zoom level</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="83"/>
        <source>Zoomnivå (%1)</source>
        <translation>Zoom level (%1)</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="91"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="97"/>
        <source>Dokumentverktyg</source>
        <translation>Document tools</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="135"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="179"/>
        <source>Innehåll</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="137"/>
        <source>Dokumentets rubriker. Retur går till rubrikens sida.</source>
        <translation>The document&apos;s headings. Enter goes to the heading&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="171"/>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="180"/>
        <source>Miniatyrer</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="172"/>
        <source>En bild per sida. Retur går till sidan.</source>
        <translation>One picture per page. Enter goes to the page.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/parts.py" line="182"/>
        <source>Sidopanelens flikar</source>
        <translation>Side panel tabs</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="109"/>
        <source>Administratörens inställningar nämner en inställning som programmet inte känner till; den hoppas över</source>
        <translation>The administrator&apos;s settings name a setting the program does not know; it is skipped</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="112"/>
        <source>En av administratörens inställningar kan inte användas; det säkraste värdet gäller</source>
        <translation>One of the administrator&apos;s settings cannot be used; the safest value applies</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="115"/>
        <source>Paketet är inte signerat, och administratören tillåter inte osignerade paket</source>
        <translation>The pack is not signed, and the administrator does not allow unsigned packs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="118"/>
        <source>Paketet har ändrats efter att det signerades, eller är förfalskat</source>
        <translation>The pack has been changed since it was signed, or it is forged</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="120"/>
        <source>Paketet är signerat med en nyckel som programmet inte litar på</source>
        <translation>The pack is signed with a key the program does not trust</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="122"/>
        <source>Paketet är signerat med en nyckel som utgivaren har dragit tillbaka</source>
        <translation>The pack is signed with a key its publisher has retired</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="124"/>
        <source>Paketets byte av signeringsnyckel kan inte godtas</source>
        <translation>The pack&apos;s change of signing key cannot be accepted</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="126"/>
        <source>Programmets lista över betrodda nycklar kan inte läsas</source>
        <translation>The program&apos;s list of trusted keys cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="128"/>
        <source>Paketet är äldre än det som är installerat</source>
        <translation>The pack is older than the one installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="130"/>
        <source>Den här versionen är redan installerad</source>
        <translation>This version is already installed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="132"/>
        <source>Installationen avbröts</source>
        <translation>The installation was cancelled</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="133"/>
        <source>En fil i paketet stämmer inte med sin kontrollsumma – paketet kan ha ändrats</source>
        <translation>A file in the pack does not match its checksum – the pack may have been altered</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="136"/>
        <source>En fil i paketet har inte den storlek som paketet anger – paketet kan ha ändrats</source>
        <translation>A file in the pack does not have the size the pack states – the pack may have been altered</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="139"/>
        <source>Det finns inte tillräckligt med utrymme på disken</source>
        <translation>There is not enough space on the disk</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="140"/>
        <source>Programmet får inte skriva i sin datamapp</source>
        <translation>The program is not allowed to write to its data folder</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="142"/>
        <source>Det finns inget tidigare innehållspaket att gå tillbaka till</source>
        <translation>There is no earlier content pack to go back to</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="144"/>
        <source>Filen är inget läsbart innehållspaket, eller så är den skadad</source>
        <translation>The file is not a readable content pack, or it is damaged</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="146"/>
        <source>Paketet innehåller en otillåten sökväg</source>
        <translation>The pack contains a path that is not allowed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="147"/>
        <source>Paketets innehållsförteckning (manifest.json) saknas eller är felaktig</source>
        <translation>The pack&apos;s table of contents (manifest.json) is missing or invalid</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="149"/>
        <source>En fil i paketet saknas, är felaktig eller kan inte läsas</source>
        <translation>A file in the pack is missing, invalid or unreadable</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="151"/>
        <source>Åtgärdskortet i paketet är felaktigt</source>
        <translation>The action card in the pack is not valid</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="152"/>
        <source>Paketet kunde inte skrivas till disken</source>
        <translation>The pack could not be written to the disk</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="153"/>
        <source>De installerade innehållspaketen kunde inte läsas</source>
        <translation>The installed content packs could not be read</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/common/labels.py" line="173"/>
        <source>%1 (i detalj, på svenska: %2)</source>
        <translation>%1 (in detail, in Swedish: %2)</translation>
    </message>
</context>
<context>
    <name>PublicationsTab</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="73"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="74"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="250"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="257"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="277"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="258"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="259"/>
        <source>Sidor</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="77"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="261"/>
        <source>Flik</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="75"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="278"/>
        <source>Originalets år</source>
        <translation>Original&apos;s year</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="76"/>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="279"/>
        <source>Originalets sidor</source>
        <translation>Original&apos;s pages</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="89"/>
        <source>&amp;Filtrera:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="91"/>
        <source>Skriv för att filtrera på titel, utgivare, år …</source>
        <translation>Type to filter by title, publisher, year…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="92"/>
        <source>Filtrera publikationer</source>
        <translation>Filter publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="115"/>
        <source>Publikationer</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="130"/>
        <source>Om publikationen</source>
        <translation>About the publication</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="137"/>
        <source>Öpp&amp;na</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="139"/>
        <source>Spa&amp;ra kopia…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="140"/>
        <source>Öppna i e&amp;xtern läsare</source>
        <translation>Open in e&amp;xternal reader</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="205"/>
        <source>%n dokument</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="281"/>
        <source>Diarienummer</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="282"/>
        <source>Webbadress</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="138"/>
        <source>Skriv &amp;ut…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="207"/>
        <source>%1 av %2 dokument</source>
        <translation>%1 of %2 documents</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="245"/>
        <source>uppgift saknas</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="251"/>
        <source>Sammanställningens år</source>
        <translation>Year of this compilation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="253"/>
        <source>Sammanställningens sidor</source>
        <translation>Pages of this compilation</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="266"/>
        <source>Sammanställning ur offentliga källor</source>
        <translation>Compiled from public sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="268"/>
        <source>inte ett officiellt dokument. Kontrollera uppgifterna mot originalet.</source>
        <translation>not an official document. Check the details against the original.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="271"/>
        <source>Officiellt dokument</source>
        <translation>Official document</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="274"/>
        <source>Officiellt original:</source>
        <translation>Official original:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="285"/>
        <source>Källor</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/tabs/publications.py" line="286"/>
        <source>kontrollerad %1</source>
        <translation>checked %1</translation>
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
        <source>Resultaten visas medan du skriver. Pil ned flyttar till resultaten, Esc avbryter.</source>
        <translation>Results appear as you type. Down arrow moves to the results, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="168"/>
        <source>Sökstatus</source>
        <translation>Search status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="178"/>
        <source>Sökförslag</source>
        <translation>Search suggestion</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="183"/>
        <source>Sökresultat</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="214"/>
        <source>Sökning är inte tillgänglig: paketet saknar sökindex.</source>
        <translation>Search is not available: the pack has no search index.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="263"/>
        <source>Inga träffar för ”%1”.</source>
        <translation>No matches for “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="295"/>
        <source>Menade du ”%1”?</source>
        <translation>Did you mean “%1”?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="308"/>
        <source>%1 träffar</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="307"/>
        <source>1 träff</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="269"/>
        <source>%1 i %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="268"/>
        <source>%n dokument</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/search/panel.py" line="282"/>
        <source>Sida %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="61"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="75"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="76"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="86"/>
        <source>Allmänt</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="92"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="100"/>
        <source>Gäller när programmet startas om.</source>
        <translation>Takes effect when the program is restarted.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="102"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="106"/>
        <source>Kommun i åtgärdskortet</source>
        <translation>Municipality on the action card</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="107"/>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="118"/>
        <source>Visas först när du öppnar åtgärdskortet.</source>
        <translation>Shown first when you open the action card.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="119"/>
        <source>&amp;Kommun i åtgärdskortet:</source>
        <translation>&amp;Municipality on the action card:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="125"/>
        <source>Tillåt ”Spara kopia” och ”Öppna i extern läsare”</source>
        <translation>Allow “Save a copy” and “Open in external reader”</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="130"/>
        <source>Bestäms av administratören.</source>
        <translation>Decided by the administrator.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="131"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="138"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="145"/>
        <source>Fel i administratörens inställningar</source>
        <translation>Problems in the administrator&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="141"/>
        <source>Programmet kunde inte använda allt som administratören har ställt in. Det som inte gick att förstå har fått det säkraste värdet. Visa listan för IT-avdelningen; den finns också i programmets logg.</source>
        <translation>The program could not use everything the administrator set. What could not be understood has its safest value. Show the list to your IT department; it is also in the program&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="163"/>
        <source>Låst av administratören</source>
        <translation>Locked by the administrator</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="167"/>
        <source>Inställningen är låst i %1</source>
        <translation>The setting is locked in %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="206"/>
        <source>Innehållspaket</source>
        <translation>Content packs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="209"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="209"/>
        <source>Utgivare</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="210"/>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="210"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="213"/>
        <source>Installerade innehållspaket</source>
        <translation>Installed content packs</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="225"/>
        <source>Status för innehållspaket</source>
        <translation>Content pack status</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="226"/>
        <source>Åte&amp;rställ föregående</source>
        <translation>Restore p&amp;revious</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="227"/>
        <source>Återställ föregående innehållspaket</source>
        <translation>Restore the previous content pack</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="241"/>
        <source>Inbyggt standardinnehåll</source>
        <translation>Built-in default content</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="243"/>
        <source>Kan inte användas: %1</source>
        <translation>Cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="248"/>
        <source>Aktivt</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="264"/>
        <source>Återställ föregående innehåll</source>
        <translation>Restore previous content</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="265"/>
        <source>Paketet %1 tas bort och det föregående innehållet visas i stället. Du kan importera paketet igen senare.

Vill du återställa?</source>
        <translation>The pack %1 is removed and the previous content is shown instead. You can import the pack again later.

Do you want to restore?</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="280"/>
        <source>Standardinnehållet visas nu.</source>
        <translation>The default content is now shown.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/settings.py" line="281"/>
        <source>Paketet %1 visas nu.</source>
        <translation>The pack %1 is now shown.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="31"/>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="43"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="35"/>
        <source>Allt i programmet går att nå med tangentbordet. Tabb flyttar mellan fälten, Alt + understruken bokstav väljer ett menyval eller en knapp.</source>
        <translation>Everything in the program can be reached with the keyboard. Tab moves between fields; Alt + an underlined letter chooses a menu item or a button.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="42"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="42"/>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/dialogs/shortcuts.py" line="42"/>
        <source>Kortkommando</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SignEntry</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="291"/>
        <source>Ej bekräftad</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="303"/>
        <source>Ej bekräftad – kontrollera mot källan</source>
        <translation>Not confirmed – check against the source</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="306"/>
        <source>, ej bekräftad</source>
        <translation>, not confirmed</translation>
    </message>
</context>
<context>
    <name>StepContactLine</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="360"/>
        <source>uppgift saknas</source>
        <translation>detail missing</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="365"/>
        <source>, ej bekräftad</source>
        <translation>, not confirmed</translation>
    </message>
</context>
<context>
    <name>StepEntry</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="402"/>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="403"/>
        <source>Akut</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="412"/>
        <source>Välj kommun ovan för att se kommunens nummer.</source>
        <translation>Choose a municipality above to see its numbers.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/card/widgets.py" line="424"/>
        <source>Akut: </source>
        <translation>Urgent: </translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/ui/viewer/widgets.py" line="334"/>
        <source>Sida %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="97"/>
        <source>Innehållspaketet i %1 kunde inte användas (%2). Programmet visar standardinnehållet i stället.</source>
        <translation>The content pack in %1 could not be used (%2). The program shows the default content instead.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="189"/>
        <source>Filen %1 finns inte eller kan inte läsas.</source>
        <translation>The file %1 does not exist or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="243"/>
        <source>Kvinnofrid Västmanland</source>
        <translation>Kvinnofrid Västmanland</translation>
    </message>
    <message>
        <location filename="../../src/kvinnofrid_desktop/app/start.py" line="244"/>
        <source>Programmets innehåll kunde inte läsas:
%1</source>
        <translation>The program&apos;s content could not be read:
%1</translation>
    </message>
</context>
</TS>
