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
        <location line="+168" />
        <source>a project needs a name</source>
        <translation>et prosjekt må ha et navn</translation>
    </message>
    <message>
        <location line="-168" />
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
        <location filename="../modules/ui/MainWindow.cpp" line="+158" />
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
