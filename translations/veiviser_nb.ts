<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en_GB">
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
        <location filename="../modules/store/BlobStore.cpp" line="+191" />
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
        <location line="+10" />
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
        <location line="+49" />
        <source>no stored content with hash %1</source>
        <translation>det finnes ikke lagret innhold med hash %1</translation>
    </message>
    <message>
        <location line="-43" />
        <source>stored content %1 is damaged: %2</source>
        <translation>lagret innhold %1 er skadet: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+57" />
        <source>Restore the project from a backup, or import the file again.</source>
        <translation>Gjenopprett prosjektet fra en sikkerhetskopi, eller importer filen på nytt.</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+38" />
        <source>reading stored content</source>
        <translation>lesing av lagret innhold</translation>
    </message>
    <message>
        <location line="-36" />
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
        <translation>Kontroller ledig diskplass og tilganger.</translation>
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
        <location line="+23" />
        <source>stored content %1 is damaged: part %2 of %3 is missing</source>
        <translation>lagret innhold %1 er skadet: del %2 av %3 mangler</translation>
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
        <translation>Kontroller filens tilgangsrettigheter.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Veiviser project</source>
        <translation>%1 er ikke et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <location line="+150" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Åpne en .veiviser-fil laget av Veiviser.</translation>
    </message>
    <message>
        <location line="-151" />
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
        <location line="+68" />
        <source>team projects on PostgreSQL are not available in this version of Veiviser</source>
        <translation>teamprosjekter på PostgreSQL er ikke tilgjengelige i denne versjonen av Veiviser</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+68" />
        <source>Use a project file (NAME.veiviser) for now.</source>
        <translation>Bruk en prosjektfil (NAVN.veiviser) inntil videre.</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+173" />
        <source>a project needs a name</source>
        <translation>et prosjekt må ha et navn</translation>
    </message>
    <message>
        <location line="-173" />
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
        <location line="+48" />
        <source>cannot create %1</source>
        <translation>kan ikke opprette %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check that the folder is writable.</source>
        <translation>Kontroller at du kan skrive i mappen.</translation>
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
    <message>
        <location filename="../modules/store/EvidenceTable.cpp" line="+219" />
        <location line="+11" />
        <source>there is no evidence item %1</source>
        <translation>det finnes ikke noe dokumentasjonselement %1</translation>
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
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+28" />
        <source>'%1' is not an evidence id (a positive whole number)</source>
        <translation>«%1» er ikke en dokumentasjons-ID (et positivt heltall)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>not scanned</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none found</source>
        <translation>ingen funnet</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n identity number(s)</source>
        <translation><numerusform>%n identitetsnummer</numerusform><numerusform>%n identitetsnumre</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>on lines %1</source>
        <translation>på linje %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(in the file name too)</source>
        <translation>(også i filnavnet)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(confirmed for packages by %1)</source>
        <translation>(bekreftet for pakker av %1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' is not a date; use YYYY-MM-DD, or 'none'</source>
        <translation>«%1» er ikke en dato; bruk ÅÅÅÅ-MM-DD eller «none»</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown kind '%1'; allowed: report, dataset_description, risk_analysis, test_result, log, configuration, declaration, other</source>
        <translation>ukjent type «%1»; tillatt: report, dataset_description, risk_analysis, test_result, log, configuration, declaration, other</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(already in the library)</source>
        <translation>(finnes allerede i biblioteket)</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported %n file(s)</source>
        <translation><numerusform>Importerte %n fil</numerusform><numerusform>Importerte %n filer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n new</source>
        <translation><numerusform>%n ny</numerusform><numerusform>%n nye</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n already in the library</source>
        <translation><numerusform>%n fantes allerede i biblioteket</numerusform><numerusform>%n fantes allerede i biblioteket</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+6" />
        <source>warning: </source>
        <translation>advarsel: </translation>
    </message>
    <message>
        <location line="-6" />
        <source>#%1 %2 is empty (0 bytes); check that this is the file you meant</source>
        <translation>#%1 %2 er tom (0 byte); kontroller at det er riktig fil</translation>
    </message>
    <message>
        <location line="+6" />
        <source>#%1 %2 holds %3; it cannot go into a package until someone confirms it with 'evidence confirm-pii'</source>
        <translation>#%1 %2 inneholder %3; den kan ikke tas med i en pakke før noen har bekreftet det med «evidence confirm-pii»</translation>
    </message>
    <message>
        <location line="+24" />
        <source>'%1' is not a requirement URN</source>
        <translation>«%1» er ikke en krav-URN</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No evidence.</source>
        <translation>Ingen dokumentasjon.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PII confirmed</source>
        <translation>personopplysninger bekreftet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PII!</source>
        <translation>personopplysninger!</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+43" />
        <source>older system version</source>
        <translation>eldre systemversjon</translation>
    </message>
    <message>
        <location line="-7" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review state</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Kontrollør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Effective date</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expiry date</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+1" />
        <source>System version</source>
        <translation>Systemversjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Content</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identity numbers</source>
        <translation>Identitetsnumre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Through the crosswalk</source>
        <translation>Via kryssreferansen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stale</source>
        <translation>Utdatert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Confirmation</source>
        <translation>Bekreftelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2: %3</source>
        <translation>%1 den %2: %3</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Wrote #%1 to %2 (%3, SHA-256 verified)</source>
        <translation>Skrev #%1 til %2 (%3, SHA-256 kontrollert)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Linked #%1 to %2</source>
        <translation>Koblet #%1 til %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>#%1 was already linked to %2</source>
        <translation>#%1 var allerede koblet til %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed the link from #%1 to %2</source>
        <translation>Fjernet koblingen fra #%1 til %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#%1 was not linked to %2</source>
        <translation>#%1 var ikke koblet til %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>unknown kind '%1'</source>
        <translation>ukjent type «%1»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown review state '%1'; allowed: draft, submitted, in_review, approved</source>
        <translation>ukjent gjennomgangsstatus «%1»; tillatt: draft, submitted, in_review, approved</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Saved #%1</source>
        <translation>Lagret #%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nothing to change in #%1</source>
        <translation>Ingenting å endre i #%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--reason is required: say why the item may be shared</source>
        <translation>--reason må oppgis: si hvorfor elementet kan deles</translation>
    </message>
    <message>
        <location line="+10" />
        <source>#%1 may now go into packages; the confirmation is in the audit log</source>
        <translation>#%1 kan nå tas med i pakker; bekreftelsen står i revisjonsloggen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Removed #%1 and its content</source>
        <translation>Fjernet #%1 og innholdet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Removed #%1</source>
        <translation>Fjernet #%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import files and folders (recursively) into the evidence library.</source>
        <translation>Importer filer og mapper (med undermapper) til dokumentasjonsbiblioteket.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the evidence with links, PII and staleness flags.</source>
        <translation>Vis dokumentasjonen med koblinger og merknader om personopplysninger og utdatering.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show one evidence item's metadata, links and PII report.</source>
        <translation>Vis metadata, koblinger og personopplysningsrapport for ett element.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write an item's content, byte for byte, to OUT (a file or a folder).</source>
        <translation>Skriv innholdet i et element, byte for byte, til OUT (en fil eller en mappe).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Link an evidence item to a requirement.</source>
        <translation>Koble et dokumentasjonselement til et krav.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the link between an evidence item and a requirement.</source>
        <translation>Fjern koblingen mellom et dokumentasjonselement og et krav.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change an evidence item's metadata.</source>
        <translation>Endre metadata for et dokumentasjonselement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm that an item with identity numbers may go into packages, with a reason.</source>
        <translation>Bekreft, med begrunnelse, at et element med identitetsnumre kan tas med i pakker.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove an item; --purge also erases its content when no other item uses it.</source>
        <translation>Fjern et element; --purge sletter også innholdet når ingen andre elementer bruker det.</translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="+1" />
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
</context>
<context>
    <name>vv::evidence::EvidenceLibrary</name>
    <message>
        <location filename="../modules/evidence/EvidenceLibrary.cpp" line="+109" />
        <source>the disk is full, or the project file reached its size limit, while the content was stored</source>
        <translation>disken ble full, eller prosjektfilen nådde størrelsesgrensen, mens innholdet ble lagret</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+83" />
        <source>Free disk space and import again; nothing was imported.</source>
        <translation>Frigjør diskplass og importer på nytt; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+384" />
        <source>'%1' is not a requirement URN</source>
        <translation>«%1» er ikke en krav-URN</translation>
    </message>
    <message>
        <location line="-383" />
        <location line="+384" />
        <source>A requirement URN looks like urn:veiviser:ai-act:art-10.</source>
        <translation>En krav-URN ser slik ut: urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="-382" />
        <source>there is no requirement %1 in the loaded guidance</source>
        <translation>det finnes ikke noe krav %1 i den innlastede veiledningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the URN on the requirement's page.</source>
        <translation>Kontroller URN-en på siden for kravet.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+277" />
        <source>the title is longer than %1 characters</source>
        <translation>tittelen er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="-272" />
        <source>a title can only be given when importing one file (%1 files were found)</source>
        <translation>en tittel kan bare oppgis når én fil importeres (%1 filer ble funnet)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the files without --title, then give each its title.</source>
        <translation>Importer filene uten --title, og gi deretter hver fil sin tittel.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 er større enn %2 GiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store it elsewhere and import a description of it instead.</source>
        <translation>Lagre den et annet sted, og importer en beskrivelse av den i stedet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not enough free disk space for this import: it needs about %1 MiB, %2 MiB are free</source>
        <translation>ikke nok ledig diskplass til denne importen: den trenger omtrent %1 MiB, og %2 MiB er ledig</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 vanished before it could be read</source>
        <translation>%1 forsvant før den kunne leses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import it again when it is back; nothing was imported.</source>
        <translation>Importer den på nytt når den er tilbake; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <location filename="../modules/evidence/ImportFiles.cpp" line="+127" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Check the file's permissions; nothing was imported.</source>
        <translation>Kontroller tilgangene til filen; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not a regular file</source>
        <translation>%1 er ikke en vanlig fil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed while the import was prepared</source>
        <translation>%1 ble endret mens importen ble forberedt</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <location line="+3" />
        <source>Wait until the file is complete and import it again; nothing was imported.</source>
        <translation>Vent til filen er ferdig, og importer den på nytt; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 changed while it was read</source>
        <translation>%1 ble endret mens den ble lest</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was replaced while it was read</source>
        <translation>%1 ble erstattet mens den ble lest</translation>
    </message>
    <message>
        <location line="+98" />
        <source>there is no evidence item %1</source>
        <translation>det finnes ikke noe dokumentasjonselement %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'evidence list' shows the items and their ids.</source>
        <translation>«evidence list» viser elementene og ID-ene deres.</translation>
    </message>
    <message>
        <location line="+98" />
        <source>an evidence item needs a title</source>
        <translation>et dokumentasjonselement må ha en tittel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a text is longer than %1 characters</source>
        <translation>en tekst er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the expiry date %1 is before the effective date %2</source>
        <translation>utløpsdatoen %1 er før gyldighetsdatoen %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct one of the dates.</source>
        <translation>Rett en av datoene.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an item can only be approved with the name of its reviewer</source>
        <translation>et element kan bare godkjennes med navnet på kontrolløren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the reviewer first.</source>
        <translation>Fyll inn kontrolløren først.</translation>
    </message>
    <message>
        <location line="+158" />
        <source>evidence item %1 has no identity numbers; there is nothing to confirm</source>
        <translation>dokumentasjonselement %1 har ingen identitetsnumre; det er ingenting å bekrefte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a confirmation needs a reason</source>
        <translation>en bekreftelse må ha en begrunnelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say why the item may be shared although it holds identity numbers.</source>
        <translation>Si hvorfor elementet kan deles selv om det inneholder identitetsnumre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the reason is longer than %1 characters</source>
        <translation>begrunnelsen er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 exists already</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Choose another name, or allow replacing it.</source>
        <translation>Velg et annet navn, eller tillat å erstatte den.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+7" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the folder exists and is writable.</source>
        <translation>Kontroller at mappen finnes og er skrivbar.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check free disk space and permissions.</source>
        <translation>Kontroller ledig diskplass og tilganger.</translation>
    </message>
    <message>
        <location filename="../modules/evidence/ImportFiles.cpp" line="-91" />
        <source>more than %1 files to import</source>
        <translation>mer enn %1 filer å importere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a smaller folder, or its subfolders one at a time.</source>
        <translation>Importer en mindre mappe, eller undermappene én om gangen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is nested more than %2 folders deep</source>
        <translation>%1 ligger mer enn %2 mapper dypt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a folder further down.</source>
        <translation>Importer en mappe lenger ned.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+13" />
        <source>cannot read the folder %1: %2</source>
        <translation>kan ikke lese mappen %1: %2</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Check its permissions; nothing was imported.</source>
        <translation>Kontroller tilgangene; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Check the folder; nothing was imported.</source>
        <translation>Kontroller mappen; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 vanished while the folder was read</source>
        <translation>%1 forsvant mens mappen ble lest</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the folder again when it is no longer changing.</source>
        <translation>Importer mappen på nytt når den ikke lenger endres.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>no files or folders to import</source>
        <translation>ingen filer eller mapper å importere</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name at least one file or folder.</source>
        <translation>Oppgi minst én fil eller mappe.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check the path; nothing was imported.</source>
        <translation>Kontroller stien; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its name is not valid UTF-8, so it cannot be named on the command line; rename it, or import the folder that holds it.</source>
        <translation>Navnet er ikke gyldig UTF-8 og kan derfor ikke oppgis på kommandolinjen; gi den nytt navn, eller importer mappen den ligger i.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 does not exist</source>
        <translation>%1 finnes ikke</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is neither a file nor a folder</source>
        <translation>%1 er verken en fil eller en mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import regular files or folders.</source>
        <translation>Importer vanlige filer eller mapper.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there are no files to import in %1</source>
        <translation>det er ingen filer å importere i %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hidden files and links to folders inside a folder are skipped.</source>
        <translation>Skjulte filer og lenker til mapper inne i en mappe hoppes over.</translation>
    </message>
</context>
<context>
    <name>vv::evidence::KateHighlighter</name>
    <message>
        <location filename="../modules/evidence/Highlighter.cpp" line="+233" />
        <source>cannot start %1: %2</source>
        <translation>kan ikke starte %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+34" />
        <source>Install the Debian package libkf5syntaxhighlighting-tools.</source>
        <translation>Installer Debian-pakken libkf5syntaxhighlighting-tools.</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+9" />
        <source>the highlighter produced more than %1 MiB</source>
        <translation>fargeleggingen ga mer enn %1 MiB</translation>
    </message>
    <message>
        <location line="-5" />
        <source>the highlighter took longer than %1 s</source>
        <translation>fargeleggingen tok lengre tid enn %1 s</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the highlighter stopped unexpectedly</source>
        <translation>fargeleggingen stoppet uventet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>kate-syntax-highlighter is not installed</source>
        <translation>kate-syntax-highlighter er ikke installert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create a temporary folder: %1</source>
        <translation>kan ikke opprette en midlertidig mappe: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot write a temporary file: %1</source>
        <translation>kan ikke skrive en midlertidig fil: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../modules/evidence/Kf6Highlighter.cpp" line="+43" />
        <source>no syntax definition for %1</source>
        <translation>ingen syntaksdefinisjon for %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the highlighter failed: %1</source>
        <translation>fargeleggingen mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../modules/evidence/Kf6Highlighter.cpp" line="+5" />
        <source>out of memory while highlighting</source>
        <translation>tom for minne under fargeleggingen</translation>
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
    <message>
        <location line="+8" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset description</source>
        <translation>Datasettbeskrivelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk analysis</source>
        <translation>Risikoanalyse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test result</source>
        <translation>Testresultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration</source>
        <translation>Konfigurasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Declaration</source>
        <translation>Erklæring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Sendt inn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In review</source>
        <translation>Under gjennomgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>Godkjent</translation>
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
    <name>vv::ui::EvidenceModel</name>
    <message>
        <location filename="../modules/ui/EvidenceModel.cpp" line="+59" />
        <source>Identity numbers (confirmed)</source>
        <translation>Identitetsnumre (bekreftet)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Identity numbers</source>
        <translation>Identitetsnumre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Older system version</source>
        <translation>Eldre systemversjon</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (imported from %2)</source>
        <translation>%1 (importert fra %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Holds %n identity number(s); it cannot go into a package until someone confirms it.</source>
        <translation><numerusform>Inneholder %n identitetsnummer; kan ikke tas med i en pakke før noen har bekreftet det.</numerusform><numerusform>Inneholder %n identitetsnumre; kan ikke tas med i en pakke før noen har bekreftet det.</numerusform></translation>
    </message>
    <message>
        <location line="+15" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidencePage</name>
    <message>
        <location filename="../modules/ui/EvidencePage.cpp" line="+222" />
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importerer %1 (%2 av %3)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evidence library</source>
        <translation>Dokumentasjonsbibliotek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop files or folders here to add them, or use the buttons. Each file is stored once in the project, checked for identity numbers, and can be linked to the requirements it supports.</source>
        <translation>Slipp filer eller mapper her for å legge dem til, eller bruk knappene. Hver fil lagres én gang i prosjektet, kontrolleres for identitetsnumre og kan kobles til kravene den dokumenterer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add &amp;files…</source>
        <translation>Legg til &amp;filer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add f&amp;older…</source>
        <translation>Legg til &amp;mappe …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation>Fje&amp;rn …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the evidence list</source>
        <translation>Filtrer dokumentasjonslisten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence list</source>
        <translation>Dokumentasjonsliste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import progress</source>
        <translation>Framdrift for importen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;quirements</source>
        <translation>&amp;Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preview</source>
        <translation>Forhånds&amp;visning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record why this item may be shared although it holds identity numbers.</source>
        <translation>Registrer hvorfor elementet kan deles selv om det inneholder identitetsnumre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;view state:</source>
        <translation>&amp;Gjennomgang:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Descr&amp;iption:</source>
        <translation>Beskr&amp;ivelse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Author:</source>
        <translation>F&amp;orfatter:</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Confirm for packa&amp;ges…</source>
        <translation>Bekreft for &amp;pakker …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E&amp;xpires:</source>
        <translation>&amp;Utløper:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;System version:</source>
        <translation>&amp;Systemversjon:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revie&amp;wer:</source>
        <translation>Ko&amp;ntrollør:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effective fro&amp;m:</source>
        <translation>G&amp;jelder fra:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Review state</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Kontrollør</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effective date</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expiry date</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version the evidence concerns</source>
        <translation>Systemversjonen dokumentasjonen gjelder</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Has an effective date</source>
        <translation>Har en gyldighetsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Has an expiry date</source>
        <translation>Har en utløpsdato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version of the AI system this evidence concerns. Evidence for an older version than the project's is flagged.</source>
        <translation>Versjonen av KI-systemet denne dokumentasjonen gjelder. Dokumentasjon for en eldre versjon enn prosjektets blir merket.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Linked requirements</source>
        <translation>Koblede krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement URN to link</source>
        <translation>Krav-URN som skal kobles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Link</source>
        <translation>&amp;Lenk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove li&amp;nk</source>
        <translation>Ta &amp;bort lenke</translation>
    </message>
    <message>
        <location line="+133" />
        <source>%1, %2, imported %3 (SHA-256 %4)</source>
        <translation>%1, %2, importert %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not checked for identity numbers (not text)</source>
        <translation>ikke kontrollert for identitetsnumre (ikke tekst)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Holds %n Norwegian identity number(s)</source>
        <translation><numerusform>Inneholder %n norsk identitetsnummer</numerusform><numerusform>Inneholder %n norske identitetsnumre</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>on line(s) %1</source>
        <translation>på linje %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(also in the file name)</source>
        <translation>(også i filnavnet)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 confirmed on %2 that it may go into packages: %3</source>
        <translation>%1 bekreftet %2 at elementet kan tas med i pakker: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It cannot go into a package until someone confirms why it may be shared.</source>
        <translation>Det kan ikke tas med i en pakke før noen har bekreftet hvorfor det kan deles.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Its expiry date %1 has passed.</source>
        <translation>Utløpsdatoen %1 er passert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It concerns version %1 of the AI system, older than the project's current version.</source>
        <translation>Det gjelder versjon %1 av KI-systemet, som er eldre enn prosjektets gjeldende versjon.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Through the crosswalk this evidence also counts towards: %1</source>
        <translation>Via kryssreferansen teller denne dokumentasjonen også for: %1</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+15" />
        <location line="+34" />
        <location line="+44" />
        <location line="+33" />
        <source>select an evidence item first</source>
        <translation>velg et dokumentasjonselement først</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Confirm sharing of identity numbers</source>
        <translation>Bekreft deling av identitetsnumre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This item holds Norwegian identity numbers. Packages are sent outside the project, so say why it may be shared anyway (for example: the numbers are synthetic test identities, or the recipient has a legal basis). Your name, the time and the reason are recorded in the audit log.</source>
        <translation>Dette elementet inneholder norske identitetsnumre. Pakker sendes ut av prosjektet, så si hvorfor det likevel kan deles (for eksempel at numrene er syntetiske testidentiteter, eller at mottakeren har rettslig grunnlag). Navnet ditt, tidspunktet og begrunnelsen registreres i revisjonsloggen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Remove evidence</source>
        <translation>Fjern dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove '%1' from the evidence library? Its links to requirements are removed too; the removal is recorded in the audit log.</source>
        <translation>Fjerne «%1» fra dokumentasjonsbiblioteket? Koblingene til krav fjernes også; fjerningen registreres i revisjonsloggen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also erase the stored content (for example when it holds personal data)</source>
        <translation>Slett også det lagrede innholdet (for eksempel når det inneholder personopplysninger)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Export evidence</source>
        <translation>Eksporter dokumentasjon</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Preparing the import…</source>
        <translation>Forbereder importen …</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The import was cancelled; nothing was added.</source>
        <translation>Importen ble avbrutt; ingenting ble lagt til.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Added %n new item(s)</source>
        <translation><numerusform>La til %n nytt element</numerusform><numerusform>La til %n nye elementer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) were in the library already</source>
        <translation><numerusform>%n fil fantes allerede i biblioteket</numerusform><numerusform>%n filer fantes allerede i biblioteket</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them hold Norwegian identity numbers and need a confirmation before they can go into a package.</source>
        <translation><numerusform>%n av dem inneholder norske identitetsnumre og må bekreftes før det kan tas med i en pakke.</numerusform><numerusform>%n av dem inneholder norske identitetsnumre og må bekreftes før de kan tas med i en pakke.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them are empty (0 bytes).</source>
        <translation><numerusform>%n av dem er tom (0 byte).</numerusform><numerusform>%n av dem er tomme (0 byte).</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add evidence files</source>
        <translation>Legg til dokumentasjonsfiler</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add a folder of evidence</source>
        <translation>Legg til en mappe med dokumentasjon</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceViewer</name>
    <message>
        <location filename="../modules/ui/EvidenceViewer.cpp" line="+66" />
        <source>Highlighted as %1</source>
        <translation>Fargelagt som %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Content of the evidence item</source>
        <translation>Innholdet i dokumentasjonselementet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table view of the evidence item</source>
        <translation>Tabellvisning av dokumentasjonselementet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image of the evidence item</source>
        <translation>Bilde av dokumentasjonselementet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF view of the evidence item</source>
        <translation>PDF-visning av dokumentasjonselementet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview notice</source>
        <translation>Merknad om forhåndsvisningen</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Select an item to see its content.</source>
        <translation>Velg et element for å se innholdet.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>There is no preview for this kind of file (%1). Export it to open it in another program.</source>
        <translation>Det finnes ingen forhåndsvisning for denne filtypen (%1). Eksporter den for å åpne den i et annet program.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Showing the first %n row(s) of %1. Export the item to see all of it.</source>
        <translation><numerusform>Viser den første raden av %1. Eksporter elementet for å se alt.</numerusform><numerusform>Viser de første %n radene av %1. Eksporter elementet for å se alt.</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>This image (%1) is too large to show here. Export it to open it in another program.</source>
        <translation>Dette bildet (%1) er for stort til å vises her. Eksporter det for å åpne det i et annet program.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This image cannot be shown: %1</source>
        <translation>Bildet kan ikke vises: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This PDF (%1) is too large to show here. Export it to open it in another program.</source>
        <translation>Denne PDF-en (%1) er for stor til å vises her. Eksporter den for å åpne den i et annet program.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This PDF cannot be shown (it may be damaged or protected by a password).</source>
        <translation>PDF-en kan ikke vises (den kan være skadet eller passordbeskyttet).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Showing the first %1 of %2. Export the item to see all of it.</source>
        <translation>Viser de første %1 av %2. Eksporter elementet for å se alt.</translation>
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
</TS>
