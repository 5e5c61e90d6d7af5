<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en_GB">
<context>
    <name />
    <message>
        <location filename="../modules/validation/ClinicalMetrics.cpp" line="+144" />
        <source>Calibration measures need predicted probabilities between 0 and 1; the scores have values outside [0, 1].</source>
        <translation>Kalibreringsmål krever predikerte sannsynligheter mellom 0 og 1; skårene har verdier utenfor [0, 1].</translation>
    </message>
    <message>
        <location line="+39" />
        <location line="+39" />
        <source>There are no patients.</source>
        <translation>Det er ingen pasienter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net benefit needs predicted probabilities between 0 and 1.</source>
        <translation>Netto nytte krever predikerte sannsynligheter mellom 0 og 1.</translation>
    </message>
    <message>
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+156" />
        <source>a quoted field has no closing quote</source>
        <translation>et felt i anførselstegn mangler det avsluttende anførselstegnet</translation>
    </message>
    <message>
        <location line="+18" />
        <source>text follows the closing quote of a field</source>
        <translation>det står tekst etter det avsluttende anførselstegnet i et felt</translation>
    </message>
    <message>
        <location line="+124" />
        <source>the line is longer than %1 bytes</source>
        <translation>linjen er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the row has %1 fields, the header has %2</source>
        <translation>raden har %1 felt, overskriftslinjen har %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the label ('%1') is missing</source>
        <translation>utfallet ('%1') mangler</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the label '%1' is not 0/1 or true/false</source>
        <translation>utfallet '%1' er ikke 0/1 eller true/false</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the score ('%1') is missing</source>
        <translation>skåren ('%1') mangler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the score '%1' is not a number</source>
        <translation>skåren '%1' er ikke et tall</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the comparison score ('%1') is missing</source>
        <translation>sammenligningsskåren ('%1') mangler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the comparison score '%1' is not a number</source>
        <translation>sammenligningsskåren '%1' er ikke et tall</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the group value is longer than %1 bytes</source>
        <translation>gruppeverdien er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the group column '%1' has more than %2 different values</source>
        <translation>gruppekolonnen '%1' har mer enn %2 ulike verdier</translation>
    </message>
    <message>
        <location line="+164" />
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the predictions with a header line and one row per patient.</source>
        <translation>Eksporter prediksjonene med en overskriftslinje og én rad per pasient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file is UTF-16 text</source>
        <translation>filen er UTF-16-tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8).</source>
        <translation>Lagre den som «CSV UTF-8» (i Excel: Lagre som, CSV UTF-8).</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>the header line is longer than %1 bytes</source>
        <translation>overskriftslinjen er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+3" />
        <location line="+18" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>Dette ser ikke ut som en CSV-fil med prediksjoner.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>the file is not text (it contains zero bytes)</source>
        <translation>filen er ikke tekst (den inneholder nullbyte)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a CSV file with a header line.</source>
        <translation>Oppgi en CSV-fil med overskriftslinje.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the header line has no comma, semicolon or tab between column names</source>
        <translation>overskriftslinjen har verken komma, semikolon eller tabulator mellom kolonnenavnene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file needs at least a label and a score column; give --delimiter if it uses another separator.</source>
        <translation>Filen må ha minst en utfallskolonne og en skårkolonne; bruk --delimiter hvis den har et annet skilletegn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header line has a quoted name without its closing quote</source>
        <translation>overskriftslinjen har et navn i anførselstegn uten avsluttende anførselstegn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header has more than %1 columns</source>
        <translation>overskriftslinjen har mer enn %1 kolonner</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+12" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="-4" />
        <source>there is no file %1</source>
        <translation>filen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the path.</source>
        <translation>Kontroller stien.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file</source>
        <translation>%1 er ikke en fil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a CSV file.</source>
        <translation>Oppgi stien til en CSV-fil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the file's permissions.</source>
        <translation>Kontroller tilgangsrettighetene til filen.</translation>
    </message>
</context>
<context>
    <name>vv::Error</name>
    <message>
        <location filename="../modules/core/Error.cpp" line="+7" />
        <source>Cancelled by the user</source>
        <translation>Avbrutt av brukeren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nothing was changed; start again when ready.</source>
        <translation>Ingenting ble endret; start på nytt når du er klar.</translation>
    </message>
</context>
<context>
    <name>vv::Json</name>
    <message>
        <location filename="../modules/core/Json.cpp" line="+44" />
        <source>invalid JSON: %1</source>
        <translation>ugyldig JSON: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fix the file or produce it again.</source>
        <translation>Rett filen eller lag den på nytt.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path and the file's permissions.</source>
        <translation>Kontroller stien og filens tilgangsrettigheter.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is %2 bytes; the limit for this file is %3 bytes</source>
        <translation>%1 er %2 byte; grensen for denne filen er %3 byte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that this is the right file.</source>
        <translation>Kontroller at dette er riktig fil.</translation>
    </message>
</context>
<context>
    <name>vv::ProjectStore</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+55" />
        <source>the project's schema version '%1' is not valid</source>
        <translation>prosjektets skjemaversjon «%1» er ikke gyldig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged; restore it from a backup.</source>
        <translation>Filen er skadet; gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>migration %1 (%2)</source>
        <translation>migrering %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/store/Sql.cpp" line="+10" />
        <source>%1: database error: %2</source>
        <translation>%1: databasefeil: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</source>
        <translation>Ingenting ble endret. Hvis dette gjentar seg, kjør «audit verify» og kontroller disken.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: no result</source>
        <translation>%1: ingen resultat</translation>
    </message>
    <message>
        <location filename="../modules/store/Transaction.cpp" line="+34" />
        <source>internal error: a change without an audit entry was refused</source>
        <translation>intern feil: en endring uten revisjonsoppføring ble avvist</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditChain.cpp" line="+76" />
        <source>entry %1 is missing (the next entry found is %2)</source>
        <translation>oppføring %1 mangler (neste oppføring som finnes, er %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 does not follow entry %2 (its link to the previous entry is wrong; entries were removed or reordered)</source>
        <translation>oppføring %1 følger ikke etter oppføring %2 (lenken til forrige oppføring er feil; oppføringer er fjernet eller stokket om)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 was changed after it was written (its content does not match its hash)</source>
        <translation>oppføring %1 er endret etter at den ble skrevet (innholdet stemmer ikke med hashen)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</source>
        <translation>kjeden slutter ved oppføring %1, men prosjektet har registrert %2 oppføringer; oppføringer på slutten er fjernet</translation>
    </message>
    <message>
        <location filename="../modules/store/BlobStore.cpp" line="+60" />
        <source>reading failed after %1 bytes: %2</source>
        <translation>lesingen feilet etter %1 byte: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file and try again; nothing was stored.</source>
        <translation>Kontroller filen og prøv igjen; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>storing a chunk</source>
        <translation>lagring av en del</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file changed while it was read (expected %1 bytes, read %2)</source>
        <translation>filen ble endret mens den ble lest (forventet %1 byte, leste %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until the file is complete and import it again; nothing was stored.</source>
        <translation>Vent til filen er ferdig, og importer den på nytt; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>no stored content with hash %1</source>
        <translation>det finnes ikke lagret innhold med hash %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stored content %1 is damaged: %2</source>
        <translation>lagret innhold %1 er skadet: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore the project from a backup, or import the file again.</source>
        <translation>Gjenopprett prosjektet fra en sikkerhetskopi, eller importer filen på nytt.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>reading stored content</source>
        <translation>lesing av lagret innhold</translation>
    </message>
    <message>
        <location line="+2" />
        <source>part %1 of %2 is missing</source>
        <translation>del %1 av %2 mangler</translation>
    </message>
    <message>
        <location line="+4" />
        <source>part %1 has the wrong size</source>
        <translation>del %1 har feil størrelse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>writing failed: %1</source>
        <translation>skrivingen feilet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check free disk space and permissions.</source>
        <translation>Kontroller ledig diskplass og tilgangsrettigheter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected %1 bytes, found %2</source>
        <translation>forventet %1 byte, fant %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the content does not match its hash</source>
        <translation>innholdet stemmer ikke med hashen</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectStore.cpp" line="+58" />
        <source>no project at %1</source>
        <translation>finner ikke noe prosjekt i %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path, or create a project with 'project init'.</source>
        <translation>Kontroller stien, eller opprett et prosjekt med «project init».</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file</source>
        <translation>%1 er ikke en fil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a .veiviser file.</source>
        <translation>Oppgi stien til en .veiviser-fil.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file's permissions.</source>
        <translation>Kontroller tilgangsrettighetene til filen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Veiviser project</source>
        <translation>%1 er ikke et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <location line="+146" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Åpne en .veiviser-fil laget av Veiviser.</translation>
    </message>
    <message>
        <location line="-147" />
        <source>%1 is an SQLite database, but not a Veiviser project</source>
        <translation>%1 er en SQLite-database, men ikke et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>Qts SQLite-driver (QSQLITE) er ikke installert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package libqt6sql6-sqlite.</source>
        <translation>Installer Debian-pakken libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>opening %1</source>
        <translation>åpning av %1</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+64" />
        <source>team projects on PostgreSQL are not available in this version of Veiviser</source>
        <translation>teamprosjekter på PostgreSQL er ikke tilgjengelige i denne versjonen av Veiviser</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+64" />
        <source>Use a project file (NAME.veiviser) for now.</source>
        <translation>Bruk en prosjektfil (NAVN.veiviser) inntil videre.</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+169" />
        <source>a project needs a name</source>
        <translation>et prosjekt må ha et navn</translation>
    </message>
    <message>
        <location line="-169" />
        <source>Give one with --name.</source>
        <translation>Oppgi det med --name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 already exists</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another file name, or open the existing project.</source>
        <translation>Velg et annet filnavn, eller åpne det eksisterende prosjektet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create the folder first.</source>
        <translation>Opprett mappen først.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>cannot create %1</source>
        <translation>kan ikke opprette %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check that the folder is writable.</source>
        <translation>Kontroller at det er skrivetilgang til mappen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 cannot be read as a Veiviser project (%2)</source>
        <translation>%1 kan ikke leses som et Veiviser-prosjekt (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+66" />
        <source>The file may be damaged; restore it from a backup.</source>
        <translation>Filen kan være skadet; gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="-57" />
        <source>%1 is not a Veiviser project (it has no project data)</source>
        <translation>%1 er ikke et Veiviser-prosjekt (den har ingen prosjektdata)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a newer version</source>
        <translation>en nyere versjon</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this project was written by Veiviser %1; update Veiviser to open it</source>
        <translation>dette prosjektet er skrevet av Veiviser %1; oppdater Veiviser for å åpne det</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is Veiviser %1. The file was not changed.</source>
        <translation>Dette er Veiviser %1. Filen ble ikke endret.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 uses an older project format</source>
        <translation>%1 bruker et eldre prosjektformat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it once without read-only access to upgrade it.</source>
        <translation>Åpne det én gang med skrivetilgang for å oppgradere det.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>this project is open read-only</source>
        <translation>dette prosjektet er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it with write access to change it.</source>
        <translation>Åpne det med skrivetilgang for å endre det.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has no project record</source>
        <translation>%1 har ingen prosjektoppføring</translation>
    </message>
</context>
<context>
    <name>vv::Sha256</name>
    <message>
        <location filename="../modules/core/Sha256.cpp" line="+64" />
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>Kontroller at filen finnes og kan leses.</translation>
    </message>
</context>
<context>
    <name>vv::TestRunTable</name>
    <message>
        <location filename="../modules/store/TestRunTable.cpp" line="+79" />
        <source>the %1 is %2 MiB of JSON; at most %3 MiB can be stored</source>
        <translation>%1 er %2 MiB JSON; høyst %3 MiB kan lagres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store large outputs as evidence files instead.</source>
        <translation>Lagre store resultater som dokumentasjonsfiler i stedet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' er ikke en krav-URN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the requirement's URN, such as urn:veiviser:ai-act:art-15.</source>
        <translation>Bruk kravets URN, for eksempel urn:veiviser:ai-act:art-15.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a case needs an id of 1 to 200 characters</source>
        <translation>et testtilfelle må ha en id på 1 til 200 tegn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give every case in the suite an id.</source>
        <translation>Gi hvert testtilfelle i testsettet en id.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>case detail</source>
        <translation>detaljene for testtilfellet</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case '%1' of run %2 is already stored</source>
        <translation>testtilfellet '%1' i kjøring %2 er allerede lagret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A resumed run skips the cases listed by finishedCaseIds().</source>
        <translation>En gjenopptatt kjøring hopper over tilfellene som finishedCaseIds() lister opp.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+233" />
        <source>there is no test run %1 in this project</source>
        <translation>det finnes ingen testkjøring %1 i dette prosjektet</translation>
    </message>
    <message>
        <location line="-232" />
        <location line="+232" />
        <source>List the runs to see their ids.</source>
        <translation>List kjøringene for å se id-ene deres.</translation>
    </message>
    <message>
        <location line="-229" />
        <source>cannot %1: run %2 has status '%3'</source>
        <translation>kan ikke %1: kjøring %2 har status '%3'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new run instead.</source>
        <translation>Start en ny kjøring i stedet.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+142" />
        <source>a test run needs an engine id and a kind</source>
        <translation>en testkjøring må ha en motor-id og en type</translation>
    </message>
    <message>
        <location line="-140" />
        <source>a test run cannot have a negative number of cases</source>
        <translation>en testkjøring kan ikke ha et negativt antall tilfeller</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>provenance</source>
        <translation>opphavsinformasjonen</translation>
    </message>
    <message>
        <location line="-122" />
        <location line="+143" />
        <source>the new test run got no id</source>
        <translation>den nye testkjøringen fikk ingen id</translation>
    </message>
    <message>
        <location line="-115" />
        <source>store a case</source>
        <translation>lagre et testtilfelle</translation>
    </message>
    <message>
        <location line="+28" />
        <source>resume</source>
        <translation>gjenoppta</translation>
    </message>
    <message>
        <location line="+20" />
        <source>metric names must be given and unique ('%1')</source>
        <translation>målenavn må være oppgitt og unike ('%1')</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a run cannot finish as running</source>
        <translation>en kjøring kan ikke avsluttes med status «pågår»</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+32" />
        <source>result</source>
        <translation>resultatet</translation>
    </message>
    <message>
        <location line="-24" />
        <source>finish</source>
        <translation>avslutte</translation>
    </message>
    <message>
        <location line="+71" />
        <source>link</source>
        <translation>koble</translation>
    </message>
    <message>
        <location line="+37" />
        <source>test run %1 provenance</source>
        <translation>opphavsinformasjonen for testkjøring %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>test run %1 result</source>
        <translation>resultatet av testkjøring %1</translation>
    </message>
    <message>
        <location line="+77" />
        <source>case %1 detail</source>
        <translation>detaljene for testtilfellet %1</translation>
    </message>
</context>
<context>
    <name>vv::cli</name>
    <message>
        <location filename="../modules/cli/Args.cpp" line="+25" />
        <source>Usage: veiviser-cli %1</source>
        <translation>Bruk: veiviser-cli %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--%1 takes no value</source>
        <translation>--%1 tar ingen verdi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown option --%1</source>
        <translation>ukjent valg --%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--%1 needs a value</source>
        <translation>--%1 trenger en verdi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--%1 is given twice</source>
        <translation>--%1 er gitt to ganger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>missing arguments</source>
        <translation>mangler argumenter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected argument '%1'</source>
        <translation>uventet argument «%1»</translation>
    </message>
    <message>
        <location filename="../modules/cli/Cli.cpp" line="+27" />
        <source>Usage: veiviser-cli [--json] [--lang nb|en] COMMAND ...</source>
        <translation>Bruk: veiviser-cli [--json] [--lang nb|en] KOMMANDO ...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exit codes: 0 success; 1 a check found a problem; 2 usage or input error; 3 engine or runtime failure.</source>
        <translation>Avslutningskoder: 0 vellykket; 1 en kontroll fant et problem; 2 feil bruk eller feil i inndata; 3 feil i motor eller kjøring.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>unknown language '%1'</source>
        <translation>ukjent språk «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use --lang nb or --lang en.</source>
        <translation>Bruk --lang nb eller --lang en.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown command '%1'</source>
        <translation>ukjent kommando «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli --help' for the list of commands.</source>
        <translation>Kjør «veiviser-cli --help» for å se kommandoene.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Usage: veiviser-cli %1 %2</source>
        <translation>Bruk: veiviser-cli %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/cli/CommandRegistry.cpp" line="+7" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+118" />
        <source>error: </source>
        <translation>feil: </translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-81" />
        <source>unknown role '%1'; allowed: provider, deployer, both</source>
        <translation>ukjent rolle «%1»; tillatt: provider, deployer, both</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Created project '%1' in %2</source>
        <translation>Opprettet prosjektet «%1» i %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version</source>
        <translation>Systemversjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version</source>
        <translation>Skjemaversjon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (written by Veiviser %2)</source>
        <translation>%1 (skrevet av Veiviser %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit entries</source>
        <translation>Revisjonsoppføringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stored files</source>
        <translation>Lagrede filer</translation>
    </message>
    <message>
        <location line="+31" />
        <source>audit chain broken at entry %1: %2</source>
        <translation>revisjonskjeden er brutt ved oppføring %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project was changed outside Veiviser; restore it from a backup.</source>
        <translation>Prosjektet er endret utenfor Veiviser; gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>Revisjonskjeden er intakt: %n oppføring kontrollert</numerusform>
            <numerusform>Revisjonskjeden er intakt: %n oppføringer kontrollert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>--from and --limit take positive whole numbers</source>
        <translation>--from og --limit tar positive heltall</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Create a new project file.</source>
        <translation>Opprett en ny prosjektfil.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a project's name, system version, role, schema and counts.</source>
        <translation>Vis prosjektets navn, systemversjon, rolle, skjema og antall.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the audit chain is complete and unaltered (exit 1 if not).</source>
        <translation>Kontroller at revisjonskjeden er komplett og uendret (avslutter med 1 hvis ikke).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List audit entries, oldest first.</source>
        <translation>List revisjonsoppføringer, eldste først.</translation>
    </message>
    <message>
        <location filename="../modules/cli/MetricsCommands.cpp" line="+44" />
        <source>--%1 is required</source>
        <translation>--%1 må oppgis</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--delimiter takes ',', ';' or 'tab'</source>
        <translation>--delimiter tar ',', ';' eller 'tab'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--decimal takes '.' or ','</source>
        <translation>--decimal tar '.' eller ','</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--compare must name another column than --score</source>
        <translation>--compare må angi en annen kolonne enn --score</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--threshold takes a number, not '%1'</source>
        <translation>--threshold tar et tall, ikke '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--bootstrap takes a whole number of replicates</source>
        <translation>--bootstrap tar et helt antall gjentak</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--seed is only used with --bootstrap</source>
        <translation>--seed brukes bare sammen med --bootstrap</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--seed takes a whole number of 0 or more</source>
        <translation>--seed tar et helt tall fra 0 og oppover</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--level takes a number such as 0.95</source>
        <translation>--level tar et tall, for eksempel 0.95</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Estimate</source>
        <translation>Estimat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 % confidence interval</source>
        <translation>%1 % konfidensintervall</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Clinical validation of %1</source>
        <translation>Klinisk validering av %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Note: %1</source>
        <translation>Merk: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left out line %1: %2</source>
        <translation>Utelot linje %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stored as test run %1 in %2.</source>
        <translation>Lagret som testkjøring %1 i %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Validate a prediction model on a CSV of predictions and outcomes: AUROC, calibration, net benefit, risk distributions, subgroups.</source>
        <translation>Valider en prediksjonsmodell på en CSV med prediksjoner og utfall: AUROC, kalibrering, netto nytte, risikofordelinger, undergrupper.</translation>
    </message>
</context>
<context>
    <name>vv::ui</name>
    <message>
        <location filename="../modules/ui/Labels.cpp" line="+10" />
        <source>Provider (manufacturer)</source>
        <translation>Tilbyder (produsent)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deployer (user organisation)</source>
        <translation>Idriftsetter (brukervirksomhet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provider and deployer</source>
        <translation>Tilbyder og idriftsetter</translation>
    </message>
</context>
<context>
    <name>vv::ui::AboutDialog</name>
    <message>
        <location filename="../modules/ui/AboutDialog.cpp" line="+30" />
        <source>About Veiviser</source>
        <translation>Om Veiviser</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A workbench for AI in Norwegian health care: regulatory checklists, validation evidence, model-validation tests and signed documentation packages.</source>
        <translation>Et arbeidsverktøy for KI i norsk helsetjeneste: regulatoriske sjekklister, valideringsdokumentasjon, modellvalideringstester og signerte dokumentasjonspakker.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Veiviser works offline. It sends nothing anywhere unless you point an evaluation engine at a server.</source>
        <translation>Veiviser virker uten nett. Programmet sender ingenting noe sted med mindre du peker en evalueringsmotor mot en server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Built with:</source>
        <translation>Bygget med:</translation>
    </message>
</context>
<context>
    <name>vv::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/MainWindow.cpp" line="+160" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation>Åpne &amp;nylig brukt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close project</source>
        <translation>&amp;Lukk prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Veiviser</source>
        <translation>&amp;Om Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navigator</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 – system version %2 – Veiviser</source>
        <translation>%1 – systemversjon %2 – Veiviser</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(no recent projects)</source>
        <translation>(ingen nylig brukte prosjekter)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser);;All files (*)</source>
        <translation>Veiviser-prosjekter (*.veiviser);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>vv::ui::MessageBar</name>
    <message>
        <location filename="../modules/ui/MessageBar.cpp" line="+19" />
        <source>Close message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>vv::ui::MetricsCharts</name>
    <message>
        <location filename="../modules/ui/MetricsCharts.cpp" line="+35" />
        <source>n/a</source>
        <translation>i.t.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ROC curve: AUROC %1 (%2 to %3)</source>
        <translation>ROC-kurve: AUROC %1 (%2 til %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 − specificity (false positive rate)</source>
        <translation>1 − spesifisitet (andel falske positive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity (true positive rate)</source>
        <translation>Sensitivitet (andel sanne positive)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No discrimination</source>
        <translation>Ingen diskriminering</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+78" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-66" />
        <source>Calibration: %1</source>
        <translation>Kalibrering: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Calibration: intercept %1, slope %2, ECE %3</source>
        <translation>Kalibrering: konstantledd %1, stigning %2, ECE %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted risk</source>
        <translation>Predikert risiko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observed proportion</source>
        <translation>Observert andel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ideal</source>
        <translation>Ideell</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Logistic recalibration</source>
        <translation>Logistisk rekalibrering</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Risk groups (tenths), with 95 % intervals</source>
        <translation>Risikogrupper (tideler), med 95 % intervall</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Decision curve: %1</source>
        <translation>Beslutningskurve: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Decision curve (net benefit)</source>
        <translation>Beslutningskurve (netto nytte)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Threshold probability</source>
        <translation>Terskelsannsynlighet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net benefit</source>
        <translation>Netto nytte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Treat none</source>
        <translation>Behandle ingen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Treat all</source>
        <translation>Behandle alle</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Distribution of predicted risk by outcome</source>
        <translation>Fordeling av predikert risiko etter utfall</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With the outcome (%)</source>
        <translation>Med utfallet (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Without the outcome (%)</source>
        <translation>Uten utfallet (%)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Predicted risk (lower bound of each bin)</source>
        <translation>Predikert risiko (nedre grense for hvert intervall)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share of the outcome group (%)</source>
        <translation>Andel av utfallsgruppen (%)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ROC curve</source>
        <translation>ROC-kurve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration</source>
        <translation>Kalibrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision curve</source>
        <translation>Beslutningskurve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk distribution</source>
        <translation>Risikofordeling</translation>
    </message>
    <message>
        <location line="+34" />
        <source>charts are exported as .png or .svg, not '%1'</source>
        <translation>diagrammer eksporteres som .png eller .svg, ikke '%1'</translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+11" />
        <location line="+4" />
        <source>cannot write %1</source>
        <translation>kan ikke skrive %1</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+11" />
        <location line="+4" />
        <source>Check that the folder is writable.</source>
        <translation>Kontroller at det er skrivetilgang til mappen.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Made by Veiviser from a clinical validation run.</source>
        <translation>Laget av Veiviser fra en klinisk valideringskjøring.</translation>
    </message>
</context>
<context>
    <name>vv::ui::MetricsTableModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="+171" />
        <source>Measure</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estimate</source>
        <translation>Estimat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confidence interval</source>
        <translation>Konfidensintervall</translation>
    </message>
</context>
<context>
    <name>vv::ui::NewProjectDialog</name>
    <message>
        <location filename="../modules/ui/NewProjectDialog.cpp" line="+26" />
        <source>New project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project name</source>
        <translation>Prosjektnavn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version</source>
        <translation>Systemversjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project file</source>
        <translation>Prosjektfil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for example: Sepsis risk model, Ward 4</source>
        <translation>for eksempel: Sepsisrisikomodell, post 4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System &amp;version:</source>
        <translation>System&amp;versjon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Save new project as</source>
        <translation>Lagre nytt prosjekt som</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser)</source>
        <translation>Veiviser-prosjekter (*.veiviser)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the project a name.</source>
        <translation>Gi prosjektet et navn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the project file.</source>
        <translation>Velg hvor prosjektfilen skal lagres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A file with this name already exists; choose another.</source>
        <translation>En fil med dette navnet finnes allerede; velg et annet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder does not exist.</source>
        <translation>Mappen finnes ikke.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectOverviewPage</name>
    <message>
        <location filename="../modules/ui/ProjectOverviewPage.cpp" line="+61" />
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (last written by Veiviser %2)</source>
        <translation>%1 (sist skrevet av Veiviser %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>Revisjonskjeden er intakt: %n oppføring kontrollert.</numerusform>
            <numerusform>Revisjonskjeden er intakt: %n oppføringer kontrollert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The audit chain is broken at entry %1: %2</source>
        <translation>Revisjonskjeden er brutt ved oppføring %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Project overview</source>
        <translation>Prosjektoversikt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>System version:</source>
        <translation>Systemversjon:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schema version:</source>
        <translation>Skjemaversjon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last change:</source>
        <translation>Sist endret:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Audit entries:</source>
        <translation>Revisjonsoppføringer:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stored files:</source>
        <translation>Lagrede filer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Kontroller revisjonskjeden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that no recorded change was altered, removed or reordered.</source>
        <translation>Kontroller at ingen registrert endring er endret, fjernet eller stokket om.</translation>
    </message>
</context>
<context>
    <name>vv::ui::TestRunListModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="-161" />
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Feilet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+34" />
        <source>AUROC %1 (%2 to %3)</source>
        <translation>AUROC %1 (%2 til %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AUROC %1</source>
        <translation>AUROC %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 of %2 cases passed</source>
        <translation>%1 av %2 tilfeller bestått</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Supports: %1</source>
        <translation>Støtter: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Run</source>
        <translation>Kjøring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was tested</source>
        <translation>Hva som ble testet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationDialog</name>
    <message>
        <location filename="../modules/ui/ValidationDialog.cpp" line="+150" />
        <location line="+271" />
        <source>Choose a predictions file</source>
        <translation>Velg en prediksjonsfil</translation>
    </message>
    <message>
        <location line="-270" />
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+1" />
        <location line="+256" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="-175" />
        <source>'%1' is not a threshold; give numbers separated by semicolons, such as 0.1; 0.2.</source>
        <translation>'%1' er ikke en terskel; oppgi tall skilt med semikolon, for eksempel 0,1; 0,2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose a file and its outcome and score columns.</source>
        <translation>Velg en fil og kolonnene for utfall og skår.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The outcome, score and comparison columns must be different columns.</source>
        <translation>Utfall, skår og sammenligning må være ulike kolonner.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starting…</source>
        <translation>Starter …</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The run was cancelled; nothing was stored.</source>
        <translation>Kjøringen ble avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The result could not be stored in the project: %1</source>
        <translation>Resultatet kunne ikke lagres i prosjektet: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stored as test run %1.</source>
        <translation>Lagret som testkjøring %1.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Validate a prediction model</source>
        <translation>Valider en prediksjonsmodell</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predictions &amp;file:</source>
        <translation>Prediksjons&amp;fil:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Outcome column:</source>
        <translation>&amp;Utfallskolonne:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Positive class:</source>
        <translation>&amp;Positiv klasse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Score column:</source>
        <translation>&amp;Skårkolonne:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub&amp;groups by:</source>
        <translation>Under&amp;grupper etter:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Compare &amp;with:</source>
        <translation>Sammenlign &amp;med:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delimiter:</source>
        <translation>Skille&amp;tegn:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decimal &amp;mark:</source>
        <translation>&amp;Desimaltegn:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Thresholds:</source>
        <translation>&amp;Terskler:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Bootstrap replicates:</source>
        <translation>&amp;Bootstrap-gjentak:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;eed:</source>
        <translation>Fr&amp;ø:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>First rows of the file:</source>
        <translation>Første rader i filen:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview of the file</source>
        <translation>Forhåndsvisning av filen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>empty for 0/1 or true/false; otherwise the positive class, such as Poor</source>
        <translation>tom for 0/1 eller true/false; ellers den positive klassen, for eksempel Dårlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>such as 0.1; 0.2</source>
        <translation>for eksempel 0,1; 0,2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity, specificity, PPV and NPV are computed at each threshold (score ≥ threshold).</source>
        <translation>Sensitivitet, spesifisitet, PPV og NPV beregnes ved hver terskel (skår ≥ terskel).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (DeLong interval)</source>
        <translation>ingen (DeLong-intervall)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A stratified bootstrap interval for the AUROC; 2000 is a common choice.</source>
        <translation>Et stratifisert bootstrap-intervall for AUROC; 2000 er et vanlig valg.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave out rows with a missing or invalid value (they are counted)</source>
        <translation>Utelat rader med manglende eller ugyldig verdi (de telles)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Run</source>
        <translation>&amp;Kjør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel run</source>
        <translation>&amp;Avbryt kjøringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New validation</source>
        <translation>&amp;Ny validering</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Detect</source>
        <translation>Finn selv</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Point (0.25)</source>
        <translation>Punktum (0.25)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comma (0,25)</source>
        <translation>Komma (0,25)</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationPage</name>
    <message>
        <location filename="../modules/ui/ValidationPage.cpp" line="+67" />
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Run %1 has no clinical metrics to show.</source>
        <translation>Kjøring %1 har ingen kliniske mål å vise.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Test run %1: %2</source>
        <translation>Testkjøring %1: %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Validation and test runs</source>
        <translation>Validering og testkjøringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate a prediction model on your own patients: a CSV file with each patient's predicted risk and outcome gives discrimination, calibration, net benefit and risk distributions with confidence intervals. Every run is stored here with its provenance, as evidence for the AI Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation.</source>
        <translation>Valider en prediksjonsmodell på egne pasienter: en CSV-fil med hver pasients predikerte risiko og utfall gir diskriminering, kalibrering, netto nytte og risikofordelinger med konfidensintervaller. Hver kjøring lagres her med opphavsinformasjon, som dokumentasjon for KI-forordningen (art. 15), den kliniske evalueringen etter MDR og Helsedirektoratets lokale validering.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New validation…</source>
        <translation>&amp;Ny validering …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open result</source>
        <translation>Å&amp;pne resultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test runs</source>
        <translation>Testkjøringer</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationResultView</name>
    <message>
        <location filename="../modules/ui/ValidationResultView.cpp" line="+83" />
        <source>All patients</source>
        <translation>Alle pasienter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(blank)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+59" />
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Export chart</source>
        <translation>Eksporter diagram</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patients shown</source>
        <translation>Pasienter som vises</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation results</source>
        <translation>Valideringsresultater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary</source>
        <translation>&amp;Sammendrag</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export &amp;PNG…</source>
        <translation>Eksporter &amp;PNG …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export S&amp;VG…</source>
        <translation>Eksporter S&amp;VG …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 as PNG</source>
        <translation>Eksporter %1 som PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 as SVG</source>
        <translation>Eksporter %1 som SVG</translation>
    </message>
</context>
<context>
    <name>vv::ui::WelcomePage</name>
    <message>
        <location filename="../modules/ui/WelcomePage.cpp" line="+65" />
        <source>Welcome to Veiviser</source>
        <translation>Velkommen til Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser guides you through the regulatory requirements for AI in Norwegian health care: the EU AI Act, the Medical Device Regulation, GDPR with Norwegian health-privacy law, and the Directorate of Health's quality framework. Everything is kept in one project file on this computer.</source>
        <translation>Veiviser leder deg gjennom de regulatoriske kravene til KI i norsk helsetjeneste: EUs KI-forordning, forordningen om medisinsk utstyr, personvernforordningen med norsk helsepersonvernlovgivning og Helsedirektoratets kvalitetsrammeverk. Alt lagres i én prosjektfil på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New project…</source>
        <translation>&amp;Nytt prosjekt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;Åpne prosjekt …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Nylig brukte prosjekter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent projects</source>
        <translation>Nylig brukte prosjekter</translation>
    </message>
</context>
<context>
    <name>vv::validation::Calibration</name>
    <message>
        <location filename="../modules/validation/Calibration.cpp" line="+81" />
        <source>Calibration intercept and slope need patients with and without the outcome.</source>
        <translation>Kalibreringens konstantledd og stigning krever pasienter med og uten utfallet.</translation>
    </message>
    <message>
        <location line="+115" />
        <source>The score separates the outcomes completely, so the calibration slope is infinite.</source>
        <translation>Skåren skiller utfallene fullstendig, så kalibreringsstigningen er uendelig.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All predictions are equal (or nearly so), so the calibration slope is not defined.</source>
        <translation>Alle prediksjonene er like (eller nesten like), så kalibreringsstigningen er ikke definert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The recalibration fit did not converge in %1 iterations.</source>
        <translation>Rekalibreringen konvergerte ikke på %1 iterasjoner.</translation>
    </message>
</context>
<context>
    <name>vv::validation::ClinicalMetrics</name>
    <message>
        <location filename="../modules/validation/ClinicalMetrics.cpp" line="+47" />
        <source>the confidence level must be between 0.5 and 1 (such as 0.95)</source>
        <translation>konfidensnivået må være mellom 0,5 og 1 (for eksempel 0,95)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the number of bootstrap replicates must be between 2 and %1</source>
        <translation>antall bootstrap-gjentak må være mellom 2 og %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2000 is a common choice.</source>
        <translation>2000 er et vanlig valg.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at most %1 thresholds can be given</source>
        <translation>høyst %1 terskler kan oppgis</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a threshold must be a finite number</source>
        <translation>en terskel må være et endelig tall</translation>
    </message>
    <message>
        <location line="+4" />
        <source>bin counts must be between 1 and 1000</source>
        <translation>antall intervaller må være mellom 1 og 1000</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sorting</source>
        <translation>Sorterer</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Discrimination</source>
        <translation>Diskriminering</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Some scores are outside [0, 1]: the AUROC and thresholds are computed, calibration, Brier score and net benefit are not.</source>
        <translation>Noen skårer ligger utenfor [0, 1]: AUROC og terskler er beregnet, men ikke kalibrering, Brier-skår og netto nytte.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+43" />
        <source>Subgroups</source>
        <translation>Undergrupper</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location line="+79" />
        <source>Clinical validation of %1</source>
        <translation>Klinisk validering av %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+15" />
        <source>not available</source>
        <translation>ikke tilgjengelig</translation>
    </message>
    <message>
        <location line="-10" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Patients</source>
        <translation>Pasienter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With the outcome</source>
        <translation>Med utfallet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows left out (invalid)</source>
        <translation>Utelatte rader (ugyldige)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>bootstrap, %1 %</source>
        <translation>bootstrap, %1 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DeLong, %1 %</source>
        <translation>DeLong, %1 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brier score</source>
        <translation>Brier-skår</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scaled Brier score</source>
        <translation>Skalert Brier-skår</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wald, %1 %</source>
        <translation>Wald, %1 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration intercept (ideal 0)</source>
        <translation>Kalibreringens konstantledd (ideelt 0)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calibration slope (ideal 1)</source>
        <translation>Kalibreringsstigning (ideelt 1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ECE (%1 bins)</source>
        <translation>ECE (%1 intervaller)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wilson, %1 %</source>
        <translation>Wilson, %1 %</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sensitivity at score ≥ %1</source>
        <translation>Sensitivitet ved skår ≥ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specificity at score ≥ %1</source>
        <translation>Spesifisitet ved skår ≥ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PPV at score ≥ %1</source>
        <translation>PPV ved skår ≥ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPV at score ≥ %1</source>
        <translation>NPV ved skår ≥ %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>AUROC of %1</source>
        <translation>AUROC for %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUROC difference, %1 − %2</source>
        <translation>AUROC-differanse, %1 − %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paired DeLong, %1 %</source>
        <translation>parvis DeLong, %1 %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(blank)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUROC, %1 = %2 (n = %3)</source>
        <translation>AUROC, %1 = %2 (n = %3)</translation>
    </message>
</context>
<context>
    <name>vv::validation::Discrimination</name>
    <message>
        <location filename="../modules/validation/Discrimination.cpp" line="+128" />
        <source>The AUROC needs patients with and without the outcome.</source>
        <translation>AUROC krever pasienter med og uten utfallet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The DeLong interval needs at least two patients with and two without the outcome.</source>
        <translation>DeLong-intervallet krever minst to pasienter med og to uten utfallet.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The two scores rank every pair the same way except for a constant shift; the test has no variance.</source>
        <translation>De to skårene rangerer alle par likt bortsett fra en fast forskyvning; testen har ingen varians.</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
</context>
<context>
    <name>vv::validation::PredictionsCsv</name>
    <message>
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+54" />
        <source>the label and score columns must be named</source>
        <translation>kolonnene for utfall og skår må oppgis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --label COLUMN and --score COLUMN.</source>
        <translation>Oppgi --label KOLONNE og --score KOLONNE.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decimal separator must be '.' or ','</source>
        <translation>desimaltegnet må være '.' eller ','</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the delimiter must be a comma, a semicolon or a tab</source>
        <translation>skilletegnet må være komma, semikolon eller tabulator</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+203" />
        <location line="+34" />
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
    <message>
        <location line="-217" />
        <source>The file is comma-separated and uses decimal commas; numbers must then be quoted.</source>
        <translation>Filen er kommaseparert og bruker desimalkomma; tallene må da stå i anførselstegn.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>there is no column '%1'</source>
        <translation>det finnes ingen kolonne '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The columns are %1.</source>
        <translation>Kolonnene er %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header has %1 columns named '%2'</source>
        <translation>overskriftslinjen har %1 kolonner som heter '%2'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the columns unique names.</source>
        <translation>Gi kolonnene unike navn.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the line is longer than %1 bytes (or a quote is not closed)</source>
        <translation>linjen er lengre enn %1 byte (eller et anførselstegn er ikke lukket)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>Dette ser ikke ut som en CSV-fil med prediksjoner.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Fix the file; --drop-invalid cannot skip this.</source>
        <translation>Rett filen; --drop-invalid kan ikke hoppe over dette.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix the row, or give --drop-invalid to leave out rows with a missing or invalid label or score (they are counted in the result).</source>
        <translation>Rett raden, eller bruk --drop-invalid for å utelate rader med manglende eller ugyldig utfall eller skår (de telles i resultatet).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the group column '%1' has more than %2 different values</source>
        <translation>gruppekolonnen '%1' har mer enn %2 ulike verdier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a column with fewer subgroups.</source>
        <translation>Velg en kolonne med færre undergrupper.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the file has more than %1 rows</source>
        <translation>filen har mer enn %1 rader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate on a sample, or split the file.</source>
        <translation>Valider på et utvalg, eller del opp filen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file has no data rows after the header</source>
        <translation>filen har ingen datarader etter overskriftslinjen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the predictions with one row per patient.</source>
        <translation>Eksporter prediksjonene med én rad per pasient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every row has a missing or invalid label or score (the first: %1)</source>
        <translation>alle rader har manglende eller ugyldig utfall eller skår (den første: %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the column names and --decimal.</source>
        <translation>Kontroller kolonnenavnene og --decimal.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the label column '%1' has more than two classes: '%2' (positive) and %3</source>
        <translation>utfallskolonnen '%1' har mer enn to klasser: '%2' (positiv) og %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the label column '%1' has the classes %2, and none is the positive class '%3'</source>
        <translation>utfallskolonnen '%1' har klassene %2, og ingen av dem er den positive klassen '%3'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give --positive with the exact spelling of the positive class.</source>
        <translation>Oppgi --positive med nøyaktig samme skrivemåte som den positive klassen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No row has the positive label '%1'; every row counts as '%2'.</source>
        <translation>Ingen rad har den positive klassen '%1'; alle rader telles som '%2'.</translation>
    </message>
</context>
</TS>
