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
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+47" />
        <source>a quoted field has no closing quote</source>
        <translation>et felt i anførselstegn mangler det avsluttende anførselstegnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text follows the closing quote of a field</source>
        <translation>det står tekst etter det avsluttende anførselstegnet i et felt</translation>
    </message>
    <message>
        <location line="+206" />
        <source>the line is longer than %1 bytes</source>
        <translation>linjen er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the row has %1 fields, the header has %2</source>
        <translation>raden har %1 felt, overskriften har %2</translation>
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
        <location line="+7" />
        <source>the score ('%1') is missing</source>
        <translation>skåren ('%1') mangler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the score '%1' is too large or too small for a number</source>
        <translation>skåren '%1' er for stor eller for liten for et tall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the score '%1' is not a number</source>
        <translation>skåren «%1» er ikke et tall</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the comparison score ('%1') is missing</source>
        <translation>sammenligningsskåren ('%1') mangler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the comparison score '%1' is too large or too small for a number</source>
        <translation>sammenligningsskåren '%1' er for stor eller for liten for et tall</translation>
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
        <location line="+53" />
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export the predictions with a header line and one row per patient.</source>
        <translation>Eksporter prediksjonene med en overskriftslinje og én rad per pasient.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file is UTF-16 text</source>
        <translation>filen er UTF-16-tekst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8).</source>
        <translation>Lagre den som «CSV UTF-8» (i Excel: Lagre som, CSV UTF-8).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header line is longer than %1 bytes</source>
        <translation>overskriftslinjen er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>Dette ser ikke ut som en CSV-fil med prediksjoner.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>the file is not text (it contains zero bytes)</source>
        <translation>filen er ikke tekst (den inneholder nullbyte)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give a CSV file with a header line.</source>
        <translation>Oppgi en CSV-fil med overskriftslinje.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header line has no comma, semicolon or tab between column names</source>
        <translation>overskriftslinjen har verken komma, semikolon eller tabulator mellom kolonnenavnene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file needs at least a label and a score column; give --delimiter if it uses another separator.</source>
        <translation>Filen må ha minst en utfallskolonne og en skårkolonne; bruk --delimiter hvis den har et annet skilletegn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the header line has a quoted name without its closing quote</source>
        <translation>overskriftslinjen har et navn i anførselstegn uten avsluttende anførselstegn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header has more than %1 columns</source>
        <translation>overskriftslinjen har mer enn %1 kolonner</translation>
    </message>
    <message>
        <location line="+56" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no file %1</source>
        <translation>filen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the path.</source>
        <translation>Kontroller stien.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../modules/core/Translation.cpp" line="+28" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-11" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>vv</name>
    <message>
        <location filename="../modules/core/RegularFile.cpp" line="+27" />
        <location line="+27" />
        <location line="+16" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Check the path and the file's permissions.</source>
        <translation>Sjekk stien og filens tilganger.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is a folder, not a file</source>
        <translation>%1 er en mappe, ikke en fil</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../modules/store/OutputFile.cpp" line="+69" />
        <source>%1 is not a regular file (it is a pipe, device or socket)</source>
        <translation>%1 er ikke en vanlig fil (den er et rør, en enhet eller en sokkel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the path of an ordinary file.</source>
        <translation>Oppgi stien til en vanlig fil.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 is %2 bytes; the limit for this file is %3 bytes</source>
        <translation>%1 er %2 byte; grensen for denne filen er %3 byte</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Check that this is the right file.</source>
        <translation>Sjekk at dette er riktig fil.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 er større enn %2 byte</translation>
    </message>
    <message>
        <location filename="../modules/store/OutputFile.cpp" line="-13" />
        <source>no output file given</source>
        <translation>ingen utfil er oppgitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name the file to write.</source>
        <translation>Oppgi filen som skal skrives.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another name for the output.</source>
        <translation>Velg et annet navn på utfilen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 belongs to the Veiviser project %2; it is never replaced</source>
        <translation>%1 hører til Veiviser-prosjektet %2; den erstattes aldri</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot check %1: %2</source>
        <translation>kan ikke sjekke %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is a folder</source>
        <translation>%1 er en mappe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the name of a file to write.</source>
        <translation>Oppgi navnet på en fil som skal skrives.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is a Veiviser project; it is never replaced</source>
        <translation>%1 er et Veiviser-prosjekt; det erstattes aldri</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>%1 exists already</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Give --force to replace it, or choose another name.</source>
        <translation>Gi --force for å erstatte den, eller velg et annet navn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This makes a new file and never replaces one; choose a name that is not taken.</source>
        <translation>Dette lager en ny fil og erstatter aldri en; velg et navn som ikke er i bruk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the folder exists and is writable, and that the disk has room.</source>
        <translation>Sjekk at mappen finnes og er skrivbar, og at det er plass på disken.</translation>
    </message>
</context>
<context>
    <name>vv::AnswerTable</name>
    <message>
        <location filename="../modules/store/AnswerTable.cpp" line="+54" />
        <source>change answers</source>
        <translation>endre svar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the answer to %1</source>
        <translation>svaret på %1</translation>
    </message>
    <message>
        <location line="+64" />
        <source>confirm answers</source>
        <translation>bekrefte svar</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no answer to %1 to confirm</source>
        <translation>det finnes ikke noe svar på %1 å bekrefte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer it with 'veiviser-cli answer'.</source>
        <translation>Svar på det med «veiviser-cli answer».</translation>
    </message>
</context>
<context>
    <name>vv::DeviationTable</name>
    <message>
        <location filename="../modules/store/DeviationTable.cpp" line="+74" />
        <source>a deviation needs a title saying what happened</source>
        <translation>et avvik trenger en tittel som sier hva som skjedde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the severity must be low, medium, high or critical, not '%1'</source>
        <translation>alvorlighetsgraden må være low, medium, high eller critical, ikke «%1»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a deviation's text is longer than %1 bytes</source>
        <translation>en tekst i avviket er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a deviation links to an alarm, a test run, an evidence item or a hazard, not '%1'</source>
        <translation>et avvik kobles til en alarm, en testkjøring, et dokumentasjonselement eller en fare, ikke '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no hazard %1 in the risk-management file</source>
        <translation>det finnes ingen fare %1 i risikostyringsmappen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'hazard list' shows the hazards.</source>
        <translation>'hazard list' viser farene.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>an alarm link is WINDOW_START:METRIC, such as 2026-05-25:oe_ratio, not '%1'</source>
        <translation>en alarmlenke skrives VINDUSSTART:MÅL, for eksempel 2026-05-25:oe_ratio, ikke «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deviation %1: %2</source>
        <translation>Avvik %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+44" />
        <source>deviation %1</source>
        <translation>avvik %1</translation>
    </message>
    <message>
        <location line="-39" />
        <source>deviation %1 is closed</source>
        <translation>avvik %1 er lukket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open a new deviation that refers to it.</source>
        <translation>Opprett et nytt avvik som viser til det.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>deviation %1 is already closed</source>
        <translation>avvik %1 er allerede lukket</translation>
    </message>
    <message>
        <location line="+3" />
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cause</source>
        <translation>årsak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrective action</source>
        <translation>korrigerende tiltak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closing check</source>
        <translation>kontroll før lukking</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deviation %1 cannot be closed before its %2 is written</source>
        <translation>avvik %1 kan ikke lukkes før dette er skrevet: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The internal-control cycle asks what happened, why, what was corrected, and whether the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9).</source>
        <translation>Internkontrollen spør hva som skjedde, hvorfor, hva som ble rettet, og om rettingen virket (forskrift om ledelse og kvalitetsforbedring §§ 6–9).</translation>
    </message>
    <message>
        <location line="+52" />
        <source>there is no deviation %1</source>
        <translation>det finnes ikke noe avvik %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'deviation list' shows the deviations.</source>
        <translation>«deviation list» viser avvikene.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+29" />
        <source>an incident needs the date the organisation became aware of it</source>
        <translation>en hendelse trenger datoen virksomheten fikk kjennskap til den</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Give --aware YYYY-MM-DD: the reporting deadlines run from it.</source>
        <translation>Oppgi --aware ÅÅÅÅ-MM-DD: rapporteringsfristene løper fra den.</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+30" />
        <location line="+1" />
        <source>incident %1</source>
        <translation>hendelse %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>there is no incident %1</source>
        <translation>det finnes ikke noen hendelse %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'incident list' shows the incidents.</source>
        <translation>«incident list» viser hendelsene.</translation>
    </message>
</context>
<context>
    <name>vv::DocumentDetailTable</name>
    <message>
        <location filename="../modules/store/DocumentDetailTable.cpp" line="+39" />
        <source>a document detail needs a key</source>
        <translation>en dokumentdetalj må ha en nøkkel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is not a language of document details</source>
        <translation>«%1» er ikke et språk for dokumentdetaljer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use nb or en.</source>
        <translation>Bruk nb eller en.</translation>
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
    <name>vv::ExternalQuery</name>
    <message>
        <location filename="../modules/store/ExternalQuery.cpp" line="+15" />
        <source>the connection must be a PostgreSQL address, not '%1'</source>
        <translation>tilkoblingen må være en PostgreSQL-adresse, ikke «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write postgresql://USER@HOST:PORT/DATABASE; the password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD.</source>
        <translation>Skriv postgresql://BRUKER@VERT:PORT/DATABASE; passordet hentes fra nøkkelringen («veiviser-cli secret set --database ADRESSE»), PGPASSFILE eller PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the query must be given, and be shorter than %1 characters</source>
        <translation>spørringen må oppgis og være kortere enn %1 tegn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the query failed: %1</source>
        <translation>spørringen feilet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the query in psql first; it must return the columns given with --time, --label and --score.</source>
        <translation>Prøv spørringen i psql først; den må gi kolonnene som er oppgitt med --time, --label og --score.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>reading the query's rows failed: %1</source>
        <translation>lesingen av spørringens rader feilet: %1</translation>
    </message>
</context>
<context>
    <name>vv::Json</name>
    <message>
        <location filename="../modules/core/Json.cpp" line="+82" />
        <location line="+5" />
        <source>invalid JSON: %1</source>
        <translation>ugyldig JSON: %1</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+11" />
        <location line="+5" />
        <source>Fix the file or produce it again.</source>
        <translation>Rett filen eller lag den på nytt.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>invalid JSON: nested more than %1 levels deep</source>
        <translation>ugyldig JSON: nestet dypere enn %1 nivåer</translation>
    </message>
</context>
<context>
    <name>vv::MonitoringTable</name>
    <message>
        <location filename="../modules/store/MonitoringTable.cpp" line="+90" />
        <location line="+33" />
        <source>cannot read the production rows: %1</source>
        <translation>kan ikke lese driftsradene: %1</translation>
    </message>
    <message>
        <location line="+158" />
        <source>monitoring plan %1</source>
        <translation>overvåkingsplan %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>a project monitors at most %1 features</source>
        <translation>et prosjekt overvåker høyst %1 variabler</translation>
    </message>
    <message>
        <location line="+28" />
        <source>one ingest takes at most %1 rows</source>
        <translation>én innlesing tar høyst %1 rader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the file.</source>
        <translation>Del opp filen.</translation>
    </message>
    <message>
        <location line="-139" />
        <source>the row '%1' is neither new nor stored</source>
        <translation>raden «%1» er verken ny eller lagret</translation>
    </message>
    <message>
        <location line="+11" />
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>score</source>
        <translation>skår</translation>
    </message>
    <message>
        <location line="+2" />
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>feature values</source>
        <translation>variabelverdier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>label</source>
        <translation>utfall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the row '%1' was stored before with another %2</source>
        <translation>raden «%1» er lagret før med annen %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A row's values do not change once stored; only a missing label is filled in. Give each prediction its own id.</source>
        <translation>Verdiene i en rad endres ikke etter at den er lagret; bare et manglende utfall fylles inn. Gi hver prediksjon sin egen id.</translation>
    </message>
    <message>
        <location line="+236" />
        <source>acknowledging an alarm needs a note saying how it was handled</source>
        <translation>å kvittere ut en alarm krever et notat om hvordan den ble håndtert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --note TEXT, for example the deviation it was handled in.</source>
        <translation>Oppgi --note TEKST, for eksempel avviket den ble håndtert i.</translation>
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
        <location line="+86" />
        <source>migration %1 (%2)</source>
        <translation>migrering %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/store/Sql.cpp" line="+19" />
        <source>%1: the project file is damaged</source>
        <translation>%1: prosjektfilen er skadet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it from a backup; 'audit verify' says what is damaged.</source>
        <translation>Hent den fram fra en sikkerhetskopi; 'audit verify' sier hva som er skadet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the project cannot be written, because the file, its folder or the disk is read-only</source>
        <translation>%1: prosjektet kan ikke skrives, fordi filen, mappen eller disken er skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reading commands still work. To change it, copy it to a folder you may write to.</source>
        <translation>Kommandoer som bare leser, virker fortsatt. For å endre det, kopier det til en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the disk is full</source>
        <translation>%1: disken er full</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free some space and try again; nothing was changed.</source>
        <translation>Frigjør plass og prøv igjen; ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the project's files cannot be opened (its folder may be read-only or missing)</source>
        <translation>%1: prosjektets filer kan ikke åpnes (mappen kan være skrivebeskyttet eller mangle)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the folder's permissions, or copy the project to a folder you may write to.</source>
        <translation>Sjekk tilgangene til mappen, eller kopier prosjektet til en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: database error: %2</source>
        <translation>%1: databasefeil: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</source>
        <translation>Ingenting ble endret. Hvis dette gjentar seg, kjør «audit verify» og kontroller disken.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: no result</source>
        <translation>%1: ingen resultat</translation>
    </message>
    <message>
        <location filename="../modules/store/Transaction.cpp" line="+34" />
        <source>internal error: a change without an audit entry was refused</source>
        <translation>intern feil: en endring uten revisjonsoppføring ble avvist</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditChain.cpp" line="+80" />
        <source>the file is damaged (SQLite's integrity check: %1)</source>
        <translation>filen er skadet (SQLites integritetskontroll: %1)</translation>
    </message>
    <message>
        <location line="+24" />
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
        <location line="+4" />
        <source>entry %1 is not the one the anchor recorded: the history up to it was rewritten after the anchor was signed</source>
        <translation>oppføring %1 er ikke den ankeret registrerte: historikken fram til den ble skrevet om etter at ankeret ble signert</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</source>
        <translation>kjeden slutter ved oppføring %1, men prosjektet har registrert %2 oppføringer; oppføringer på slutten er fjernet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the chain has %1 entries, but the anchor recorded entry %2: entries were removed</source>
        <translation>kjeden har %1 oppføringer, men ankeret registrerte oppføring %2: oppføringer er fjernet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the project was changed outside Veiviser: %1</source>
        <translation>prosjektet ble endret utenfor Veiviser: %1</translation>
    </message>
    <message>
        <location filename="../modules/store/BlobStore.cpp" line="+192" />
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
        <location line="+23" />
        <source>stored content %1 is damaged: part %2 of %3 is missing</source>
        <translation>lagret innhold %1 er skadet: del %2 av %3 mangler</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectFilePin.cpp" line="+89" />
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
        <source>Check the file's permissions and those of its folder.</source>
        <translation>Sjekk tilgangene til filen og til mappen den ligger i.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a file</source>
        <translation>%1 er ikke en fil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a .veiviser file.</source>
        <translation>Oppgi stien til en .veiviser-fil.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 changed while it was opened</source>
        <translation>%1 ble endret mens den ble åpnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it again when nothing else is replacing it.</source>
        <translation>Åpne den igjen når ingenting annet erstatter den.</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+17" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You may not read this file; ask its owner for access.</source>
        <translation>Du har ikke lov til å lese denne filen; be eieren om tilgang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file's permissions.</source>
        <translation>Kontroller filens tilgangsrettigheter.</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectStore.cpp" line="+179" />
        <source>%1 is not a Veiviser project</source>
        <translation>%1 er ikke et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+423" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Åpne en .veiviser-fil laget av Veiviser.</translation>
    </message>
    <message>
        <location line="-424" />
        <source>%1 is an SQLite database, but not a Veiviser project</source>
        <translation>%1 er en SQLite-database, men ikke et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+85" />
        <source>opening %1</source>
        <translation>åpning av %1</translation>
    </message>
    <message>
        <location line="-163" />
        <source>%1 is not a usable PostgreSQL address: %2</source>
        <translation>%1 er ikke en brukbar PostgreSQL-adresse: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full.</source>
        <translation>Skriv postgresql://BRUKER@VERT:PORT/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the address %1 contains a password</source>
        <translation>adressen %1 inneholder et passord</translation>
    </message>
    <message>
        <location line="+10" />
        <source>it names no host</source>
        <translation>den oppgir ingen vert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it names no database</source>
        <translation>den oppgir ingen database</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the option '%1' is not supported (allowed: %2)</source>
        <translation>valget «%1» støttes ikke (tillatt: %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the value of '%1' contains a space, quote or semicolon</source>
        <translation>verdien av «%1» inneholder mellomrom, anførselstegn eller semikolon</translation>
    </message>
    <message>
        <location line="+113" />
        <source>Qt's database driver %1 is not installed</source>
        <translation>databasedriveren %1 for Qt er ikke installert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package %1.</source>
        <translation>Installer Debian-pakken %1.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>cannot connect to %1: %2</source>
        <translation>kan ikke koble til %1: %2</translation>
    </message>
    <message>
        <location line="-197" />
        <source>Remove it and put it in the keychain ('veiviser-cli secret set --database ADDRESS'), your PGPASSFILE (~/.pgpass) or the PGPASSWORD environment variable; Veiviser never stores passwords in a project.</source>
        <translation>Fjern det og legg det i nøkkelringen ('veiviser-cli secret set --database ADRESSE'), i PGPASSFILE (~/.pgpass) eller i miljøvariabelen PGPASSWORD. Veiviser lagrer aldri passord i et prosjekt.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>it is on a read-only disk or mount</source>
        <translation>den ligger på en skrivebeskyttet disk eller montering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>you may not write to the file</source>
        <translation>du har ikke lov til å skrive til filen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>you may not write to its folder, where SQLite keeps the -wal and -shm files</source>
        <translation>du har ikke lov til å skrive i mappen, der SQLite holder -wal- og -shm-filene</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is empty, so it is not a Veiviser project</source>
        <translation>%1 er tom, så den er ikke et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If it was a project, it was truncated; restore it from a backup.</source>
        <translation>Hvis det var et prosjekt, er det kuttet av; hent det fram fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is cut off after %2 bytes</source>
        <translation>%1 er kuttet av etter %2 byte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file was truncated; restore it from a backup.</source>
        <translation>Filen er kuttet av; hent den fram fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is cut off: it has %2 bytes of the %3 its header records</source>
        <translation>%1 er kuttet av: den har %2 byte av de %3 som hodet oppgir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file was truncated (a full disk or an interrupted copy); restore it from a backup.</source>
        <translation>Filen er kuttet av (full disk eller en avbrutt kopiering); hent den fram fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>%1 is not a team database address</source>
        <translation>%1 er ikke en adresse til en teamdatabase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Skriv postgresql://BRUKER@VERT:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Check the address, that the server runs, and your password in the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD.</source>
        <translation>Kontroller adressen, at tjeneren kjører, og passordet ditt i nøkkelringen ('veiviser-cli secret set --database ADRESSE'), i PGPASSFILE eller i PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>this project can only be read here: %1</source>
        <translation>dette prosjektet kan bare leses her: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading commands work. To change it, copy it to a folder you may write to, or ask for write access.</source>
        <translation>Kommandoer som bare leser, virker. For å endre det, kopier det til en mappe du kan skrive i, eller be om skrivetilgang.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>this is a review project, made from the package %1 for review; its answers, requirements, evidence, documents and test runs are the package's and cannot be changed</source>
        <translation>dette er et gjennomgangsprosjekt, laget fra pakken %1 for gjennomgang; svarene, kravene, dokumentasjonen, dokumentene og testkjøringene i det hører til pakken og kan ikke endres</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record findings with 'veiviser-cli review finding' or on the Packages page. To change the content, change the vendor's project and build a new package.</source>
        <translation>Registrer funn med «veiviser-cli review finding» eller på Pakker-siden. Vil du endre innholdet, endrer du leverandørens prosjekt og bygger en ny pakke.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a reviewer</source>
        <translation>kontrollør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a read-only member</source>
        <translation>medlem med bare lesetilgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is %2 of this project and may not %3</source>
        <translation>%1 er %2 i dette prosjektet og kan ikke %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask an editor of the project to do it, or to change your role.</source>
        <translation>Be en redaktør i prosjektet om å gjøre det, eller om å endre rollen din.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a member needs a name</source>
        <translation>et medlem må ha et navn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change members</source>
        <translation>endre medlemmer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the first member of a project must be an editor</source>
        <translation>det første medlemmet i et prosjekt må være redaktør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an editor first, so that someone can still change the project.</source>
        <translation>Legg til en redaktør først, slik at noen fortsatt kan endre prosjektet.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is the last editor of the project</source>
        <translation>%1 er den siste redaktøren i prosjektet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make someone else an editor first.</source>
        <translation>Gjør noen andre til redaktør først.</translation>
    </message>
    <message>
        <location line="+46" />
        <location line="+357" />
        <source>a project needs a name</source>
        <translation>et prosjekt må ha et navn</translation>
    </message>
    <message>
        <location line="-357" />
        <source>Give one with --name.</source>
        <translation>Oppgi det med --name.</translation>
    </message>
    <message>
        <location line="+21" />
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
        <location line="+37" />
        <source>cannot create %1</source>
        <translation>kan ikke opprette %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check that the folder is writable.</source>
        <translation>Kontroller at du kan skrive i mappen.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 uses an older project format (version %2; this Veiviser reads version %3, and the tables changed since in migrations %4)</source>
        <translation>%1 bruker et eldre prosjektformat (versjon %2; denne Veiviser leser versjon %3, og tabellene er endret siden i migreringene %4)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 cannot be read as a Veiviser project (%2)</source>
        <translation>%1 kan ikke leses som et Veiviser-prosjekt (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+207" />
        <source>The file may be damaged; restore it from a backup.</source>
        <translation>Filen kan være skadet; gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="-198" />
        <source>%1 is not a Veiviser project (it has no project data)</source>
        <translation>%1 er ikke et Veiviser-prosjekt (den har ingen prosjektdata)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+141" />
        <source>a newer version</source>
        <translation>en nyere versjon</translation>
    </message>
    <message>
        <location line="-137" />
        <location line="+138" />
        <source>this project was written by Veiviser %1; update Veiviser to open it</source>
        <translation>dette prosjektet er skrevet av Veiviser %1; oppdater Veiviser for å åpne det</translation>
    </message>
    <message>
        <location line="-137" />
        <source>This is Veiviser %1. The file was not changed.</source>
        <translation>Dette er Veiviser %1. Filen ble ikke endret.</translation>
    </message>
    <message>
        <location line="-235" />
        <source>change it</source>
        <translation>endre det</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectCopy.cpp" line="+63" />
        <source>the table %1 has no columns</source>
        <translation>tabellen %1 har ingen kolonner</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the copy has no column %1.%2</source>
        <translation>kopien har ingen kolonne %1.%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy between projects of the same Veiviser version.</source>
        <translation>Kopier mellom prosjekter fra samme versjon av Veiviser.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 uses an older project format</source>
        <translation>%1 bruker et eldre prosjektformat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it once with write access to upgrade it, then copy it.</source>
        <translation>Åpne det én gang med skrivetilgang for å oppgradere det, og kopier det deretter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the audit chain of %1 is broken at entry %2: %3</source>
        <translation>revisjonskjeden i %1 er brutt ved oppføring %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A copy would hide the damage; restore the project from a backup.</source>
        <translation>En kopi ville skjule skaden. Gjenopprett prosjektet fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the copy at %1 does not match its source: %2</source>
        <translation>kopien i %1 stemmer ikke med kilden: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the copy and try again; the source was not changed.</source>
        <translation>Slett kopien og prøv igjen. Kilden ble ikke endret.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 holds %2 rows instead of %3</source>
        <translation>%1 har %2 rader i stedet for %3</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the audit chain does not continue the source's</source>
        <translation>revisjonskjeden fortsetter ikke kildens kjede</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectStore.cpp" line="+188" />
        <source>Open it once without read-only access to upgrade it.</source>
        <translation>Åpne det én gang med skrivetilgang for å oppgradere det.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>cannot make a temporary folder to read %1: %2</source>
        <translation>kan ikke lage en midlertidig mappe for å lese %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Check the space in the temporary folder (TMPDIR).</source>
        <translation>Sjekk at det er plass i den midlertidige mappen (TMPDIR).</translation>
    </message>
    <message>
        <location line="-1" />
        <source>cannot copy %1 to read its older format: %2</source>
        <translation>kan ikke kopiere %1 for å lese det eldre formatet: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>while upgrading a copy of %1</source>
        <translation>under oppgradering av en kopi av %1</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+16" />
        <source>%1 already holds a Veiviser project</source>
        <translation>%1 inneholder allerede et Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Open it, or ask the database administrator for an empty database.</source>
        <translation>Åpne det, eller be databaseadministratoren om en tom database.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the database %1 is not empty</source>
        <translation>databasen %1 er ikke tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A team project needs a database of its own; ask the database administrator for an empty one.</source>
        <translation>Et teamprosjekt trenger en egen database. Be databaseadministratoren om en tom database.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open it instead.</source>
        <translation>Åpne det i stedet.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the database %1 holds no Veiviser project</source>
        <translation>databasen %1 inneholder ikke noe Veiviser-prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create one with 'veiviser-cli project init %1'.</source>
        <translation>Opprett et med «veiviser-cli project init %1».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is Veiviser %1. Nothing was changed.</source>
        <translation>Dette er Veiviser %1. Ingenting ble endret.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Its creation was interrupted; ask the administrator to empty the database and create the project again.</source>
        <translation>Opprettelsen ble avbrutt. Be administratoren tømme databasen, og opprett prosjektet på nytt.</translation>
    </message>
    <message>
        <location line="-389" />
        <source>this project is open read-only</source>
        <translation>dette prosjektet er åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it with write access to change it.</source>
        <translation>Åpne det med skrivetilgang for å endre det.</translation>
    </message>
    <message>
        <location line="+244" />
        <source>%1 uses an older project format, and it cannot be upgraded here: %2</source>
        <translation>%1 bruker et eldre prosjektformat, og det kan ikke oppgraderes her: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy it to a folder you may write to and open the copy.</source>
        <translation>Kopier det til en mappe du kan skrive i, og åpne kopien.</translation>
    </message>
    <message>
        <location line="+141" />
        <location line="+38" />
        <source>%1 has no project record</source>
        <translation>%1 har ingen prosjektoppføring</translation>
    </message>
    <message>
        <location filename="../modules/store/EvidenceTable.cpp" line="+192" />
        <source>add evidence</source>
        <translation>legge til dokumentasjon</translation>
    </message>
    <message>
        <location line="+19" />
        <source>change evidence</source>
        <translation>endre dokumentasjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evidence item %1</source>
        <translation>dokumentasjonselement %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>as a reviewer you may change only the review state and reviewer of evidence item %1</source>
        <translation>som kontrollør kan du bare endre gjennomgangsstatus og kontrollør for dokumentasjonselement %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask an editor to change the rest.</source>
        <translation>Be en redaktør endre resten.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+12" />
        <source>there is no evidence item %1</source>
        <translation>det finnes ikke noe dokumentasjonselement %1</translation>
    </message>
    <message>
        <location line="-6" />
        <source>remove evidence</source>
        <translation>fjerne dokumentasjon</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+18" />
        <source>link evidence</source>
        <translation>koble dokumentasjon</translation>
    </message>
    <message>
        <location filename="../modules/store/TeamGrants.cpp" line="+33" />
        <source>the database name '%1' cannot prefix role names</source>
        <translation>databasenavnet «%1» kan ikke brukes foran rollenavn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a database named with lower-case letters, digits and _.</source>
        <translation>Bruk en database med et navn av små bokstaver, sifre og _.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>database roles exist only for team projects on PostgreSQL</source>
        <translation>databaseroller finnes bare for teamprosjekter i PostgreSQL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A project file is protected by the file's permissions.</source>
        <translation>En prosjektfil beskyttes av filens tilganger.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>set up the team's database roles</source>
        <translation>sette opp teamets databaseroller</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 uses an older project format, and upgrading it adds tables that the team's database roles need grants on, which only the database owner %2 may give</source>
        <translation>%1 bruker et eldre prosjektformat, og oppgraderingen legger til tabeller som teamets databaseroller må få tilgang til. Bare databaseeieren %2 kan gi den tilgangen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ask the database administrator to run 'veiviser-cli project upgrade %1' once, as %2 or a superuser. Nothing was changed.</source>
        <translation>Be databaseadministratoren kjøre 'veiviser-cli project upgrade %1' én gang, som %2 eller som superbruker. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditReplay.cpp" line="+42" />
        <source>%1, row %2: %3 differs from what the audit chain recorded</source>
        <translation>%1, rad %2: %3 er ulik det revisjonskjeden registrerte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the audit chain recorded it, but the table does not hold it</source>
        <translation>%1, rad %2: revisjonskjeden registrerte den, men tabellen har den ikke</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the table holds it, but the audit chain never recorded it</source>
        <translation>%1, rad %2: tabellen har den, men revisjonskjeden registrerte den aldri</translation>
    </message>
</context>
<context>
    <name>vv::RatingTable</name>
    <message>
        <location filename="../modules/store/RatingTable.cpp" line="+64" />
        <source>a rating round needs at least one case and one rater</source>
        <translation>en vurderingsrunde trenger minst ett tilfelle og én vurderer</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the left answer is a or b, not '%1'</source>
        <translation>svaret til venstre er a eller b, ikke «%1»</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+188" />
        <source>there is no rating round %1</source>
        <translation>det finnes ingen vurderingsrunde %1</translation>
    </message>
    <message>
        <location line="-188" />
        <source>'ratings list' shows the rounds.</source>
        <translation>«ratings list» viser rundene.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>rater %1 is not assigned case %2 in rating round %3</source>
        <translation>vurderer %1 har ikke fått tilfelle %2 i vurderingsrunde %3</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+51" />
        <source>the answer is a or b, not '%1'</source>
        <translation>svaret er a eller b, ikke «%1»</translation>
    </message>
    <message>
        <location line="-49" />
        <source>a rating's comment is longer than %1 bytes</source>
        <translation>kommentaren til en vurdering er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+51" />
        <source>an adjudicated score needs the name of who decided it</source>
        <translation>en avgjort skår trenger navnet på den som avgjorde den</translation>
    </message>
    <message>
        <location line="+10" />
        <source>rating round %1 has no case %2</source>
        <translation>vurderingsrunde %1 har ikke tilfelle %2</translation>
    </message>
    <message>
        <location line="+42" />
        <source>rating round %1 is already finalized as test run %2</source>
        <translation>vurderingsrunde %1 er allerede avsluttet som testkjøring %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else finalized it meanwhile; open the round again to see its result.</source>
        <translation>Noen andre avsluttet den i mellomtiden; åpne runden på nytt for å se resultatet.</translation>
    </message>
</context>
<context>
    <name>vv::RequirementStateTable</name>
    <message>
        <location filename="../modules/store/RequirementStateTable.cpp" line="+81" />
        <source>a requirement state needs the requirement's URN</source>
        <translation>en kravstatus må ha kravets URN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>marking %1 as not applicable needs a justification</source>
        <translation>å merke %1 som ikke aktuelt krever en begrunnelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say why the requirement does not apply to this system.</source>
        <translation>Skriv hvorfor kravet ikke gjelder for dette systemet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change requirement states</source>
        <translation>endre status for krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the state of %1</source>
        <translation>statusen for %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>confirm requirement states</source>
        <translation>bekrefte status for krav</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has no state to confirm</source>
        <translation>%1 har ingen status å bekrefte</translation>
    </message>
</context>
<context>
    <name>vv::ReviewTable</name>
    <message>
        <location filename="../modules/store/ReviewTable.cpp" line="+103" />
        <source>%1 is not a review project</source>
        <translation>%1 er ikke et gjennomgangsprosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make one from a package with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</source>
        <translation>Lag et fra en pakke med 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>a finding needs the requirement's URN</source>
        <translation>et funn må ha kravets URN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a %1 on %2 needs a comment</source>
        <translation>%1 på %2 må ha en kommentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say what is missing or what the vendor should answer.</source>
        <translation>Si hva som mangler, eller hva leverandøren skal svare på.</translation>
    </message>
</context>
<context>
    <name>vv::RiskTable</name>
    <message>
        <location filename="../modules/store/RiskTable.cpp" line="+121" />
        <source>a hazard needs a short reference of at most 40 characters, such as H-07</source>
        <translation>en fare trenger en kort referanse på høyst 40 tegn, for eksempel H-07</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hazard %1 needs the hazard and the harm it can lead to</source>
        <translation>fare %1 trenger selve faren og skaden den kan føre til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISO 14971 5.4 identifies each hazard with its hazardous situation and harm.</source>
        <translation>ISO 14971 punkt 5.4 identifiserer hver fare med den farlige situasjonen og skaden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a text of hazard %1 is longer than %2 bytes</source>
        <translation>en tekst i fare %1 er lengre enn %2 byte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hazard %1 has a level outside 1–%2</source>
        <translation>fare %1 har et nivå utenfor 1–%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hazard %1's residual risk needs both a severity and a probability</source>
        <translation>den gjenværende risikoen for fare %1 trenger både alvorlighet og sannsynlighet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a risk control needs a description of the measure</source>
        <translation>et risikotiltak trenger en beskrivelse av tiltaket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a risk control's description is longer than %1 bytes</source>
        <translation>beskrivelsen av et risikotiltak er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a risk control is inherent_safety, protective_measure or information_for_safety, not '%1'</source>
        <translation>et risikotiltak er inherent_safety, protective_measure eller information_for_safety, ikke '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ISO 14971 7.1 names the three kinds in the order they are to be used.</source>
        <translation>ISO 14971 punkt 7.1 nevner de tre typene i den rekkefølgen de skal brukes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a control is verified by a test run, an evidence item or a monitoring metric, not '%1:%2'</source>
        <translation>et tiltak verifiseres av en testkjøring, et dokumentasjonselement eller et overvåket mål, ikke '%1:%2'</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+29" />
        <source>there is already a hazard %1</source>
        <translation>det finnes allerede en fare %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Give the new hazard another reference.</source>
        <translation>Gi den nye faren en annen referanse.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+29" />
        <source>hazard %1</source>
        <translation>fare %1</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+37" />
        <location line="+38" />
        <location line="+11" />
        <source>there is no hazard %1</source>
        <translation>det finnes ingen fare %1</translation>
    </message>
    <message>
        <location line="-70" />
        <source>hazard %1 still has risk controls</source>
        <translation>fare %1 har fortsatt risikotiltak</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove its controls first.</source>
        <translation>Fjern tiltakene først.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>deviations %1 point at hazard %2</source>
        <translation>avvik %1 peker på fare %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Point them at another hazard, or at none, first.</source>
        <translation>La dem peke på en annen fare, eller ingen, først.</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+11" />
        <source>'hazard list' shows them.</source>
        <translation>'hazard list' viser dem.</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+22" />
        <source>risk control %1</source>
        <translation>risikotiltak %1</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+15" />
        <location line="+33" />
        <source>there is no risk control %1</source>
        <translation>det finnes ikke noe risikotiltak %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'hazard show' lists a hazard's controls.</source>
        <translation>'hazard show' viser tiltakene for en fare.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the project's risk matrix</source>
        <translation>prosjektets risikomatrise</translation>
    </message>
    <message>
        <location line="+33" />
        <source>change plan %1</source>
        <translation>endringsplan %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>change check %1</source>
        <translation>endringskontroll %1</translation>
    </message>
</context>
<context>
    <name>vv::Sha256</name>
    <message>
        <location filename="../modules/core/Sha256.cpp" line="+71" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
</context>
<context>
    <name>vv::TestRunTable</name>
    <message>
        <location filename="../modules/store/TestRunTable.cpp" line="+81" />
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
        <translation>«%1» er ikke en krav-URN</translation>
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
        <location line="+281" />
        <location line="+116" />
        <source>there is no test run %1 in this project</source>
        <translation>det finnes ingen testkjøring %1 i dette prosjektet</translation>
    </message>
    <message>
        <location line="-396" />
        <location line="+280" />
        <location line="+116" />
        <source>List the runs to see their ids.</source>
        <translation>List kjøringene for å se id-ene deres.</translation>
    </message>
    <message>
        <location line="-393" />
        <source>cannot %1: run %2 has status '%3'</source>
        <translation>kan ikke %1: kjøring %2 har status '%3'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new run instead.</source>
        <translation>Start en ny kjøring i stedet.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a test run needs an engine id and a kind</source>
        <translation>en testkjøring må ha en motor-id og en type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a test run cannot have a negative number of cases</source>
        <translation>en testkjøring kan ikke ha et negativt antall tilfeller</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+125" />
        <source>provenance</source>
        <translation>opphavsinformasjonen</translation>
    </message>
    <message>
        <location line="-103" />
        <source>the new test run got no id</source>
        <translation>den nye testkjøringen fikk ingen id</translation>
    </message>
    <message>
        <location line="+36" />
        <source>store a case</source>
        <translation>lagre et testtilfelle</translation>
    </message>
    <message>
        <location line="+28" />
        <source>resume</source>
        <translation>gjenoppta</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a run cannot have %1 cases</source>
        <translation>en kjøring kan ikke ha %1 testtilfeller</translation>
    </message>
    <message>
        <location line="+4" />
        <source>record what the engine learned about</source>
        <translation>registrere det motoren fant ut om</translation>
    </message>
    <message>
        <location line="+35" />
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
        <location line="+37" />
        <source>result</source>
        <translation>resultatet</translation>
    </message>
    <message>
        <location line="-29" />
        <source>finish</source>
        <translation>avslutte</translation>
    </message>
    <message>
        <location line="+54" />
        <source>link</source>
        <translation>koble</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+143" />
        <source>test run %1 provenance</source>
        <translation>opphavsinformasjonen for testkjøring %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>test run %1 result</source>
        <translation>resultatet av testkjøring %1</translation>
    </message>
    <message>
        <location line="+79" />
        <source>case %1 detail</source>
        <translation>detaljene for testtilfellet %1</translation>
    </message>
</context>
<context>
    <name>vv::VersionedRows</name>
    <message>
        <location filename="../modules/store/RowVersion.cpp" line="+37" />
        <source>Nothing of yours was saved. Look at the other change, then make yours again if it still holds.</source>
        <translation>Ingenting av ditt ble lagret. Se på den andre endringen, og gjør din på nytt hvis den fortsatt gjelder.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Someone removed %1 after you opened it</source>
        <translation>Noen fjernet %1 etter at du åpnet den</translation>
    </message>
    <message>
        <location line="+12" />
        <source>You created %1 at %2 in another window or program after this one read it</source>
        <translation>Du opprettet %1 %2 i et annet vindu eller program etter at dette leste den</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You changed %1 at %2 in another window or program after this one read it</source>
        <translation>Du endret %1 %2 i et annet vindu eller program etter at dette leste den</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 created %2 at %3 after you opened it</source>
        <translation>%1 opprettet %2 %3 etter at du åpnet den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed %2 at %3 after you opened it</source>
        <translation>%1 endret %2 %3 etter at du åpnet den</translation>
    </message>
</context>
<context>
    <name>vv::WorkFolder</name>
    <message>
        <location filename="../modules/core/WorkFolder.cpp" line="+44" />
        <source>cannot create the lock file in %1</source>
        <translation>kan ikke lage låsefilen i %1</translation>
    </message>
</context>
<context>
    <name>vv::YamlFields</name>
    <message>
        <location filename="../modules/guidance/YamlFields.cpp" line="+20" />
        <source>the YAML does not parse: %1</source>
        <translation>YAML-en kan ikke tolkes: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check indentation, quotes and colons around this place.</source>
        <translation>Kontroller innrykk, anførselstegn og kolon rundt dette stedet.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 må være en tilordning av nøkler til verdier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown key '%1' in %2</source>
        <translation>ukjent nøkkel «%1» i %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The keys are %1.</source>
        <translation>Nøklene er %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' must be a single value</source>
        <translation>«%1» må være én verdi</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'%1' must be a number, not '%2'</source>
        <translation>«%1» må være et tall, ikke «%2»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'%1' must be a whole number of at least %2, not '%3'</source>
        <translation>«%1» må være et heltall på minst %2, ikke «%3»</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be a date written YYYY-MM-DD, not '%2'</source>
        <translation>«%1» må være en dato skrevet ÅÅÅÅ-MM-DD, ikke «%2»</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' must be true or false, not '%2'</source>
        <translation>«%1» må være true eller false, ikke «%2»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' needs both 'nb' and 'en'</source>
        <translation>«%1» trenger både «nb» og «en»</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be a list</source>
        <translation>«%1» må være en liste</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a source</source>
        <translation>en kilde</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a source needs 'citation' and 'url'</source>
        <translation>en kilde trenger «citation» og «url»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a source's url must start with https://</source>
        <translation>en kildes url må begynne med https://</translation>
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
        <location filename="../modules/cli/Cli.cpp" line="+28" />
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
        <location line="+21" />
        <source>guidance packs: not available (%1)</source>
        <translation>veiledningspakker: ikke tilgjengelige (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>guidance packs:</source>
        <translation>veiledningspakker:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>unknown language '%1'</source>
        <translation>ukjent språk «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use --lang nb or --lang en.</source>
        <translation>Bruk --lang nb eller --lang en.</translation>
    </message>
    <message>
        <location line="+15" />
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
        <location line="+23" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+304" />
        <source>error: </source>
        <translation>feil: </translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-258" />
        <source>unknown role '%1'; allowed: provider, deployer, both</source>
        <translation>ukjent rolle «%1»; tillatt: provider, deployer, both</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Created project '%1' in %2</source>
        <translation>Opprettet prosjektet «%1» i %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+29" />
        <source>'%1' is not an evidence id (a positive whole number)</source>
        <translation>«%1» er ikke en dokumentasjons-ID (et positivt heltall)</translation>
    </message>
    <message>
        <location line="+92" />
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
        <translation>
            <numerusform>%n identitetsnummer</numerusform>
            <numerusform>%n identitetsnumre</numerusform>
        </translation>
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
        <translation>
            <numerusform>Importerte %n fil</numerusform>
            <numerusform>Importerte %n filer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n fantes allerede i biblioteket</numerusform>
            <numerusform>%n fantes allerede i biblioteket</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>warning: </source>
        <translation>advarsel: </translation>
    </message>
    <message>
        <location line="-5" />
        <source>#%1 %2 is empty (0 bytes); check that this is the file you meant</source>
        <translation>#%1 %2 er tom (0 byte); kontroller at det er riktig fil</translation>
    </message>
    <message>
        <location line="+5" />
        <source>#%1 %2 holds %3; it cannot go into a package until someone confirms it with 'evidence confirm-pii'</source>
        <translation>#%1 %2 inneholder %3; den kan ikke tas med i en pakke før noen har bekreftet det med «evidence confirm-pii»</translation>
    </message>
    <message>
        <location line="+23" />
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
        <location line="+40" />
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+40" />
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
        <location filename="../modules/cli/RowCommands.cpp" line="+34" />
        <source>--expect-version takes the row version shown by 'show'</source>
        <translation>--expect-version tar radversjonen som «show» viser</translation>
    </message>
    <message>
        <location filename="../modules/cli/DeviationCommands.cpp" line="+92" />
        <source>--title is required</source>
        <translation>--title må oppgis</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../modules/cli/RiskCommands.cpp" line="+621" />
        <source>Opened deviation %1.</source>
        <translation>Åpnet avvik %1.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No deviations.</source>
        <translation>Ingen avvik.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1  %2  %3  %4  %5</source>
        <translation>%1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+25" />
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+25" />
        <source>open</source>
        <translation>åpent</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+35" />
        <location line="+22" />
        <source>the deviation's id is a number</source>
        <translation>avvikets id er et tall</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Deviation %1 (%2, severity %3, version %4)</source>
        <translation>Avvik %1 (%2, alvorlighetsgrad %3, versjon %4)</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrective action</source>
        <translation>Korrigerende tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closing check</source>
        <translation>Kontroll før lukking</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Linked %1: %2</source>
        <translation>Lenket %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened %1 by %2.</source>
        <translation>Opprettet %1 av %2.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Saved deviation %1.</source>
        <translation>Lagret avvik %1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Closed deviation %1.</source>
        <translation>Lukket avvik %1.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>--fact takes FACT=true, FACT=false or FACT=unknown, not '%1'</source>
        <translation>--fact tar FAKTUM=true, FAKTUM=false eller FAKTUM=unknown, ikke «%1»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no incident fact '%1'</source>
        <translation>det finnes ikke noe hendelsesfaktum «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facts are %1.</source>
        <translation>Faktaene er %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--sent takes REPORT=YYYY-MM-DD or REPORT=YYYY-MM-DD:REFERENCE, not '%1'</source>
        <translation>--sent tar RAPPORT=ÅÅÅÅ-MM-DD eller RAPPORT=ÅÅÅÅ-MM-DD:REFERANSE, ikke «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>there is no report '%1'</source>
        <translation>det finnes ikke noen rapport «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'incident show' lists the reports by id.</source>
        <translation>«incident show» viser rapportene med id.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>sent %1</source>
        <translation>sendt %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline not yet known: answer %1</source>
        <translation>fristen er ikke kjent ennå: svar på %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>OVERDUE by %n day(s) (due %1)</source>
        <translation>
            <numerusform>FORSINKET med %n dag (frist %1)</numerusform>
            <numerusform>FORSINKET med %n dager (frist %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>immediately (due %1)</source>
        <translation>straks (frist %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>due %1, %n day(s) left</source>
        <translation>
            <numerusform>frist %1, %n dag igjen</numerusform>
            <numerusform>frist %1, %n dager igjen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source> (may apply: answer %1)</source>
        <translation> (kan gjelde: svar på %1)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--aware takes a date, YYYY-MM-DD</source>
        <translation>--aware tar en dato, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--deviation ID and --aware YYYY-MM-DD are required</source>
        <translation>--deviation ID og --aware ÅÅÅÅ-MM-DD må oppgis</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Recorded incident %1 for deviation %2.</source>
        <translation>Registrerte hendelse %1 for avvik %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+76" />
        <source>the incident's id is a number</source>
        <translation>hendelsens id er et tall</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Incident %1 (deviation %2), aware %3, version %4</source>
        <translation>Hendelse %1 (avvik %2), kjent fra %3, versjon %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not answered</source>
        <translation>ikke besvart</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  No report is due under the rules.</source>
        <translation>  Ingen rapport er påkrevd etter reglene.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  Note on %1: %2</source>
        <translation>  Merknad til %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no incident %1</source>
        <translation>det finnes ikke noen hendelse %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'incident list' shows the incidents.</source>
        <translation>«incident list» viser hendelsene.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No incidents.</source>
        <translation>Ingen hendelser.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>an incident stays with the deviation it was recorded for</source>
        <translation>en hendelse hører til avviket den ble registrert for</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saved incident %1.</source>
        <translation>Lagret hendelse %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open a deviation (avvik); an alarm it links to is acknowledged.</source>
        <translation>Opprett et avvik; en alarm det lenker til, kvitteres ut.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the deviations.</source>
        <translation>Vis avvikene.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a deviation with its assessment, cause, action and check.</source>
        <translation>Vis et avvik med vurdering, årsak, tiltak og kontroll.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change an open deviation; --expect-version refuses a stale change.</source>
        <translation>Endre et åpent avvik; --expect-version avviser en endring basert på en utdatert versjon.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close a deviation once its assessment, cause, action and check are written.</source>
        <translation>Lukk et avvik når vurdering, årsak, tiltak og kontroll er skrevet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record a deviation as a serious incident; the reports it makes due follow from its answers and the project's classification.</source>
        <translation>Registrer et avvik som en alvorlig hendelse; rapportene som kreves, følger av svarene og prosjektets klassifisering.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List the incidents with the reports due and overdue.</source>
        <translation>Vis hendelsene med rapporter som forfaller og er forsinket.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show an incident: its answers, each report with its deadline and source.</source>
        <translation>Vis en hendelse: svarene, og hver rapport med frist og kilde.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change an incident's answers, or record a report as sent.</source>
        <translation>Endre svarene for en hendelse, eller registrer en rapport som sendt.</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review state</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location filename="../modules/cli/DeviationCommands.cpp" line="-357" />
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Gjennomgått av</translation>
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
        <location filename="../modules/cli/DeviationCommands.cpp" line="+259" />
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+0" />
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+8" />
        <source>Confirmation</source>
        <translation>Bekreftelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2: %3</source>
        <translation>%1 den %2: %3</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Wrote #%1 to %2 (%3, SHA-256 verified)</source>
        <translation>Skrev #%1 til %2 (%3, SHA-256 kontrollert)</translation>
    </message>
    <message>
        <location line="+25" />
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
        <location line="+35" />
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
        <location line="+7" />
        <source>#%1 may now go into packages; the confirmation is in the audit log</source>
        <translation>#%1 kan nå tas med i pakker; bekreftelsen står i revisjonsloggen</translation>
    </message>
    <message>
        <location line="+20" />
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
        <location filename="../modules/cli/ProjectCommands.cpp" line="-77" />
        <source>--team needs a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>--team krever en PostgreSQL-adresse (postgresql://BRUKER@VERT:PORT/DATABASE)</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Database roles %1; %2 is the first editor. Add members with 'project member'.</source>
        <translation>Databaseroller: %1. %2 er første redaktør. Legg til medlemmer med «project member».</translation>
    </message>
    <message>
        <location line="+35" />
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
        <location line="+8" />
        <source>The project is open in another Veiviser program now; what you see is its last saved state.</source>
        <translation>Prosjektet er åpent i et annet Veiviser-program nå; det du ser, er siste lagrede tilstand.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 has project format %2, the newest this Veiviser knows</source>
        <translation>%1 har prosjektformat %2, det nyeste denne Veiviser kjenner</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Copied to %1 and verified: %2 audit entries, %3 stored files</source>
        <translation>Kopiert til %1 og kontrollert: %2 revisjonsoppføringer, %3 lagrede filer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown member role '%1'; allowed: editor, reviewer, read_only</source>
        <translation>ukjent medlemsrolle «%1». Tillatt: editor, reviewer, read_only</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No members: everyone who can open the project may change it.</source>
        <translation>Ingen medlemmer: alle som kan åpne prosjektet, kan endre det.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 does not verify: %2</source>
        <translation>%1 kan ikke verifiseres: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only a package that verifies can anchor the audit chain.</source>
        <translation>Bare en pakke som kan verifiseres, kan forankre revisjonskjeden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 records no audit chain head</source>
        <translation>%1 oppgir ikke noe hode for revisjonskjeden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packages and reviews made by older versions record none; build or export a new one.</source>
        <translation>Pakker og gjennomganger fra eldre versjoner oppgir ikke noe; bygg eller eksporter en ny.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>audit chain broken at entry %1: %2</source>
        <translation>revisjonskjeden er brutt ved oppføring %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore the project from a backup.</source>
        <translation>Hent prosjektet fram fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project was changed outside Veiviser; restore it from a backup.</source>
        <translation>Prosjektet er endret utenfor Veiviser; gjenopprett det fra en sikkerhetskopi.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>Revisjonskjeden er intakt: %n oppføring kontrollert</numerusform>
            <numerusform>Revisjonskjeden er intakt: %n oppføringer kontrollert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The history up to entry %1 is the one %2 recorded.</source>
        <translation>Historikken fram til oppføring %1 er den %2 registrerte.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>--from and --limit take positive whole numbers</source>
        <translation>--from og --limit tar positive heltall</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Create a new project file, or a team project in an empty PostgreSQL database (--team: with database roles for editors, reviewers and read-only members).</source>
        <translation>Opprett en ny prosjektfil, eller et teamprosjekt i en tom PostgreSQL-database (--team: med databaseroller for redaktører, kontrollører og medlemmer med lesetilgang).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Upgrade a project to this version's format; on a team project, run as the database owner, it also renews the database roles' grants.</source>
        <translation>Oppgrader et prosjekt til formatet i denne versjonen. På et teamprosjekt, kjørt som databaseeier, fornyer kommandoen også tilgangene til databaserollene.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy a project between a file and PostgreSQL (either way) with its files and audit chain, and verify the copy.</source>
        <translation>Kopier et prosjekt mellom en fil og PostgreSQL (begge veier) med filer og revisjonskjede, og kontroller kopien.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a member or change a member's role (editors only).</source>
        <translation>Legg til et medlem eller endre rollen til et medlem (bare redaktører).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List the project's members and their roles.</source>
        <translation>Vis medlemmene i prosjektet og rollene deres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a project's name, system version, role, schema and counts.</source>
        <translation>Vis prosjektets navn, systemversjon, rolle, skjema og antall.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the whole file: SQLite's integrity check, the audit chain, the recorded state against the tables and, with --against, the history a signed package or review anchored (exit 1 if anything fails).</source>
        <translation>Kontroller hele filen: SQLites integritetskontroll, revisjonskjeden, den registrerte tilstanden mot tabellene og, med --against, historikken en signert pakke eller gjennomgang forankret (avslutter med 1 hvis noe feiler).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List audit entries, oldest first.</source>
        <translation>List revisjonsoppføringer, eldste først.</translation>
    </message>
    <message>
        <location filename="../modules/cli/GuidanceCommands.cpp" line="+101" />
        <source>%1: no problems (%2 pack(s), %3 questions, %4 decisions, %5 requirements, %6 crosswalk links)</source>
        <translation>%1: ingen feil (%2 pakke(r), %3 spørsmål, %4 beslutninger, %5 krav, %6 koblinger mellom krav)</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n feil</numerusform>
            <numerusform>%1: %n feil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>    %1 questions, %2 decisions, %3 requirements; in force in the EU %4, in Norway %5</source>
        <translation>    %1 spørsmål, %2 beslutninger, %3 krav; gjelder i EU fra %4, i Norge fra %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <location line="+6" />
        <source>        asked when: %1</source>
        <translation>        stilles når: %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>--expect-version takes KEY=VERSION, a whole number from 'answers list --json' (0 when there was no answer)</source>
        <translation>--expect-version tar NØKKEL=VERSJON, et heltall fra «answers list --json» (0 når det ikke fantes noe svar)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>give answers as KEY=VALUE or with --from ANSWERS.json</source>
        <translation>gi svar som NØKKEL=VERDI eller med --from SVAR.json</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 must hold one JSON object of fact ids and answers</source>
        <translation>%1 må inneholde ett JSON-objekt med fakta-id-er og svar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example {"system.is_ai": true, "org.role": "deployer"}.</source>
        <translation>For eksempel {"system.is_ai": true, "org.role": "deployer"}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' is not KEY=VALUE</source>
        <translation>«%1» er ikke NØKKEL=VERDI</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--expect-version names %1, which is not answered here</source>
        <translation>--expect-version nevner %1, som ikke besvares her</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>Stored %n answer(s)</source>
        <translation>
            <numerusform>Lagret %n svar</numerusform>
            <numerusform>Lagret %n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Removed %n answer(s)</source>
        <translation>
            <numerusform>Fjernet %n svar</numerusform>
            <numerusform>Fjernet %n svar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source> (%1 unchanged)</source>
        <translation> (%1 uendret)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not applicable</source>
        <translation>ikke aktuelt</translation>
    </message>
    <message>
        <location line="+41" />
        <source>  [no longer valid: answer again]</source>
        <translation>  [ikke lenger gyldig: svar på nytt]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  [needs review: given under %1 %2, now %3]</source>
        <translation>  [må gjennomgås: gitt under %1 %2, nå %3]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(gone)</source>
        <translation>(fjernet)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  [not asked for the current answers]</source>
        <translation>  [spørres ikke ut fra de andre svarene]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No answers yet. Answer with 'veiviser-cli answer FILE KEY=VALUE'.</source>
        <translation>Ingen svar ennå. Svar med «veiviser-cli answer FIL NØKKEL=VERDI».</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the answer to %1 is no longer valid and cannot be confirmed</source>
        <translation>svaret på %1 er ikke lenger gyldig og kan ikke bekreftes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer it again with 'veiviser-cli answer'.</source>
        <translation>Svar på nytt med «veiviser-cli answer».</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is not a question in the guidance packs</source>
        <translation>«%1» er ikke et spørsmål i veiledningspakkene</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Confirmed %n answer(s) under the current pack versions</source>
        <translation>
            <numerusform>Bekreftet %n svar under gjeldende pakkeversjoner</numerusform>
            <numerusform>Bekreftet %n svar under gjeldende pakkeversjoner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>  [needs review: %1]</source>
        <translation>  [må gjennomgås: %1]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>      missing: %1</source>
        <translation>      mangler: %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Requirements for the role %1: %2 apply, %3 do not, %4 not yet known.</source>
        <translation>Krav for rollen %1: %2 gjelder, %3 gjelder ikke, %4 er ennå ikke avklart.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+261" />
        <source>Still needed: %1</source>
        <translation>Mangler fortsatt: %1</translation>
    </message>
    <message>
        <location line="-259" />
        <source>Answer again: %1 (no longer valid under %2 %3)</source>
        <translation>Svar på nytt: %1 (ikke lenger gyldig under %2 %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review: %1 was answered under %2 %3, now %4</source>
        <translation>Gjennomgå: %1 ble besvart under %2 %3, nå %4</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown status '%1'; allowed: %2</source>
        <translation>ukjent status «%1»; tillatt: %2</translation>
    </message>
    <message>
        <location line="+65" />
        <source>applies from %1</source>
        <translation>gjelder fra %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(not yet known)</source>
        <translation>(ikke kjent ennå)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs review after a pack update</source>
        <translation>må gjennomgås etter en oppdatering av veiledningen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 shown; %2 apply, %3 do not apply, %4 not yet known (role: %5)</source>
        <translation>%1 vist; %2 gjelder, %3 gjelder ikke, %4 er ennå ikke avklart (rolle: %5)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>'%1' is not a requirement in the guidance packs</source>
        <translation>«%1» er ikke et krav i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli requirements FILE' for the URNs.</source>
        <translation>Kjør «veiviser-cli requirements FIL» for å se URN-ene.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unknown status '%1'; allowed: not_started, in_progress, met, not_applicable</source>
        <translation>ukjent status «%1»; tillatt: not_started, in_progress, met, not_applicable</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' is not a date; write YYYY-MM-DD</source>
        <translation>«%1» er ikke en dato; skriv ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="-179" />
        <source>%1 is now %2</source>
        <translation>%1 er nå %2</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 of %2 done (%3 met, %4 not applicable); %5 in progress, %6 not started</source>
        <translation>%1 av %2 ferdige (%3 oppfylt, %4 ikke aktuelle); %5 pågår, %6 ikke påbegynt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, system version %2 (%3), on %4</source>
        <translation>%1, systemversjon %2 (%3), per %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requirements that apply: %1</source>
        <translation>Krav som gjelder: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet known whether they apply: %1 (answer the questions still needed)</source>
        <translation>Ennå ikke avklart om de gjelder: %1 (svar på spørsmålene som gjenstår)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing is due within %1 days.</source>
        <translation>Ingenting har frist innen %1 dager.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due or overdue:</source>
        <translation>Frist snart eller passert:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due</source>
        <translation>frist</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Needs review after a pack update:</source>
        <translation>Må gjennomgås etter en oppdatering av veiledningen:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Requirements without evidence: %1</source>
        <translation>Krav uten dokumentasjon: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No stale evidence.</source>
        <translation>Ingen utdatert dokumentasjon.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stale evidence: %1 (%2)</source>
        <translation>Utdatert dokumentasjon: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired %1</source>
        <translation>utløpt %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>concerns system version %1</source>
        <translation>gjelder systemversjon %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Incident reports not yet sent:</source>
        <translation>Hendelsesrapporter som ikke er sendt:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  incident %1: %2</source>
        <translation>  hendelse %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List the installed guidance packs (with --questions: every question and its allowed answers).</source>
        <translation>Vis de installerte veiledningspakkene (med --questions: alle spørsmål og tillatte svar).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check a guidance pack folder or the whole guidance folder; exit 2 listing every problem as FILE:LINE:COL.</source>
        <translation>Kontroller en veiledningspakke eller hele veiledningsmappen; avslutter med 2 og viser hver feil som FIL:LINJE:KOL.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer guidance questions (KEY= removes an answer; multi values are comma-separated); all or none are stored.</source>
        <translation>Svar på spørsmål i veiledningen (NØKKEL= fjerner et svar; flere verdier skilles med komma); alle eller ingen lagres.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the stored answers, flagging those that need review after a pack update.</source>
        <translation>Vis de lagrede svarene, og merk dem som må gjennomgås etter en oppdatering av veiledningen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Confirm answers under the current pack versions (all that need review when no KEY is given).</source>
        <translation>Bekreft svar under gjeldende pakkeversjoner (alle som må gjennomgås når ingen NØKKEL er gitt).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Classify the system under each regime from the answers, with the reasons and what is missing.</source>
        <translation>Klassifiser systemet etter hvert regelverk ut fra svarene, med begrunnelser og det som mangler.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the requirements with their status: does_not_apply, undetermined, not_started, in_progress, met, not_applicable (or applicable, all).</source>
        <translation>Vis kravene med status: does_not_apply, undetermined, not_started, in_progress, met, not_applicable (eller applicable, all).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record the team's state of a requirement (not_applicable needs --justification).</source>
        <translation>Registrer hvor teamet står med et krav (not_applicable krever --justification).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the progress on the requirements per pack, what is due or overdue, what needs review and stale evidence.</source>
        <translation>Vis framdriften på kravene per veiledningspakke, hva som har frist eller er forfalt, hva som må gjennomgås, og utdatert dokumentasjon.</translation>
    </message>
    <message>
        <location filename="../modules/cli/MetricsCommands.cpp" line="+90" />
        <location filename="../modules/cli/MonitorCommands.cpp" line="+93" />
        <location line="+132" />
        <location filename="../modules/cli/RatingCommands.cpp" line="+71" />
        <location filename="../modules/cli/RiskCommands.cpp" line="-446" />
        <location line="+214" />
        <source>--%1 is required</source>
        <translation>--%1 må oppgis</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../modules/cli/MonitorCommands.cpp" line="-115" />
        <source>--delimiter takes ',', ';' or 'tab'</source>
        <translation>--delimiter tar ',', ';' eller 'tab'</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../modules/cli/MonitorCommands.cpp" line="+4" />
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
        <location line="+28" />
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
        <location line="+15" />
        <source>Validate a prediction model on a CSV of predictions and outcomes: AUROC, calibration, net benefit, risk distributions, subgroups.</source>
        <translation>Valider en prediksjonsmodell på en CSV med prediksjoner og utfall: AUROC, kalibrering, netto nytte, risikofordelinger, undergrupper.</translation>
    </message>
    <message>
        <location filename="../modules/cli/EngineCommands.cpp" line="+48" />
        <source>No evaluation engines found. Looked in: %1</source>
        <translation>Fant ingen evalueringsmotorer. Så i: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unavailable: %1</source>
        <translation>utilgjengelig: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unusable: %1 (%2)</source>
        <translation>kan ikke brukes: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>--engine is required</source>
        <translation>--engine må oppgis</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--set takes KEY=VALUE, not '%1'</source>
        <translation>--set tar NØKKEL=VERDI, ikke «%1»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--resume takes a test run id (a positive whole number)</source>
        <translation>--resume tar id-en til en testkjøring (et positivt heltall)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The finished cases are stored; resume with --resume %1.</source>
        <translation>De ferdige tilfellene er lagret; fortsett med --resume %1.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>test run %1 is stored, but filing it as evidence failed</source>
        <translation>testkjøring %1 er lagret, men den kunne ikke arkiveres som dokumentasjon</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Test run %1 (%2): %3</source>
        <translation>Testkjøring %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cases: %1 passed, %2 failed, %3 errored and %4 not graded of %5</source>
        <translation>Tilfeller: %1 bestått, %2 ikke bestått, %3 med feil og %4 ikke vurdert av %5</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cases: %1 passed, %2 failed, %3 errored of %4</source>
        <translation>Tilfeller: %1 bestått, %2 ikke bestått, %3 med feil av %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (%1 to %2)</source>
        <translation> (%1 til %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../modules/cli/MetricsCommands.cpp" line="-13" />
        <source>Filed as evidence %1, linked to %2.</source>
        <translation>Arkivert som dokumentasjon %1, koblet til %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a test run's id is a whole number</source>
        <translation>en testkjørings id er et heltall</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cases in both runs: %1 (run %2 passed %3, run %4 passed %5).</source>
        <translation>Testtilfeller i begge kjøringene: %1 (kjøring %2 besto %3, kjøring %4 besto %5).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passed only in run %1 (regressions): %2; only in run %3 (improvements): %4.</source>
        <translation>Bestått bare i kjøring %1 (tilbakegang): %2; bare i kjøring %3 (forbedring): %4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Difference in pass rate, run %1 minus run %2: %3 percentage points (95 % CI %4 to %5, Newcombe's paired score interval); exact McNemar test p = %6.</source>
        <translation>Forskjell i beståttandel, kjøring %1 minus kjøring %2: %3 prosentpoeng (95 % KI %4 til %5, Newcombes parede scoreintervall); eksakt McNemar-test p = %6.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Left out: %1 cases that errored or were not graded in either run, %2 only in run %3, %4 only in run %5.</source>
        <translation>Utelatt: %1 testtilfeller som feilet teknisk eller ikke ble vurdert i en av kjøringene, %2 bare i kjøring %3, %4 bare i kjøring %5.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Regressions: %1</source>
        <translation>Tilbakegang: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>List the evaluation-engine plugins found, with the reason where one cannot be used.</source>
        <translation>Vis evalueringsmotorene som ble funnet, og hvorfor en motor eventuelt ikke kan brukes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run an evaluation engine as a test run in the project; the finished run is filed as evidence on the requirements it supports.</source>
        <translation>Kjør en evalueringsmotor som en testkjøring i prosjektet; den ferdige kjøringen arkiveres som dokumentasjon på kravene den støtter.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Compare two test runs on the cases both have: regressions and improvements, the exact McNemar test and the difference in pass rate with its paired interval.</source>
        <translation>Sammenlign to testkjøringer på testtilfellene begge har: tilbakegang og forbedringer, eksakt McNemar-test og forskjellen i beståttandel med sitt parede intervall.</translation>
    </message>
    <message>
        <location filename="../modules/cli/PackageCommands.cpp" line="+93" />
        <source>Private key: %1 (readable only by you%2)</source>
        <translation>Privat nøkkel: %1 (bare du kan lese den%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, protected by the passphrase</source>
        <translation>, beskyttet med passordfrasen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public key:  %1</source>
        <translation>Offentlig nøkkel: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fingerprint: %1</source>
        <translation>Fingeravtrykk: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the public key to whoever checks your packages, and read the fingerprint out to them.</source>
        <translation>Gi den offentlige nøkkelen til dem som kontrollerer pakkene dine, og les fingeravtrykket opp for dem.</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%n problem(s) in the templates.</source>
        <translation>
            <numerusform>%n problem i malene.</numerusform>
            <numerusform>%n problemer i malene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1: %2 documents, %3 partials, %4 details; all fine.</source>
        <translation>%1: %2 dokumenter, %3 delmaler, %4 detaljer; alt i orden.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 (%2): %3 of %4 legal items covered</source>
        <translation>%1 (%2): %3 av %4 punkter i regelverket er dekket</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  covered      %1 – %2 (section %3)</source>
        <translation>  dekket       %1 – %2 (del %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  not covered  %1 – %2</source>
        <translation>  ikke dekket  %1 – %2</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+90" />
        <source>(not given)</source>
        <translation>(ikke fylt ut)</translation>
    </message>
    <message>
        <location line="-90" />
        <source>(not translated)</source>
        <translation>(ikke oversatt)</translation>
    </message>
    <message>
        <location filename="../modules/cli/GuidanceCommands.cpp" line="-62" />
        <location filename="../modules/cli/PackageCommands.cpp" line="+25" />
        <source>applies</source>
        <translation>gjelder</translation>
    </message>
    <message>
        <location filename="../modules/cli/PackageCommands.cpp" line="+1" />
        <source>does not apply</source>
        <translation>gjelder ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not decided</source>
        <translation>ikke avgjort</translation>
    </message>
    <message>
        <location line="+6" />
        <source>standards: %1</source>
        <translation>standarder: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evidence: %1</source>
        <translation>bevis: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lacking: %1</source>
        <translation>mangler: %1</translation>
    </message>
    <message>
        <location line="+80" />
        <source>%1: the value of %2 is neither a text nor an object of texts by language</source>
        <translation>%1: verdien av %2 er verken en tekst eller et objekt med tekster per språk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write "%1": "text" or "%1": {"nb": "...", "en": "..."}.</source>
        <translation>Skriv "%1": "tekst" eller "%1": {"nb": "...", "en": "..."}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2.%3 is not a text in nb or en</source>
        <translation>%1: %2.%3 er ikke en tekst på nb eller en</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details are written in nb (Bokmål) and en (English).</source>
        <translation>Dokumentdetaljer skrives på nb (bokmål) og en (engelsk).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--language must be nb or en</source>
        <translation>--language må være nb eller en</translation>
    </message>
    <message>
        <location line="+4" />
        <source>give either KEY VALUE or --from FILE</source>
        <translation>gi enten NØKKEL VERDI eller --from FIL</translation>
    </message>
    <message>
        <location line="-39" />
        <source>%1: expected a JSON object of detail keys and texts</source>
        <translation>%1: forventet et JSON-objekt med detaljnøkler og tekster</translation>
    </message>
    <message>
        <location line="+46" />
        <source>give KEY and VALUE (an empty VALUE removes the detail)</source>
        <translation>gi NØKKEL og VERDI (en tom VERDI fjerner detaljen)</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n detail(s) changed.</source>
        <translation>
            <numerusform>%n detalj endret.</numerusform>
            <numerusform>%n detaljer endret.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+200" />
        <location line="+97" />
        <location filename="../modules/cli/RatingCommands.cpp" line="+106" />
        <source>--out is required</source>
        <translation>--out må oppgis</translation>
    </message>
    <message>
        <location line="-295" />
        <source>give at least one --document</source>
        <translation>gi minst én --document</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown format '%1'; allowed: html, pdf, docx</source>
        <translation>ukjent format «%1»; tillatt: html, pdf, docx</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../modules/cli/RegisterCommands.cpp" line="+74" />
        <source>unknown language '%1'; allowed: nb, en</source>
        <translation>ukjent språk «%1»; tillatt: nb, en</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--evidence takes all, linked or none</source>
        <translation>--evidence tar all, linked eller none</translation>
    </message>
    <message>
        <location line="+19" />
        <source>unknown document '%1'; allowed: %2</source>
        <translation>ukjent dokument «%1»; tillatt: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Wrote %1: %n file(s), %2 bytes.</source>
        <translation>
            <numerusform>Skrev %1: %n fil, %2 byte.</numerusform>
            <numerusform>Skrev %1: %n filer, %2 byte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed by %1.</source>
        <translation>Signert av %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not signed: give --sign KEY so that readers can check who made it.</source>
        <translation>Ikke signert: gi --sign NØKKEL slik at leserne kan kontrollere hvem som laget den.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 does not verify: do not rely on its content. Ask the sender for a new copy.</source>
        <translation>%1 kan ikke verifiseres: ikke stol på innholdet. Be avsenderen om en ny kopi.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 verifies: %n file(s), each matching its SHA-256.</source>
        <translation>
            <numerusform>%1 er verifisert: %n fil, som stemmer med sin SHA-256.</numerusform>
            <numerusform>%1 er verifisert: %n filer, som alle stemmer med sin SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed with the key given (%1).</source>
        <translation>Signert med den oppgitte nøkkelen (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+111" />
        <source>Signed by %1. Check this fingerprint with the sender, or give --pubkey.</source>
        <translation>Signert av %1. Kontroller dette fingeravtrykket med avsenderen, eller gi --pubkey.</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Not signed: its integrity is checked, but not who made it.</source>
        <translation>Ikke signert: at innholdet er uendret er kontrollert, men ikke hvem som laget pakken.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Project:        %1, version %2</source>
        <translation>Prosjekt:       %1, versjon %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created:        %1</source>
        <translation>Opprettet:      %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generator:      %1</source>
        <translation>Laget med:      %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Packs:          %1</source>
        <translation>Pakker:         %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signer:         %1</source>
        <translation>Signert av:     %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not signed</source>
        <translation>ikke signert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manifest:       sha256:%1</source>
        <translation>Manifest:       sha256:%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification:   every file matches</source>
        <translation>Verifisering:   alle filer stemmer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verification:   FAILED (see 'package verify')</source>
        <translation>Verifisering:   FEILET (se 'package verify')</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+2" />
        <source>warning: %1: %2</source>
        <translation>advarsel: %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No changes.</source>
        <translation>Ingen endringer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>added: %1</source>
        <translation>lagt til: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed: %1</source>
        <translation>fjernet: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The package verifies. Created the review project %1 (%2 answers, %3 requirement statuses, %4 evidence files, %5 package files).</source>
        <translation>Pakken er verifisert. Opprettet gjennomgangsprosjektet %1 (%2 svar, %3 kravstatuser, %4 dokumentasjonsfiler, %5 pakkefiler).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Removed the finding.</source>
        <translation>Fjernet funnet.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>There was no finding on %1.</source>
        <translation>Det fantes ikke noe funn på %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--verdict takes accepted, deficiency or question</source>
        <translation>--verdict tar accepted, deficiency eller question</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recorded: %1 %2</source>
        <translation>Registrert: %1 %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No findings yet.</source>
        <translation>Ingen funn ennå.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Wrote %1 (not signed: give --sign KEY so the vendor can check who wrote it).</source>
        <translation>Skrev %1 (ikke signert: gi --sign NØKKEL slik at leverandøren kan kontrollere hvem som skrev den).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote %1, signed by %2.</source>
        <translation>Skrev %1, signert av %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>This review was imported before.</source>
        <translation>Denne gjennomgangen er importert før.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported the review by %1 (%2): %n finding(s).</source>
        <translation>
            <numerusform>Importerte gjennomgangen fra %1 (%2): %n funn.</numerusform>
            <numerusform>Importerte gjennomgangen fra %1 (%2): %n funn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>Review by %1 (%2), signed by %3:</source>
        <translation>Gjennomgang fra %1 (%2), signert av %3:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No reviews imported.</source>
        <translation>Ingen gjennomganger er importert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write a new Ed25519 signing key pair into DIR (private key mode 0600).</source>
        <translation>Skriv et nytt Ed25519-nøkkelpar til MAPPE (privat nøkkel med modus 0600).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check document templates: manifests, Mustache tags, names and strings.</source>
        <translation>Kontroller dokumentmaler: manifester, Mustache-tagger, navn og tekster.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List, per document, the items of its legal contents list that it covers (with the section) and those it does not.</source>
        <translation>Vis for hvert dokument hvilke punkter i regelverkets innholdsliste det dekker (med delen) og hvilke det ikke dekker.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the document details (intended purpose, manufacturer, ...) and their texts in Bokmål and English; with --gspr, the GSPR checklist of MDR Annex II 4 point by point.</source>
        <translation>List opp dokumentdetaljene (tiltenkt formål, produsent, ...) og tekstene deres på bokmål og engelsk; med --gspr GSPR-sjekklisten etter MDR vedlegg II nr. 4, punkt for punkt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set document details in Bokmål (default) or English; an empty value removes that language's text.</source>
        <translation>Sett dokumentdetaljer på bokmål (standard) eller engelsk; en tom verdi fjerner teksten på det språket.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build a signed documentation package: documents, evidence, exports, manifest.</source>
        <translation>Bygg en signert dokumentasjonspakke: dokumenter, dokumentasjon, eksporter, manifest.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check every file of a package against its hash and the signature.</source>
        <translation>Kontroller hver fil i en pakke mot sjekksummen og signaturen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List a package's contents and metadata.</source>
        <translation>List innholdet og metadataene i en pakke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show what changed between two packages: answers, statuses, evidence, documents.</source>
        <translation>Vis hva som er endret mellom to pakker: svar, statuser, dokumentasjon, dokumenter.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verify a package and make a read-only review project from it.</source>
        <translation>Verifiser en pakke og lag et skrivebeskyttet gjennomgangsprosjekt av den.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record a finding on a requirement in a review project.</source>
        <translation>Registrer et funn på et krav i et gjennomgangsprosjekt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List the findings of a review project.</source>
        <translation>List funnene i et gjennomgangsprosjekt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the review's findings as a signed review file for the vendor.</source>
        <translation>Skriv funnene i gjennomgangen som en signert gjennomgangsfil til leverandøren.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import a regulator's signed review onto the project's requirements.</source>
        <translation>Importer en signert gjennomgang fra en myndighet til prosjektets krav.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the reviews imported into a project, with their findings.</source>
        <translation>List gjennomgangene som er importert i et prosjekt, med funnene.</translation>
    </message>
    <message>
        <location filename="../modules/cli/SecretCommands.cpp" line="+35" />
        <source>give either an entry NAME or --database ADDRESS</source>
        <translation>oppgi enten et oppføringsNAVN eller --database ADRESSE</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Secret (not shown): </source>
        <translation>Hemmelighet (vises ikke): </translation>
    </message>
    <message>
        <location line="+6" />
        <source>standard input cannot be read</source>
        <translation>standard inndata kan ikke leses</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no secret was given on standard input</source>
        <translation>ingen hemmelighet ble gitt på standard inndata</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type it when asked, or pipe it in: printf '%s' "$KEY" | veiviser-cli secret set NAME</source>
        <translation>Skriv den inn når du blir spurt, eller send den inn med et rør: printf '%s' "$NØKKEL" | veiviser-cli secret set NAVN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the secret is longer than %1 bytes</source>
        <translation>hemmeligheten er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Stored in the keychain as '%1' (service %2)</source>
        <translation>Lagret i nøkkelringen som '%1' (tjeneste %2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>'%1' is in the keychain</source>
        <translation>'%1' finnes i nøkkelringen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'%1' is not in the keychain</source>
        <translation>'%1' finnes ikke i nøkkelringen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' is no longer in the keychain</source>
        <translation>'%1' er fjernet fra nøkkelringen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Store an API key or database password in the OS keychain; the secret is read from standard input.</source>
        <translation>Lagre en API-nøkkel eller et databasepassord i operativsystemets nøkkelring. Hemmeligheten leses fra standard inndata.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say whether the keychain holds an entry (exit 1 when not); never prints the secret.</source>
        <translation>Si om nøkkelringen har en oppføring (avslutningskode 1 hvis ikke). Hemmeligheten skrives aldri ut.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove an entry from the OS keychain.</source>
        <translation>Fjern en oppføring fra operativsystemets nøkkelring.</translation>
    </message>
    <message>
        <location filename="../modules/cli/MonitorCommands.cpp" line="-69" />
        <source>the project has no monitoring plan</source>
        <translation>prosjektet har ingen overvåkingsplan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with --from PLAN.yaml (docs/monitoring.md).</source>
        <translation>Lagre en med --from PLAN.yaml (docs/monitoring.md).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Monitoring plan version %1, stored %2 by %3:</source>
        <translation>Overvåkingsplan versjon %1, lagret %2 av %3:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Stored monitoring plan version %1 (%2 metrics, %3 control charts).</source>
        <translation>Lagret overvåkingsplan versjon %1 (%2 mål, %3 kontrolldiagrammer).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>give either --predictions CSV, or --query SQL with --connection postgresql://USER@HOST/DATABASE</source>
        <translation>oppgi enten --predictions CSV, eller --query SQL med --connection postgresql://BRUKER@VERT/DATABASE</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Read %1 rows: %2 new, %3 labels filled in, %4 unchanged.</source>
        <translation>Leste %1 rader: %2 nye, %3 utfall fylt inn, %4 uendret.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../modules/cli/RiskCommands.cpp" line="+140" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+2" />
        <source>warning</source>
        <translation>varsel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ALARM</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough data</source>
        <translation>for lite data</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Monitoring plan version %1; %2 windows.</source>
        <translation>Overvåkingsplan versjon %1; %2 vinduer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2 to %3)%4: %5 rows, %6 labelled</source>
        <translation>%1 (%2 til %3)%4: %5 rader, %6 med utfall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, baseline</source>
        <translation>, referanse</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Chart %1 (%2): %3</source>
        <translation>Diagram %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 (%3): %4, limit %5</source>
        <translation>%1 %2 (%3): %4, grense %5</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No open alarms.</source>
        <translation>Ingen åpne alarmer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open alarms: %1</source>
        <translation>Åpne alarmer: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--window takes the window's first day, YYYY-MM-DD</source>
        <translation>--window tar vinduets første dag, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location line="+15" />
        <source>there is no alarm on '%1' in the window that starts %2</source>
        <translation>det er ingen alarm på «%1» i vinduet som begynner %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'monitor status' lists the alarms with their windows.</source>
        <translation>«monitor status» viser alarmene med vinduene sine.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Acknowledged the alarm on %1 in the window that starts %2.</source>
        <translation>Kvitterte ut alarmen på %1 i vinduet som begynner %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show the project's monitoring plan, or store a new version of it from YAML (past windows keep the version they were judged by).</source>
        <translation>Vis prosjektets overvåkingsplan, eller lagre en ny versjon av den fra YAML (tidligere vinduer beholder versjonen de ble vurdert etter).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Store production predictions and outcomes; a later file with the same ids fills in outcomes that were not yet known.</source>
        <translation>Lagre prediksjoner og utfall fra drift; en senere fil med samme id-er fyller inn utfall som ennå ikke var kjent.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Measure every window against the plan; exits 1 while an alarm is open.</source>
        <translation>Mål hvert vindu mot planen; avslutter med 1 så lenge en alarm er åpen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record how an alarm was handled, so that it no longer counts as open.</source>
        <translation>Registrer hvordan en alarm ble håndtert, slik at den ikke lenger regnes som åpen.</translation>
    </message>
    <message>
        <location filename="../modules/cli/RiskCommands.cpp" line="-409" />
        <source>--%1 takes SEVERITY,PROBABILITY as two numbers, such as 4,2</source>
        <translation>--%1 tar ALVORLIGHET,SANNSYNLIGHET som to tall, for eksempel 4,2</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Added hazard %1 (%2).</source>
        <translation>La til fare %1 (%2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No hazards.</source>
        <translation>Ingen farer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1  %2  %3 → %4  %5</source>
        <translation>%1  %2  %3 → %4  %5</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+46" />
        <source>not estimated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Hazard %1 (%2, version %3)</source>
        <translation>Fare %1 (%2, versjon %3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hazard</source>
        <translation>Fare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazardous situation</source>
        <translation>Farlig situasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sequence of events</source>
        <translation>Hendelsesforløp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harm</source>
        <translation>Skade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Initial risk</source>
        <translation>Opprinnelig risiko</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>severity %1, probability %2: %3</source>
        <translation>alvorlighet %1, sannsynlighet %2: %3</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Residual risk</source>
        <translation>Gjenværende risiko</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Control %1 (%2): %3; verified by %4</source>
        <translation>Tiltak %1 (%2): %3; verifisert av %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing yet</source>
        <translation>ingenting ennå</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved hazard %1.</source>
        <translation>Lagret fare %1.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Removed hazard %1.</source>
        <translation>Fjernet fare %1.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Added risk control %1.</source>
        <translation>La til risikotiltak %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+27" />
        <source>the control's id is a number</source>
        <translation>tiltakets id er et tall</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Saved risk control %1.</source>
        <translation>Lagret risikotiltak %1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Removed risk control %1.</source>
        <translation>Fjernet risikotiltak %1.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Stored the project's risk matrix, version %1.</source>
        <translation>Lagret prosjektets risikomatrise, versjon %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project's own risk matrix:</source>
        <translation>Prosjektets egen risikomatrise:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The default risk matrix:</source>
        <translation>Standard risikomatrise:</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n gap(s).</source>
        <translation>
            <numerusform>%n mangel.</numerusform>
            <numerusform>%n mangler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>the project has no change control plan</source>
        <translation>prosjektet har ingen plan for endringskontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with --from PLAN.yaml (docs/risk.md).</source>
        <translation>Lagre en med --from PLAN.yaml (docs/risk.md).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change control plan version %1, stored %2 by %3:</source>
        <translation>Plan for endringskontroll, versjon %1, lagret %2 av %3:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Stored change control plan version %1.</source>
        <translation>Lagret plan for endringskontroll, versjon %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--modification ID and --run RUN_ID are required</source>
        <translation>--modification ID og --run KJØRINGS_ID må oppgis</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Check %1: %2.</source>
        <translation>Kontroll %1: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filed as evidence item %1.</source>
        <translation>Arkivert som dokumentasjonselement %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No checks.</source>
        <translation>Ingen kontroller.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Show the project's risk matrix, or store its own from YAML (hazards must keep their levels).</source>
        <translation>Vis prosjektets risikomatrise, eller lagre en egen fra YAML (farene må beholde nivåene sine).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add a hazard to the risk-management file, with its initial risk (severity and probability on the matrix).</source>
        <translation>Legg til en fare i risikostyringsmappen, med opprinnelig risiko (alvorlighet og sannsynlighet i matrisen).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the hazards with their risk before and after controls.</source>
        <translation>Vis farene med risikoen før og etter tiltak.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show a hazard with its controls and their verification.</source>
        <translation>Vis en fare med tiltakene og verifiseringen av dem.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change a hazard; --expect-version refuses a stale change.</source>
        <translation>Endre en fare; --expect-version avviser en endring basert på en utdatert versjon.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove a hazard that has no controls.</source>
        <translation>Fjern en fare som ikke har tiltak.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add a risk control to a hazard, with what verifies it: a test run, an evidence item or a monitoring metric.</source>
        <translation>Legg til et risikotiltak for en fare, med det som verifiserer det: en testkjøring, et dokumentasjonselement eller et overvåket mål.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change a risk control, or add and take away its verifications.</source>
        <translation>Endre et risikotiltak, eller legg til og fjern verifiseringer av det.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove a risk control.</source>
        <translation>Fjern et risikotiltak.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The traceability matrix: requirement, hazard, control, verification, evidence and status (exits with 1 when there are gaps).</source>
        <translation>Sporbarhetsmatrisen: krav, fare, tiltak, verifisering, dokumentasjon og status (avslutter med 1 når det finnes mangler).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the predetermined change control plan, or store a new version of it from YAML.</source>
        <translation>Vis den forhåndsbestemte planen for endringskontroll, eller lagre en ny versjon av den fra YAML.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check a test run against a planned modification's acceptance criteria; a met check is filed as evidence, a failed one opens a deviation (exits with 1 unless met).</source>
        <translation>Kontroller en testkjøring mot akseptkriteriene for en planlagt endring; en oppfylt kontroll arkiveres som dokumentasjon, en som ikke er oppfylt, åpner et avvik (avslutter med 1 hvis ikke oppfylt).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List the checks made against the change control plan.</source>
        <translation>Vis kontrollene som er gjort mot planen for endringskontroll.</translation>
    </message>
    <message>
        <location filename="../modules/cli/PortfolioCommands.cpp" line="+51" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan ikke leses: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n prosjekt</numerusform>
            <numerusform>%n prosjekter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n cannot be read</source>
        <translation>
            <numerusform>, %n kan ikke leses</numerusform>
            <numerusform>, %n kan ikke leses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>List the AI systems of a folder of projects (or a team database): risk class, what is due and open alarms.</source>
        <translation>List KI-systemene i en mappe med prosjekter (eller en teamdatabase): risikoklasse, hva som forfaller, og åpne alarmer.</translation>
    </message>
    <message>
        <location filename="../modules/cli/RegisterCommands.cpp" line="-37" />
        <source>required</source>
        <translation>påkrevd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not required</source>
        <translation>ikke påkrevd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>voluntary (no law asks for it)</source>
        <translation>frivillig (ingen lov krever det)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet known (answer the walkthrough)</source>
        <translation>ennå ikke avklart (svar på spørsmålene i gjennomgangen)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Section %1 (%2): %3</source>
        <translation>Del %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(not given; optional)</source>
        <translation>(ikke oppgitt; valgfritt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MISSING</source>
        <translation>MANGLER</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n field(s) missing.</source>
        <translation>
            <numerusform>%n felt mangler.</numerusform>
            <numerusform>%n felt mangler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown format '%1'; this version has: %2</source>
        <translation>ukjent format «%1»; denne versjonen har: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--document names a file ending in .html, .pdf or .docx</source>
        <translation>--document skal peke på en fil som slutter på .html, .pdf eller .docx</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Wrote %1; %n field(s) missing.</source>
        <translation>
            <numerusform>Skrev %1; %n felt mangler.</numerusform>
            <numerusform>Skrev %1; %n felt mangler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The fields a registration asks for (EU database, Annex VIII; EUDAMED, MDR Annex VI part A; a public algorithm register), filled from the project, with what is missing.</source>
        <translation>Feltene en registrering krever (EUs database, vedlegg VIII; Eudamed, MDR vedlegg VI del A; et offentlig algoritmeregister), fylt ut fra prosjektet, med det som mangler.</translation>
    </message>
    <message>
        <location filename="../modules/cli/RatingCommands.cpp" line="-139" />
        <source>--round takes the id of a rating round ('ratings list' shows them)</source>
        <translation>--round tar id-en til en vurderingsrunde («ratings list» viser dem)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>--%1 takes a whole number of at least %2</source>
        <translation>--%1 tar et heltall på minst %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--run takes a test run's id</source>
        <translation>--run tar id-en til en testkjøring</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--run-b takes a test run's id</source>
        <translation>--run-b tar id-en til en testkjøring</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Made rating round %1: %2 cases for %3 raters (seed %4).</source>
        <translation>Laget vurderingsrunde %1: %2 tilfeller for %3 vurderere (frø %4).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No rating rounds.</source>
        <translation>Ingen vurderingsrunder.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1  run %2%3  %4  %5 cases  %6%7</source>
        <translation>%1  kjøring %2%3  %4  %5 tilfeller  %6%7</translation>
    </message>
    <message>
        <location line="+3" />
        <source> and %1</source>
        <translation> og %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  finalized as run %1</source>
        <translation>  avsluttet som kjøring %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Imported %1 scores into rating round %2.</source>
        <translation>Importerte %1 skårer til vurderingsrunde %2.</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+74" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-70" />
        <source>%1: n %2, %3 raters, agreement %4 %</source>
        <translation>%1: n %2, %3 vurderere, samsvar %4 %</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, kappa %1 (%2 to %3)</source>
        <translation>, kappa %1 (%2 til %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, alpha %1 (%2 to %3)</source>
        <translation>, alfa %1 (%2 til %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>--judge-run takes the id of the test run whose judge graders scored the round's answers</source>
        <translation>--judge-run tar id-en til testkjøringen der dommergraderne skåret rundens svar</translation>
    </message>
    <message>
        <location line="+9" />
        <source>run %1 is not a run that round %2 rated (%3)</source>
        <translation>kjøring %1 er ikke en kjøring som runde %2 vurderte (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>runs %1 and %2</source>
        <translation>kjøring %1 og %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run %1</source>
        <translation>kjøring %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the run whose answers the clinicians rated, run with judge graders.</source>
        <translation>Oppgi kjøringen der klinikerne vurderte svarene, kjørt med dommergradere.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>run %1 has no judge scores on the criteria of rubric '%2'</source>
        <translation>kjøring %1 har ingen dommerskårer på kriteriene i vurderingsskjemaet «%2»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the suite with judge graders that name this rubric (docs/test-suites.md).</source>
        <translation>Kjør testsettet med dommergradere som viser til dette vurderingsskjemaet (docs/test-suites.md).</translation>
    </message>
    <message>
        <location line="+48" />
        <source>--set needs --by NAME: who decided the final score</source>
        <translation>--set trenger --by NAVN: den som avgjorde den endelige skåren</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--set takes CASE:CRITERION=SCORE (CASE#b for the second run's answer), not '%1'</source>
        <translation>--set tar TILFELLE:KRITERIUM=SKÅR (TILFELLE#b for svaret fra den andre kjøringen), ikke «%1»</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1:%2  %3%4</source>
        <translation>%1:%2  %3%4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  final %1 (%2)</source>
        <translation>  endelig %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  awaiting a final score</source>
        <translation>  venter på endelig skår</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No disagreements above distance %1.</source>
        <translation>Ingen uenigheter over avstand %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 disagreements, %2 awaiting a final score.</source>
        <translation>%1 uenigheter, %2 venter på endelig skår.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Rating round %1's human result is test run %2, filed as evidence %3.</source>
        <translation>Det menneskelige resultatet av vurderingsrunde %1 er testkjøring %2, arkivert som dokumentasjon %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Make a blinded rating round for a test run's answers (two runs: side by side), each rater with their own random order.</source>
        <translation>Lag en blindet vurderingsrunde for svarene i en testkjøring (to kjøringer: side ved side), med egen tilfeldig rekkefølge for hver vurderer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the rating rounds with each rater's progress.</source>
        <translation>Vis vurderingsrundene med hvor langt hver vurderer har kommet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a round's rating sheet as CSV for raters without Veiviser (--rater: only that rater's rows).</source>
        <translation>Skriv rundens vurderingsark som CSV for vurderere uten Veiviser (--rater: bare radene til den vurdereren).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Read scores from a rating sheet; any bad row and nothing is stored.</source>
        <translation>Les skårer fra et vurderingsark; er én rad feil, lagres ingenting.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreement between the raters per criterion: kappa, Krippendorff's alpha, percent agreement.</source>
        <translation>Samsvar mellom vurdererne per kriterium: kappa, Krippendorffs alfa, prosentvis samsvar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Whether a model judge can stand in for the clinicians: its scores in the run against the round's final scores, per criterion.</source>
        <translation>Om en modelldommer kan erstatte klinikerne: skårene i kjøringen mot rundens endelige skårer, per kriterium.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List the answers the raters disagree on by more than D; --set records a final score.</source>
        <translation>Vis svarene der vurdererne er uenige med mer enn D; --set registrerer en endelig skår.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store the round's final scores as its human result and file it as evidence for the rubric's level.</source>
        <translation>Lagre rundens endelige skårer som det menneskelige resultatet og arkiver det som dokumentasjon for vurderingsskjemaets nivå.</translation>
    </message>
</context>
<context>
    <name>vv::evidence::EvidenceLibrary</name>
    <message>
        <location filename="../modules/evidence/EvidenceLibrary.cpp" line="+111" />
        <source>the disk is full, or the project file reached its size limit, while the content was stored</source>
        <translation>disken ble full, eller prosjektfilen nådde størrelsesgrensen, mens innholdet ble lagret</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+84" />
        <source>Free disk space and import again; nothing was imported.</source>
        <translation>Frigjør diskplass og importer på nytt; ingenting ble importert.</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+395" />
        <source>'%1' is not a requirement URN</source>
        <translation>«%1» er ikke en krav-URN</translation>
    </message>
    <message>
        <location line="-394" />
        <location line="+395" />
        <source>A requirement URN looks like urn:veiviser:ai-act:art-10.</source>
        <translation>En krav-URN ser slik ut: urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="-393" />
        <source>there is no requirement %1 in the loaded guidance</source>
        <translation>det finnes ikke noe krav %1 i den innlastede veiledningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the URN on the requirement's page.</source>
        <translation>Kontroller URN-en på siden for kravet.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+281" />
        <source>the title is longer than %1 characters</source>
        <translation>tittelen er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="-276" />
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
        <location line="+31" />
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
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../modules/evidence/ImportFiles.cpp" line="+131" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location line="+99" />
        <source>there is no evidence item %1</source>
        <translation>det finnes ikke noe dokumentasjonselement %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'evidence list' shows the items and their ids.</source>
        <translation>«evidence list» viser elementene og ID-ene deres.</translation>
    </message>
    <message>
        <location line="+99" />
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
        <location line="+171" />
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
        <location line="+38" />
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
        <translation>Kontroller ledig diskplass og tilgangsrettigheter.</translation>
    </message>
    <message>
        <location filename="../modules/evidence/ImportFiles.cpp" line="-93" />
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
        <location line="+36" />
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
        <location line="+10" />
        <source>%1 belongs to a project that is open in Veiviser</source>
        <translation>%1 hører til et prosjekt som er åpent i Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A project cannot be evidence in itself; export it with 'project copy' and import the copy.</source>
        <translation>Et prosjekt kan ikke være dokumentasjon i seg selv; eksporter det med 'project copy' og importer kopien.</translation>
    </message>
    <message>
        <location line="+4" />
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
    <name>vv::evidence::TestRunEvidence</name>
    <message>
        <location filename="../modules/evidence/TestRunEvidence.cpp" line="+21" />
        <source>%1 of %2 cases errored (%3 %) and were not tested: no usable answer came back. The pass rates count only the %4 cases that were tested.</source>
        <translation>%1 av %2 tilfeller (%3 %) fikk feil og ble ikke testet: det kom ikke noe brukbart svar. Beståttandelene gjelder bare de %4 tilfellene som ble testet.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n of %1 case(s) were not graded: the tool gave them values but no pass or fail. No pass rate counts them.</source>
        <translation>
            <numerusform>%n av %1 tilfeller ble ikke vurdert: verktøyet ga det verdier, men ingen dom om bestått eller ikke bestått. Ingen beståttandel teller det med.</numerusform>
            <numerusform>%n av %1 tilfeller ble ikke vurdert: verktøyet ga dem verdier, men ingen dom om bestått eller ikke bestått. Ingen beståttandel teller dem med.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 verdicts came from a model judge and are not checked against clinicians.</source>
        <translation>%1 vurderinger kom fra en modelldommer og er ikke kontrollert mot klinikere.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>test run %1 is not completed</source>
        <translation>testkjøring %1 er ikke fullført</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no temporary folder for the test run document: %1</source>
        <translation>fikk ikke midlertidig mappe til testkjøringsdokumentet: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Test run %1: %2</source>
        <translation>Testkjøring %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the test run document was not imported</source>
        <translation>testkjøringsdokumentet ble ikke importert</translation>
    </message>
</context>
<context>
    <name>vv::guidance</name>
    <message>
        <location filename="../modules/guidance/Value.cpp" line="+94" />
        <source>'%1' is not a valid answer to %2 (%3)</source>
        <translation>«%1» er ikke et gyldig svar på %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: %1.</source>
        <translation>Tillatt: %1.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>the answer to %1 is longer than %2 characters</source>
        <translation>svaret på %1 er lengre enn %2 tegn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shorten it, or keep the long text as evidence and refer to it.</source>
        <translation>Gjør det kortere, eller lagre den lange teksten som dokumentasjon og vis til den.</translation>
    </message>
</context>
<context>
    <name>vv::guidance::Condition</name>
    <message>
        <location filename="../modules/guidance/Condition.cpp" line="+89" />
        <source>this number cannot be read</source>
        <translation>dette tallet kan ikke leses</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the string starting here has no closing quote</source>
        <translation>teksten som begynner her, mangler avsluttende anførselstegn</translation>
    </message>
    <message>
        <location line="+26" />
        <source>a single '=' is not an operator; compare with '=='</source>
        <translation>et enkelt «=» er ikke en operator; sammenlign med «==»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'&amp;&amp;' is not an operator; write 'and'</source>
        <translation>«&amp;&amp;» er ikke en operator; skriv «and»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'||' is not an operator; write 'or'</source>
        <translation>«||» er ikke en operator; skriv «or»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'!' is not an operator; write 'not', or '!=' to compare</source>
        <translation>«!» er ikke en operator; skriv «not», eller «!=» for å sammenligne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected character '%1'</source>
        <translation>uventet tegn «%1»</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unexpected '%1' after a complete condition</source>
        <translation>uventet «%1» etter en fullstendig betingelse</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the end</source>
        <translation>slutten</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected %1 but found %2</source>
        <translation>ventet %1, men fant %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the condition is nested more than %1 levels deep</source>
        <translation>betingelsen er nøstet mer enn %1 nivåer dypt</translation>
    </message>
    <message>
        <location line="+112" />
        <source>')'</source>
        <translation>«)»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a string, number or true/false in the list</source>
        <translation>en tekst, et tall eller true/false i listen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>',' or ']'</source>
        <translation>«,» eller «]»</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+8" />
        <source>a fact, a value or '('</source>
        <translation>et faktum, en verdi eller «(»</translation>
    </message>
    <message>
        <location line="+41" />
        <source>true/false</source>
        <translation>sann/usann</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a set of values</source>
        <translation>en mengde verdier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>'&lt;', '&lt;=', '&gt;' and '&gt;=' compare numbers, but this is %1</source>
        <translation>«&lt;», «&lt;=», «&gt;» og «&gt;=» sammenligner tall, men dette er %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a true/false condition, but %1 is a %2 fact; compare it with a value</source>
        <translation>ventet en betingelse som er sann eller usann, men %1 er et faktum av typen %2; sammenlign det med en verdi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected a true/false condition, but this is %1</source>
        <translation>ventet en betingelse som er sann eller usann, men dette er %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is a text fact; text is never used in conditions</source>
        <translation>%1 er et tekstfaktum; tekst brukes aldri i betingelser</translation>
    </message>
    <message>
        <location line="+12" />
        <source>null cannot be a list item; compare with '== null' instead</source>
        <translation>null kan ikke stå i en liste; sammenlign med «== null» i stedet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>every item of a list must be of the same type</source>
        <translation>alle elementene i en liste må være av samme type</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' is not a value of %2 (its values: %3)</source>
        <translation>«%1» er ikke en verdi for %2 (verdiene er: %3)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>a list can only stand after 'in'; write 'fact in [...]'</source>
        <translation>en liste kan bare stå etter «in»; skriv «faktum in [...]»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a multi fact is not compared with '==' or '!='; test a value with "'value' in %1"</source>
        <translation>et flervalgsfaktum sammenlignes ikke med «==» eller «!=»; test en verdi med "'verdi' in %1"</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+24" />
        <source>cannot compare %1 with %2</source>
        <translation>kan ikke sammenligne %1 med %2</translation>
    </message>
    <message>
        <location line="-8" />
        <source>the left side of 'in [...]' must be a single value, but it is %1</source>
        <translation>venstre side av «in [...]» må være én verdi, men er %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>only a text value can be in %1, but this is %2</source>
        <translation>bare en tekstverdi kan finnes i %1, men dette er %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>after 'in' comes a list [...] or a multi fact, but this is %1</source>
        <translation>etter «in» kommer en liste [...] eller et flervalgsfaktum, men dette er %1</translation>
    </message>
    <message>
        <location line="+176" />
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <location line="-1" />
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not %1</source>
        <translation>ikke %1</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 does not include %2</source>
        <translation>%1 omfatter ikke %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 includes %2</source>
        <translation>%1 omfatter %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the condition is longer than %1 characters</source>
        <translation>betingelsen er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split it into decisions that derive intermediate facts.</source>
        <translation>Del den opp i beslutninger som utleder mellomliggende fakta.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the condition is empty</source>
        <translation>betingelsen er tom</translation>
    </message>
    <message>
        <location line="+18" />
        <source>a condition must be true or false, but this is %1</source>
        <translation>en betingelse må være sann eller usann, men dette er %1</translation>
    </message>
</context>
<context>
    <name>vv::guidance::FactSpec</name>
    <message>
        <location filename="../modules/guidance/Value.cpp" line="-84" />
        <source>a number from %1 to %2</source>
        <translation>et tall fra %1 til %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number of at least %1</source>
        <translation>et tall på minst %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number of at most %1</source>
        <translation>et tall på høyst %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>any text</source>
        <translation>hvilken som helst tekst</translation>
    </message>
</context>
<context>
    <name>vv::guidance::GuidanceLibrary</name>
    <message>
        <location filename="../modules/guidance/GuidanceLibrary.cpp" line="+90" />
        <source>the pack id '%1' is also used by the pack in %2</source>
        <translation>pakke-id-en «%1» brukes også av pakken i %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every pack its own id.</source>
        <translation>Gi hver pakke sin egen id.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>a pack cannot depend on itself</source>
        <translation>en pakke kan ikke avhenge av seg selv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown pack '%1' in depends_on</source>
        <translation>ukjent pakke «%1» i depends_on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name the id of a pack folder next to this one.</source>
        <translation>Oppgi id-en til en pakkemappe ved siden av denne.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>packs depend on each other in a cycle: %1</source>
        <translation>pakker avhenger av hverandre i en sirkel: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove one of these depends_on entries.</source>
        <translation>Fjern én av disse oppføringene i depends_on.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unknown agency '%1'</source>
        <translation>ukjent etat «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an agency declared under agencies_defined (in common/pack.yaml).</source>
        <translation>Bruk en etat som er beskrevet under agencies_defined (i common/pack.yaml).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>duplicate %1 id '%2' (first declared at %3)</source>
        <translation>id-en «%2» for %1 er brukt før (først i %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agency</source>
        <translation>etat</translation>
    </message>
    <message>
        <location line="+37" />
        <source>the fact '%1' is already declared at %2</source>
        <translation>faktumet «%1» er allerede beskrevet i %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each fact is asked by one question or derived by one decision.</source>
        <translation>Hvert faktum kommer fra ett spørsmål eller utledes av én beslutning.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the requirement URN '%1' is already used at %2</source>
        <translation>krav-URN-en «%1» er allerede brukt i %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>URNs are unique across all packs and never reused.</source>
        <translation>URN-er er unike på tvers av alle pakker og brukes aldri om igjen.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>'%1' is not a value in conditions; write true or false</source>
        <translation>«%1» er ikke en verdi i betingelser; skriv true eller false</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the fact '%1' is declared in pack '%2', which pack '%3' does not depend on; add '%2' to its depends_on</source>
        <translation>faktumet «%1» er beskrevet i pakken «%2», som pakken «%3» ikke avhenger av; legg «%2» til i dens depends_on</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown fact '%1' (did you mean '%2'?)</source>
        <translation>ukjent faktum «%1» (mente du «%2»?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown fact '%1'</source>
        <translation>ukjent faktum «%1»</translation>
    </message>
    <message>
        <location line="+81" />
        <source>facts depend on each other in a cycle: %1</source>
        <translation>fakta avhenger av hverandre i en sirkel: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A decision cannot use, directly or through others, the fact it derives.</source>
        <translation>En beslutning kan ikke bruke faktumet den selv utleder, verken direkte eller gjennom andre.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown requirement '%1' in the crosswalk</source>
        <translation>ukjent krav «%1» i koblingene mellom krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the URN of a requirement declared in a pack.</source>
        <translation>Bruk URN-en til et krav som er beskrevet i en pakke.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>the guidance packs are not installed: %1 does not exist</source>
        <translation>veiledningspakkene er ikke installert: %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reinstall Veiviser, or set VEIVISER_DATA_DIR to the folder that holds 'guidance'.</source>
        <translation>Installer Veiviser på nytt, eller sett VEIVISER_DATA_DIR til mappen som inneholder «guidance».</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>the guidance packs in %1 have %n problem(s); the first: %2</source>
        <translation>
            <numerusform>veiledningspakkene i %1 har %n feil: %2</numerusform>
            <numerusform>veiledningspakkene i %1 har %n feil; den første: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run 'veiviser-cli guidance check %1' to see them all.</source>
        <translation>Kjør «veiviser-cli guidance check %1» for å se alle.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 does not exist</source>
        <translation>%1 finnes ikke</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+16" />
        <source>Give a pack folder or the guidance folder.</source>
        <translation>Oppgi en pakkemappe eller veiledningsmappen.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>%1 holds no pack.yaml and no pack folders</source>
        <translation>%1 inneholder verken pack.yaml eller pakkemapper</translation>
    </message>
    <message numerus="yes">
        <location line="+62" />
        <source>the pack '%1' that this pack depends on has %n problem(s)</source>
        <translation>
            <numerusform>pakken «%1» som denne pakken avhenger av, har %n feil</numerusform>
            <numerusform>pakken «%1» som denne pakken avhenger av, har %n feil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check it with 'veiviser-cli guidance check %1'.</source>
        <translation>Kontroller den med «veiviser-cli guidance check %1».</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Not yet known</source>
        <translation>Ennå ikke avklart</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not applicable</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+7" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+69" />
        <source>'%1' is not a question in the guidance packs</source>
        <translation>«%1» er ikke et spørsmål i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is derived from other answers; answer those instead.</source>
        <translation>Det utledes av andre svar; svar på dem i stedet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli guidance list --questions' for the question ids.</source>
        <translation>Kjør «veiviser-cli guidance list --questions» for å se spørsmåls-id-ene.</translation>
    </message>
</context>
<context>
    <name>vv::guidance::PackBuilder</name>
    <message>
        <location filename="../modules/guidance/PackLoader.cpp" line="+448" />
        <source>a pack file</source>
        <translation>en pakkefil</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' is already set at %2:%3</source>
        <translation>«%1» er allerede satt i %2:%3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pack ids are lowercase letters, digits and '-', e.g. eu-mdr.</source>
        <translation>Pakke-id-er består av små bokstaver, sifre og «-», for eksempel eu-mdr.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a version</source>
        <translation>«%1» er ikke et versjonsnummer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write MAJOR.MINOR.PATCH, e.g. 1.0.0.</source>
        <translation>Skriv HOVED.DEL.RETTING, for eksempel 1.0.0.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the pack lacks the required key '%1'</source>
        <translation>pakken mangler den påkrevde nøkkelen «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set it in pack.yaml.</source>
        <translation>Sett den i pack.yaml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>section</source>
        <translation>del</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agency</source>
        <translation>etat</translation>
    </message>
    <message>
        <location line="+3" />
        <source>question</source>
        <translation>spørsmål</translation>
    </message>
    <message>
        <location line="+2" />
        <source>decision</source>
        <translation>beslutning</translation>
    </message>
    <message>
        <location line="+32" />
        <source>duplicate %1 id '%2' (first declared at %3:%4)</source>
        <translation>id-en «%2» for %1 er brukt før (først i %3:%4)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown section '%1'</source>
        <translation>ukjent del «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Declare it under 'sections' in this pack.</source>
        <translation>Beskriv den under «sections» i denne pakken.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unknown source '%1'</source>
        <translation>ukjent kilde «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Declare it under 'sources' in this pack.</source>
        <translation>Beskriv den under «sources» i denne pakken.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a source</source>
        <translation>en kilde</translation>
    </message>
    <message>
        <location line="+23" />
        <source>'%1' is not a web address</source>
        <translation>«%1» er ikke en nettadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the full address, starting with https://.</source>
        <translation>Oppgi hele adressen, som begynner med https://.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.</source>
        <translation>Id-er består av bokstaver, sifre, «-», «_», «.» og «:», og begynner med en bokstav eller et siffer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a section</source>
        <translation>en del</translation>
    </message>
    <message>
        <location line="+14" />
        <source>an agency</source>
        <translation>en etat</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a choice</source>
        <translation>et svaralternativ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choice values are letters, digits, '_', '-' and '.', e.g. informs_decisions.</source>
        <translation>Verdier for svaralternativer består av bokstaver, sifre, «_», «-» og «.», for eksempel informs_decisions.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the choice '%1' is listed twice</source>
        <translation>svaralternativet «%1» står to ganger</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'choices' is empty</source>
        <translation>«choices» er tom</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown type '%1'</source>
        <translation>ukjent type «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed types: %1.</source>
        <translation>Tillatte typer: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a %1 fact needs 'choices'</source>
        <translation>et faktum av typen %1 må ha «choices»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a %1 fact has no 'choices'</source>
        <translation>et faktum av typen %1 har ikke «choices»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a question</source>
        <translation>et spørsmål</translation>
    </message>
    <message>
        <location line="+16" />
        <source>'%1' is only for number questions</source>
        <translation>«%1» brukes bare for spørsmål med tall som svar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'max' is smaller than 'min'</source>
        <translation>«max» er mindre enn «min»</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Fact ids are area.name in lowercase letters, digits and '_', e.g. mdr.decision_impact.</source>
        <translation>Fakta-id-er er område.navn med små bokstaver, sifre og «_», for eksempel mdr.decision_impact.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>'%1' is not one of the choices of %2</source>
        <translation>«%1» er ikke ett av svaralternativene for %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: %1, or null for "not applicable".</source>
        <translation>Tillatt: %1, eller null for «ikke aktuelt».</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a rule</source>
        <translation>en regel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>rule</source>
        <translation>regel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a rule has either 'when' or 'otherwise: true', not both</source>
        <translation>en regel har enten «when» eller «otherwise: true», ikke begge</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a rule needs 'when' (its condition) or 'otherwise: true'</source>
        <translation>en regel må ha «when» (betingelsen) eller «otherwise: true»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'otherwise' can only be true</source>
        <translation>«otherwise» kan bare være true</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove it and give the rule a 'when' condition.</source>
        <translation>Fjern den, og gi regelen en betingelse med «when».</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a decision</source>
        <translation>en beslutning</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the decision has no rules</source>
        <translation>beslutningen har ingen regler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the 'otherwise' rule must be the last rule of the decision</source>
        <translation>regelen med «otherwise» må være beslutningens siste regel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rules after it could never match.</source>
        <translation>Regler etter den kan aldri slå til.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a requirement</source>
        <translation>et krav</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write urn:veiviser:AREA:NAME in lowercase, e.g. urn:veiviser:ai-act:art-10.</source>
        <translation>Skriv urn:veiviser:OMRÅDE:NAVN med små bokstaver, for eksempel urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unknown role '%1'</source>
        <translation>ukjent rolle «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: provider, deployer, both.</source>
        <translation>Tillatt: provider, deployer, both.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a requirement needs at least one source</source>
        <translation>et krav må ha minst én kilde</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'evidence_expected' is empty; say what evidence would satisfy the requirement</source>
        <translation>«evidence_expected» er tom; skriv hvilken dokumentasjon som oppfyller kravet</translation>
    </message>
    <message>
        <location line="+16" />
        <source>unknown evaluation level '%1'</source>
        <translation>ukjent evalueringsnivå «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: %1.</source>
        <translation>Tillatt: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the evaluation level '%1' is listed twice</source>
        <translation>evalueringsnivået «%1» står to ganger</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'evaluation_levels' is empty</source>
        <translation>«evaluation_levels» er tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave it out, or name the test-suite levels whose cases are evidence for the requirement.</source>
        <translation>Utelat den, eller nevn nivåene i testsettene som har oppgaver som er bevis for kravet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a date of application</source>
        <translation>en dato for når kravet gjelder</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a date of application needs at least one source</source>
        <translation>en dato for når kravet gjelder, trenger minst én kilde</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this date can never be chosen: the entry before it has no 'when'</source>
        <translation>denne datoen kan aldri bli valgt: oppføringen før den har ingen 'when'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the entry without 'when' last.</source>
        <translation>Sett oppføringen uten 'when' sist.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'applies_from' is empty</source>
        <translation>'applies_from' er tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave it out to use the pack's dates, or give at least one date.</source>
        <translation>Utelat den for å bruke pakkens datoer, eller gi minst én dato.</translation>
    </message>
</context>
<context>
    <name>vv::guidance::PackLoader</name>
    <message>
        <location line="-878" />
        <source>more than %1 problems; the rest are not listed</source>
        <translation>mer enn %1 feil; resten vises ikke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix these first and check again.</source>
        <translation>Rett disse først, og kontroller på nytt.</translation>
    </message>
    <message>
        <location line="+891" />
        <source>the file is larger than %1 bytes</source>
        <translation>filen er større enn %1 byte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the pack into several files.</source>
        <translation>Del pakken opp i flere filer.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the pack has more than %1 YAML files</source>
        <translation>pakken har mer enn %1 YAML-filer</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the crosswalk file</source>
        <translation>filen med koblinger mellom krav</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a crosswalk link</source>
        <translation>en kobling mellom krav</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.</source>
        <translation>Id-er består av bokstaver, sifre, «-», «_», «.» og «:», og begynner med en bokstav eller et siffer.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>duplicate %1 id '%2' (first declared at %3:%4)</source>
        <translation>id-en «%2» for %1 er brukt før (først i %3:%4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>crosswalk link</source>
        <translation>kobling mellom krav</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a crosswalk link joins at least two requirements</source>
        <translation>en kobling mellom krav må samle minst to krav</translation>
    </message>
</context>
<context>
    <name>vv::guidance::Reader</name>
    <message>
        <location line="-915" />
        <source>the YAML is nested too deeply (more than %1 levels)</source>
        <translation>YAML-en er nøstet for dypt (mer enn %1 nivåer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flatten the structure; a pack needs only a few levels.</source>
        <translation>Gjør strukturen flatere; en pakke trenger bare noen få nivåer.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>the YAML does not parse: %1</source>
        <translation>YAML-en kan ikke tolkes: %1</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Check indentation, quotes and colons around this place.</source>
        <translation>Kontroller innrykk, anførselstegn og kolon rundt dette stedet.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the file describes too many items (aliases repeated too often?)</source>
        <translation>filen beskriver for mange elementer (aliaser gjentatt for mange ganger?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the pack without YAML aliases.</source>
        <translation>Skriv pakken uten YAML-aliaser.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 must be a map of keys and values</source>
        <translation>%1 må være en samling av nøkler og verdier</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a key in %1 must be a plain word</source>
        <translation>en nøkkel i %1 må være et enkelt ord</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown key '%1' in %2</source>
        <translation>ukjent nøkkel «%1» i %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed keys: %1.</source>
        <translation>Tillatte nøkler: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the key '%1' appears twice in %2</source>
        <translation>nøkkelen «%1» står to ganger i %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 lacks the required key '%2'</source>
        <translation>%1 mangler den påkrevde nøkkelen «%2»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' must be a single value</source>
        <translation>«%1» må være én verdi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is empty</source>
        <translation>«%1» er tom</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is longer than %2 characters</source>
        <translation>«%1» er lengre enn %2 tegn</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' is not a valid %2</source>
        <translation>«%1» er ikke en gyldig %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the text '%1'</source>
        <translation>teksten «%1»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text has only nb and en. Put a text that contains a comma or ': ' in quotes.</source>
        <translation>En tekst har bare nb og en. Sett en tekst som inneholder komma eller «: » i anførselstegn.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the text '%1' has no '%2' version</source>
        <translation>teksten «%1» mangler versjonen «%2»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every text needs both nb (Norwegian Bokmål) and en (English).</source>
        <translation>Hver tekst må finnes både på nb (bokmål) og en (engelsk).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>'%1' must be a list</source>
        <translation>«%1» må være en liste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' has more than %2 items</source>
        <translation>«%1» har mer enn %2 elementer</translation>
    </message>
    <message>
        <location line="+37" />
        <source>'%1' is not a date</source>
        <translation>«%1» er ikke en dato</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write dates as YYYY-MM-DD, e.g. 2026-08-02.</source>
        <translation>Skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2026-08-02.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be true or false, not '%2'</source>
        <translation>«%1» må være true eller false, ikke «%2»</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' must be a number, not '%2'</source>
        <translation>«%1» må være et tall, ikke «%2»</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the condition in '%1' does not parse: %2</source>
        <translation>betingelsen i «%1» kan ikke leses: %2</translation>
    </message>
</context>
<context>
    <name>vv::guidance::RequirementApplicability</name>
    <message>
        <location filename="../modules/guidance/Assessment.cpp" line="+109" />
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Applies to every %1.</source>
        <translation>Gjelder for alle som er %1.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>provider and deployer</source>
        <translation>tilbyder og idriftsetter</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>provider</source>
        <translation>tilbyder</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+5" />
        <source>deployer</source>
        <translation>idriftsetter</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Applies because this holds: %1.</source>
        <translation>Gjelder fordi dette er oppfylt: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Does not apply because this does not hold: %1. The answers: %2.</source>
        <translation>Gjelder ikke fordi dette ikke er oppfylt: %1. Svarene: %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Applies because %1 holds (%2).</source>
        <translation>Gjelder fordi %1 er oppfylt (%2).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no date yet</source>
        <translation>ingen dato ennå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 in the EU; in Norway: %2</source>
        <translation>%1 i EU; i Norge: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (not confirmed against the published text)</source>
        <translation> (ikke bekreftet mot den kunngjorte teksten)</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Does not apply: it binds the %1, and this project's role is %2.</source>
        <translation>Gjelder ikke: kravet gjelder for %1, og prosjektets rolle er %2.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Does not apply because %1 is false (%2).</source>
        <translation>Gjelder ikke fordi %1 ikke er oppfylt (%2).</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+13" />
        <source>Not yet known: answer %1.</source>
        <translation>Ennå ikke avklart: svar på %1.</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::IncidentRulesReader</name>
    <message>
        <location filename="../modules/monitoring/IncidentRules.cpp" line="+41" />
        <source>the reporting rules</source>
        <translation>rapporteringsreglene</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' must be a non-empty list</source>
        <translation>«%1» må være en liste som ikke er tom</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a source</source>
        <translation>en kilde</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a source needs 'id', 'citation' and 'url'</source>
        <translation>en kilde trenger «id», «citation» og «url»</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+119" />
        <source>'%1' is not a valid id (lowercase letters, digits, '-', '_' and '.')</source>
        <translation>«%1» er ikke en gyldig id (små bokstaver, sifre, «-», «_» og «.»)</translation>
    </message>
    <message>
        <location line="-116" />
        <source>the source '%1' is defined twice</source>
        <translation>kilden «%1» er definert to ganger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a source's url must start with https://</source>
        <translation>en kildes url må begynne med https://</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a fact</source>
        <translation>et faktum</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a fact needs 'id', 'title' and 'help'</source>
        <translation>et faktum trenger «id», «title» og «help»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>an incident fact's id starts with 'incident.', not '%1'</source>
        <translation>id-en til et hendelsesfaktum begynner med «incident.», ikke «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the fact '%1' is defined twice</source>
        <translation>faktumet «%1» er definert to ganger</translation>
    </message>
    <message>
        <location line="+27" />
        <source>there is no fact '%1': use an incident fact defined above or a fact of the guidance packs</source>
        <translation>det finnes ikke noe faktum «%1»: bruk et hendelsesfaktum definert ovenfor eller et faktum fra veiledningspakkene</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the source '%1' is not defined under 'sources'</source>
        <translation>kilden «%1» er ikke definert under «sources»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a deadline</source>
        <translation>en frist</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a deadline needs 'days' and 'sources'</source>
        <translation>en frist trenger «days» og «sources»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a deadline of more than a year is not a reporting deadline</source>
        <translation>en frist på mer enn et år er ikke en rapporteringsfrist</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an immediate deadline has 'days: 0'</source>
        <translation>en umiddelbar frist har «days: 0»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every deadline cites its source</source>
        <translation>hver frist oppgir kilden sin</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a report</source>
        <translation>en rapport</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a report needs '%1'</source>
        <translation>en rapport trenger «%1»</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the report '%1' is defined twice</source>
        <translation>rapporten «%1» er definert to ganger</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'duty' must be provider or deployer, not '%1'</source>
        <translation>«duty» må være provider eller deployer, ikke «%1»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'deadlines' must be a non-empty list</source>
        <translation>«deadlines» må være en liste som ikke er tom</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a report needs one deadline without 'when', which applies when no other does</source>
        <translation>en rapport trenger én frist uten «when», som gjelder når ingen andre gjør det</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the rules cannot be read: %1</source>
        <translation>reglene kan ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::MonitoringEvaluation</name>
    <message>
        <location filename="../modules/monitoring/MonitoringStatus.cpp" line="+273" />
        <source>no row has the feature '%1'</source>
        <translation>ingen rad har variabelen «%1»</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the baseline period has no values of '%1'</source>
        <translation>referanseperioden har ingen verdier av «%1»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the window has no values of '%1'</source>
        <translation>vinduet har ingen verdier av «%1»</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 labelled rows; the plan needs %2</source>
        <translation>%1 rader med utfall; planen krever %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rows; the plan needs %2</source>
        <translation>%1 rader; planen krever %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the project has no monitoring plan</source>
        <translation>prosjektet har ingen overvåkingsplan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with 'veiviser-cli monitor plan FILE --from PLAN.yaml' (docs/monitoring.md).</source>
        <translation>Lagre en med «veiviser-cli monitor plan FIL --from PLAN.yaml» (docs/monitoring.md).</translation>
    </message>
    <message>
        <location line="+137" />
        <source>the plan's baseline test run %1</source>
        <translation>planens referansetestkjøring %1</translation>
    </message>
    <message>
        <location line="+92" />
        <source>the baseline has no value of '%1'; give the chart a 'target'</source>
        <translation>referansen har ingen verdi av «%1»; gi diagrammet et «target»</translation>
    </message>
    <message>
        <location line="+178" />
        <source>plan version %1</source>
        <translation>planversjon %1</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Window %1</source>
        <translation>Vindu %1</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::MonitoringPlanReader</name>
    <message>
        <location filename="../modules/monitoring/MonitoringPlan.cpp" line="+54" />
        <source>'window' must be day, week or month, not '%1'</source>
        <translation>«window» må være day, week eller month, ikke «%1»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown time zone '%1'</source>
        <translation>ukjent tidssone «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give an IANA name such as Europe/Oslo.</source>
        <translation>Oppgi et IANA-navn som Europe/Oslo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'baseline'</source>
        <translation>«baseline»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'baseline' is either a period (from, to) or a test run, not both</source>
        <translation>«baseline» er enten en periode (from, to) eller en testkjøring, ikke begge</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'baseline' needs 'from' and 'to' dates, or 'test_run'</source>
        <translation>«baseline» trenger datoene «from» og «to», eller «test_run»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the baseline ends (%1) before it starts (%2)</source>
        <translation>referanseperioden slutter (%1) før den begynner (%2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a metric</source>
        <translation>et mål</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a metric needs 'metric'</source>
        <translation>et mål trenger «metric»</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>The metrics are %1.</source>
        <translation>Målene er %1.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>unknown metric '%1'</source>
        <translation>ukjent mål «%1»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' is not measured per feature</source>
        <translation>«%1» måles ikke per variabel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' needs 'feature': the column it is measured on</source>
        <translation>«%1» trenger «feature»: kolonnen det måles på</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' takes no threshold</source>
        <translation>«%1» tar ingen terskel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the threshold is a predicted risk between 0 and 1</source>
        <translation>terskelen er en predikert risiko mellom 0 og 1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' needs 'threshold': the predicted risk at or above which a patient is flagged</source>
        <translation>«%1» trenger «threshold»: den predikerte risikoen der en pasient flagges (lik eller over)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the limits are reversed or equal: lower %1, upper %2</source>
        <translation>grensene er byttet om eller like: nedre %1, øvre %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The lower limit must be below the upper one.</source>
        <translation>Den nedre grensen må ligge under den øvre.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is in the plan twice</source>
        <translation>«%1» står to ganger i planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give each metric (and feature) once, with both its limits.</source>
        <translation>Oppgi hvert mål (og hver variabel) én gang, med begge grensene.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a control chart</source>
        <translation>et kontrolldiagram</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a control chart needs 'metric' and 'method'</source>
        <translation>et kontrolldiagram trenger «metric» og «method»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the chart's metric '%1' is not among the plan's metrics</source>
        <translation>diagrammets mål «%1» er ikke blant planens mål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List it under 'metrics' first (limits are optional).</source>
        <translation>Før det opp under «metrics» først (grenser er valgfrie).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'method' must be cusum or ewma, not '%1'</source>
        <translation>«method» må være cusum eller ewma, ikke «%1»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' must be above 0</source>
        <translation>«%1» må være over 0</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'lambda' must be at most 1</source>
        <translation>«lambda» kan være høyst 1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'lambda' and 'l' belong to an EWMA chart, not a CUSUM</source>
        <translation>«lambda» og «l» hører til et EWMA-diagram, ikke CUSUM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'k' and 'h' belong to a CUSUM chart, not an EWMA</source>
        <translation>«k» og «h» hører til et CUSUM-diagram, ikke EWMA</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the plan</source>
        <translation>planen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the plan needs a 'baseline': the period or test run the model was accepted on</source>
        <translation>planen trenger «baseline»: perioden eller testkjøringen modellen ble godkjent på</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'confidence' must be at least 0.5 and below 1, such as 0.95</source>
        <translation>«confidence» må være minst 0,5 og under 1, for eksempel 0,95</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the plan needs 'metrics': a list of the measures it watches</source>
        <translation>planen trenger «metrics»: en liste over målene den følger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the plan lists more than 200 metrics</source>
        <translation>planen har flere enn 200 mål</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'control_charts' must be a list of at most 50 charts</source>
        <translation>«control_charts» må være en liste med høyst 50 diagrammer</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' compares with the baseline's production data, which a test run does not have</source>
        <translation>«%1» sammenligner med referanseperiodens driftsdata, og det har ikke en testkjøring</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the baseline as a period: {from: DATE, to: DATE}.</source>
        <translation>Oppgi referansen som en periode: {from: DATO, to: DATO}.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>a stored monitoring plan is damaged</source>
        <translation>en lagret overvåkingsplan er skadet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the plan again with 'monitor plan'.</source>
        <translation>Lagre planen på nytt med «monitor plan».</translation>
    </message>
    <message>
        <location line="+50" />
        <source>the plan is empty</source>
        <translation>planen er tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See docs/monitoring.md for a plan to start from.</source>
        <translation>Se docs/monitoring.md for en plan å starte fra.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the plan cannot be read: %1</source>
        <translation>planen kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unknown feature '%1': the ingested rows have %2</source>
        <translation>ukjent variabel «%1»: de innleste radene har %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name a feature given with --feature when the data was ingested.</source>
        <translation>Oppgi en variabel som ble gitt med --feature da dataene ble lest inn.</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::MonitoringPlanVersions</name>
    <message>
        <location line="+23" />
        <source>the window (%1 → %2) or time zone (%3 → %4) cannot change once production data is stored: past windows would be cut differently</source>
        <translation>vinduet (%1 → %2) eller tidssonen (%3 → %4) kan ikke endres når driftsdata er lagret: tidligere vinduer ville blitt delt opp annerledes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep 'window' and 'time_zone' as they are; change limits and metrics freely.</source>
        <translation>Behold «window» og «time_zone» som de er; grenser og mål kan endres fritt.</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::ProductionIngest</name>
    <message>
        <location filename="../modules/monitoring/ProductionIngest.cpp" line="+224" />
        <source>the time, label and score columns must be named</source>
        <translation>kolonnene for tid, utfall og skår må oppgis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --time COLUMN, --label COLUMN and --score COLUMN.</source>
        <translation>Oppgi --time KOLONNE, --label KOLONNE og --score KOLONNE.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decimal separator must be '.' or ','</source>
        <translation>desimaltegnet må være «.» eller «,»</translation>
    </message>
    <message>
        <location line="+190" />
        <source>the query returns no column '%1'</source>
        <translation>spørringen gir ingen kolonne «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It returns %1; name the columns with AS in the query.</source>
        <translation>Den gir %1; gi kolonnene navn med AS i spørringen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>query</source>
        <translation>spørring</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Reading row %1 of the query</source>
        <translation>Leser rad %1 fra spørringen</translation>
    </message>
    <message>
        <location line="-242" />
        <source>the project has no monitoring plan yet</source>
        <translation>prosjektet har ingen overvåkingsplan ennå</translation>
    </message>
    <message>
        <location line="-123" />
        <source>'%1' is not a date or time</source>
        <translation>«%1» er ikke en dato eller et tidspunkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write times as ISO 8601: 2026-04-06T08:15:00, with +01:00 or Z where the export has them.</source>
        <translation>Skriv tider som ISO 8601: 2026-04-06T08:15:00, med +01:00 eller Z der eksporten har det.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the score is missing</source>
        <translation>skåren mangler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every prediction needs its score; leave out rows the model did not score.</source>
        <translation>Hver prediksjon trenger sin skår; utelat rader modellen ikke skåret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the score '%1' is not a number</source>
        <translation>skåren «%1» er ikke et tall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check --decimal (Norwegian exports use a decimal comma).</source>
        <translation>Kontroller --decimal (norske eksporter bruker desimalkomma).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the score %1 is not a predicted risk between 0 and 1</source>
        <translation>skåren %1 er ikke en predikert risiko mellom 0 og 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monitoring compares calibrated risks; export the probability, not a logit or rank.</source>
        <translation>Overvåkingen sammenligner kalibrerte risikoer; eksporter sannsynligheten, ikke en logit eller rangering.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the label '%1' is not 0 or 1</source>
        <translation>utfallet «%1» er ikke 0 eller 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --positive CLASS for named classes; leave the cell empty while the outcome is not known.</source>
        <translation>Oppgi --positive KLASSE for navngitte klasser; la cellen stå tom så lenge utfallet ikke er kjent.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the value '%1' of feature '%2' is not a number</source>
        <translation>verdien «%1» av variabelen «%2» er ikke et tall</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the cell empty or write NA where the value is missing.</source>
        <translation>La cellen stå tom eller skriv NA der verdien mangler.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the id is empty</source>
        <translation>id-en er tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every row needs an id when --id is given.</source>
        <translation>Hver rad trenger en id når --id er oppgitt.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Store one first with 'veiviser-cli monitor plan FILE --from PLAN.yaml': its time zone says how the times in the file are read.</source>
        <translation>Lagre en først med «veiviser-cli monitor plan FIL --from PLAN.yaml»: tidssonen i den sier hvordan tidene i filen leses.</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Reading %1</source>
        <translation>Leser %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging</name>
    <message>
        <location filename="../modules/packaging/DocumentFormats.cpp" line="+43" />
        <source>cannot start %1: %2</source>
        <translation>kan ikke starte %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 took longer than %2 s and was stopped</source>
        <translation>%1 tok lenger tid enn %2 s og ble stoppet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 feilet (avslutningskode %2): %3</translation>
    </message>
    <message>
        <location filename="../modules/packaging/PackageFormat.cpp" line="+17" />
        <source>package rejected: the entry '%1' %2</source>
        <translation>pakken er avvist: oppføringen «%1» %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The package was not made by Veiviser or has been tampered with; do not use it.</source>
        <translation>Pakken er ikke laget av Veiviser eller er endret av noen; ikke bruk den.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>has no name</source>
        <translation>har ikke noe navn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has a name longer than %1 bytes</source>
        <translation>har et navn lenger enn %1 byte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has an absolute path</source>
        <translation>har en absolutt sti</translation>
    </message>
    <message>
        <location line="+2" />
        <source>uses '\' in its path</source>
        <translation>bruker '\' i stien</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is nested deeper than %1 folders</source>
        <translation>ligger dypere enn %1 mapper</translation>
    </message>
    <message>
        <location line="+3" />
        <source>has '..' in its path</source>
        <translation>har '..' i stien</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has an empty or '.' part in its path</source>
        <translation>har en tom del eller '.' i stien</translation>
    </message>
    <message>
        <location line="+4" />
        <source>has a control character in its name</source>
        <translation>har et kontrolltegn i navnet</translation>
    </message>
    <message>
        <location filename="../modules/packaging/TemplateLibrary.cpp" line="+124" />
        <source>a Mustache tag is not closed</source>
        <translation>en Mustache-tagg er ikke lukket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close it with }}.</source>
        <translation>Lukk den med }}.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the element &lt;%1&gt; is not allowed in a document template</source>
        <translation>elementet &lt;%1&gt; er ikke tillatt i en dokumentmal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;meta http-equiv&gt; is not allowed in a document template</source>
        <translation>&lt;meta http-equiv&gt; er ikke tillatt i en dokumentmal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>event handler attributes (on...=) are not allowed</source>
        <translation>attributter for hendelser (on...=) er ikke tillatt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>attributes that load content (%1=) are not allowed; documents are self-contained</source>
        <translation>attributter som laster inn innhold (%1=) er ikke tillatt; dokumentene skal være selvstendige</translation>
    </message>
    <message>
        <location line="+2" />
        <source>script URLs are not allowed</source>
        <translation>skript-URL-er er ikke tillatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSS that loads content (url(), @import) is not allowed</source>
        <translation>CSS som laster inn innhold (url(), @import) er ikke tillatt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Remove it; a template may only lay out the data it is given.</source>
        <translation>Fjern det; en mal kan bare sette opp dataene den får.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file is missing</source>
        <translation>filen mangler</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not a regular file</source>
        <translation>er ikke en vanlig fil</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file is larger than %1 bytes</source>
        <translation>filen er større enn %1 byte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot read the file: %1</source>
        <translation>kan ikke lese filen: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>must hold one JSON object</source>
        <translation>må inneholde ett JSON-objekt</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: unknown key '%2'</source>
        <translation>%1: ukjent nøkkel «%2»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the spelling; the keys are listed in docs/packages.md.</source>
        <translation>Sjekk stavemåten; nøklene står i docs/packages.md.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: '%2' is missing</source>
        <translation>%1: «%2» mangler</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' needs a text in both 'nb' and 'en'</source>
        <translation>%1: «%2» må ha en tekst både på «nb» og «en»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: '%2' has an empty text</source>
        <translation>%1: «%2» har en tom tekst</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+5" />
        <source>%1: '%2' must be a list of texts</source>
        <translation>%1: «%2» må være en liste med tekster</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'strings' must map names to texts in 'nb' and 'en'</source>
        <translation>«strings» må knytte navn til tekster på «nb» og «en»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the string name '%1' must be lowercase letters, digits and '_'</source>
        <translation>tekstnavnet «%1» må bestå av små bokstaver, sifre og «_»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>string '%1'</source>
        <translation>tekst «%1»</translation>
    </message>
    <message>
        <location line="+17" />
        <source>details.json</source>
        <translation>details.json</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the group id '%1' must be lowercase letters, digits and '_'</source>
        <translation>gruppe-id-en «%1» må bestå av små bokstaver, sifre og «_»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>group '%1'</source>
        <translation>gruppe «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the group '%1' is declared twice</source>
        <translation>gruppen «%1» er oppgitt to ganger</translation>
    </message>
    <message>
        <location line="+9" />
        <source>detail '%1'</source>
        <translation>detalj «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the detail key '%1' must be group.name in lowercase letters, digits and '_'</source>
        <translation>detaljnøkkelen «%1» må være gruppe.navn med små bokstaver, sifre og «_»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the group '%2' is not declared under 'groups'</source>
        <translation>%1: gruppen «%2» er ikke oppgitt under «groups»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the detail '%1' is declared twice</source>
        <translation>detaljen «%1» er oppgitt to ganger</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+4" />
        <source>gspr.json</source>
        <translation>gspr.json</translation>
    </message>
    <message>
        <location line="-1" />
        <source>gspr.json: 'source' must be the https address of the Regulation's text</source>
        <translation>gspr.json: «source» må være https-adressen til forordningens tekst</translation>
    </message>
    <message>
        <location line="+4" />
        <source>gspr.json: 'groups' must be a list of headings with their points</source>
        <translation>gspr.json: «groups» må være en liste over overskrifter med punktene sine</translation>
    </message>
    <message>
        <location line="+8" />
        <source>gspr.json group %1</source>
        <translation>gspr.json gruppe %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 must be an object with 'title' and 'points'</source>
        <translation>%1 må være et objekt med «title» og «points»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: 'points' must be a list of points</source>
        <translation>%1: «points» må være en liste over punkter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>gspr.json holds more than %1 points</source>
        <translation>gspr.json har mer enn %1 punkter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GSPR point '%1'</source>
        <translation>GSPR-punkt «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: a point must be an object with 'point' and 'title'</source>
        <translation>%1: et punkt må være et objekt med «point» og «title»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: a point is numbered as in MDR Annex I, such as 17 or 10.4.1</source>
        <translation>%1: et punkt nummereres som i MDR vedlegg I, for eksempel 17 eller 10.4.1</translation>
    </message>
    <message>
        <location line="+44" />
        <source>'coverage' must be a list of legal items</source>
        <translation>«coverage» må være en liste over punkter i regelverket</translation>
    </message>
    <message>
        <location line="+8" />
        <source>coverage item '%1'</source>
        <translation>dekningspunktet «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a coverage item has no 'item' (the legal reference)</source>
        <translation>et dekningspunkt mangler «item» (henvisningen til regelverket)</translation>
    </message>
    <message>
        <location line="+108" />
        <source>the required item '%1' must start with detail:, fact:, requirement:, evidence:, or be test_runs, answers, gspr_checklist or one of %2</source>
        <translation>det påkrevde elementet «%1» må begynne med detail:, fact:, requirement:, evidence: eller være test_runs, answers, gspr_checklist eller et av %2</translation>
    </message>
    <message>
        <location line="-161" />
        <location line="+55" />
        <source>%1 is listed twice</source>
        <translation>%1 står to ganger</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the source must be an https address</source>
        <translation>%1: kilden må være en https-adresse</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the section '%2' is neither a section of the manifest nor an element id in %3</source>
        <translation>%1: delen «%2» er verken en del i manifestet eller en element-id i %3</translation>
    </message>
    <message>
        <location line="+16" />
        <source>document '%1'</source>
        <translation>dokument «%1»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the id '%1' must be lowercase letters, digits and '-'</source>
        <translation>id-en «%1» må bestå av små bokstaver, sifre og «-»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the id '%1' must equal the folder's name '%2'</source>
        <translation>id-en «%1» må være lik mappenavnet «%2»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: 'roles' must list whom the document is for: provider, deployer or both</source>
        <translation>%1: «roles» må si hvem dokumentet er for: provider, deployer eller begge</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the role '%2' is neither provider nor deployer</source>
        <translation>%1: rollen «%2» er verken provider eller deployer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the fact '%2' under 'required_if' is not in the guidance packs</source>
        <translation>%1: faktumet «%2» under «required_if» finnes ikke i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: 'required_if' needs a yes/no fact; '%2' is not one</source>
        <translation>%1: «required_if» må være et ja/nei-faktum; «%2» er ikke det</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the template '%1' must be an .html file in the document's folder</source>
        <translation>malen «%1» må være en .html-fil i dokumentets mappe</translation>
    </message>
    <message>
        <location line="+12" />
        <source>section '%1'</source>
        <translation>del «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a section has no id</source>
        <translation>en del mangler id</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the section '%1' occurs twice</source>
        <translation>delen «%1» forekommer to ganger</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: unknown block '%2' under 'show'; allowed: %3</source>
        <translation>%1: ukjent blokk «%2» under «show»; tillatt: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the detail '%2' is not in details.json</source>
        <translation>%1: detaljen «%2» finnes ikke i details.json</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the requirement '%2' is not in the guidance packs</source>
        <translation>%1: kravet «%2» finnes ikke i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the fact '%2' is not in the guidance packs</source>
        <translation>%1: faktumet «%2» finnes ikke i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the required item '%2' names the role '%3'; write @provider or @deployer</source>
        <translation>%1: det påkrevde punktet «%2» nevner rollen «%3»; skriv @provider eller @deployer</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+6" />
        <source>the required item '%1' is not well formed</source>
        <translation>det påkrevde elementet «%1» er ikke riktig formet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the required detail '%1' is not in details.json</source>
        <translation>den påkrevde detaljen «%1» finnes ikke i details.json</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the required fact '%1' is not in the guidance packs</source>
        <translation>det påkrevde faktumet «%1» finnes ikke i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the required requirement '%1' is not in the guidance packs</source>
        <translation>det påkrevde kravet «%1» finnes ikke i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 shows or requires the GSPR checklist, but the folder has no gspr.json</source>
        <translation>%1 viser eller krever GSPR-sjekklisten, men mappen har ingen gspr.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add gspr.json with the points of MDR Annex I, as the shipped templates have it.</source>
        <translation>Legg til gspr.json med punktene i MDR vedlegg I, slik de medfølgende malene har den.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>changing the Mustache delimiters is not allowed</source>
        <translation>det er ikke tillatt å endre Mustache-skilletegnene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use {{ and }} throughout.</source>
        <translation>Bruk {{ og }} overalt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is printed without HTML escaping; only names ending in _svg, _html or _css may be</source>
        <translation>«%1» skrives ut uten HTML-escaping; bare navn som slutter på _svg, _html eller _css kan det</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use {{%1}} instead.</source>
        <translation>Bruk {{%1}} i stedet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the partial '%1' does not exist</source>
        <translation>delmalen «%1» finnes ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partials are the .mustache files in templates/shared.</source>
        <translation>Delmaler er .mustache-filene i templates/shared.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>is not a folder of document templates</source>
        <translation>er ikke en mappe med dokumentmaler</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the stylesheet may not contain '&lt;/'</source>
        <translation>stilarket kan ikke inneholde «&lt;/»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the string '%1' is missing; the document data needs it</source>
        <translation>teksten «%1» mangler; dokumentdataene trenger den</translation>
    </message>
    <message>
        <location line="+3" />
        <source>holds too many partials</source>
        <translation>inneholder for mange delmaler</translation>
    </message>
    <message>
        <location line="+15" />
        <source>holds more than %1 document folders</source>
        <translation>inneholder mer enn %1 dokumentmapper</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the string '%1' is also a shared string; give it another name</source>
        <translation>teksten «%1» er også en felles tekst; gi den et annet navn</translation>
    </message>
</context>
<context>
    <name>vv::packaging::DocumentRenderer</name>
    <message>
        <location filename="../modules/packaging/DocumentRenderer.cpp" line="+106" />
        <location line="+6" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Fix the template's Mustache tags.</source>
        <translation>Rett malens Mustache-tagger.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::DocxConverter</name>
    <message>
        <location filename="../modules/packaging/DocumentFormats.cpp" line="+105" />
        <source>DOCX documents need pandoc, which is not installed</source>
        <translation>DOCX-dokumenter krever pandoc, som ikke er installert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install it (on Debian: apt install pandoc), or leave docx out of --format.</source>
        <translation>Installer det (på Debian: apt install pandoc), eller utelat docx fra --format.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>cannot create a temporary folder for the DOCX step: %1</source>
        <translation>kan ikke lage en midlertidig mappe for DOCX-steget: %1</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+25" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>pandoc</source>
        <translation>pandoc</translation>
    </message>
    <message>
        <location line="+5" />
        <source>pandoc made no DOCX file</source>
        <translation>pandoc laget ingen DOCX-fil</translation>
    </message>
</context>
<context>
    <name>vv::packaging::ExternalPdfPrinter</name>
    <message>
        <location line="-140" />
        <source>veiviser-pdf, which makes the PDF documents, is not installed next to this program</source>
        <translation>veiviser-pdf, som lager PDF-dokumentene, er ikke installert ved siden av dette programmet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reinstall Veiviser, or leave pdf out of --format.</source>
        <translation>Installer Veiviser på nytt, eller utelat pdf fra --format.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot create a temporary folder for the PDF step: %1</source>
        <translation>kan ikke lage en midlertidig mappe for PDF-steget: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the PDF step</source>
        <translation>PDF-steget</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the PDF step made no PDF for document %1</source>
        <translation>PDF-steget laget ingen PDF for dokument %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the PDF step made a file that is not a PDF for document %1</source>
        <translation>PDF-steget laget en fil som ikke er en PDF for dokument %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::GsprChecklist</name>
    <message>
        <location filename="../modules/packaging/GsprChecklist.cpp" line="+107" />
        <source>'%1' is not a key of the GSPR checklist</source>
        <translation>«%1» er ikke en nøkkel i GSPR-sjekklisten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write gspr.POINT.FIELD, FIELD one of applies, reason, method, standards, evidence.</source>
        <translation>Skriv gspr.PUNKT.FELT, der FELT er en av applies, reason, method, standards, evidence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the GSPR checklist has no point '%1'</source>
        <translation>GSPR-sjekklisten har ikke noe punkt «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The points are those of MDR Annex I; 'details list FILE --gspr' shows them.</source>
        <translation>Punktene er de i MDR vedlegg I; «details list FIL --gspr» viser dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>whether GSPR %1 applies must be yes or no, not '%2'</source>
        <translation>om GSPR %1 gjelder, må være yes eller no, ikke «%2»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the evidence of GSPR %1 must be an evidence item's number, not '%2'</source>
        <translation>beviset for GSPR %1 må være nummeret til et bevis, ikke «%2»</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>'evidence list FILE' shows the numbers.</source>
        <translation>«evidence list FIL» viser numrene.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the project has no evidence item %1</source>
        <translation>prosjektet har ikke noe bevis nr. %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::Manifest</name>
    <message>
        <location filename="../modules/packaging/PackageFormat.cpp" line="+8" />
        <source>package rejected: manifest.json is larger than %1 bytes</source>
        <translation>pakken er avvist: manifest.json er større enn %1 byte</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>The manifest is damaged; the package cannot be trusted.</source>
        <translation>Manifestet er skadet; pakken kan ikke stoles på.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a Veiviser package manifest</source>
        <translation>dette er ikke et pakkemanifest fra Veiviser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>format_version is missing</source>
        <translation>format_version mangler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the package was made by a newer Veiviser (format %1; this one reads %2)</source>
        <translation>pakken er laget av en nyere Veiviser (format %1; denne leser %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Update Veiviser to read it.</source>
        <translation>Oppdater Veiviser for å lese den.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>created is not a time</source>
        <translation>created er ikke et tidspunkt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>files is missing</source>
        <translation>files mangler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>package rejected: the manifest lists more than %1 files</source>
        <translation>pakken er avvist: manifestet lister mer enn %1 filer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a file entry lacks path, size or sha256</source>
        <translation>en filoppføring mangler path, size eller sha256</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the size of %1 is out of range</source>
        <translation>størrelsen på %1 er utenfor gyldig område</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the sha256 of %1 is not 64 lowercase hex digits</source>
        <translation>sha256 for %1 er ikke 64 små heksadesimale sifre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 may not be listed as a file</source>
        <translation>%1 kan ikke listes som fil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is listed twice</source>
        <translation>%1 står to ganger</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the signer's algorithm is not Ed25519</source>
        <translation>signaturalgoritmen er ikke Ed25519</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the signer's public key is not 32 bytes of base64</source>
        <translation>signererens offentlige nøkkel er ikke 32 byte i base64</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the signer's fingerprint does not match the signer's key</source>
        <translation>signererens fingeravtrykk stemmer ikke med nøkkelen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the audit head is not an entry number and a SHA-256</source>
        <translation>revisjonshodet er ikke et oppføringsnummer og en SHA-256</translation>
    </message>
</context>
<context>
    <name>vv::packaging::PackageBuilder</name>
    <message>
        <location filename="../modules/packaging/PackageBuilder.cpp" line="+96" />
        <source>%1: not a document for a project in the role %2 (it is the %3's duty)</source>
        <translation>%1: ikke et dokument for et prosjekt i rollen %2 (det er %3s plikt)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>no documents were chosen</source>
        <translation>ingen dokumenter er valgt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give at least one --document ID.</source>
        <translation>Gi minst én --document ID.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no document '%1'</source>
        <translation>det finnes ikke noe dokument «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Choose from: %1.</source>
        <translation>Velg blant: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no document language was chosen</source>
        <translation>ikke noe dokumentspråk er valgt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>documents are written in nb or en, not '%1'</source>
        <translation>dokumenter skrives på nb eller en, ikke «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown format '%1'; allowed: %2</source>
        <translation>ukjent format «%1»; tillatt: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no format was chosen</source>
        <translation>ikke noe format er valgt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give --format html, pdf or docx (or several).</source>
        <translation>Gi --format html, pdf eller docx (eller flere).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no PDF printer is available</source>
        <translation>ingen PDF-skriver er tilgjengelig</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no output file was given</source>
        <translation>ingen utfil er oppgitt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give --out PKG.zip.</source>
        <translation>Gi --out PKG.zip.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the project is open read-only; building a package records the build in it</source>
        <translation>prosjektet er åpnet skrivebeskyttet; å bygge en pakke registreres i prosjektet</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%1 (id %2, %n identity number(s))</source>
        <translation>
            <numerusform>%1 (id %2, %n fødselsnummer)</numerusform>
            <numerusform>%1 (id %2, %n fødselsnumre)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>evidence %1 (%2) was not checked for identity numbers (binary content); look at it before the package is sent</source>
        <translation>dokumentasjon %1 (%2) ble ikke kontrollert for fødselsnumre (binært innhold); se på den før pakken sendes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>evidence %1 (%2) is stale (%3)</source>
        <translation>dokumentasjon %1 (%2) er utdatert (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its expiry date has passed</source>
        <translation>utløpsdatoen er passert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it concerns an older system version</source>
        <translation>den gjelder en eldre systemversjon</translation>
    </message>
    <message>
        <location line="+5" />
        <source>evidence with Norwegian identity numbers that no one confirmed cannot go into a package: %1</source>
        <translation>dokumentasjon med norske fødselsnumre som ingen har bekreftet, kan ikke tas med i en pakke: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm each with 'veiviser-cli evidence confirm-pii FILE ID --reason TEXT' after checking it, remove the content, or leave evidence out with --evidence linked|none.</source>
        <translation>Bekreft hver av dem med 'veiviser-cli evidence confirm-pii FIL ID --reason TEKST' etter å ha kontrollert den, fjern innholdet, eller utelat dokumentasjon med --evidence linked|none.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Making PDF documents</source>
        <translation>Lager PDF-dokumenter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the PDF step returned %1 documents instead of %2</source>
        <translation>PDF-steget returnerte %1 dokumenter i stedet for %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Making DOCX documents</source>
        <translation>Lager DOCX-dokumenter</translation>
    </message>
    <message>
        <location line="+82" />
        <location line="+34" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="-356" />
        <location line="+323" />
        <source>Check the folder and its permissions.</source>
        <translation>Kontroller mappen og tilgangene til den.</translation>
    </message>
    <message>
        <location line="-326" />
        <source>another build is writing %1 (process %2 on %3)</source>
        <translation>en annen bygging skriver %1 (prosess %2 på %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait for it to finish, or choose another --out.</source>
        <translation>Vent til den er ferdig, eller velg en annen --out.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot create %1.lock next to the package</source>
        <translation>kan ikke opprette %1.lock ved siden av pakken</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Documents for this role: %1. To build it anyway, marked as a draft on every page, give --draft.</source>
        <translation>Dokumenter for denne rollen: %1. Gi --draft for å lage det likevel, merket som utkast på hver side.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>provider</source>
        <translation>tilbyder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deployer</source>
        <translation>idriftsetter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>provider and deployer</source>
        <translation>tilbyder og idriftsetter</translation>
    </message>
    <message>
        <location line="+156" />
        <location line="+13" />
        <source>%1: %2</source>
        <comment>a document's id and what it lacks</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <source>%1 has no text in Bokmål; the Bokmål document shows the English text, marked as not translated</source>
        <translation>%1 har ingen tekst på bokmål; dokumentet på bokmål viser den engelske teksten, merket som ikke oversatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has no text in English; the English document shows the Bokmål text, marked as not translated</source>
        <translation>%1 har ingen tekst på engelsk; dokumentet på engelsk viser bokmålsteksten, merket som ikke oversatt</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Check that the disk has space for the package.</source>
        <translation>Kontroller at det er plass til pakken på disken.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::PackageReader</name>
    <message>
        <location filename="../modules/packaging/PackageReader.cpp" line="+86" />
        <source>%1 does not exist</source>
        <translation>%1 finnes ikke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the path.</source>
        <translation>Kontroller stien.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+251" />
        <source>package rejected: %1</source>
        <translation>pakken er avvist: %1</translation>
    </message>
    <message>
        <location line="-306" />
        <location line="+56" />
        <source>The package was not made by Veiviser or has been tampered with; do not use it.</source>
        <translation>Pakken er ikke laget av Veiviser eller er endret av noen; ikke bruk den.</translation>
    </message>
    <message>
        <location line="-57" />
        <source>%1: the package was not verified and extracted</source>
        <translation>%1: pakken er ikke kontrollert og pakket ut</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: '%2' is named as a file of kind %3, but the manifest lists it as %4</source>
        <translation>%1: «%2» er oppgitt som en fil av typen %3, men manifestet oppgir den som %4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' is named inside the package but is not one of its files</source>
        <translation>%1: «%2» er nevnt inne i pakken, men er ikke en av filene i den</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 exists already</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packages are extracted only into a new folder.</source>
        <translation>Pakker pakkes bare ut i en ny mappe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot create %1: %2</source>
        <translation>kan ikke lage %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it is not a ZIP file (%1)</source>
        <translation>den er ikke en ZIP-fil (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>the ZIP structure is damaged after %n entries (%1)</source>
        <translation>
            <numerusform>ZIP-strukturen er skadet etter %n oppføring (%1)</numerusform>
            <numerusform>ZIP-strukturen er skadet etter %n oppføringer (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has more than %1 entries</source>
        <translation>den har mer enn %1 oppføringer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an entry's name is not valid UTF-8</source>
        <translation>navnet på en oppføring er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the entry '%1' is a %2, not a regular file</source>
        <translation>oppføringen «%1» er en %2, ikke en vanlig fil</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry '%1' is encrypted</source>
        <translation>oppføringen «%1» er kryptert</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the name '%1' occurs twice (names may not differ only in case)</source>
        <translation>navnet «%1» forekommer to ganger (navn kan ikke skille seg bare ved store og små bokstaver)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the entry '%1' is larger than the limit of %2 bytes</source>
        <translation>oppføringen «%1» er større enn grensen på %2 byte</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+40" />
        <source>its content is larger than the limit of %1 bytes</source>
        <translation>innholdet er større enn grensen på %1 byte</translation>
    </message>
    <message>
        <location line="-36" />
        <location line="+47" />
        <source>the entry '%1' is too large to read</source>
        <translation>oppføringen «%1» er for stor til å leses</translation>
    </message>
    <message>
        <location line="-37" />
        <source>the entry '%1' cannot be extracted safely (%2)</source>
        <translation>oppføringen «%1» kan ikke pakkes ut trygt (%2)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the entry '%1' cannot be read (%2)</source>
        <translation>oppføringen «%1» kan ikke leses (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry '%1' has holes</source>
        <translation>oppføringen «%1» har hull</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry '%1' is larger than it says or than the limit</source>
        <translation>oppføringen «%1» er større enn den oppgir eller enn grensen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the entry '%1' expands more than %2 times (a compression bomb)</source>
        <translation>oppføringen «%1» utvides mer enn %2 ganger (en komprimeringsbombe)</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>cannot write '%1' into %2: %3</source>
        <translation>kan ikke skrive «%1» til %2: %3</translation>
    </message>
    <message>
        <location line="-2" />
        <source>the entry '%1' is shorter than it says</source>
        <translation>oppføringen «%1» er kortere enn den oppgir</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it has no manifest.json; it is not a Veiviser package</source>
        <translation>den har ingen manifest.json; den er ikke en pakke fra Veiviser</translation>
    </message>
    <message>
        <location line="+6" />
        <source>manifest.json is not in its canonical form (it was edited)</source>
        <translation>manifest.json er ikke i kanonisk form (den er redigert)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is missing</source>
        <translation>%1 mangler</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has %2 bytes; the manifest says %3</source>
        <translation>%1 har %2 byte; manifestet sier %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 does not match its SHA-256 in the manifest (it was changed)</source>
        <translation>%1 stemmer ikke med sin SHA-256 i manifestet (den er endret)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not listed in the manifest (an extra file)</source>
        <translation>%1 står ikke i manifestet (en ekstra fil)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>manifest.sig or signer.pub is present, but the manifest names no signer</source>
        <translation>manifest.sig eller signer.pub finnes, men manifestet oppgir ingen signerer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the package is not signed, so who made it cannot be checked</source>
        <translation>pakken er ikke signert, så det kan ikke kontrolleres hvem som laget den</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the package is not signed, so it cannot be checked against the key given</source>
        <translation>pakken er ikke signert, så den kan ikke kontrolleres mot den oppgitte nøkkelen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>manifest.sig is missing</source>
        <translation>manifest.sig mangler</translation>
    </message>
    <message>
        <location line="+7" />
        <source>manifest.sig is not a signature in the expected form</source>
        <translation>manifest.sig er ikke en signatur i forventet form</translation>
    </message>
    <message>
        <location line="+2" />
        <source>manifest.sig does not verify: the manifest was changed or signed by another key</source>
        <translation>manifest.sig kan ikke verifiseres: manifestet er endret eller signert med en annen nøkkel</translation>
    </message>
    <message>
        <location line="+5" />
        <source>signer.pub is missing</source>
        <translation>signer.pub mangler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signer.pub is not the key the manifest names</source>
        <translation>signer.pub er ikke nøkkelen manifestet oppgir</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the package is signed by %1, not by the key given (%2)</source>
        <translation>pakken er signert av %1, ikke av den oppgitte nøkkelen (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the ZIP header of %1 (at byte %2) differs from the canonical form</source>
        <translation>ZIP-hodet til %1 (ved byte %2) avviker fra den kanoniske formen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the ZIP directory (at byte %1) differs from the canonical form</source>
        <translation>ZIP-katalogen (ved byte %1) avviker fra den kanoniske formen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 bytes; the canonical package has %2</source>
        <translation>filen har %1 byte; den kanoniske pakken har %2</translation>
    </message>
</context>
<context>
    <name>vv::packaging::PublicKey</name>
    <message>
        <location filename="../modules/packaging/Signing.cpp" line="+138" />
        <source>%1 is not a PEM public key</source>
        <translation>%1 er ikke en offentlig nøkkel i PEM-format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the public key file that 'veiviser-cli keys generate' wrote (%1).</source>
        <translation>Gi filen med den offentlige nøkkelen som 'veiviser-cli keys generate' skrev (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not an Ed25519 key</source>
        <translation>%1 er ikke en Ed25519-nøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'.</source>
        <translation>Veiviser signerer med Ed25519; lag en nøkkel med 'veiviser-cli keys generate'.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not an Ed25519 public key (it has %2 bytes, not 32)</source>
        <translation>%1 er ikke en offentlig Ed25519-nøkkel (den har %2 byte, ikke 32)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a valid Ed25519 public key: %2</source>
        <translation>%1 er ikke en gyldig offentlig Ed25519-nøkkel: %2</translation>
    </message>
</context>
<context>
    <name>vv::packaging::Registration</name>
    <message>
        <location filename="../modules/packaging/Registration.cpp" line="+33" />
        <source>Correct the registration file; its shape is in docs/registration.md.</source>
        <translation>Rett registreringsfilen; formen står i docs/registration.md.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a field needs an id, a point and a label in nb and en</source>
        <translation>et felt trenger en id, et punkt og en ledetekst på nb og en</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the field '%1' needs a list 'from' (empty when Veiviser holds nothing for it)</source>
        <translation>feltet «%1» trenger en liste «from» (tom når Veiviser ikke har noe for det)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the field '%1' names '%2'; a source is detail:KEY or project:name|system_version</source>
        <translation>feltet «%1» viser til «%2»; en kilde er detail:NØKKEL eller project:name|system_version</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a section needs an id, a basis, either a requirement or the reason for a voluntary entry, a title and a visibility</source>
        <translation>en del trenger en id, et rettsgrunnlag, enten et krav eller begrunnelsen for en frivillig oppføring, en tittel og en synlighet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>section %1 has no fields</source>
        <translation>del %1 har ingen felt</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the file needs a list 'formats'</source>
        <translation>filen trenger en liste «formats»</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a format needs an id, a title, a source and sections</source>
        <translation>et format trenger en id, en tittel, en kilde og deler</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the installed guidance has no requirement %1, which the registration %2 names</source>
        <translation>den installerte veiledningen har ikke kravet %1, som registreringen %2 viser til</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install the guidance packs that come with this version of Veiviser.</source>
        <translation>Installer veiledningspakkene som følger med denne versjonen av Veiviser.</translation>
    </message>
    <message>
        <location line="+145" />
        <source>%1: the names %2 are not in the registration's data</source>
        <translation>%1: navnene %2 finnes ikke i dataene for registreringen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check their spelling against docs/registration.md.</source>
        <translation>Kontroller skrivemåten mot docs/registration.md.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown document format '%1'</source>
        <translation>ukjent dokumentformat «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give html, pdf or docx.</source>
        <translation>Oppgi html, pdf eller docx.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no PDF printer is available</source>
        <translation>ingen PDF-skriver er tilgjengelig</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the PDF step returned %1 documents instead of 1</source>
        <translation>PDF-trinnet ga %1 dokumenter i stedet for 1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::Review</name>
    <message>
        <location filename="../modules/packaging/Review.cpp" line="+61" />
        <source>cannot create a temporary folder: %1</source>
        <translation>kan ikke opprette en midlertidig mappe: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the package does not verify: %1</source>
        <translation>pakken kan ikke verifiseres: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the sender for the package again; do not review a package that does not verify.</source>
        <translation>Be avsenderen om pakken på nytt; ikke gjennomgå en pakke som ikke kan verifiseres.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the package has no assessment export to review</source>
        <translation>pakken har ingen vurderingseksport å gjennomgå</translation>
    </message>
    <message>
        <location line="+61" />
        <source>the evidence file %1 does not match the assessment export</source>
        <translation>dokumentasjonsfilen %1 stemmer ikke med vurderingseksporten</translation>
    </message>
    <message>
        <location line="+78" />
        <source>cannot create %1</source>
        <translation>kan ikke opprette %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the folder and its permissions.</source>
        <translation>Kontroller mappen og tilgangene til den.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 is too large to read here (%2 bytes)</source>
        <translation>%1 er for stor til å leses her (%2 byte)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not in the reviewed package</source>
        <translation>%1 finnes ikke i den gjennomgåtte pakken</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is not a review project</source>
        <translation>%1 er ikke et gjennomgangsprosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make one with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</source>
        <translation>Lag et med 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The review file is damaged or not a Veiviser review.</source>
        <translation>Gjennomgangsfilen er skadet eller ikke en gjennomgang fra Veiviser.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a Veiviser review file</source>
        <translation>dette er ikke en gjennomgangsfil fra Veiviser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 was written by a newer Veiviser</source>
        <translation>%1 er skrevet av en nyere Veiviser</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Update Veiviser to import it.</source>
        <translation>Oppdater Veiviser for å importere den.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it does not name the package it reviews</source>
        <translation>den oppgir ikke pakken den gjennomgår</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no findings list</source>
        <translation>den har ingen liste over funn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a finding lacks a requirement or has an unknown verdict</source>
        <translation>et funn mangler krav eller har en ukjent vurdering</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its audit head is not an entry number and a SHA-256</source>
        <translation>revisjonshodet er ikke et oppføringsnummer og en SHA-256</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the signature is not Ed25519</source>
        <translation>signaturen er ikke Ed25519</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the signature's public key is not valid</source>
        <translation>signaturens offentlige nøkkel er ikke gyldig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the signature does not verify; the review was changed after it was signed</source>
        <translation>%1: signaturen kan ikke verifiseres; gjennomgangen er endret etter at den ble signert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the reviewer to send it again.</source>
        <translation>Be den som gjennomgikk, om å sende den på nytt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the fingerprint does not match the signature's key</source>
        <translation>fingeravtrykket stemmer ikke med signaturens nøkkel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is signed by %2, not by the key given (%3)</source>
        <translation>%1 er signert av %2, ikke av den oppgitte nøkkelen (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not signed, so who wrote it cannot be checked</source>
        <translation>%1 er ikke signert, så det kan ikke kontrolleres hvem som skrev den</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the reviewer for a signed review, or import it with --allow-unsigned.</source>
        <translation>Be om en signert gjennomgang, eller importer den med --allow-unsigned.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not signed, so it cannot be checked against the key given</source>
        <translation>%1 er ikke signert, så den kan ikke kontrolleres mot den oppgitte nøkkelen</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 reviews a package this project did not build (manifest %2)</source>
        <translation>%1 gjennomgår en pakke som dette prosjektet ikke har bygget (manifest %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the review into the project that built the package.</source>
        <translation>Importer gjennomgangen i prosjektet som bygget pakken.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::SigningKey</name>
    <message>
        <location filename="../modules/packaging/Signing.cpp" line="-88" />
        <source>%1 is too large to be a key file</source>
        <translation>%1 er for stor til å være en nøkkelfil</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+189" />
        <source>%1 exists already</source>
        <translation>%1 finnes allerede</translation>
    </message>
    <message>
        <location line="-188" />
        <location line="+189" />
        <source>Key files are never overwritten; choose another folder.</source>
        <translation>Nøkkelfiler overskrives aldri; velg en annen mappe.</translation>
    </message>
    <message>
        <location line="-187" />
        <source>cannot create %1: %2</source>
        <translation>kan ikke lage %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot write %1 to disk</source>
        <translation>kan ikke skrive %1 til disk</translation>
    </message>
    <message>
        <location line="+95" />
        <source>cannot make an Ed25519 key: %1</source>
        <translation>kan ikke lage en Ed25519-nøkkel: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the key %1 is protected by a passphrase</source>
        <translation>nøkkelen %1 er beskyttet med en passordfrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the passphrase with --passphrase-file FILE.</source>
        <translation>Gi passordfrasen med --passphrase-file FIL.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot unlock the key %1: wrong passphrase</source>
        <translation>kan ikke låse opp nøkkelen %1: feil passordfrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the passphrase file.</source>
        <translation>Kontroller filen med passordfrasen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not a PEM private key</source>
        <translation>%1 er ikke en privat nøkkel i PEM-format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the private key file that 'veiviser-cli keys generate' wrote (%1).</source>
        <translation>Gi filen med den private nøkkelen som 'veiviser-cli keys generate' skrev (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not an Ed25519 key</source>
        <translation>%1 er ikke en Ed25519-nøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'.</source>
        <translation>Veiviser signerer med Ed25519; lag en nøkkel med 'veiviser-cli keys generate'.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>no key to write</source>
        <translation>ingen nøkkel å skrive</translation>
    </message>
    <message>
        <location line="+12" />
        <source>cannot create the folder %1: %2</source>
        <translation>kan ikke lage mappen %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a folder you may write to.</source>
        <translation>Velg en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a folder</source>
        <translation>%1 er ikke en mappe</translation>
    </message>
    <message>
        <location line="+30" />
        <source>cannot encode the private key: %1</source>
        <translation>kan ikke kode den private nøkkelen: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no key to sign with</source>
        <translation>ingen nøkkel å signere med</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot sign: %1</source>
        <translation>kan ikke signere: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the passphrase file %1 is empty</source>
        <translation>filen med passordfrasen %1 er tom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the passphrase on the file's first line.</source>
        <translation>Skriv passordfrasen på første linje i filen.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::TemplateLibrary</name>
    <message>
        <location filename="../modules/packaging/TemplateLibrary.cpp" line="+51" />
        <source>%1, field %2: the detail '%3' is not in details.json</source>
        <translation>%1, felt %2: opplysningen «%3» finnes ikke i details.json</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, section %2: no pack has the requirement %3</source>
        <translation>%1, del %2: ingen pakke har kravet %3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>the name '%1' is not in the document data</source>
        <translation>navnet «%1» finnes ikke i dokumentdataene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check its spelling against docs/packages.md, "Template data".</source>
        <translation>Sjekk stavemåten mot docs/packages.md, «Template data».</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>the document templates in %1 have %n problem(s): %2</source>
        <translation>
            <numerusform>dokumentmalene i %1 har %n problem: %2</numerusform>
            <numerusform>dokumentmalene i %1 har %n problemer: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run 'veiviser-cli templates check %1' for all of them.</source>
        <translation>Kjør 'veiviser-cli templates check %1' for å se alle.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>unknown detail '%1'</source>
        <translation>ukjent detalj «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'veiviser-cli details list FILE' shows the details; the GSPR checklist's are gspr.POINT.FIELD.</source>
        <translation>«veiviser-cli details list FIL» viser detaljene; GSPR-sjekklistens heter gspr.PUNKT.FELT.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::TraceSheet</name>
    <message>
        <location filename="../modules/packaging/TraceSheet.cpp" line="+95" />
        <source>could not make a temporary folder for the traceability sheet: %1</source>
        <translation>kunne ikke lage en midlertidig mappe for sporbarhetsarket: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>could not start the traceability sheet</source>
        <translation>kunne ikke starte sporbarhetsarket</translation>
    </message>
    <message>
        <location line="+24" />
        <source>could not write the traceability sheet: %1</source>
        <translation>kunne ikke skrive sporbarhetsarket: %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::ZipWriter</name>
    <message>
        <location filename="../modules/packaging/Zip.cpp" line="+202" />
        <source>'%1' cannot name a package entry: it must have 1 to 1024 bytes</source>
        <translation>«%1» kan ikke være navn på en pakkeoppføring: det må ha 1 til 1024 byte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' cannot name a package entry: only relative names with '/' are allowed</source>
        <translation>«%1» kan ikke være navn på en pakkeoppføring: bare relative navn med «/» er tillatt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' cannot name a package entry: empty, '.' and '..' parts are not allowed</source>
        <translation>«%1» kan ikke være navn på en pakkeoppføring: tomme deler, «.» og «..» er ikke tillatt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' cannot name a package entry: it holds a control character</source>
        <translation>«%1» kan ikke være navn på en pakkeoppføring: det inneholder et kontrolltegn</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+55" />
        <location line="+8" />
        <location line="+13" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Check that the disk has space for the package.</source>
        <translation>Kontroller at det er plass til pakken på disken.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>internal error: a package entry was started while another was open</source>
        <translation>intern feil: en pakkeoppføring ble startet mens en annen var åpen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>internal error: a package entry needs its size</source>
        <translation>intern feil: en pakkeoppføring trenger størrelsen sin</translation>
    </message>
    <message>
        <location line="+7" />
        <source>internal error: '%1' is in the package twice</source>
        <translation>intern feil: «%1» finnes to ganger i pakken</translation>
    </message>
    <message>
        <location line="+19" />
        <source>internal error: no package entry is open</source>
        <translation>intern feil: ingen pakkeoppføring er åpen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' has %2 bytes, not the %3 announced</source>
        <translation>«%1» har %2 byte, ikke de %3 som ble oppgitt</translation>
    </message>
    <message>
        <location line="+26" />
        <source>internal error: the package was finished with an entry open</source>
        <translation>intern feil: pakken ble avsluttet med en åpen oppføring</translation>
    </message>
</context>
<context>
    <name>vv::pdf::HtmlToPdf</name>
    <message>
        <location filename="../modules/pdf/HtmlToPdf.cpp" line="+131" />
        <source>%1: the document could not be loaded for printing.</source>
        <translation>%1: dokumentet kunne ikke lastes for utskrift.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: printing to PDF failed or took longer than two minutes.</source>
        <translation>%1: utskrift til PDF feilet eller tok mer enn to minutter.</translation>
    </message>
</context>
<context>
    <name>vv::risk::ChangeCheckEvaluation</name>
    <message>
        <location filename="../modules/risk/ChangePlan.cpp" line="+196" />
        <source>the run has no value of %1</source>
        <translation>kjøringen har ingen verdi for %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the estimate %1 is below %2</source>
        <translation>estimatet %1 er under %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the estimate %1 is above %2</source>
        <translation>estimatet %1 er over %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the interval's lower bound %1 is below %2</source>
        <translation>intervallets nedre grense %1 er under %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the interval's upper bound %1 is above %2</source>
        <translation>intervallets øvre grense %1 er over %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the run has no interval for %1</source>
        <translation>kjøringen har ikke noe intervall for %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the runs' cases were not available to compare</source>
        <translation>testtilfellene til kjøringene var ikke tilgjengelige for sammenligning</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the approved run %1 cannot be read: %2</source>
        <translation>den godkjente kjøringen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>test runs %1 and %2 share no graded case</source>
        <translation>testkjøring %1 og %2 har ingen vurderte testtilfeller felles</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the pass rate fell by %1 on %2 paired cases, more than %3</source>
        <translation>beståttandelen falt med %1 på %2 parede testtilfeller, mer enn %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the paired interval's lower bound %1 is below %2</source>
        <translation>det parede intervallets nedre grense %1 er under %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 paired cases against run %2; %3 regressions, %4 improvements</source>
        <translation>%1 parede testtilfeller mot kjøring %2; %3 med tilbakegang, %4 med forbedring</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the run has no subgroups</source>
        <translation>kjøringen har ingen undergrupper</translation>
    </message>
    <message>
        <location line="+116" />
        <source>test run %1 is not completed</source>
        <translation>testkjøring %1 er ikke fullført</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the run rests on %1, the plan asks for at least %2</source>
        <translation>kjøringen bygger på %1, planen krever minst %2</translation>
    </message>
</context>
<context>
    <name>vv::risk::ChangePlanReader</name>
    <message>
        <location line="-365" />
        <source>the change control plan</source>
        <translation>planen for endringskontroll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the change control plan needs 'title' and 'modifications'</source>
        <translation>planen for endringskontroll trenger 'title' og 'modifications'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'modifications' must be a list of 1 to %1 planned modifications</source>
        <translation>'modifications' må være en liste med 1 til %1 planlagte endringer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the modification '%1' is planned twice</source>
        <translation>endringen '%1' er planlagt to ganger</translation>
    </message>
    <message>
        <location line="+12" />
        <source>a planned modification</source>
        <translation>en planlagt endring</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a planned modification needs '%1'</source>
        <translation>en planlagt endring trenger '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FDA's PCCP guidance asks for the modification, its protocol and its impact assessment.</source>
        <translation>FDAs veiledning om PCCP krever beskrivelse av endringen, protokollen og konsekvensvurderingen.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a valid modification id (lowercase letters, digits, '-', '_')</source>
        <translation>'%1' er ikke en gyldig id for en endring (små bokstaver, sifre, '-', '_')</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'changes' is one of %1, not '%2'</source>
        <translation>'changes' er en av %1, ikke '%2'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'criteria' must be a list of 1 to %1 acceptance criteria</source>
        <translation>'criteria' må være en liste med 1 til %1 akseptkriterier</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a modification protocol</source>
        <translation>en endringsprotokoll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a modification protocol needs 'data', 'method' and 'validation'</source>
        <translation>en endringsprotokoll trenger 'data', 'method' og 'validation'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a paired criterion needs both 'paired_with' and 'max_drop'</source>
        <translation>et paret kriterium trenger både 'paired_with' og 'max_drop'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: {metric: pass_rate, paired_with: 3, max_drop: 0.02}.</source>
        <translation>For eksempel: {metric: pass_rate, paired_with: 3, max_drop: 0.02}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a paired criterion compares pass rates; its metric must be 'pass_rate'</source>
        <translation>et paret kriterium sammenligner beståttandeler; målet må være 'pass_rate'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a paired criterion takes no other limit</source>
        <translation>et paret kriterium kan ikke ha andre grenser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the limits on the run's own numbers as a criterion of their own.</source>
        <translation>Skriv grensene for kjøringens egne tall som et eget kriterium.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'max_drop' is a proportion from 0 to 1 (0.02 for 2 percentage points)</source>
        <translation>'max_drop' er en andel fra 0 til 1 (0.02 for 2 prosentpoeng)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>an acceptance criterion</source>
        <translation>et akseptkriterium</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an acceptance criterion needs 'metric'</source>
        <translation>et akseptkriterium trenger 'metric'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the criterion on '%1' has no limit</source>
        <translation>kriteriet for '%1' har ingen grense</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give lower, upper, interval_lower or interval_upper.</source>
        <translation>Oppgi lower, upper, interval_lower eller interval_upper.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the criterion on '%1' has its limits reversed</source>
        <translation>kriteriet for '%1' har grensene i feil rekkefølge</translation>
    </message>
    <message>
        <location line="+194" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 er større enn %2 byte</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the project's change control plan</source>
        <translation>prosjektets plan for endringskontroll</translation>
    </message>
</context>
<context>
    <name>vv::risk::RiskFile</name>
    <message>
        <location filename="../modules/risk/RiskFile.cpp" line="+36" />
        <source>there is no requirement %1 in the installed guidance</source>
        <translation>det finnes ikke noe krav %1 i den installerte veiledningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'requirements FILE' lists the project's requirements.</source>
        <translation>'requirements FIL' viser prosjektets krav.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>there is no hazard category '%1'</source>
        <translation>det finnes ingen farekategori '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The categories are %1 and other.</source>
        <translation>Kategoriene er %1 og other.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The matrix has severity 1–%1 and probability 1–%2.</source>
        <translation>Matrisen har alvorlighet 1–%1 og sannsynlighet 1–%2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>hazard %1's initial risk (%2, %3) is not on the matrix</source>
        <translation>den opprinnelige risikoen for fare %1 (%2, %3) finnes ikke i matrisen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>hazard %1's residual risk is not on the matrix</source>
        <translation>den gjenværende risikoen for fare %1 finnes ikke i matrisen</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the control names a new hazard %1 that is not in the file</source>
        <translation>tiltaket nevner en ny fare %1 som ikke finnes i mappen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add that hazard first (ISO 14971 7.5).</source>
        <translation>Legg til den faren først (ISO 14971 punkt 7.5).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no test run %1</source>
        <translation>det finnes ingen testkjøring %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The validation page lists the project's test runs with their numbers.</source>
        <translation>Valideringssiden viser prosjektets testkjøringer med numrene deres.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no evidence item %1</source>
        <translation>det finnes ikke noe dokumentasjonselement %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'evidence list FILE' lists the items.</source>
        <translation>'evidence list FIL' viser elementene.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>hazard %1 has a level that the new matrix does not have</source>
        <translation>fare %1 har et nivå som den nye matrisen ikke har</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-estimate the hazard on the new scales first, or keep their number of levels.</source>
        <translation>Vurder faren på nytt etter de nye skalaene først, eller behold antallet nivåer.</translation>
    </message>
</context>
<context>
    <name>vv::risk::RiskModelReader</name>
    <message>
        <location filename="../modules/risk/RiskModel.cpp" line="+31" />
        <source>the risk model</source>
        <translation>risikomodellen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the risk model needs 'matrix' and 'categories'</source>
        <translation>risikomodellen trenger 'matrix' og 'categories'</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the risk matrix</source>
        <translation>risikomatrisen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the risk matrix needs '%1' as a non-empty list</source>
        <translation>risikomatrisen trenger '%1' som en liste som ikke er tom</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'categories' must be a list of 1 to %1 hazard categories</source>
        <translation>'categories' må være en liste med 1 til %1 farekategorier</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a hazard category</source>
        <translation>en farekategori</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a hazard category needs 'id', 'name', 'description' and 'sources'</source>
        <translation>en farekategori trenger 'id', 'name', 'description' og 'sources'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a valid category id (lowercase letters, digits, '_')</source>
        <translation>'%1' er ikke en gyldig kategori-id (små bokstaver, sifre, '_')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the category '%1' is defined twice</source>
        <translation>kategorien '%1' er definert to ganger</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the %1 scale has more than %2 levels</source>
        <translation>skalaen for %1 har mer enn %2 nivåer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a level of the %1 scale</source>
        <translation>et nivå på skalaen for %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a level needs 'level', 'name' and 'description'</source>
        <translation>et nivå trenger 'level', 'name' og 'description'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the %1 levels must be numbered 1, 2, 3, … in order</source>
        <translation>nivåene for %1 må nummereres 1, 2, 3, … i rekkefølge</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a region of the risk matrix</source>
        <translation>et område i risikomatrisen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a region needs 'id', 'name' and 'acceptable'</source>
        <translation>et område trenger 'id', 'name' og 'acceptable'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a valid region id</source>
        <translation>'%1' er ikke en gyldig id for et område</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the region '%1' is defined twice</source>
        <translation>området '%1' er definert to ganger</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no region of the matrix is acceptable</source>
        <translation>ingen områder i matrisen er akseptable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The risk management plan's criteria must let some risks be accepted.</source>
        <translation>Kriteriene i planen for risikostyring må la noen risikoer bli akseptert.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'cells' needs one row per severity level (%1), not %2</source>
        <translation>'cells' trenger én rad per alvorlighetsnivå (%1), ikke %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>each row of 'cells' needs one region per probability level (%1)</source>
        <translation>hver rad i 'cells' trenger ett område per sannsynlighetsnivå (%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' in 'cells' is not one of the regions</source>
        <translation>'%1' i 'cells' er ikke et av områdene</translation>
    </message>
    <message>
        <location line="+8" />
        <source>category '%1' needs its sources as a non-empty list</source>
        <translation>kategorien '%1' trenger kildene sine som en liste som ikke er tom</translation>
    </message>
    <message>
        <location line="+101" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 er større enn %2 byte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the project's risk matrix</source>
        <translation>prosjektets risikomatrise</translation>
    </message>
</context>
<context>
    <name>vv::risk::TraceMatrix</name>
    <message>
        <location filename="../modules/risk/TraceMatrix.cpp" line="+15" />
        <source>requirement without trace</source>
        <translation>krav uten sporing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hazard without control</source>
        <translation>fare uten tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control without verification</source>
        <translation>tiltak uten verifisering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verification not found</source>
        <translation>verifiseringen finnes ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verification failed</source>
        <translation>verifiseringen feilet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verification for an older version</source>
        <translation>verifisering for en eldre versjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stale evidence</source>
        <translation>utdatert dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>residual risk not estimated</source>
        <translation>gjenværende risiko ikke vurdert</translation>
    </message>
</context>
<context>
    <name>vv::secrets::Keychain</name>
    <message>
        <location filename="../modules/secrets/Keychain.cpp" line="+22" />
        <source>a keychain entry name must be 1 to %1 characters</source>
        <translation>navnet på en oppføring i nøkkelringen må ha 1 til %1 tegn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a short name such as openai-prod.</source>
        <translation>Velg et kort navn, for eksempel openai-prod.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the keychain entry name '%1' contains a control character</source>
        <translation>navnet '%1' på oppføringen i nøkkelringen inneholder et kontrolltegn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use letters, digits and punctuation only.</source>
        <translation>Bruk bare bokstaver, sifre og skilletegn.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>the keychain could not be used for '%1': %2</source>
        <translation>nøkkelringen kunne ikke brukes for '%1': %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make sure a keychain service (on Linux: GNOME Keyring or KWallet) runs and is unlocked in this session, or give the secret through an environment variable instead.</source>
        <translation>Sørg for at en nøkkelringtjeneste (på Linux: GNOME Keyring eller KWallet) kjører og er låst opp i denne økten, eller gi hemmeligheten i en miljøvariabel i stedet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the program's main thread did not take the request within %1 seconds</source>
        <translation>programmets hovedtråd tok ikke imot forespørselen innen %1 sekunder</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+27" />
        <location line="+18" />
        <source>it did not answer within %1 seconds</source>
        <translation>den svarte ikke innen %1 sekunder</translation>
    </message>
    <message>
        <location line="-38" />
        <source>the keychain entry '%1' holds more than %2 bytes</source>
        <translation>oppføringen '%1' i nøkkelringen inneholder mer enn %2 byte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the secret again with 'veiviser-cli secret set'.</source>
        <translation>Lagre hemmeligheten på nytt med 'veiviser-cli secret set'.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a secret must be 1 to %1 bytes long</source>
        <translation>en hemmelighet må være 1 til %1 byte lang</translation>
    </message>
</context>
<context>
    <name>vv::tracking::ChangeControl</name>
    <message>
        <location filename="../modules/tracking/ChangeControl.cpp" line="+28" />
        <source>no temporary folder for the check's document: %1</source>
        <translation>ingen midlertidig mappe for kontrollens dokument: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change check %1: %2 on test run %3</source>
        <translation>Endringskontroll %1: %2 på testkjøring %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the check's document was not imported</source>
        <translation>kontrollens dokument ble ikke importert</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Planned modification %1 did not meet its acceptance criteria</source>
        <translation>Den planlagte endringen %1 oppfylte ikke akseptkriteriene</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change check %1 of test run %2: %3</source>
        <translation>Endringskontroll %1 av testkjøring %2: %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: there is no requirement %2 in the installed guidance</source>
        <translation>%1: det finnes ikke noe krav %2 i den installerte veiledningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'requirements FILE' lists the project's requirements.</source>
        <translation>'requirements FIL' viser prosjektets krav.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the project has no change control plan</source>
        <translation>prosjektet har ingen plan for endringskontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with 'pccp plan FILE --from PLAN.yaml' (docs/risk.md).</source>
        <translation>Lagre en med 'pccp plan FIL --from PLAN.yaml' (docs/risk.md).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the change control plan has no modification '%1'</source>
        <translation>planen for endringskontroll har ingen endring '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its modifications are %1.</source>
        <translation>Endringene i den er %1.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>check %1 is stored, but not filed as evidence</source>
        <translation>kontroll %1 er lagret, men ikke arkivert som dokumentasjon</translation>
    </message>
    <message>
        <location line="+8" />
        <source>check %1 is stored, but no deviation was opened</source>
        <translation>kontroll %1 er lagret, men det ble ikke åpnet noe avvik</translation>
    </message>
</context>
<context>
    <name>vv::tracking::Portfolio</name>
    <message>
        <location filename="../modules/tracking/Portfolio.cpp" line="+174" />
        <source>provider</source>
        <translation>tilbyder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deployer</source>
        <translation>idriftsetter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>provider and deployer</source>
        <translation>tilbyder og idriftsetter</translation>
    </message>
    <message>
        <location line="+11" />
        <source> (%1 overdue)</source>
        <translation> (%1 på overtid)</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (by %1)</source>
        <translation> (innen %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expired (review was due %1)</source>
        <translation>utløpt (gjennomgangen skulle vært gjort %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>review by %1</source>
        <translation>gjennomgås innen %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approved %1, no review date</source>
        <translation>godkjent %1, ingen dato for gjennomgang</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not approved</source>
        <translation>ikke godkjent</translation>
    </message>
    <message>
        <location line="+9" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MDR class</source>
        <translation>MDR-klasse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI Act risk</source>
        <translation>Risiko etter KI-forordningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High-risk route</source>
        <translation>Grunnlag for høyrisiko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DPIA review</source>
        <translation>Gjennomgang av DPIA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FRIA</source>
        <translation>FRIA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements met</source>
        <translation>Krav oppfylt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>På overtid</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>Open deviations</source>
        <translation>Åpne avvik</translation>
    </message>
    <message>
        <location line="-75" />
        <location line="+74" />
        <source>Incident reports due</source>
        <translation>Hendelsesrapporter som skal sendes</translation>
    </message>
    <message>
        <location line="-73" />
        <location line="+72" />
        <source>Open alarms</source>
        <translation>Åpne alarmer</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Last package</source>
        <translation>Siste pakke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot be read: %1</source>
        <translation>Kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (review)</source>
        <translation>%1 (gjennomgang)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(older format, version %1: open it in Veiviser to upgrade it)</source>
        <translation>(eldre format, versjon %1: åpne det i Veiviser for å oppgradere det)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Cannot be read</source>
        <translation>Kan ikke leses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements overdue</source>
        <translation>Krav på overtid</translation>
    </message>
    <message>
        <location line="+4" />
        <source>DPIA expired</source>
        <translation>DPIA utløpt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All in order</source>
        <translation>Alt i orden</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 is not a folder</source>
        <translation>%1 er ikke en mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name a folder of .veiviser project files, or a team database address (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>Oppgi en mappe med .veiviser-prosjektfiler, eller adressen til en teamdatabase (postgresql://BRUKER@VERT:PORT/DATABASE).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the folder %1 cannot be read</source>
        <translation>mappen %1 kan ikke leses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that you may read the folder.</source>
        <translation>Kontroller at du har lesetilgang til mappen.</translation>
    </message>
</context>
<context>
    <name>vv::ui</name>
    <message>
        <location filename="../modules/ui/Labels.cpp" line="+11" />
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
    <message>
        <location line="+8" />
        <source>Accepted</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deficiency</source>
        <translation>Mangel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../modules/ui/StatusStyle.cpp" line="+46" />
        <source>Does not apply</source>
        <translation>Gjelder ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not yet known</source>
        <translation>Ennå ikke avklart</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Ikke påbegynt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not applicable (justified)</source>
        <translation>Ikke aktuelt (begrunnet)</translation>
    </message>
    <message>
        <location line="+169" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not enough data</source>
        <translation>For lite data</translation>
    </message>
</context>
<context>
    <name>vv::ui::AboutDialog</name>
    <message>
        <location filename="../modules/ui/AboutDialog.cpp" line="+29" />
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
    <name>vv::ui::AnswerEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+71" />
        <source>answer to “%1”</source>
        <translation>svar på «%1»</translation>
    </message>
</context>
<context>
    <name>vv::ui::ChangeCheckModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="+355" />
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not met</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not enough data</source>
        <translation>For lite data</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modification</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test run</source>
        <translation>Testkjøring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked</source>
        <translation>Kontrollert</translation>
    </message>
</context>
<context>
    <name>vv::ui::ClassificationPage</name>
    <message>
        <location filename="../modules/ui/ClassificationPage.cpp" line="+318" />
        <location line="+105" />
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Nothing is missing for the classification.</source>
        <translation>Ingenting mangler for klassifiseringen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n question(s) still needed:</source>
        <translation>
            <numerusform>%n spørsmål gjenstår:</numerusform>
            <numerusform>%n spørsmål gjenstår:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68" />
        <source>How each regime classifies the system, worked out from your answers. Every outcome shows the rule that decided it and its legal source; follow an answer's link to change it.</source>
        <translation>Hvordan hvert regelverk klassifiserer systemet, utledet av svarene dine. Hvert resultat viser regelen som avgjorde det og rettskilden; følg lenken ved et svar for å endre det.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Continue the walkthrough</source>
        <translation>Fort&amp;sett gjennomgangen</translation>
    </message>
    <message>
        <location line="-373" />
        <source>MDR risk class</source>
        <translation>Risikoklasse etter MDR</translation>
    </message>
    <message>
        <location line="+4" />
        <source>AI Act risk tier</source>
        <translation>Risikonivå etter KI-forordningen</translation>
    </message>
    <message>
        <location line="-2" />
        <source>In-house exemption (MDR Art. 5(5))</source>
        <translation>Unntaket for egentilvirket utstyr (MDR art. 5 nr. 5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Transparency duties (AI Act Art. 50)</source>
        <translation>Åpenhetsplikter (KI-forordningen art. 50)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fundamental rights impact assessment (FRIA)</source>
        <translation>Vurdering av konsekvenser for grunnleggende rettigheter (FRIA)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Vurdering av personvernkonsekvenser (DPIA)</translation>
    </message>
    <message>
        <location line="+366" />
        <source>&amp;Reasons</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All &amp;outcomes</source>
        <translation>Alle resul&amp;tater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All outcomes</source>
        <translation>Alle resultater</translation>
    </message>
    <message>
        <location line="-68" />
        <source>Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.</source>
        <translation>Krav for prosjektets rolle: %1 gjelder, %2 gjelder ikke, %3 er ennå ikke avklart.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Outcomes</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Reasons and legal sources</source>
        <translation>Begrunnelser og rettskilder</translation>
    </message>
</context>
<context>
    <name>vv::ui::ControlListModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="-220" />
        <source>Inherent safety by design</source>
        <translation>Iboende sikkerhet gjennom design</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protective measure</source>
        <translation>Beskyttende tiltak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Information for safety</source>
        <translation>Sikkerhetsinformasjon</translation>
    </message>
    <message>
        <location line="+7" />
        <source>test run %1</source>
        <translation>testkjøring %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evidence #%1</source>
        <translation>dokumentasjon nr. %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>monitoring of %1</source>
        <translation>overvåking av %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>nothing yet</source>
        <translation>ingenting ennå</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verified by</source>
        <translation>Verifisert av</translation>
    </message>
</context>
<context>
    <name>vv::ui::DashboardPage</name>
    <message>
        <location filename="../modules/ui/DashboardPage.cpp" line="+215" />
        <location line="+254" />
        <source>Dashboard</source>
        <translation>Framdriftsoversikt</translation>
    </message>
    <message>
        <location line="-213" />
        <source>%1, system version %2 · status on %3</source>
        <translation>%1, systemversjon %2 · status per %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>done: %1 of %2 requirements that apply</source>
        <translation>ferdig: %1 av %2 krav som gjelder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due within %1 days</source>
        <translation>frist innen %1 dager</translation>
    </message>
    <message>
        <location line="+1" />
        <source>need review after a pack update</source>
        <translation>må gjennomgås etter en oppdatering av veiledningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>without evidence</source>
        <translation>uten dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stale evidence items</source>
        <translation>utdaterte dokumenter</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n requirement(s) overdue</source>
        <translation>
            <numerusform>%n krav har passert fristen</numerusform>
            <numerusform>%n krav har passert fristen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 requirements apply to this project, %2 do not apply.</source>
        <translation>%1 krav gjelder for dette prosjektet, %2 gjelder ikke.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>For %n more it is not yet known: answer the questions still needed in the walkthrough.</source>
        <translation>
            <numerusform>For %n krav til er det ennå ikke avklart: svar på spørsmålene som gjenstår i gjennomgangen.</numerusform>
            <numerusform>For %n krav til er det ennå ikke avklart: svar på spørsmålene som gjenstår i gjennomgangen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>Next question: “%1”</source>
        <translation>Neste spørsmål: «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 questions answered</source>
        <translation>%1 av %2 spørsmål besvart</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n still needed to decide which requirements apply</source>
        <translation>
            <numerusform>%n trengs fortsatt for å avgjøre hvilke krav som gjelder</numerusform>
            <numerusform>%n trengs fortsatt for å avgjøre hvilke krav som gjelder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Incident reports due could not be worked out: %1</source>
        <translation>Det kunne ikke regnes ut hvilke hendelsesrapporter som skal sendes: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (deviation %2): %3</source>
        <translation>%1 (avvik %2): %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>&amp;Incident reports not sent (%n overdue):</source>
        <translation>
            <numerusform>Hen&amp;delsesrapporter som ikke er sendt (%n forsinket):</numerusform>
            <numerusform>Hen&amp;delsesrapporter som ikke er sendt (%n forsinket):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Incident reports not sent:</source>
        <translation>Hen&amp;delsesrapporter som ikke er sendt:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>All requirements</source>
        <translation>Alle krav</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not applicable</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Requirements per guidance pack</source>
        <translation>Krav per veiledningspakke</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Continue where you left off</source>
        <translation>Fortsett der du slapp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Continue the walkthrough</source>
        <translation>F&amp;ortsett gjennomgangen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;ue or overdue</source>
        <translation>Fri&amp;st snart eller passert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs re&amp;view after a pack update</source>
        <translation>Må gjennomgås etter en o&amp;ppdatering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tale evidence</source>
        <translation>&amp;Utdatert dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing is due within %1 days.</source>
        <translation>Ingenting har frist innen %1 dager.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing needs review: every answer and status was given under the installed guidance.</source>
        <translation>Ingenting må gjennomgås: alle svar og statuser er gitt under den installerte veiledningen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No evidence has expired or concerns an older system version.</source>
        <translation>Ingen dokumentasjon er utløpt eller gjelder en eldre systemversjon.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements due or overdue</source>
        <translation>Krav med frist snart eller passert frist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements that need review</source>
        <translation>Krav som må gjennomgås</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stale evidence</source>
        <translation>Utdatert dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incident reports not sent</source>
        <translation>Hendelsesrapporter som ikke er sendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart: all requirements by status</source>
        <translation>Diagram: alle krav etter status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart: requirements per guidance pack by status</source>
        <translation>Diagram: krav per veiledningspakke etter status</translation>
    </message>
</context>
<context>
    <name>vv::ui::DetailsPage</name>
    <message>
        <location filename="../modules/ui/DetailsPage.cpp" line="+113" />
        <location line="+12" />
        <source>Document details</source>
        <translation>Dokumentdetaljer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The texts the documents need that no question asks: the intended purpose, the manufacturer, the signatory and more. Write each in Bokmål and in English; a document in a language without its text shows the other language's text, marked as not translated.</source>
        <translation>Tekstene dokumentene trenger som ingen spørsmål spør etter: tiltenkt formål, produsenten, den som signerer og mer. Skriv hver av dem på bokmål og på engelsk; et dokument på et språk der teksten mangler, viser teksten på det andre språket, merket som ikke oversatt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document whose details are shown</source>
        <translation>Dokumentet som detaljene vises for</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only &amp;missing or untranslated</source>
        <translation>Bare &amp;manglende eller uoversatte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save every changed text (%1)</source>
        <translation>Lagre alle endrede tekster (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vert</source>
        <translation>&amp;Angre endringene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the changes and show the saved texts</source>
        <translation>Glem endringene og vis de lagrede tekstene</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Every detail</source>
        <translation>Alle dokumentdetaljer</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 (%n not filled in)</source>
        <translation>
            <numerusform>%1 (%n ikke fylt ut)</numerusform>
            <numerusform>%1 (%n ikke fylt ut)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not translated</source>
        <translation>Ikke oversatt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed, not saved</source>
        <translation>Endret, ikke lagret</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · changed, not saved</source>
        <translation>%1 · endret, ikke lagret</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Saved %n text(s).</source>
        <translation>
            <numerusform>Lagret %n tekst.</numerusform>
            <numerusform>Lagret %n tekster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unsaved document details</source>
        <translation>Ulagrede dokumentdetaljer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some document details are changed but not saved. Save them before leaving the page?</source>
        <translation>Noen dokumentdetaljer er endret, men ikke lagret. Vil du lagre dem før du forlater siden?</translation>
    </message>
</context>
<context>
    <name>vv::ui::DeviationListModel</name>
    <message>
        <location filename="../modules/ui/DeviationModels.cpp" line="+14" />
        <source>sent %1</source>
        <translation>sendt %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline not known until the incident's questions are answered</source>
        <translation>fristen er ukjent til hendelsens spørsmål er besvart</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>FORSINKET med %n dag</numerusform>
            <numerusform>FORSINKET med %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag igjen</numerusform>
            <numerusform>%n dager igjen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>no report due</source>
        <translation>ingen melding påkrevd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>all reports sent</source>
        <translation>alle meldinger sendt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>deadline not known yet</source>
        <translation>fristen er ikke kjent ennå</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next report due</source>
        <translation>Neste meldefrist</translation>
    </message>
</context>
<context>
    <name>vv::ui::DeviationsPage</name>
    <message>
        <location filename="../modules/ui/DeviationsPage.cpp" line="+176" />
        <source>Deviations</source>
        <translation>Avvik og hendelser</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The incident reporting rules could not be read, so report deadlines are not shown: %1</source>
        <translation>Reglene for melding av hendelser kunne ikke leses, så meldefristene vises ikke: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>deadlines not available</source>
        <translation>fristene er ikke tilgjengelige</translation>
    </message>
    <message>
        <location line="+51" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: %2</source>
        <comment>a hazard's ref and text</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 (not in the risk file)</source>
        <translation>%1 (finnes ikke i risikostyringsmappen)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a deviation in the register.</source>
        <translation>Velg et avvik i registeret.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No deviations are recorded. Open one here, or from an alarm on the monitoring page.</source>
        <translation>Ingen avvik er registrert. Opprett et her, eller fra en alarm på siden Drift og overvåking.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deviation %1, closed %2. A closed deviation is kept as it was; open a new one that refers to it if the matter returns.</source>
        <translation>Avvik %1, lukket %2. Et lukket avvik beholdes slik det var; opprett et nytt som viser til det hvis saken kommer tilbake.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deviation %1, opened %2 by %3</source>
        <translation>Avvik %1, opprettet %2 av %3</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Someone else changed deviation %1 after you opened it (%2). The form now shows the saved version; make your changes again.</source>
        <translation>Noen andre endret avvik %1 etter at du åpnet det (%2). Skjemaet viser nå den lagrede versjonen; gjør endringene dine på nytt.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Deviation %1 is saved.</source>
        <translation>Avvik %1 er lagret.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Deviation %1 is closed.</source>
        <translation>Avvik %1 er lukket.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Deviations and incidents</source>
        <translation>Avvik og hendelser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every deviation is carried from discovery to a checked correction: what happened, why, what was corrected, and whether the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9). A serious incident also has reports to the authorities, each with its deadline (AI Act Art. 73, MDR Art. 87).</source>
        <translation>Hvert avvik følges fra det oppdages til rettingen er kontrollert: hva som skjedde, hvorfor, hva som ble rettet, og om rettingen virket (forskrift om ledelse og kvalitetsforbedring §§ 6–9). En alvorlig hendelse skal i tillegg meldes til myndighetene, hver melding med sin frist (KI-forordningen art. 73, MDR art. 87).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Se&amp;verity:</source>
        <translation>&amp;Alvorlighetsgrad:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Owner:</source>
        <translation>A&amp;nsvarlig:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assess&amp;ment:</source>
        <translation>Vur&amp;dering:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ca&amp;use:</source>
        <translation>Årsa&amp;k:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Co&amp;rrective action:</source>
        <translation>K&amp;orrigerende tiltak:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ha&amp;zard:</source>
        <translation>Far&amp;e:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;losing check:</source>
        <translation>Kontroll ved l&amp;ukking:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New deviation…</source>
        <translation>N&amp;ytt avvik…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close deviation</source>
        <translation>Lukk a&amp;vviket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saves the form and closes the deviation; the assessment, cause, corrective action and closing check must be written first.</source>
        <translation>Lagrer skjemaet og lukker avviket; vurdering, årsak, korrigerende tiltak og kontroll ved lukking må være skrevet først.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deviation register</source>
        <translation>Avviksregister</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hazard of the risk management file this deviation touches; the risk page lists the deviations about each hazard (ISO 14971 clause 10).</source>
        <translation>Faren i risikostyringsmappen som dette avviket gjelder; risikosiden viser avvikene for hver fare (ISO 14971 punkt 10).</translation>
    </message>
</context>
<context>
    <name>vv::ui::EngineConfigForm</name>
    <message>
        <location filename="../modules/ui/EngineConfigForm.cpp" line="+116" />
        <source>Choose a file</source>
        <translation>Velg en fil</translation>
    </message>
    <message>
        <location line="+132" />
        <source>Give the name of an environment variable that holds the key, not the key itself.</source>
        <translation>Skriv navnet på en miljøvariabel som inneholder nøkkelen, ikke selve nøkkelen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the name of a keychain entry that holds the key (veiviser-cli secret set).</source>
        <translation>Skriv navnet på en oppføring i nøkkelringen som inneholder nøkkelen (veiviser-cli secret set).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The key is read from the environment variable %1 when the run starts; it is never stored in the project.</source>
        <translation>Nøkkelen leses fra miljøvariabelen %1 når kjøringen starter; den lagres aldri i prosjektet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The environment variable %1 is not set for Veiviser; set it before starting Veiviser, or the run goes without a key.</source>
        <translation>Miljøvariabelen %1 er ikke satt for Veiviser. Sett den før du starter Veiviser, ellers kjører testen uten nøkkel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key is read from the keychain entry %1 when the run starts; it is never stored in the project.</source>
        <translation>Nøkkelen leses fra nøkkelring-oppføringen %1 når kjøringen starter; den lagres aldri i prosjektet.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Looking for the keychain entry %1…</source>
        <translation>Ser etter nøkkelring-oppføringen %1 …</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The keychain entry %1 exists; the key is read from it when the run starts and is never stored in the project.</source>
        <translation>Nøkkelring-oppføringen %1 finnes. Nøkkelen leses fra den når kjøringen starter, og lagres aldri i prosjektet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no keychain entry %1. Store the key with: veiviser-cli secret set %1</source>
        <translation>Det finnes ingen nøkkelring-oppføring %1. Lagre nøkkelen med: veiviser-cli secret set %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (required):</source>
        <translation>%1 (må fylles ut):</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Setting %1 (%2)</source>
        <translation>Innstillingen %1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>used for this run only; never stored</source>
        <translation>brukes bare i denne kjøringen; lagres aldri</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the keychain entry for %1 exists</source>
        <translation>Sjekk at nøkkelring-oppføringen for %1 finnes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Browse…</source>
        <translation>Bla gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a file for %1</source>
        <translation>Velg en fil for %1</translation>
    </message>
</context>
<context>
    <name>vv::ui::EngineListModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="+145" />
        <source>%1 (cannot be used)</source>
        <translation>%1 (kan ikke brukes)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 (not installed)</source>
        <translation>%1 %2 (ikke installert)</translation>
    </message>
</context>
<context>
    <name>vv::ui::EngineRunDialog</name>
    <message>
        <location filename="../modules/ui/EngineRunDialog.cpp" line="+226" />
        <location line="+399" />
        <source>(no suite)</source>
        <translation>(ingen testsamling)</translation>
    </message>
    <message>
        <location line="-383" />
        <source>%1 (other file)</source>
        <translation>%1 (annen fil)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a test suite</source>
        <translation>Velg en testsamling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test suites (*.yaml *.yml);;All files (*)</source>
        <translation>Testsamlinger (*.yaml *.yml);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Test run %1 cannot be resumed: it is completed, has no cases left to run, is an import (start a new one), or its engine %2 is missing or does not resume runs.</source>
        <translation>Testkjøring %1 kan ikke fortsettes: den er fullført, har ingen tilfeller igjen, er en import (start en ny), eller motoren %2 mangler eller kan ikke fortsette kjøringer.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Resuming test run %1 (%2 of %3 cases done): the finished cases are not run again. The settings must be the ones the run started with; secret values must be typed again.</source>
        <translation>Fortsetter testkjøring %1 (%2 av %3 tilfeller ferdige): de ferdige tilfellene kjøres ikke på nytt. Innstillingene må være de samme som da kjøringen startet; hemmelige verdier må skrives inn igjen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The run used the suite %1; choose that file with Other file….</source>
        <translation>Kjøringen brukte testsamlingen %1; velg den filen med Annen fil ….</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Resume run</source>
        <translation>&amp;Fortsett kjøringen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Run</source>
        <translation>&amp;Kjør</translation>
    </message>
    <message>
        <location line="+16" />
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <translation>ikke bestått</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>feil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not graded</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Open a project first: the run is stored in it.</source>
        <translation>Åpne et prosjekt først: kjøringen lagres i det.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose an engine that can run.</source>
        <translation>Velg en motor som kan kjøres.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Starting…</source>
        <translation>Starter …</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cancelling… the finished cases stay stored.</source>
        <translation>Avbryter … de ferdige tilfellene blir liggende lagret.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 tilfeller</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>about %n s left</source>
        <translation>
            <numerusform>omtrent %n sekund igjen</numerusform>
            <numerusform>omtrent %n sekunder igjen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>about %1 min %2 s left</source>
        <translation>omtrent %1 min %2 s igjen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Test run %1 was cancelled. The finished cases are stored; resume it from the list of test runs.</source>
        <translation>Testkjøring %1 ble avbrutt. De ferdige tilfellene er lagret; fortsett den fra listen over testkjøringer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test run %1 stopped: %2 The finished cases are stored; resume it from the list of test runs.</source>
        <translation>Testkjøring %1 stoppet: %2 De ferdige tilfellene er lagret; fortsett den fra listen over testkjøringer.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Test run %1 stopped and cannot be resumed: %2</source>
        <translation>Testkjøring %1 stoppet og kan ikke fortsettes: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The run was cancelled before it started; nothing was stored.</source>
        <translation>Kjøringen ble avbrutt før den startet; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Test run %1 is stored, but filing it as evidence failed: %2</source>
        <translation>Testkjøring %1 er lagret, men den kunne ikke arkiveres som dokumentasjon: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Test run %1 (%2 %3): %4.</source>
        <translation>Testkjøring %1 (%2 %3): %4.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 passed, %2 failed and %3 errored of %4 cases.</source>
        <translation>%1 bestått, %2 ikke bestått og %3 med feil av %4 tilfeller.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The failures came from the endpoint (no usable answer), not from the tests.</source>
        <translation>Feilene kom fra endepunktet (ikke noe brukbart svar), ikke fra testene.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The failures came from the tests: the endpoint answered, and the answers did not pass.</source>
        <translation>Feilene kom fra testene: endepunktet svarte, men svarene besto ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The failures came both from the endpoint (no usable answer) and from the tests.</source>
        <translation>Feilene kom både fra endepunktet (ikke noe brukbart svar) og fra testene.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filed as evidence %1, linked to %2.</source>
        <translation>Arkivert som dokumentasjon %1, koblet til %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Run an evaluation engine</source>
        <translation>Kjør en evalueringsmotor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation engines</source>
        <translation>Evalueringsmotorer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test &amp;suite:</source>
        <translation>Test&amp;samling:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test suite</source>
        <translation>Testsamling</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Other file…</source>
        <translation>&amp;Annen fil …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another test suite file</source>
        <translation>Velg en annen testsamlingsfil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run log</source>
        <translation>Kjørelogg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each case is listed here as it finishes.</source>
        <translation>Hvert tilfelle vises her når det er ferdig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary of the run</source>
        <translation>Sammendrag av kjøringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metrics of the run</source>
        <translation>Mål fra kjøringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Fremdrift</translation>
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
</context>
<context>
    <name>vv::ui::EvidenceLinkEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+56" />
        <source>link to “%1”</source>
        <translation>kobling til «%1»</translation>
    </message>
    <message>
        <location line="+0" />
        <source>removed link to “%1”</source>
        <translation>fjernet kobling til «%1»</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceListModel</name>
    <message>
        <location filename="../modules/ui/RequirementModels.cpp" line="+192" />
        <source>linked directly</source>
        <translation>koblet direkte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>through the crosswalk, from “%1”</source>
        <translation>via kryssreferansen, fra «%1»</translation>
    </message>
    <message>
        <location line="+12" />
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
        <source>How it counts</source>
        <translation>Hvordan den teller</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceMetadataEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+21" />
        <source>change to evidence “%1”</source>
        <translation>endring av dokumentet «%1»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no project is open</source>
        <translation>ingen prosjekter er åpne</translation>
    </message>
    <message>
        <location line="+6" />
        <source>evidence “%1” was changed by someone else in the meantime</source>
        <translation>dokumentet «%1» ble endret av noen andre i mellomtiden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload to see their change, then make yours again.</source>
        <translation>Last inn på nytt for å se endringen deres, og gjør så din endring igjen.</translation>
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
        <location line="+33" />
        <source>%1 (imported from %2)</source>
        <translation>%1 (importert fra %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Holds %n identity number(s); it cannot go into a package until someone confirms it.</source>
        <translation>
            <numerusform>Inneholder %n identitetsnummer; kan ikke tas med i en pakke før noen har bekreftet det.</numerusform>
            <numerusform>Inneholder %n identitetsnumre; kan ikke tas med i en pakke før noen har bekreftet det.</numerusform>
        </translation>
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
        <location filename="../modules/ui/EvidencePage.cpp" line="+187" />
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importerer %1 (%2 av %3)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Evidence library</source>
        <translation>Dokumentasjonsbibliotek</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop files or folders here to add them, or use the buttons. Each file is stored once in the project, checked for identity numbers, and can be linked to the requirements it supports.</source>
        <translation>Slipp filer eller mapper her for å legge dem til, eller bruk knappene. Hver fil lagres én gang i prosjektet, kontrolleres for identitetsnumre og kan kobles til kravene den dokumenterer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add f&amp;older…</source>
        <translation>Legg til &amp;mappe …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove…</source>
        <translation>Fj&amp;ern …</translation>
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
        <location filename="../modules/ui/EvidencePage.ui" line="+32" />
        <source>Confirm for packa&amp;ges…</source>
        <translation>Bekreft for &amp;pakker …</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Record why this item may be shared although it holds identity numbers.</source>
        <translation>Registrer hvorfor elementet kan deles selv om det inneholder identitetsnumre.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Re&amp;view state:</source>
        <translation>Gjennomg&amp;ang:</translation>
    </message>
    <message>
        <location line="+43" />
        <source>&amp;Author:</source>
        <translation>F&amp;orfatter:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Revie&amp;wer:</source>
        <translation>Ko&amp;ntrollør:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Effective fro&amp;m:</source>
        <translation>G&amp;jelder fra:</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.cpp" line="-11" />
        <source>Add fi&amp;les…</source>
        <translation>Legg til fi&amp;ler …</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport…</source>
        <translation>Eks&amp;porter …</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.ui" line="-60" />
        <source>Des&amp;cription:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Exp&amp;ires:</source>
        <translation>&amp;Utløper:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>S&amp;ystem version:</source>
        <translation>&amp;Systemversjon:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <location line="-189" />
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Review state</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reviewer</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Effective date</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Expiry date</source>
        <translation>Utløper</translation>
    </message>
    <message>
        <location line="+22" />
        <source>System version the evidence concerns</source>
        <translation>Systemversjonen dokumentasjonen gjelder</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="-98" />
        <source>Has an effective date</source>
        <translation>Har en gyldighetsdato</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Has an expiry date</source>
        <translation>Har en utløpsdato</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The version of the AI system this evidence concerns. Evidence for an older version than the project's is flagged.</source>
        <translation>Versjonen av KI-systemet denne dokumentasjonen gjelder. Dokumentasjon for en eldre versjon enn prosjektets blir merket.</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.cpp" line="+15" />
        <source>Linked requirements</source>
        <translation>Koblede krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement to link, by title or URN</source>
        <translation>Krav som skal kobles, med tittel eller URN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search by title, such as "oversight", or give a URN</source>
        <translation>Søk på tittel, for eksempel «tilsyn», eller oppgi en URN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Link</source>
        <translation>&amp;Lenk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove li&amp;nk</source>
        <translation>Ta &amp;bort lenke</translation>
    </message>
    <message>
        <location line="+165" />
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
        <translation>
            <numerusform>Inneholder %n norsk identitetsnummer</numerusform>
            <numerusform>Inneholder %n norske identitetsnumre</numerusform>
        </translation>
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
        <location line="+18" />
        <source>Through the crosswalk this evidence also counts towards: %1</source>
        <translation>Via kryssreferansen teller denne dokumentasjonen også for: %1</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Your change was not saved. Apply your change on top of theirs?</source>
        <translation>Endringen din ble ikke lagret. Vil du legge endringen din oppå deres?</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+14" />
        <location line="+9" />
        <source>select an evidence item first</source>
        <translation>velg et dokumentasjonselement først</translation>
    </message>
    <message>
        <location line="+46" />
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
        <location line="+31" />
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
        <location line="+16" />
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location line="+10" />
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
        <translation>
            <numerusform>La til %n nytt element</numerusform>
            <numerusform>La til %n nye elementer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) were in the library already</source>
        <translation>
            <numerusform>%n fil fantes allerede i biblioteket</numerusform>
            <numerusform>%n filer fantes allerede i biblioteket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them hold Norwegian identity numbers and need a confirmation before they can go into a package.</source>
        <translation>
            <numerusform>%n av dem inneholder norske identitetsnumre og må bekreftes før det kan tas med i en pakke.</numerusform>
            <numerusform>%n av dem inneholder norske identitetsnumre og må bekreftes før de kan tas med i en pakke.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them are empty (0 bytes).</source>
        <translation>
            <numerusform>%n av dem er tom (0 byte).</numerusform>
            <numerusform>%n av dem er tomme (0 byte).</numerusform>
        </translation>
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
        <location filename="../modules/ui/EvidenceViewer.cpp" line="+286" />
        <source>Highlighted as %1</source>
        <translation>Fargelagt som %1</translation>
    </message>
    <message>
        <location line="-197" />
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
        <location line="+39" />
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
        <translation>
            <numerusform>Viser den første raden av %1. Eksporter elementet for å se alt.</numerusform>
            <numerusform>Viser de første %n radene av %1. Eksporter elementet for å se alt.</numerusform>
        </translation>
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
    <name>vv::ui::FileDialogs</name>
    <message>
        <location filename="../modules/ui/FileDialogs.cpp" line="+39" />
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 is a Veiviser project, and a project is never replaced. Choose another name.</source>
        <translation>%1 er et Veiviser-prosjekt, og et prosjekt blir aldri erstattet. Velg et annet navn.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>vv::ui::GsprModel</name>
    <message>
        <location filename="../modules/ui/GsprModel.cpp" line="+142" />
        <source>whether it applies</source>
        <translation>om det gjelder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the reason</source>
        <translation>begrunnelsen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the method</source>
        <translation>metoden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the evidence</source>
        <translation>beviset</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Complete</source>
        <translation>Fullstendig</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lacks %1</source>
        <translation>Mangler %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Changed, not saved</source>
        <translation>Endret, ikke lagret</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../modules/ui/GsprPage.cpp" line="+39" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../modules/ui/GsprPage.cpp" line="+1" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../modules/ui/GsprPage.cpp" line="-2" />
        <source>Not decided</source>
        <translation>Ikke avgjort</translation>
    </message>
    <message>
        <location line="+5" />
        <source>#%1 (not in the project)</source>
        <translation>nr. %1 (finnes ikke i prosjektet)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement (MDR Annex I)</source>
        <translation>Krav (MDR vedlegg I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applies</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why not (Bokmål)</source>
        <translation>Hvorfor ikke (bokmål)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why not (English)</source>
        <translation>Hvorfor ikke (engelsk)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How conformity is shown (Bokmål)</source>
        <translation>Hvordan samsvar er vist (bokmål)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How conformity is shown (English)</source>
        <translation>Hvordan samsvar er vist (engelsk)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standards</source>
        <translation>Standarder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled document</source>
        <translation>Styrt dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../modules/ui/GsprPage.cpp" line="+4" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>vv::ui::GsprPage</name>
    <message>
        <location line="+104" />
        <location line="+22" />
        <source>GSPR checklist</source>
        <translation>GSPR-sjekkliste</translation>
    </message>
    <message>
        <location line="-10" />
        <source>GSPR checklist (MDR Annex II 4)</source>
        <translation>GSPR-sjekkliste (MDR vedlegg II nr. 4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For every general safety and performance requirement of MDR Annex I: whether it applies to the device and, if not, why; how conformity is shown; the harmonised standards or common specifications applied; and the evidence item that is the controlled document proving it. The MDR technical file prints the table. Double-click a cell to edit it.</source>
        <translation>For hvert generelle krav til sikkerhet og ytelse i MDR vedlegg I: om det gjelder for produktet og, hvis ikke, hvorfor; hvordan samsvar er vist; hvilke harmoniserte standarder eller felles spesifikasjoner som er brukt; og beviset som er det styrte dokumentet som viser det. Den tekniske dokumentasjonen etter MDR skriver ut tabellen. Dobbeltklikk på en celle for å endre den.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only points that &amp;lack something</source>
        <translation>Bare punkter som &amp;mangler noe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save every changed cell (%1)</source>
        <translation>Lagre alle endrede celler (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vert</source>
        <translation>&amp;Angre endringene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the changes and show the saved checklist</source>
        <translation>Glem endringene og vis den lagrede sjekklisten</translation>
    </message>
    <message>
        <location line="+74" />
        <source>The GSPR checklist is the manufacturer's duty (MDR Art. 10(4) and Annex II); a project that only deploys the device does not need it.</source>
        <translation>GSPR-sjekklisten er produsentens plikt (MDR art. 10 nr. 4 og vedlegg II); et prosjekt som bare tar produktet i bruk, trenger den ikke.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1 of %n point(s) complete</source>
        <translation>
            <numerusform>%1 av %n punkt fullstendig</numerusform>
            <numerusform>%1 av %n punkter fullstendige</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Lagret %n endring.</numerusform>
            <numerusform>Lagret %n endringer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unsaved GSPR checklist</source>
        <translation>GSPR-sjekklisten er ikke lagret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The GSPR checklist has changes that are not saved. Save them before leaving the page?</source>
        <translation>GSPR-sjekklisten har endringer som ikke er lagret. Vil du lagre dem før du forlater siden?</translation>
    </message>
</context>
<context>
    <name>vv::ui::HazardEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+14" />
        <source>no project is open</source>
        <translation>ingen prosjekter er åpne</translation>
    </message>
    <message>
        <location line="+14" />
        <source>new hazard %1</source>
        <translation>ny fare %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>removed hazard %1</source>
        <translation>fjernet fare %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change to hazard %1</source>
        <translation>endring av fare %1</translation>
    </message>
</context>
<context>
    <name>vv::ui::HazardListModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="-139" />
        <source>%1 (S%2 × P%3)</source>
        <translation>%1 (A%2 × S%3)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not estimated</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1
Situation: %2
Harm: %3</source>
        <translation>%1
Situasjon: %2
Skade: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazard</source>
        <translation>Fare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before controls</source>
        <translation>Før tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After controls</source>
        <translation>Etter tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controls</source>
        <translation>Tiltak</translation>
    </message>
</context>
<context>
    <name>vv::ui::IngestDialog</name>
    <message>
        <location filename="../modules/ui/IngestDialog.cpp" line="+210" />
        <source>Production data</source>
        <translation>Driftsdata</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.tsv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Ingest production data</source>
        <translation>Les inn driftsdata</translation>
    </message>
    <message>
        <location line="-152" />
        <source>Reading the query's columns…</source>
        <translation>Leser kolonnene i spørringen …</translation>
    </message>
    <message>
        <location line="+153" />
        <source>Each row is one prediction: when it was made, the outcome once known (empty until then) and the risk score, from a CSV file or a query on the hospital's database. With a row id, a later file or query fills in outcomes that arrive late. Ingesting the same rows again changes nothing.</source>
        <translation>Hver rad er én prediksjon: når den ble gjort, utfallet når det er kjent (tomt til da) og risikoskåren, fra en CSV-fil eller en spørring mot sykehusets database. Med rad-ID fyller en senere fil eller spørring inn utfall som kommer sent. Å lese inn de samme radene på nytt endrer ingenting.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Time:</source>
        <translation>&amp;Tidspunkt:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Source:</source>
        <translation>&amp;Kilde:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Connection:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Query:</source>
        <translation>&amp;Spørring:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Risk score:</source>
        <translation>&amp;Risikoskår:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Row &amp;id:</source>
        <translation>Rad-&amp;ID:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>F&amp;eatures:</source>
        <translation>&amp;Variabler:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A CSV file</source>
        <translation>En CSV-fil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A query on the hospital's PostgreSQL database</source>
        <translation>En spørring mot sykehusets PostgreSQL-database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD. The query runs read-only.</source>
        <translation>Passordet hentes fra nøkkelringen («veiviser-cli secret set --database ADRESSE»), PGPASSFILE eller PGPASSWORD. Spørringen kjøres skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the co&amp;lumns</source>
        <translation>Les k&amp;olonnene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQL query</source>
        <translation>SQL-spørring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Decimal comma (0,25)</source>
        <translation>&amp;Desimalkomma (0,25)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feature columns</source>
        <translation>Variabelkolonner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I&amp;ngest</source>
        <translation>Les i&amp;nn</translation>
    </message>
</context>
<context>
    <name>vv::ui::KeyPairDialog</name>
    <message>
        <location filename="../modules/ui/SigningKeys.cpp" line="+29" />
        <source>Passphrase for the signing key</source>
        <translation>Passordfrase for signeringsnøkkelen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The signing key %1 is protected by a passphrase. Passphrase:</source>
        <translation>Signeringsnøkkelen %1 er beskyttet med en passordfrase. Passordfrase:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Create key pair</source>
        <translation>&amp;Lag nøkkelpar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create a key pair</source>
        <translation>Lag et nøkkelpar</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+34" />
        <source>Folder for the key pair</source>
        <translation>Mappe for nøkkelparet</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional, but recommended</source>
        <translation>valgfri, men anbefalt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passphrase again</source>
        <translation>Passordfrasen en gang til</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key signs your packages and review files; keep it to yourself. The public key is what you give to those who check them, and its fingerprint is what you read out to them.</source>
        <translation>Den private nøkkelen signerer pakkene og gjennomgangsfilene dine; hold den for deg selv. Den offentlige nøkkelen gir du til dem som kontrollerer dem, og fingeravtrykket er det du leser opp for dem.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder for the key pair</source>
        <translation>Velg mappen for nøkkelparet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Again:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Choose a folder for the key pair.</source>
        <translation>Velg en mappe for nøkkelparet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This folder holds a key pair already; choose another folder.</source>
        <translation>Denne mappen har allerede et nøkkelpar; velg en annen mappe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passphrases differ.</source>
        <translation>De to passordfrasene er ulike.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Without a passphrase, anyone who can read the private key file can sign in your name.</source>
        <translation>Uten passordfrase kan alle som kan lese filen med den private nøkkelen, signere i ditt navn.</translation>
    </message>
</context>
<context>
    <name>vv::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/MainWindow.cpp" line="+99" />
        <source>&amp;Reload</source>
        <translation>&amp;Last inn på nytt</translation>
    </message>
    <message>
        <location line="+358" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Angre %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Gjør om %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+5" />
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
        <source>Open a package for re&amp;view…</source>
        <translation>Åpne en pakke for &amp;gjennomgang …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;portfolio…</source>
        <translation>Åpne &amp;portefølje …</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move between navigator and page</source>
        <translation>Flytt mellom navigator og side</translation>
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
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 – system version %2 – Veiviser</source>
        <translation>%1 – systemversjon %2 – Veiviser</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(no recent projects)</source>
        <translation>(ingen nylig brukte prosjekter)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Open project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser);;All files (*)</source>
        <translation>Veiviser-prosjekter (*.veiviser);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open portfolio: a folder of projects</source>
        <translation>Åpne portefølje: en mappe med prosjekter</translation>
    </message>
</context>
<context>
    <name>vv::ui::MessageBar</name>
    <message>
        <location filename="../modules/ui/MessageBar.cpp" line="+25" />
        <source>Close message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Changed by someone else</source>
        <translation>Endret av noen andre</translation>
    </message>
</context>
<context>
    <name>vv::ui::MetricsCharts</name>
    <message>
        <location filename="../modules/ui/MetricsCharts.cpp" line="+36" />
        <source>n/a</source>
        <translation>i.t.</translation>
    </message>
    <message>
        <location line="+47" />
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
        <location line="+1" />
        <location line="+71" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-61" />
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
        <location line="+4" />
        <source>Logistic recalibration</source>
        <translation>Logistisk rekalibrering</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Risk groups (tenths), with 95 % intervals</source>
        <translation>Risikogrupper (tideler), med 95 % intervall</translation>
    </message>
    <message>
        <location line="+25" />
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
        <location line="+17" />
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
        <location line="+11" />
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
        <location line="+36" />
        <source>charts are exported as .png or .svg, not '%1'</source>
        <translation>diagrammer eksporteres som .png eller .svg, ikke '%1'</translation>
    </message>
    <message>
        <location line="+22" />
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
        <translation>Kontroller at du kan skrive i mappen.</translation>
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
        <location filename="../modules/ui/ValidationModels.cpp" line="+93" />
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
    <name>vv::ui::MonitoringChart</name>
    <message>
        <location filename="../modules/ui/MonitoringChart.cpp" line="+91" />
        <source>%1 per window</source>
        <translation>%1 per periode</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: no window has enough data yet</source>
        <translation>%1: ingen periode har nok data ennå</translation>
    </message>
    <message>
        <location line="+8" />
        <source>d MMM</source>
        <extracomment>The date format of the monitoring chart's time axis (QDateTime::toString; month names are English).</extracomment>
        <translation>dd.MM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 % interval</source>
        <translation>%1 %-intervall</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Lower limit %1</source>
        <translation>Nedre grense %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upper limit %1</source>
        <translation>Øvre grense %1</translation>
    </message>
</context>
<context>
    <name>vv::ui::MonitoringPage</name>
    <message>
        <location filename="../modules/ui/MonitoringPage.cpp" line="+223" />
        <source>Monitoring</source>
        <translation>Drift og overvåking</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Computing the monitoring status…</source>
        <translation>Beregner overvåkingsstatus …</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The computation was cancelled; the table shows the status computed before.</source>
        <translation>Beregningen ble avbrutt; tabellen viser statusen som ble beregnet før.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The monitoring status could not be computed: %1</source>
        <translation>Overvåkingsstatusen kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Plan version %1 is in force, but no production data is stored yet. Feed it with Ingest production data, or with veiviser-cli monitor ingest (docs/monitoring.md).</source>
        <translation>Planversjon %1 gjelder, men ingen driftsdata er lagret ennå. Les dem inn med «Les inn driftsdata» eller med veiviser-cli monitor ingest (docs/monitoring.md).</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Plan version %1, %2 windows, %n open alarm(s).</source>
        <translation>
            <numerusform>Planversjon %1, %2 perioder, %n åpen alarm.</numerusform>
            <numerusform>Planversjon %1, %2 perioder, %n åpne alarmer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>&lt;p&gt;&lt;b&gt;This project has no monitoring plan yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Write the plan (the measures and their limits, the window and the baseline) with &lt;b&gt;Edit the plan&lt;/b&gt;, which checks it as you type, or as a YAML file, as docs/monitoring.md describes, stored in the project with&lt;/p&gt;&lt;pre&gt;veiviser-cli monitor plan %1 --from PLAN.yaml&lt;/pre&gt;&lt;p&gt;Then feed the production data with &lt;b&gt;Ingest production data&lt;/b&gt; or &lt;code&gt;veiviser-cli monitor ingest&lt;/code&gt;. This page shows the status as soon as a plan is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prosjektet har ingen overvåkingsplan ennå.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skriv planen (målene og grensene deres, vinduet og referanseperioden) med &lt;b&gt;Endre planen&lt;/b&gt;, som kontrollerer den mens du skriver, eller som en YAML-fil slik docs/monitoring.md beskriver, lagret i prosjektet med&lt;/p&gt;&lt;pre&gt;veiviser-cli monitor plan %1 --from PLAN.yaml&lt;/pre&gt;&lt;p&gt;Les deretter inn driftsdata med &lt;b&gt;Les inn driftsdata&lt;/b&gt; eller &lt;code&gt;veiviser-cli monitor ingest&lt;/code&gt;. Siden viser status så snart en plan er lagret.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1: %2 is %3, beyond its limit %4</source>
        <translation>%1: %2 er %3, utenfor grensen %4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: the %2 chart of %3 signals (%4, limit %5)</source>
        <translation>%1: %2-diagrammet for %3 gir signal (%4, grense %5)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open &amp;alarms:</source>
        <translation>Å&amp;pne alarmer:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No open &amp;alarms.</source>
        <translation>Ingen å&amp;pne alarmer.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Monitoring plan version %1 is stored. Windows judged before keep the version they were judged by.</source>
        <translation>Overvåkingsplan versjon %1 er lagret. Vinduer som er vurdert tidligere, beholder versjonen de ble vurdert etter.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Ingesting the rows of the query on %1…</source>
        <translation>Leser inn radene fra spørringen mot %1 …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingesting %1…</source>
        <translation>Leser inn %1 …</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The ingest was cancelled; nothing was stored.</source>
        <translation>Innlesingen ble avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The production data could not be ingested: %1</source>
        <translation>Driftsdataene kunne ikke leses inn: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read %1 rows: %2 new, %3 outcomes filled in, %4 unchanged.</source>
        <translation>Leste %1 rader: %2 nye, %3 utfall fylt inn, %4 uendret.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 beyond its limit in %2</source>
        <translation>%1 utenfor grensen i %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The deviation is linked to the alarm "%1", which counts as handled once the deviation is opened; the deviation is where it is followed up.</source>
        <translation>Avviket knyttes til alarmen «%1», som regnes som håndtert når avviket er opprettet; det er i avviket den følges opp.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The deviation could not be opened: %1</source>
        <translation>Avviket kunne ikke opprettes: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deviation %1 is opened and the alarm is acknowledged in it. Write its assessment, cause and correction on the deviations page.</source>
        <translation>Avvik %1 er opprettet, og alarmen er kvittert i det. Skriv vurdering, årsak og retting på siden Avvik og hendelser.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Monitoring after go-live</source>
        <translation>Overvåking i drift</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each window of production data measured with the same methods as the validation, and held to the limits of the monitoring plan. An alarm needs the whole confidence interval beyond a limit; an interval that straddles a limit is a warning (AI Act Art. 26(5) and 72, MDR Art. 83–86).</source>
        <translation>Hver periode med produksjonsdata måles med de samme metodene som valideringen og holdes opp mot grensene i overvåkingsplanen. En alarm krever at hele konfidensintervallet ligger utenfor en grense; et intervall som krysser en grense, gir et varsel (KI-forordningen art. 26 nr. 5 og art. 72, MDR art. 83–86).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Read predictions and outcomes from a CSV file or a database query, as veiviser-cli monitor ingest does.</source>
        <translation>Les prediksjoner og utfall fra en CSV-fil eller en databasespørring, slik veiviser-cli monitor ingest gjør.</translation>
    </message>
    <message>
        <location line="-226" />
        <source>PROJECT.veiviser</source>
        <translation>PROSJEKT.veiviser</translation>
    </message>
    <message>
        <location line="+220" />
        <source>&amp;Cancel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Measure:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a &amp;deviation…</source>
        <translation>Opprett et &amp;avvik…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the &amp;plan…</source>
        <translation>&amp;Endre planen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the monitoring plan, checked as you type; saving stores a new version.</source>
        <translation>Skriv overvåkingsplanen, som kontrolleres mens du skriver; lagring gir en ny versjon.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ingest production data…</source>
        <translation>&amp;Les inn driftsdata …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow the selected alarm up as a deviation; opening it acknowledges the alarm.</source>
        <translation>Følg opp den valgte alarmen som et avvik; når avviket opprettes, er alarmen kvittert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monitoring windows</source>
        <translation>Overvåkingsperioder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open alarms</source>
        <translation>Åpne alarmer</translation>
    </message>
</context>
<context>
    <name>vv::ui::MonitoringPlanDialog</name>
    <message>
        <location filename="../modules/ui/MonitoringPlanDialog.cpp" line="+94" />
        <location line="+40" />
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="-24" />
        <source>The plan is valid.</source>
        <translation>Planen er gyldig.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&amp;Problems (%n), each with its line and column:</source>
        <translation>
            <numerusform>&amp;Problemer (%n), hvert med linje og kolonne:</numerusform>
            <numerusform>&amp;Problemer (%n), hvert med linje og kolonne:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44" />
        <source>Monitoring plan</source>
        <translation>Overvåkingsplan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The window, the baseline and the measures with their limits, in YAML (docs/monitoring.md). Saving stores a new plan version; windows judged before keep the version they were judged by.</source>
        <translation>Vinduet, referanseperioden og målene med grensene sine, i YAML (docs/monitoring.md). Lagring gir en ny planversjon; vinduer som er vurdert tidligere, beholder versjonen de ble vurdert etter.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monitoring plan (YAML)</source>
        <translation>Overvåkingsplan (YAML)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems in the plan</source>
        <translation>Problemer i planen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save as a new version</source>
        <translation>&amp;Lagre som ny versjon</translation>
    </message>
</context>
<context>
    <name>vv::ui::MonitoringWindowModel</name>
    <message>
        <location filename="../modules/ui/MonitoringModels.cpp" line="+16" />
        <source>n/a</source>
        <translation>i.t.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration intercept</source>
        <translation>Kalibreringskonstant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration slope</source>
        <translation>Kalibreringsstigning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O/E ratio</source>
        <translation>O/E-forhold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brier score</source>
        <translation>Brier-skår</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prevalence</source>
        <translation>Prevalens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity</source>
        <translation>Sensitivitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specificity</source>
        <translation>Spesifisitet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PPV</source>
        <translation>PPV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alert rate</source>
        <translation>Varselandel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean risk</source>
        <translation>Gjennomsnittlig risiko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location line="+20" />
        <source>not enough data</source>
        <translation>for lite data</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: within the limits.</source>
        <translation>%1: innenfor grensene.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the interval straddles the limit %2.</source>
        <translation>%1: intervallet krysser grensen %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: the interval straddles a limit.</source>
        <translation>%1: intervallet krysser en grense.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: beyond the limit %2 with the whole interval.</source>
        <translation>%1: hele intervallet ligger utenfor grensen %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: beyond a limit with the whole interval.</source>
        <translation>%1: hele intervallet ligger utenfor en grense.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>not in this window's plan</source>
        <translation>ikke i planen for denne perioden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Judged by plan version %1</source>
        <translation>Vurdert etter planversjon %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (baseline)</source>
        <translation>%1 (referanse)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Window</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With outcome</source>
        <translation>Med utfall</translation>
    </message>
</context>
<context>
    <name>vv::ui::Navigator</name>
    <message>
        <location filename="../modules/ui/Navigator.cpp" line="+181" />
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Requirements that apply</source>
        <translation>Krav som gjelder</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open requirements</source>
        <translation>Åpne krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lacking evidence</source>
        <translation>Mangler dokumentasjon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Needs review after a pack update</source>
        <translation>Må gjennomgås etter en oppdatering av veiledningen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show in the navigator</source>
        <translation>Vis i navigatoren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navigator</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project, its pages, and the requirements of each guidance pack</source>
        <translation>Prosjektet, sidene og kravene i hver veiledningspakke</translation>
    </message>
</context>
<context>
    <name>vv::ui::NavigatorModel</name>
    <message>
        <location filename="../modules/ui/NavigatorModel.cpp" line="+321" />
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%n of %1 requirement(s) that apply are done</source>
        <translation>
            <numerusform>%n av %1 krav som gjelder er ferdig</numerusform>
            <numerusform>%n av %1 krav som gjelder er ferdige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n not yet known</source>
        <translation>
            <numerusform>%n ennå ikke avklart</numerusform>
            <numerusform>%n ennå ikke avklart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n need(s) review after a pack update</source>
        <translation>
            <numerusform>%n må gjennomgås etter en oppdatering</numerusform>
            <numerusform>%n må gjennomgås etter en oppdatering</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>no evidence yet</source>
        <translation>ingen dokumentasjon ennå</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>stale evidence</source>
        <translation>utdatert dokumentasjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs review after a pack update</source>
        <translation>må gjennomgås etter en oppdatering av veiledningen</translation>
    </message>
</context>
<context>
    <name>vv::ui::NewProjectDialog</name>
    <message>
        <location filename="../modules/ui/NewProjectDialog.cpp" line="+24" />
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
        <location line="+44" />
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
        <location line="+3" />
        <source>The folder %1 will be created.</source>
        <translation>Mappen %1 blir opprettet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The folder %1 cannot be created; choose another.</source>
        <translation>Mappen %1 kan ikke opprettes; velg en annen.</translation>
    </message>
</context>
<context>
    <name>vv::ui::OpenDeviationDialog</name>
    <message>
        <location filename="../modules/ui/OpenDeviationDialog.cpp" line="+20" />
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location line="+2" />
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open a deviation</source>
        <translation>Opprett et avvik</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Severity:</source>
        <translation>&amp;Alvorlighetsgrad:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Owner:</source>
        <translation>A&amp;nsvarlig:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who follows it up</source>
        <translation>Hvem følger det opp</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open deviation</source>
        <translation>Opprett avvik</translation>
    </message>
</context>
<context>
    <name>vv::ui::OutcomeCard</name>
    <message>
        <location filename="../modules/ui/ClassificationPage.cpp" line="-277" />
        <source>Its conditions are not answered yet.</source>
        <translation>Vilkårene er ikke besvart ennå.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>All %n conditions are met.</source>
        <translation>
            <numerusform>Vilkåret er oppfylt.</numerusform>
            <numerusform>Alle %n vilkårene er oppfylt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conditions not met:</source>
        <translation>Vilkår som ikke er oppfylt:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Still needed: %1</source>
        <translation>Mangler fortsatt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>(and %n more)</source>
        <translation>
            <numerusform>(og %n til)</numerusform>
            <numerusform>(og %n til)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>(needs review after a pack update)</source>
        <translation>(må gjennomgås etter en oppdatering av veiledningen)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show reasons</source>
        <translation>Vis begrunnelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the reasons for %1</source>
        <translation>Vis begrunnelsen for %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer it</source>
        <translation>Svar på det</translation>
    </message>
</context>
<context>
    <name>vv::ui::OutcomeModel</name>
    <message>
        <location filename="../modules/ui/OutcomeModel.cpp" line="+60" />
        <source>%1 (needs review)</source>
        <translation>%1 (må gjennomgås)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Regime</source>
        <translation>Regelverk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackPage</name>
    <message>
        <location filename="../modules/ui/PackPage.cpp" line="+90" />
        <source>Guidance pack</source>
        <translation>Veiledningspakke</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Guidance pack %1, version %2</source>
        <translation>Veiledningspakke %1, versjon %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 of %2 requirements that apply are done; %3 do not apply</source>
        <translation>%1 av %2 krav som gjelder er ferdige; %3 gjelder ikke</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n not yet known</source>
        <translation>
            <numerusform>%n ennå ikke avklart</numerusform>
            <numerusform>%n ennå ikke avklart</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Applies in the EU from:</source>
        <translation>Gjelder i EU fra:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Applies in Norway from:</source>
        <translation>Gjelder i Norge fra:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet decided</source>
        <translation>ikke bestemt ennå</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agencies:</source>
        <translation>Myndigheter:</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Requirements</source>
        <translation>&amp;Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About the guidance pack</source>
        <translation>Om veiledningspakken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackageDiffModel</name>
    <message>
        <location filename="../modules/ui/PackageDiffModel.cpp" line="+28" />
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Guidance packs</source>
        <translation>Veiledningspakker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requirement statuses</source>
        <translation>Kravstatuser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document details</source>
        <translation>Dokumentdetaljer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test runs</source>
        <translation>Testkjøringer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>Etter</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackageDocumentWindow</name>
    <message>
        <location filename="../modules/ui/ReviewPanel.cpp" line="+363" />
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Document text</source>
        <translation>Dokumentets tekst</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open in another &amp;program</source>
        <translation>Åpne i et annet &amp;program</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the document in the desktop's program for it</source>
        <translation>Åpne dokumentet i skrivebordets program for denne filtypen</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackagesPage</name>
    <message>
        <location filename="../modules/ui/PackagesPage.cpp" line="+173" />
        <source>Signing key</source>
        <translation>Signeringsnøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>PEM-nøkler (*.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The older package</source>
        <translation>Den eldre pakken</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The newer package</source>
        <translation>Den nyere pakken</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Made a key pair; packages are now signed with %1. Give the public key %2 to those who check your packages, and read its fingerprint out to them: %3</source>
        <translation>Laget et nøkkelpar; pakker signeres nå med %1. Gi den offentlige nøkkelen %2 til dem som kontrollerer pakkene dine, og les opp fingeravtrykket for dem: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import a review</source>
        <translation>Importer en gjennomgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review files (*.json);;All files (*)</source>
        <translation>Gjennomgangsfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Packages</source>
        <translation>Pakker</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Documentation packages</source>
        <translation>Dokumentasjonspakker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A package holds the documents, the evidence files and machine-readable exports, with a manifest of every file's SHA-256 signed with your key. Anyone can check that nothing was changed; a regulator opens it for review and sends findings back.</source>
        <translation>En pakke inneholder dokumentene, dokumentasjonsfilene og maskinlesbare eksporter, med et manifest over hver fils SHA-256 signert med nøkkelen din. Alle kan kontrollere at ingenting er endret; en myndighet åpner pakken for gjennomgang og sender funn tilbake.</translation>
    </message>
    <message>
        <location line="-67" />
        <source>&amp;Documents to include:</source>
        <translation>&amp;Dokumenter som skal med:</translation>
    </message>
    <message>
        <location line="-97" />
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Documents to include</source>
        <translation>Dokumenter som skal med</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing &amp;key:</source>
        <translation>Signerings&amp;nøkkel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private key file (empty: an unsigned package)</source>
        <translation>Fil med privat nøkkel (tom: en usignert pakke)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing key file</source>
        <translation>Fil med signeringsnøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the signing key file</source>
        <translation>Velg filen med signeringsnøkkelen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Build package…</source>
        <translation>&amp;Bygg pakke …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify a package…</source>
        <translation>&amp;Verifiser en pakke …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mpare two packages…</source>
        <translation>Sa&amp;mmenlign to pakker …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare two versions of a package</source>
        <translation>Sammenlign to versjoner av en pakke</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the key pair that signs your packages and review files.</source>
        <translation>Lag nøkkelparet som signerer pakkene og gjennomgangsfilene dine.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import a review…</source>
        <translation>Imp&amp;orter en gjennomgang …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the review file a regulator sent back; its findings appear on the requirements.</source>
        <translation>Importer gjennomgangsfilen en myndighet har sendt tilbake; funnene vises på kravene.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export the review…</source>
        <translation>&amp;Eksporter gjennomgangen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the signed review file with your findings, to send back to the vendor.</source>
        <translation>Skriv den signerte gjennomgangsfilen med funnene dine, for å sende den tilbake til leverandøren.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;hanges between the two packages:</source>
        <translation>E&amp;ndringer mellom de to pakkene:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes between the two packages</source>
        <translation>Endringer mellom de to pakkene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packages built and reviews received</source>
        <translation>Pakker som er bygget, og gjennomganger som er mottatt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record a finding on a requirement of the reviewed package:</source>
        <translation>Registrer et funn på et krav i den gjennomgåtte pakken:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment (needed for a deficiency or a question)</source>
        <translation>Kommentar (påkrevd for en mangel eller et spørsmål)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save finding</source>
        <translation>&amp;Lagre funn</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Review of a package</source>
        <translation>Gjennomgang av en pakke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This project reviews %1 (%2). Record a finding on each requirement, here or on the requirement's page, then export the signed review file and send it back to the vendor.</source>
        <translation>Dette prosjektet gjennomgår %1 (%2). Registrer et funn for hvert krav, her eller på kravets side, og eksporter så den signerte gjennomgangsfilen og send den tilbake til leverandøren.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Succeeded</source>
        <translation>Vellykket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 (only as a draft: it is the %2's document)</source>
        <translation>%1 (bare som utkast: det er %2s dokument)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Cannot be read: %1</source>
        <translation>Kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Packages built (%1)</source>
        <translation>Pakker som er bygget (%1)</translation>
    </message>
    <message>
        <location line="-97" />
        <source>not signed</source>
        <translation>ikke signert</translation>
    </message>
    <message>
        <location line="+0" />
        <source>signed by %1</source>
        <translation>signert av %1</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Reviews received (%1)</source>
        <translation>Gjennomganger mottatt (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Findings in this review</source>
        <translation>Funn i denne gjennomgangen</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Choose at least one document.</source>
        <translation>Velg minst ett dokument.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save the package</source>
        <translation>Lagre pakken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser packages (*.zip)</source>
        <translation>Veiviser-pakker (*.zip)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not built: no passphrase was given.</source>
        <translation>Ikke bygget: ingen passordfrase ble oppgitt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Building the package…</source>
        <translation>Bygger pakken …</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Wrote %1 (%n file(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n fil).</numerusform>
            <numerusform>Skrev %1 (%n filer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Verify a package</source>
        <translation>Verifiser en pakke</translation>
    </message>
    <message>
        <location line="-425" />
        <location line="+426" />
        <source>Veiviser packages (*.zip);;All files (*)</source>
        <translation>Veiviser-pakker (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="-346" />
        <source>Create a key &amp;pair…</source>
        <translation>Lag et nøkkel&amp;par …</translation>
    </message>
    <message>
        <location line="+143" />
        <source>Packages built</source>
        <translation>Pakker bygget</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reviews received</source>
        <translation>Gjennomganger mottatt</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Writing the registration…</source>
        <translation>Skriver registreringen …</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Verifying %1…</source>
        <translation>Verifiserer %1 …</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+31" />
        <source>%1 does not verify: %2</source>
        <translation>%1 kan ikke verifiseres: %2</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 verifies: every file matches, signed by %2. Check this fingerprint with the sender.</source>
        <translation>%1 er verifisert: alle filer stemmer, signert av %2. Kontroller dette fingeravtrykket med avsenderen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: every file matches, but it is not signed.</source>
        <translation>%1: alle filer stemmer, men pakken er ikke signert.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Comparing %1 with %2…</source>
        <translation>Sammenligner %1 med %2 …</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No changes between %1 and %2.</source>
        <translation>Ingen endringer mellom %1 og %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) between %1 and %2.</source>
        <translation>
            <numerusform>%n endring mellom %1 og %2.</numerusform>
            <numerusform>%n endringer mellom %1 og %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>no project is open</source>
        <translation>ingen prosjekter er åpne</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unsigned review</source>
        <translation>Usignert gjennomgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not signed, so nothing shows who wrote it or that it is unchanged. Import it anyway?</source>
        <translation>%1 er ikke signert, så ingenting viser hvem som skrev den, eller at den er uendret. Vil du importere den likevel?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not imported: %1 is not signed.</source>
        <translation>Ikke importert: %1 er ikke signert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This review was imported before.</source>
        <translation>Denne gjennomgangen er importert før.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Imported the review by %1 (%2): %n finding(s), shown on the requirements.</source>
        <translation>
            <numerusform>Importerte gjennomgangen fra %1 (%2): %n funn, vist på kravene.</numerusform>
            <numerusform>Importerte gjennomgangen fra %1 (%2): %n funn, vist på kravene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed by %1: check this fingerprint with the reviewer.</source>
        <translation>Signert av %1: kontroller dette fingeravtrykket med den som gjennomgikk.</translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>What the documents lack (%n item(s)); follow a link to fill it in:</source>
        <translation>
            <numerusform>Dette mangler i dokumentene (%n punkt); følg en lenke for å fylle det ut:</numerusform>
            <numerusform>Dette mangler i dokumentene (%n punkter); følg en lenke for å fylle det ut:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What the documents lack</source>
        <translation>Det som mangler i dokumentene</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Saved the finding on %1.</source>
        <translation>Lagret funnet på %1.</translation>
    </message>
</context>
<context>
    <name>vv::ui::PortfolioWindow</name>
    <message>
        <location filename="../modules/ui/PortfolioWindow.cpp" line="+213" />
        <source>All risk classes</source>
        <translation>Alle risikoklasser</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Not yet known</source>
        <translation>Ennå ikke avklart</translation>
    </message>
    <message>
        <location line="+11" />
        <source>AI systems by AI Act risk class</source>
        <translation>KI-systemer etter risikoklasse i KI-forordningen</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+11" />
        <source>Cannot be read</source>
        <translation>Kan ikke leses</translation>
    </message>
    <message>
        <location line="+17" />
        <source>AI systems by state</source>
        <translation>KI-systemer etter tilstand</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The portfolio cannot be read: %1</source>
        <translation>Porteføljen kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reading the projects…</source>
        <translation>Leser prosjektene …</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n AI system(s), %1 shown; %2 high-risk, %3 with something overdue, %4 with open alarms.</source>
        <translation>
            <numerusform>%n KI-system, %1 vises; %2 med høy risiko, %3 med noe på overtid, %4 med åpne alarmer.</numerusform>
            <numerusform>%n KI-systemer, %1 vises; %2 med høy risiko, %3 med noe på overtid, %4 med åpne alarmer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n file(s) cannot be read; the table says why.</source>
        <translation>
            <numerusform>%n fil kan ikke leses; tabellen sier hvorfor.</numerusform>
            <numerusform>%n filer kan ikke leses; tabellen sier hvorfor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Portfolio – %1 – Veiviser</source>
        <translation>Portefølje – %1 – Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portfolio of AI systems</source>
        <translation>Portefølje av KI-systemer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name, class, role, file…</source>
        <translation>Navn, klasse, rolle, fil …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the AI systems</source>
        <translation>Filtrer KI-systemene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Risk class:</source>
        <translation>&amp;Risikoklasse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI Act risk class</source>
        <translation>Risikoklasse etter KI-forordningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open the project</source>
        <translation>Å&amp;pne prosjektet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI systems</source>
        <translation>KI-systemer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart of the AI systems by risk class</source>
        <translation>Diagram over KI-systemene etter risikoklasse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart of the AI systems by state</source>
        <translation>Diagram over KI-systemene etter tilstand</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectOverviewPage</name>
    <message>
        <location filename="../modules/ui/ProjectOverviewPage.cpp" line="+86" />
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 (last written by Veiviser %2)</source>
        <translation>%1 (sist skrevet av Veiviser %2)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>editor: may change the project</source>
        <translation>redaktør: kan endre prosjektet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reviewer: may review evidence</source>
        <translation>kontrollør: kan gå gjennom dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read-only</source>
        <translation>bare lesetilgang</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reviewer of a package: may record findings, not change the package's content</source>
        <translation>gjennomgår en pakke: kan registrere funn, ikke endre innholdet i pakken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The next step cannot be worked out while the guidance packs cannot be read (see the message at the top).</source>
        <translation>Neste steg kan ikke avgjøres så lenge veiledningspakkene ikke kan leses (se meldingen øverst).</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n incident report(s) are past their legal deadline. Send them and record them as sent.</source>
        <translation>
            <numerusform>%n hendelsesrapport har passert den lovpålagte fristen. Send den og registrer den som sendt.</numerusform>
            <numerusform>%n hendelsesrapporter har passert den lovpålagte fristen. Send dem og registrer dem som sendt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <location line="+4" />
        <source>Go to &amp;deviations</source>
        <translation>Gå til &amp;avvik</translation>
    </message>
    <message numerus="yes">
        <location line="-9" />
        <source>%n monitoring alarm(s) are open. Take each on as a deviation.</source>
        <translation>
            <numerusform>%n overvåkingsalarm er åpen. Følg den opp som et avvik.</numerusform>
            <numerusform>%n overvåkingsalarmer er åpne. Følg opp hver av dem som et avvik.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;monitoring</source>
        <translation>Gå til &amp;overvåking</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n incident report(s) are not yet sent. Send each before its deadline.</source>
        <translation>
            <numerusform>%n hendelsesrapport er ikke sendt ennå. Send den før fristen.</numerusform>
            <numerusform>%n hendelsesrapporter er ikke sendt ennå. Send hver av dem før fristen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n deviation(s) are open. Assess them, correct the cause and close them.</source>
        <translation>
            <numerusform>%n avvik er åpent. Vurder det, rett årsaken og lukk det.</numerusform>
            <numerusform>%n avvik er åpne. Vurder dem, rett årsakene og lukk dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n walkthrough question(s) are still needed to decide which requirements apply.</source>
        <translation>
            <numerusform>%n spørsmål i gjennomgangen må besvares før det er avgjort hvilke krav som gjelder.</numerusform>
            <numerusform>%n spørsmål i gjennomgangen må besvares før det er avgjort hvilke krav som gjelder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Answer the questions</source>
        <translation>&amp;Svar på spørsmålene</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n requirement(s) that apply have no evidence yet.</source>
        <translation>
            <numerusform>%n krav som gjelder, har ingen dokumentasjon ennå.</numerusform>
            <numerusform>%n krav som gjelder, har ingen dokumentasjon ennå.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;dd evidence</source>
        <translation>Legg til &amp;dokumentasjon</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n requirement(s) that apply are not yet met. Set each one's status as the work is done.</source>
        <translation>
            <numerusform>%n krav som gjelder, er ikke oppfylt ennå. Sett status for hvert krav etter hvert som arbeidet gjøres.</numerusform>
            <numerusform>%n krav som gjelder, er ikke oppfylt ennå. Sett status for hvert krav etter hvert som arbeidet gjøres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the &amp;dashboard</source>
        <translation>Åpne fram&amp;driftsoversikten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every requirement that applies is met and documented. Build a documentation package.</source>
        <translation>Alle krav som gjelder, er oppfylt og dokumentert. Bygg en dokumentasjonspakke.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Build a &amp;package</source>
        <translation>&amp;Bygg en pakke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every requirement that applies is met and documented, and a package is built. Build a new one when the system or its evidence changes.</source>
        <translation>Alle krav som gjelder, er oppfylt og dokumentert, og en pakke er bygget. Bygg en ny når systemet eller dokumentasjonen endres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to &amp;packages</source>
        <translation>Gå til &amp;pakker</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
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
        <location line="+0" />
        <source>You:</source>
        <translation>Du:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Kontroller revisjonskjeden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next step:</source>
        <translation>Neste steg:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that no recorded change was altered, removed or reordered.</source>
        <translation>Kontroller at ingen registrert endring er endret, fjernet eller stokket om.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectSession</name>
    <message>
        <location filename="../modules/ui/ProjectSession.cpp" line="+132" />
        <location line="+139" />
        <source>no project is open</source>
        <translation>ingen prosjekter er åpne</translation>
    </message>
    <message>
        <location line="-128" />
        <source>'%1' is not a question in the guidance packs</source>
        <translation>«%1» er ikke et spørsmål i veiledningspakkene</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+48" />
        <source>'%1' is not a requirement in the guidance packs</source>
        <translation>«%1» er ikke et krav i veiledningspakkene</translation>
    </message>
</context>
<context>
    <name>vv::ui::RatingDialog</name>
    <message>
        <location filename="../modules/ui/RatingDialog.cpp" line="+161" />
        <source>Round %1: %2 answers, rubric %3</source>
        <translation>Runde %1: %2 svar, vurderingsskjema %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This project has no rating round. A coordinator makes one with 'veiviser-cli ratings create' (docs/human-evaluation.md).</source>
        <translation>Prosjektet har ingen vurderingsrunde. En koordinator lager en med «veiviser-cli ratings create» (docs/human-evaluation.md).</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 is not a rater of round %2.</source>
        <translation>%1 er ikke vurderer i runde %2.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Answer 1 (left)</source>
        <translation>Svar 1 (venstre)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Answer 2 (right)</source>
        <translation>Svar 2 (høyre)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Instructions</source>
        <translation>Instruks</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tool</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <location line="+116" />
        <source>%1 of %2 answers fully rated.</source>
        <translation>%1 av %2 svar er ferdig vurdert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Case %1 of %2. %3</source>
        <translation>Tilfelle %1 av %2. %3</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Rate answers</source>
        <translation>Vurder svar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R&amp;ound:</source>
        <translation>R&amp;unde:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R&amp;ater:</source>
        <translation>Vu&amp;rderer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The &amp;conversation the model was given</source>
        <translation>&amp;Samtalen modellen fikk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer &amp;1</source>
        <translation>Svar &amp;1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The ans&amp;wer</source>
        <translation>Sv&amp;aret</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer &amp;2</source>
        <translation>Svar &amp;2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mment (optional):</source>
        <translation>Ko&amp;mmentar (valgfritt):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keys: a digit gives the marked criterion that score and moves to the next; Tab and the arrow keys move between criteria and levels; Enter goes to the next case.</source>
        <translation>Taster: et siffer gir det markerte kriteriet den verdien og går videre til det neste; Tab og piltastene flytter mellom kriterier og nivåer; Enter går til neste tilfelle.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous case</source>
        <translation>&amp;Forrige tilfelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next case</source>
        <translation>&amp;Neste tilfelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lose</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer 1</source>
        <translation>Svar 1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer 2</source>
        <translation>Svar 2</translation>
    </message>
</context>
<context>
    <name>vv::ui::RegistrationPanel</name>
    <message>
        <location filename="../modules/ui/RegistrationPanel.cpp" line="+74" />
        <source>Registrations</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fields the EU database (AI Act Art. 49), EUDAMED (MDR Art. 29) or a public register of algorithms asks for, filled from the project, with what is missing.</source>
        <translation>Feltene EU-databasen (KI-forordningen art. 49), EUDAMED (MDR art. 29) eller et offentlig algoritmeregister ber om, fylt ut fra prosjektet, med det som mangler.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fields as a JSON document, to enter in the register (docs/registration.md).</source>
        <translation>Feltene som et JSON-dokument, til å føre inn i registeret (docs/registration.md).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Readable document:</source>
        <translation>Lesbart dokument:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format of the readable document</source>
        <translation>Formatet på det lesbare dokumentet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Write the registration…</source>
        <translation>&amp;Skriv registreringen …</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose JSON, the readable document, or both.</source>
        <translation>Velg JSON, det lesbare dokumentet eller begge.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the registration (JSON)</source>
        <translation>Lagre registreringen (JSON)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the registration (readable document)</source>
        <translation>Lagre registreringen (lesbart dokument)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 files (*%2)</source>
        <translation>%1-filer (*%2)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown registration '%1'</source>
        <translation>ukjent registrering «%1»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Wrote %1; no field is missing.</source>
        <translation>Skrev %1; ingen felt mangler.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Wrote %1; %n field(s) missing: %2</source>
        <translation>
            <numerusform>Skrev %1; %n felt mangler: %2</numerusform>
            <numerusform>Skrev %1; %n felt mangler: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementPage</name>
    <message>
        <location filename="../modules/ui/RequirementPage.cpp" line="+236" />
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The vendor's work (read-only)</source>
        <translation>Leverandørens arbeid (skrivebeskyttet)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Whom it binds</source>
        <translation>Hvem det gjelder for</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The provider (manufacturer)</source>
        <translation>Tilbyderen (produsenten)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The deployer (the organisation that uses the system)</source>
        <translation>Idriftsetteren (virksomheten som bruker systemet)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Both the provider and the deployer</source>
        <translation>Både tilbyderen og idriftsetteren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsible agency</source>
        <translation>Ansvarlig myndighet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal sources</source>
        <translation>Rettskilder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence that satisfies it</source>
        <translation>Dokumentasjon som oppfyller det</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This requirement does not apply: %1</source>
        <translation>Dette kravet gjelder ikke: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not yet known whether this requirement applies.</source>
        <translation>Det er ennå ikke avklart om dette kravet gjelder.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still needed:</source>
        <translation>Mangler fortsatt:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Condition in the pack: %1</source>
        <translation>Vilkåret i pakken: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>It rests on answers given under an older version of the guidance: %1.</source>
        <translation>Det bygger på svar gitt under en eldre versjon av veiledningen: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Its status was set under version %1 of “%2”; version %3 is installed now.</source>
        <translation>Statusen ble satt under versjon %1 av «%2»; nå er versjon %3 installert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs review after a pack update.</source>
        <translation>Må gjennomgås etter en oppdatering av veiledningen.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Through the crosswalk, evidence for this requirement also counts for: %1</source>
        <translation>Via kryssreferansen teller dokumentasjon for dette kravet også for: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 (review of %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fra %2 (gjennomgang %3)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Last changed by %1 on %2</source>
        <translation>Sist endret av %1 %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The vendor recorded nothing on this requirement.</source>
        <translation>Leverandøren har ikke registrert noe på dette kravet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing recorded yet.</source>
        <translation>Ingenting registrert ennå.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A requirement that applies can only be set aside as not applicable with a justification. Write why, then leave the field to save.</source>
        <translation>Et krav som gjelder, kan bare settes som ikke aktuelt med en begrunnelse. Skriv hvorfor, og gå ut av feltet for å lagre.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Your change was not saved. Apply your change on top of theirs?</source>
        <translation>Endringen din ble ikke lagret. Vil du legge endringen din oppå deres?</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This item counts through the crosswalk; remove its link on “%1” instead.</source>
        <translation>Dette dokumentet teller via kryssreferansen; fjern heller koblingen på «%1».</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The vendor linked no evidence to this requirement.</source>
        <translation>Leverandøren har ikke koblet noen dokumentasjon til dette kravet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No other evidence in the library</source>
        <translation>Ingen annen dokumentasjon i biblioteket</translation>
    </message>
    <message>
        <location line="-311" />
        <source>Your team's work</source>
        <translation>Teamets arbeid</translation>
    </message>
    <message>
        <location line="+369" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="-64" />
        <source>No evidence is linked to this requirement yet. Choose an item from the library below and link it, or add files on the evidence page first.</source>
        <translation>Ingen dokumentasjon er koblet til dette kravet ennå. Velg et dokument fra biblioteket nedenfor og koble det, eller legg først til filer på dokumentasjonssiden.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Justification:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>O&amp;wner:</source>
        <translation>A&amp;nsvarlig:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>D&amp;ue:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Justification for not applicable</source>
        <translation>Begrunnelse for ikke aktuelt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why this requirement does not apply to your use (required)</source>
        <translation>Hvorfor kravet ikke gjelder for deres bruk (påkrevd)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="-199" />
        <source>Who is responsible</source>
        <translation>Hvem som er ansvarlig</translation>
    </message>
    <message>
        <location line="-214" />
        <source>Applies from:</source>
        <translation>Gjelder fra:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet known; it depends on answers not yet given.</source>
        <translation>ikke kjent ennå; det avhenger av svar som ikke er gitt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(the pack's date)</source>
        <translation>(pakkens dato)</translation>
    </message>
    <message>
        <location line="+398" />
        <source>Findings from reviews</source>
        <translation>Funn fra gjennomganger</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Has a due date</source>
        <translation>Har frist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement text, sources and expected evidence</source>
        <translation>Kravtekst, kilder og forventet dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked evidence</source>
        <translation>Koblet dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence to link</source>
        <translation>Dokumentasjon som skal kobles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Link</source>
        <translation>&amp;Lenk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link the chosen evidence</source>
        <translation>Koble den valgte dokumentasjonen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove link</source>
        <translation>Fjern &amp;kobling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;pen in the evidence viewer</source>
        <translation>Å&amp;pne i dokumentvisningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Confirm</source>
        <translation>&amp;Bekreft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm that the requirement still holds</source>
        <translation>Bekreft at kravet fortsatt står seg</translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementPicker</name>
    <message>
        <location filename="../modules/ui/RequirementPicker.cpp" line="+57" />
        <source>type a requirement's title or URN first</source>
        <translation>skriv først tittelen eller URN-en til et krav</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a requirement URN</source>
        <translation>«%1» er ikke en krav-URN</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no requirement's title contains '%1'</source>
        <translation>ingen kravtittel inneholder «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type part of a title, such as "oversight", and choose from the list.</source>
        <translation>Skriv en del av en tittel, for eksempel «tilsyn», og velg fra listen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n requirements match '%1'</source>
        <translation>
            <numerusform>%n krav passer til «%1»</numerusform>
            <numerusform>%n krav passer til «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one from the list, or type more of its title. Some of them: %1.</source>
        <translation>Velg ett fra listen, eller skriv mer av tittelen. Noen av dem: %1.</translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementStateEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="-105" />
        <source>change to “%1”</source>
        <translation>endring av «%1»</translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementTableModel</name>
    <message>
        <location filename="../modules/ui/RequirementModels.cpp" line="-135" />
        <source>%1 (needs review)</source>
        <translation>%1 (må gjennomgås)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (starts to apply)</source>
        <translation>%1 (begynner å gjelde)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not yet known</source>
        <translation>ikke kjent ennå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (not confirmed)</source>
        <translation>%1 (ikke bekreftet)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It depends on answers not yet given.</source>
        <translation>Det avhenger av svar som ikke er gitt ennå.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (+%2 through the crosswalk)</source>
        <translation>%1 (+%2 via kryssreferansen)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applies from</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
</context>
<context>
    <name>vv::ui::ReviewExportDialog</name>
    <message>
        <location filename="../modules/ui/ReviewDialogs.cpp" line="+262" />
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the review</source>
        <translation>Eksporter gjennomgangen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The review file holds your findings and summary and names the package by its manifest. Sign it, so the vendor can see that it comes from you and is unchanged.</source>
        <translation>Gjennomgangsfilen inneholder funnene og sammendraget ditt og identifiserer pakken ved manifestet. Signer den, så leverandøren kan se at den kommer fra deg og er uendret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reviewer</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your overall conclusion for the vendor</source>
        <translation>Den samlede konklusjonen din til leverandøren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signing key file</source>
        <translation>Fil med signeringsnøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private key file (empty: an unsigned review)</source>
        <translation>Fil med privat nøkkel (tom: en usignert gjennomgang)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review file</source>
        <translation>Gjennomgangsfil</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the signing key file</source>
        <translation>Velg filen med signeringsnøkkelen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;rowse…</source>
        <translation>B&amp;la gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose where to save the review file</source>
        <translation>Velg hvor gjennomgangsfilen skal lagres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;viewer:</source>
        <translation>Gjennomgått &amp;av:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary:</source>
        <translation>&amp;Sammendrag:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing &amp;key:</source>
        <translation>Signerings&amp;nøkkel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review &amp;file:</source>
        <translation>Gjennomgangs&amp;fil:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Signing key</source>
        <translation>Signeringsnøkkel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>PEM-nøkler (*.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save the review file as</source>
        <translation>Lagre gjennomgangsfilen som</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review files (*.json)</source>
        <translation>Gjennomgangsfiler (*.json)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No review project is open.</source>
        <translation>Ingen gjennomgangsprosjekter er åpne.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the reviewer's name.</source>
        <translation>Oppgi navnet på den som gjennomgår.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the review file.</source>
        <translation>Velg hvor gjennomgangsfilen skal lagres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder for the review file does not exist.</source>
        <translation>Mappen for gjennomgangsfilen finnes ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The signing key file %1 does not exist.</source>
        <translation>Nøkkelfilen %1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without a signing key the vendor cannot check who wrote the review.</source>
        <translation>Uten signeringsnøkkel kan ikke leverandøren kontrollere hvem som skrev gjennomgangen.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Wrote %1, not signed.</source>
        <translation>Skrev %1, ikke signert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote %1, signed by %2. Send it to the vendor with your public key.</source>
        <translation>Skrev %1, signert av %2. Send den til leverandøren sammen med den offentlige nøkkelen din.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ReviewOpenDialog</name>
    <message>
        <location line="-337" />
        <source>Veiviser packages (*.zip);;All files (*)</source>
        <translation>Veiviser-pakker (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Open for review</source>
        <translation>&amp;Åpne for gjennomgang</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a package for review</source>
        <translation>Åpne en pakke for gjennomgang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser checks every file of the package against its signed manifest and makes a review project from it: the vendor's answers, requirement statuses, evidence and documents, sealed so that only your findings can be recorded.</source>
        <translation>Veiviser kontrollerer hver fil i pakken mot det signerte manifestet og lager et gjennomgangsprosjekt av den: leverandørens svar, kravstatuser, dokumentasjon og dokumenter, forseglet slik at bare funnene dine kan registreres.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Package file</source>
        <translation>Pakkefil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review project file</source>
        <translation>Fil for gjennomgangsprosjektet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Gjennomgått av</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for example: Direktoratet for medisinske produkter</source>
        <translation>for eksempel: Direktoratet for medisinske produkter</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>The sender's public key</source>
        <translation>Avsenderens offentlige nøkkel</translation>
    </message>
    <message>
        <location line="-41" />
        <source>optional: the key file the vendor gave you</source>
        <translation>valgfritt: nøkkelfilen du fikk fra leverandøren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the package file</source>
        <translation>Velg pakkefilen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;rowse…</source>
        <translation>B&amp;la gjennom …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose where to save the review project</source>
        <translation>Velg hvor gjennomgangsprosjektet skal lagres</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the sender's public key file</source>
        <translation>Velg filen med avsenderens offentlige nøkkel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Package:</source>
        <translation>&amp;Pakke:</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Bro&amp;wse…</source>
        <translation>Bla g&amp;jennom …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review pro&amp;ject:</source>
        <translation>Gjennomgangsprosj&amp;ekt:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;viewer:</source>
        <translation>Gjennomgått &amp;av:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sender's public &amp;key:</source>
        <translation>Avsenderens offentlige &amp;nøkkel:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Package to review</source>
        <translation>Pakke som skal gjennomgås</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save the review project as</source>
        <translation>Lagre gjennomgangsprosjektet som</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser)</source>
        <translation>Veiviser-prosjekter (*.veiviser)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>PEM-nøkler (*.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>-review</source>
        <translation>-gjennomgang</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose the package to review.</source>
        <translation>Velg pakken som skal gjennomgås.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the review project.</source>
        <translation>Velg hvor gjennomgangsprosjektet skal lagres.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 exists already; a review project is always a new file.</source>
        <translation>%1 finnes allerede; et gjennomgangsprosjekt er alltid en ny fil.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder for the review project does not exist.</source>
        <translation>Mappen for gjennomgangsprosjektet finnes ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the reviewer's name.</source>
        <translation>Oppgi navnet på den som gjennomgår.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The public key file %1 does not exist.</source>
        <translation>Filen med den offentlige nøkkelen, %1, finnes ikke.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Verifying %1…</source>
        <translation>Verifiserer %1 …</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cancelled; no review project was made.</source>
        <translation>Avbrutt; ingen gjennomgangsprosjekter ble laget.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The package verifies: every file matches its signed manifest.</source>
        <translation>Pakken er verifisert: hver fil stemmer med det signerte manifestet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is signed with the key you gave (%1).</source>
        <translation>Den er signert med nøkkelen du oppga (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is signed by %1: check this fingerprint with the sender before you rely on the package.</source>
        <translation>Den er signert av %1: kontroller dette fingeravtrykket med avsenderen før du stoler på pakken.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ReviewPanel</name>
    <message>
        <location filename="../modules/ui/ReviewPanel.cpp" line="-228" />
        <source>Your finding: %1. %2 (%3, %4)</source>
        <translation>Ditt funn: %1. %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No comment.</source>
        <translation>Ingen kommentar.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No finding on this requirement yet. Choose a verdict; a deficiency or a question needs a comment that says what is missing or what the vendor should answer.</source>
        <translation>Ingen funn på dette kravet ennå. Velg en vurdering; en mangel eller et spørsmål trenger en kommentar som sier hva som mangler eller hva leverandøren skal svare på.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>It is not signed.</source>
        <translation>Den er ikke signert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its signature was checked against your key %1.</source>
        <translation>Signaturen er kontrollert mot nøkkelen din %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is signed by %1; check this fingerprint with the sender.</source>
        <translation>Den er signert av %1; kontroller dette fingeravtrykket med avsenderen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a review of the package %1. %2 The vendor's answers, statuses, evidence and documents are read-only here; record your finding on each requirement.</source>
        <translation>Dette er en gjennomgang av pakken %1. %2 Leverandørens svar, statuser, dokumentasjon og dokumenter kan bare leses her; registrer funnet ditt på hvert krav.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+22" />
        <source>no requirement of a review project is shown</source>
        <translation>det vises ikke noe krav i et gjennomgangsprosjekt</translation>
    </message>
    <message>
        <location line="-15" />
        <source>A deficiency needs a comment.</source>
        <translation>En mangel trenger en kommentar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A question needs a comment.</source>
        <translation>Et spørsmål trenger en kommentar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say what is missing or what the vendor should answer, then save again.</source>
        <translation>Skriv hva som mangler eller hva leverandøren skal svare på, og lagre igjen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved your finding on this requirement.</source>
        <translation>Funnet ditt på dette kravet er lagret.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>no review project is open</source>
        <translation>ingen gjennomgangsprosjekter er åpne</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create a private folder for the package's documents</source>
        <translation>kan ikke lage en privat mappe for dokumentene i pakken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the temporary folder %1 is writable.</source>
        <translation>Kontroller at det går an å skrive i den midlertidige mappen %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot write the document</source>
        <translation>%1: kan ikke skrive dokumentet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the temporary folder.</source>
        <translation>Kontroller den midlertidige mappen.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: cannot read the document</source>
        <translation>%1: kan ikke lese dokumentet</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Your finding</source>
        <translation>Ditt funn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The package's documents</source>
        <translation>Dokumentene i pakken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verdict:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Verdict on this requirement</source>
        <translation>Vurdering av dette kravet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment on this requirement</source>
        <translation>Kommentar til dette kravet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is missing, or what should the vendor answer? (needed for a deficiency or a question)</source>
        <translation>Hva mangler, eller hva skal leverandøren svare på? (kreves for en mangel eller et spørsmål)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save finding</source>
        <translation>&amp;Lagre funn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the finding on this requirement</source>
        <translation>Lagre funnet på dette kravet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove finding</source>
        <translation>Fjern funnet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the finding on this requirement</source>
        <translation>Fjern funnet på dette kravet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documents in the package</source>
        <translation>Dokumenter i pakken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The package holds no documents.</source>
        <translation>Pakken inneholder ingen dokumenter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;document</source>
        <translation>Åpne &amp;dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the chosen document</source>
        <translation>Åpne det valgte dokumentet</translation>
    </message>
</context>
<context>
    <name>vv::ui::RiskControlEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+147" />
        <source>change to risk control %1</source>
        <translation>endring av risikotiltak %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>new risk control</source>
        <translation>nytt risikotiltak</translation>
    </message>
</context>
<context>
    <name>vv::ui::RiskHeatMap</name>
    <message numerus="yes">
        <location filename="../modules/ui/RiskHeatMap.cpp" line="+48" />
        <source>%n hazard(s) at severity %1, probability %2 (%3)</source>
        <translation>
            <numerusform>%n fare med alvorlighet %1, sannsynlighet %2 (%3)</numerusform>
            <numerusform>%n farer med alvorlighet %1, sannsynlighet %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>No hazards.</source>
        <translation>Ingen farer.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+7" />
        <source>S%1</source>
        <comment>severity level on the matrix's axis</comment>
        <translation>A%1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>P%1</source>
        <comment>probability level on the matrix's axis</comment>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>vv::ui::RiskPage</name>
    <message>
        <location filename="../modules/ui/RiskPage.cpp" line="+355" />
        <source>Risk management</source>
        <translation>Risikostyring</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Risk management and change control</source>
        <translation>Risikostyring og endringskontroll</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hazards of the system with their risk before and after controls (ISO 14971, AI Act Art. 9), what verifies each control, the traceability matrix from requirement to evidence with its gaps, and the plan for changes assessed in advance (AI Act Art. 43(4)).</source>
        <translation>Farene ved systemet med risikoen før og etter tiltak (ISO 14971, KI-forordningen art. 9), hva som verifiserer hvert tiltak, sporbarhetsmatrisen fra krav til dokumentasjon med manglene, og planen for endringer som er vurdert på forhånd (KI-forordningen art. 43 nr. 4).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Before controls</source>
        <translation>Før tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After controls</source>
        <translation>Etter tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ha&amp;zard:</source>
        <translation>F&amp;are:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;quence of events:</source>
        <translation>Hen&amp;delsesforløp:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Har&amp;m:</source>
        <translation>Helseskad&amp;e:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Initial risk (S, P):</source>
        <translation>&amp;Opprinnelig risiko (A, S):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Initial severity</source>
        <translation>Opprinnelig alvorlighet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Initial probability</source>
        <translation>Opprinnelig sannsynlighet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>estimated</source>
        <translation>vurdert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residual severity</source>
        <translation>Gjenværende alvorlighet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residual probability</source>
        <translation>Gjenværende sannsynlighet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New hazard</source>
        <translation>N&amp;y fare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sa&amp;ve hazard</source>
        <translation>&amp;Lagre fare</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type of the new control</source>
        <translation>Type for det nye tiltaket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the control does</source>
        <translation>Hva tiltaket gjør</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New control</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add control</source>
        <translation>Legg til &amp;tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification</source>
        <translation>Verifisering</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the chosen test run, evidence item or monitored metric to the selected control</source>
        <translation>Legg til den valgte testkjøringen, dokumentasjonen eller det overvåkede målet for det valgte tiltaket</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+27" />
        <source>Hazards</source>
        <translation>Farer</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Traceability</source>
        <translation>Sporbarhet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change control</source>
        <translation>Endringskontroll</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reference:</source>
        <translation>Refera&amp;nse:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazardous si&amp;tuation:</source>
        <translation>Farlig &amp;situasjon:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resi&amp;dual risk (S, P):</source>
        <translation>G&amp;jenværende risiko (A, S):</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Verified &amp;by</source>
        <translation>&amp;Verifisert av</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Controls of the selected hazard</source>
        <translation>Tiltak for den valgte faren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the rows</source>
        <translation>Filtrer radene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the traceability matrix</source>
        <translation>Filtrer sporbarhetsmatrisen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Traceability matrix</source>
        <translation>Sporbarhetsmatrise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The predetermined change control plan in YAML (docs/risk.md): each planned modification with what may change, its protocol, its acceptance criteria and its impact. Checking a run files a met check as evidence and opens a deviation for one that is not met.</source>
        <translation>Den forhåndsbestemte planen for endringskontroll i YAML (docs/risk.md): hver planlagt endring med hva som kan endres, protokollen, akseptkriteriene og konsekvensene. Når en kjøring kontrolleres, arkiveres en oppfylt kontroll som dokumentasjon, og det åpnes et avvik for en som ikke er oppfylt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change control plan</source>
        <translation>Plan for endringskontroll</translation>
    </message>
    <message>
        <location line="+2" />
        <source>M&amp;odification:</source>
        <translation>&amp;Modifikasjon:</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Only ga&amp;ps</source>
        <translation>&amp;Bare mangler</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Store p&amp;lan</source>
        <translation>Lagre &amp;plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test r&amp;un:</source>
        <translation>Testkj&amp;øring:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chec&amp;k the run</source>
        <translation>&amp;Utfør kontrollen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checks made</source>
        <translation>Kontroller som er gjort</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Test run %1: %2</source>
        <translation>Testkjøring %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evidence #%1: %2</source>
        <translation>Dokumentasjon nr. %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Monitoring of %1</source>
        <translation>Overvåking av %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Hazard %1</source>
        <translation>Fare %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New hazard</source>
        <translation>Ny fare</translation>
    </message>
    <message>
        <location line="+24" />
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open, an incident</source>
        <translation>åpent, en hendelse</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>åpent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <comment>a deviation's link and its state</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviation %1: %2</source>
        <translation>Avvik %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No deviation points at this hazard.</source>
        <translation>Ingen avvik peker på denne faren.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviations about this hazard: %1</source>
        <translation>Avvik om denne faren: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Nothing verifies this control yet.</source>
        <translation>Ingenting verifiserer dette kontrolltiltaket ennå.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verified by: %1</source>
        <translation>Verifisert av: %1</translation>
    </message>
    <message>
        <location line="+117" />
        <source>the plan</source>
        <translation>planen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Stored the change control plan, version %1.</source>
        <translation>Lagret planen for endringskontroll, versjon %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Check %1: %2.</source>
        <translation>Kontroll %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filed as evidence #%1.</source>
        <translation>Arkivert som dokumentasjon nr. %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opened deviation %1.</source>
        <translation>Åpnet avvik %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Computing the traceability matrix…</source>
        <translation>Beregner sporbarhetsmatrisen …</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The traceability matrix could not be computed: %1</source>
        <translation>Sporbarhetsmatrisen kunne ikke beregnes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s), no gaps.</source>
        <translation>
            <numerusform>%n rad, ingen mangler.</numerusform>
            <numerusform>%n rader, ingen mangler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n gap(s) to close before a release.</source>
        <translation>
            <numerusform>%n mangel å lukke før en utgivelse.</numerusform>
            <numerusform>%n mangler å lukke før en utgivelse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vv::ui::RunComparisonDialog</name>
    <message>
        <location filename="../modules/ui/RunComparisonDialog.cpp" line="+23" />
        <source>Test runs %1 and %2 compared</source>
        <translation>Testkjøring %1 og %2 sammenlignet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run %1 (A) against the newer run %2 (B), on the cases both ran. Comparing…</source>
        <translation>Kjøring %1 (A) mot den nyere kjøringen %2 (B), på testtilfellene begge kjørte. Sammenligner …</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Case</source>
        <translation>Testtilfelle</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why it failed</source>
        <translation>Hvorfor det ikke besto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cases that changed between the runs</source>
        <translation>Testtilfeller som endret seg mellom kjøringene</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The paired test</source>
        <translation>Den parvise testen</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Runs %1 and %2 cannot be compared: %3</source>
        <translation>Kjøring %1 og %2 kan ikke sammenlignes: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Run %1 (A) against the newer run %2 (B), on the %n cases both ran and graded.</source>
        <translation>
            <numerusform>Kjøring %1 (A) mot den nyere kjøringen %2 (B), på det ene testtilfellet begge kjørte og vurderte.</numerusform>
            <numerusform>Kjøring %1 (A) mot den nyere kjøringen %2 (B), på de %n testtilfellene begge kjørte og vurderte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Regressions: passed in A, failed in B (%1)</source>
        <translation>Tilbakegang: bestått i A, ikke bestått i B (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Improvements: failed in A, passed in B (%1)</source>
        <translation>Forbedringer: ikke bestått i A, bestått i B (%1)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Run A passed %1 and run B %2 of the %3 cases. Difference in pass rate, B minus A: %4 percentage points (%5 % confidence interval %6 to %7, Newcombe's paired score interval). Exact McNemar test on the %8 cases that changed: p = %9.</source>
        <translation>Kjøring A besto %1 og kjøring B %2 av de %3 testtilfellene. Forskjell i andel bestått, B minus A: %4 prosentpoeng (%5 % konfidensintervall %6 til %7, Newcombes parvise scoreintervall). Eksakt McNemar-test på de %8 testtilfellene som endret seg: p = %9.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Left out: cases that errored or were not graded in either run: %1; cases only in run A: %2; only in run B: %3.</source>
        <translation>Utelatt: testtilfeller med feil eller uten vurdering i en av kjøringene: %1; testtilfeller bare i kjøring A: %2; bare i kjøring B: %3.</translation>
    </message>
</context>
<context>
    <name>vv::ui::TestRunListModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="-229" />
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
        <translation>Mislyktes</translation>
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
        <location line="+5" />
        <source>%1 of %2 graded cases passed, %3 not graded</source>
        <translation>%1 av %2 vurderte tilfeller bestått, %3 ikke vurdert</translation>
    </message>
    <message>
        <location line="+5" />
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
    <name>vv::ui::TraceHtml</name>
    <message>
        <location filename="../modules/ui/TraceHtml.cpp" line="+13" />
        <source>this is the case</source>
        <translation>dette er tilfellet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not the case</source>
        <translation>ikke tilfellet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet known</source>
        <translation>ikke kjent ennå</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Still needed:</source>
        <translation>Mangler fortsatt:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rests on answers given under an older version of the guidance:</source>
        <translation>Bygger på svar gitt under en eldre versjon av veiledningen:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rules that wait for answers</source>
        <translation>Regler som venter på svar</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Other rules checked (%1)</source>
        <translation>Andre regler som ble vurdert (%1)</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+20" />
        <source>Sources:</source>
        <translation>Kilder:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>How it was decided</source>
        <translation>Slik ble det avgjort</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+3" />
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="-3" />
        <source>otherwise</source>
        <translation>ellers</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Facts used:</source>
        <translation>Fakta som ble brukt:</translation>
    </message>
</context>
<context>
    <name>vv::ui::TraceModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="+137" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazard</source>
        <translation>Fare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification</source>
        <translation>Verifisering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationDialog</name>
    <message>
        <location filename="../modules/ui/ValidationDialog.cpp" line="+152" />
        <location line="+286" />
        <source>Choose a predictions file</source>
        <translation>Velg en prediksjonsfil</translation>
    </message>
    <message>
        <location line="-285" />
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+1" />
        <location line="+289" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location line="-201" />
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
        <location line="+44" />
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The run was cancelled; it is kept as test run %1, not filed as evidence.</source>
        <translation>Kjøringen ble avbrutt; den er beholdt som testkjøring %1 og ikke arkivert som dokumentasjon.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test run %1 failed: %2</source>
        <translation>Testkjøring %1 mislyktes: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The run was cancelled; nothing was stored.</source>
        <translation>Kjøringen ble avbrutt; ingenting ble lagret.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stored as test run %1, but filing it as evidence failed: %2</source>
        <translation>Lagret som testkjøring %1, men arkiveringen som dokumentasjon mislyktes: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The result could not be stored in the project: %1</source>
        <translation>Resultatet kunne ikke lagres i prosjektet: %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Stored as test run %1 and filed as evidence %2 for: %3.</source>
        <translation>Lagret som testkjøring %1 og arkivert som dokumentasjon %2 for: %3.</translation>
    </message>
    <message>
        <location line="+24" />
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
        <location filename="../modules/ui/ValidationPage.cpp" line="+100" />
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Run %1 has no clinical metrics to show.</source>
        <translation>Kjøring %1 har ingen kliniske mål å vise.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Test run %1: %2</source>
        <translation>Testkjøring %1: %2</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Validation and test runs</source>
        <translation>Validering og testkjøringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate a prediction model on your own patients: a CSV file with each patient's predicted risk and outcome gives discrimination, calibration, net benefit and risk distributions with confidence intervals. Every run is stored here with its provenance, as evidence for the AI Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation. Language models are tested with an evaluation engine: a Norwegian test suite against an endpoint, promptfoo, or result files from lm-evaluation-harness, inspect_ai or EuroEval.</source>
        <translation>Valider en prediksjonsmodell på egne pasienter: en CSV-fil med hver pasients predikerte risiko og utfall gir diskriminering, kalibrering, netto nytte og risikofordelinger med konfidensintervaller. Hver kjøring lagres her med opphavsinformasjon, som dokumentasjon for KI-forordningen (art. 15), den kliniske evalueringen etter MDR og Helsedirektoratets lokale validering. Språkmodeller testes med en evalueringsmotor: en norsk testsamling mot et endepunkt, promptfoo, eller resultatfiler fra lm-evaluation-harness, inspect_ai eller EuroEval.</translation>
    </message>
    <message>
        <location line="+6" />
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
        <source>Run an e&amp;valuation engine…</source>
        <translation>Kjør en evaluerings&amp;motor …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run a language-model test suite against an endpoint, promptfoo, or import result files, as a test run filed as evidence.</source>
        <translation>Kjør en testsamling for språkmodeller mot et endepunkt eller med promptfoo, eller importer resultatfiler, som en testkjøring som arkiveres som dokumentasjon.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Res&amp;ume run…</source>
        <translation>F&amp;ortsett kjøringen …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue a cancelled or interrupted run without repeating its finished cases.</source>
        <translation>Fortsett en avbrutt kjøring uten å gjenta tilfellene som er ferdige.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mpare two runs…</source>
        <translation>Sammen&amp;lign to kjøringer …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose two runs of the same suite (Ctrl+click) to see which cases the newer run fails that the older passed, which it newly passes, and the exact paired test.</source>
        <translation>Velg to kjøringer av samme testsuite (Ctrl+klikk) for å se hvilke testtilfeller den nyere kjøringen ikke består som den eldre besto, hvilke den nå består, og den eksakte parvise testen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rate answers…</source>
        <translation>&amp;Vurder svar …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate a run's answers blind against a rubric, one case at a time, as a clinician in a rating round (docs/human-evaluation.md).</source>
        <translation>Vurder svarene fra en kjøring blindet mot et vurderingsskjema, ett tilfelle om gangen, som kliniker i en vurderingsrunde (docs/human-evaluation.md).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test runs</source>
        <translation>Testkjøringer</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationResultView</name>
    <message>
        <location filename="../modules/ui/ValidationResultView.cpp" line="+85" />
        <source>All patients</source>
        <translation>Alle pasienter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(blank)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+67" />
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
        <location line="+18" />
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
    <name>vv::ui::WalkthroughPage</name>
    <message>
        <location filename="../modules/ui/WalkthroughPage.cpp" line="+180" />
        <location line="+432" />
        <source>Walkthrough</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <location line="-388" />
        <source>Question %1 of %2</source>
        <translation>Spørsmål %1 av %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 answered</source>
        <translation>%1 av %2 besvart</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n still needed for the classification</source>
        <translation>
            <numerusform>%n gjenstår for klassifiseringen</numerusform>
            <numerusform>%n gjenstår for klassifiseringen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>the classification is complete</source>
        <translation>klassifiseringen er fullstendig</translation>
    </message>
    <message>
        <location line="+68" />
        <source>There are no questions in the installed guidance.</source>
        <translation>Det finnes ingen spørsmål i den installerte veiledningen.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This question is not asked for your current answers; an answer here is kept but not used.</source>
        <translation>Dette spørsmålet stilles ikke med svarene du har gitt nå; et svar her tas vare på, men brukes ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whether this question is asked depends on answers not given yet.</source>
        <translation>Om dette spørsmålet stilles, avhenger av svar som ikke er gitt ennå.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The stored answer is no longer valid under version %1 of the guidance. Answer again.</source>
        <translation>Det lagrede svaret er ikke lenger gyldig under versjon %1 av veiledningen. Svar på nytt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This answer was given under version %1 of “%2”; version %3 is installed now. Check that it still holds, then confirm it or change it.</source>
        <translation>Dette svaret ble gitt under versjon %1 av «%2»; nå er versjon %3 installert. Sjekk at det fortsatt stemmer, og bekreft eller endre det.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not answered yet: the project's role (%1) counts until you answer.</source>
        <translation>Ikke besvart ennå: prosjektets rolle (%1) gjelder til du svarer.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Legal sources: %1</source>
        <translation>Rettskilder: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Responsible agency: %1</source>
        <translation>Ansvarlig myndighet: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+52" />
        <source>A number from %1 to %2</source>
        <translation>Et tall fra %1 til %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A number</source>
        <translation>Et tall</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Your answer was not saved. Replace their answer with yours?</source>
        <translation>Svaret ditt ble ikke lagret. Vil du erstatte svaret deres med ditt?</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Every question is answered</source>
        <translation>Alle spørsmålene er besvart</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End of the questions</source>
        <translation>Slutt på spørsmålene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The classification is worked out from your answers.</source>
        <translation>Klassifiseringen er utledet av svarene dine.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n question(s) are still unanswered.</source>
        <translation>
            <numerusform>%n spørsmål er ennå ikke besvart.</numerusform>
            <numerusform>%n spørsmål er ennå ikke besvart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of them are needed for the classification.</source>
        <translation>
            <numerusform>%n av dem trengs for klassifiseringen.</numerusform>
            <numerusform>%n av dem trengs for klassifiseringen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 requirements apply to this project; the dashboard shows where you stand.</source>
        <translation>%1 krav gjelder for dette prosjektet; framdriftsoversikten viser hvor dere står.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>One question at a time, in the order the rules need them. Each answer is saved at once and the classification follows it; you can come back and change any answer later.</source>
        <translation>Ett spørsmål om gangen, i den rekkefølgen reglene trenger dem. Hvert svar lagres med en gang, og klassifiseringen følger det; du kan komme tilbake og endre et svar senere.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hel&amp;p</source>
        <translation>Hjel&amp;p</translation>
    </message>
    <message>
        <location line="+6" />
        <source>S&amp;kip for now</source>
        <translation>Hopp &amp;over inntil videre</translation>
    </message>
    <message>
        <location line="-5" />
        <source>C&amp;lear the answer</source>
        <translation>Fjern s&amp;varet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;onfirm</source>
        <translation>&amp;Bekreft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm the answer under the new guidance version</source>
        <translation>Bekreft svaret under den nye versjonen av veiledningen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous question (Alt+Left)</source>
        <translation>Forrige spørsmål (Alt+Venstre)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave this question unanswered and go on (Alt+Right)</source>
        <translation>La spørsmålet stå ubesvart og gå videre (Alt+Høyre)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;Neste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next question (Alt+Right)</source>
        <translation>Neste spørsmål (Alt+Høyre)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress through the questions</source>
        <translation>Framdrift gjennom spørsmålene</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help for the question</source>
        <translation>Hjelp til spørsmålet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the &amp;classification</source>
        <translation>Se &amp;klassifiseringen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the &amp;dashboard</source>
        <translation>Åpne fram&amp;driftsoversikten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the first &amp;unanswered question</source>
        <translation>Gå til første &amp;ubesvarte spørsmål</translation>
    </message>
</context>
<context>
    <name>vv::ui::WelcomePage</name>
    <message>
        <location filename="../modules/ui/WelcomePage.cpp" line="+67" />
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
        <source>Open a package for &amp;review…</source>
        <translation>Åpne en pakke for &amp;gjennomgang …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For regulators and notified bodies: verify a documentation package and review it.</source>
        <translation>For myndigheter og meldte organer: verifiser en dokumentasjonspakke og gå gjennom den.</translation>
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
    <name>vv::validation::Agreement</name>
    <message>
        <location filename="../modules/validation/Agreement.cpp" line="+22" />
        <source>rater %1 gave unit %2 the score %3, outside the scale %4 to %5</source>
        <translation>vurderer %1 ga enhet %2 skåren %3, utenfor skalaen %4 til %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scores must be levels of the rubric's scale.</source>
        <translation>Skårene må være nivåer på vurderingsskjemaets skala.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>rater %1 rated unit %2 twice, with %3 and %4</source>
        <translation>vurderer %1 vurderte enhet %2 to ganger, med %3 og %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep one score per rater and unit.</source>
        <translation>Behold én skår per vurderer og enhet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the interval's level must be between 0 and 1, not %1</source>
        <translation>intervallets nivå må være mellom 0 og 1, ikke %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the bootstrap needs between %1 and %2 samples, not %3</source>
        <translation>bootstrap trenger mellom %1 og %2 trekninger, ikke %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the scale's lowest level (%1) must be below its highest (%2)</source>
        <translation>skalaens laveste nivå (%1) må være lavere enn det høyeste (%2)</translation>
    </message>
    <message>
        <location line="+297" />
        <source>agreement needs ratings from at least two raters, not %1</source>
        <translation>samsvar krever vurderinger fra minst to vurderere, ikke %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no unit was rated by two or more raters</source>
        <translation>ingen enhet ble vurdert av to eller flere vurderere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement is measured on the cases that several raters scored.</source>
        <translation>Samsvar måles på tilfellene som flere vurderere har skåret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohen's kappa compares exactly two raters; there are %1.</source>
        <translation>Cohens kappa sammenligner nøyaktig to vurderere; her er det %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohen's kappa is not defined: the two raters used one and the same score throughout, so chance alone explains their agreement.</source>
        <translation>Cohens kappa er ikke definert: de to vurdererne brukte én og samme skår hele veien, så tilfeldighet alene forklarer samsvaret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Krippendorff's alpha is not defined: every pairable score is the same, so there is no disagreement to expect.</source>
        <translation>Krippendorffs alfa er ikke definert: alle parbare skårer er like, så det er ingen uenighet å forvente.</translation>
    </message>
</context>
<context>
    <name>vv::validation::AnswerGrading</name>
    <message>
        <location filename="../modules/validation/AnswerGrading.cpp" line="+21" />
        <source>refers to [%1], which is not in the context</source>
        <translation>viser til [%1], som ikke er i konteksten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>refers to %1 of the context's passages (at least %2 wanted)</source>
        <translation>viser til %1 av kontekstens kildetekster (minst %2 ønsket)</translation>
    </message>
    <message>
        <location line="+147" />
        <source>expected %1</source>
        <translation>ventet %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not one of the allowed values</source>
        <translation>%1 er ikke blant de tillatte verdiene</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is below the minimum</source>
        <translation>%1 er under minsteverdien</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is above the maximum</source>
        <translation>%1 er over største tillatte verdi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is missing</source>
        <translation>«%1» mangler</translation>
    </message>
    <message>
        <location line="+38" />
        <source>contains identity numbers: %1</source>
        <translation>inneholder identitetsnumre: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <location filename="../plugins/openai-compatible/OpenAiCompatibleEngine.cpp" line="+680" />
        <source>judge reply unusable: %1</source>
        <translation>dommerens svar er ubrukelig: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the grader has no rubric criterion</source>
        <translation>vurderingen har ikke noe kriterium fra et vurderingsskjema</translation>
    </message>
    <message>
        <location line="+2" />
        <source>longer than %1 characters</source>
        <translation>lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not JSON</source>
        <translation>ikke JSON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not a JSON object</source>
        <translation>ikke et JSON-objekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unexpected key '%1'</source>
        <translation>uventet nøkkel «%1»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the score %1 is not a level of '%2' (%3 to %4)</source>
        <translation>skåren %1 er ikke et nivå på «%2» (%3 til %4)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the reason is longer than %1 characters</source>
        <translation>begrunnelsen er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>judge score %1 (passes at %2)</source>
        <translation>dommerens skår %1 (bestått ved %2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>does not contain '%1'</source>
        <translation>inneholder ikke «%1»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>contains '%1'</source>
        <translation>inneholder «%1»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>does not match /%1/</source>
        <translation>passer ikke med /%1/</translation>
    </message>
    <message>
        <location line="+6" />
        <source>did not decline</source>
        <translation>avslo ikke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>declined</source>
        <translation>avslo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>does not refer the user to %1</source>
        <translation>viser ikke brukeren til %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no hunspell dictionaries to check the language with</source>
        <translation>ingen hunspell-ordbøker å sjekke målformen med</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 words: %2 only Bokmål, %3 only Nynorsk</source>
        <translation>%1 ord: %2 bare bokmål, %3 bare nynorsk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>LIX %1 (at most %2)</source>
        <translation>LIX %1 (høyst %2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the answer is not JSON</source>
        <translation>svaret er ikke JSON</translation>
    </message>
    <message>
        <location line="+17" />
        <source>needs a judge's reply</source>
        <translation>trenger et svar fra dommeren</translation>
    </message>
</context>
<context>
    <name>vv::validation::Calibration</name>
    <message>
        <location filename="../modules/validation/Calibration.cpp" line="+204" />
        <source>Calibration intercept and slope need patients with and without the outcome.</source>
        <translation>Kalibreringens konstantledd og stigning krever pasienter med og uten utfallet.</translation>
    </message>
    <message>
        <location line="+69" />
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
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="+65" />
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
        <location line="+11" />
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
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="+15" />
        <source>Clinical validation of %1</source>
        <translation>Klinisk validering av %1</translation>
    </message>
    <message>
        <location filename="../modules/validation/ClinicalMetrics.cpp" line="+97" />
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
    <message>
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="-40" />
        <source>the predictions file %1 does not exist</source>
        <translation>prediksjonsfilen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the delimiter must be ',', ';' or 'tab'</source>
        <translation>skilletegnet må være «,», «;» eller «tab»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the decimal mark must be '.' or ','</source>
        <translation>desimaltegnet må være «.» eller «,»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the threshold '%1' is not a number</source>
        <translation>terskelen «%1» er ikke et tall</translation>
    </message>
</context>
<context>
    <name>vv::validation::Discrimination</name>
    <message>
        <location filename="../modules/validation/Discrimination.cpp" line="+148" />
        <source>The AUROC needs patients with and without the outcome.</source>
        <translation>AUROC krever pasienter med og uten utfallet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The DeLong interval needs at least two patients with and two without the outcome.</source>
        <translation>DeLong-intervallet krever minst to pasienter med og to uten utfallet.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The two scores rank every pair the same way except for a constant shift; the test has no variance.</source>
        <translation>De to skårene rangerer alle par likt bortsett fra en fast forskyvning; testen har ingen varians.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Bootstrap</source>
        <translation>Bootstrap</translation>
    </message>
</context>
<context>
    <name>vv::validation::EngineCatalog</name>
    <message>
        <location filename="../modules/validation/EngineCatalog.cpp" line="+36" />
        <source>the file is larger than %1 MiB</source>
        <translation>filen er større enn %1 MiB</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a Qt plugin (no plugin metadata)</source>
        <translation>ikke et Qt-tillegg (mangler tilleggsmetadata)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>implements '%1', not the evaluation-engine interface %2</source>
        <translation>implementerer «%1», ikke grensesnittet for evalueringsmotorer %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>bad manifest: %1</source>
        <translation>ugyldig manifest: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>incompatible: %1</source>
        <translation>ikke kompatibelt: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the engine id '%1' is already taken by %2</source>
        <translation>motor-id-en «%1» er allerede brukt av %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>there is no evaluation engine '%1'</source>
        <translation>det finnes ingen evalueringsmotor «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No engines were found; see 'veiviser-cli engines list'.</source>
        <translation>Fant ingen motorer; se «veiviser-cli engines list».</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available engines: %1.</source>
        <translation>Tilgjengelige motorer: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the evaluation engine '%1' cannot be used: %2</source>
        <translation>evalueringsmotoren «%1» kan ikke brukes: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See 'veiviser-cli engines list'.</source>
        <translation>Se «veiviser-cli engines list».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the plugin %1 could not be loaded: %2</source>
        <translation>tillegget %1 kunne ikke lastes: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the plugin %1 does not implement the evaluation-engine interface</source>
        <translation>tillegget %1 implementerer ikke grensesnittet for evalueringsmotorer</translation>
    </message>
</context>
<context>
    <name>vv::validation::EngineManifest</name>
    <message>
        <location filename="../modules/validation/EngineManifest.cpp" line="+34" />
        <source>Fix the plugin's plugin.json or ask its author for a fixed build.</source>
        <translation>Rett tilleggets plugin.json, eller be utvikleren om en rettet versjon.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the manifest has no '%1'</source>
        <translation>manifestet mangler «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' must be a string</source>
        <translation>«%1» må være en tekst</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is empty</source>
        <translation>«%1» er tom</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is longer than %2 characters</source>
        <translation>«%1» er lengre enn %2 tegn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' has the invalid value '%2'</source>
        <translation>«%1» har den ugyldige verdien «%2»</translation>
    </message>
    <message>
        <location line="+31" />
        <source>'%1' must be a string or an object with 'nb' and 'en'</source>
        <translation>«%1» må være en tekst eller et objekt med «nb» og «en»</translation>
    </message>
    <message>
        <location line="+41" />
        <source>the manifest is not a JSON object</source>
        <translation>manifestet er ikke et JSON-objekt</translation>
    </message>
    <message>
        <location line="+34" />
        <source>'config' must be a list of fields</source>
        <translation>«config» må være en liste med felt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'config' has more than %1 fields</source>
        <translation>«config» har mer enn %1 felt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every entry of 'config' must be an object</source>
        <translation>hver oppføring i «config» må være et objekt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>in 'config'</source>
        <translation>i «config»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the config field '%1' is declared twice</source>
        <translation>innstillingsfeltet «%1» er oppgitt to ganger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the config field '%1' needs a type: string, integer, number, boolean or path</source>
        <translation>innstillingsfeltet «%1» trenger en type: string, integer, number, boolean eller path</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the config field '%1' needs a label with 'nb' and 'en'</source>
        <translation>innstillingsfeltet «%1» trenger en etikett med «nb» og «en»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the default of config field '%1' does not fit its type %2</source>
        <translation>standardverdien til innstillingsfeltet «%1» passer ikke med typen %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' of config field '%2' must be true or false</source>
        <translation>«%1» i innstillingsfeltet «%2» må være true eller false</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the secret config field '%1' must not have a default</source>
        <translation>det hemmelige innstillingsfeltet «%1» kan ikke ha en standardverdi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'program' must be an object with name, env, setting and install</source>
        <translation>'program' må være et objekt med name, env, setting og install</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <location line="+4" />
        <source>in 'program'</source>
        <translation>i 'program'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the program's setting '%1' must be a config field of type path</source>
        <translation>programmets innstilling '%1' må være et konfigurasjonsfelt av typen path</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'program' needs 'install' with 'nb' and 'en'</source>
        <translation>'program' trenger 'install' med 'nb' og 'en'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'outputs' must be a non-empty list of names</source>
        <translation>«outputs» må være en liste med minst ett navn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'outputs' has more than %1 names</source>
        <translation>«outputs» har mer enn %1 navn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every entry of 'outputs' must be a short name</source>
        <translation>hver oppføring i «outputs» må være et kort navn</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the plugin needs Veiviser %1, this is Veiviser %2</source>
        <translation>tillegget krever Veiviser %1, dette er Veiviser %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install a version of the plugin made for this Veiviser.</source>
        <translation>Installer en versjon av tillegget som er laget for denne Veiviser-versjonen.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the setting '%1' is an address with a user name or key in it (%2)</source>
        <translation>innstillingen «%1» er en adresse med brukernavn eller nøkkel i seg (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the address without it. An API key belongs in an environment variable named by api_key_env, or in the keychain (veiviser-cli secret set), so that it never reaches the project, a log or a package.</source>
        <translation>Oppgi adressen uten. En API-nøkkel hører hjemme i en miljøvariabel som api_key_env navngir, eller i nøkkelringen (veiviser-cli secret set), så den aldri havner i prosjektet, en logg eller en pakke.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the engine %1 has no setting '%2'</source>
        <translation>motoren %1 har ingen innstilling «%2»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This engine takes no settings.</source>
        <translation>Denne motoren har ingen innstillinger.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its settings are: %1.</source>
        <translation>Innstillingene er: %1.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the setting '%1' takes a value of type %2, not '%3'</source>
        <translation>innstillingen «%1» tar en verdi av typen %2, ikke «%3»</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the engine %1 needs the setting '%2' (%3)</source>
        <translation>motoren %1 trenger innstillingen «%2» (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give it with --set %1=VALUE.</source>
        <translation>Oppgi den med --set %1=VERDI.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the engine %1 runs no external program</source>
        <translation>motoren %1 kjører ikke noe eksternt program</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (the setting %2) is not an executable file</source>
        <translation>%1 (innstillingen %2) er ikke en kjørbar fil</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (from the environment variable %2) is not an executable file</source>
        <translation>%1 (fra miljøvariabelen %2) er ikke en kjørbar fil</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not installed (looked in %2)</source>
        <translation>%1 er ikke installert (så etter i %2)</translation>
    </message>
</context>
<context>
    <name>vv::validation::EngineRun</name>
    <message numerus="yes">
        <location filename="../modules/validation/EngineRun.cpp" line="+32" />
        <source>all %n cases errored, so nothing was tested</source>
        <translation>
            <numerusform>%n tilfelle fikk feil, så ingenting ble testet</numerusform>
            <numerusform>alle %n tilfellene fikk feil, så ingenting ble testet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>the engine returned no results, so nothing was tested</source>
        <translation>motoren ga ingen resultater, så ingenting ble testet</translation>
    </message>
    <message>
        <location line="+45" />
        <source>the suite %1 does not exist</source>
        <translation>testsettet %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+9" />
        <source>test run %1 was made by the engine %2, not %3</source>
        <translation>testkjøring %1 ble laget av motoren %2, ikke %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>test run %1 is already completed</source>
        <translation>testkjøring %1 er allerede fullført</translation>
    </message>
    <message>
        <location line="+3" />
        <source>test run %1 ran with other settings</source>
        <translation>testkjøring %1 gikk med andre innstillinger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume with the same --set values (secrets excepted).</source>
        <translation>Fortsett med de samme --set-verdiene (unntatt hemmeligheter).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>test run %1 ran another suite (or the suite file has changed)</source>
        <translation>testkjøring %1 brukte et annet testsett (eller testsettfilen er endret)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resuming test run %1: %2 of %3 cases are done.</source>
        <translation>Fortsetter testkjøring %1: %2 av %3 tilfeller er ferdige.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Started test run %1 with %2 (%3 cases).</source>
        <translation>Startet testkjøring %1 med %2 (%3 tilfeller).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the engine ran the finished case '%1' again</source>
        <translation>motoren kjørte det ferdige tilfellet «%1» på nytt</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Test run %1 was cancelled; resume it with --resume %1.</source>
        <translation>Testkjøring %1 ble avbrutt; fortsett den med --resume %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test run %1 failed: %2</source>
        <translation>Testkjøring %1 mislyktes: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Test run %1 failed: %2.</source>
        <translation>Testkjøring %1 mislyktes: %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>test run %1 failed: %2</source>
        <translation>testkjøring %1 mislyktes: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the engine can reach what it tests (address, model, key) and start a new run; the errors are stored with the run's cases.</source>
        <translation>Sjekk at motoren når det den tester (adresse, modell, nøkkel), og start en ny kjøring; feilene er lagret med kjøringens tilfeller.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Test run %1 is completed.</source>
        <translation>Testkjøring %1 er fullført.</translation>
    </message>
</context>
<context>
    <name>vv::validation::JudgeCalibration</name>
    <message>
        <location filename="../modules/validation/JudgeCalibration.cpp" line="+25" />
        <source>Not enough data to check the judge: %1</source>
        <translation>For lite data til å kontrollere dommeren: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>alpha %1 (95% interval %2 to %3) over %4 cases</source>
        <translation>alfa %1 (95 %-intervall %2 til %3) over %4 tilfeller</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The judge can stand in for raters on this criterion: %1; the lower bound reaches %2.</source>
        <translation>Dommeren kan erstatte vurdererne på dette kriteriet: %1; den nedre grensen når %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not shown yet: %1; alpha reaches %2 but its lower bound does not. Rate more cases.</source>
        <translation>Ikke vist ennå: %1; alfa når %2, men den nedre grensen gjør det ikke. Vurder flere tilfeller.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The judge cannot stand in for raters on this criterion: %1, below %2.</source>
        <translation>Dommeren kan ikke erstatte vurdererne på dette kriteriet: %1, under %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>no case has both a judge score and a final human score</source>
        <translation>ingen tilfeller har både en dommerskår og en endelig menneskelig skår</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the judge on the cases of the rating round, and adjudicate them.</source>
        <translation>Kjør dommeren på tilfellene i vurderingsrunden, og avgjør dem.</translation>
    </message>
</context>
<context>
    <name>vv::validation::NorwegianSpelling</name>
    <message>
        <location filename="../modules/validation/AnswerGrading.cpp" line="-319" />
        <source>the hunspell dictionary %1 is missing</source>
        <translation>hunspell-ordboken %1 mangler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package hunspell-no.</source>
        <translation>Installer Debian-pakken hunspell-no.</translation>
    </message>
</context>
<context>
    <name>vv::validation::OpenAiCompatibleEngine</name>
    <message>
        <location filename="../plugins/openai-compatible/OpenAiCompatibleEngine.cpp" line="-541" />
        <source>the endpoint answered HTTP %1</source>
        <translation>endepunktet svarte HTTP %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the endpoint sent an HTML page instead of JSON</source>
        <translation>endepunktet sendte en HTML-side i stedet for JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the response is not valid JSON: %1</source>
        <translation>svaret er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the response has no choices[0].message.content</source>
        <translation>svaret mangler choices[0].message.content</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the retrieval endpoint answered HTTP %1</source>
        <translation>gjenfinningstjenesten svarte HTTP %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the retrieval response is not {"results": [{"id", "score"}]}</source>
        <translation>svaret fra gjenfinningstjenesten er ikke {"results": [{"id", "score"}]}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the retrieval response has more than %1 results</source>
        <translation>svaret fra gjenfinningstjenesten har mer enn %1 resultater</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a retrieval result is not {"id": text, "score": number}</source>
        <translation>et gjenfinningsresultat er ikke {"id": tekst, "score": tall}</translation>
    </message>
    <message>
        <location line="+120" />
        <source>%1 must be an http or https address such as http://127.0.0.1:8080/v1, not '%2'</source>
        <translation>%1 må være en http- eller https-adresse som http://127.0.0.1:8080/v1, ikke «%2»</translation>
    </message>
    <message>
        <location line="+18" />
        <source>api_key_env and api_key_keychain are both set</source>
        <translation>både api_key_env og api_key_keychain er satt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name one place for the API key.</source>
        <translation>Oppgi bare ett sted for API-nøkkelen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the keychain has no entry '%1' (api_key_keychain)</source>
        <translation>nøkkelringen har ingen oppføring '%1' (api_key_keychain)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the key with: veiviser-cli secret set %1</source>
        <translation>Lagre nøkkelen med: veiviser-cli secret set %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the environment variable %1 (api_key_env) is empty or not set</source>
        <translation>miljøvariabelen %1 (api_key_env) er tom eller ikke satt</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+43" />
        <source>Set it in the shell that runs Veiviser; the key is never stored.</source>
        <translation>Sett den i skallet som kjører Veiviser; nøkkelen lagres aldri.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>the CA file %1 does not exist</source>
        <translation>CA-filen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+3" />
        <source>concurrency must be between 1 and 256</source>
        <translation>concurrency må være mellom 1 og 256</translation>
    </message>
    <message>
        <location line="+4" />
        <source>timeout_s must be between 0 and 3600 seconds</source>
        <translation>timeout_s må være mellom 0 og 3600 sekunder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>max_retries must be between 0 and 20</source>
        <translation>max_retries må være mellom 0 og 20</translation>
    </message>
    <message>
        <location line="+21" />
        <source>judge_base_url is set but judge_model is not</source>
        <translation>judge_base_url er satt, men judge_model er det ikke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name the judge's model.</source>
        <translation>Oppgi dommerens modell.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the environment variable %1 (judge_api_key_env) is empty or not set</source>
        <translation>miljøvariabelen %1 (judge_api_key_env) er tom eller ikke satt</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the suite has retrieval cases but retrieval_url is not set</source>
        <translation>testsamlingen har gjenfinningstilfeller, men retrieval_url er ikke satt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the retrieval endpoint's address (docs/test-suites.md, "Retrieval").</source>
        <translation>Oppgi adressen til gjenfinningstjenesten (docs/test-suites.md, «Retrieval»).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the openai-compatible engine needs a test suite</source>
        <translation>motoren openai-compatible trenger et testsett</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one with --suite, for example guidance/suites/basic.yaml.</source>
        <translation>Oppgi et med --suite, for eksempel guidance/suites/basic.yaml.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 against %2</source>
        <translation>%1 mot %2</translation>
    </message>
    <message>
        <location line="+137" />
        <source>%1: %2, trying again in %3 ms</source>
        <translation>%1: %2, prøver igjen om %3 ms</translation>
    </message>
    <message>
        <location line="+22" />
        <source>request failed: %1</source>
        <translation>forespørselen mislyktes: %1</translation>
    </message>
    <message>
        <location line="+83" />
        <source>recall@%1 %2 (at least %3 wanted)</source>
        <translation>recall@%1 %2 (minst %3 ønsket)</translation>
    </message>
</context>
<context>
    <name>vv::validation::PairedComparison</name>
    <message>
        <location filename="../modules/validation/PairedComparison.cpp" line="+174" />
        <source>Difference in mean case score, B minus A, over %1 cases both scored: %2 (%3 % confidence interval %4 to %5, paired bootstrap of %6 resamples, seed %7).</source>
        <translation>Forskjell i gjennomsnittlig skår per tilfelle, B minus A, over %1 tilfeller som begge skåret: %2 (%3 % konfidensintervall %4 til %5, parret bootstrap med %6 trekninger, frø %7).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>test run %1 has no cases to compare</source>
        <translation>testkjøring %1 har ingen testtilfeller å sammenligne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare runs of a test suite, or imported runs that carry their cases (inspect logs, lm-eval per-sample files).</source>
        <translation>Sammenlign kjøringer av en testsuite, eller importerte kjøringer som har med testtilfellene sine (inspect-logger, lm-eval-filer per eksempel).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>test runs %1 and %2 share no graded case</source>
        <translation>testkjøring %1 og %2 har ingen vurderte testtilfeller felles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare two runs of the same suite.</source>
        <translation>Sammenlign to kjøringer av samme testsuite.</translation>
    </message>
</context>
<context>
    <name>vv::validation::PredictionsCsv</name>
    <message>
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+229" />
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
        <translation>desimaltegnet må være «.» eller «,»</translation>
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
        <location line="-150" />
        <location line="+168" />
        <source>there is no column '%1'</source>
        <translation>det finnes ingen kolonne '%1'</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+168" />
        <source>The columns are %1.</source>
        <translation>Kolonnene er %1.</translation>
    </message>
    <message>
        <location line="-166" />
        <location line="+168" />
        <source>the header has %1 columns named '%2'</source>
        <translation>overskriftslinjen har %1 kolonner som heter '%2'</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+168" />
        <source>Give the columns unique names.</source>
        <translation>Gi kolonnene unike navn.</translation>
    </message>
    <message>
        <location line="-140" />
        <location line="+179" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke lese %1: %2</translation>
    </message>
    <message>
        <location line="-188" />
        <location line="+203" />
        <source>the line is longer than %1 bytes (or a quote is not closed)</source>
        <translation>linjen er lengre enn %1 byte (eller et anførselstegn er ikke lukket)</translation>
    </message>
    <message>
        <location line="-201" />
        <location line="+202" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>Dette ser ikke ut som en CSV-fil med prediksjoner.</translation>
    </message>
    <message>
        <location line="-176" />
        <source>Fix the quoting of this row.</source>
        <translation>Rett anførselstegnene i denne raden.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the row has %1 fields, the header has %2</source>
        <translation>raden har %1 felt, overskriften har %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the delimiter and the quoting of this row.</source>
        <translation>Kontroller skilletegnet og anførselstegnene i denne raden.</translation>
    </message>
    <message>
        <location line="+208" />
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
<context>
    <name>vv::validation::PromptfooEngine</name>
    <message>
        <location filename="../plugins/promptfoo/PromptfooEngine.cpp" line="+106" />
        <source>promptfoo was not found</source>
        <translation>fant ikke promptfoo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install it with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g promptfoo@0.118.0, or give its path with --set promptfoo=PATH.</source>
        <translation>Installer det med PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g promptfoo@0.118.0, eller oppgi stien med --set promptfoo=STI.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>give either a suite (--suite) or your own promptfoo configuration (--set config=PATH), not both</source>
        <translation>oppgi enten en testsamling (--suite) eller din egen promptfoo-konfigurasjon (--set config=STI), ikke begge</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the promptfoo engine needs a suite or a promptfoo configuration</source>
        <translation>promptfoo-motoren trenger en testsamling eller en promptfoo-konfigurasjon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --suite guidance/suites/basic.yaml, or --set config=PATH.</source>
        <translation>Oppgi --suite guidance/suites/basic.yaml eller --set config=STI.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the promptfoo configuration %1 does not exist</source>
        <translation>promptfoo-konfigurasjonen %1 finnes ikke</translation>
    </message>
    <message>
        <location line="+9" />
        <source>provider must name a promptfoo provider such as echo, 'exec: /path/to/script' or openai:chat:MODEL</source>
        <translation>provider må være en promptfoo-leverandør, for eksempel echo, 'exec: /sti/til/skript' eller openai:chat:MODELL</translation>
    </message>
    <message>
        <location line="+6" />
        <source>api_key_env must be the name of an environment variable, not '%1'</source>
        <translation>api_key_env må være navnet på en miljøvariabel, ikke '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>concurrency must be between 1 and 256</source>
        <translation>concurrency må være mellom 1 og 256</translation>
    </message>
    <message>
        <location line="+4" />
        <source>level must be one of %1, not '%2'</source>
        <translation>level må være ett av %1, ikke '%2'</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 could not be started: %2</source>
        <translation>%1 kunne ikke startes: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>promptfoo needs Node.js 18 or later (node in PATH).</source>
        <translation>promptfoo trenger Node.js 18 eller nyere (node i PATH).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 --version did not answer within two minutes</source>
        <translation>%1 --version svarte ikke innen to minutter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 --version failed: %2</source>
        <translation>%1 --version mislyktes: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reinstall promptfoo 0.118.0; it needs Node.js 18 or later.</source>
        <translation>Installer promptfoo 0.118.0 på nytt; det trenger Node.js 18 eller nyere.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 through promptfoo (%2)</source>
        <translation>%1 gjennom promptfoo (%2)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>promptfoo configuration %1</source>
        <translation>promptfoo-konfigurasjon %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Veiviser is tested with promptfoo 0.118.0</source>
        <translation>Veiviser er testet med promptfoo 0.118.0</translation>
    </message>
    <message>
        <location line="+14" />
        <source>promptfoo returned no output</source>
        <translation>promptfoo ga ikke noe svar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>promptfoo's assertion results do not match the assertions sent</source>
        <translation>resultatene fra promptfoos kontroller stemmer ikke med kontrollene som ble sendt</translation>
    </message>
    <message>
        <location line="+74" />
        <source>no temporary folder for promptfoo: %1</source>
        <translation>ingen midlertidig mappe for promptfoo: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Starting promptfoo eval with %1 at concurrency %2.</source>
        <translation>Starter promptfoo eval med %1 og %2 samtidige forespørsler.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>promptfoo could not be started: %1</source>
        <translation>promptfoo kunne ikke startes: %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>promptfoo returned a result for the case '%1', which was not asked for</source>
        <translation>promptfoo ga et resultat for tilfellet '%1', som ikke ble bedt om</translation>
    </message>
    <message>
        <location line="+3" />
        <source>promptfoo returned two results for the case '%1'</source>
        <translation>promptfoo ga to resultater for tilfellet '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>promptfoo returned two results for '%1'; give the tests distinct descriptions or indices</source>
        <translation>promptfoo ga to resultater for '%1'; gi testene ulike beskrivelser eller indekser</translation>
    </message>
    <message>
        <location line="+27" />
        <source>promptfoo crashed: %1</source>
        <translation>promptfoo krasjet: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>promptfoo ended with exit code %1: %2</source>
        <translation>promptfoo avsluttet med kode %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the configuration and the provider; the log has promptfoo's output.</source>
        <translation>Kontroller konfigurasjonen og leverandøren; loggen viser utdata fra promptfoo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>promptfoo's result file ends in the middle of a result</source>
        <translation>resultatfilen fra promptfoo slutter midt i et resultat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>promptfoo returned results for %1 of %2 cases</source>
        <translation>promptfoo ga resultater for %1 av %2 tilfeller</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume the run to try the others again.</source>
        <translation>Fortsett kjøringen for å prøve de andre på nytt.</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooJsonlTail</name>
    <message>
        <location filename="../modules/validation/Promptfoo.cpp" line="+360" />
        <source>%1 shrank while promptfoo was writing it</source>
        <translation>%1 ble mindre mens promptfoo skrev til den</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooRecord</name>
    <message>
        <location line="-345" />
        <source>The promptfoo output is damaged or from an unsupported version; run promptfoo 0.118.0 again.</source>
        <translation>Utdataene fra promptfoo er skadet eller fra en versjon som ikke støttes; kjør promptfoo 0.118.0 på nytt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' must be a string</source>
        <translation>«%1» må være en tekst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is longer than %2 bytes</source>
        <translation>'%1' er lengre enn %2 byte</translation>
    </message>
    <message>
        <location line="+29" />
        <source>'%1' must be a whole number of at least 0</source>
        <translation>'%1' må være et heltall på minst 0</translation>
    </message>
    <message>
        <location line="+88" />
        <source>a result is not a JSON object</source>
        <translation>et resultat er ikke et JSON-objekt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a result has no 'success' true or false</source>
        <translation>et resultat mangler 'success' med true eller false</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'score' must be a number</source>
        <translation>'score' må være et tall</translation>
    </message>
    <message>
        <location line="+30" />
        <source>'provider' must be an object or a string</source>
        <translation>'provider' må være et objekt eller en tekst</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'response' must be an object</source>
        <translation>'response' må være et objekt</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'response.output' is longer than %1 bytes</source>
        <translation>'response.output' er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'gradingResult' must be an object</source>
        <translation>'gradingResult' må være et objekt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'gradingResult.componentResults' must be a list</source>
        <translation>'gradingResult.componentResults' må være en liste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a result has more than %1 assertions</source>
        <translation>et resultat har flere enn %1 kontroller</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every entry of 'componentResults' needs 'pass' true or false</source>
        <translation>hver oppføring i 'componentResults' trenger 'pass' med true eller false</translation>
    </message>
    <message>
        <location line="+20" />
        <source>promptfoo reports an error without a message</source>
        <translation>promptfoo melder en feil uten beskrivelse</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the case id in the metadata is empty or longer than 200 characters</source>
        <translation>tilfellets id i metadataene er tom eller lengre enn 200 tegn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a result has neither a Veiviser case id nor 'testIdx' and 'promptIdx'</source>
        <translation>et resultat har verken en Veiviser-id for tilfellet eller 'testIdx' og 'promptIdx'</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+95" />
        <source>a line is longer than %1 MiB</source>
        <translation>en linje er lengre enn %1 MiB</translation>
    </message>
    <message>
        <location line="-92" />
        <source>a line is not valid JSON: %1</source>
        <translation>en linje er ikke gyldig JSON: %1</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooResults</name>
    <message>
        <location line="+7" />
        <location line="+49" />
        <source>the file is larger than %1 MiB</source>
        <translation>filen er større enn %1 MiB</translation>
    </message>
    <message>
        <location line="-44" />
        <source>the output is not a JSON object</source>
        <translation>utdataene er ikke et JSON-objekt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the output has no 'results' object</source>
        <translation>utdataene mangler objektet 'results'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'results.version' is missing</source>
        <translation>'results.version' mangler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>promptfoo results version %1 is not supported (only version 3)</source>
        <translation>promptfoo-resultater i versjon %1 støttes ikke (bare versjon 3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the results with promptfoo 0.118.0.</source>
        <translation>Eksporter resultatene med promptfoo 0.118.0.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'results.results' must be a list</source>
        <translation>'results.results' må være en liste</translation>
    </message>
    <message>
        <location line="+4" />
        <source>result %1</source>
        <translation>resultat %1</translation>
    </message>
</context>
<context>
    <name>vv::validation::RatingCsv</name>
    <message>
        <location filename="../modules/validation/RatingCsv.cpp" line="+48" />
        <source>%1 is not a rater of rating round %2</source>
        <translation>%1 er ikke vurderer i vurderingsrunde %2</translation>
    </message>
    <message>
        <location line="+63" />
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 er større enn %2 MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not UTF-8 text</source>
        <translation>%1 er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save the file as CSV UTF-8.</source>
        <translation>Lagre filen som CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the first line must be the header case_id,rater,criterion,score,comment</source>
        <translation>første linje må være overskriften case_id,rater,criterion,score,comment</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the header has no column %1</source>
        <translation>overskriften har ingen kolonne %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The columns are case_id,rater,criterion,score,comment (and side in a two-run round).</source>
        <translation>Kolonnene er case_id,rater,criterion,score,comment (og side i en runde med to kjøringer).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a quoted field is not closed, or text follows its closing quote</source>
        <translation>et felt i anførselstegn er ikke avsluttet, eller tekst følger etter det avsluttende anførselstegnet</translation>
    </message>
    <message>
        <location line="+17" />
        <source>case '%1' is not in rating round %2</source>
        <translation>tilfellet «%1» er ikke med i vurderingsrunde %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'%1' is not a rater of rating round %2</source>
        <translation>«%1» er ikke vurderer i vurderingsrunde %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the side must be left or right, not '%1'</source>
        <translation>siden må være left eller right, ikke «%1»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a round of one run has no side '%1'</source>
        <translation>en runde med én kjøring har ingen side «%1»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the score '%1' is not a whole number</source>
        <translation>skåren «%1» er ikke et heltall</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the comment is longer than %1 bytes</source>
        <translation>kommentaren er lengre enn %1 byte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1's score for case %2 on %3 is also on line %4</source>
        <translation>skåren til %1 for tilfelle %2 på %3 står også på linje %4</translation>
    </message>
</context>
<context>
    <name>vv::validation::RatingRound</name>
    <message>
        <location filename="../modules/validation/RatingRound.cpp" line="+41" />
        <source>there is no rubric file or shipped rubric '%1'</source>
        <translation>det finnes ingen vurderingsskjemafil eller medfølgende vurderingsskjema «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a rubric file, or one of basic, domain, use_case, context.</source>
        <translation>Oppgi en vurderingsskjemafil, eller ett av basic, domain, use_case, context.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a rating round needs 2 to %1 raters</source>
        <translation>en vurderingsrunde trenger 2 til %1 vurderere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement can only be measured between at least two raters.</source>
        <translation>Samsvar kan bare måles mellom minst to vurderere.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is not a usable rater name</source>
        <translation>«%1» kan ikke brukes som navn på en vurderer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use names or initials without commas, up to %1 characters.</source>
        <translation>Bruk navn eller initialer uten komma, opptil %1 tegn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the rater %1 is named twice</source>
        <translation>vurdereren %1 er oppgitt to ganger</translation>
    </message>
    <message>
        <location line="+18" />
        <source>test run %1 is still running</source>
        <translation>testkjøring %1 pågår fortsatt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate a run once it has finished.</source>
        <translation>Vurder en kjøring når den er ferdig.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 is not the suite test run %2 ran (its SHA-256 differs)</source>
        <translation>%1 er ikke testsettet testkjøring %2 kjørte (SHA-256 er ulik)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+47" />
        <source>Give the suite file the run ran with --suite.</source>
        <translation>Oppgi testsettfilen kjøringen brukte, med --suite.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the conversation of case %1 is not known</source>
        <translation>samtalen i tilfelle %1 er ikke kjent</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the run has no answered cases to rate</source>
        <translation>kjøringen har ingen besvarte tilfeller å vurdere</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two runs must share answered cases.</source>
        <translation>To kjøringer må ha besvarte tilfeller felles.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>the two runs of a side-by-side round must differ</source>
        <translation>de to kjøringene i en side-ved-side-runde må være ulike</translation>
    </message>
    <message>
        <location line="+5" />
        <source>test runs %1 and %2 ran different suites</source>
        <translation>testkjøring %1 og %2 kjørte ulike testsett</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the sample must be 1 to %1 cases, the answered cases of the run</source>
        <translation>utvalget må være 1 til %1 tilfeller, kjøringens besvarte tilfeller</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the rubric of rating round %1</source>
        <translation>vurderingsskjemaet til vurderingsrunde %1</translation>
    </message>
    <message>
        <location line="+47" />
        <location line="+36" />
        <location line="+38" />
        <source>%1 is not a rater of rating round %2</source>
        <translation>%1 er ikke vurderer i vurderingsrunde %2</translation>
    </message>
    <message>
        <location line="-70" />
        <source>%1 has cases 1 to %2 to rate, not %3</source>
        <translation>%1 har tilfelle 1 til %2 å vurdere, ikke %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>rating round %1 has no case %2</source>
        <translation>vurderingsrunde %1 har ikke tilfelle %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>rating round %1 is finalized: its result is test run %2</source>
        <translation>vurderingsrunde %1 er avsluttet: resultatet er testkjøring %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new round to rate again.</source>
        <translation>Lag en ny runde for å vurdere på nytt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The round's raters are %1.</source>
        <translation>Rundens vurderere er %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the answer is a or b, not '%1'</source>
        <translation>svaret er a eller b, ikke «%1»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a round of one run has only answer a, not '%1'</source>
        <translation>en runde med én kjøring har bare svar a, ikke «%1»</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+54" />
        <source>the rubric %1 has no criterion '%2'</source>
        <translation>vurderingsskjemaet %1 har ikke kriteriet «%2»</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Its criteria are %1.</source>
        <translation>Kriteriene er %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a level of the criterion %2</source>
        <translation>%1 er ikke et nivå i kriteriet %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its levels are %1.</source>
        <translation>Nivåene er %1.</translation>
    </message>
    <message>
        <location line="+176" />
        <source>rating round %1 is already finalized as test run %2</source>
        <translation>vurderingsrunde %1 er allerede avsluttet som testkjøring %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>rating round %1 still lacks %2 final scores, the first %3</source>
        <translation>vurderingsrunde %1 mangler fortsatt %2 endelige skårer, den første %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'ratings adjudicate' lists the disagreements; --set records a final score.</source>
        <translation>«ratings adjudicate» viser uenighetene; --set registrerer en endelig skår.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Clinicians' ratings, round %1 of test run %2 (%3)</source>
        <translation>Klinikernes vurderinger, runde %1 av testkjøring %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vv::validation::ResultsImportEngine</name>
    <message>
        <location filename="../plugins/results-import/ResultFiles.cpp" line="+117" />
        <source>Write the log again with inspect_ai, or export it with --log-format=json.</source>
        <translation>Skriv loggen på nytt med inspect_ai, eller eksporter den med --log-format=json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a readable .eval (ZIP) log: %1</source>
        <translation>ikke en lesbar .eval-logg (ZIP): %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the log has more than %1 entries</source>
        <translation>loggen har mer enn %1 oppføringer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 in the log is larger than %2 MiB</source>
        <translation>%1 i loggen er større enn %2 MiB</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the log unpacks to more than %1 MiB</source>
        <translation>loggen pakkes ut til mer enn %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a smaller log, or export its results with --log-format=json.</source>
        <translation>Importer en mindre logg, eller eksporter resultatene med --log-format=json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 in the log cannot be read: %2</source>
        <translation>%1 i loggen kan ikke leses: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the ZIP file is damaged: %1</source>
        <translation>ZIP-filen er skadet: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ZIP file has no header.json, so it is not an inspect_ai .eval log</source>
        <translation>ZIP-filen har ingen header.json og er derfor ikke en .eval-logg fra inspect_ai</translation>
    </message>
    <message>
        <location line="+681" />
        <source>per-sample files can only be imported with an lm-evaluation-harness results file, not with %1</source>
        <translation>eksempelfiler kan bare importeres sammen med en resultatfil fra lm-evaluation-harness, ikke med %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave out --set samples=; %1 files carry their samples themselves.</source>
        <translation>Utelat --set samples=; %1-filer har eksemplene sine i seg selv.</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/LmEvalSamples.cpp" line="+73" />
        <source>the sample has no doc_id</source>
        <translation>eksempelet har ingen doc_id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the samples_*.jsonl files lm-evaluation-harness wrote with --log_samples.</source>
        <translation>Oppgi samples_*.jsonl-filene som lm-evaluation-harness skrev med --log_samples.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Give --set samples= a samples_&lt;task&gt;_&lt;time&gt;.jsonl file lm-evaluation-harness wrote with --log_samples, or the folder that holds them.</source>
        <translation>Gi --set samples= en samples_&lt;oppgave&gt;_&lt;tid&gt;.jsonl-fil som lm-evaluation-harness skrev med --log_samples, eller mappen de ligger i.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the folder has no samples_&lt;task&gt;_&lt;time&gt;.jsonl files</source>
        <translation>mappen har ingen samples_&lt;oppgave&gt;_&lt;tid&gt;.jsonl-filer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the folder has no samples_&lt;task&gt;_%1.jsonl files</source>
        <translation>mappen har ingen samples_&lt;oppgave&gt;_%1.jsonl-filer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the folder has more than %1 samples files</source>
        <translation>mappen har flere enn %1 eksempelfiler</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file name is not samples_&lt;task&gt;_&lt;time&gt;.jsonl, so the task of its samples is unknown</source>
        <translation>filnavnet er ikke samples_&lt;oppgave&gt;_&lt;tid&gt;.jsonl, så det er ukjent hvilken oppgave eksemplene hører til</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the samples are of the task %1, which the results file does not have</source>
        <translation>eksemplene hører til oppgaven %1, som resultatfilen ikke har</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the samples files written in the same run as the results file.</source>
        <translation>Oppgi eksempelfilene som ble skrevet i samme kjøring som resultatfilen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot read the samples file: %1</source>
        <translation>kan ikke lese eksempelfilen: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path given with --set samples=.</source>
        <translation>Kontroller stien som er gitt med --set samples=.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../plugins/results-import/ResultFiles.cpp" line="-621" />
        <source>the line is longer than %1 MiB</source>
        <translation>linjen er lengre enn %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Check that this is an lm-evaluation-harness samples file.</source>
        <translation>Kontroller at dette er en eksempelfil fra lm-evaluation-harness.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the line is not a sample (a JSON object)</source>
        <translation>linjen er ikke et eksempel (et JSON-objekt)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the file has more than %1 samples</source>
        <translation>filen har flere enn %1 eksempler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the tasks one by one.</source>
        <translation>Importer oppgavene én om gangen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the samples file holds no samples</source>
        <translation>eksempelfilen inneholder ingen eksempler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the samples file of a finished lm-evaluation-harness run.</source>
        <translation>Oppgi eksempelfilen fra en fullført kjøring av lm-evaluation-harness.</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/ResultFiles.cpp" line="+1" />
        <source>Check that this is a EuroEval results file.</source>
        <translation>Kontroller at dette er en resultatfil fra EuroEval.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Update Veiviser, or write the results with a EuroEval version whose schema version is 0.x.</source>
        <translation>Oppdater Veiviser, eller skriv resultatene med en EuroEval-versjon som bruker skjemaversjon 0.x.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval), a EuroEval .jsonl file, or one Every Eval Ever record saved alone as .json.</source>
        <translation>Oppgi en results_*.json fra lm-evaluation-harness, en inspect_ai-logg (.json eller .eval), en .jsonl-fil fra EuroEval eller én Every Eval Ever-post lagret alene som .json.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>the file has more than %1 records</source>
        <translation>filen har mer enn %1 oppføringer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the file.</source>
        <translation>Del opp filen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file holds no EuroEval results</source>
        <translation>filen inneholder ingen resultater fra EuroEval</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run EuroEval first, or give the file it wrote.</source>
        <translation>Kjør EuroEval først, eller oppgi filen den skrev.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>inspect_ai log format version %1 is not supported; Veiviser reads versions 1 and 2</source>
        <translation>loggformatversjon %1 fra inspect_ai støttes ikke; Veiviser leser versjon 1 og 2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the log with 'inspect log convert' from an inspect_ai that writes version 2, or update Veiviser.</source>
        <translation>Konverter loggen med «inspect log convert» fra en inspect_ai som skriver versjon 2, eller oppdater Veiviser.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the inspect_ai log lacks an eval object, or its results.scores or samples are not lists</source>
        <translation>inspect_ai-loggen mangler et eval-objekt, eller results.scores eller samples er ikke lister</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the log has more than %1 samples</source>
        <translation>loggen har mer enn %1 eksempler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the evaluation.</source>
        <translation>Del opp evalueringen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the lm-evaluation-harness file has no lm_eval_version and no configs, so it comes from version 0.3 or older, which Veiviser does not read</source>
        <translation>filen fra lm-evaluation-harness har verken lm_eval_version eller configs, så den kommer fra versjon 0.3 eller eldre, som Veiviser ikke leser</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the evaluation with lm-evaluation-harness 0.4.</source>
        <translation>Kjør evalueringen med lm-evaluation-harness 0.4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>results.%1 is not an object of metrics</source>
        <translation>results.%1 er ikke et objekt med måltall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the file was written by lm-evaluation-harness.</source>
        <translation>Kontroller at filen er skrevet av lm-evaluation-harness.</translation>
    </message>
    <message>
        <location line="+491" />
        <source>cannot read the results file: %1</source>
        <translation>kan ikke lese resultatfilen: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path given with --set path=.</source>
        <translation>Kontroller stien som er gitt med --set path=.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file is larger than %1 MiB</source>
        <translation>filen er større enn %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a smaller file.</source>
        <translation>Importer en mindre fil.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>the file is none of the known result formats</source>
        <translation>filen har ingen av de kjente resultatformatene</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/ResultsImportEngine.cpp" line="+41" />
        <source>the level must be one of %1, not '%2'</source>
        <translation>nivået må være ett av %1, ikke «%2»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set it with --set level=domain, for example.</source>
        <translation>Angi det for eksempel med --set level=domain.</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/ResultFiles.cpp" line="+131" />
        <source>%1 results for %2 (%3)</source>
        <translation>%1-resultater for %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>several models</source>
        <translation>flere modeller</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+78" />
        <source>unexpected content: %1</source>
        <translation>uventet innhold: %1</translation>
    </message>
    <message>
        <location line="-738" />
        <source>the line is not a EuroEval result record (it has neither an evaluation_results list nor the results.total of EuroEval before 17.0)</source>
        <translation>linjen er ikke en resultatpost fra EuroEval (den har verken en evaluation_results-liste eller results.total slik EuroEval skrev før 17.0)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>EuroEval schema version '%1' is not supported; Veiviser reads schema versions 0.x and the lines of EuroEval before 17.0</source>
        <translation>EuroEval-skjemaversjon «%1» støttes ikke; Veiviser leser skjemaversjon 0.x og linjene fra EuroEval før 17.0</translation>
    </message>
    <message>
        <location line="+380" />
        <source>the file holds no numeric results</source>
        <translation>filen inneholder ingen numeriske resultater</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the evaluation finished and wrote its scores.</source>
        <translation>Kontroller at evalueringen ble fullført og skrev resultatene sine.</translation>
    </message>
    <message>
        <location line="+166" />
        <source>Metrics imported: %1</source>
        <translation>Måltall importert: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The inspect_ai log has the status '%1', not 'success': the evaluation did not finish.</source>
        <translation>inspect_ai-loggen har statusen «%1», ikke «success»: evalueringen ble ikke fullført.</translation>
    </message>
</context>
<context>
    <name>vv::validation::Rubric</name>
    <message>
        <location filename="../modules/validation/Rubric.cpp" line="+35" />
        <source>See docs/human-evaluation.md for the rubric format.</source>
        <translation>Se docs/human-evaluation.md for formatet på vurderingsskjemaer.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the rubric</source>
        <translation>vurderingsskjemaet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the rubric has no '%1'</source>
        <translation>vurderingsskjemaet mangler «%1»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is not a valid rubric id (lowercase letters, digits, '_')</source>
        <translation>«%1» er ikke en gyldig id for et vurderingsskjema (små bokstaver, sifre, «_»)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the level must be one of %1, not '%2'</source>
        <translation>nivået må være ett av %1, ikke «%2»</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'judge'</source>
        <translation>«judge»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'judge' needs 'prompt' and 'output'</source>
        <translation>«judge» trenger «prompt» og «output»</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the judge prompt is longer than %1 characters</source>
        <translation>dommerinstruksen er lengre enn %1 tegn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown placeholder '{{%1}}' in the judge prompt</source>
        <translation>ukjent plassholder «{{%1}}» i dommerinstruksen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The placeholders are %1.</source>
        <translation>Plassholderne er %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the judge prompt has no '{{%1}}' placeholder</source>
        <translation>dommerinstruksen mangler plassholderen «{{%1}}»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The judge must be shown the question, the answer, the criterion and its anchors.</source>
        <translation>Dommeren må få se spørsmålet, svaret, kriteriet og beskrivelsene av nivåene.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the judge's output must be {score: integer, reason: string}</source>
        <translation>dommerens svar må være {score: integer, reason: string}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The judge grader reads exactly this JSON object.</source>
        <translation>Dommervurderingen leser nøyaktig dette JSON-objektet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'criteria' must be a list of 1 to %1 criteria</source>
        <translation>«criteria» må være en liste med 1 til %1 kriterier</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a criterion</source>
        <translation>et kriterium</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a criterion needs 'id', 'title', 'question' and 'scale'</source>
        <translation>et kriterium trenger «id», «title», «question» og «scale»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a valid criterion id (lowercase letters, digits, '_')</source>
        <translation>«%1» er ikke en gyldig kriterie-id (små bokstaver, sifre, «_»)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the criterion '%1' is defined twice</source>
        <translation>kriteriet «%1» er definert to ganger</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the criterion type must be 'scale' or 'harm', not '%1'</source>
        <translation>kriterietypen må være «scale» eller «harm», ikke «%1»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the scale of '%1' needs two or more levels</source>
        <translation>skalaen til «%1» trenger to eller flere nivåer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the scale of '%1' has more than %2 levels</source>
        <translation>skalaen til «%1» har mer enn %2 nivåer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a level of '%1'</source>
        <translation>et nivå i «%1»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a level of a harm criterion needs 'value', 'label', 'anchor' and 'harm'</source>
        <translation>et nivå i et skadekriterium trenger «value», «label», «anchor» og «harm»</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a level needs 'value', 'label' and 'anchor'</source>
        <translation>et nivå trenger «value», «label» og «anchor»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the levels of '%1' must have strictly increasing values (%2 follows %3)</source>
        <translation>nivåene i «%1» må ha strengt stigende verdier (%2 kommer etter %3)</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+5" />
        <source>a harm criterion's levels are serious, minor and none, in that order</source>
        <translation>nivåene i et skadekriterium er serious, minor og none, i den rekkefølgen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'sources' must be a non-empty list</source>
        <translation>«sources» må være en liste som ikke er tom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cite the Directorate's report and the rating schemes the rubric builds on.</source>
        <translation>Oppgi Helsedirektoratets rapport og de publiserte vurderingsordningene skjemaet bygger på.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 er større enn %2 byte</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 holds no rubrics (*.yaml)</source>
        <translation>%1 inneholder ingen vurderingsskjemaer (*.yaml)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the rubric id '%1' is used twice</source>
        <translation>id-en «%1» for vurderingsskjema er brukt to ganger</translation>
    </message>
</context>
<context>
    <name>vv::validation::SuiteRunSummary</name>
    <message>
        <location filename="../modules/validation/SuiteRunSummary.cpp" line="+60" />
        <source>not checked against clinicians</source>
        <translation>ikke kontrollert mot klinikere</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 of %2 answered cases passed; %3 failed the tests and %4 got no usable answer from the endpoint.</source>
        <translation>%1 av %2 besvarte tilfeller besto; %3 besto ikke testene, og %4 fikk ikke noe brukbart svar fra endepunktet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 verdicts came from a model judge: %2.</source>
        <translation>%1 vurderinger kom fra en modelldommer: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The judge is the model under test.</source>
        <translation>Dommeren er modellen som testes.</translation>
    </message>
</context>
<context>
    <name>vv::validation::TestSuite</name>
    <message>
        <location filename="../modules/validation/TestSuite.cpp" line="+59" />
        <source>See docs/test-suites.md for the suite format.</source>
        <translation>Se docs/test-suites.md for formatet på testsett.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>grounded takes true or {rubric: ID, criterion: ID, pass_at: N}</source>
        <translation>grounded tar true eller {rubric: ID, criterion: ID, pass_at: N}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>judge takes {rubric: ID, criterion: ID, pass_at: N}</source>
        <translation>judge tar {rubric: ID, criterion: ID, pass_at: N}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in '%2'</source>
        <translation>ukjent nøkkel «%1» i «%2»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the rubrics cannot be read: %1</source>
        <translation>vurderingsskjemaene kan ikke leses: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' names the rubric '%2', which does not exist</source>
        <translation>«%1» viser til vurderingsskjemaet «%2», som ikke finnes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the rubric '%1' has no criterion '%2'</source>
        <translation>vurderingsskjemaet «%1» har ikke kriteriet «%2»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>pass_at must be one of the levels of '%1' (%2 to %3)</source>
        <translation>pass_at må være et av nivåene til «%1» (%2 til %3)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cites takes true or {min: N}</source>
        <translation>cites tar true eller {min: N}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in 'cites'</source>
        <translation>ukjent nøkkel «%1» i «cites»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cites: min takes a whole number from 1 to %1</source>
        <translation>cites: min tar et heltall fra 1 til %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a grader is one key with its value, such as 'contains: [113]'</source>
        <translation>en vurdering er én nøkkel med verdi, for eksempel «contains: [113]»</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown grader '%1'</source>
        <translation>ukjent vurdering «%1»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' needs one or more non-empty texts</source>
        <translation>«%1» trenger én eller flere tekster som ikke er tomme</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the regex is invalid: %1</source>
        <translation>det regulære uttrykket er ugyldig: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>escalation_expected takes 113, legevakt or fastlege, not '%1'</source>
        <translation>escalation_expected tar 113, legevakt eller fastlege, ikke «%1»</translation>
    </message>
    <message>
        <location line="+6" />
        <source>language takes nb or nn</source>
        <translation>language tar nb eller nn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>max_lix takes a number between 1 and 200</source>
        <translation>max_lix tar et tall mellom 1 og 200</translation>
    </message>
    <message>
        <location line="+5" />
        <source>json_schema takes a schema object</source>
        <translation>json_schema tar et skjemaobjekt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no_identity_numbers takes true</source>
        <translation>no_identity_numbers tar true</translation>
    </message>
    <message>
        <location line="+12" />
        <source>case %1: context is a list of 1 to %2 passages</source>
        <translation>tilfelle %1: context er en liste med 1 til %2 kildetekster</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: a passage is {id: ID, text: TEXT}</source>
        <translation>tilfelle %1: en kildetekst er {id: ID, text: TEKST}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in a passage</source>
        <translation>ukjent nøkkel «%1» i en kildetekst</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: a passage id is letters, digits, '.', '_' and '-', at most 64</source>
        <translation>tilfelle %1: en tekst-id består av bokstaver, sifre, «.», «_» og «-», høyst 64</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the passage id '%2' is used twice</source>
        <translation>tilfelle %1: tekst-id-en «%2» er brukt to ganger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>case %1: a passage's text has 1 to %2 characters</source>
        <translation>tilfelle %1: teksten i en kildetekst har 1 til %2 tegn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the context is longer than %2 characters</source>
        <translation>tilfelle %1: konteksten er lengre enn %2 tegn</translation>
    </message>
    <message>
        <location line="+9" />
        <source>case %1: retrieval takes {expected_ids: [...], k: N}</source>
        <translation>tilfelle %1: retrieval tar {expected_ids: [...], k: N}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in 'retrieval'</source>
        <translation>ukjent nøkkel «%1» i «retrieval»</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: expected_ids is a list of 1 to %2 passage ids</source>
        <translation>tilfelle %1: expected_ids er en liste med 1 til %2 tekst-id-er</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: expected_ids holds distinct passage ids</source>
        <translation>tilfelle %1: expected_ids inneholder ulike tekst-id-er</translation>
    </message>
    <message>
        <location line="+7" />
        <source>case %1: k takes a whole number from 1 to %2</source>
        <translation>tilfelle %1: k tar et heltall fra 1 til %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: min_recall takes a number above 0, at most 1</source>
        <translation>tilfelle %1: min_recall tar et tall over 0, høyst 1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the retrieval query (query, or the last user message) has 1 to %2 characters</source>
        <translation>tilfelle %1: gjenfinningsspørringen (query, eller den siste brukermeldingen) har 1 til %2 tegn</translation>
    </message>
    <message>
        <location line="+32" />
        <source>case %1: a retrieval case tests the retrieval endpoint alone; it has no graders and no context</source>
        <translation>tilfelle %1: et gjenfinningstilfelle tester gjenfinningstjenesten alene; det har ingen vurderinger og ingen kontekst</translation>
    </message>
    <message>
        <location line="+12" />
        <source>case %1: '%2' needs the case's context</source>
        <translation>tilfelle %1: «%2» trenger tilfellets kontekst</translation>
    </message>
    <message>
        <location line="+2" />
        <source>case %1: cites wants %2 passages, more than the context's %3</source>
        <translation>tilfelle %1: cites krever %2 kildetekster, flere enn kontekstens %3</translation>
    </message>
    <message>
        <location line="+105" />
        <source>the suite %1 is larger than %2 MiB</source>
        <translation>testsettet %1 er større enn %2 MiB</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a suite is a mapping with 'name' and 'cases'</source>
        <translation>et testsett er en tilordning med «name» og «cases»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in the suite</source>
        <translation>ukjent nøkkel «%1» i testsettet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the suite has no 'name'</source>
        <translation>testsettet mangler «name»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the suite has no 'cases'</source>
        <translation>testsettet mangler «cases»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the suite has more than %1 cases</source>
        <translation>testsettet har mer enn %1 tilfeller</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a case is a mapping with id, level, language, messages and graders</source>
        <translation>et tilfelle er en tilordning med id, level, language, messages og graders</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown key '%1' in a case</source>
        <translation>ukjent nøkkel «%1» i et tilfelle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a case needs an id of letters, digits, '.', '_' and '-'</source>
        <translation>et tilfelle trenger en id av bokstaver, sifre, «.», «_» og «-»</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the case id '%1' is used twice</source>
        <translation>tilfelle-id-en «%1» er brukt to ganger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: the level must be one of %2</source>
        <translation>tilfelle %1: nivået må være ett av %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the language must be one of %2</source>
        <translation>tilfelle %1: språket må være ett av %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the source is a short text</source>
        <translation>tilfelle %1: kilden (source) skal være en kort tekst</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the source is longer than %2 characters</source>
        <translation>tilfelle %1: kilden (source) er lengre enn %2 tegn</translation>
    </message>
    <message>
        <location line="-174" />
        <source>case %1 has no messages</source>
        <translation>tilfelle %1 har ingen meldinger</translation>
    </message>
    <message>
        <location line="-17" />
        <source>case %1: a message needs a role and a content</source>
        <translation>tilfelle %1: en melding trenger role og content</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the role must be system, user or assistant</source>
        <translation>tilfelle %1: rollen må være system, user eller assistant</translation>
    </message>
    <message>
        <location line="+25" />
        <source>case %1 has no graders</source>
        <translation>tilfelle %1 har ingen vurderinger</translation>
    </message>
    <message>
        <location line="+170" />
        <location line="+6" />
        <source>the YAML is nested too deeply (more than %1 levels)</source>
        <translation>YAML-en er nøstet for dypt (mer enn %1 nivåer)</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Flatten the structure of the suite.</source>
        <translation>Gjør strukturen i testsettet flatere.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the suite's YAML syntax.</source>
        <translation>Sjekk YAML-syntaksen i testsettet.</translation>
    </message>
</context>
</TS>
