<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name />
    <message>
        <location filename="../modules/validation/ClinicalMetrics.cpp" line="+144" />
        <source>Calibration measures need predicted probabilities between 0 and 1; the scores have values outside [0, 1].</source>
        <translation>Calibration measures need predicted probabilities between 0 and 1; the scores have values outside [0, 1].</translation>
    </message>
    <message>
        <location line="+39" />
        <location line="+39" />
        <source>There are no patients.</source>
        <translation>There are no patients.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net benefit needs predicted probabilities between 0 and 1.</source>
        <translation>Net benefit needs predicted probabilities between 0 and 1.</translation>
    </message>
    <message>
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+47" />
        <source>a quoted field has no closing quote</source>
        <translation>a quoted field has no closing quote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text follows the closing quote of a field</source>
        <translation>text follows the closing quote of a field</translation>
    </message>
    <message>
        <location line="+206" />
        <source>the line is longer than %1 bytes</source>
        <translation>the line is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the row has %1 fields, the header has %2</source>
        <translation>the row has %1 fields, the header has %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the label ('%1') is missing</source>
        <translation>the label ('%1') is missing</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the label '%1' is not 0/1 or true/false</source>
        <translation>the label '%1' is not 0/1 or true/false</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the score ('%1') is missing</source>
        <translation>the score ('%1') is missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the score '%1' is too large or too small for a number</source>
        <translation>the score '%1' is too large or too small for a number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the score '%1' is not a number</source>
        <translation>the score '%1' is not a number</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the comparison score ('%1') is missing</source>
        <translation>the comparison score ('%1') is missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the comparison score '%1' is too large or too small for a number</source>
        <translation>the comparison score '%1' is too large or too small for a number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the comparison score '%1' is not a number</source>
        <translation>the comparison score '%1' is not a number</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the group value is longer than %1 bytes</source>
        <translation>the group value is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the group column '%1' has more than %2 different values</source>
        <translation>the group column '%1' has more than %2 different values</translation>
    </message>
    <message>
        <location line="+53" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export the predictions with a header line and one row per patient.</source>
        <translation>Export the predictions with a header line and one row per patient.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file is UTF-16 text</source>
        <translation>the file is UTF-16 text</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8).</source>
        <translation>Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header line is longer than %1 bytes</source>
        <translation>the header line is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>This does not look like a predictions CSV file.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>the file is not text (it contains zero bytes)</source>
        <translation>the file is not text (it contains zero bytes)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give a CSV file with a header line.</source>
        <translation>Give a CSV file with a header line.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header line has no comma, semicolon or tab between column names</source>
        <translation>the header line has no comma, semicolon or tab between column names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file needs at least a label and a score column; give --delimiter if it uses another separator.</source>
        <translation>The file needs at least a label and a score column; give --delimiter if it uses another separator.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the header line has a quoted name without its closing quote</source>
        <translation>the header line has a quoted name without its closing quote</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header has more than %1 columns</source>
        <translation>the header has more than %1 columns</translation>
    </message>
    <message>
        <location line="+56" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no file %1</source>
        <translation>there is no file %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the path.</source>
        <translation>Check the path.</translation>
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
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>vv</name>
    <message>
        <location filename="../modules/core/RegularFile.cpp" line="+27" />
        <location line="+27" />
        <location line="+16" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Check the path and the file's permissions.</source>
        <translation>Check the path and the file's permissions.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is a folder, not a file</source>
        <translation>%1 is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../modules/store/OutputFile.cpp" line="+69" />
        <source>%1 is not a regular file (it is a pipe, device or socket)</source>
        <translation>%1 is not a regular file (it is a pipe, device or socket)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the path of an ordinary file.</source>
        <translation>Give the path of an ordinary file.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 is %2 bytes; the limit for this file is %3 bytes</source>
        <translation>%1 is %2 bytes; the limit for this file is %3 bytes</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Check that this is the right file.</source>
        <translation>Check that this is the right file.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <location filename="../modules/store/OutputFile.cpp" line="-13" />
        <source>no output file given</source>
        <translation>no output file given</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name the file to write.</source>
        <translation>Name the file to write.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another name for the output.</source>
        <translation>Choose another name for the output.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 belongs to the Veiviser project %2; it is never replaced</source>
        <translation>%1 belongs to the Veiviser project %2; it is never replaced</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot check %1: %2</source>
        <translation>cannot check %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is a folder</source>
        <translation>%1 is a folder</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the name of a file to write.</source>
        <translation>Give the name of a file to write.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is a Veiviser project; it is never replaced</source>
        <translation>%1 is a Veiviser project; it is never replaced</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>%1 exists already</source>
        <translation>%1 exists already</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Give --force to replace it, or choose another name.</source>
        <translation>Give --force to replace it, or choose another name.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This makes a new file and never replaces one; choose a name that is not taken.</source>
        <translation>This makes a new file and never replaces one; choose a name that is not taken.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the folder exists and is writable, and that the disk has room.</source>
        <translation>Check that the folder exists and is writable, and that the disk has room.</translation>
    </message>
</context>
<context>
    <name>vv::AnswerTable</name>
    <message>
        <location filename="../modules/store/AnswerTable.cpp" line="+54" />
        <source>change answers</source>
        <translation>change answers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the answer to %1</source>
        <translation>the answer to %1</translation>
    </message>
    <message>
        <location line="+64" />
        <source>confirm answers</source>
        <translation>confirm answers</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no answer to %1 to confirm</source>
        <translation>there is no answer to %1 to confirm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer it with 'veiviser-cli answer'.</source>
        <translation>Answer it with 'veiviser-cli answer'.</translation>
    </message>
</context>
<context>
    <name>vv::DeviationTable</name>
    <message>
        <location filename="../modules/store/DeviationTable.cpp" line="+74" />
        <source>a deviation needs a title saying what happened</source>
        <translation>a deviation needs a title saying what happened</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the severity must be low, medium, high or critical, not '%1'</source>
        <translation>the severity must be low, medium, high or critical, not '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a deviation's text is longer than %1 bytes</source>
        <translation>a deviation's text is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a deviation links to an alarm, a test run, an evidence item or a hazard, not '%1'</source>
        <translation>a deviation links to an alarm, a test run, an evidence item or a hazard, not '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no hazard %1 in the risk-management file</source>
        <translation>there is no hazard %1 in the risk-management file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'hazard list' shows the hazards.</source>
        <translation>'hazard list' shows the hazards.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>an alarm link is WINDOW_START:METRIC, such as 2026-05-25:oe_ratio, not '%1'</source>
        <translation>an alarm link is WINDOW_START:METRIC, such as 2026-05-25:oe_ratio, not '%1'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deviation %1: %2</source>
        <translation>Deviation %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+44" />
        <source>deviation %1</source>
        <translation>deviation %1</translation>
    </message>
    <message>
        <location line="-39" />
        <source>deviation %1 is closed</source>
        <translation>deviation %1 is closed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open a new deviation that refers to it.</source>
        <translation>Open a new deviation that refers to it.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>deviation %1 is already closed</source>
        <translation>deviation %1 is already closed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>assessment</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <location line="+2" />
        <source>corrective action</source>
        <translation>corrective action</translation>
    </message>
    <message>
        <location line="+2" />
        <source>closing check</source>
        <translation>closing check</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deviation %1 cannot be closed before its %2 is written</source>
        <translation>deviation %1 cannot be closed before its %2 is written</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The internal-control cycle asks what happened, why, what was corrected, and whether the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9).</source>
        <translation>The internal-control cycle asks what happened, why, what was corrected, and whether the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9).</translation>
    </message>
    <message>
        <location line="+52" />
        <source>there is no deviation %1</source>
        <translation>there is no deviation %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'deviation list' shows the deviations.</source>
        <translation>'deviation list' shows the deviations.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+29" />
        <source>an incident needs the date the organisation became aware of it</source>
        <translation>an incident needs the date the organisation became aware of it</translation>
    </message>
    <message>
        <location line="-28" />
        <source>Give --aware YYYY-MM-DD: the reporting deadlines run from it.</source>
        <translation>Give --aware YYYY-MM-DD: the reporting deadlines run from it.</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+30" />
        <location line="+1" />
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>there is no incident %1</source>
        <translation>there is no incident %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'incident list' shows the incidents.</source>
        <translation>'incident list' shows the incidents.</translation>
    </message>
</context>
<context>
    <name>vv::DocumentDetailTable</name>
    <message>
        <location filename="../modules/store/DocumentDetailTable.cpp" line="+39" />
        <source>a document detail needs a key</source>
        <translation>a document detail needs a key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is not a language of document details</source>
        <translation>'%1' is not a language of document details</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use nb or en.</source>
        <translation>Use nb or en.</translation>
    </message>
</context>
<context>
    <name>vv::Error</name>
    <message>
        <location filename="../modules/core/Error.cpp" line="+7" />
        <source>Cancelled by the user</source>
        <translation>Cancelled by the user</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nothing was changed; start again when ready.</source>
        <translation>Nothing was changed; start again when ready.</translation>
    </message>
</context>
<context>
    <name>vv::ExternalQuery</name>
    <message>
        <location filename="../modules/store/ExternalQuery.cpp" line="+15" />
        <source>the connection must be a PostgreSQL address, not '%1'</source>
        <translation>the connection must be a PostgreSQL address, not '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write postgresql://USER@HOST:PORT/DATABASE; the password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD.</source>
        <translation>Write postgresql://USER@HOST:PORT/DATABASE; the password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the query must be given, and be shorter than %1 characters</source>
        <translation>the query must be given, and be shorter than %1 characters</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the query failed: %1</source>
        <translation>the query failed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the query in psql first; it must return the columns given with --time, --label and --score.</source>
        <translation>Check the query in psql first; it must return the columns given with --time, --label and --score.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>reading the query's rows failed: %1</source>
        <translation>reading the query's rows failed: %1</translation>
    </message>
</context>
<context>
    <name>vv::Json</name>
    <message>
        <location filename="../modules/core/Json.cpp" line="+82" />
        <location line="+5" />
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+11" />
        <location line="+5" />
        <source>Fix the file or produce it again.</source>
        <translation>Fix the file or produce it again.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>invalid JSON: nested more than %1 levels deep</source>
        <translation>invalid JSON: nested more than %1 levels deep</translation>
    </message>
</context>
<context>
    <name>vv::MonitoringTable</name>
    <message>
        <location filename="../modules/store/MonitoringTable.cpp" line="+90" />
        <location line="+33" />
        <source>cannot read the production rows: %1</source>
        <translation>cannot read the production rows: %1</translation>
    </message>
    <message>
        <location line="+158" />
        <source>monitoring plan %1</source>
        <translation>monitoring plan %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>a project monitors at most %1 features</source>
        <translation>a project monitors at most %1 features</translation>
    </message>
    <message>
        <location line="+28" />
        <source>one ingest takes at most %1 rows</source>
        <translation>one ingest takes at most %1 rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the file.</source>
        <translation>Split the file.</translation>
    </message>
    <message>
        <location line="-139" />
        <source>the row '%1' is neither new nor stored</source>
        <translation>the row '%1' is neither new nor stored</translation>
    </message>
    <message>
        <location line="+11" />
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <location line="+2" />
        <source>feature values</source>
        <translation>feature values</translation>
    </message>
    <message>
        <location line="+2" />
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the row '%1' was stored before with another %2</source>
        <translation>the row '%1' was stored before with another %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A row's values do not change once stored; only a missing label is filled in. Give each prediction its own id.</source>
        <translation>A row's values do not change once stored; only a missing label is filled in. Give each prediction its own id.</translation>
    </message>
    <message>
        <location line="+236" />
        <source>acknowledging an alarm needs a note saying how it was handled</source>
        <translation>acknowledging an alarm needs a note saying how it was handled</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --note TEXT, for example the deviation it was handled in.</source>
        <translation>Give --note TEXT, for example the deviation it was handled in.</translation>
    </message>
</context>
<context>
    <name>vv::ProjectStore</name>
    <message>
        <location filename="../modules/store/Migrations.cpp" line="+55" />
        <source>the project's schema version '%1' is not valid</source>
        <translation>the project's schema version '%1' is not valid</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is damaged; restore it from a backup.</source>
        <translation>The file is damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location line="+86" />
        <source>migration %1 (%2)</source>
        <translation>migration %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/store/Sql.cpp" line="+19" />
        <source>%1: the project file is damaged</source>
        <translation>%1: the project file is damaged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore it from a backup; 'audit verify' says what is damaged.</source>
        <translation>Restore it from a backup; 'audit verify' says what is damaged.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the project cannot be written, because the file, its folder or the disk is read-only</source>
        <translation>%1: the project cannot be written, because the file, its folder or the disk is read-only</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reading commands still work. To change it, copy it to a folder you may write to.</source>
        <translation>Reading commands still work. To change it, copy it to a folder you may write to.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the disk is full</source>
        <translation>%1: the disk is full</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Free some space and try again; nothing was changed.</source>
        <translation>Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the project's files cannot be opened (its folder may be read-only or missing)</source>
        <translation>%1: the project's files cannot be opened (its folder may be read-only or missing)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the folder's permissions, or copy the project to a folder you may write to.</source>
        <translation>Check the folder's permissions, or copy the project to a folder you may write to.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: database error: %2</source>
        <translation>%1: database error: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</source>
        <translation>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1: no result</source>
        <translation>%1: no result</translation>
    </message>
    <message>
        <location filename="../modules/store/Transaction.cpp" line="+34" />
        <source>internal error: a change without an audit entry was refused</source>
        <translation>internal error: a change without an audit entry was refused</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditChain.cpp" line="+80" />
        <source>the file is damaged (SQLite's integrity check: %1)</source>
        <translation>the file is damaged (SQLite's integrity check: %1)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>entry %1 is missing (the next entry found is %2)</source>
        <translation>entry %1 is missing (the next entry found is %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 does not follow entry %2 (its link to the previous entry is wrong; entries were removed or reordered)</source>
        <translation>entry %1 does not follow entry %2 (its link to the previous entry is wrong; entries were removed or reordered)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>entry %1 was changed after it was written (its content does not match its hash)</source>
        <translation>entry %1 was changed after it was written (its content does not match its hash)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entry %1 is not the one the anchor recorded: the history up to it was rewritten after the anchor was signed</source>
        <translation>entry %1 is not the one the anchor recorded: the history up to it was rewritten after the anchor was signed</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</source>
        <translation>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the chain has %1 entries, but the anchor recorded entry %2: entries were removed</source>
        <translation>the chain has %1 entries, but the anchor recorded entry %2: entries were removed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the project was changed outside Veiviser: %1</source>
        <translation>the project was changed outside Veiviser: %1</translation>
    </message>
    <message>
        <location filename="../modules/store/BlobStore.cpp" line="+192" />
        <source>reading failed after %1 bytes: %2</source>
        <translation>reading failed after %1 bytes: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file and try again; nothing was stored.</source>
        <translation>Check the file and try again; nothing was stored.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>storing a chunk</source>
        <translation>storing a chunk</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the file changed while it was read (expected %1 bytes, read %2)</source>
        <translation>the file changed while it was read (expected %1 bytes, read %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wait until the file is complete and import it again; nothing was stored.</source>
        <translation>Wait until the file is complete and import it again; nothing was stored.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+49" />
        <source>no stored content with hash %1</source>
        <translation>no stored content with hash %1</translation>
    </message>
    <message>
        <location line="-43" />
        <source>stored content %1 is damaged: %2</source>
        <translation>stored content %1 is damaged: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+57" />
        <source>Restore the project from a backup, or import the file again.</source>
        <translation>Restore the project from a backup, or import the file again.</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+38" />
        <source>reading stored content</source>
        <translation>reading stored content</translation>
    </message>
    <message>
        <location line="-36" />
        <source>part %1 of %2 is missing</source>
        <translation>part %1 of %2 is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>part %1 has the wrong size</source>
        <translation>part %1 has the wrong size</translation>
    </message>
    <message>
        <location line="+3" />
        <source>writing failed: %1</source>
        <translation>writing failed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check free disk space and permissions.</source>
        <translation>Check free disk space and permissions.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>expected %1 bytes, found %2</source>
        <translation>expected %1 bytes, found %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the content does not match its hash</source>
        <translation>the content does not match its hash</translation>
    </message>
    <message>
        <location line="+23" />
        <source>stored content %1 is damaged: part %2 of %3 is missing</source>
        <translation>stored content %1 is damaged: part %2 of %3 is missing</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectFilePin.cpp" line="+89" />
        <source>no project at %1</source>
        <translation>no project at %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path, or create a project with 'project init'.</source>
        <translation>Check the path, or create a project with 'project init'.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the file's permissions and those of its folder.</source>
        <translation>Check the file's permissions and those of its folder.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a .veiviser file.</source>
        <translation>Give the path of a .veiviser file.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 changed while it was opened</source>
        <translation>%1 changed while it was opened</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it again when nothing else is replacing it.</source>
        <translation>Open it again when nothing else is replacing it.</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+17" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You may not read this file; ask its owner for access.</source>
        <translation>You may not read this file; ask its owner for access.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file's permissions.</source>
        <translation>Check the file's permissions.</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectStore.cpp" line="+179" />
        <source>%1 is not a Veiviser project</source>
        <translation>%1 is not a Veiviser project</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+423" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Open a .veiviser file created by Veiviser.</translation>
    </message>
    <message>
        <location line="-424" />
        <source>%1 is an SQLite database, but not a Veiviser project</source>
        <translation>%1 is an SQLite database, but not a Veiviser project</translation>
    </message>
    <message>
        <location line="+85" />
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <location line="-163" />
        <source>%1 is not a usable PostgreSQL address: %2</source>
        <translation>%1 is not a usable PostgreSQL address: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full.</source>
        <translation>Write postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the address %1 contains a password</source>
        <translation>the address %1 contains a password</translation>
    </message>
    <message>
        <location line="+10" />
        <source>it names no host</source>
        <translation>it names no host</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it names no database</source>
        <translation>it names no database</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the option '%1' is not supported (allowed: %2)</source>
        <translation>the option '%1' is not supported (allowed: %2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the value of '%1' contains a space, quote or semicolon</source>
        <translation>the value of '%1' contains a space, quote or semicolon</translation>
    </message>
    <message>
        <location line="+113" />
        <source>Qt's database driver %1 is not installed</source>
        <translation>Qt's database driver %1 is not installed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package %1.</source>
        <translation>Install the Debian package %1.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <location line="-197" />
        <source>Remove it and put it in the keychain ('veiviser-cli secret set --database ADDRESS'), your PGPASSFILE (~/.pgpass) or the PGPASSWORD environment variable; Veiviser never stores passwords in a project.</source>
        <translation>Remove it and put it in the keychain ('veiviser-cli secret set --database ADDRESS'), your PGPASSFILE (~/.pgpass) or the PGPASSWORD environment variable; Veiviser never stores passwords in a project.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>it is on a read-only disk or mount</source>
        <translation>it is on a read-only disk or mount</translation>
    </message>
    <message>
        <location line="+2" />
        <source>you may not write to the file</source>
        <translation>you may not write to the file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>you may not write to its folder, where SQLite keeps the -wal and -shm files</source>
        <translation>you may not write to its folder, where SQLite keeps the -wal and -shm files</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is empty, so it is not a Veiviser project</source>
        <translation>%1 is empty, so it is not a Veiviser project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If it was a project, it was truncated; restore it from a backup.</source>
        <translation>If it was a project, it was truncated; restore it from a backup.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is cut off after %2 bytes</source>
        <translation>%1 is cut off after %2 bytes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file was truncated; restore it from a backup.</source>
        <translation>The file was truncated; restore it from a backup.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 is cut off: it has %2 bytes of the %3 its header records</source>
        <translation>%1 is cut off: it has %2 bytes of the %3 its header records</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file was truncated (a full disk or an interrupted copy); restore it from a backup.</source>
        <translation>The file was truncated (a full disk or an interrupted copy); restore it from a backup.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>%1 is not a team database address</source>
        <translation>%1 is not a team database address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Write postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Check the address, that the server runs, and your password in the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD.</source>
        <translation>Check the address, that the server runs, and your password in the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>this project can only be read here: %1</source>
        <translation>this project can only be read here: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading commands work. To change it, copy it to a folder you may write to, or ask for write access.</source>
        <translation>Reading commands work. To change it, copy it to a folder you may write to, or ask for write access.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>this is a review project, made from the package %1 for review; its answers, requirements, evidence, documents and test runs are the package's and cannot be changed</source>
        <translation>this is a review project, made from the package %1 for review; its answers, requirements, evidence, documents and test runs are the package's and cannot be changed</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record findings with 'veiviser-cli review finding' or on the Packages page. To change the content, change the vendor's project and build a new package.</source>
        <translation>Record findings with 'veiviser-cli review finding' or on the Packages page. To change the content, change the vendor's project and build a new package.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a reviewer</source>
        <translation>a reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a read-only member</source>
        <translation>a read-only member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is %2 of this project and may not %3</source>
        <translation>%1 is %2 of this project and may not %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask an editor of the project to do it, or to change your role.</source>
        <translation>Ask an editor of the project to do it, or to change your role.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a member needs a name</source>
        <translation>a member needs a name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change members</source>
        <translation>change members</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the first member of a project must be an editor</source>
        <translation>the first member of a project must be an editor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add an editor first, so that someone can still change the project.</source>
        <translation>Add an editor first, so that someone can still change the project.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is the last editor of the project</source>
        <translation>%1 is the last editor of the project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make someone else an editor first.</source>
        <translation>Make someone else an editor first.</translation>
    </message>
    <message>
        <location line="+46" />
        <location line="+357" />
        <source>a project needs a name</source>
        <translation>a project needs a name</translation>
    </message>
    <message>
        <location line="-357" />
        <source>Give one with --name.</source>
        <translation>Give one with --name.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another file name, or open the existing project.</source>
        <translation>Choose another file name, or open the existing project.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create the folder first.</source>
        <translation>Create the folder first.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check that the folder is writable.</source>
        <translation>Check that the folder is writable.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 uses an older project format (version %2; this Veiviser reads version %3, and the tables changed since in migrations %4)</source>
        <translation>%1 uses an older project format (version %2; this Veiviser reads version %3, and the tables changed since in migrations %4)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 cannot be read as a Veiviser project (%2)</source>
        <translation>%1 cannot be read as a Veiviser project (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+207" />
        <source>The file may be damaged; restore it from a backup.</source>
        <translation>The file may be damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location line="-198" />
        <source>%1 is not a Veiviser project (it has no project data)</source>
        <translation>%1 is not a Veiviser project (it has no project data)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+141" />
        <source>a newer version</source>
        <translation>a newer version</translation>
    </message>
    <message>
        <location line="-137" />
        <location line="+138" />
        <source>this project was written by Veiviser %1; update Veiviser to open it</source>
        <translation>this project was written by Veiviser %1; update Veiviser to open it</translation>
    </message>
    <message>
        <location line="-137" />
        <source>This is Veiviser %1. The file was not changed.</source>
        <translation>This is Veiviser %1. The file was not changed.</translation>
    </message>
    <message>
        <location line="-235" />
        <source>change it</source>
        <translation>change it</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectCopy.cpp" line="+63" />
        <source>the table %1 has no columns</source>
        <translation>the table %1 has no columns</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the copy has no column %1.%2</source>
        <translation>the copy has no column %1.%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy between projects of the same Veiviser version.</source>
        <translation>Copy between projects of the same Veiviser version.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>%1 uses an older project format</source>
        <translation>%1 uses an older project format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it once with write access to upgrade it, then copy it.</source>
        <translation>Open it once with write access to upgrade it, then copy it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the audit chain of %1 is broken at entry %2: %3</source>
        <translation>the audit chain of %1 is broken at entry %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A copy would hide the damage; restore the project from a backup.</source>
        <translation>A copy would hide the damage; restore the project from a backup.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the copy at %1 does not match its source: %2</source>
        <translation>the copy at %1 does not match its source: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the copy and try again; the source was not changed.</source>
        <translation>Delete the copy and try again; the source was not changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 holds %2 rows instead of %3</source>
        <translation>%1 holds %2 rows instead of %3</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the audit chain does not continue the source's</source>
        <translation>the audit chain does not continue the source's</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectStore.cpp" line="+188" />
        <source>Open it once without read-only access to upgrade it.</source>
        <translation>Open it once without read-only access to upgrade it.</translation>
    </message>
    <message>
        <location line="+89" />
        <source>cannot make a temporary folder to read %1: %2</source>
        <translation>cannot make a temporary folder to read %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+5" />
        <source>Check the space in the temporary folder (TMPDIR).</source>
        <translation>Check the space in the temporary folder (TMPDIR).</translation>
    </message>
    <message>
        <location line="-1" />
        <source>cannot copy %1 to read its older format: %2</source>
        <translation>cannot copy %1 to read its older format: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>while upgrading a copy of %1</source>
        <translation>while upgrading a copy of %1</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+16" />
        <source>%1 already holds a Veiviser project</source>
        <translation>%1 already holds a Veiviser project</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Open it, or ask the database administrator for an empty database.</source>
        <translation>Open it, or ask the database administrator for an empty database.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the database %1 is not empty</source>
        <translation>the database %1 is not empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A team project needs a database of its own; ask the database administrator for an empty one.</source>
        <translation>A team project needs a database of its own; ask the database administrator for an empty one.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open it instead.</source>
        <translation>Open it instead.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the database %1 holds no Veiviser project</source>
        <translation>the database %1 holds no Veiviser project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create one with 'veiviser-cli project init %1'.</source>
        <translation>Create one with 'veiviser-cli project init %1'.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This is Veiviser %1. Nothing was changed.</source>
        <translation>This is Veiviser %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Its creation was interrupted; ask the administrator to empty the database and create the project again.</source>
        <translation>Its creation was interrupted; ask the administrator to empty the database and create the project again.</translation>
    </message>
    <message>
        <location line="-389" />
        <source>this project is open read-only</source>
        <translation>this project is open read-only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it with write access to change it.</source>
        <translation>Open it with write access to change it.</translation>
    </message>
    <message>
        <location line="+244" />
        <source>%1 uses an older project format, and it cannot be upgraded here: %2</source>
        <translation>%1 uses an older project format, and it cannot be upgraded here: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy it to a folder you may write to and open the copy.</source>
        <translation>Copy it to a folder you may write to and open the copy.</translation>
    </message>
    <message>
        <location line="+141" />
        <location line="+38" />
        <source>%1 has no project record</source>
        <translation>%1 has no project record</translation>
    </message>
    <message>
        <location filename="../modules/store/EvidenceTable.cpp" line="+192" />
        <source>add evidence</source>
        <translation>add evidence</translation>
    </message>
    <message>
        <location line="+19" />
        <source>change evidence</source>
        <translation>change evidence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evidence item %1</source>
        <translation>evidence item %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>as a reviewer you may change only the review state and reviewer of evidence item %1</source>
        <translation>as a reviewer you may change only the review state and reviewer of evidence item %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask an editor to change the rest.</source>
        <translation>Ask an editor to change the rest.</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+12" />
        <source>there is no evidence item %1</source>
        <translation>there is no evidence item %1</translation>
    </message>
    <message>
        <location line="-6" />
        <source>remove evidence</source>
        <translation>remove evidence</translation>
    </message>
    <message>
        <location line="+58" />
        <location line="+18" />
        <source>link evidence</source>
        <translation>link evidence</translation>
    </message>
    <message>
        <location filename="../modules/store/TeamGrants.cpp" line="+33" />
        <source>the database name '%1' cannot prefix role names</source>
        <translation>the database name '%1' cannot prefix role names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a database named with lower-case letters, digits and _.</source>
        <translation>Use a database named with lower-case letters, digits and _.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>database roles exist only for team projects on PostgreSQL</source>
        <translation>database roles exist only for team projects on PostgreSQL</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A project file is protected by the file's permissions.</source>
        <translation>A project file is protected by the file's permissions.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>set up the team's database roles</source>
        <translation>set up the team's database roles</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 uses an older project format, and upgrading it adds tables that the team's database roles need grants on, which only the database owner %2 may give</source>
        <translation>%1 uses an older project format, and upgrading it adds tables that the team's database roles need grants on, which only the database owner %2 may give</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ask the database administrator to run 'veiviser-cli project upgrade %1' once, as %2 or a superuser. Nothing was changed.</source>
        <translation>Ask the database administrator to run 'veiviser-cli project upgrade %1' once, as %2 or a superuser. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditReplay.cpp" line="+42" />
        <source>%1, row %2: %3 differs from what the audit chain recorded</source>
        <translation>%1, row %2: %3 differs from what the audit chain recorded</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the audit chain recorded it, but the table does not hold it</source>
        <translation>%1, row %2: the audit chain recorded it, but the table does not hold it</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1, row %2: the table holds it, but the audit chain never recorded it</source>
        <translation>%1, row %2: the table holds it, but the audit chain never recorded it</translation>
    </message>
</context>
<context>
    <name>vv::RatingTable</name>
    <message>
        <location filename="../modules/store/RatingTable.cpp" line="+64" />
        <source>a rating round needs at least one case and one rater</source>
        <translation>a rating round needs at least one case and one rater</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the left answer is a or b, not '%1'</source>
        <translation>the left answer is a or b, not '%1'</translation>
    </message>
    <message>
        <location line="+60" />
        <location line="+188" />
        <source>there is no rating round %1</source>
        <translation>there is no rating round %1</translation>
    </message>
    <message>
        <location line="-188" />
        <source>'ratings list' shows the rounds.</source>
        <translation>'ratings list' shows the rounds.</translation>
    </message>
    <message>
        <location line="+71" />
        <source>rater %1 is not assigned case %2 in rating round %3</source>
        <translation>rater %1 is not assigned case %2 in rating round %3</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+51" />
        <source>the answer is a or b, not '%1'</source>
        <translation>the answer is a or b, not '%1'</translation>
    </message>
    <message>
        <location line="-49" />
        <source>a rating's comment is longer than %1 bytes</source>
        <translation>a rating's comment is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+51" />
        <source>an adjudicated score needs the name of who decided it</source>
        <translation>an adjudicated score needs the name of who decided it</translation>
    </message>
    <message>
        <location line="+10" />
        <source>rating round %1 has no case %2</source>
        <translation>rating round %1 has no case %2</translation>
    </message>
    <message>
        <location line="+42" />
        <source>rating round %1 is already finalized as test run %2</source>
        <translation>rating round %1 is already finalized as test run %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else finalized it meanwhile; open the round again to see its result.</source>
        <translation>Someone else finalized it meanwhile; open the round again to see its result.</translation>
    </message>
</context>
<context>
    <name>vv::RequirementStateTable</name>
    <message>
        <location filename="../modules/store/RequirementStateTable.cpp" line="+81" />
        <source>a requirement state needs the requirement's URN</source>
        <translation>a requirement state needs the requirement's URN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>marking %1 as not applicable needs a justification</source>
        <translation>marking %1 as not applicable needs a justification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say why the requirement does not apply to this system.</source>
        <translation>Say why the requirement does not apply to this system.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change requirement states</source>
        <translation>change requirement states</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the state of %1</source>
        <translation>the state of %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>confirm requirement states</source>
        <translation>confirm requirement states</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has no state to confirm</source>
        <translation>%1 has no state to confirm</translation>
    </message>
</context>
<context>
    <name>vv::ReviewTable</name>
    <message>
        <location filename="../modules/store/ReviewTable.cpp" line="+103" />
        <source>%1 is not a review project</source>
        <translation>%1 is not a review project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make one from a package with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</source>
        <translation>Make one from a package with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>a finding needs the requirement's URN</source>
        <translation>a finding needs the requirement's URN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a %1 on %2 needs a comment</source>
        <translation>a %1 on %2 needs a comment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say what is missing or what the vendor should answer.</source>
        <translation>Say what is missing or what the vendor should answer.</translation>
    </message>
</context>
<context>
    <name>vv::RiskTable</name>
    <message>
        <location filename="../modules/store/RiskTable.cpp" line="+121" />
        <source>a hazard needs a short reference of at most 40 characters, such as H-07</source>
        <translation>a hazard needs a short reference of at most 40 characters, such as H-07</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hazard %1 needs the hazard and the harm it can lead to</source>
        <translation>hazard %1 needs the hazard and the harm it can lead to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ISO 14971 5.4 identifies each hazard with its hazardous situation and harm.</source>
        <translation>ISO 14971 5.4 identifies each hazard with its hazardous situation and harm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a text of hazard %1 is longer than %2 bytes</source>
        <translation>a text of hazard %1 is longer than %2 bytes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hazard %1 has a level outside 1–%2</source>
        <translation>hazard %1 has a level outside 1–%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hazard %1's residual risk needs both a severity and a probability</source>
        <translation>hazard %1's residual risk needs both a severity and a probability</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a risk control needs a description of the measure</source>
        <translation>a risk control needs a description of the measure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a risk control's description is longer than %1 bytes</source>
        <translation>a risk control's description is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a risk control is inherent_safety, protective_measure or information_for_safety, not '%1'</source>
        <translation>a risk control is inherent_safety, protective_measure or information_for_safety, not '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ISO 14971 7.1 names the three kinds in the order they are to be used.</source>
        <translation>ISO 14971 7.1 names the three kinds in the order they are to be used.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a control is verified by a test run, an evidence item or a monitoring metric, not '%1:%2'</source>
        <translation>a control is verified by a test run, an evidence item or a monitoring metric, not '%1:%2'</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+29" />
        <source>there is already a hazard %1</source>
        <translation>there is already a hazard %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Give the new hazard another reference.</source>
        <translation>Give the new hazard another reference.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+29" />
        <source>hazard %1</source>
        <translation>hazard %1</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+37" />
        <location line="+38" />
        <location line="+11" />
        <source>there is no hazard %1</source>
        <translation>there is no hazard %1</translation>
    </message>
    <message>
        <location line="-70" />
        <source>hazard %1 still has risk controls</source>
        <translation>hazard %1 still has risk controls</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Remove its controls first.</source>
        <translation>Remove its controls first.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>deviations %1 point at hazard %2</source>
        <translation>deviations %1 point at hazard %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Point them at another hazard, or at none, first.</source>
        <translation>Point them at another hazard, or at none, first.</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+11" />
        <source>'hazard list' shows them.</source>
        <translation>'hazard list' shows them.</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+22" />
        <source>risk control %1</source>
        <translation>risk control %1</translation>
    </message>
    <message>
        <location line="-10" />
        <location line="+15" />
        <location line="+33" />
        <source>there is no risk control %1</source>
        <translation>there is no risk control %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'hazard show' lists a hazard's controls.</source>
        <translation>'hazard show' lists a hazard's controls.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the project's risk matrix</source>
        <translation>the project's risk matrix</translation>
    </message>
    <message>
        <location line="+33" />
        <source>change plan %1</source>
        <translation>change plan %1</translation>
    </message>
    <message>
        <location line="+59" />
        <source>change check %1</source>
        <translation>change check %1</translation>
    </message>
</context>
<context>
    <name>vv::Sha256</name>
    <message>
        <location filename="../modules/core/Sha256.cpp" line="+71" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>vv::TestRunTable</name>
    <message>
        <location filename="../modules/store/TestRunTable.cpp" line="+81" />
        <source>the %1 is %2 MiB of JSON; at most %3 MiB can be stored</source>
        <translation>the %1 is %2 MiB of JSON; at most %3 MiB can be stored</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store large outputs as evidence files instead.</source>
        <translation>Store large outputs as evidence files instead.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' is not a requirement URN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the requirement's URN, such as urn:veiviser:ai-act:art-15.</source>
        <translation>Use the requirement's URN, such as urn:veiviser:ai-act:art-15.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a case needs an id of 1 to 200 characters</source>
        <translation>a case needs an id of 1 to 200 characters</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give every case in the suite an id.</source>
        <translation>Give every case in the suite an id.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>case detail</source>
        <translation>case detail</translation>
    </message>
    <message>
        <location line="+10" />
        <source>case '%1' of run %2 is already stored</source>
        <translation>case '%1' of run %2 is already stored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A resumed run skips the cases listed by finishedCaseIds().</source>
        <translation>A resumed run skips the cases listed by finishedCaseIds().</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+281" />
        <location line="+116" />
        <source>there is no test run %1 in this project</source>
        <translation>there is no test run %1 in this project</translation>
    </message>
    <message>
        <location line="-396" />
        <location line="+280" />
        <location line="+116" />
        <source>List the runs to see their ids.</source>
        <translation>List the runs to see their ids.</translation>
    </message>
    <message>
        <location line="-393" />
        <source>cannot %1: run %2 has status '%3'</source>
        <translation>cannot %1: run %2 has status '%3'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new run instead.</source>
        <translation>Start a new run instead.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>a test run needs an engine id and a kind</source>
        <translation>a test run needs an engine id and a kind</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a test run cannot have a negative number of cases</source>
        <translation>a test run cannot have a negative number of cases</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+125" />
        <source>provenance</source>
        <translation>provenance</translation>
    </message>
    <message>
        <location line="-103" />
        <source>the new test run got no id</source>
        <translation>the new test run got no id</translation>
    </message>
    <message>
        <location line="+36" />
        <source>store a case</source>
        <translation>store a case</translation>
    </message>
    <message>
        <location line="+28" />
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a run cannot have %1 cases</source>
        <translation>a run cannot have %1 cases</translation>
    </message>
    <message>
        <location line="+4" />
        <source>record what the engine learned about</source>
        <translation>record what the engine learned about</translation>
    </message>
    <message>
        <location line="+35" />
        <source>metric names must be given and unique ('%1')</source>
        <translation>metric names must be given and unique ('%1')</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a run cannot finish as running</source>
        <translation>a run cannot finish as running</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+37" />
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="-29" />
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <location line="+54" />
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+143" />
        <source>test run %1 provenance</source>
        <translation>test run %1 provenance</translation>
    </message>
    <message>
        <location line="+10" />
        <source>test run %1 result</source>
        <translation>test run %1 result</translation>
    </message>
    <message>
        <location line="+79" />
        <source>case %1 detail</source>
        <translation>case %1 detail</translation>
    </message>
</context>
<context>
    <name>vv::VersionedRows</name>
    <message>
        <location filename="../modules/store/RowVersion.cpp" line="+37" />
        <source>Nothing of yours was saved. Look at the other change, then make yours again if it still holds.</source>
        <translation>Nothing of yours was saved. Look at the other change, then make yours again if it still holds.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Someone removed %1 after you opened it</source>
        <translation>Someone removed %1 after you opened it</translation>
    </message>
    <message>
        <location line="+12" />
        <source>You created %1 at %2 in another window or program after this one read it</source>
        <translation>You created %1 at %2 in another window or program after this one read it</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You changed %1 at %2 in another window or program after this one read it</source>
        <translation>You changed %1 at %2 in another window or program after this one read it</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 created %2 at %3 after you opened it</source>
        <translation>%1 created %2 at %3 after you opened it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 changed %2 at %3 after you opened it</source>
        <translation>%1 changed %2 at %3 after you opened it</translation>
    </message>
</context>
<context>
    <name>vv::WorkFolder</name>
    <message>
        <location filename="../modules/core/WorkFolder.cpp" line="+44" />
        <source>cannot create the lock file in %1</source>
        <translation>cannot create the lock file in %1</translation>
    </message>
</context>
<context>
    <name>vv::YamlFields</name>
    <message>
        <location filename="../modules/guidance/YamlFields.cpp" line="+20" />
        <source>the YAML does not parse: %1</source>
        <translation>the YAML does not parse: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check indentation, quotes and colons around this place.</source>
        <translation>Check indentation, quotes and colons around this place.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 must be a mapping of keys to values</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown key '%1' in %2</source>
        <translation>unknown key '%1' in %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The keys are %1.</source>
        <translation>The keys are %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' must be a single value</source>
        <translation>'%1' must be a single value</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'%1' must be a number, not '%2'</source>
        <translation>'%1' must be a number, not '%2'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'%1' must be a whole number of at least %2, not '%3'</source>
        <translation>'%1' must be a whole number of at least %2, not '%3'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be a date written YYYY-MM-DD, not '%2'</source>
        <translation>'%1' must be a date written YYYY-MM-DD, not '%2'</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' must be true or false, not '%2'</source>
        <translation>'%1' must be true or false, not '%2'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' needs both 'nb' and 'en'</source>
        <translation>'%1' needs both 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be a list</source>
        <translation>'%1' must be a list</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a source</source>
        <translation>a source</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a source needs 'citation' and 'url'</source>
        <translation>a source needs 'citation' and 'url'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a source's url must start with https://</source>
        <translation>a source's url must start with https://</translation>
    </message>
</context>
<context>
    <name>vv::cli</name>
    <message>
        <location filename="../modules/cli/Args.cpp" line="+25" />
        <source>Usage: veiviser-cli %1</source>
        <translation>Usage: veiviser-cli %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>--%1 takes no value</source>
        <translation>--%1 takes no value</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--%1 needs a value</source>
        <translation>--%1 needs a value</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--%1 is given twice</source>
        <translation>--%1 is given twice</translation>
    </message>
    <message>
        <location line="+4" />
        <source>missing arguments</source>
        <translation>missing arguments</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <location filename="../modules/cli/Cli.cpp" line="+28" />
        <source>Usage: veiviser-cli [--json] [--lang nb|en] COMMAND ...</source>
        <translation>Usage: veiviser-cli [--json] [--lang nb|en] COMMAND ...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Exit codes: 0 success; 1 a check found a problem; 2 usage or input error; 3 engine or runtime failure.</source>
        <translation>Exit codes: 0 success; 1 a check found a problem; 2 usage or input error; 3 engine or runtime failure.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>guidance packs: not available (%1)</source>
        <translation>guidance packs: not available (%1)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>guidance packs:</source>
        <translation>guidance packs:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>unknown language '%1'</source>
        <translation>unknown language '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use --lang nb or --lang en.</source>
        <translation>Use --lang nb or --lang en.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown command '%1'</source>
        <translation>unknown command '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli --help' for the list of commands.</source>
        <translation>Run 'veiviser-cli --help' for the list of commands.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Usage: veiviser-cli %1 %2</source>
        <translation>Usage: veiviser-cli %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/cli/CommandRegistry.cpp" line="+7" />
        <location line="+23" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+304" />
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-258" />
        <source>unknown role '%1'; allowed: provider, deployer, both</source>
        <translation>unknown role '%1'; allowed: provider, deployer, both</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Created project '%1' in %2</source>
        <translation>Created project '%1' in %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+29" />
        <source>'%1' is not an evidence id (a positive whole number)</source>
        <translation>'%1' is not an evidence id (a positive whole number)</translation>
    </message>
    <message>
        <location line="+92" />
        <source>not scanned</source>
        <translation>not scanned</translation>
    </message>
    <message>
        <location line="+2" />
        <source>none found</source>
        <translation>none found</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n identity number(s)</source>
        <translation>
            <numerusform>%n identity number</numerusform>
            <numerusform>%n identity numbers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>on lines %1</source>
        <translation>on lines %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(in the file name too)</source>
        <translation>(in the file name too)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(confirmed for packages by %1)</source>
        <translation>(confirmed for packages by %1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'%1' is not a date; use YYYY-MM-DD, or 'none'</source>
        <translation>'%1' is not a date; use YYYY-MM-DD, or 'none'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown kind '%1'; allowed: report, dataset_description, risk_analysis, test_result, log, configuration, declaration, other</source>
        <translation>unknown kind '%1'; allowed: report, dataset_description, risk_analysis, test_result, log, configuration, declaration, other</translation>
    </message>
    <message>
        <location line="+33" />
        <source>(already in the library)</source>
        <translation>(already in the library)</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>Imported %n file</numerusform>
            <numerusform>Imported %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <location line="-5" />
        <source>#%1 %2 is empty (0 bytes); check that this is the file you meant</source>
        <translation>#%1 %2 is empty (0 bytes); check that this is the file you meant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>#%1 %2 holds %3; it cannot go into a package until someone confirms it with 'evidence confirm-pii'</source>
        <translation>#%1 %2 holds %3; it cannot go into a package until someone confirms it with 'evidence confirm-pii'</translation>
    </message>
    <message>
        <location line="+23" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' is not a requirement URN</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No evidence.</source>
        <translation>No evidence.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PII confirmed</source>
        <translation>PII confirmed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PII!</source>
        <translation>PII!</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+40" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+40" />
        <source>older system version</source>
        <translation>older system version</translation>
    </message>
    <message>
        <location line="-7" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../modules/cli/RowCommands.cpp" line="+34" />
        <source>--expect-version takes the row version shown by 'show'</source>
        <translation>--expect-version takes the row version shown by 'show'</translation>
    </message>
    <message>
        <location filename="../modules/cli/DeviationCommands.cpp" line="+92" />
        <source>--title is required</source>
        <translation>--title is required</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../modules/cli/RiskCommands.cpp" line="+621" />
        <source>Opened deviation %1.</source>
        <translation>Opened deviation %1.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No deviations.</source>
        <translation>No deviations.</translation>
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
        <translation>closed</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+25" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+35" />
        <location line="+22" />
        <source>the deviation's id is a number</source>
        <translation>the deviation's id is a number</translation>
    </message>
    <message>
        <location line="-46" />
        <source>Deviation %1 (%2, severity %3, version %4)</source>
        <translation>Deviation %1 (%2, severity %3, version %4)</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrective action</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closing check</source>
        <translation>Closing check</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Linked %1: %2</source>
        <translation>Linked %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Opened %1 by %2.</source>
        <translation>Opened %1 by %2.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Saved deviation %1.</source>
        <translation>Saved deviation %1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Closed deviation %1.</source>
        <translation>Closed deviation %1.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>--fact takes FACT=true, FACT=false or FACT=unknown, not '%1'</source>
        <translation>--fact takes FACT=true, FACT=false or FACT=unknown, not '%1'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no incident fact '%1'</source>
        <translation>there is no incident fact '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The facts are %1.</source>
        <translation>The facts are %1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--sent takes REPORT=YYYY-MM-DD or REPORT=YYYY-MM-DD:REFERENCE, not '%1'</source>
        <translation>--sent takes REPORT=YYYY-MM-DD or REPORT=YYYY-MM-DD:REFERENCE, not '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>there is no report '%1'</source>
        <translation>there is no report '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'incident show' lists the reports by id.</source>
        <translation>'incident show' lists the reports by id.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline not yet known: answer %1</source>
        <translation>deadline not yet known: answer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>OVERDUE by %n day(s) (due %1)</source>
        <translation>
            <numerusform>OVERDUE by %n day (due %1)</numerusform>
            <numerusform>OVERDUE by %n days (due %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>immediately (due %1)</source>
        <translation>immediately (due %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>due %1, %n day(s) left</source>
        <translation>
            <numerusform>due %1, %n day left</numerusform>
            <numerusform>due %1, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source> (may apply: answer %1)</source>
        <translation> (may apply: answer %1)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--aware takes a date, YYYY-MM-DD</source>
        <translation>--aware takes a date, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--deviation ID and --aware YYYY-MM-DD are required</source>
        <translation>--deviation ID and --aware YYYY-MM-DD are required</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Recorded incident %1 for deviation %2.</source>
        <translation>Recorded incident %1 for deviation %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+76" />
        <source>the incident's id is a number</source>
        <translation>the incident's id is a number</translation>
    </message>
    <message>
        <location line="-44" />
        <source>Incident %1 (deviation %2), aware %3, version %4</source>
        <translation>Incident %1 (deviation %2), aware %3, version %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  No report is due under the rules.</source>
        <translation>  No report is due under the rules.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  Note on %1: %2</source>
        <translation>  Note on %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no incident %1</source>
        <translation>there is no incident %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'incident list' shows the incidents.</source>
        <translation>'incident list' shows the incidents.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No incidents.</source>
        <translation>No incidents.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>an incident stays with the deviation it was recorded for</source>
        <translation>an incident stays with the deviation it was recorded for</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Saved incident %1.</source>
        <translation>Saved incident %1.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open a deviation (avvik); an alarm it links to is acknowledged.</source>
        <translation>Open a deviation (avvik); an alarm it links to is acknowledged.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the deviations.</source>
        <translation>List the deviations.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a deviation with its assessment, cause, action and check.</source>
        <translation>Show a deviation with its assessment, cause, action and check.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change an open deviation; --expect-version refuses a stale change.</source>
        <translation>Change an open deviation; --expect-version refuses a stale change.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close a deviation once its assessment, cause, action and check are written.</source>
        <translation>Close a deviation once its assessment, cause, action and check are written.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Record a deviation as a serious incident; the reports it makes due follow from its answers and the project's classification.</source>
        <translation>Record a deviation as a serious incident; the reports it makes due follow from its answers and the project's classification.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List the incidents with the reports due and overdue.</source>
        <translation>List the incidents with the reports due and overdue.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show an incident: its answers, each report with its deadline and source.</source>
        <translation>Show an incident: its answers, each report with its deadline and source.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Change an incident's answers, or record a report as sent.</source>
        <translation>Change an incident's answers, or record a report as sent.</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location filename="../modules/cli/DeviationCommands.cpp" line="-357" />
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+1" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+1" />
        <source>System version</source>
        <translation>System version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identity numbers</source>
        <translation>Identity numbers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Through the crosswalk</source>
        <translation>Through the crosswalk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../modules/cli/DeviationCommands.cpp" line="+259" />
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+0" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+8" />
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Wrote #%1 to %2 (%3, SHA-256 verified)</source>
        <translation>Wrote #%1 to %2 (%3, SHA-256 verified)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Linked #%1 to %2</source>
        <translation>Linked #%1 to %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>#%1 was already linked to %2</source>
        <translation>#%1 was already linked to %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed the link from #%1 to %2</source>
        <translation>Removed the link from #%1 to %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>#%1 was not linked to %2</source>
        <translation>#%1 was not linked to %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>unknown kind '%1'</source>
        <translation>unknown kind '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unknown review state '%1'; allowed: draft, submitted, in_review, approved</source>
        <translation>unknown review state '%1'; allowed: draft, submitted, in_review, approved</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Saved #%1</source>
        <translation>Saved #%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nothing to change in #%1</source>
        <translation>Nothing to change in #%1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--reason is required: say why the item may be shared</source>
        <translation>--reason is required: say why the item may be shared</translation>
    </message>
    <message>
        <location line="+7" />
        <source>#%1 may now go into packages; the confirmation is in the audit log</source>
        <translation>#%1 may now go into packages; the confirmation is in the audit log</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Removed #%1 and its content</source>
        <translation>Removed #%1 and its content</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Removed #%1</source>
        <translation>Removed #%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Import files and folders (recursively) into the evidence library.</source>
        <translation>Import files and folders (recursively) into the evidence library.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the evidence with links, PII and staleness flags.</source>
        <translation>List the evidence with links, PII and staleness flags.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show one evidence item's metadata, links and PII report.</source>
        <translation>Show one evidence item's metadata, links and PII report.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write an item's content, byte for byte, to OUT (a file or a folder).</source>
        <translation>Write an item's content, byte for byte, to OUT (a file or a folder).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Link an evidence item to a requirement.</source>
        <translation>Link an evidence item to a requirement.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the link between an evidence item and a requirement.</source>
        <translation>Remove the link between an evidence item and a requirement.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change an evidence item's metadata.</source>
        <translation>Change an evidence item's metadata.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm that an item with identity numbers may go into packages, with a reason.</source>
        <translation>Confirm that an item with identity numbers may go into packages, with a reason.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove an item; --purge also erases its content when no other item uses it.</source>
        <translation>Remove an item; --purge also erases its content when no other item uses it.</translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-77" />
        <source>--team needs a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>--team needs a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Database roles %1; %2 is the first editor. Add members with 'project member'.</source>
        <translation>Database roles %1; %2 is the first editor. Add members with 'project member'.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 (written by Veiviser %2)</source>
        <translation>%1 (written by Veiviser %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stored files</source>
        <translation>Stored files</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project is open in another Veiviser program now; what you see is its last saved state.</source>
        <translation>The project is open in another Veiviser program now; what you see is its last saved state.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 has project format %2, the newest this Veiviser knows</source>
        <translation>%1 has project format %2, the newest this Veiviser knows</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Copied to %1 and verified: %2 audit entries, %3 stored files</source>
        <translation>Copied to %1 and verified: %2 audit entries, %3 stored files</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown member role '%1'; allowed: editor, reviewer, read_only</source>
        <translation>unknown member role '%1'; allowed: editor, reviewer, read_only</translation>
    </message>
    <message>
        <location line="+35" />
        <source>No members: everyone who can open the project may change it.</source>
        <translation>No members: everyone who can open the project may change it.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 does not verify: %2</source>
        <translation>%1 does not verify: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only a package that verifies can anchor the audit chain.</source>
        <translation>Only a package that verifies can anchor the audit chain.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 records no audit chain head</source>
        <translation>%1 records no audit chain head</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packages and reviews made by older versions record none; build or export a new one.</source>
        <translation>Packages and reviews made by older versions record none; build or export a new one.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>audit chain broken at entry %1: %2</source>
        <translation>audit chain broken at entry %1: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Restore the project from a backup.</source>
        <translation>Restore the project from a backup.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project was changed outside Veiviser; restore it from a backup.</source>
        <translation>The project was changed outside Veiviser; restore it from a backup.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>Audit chain intact: %n entry verified</numerusform>
            <numerusform>Audit chain intact: %n entries verified</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The history up to entry %1 is the one %2 recorded.</source>
        <translation>The history up to entry %1 is the one %2 recorded.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>--from and --limit take positive whole numbers</source>
        <translation>--from and --limit take positive whole numbers</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Create a new project file, or a team project in an empty PostgreSQL database (--team: with database roles for editors, reviewers and read-only members).</source>
        <translation>Create a new project file, or a team project in an empty PostgreSQL database (--team: with database roles for editors, reviewers and read-only members).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Upgrade a project to this version's format; on a team project, run as the database owner, it also renews the database roles' grants.</source>
        <translation>Upgrade a project to this version's format; on a team project, run as the database owner, it also renews the database roles' grants.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copy a project between a file and PostgreSQL (either way) with its files and audit chain, and verify the copy.</source>
        <translation>Copy a project between a file and PostgreSQL (either way) with its files and audit chain, and verify the copy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add a member or change a member's role (editors only).</source>
        <translation>Add a member or change a member's role (editors only).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List the project's members and their roles.</source>
        <translation>List the project's members and their roles.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a project's name, system version, role, schema and counts.</source>
        <translation>Show a project's name, system version, role, schema and counts.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the whole file: SQLite's integrity check, the audit chain, the recorded state against the tables and, with --against, the history a signed package or review anchored (exit 1 if anything fails).</source>
        <translation>Check the whole file: SQLite's integrity check, the audit chain, the recorded state against the tables and, with --against, the history a signed package or review anchored (exit 1 if anything fails).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List audit entries, oldest first.</source>
        <translation>List audit entries, oldest first.</translation>
    </message>
    <message>
        <location filename="../modules/cli/GuidanceCommands.cpp" line="+101" />
        <source>%1: no problems (%2 pack(s), %3 questions, %4 decisions, %5 requirements, %6 crosswalk links)</source>
        <translation>%1: no problems (%2 pack(s), %3 questions, %4 decisions, %5 requirements, %6 crosswalk links)</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69" />
        <source>    %1 questions, %2 decisions, %3 requirements; in force in the EU %4, in Norway %5</source>
        <translation>    %1 questions, %2 decisions, %3 requirements; in force in the EU %4, in Norway %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>        asked when: %1</source>
        <translation>        asked when: %1</translation>
    </message>
    <message>
        <location line="+55" />
        <source>--expect-version takes KEY=VERSION, a whole number from 'answers list --json' (0 when there was no answer)</source>
        <translation>--expect-version takes KEY=VERSION, a whole number from 'answers list --json' (0 when there was no answer)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>give answers as KEY=VALUE or with --from ANSWERS.json</source>
        <translation>give answers as KEY=VALUE or with --from ANSWERS.json</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 must hold one JSON object of fact ids and answers</source>
        <translation>%1 must hold one JSON object of fact ids and answers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example {"system.is_ai": true, "org.role": "deployer"}.</source>
        <translation>For example {"system.is_ai": true, "org.role": "deployer"}.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' is not KEY=VALUE</source>
        <translation>'%1' is not KEY=VALUE</translation>
    </message>
    <message>
        <location line="+23" />
        <source>--expect-version names %1, which is not answered here</source>
        <translation>--expect-version names %1, which is not answered here</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>Stored %n answer(s)</source>
        <translation>
            <numerusform>Stored %n answer</numerusform>
            <numerusform>Stored %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Removed %n answer(s)</source>
        <translation>
            <numerusform>Removed %n answer(s)</numerusform>
            <numerusform>Removed %n answer(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source> (%1 unchanged)</source>
        <translation> (%1 unchanged)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location line="+41" />
        <source>  [no longer valid: answer again]</source>
        <translation>  [no longer valid: answer again]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  [needs review: given under %1 %2, now %3]</source>
        <translation>  [needs review: given under %1 %2, now %3]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(gone)</source>
        <translation>(gone)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  [not asked for the current answers]</source>
        <translation>  [not asked for the current answers]</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No answers yet. Answer with 'veiviser-cli answer FILE KEY=VALUE'.</source>
        <translation>No answers yet. Answer with 'veiviser-cli answer FILE KEY=VALUE'.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the answer to %1 is no longer valid and cannot be confirmed</source>
        <translation>the answer to %1 is no longer valid and cannot be confirmed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer it again with 'veiviser-cli answer'.</source>
        <translation>Answer it again with 'veiviser-cli answer'.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is not a question in the guidance packs</source>
        <translation>'%1' is not a question in the guidance packs</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Confirmed %n answer(s) under the current pack versions</source>
        <translation>
            <numerusform>Confirmed %n answer under the current pack versions</numerusform>
            <numerusform>Confirmed %n answers under the current pack versions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>  [needs review: %1]</source>
        <translation>  [needs review: %1]</translation>
    </message>
    <message>
        <location line="+3" />
        <source>      missing: %1</source>
        <translation>      missing: %1</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Requirements for the role %1: %2 apply, %3 do not, %4 not yet known.</source>
        <translation>Requirements for the role %1: %2 apply, %3 do not, %4 not yet known.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+261" />
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <location line="-259" />
        <source>Answer again: %1 (no longer valid under %2 %3)</source>
        <translation>Answer again: %1 (no longer valid under %2 %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review: %1 was answered under %2 %3, now %4</source>
        <translation>Review: %1 was answered under %2 %3, now %4</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown status '%1'; allowed: %2</source>
        <translation>unknown status '%1'; allowed: %2</translation>
    </message>
    <message>
        <location line="+65" />
        <source>applies from %1</source>
        <translation>applies from %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(not yet known)</source>
        <translation>(not yet known)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs review after a pack update</source>
        <translation>needs review after a pack update</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 shown; %2 apply, %3 do not apply, %4 not yet known (role: %5)</source>
        <translation>%1 shown; %2 apply, %3 do not apply, %4 not yet known (role: %5)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>'%1' is not a requirement in the guidance packs</source>
        <translation>'%1' is not a requirement in the guidance packs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli requirements FILE' for the URNs.</source>
        <translation>Run 'veiviser-cli requirements FILE' for the URNs.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unknown status '%1'; allowed: not_started, in_progress, met, not_applicable</source>
        <translation>unknown status '%1'; allowed: not_started, in_progress, met, not_applicable</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' is not a date; write YYYY-MM-DD</source>
        <translation>'%1' is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="-179" />
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 of %2 done (%3 met, %4 not applicable); %5 in progress, %6 not started</source>
        <translation>%1 of %2 done (%3 met, %4 not applicable); %5 in progress, %6 not started</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, system version %2 (%3), on %4</source>
        <translation>%1, system version %2 (%3), on %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requirements that apply: %1</source>
        <translation>Requirements that apply: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet known whether they apply: %1 (answer the questions still needed)</source>
        <translation>Not yet known whether they apply: %1 (answer the questions still needed)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing is due within %1 days.</source>
        <translation>Nothing is due within %1 days.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due or overdue:</source>
        <translation>Due or overdue:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Needs review after a pack update:</source>
        <translation>Needs review after a pack update:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Requirements without evidence: %1</source>
        <translation>Requirements without evidence: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No stale evidence.</source>
        <translation>No stale evidence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stale evidence: %1 (%2)</source>
        <translation>Stale evidence: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>concerns system version %1</source>
        <translation>concerns system version %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Incident reports not yet sent:</source>
        <translation>Incident reports not yet sent:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  incident %1: %2</source>
        <translation>  incident %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List the installed guidance packs (with --questions: every question and its allowed answers).</source>
        <translation>List the installed guidance packs (with --questions: every question and its allowed answers).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check a guidance pack folder or the whole guidance folder; exit 2 listing every problem as FILE:LINE:COL.</source>
        <translation>Check a guidance pack folder or the whole guidance folder; exit 2 listing every problem as FILE:LINE:COL.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer guidance questions (KEY= removes an answer; multi values are comma-separated); all or none are stored.</source>
        <translation>Answer guidance questions (KEY= removes an answer; multi values are comma-separated); all or none are stored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the stored answers, flagging those that need review after a pack update.</source>
        <translation>List the stored answers, flagging those that need review after a pack update.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Confirm answers under the current pack versions (all that need review when no KEY is given).</source>
        <translation>Confirm answers under the current pack versions (all that need review when no KEY is given).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Classify the system under each regime from the answers, with the reasons and what is missing.</source>
        <translation>Classify the system under each regime from the answers, with the reasons and what is missing.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the requirements with their status: does_not_apply, undetermined, not_started, in_progress, met, not_applicable (or applicable, all).</source>
        <translation>List the requirements with their status: does_not_apply, undetermined, not_started, in_progress, met, not_applicable (or applicable, all).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record the team's state of a requirement (not_applicable needs --justification).</source>
        <translation>Record the team's state of a requirement (not_applicable needs --justification).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the progress on the requirements per pack, what is due or overdue, what needs review and stale evidence.</source>
        <translation>Show the progress on the requirements per pack, what is due or overdue, what needs review and stale evidence.</translation>
    </message>
    <message>
        <location filename="../modules/cli/MetricsCommands.cpp" line="+90" />
        <location filename="../modules/cli/MonitorCommands.cpp" line="+93" />
        <location line="+132" />
        <location filename="../modules/cli/RatingCommands.cpp" line="+71" />
        <location filename="../modules/cli/RiskCommands.cpp" line="-446" />
        <location line="+214" />
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <location line="+12" />
        <location filename="../modules/cli/MonitorCommands.cpp" line="-115" />
        <source>--delimiter takes ',', ';' or 'tab'</source>
        <translation>--delimiter takes ',', ';' or 'tab'</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../modules/cli/MonitorCommands.cpp" line="+4" />
        <source>--decimal takes '.' or ','</source>
        <translation>--decimal takes '.' or ','</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--compare must name another column than --score</source>
        <translation>--compare must name another column than --score</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--threshold takes a number, not '%1'</source>
        <translation>--threshold takes a number, not '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--bootstrap takes a whole number of replicates</source>
        <translation>--bootstrap takes a whole number of replicates</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--seed is only used with --bootstrap</source>
        <translation>--seed is only used with --bootstrap</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--seed takes a whole number of 0 or more</source>
        <translation>--seed takes a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--level takes a number such as 0.95</source>
        <translation>--level takes a number such as 0.95</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 % confidence interval</source>
        <translation>%1 % confidence interval</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Clinical validation of %1</source>
        <translation>Clinical validation of %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left out line %1: %2</source>
        <translation>Left out line %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stored as test run %1 in %2.</source>
        <translation>Stored as test run %1 in %2.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Validate a prediction model on a CSV of predictions and outcomes: AUROC, calibration, net benefit, risk distributions, subgroups.</source>
        <translation>Validate a prediction model on a CSV of predictions and outcomes: AUROC, calibration, net benefit, risk distributions, subgroups.</translation>
    </message>
    <message>
        <location filename="../modules/cli/EngineCommands.cpp" line="+48" />
        <source>No evaluation engines found. Looked in: %1</source>
        <translation>No evaluation engines found. Looked in: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>unavailable: %1</source>
        <translation>unavailable: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unusable: %1 (%2)</source>
        <translation>unusable: %1 (%2)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>--engine is required</source>
        <translation>--engine is required</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--set takes KEY=VALUE, not '%1'</source>
        <translation>--set takes KEY=VALUE, not '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--resume takes a test run id (a positive whole number)</source>
        <translation>--resume takes a test run id (a positive whole number)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The finished cases are stored; resume with --resume %1.</source>
        <translation>The finished cases are stored; resume with --resume %1.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>test run %1 is stored, but filing it as evidence failed</source>
        <translation>test run %1 is stored, but filing it as evidence failed</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Test run %1 (%2): %3</source>
        <translation>Test run %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cases: %1 passed, %2 failed, %3 errored and %4 not graded of %5</source>
        <translation>Cases: %1 passed, %2 failed, %3 errored and %4 not graded of %5</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cases: %1 passed, %2 failed, %3 errored of %4</source>
        <translation>Cases: %1 passed, %2 failed, %3 errored of %4</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (%1 to %2)</source>
        <translation> (%1 to %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../modules/cli/MetricsCommands.cpp" line="-13" />
        <source>Filed as evidence %1, linked to %2.</source>
        <translation>Filed as evidence %1, linked to %2.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a test run's id is a whole number</source>
        <translation>a test run's id is a whole number</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cases in both runs: %1 (run %2 passed %3, run %4 passed %5).</source>
        <translation>Cases in both runs: %1 (run %2 passed %3, run %4 passed %5).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passed only in run %1 (regressions): %2; only in run %3 (improvements): %4.</source>
        <translation>Passed only in run %1 (regressions): %2; only in run %3 (improvements): %4.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Difference in pass rate, run %1 minus run %2: %3 percentage points (95 % CI %4 to %5, Newcombe's paired score interval); exact McNemar test p = %6.</source>
        <translation>Difference in pass rate, run %1 minus run %2: %3 percentage points (95 % CI %4 to %5, Newcombe's paired score interval); exact McNemar test p = %6.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Left out: %1 cases that errored or were not graded in either run, %2 only in run %3, %4 only in run %5.</source>
        <translation>Left out: %1 cases that errored or were not graded in either run, %2 only in run %3, %4 only in run %5.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Regressions: %1</source>
        <translation>Regressions: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>List the evaluation-engine plugins found, with the reason where one cannot be used.</source>
        <translation>List the evaluation-engine plugins found, with the reason where one cannot be used.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Run an evaluation engine as a test run in the project; the finished run is filed as evidence on the requirements it supports.</source>
        <translation>Run an evaluation engine as a test run in the project; the finished run is filed as evidence on the requirements it supports.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Compare two test runs on the cases both have: regressions and improvements, the exact McNemar test and the difference in pass rate with its paired interval.</source>
        <translation>Compare two test runs on the cases both have: regressions and improvements, the exact McNemar test and the difference in pass rate with its paired interval.</translation>
    </message>
    <message>
        <location filename="../modules/cli/PackageCommands.cpp" line="+93" />
        <source>Private key: %1 (readable only by you%2)</source>
        <translation>Private key: %1 (readable only by you%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>, protected by the passphrase</source>
        <translation>, protected by the passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public key:  %1</source>
        <translation>Public key:  %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the public key to whoever checks your packages, and read the fingerprint out to them.</source>
        <translation>Give the public key to whoever checks your packages, and read the fingerprint out to them.</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%n problem(s) in the templates.</source>
        <translation>
            <numerusform>%n problem(s) in the templates.</numerusform>
            <numerusform>%n problem(s) in the templates.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3" />
        <source>%1: %2 documents, %3 partials, %4 details; all fine.</source>
        <translation>%1: %2 documents, %3 partials, %4 details; all fine.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 (%2): %3 of %4 legal items covered</source>
        <translation>%1 (%2): %3 of %4 legal items covered</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  covered      %1 – %2 (section %3)</source>
        <translation>  covered      %1 – %2 (section %3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  not covered  %1 – %2</source>
        <translation>  not covered  %1 – %2</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+90" />
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="-90" />
        <source>(not translated)</source>
        <translation>(not translated)</translation>
    </message>
    <message>
        <location filename="../modules/cli/GuidanceCommands.cpp" line="-62" />
        <location filename="../modules/cli/PackageCommands.cpp" line="+25" />
        <source>applies</source>
        <translation>applies</translation>
    </message>
    <message>
        <location filename="../modules/cli/PackageCommands.cpp" line="+1" />
        <source>does not apply</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <location line="+6" />
        <source>standards: %1</source>
        <translation>standards: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lacking: %1</source>
        <translation>lacking: %1</translation>
    </message>
    <message>
        <location line="+80" />
        <source>%1: the value of %2 is neither a text nor an object of texts by language</source>
        <translation>%1: the value of %2 is neither a text nor an object of texts by language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write "%1": "text" or "%1": {"nb": "...", "en": "..."}.</source>
        <translation>Write "%1": "text" or "%1": {"nb": "...", "en": "..."}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2.%3 is not a text in nb or en</source>
        <translation>%1: %2.%3 is not a text in nb or en</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details are written in nb (Bokmål) and en (English).</source>
        <translation>Details are written in nb (Bokmål) and en (English).</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--language must be nb or en</source>
        <translation>--language must be nb or en</translation>
    </message>
    <message>
        <location line="+4" />
        <source>give either KEY VALUE or --from FILE</source>
        <translation>give either KEY VALUE or --from FILE</translation>
    </message>
    <message>
        <location line="-39" />
        <source>%1: expected a JSON object of detail keys and texts</source>
        <translation>%1: expected a JSON object of detail keys and texts</translation>
    </message>
    <message>
        <location line="+46" />
        <source>give KEY and VALUE (an empty VALUE removes the detail)</source>
        <translation>give KEY and VALUE (an empty VALUE removes the detail)</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>%n detail(s) changed.</source>
        <translation>
            <numerusform>%n detail(s) changed.</numerusform>
            <numerusform>%n detail(s) changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+200" />
        <location line="+97" />
        <location filename="../modules/cli/RatingCommands.cpp" line="+106" />
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <location line="-295" />
        <source>give at least one --document</source>
        <translation>give at least one --document</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown format '%1'; allowed: html, pdf, docx</source>
        <translation>unknown format '%1'; allowed: html, pdf, docx</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../modules/cli/RegisterCommands.cpp" line="+74" />
        <source>unknown language '%1'; allowed: nb, en</source>
        <translation>unknown language '%1'; allowed: nb, en</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--evidence takes all, linked or none</source>
        <translation>--evidence takes all, linked or none</translation>
    </message>
    <message>
        <location line="+19" />
        <source>unknown document '%1'; allowed: %2</source>
        <translation>unknown document '%1'; allowed: %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Wrote %1: %n file(s), %2 bytes.</source>
        <translation>
            <numerusform>Wrote %1: %n file(s), %2 bytes.</numerusform>
            <numerusform>Wrote %1: %n file(s), %2 bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not signed: give --sign KEY so that readers can check who made it.</source>
        <translation>Not signed: give --sign KEY so that readers can check who made it.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 does not verify: do not rely on its content. Ask the sender for a new copy.</source>
        <translation>%1 does not verify: do not rely on its content. Ask the sender for a new copy.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%1 verifies: %n file(s), each matching its SHA-256.</source>
        <translation>
            <numerusform>%1 verifies: %n file(s), each matching its SHA-256.</numerusform>
            <numerusform>%1 verifies: %n file(s), each matching its SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed with the key given (%1).</source>
        <translation>Signed with the key given (%1).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+111" />
        <source>Signed by %1. Check this fingerprint with the sender, or give --pubkey.</source>
        <translation>Signed by %1. Check this fingerprint with the sender, or give --pubkey.</translation>
    </message>
    <message>
        <location line="-109" />
        <source>Not signed: its integrity is checked, but not who made it.</source>
        <translation>Not signed: its integrity is checked, but not who made it.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Project:        %1, version %2</source>
        <translation>Project:        %1, version %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Created:        %1</source>
        <translation>Created:        %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Generator:      %1</source>
        <translation>Generator:      %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Packs:          %1</source>
        <translation>Packs:          %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signer:         %1</source>
        <translation>Signer:         %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Manifest:       sha256:%1</source>
        <translation>Manifest:       sha256:%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification:   every file matches</source>
        <translation>Verification:   every file matches</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verification:   FAILED (see 'package verify')</source>
        <translation>Verification:   FAILED (see 'package verify')</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+2" />
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The package verifies. Created the review project %1 (%2 answers, %3 requirement statuses, %4 evidence files, %5 package files).</source>
        <translation>The package verifies. Created the review project %1 (%2 answers, %3 requirement statuses, %4 evidence files, %5 package files).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Removed the finding.</source>
        <translation>Removed the finding.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>There was no finding on %1.</source>
        <translation>There was no finding on %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--verdict takes accepted, deficiency or question</source>
        <translation>--verdict takes accepted, deficiency or question</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Recorded: %1 %2</source>
        <translation>Recorded: %1 %2</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No findings yet.</source>
        <translation>No findings yet.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Wrote %1 (not signed: give --sign KEY so the vendor can check who wrote it).</source>
        <translation>Wrote %1 (not signed: give --sign KEY so the vendor can check who wrote it).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote %1, signed by %2.</source>
        <translation>Wrote %1, signed by %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>This review was imported before.</source>
        <translation>This review was imported before.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Imported the review by %1 (%2): %n finding(s).</source>
        <translation>
            <numerusform>Imported the review by %1 (%2): %n finding(s).</numerusform>
            <numerusform>Imported the review by %1 (%2): %n finding(s).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>Review by %1 (%2), signed by %3:</source>
        <translation>Review by %1 (%2), signed by %3:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No reviews imported.</source>
        <translation>No reviews imported.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Write a new Ed25519 signing key pair into DIR (private key mode 0600).</source>
        <translation>Write a new Ed25519 signing key pair into DIR (private key mode 0600).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check document templates: manifests, Mustache tags, names and strings.</source>
        <translation>Check document templates: manifests, Mustache tags, names and strings.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List, per document, the items of its legal contents list that it covers (with the section) and those it does not.</source>
        <translation>List, per document, the items of its legal contents list that it covers (with the section) and those it does not.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the document details (intended purpose, manufacturer, ...) and their texts in Bokmål and English; with --gspr, the GSPR checklist of MDR Annex II 4 point by point.</source>
        <translation>List the document details (intended purpose, manufacturer, ...) and their texts in Bokmål and English; with --gspr, the GSPR checklist of MDR Annex II 4 point by point.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Set document details in Bokmål (default) or English; an empty value removes that language's text.</source>
        <translation>Set document details in Bokmål (default) or English; an empty value removes that language's text.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Build a signed documentation package: documents, evidence, exports, manifest.</source>
        <translation>Build a signed documentation package: documents, evidence, exports, manifest.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check every file of a package against its hash and the signature.</source>
        <translation>Check every file of a package against its hash and the signature.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List a package's contents and metadata.</source>
        <translation>List a package's contents and metadata.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show what changed between two packages: answers, statuses, evidence, documents.</source>
        <translation>Show what changed between two packages: answers, statuses, evidence, documents.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Verify a package and make a read-only review project from it.</source>
        <translation>Verify a package and make a read-only review project from it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record a finding on a requirement in a review project.</source>
        <translation>Record a finding on a requirement in a review project.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>List the findings of a review project.</source>
        <translation>List the findings of a review project.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the review's findings as a signed review file for the vendor.</source>
        <translation>Write the review's findings as a signed review file for the vendor.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import a regulator's signed review onto the project's requirements.</source>
        <translation>Import a regulator's signed review onto the project's requirements.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the reviews imported into a project, with their findings.</source>
        <translation>List the reviews imported into a project, with their findings.</translation>
    </message>
    <message>
        <location filename="../modules/cli/SecretCommands.cpp" line="+35" />
        <source>give either an entry NAME or --database ADDRESS</source>
        <translation>give either an entry NAME or --database ADDRESS</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Secret (not shown): </source>
        <translation>Secret (not shown): </translation>
    </message>
    <message>
        <location line="+6" />
        <source>standard input cannot be read</source>
        <translation>standard input cannot be read</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no secret was given on standard input</source>
        <translation>no secret was given on standard input</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type it when asked, or pipe it in: printf '%s' "$KEY" | veiviser-cli secret set NAME</source>
        <translation>Type it when asked, or pipe it in: printf '%s' "$KEY" | veiviser-cli secret set NAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the secret is longer than %1 bytes</source>
        <translation>the secret is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Stored in the keychain as '%1' (service %2)</source>
        <translation>Stored in the keychain as '%1' (service %2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>'%1' is in the keychain</source>
        <translation>'%1' is in the keychain</translation>
    </message>
    <message>
        <location line="+0" />
        <source>'%1' is not in the keychain</source>
        <translation>'%1' is not in the keychain</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'%1' is no longer in the keychain</source>
        <translation>'%1' is no longer in the keychain</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Store an API key or database password in the OS keychain; the secret is read from standard input.</source>
        <translation>Store an API key or database password in the OS keychain; the secret is read from standard input.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Say whether the keychain holds an entry (exit 1 when not); never prints the secret.</source>
        <translation>Say whether the keychain holds an entry (exit 1 when not); never prints the secret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove an entry from the OS keychain.</source>
        <translation>Remove an entry from the OS keychain.</translation>
    </message>
    <message>
        <location filename="../modules/cli/MonitorCommands.cpp" line="-69" />
        <source>the project has no monitoring plan</source>
        <translation>the project has no monitoring plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with --from PLAN.yaml (docs/monitoring.md).</source>
        <translation>Store one with --from PLAN.yaml (docs/monitoring.md).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Monitoring plan version %1, stored %2 by %3:</source>
        <translation>Monitoring plan version %1, stored %2 by %3:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Stored monitoring plan version %1 (%2 metrics, %3 control charts).</source>
        <translation>Stored monitoring plan version %1 (%2 metrics, %3 control charts).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>give either --predictions CSV, or --query SQL with --connection postgresql://USER@HOST/DATABASE</source>
        <translation>give either --predictions CSV, or --query SQL with --connection postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Read %1 rows: %2 new, %3 labels filled in, %4 unchanged.</source>
        <translation>Read %1 rows: %2 new, %3 labels filled in, %4 unchanged.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
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
        <translation>warning</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ALARM</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Monitoring plan version %1; %2 windows.</source>
        <translation>Monitoring plan version %1; %2 windows.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2 to %3)%4: %5 rows, %6 labelled</source>
        <translation>%1 (%2 to %3)%4: %5 rows, %6 labelled</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, baseline</source>
        <translation>, baseline</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Chart %1 (%2): %3</source>
        <translation>Chart %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 %2 (%3): %4, limit %5</source>
        <translation>%1 %2 (%3): %4, limit %5</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No open alarms.</source>
        <translation>No open alarms.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open alarms: %1</source>
        <translation>Open alarms: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--window takes the window's first day, YYYY-MM-DD</source>
        <translation>--window takes the window's first day, YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+15" />
        <source>there is no alarm on '%1' in the window that starts %2</source>
        <translation>there is no alarm on '%1' in the window that starts %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'monitor status' lists the alarms with their windows.</source>
        <translation>'monitor status' lists the alarms with their windows.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Acknowledged the alarm on %1 in the window that starts %2.</source>
        <translation>Acknowledged the alarm on %1 in the window that starts %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Show the project's monitoring plan, or store a new version of it from YAML (past windows keep the version they were judged by).</source>
        <translation>Show the project's monitoring plan, or store a new version of it from YAML (past windows keep the version they were judged by).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Store production predictions and outcomes; a later file with the same ids fills in outcomes that were not yet known.</source>
        <translation>Store production predictions and outcomes; a later file with the same ids fills in outcomes that were not yet known.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Measure every window against the plan; exits 1 while an alarm is open.</source>
        <translation>Measure every window against the plan; exits 1 while an alarm is open.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record how an alarm was handled, so that it no longer counts as open.</source>
        <translation>Record how an alarm was handled, so that it no longer counts as open.</translation>
    </message>
    <message>
        <location filename="../modules/cli/RiskCommands.cpp" line="-409" />
        <source>--%1 takes SEVERITY,PROBABILITY as two numbers, such as 4,2</source>
        <translation>--%1 takes SEVERITY,PROBABILITY as two numbers, such as 4,2</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Added hazard %1 (%2).</source>
        <translation>Added hazard %1 (%2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No hazards.</source>
        <translation>No hazards.</translation>
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
        <translation>not estimated</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Hazard %1 (%2, version %3)</source>
        <translation>Hazard %1 (%2, version %3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazardous situation</source>
        <translation>Hazardous situation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sequence of events</source>
        <translation>Sequence of events</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Harm</source>
        <translation>Harm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Initial risk</source>
        <translation>Initial risk</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>severity %1, probability %2: %3</source>
        <translation>severity %1, probability %2: %3</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Residual risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Control %1 (%2): %3; verified by %4</source>
        <translation>Control %1 (%2): %3; verified by %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Saved hazard %1.</source>
        <translation>Saved hazard %1.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Removed hazard %1.</source>
        <translation>Removed hazard %1.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Added risk control %1.</source>
        <translation>Added risk control %1.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+27" />
        <source>the control's id is a number</source>
        <translation>the control's id is a number</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Saved risk control %1.</source>
        <translation>Saved risk control %1.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Removed risk control %1.</source>
        <translation>Removed risk control %1.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Stored the project's risk matrix, version %1.</source>
        <translation>Stored the project's risk matrix, version %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The project's own risk matrix:</source>
        <translation>The project's own risk matrix:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The default risk matrix:</source>
        <translation>The default risk matrix:</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n gap(s).</source>
        <translation>
            <numerusform>%n gap.</numerusform>
            <numerusform>%n gaps.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20" />
        <source>the project has no change control plan</source>
        <translation>the project has no change control plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with --from PLAN.yaml (docs/risk.md).</source>
        <translation>Store one with --from PLAN.yaml (docs/risk.md).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change control plan version %1, stored %2 by %3:</source>
        <translation>Change control plan version %1, stored %2 by %3:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Stored change control plan version %1.</source>
        <translation>Stored change control plan version %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--modification ID and --run RUN_ID are required</source>
        <translation>--modification ID and --run RUN_ID are required</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Check %1: %2.</source>
        <translation>Check %1: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filed as evidence item %1.</source>
        <translation>Filed as evidence item %1.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>No checks.</source>
        <translation>No checks.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Show the project's risk matrix, or store its own from YAML (hazards must keep their levels).</source>
        <translation>Show the project's risk matrix, or store its own from YAML (hazards must keep their levels).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add a hazard to the risk-management file, with its initial risk (severity and probability on the matrix).</source>
        <translation>Add a hazard to the risk-management file, with its initial risk (severity and probability on the matrix).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the hazards with their risk before and after controls.</source>
        <translation>List the hazards with their risk before and after controls.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show a hazard with its controls and their verification.</source>
        <translation>Show a hazard with its controls and their verification.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change a hazard; --expect-version refuses a stale change.</source>
        <translation>Change a hazard; --expect-version refuses a stale change.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove a hazard that has no controls.</source>
        <translation>Remove a hazard that has no controls.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add a risk control to a hazard, with what verifies it: a test run, an evidence item or a monitoring metric.</source>
        <translation>Add a risk control to a hazard, with what verifies it: a test run, an evidence item or a monitoring metric.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change a risk control, or add and take away its verifications.</source>
        <translation>Change a risk control, or add and take away its verifications.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove a risk control.</source>
        <translation>Remove a risk control.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The traceability matrix: requirement, hazard, control, verification, evidence and status (exits with 1 when there are gaps).</source>
        <translation>The traceability matrix: requirement, hazard, control, verification, evidence and status (exits with 1 when there are gaps).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show the predetermined change control plan, or store a new version of it from YAML.</source>
        <translation>Show the predetermined change control plan, or store a new version of it from YAML.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check a test run against a planned modification's acceptance criteria; a met check is filed as evidence, a failed one opens a deviation (exits with 1 unless met).</source>
        <translation>Check a test run against a planned modification's acceptance criteria; a met check is filed as evidence, a failed one opens a deviation (exits with 1 unless met).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List the checks made against the change control plan.</source>
        <translation>List the checks made against the change control plan.</translation>
    </message>
    <message>
        <location filename="../modules/cli/PortfolioCommands.cpp" line="+51" />
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n cannot be read</source>
        <translation>
            <numerusform>, %n cannot be read</numerusform>
            <numerusform>, %n cannot be read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>List the AI systems of a folder of projects (or a team database): risk class, what is due and open alarms.</source>
        <translation>List the AI systems of a folder of projects (or a team database): risk class, what is due and open alarms.</translation>
    </message>
    <message>
        <location filename="../modules/cli/RegisterCommands.cpp" line="-37" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <location line="+1" />
        <source>voluntary (no law asks for it)</source>
        <translation>voluntary (no law asks for it)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet known (answer the walkthrough)</source>
        <translation>not yet known (answer the walkthrough)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Section %1 (%2): %3</source>
        <translation>Section %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(not given; optional)</source>
        <translation>(not given; optional)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n field(s) missing.</source>
        <translation>
            <numerusform>%n field missing.</numerusform>
            <numerusform>%n fields missing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown format '%1'; this version has: %2</source>
        <translation>unknown format '%1'; this version has: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--document names a file ending in .html, .pdf or .docx</source>
        <translation>--document names a file ending in .html, .pdf or .docx</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Wrote %1; %n field(s) missing.</source>
        <translation>
            <numerusform>Wrote %1; %n field missing.</numerusform>
            <numerusform>Wrote %1; %n fields missing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The fields a registration asks for (EU database, Annex VIII; EUDAMED, MDR Annex VI part A; a public algorithm register), filled from the project, with what is missing.</source>
        <translation>The fields a registration asks for (EU database, Annex VIII; EUDAMED, MDR Annex VI part A; a public algorithm register), filled from the project, with what is missing.</translation>
    </message>
    <message>
        <location filename="../modules/cli/RatingCommands.cpp" line="-139" />
        <source>--round takes the id of a rating round ('ratings list' shows them)</source>
        <translation>--round takes the id of a rating round ('ratings list' shows them)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>--%1 takes a whole number of at least %2</source>
        <translation>--%1 takes a whole number of at least %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>--run takes a test run's id</source>
        <translation>--run takes a test run's id</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--run-b takes a test run's id</source>
        <translation>--run-b takes a test run's id</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Made rating round %1: %2 cases for %3 raters (seed %4).</source>
        <translation>Made rating round %1: %2 cases for %3 raters (seed %4).</translation>
    </message>
    <message>
        <location line="+24" />
        <source>No rating rounds.</source>
        <translation>No rating rounds.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1  run %2%3  %4  %5 cases  %6%7</source>
        <translation>%1  run %2%3  %4  %5 cases  %6%7</translation>
    </message>
    <message>
        <location line="+3" />
        <source> and %1</source>
        <translation> and %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  finalized as run %1</source>
        <translation>  finalized as run %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Imported %1 scores into rating round %2.</source>
        <translation>Imported %1 scores into rating round %2.</translation>
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
        <translation>%1: n %2, %3 raters, agreement %4 %</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, kappa %1 (%2 to %3)</source>
        <translation>, kappa %1 (%2 to %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, alpha %1 (%2 to %3)</source>
        <translation>, alpha %1 (%2 to %3)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>--judge-run takes the id of the test run whose judge graders scored the round's answers</source>
        <translation>--judge-run takes the id of the test run whose judge graders scored the round's answers</translation>
    </message>
    <message>
        <location line="+9" />
        <source>run %1 is not a run that round %2 rated (%3)</source>
        <translation>run %1 is not a run that round %2 rated (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>runs %1 and %2</source>
        <translation>runs %1 and %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the run whose answers the clinicians rated, run with judge graders.</source>
        <translation>Give the run whose answers the clinicians rated, run with judge graders.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>run %1 has no judge scores on the criteria of rubric '%2'</source>
        <translation>run %1 has no judge scores on the criteria of rubric '%2'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the suite with judge graders that name this rubric (docs/test-suites.md).</source>
        <translation>Run the suite with judge graders that name this rubric (docs/test-suites.md).</translation>
    </message>
    <message>
        <location line="+48" />
        <source>--set needs --by NAME: who decided the final score</source>
        <translation>--set needs --by NAME: who decided the final score</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--set takes CASE:CRITERION=SCORE (CASE#b for the second run's answer), not '%1'</source>
        <translation>--set takes CASE:CRITERION=SCORE (CASE#b for the second run's answer), not '%1'</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1:%2  %3%4</source>
        <translation>%1:%2  %3%4</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  final %1 (%2)</source>
        <translation>  final %1 (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  awaiting a final score</source>
        <translation>  awaiting a final score</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No disagreements above distance %1.</source>
        <translation>No disagreements above distance %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 disagreements, %2 awaiting a final score.</source>
        <translation>%1 disagreements, %2 awaiting a final score.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Rating round %1's human result is test run %2, filed as evidence %3.</source>
        <translation>Rating round %1's human result is test run %2, filed as evidence %3.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Make a blinded rating round for a test run's answers (two runs: side by side), each rater with their own random order.</source>
        <translation>Make a blinded rating round for a test run's answers (two runs: side by side), each rater with their own random order.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the rating rounds with each rater's progress.</source>
        <translation>List the rating rounds with each rater's progress.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write a round's rating sheet as CSV for raters without Veiviser (--rater: only that rater's rows).</source>
        <translation>Write a round's rating sheet as CSV for raters without Veiviser (--rater: only that rater's rows).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Read scores from a rating sheet; any bad row and nothing is stored.</source>
        <translation>Read scores from a rating sheet; any bad row and nothing is stored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agreement between the raters per criterion: kappa, Krippendorff's alpha, percent agreement.</source>
        <translation>Agreement between the raters per criterion: kappa, Krippendorff's alpha, percent agreement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Whether a model judge can stand in for the clinicians: its scores in the run against the round's final scores, per criterion.</source>
        <translation>Whether a model judge can stand in for the clinicians: its scores in the run against the round's final scores, per criterion.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>List the answers the raters disagree on by more than D; --set records a final score.</source>
        <translation>List the answers the raters disagree on by more than D; --set records a final score.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Store the round's final scores as its human result and file it as evidence for the rubric's level.</source>
        <translation>Store the round's final scores as its human result and file it as evidence for the rubric's level.</translation>
    </message>
</context>
<context>
    <name>vv::evidence::EvidenceLibrary</name>
    <message>
        <location filename="../modules/evidence/EvidenceLibrary.cpp" line="+111" />
        <source>the disk is full, or the project file reached its size limit, while the content was stored</source>
        <translation>the disk is full, or the project file reached its size limit, while the content was stored</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+84" />
        <source>Free disk space and import again; nothing was imported.</source>
        <translation>Free disk space and import again; nothing was imported.</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+395" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' is not a requirement URN</translation>
    </message>
    <message>
        <location line="-394" />
        <location line="+395" />
        <source>A requirement URN looks like urn:veiviser:ai-act:art-10.</source>
        <translation>A requirement URN looks like urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="-393" />
        <source>there is no requirement %1 in the loaded guidance</source>
        <translation>there is no requirement %1 in the loaded guidance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the URN on the requirement's page.</source>
        <translation>Check the URN on the requirement's page.</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+281" />
        <source>the title is longer than %1 characters</source>
        <translation>the title is longer than %1 characters</translation>
    </message>
    <message>
        <location line="-276" />
        <source>a title can only be given when importing one file (%1 files were found)</source>
        <translation>a title can only be given when importing one file (%1 files were found)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the files without --title, then give each its title.</source>
        <translation>Import the files without --title, then give each its title.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is larger than %2 GiB</source>
        <translation>%1 is larger than %2 GiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store it elsewhere and import a description of it instead.</source>
        <translation>Store it elsewhere and import a description of it instead.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>not enough free disk space for this import: it needs about %1 MiB, %2 MiB are free</source>
        <translation>not enough free disk space for this import: it needs about %1 MiB, %2 MiB are free</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 vanished before it could be read</source>
        <translation>%1 vanished before it could be read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import it again when it is back; nothing was imported.</source>
        <translation>Import it again when it is back; nothing was imported.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location line="+6" />
        <location filename="../modules/evidence/ImportFiles.cpp" line="+131" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 changed while the import was prepared</source>
        <translation>%1 changed while the import was prepared</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <location line="+3" />
        <source>Wait until the file is complete and import it again; nothing was imported.</source>
        <translation>Wait until the file is complete and import it again; nothing was imported.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 changed while it was read</source>
        <translation>%1 changed while it was read</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 was replaced while it was read</source>
        <translation>%1 was replaced while it was read</translation>
    </message>
    <message>
        <location line="+99" />
        <source>there is no evidence item %1</source>
        <translation>there is no evidence item %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'evidence list' shows the items and their ids.</source>
        <translation>'evidence list' shows the items and their ids.</translation>
    </message>
    <message>
        <location line="+99" />
        <source>an evidence item needs a title</source>
        <translation>an evidence item needs a title</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a text is longer than %1 characters</source>
        <translation>a text is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the expiry date %1 is before the effective date %2</source>
        <translation>the expiry date %1 is before the effective date %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correct one of the dates.</source>
        <translation>Correct one of the dates.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an item can only be approved with the name of its reviewer</source>
        <translation>an item can only be approved with the name of its reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the reviewer first.</source>
        <translation>Enter the reviewer first.</translation>
    </message>
    <message>
        <location line="+171" />
        <source>evidence item %1 has no identity numbers; there is nothing to confirm</source>
        <translation>evidence item %1 has no identity numbers; there is nothing to confirm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a confirmation needs a reason</source>
        <translation>a confirmation needs a reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say why the item may be shared although it holds identity numbers.</source>
        <translation>Say why the item may be shared although it holds identity numbers.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the reason is longer than %1 characters</source>
        <translation>the reason is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+7" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the folder exists and is writable.</source>
        <translation>Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Check free disk space and permissions.</source>
        <translation>Check free disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../modules/evidence/ImportFiles.cpp" line="-93" />
        <source>more than %1 files to import</source>
        <translation>more than %1 files to import</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a smaller folder, or its subfolders one at a time.</source>
        <translation>Import a smaller folder, or its subfolders one at a time.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 is nested more than %2 folders deep</source>
        <translation>%1 is nested more than %2 folders deep</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a folder further down.</source>
        <translation>Import a folder further down.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+13" />
        <source>cannot read the folder %1: %2</source>
        <translation>cannot read the folder %1: %2</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Check its permissions; nothing was imported.</source>
        <translation>Check its permissions; nothing was imported.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Check the folder; nothing was imported.</source>
        <translation>Check the folder; nothing was imported.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 vanished while the folder was read</source>
        <translation>%1 vanished while the folder was read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the folder again when it is no longer changing.</source>
        <translation>Import the folder again when it is no longer changing.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>no files or folders to import</source>
        <translation>no files or folders to import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name at least one file or folder.</source>
        <translation>Name at least one file or folder.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check the path; nothing was imported.</source>
        <translation>Check the path; nothing was imported.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its name is not valid UTF-8, so it cannot be named on the command line; rename it, or import the folder that holds it.</source>
        <translation>Its name is not valid UTF-8, so it cannot be named on the command line; rename it, or import the folder that holds it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 belongs to a project that is open in Veiviser</source>
        <translation>%1 belongs to a project that is open in Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A project cannot be evidence in itself; export it with 'project copy' and import the copy.</source>
        <translation>A project cannot be evidence in itself; export it with 'project copy' and import the copy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is neither a file nor a folder</source>
        <translation>%1 is neither a file nor a folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import regular files or folders.</source>
        <translation>Import regular files or folders.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there are no files to import in %1</source>
        <translation>there are no files to import in %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hidden files and links to folders inside a folder are skipped.</source>
        <translation>Hidden files and links to folders inside a folder are skipped.</translation>
    </message>
</context>
<context>
    <name>vv::evidence::KateHighlighter</name>
    <message>
        <location filename="../modules/evidence/Highlighter.cpp" line="+233" />
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+34" />
        <source>Install the Debian package libkf5syntaxhighlighting-tools.</source>
        <translation>Install the Debian package libkf5syntaxhighlighting-tools.</translation>
    </message>
    <message>
        <location line="-20" />
        <location line="+9" />
        <source>the highlighter produced more than %1 MiB</source>
        <translation>the highlighter produced more than %1 MiB</translation>
    </message>
    <message>
        <location line="-5" />
        <source>the highlighter took longer than %1 s</source>
        <translation>the highlighter took longer than %1 s</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the highlighter stopped unexpectedly</source>
        <translation>the highlighter stopped unexpectedly</translation>
    </message>
    <message>
        <location line="+8" />
        <source>kate-syntax-highlighter is not installed</source>
        <translation>kate-syntax-highlighter is not installed</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot write a temporary file: %1</source>
        <translation>cannot write a temporary file: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../modules/evidence/Kf6Highlighter.cpp" line="+43" />
        <source>no syntax definition for %1</source>
        <translation>no syntax definition for %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the highlighter failed: %1</source>
        <translation>the highlighter failed: %1</translation>
    </message>
    <message>
        <location filename="../modules/evidence/Kf6Highlighter.cpp" line="+5" />
        <source>out of memory while highlighting</source>
        <translation>out of memory while highlighting</translation>
    </message>
</context>
<context>
    <name>vv::evidence::TestRunEvidence</name>
    <message>
        <location filename="../modules/evidence/TestRunEvidence.cpp" line="+21" />
        <source>%1 of %2 cases errored (%3 %) and were not tested: no usable answer came back. The pass rates count only the %4 cases that were tested.</source>
        <translation>%1 of %2 cases errored (%3 %) and were not tested: no usable answer came back. The pass rates count only the %4 cases that were tested.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n of %1 case(s) were not graded: the tool gave them values but no pass or fail. No pass rate counts them.</source>
        <translation>
            <numerusform>%n of %1 cases was not graded: the tool gave it values but no pass or fail. No pass rate counts it.</numerusform>
            <numerusform>%n of %1 cases were not graded: the tool gave them values but no pass or fail. No pass rate counts them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 verdicts came from a model judge and are not checked against clinicians.</source>
        <translation>%1 verdicts came from a model judge and are not checked against clinicians.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>test run %1 is not completed</source>
        <translation>test run %1 is not completed</translation>
    </message>
    <message>
        <location line="+16" />
        <source>no temporary folder for the test run document: %1</source>
        <translation>no temporary folder for the test run document: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Test run %1: %2</source>
        <translation>Test run %1: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the test run document was not imported</source>
        <translation>the test run document was not imported</translation>
    </message>
</context>
<context>
    <name>vv::guidance</name>
    <message>
        <location filename="../modules/guidance/Value.cpp" line="+94" />
        <source>'%1' is not a valid answer to %2 (%3)</source>
        <translation>'%1' is not a valid answer to %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: %1.</source>
        <translation>Allowed: %1.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>the answer to %1 is longer than %2 characters</source>
        <translation>the answer to %1 is longer than %2 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shorten it, or keep the long text as evidence and refer to it.</source>
        <translation>Shorten it, or keep the long text as evidence and refer to it.</translation>
    </message>
</context>
<context>
    <name>vv::guidance::Condition</name>
    <message>
        <location filename="../modules/guidance/Condition.cpp" line="+89" />
        <source>this number cannot be read</source>
        <translation>this number cannot be read</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the string starting here has no closing quote</source>
        <translation>the string starting here has no closing quote</translation>
    </message>
    <message>
        <location line="+26" />
        <source>a single '=' is not an operator; compare with '=='</source>
        <translation>a single '=' is not an operator; compare with '=='</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'&amp;&amp;' is not an operator; write 'and'</source>
        <translation>'&amp;&amp;' is not an operator; write 'and'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'||' is not an operator; write 'or'</source>
        <translation>'||' is not an operator; write 'or'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'!' is not an operator; write 'not', or '!=' to compare</source>
        <translation>'!' is not an operator; write 'not', or '!=' to compare</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected character '%1'</source>
        <translation>unexpected character '%1'</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unexpected '%1' after a complete condition</source>
        <translation>unexpected '%1' after a complete condition</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the end</source>
        <translation>the end</translation>
    </message>
    <message>
        <location line="+20" />
        <source>expected %1 but found %2</source>
        <translation>expected %1 but found %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the condition is nested more than %1 levels deep</source>
        <translation>the condition is nested more than %1 levels deep</translation>
    </message>
    <message>
        <location line="+112" />
        <source>')'</source>
        <translation>')'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a string, number or true/false in the list</source>
        <translation>a string, number or true/false in the list</translation>
    </message>
    <message>
        <location line="+5" />
        <source>',' or ']'</source>
        <translation>',' or ']'</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+8" />
        <source>a fact, a value or '('</source>
        <translation>a fact, a value or '('</translation>
    </message>
    <message>
        <location line="+41" />
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+1" />
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a set of values</source>
        <translation>a set of values</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>'&lt;', '&lt;=', '&gt;' and '&gt;=' compare numbers, but this is %1</source>
        <translation>'&lt;', '&lt;=', '&gt;' and '&gt;=' compare numbers, but this is %1</translation>
    </message>
    <message>
        <location line="+30" />
        <source>expected a true/false condition, but %1 is a %2 fact; compare it with a value</source>
        <translation>expected a true/false condition, but %1 is a %2 fact; compare it with a value</translation>
    </message>
    <message>
        <location line="+3" />
        <source>expected a true/false condition, but this is %1</source>
        <translation>expected a true/false condition, but this is %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is a text fact; text is never used in conditions</source>
        <translation>%1 is a text fact; text is never used in conditions</translation>
    </message>
    <message>
        <location line="+12" />
        <source>null cannot be a list item; compare with '== null' instead</source>
        <translation>null cannot be a list item; compare with '== null' instead</translation>
    </message>
    <message>
        <location line="+4" />
        <source>every item of a list must be of the same type</source>
        <translation>every item of a list must be of the same type</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' is not a value of %2 (its values: %3)</source>
        <translation>'%1' is not a value of %2 (its values: %3)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>a list can only stand after 'in'; write 'fact in [...]'</source>
        <translation>a list can only stand after 'in'; write 'fact in [...]'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a multi fact is not compared with '==' or '!='; test a value with "'value' in %1"</source>
        <translation>a multi fact is not compared with '==' or '!='; test a value with "'value' in %1"</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+24" />
        <source>cannot compare %1 with %2</source>
        <translation>cannot compare %1 with %2</translation>
    </message>
    <message>
        <location line="-8" />
        <source>the left side of 'in [...]' must be a single value, but it is %1</source>
        <translation>the left side of 'in [...]' must be a single value, but it is %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>only a text value can be in %1, but this is %2</source>
        <translation>only a text value can be in %1, but this is %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>after 'in' comes a list [...] or a multi fact, but this is %1</source>
        <translation>after 'in' comes a list [...] or a multi fact, but this is %1</translation>
    </message>
    <message>
        <location line="+176" />
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <location line="-1" />
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not %1</source>
        <translation>not %1</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 does not include %2</source>
        <translation>%1 does not include %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 includes %2</source>
        <translation>%1 includes %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the condition is longer than %1 characters</source>
        <translation>the condition is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split it into decisions that derive intermediate facts.</source>
        <translation>Split it into decisions that derive intermediate facts.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the condition is empty</source>
        <translation>the condition is empty</translation>
    </message>
    <message>
        <location line="+18" />
        <source>a condition must be true or false, but this is %1</source>
        <translation>a condition must be true or false, but this is %1</translation>
    </message>
</context>
<context>
    <name>vv::guidance::FactSpec</name>
    <message>
        <location filename="../modules/guidance/Value.cpp" line="-84" />
        <source>a number from %1 to %2</source>
        <translation>a number from %1 to %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number of at least %1</source>
        <translation>a number of at least %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a number of at most %1</source>
        <translation>a number of at most %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>any text</source>
        <translation>any text</translation>
    </message>
</context>
<context>
    <name>vv::guidance::GuidanceLibrary</name>
    <message>
        <location filename="../modules/guidance/GuidanceLibrary.cpp" line="+90" />
        <source>the pack id '%1' is also used by the pack in %2</source>
        <translation>the pack id '%1' is also used by the pack in %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give every pack its own id.</source>
        <translation>Give every pack its own id.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>a pack cannot depend on itself</source>
        <translation>a pack cannot depend on itself</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown pack '%1' in depends_on</source>
        <translation>unknown pack '%1' in depends_on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name the id of a pack folder next to this one.</source>
        <translation>Name the id of a pack folder next to this one.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>packs depend on each other in a cycle: %1</source>
        <translation>packs depend on each other in a cycle: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove one of these depends_on entries.</source>
        <translation>Remove one of these depends_on entries.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unknown agency '%1'</source>
        <translation>unknown agency '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an agency declared under agencies_defined (in common/pack.yaml).</source>
        <translation>Use an agency declared under agencies_defined (in common/pack.yaml).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>duplicate %1 id '%2' (first declared at %3)</source>
        <translation>duplicate %1 id '%2' (first declared at %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <location line="+37" />
        <source>the fact '%1' is already declared at %2</source>
        <translation>the fact '%1' is already declared at %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each fact is asked by one question or derived by one decision.</source>
        <translation>Each fact is asked by one question or derived by one decision.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the requirement URN '%1' is already used at %2</source>
        <translation>the requirement URN '%1' is already used at %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>URNs are unique across all packs and never reused.</source>
        <translation>URNs are unique across all packs and never reused.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>'%1' is not a value in conditions; write true or false</source>
        <translation>'%1' is not a value in conditions; write true or false</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the fact '%1' is declared in pack '%2', which pack '%3' does not depend on; add '%2' to its depends_on</source>
        <translation>the fact '%1' is declared in pack '%2', which pack '%3' does not depend on; add '%2' to its depends_on</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown fact '%1' (did you mean '%2'?)</source>
        <translation>unknown fact '%1' (did you mean '%2'?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unknown fact '%1'</source>
        <translation>unknown fact '%1'</translation>
    </message>
    <message>
        <location line="+81" />
        <source>facts depend on each other in a cycle: %1</source>
        <translation>facts depend on each other in a cycle: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A decision cannot use, directly or through others, the fact it derives.</source>
        <translation>A decision cannot use, directly or through others, the fact it derives.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>unknown requirement '%1' in the crosswalk</source>
        <translation>unknown requirement '%1' in the crosswalk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the URN of a requirement declared in a pack.</source>
        <translation>Use the URN of a requirement declared in a pack.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>the guidance packs are not installed: %1 does not exist</source>
        <translation>the guidance packs are not installed: %1 does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reinstall Veiviser, or set VEIVISER_DATA_DIR to the folder that holds 'guidance'.</source>
        <translation>Reinstall Veiviser, or set VEIVISER_DATA_DIR to the folder that holds 'guidance'.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>the guidance packs in %1 have %n problem(s); the first: %2</source>
        <translation>
            <numerusform>the guidance packs in %1 have %n problem: %2</numerusform>
            <numerusform>the guidance packs in %1 have %n problems; the first: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run 'veiviser-cli guidance check %1' to see them all.</source>
        <translation>Run 'veiviser-cli guidance check %1' to see them all.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+16" />
        <source>Give a pack folder or the guidance folder.</source>
        <translation>Give a pack folder or the guidance folder.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>%1 holds no pack.yaml and no pack folders</source>
        <translation>%1 holds no pack.yaml and no pack folders</translation>
    </message>
    <message numerus="yes">
        <location line="+62" />
        <source>the pack '%1' that this pack depends on has %n problem(s)</source>
        <translation>
            <numerusform>the pack '%1' that this pack depends on has %n problem</numerusform>
            <numerusform>the pack '%1' that this pack depends on has %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check it with 'veiviser-cli guidance check %1'.</source>
        <translation>Check it with 'veiviser-cli guidance check %1'.</translation>
    </message>
    <message>
        <location line="+110" />
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+69" />
        <source>'%1' is not a question in the guidance packs</source>
        <translation>'%1' is not a question in the guidance packs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is derived from other answers; answer those instead.</source>
        <translation>It is derived from other answers; answer those instead.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run 'veiviser-cli guidance list --questions' for the question ids.</source>
        <translation>Run 'veiviser-cli guidance list --questions' for the question ids.</translation>
    </message>
</context>
<context>
    <name>vv::guidance::PackBuilder</name>
    <message>
        <location filename="../modules/guidance/PackLoader.cpp" line="+448" />
        <source>a pack file</source>
        <translation>a pack file</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' is already set at %2:%3</source>
        <translation>'%1' is already set at %2:%3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pack ids are lowercase letters, digits and '-', e.g. eu-mdr.</source>
        <translation>Pack ids are lowercase letters, digits and '-', e.g. eu-mdr.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a version</source>
        <translation>'%1' is not a version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write MAJOR.MINOR.PATCH, e.g. 1.0.0.</source>
        <translation>Write MAJOR.MINOR.PATCH, e.g. 1.0.0.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the pack lacks the required key '%1'</source>
        <translation>the pack lacks the required key '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set it in pack.yaml.</source>
        <translation>Set it in pack.yaml.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+1" />
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <location line="+3" />
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+2" />
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location line="+32" />
        <source>duplicate %1 id '%2' (first declared at %3:%4)</source>
        <translation>duplicate %1 id '%2' (first declared at %3:%4)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unknown section '%1'</source>
        <translation>unknown section '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Declare it under 'sections' in this pack.</source>
        <translation>Declare it under 'sections' in this pack.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unknown source '%1'</source>
        <translation>unknown source '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Declare it under 'sources' in this pack.</source>
        <translation>Declare it under 'sources' in this pack.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a source</source>
        <translation>a source</translation>
    </message>
    <message>
        <location line="+23" />
        <source>'%1' is not a web address</source>
        <translation>'%1' is not a web address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the full address, starting with https://.</source>
        <translation>Give the full address, starting with https://.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.</source>
        <translation>Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a section</source>
        <translation>a section</translation>
    </message>
    <message>
        <location line="+14" />
        <source>an agency</source>
        <translation>an agency</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a choice</source>
        <translation>a choice</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choice values are letters, digits, '_', '-' and '.', e.g. informs_decisions.</source>
        <translation>Choice values are letters, digits, '_', '-' and '.', e.g. informs_decisions.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the choice '%1' is listed twice</source>
        <translation>the choice '%1' is listed twice</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'choices' is empty</source>
        <translation>'choices' is empty</translation>
    </message>
    <message>
        <location line="+17" />
        <source>unknown type '%1'</source>
        <translation>unknown type '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed types: %1.</source>
        <translation>Allowed types: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a %1 fact needs 'choices'</source>
        <translation>a %1 fact needs 'choices'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a %1 fact has no 'choices'</source>
        <translation>a %1 fact has no 'choices'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a question</source>
        <translation>a question</translation>
    </message>
    <message>
        <location line="+16" />
        <source>'%1' is only for number questions</source>
        <translation>'%1' is only for number questions</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'max' is smaller than 'min'</source>
        <translation>'max' is smaller than 'min'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Fact ids are area.name in lowercase letters, digits and '_', e.g. mdr.decision_impact.</source>
        <translation>Fact ids are area.name in lowercase letters, digits and '_', e.g. mdr.decision_impact.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>'%1' is not one of the choices of %2</source>
        <translation>'%1' is not one of the choices of %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: %1, or null for "not applicable".</source>
        <translation>Allowed: %1, or null for "not applicable".</translation>
    </message>
    <message>
        <location line="+14" />
        <source>a rule</source>
        <translation>a rule</translation>
    </message>
    <message>
        <location line="+9" />
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a rule has either 'when' or 'otherwise: true', not both</source>
        <translation>a rule has either 'when' or 'otherwise: true', not both</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a rule needs 'when' (its condition) or 'otherwise: true'</source>
        <translation>a rule needs 'when' (its condition) or 'otherwise: true'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'otherwise' can only be true</source>
        <translation>'otherwise' can only be true</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove it and give the rule a 'when' condition.</source>
        <translation>Remove it and give the rule a 'when' condition.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a decision</source>
        <translation>a decision</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the decision has no rules</source>
        <translation>the decision has no rules</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the 'otherwise' rule must be the last rule of the decision</source>
        <translation>the 'otherwise' rule must be the last rule of the decision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rules after it could never match.</source>
        <translation>Rules after it could never match.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a requirement</source>
        <translation>a requirement</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Write urn:veiviser:AREA:NAME in lowercase, e.g. urn:veiviser:ai-act:art-10.</source>
        <translation>Write urn:veiviser:AREA:NAME in lowercase, e.g. urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>unknown role '%1'</source>
        <translation>unknown role '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: provider, deployer, both.</source>
        <translation>Allowed: provider, deployer, both.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a requirement needs at least one source</source>
        <translation>a requirement needs at least one source</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'evidence_expected' is empty; say what evidence would satisfy the requirement</source>
        <translation>'evidence_expected' is empty; say what evidence would satisfy the requirement</translation>
    </message>
    <message>
        <location line="+16" />
        <source>unknown evaluation level '%1'</source>
        <translation>unknown evaluation level '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed: %1.</source>
        <translation>Allowed: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the evaluation level '%1' is listed twice</source>
        <translation>the evaluation level '%1' is listed twice</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'evaluation_levels' is empty</source>
        <translation>'evaluation_levels' is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave it out, or name the test-suite levels whose cases are evidence for the requirement.</source>
        <translation>Leave it out, or name the test-suite levels whose cases are evidence for the requirement.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a date of application</source>
        <translation>a date of application</translation>
    </message>
    <message>
        <location line="+15" />
        <source>a date of application needs at least one source</source>
        <translation>a date of application needs at least one source</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this date can never be chosen: the entry before it has no 'when'</source>
        <translation>this date can never be chosen: the entry before it has no 'when'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the entry without 'when' last.</source>
        <translation>Put the entry without 'when' last.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'applies_from' is empty</source>
        <translation>'applies_from' is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave it out to use the pack's dates, or give at least one date.</source>
        <translation>Leave it out to use the pack's dates, or give at least one date.</translation>
    </message>
</context>
<context>
    <name>vv::guidance::PackLoader</name>
    <message>
        <location line="-878" />
        <source>more than %1 problems; the rest are not listed</source>
        <translation>more than %1 problems; the rest are not listed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix these first and check again.</source>
        <translation>Fix these first and check again.</translation>
    </message>
    <message>
        <location line="+891" />
        <source>the file is larger than %1 bytes</source>
        <translation>the file is larger than %1 bytes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the pack into several files.</source>
        <translation>Split the pack into several files.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the pack has more than %1 YAML files</source>
        <translation>the pack has more than %1 YAML files</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the crosswalk file</source>
        <translation>the crosswalk file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a crosswalk link</source>
        <translation>a crosswalk link</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.</source>
        <translation>Ids are letters, digits, '-', '_', '.' and ':', starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>duplicate %1 id '%2' (first declared at %3:%4)</source>
        <translation>duplicate %1 id '%2' (first declared at %3:%4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>crosswalk link</source>
        <translation>crosswalk link</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a crosswalk link joins at least two requirements</source>
        <translation>a crosswalk link joins at least two requirements</translation>
    </message>
</context>
<context>
    <name>vv::guidance::Reader</name>
    <message>
        <location line="-915" />
        <source>the YAML is nested too deeply (more than %1 levels)</source>
        <translation>the YAML is nested too deeply (more than %1 levels)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Flatten the structure; a pack needs only a few levels.</source>
        <translation>Flatten the structure; a pack needs only a few levels.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>the YAML does not parse: %1</source>
        <translation>the YAML does not parse: %1</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Check indentation, quotes and colons around this place.</source>
        <translation>Check indentation, quotes and colons around this place.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the file describes too many items (aliases repeated too often?)</source>
        <translation>the file describes too many items (aliases repeated too often?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the pack without YAML aliases.</source>
        <translation>Write the pack without YAML aliases.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 must be a map of keys and values</source>
        <translation>%1 must be a map of keys and values</translation>
    </message>
    <message>
        <location line="+10" />
        <source>a key in %1 must be a plain word</source>
        <translation>a key in %1 must be a plain word</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown key '%1' in %2</source>
        <translation>unknown key '%1' in %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allowed keys: %1.</source>
        <translation>Allowed keys: %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the key '%1' appears twice in %2</source>
        <translation>the key '%1' appears twice in %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 lacks the required key '%2'</source>
        <translation>%1 lacks the required key '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' must be a single value</source>
        <translation>'%1' must be a single value</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is empty</source>
        <translation>'%1' is empty</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is longer than %2 characters</source>
        <translation>'%1' is longer than %2 characters</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' is not a valid %2</source>
        <translation>'%1' is not a valid %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the text '%1'</source>
        <translation>the text '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text has only nb and en. Put a text that contains a comma or ': ' in quotes.</source>
        <translation>A text has only nb and en. Put a text that contains a comma or ': ' in quotes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the text '%1' has no '%2' version</source>
        <translation>the text '%1' has no '%2' version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every text needs both nb (Norwegian Bokmål) and en (English).</source>
        <translation>Every text needs both nb (Norwegian Bokmål) and en (English).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>'%1' must be a list</source>
        <translation>'%1' must be a list</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' has more than %2 items</source>
        <translation>'%1' has more than %2 items</translation>
    </message>
    <message>
        <location line="+37" />
        <source>'%1' is not a date</source>
        <translation>'%1' is not a date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write dates as YYYY-MM-DD, e.g. 2026-08-02.</source>
        <translation>Write dates as YYYY-MM-DD, e.g. 2026-08-02.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>'%1' must be true or false, not '%2'</source>
        <translation>'%1' must be true or false, not '%2'</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' must be a number, not '%2'</source>
        <translation>'%1' must be a number, not '%2'</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the condition in '%1' does not parse: %2</source>
        <translation>the condition in '%1' does not parse: %2</translation>
    </message>
</context>
<context>
    <name>vv::guidance::RequirementApplicability</name>
    <message>
        <location filename="../modules/guidance/Assessment.cpp" line="+109" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Applies to every %1.</source>
        <translation>Applies to every %1.</translation>
    </message>
    <message>
        <location line="-4" />
        <source>provider and deployer</source>
        <translation>provider and deployer</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+5" />
        <source>deployer</source>
        <translation>deployer</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Applies because this holds: %1.</source>
        <translation>Applies because this holds: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Does not apply because this does not hold: %1. The answers: %2.</source>
        <translation>Does not apply because this does not hold: %1. The answers: %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Applies because %1 holds (%2).</source>
        <translation>Applies because %1 holds (%2).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 in the EU; in Norway: %2</source>
        <translation>%1 in the EU; in Norway: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (not confirmed against the published text)</source>
        <translation> (not confirmed against the published text)</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Does not apply: it binds the %1, and this project's role is %2.</source>
        <translation>Does not apply: it binds the %1, and this project's role is %2.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Does not apply because %1 is false (%2).</source>
        <translation>Does not apply because %1 is false (%2).</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+13" />
        <source>Not yet known: answer %1.</source>
        <translation>Not yet known: answer %1.</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::IncidentRulesReader</name>
    <message>
        <location filename="../modules/monitoring/IncidentRules.cpp" line="+41" />
        <source>the reporting rules</source>
        <translation>the reporting rules</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' must be a non-empty list</source>
        <translation>'%1' must be a non-empty list</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a source</source>
        <translation>a source</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a source needs 'id', 'citation' and 'url'</source>
        <translation>a source needs 'id', 'citation' and 'url'</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+119" />
        <source>'%1' is not a valid id (lowercase letters, digits, '-', '_' and '.')</source>
        <translation>'%1' is not a valid id (lowercase letters, digits, '-', '_' and '.')</translation>
    </message>
    <message>
        <location line="-116" />
        <source>the source '%1' is defined twice</source>
        <translation>the source '%1' is defined twice</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a source's url must start with https://</source>
        <translation>a source's url must start with https://</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a fact</source>
        <translation>a fact</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a fact needs 'id', 'title' and 'help'</source>
        <translation>a fact needs 'id', 'title' and 'help'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>an incident fact's id starts with 'incident.', not '%1'</source>
        <translation>an incident fact's id starts with 'incident.', not '%1'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the fact '%1' is defined twice</source>
        <translation>the fact '%1' is defined twice</translation>
    </message>
    <message>
        <location line="+27" />
        <source>there is no fact '%1': use an incident fact defined above or a fact of the guidance packs</source>
        <translation>there is no fact '%1': use an incident fact defined above or a fact of the guidance packs</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the source '%1' is not defined under 'sources'</source>
        <translation>the source '%1' is not defined under 'sources'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a deadline</source>
        <translation>a deadline</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a deadline needs 'days' and 'sources'</source>
        <translation>a deadline needs 'days' and 'sources'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a deadline of more than a year is not a reporting deadline</source>
        <translation>a deadline of more than a year is not a reporting deadline</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an immediate deadline has 'days: 0'</source>
        <translation>an immediate deadline has 'days: 0'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every deadline cites its source</source>
        <translation>every deadline cites its source</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a report</source>
        <translation>a report</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a report needs '%1'</source>
        <translation>a report needs '%1'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the report '%1' is defined twice</source>
        <translation>the report '%1' is defined twice</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'duty' must be provider or deployer, not '%1'</source>
        <translation>'duty' must be provider or deployer, not '%1'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'deadlines' must be a non-empty list</source>
        <translation>'deadlines' must be a non-empty list</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a report needs one deadline without 'when', which applies when no other does</source>
        <translation>a report needs one deadline without 'when', which applies when no other does</translation>
    </message>
    <message>
        <location line="+47" />
        <source>the rules cannot be read: %1</source>
        <translation>the rules cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::MonitoringEvaluation</name>
    <message>
        <location filename="../modules/monitoring/MonitoringStatus.cpp" line="+273" />
        <source>no row has the feature '%1'</source>
        <translation>no row has the feature '%1'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the baseline period has no values of '%1'</source>
        <translation>the baseline period has no values of '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the window has no values of '%1'</source>
        <translation>the window has no values of '%1'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 labelled rows; the plan needs %2</source>
        <translation>%1 labelled rows; the plan needs %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 rows; the plan needs %2</source>
        <translation>%1 rows; the plan needs %2</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the project has no monitoring plan</source>
        <translation>the project has no monitoring plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with 'veiviser-cli monitor plan FILE --from PLAN.yaml' (docs/monitoring.md).</source>
        <translation>Store one with 'veiviser-cli monitor plan FILE --from PLAN.yaml' (docs/monitoring.md).</translation>
    </message>
    <message>
        <location line="+137" />
        <source>the plan's baseline test run %1</source>
        <translation>the plan's baseline test run %1</translation>
    </message>
    <message>
        <location line="+92" />
        <source>the baseline has no value of '%1'; give the chart a 'target'</source>
        <translation>the baseline has no value of '%1'; give the chart a 'target'</translation>
    </message>
    <message>
        <location line="+178" />
        <source>plan version %1</source>
        <translation>plan version %1</translation>
    </message>
    <message>
        <location line="-51" />
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::MonitoringPlanReader</name>
    <message>
        <location filename="../modules/monitoring/MonitoringPlan.cpp" line="+54" />
        <source>'window' must be day, week or month, not '%1'</source>
        <translation>'window' must be day, week or month, not '%1'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unknown time zone '%1'</source>
        <translation>unknown time zone '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give an IANA name such as Europe/Oslo.</source>
        <translation>Give an IANA name such as Europe/Oslo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'baseline'</source>
        <translation>'baseline'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'baseline' is either a period (from, to) or a test run, not both</source>
        <translation>'baseline' is either a period (from, to) or a test run, not both</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'baseline' needs 'from' and 'to' dates, or 'test_run'</source>
        <translation>'baseline' needs 'from' and 'to' dates, or 'test_run'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the baseline ends (%1) before it starts (%2)</source>
        <translation>the baseline ends (%1) before it starts (%2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a metric</source>
        <translation>a metric</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a metric needs 'metric'</source>
        <translation>a metric needs 'metric'</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+11" />
        <source>The metrics are %1.</source>
        <translation>The metrics are %1.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>unknown metric '%1'</source>
        <translation>unknown metric '%1'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' is not measured per feature</source>
        <translation>'%1' is not measured per feature</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' needs 'feature': the column it is measured on</source>
        <translation>'%1' needs 'feature': the column it is measured on</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' takes no threshold</source>
        <translation>'%1' takes no threshold</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the threshold is a predicted risk between 0 and 1</source>
        <translation>the threshold is a predicted risk between 0 and 1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' needs 'threshold': the predicted risk at or above which a patient is flagged</source>
        <translation>'%1' needs 'threshold': the predicted risk at or above which a patient is flagged</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the limits are reversed or equal: lower %1, upper %2</source>
        <translation>the limits are reversed or equal: lower %1, upper %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The lower limit must be below the upper one.</source>
        <translation>The lower limit must be below the upper one.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is in the plan twice</source>
        <translation>'%1' is in the plan twice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give each metric (and feature) once, with both its limits.</source>
        <translation>Give each metric (and feature) once, with both its limits.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a control chart</source>
        <translation>a control chart</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a control chart needs 'metric' and 'method'</source>
        <translation>a control chart needs 'metric' and 'method'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the chart's metric '%1' is not among the plan's metrics</source>
        <translation>the chart's metric '%1' is not among the plan's metrics</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List it under 'metrics' first (limits are optional).</source>
        <translation>List it under 'metrics' first (limits are optional).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'method' must be cusum or ewma, not '%1'</source>
        <translation>'method' must be cusum or ewma, not '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'%1' must be above 0</source>
        <translation>'%1' must be above 0</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'lambda' must be at most 1</source>
        <translation>'lambda' must be at most 1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'lambda' and 'l' belong to an EWMA chart, not a CUSUM</source>
        <translation>'lambda' and 'l' belong to an EWMA chart, not a CUSUM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'k' and 'h' belong to a CUSUM chart, not an EWMA</source>
        <translation>'k' and 'h' belong to a CUSUM chart, not an EWMA</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the plan needs a 'baseline': the period or test run the model was accepted on</source>
        <translation>the plan needs a 'baseline': the period or test run the model was accepted on</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'confidence' must be at least 0.5 and below 1, such as 0.95</source>
        <translation>'confidence' must be at least 0.5 and below 1, such as 0.95</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the plan needs 'metrics': a list of the measures it watches</source>
        <translation>the plan needs 'metrics': a list of the measures it watches</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the plan lists more than 200 metrics</source>
        <translation>the plan lists more than 200 metrics</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'control_charts' must be a list of at most 50 charts</source>
        <translation>'control_charts' must be a list of at most 50 charts</translation>
    </message>
    <message>
        <location line="+9" />
        <source>'%1' compares with the baseline's production data, which a test run does not have</source>
        <translation>'%1' compares with the baseline's production data, which a test run does not have</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the baseline as a period: {from: DATE, to: DATE}.</source>
        <translation>Give the baseline as a period: {from: DATE, to: DATE}.</translation>
    </message>
    <message>
        <location line="+101" />
        <source>a stored monitoring plan is damaged</source>
        <translation>a stored monitoring plan is damaged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the plan again with 'monitor plan'.</source>
        <translation>Store the plan again with 'monitor plan'.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>the plan is empty</source>
        <translation>the plan is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See docs/monitoring.md for a plan to start from.</source>
        <translation>See docs/monitoring.md for a plan to start from.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the plan cannot be read: %1</source>
        <translation>the plan cannot be read: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>unknown feature '%1': the ingested rows have %2</source>
        <translation>unknown feature '%1': the ingested rows have %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name a feature given with --feature when the data was ingested.</source>
        <translation>Name a feature given with --feature when the data was ingested.</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::MonitoringPlanVersions</name>
    <message>
        <location line="+23" />
        <source>the window (%1 → %2) or time zone (%3 → %4) cannot change once production data is stored: past windows would be cut differently</source>
        <translation>the window (%1 → %2) or time zone (%3 → %4) cannot change once production data is stored: past windows would be cut differently</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep 'window' and 'time_zone' as they are; change limits and metrics freely.</source>
        <translation>Keep 'window' and 'time_zone' as they are; change limits and metrics freely.</translation>
    </message>
</context>
<context>
    <name>vv::monitoring::ProductionIngest</name>
    <message>
        <location filename="../modules/monitoring/ProductionIngest.cpp" line="+224" />
        <source>the time, label and score columns must be named</source>
        <translation>the time, label and score columns must be named</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --time COLUMN, --label COLUMN and --score COLUMN.</source>
        <translation>Give --time COLUMN, --label COLUMN and --score COLUMN.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decimal separator must be '.' or ','</source>
        <translation>the decimal separator must be '.' or ','</translation>
    </message>
    <message>
        <location line="+190" />
        <source>the query returns no column '%1'</source>
        <translation>the query returns no column '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It returns %1; name the columns with AS in the query.</source>
        <translation>It returns %1; name the columns with AS in the query.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Reading row %1 of the query</source>
        <translation>Reading row %1 of the query</translation>
    </message>
    <message>
        <location line="-242" />
        <source>the project has no monitoring plan yet</source>
        <translation>the project has no monitoring plan yet</translation>
    </message>
    <message>
        <location line="-123" />
        <source>'%1' is not a date or time</source>
        <translation>'%1' is not a date or time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write times as ISO 8601: 2026-04-06T08:15:00, with +01:00 or Z where the export has them.</source>
        <translation>Write times as ISO 8601: 2026-04-06T08:15:00, with +01:00 or Z where the export has them.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the score is missing</source>
        <translation>the score is missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every prediction needs its score; leave out rows the model did not score.</source>
        <translation>Every prediction needs its score; leave out rows the model did not score.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the score '%1' is not a number</source>
        <translation>the score '%1' is not a number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check --decimal (Norwegian exports use a decimal comma).</source>
        <translation>Check --decimal (Norwegian exports use a decimal comma).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the score %1 is not a predicted risk between 0 and 1</source>
        <translation>the score %1 is not a predicted risk between 0 and 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monitoring compares calibrated risks; export the probability, not a logit or rank.</source>
        <translation>Monitoring compares calibrated risks; export the probability, not a logit or rank.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the label '%1' is not 0 or 1</source>
        <translation>the label '%1' is not 0 or 1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --positive CLASS for named classes; leave the cell empty while the outcome is not known.</source>
        <translation>Give --positive CLASS for named classes; leave the cell empty while the outcome is not known.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the value '%1' of feature '%2' is not a number</source>
        <translation>the value '%1' of feature '%2' is not a number</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave the cell empty or write NA where the value is missing.</source>
        <translation>Leave the cell empty or write NA where the value is missing.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the id is empty</source>
        <translation>the id is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every row needs an id when --id is given.</source>
        <translation>Every row needs an id when --id is given.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Store one first with 'veiviser-cli monitor plan FILE --from PLAN.yaml': its time zone says how the times in the file are read.</source>
        <translation>Store one first with 'veiviser-cli monitor plan FILE --from PLAN.yaml': its time zone says how the times in the file are read.</translation>
    </message>
    <message>
        <location line="+138" />
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging</name>
    <message>
        <location filename="../modules/packaging/DocumentFormats.cpp" line="+43" />
        <source>cannot start %1: %2</source>
        <translation>cannot start %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 took longer than %2 s and was stopped</source>
        <translation>%1 took longer than %2 s and was stopped</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 failed (exit %2): %3</translation>
    </message>
    <message>
        <location filename="../modules/packaging/PackageFormat.cpp" line="+17" />
        <source>package rejected: the entry '%1' %2</source>
        <translation>package rejected: the entry '%1' %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The package was not made by Veiviser or has been tampered with; do not use it.</source>
        <translation>The package was not made by Veiviser or has been tampered with; do not use it.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>has no name</source>
        <translation>has no name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has a name longer than %1 bytes</source>
        <translation>has a name longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has an absolute path</source>
        <translation>has an absolute path</translation>
    </message>
    <message>
        <location line="+2" />
        <source>uses '\' in its path</source>
        <translation>uses '\' in its path</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is nested deeper than %1 folders</source>
        <translation>is nested deeper than %1 folders</translation>
    </message>
    <message>
        <location line="+3" />
        <source>has '..' in its path</source>
        <translation>has '..' in its path</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has an empty or '.' part in its path</source>
        <translation>has an empty or '.' part in its path</translation>
    </message>
    <message>
        <location line="+4" />
        <source>has a control character in its name</source>
        <translation>has a control character in its name</translation>
    </message>
    <message>
        <location filename="../modules/packaging/TemplateLibrary.cpp" line="+124" />
        <source>a Mustache tag is not closed</source>
        <translation>a Mustache tag is not closed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close it with }}.</source>
        <translation>Close it with }}.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the element &lt;%1&gt; is not allowed in a document template</source>
        <translation>the element &lt;%1&gt; is not allowed in a document template</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;meta http-equiv&gt; is not allowed in a document template</source>
        <translation>&lt;meta http-equiv&gt; is not allowed in a document template</translation>
    </message>
    <message>
        <location line="+2" />
        <source>event handler attributes (on...=) are not allowed</source>
        <translation>event handler attributes (on...=) are not allowed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>attributes that load content (%1=) are not allowed; documents are self-contained</source>
        <translation>attributes that load content (%1=) are not allowed; documents are self-contained</translation>
    </message>
    <message>
        <location line="+2" />
        <source>script URLs are not allowed</source>
        <translation>script URLs are not allowed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSS that loads content (url(), @import) is not allowed</source>
        <translation>CSS that loads content (url(), @import) is not allowed</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Remove it; a template may only lay out the data it is given.</source>
        <translation>Remove it; a template may only lay out the data it is given.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file is missing</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the file is larger than %1 bytes</source>
        <translation>the file is larger than %1 bytes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>must hold one JSON object</source>
        <translation>must hold one JSON object</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1: unknown key '%2'</source>
        <translation>%1: unknown key '%2'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the spelling; the keys are listed in docs/packages.md.</source>
        <translation>Check the spelling; the keys are listed in docs/packages.md.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: '%2' is missing</source>
        <translation>%1: '%2' is missing</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' needs a text in both 'nb' and 'en'</source>
        <translation>%1: '%2' needs a text in both 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: '%2' has an empty text</source>
        <translation>%1: '%2' has an empty text</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+5" />
        <source>%1: '%2' must be a list of texts</source>
        <translation>%1: '%2' must be a list of texts</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'strings' must map names to texts in 'nb' and 'en'</source>
        <translation>'strings' must map names to texts in 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the string name '%1' must be lowercase letters, digits and '_'</source>
        <translation>the string name '%1' must be lowercase letters, digits and '_'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>string '%1'</source>
        <translation>string '%1'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>details.json</source>
        <translation>details.json</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the group id '%1' must be lowercase letters, digits and '_'</source>
        <translation>the group id '%1' must be lowercase letters, digits and '_'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>group '%1'</source>
        <translation>group '%1'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the group '%1' is declared twice</source>
        <translation>the group '%1' is declared twice</translation>
    </message>
    <message>
        <location line="+9" />
        <source>detail '%1'</source>
        <translation>detail '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the detail key '%1' must be group.name in lowercase letters, digits and '_'</source>
        <translation>the detail key '%1' must be group.name in lowercase letters, digits and '_'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the group '%2' is not declared under 'groups'</source>
        <translation>%1: the group '%2' is not declared under 'groups'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the detail '%1' is declared twice</source>
        <translation>the detail '%1' is declared twice</translation>
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
        <translation>gspr.json: 'source' must be the https address of the Regulation's text</translation>
    </message>
    <message>
        <location line="+4" />
        <source>gspr.json: 'groups' must be a list of headings with their points</source>
        <translation>gspr.json: 'groups' must be a list of headings with their points</translation>
    </message>
    <message>
        <location line="+8" />
        <source>gspr.json group %1</source>
        <translation>gspr.json group %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 must be an object with 'title' and 'points'</source>
        <translation>%1 must be an object with 'title' and 'points'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: 'points' must be a list of points</source>
        <translation>%1: 'points' must be a list of points</translation>
    </message>
    <message>
        <location line="+3" />
        <source>gspr.json holds more than %1 points</source>
        <translation>gspr.json holds more than %1 points</translation>
    </message>
    <message>
        <location line="+5" />
        <source>GSPR point '%1'</source>
        <translation>GSPR point '%1'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: a point must be an object with 'point' and 'title'</source>
        <translation>%1: a point must be an object with 'point' and 'title'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: a point is numbered as in MDR Annex I, such as 17 or 10.4.1</source>
        <translation>%1: a point is numbered as in MDR Annex I, such as 17 or 10.4.1</translation>
    </message>
    <message>
        <location line="+44" />
        <source>'coverage' must be a list of legal items</source>
        <translation>'coverage' must be a list of legal items</translation>
    </message>
    <message>
        <location line="+8" />
        <source>coverage item '%1'</source>
        <translation>coverage item '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a coverage item has no 'item' (the legal reference)</source>
        <translation>a coverage item has no 'item' (the legal reference)</translation>
    </message>
    <message>
        <location line="+108" />
        <source>the required item '%1' must start with detail:, fact:, requirement:, evidence:, or be test_runs, answers, gspr_checklist or one of %2</source>
        <translation>the required item '%1' must start with detail:, fact:, requirement:, evidence:, or be test_runs, answers, gspr_checklist or one of %2</translation>
    </message>
    <message>
        <location line="-161" />
        <location line="+55" />
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: the source must be an https address</source>
        <translation>%1: the source must be an https address</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the section '%2' is neither a section of the manifest nor an element id in %3</source>
        <translation>%1: the section '%2' is neither a section of the manifest nor an element id in %3</translation>
    </message>
    <message>
        <location line="+16" />
        <source>document '%1'</source>
        <translation>document '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the id '%1' must be lowercase letters, digits and '-'</source>
        <translation>the id '%1' must be lowercase letters, digits and '-'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the id '%1' must equal the folder's name '%2'</source>
        <translation>the id '%1' must equal the folder's name '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: 'roles' must list whom the document is for: provider, deployer or both</source>
        <translation>%1: 'roles' must list whom the document is for: provider, deployer or both</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the role '%2' is neither provider nor deployer</source>
        <translation>%1: the role '%2' is neither provider nor deployer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the fact '%2' under 'required_if' is not in the guidance packs</source>
        <translation>%1: the fact '%2' under 'required_if' is not in the guidance packs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: 'required_if' needs a yes/no fact; '%2' is not one</source>
        <translation>%1: 'required_if' needs a yes/no fact; '%2' is not one</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the template '%1' must be an .html file in the document's folder</source>
        <translation>the template '%1' must be an .html file in the document's folder</translation>
    </message>
    <message>
        <location line="+12" />
        <source>section '%1'</source>
        <translation>section '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a section has no id</source>
        <translation>a section has no id</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the section '%1' occurs twice</source>
        <translation>the section '%1' occurs twice</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: unknown block '%2' under 'show'; allowed: %3</source>
        <translation>%1: unknown block '%2' under 'show'; allowed: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: the detail '%2' is not in details.json</source>
        <translation>%1: the detail '%2' is not in details.json</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the requirement '%2' is not in the guidance packs</source>
        <translation>%1: the requirement '%2' is not in the guidance packs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the fact '%2' is not in the guidance packs</source>
        <translation>%1: the fact '%2' is not in the guidance packs</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: the required item '%2' names the role '%3'; write @provider or @deployer</source>
        <translation>%1: the required item '%2' names the role '%3'; write @provider or @deployer</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+6" />
        <source>the required item '%1' is not well formed</source>
        <translation>the required item '%1' is not well formed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the required detail '%1' is not in details.json</source>
        <translation>the required detail '%1' is not in details.json</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the required fact '%1' is not in the guidance packs</source>
        <translation>the required fact '%1' is not in the guidance packs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the required requirement '%1' is not in the guidance packs</source>
        <translation>the required requirement '%1' is not in the guidance packs</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 shows or requires the GSPR checklist, but the folder has no gspr.json</source>
        <translation>%1 shows or requires the GSPR checklist, but the folder has no gspr.json</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add gspr.json with the points of MDR Annex I, as the shipped templates have it.</source>
        <translation>Add gspr.json with the points of MDR Annex I, as the shipped templates have it.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>changing the Mustache delimiters is not allowed</source>
        <translation>changing the Mustache delimiters is not allowed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use {{ and }} throughout.</source>
        <translation>Use {{ and }} throughout.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is printed without HTML escaping; only names ending in _svg, _html or _css may be</source>
        <translation>'%1' is printed without HTML escaping; only names ending in _svg, _html or _css may be</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use {{%1}} instead.</source>
        <translation>Use {{%1}} instead.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the partial '%1' does not exist</source>
        <translation>the partial '%1' does not exist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Partials are the .mustache files in templates/shared.</source>
        <translation>Partials are the .mustache files in templates/shared.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>is not a folder of document templates</source>
        <translation>is not a folder of document templates</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the stylesheet may not contain '&lt;/'</source>
        <translation>the stylesheet may not contain '&lt;/'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the string '%1' is missing; the document data needs it</source>
        <translation>the string '%1' is missing; the document data needs it</translation>
    </message>
    <message>
        <location line="+3" />
        <source>holds too many partials</source>
        <translation>holds too many partials</translation>
    </message>
    <message>
        <location line="+15" />
        <source>holds more than %1 document folders</source>
        <translation>holds more than %1 document folders</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the string '%1' is also a shared string; give it another name</source>
        <translation>the string '%1' is also a shared string; give it another name</translation>
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
        <translation>Fix the template's Mustache tags.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::DocxConverter</name>
    <message>
        <location filename="../modules/packaging/DocumentFormats.cpp" line="+105" />
        <source>DOCX documents need pandoc, which is not installed</source>
        <translation>DOCX documents need pandoc, which is not installed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install it (on Debian: apt install pandoc), or leave docx out of --format.</source>
        <translation>Install it (on Debian: apt install pandoc), or leave docx out of --format.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>cannot create a temporary folder for the DOCX step: %1</source>
        <translation>cannot create a temporary folder for the DOCX step: %1</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+25" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>pandoc</source>
        <translation>pandoc</translation>
    </message>
    <message>
        <location line="+5" />
        <source>pandoc made no DOCX file</source>
        <translation>pandoc made no DOCX file</translation>
    </message>
</context>
<context>
    <name>vv::packaging::ExternalPdfPrinter</name>
    <message>
        <location line="-140" />
        <source>veiviser-pdf, which makes the PDF documents, is not installed next to this program</source>
        <translation>veiviser-pdf, which makes the PDF documents, is not installed next to this program</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reinstall Veiviser, or leave pdf out of --format.</source>
        <translation>Reinstall Veiviser, or leave pdf out of --format.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot create a temporary folder for the PDF step: %1</source>
        <translation>cannot create a temporary folder for the PDF step: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the PDF step</source>
        <translation>the PDF step</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the PDF step made no PDF for document %1</source>
        <translation>the PDF step made no PDF for document %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the PDF step made a file that is not a PDF for document %1</source>
        <translation>the PDF step made a file that is not a PDF for document %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::GsprChecklist</name>
    <message>
        <location filename="../modules/packaging/GsprChecklist.cpp" line="+107" />
        <source>'%1' is not a key of the GSPR checklist</source>
        <translation>'%1' is not a key of the GSPR checklist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write gspr.POINT.FIELD, FIELD one of applies, reason, method, standards, evidence.</source>
        <translation>Write gspr.POINT.FIELD, FIELD one of applies, reason, method, standards, evidence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the GSPR checklist has no point '%1'</source>
        <translation>the GSPR checklist has no point '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The points are those of MDR Annex I; 'details list FILE --gspr' shows them.</source>
        <translation>The points are those of MDR Annex I; 'details list FILE --gspr' shows them.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>whether GSPR %1 applies must be yes or no, not '%2'</source>
        <translation>whether GSPR %1 applies must be yes or no, not '%2'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the evidence of GSPR %1 must be an evidence item's number, not '%2'</source>
        <translation>the evidence of GSPR %1 must be an evidence item's number, not '%2'</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>'evidence list FILE' shows the numbers.</source>
        <translation>'evidence list FILE' shows the numbers.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the project has no evidence item %1</source>
        <translation>the project has no evidence item %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::Manifest</name>
    <message>
        <location filename="../modules/packaging/PackageFormat.cpp" line="+8" />
        <source>package rejected: manifest.json is larger than %1 bytes</source>
        <translation>package rejected: manifest.json is larger than %1 bytes</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+4" />
        <source>The manifest is damaged; the package cannot be trusted.</source>
        <translation>The manifest is damaged; the package cannot be trusted.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>manifest.json: %1</source>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a Veiviser package manifest</source>
        <translation>this is not a Veiviser package manifest</translation>
    </message>
    <message>
        <location line="+2" />
        <source>format_version is missing</source>
        <translation>format_version is missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the package was made by a newer Veiviser (format %1; this one reads %2)</source>
        <translation>the package was made by a newer Veiviser (format %1; this one reads %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Update Veiviser to read it.</source>
        <translation>Update Veiviser to read it.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>created is not a time</source>
        <translation>created is not a time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>files is missing</source>
        <translation>files is missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>package rejected: the manifest lists more than %1 files</source>
        <translation>package rejected: the manifest lists more than %1 files</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a file entry lacks path, size or sha256</source>
        <translation>a file entry lacks path, size or sha256</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the size of %1 is out of range</source>
        <translation>the size of %1 is out of range</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the sha256 of %1 is not 64 lowercase hex digits</source>
        <translation>the sha256 of %1 is not 64 lowercase hex digits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 may not be listed as a file</source>
        <translation>%1 may not be listed as a file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the signer's algorithm is not Ed25519</source>
        <translation>the signer's algorithm is not Ed25519</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the signer's public key is not 32 bytes of base64</source>
        <translation>the signer's public key is not 32 bytes of base64</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the signer's fingerprint does not match the signer's key</source>
        <translation>the signer's fingerprint does not match the signer's key</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the audit head is not an entry number and a SHA-256</source>
        <translation>the audit head is not an entry number and a SHA-256</translation>
    </message>
</context>
<context>
    <name>vv::packaging::PackageBuilder</name>
    <message>
        <location filename="../modules/packaging/PackageBuilder.cpp" line="+96" />
        <source>%1: not a document for a project in the role %2 (it is the %3's duty)</source>
        <translation>%1: not a document for a project in the role %2 (it is the %3's duty)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>no documents were chosen</source>
        <translation>no documents were chosen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give at least one --document ID.</source>
        <translation>Give at least one --document ID.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no document '%1'</source>
        <translation>there is no document '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Choose from: %1.</source>
        <translation>Choose from: %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no document language was chosen</source>
        <translation>no document language was chosen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>documents are written in nb or en, not '%1'</source>
        <translation>documents are written in nb or en, not '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown format '%1'; allowed: %2</source>
        <translation>unknown format '%1'; allowed: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no format was chosen</source>
        <translation>no format was chosen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give --format html, pdf or docx (or several).</source>
        <translation>Give --format html, pdf or docx (or several).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no PDF printer is available</source>
        <translation>no PDF printer is available</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no output file was given</source>
        <translation>no output file was given</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give --out PKG.zip.</source>
        <translation>Give --out PKG.zip.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the project is open read-only; building a package records the build in it</source>
        <translation>the project is open read-only; building a package records the build in it</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%1 (id %2, %n identity number(s))</source>
        <translation>
            <numerusform>%1 (id %2, %n identity number(s))</numerusform>
            <numerusform>%1 (id %2, %n identity number(s))</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>evidence %1 (%2) was not checked for identity numbers (binary content); look at it before the package is sent</source>
        <translation>evidence %1 (%2) was not checked for identity numbers (binary content); look at it before the package is sent</translation>
    </message>
    <message>
        <location line="+5" />
        <source>evidence %1 (%2) is stale (%3)</source>
        <translation>evidence %1 (%2) is stale (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>its expiry date has passed</source>
        <translation>its expiry date has passed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it concerns an older system version</source>
        <translation>it concerns an older system version</translation>
    </message>
    <message>
        <location line="+5" />
        <source>evidence with Norwegian identity numbers that no one confirmed cannot go into a package: %1</source>
        <translation>evidence with Norwegian identity numbers that no one confirmed cannot go into a package: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Confirm each with 'veiviser-cli evidence confirm-pii FILE ID --reason TEXT' after checking it, remove the content, or leave evidence out with --evidence linked|none.</source>
        <translation>Confirm each with 'veiviser-cli evidence confirm-pii FILE ID --reason TEXT' after checking it, remove the content, or leave evidence out with --evidence linked|none.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Making PDF documents</source>
        <translation>Making PDF documents</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the PDF step returned %1 documents instead of %2</source>
        <translation>the PDF step returned %1 documents instead of %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Making DOCX documents</source>
        <translation>Making DOCX documents</translation>
    </message>
    <message>
        <location line="+82" />
        <location line="+34" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-356" />
        <location line="+323" />
        <source>Check the folder and its permissions.</source>
        <translation>Check the folder and its permissions.</translation>
    </message>
    <message>
        <location line="-326" />
        <source>another build is writing %1 (process %2 on %3)</source>
        <translation>another build is writing %1 (process %2 on %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait for it to finish, or choose another --out.</source>
        <translation>Wait for it to finish, or choose another --out.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cannot create %1.lock next to the package</source>
        <translation>cannot create %1.lock next to the package</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Documents for this role: %1. To build it anyway, marked as a draft on every page, give --draft.</source>
        <translation>Documents for this role: %1. To build it anyway, marked as a draft on every page, give --draft.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deployer</source>
        <translation>deployer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>provider and deployer</source>
        <translation>provider and deployer</translation>
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
        <translation>%1 has no text in Bokmål; the Bokmål document shows the English text, marked as not translated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 has no text in English; the English document shows the Bokmål text, marked as not translated</source>
        <translation>%1 has no text in English; the English document shows the Bokmål text, marked as not translated</translation>
    </message>
    <message>
        <location line="+148" />
        <source>Check that the disk has space for the package.</source>
        <translation>Check that the disk has space for the package.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::PackageReader</name>
    <message>
        <location filename="../modules/packaging/PackageReader.cpp" line="+86" />
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the path.</source>
        <translation>Check the path.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+251" />
        <source>package rejected: %1</source>
        <translation>package rejected: %1</translation>
    </message>
    <message>
        <location line="-306" />
        <location line="+56" />
        <source>The package was not made by Veiviser or has been tampered with; do not use it.</source>
        <translation>The package was not made by Veiviser or has been tampered with; do not use it.</translation>
    </message>
    <message>
        <location line="-57" />
        <source>%1: the package was not verified and extracted</source>
        <translation>%1: the package was not verified and extracted</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1: '%2' is named as a file of kind %3, but the manifest lists it as %4</source>
        <translation>%1: '%2' is named as a file of kind %3, but the manifest lists it as %4</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: '%2' is named inside the package but is not one of its files</source>
        <translation>%1: '%2' is named inside the package but is not one of its files</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 exists already</source>
        <translation>%1 exists already</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packages are extracted only into a new folder.</source>
        <translation>Packages are extracted only into a new folder.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it is not a ZIP file (%1)</source>
        <translation>it is not a ZIP file (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>the ZIP structure is damaged after %n entries (%1)</source>
        <translation>
            <numerusform>the ZIP structure is damaged after %n entries (%1)</numerusform>
            <numerusform>the ZIP structure is damaged after %n entries (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>it has more than %1 entries</source>
        <translation>it has more than %1 entries</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an entry's name is not valid UTF-8</source>
        <translation>an entry's name is not valid UTF-8</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the entry '%1' is a %2, not a regular file</source>
        <translation>the entry '%1' is a %2, not a regular file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry '%1' is encrypted</source>
        <translation>the entry '%1' is encrypted</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the name '%1' occurs twice (names may not differ only in case)</source>
        <translation>the name '%1' occurs twice (names may not differ only in case)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the entry '%1' is larger than the limit of %2 bytes</source>
        <translation>the entry '%1' is larger than the limit of %2 bytes</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+40" />
        <source>its content is larger than the limit of %1 bytes</source>
        <translation>its content is larger than the limit of %1 bytes</translation>
    </message>
    <message>
        <location line="-36" />
        <location line="+47" />
        <source>the entry '%1' is too large to read</source>
        <translation>the entry '%1' is too large to read</translation>
    </message>
    <message>
        <location line="-37" />
        <source>the entry '%1' cannot be extracted safely (%2)</source>
        <translation>the entry '%1' cannot be extracted safely (%2)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the entry '%1' cannot be read (%2)</source>
        <translation>the entry '%1' cannot be read (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry '%1' has holes</source>
        <translation>the entry '%1' has holes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry '%1' is larger than it says or than the limit</source>
        <translation>the entry '%1' is larger than it says or than the limit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the entry '%1' expands more than %2 times (a compression bomb)</source>
        <translation>the entry '%1' expands more than %2 times (a compression bomb)</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+6" />
        <source>cannot write '%1' into %2: %3</source>
        <translation>cannot write '%1' into %2: %3</translation>
    </message>
    <message>
        <location line="-2" />
        <source>the entry '%1' is shorter than it says</source>
        <translation>the entry '%1' is shorter than it says</translation>
    </message>
    <message>
        <location line="+15" />
        <source>it has no manifest.json; it is not a Veiviser package</source>
        <translation>it has no manifest.json; it is not a Veiviser package</translation>
    </message>
    <message>
        <location line="+6" />
        <source>manifest.json is not in its canonical form (it was edited)</source>
        <translation>manifest.json is not in its canonical form (it was edited)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 has %2 bytes; the manifest says %3</source>
        <translation>%1 has %2 bytes; the manifest says %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 does not match its SHA-256 in the manifest (it was changed)</source>
        <translation>%1 does not match its SHA-256 in the manifest (it was changed)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not listed in the manifest (an extra file)</source>
        <translation>%1 is not listed in the manifest (an extra file)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>manifest.sig or signer.pub is present, but the manifest names no signer</source>
        <translation>manifest.sig or signer.pub is present, but the manifest names no signer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the package is not signed, so who made it cannot be checked</source>
        <translation>the package is not signed, so who made it cannot be checked</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the package is not signed, so it cannot be checked against the key given</source>
        <translation>the package is not signed, so it cannot be checked against the key given</translation>
    </message>
    <message>
        <location line="+8" />
        <source>manifest.sig is missing</source>
        <translation>manifest.sig is missing</translation>
    </message>
    <message>
        <location line="+7" />
        <source>manifest.sig is not a signature in the expected form</source>
        <translation>manifest.sig is not a signature in the expected form</translation>
    </message>
    <message>
        <location line="+2" />
        <source>manifest.sig does not verify: the manifest was changed or signed by another key</source>
        <translation>manifest.sig does not verify: the manifest was changed or signed by another key</translation>
    </message>
    <message>
        <location line="+5" />
        <source>signer.pub is missing</source>
        <translation>signer.pub is missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signer.pub is not the key the manifest names</source>
        <translation>signer.pub is not the key the manifest names</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the package is signed by %1, not by the key given (%2)</source>
        <translation>the package is signed by %1, not by the key given (%2)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the ZIP header of %1 (at byte %2) differs from the canonical form</source>
        <translation>the ZIP header of %1 (at byte %2) differs from the canonical form</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the ZIP directory (at byte %1) differs from the canonical form</source>
        <translation>the ZIP directory (at byte %1) differs from the canonical form</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file has %1 bytes; the canonical package has %2</source>
        <translation>the file has %1 bytes; the canonical package has %2</translation>
    </message>
</context>
<context>
    <name>vv::packaging::PublicKey</name>
    <message>
        <location filename="../modules/packaging/Signing.cpp" line="+138" />
        <source>%1 is not a PEM public key</source>
        <translation>%1 is not a PEM public key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the public key file that 'veiviser-cli keys generate' wrote (%1).</source>
        <translation>Give the public key file that 'veiviser-cli keys generate' wrote (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not an Ed25519 key</source>
        <translation>%1 is not an Ed25519 key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'.</source>
        <translation>Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not an Ed25519 public key (it has %2 bytes, not 32)</source>
        <translation>%1 is not an Ed25519 public key (it has %2 bytes, not 32)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a valid Ed25519 public key: %2</source>
        <translation>%1 is not a valid Ed25519 public key: %2</translation>
    </message>
</context>
<context>
    <name>vv::packaging::Registration</name>
    <message>
        <location filename="../modules/packaging/Registration.cpp" line="+33" />
        <source>Correct the registration file; its shape is in docs/registration.md.</source>
        <translation>Correct the registration file; its shape is in docs/registration.md.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a field needs an id, a point and a label in nb and en</source>
        <translation>a field needs an id, a point and a label in nb and en</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the field '%1' needs a list 'from' (empty when Veiviser holds nothing for it)</source>
        <translation>the field '%1' needs a list 'from' (empty when Veiviser holds nothing for it)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the field '%1' names '%2'; a source is detail:KEY or project:name|system_version</source>
        <translation>the field '%1' names '%2'; a source is detail:KEY or project:name|system_version</translation>
    </message>
    <message>
        <location line="+19" />
        <source>a section needs an id, a basis, either a requirement or the reason for a voluntary entry, a title and a visibility</source>
        <translation>a section needs an id, a basis, either a requirement or the reason for a voluntary entry, a title and a visibility</translation>
    </message>
    <message>
        <location line="+3" />
        <source>section %1 has no fields</source>
        <translation>section %1 has no fields</translation>
    </message>
    <message>
        <location line="+44" />
        <source>the file needs a list 'formats'</source>
        <translation>the file needs a list 'formats'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a format needs an id, a title, a source and sections</source>
        <translation>a format needs an id, a title, a source and sections</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the installed guidance has no requirement %1, which the registration %2 names</source>
        <translation>the installed guidance has no requirement %1, which the registration %2 names</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install the guidance packs that come with this version of Veiviser.</source>
        <translation>Install the guidance packs that come with this version of Veiviser.</translation>
    </message>
    <message>
        <location line="+145" />
        <source>%1: the names %2 are not in the registration's data</source>
        <translation>%1: the names %2 are not in the registration's data</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check their spelling against docs/registration.md.</source>
        <translation>Check their spelling against docs/registration.md.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown document format '%1'</source>
        <translation>unknown document format '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give html, pdf or docx.</source>
        <translation>Give html, pdf or docx.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no PDF printer is available</source>
        <translation>no PDF printer is available</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the PDF step returned %1 documents instead of 1</source>
        <translation>the PDF step returned %1 documents instead of 1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::Review</name>
    <message>
        <location filename="../modules/packaging/Review.cpp" line="+61" />
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the package does not verify: %1</source>
        <translation>the package does not verify: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the sender for the package again; do not review a package that does not verify.</source>
        <translation>Ask the sender for the package again; do not review a package that does not verify.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the package has no assessment export to review</source>
        <translation>the package has no assessment export to review</translation>
    </message>
    <message>
        <location line="+61" />
        <source>the evidence file %1 does not match the assessment export</source>
        <translation>the evidence file %1 does not match the assessment export</translation>
    </message>
    <message>
        <location line="+78" />
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the folder and its permissions.</source>
        <translation>Check the folder and its permissions.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 is too large to read here (%2 bytes)</source>
        <translation>%1 is too large to read here (%2 bytes)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not in the reviewed package</source>
        <translation>%1 is not in the reviewed package</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 is not a review project</source>
        <translation>%1 is not a review project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make one with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</source>
        <translation>Make one with 'veiviser-cli review open PKG.zip --out REVIEW.veiviser'.</translation>
    </message>
    <message>
        <location line="+79" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The review file is damaged or not a Veiviser review.</source>
        <translation>The review file is damaged or not a Veiviser review.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this is not a Veiviser review file</source>
        <translation>this is not a Veiviser review file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 was written by a newer Veiviser</source>
        <translation>%1 was written by a newer Veiviser</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Update Veiviser to import it.</source>
        <translation>Update Veiviser to import it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it does not name the package it reviews</source>
        <translation>it does not name the package it reviews</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no findings list</source>
        <translation>it has no findings list</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a finding lacks a requirement or has an unknown verdict</source>
        <translation>a finding lacks a requirement or has an unknown verdict</translation>
    </message>
    <message>
        <location line="+6" />
        <source>its audit head is not an entry number and a SHA-256</source>
        <translation>its audit head is not an entry number and a SHA-256</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the signature is not Ed25519</source>
        <translation>the signature is not Ed25519</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the signature's public key is not valid</source>
        <translation>the signature's public key is not valid</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the signature does not verify; the review was changed after it was signed</source>
        <translation>%1: the signature does not verify; the review was changed after it was signed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the reviewer to send it again.</source>
        <translation>Ask the reviewer to send it again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the fingerprint does not match the signature's key</source>
        <translation>the fingerprint does not match the signature's key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is signed by %2, not by the key given (%3)</source>
        <translation>%1 is signed by %2, not by the key given (%3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not signed, so who wrote it cannot be checked</source>
        <translation>%1 is not signed, so who wrote it cannot be checked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask the reviewer for a signed review, or import it with --allow-unsigned.</source>
        <translation>Ask the reviewer for a signed review, or import it with --allow-unsigned.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not signed, so it cannot be checked against the key given</source>
        <translation>%1 is not signed, so it cannot be checked against the key given</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 reviews a package this project did not build (manifest %2)</source>
        <translation>%1 reviews a package this project did not build (manifest %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the review into the project that built the package.</source>
        <translation>Import the review into the project that built the package.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::SigningKey</name>
    <message>
        <location filename="../modules/packaging/Signing.cpp" line="-88" />
        <source>%1 is too large to be a key file</source>
        <translation>%1 is too large to be a key file</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+189" />
        <source>%1 exists already</source>
        <translation>%1 exists already</translation>
    </message>
    <message>
        <location line="-188" />
        <location line="+189" />
        <source>Key files are never overwritten; choose another folder.</source>
        <translation>Key files are never overwritten; choose another folder.</translation>
    </message>
    <message>
        <location line="-187" />
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot write %1 to disk</source>
        <translation>cannot write %1 to disk</translation>
    </message>
    <message>
        <location line="+95" />
        <source>cannot make an Ed25519 key: %1</source>
        <translation>cannot make an Ed25519 key: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the key %1 is protected by a passphrase</source>
        <translation>the key %1 is protected by a passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the passphrase with --passphrase-file FILE.</source>
        <translation>Give the passphrase with --passphrase-file FILE.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot unlock the key %1: wrong passphrase</source>
        <translation>cannot unlock the key %1: wrong passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the passphrase file.</source>
        <translation>Check the passphrase file.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not a PEM private key</source>
        <translation>%1 is not a PEM private key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the private key file that 'veiviser-cli keys generate' wrote (%1).</source>
        <translation>Give the private key file that 'veiviser-cli keys generate' wrote (%1).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not an Ed25519 key</source>
        <translation>%1 is not an Ed25519 key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'.</source>
        <translation>Veiviser signs with Ed25519; make a key with 'veiviser-cli keys generate'.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>no key to write</source>
        <translation>no key to write</translation>
    </message>
    <message>
        <location line="+12" />
        <source>cannot create the folder %1: %2</source>
        <translation>cannot create the folder %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a folder you may write to.</source>
        <translation>Choose a folder you may write to.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <location line="+30" />
        <source>cannot encode the private key: %1</source>
        <translation>cannot encode the private key: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no key to sign with</source>
        <translation>no key to sign with</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot sign: %1</source>
        <translation>cannot sign: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the passphrase file %1 is empty</source>
        <translation>the passphrase file %1 is empty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the passphrase on the file's first line.</source>
        <translation>Write the passphrase on the file's first line.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::TemplateLibrary</name>
    <message>
        <location filename="../modules/packaging/TemplateLibrary.cpp" line="+51" />
        <source>%1, field %2: the detail '%3' is not in details.json</source>
        <translation>%1, field %2: the detail '%3' is not in details.json</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1, section %2: no pack has the requirement %3</source>
        <translation>%1, section %2: no pack has the requirement %3</translation>
    </message>
    <message>
        <location line="+32" />
        <source>the name '%1' is not in the document data</source>
        <translation>the name '%1' is not in the document data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check its spelling against docs/packages.md, "Template data".</source>
        <translation>Check its spelling against docs/packages.md, "Template data".</translation>
    </message>
    <message numerus="yes">
        <location line="+37" />
        <source>the document templates in %1 have %n problem(s): %2</source>
        <translation>
            <numerusform>the document templates in %1 have %n problem(s): %2</numerusform>
            <numerusform>the document templates in %1 have %n problem(s): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run 'veiviser-cli templates check %1' for all of them.</source>
        <translation>Run 'veiviser-cli templates check %1' for all of them.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>unknown detail '%1'</source>
        <translation>unknown detail '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'veiviser-cli details list FILE' shows the details; the GSPR checklist's are gspr.POINT.FIELD.</source>
        <translation>'veiviser-cli details list FILE' shows the details; the GSPR checklist's are gspr.POINT.FIELD.</translation>
    </message>
</context>
<context>
    <name>vv::packaging::TraceSheet</name>
    <message>
        <location filename="../modules/packaging/TraceSheet.cpp" line="+95" />
        <source>could not make a temporary folder for the traceability sheet: %1</source>
        <translation>could not make a temporary folder for the traceability sheet: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>could not start the traceability sheet</source>
        <translation>could not start the traceability sheet</translation>
    </message>
    <message>
        <location line="+24" />
        <source>could not write the traceability sheet: %1</source>
        <translation>could not write the traceability sheet: %1</translation>
    </message>
</context>
<context>
    <name>vv::packaging::ZipWriter</name>
    <message>
        <location filename="../modules/packaging/Zip.cpp" line="+202" />
        <source>'%1' cannot name a package entry: it must have 1 to 1024 bytes</source>
        <translation>'%1' cannot name a package entry: it must have 1 to 1024 bytes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' cannot name a package entry: only relative names with '/' are allowed</source>
        <translation>'%1' cannot name a package entry: only relative names with '/' are allowed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' cannot name a package entry: empty, '.' and '..' parts are not allowed</source>
        <translation>'%1' cannot name a package entry: empty, '.' and '..' parts are not allowed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' cannot name a package entry: it holds a control character</source>
        <translation>'%1' cannot name a package entry: it holds a control character</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+55" />
        <location line="+8" />
        <location line="+13" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-75" />
        <source>Check that the disk has space for the package.</source>
        <translation>Check that the disk has space for the package.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>internal error: a package entry was started while another was open</source>
        <translation>internal error: a package entry was started while another was open</translation>
    </message>
    <message>
        <location line="+3" />
        <source>internal error: a package entry needs its size</source>
        <translation>internal error: a package entry needs its size</translation>
    </message>
    <message>
        <location line="+7" />
        <source>internal error: '%1' is in the package twice</source>
        <translation>internal error: '%1' is in the package twice</translation>
    </message>
    <message>
        <location line="+19" />
        <source>internal error: no package entry is open</source>
        <translation>internal error: no package entry is open</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' has %2 bytes, not the %3 announced</source>
        <translation>'%1' has %2 bytes, not the %3 announced</translation>
    </message>
    <message>
        <location line="+26" />
        <source>internal error: the package was finished with an entry open</source>
        <translation>internal error: the package was finished with an entry open</translation>
    </message>
</context>
<context>
    <name>vv::pdf::HtmlToPdf</name>
    <message>
        <location filename="../modules/pdf/HtmlToPdf.cpp" line="+131" />
        <source>%1: the document could not be loaded for printing.</source>
        <translation>%1: the document could not be loaded for printing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: printing to PDF failed or took longer than two minutes.</source>
        <translation>%1: printing to PDF failed or took longer than two minutes.</translation>
    </message>
</context>
<context>
    <name>vv::risk::ChangeCheckEvaluation</name>
    <message>
        <location filename="../modules/risk/ChangePlan.cpp" line="+196" />
        <source>the run has no value of %1</source>
        <translation>the run has no value of %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the estimate %1 is below %2</source>
        <translation>the estimate %1 is below %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the estimate %1 is above %2</source>
        <translation>the estimate %1 is above %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the interval's lower bound %1 is below %2</source>
        <translation>the interval's lower bound %1 is below %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the interval's upper bound %1 is above %2</source>
        <translation>the interval's upper bound %1 is above %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the run has no interval for %1</source>
        <translation>the run has no interval for %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the runs' cases were not available to compare</source>
        <translation>the runs' cases were not available to compare</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the approved run %1 cannot be read: %2</source>
        <translation>the approved run %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>test runs %1 and %2 share no graded case</source>
        <translation>test runs %1 and %2 share no graded case</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the pass rate fell by %1 on %2 paired cases, more than %3</source>
        <translation>the pass rate fell by %1 on %2 paired cases, more than %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the paired interval's lower bound %1 is below %2</source>
        <translation>the paired interval's lower bound %1 is below %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 paired cases against run %2; %3 regressions, %4 improvements</source>
        <translation>%1 paired cases against run %2; %3 regressions, %4 improvements</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the run has no subgroups</source>
        <translation>the run has no subgroups</translation>
    </message>
    <message>
        <location line="+116" />
        <source>test run %1 is not completed</source>
        <translation>test run %1 is not completed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the run rests on %1, the plan asks for at least %2</source>
        <translation>the run rests on %1, the plan asks for at least %2</translation>
    </message>
</context>
<context>
    <name>vv::risk::ChangePlanReader</name>
    <message>
        <location line="-365" />
        <source>the change control plan</source>
        <translation>the change control plan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the change control plan needs 'title' and 'modifications'</source>
        <translation>the change control plan needs 'title' and 'modifications'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>'modifications' must be a list of 1 to %1 planned modifications</source>
        <translation>'modifications' must be a list of 1 to %1 planned modifications</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the modification '%1' is planned twice</source>
        <translation>the modification '%1' is planned twice</translation>
    </message>
    <message>
        <location line="+12" />
        <source>a planned modification</source>
        <translation>a planned modification</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a planned modification needs '%1'</source>
        <translation>a planned modification needs '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FDA's PCCP guidance asks for the modification, its protocol and its impact assessment.</source>
        <translation>FDA's PCCP guidance asks for the modification, its protocol and its impact assessment.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a valid modification id (lowercase letters, digits, '-', '_')</source>
        <translation>'%1' is not a valid modification id (lowercase letters, digits, '-', '_')</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'changes' is one of %1, not '%2'</source>
        <translation>'changes' is one of %1, not '%2'</translation>
    </message>
    <message>
        <location line="+10" />
        <source>'criteria' must be a list of 1 to %1 acceptance criteria</source>
        <translation>'criteria' must be a list of 1 to %1 acceptance criteria</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a modification protocol</source>
        <translation>a modification protocol</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a modification protocol needs 'data', 'method' and 'validation'</source>
        <translation>a modification protocol needs 'data', 'method' and 'validation'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a paired criterion needs both 'paired_with' and 'max_drop'</source>
        <translation>a paired criterion needs both 'paired_with' and 'max_drop'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For example: {metric: pass_rate, paired_with: 3, max_drop: 0.02}.</source>
        <translation>For example: {metric: pass_rate, paired_with: 3, max_drop: 0.02}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a paired criterion compares pass rates; its metric must be 'pass_rate'</source>
        <translation>a paired criterion compares pass rates; its metric must be 'pass_rate'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a paired criterion takes no other limit</source>
        <translation>a paired criterion takes no other limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the limits on the run's own numbers as a criterion of their own.</source>
        <translation>Write the limits on the run's own numbers as a criterion of their own.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'max_drop' is a proportion from 0 to 1 (0.02 for 2 percentage points)</source>
        <translation>'max_drop' is a proportion from 0 to 1 (0.02 for 2 percentage points)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>an acceptance criterion</source>
        <translation>an acceptance criterion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>an acceptance criterion needs 'metric'</source>
        <translation>an acceptance criterion needs 'metric'</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the criterion on '%1' has no limit</source>
        <translation>the criterion on '%1' has no limit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give lower, upper, interval_lower or interval_upper.</source>
        <translation>Give lower, upper, interval_lower or interval_upper.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the criterion on '%1' has its limits reversed</source>
        <translation>the criterion on '%1' has its limits reversed</translation>
    </message>
    <message>
        <location line="+194" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the project's change control plan</source>
        <translation>the project's change control plan</translation>
    </message>
</context>
<context>
    <name>vv::risk::RiskFile</name>
    <message>
        <location filename="../modules/risk/RiskFile.cpp" line="+36" />
        <source>there is no requirement %1 in the installed guidance</source>
        <translation>there is no requirement %1 in the installed guidance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'requirements FILE' lists the project's requirements.</source>
        <translation>'requirements FILE' lists the project's requirements.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>there is no hazard category '%1'</source>
        <translation>there is no hazard category '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The categories are %1 and other.</source>
        <translation>The categories are %1 and other.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The matrix has severity 1–%1 and probability 1–%2.</source>
        <translation>The matrix has severity 1–%1 and probability 1–%2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>hazard %1's initial risk (%2, %3) is not on the matrix</source>
        <translation>hazard %1's initial risk (%2, %3) is not on the matrix</translation>
    </message>
    <message>
        <location line="+7" />
        <source>hazard %1's residual risk is not on the matrix</source>
        <translation>hazard %1's residual risk is not on the matrix</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the control names a new hazard %1 that is not in the file</source>
        <translation>the control names a new hazard %1 that is not in the file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add that hazard first (ISO 14971 7.5).</source>
        <translation>Add that hazard first (ISO 14971 7.5).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>there is no test run %1</source>
        <translation>there is no test run %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The validation page lists the project's test runs with their numbers.</source>
        <translation>The validation page lists the project's test runs with their numbers.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no evidence item %1</source>
        <translation>there is no evidence item %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'evidence list FILE' lists the items.</source>
        <translation>'evidence list FILE' lists the items.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>hazard %1 has a level that the new matrix does not have</source>
        <translation>hazard %1 has a level that the new matrix does not have</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-estimate the hazard on the new scales first, or keep their number of levels.</source>
        <translation>Re-estimate the hazard on the new scales first, or keep their number of levels.</translation>
    </message>
</context>
<context>
    <name>vv::risk::RiskModelReader</name>
    <message>
        <location filename="../modules/risk/RiskModel.cpp" line="+31" />
        <source>the risk model</source>
        <translation>the risk model</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the risk model needs 'matrix' and 'categories'</source>
        <translation>the risk model needs 'matrix' and 'categories'</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the risk matrix</source>
        <translation>the risk matrix</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the risk matrix needs '%1' as a non-empty list</source>
        <translation>the risk matrix needs '%1' as a non-empty list</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'categories' must be a list of 1 to %1 hazard categories</source>
        <translation>'categories' must be a list of 1 to %1 hazard categories</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a hazard category</source>
        <translation>a hazard category</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a hazard category needs 'id', 'name', 'description' and 'sources'</source>
        <translation>a hazard category needs 'id', 'name', 'description' and 'sources'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a valid category id (lowercase letters, digits, '_')</source>
        <translation>'%1' is not a valid category id (lowercase letters, digits, '_')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the category '%1' is defined twice</source>
        <translation>the category '%1' is defined twice</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the %1 scale has more than %2 levels</source>
        <translation>the %1 scale has more than %2 levels</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a level of the %1 scale</source>
        <translation>a level of the %1 scale</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a level needs 'level', 'name' and 'description'</source>
        <translation>a level needs 'level', 'name' and 'description'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the %1 levels must be numbered 1, 2, 3, … in order</source>
        <translation>the %1 levels must be numbered 1, 2, 3, … in order</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a region of the risk matrix</source>
        <translation>a region of the risk matrix</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a region needs 'id', 'name' and 'acceptable'</source>
        <translation>a region needs 'id', 'name' and 'acceptable'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a valid region id</source>
        <translation>'%1' is not a valid region id</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the region '%1' is defined twice</source>
        <translation>the region '%1' is defined twice</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no region of the matrix is acceptable</source>
        <translation>no region of the matrix is acceptable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The risk management plan's criteria must let some risks be accepted.</source>
        <translation>The risk management plan's criteria must let some risks be accepted.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'cells' needs one row per severity level (%1), not %2</source>
        <translation>'cells' needs one row per severity level (%1), not %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>each row of 'cells' needs one region per probability level (%1)</source>
        <translation>each row of 'cells' needs one region per probability level (%1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' in 'cells' is not one of the regions</source>
        <translation>'%1' in 'cells' is not one of the regions</translation>
    </message>
    <message>
        <location line="+8" />
        <source>category '%1' needs its sources as a non-empty list</source>
        <translation>category '%1' needs its sources as a non-empty list</translation>
    </message>
    <message>
        <location line="+101" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the project's risk matrix</source>
        <translation>the project's risk matrix</translation>
    </message>
</context>
<context>
    <name>vv::risk::TraceMatrix</name>
    <message>
        <location filename="../modules/risk/TraceMatrix.cpp" line="+15" />
        <source>requirement without trace</source>
        <translation>requirement without trace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>hazard without control</source>
        <translation>hazard without control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>control without verification</source>
        <translation>control without verification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verification not found</source>
        <translation>verification not found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verification failed</source>
        <translation>verification failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>verification for an older version</source>
        <translation>verification for an older version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stale evidence</source>
        <translation>stale evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>residual risk not estimated</source>
        <translation>residual risk not estimated</translation>
    </message>
</context>
<context>
    <name>vv::secrets::Keychain</name>
    <message>
        <location filename="../modules/secrets/Keychain.cpp" line="+22" />
        <source>a keychain entry name must be 1 to %1 characters</source>
        <translation>a keychain entry name must be 1 to %1 characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a short name such as openai-prod.</source>
        <translation>Choose a short name such as openai-prod.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the keychain entry name '%1' contains a control character</source>
        <translation>the keychain entry name '%1' contains a control character</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use letters, digits and punctuation only.</source>
        <translation>Use letters, digits and punctuation only.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>the keychain could not be used for '%1': %2</source>
        <translation>the keychain could not be used for '%1': %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make sure a keychain service (on Linux: GNOME Keyring or KWallet) runs and is unlocked in this session, or give the secret through an environment variable instead.</source>
        <translation>Make sure a keychain service (on Linux: GNOME Keyring or KWallet) runs and is unlocked in this session, or give the secret through an environment variable instead.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the program's main thread did not take the request within %1 seconds</source>
        <translation>the program's main thread did not take the request within %1 seconds</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+27" />
        <location line="+18" />
        <source>it did not answer within %1 seconds</source>
        <translation>it did not answer within %1 seconds</translation>
    </message>
    <message>
        <location line="-38" />
        <source>the keychain entry '%1' holds more than %2 bytes</source>
        <translation>the keychain entry '%1' holds more than %2 bytes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the secret again with 'veiviser-cli secret set'.</source>
        <translation>Store the secret again with 'veiviser-cli secret set'.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a secret must be 1 to %1 bytes long</source>
        <translation>a secret must be 1 to %1 bytes long</translation>
    </message>
</context>
<context>
    <name>vv::tracking::ChangeControl</name>
    <message>
        <location filename="../modules/tracking/ChangeControl.cpp" line="+28" />
        <source>no temporary folder for the check's document: %1</source>
        <translation>no temporary folder for the check's document: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Change check %1: %2 on test run %3</source>
        <translation>Change check %1: %2 on test run %3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the check's document was not imported</source>
        <translation>the check's document was not imported</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Planned modification %1 did not meet its acceptance criteria</source>
        <translation>Planned modification %1 did not meet its acceptance criteria</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change check %1 of test run %2: %3</source>
        <translation>Change check %1 of test run %2: %3</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: there is no requirement %2 in the installed guidance</source>
        <translation>%1: there is no requirement %2 in the installed guidance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'requirements FILE' lists the project's requirements.</source>
        <translation>'requirements FILE' lists the project's requirements.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the project has no change control plan</source>
        <translation>the project has no change control plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store one with 'pccp plan FILE --from PLAN.yaml' (docs/risk.md).</source>
        <translation>Store one with 'pccp plan FILE --from PLAN.yaml' (docs/risk.md).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>the change control plan has no modification '%1'</source>
        <translation>the change control plan has no modification '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its modifications are %1.</source>
        <translation>Its modifications are %1.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>check %1 is stored, but not filed as evidence</source>
        <translation>check %1 is stored, but not filed as evidence</translation>
    </message>
    <message>
        <location line="+8" />
        <source>check %1 is stored, but no deviation was opened</source>
        <translation>check %1 is stored, but no deviation was opened</translation>
    </message>
</context>
<context>
    <name>vv::tracking::Portfolio</name>
    <message>
        <location filename="../modules/tracking/Portfolio.cpp" line="+174" />
        <source>provider</source>
        <translation>provider</translation>
    </message>
    <message>
        <location line="+1" />
        <source>deployer</source>
        <translation>deployer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>provider and deployer</source>
        <translation>provider and deployer</translation>
    </message>
    <message>
        <location line="+11" />
        <source> (%1 overdue)</source>
        <translation> (%1 overdue)</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (by %1)</source>
        <translation> (by %1)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>expired (review was due %1)</source>
        <translation>expired (review was due %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>review by %1</source>
        <translation>review by %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>approved %1, no review date</source>
        <translation>approved %1, no review date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not approved</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location line="+9" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>MDR class</source>
        <translation>MDR class</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI Act risk</source>
        <translation>AI Act risk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High-risk route</source>
        <translation>High-risk route</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DPIA</source>
        <translation>DPIA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DPIA review</source>
        <translation>DPIA review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FRIA</source>
        <translation>FRIA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements met</source>
        <translation>Requirements met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+76" />
        <source>Open deviations</source>
        <translation>Open deviations</translation>
    </message>
    <message>
        <location line="-75" />
        <location line="+74" />
        <source>Incident reports due</source>
        <translation>Incident reports due</translation>
    </message>
    <message>
        <location line="-73" />
        <location line="+72" />
        <source>Open alarms</source>
        <translation>Open alarms</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Last package</source>
        <translation>Last package</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot be read: %1</source>
        <translation>Cannot be read: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (review)</source>
        <translation>%1 (review)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(older format, version %1: open it in Veiviser to upgrade it)</source>
        <translation>(older format, version %1: open it in Veiviser to upgrade it)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements overdue</source>
        <translation>Requirements overdue</translation>
    </message>
    <message>
        <location line="+4" />
        <source>DPIA expired</source>
        <translation>DPIA expired</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All in order</source>
        <translation>All in order</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name a folder of .veiviser project files, or a team database address (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>Name a folder of .veiviser project files, or a team database address (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the folder %1 cannot be read</source>
        <translation>the folder %1 cannot be read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that you may read the folder.</source>
        <translation>Check that you may read the folder.</translation>
    </message>
</context>
<context>
    <name>vv::ui</name>
    <message>
        <location filename="../modules/ui/Labels.cpp" line="+11" />
        <source>Provider (manufacturer)</source>
        <translation>Provider (manufacturer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deployer (user organisation)</source>
        <translation>Deployer (user organisation)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Provider and deployer</source>
        <translation>Provider and deployer</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset description</source>
        <translation>Dataset description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk analysis</source>
        <translation>Risk analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test result</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Declaration</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deficiency</source>
        <translation>Deficiency</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../modules/ui/StatusStyle.cpp" line="+46" />
        <source>Does not apply</source>
        <translation>Does not apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not applicable (justified)</source>
        <translation>Not applicable (justified)</translation>
    </message>
    <message>
        <location line="+169" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not enough data</source>
        <translation>Not enough data</translation>
    </message>
</context>
<context>
    <name>vv::ui::AboutDialog</name>
    <message>
        <location filename="../modules/ui/AboutDialog.cpp" line="+29" />
        <source>About Veiviser</source>
        <translation>About Veiviser</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A workbench for AI in Norwegian health care: regulatory checklists, validation evidence, model-validation tests and signed documentation packages.</source>
        <translation>A workbench for AI in Norwegian health care: regulatory checklists, validation evidence, model-validation tests and signed documentation packages.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Veiviser works offline. It sends nothing anywhere unless you point an evaluation engine at a server.</source>
        <translation>Veiviser works offline. It sends nothing anywhere unless you point an evaluation engine at a server.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
</context>
<context>
    <name>vv::ui::AnswerEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+71" />
        <source>answer to “%1”</source>
        <translation>answer to “%1”</translation>
    </message>
</context>
<context>
    <name>vv::ui::ChangeCheckModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="+355" />
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not enough data</source>
        <translation>Not enough data</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test run</source>
        <translation>Test run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
</context>
<context>
    <name>vv::ui::ClassificationPage</name>
    <message>
        <location filename="../modules/ui/ClassificationPage.cpp" line="+318" />
        <location line="+105" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Nothing is missing for the classification.</source>
        <translation>Nothing is missing for the classification.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n question(s) still needed:</source>
        <translation>
            <numerusform>%n question still needed:</numerusform>
            <numerusform>%n questions still needed:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68" />
        <source>How each regime classifies the system, worked out from your answers. Every outcome shows the rule that decided it and its legal source; follow an answer's link to change it.</source>
        <translation>How each regime classifies the system, worked out from your answers. Every outcome shows the rule that decided it and its legal source; follow an answer's link to change it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Continue the walkthrough</source>
        <translation>&amp;Continue the walkthrough</translation>
    </message>
    <message>
        <location line="-373" />
        <source>MDR risk class</source>
        <translation>MDR risk class</translation>
    </message>
    <message>
        <location line="+4" />
        <source>AI Act risk tier</source>
        <translation>AI Act risk tier</translation>
    </message>
    <message>
        <location line="-2" />
        <source>In-house exemption (MDR Art. 5(5))</source>
        <translation>In-house exemption (MDR Art. 5(5))</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Transparency duties (AI Act Art. 50)</source>
        <translation>Transparency duties (AI Act Art. 50)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fundamental rights impact assessment (FRIA)</source>
        <translation>Fundamental rights impact assessment (FRIA)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Data protection impact assessment (DPIA)</translation>
    </message>
    <message>
        <location line="+366" />
        <source>&amp;Reasons</source>
        <translation>&amp;Reasons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All &amp;outcomes</source>
        <translation>All &amp;outcomes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location line="-68" />
        <source>Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.</source>
        <translation>Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Reasons and legal sources</source>
        <translation>Reasons and legal sources</translation>
    </message>
</context>
<context>
    <name>vv::ui::ControlListModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="-220" />
        <source>Inherent safety by design</source>
        <translation>Inherent safety by design</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protective measure</source>
        <translation>Protective measure</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Information for safety</source>
        <translation>Information for safety</translation>
    </message>
    <message>
        <location line="+7" />
        <source>test run %1</source>
        <translation>test run %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>evidence #%1</source>
        <translation>evidence #%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>monitoring of %1</source>
        <translation>monitoring of %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
</context>
<context>
    <name>vv::ui::DashboardPage</name>
    <message>
        <location filename="../modules/ui/DashboardPage.cpp" line="+215" />
        <location line="+254" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-213" />
        <source>%1, system version %2 · status on %3</source>
        <translation>%1, system version %2 · status on %3</translation>
    </message>
    <message>
        <location line="+17" />
        <source>done: %1 of %2 requirements that apply</source>
        <translation>done: %1 of %2 requirements that apply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>due within %1 days</source>
        <translation>due within %1 days</translation>
    </message>
    <message>
        <location line="+1" />
        <source>need review after a pack update</source>
        <translation>need review after a pack update</translation>
    </message>
    <message>
        <location line="+1" />
        <source>without evidence</source>
        <translation>without evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stale evidence items</source>
        <translation>stale evidence items</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n requirement(s) overdue</source>
        <translation>
            <numerusform>%n requirement overdue</numerusform>
            <numerusform>%n requirements overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 requirements apply to this project, %2 do not apply.</source>
        <translation>%1 requirements apply to this project, %2 do not apply.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>For %n more it is not yet known: answer the questions still needed in the walkthrough.</source>
        <translation>
            <numerusform>For %n more it is not yet known: answer the questions still needed in the walkthrough.</numerusform>
            <numerusform>For %n more it is not yet known: answer the questions still needed in the walkthrough.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>Next question: “%1”</source>
        <translation>Next question: “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 questions answered</source>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n still needed to decide which requirements apply</source>
        <translation>
            <numerusform>%n still needed to decide which requirements apply</numerusform>
            <numerusform>%n still needed to decide which requirements apply</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Incident reports due could not be worked out: %1</source>
        <translation>Incident reports due could not be worked out: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (deviation %2): %3</source>
        <translation>%1 (deviation %2): %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>&amp;Incident reports not sent (%n overdue):</source>
        <translation>
            <numerusform>&amp;Incident reports not sent (%n overdue):</numerusform>
            <numerusform>&amp;Incident reports not sent (%n overdue):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Incident reports not sent:</source>
        <translation>&amp;Incident reports not sent:</translation>
    </message>
    <message>
        <location line="+39" />
        <source>All requirements</source>
        <translation>All requirements</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Requirements per guidance pack</source>
        <translation>Requirements per guidance pack</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Continue where you left off</source>
        <translation>Continue where you left off</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Continue the walkthrough</source>
        <translation>&amp;Continue the walkthrough</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;ue or overdue</source>
        <translation>D&amp;ue or overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs re&amp;view after a pack update</source>
        <translation>Needs re&amp;view after a pack update</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;tale evidence</source>
        <translation>S&amp;tale evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing is due within %1 days.</source>
        <translation>Nothing is due within %1 days.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing needs review: every answer and status was given under the installed guidance.</source>
        <translation>Nothing needs review: every answer and status was given under the installed guidance.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No evidence has expired or concerns an older system version.</source>
        <translation>No evidence has expired or concerns an older system version.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements due or overdue</source>
        <translation>Requirements due or overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements that need review</source>
        <translation>Requirements that need review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stale evidence</source>
        <translation>Stale evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Incident reports not sent</source>
        <translation>Incident reports not sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart: all requirements by status</source>
        <translation>Chart: all requirements by status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart: requirements per guidance pack by status</source>
        <translation>Chart: requirements per guidance pack by status</translation>
    </message>
</context>
<context>
    <name>vv::ui::DetailsPage</name>
    <message>
        <location filename="../modules/ui/DetailsPage.cpp" line="+113" />
        <location line="+12" />
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The texts the documents need that no question asks: the intended purpose, the manufacturer, the signatory and more. Write each in Bokmål and in English; a document in a language without its text shows the other language's text, marked as not translated.</source>
        <translation>The texts the documents need that no question asks: the intended purpose, the manufacturer, the signatory and more. Write each in Bokmål and in English; a document in a language without its text shows the other language's text, marked as not translated.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Document whose details are shown</source>
        <translation>Document whose details are shown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only &amp;missing or untranslated</source>
        <translation>Only &amp;missing or untranslated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save every changed text (%1)</source>
        <translation>Save every changed text (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the changes and show the saved texts</source>
        <translation>Forget the changes and show the saved texts</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Every detail</source>
        <translation>Every detail</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 (%n not filled in)</source>
        <translation>
            <numerusform>%1 (%n not filled in)</numerusform>
            <numerusform>%1 (%n not filled in)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not translated</source>
        <translation>Not translated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changed, not saved</source>
        <translation>Changed, not saved</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 · changed, not saved</source>
        <translation>%1 · changed, not saved</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Saved %n text(s).</source>
        <translation>
            <numerusform>Saved %n text.</numerusform>
            <numerusform>Saved %n texts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Unsaved document details</source>
        <translation>Unsaved document details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some document details are changed but not saved. Save them before leaving the page?</source>
        <translation>Some document details are changed but not saved. Save them before leaving the page?</translation>
    </message>
</context>
<context>
    <name>vv::ui::DeviationListModel</name>
    <message>
        <location filename="../modules/ui/DeviationModels.cpp" line="+14" />
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>deadline not known until the incident's questions are answered</source>
        <translation>deadline not known until the incident's questions are answered</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OVERDUE by %n day</numerusform>
            <numerusform>OVERDUE by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>no report due</source>
        <translation>no report due</translation>
    </message>
    <message>
        <location line="+0" />
        <source>all reports sent</source>
        <translation>all reports sent</translation>
    </message>
    <message>
        <location line="+4" />
        <source>deadline not known yet</source>
        <translation>deadline not known yet</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+19" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next report due</source>
        <translation>Next report due</translation>
    </message>
</context>
<context>
    <name>vv::ui::DeviationsPage</name>
    <message>
        <location filename="../modules/ui/DeviationsPage.cpp" line="+176" />
        <source>Deviations</source>
        <translation>Deviations</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The incident reporting rules could not be read, so report deadlines are not shown: %1</source>
        <translation>The incident reporting rules could not be read, so report deadlines are not shown: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>deadlines not available</source>
        <translation>deadlines not available</translation>
    </message>
    <message>
        <location line="+51" />
        <source>None</source>
        <translation>None</translation>
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
        <translation>%1 (not in the risk file)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Choose a deviation in the register.</source>
        <translation>Choose a deviation in the register.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No deviations are recorded. Open one here, or from an alarm on the monitoring page.</source>
        <translation>No deviations are recorded. Open one here, or from an alarm on the monitoring page.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deviation %1, closed %2. A closed deviation is kept as it was; open a new one that refers to it if the matter returns.</source>
        <translation>Deviation %1, closed %2. A closed deviation is kept as it was; open a new one that refers to it if the matter returns.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deviation %1, opened %2 by %3</source>
        <translation>Deviation %1, opened %2 by %3</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Someone else changed deviation %1 after you opened it (%2). The form now shows the saved version; make your changes again.</source>
        <translation>Someone else changed deviation %1 after you opened it (%2). The form now shows the saved version; make your changes again.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Deviation %1 is saved.</source>
        <translation>Deviation %1 is saved.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Deviation %1 is closed.</source>
        <translation>Deviation %1 is closed.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Deviations and incidents</source>
        <translation>Deviations and incidents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every deviation is carried from discovery to a checked correction: what happened, why, what was corrected, and whether the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9). A serious incident also has reports to the authorities, each with its deadline (AI Act Art. 73, MDR Art. 87).</source>
        <translation>Every deviation is carried from discovery to a checked correction: what happened, why, what was corrected, and whether the correction worked (forskrift om ledelse og kvalitetsforbedring §§ 6–9). A serious incident also has reports to the authorities, each with its deadline (AI Act Art. 73, MDR Art. 87).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assess&amp;ment:</source>
        <translation>Assess&amp;ment:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ca&amp;use:</source>
        <translation>Ca&amp;use:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Co&amp;rrective action:</source>
        <translation>Co&amp;rrective action:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ha&amp;zard:</source>
        <translation>Ha&amp;zard:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;losing check:</source>
        <translation>C&amp;losing check:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New deviation…</source>
        <translation>&amp;New deviation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close deviation</source>
        <translation>&amp;Close deviation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saves the form and closes the deviation; the assessment, cause, corrective action and closing check must be written first.</source>
        <translation>Saves the form and closes the deviation; the assessment, cause, corrective action and closing check must be written first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Deviation register</source>
        <translation>Deviation register</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hazard of the risk management file this deviation touches; the risk page lists the deviations about each hazard (ISO 14971 clause 10).</source>
        <translation>The hazard of the risk management file this deviation touches; the risk page lists the deviations about each hazard (ISO 14971 clause 10).</translation>
    </message>
</context>
<context>
    <name>vv::ui::EngineConfigForm</name>
    <message>
        <location filename="../modules/ui/EngineConfigForm.cpp" line="+116" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+132" />
        <source>Give the name of an environment variable that holds the key, not the key itself.</source>
        <translation>Give the name of an environment variable that holds the key, not the key itself.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the name of a keychain entry that holds the key (veiviser-cli secret set).</source>
        <translation>Give the name of a keychain entry that holds the key (veiviser-cli secret set).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The key is read from the environment variable %1 when the run starts; it is never stored in the project.</source>
        <translation>The key is read from the environment variable %1 when the run starts; it is never stored in the project.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The environment variable %1 is not set for Veiviser; set it before starting Veiviser, or the run goes without a key.</source>
        <translation>The environment variable %1 is not set for Veiviser; set it before starting Veiviser, or the run goes without a key.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The key is read from the keychain entry %1 when the run starts; it is never stored in the project.</source>
        <translation>The key is read from the keychain entry %1 when the run starts; it is never stored in the project.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Looking for the keychain entry %1…</source>
        <translation>Looking for the keychain entry %1…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The keychain entry %1 exists; the key is read from it when the run starts and is never stored in the project.</source>
        <translation>The keychain entry %1 exists; the key is read from it when the run starts and is never stored in the project.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no keychain entry %1. Store the key with: veiviser-cli secret set %1</source>
        <translation>There is no keychain entry %1. Store the key with: veiviser-cli secret set %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Setting %1 (%2)</source>
        <translation>Setting %1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>used for this run only; never stored</source>
        <translation>used for this run only; never stored</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the keychain entry for %1 exists</source>
        <translation>Check that the keychain entry for %1 exists</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose a file for %1</source>
        <translation>Choose a file for %1</translation>
    </message>
</context>
<context>
    <name>vv::ui::EngineListModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="+145" />
        <source>%1 (cannot be used)</source>
        <translation>%1 (cannot be used)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 (not installed)</source>
        <translation>%1 %2 (not installed)</translation>
    </message>
</context>
<context>
    <name>vv::ui::EngineRunDialog</name>
    <message>
        <location filename="../modules/ui/EngineRunDialog.cpp" line="+226" />
        <location line="+399" />
        <source>(no suite)</source>
        <translation>(no suite)</translation>
    </message>
    <message>
        <location line="-383" />
        <source>%1 (other file)</source>
        <translation>%1 (other file)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Choose a test suite</source>
        <translation>Choose a test suite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test suites (*.yaml *.yml);;All files (*)</source>
        <translation>Test suites (*.yaml *.yml);;All files (*)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Test run %1 cannot be resumed: it is completed, has no cases left to run, is an import (start a new one), or its engine %2 is missing or does not resume runs.</source>
        <translation>Test run %1 cannot be resumed: it is completed, has no cases left to run, is an import (start a new one), or its engine %2 is missing or does not resume runs.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Resuming test run %1 (%2 of %3 cases done): the finished cases are not run again. The settings must be the ones the run started with; secret values must be typed again.</source>
        <translation>Resuming test run %1 (%2 of %3 cases done): the finished cases are not run again. The settings must be the ones the run started with; secret values must be typed again.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The run used the suite %1; choose that file with Other file….</source>
        <translation>The run used the suite %1; choose that file with Other file….</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Resume run</source>
        <translation>&amp;Resume run</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+16" />
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not graded</source>
        <translation>not graded</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Open a project first: the run is stored in it.</source>
        <translation>Open a project first: the run is stored in it.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose an engine that can run.</source>
        <translation>Choose an engine that can run.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Cancelling… the finished cases stay stored.</source>
        <translation>Cancelling… the finished cases stay stored.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>about %1 min %2 s left</source>
        <translation>about %1 min %2 s left</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Test run %1 was cancelled. The finished cases are stored; resume it from the list of test runs.</source>
        <translation>Test run %1 was cancelled. The finished cases are stored; resume it from the list of test runs.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test run %1 stopped: %2 The finished cases are stored; resume it from the list of test runs.</source>
        <translation>Test run %1 stopped: %2 The finished cases are stored; resume it from the list of test runs.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Test run %1 stopped and cannot be resumed: %2</source>
        <translation>Test run %1 stopped and cannot be resumed: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The run was cancelled before it started; nothing was stored.</source>
        <translation>The run was cancelled before it started; nothing was stored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Test run %1 is stored, but filing it as evidence failed: %2</source>
        <translation>Test run %1 is stored, but filing it as evidence failed: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Test run %1 (%2 %3): %4.</source>
        <translation>Test run %1 (%2 %3): %4.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 passed, %2 failed and %3 errored of %4 cases.</source>
        <translation>%1 passed, %2 failed and %3 errored of %4 cases.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The failures came from the endpoint (no usable answer), not from the tests.</source>
        <translation>The failures came from the endpoint (no usable answer), not from the tests.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The failures came from the tests: the endpoint answered, and the answers did not pass.</source>
        <translation>The failures came from the tests: the endpoint answered, and the answers did not pass.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The failures came both from the endpoint (no usable answer) and from the tests.</source>
        <translation>The failures came both from the endpoint (no usable answer) and from the tests.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filed as evidence %1, linked to %2.</source>
        <translation>Filed as evidence %1, linked to %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Run an evaluation engine</source>
        <translation>Run an evaluation engine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evaluation engines</source>
        <translation>Evaluation engines</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test &amp;suite:</source>
        <translation>Test &amp;suite:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test suite</source>
        <translation>Test suite</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Other file…</source>
        <translation>&amp;Other file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose another test suite file</source>
        <translation>Choose another test suite file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run log</source>
        <translation>Run log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each case is listed here as it finishes.</source>
        <translation>Each case is listed here as it finishes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary of the run</source>
        <translation>Summary of the run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Metrics of the run</source>
        <translation>Metrics of the run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceLinkEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+56" />
        <source>link to “%1”</source>
        <translation>link to “%1”</translation>
    </message>
    <message>
        <location line="+0" />
        <source>removed link to “%1”</source>
        <translation>removed link to “%1”</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceListModel</name>
    <message>
        <location filename="../modules/ui/RequirementModels.cpp" line="+192" />
        <source>linked directly</source>
        <translation>linked directly</translation>
    </message>
    <message>
        <location line="+2" />
        <source>through the crosswalk, from “%1”</source>
        <translation>through the crosswalk, from “%1”</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How it counts</source>
        <translation>How it counts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceMetadataEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+21" />
        <source>change to evidence “%1”</source>
        <translation>change to evidence “%1”</translation>
    </message>
    <message>
        <location line="+14" />
        <source>no project is open</source>
        <translation>no project is open</translation>
    </message>
    <message>
        <location line="+6" />
        <source>evidence “%1” was changed by someone else in the meantime</source>
        <translation>evidence “%1” was changed by someone else in the meantime</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload to see their change, then make yours again.</source>
        <translation>Reload to see their change, then make yours again.</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceModel</name>
    <message>
        <location filename="../modules/ui/EvidenceModel.cpp" line="+59" />
        <source>Identity numbers (confirmed)</source>
        <translation>Identity numbers (confirmed)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Identity numbers</source>
        <translation>Identity numbers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Older system version</source>
        <translation>Older system version</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 (imported from %2)</source>
        <translation>%1 (imported from %2)</translation>
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
            <numerusform>Holds %n identity number; it cannot go into a package until someone confirms it.</numerusform>
            <numerusform>Holds %n identity numbers; it cannot go into a package until someone confirms it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidencePage</name>
    <message>
        <location filename="../modules/ui/EvidencePage.cpp" line="+187" />
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importing %1 (%2 of %3)</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Evidence library</source>
        <translation>Evidence library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop files or folders here to add them, or use the buttons. Each file is stored once in the project, checked for identity numbers, and can be linked to the requirements it supports.</source>
        <translation>Drop files or folders here to add them, or use the buttons. Each file is stored once in the project, checked for identity numbers, and can be linked to the requirements it supports.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the evidence list</source>
        <translation>Filter the evidence list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence list</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;quirements</source>
        <translation>Re&amp;quirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.ui" line="+32" />
        <source>Confirm for packa&amp;ges…</source>
        <translation>Confirm for packa&amp;ges…</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Record why this item may be shared although it holds identity numbers.</source>
        <translation>Record why this item may be shared although it holds identity numbers.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Re&amp;view state:</source>
        <translation>Re&amp;view state:</translation>
    </message>
    <message>
        <location line="+43" />
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Revie&amp;wer:</source>
        <translation>Revie&amp;wer:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Effective fro&amp;m:</source>
        <translation>Effective fro&amp;m:</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.cpp" line="-11" />
        <source>Add fi&amp;les…</source>
        <translation>Add fi&amp;les…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.ui" line="-60" />
        <source>Des&amp;cription:</source>
        <translation>Des&amp;cription:</translation>
    </message>
    <message>
        <location line="+94" />
        <source>Exp&amp;ires:</source>
        <translation>Exp&amp;ires:</translation>
    </message>
    <message>
        <location line="+34" />
        <source>S&amp;ystem version:</source>
        <translation>S&amp;ystem version:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="-189" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+22" />
        <source>System version the evidence concerns</source>
        <translation>System version the evidence concerns</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-98" />
        <source>Has an effective date</source>
        <translation>Has an effective date</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Has an expiry date</source>
        <translation>Has an expiry date</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The version of the AI system this evidence concerns. Evidence for an older version than the project's is flagged.</source>
        <translation>The version of the AI system this evidence concerns. Evidence for an older version than the project's is flagged.</translation>
    </message>
    <message>
        <location filename="../modules/ui/EvidencePage.cpp" line="+15" />
        <source>Linked requirements</source>
        <translation>Linked requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement to link, by title or URN</source>
        <translation>Requirement to link, by title or URN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search by title, such as "oversight", or give a URN</source>
        <translation>Search by title, such as "oversight", or give a URN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove li&amp;nk</source>
        <translation>Remove li&amp;nk</translation>
    </message>
    <message>
        <location line="+165" />
        <source>%1, %2, imported %3 (SHA-256 %4)</source>
        <translation>%1, %2, imported %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not checked for identity numbers (not text)</source>
        <translation>not checked for identity numbers (not text)</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Holds %n Norwegian identity number(s)</source>
        <translation>
            <numerusform>Holds %n Norwegian identity number</numerusform>
            <numerusform>Holds %n Norwegian identity numbers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>on line(s) %1</source>
        <translation>on line(s) %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(also in the file name)</source>
        <translation>(also in the file name)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 confirmed on %2 that it may go into packages: %3</source>
        <translation>%1 confirmed on %2 that it may go into packages: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It cannot go into a package until someone confirms why it may be shared.</source>
        <translation>It cannot go into a package until someone confirms why it may be shared.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Its expiry date %1 has passed.</source>
        <translation>Its expiry date %1 has passed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It concerns version %1 of the AI system, older than the project's current version.</source>
        <translation>It concerns version %1 of the AI system, older than the project's current version.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Through the crosswalk this evidence also counts towards: %1</source>
        <translation>Through the crosswalk this evidence also counts towards: %1</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Your change was not saved. Apply your change on top of theirs?</source>
        <translation>Your change was not saved. Apply your change on top of theirs?</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+14" />
        <location line="+9" />
        <source>select an evidence item first</source>
        <translation>select an evidence item first</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Confirm sharing of identity numbers</source>
        <translation>Confirm sharing of identity numbers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This item holds Norwegian identity numbers. Packages are sent outside the project, so say why it may be shared anyway (for example: the numbers are synthetic test identities, or the recipient has a legal basis). Your name, the time and the reason are recorded in the audit log.</source>
        <translation>This item holds Norwegian identity numbers. Packages are sent outside the project, so say why it may be shared anyway (for example: the numbers are synthetic test identities, or the recipient has a legal basis). Your name, the time and the reason are recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Remove evidence</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove '%1' from the evidence library? Its links to requirements are removed too; the removal is recorded in the audit log.</source>
        <translation>Remove '%1' from the evidence library? Its links to requirements are removed too; the removal is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also erase the stored content (for example when it holds personal data)</source>
        <translation>Also erase the stored content (for example when it holds personal data)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Preparing the import…</source>
        <translation>Preparing the import…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The import was cancelled; nothing was added.</source>
        <translation>The import was cancelled; nothing was added.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Added %n new item(s)</source>
        <translation>
            <numerusform>Added %n new item</numerusform>
            <numerusform>Added %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) were in the library already</source>
        <translation>
            <numerusform>%n file was in the library already</numerusform>
            <numerusform>%n files were in the library already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them hold Norwegian identity numbers and need a confirmation before they can go into a package.</source>
        <translation>
            <numerusform>%n of them holds Norwegian identity numbers and needs a confirmation before it can go into a package.</numerusform>
            <numerusform>%n of them hold Norwegian identity numbers and need a confirmation before they can go into a package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them are empty (0 bytes).</source>
        <translation>
            <numerusform>%n of them is empty (0 bytes).</numerusform>
            <numerusform>%n of them are empty (0 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add evidence files</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add a folder of evidence</source>
        <translation>Add a folder of evidence</translation>
    </message>
</context>
<context>
    <name>vv::ui::EvidenceViewer</name>
    <message>
        <location filename="../modules/ui/EvidenceViewer.cpp" line="+286" />
        <source>Highlighted as %1</source>
        <translation>Highlighted as %1</translation>
    </message>
    <message>
        <location line="-197" />
        <source>Content of the evidence item</source>
        <translation>Content of the evidence item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table view of the evidence item</source>
        <translation>Table view of the evidence item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Image of the evidence item</source>
        <translation>Image of the evidence item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF view of the evidence item</source>
        <translation>PDF view of the evidence item</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview notice</source>
        <translation>Preview notice</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Select an item to see its content.</source>
        <translation>Select an item to see its content.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>There is no preview for this kind of file (%1). Export it to open it in another program.</source>
        <translation>There is no preview for this kind of file (%1). Export it to open it in another program.</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Showing the first %n row(s) of %1. Export the item to see all of it.</source>
        <translation>
            <numerusform>Showing the first row of %1. Export the item to see all of it.</numerusform>
            <numerusform>Showing the first %n rows of %1. Export the item to see all of it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>This image (%1) is too large to show here. Export it to open it in another program.</source>
        <translation>This image (%1) is too large to show here. Export it to open it in another program.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This image cannot be shown: %1</source>
        <translation>This image cannot be shown: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This PDF (%1) is too large to show here. Export it to open it in another program.</source>
        <translation>This PDF (%1) is too large to show here. Export it to open it in another program.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This PDF cannot be shown (it may be damaged or protected by a password).</source>
        <translation>This PDF cannot be shown (it may be damaged or protected by a password).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Showing the first %1 of %2. Export the item to see all of it.</source>
        <translation>Showing the first %1 of %2. Export the item to see all of it.</translation>
    </message>
</context>
<context>
    <name>vv::ui::FileDialogs</name>
    <message>
        <location filename="../modules/ui/FileDialogs.cpp" line="+39" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1 is a Veiviser project, and a project is never replaced. Choose another name.</source>
        <translation>%1 is a Veiviser project, and a project is never replaced. Choose another name.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
</context>
<context>
    <name>vv::ui::GsprModel</name>
    <message>
        <location filename="../modules/ui/GsprModel.cpp" line="+142" />
        <source>whether it applies</source>
        <translation>whether it applies</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the reason</source>
        <translation>the reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the method</source>
        <translation>the method</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the evidence</source>
        <translation>the evidence</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lacks %1</source>
        <translation>Lacks %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Changed, not saved</source>
        <translation>Changed, not saved</translation>
    </message>
    <message>
        <location line="+16" />
        <location filename="../modules/ui/GsprPage.cpp" line="+39" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../modules/ui/GsprPage.cpp" line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../modules/ui/GsprPage.cpp" line="-2" />
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location line="+5" />
        <source>#%1 (not in the project)</source>
        <translation>#%1 (not in the project)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement (MDR Annex I)</source>
        <translation>Requirement (MDR Annex I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why not (Bokmål)</source>
        <translation>Why not (Bokmål)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why not (English)</source>
        <translation>Why not (English)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How conformity is shown (Bokmål)</source>
        <translation>How conformity is shown (Bokmål)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How conformity is shown (English)</source>
        <translation>How conformity is shown (English)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controlled document</source>
        <translation>Controlled document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../modules/ui/GsprPage.cpp" line="+4" />
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>vv::ui::GsprPage</name>
    <message>
        <location line="+104" />
        <location line="+22" />
        <source>GSPR checklist</source>
        <translation>GSPR checklist</translation>
    </message>
    <message>
        <location line="-10" />
        <source>GSPR checklist (MDR Annex II 4)</source>
        <translation>GSPR checklist (MDR Annex II 4)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For every general safety and performance requirement of MDR Annex I: whether it applies to the device and, if not, why; how conformity is shown; the harmonised standards or common specifications applied; and the evidence item that is the controlled document proving it. The MDR technical file prints the table. Double-click a cell to edit it.</source>
        <translation>For every general safety and performance requirement of MDR Annex I: whether it applies to the device and, if not, why; how conformity is shown; the harmonised standards or common specifications applied; and the evidence item that is the controlled document proving it. The MDR technical file prints the table. Double-click a cell to edit it.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only points that &amp;lack something</source>
        <translation>Only points that &amp;lack something</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ave</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save every changed cell (%1)</source>
        <translation>Save every changed cell (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;vert</source>
        <translation>Re&amp;vert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forget the changes and show the saved checklist</source>
        <translation>Forget the changes and show the saved checklist</translation>
    </message>
    <message>
        <location line="+74" />
        <source>The GSPR checklist is the manufacturer's duty (MDR Art. 10(4) and Annex II); a project that only deploys the device does not need it.</source>
        <translation>The GSPR checklist is the manufacturer's duty (MDR Art. 10(4) and Annex II); a project that only deploys the device does not need it.</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%1 of %n point(s) complete</source>
        <translation>
            <numerusform>%1 of %n point complete</numerusform>
            <numerusform>%1 of %n points complete</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Saved %n change(s).</source>
        <translation>
            <numerusform>Saved %n change.</numerusform>
            <numerusform>Saved %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unsaved GSPR checklist</source>
        <translation>Unsaved GSPR checklist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The GSPR checklist has changes that are not saved. Save them before leaving the page?</source>
        <translation>The GSPR checklist has changes that are not saved. Save them before leaving the page?</translation>
    </message>
</context>
<context>
    <name>vv::ui::HazardEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+14" />
        <source>no project is open</source>
        <translation>no project is open</translation>
    </message>
    <message>
        <location line="+14" />
        <source>new hazard %1</source>
        <translation>new hazard %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>removed hazard %1</source>
        <translation>removed hazard %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change to hazard %1</source>
        <translation>change to hazard %1</translation>
    </message>
</context>
<context>
    <name>vv::ui::HazardListModel</name>
    <message>
        <location filename="../modules/ui/RiskModels.cpp" line="-139" />
        <source>%1 (S%2 × P%3)</source>
        <translation>%1 (S%2 × P%3)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not estimated</source>
        <translation>not estimated</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1
Situation: %2
Harm: %3</source>
        <translation>%1
Situation: %2
Harm: %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before controls</source>
        <translation>Before controls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After controls</source>
        <translation>After controls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Controls</source>
        <translation>Controls</translation>
    </message>
</context>
<context>
    <name>vv::ui::IngestDialog</name>
    <message>
        <location filename="../modules/ui/IngestDialog.cpp" line="+210" />
        <source>Production data</source>
        <translation>Production data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+1" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Ingest production data</source>
        <translation>Ingest production data</translation>
    </message>
    <message>
        <location line="-152" />
        <source>Reading the query's columns…</source>
        <translation>Reading the query's columns…</translation>
    </message>
    <message>
        <location line="+153" />
        <source>Each row is one prediction: when it was made, the outcome once known (empty until then) and the risk score, from a CSV file or a query on the hospital's database. With a row id, a later file or query fills in outcomes that arrive late. Ingesting the same rows again changes nothing.</source>
        <translation>Each row is one prediction: when it was made, the outcome once known (empty until then) and the risk score, from a CSV file or a query on the hospital's database. With a row id, a later file or query fills in outcomes that arrive late. Ingesting the same rows again changes nothing.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Risk score:</source>
        <translation>&amp;Risk score:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Row &amp;id:</source>
        <translation>Row &amp;id:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>F&amp;eatures:</source>
        <translation>F&amp;eatures:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A CSV file</source>
        <translation>A CSV file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A query on the hospital's PostgreSQL database</source>
        <translation>A query on the hospital's PostgreSQL database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD. The query runs read-only.</source>
        <translation>The password comes from the keychain ('veiviser-cli secret set --database ADDRESS'), PGPASSFILE or PGPASSWORD. The query runs read-only.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read the co&amp;lumns</source>
        <translation>Read the co&amp;lumns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQL query</source>
        <translation>SQL query</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Decimal comma (0,25)</source>
        <translation>&amp;Decimal comma (0,25)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Feature columns</source>
        <translation>Feature columns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I&amp;ngest</source>
        <translation>I&amp;ngest</translation>
    </message>
</context>
<context>
    <name>vv::ui::KeyPairDialog</name>
    <message>
        <location filename="../modules/ui/SigningKeys.cpp" line="+29" />
        <source>Passphrase for the signing key</source>
        <translation>Passphrase for the signing key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The signing key %1 is protected by a passphrase. Passphrase:</source>
        <translation>The signing key %1 is protected by a passphrase. Passphrase:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Create key pair</source>
        <translation>&amp;Create key pair</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create a key pair</source>
        <translation>Create a key pair</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+34" />
        <source>Folder for the key pair</source>
        <translation>Folder for the key pair</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional, but recommended</source>
        <translation>optional, but recommended</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key signs your packages and review files; keep it to yourself. The public key is what you give to those who check them, and its fingerprint is what you read out to them.</source>
        <translation>The private key signs your packages and review files; keep it to yourself. The public key is what you give to those who check them, and its fingerprint is what you read out to them.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the folder for the key pair</source>
        <translation>Choose the folder for the key pair</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Choose a folder for the key pair.</source>
        <translation>Choose a folder for the key pair.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This folder holds a key pair already; choose another folder.</source>
        <translation>This folder holds a key pair already; choose another folder.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Without a passphrase, anyone who can read the private key file can sign in your name.</source>
        <translation>Without a passphrase, anyone who can read the private key file can sign in your name.</translation>
    </message>
</context>
<context>
    <name>vv::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/MainWindow.cpp" line="+99" />
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+358" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a package for re&amp;view…</source>
        <translation>Open a package for re&amp;view…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;portfolio…</source>
        <translation>Open &amp;portfolio…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close project</source>
        <translation>&amp;Close project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move between navigator and page</source>
        <translation>Move between navigator and page</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Veiviser</source>
        <translation>&amp;About Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 – system version %2 – Veiviser</source>
        <translation>%1 – system version %2 – Veiviser</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(no recent projects)</source>
        <translation>(no recent projects)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser);;All files (*)</source>
        <translation>Veiviser projects (*.veiviser);;All files (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open portfolio: a folder of projects</source>
        <translation>Open portfolio: a folder of projects</translation>
    </message>
</context>
<context>
    <name>vv::ui::MessageBar</name>
    <message>
        <location filename="../modules/ui/MessageBar.cpp" line="+25" />
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
</context>
<context>
    <name>vv::ui::MetricsCharts</name>
    <message>
        <location filename="../modules/ui/MetricsCharts.cpp" line="+36" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+47" />
        <source>ROC curve: AUROC %1 (%2 to %3)</source>
        <translation>ROC curve: AUROC %1 (%2 to %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 − specificity (false positive rate)</source>
        <translation>1 − specificity (false positive rate)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity (true positive rate)</source>
        <translation>Sensitivity (true positive rate)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No discrimination</source>
        <translation>No discrimination</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+71" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Calibration: %1</source>
        <translation>Calibration: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Calibration: intercept %1, slope %2, ECE %3</source>
        <translation>Calibration: intercept %1, slope %2, ECE %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predicted risk</source>
        <translation>Predicted risk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Observed proportion</source>
        <translation>Observed proportion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Logistic recalibration</source>
        <translation>Logistic recalibration</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Risk groups (tenths), with 95 % intervals</source>
        <translation>Risk groups (tenths), with 95 % intervals</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Decision curve: %1</source>
        <translation>Decision curve: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Decision curve (net benefit)</source>
        <translation>Decision curve (net benefit)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Threshold probability</source>
        <translation>Threshold probability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Net benefit</source>
        <translation>Net benefit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Treat none</source>
        <translation>Treat none</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Treat all</source>
        <translation>Treat all</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Distribution of predicted risk by outcome</source>
        <translation>Distribution of predicted risk by outcome</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With the outcome (%)</source>
        <translation>With the outcome (%)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Without the outcome (%)</source>
        <translation>Without the outcome (%)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Predicted risk (lower bound of each bin)</source>
        <translation>Predicted risk (lower bound of each bin)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Share of the outcome group (%)</source>
        <translation>Share of the outcome group (%)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ROC curve</source>
        <translation>ROC curve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Decision curve</source>
        <translation>Decision curve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk distribution</source>
        <translation>Risk distribution</translation>
    </message>
    <message>
        <location line="+36" />
        <source>charts are exported as .png or .svg, not '%1'</source>
        <translation>charts are exported as .png or .svg, not '%1'</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+11" />
        <location line="+4" />
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+11" />
        <location line="+4" />
        <source>Check that the folder is writable.</source>
        <translation>Check that the folder is writable.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Made by Veiviser from a clinical validation run.</source>
        <translation>Made by Veiviser from a clinical validation run.</translation>
    </message>
</context>
<context>
    <name>vv::ui::MetricsTableModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="+93" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confidence interval</source>
        <translation>Confidence interval</translation>
    </message>
</context>
<context>
    <name>vv::ui::MonitoringChart</name>
    <message>
        <location filename="../modules/ui/MonitoringChart.cpp" line="+91" />
        <source>%1 per window</source>
        <translation>%1 per window</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1: no window has enough data yet</source>
        <translation>%1: no window has enough data yet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>d MMM</source>
        <extracomment>The date format of the monitoring chart's time axis (QDateTime::toString; month names are English).</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 % interval</source>
        <translation>%1 % interval</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Lower limit %1</source>
        <translation>Lower limit %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upper limit %1</source>
        <translation>Upper limit %1</translation>
    </message>
</context>
<context>
    <name>vv::ui::MonitoringPage</name>
    <message>
        <location filename="../modules/ui/MonitoringPage.cpp" line="+223" />
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Computing the monitoring status…</source>
        <translation>Computing the monitoring status…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The computation was cancelled; the table shows the status computed before.</source>
        <translation>The computation was cancelled; the table shows the status computed before.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The monitoring status could not be computed: %1</source>
        <translation>The monitoring status could not be computed: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Plan version %1 is in force, but no production data is stored yet. Feed it with Ingest production data, or with veiviser-cli monitor ingest (docs/monitoring.md).</source>
        <translation>Plan version %1 is in force, but no production data is stored yet. Feed it with Ingest production data, or with veiviser-cli monitor ingest (docs/monitoring.md).</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Plan version %1, %2 windows, %n open alarm(s).</source>
        <translation>
            <numerusform>Plan version %1, %2 windows, %n open alarm.</numerusform>
            <numerusform>Plan version %1, %2 windows, %n open alarms.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12" />
        <source>&lt;p&gt;&lt;b&gt;This project has no monitoring plan yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Write the plan (the measures and their limits, the window and the baseline) with &lt;b&gt;Edit the plan&lt;/b&gt;, which checks it as you type, or as a YAML file, as docs/monitoring.md describes, stored in the project with&lt;/p&gt;&lt;pre&gt;veiviser-cli monitor plan %1 --from PLAN.yaml&lt;/pre&gt;&lt;p&gt;Then feed the production data with &lt;b&gt;Ingest production data&lt;/b&gt; or &lt;code&gt;veiviser-cli monitor ingest&lt;/code&gt;. This page shows the status as soon as a plan is stored.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;This project has no monitoring plan yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Write the plan (the measures and their limits, the window and the baseline) with &lt;b&gt;Edit the plan&lt;/b&gt;, which checks it as you type, or as a YAML file, as docs/monitoring.md describes, stored in the project with&lt;/p&gt;&lt;pre&gt;veiviser-cli monitor plan %1 --from PLAN.yaml&lt;/pre&gt;&lt;p&gt;Then feed the production data with &lt;b&gt;Ingest production data&lt;/b&gt; or &lt;code&gt;veiviser-cli monitor ingest&lt;/code&gt;. This page shows the status as soon as a plan is stored.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1: %2 is %3, beyond its limit %4</source>
        <translation>%1: %2 is %3, beyond its limit %4</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: the %2 chart of %3 signals (%4, limit %5)</source>
        <translation>%1: the %2 chart of %3 signals (%4, limit %5)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open &amp;alarms:</source>
        <translation>Open &amp;alarms:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No open &amp;alarms.</source>
        <translation>No open &amp;alarms.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Monitoring plan version %1 is stored. Windows judged before keep the version they were judged by.</source>
        <translation>Monitoring plan version %1 is stored. Windows judged before keep the version they were judged by.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Ingesting the rows of the query on %1…</source>
        <translation>Ingesting the rows of the query on %1…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingesting %1…</source>
        <translation>Ingesting %1…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The ingest was cancelled; nothing was stored.</source>
        <translation>The ingest was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The production data could not be ingested: %1</source>
        <translation>The production data could not be ingested: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read %1 rows: %2 new, %3 outcomes filled in, %4 unchanged.</source>
        <translation>Read %1 rows: %2 new, %3 outcomes filled in, %4 unchanged.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 beyond its limit in %2</source>
        <translation>%1 beyond its limit in %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The deviation is linked to the alarm "%1", which counts as handled once the deviation is opened; the deviation is where it is followed up.</source>
        <translation>The deviation is linked to the alarm "%1", which counts as handled once the deviation is opened; the deviation is where it is followed up.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The deviation could not be opened: %1</source>
        <translation>The deviation could not be opened: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Deviation %1 is opened and the alarm is acknowledged in it. Write its assessment, cause and correction on the deviations page.</source>
        <translation>Deviation %1 is opened and the alarm is acknowledged in it. Write its assessment, cause and correction on the deviations page.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Monitoring after go-live</source>
        <translation>Monitoring after go-live</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each window of production data measured with the same methods as the validation, and held to the limits of the monitoring plan. An alarm needs the whole confidence interval beyond a limit; an interval that straddles a limit is a warning (AI Act Art. 26(5) and 72, MDR Art. 83–86).</source>
        <translation>Each window of production data measured with the same methods as the validation, and held to the limits of the monitoring plan. An alarm needs the whole confidence interval beyond a limit; an interval that straddles a limit is a warning (AI Act Art. 26(5) and 72, MDR Art. 83–86).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Read predictions and outcomes from a CSV file or a database query, as veiviser-cli monitor ingest does.</source>
        <translation>Read predictions and outcomes from a CSV file or a database query, as veiviser-cli monitor ingest does.</translation>
    </message>
    <message>
        <location line="-226" />
        <source>PROJECT.veiviser</source>
        <translation>PROJECT.veiviser</translation>
    </message>
    <message>
        <location line="+220" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a &amp;deviation…</source>
        <translation>Open a &amp;deviation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the &amp;plan…</source>
        <translation>Edit the &amp;plan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the monitoring plan, checked as you type; saving stores a new version.</source>
        <translation>Write the monitoring plan, checked as you type; saving stores a new version.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ingest production data…</source>
        <translation>&amp;Ingest production data…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Follow the selected alarm up as a deviation; opening it acknowledges the alarm.</source>
        <translation>Follow the selected alarm up as a deviation; opening it acknowledges the alarm.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Monitoring windows</source>
        <translation>Monitoring windows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open alarms</source>
        <translation>Open alarms</translation>
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
        <translation>The plan is valid.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>&amp;Problems (%n), each with its line and column:</source>
        <translation>
            <numerusform>&amp;Problem (%n), with its line and column:</numerusform>
            <numerusform>&amp;Problems (%n), each with its line and column:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44" />
        <source>Monitoring plan</source>
        <translation>Monitoring plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The window, the baseline and the measures with their limits, in YAML (docs/monitoring.md). Saving stores a new plan version; windows judged before keep the version they were judged by.</source>
        <translation>The window, the baseline and the measures with their limits, in YAML (docs/monitoring.md). Saving stores a new plan version; windows judged before keep the version they were judged by.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Monitoring plan (YAML)</source>
        <translation>Monitoring plan (YAML)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Problems in the plan</source>
        <translation>Problems in the plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save as a new version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
</context>
<context>
    <name>vv::ui::MonitoringWindowModel</name>
    <message>
        <location filename="../modules/ui/MonitoringModels.cpp" line="+16" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+18" />
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration intercept</source>
        <translation>Calibration intercept</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration slope</source>
        <translation>Calibration slope</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O/E ratio</source>
        <translation>O/E ratio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Brier score</source>
        <translation>Brier score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prevalence</source>
        <translation>Prevalence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specificity</source>
        <translation>Specificity</translation>
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
        <translation>Alert rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mean risk</source>
        <translation>Mean risk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+20" />
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1: within the limits.</source>
        <translation>%1: within the limits.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: the interval straddles the limit %2.</source>
        <translation>%1: the interval straddles the limit %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: the interval straddles a limit.</source>
        <translation>%1: the interval straddles a limit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: beyond the limit %2 with the whole interval.</source>
        <translation>%1: beyond the limit %2 with the whole interval.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: beyond a limit with the whole interval.</source>
        <translation>%1: beyond a limit with the whole interval.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>not in this window's plan</source>
        <translation>not in this window's plan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Judged by plan version %1</source>
        <translation>Judged by plan version %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (baseline)</source>
        <translation>%1 (baseline)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With outcome</source>
        <translation>With outcome</translation>
    </message>
</context>
<context>
    <name>vv::ui::Navigator</name>
    <message>
        <location filename="../modules/ui/Navigator.cpp" line="+181" />
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Requirements that apply</source>
        <translation>Requirements that apply</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open requirements</source>
        <translation>Open requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lacking evidence</source>
        <translation>Lacking evidence</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Needs review after a pack update</source>
        <translation>Needs review after a pack update</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show in the navigator</source>
        <translation>Show in the navigator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project, its pages, and the requirements of each guidance pack</source>
        <translation>The project, its pages, and the requirements of each guidance pack</translation>
    </message>
</context>
<context>
    <name>vv::ui::NavigatorModel</name>
    <message>
        <location filename="../modules/ui/NavigatorModel.cpp" line="+321" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <location line="+31" />
        <source>%n of %1 requirement(s) that apply are done</source>
        <translation>
            <numerusform>%n of %1 requirements that apply is done</numerusform>
            <numerusform>%n of %1 requirements that apply are done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n not yet known</source>
        <translation>
            <numerusform>%n not yet known</numerusform>
            <numerusform>%n not yet known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n need(s) review after a pack update</source>
        <translation>
            <numerusform>%n needs review after a pack update</numerusform>
            <numerusform>%n need review after a pack update</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>no evidence yet</source>
        <translation>no evidence yet</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>stale evidence</source>
        <translation>stale evidence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs review after a pack update</source>
        <translation>needs review after a pack update</translation>
    </message>
</context>
<context>
    <name>vv::ui::NewProjectDialog</name>
    <message>
        <location filename="../modules/ui/NewProjectDialog.cpp" line="+24" />
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version</source>
        <translation>System version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for example: Sepsis risk model, Ward 4</source>
        <translation>for example: Sepsis risk model, Ward 4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System &amp;version:</source>
        <translation>System &amp;version:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Save new project as</source>
        <translation>Save new project as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser)</source>
        <translation>Veiviser projects (*.veiviser)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Give the project a name.</source>
        <translation>Give the project a name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the project file.</source>
        <translation>Choose where to save the project file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A file with this name already exists; choose another.</source>
        <translation>A file with this name already exists; choose another.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 will be created.</source>
        <translation>The folder %1 will be created.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The folder %1 cannot be created; choose another.</source>
        <translation>The folder %1 cannot be created; choose another.</translation>
    </message>
</context>
<context>
    <name>vv::ui::OpenDeviationDialog</name>
    <message>
        <location filename="../modules/ui/OpenDeviationDialog.cpp" line="+20" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Open a deviation</source>
        <translation>Open a deviation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Who follows it up</source>
        <translation>Who follows it up</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open deviation</source>
        <translation>Open deviation</translation>
    </message>
</context>
<context>
    <name>vv::ui::OutcomeCard</name>
    <message>
        <location filename="../modules/ui/ClassificationPage.cpp" line="-277" />
        <source>Its conditions are not answered yet.</source>
        <translation>Its conditions are not answered yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>All %n conditions are met.</source>
        <translation>
            <numerusform>The %n condition is met.</numerusform>
            <numerusform>All %n conditions are met.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conditions not met:</source>
        <translation>Conditions not met:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>(needs review after a pack update)</source>
        <translation>(needs review after a pack update)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show reasons</source>
        <translation>Show reasons</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the reasons for %1</source>
        <translation>Show the reasons for %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer it</source>
        <translation>Answer it</translation>
    </message>
</context>
<context>
    <name>vv::ui::OutcomeModel</name>
    <message>
        <location filename="../modules/ui/OutcomeModel.cpp" line="+60" />
        <source>%1 (needs review)</source>
        <translation>%1 (needs review)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackPage</name>
    <message>
        <location filename="../modules/ui/PackPage.cpp" line="+90" />
        <source>Guidance pack</source>
        <translation>Guidance pack</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Guidance pack %1, version %2</source>
        <translation>Guidance pack %1, version %2</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 of %2 requirements that apply are done; %3 do not apply</source>
        <translation>%1 of %2 requirements that apply are done; %3 do not apply</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%n not yet known</source>
        <translation>
            <numerusform>%n not yet known</numerusform>
            <numerusform>%n not yet known</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Applies in the EU from:</source>
        <translation>Applies in the EU from:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Applies in Norway from:</source>
        <translation>Applies in Norway from:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet decided</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Agencies:</source>
        <translation>Agencies:</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Requirements</source>
        <translation>&amp;Requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About the guidance pack</source>
        <translation>About the guidance pack</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackageDiffModel</name>
    <message>
        <location filename="../modules/ui/PackageDiffModel.cpp" line="+28" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Guidance packs</source>
        <translation>Guidance packs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Requirement statuses</source>
        <translation>Requirement statuses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test runs</source>
        <translation>Test runs</translation>
    </message>
    <message>
        <location line="+7" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackageDocumentWindow</name>
    <message>
        <location filename="../modules/ui/ReviewPanel.cpp" line="+363" />
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open in another &amp;program</source>
        <translation>Open in another &amp;program</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the document in the desktop's program for it</source>
        <translation>Open the document in the desktop's program for it</translation>
    </message>
</context>
<context>
    <name>vv::ui::PackagesPage</name>
    <message>
        <location filename="../modules/ui/PackagesPage.cpp" line="+173" />
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>PEM keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The older package</source>
        <translation>The older package</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The newer package</source>
        <translation>The newer package</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Made a key pair; packages are now signed with %1. Give the public key %2 to those who check your packages, and read its fingerprint out to them: %3</source>
        <translation>Made a key pair; packages are now signed with %1. Give the public key %2 to those who check your packages, and read its fingerprint out to them: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Import a review</source>
        <translation>Import a review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review files (*.json);;All files (*)</source>
        <translation>Review files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location line="+82" />
        <source>Documentation packages</source>
        <translation>Documentation packages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A package holds the documents, the evidence files and machine-readable exports, with a manifest of every file's SHA-256 signed with your key. Anyone can check that nothing was changed; a regulator opens it for review and sends findings back.</source>
        <translation>A package holds the documents, the evidence files and machine-readable exports, with a manifest of every file's SHA-256 signed with your key. Anyone can check that nothing was changed; a regulator opens it for review and sends findings back.</translation>
    </message>
    <message>
        <location line="-67" />
        <source>&amp;Documents to include:</source>
        <translation>&amp;Documents to include:</translation>
    </message>
    <message>
        <location line="-97" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Documents to include</source>
        <translation>Documents to include</translation>
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
        <translation>Signing &amp;key:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private key file (empty: an unsigned package)</source>
        <translation>Private key file (empty: an unsigned package)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing key file</source>
        <translation>Signing key file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the signing key file</source>
        <translation>Choose the signing key file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Build package…</source>
        <translation>&amp;Build package…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify a package…</source>
        <translation>&amp;Verify a package…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mpare two packages…</source>
        <translation>Co&amp;mpare two packages…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare two versions of a package</source>
        <translation>Compare two versions of a package</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Make the key pair that signs your packages and review files.</source>
        <translation>Make the key pair that signs your packages and review files.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import a review…</source>
        <translation>&amp;Import a review…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the review file a regulator sent back; its findings appear on the requirements.</source>
        <translation>Import the review file a regulator sent back; its findings appear on the requirements.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export the review…</source>
        <translation>&amp;Export the review…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write the signed review file with your findings, to send back to the vendor.</source>
        <translation>Write the signed review file with your findings, to send back to the vendor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;hanges between the two packages:</source>
        <translation>C&amp;hanges between the two packages:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes between the two packages</source>
        <translation>Changes between the two packages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Packages built and reviews received</source>
        <translation>Packages built and reviews received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record a finding on a requirement of the reviewed package:</source>
        <translation>Record a finding on a requirement of the reviewed package:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment (needed for a deficiency or a question)</source>
        <translation>Comment (needed for a deficiency or a question)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save finding</source>
        <translation>&amp;Save finding</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Review of a package</source>
        <translation>Review of a package</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This project reviews %1 (%2). Record a finding on each requirement, here or on the requirement's page, then export the signed review file and send it back to the vendor.</source>
        <translation>This project reviews %1 (%2). Record a finding on each requirement, here or on the requirement's page, then export the signed review file and send it back to the vendor.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+40" />
        <source>%1 (only as a draft: it is the %2's document)</source>
        <translation>%1 (only as a draft: it is the %2's document)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Cannot be read: %1</source>
        <translation>Cannot be read: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Packages built (%1)</source>
        <translation>Packages built (%1)</translation>
    </message>
    <message>
        <location line="-97" />
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>signed by %1</source>
        <translation>signed by %1</translation>
    </message>
    <message>
        <location line="+109" />
        <source>Reviews received (%1)</source>
        <translation>Reviews received (%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Findings in this review</source>
        <translation>Findings in this review</translation>
    </message>
    <message>
        <location line="+78" />
        <source>Choose at least one document.</source>
        <translation>Choose at least one document.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser packages (*.zip)</source>
        <translation>Veiviser packages (*.zip)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not built: no passphrase was given.</source>
        <translation>Not built: no passphrase was given.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Building the package…</source>
        <translation>Building the package…</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Wrote %1 (%n file(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n file(s)).</numerusform>
            <numerusform>Wrote %1 (%n file(s)).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Verify a package</source>
        <translation>Verify a package</translation>
    </message>
    <message>
        <location line="-425" />
        <location line="+426" />
        <source>Veiviser packages (*.zip);;All files (*)</source>
        <translation>Veiviser packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="-346" />
        <source>Create a key &amp;pair…</source>
        <translation>Create a key &amp;pair…</translation>
    </message>
    <message>
        <location line="+143" />
        <source>Packages built</source>
        <translation>Packages built</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reviews received</source>
        <translation>Reviews received</translation>
    </message>
    <message>
        <location line="+179" />
        <source>Writing the registration…</source>
        <translation>Writing the registration…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+31" />
        <source>%1 does not verify: %2</source>
        <translation>%1 does not verify: %2</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 verifies: every file matches, signed by %2. Check this fingerprint with the sender.</source>
        <translation>%1 verifies: every file matches, signed by %2. Check this fingerprint with the sender.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: every file matches, but it is not signed.</source>
        <translation>%1: every file matches, but it is not signed.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Comparing %1 with %2…</source>
        <translation>Comparing %1 with %2…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No changes between %1 and %2.</source>
        <translation>No changes between %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) between %1 and %2.</source>
        <translation>
            <numerusform>%n change(s) between %1 and %2.</numerusform>
            <numerusform>%n change(s) between %1 and %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16" />
        <source>no project is open</source>
        <translation>no project is open</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Unsigned review</source>
        <translation>Unsigned review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not signed, so nothing shows who wrote it or that it is unchanged. Import it anyway?</source>
        <translation>%1 is not signed, so nothing shows who wrote it or that it is unchanged. Import it anyway?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not imported: %1 is not signed.</source>
        <translation>Not imported: %1 is not signed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This review was imported before.</source>
        <translation>This review was imported before.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Imported the review by %1 (%2): %n finding(s), shown on the requirements.</source>
        <translation>
            <numerusform>Imported the review by %1 (%2): %n finding, shown on the requirements.</numerusform>
            <numerusform>Imported the review by %1 (%2): %n findings, shown on the requirements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed by %1: check this fingerprint with the reviewer.</source>
        <translation>Signed by %1: check this fingerprint with the reviewer.</translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>What the documents lack (%n item(s)); follow a link to fill it in:</source>
        <translation>
            <numerusform>What the documents lack (%n item); follow a link to fill it in:</numerusform>
            <numerusform>What the documents lack (%n items); follow a link to fill it in:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What the documents lack</source>
        <translation>What the documents lack</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Saved the finding on %1.</source>
        <translation>Saved the finding on %1.</translation>
    </message>
</context>
<context>
    <name>vv::ui::PortfolioWindow</name>
    <message>
        <location filename="../modules/ui/PortfolioWindow.cpp" line="+213" />
        <source>All risk classes</source>
        <translation>All risk classes</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <location line="+11" />
        <source>AI systems by AI Act risk class</source>
        <translation>AI systems by AI Act risk class</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+11" />
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <location line="+17" />
        <source>AI systems by state</source>
        <translation>AI systems by state</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The portfolio cannot be read: %1</source>
        <translation>The portfolio cannot be read: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reading the projects…</source>
        <translation>Reading the projects…</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n AI system(s), %1 shown; %2 high-risk, %3 with something overdue, %4 with open alarms.</source>
        <translation>
            <numerusform>%n AI system, %1 shown; %2 high-risk, %3 with something overdue, %4 with open alarms.</numerusform>
            <numerusform>%n AI systems, %1 shown; %2 high-risk, %3 with something overdue, %4 with open alarms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n file(s) cannot be read; the table says why.</source>
        <translation>
            <numerusform>%n file cannot be read; the table says why.</numerusform>
            <numerusform>%n files cannot be read; the table says why.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Portfolio – %1 – Veiviser</source>
        <translation>Portfolio – %1 – Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Portfolio of AI systems</source>
        <translation>Portfolio of AI systems</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name, class, role, file…</source>
        <translation>Name, class, role, file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the AI systems</source>
        <translation>Filter the AI systems</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Risk class:</source>
        <translation>&amp;Risk class:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI Act risk class</source>
        <translation>AI Act risk class</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open the project</source>
        <translation>&amp;Open the project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AI systems</source>
        <translation>AI systems</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart of the AI systems by risk class</source>
        <translation>Chart of the AI systems by risk class</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart of the AI systems by state</source>
        <translation>Chart of the AI systems by state</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectOverviewPage</name>
    <message>
        <location filename="../modules/ui/ProjectOverviewPage.cpp" line="+86" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+37" />
        <source>%1 (last written by Veiviser %2)</source>
        <translation>%1 (last written by Veiviser %2)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>editor: may change the project</source>
        <translation>editor: may change the project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>reviewer: may review evidence</source>
        <translation>reviewer: may review evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location line="+3" />
        <source>reviewer of a package: may record findings, not change the package's content</source>
        <translation>reviewer of a package: may record findings, not change the package's content</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+61" />
        <source>The next step cannot be worked out while the guidance packs cannot be read (see the message at the top).</source>
        <translation>The next step cannot be worked out while the guidance packs cannot be read (see the message at the top).</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n incident report(s) are past their legal deadline. Send them and record them as sent.</source>
        <translation>
            <numerusform>%n incident report is past its legal deadline. Send it and record it as sent.</numerusform>
            <numerusform>%n incident reports are past their legal deadline. Send them and record them as sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+7" />
        <location line="+4" />
        <source>Go to &amp;deviations</source>
        <translation>Go to &amp;deviations</translation>
    </message>
    <message numerus="yes">
        <location line="-9" />
        <source>%n monitoring alarm(s) are open. Take each on as a deviation.</source>
        <translation>
            <numerusform>%n monitoring alarm is open. Take it on as a deviation.</numerusform>
            <numerusform>%n monitoring alarms are open. Take each on as a deviation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to &amp;monitoring</source>
        <translation>Go to &amp;monitoring</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n incident report(s) are not yet sent. Send each before its deadline.</source>
        <translation>
            <numerusform>%n incident report is not yet sent. Send it before its deadline.</numerusform>
            <numerusform>%n incident reports are not yet sent. Send each before its deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n deviation(s) are open. Assess them, correct the cause and close them.</source>
        <translation>
            <numerusform>%n deviation is open. Assess it, correct the cause and close it.</numerusform>
            <numerusform>%n deviations are open. Assess them, correct the causes and close them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n walkthrough question(s) are still needed to decide which requirements apply.</source>
        <translation>
            <numerusform>%n walkthrough question is still needed to decide which requirements apply.</numerusform>
            <numerusform>%n walkthrough questions are still needed to decide which requirements apply.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Answer the questions</source>
        <translation>&amp;Answer the questions</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n requirement(s) that apply have no evidence yet.</source>
        <translation>
            <numerusform>%n requirement that applies has no evidence yet.</numerusform>
            <numerusform>%n requirements that apply have no evidence yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>A&amp;dd evidence</source>
        <translation>A&amp;dd evidence</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n requirement(s) that apply are not yet met. Set each one's status as the work is done.</source>
        <translation>
            <numerusform>%n requirement that applies is not yet met. Set its status as the work is done.</numerusform>
            <numerusform>%n requirements that apply are not yet met. Set each one's status as the work is done.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the &amp;dashboard</source>
        <translation>Open the &amp;dashboard</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every requirement that applies is met and documented. Build a documentation package.</source>
        <translation>Every requirement that applies is met and documented. Build a documentation package.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Build a &amp;package</source>
        <translation>Build a &amp;package</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every requirement that applies is met and documented, and a package is built. Build a new one when the system or its evidence changes.</source>
        <translation>Every requirement that applies is met and documented, and a package is built. Build a new one when the system or its evidence changes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Go to &amp;packages</source>
        <translation>Go to &amp;packages</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>The audit chain is intact: %n entry verified.</numerusform>
            <numerusform>The audit chain is intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>The audit chain is broken at entry %1: %2</source>
        <translation>The audit chain is broken at entry %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Project overview</source>
        <translation>Project overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>System version:</source>
        <translation>System version:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last change:</source>
        <translation>Last change:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Audit entries:</source>
        <translation>Audit entries:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stored files:</source>
        <translation>Stored files:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You:</source>
        <translation>You:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Verify audit chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that no recorded change was altered, removed or reordered.</source>
        <translation>Check that no recorded change was altered, removed or reordered.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectSession</name>
    <message>
        <location filename="../modules/ui/ProjectSession.cpp" line="+132" />
        <location line="+139" />
        <source>no project is open</source>
        <translation>no project is open</translation>
    </message>
    <message>
        <location line="-128" />
        <source>'%1' is not a question in the guidance packs</source>
        <translation>'%1' is not a question in the guidance packs</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+48" />
        <source>'%1' is not a requirement in the guidance packs</source>
        <translation>'%1' is not a requirement in the guidance packs</translation>
    </message>
</context>
<context>
    <name>vv::ui::RatingDialog</name>
    <message>
        <location filename="../modules/ui/RatingDialog.cpp" line="+161" />
        <source>Round %1: %2 answers, rubric %3</source>
        <translation>Round %1: %2 answers, rubric %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This project has no rating round. A coordinator makes one with 'veiviser-cli ratings create' (docs/human-evaluation.md).</source>
        <translation>This project has no rating round. A coordinator makes one with 'veiviser-cli ratings create' (docs/human-evaluation.md).</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 is not a rater of round %2.</source>
        <translation>%1 is not a rater of round %2.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Answer 1 (left)</source>
        <translation>Answer 1 (left)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Answer 2 (right)</source>
        <translation>Answer 2 (right)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+116" />
        <source>%1 of %2 answers fully rated.</source>
        <translation>%1 of %2 answers fully rated.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Case %1 of %2. %3</source>
        <translation>Case %1 of %2. %3</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Rate answers</source>
        <translation>Rate answers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R&amp;ound:</source>
        <translation>R&amp;ound:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>R&amp;ater:</source>
        <translation>R&amp;ater:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The &amp;conversation the model was given</source>
        <translation>The &amp;conversation the model was given</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer &amp;1</source>
        <translation>Answer &amp;1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The ans&amp;wer</source>
        <translation>The ans&amp;wer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer &amp;2</source>
        <translation>Answer &amp;2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mment (optional):</source>
        <translation>Co&amp;mment (optional):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keys: a digit gives the marked criterion that score and moves to the next; Tab and the arrow keys move between criteria and levels; Enter goes to the next case.</source>
        <translation>Keys: a digit gives the marked criterion that score and moves to the next; Tab and the arrow keys move between criteria and levels; Enter goes to the next case.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous case</source>
        <translation>&amp;Previous case</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next case</source>
        <translation>&amp;Next case</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer 1</source>
        <translation>Answer 1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Answer 2</source>
        <translation>Answer 2</translation>
    </message>
</context>
<context>
    <name>vv::ui::RegistrationPanel</name>
    <message>
        <location filename="../modules/ui/RegistrationPanel.cpp" line="+74" />
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fields the EU database (AI Act Art. 49), EUDAMED (MDR Art. 29) or a public register of algorithms asks for, filled from the project, with what is missing.</source>
        <translation>The fields the EU database (AI Act Art. 49), EUDAMED (MDR Art. 29) or a public register of algorithms asks for, filled from the project, with what is missing.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The fields as a JSON document, to enter in the register (docs/registration.md).</source>
        <translation>The fields as a JSON document, to enter in the register (docs/registration.md).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Readable document:</source>
        <translation>Readable document:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format of the readable document</source>
        <translation>Format of the readable document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Write the registration…</source>
        <translation>&amp;Write the registration…</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Choose JSON, the readable document, or both.</source>
        <translation>Choose JSON, the readable document, or both.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Save the registration (JSON)</source>
        <translation>Save the registration (JSON)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the registration (readable document)</source>
        <translation>Save the registration (readable document)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 files (*%2)</source>
        <translation>%1 files (*%2)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>unknown registration '%1'</source>
        <translation>unknown registration '%1'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Wrote %1; no field is missing.</source>
        <translation>Wrote %1; no field is missing.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Wrote %1; %n field(s) missing: %2</source>
        <translation>
            <numerusform>Wrote %1; %n field(s) missing: %2</numerusform>
            <numerusform>Wrote %1; %n field(s) missing: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementPage</name>
    <message>
        <location filename="../modules/ui/RequirementPage.cpp" line="+236" />
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The vendor's work (read-only)</source>
        <translation>The vendor's work (read-only)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Whom it binds</source>
        <translation>Whom it binds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The provider (manufacturer)</source>
        <translation>The provider (manufacturer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The deployer (the organisation that uses the system)</source>
        <translation>The deployer (the organisation that uses the system)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Both the provider and the deployer</source>
        <translation>Both the provider and the deployer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Responsible agency</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal sources</source>
        <translation>Legal sources</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence that satisfies it</source>
        <translation>Evidence that satisfies it</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This requirement does not apply: %1</source>
        <translation>This requirement does not apply: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not yet known whether this requirement applies.</source>
        <translation>Not yet known whether this requirement applies.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still needed:</source>
        <translation>Still needed:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Condition in the pack: %1</source>
        <translation>Condition in the pack: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>It rests on answers given under an older version of the guidance: %1.</source>
        <translation>It rests on answers given under an older version of the guidance: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Its status was set under version %1 of “%2”; version %3 is installed now.</source>
        <translation>Its status was set under version %1 of “%2”; version %3 is installed now.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Needs review after a pack update.</source>
        <translation>Needs review after a pack update.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Through the crosswalk, evidence for this requirement also counts for: %1</source>
        <translation>Through the crosswalk, evidence for this requirement also counts for: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 (review of %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; from %2 (review of %3)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The vendor recorded nothing on this requirement.</source>
        <translation>The vendor recorded nothing on this requirement.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>A requirement that applies can only be set aside as not applicable with a justification. Write why, then leave the field to save.</source>
        <translation>A requirement that applies can only be set aside as not applicable with a justification. Write why, then leave the field to save.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Your change was not saved. Apply your change on top of theirs?</source>
        <translation>Your change was not saved. Apply your change on top of theirs?</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This item counts through the crosswalk; remove its link on “%1” instead.</source>
        <translation>This item counts through the crosswalk; remove its link on “%1” instead.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The vendor linked no evidence to this requirement.</source>
        <translation>The vendor linked no evidence to this requirement.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No other evidence in the library</source>
        <translation>No other evidence in the library</translation>
    </message>
    <message>
        <location line="-311" />
        <source>Your team's work</source>
        <translation>Your team's work</translation>
    </message>
    <message>
        <location line="+369" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="-64" />
        <source>No evidence is linked to this requirement yet. Choose an item from the library below and link it, or add files on the evidence page first.</source>
        <translation>No evidence is linked to this requirement yet. Choose an item from the library below and link it, or add files on the evidence page first.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>D&amp;ue:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Justification for not applicable</source>
        <translation>Justification for not applicable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why this requirement does not apply to your use (required)</source>
        <translation>Why this requirement does not apply to your use (required)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="-199" />
        <source>Who is responsible</source>
        <translation>Who is responsible</translation>
    </message>
    <message>
        <location line="-214" />
        <source>Applies from:</source>
        <translation>Applies from:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet known; it depends on answers not yet given.</source>
        <translation>not yet known; it depends on answers not yet given.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(the pack's date)</source>
        <translation>(the pack's date)</translation>
    </message>
    <message>
        <location line="+398" />
        <source>Findings from reviews</source>
        <translation>Findings from reviews</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Has a due date</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement text, sources and expected evidence</source>
        <translation>Requirement text, sources and expected evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Linked evidence</source>
        <translation>Linked evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence to link</source>
        <translation>Evidence to link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link the chosen evidence</source>
        <translation>Link the chosen evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove link</source>
        <translation>&amp;Remove link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;pen in the evidence viewer</source>
        <translation>O&amp;pen in the evidence viewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm that the requirement still holds</source>
        <translation>Confirm that the requirement still holds</translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementPicker</name>
    <message>
        <location filename="../modules/ui/RequirementPicker.cpp" line="+57" />
        <source>type a requirement's title or URN first</source>
        <translation>type a requirement's title or URN first</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' is not a requirement URN</translation>
    </message>
    <message>
        <location line="+12" />
        <source>no requirement's title contains '%1'</source>
        <translation>no requirement's title contains '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type part of a title, such as "oversight", and choose from the list.</source>
        <translation>Type part of a title, such as "oversight", and choose from the list.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n requirements match '%1'</source>
        <translation>
            <numerusform>%n requirement matches '%1'</numerusform>
            <numerusform>%n requirements match '%1'</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose one from the list, or type more of its title. Some of them: %1.</source>
        <translation>Choose one from the list, or type more of its title. Some of them: %1.</translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementStateEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="-105" />
        <source>change to “%1”</source>
        <translation>change to “%1”</translation>
    </message>
</context>
<context>
    <name>vv::ui::RequirementTableModel</name>
    <message>
        <location filename="../modules/ui/RequirementModels.cpp" line="-135" />
        <source>%1 (needs review)</source>
        <translation>%1 (needs review)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (starts to apply)</source>
        <translation>%1 (starts to apply)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (not confirmed)</source>
        <translation>%1 (not confirmed)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It depends on answers not yet given.</source>
        <translation>It depends on answers not yet given.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (+%2 through the crosswalk)</source>
        <translation>%1 (+%2 through the crosswalk)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applies from</source>
        <translation>Applies from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>vv::ui::ReviewExportDialog</name>
    <message>
        <location filename="../modules/ui/ReviewDialogs.cpp" line="+262" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the review</source>
        <translation>Export the review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The review file holds your findings and summary and names the package by its manifest. Sign it, so the vendor can see that it comes from you and is unchanged.</source>
        <translation>The review file holds your findings and summary and names the package by its manifest. Sign it, so the vendor can see that it comes from you and is unchanged.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your overall conclusion for the vendor</source>
        <translation>Your overall conclusion for the vendor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signing key file</source>
        <translation>Signing key file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private key file (empty: an unsigned review)</source>
        <translation>Private key file (empty: an unsigned review)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review file</source>
        <translation>Review file</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the signing key file</source>
        <translation>Choose the signing key file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose where to save the review file</source>
        <translation>Choose where to save the review file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;viewer:</source>
        <translation>Re&amp;viewer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signing &amp;key:</source>
        <translation>Signing &amp;key:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review &amp;file:</source>
        <translation>Review &amp;file:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>PEM keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save the review file as</source>
        <translation>Save the review file as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review files (*.json)</source>
        <translation>Review files (*.json)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>No review project is open.</source>
        <translation>No review project is open.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the reviewer's name.</source>
        <translation>Give the reviewer's name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the review file.</source>
        <translation>Choose where to save the review file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder for the review file does not exist.</source>
        <translation>The folder for the review file does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The signing key file %1 does not exist.</source>
        <translation>The signing key file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Without a signing key the vendor cannot check who wrote the review.</source>
        <translation>Without a signing key the vendor cannot check who wrote the review.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Wrote %1, not signed.</source>
        <translation>Wrote %1, not signed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrote %1, signed by %2. Send it to the vendor with your public key.</source>
        <translation>Wrote %1, signed by %2. Send it to the vendor with your public key.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ReviewOpenDialog</name>
    <message>
        <location line="-337" />
        <source>Veiviser packages (*.zip);;All files (*)</source>
        <translation>Veiviser packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Open for review</source>
        <translation>&amp;Open for review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a package for review</source>
        <translation>Open a package for review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser checks every file of the package against its signed manifest and makes a review project from it: the vendor's answers, requirement statuses, evidence and documents, sealed so that only your findings can be recorded.</source>
        <translation>Veiviser checks every file of the package against its signed manifest and makes a review project from it: the vendor's answers, requirement statuses, evidence and documents, sealed so that only your findings can be recorded.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Package file</source>
        <translation>Package file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review project file</source>
        <translation>Review project file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>for example: Direktoratet for medisinske produkter</source>
        <translation>for example: Direktoratet for medisinske produkter</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>The sender's public key</source>
        <translation>The sender's public key</translation>
    </message>
    <message>
        <location line="-41" />
        <source>optional: the key file the vendor gave you</source>
        <translation>optional: the key file the vendor gave you</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the package file</source>
        <translation>Choose the package file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose where to save the review project</source>
        <translation>Choose where to save the review project</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the sender's public key file</source>
        <translation>Choose the sender's public key file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Package:</source>
        <translation>&amp;Package:</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Review pro&amp;ject:</source>
        <translation>Review pro&amp;ject:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;viewer:</source>
        <translation>Re&amp;viewer:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sender's public &amp;key:</source>
        <translation>Sender's public &amp;key:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Package to review</source>
        <translation>Package to review</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save the review project as</source>
        <translation>Save the review project as</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser)</source>
        <translation>Veiviser projects (*.veiviser)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>PEM keys (*.pem);;All files (*)</source>
        <translation>PEM keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>-review</source>
        <translation>-review</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose the package to review.</source>
        <translation>Choose the package to review.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose where to save the review project.</source>
        <translation>Choose where to save the review project.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 exists already; a review project is always a new file.</source>
        <translation>%1 exists already; a review project is always a new file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder for the review project does not exist.</source>
        <translation>The folder for the review project does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the reviewer's name.</source>
        <translation>Give the reviewer's name.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The public key file %1 does not exist.</source>
        <translation>The public key file %1 does not exist.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Cancelled; no review project was made.</source>
        <translation>Cancelled; no review project was made.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The package verifies: every file matches its signed manifest.</source>
        <translation>The package verifies: every file matches its signed manifest.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is signed with the key you gave (%1).</source>
        <translation>It is signed with the key you gave (%1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It is signed by %1: check this fingerprint with the sender before you rely on the package.</source>
        <translation>It is signed by %1: check this fingerprint with the sender before you rely on the package.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ReviewPanel</name>
    <message>
        <location filename="../modules/ui/ReviewPanel.cpp" line="-228" />
        <source>Your finding: %1. %2 (%3, %4)</source>
        <translation>Your finding: %1. %2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No comment.</source>
        <translation>No comment.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No finding on this requirement yet. Choose a verdict; a deficiency or a question needs a comment that says what is missing or what the vendor should answer.</source>
        <translation>No finding on this requirement yet. Choose a verdict; a deficiency or a question needs a comment that says what is missing or what the vendor should answer.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
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
        <translation>It is not signed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Its signature was checked against your key %1.</source>
        <translation>Its signature was checked against your key %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is signed by %1; check this fingerprint with the sender.</source>
        <translation>It is signed by %1; check this fingerprint with the sender.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a review of the package %1. %2 The vendor's answers, statuses, evidence and documents are read-only here; record your finding on each requirement.</source>
        <translation>This is a review of the package %1. %2 The vendor's answers, statuses, evidence and documents are read-only here; record your finding on each requirement.</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+22" />
        <source>no requirement of a review project is shown</source>
        <translation>no requirement of a review project is shown</translation>
    </message>
    <message>
        <location line="-15" />
        <source>A deficiency needs a comment.</source>
        <translation>A deficiency needs a comment.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A question needs a comment.</source>
        <translation>A question needs a comment.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Say what is missing or what the vendor should answer, then save again.</source>
        <translation>Say what is missing or what the vendor should answer, then save again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved your finding on this requirement.</source>
        <translation>Saved your finding on this requirement.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>no review project is open</source>
        <translation>no review project is open</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create a private folder for the package's documents</source>
        <translation>cannot create a private folder for the package's documents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the temporary folder %1 is writable.</source>
        <translation>Check that the temporary folder %1 is writable.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot write the document</source>
        <translation>%1: cannot write the document</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the temporary folder.</source>
        <translation>Check the temporary folder.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: cannot read the document</source>
        <translation>%1: cannot read the document</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Your finding</source>
        <translation>Your finding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The package's documents</source>
        <translation>The package's documents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Verdict on this requirement</source>
        <translation>Verdict on this requirement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comment on this requirement</source>
        <translation>Comment on this requirement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What is missing, or what should the vendor answer? (needed for a deficiency or a question)</source>
        <translation>What is missing, or what should the vendor answer? (needed for a deficiency or a question)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Save finding</source>
        <translation>&amp;Save finding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the finding on this requirement</source>
        <translation>Save the finding on this requirement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove finding</source>
        <translation>Remove finding</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the finding on this requirement</source>
        <translation>Remove the finding on this requirement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Documents in the package</source>
        <translation>Documents in the package</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The package holds no documents.</source>
        <translation>The package holds no documents.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;document</source>
        <translation>Open &amp;document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the chosen document</source>
        <translation>Open the chosen document</translation>
    </message>
</context>
<context>
    <name>vv::ui::RiskControlEdit</name>
    <message>
        <location filename="../modules/ui/ProjectEdits.cpp" line="+147" />
        <source>change to risk control %1</source>
        <translation>change to risk control %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>new risk control</source>
        <translation>new risk control</translation>
    </message>
</context>
<context>
    <name>vv::ui::RiskHeatMap</name>
    <message numerus="yes">
        <location filename="../modules/ui/RiskHeatMap.cpp" line="+48" />
        <source>%n hazard(s) at severity %1, probability %2 (%3)</source>
        <translation>
            <numerusform>%n hazard at severity %1, probability %2 (%3)</numerusform>
            <numerusform>%n hazards at severity %1, probability %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>No hazards.</source>
        <translation>No hazards.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+7" />
        <source>S%1</source>
        <comment>severity level on the matrix's axis</comment>
        <translation>S%1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>P%1</source>
        <comment>probability level on the matrix's axis</comment>
        <translation>P%1</translation>
    </message>
</context>
<context>
    <name>vv::ui::RiskPage</name>
    <message>
        <location filename="../modules/ui/RiskPage.cpp" line="+355" />
        <source>Risk management</source>
        <translation>Risk management</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Risk management and change control</source>
        <translation>Risk management and change control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The hazards of the system with their risk before and after controls (ISO 14971, AI Act Art. 9), what verifies each control, the traceability matrix from requirement to evidence with its gaps, and the plan for changes assessed in advance (AI Act Art. 43(4)).</source>
        <translation>The hazards of the system with their risk before and after controls (ISO 14971, AI Act Art. 9), what verifies each control, the traceability matrix from requirement to evidence with its gaps, and the plan for changes assessed in advance (AI Act Art. 43(4)).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Before controls</source>
        <translation>Before controls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>After controls</source>
        <translation>After controls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ha&amp;zard:</source>
        <translation>Ha&amp;zard:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Se&amp;quence of events:</source>
        <translation>Se&amp;quence of events:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Har&amp;m:</source>
        <translation>Har&amp;m:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Initial risk (S, P):</source>
        <translation>&amp;Initial risk (S, P):</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Initial severity</source>
        <translation>Initial severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Initial probability</source>
        <translation>Initial probability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residual severity</source>
        <translation>Residual severity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Residual probability</source>
        <translation>Residual probability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New hazard</source>
        <translation>&amp;New hazard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sa&amp;ve hazard</source>
        <translation>Sa&amp;ve hazard</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Type of the new control</source>
        <translation>Type of the new control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What the control does</source>
        <translation>What the control does</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New control</source>
        <translation>New control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add control</source>
        <translation>&amp;Add control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the chosen test run, evidence item or monitored metric to the selected control</source>
        <translation>Add the chosen test run, evidence item or monitored metric to the selected control</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+27" />
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change control</source>
        <translation>Change control</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazardous si&amp;tuation:</source>
        <translation>Hazardous si&amp;tuation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resi&amp;dual risk (S, P):</source>
        <translation>Resi&amp;dual risk (S, P):</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Verified &amp;by</source>
        <translation>Verified &amp;by</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Controls of the selected hazard</source>
        <translation>Controls of the selected hazard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the rows</source>
        <translation>Filter the rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Filter the traceability matrix</source>
        <translation>Filter the traceability matrix</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Traceability matrix</source>
        <translation>Traceability matrix</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The predetermined change control plan in YAML (docs/risk.md): each planned modification with what may change, its protocol, its acceptance criteria and its impact. Checking a run files a met check as evidence and opens a deviation for one that is not met.</source>
        <translation>The predetermined change control plan in YAML (docs/risk.md): each planned modification with what may change, its protocol, its acceptance criteria and its impact. Checking a run files a met check as evidence and opens a deviation for one that is not met.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change control plan</source>
        <translation>Change control plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>M&amp;odification:</source>
        <translation>M&amp;odification:</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Only ga&amp;ps</source>
        <translation>Only ga&amp;ps</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Store p&amp;lan</source>
        <translation>Store p&amp;lan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test r&amp;un:</source>
        <translation>Test r&amp;un:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chec&amp;k the run</source>
        <translation>Chec&amp;k the run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checks made</source>
        <translation>Checks made</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Test run %1: %2</source>
        <translation>Test run %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evidence #%1: %2</source>
        <translation>Evidence #%1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Monitoring of %1</source>
        <translation>Monitoring of %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Hazard %1</source>
        <translation>Hazard %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New hazard</source>
        <translation>New hazard</translation>
    </message>
    <message>
        <location line="+24" />
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open, an incident</source>
        <translation>open, an incident</translation>
    </message>
    <message>
        <location line="+0" />
        <source>open</source>
        <translation>open</translation>
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
        <translation>Deviation %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No deviation points at this hazard.</source>
        <translation>No deviation points at this hazard.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deviations about this hazard: %1</source>
        <translation>Deviations about this hazard: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Nothing verifies this control yet.</source>
        <translation>Nothing verifies this control yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verified by: %1</source>
        <translation>Verified by: %1</translation>
    </message>
    <message>
        <location line="+117" />
        <source>the plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Stored the change control plan, version %1.</source>
        <translation>Stored the change control plan, version %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Check %1: %2.</source>
        <translation>Check %1: %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filed as evidence #%1.</source>
        <translation>Filed as evidence #%1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Opened deviation %1.</source>
        <translation>Opened deviation %1.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Computing the traceability matrix…</source>
        <translation>Computing the traceability matrix…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The traceability matrix could not be computed: %1</source>
        <translation>The traceability matrix could not be computed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n row(s), no gaps.</source>
        <translation>
            <numerusform>%n row, no gaps.</numerusform>
            <numerusform>%n rows, no gaps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n gap(s) to close before a release.</source>
        <translation>
            <numerusform>%n gap to close before a release.</numerusform>
            <numerusform>%n gaps to close before a release.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vv::ui::RunComparisonDialog</name>
    <message>
        <location filename="../modules/ui/RunComparisonDialog.cpp" line="+23" />
        <source>Test runs %1 and %2 compared</source>
        <translation>Test runs %1 and %2 compared</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run %1 (A) against the newer run %2 (B), on the cases both ran. Comparing…</source>
        <translation>Run %1 (A) against the newer run %2 (B), on the cases both ran. Comparing…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Why it failed</source>
        <translation>Why it failed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cases that changed between the runs</source>
        <translation>Cases that changed between the runs</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The paired test</source>
        <translation>The paired test</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Runs %1 and %2 cannot be compared: %3</source>
        <translation>Runs %1 and %2 cannot be compared: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Run %1 (A) against the newer run %2 (B), on the %n cases both ran and graded.</source>
        <translation>
            <numerusform>Run %1 (A) against the newer run %2 (B), on the one case both ran and graded.</numerusform>
            <numerusform>Run %1 (A) against the newer run %2 (B), on the %n cases both ran and graded.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Regressions: passed in A, failed in B (%1)</source>
        <translation>Regressions: passed in A, failed in B (%1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Improvements: failed in A, passed in B (%1)</source>
        <translation>Improvements: failed in A, passed in B (%1)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Run A passed %1 and run B %2 of the %3 cases. Difference in pass rate, B minus A: %4 percentage points (%5 % confidence interval %6 to %7, Newcombe's paired score interval). Exact McNemar test on the %8 cases that changed: p = %9.</source>
        <translation>Run A passed %1 and run B %2 of the %3 cases. Difference in pass rate, B minus A: %4 percentage points (%5 % confidence interval %6 to %7, Newcombe's paired score interval). Exact McNemar test on the %8 cases that changed: p = %9.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Left out: cases that errored or were not graded in either run: %1; cases only in run A: %2; only in run B: %3.</source>
        <translation>Left out: cases that errored or were not graded in either run: %1; cases only in run A: %2; only in run B: %3.</translation>
    </message>
</context>
<context>
    <name>vv::ui::TestRunListModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="-229" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+34" />
        <source>AUROC %1 (%2 to %3)</source>
        <translation>AUROC %1 (%2 to %3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AUROC %1</source>
        <translation>AUROC %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 of %2 graded cases passed, %3 not graded</source>
        <translation>%1 of %2 graded cases passed, %3 not graded</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 of %2 cases passed</source>
        <translation>%1 of %2 cases passed</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Supports: %1</source>
        <translation>Supports: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What was tested</source>
        <translation>What was tested</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>vv::ui::TraceHtml</name>
    <message>
        <location filename="../modules/ui/TraceHtml.cpp" line="+13" />
        <source>this is the case</source>
        <translation>this is the case</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not the case</source>
        <translation>not the case</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not yet known</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location line="+97" />
        <source>Still needed:</source>
        <translation>Still needed:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rests on answers given under an older version of the guidance:</source>
        <translation>Rests on answers given under an older version of the guidance:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rules that wait for answers</source>
        <translation>Rules that wait for answers</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Other rules checked (%1)</source>
        <translation>Other rules checked (%1)</translation>
    </message>
    <message>
        <location line="-38" />
        <location line="+20" />
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>How it was decided</source>
        <translation>How it was decided</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+3" />
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <location line="-3" />
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Facts used:</source>
        <translation>Facts used:</translation>
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
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hazard</source>
        <translation>Hazard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Evidence</source>
        <translation>Evidence</translation>
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
        <translation>Choose a predictions file</translation>
    </message>
    <message>
        <location line="-285" />
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+1" />
        <location line="+289" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-201" />
        <source>'%1' is not a threshold; give numbers separated by semicolons, such as 0.1; 0.2.</source>
        <translation>'%1' is not a threshold; give numbers separated by semicolons, such as 0.1; 0.2.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose a file and its outcome and score columns.</source>
        <translation>Choose a file and its outcome and score columns.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The outcome, score and comparison columns must be different columns.</source>
        <translation>The outcome, score and comparison columns must be different columns.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The run was cancelled; it is kept as test run %1, not filed as evidence.</source>
        <translation>The run was cancelled; it is kept as test run %1, not filed as evidence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test run %1 failed: %2</source>
        <translation>Test run %1 failed: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The run was cancelled; nothing was stored.</source>
        <translation>The run was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Stored as test run %1, but filing it as evidence failed: %2</source>
        <translation>Stored as test run %1, but filing it as evidence failed: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The result could not be stored in the project: %1</source>
        <translation>The result could not be stored in the project: %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Stored as test run %1 and filed as evidence %2 for: %3.</source>
        <translation>Stored as test run %1 and filed as evidence %2 for: %3.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Validate a prediction model</source>
        <translation>Validate a prediction model</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Predictions &amp;file:</source>
        <translation>Predictions &amp;file:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Outcome column:</source>
        <translation>&amp;Outcome column:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Positive class:</source>
        <translation>&amp;Positive class:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Score column:</source>
        <translation>&amp;Score column:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub&amp;groups by:</source>
        <translation>Sub&amp;groups by:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Compare &amp;with:</source>
        <translation>Compare &amp;with:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decimal &amp;mark:</source>
        <translation>Decimal &amp;mark:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Thresholds:</source>
        <translation>&amp;Thresholds:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Bootstrap replicates:</source>
        <translation>&amp;Bootstrap replicates:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>First rows of the file:</source>
        <translation>First rows of the file:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview of the file</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>empty for 0/1 or true/false; otherwise the positive class, such as Poor</source>
        <translation>empty for 0/1 or true/false; otherwise the positive class, such as Poor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>such as 0.1; 0.2</source>
        <translation>such as 0.1; 0.2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sensitivity, specificity, PPV and NPV are computed at each threshold (score ≥ threshold).</source>
        <translation>Sensitivity, specificity, PPV and NPV are computed at each threshold (score ≥ threshold).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none (DeLong interval)</source>
        <translation>none (DeLong interval)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A stratified bootstrap interval for the AUROC; 2000 is a common choice.</source>
        <translation>A stratified bootstrap interval for the AUROC; 2000 is a common choice.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave out rows with a missing or invalid value (they are counted)</source>
        <translation>Leave out rows with a missing or invalid value (they are counted)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New validation</source>
        <translation>&amp;New validation</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Point (0.25)</source>
        <translation>Point (0.25)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Comma (0,25)</source>
        <translation>Comma (0,25)</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationPage</name>
    <message>
        <location filename="../modules/ui/ValidationPage.cpp" line="+100" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+157" />
        <source>Run %1 has no clinical metrics to show.</source>
        <translation>Run %1 has no clinical metrics to show.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Test run %1: %2</source>
        <translation>Test run %1: %2</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Validation and test runs</source>
        <translation>Validation and test runs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate a prediction model on your own patients: a CSV file with each patient's predicted risk and outcome gives discrimination, calibration, net benefit and risk distributions with confidence intervals. Every run is stored here with its provenance, as evidence for the AI Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation. Language models are tested with an evaluation engine: a Norwegian test suite against an endpoint, promptfoo, or result files from lm-evaluation-harness, inspect_ai or EuroEval.</source>
        <translation>Validate a prediction model on your own patients: a CSV file with each patient's predicted risk and outcome gives discrimination, calibration, net benefit and risk distributions with confidence intervals. Every run is stored here with its provenance, as evidence for the AI Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation. Language models are tested with an evaluation engine: a Norwegian test suite against an endpoint, promptfoo, or result files from lm-evaluation-harness, inspect_ai or EuroEval.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;New validation…</source>
        <translation>&amp;New validation…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open result</source>
        <translation>&amp;Open result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run an e&amp;valuation engine…</source>
        <translation>Run an e&amp;valuation engine…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run a language-model test suite against an endpoint, promptfoo, or import result files, as a test run filed as evidence.</source>
        <translation>Run a language-model test suite against an endpoint, promptfoo, or import result files, as a test run filed as evidence.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Res&amp;ume run…</source>
        <translation>Res&amp;ume run…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Continue a cancelled or interrupted run without repeating its finished cases.</source>
        <translation>Continue a cancelled or interrupted run without repeating its finished cases.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Co&amp;mpare two runs…</source>
        <translation>Co&amp;mpare two runs…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose two runs of the same suite (Ctrl+click) to see which cases the newer run fails that the older passed, which it newly passes, and the exact paired test.</source>
        <translation>Choose two runs of the same suite (Ctrl+click) to see which cases the newer run fails that the older passed, which it newly passes, and the exact paired test.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rate answers…</source>
        <translation>&amp;Rate answers…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate a run's answers blind against a rubric, one case at a time, as a clinician in a rating round (docs/human-evaluation.md).</source>
        <translation>Rate a run's answers blind against a rubric, one case at a time, as a clinician in a rating round (docs/human-evaluation.md).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test runs</source>
        <translation>Test runs</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationResultView</name>
    <message>
        <location filename="../modules/ui/ValidationResultView.cpp" line="+85" />
        <source>All patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location line="+18" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Patients shown</source>
        <translation>Patients shown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validation results</source>
        <translation>Validation results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export S&amp;VG…</source>
        <translation>Export S&amp;VG…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 as PNG</source>
        <translation>Export %1 as PNG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export %1 as SVG</source>
        <translation>Export %1 as SVG</translation>
    </message>
</context>
<context>
    <name>vv::ui::WalkthroughPage</name>
    <message>
        <location filename="../modules/ui/WalkthroughPage.cpp" line="+180" />
        <location line="+432" />
        <source>Walkthrough</source>
        <translation>Walkthrough</translation>
    </message>
    <message>
        <location line="-388" />
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n still needed for the classification</source>
        <translation>
            <numerusform>%n still needed for the classification</numerusform>
            <numerusform>%n still needed for the classification</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>the classification is complete</source>
        <translation>the classification is complete</translation>
    </message>
    <message>
        <location line="+68" />
        <source>There are no questions in the installed guidance.</source>
        <translation>There are no questions in the installed guidance.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This question is not asked for your current answers; an answer here is kept but not used.</source>
        <translation>This question is not asked for your current answers; an answer here is kept but not used.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whether this question is asked depends on answers not given yet.</source>
        <translation>Whether this question is asked depends on answers not given yet.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The stored answer is no longer valid under version %1 of the guidance. Answer again.</source>
        <translation>The stored answer is no longer valid under version %1 of the guidance. Answer again.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This answer was given under version %1 of “%2”; version %3 is installed now. Check that it still holds, then confirm it or change it.</source>
        <translation>This answer was given under version %1 of “%2”; version %3 is installed now. Check that it still holds, then confirm it or change it.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not answered yet: the project's role (%1) counts until you answer.</source>
        <translation>Not answered yet: the project's role (%1) counts until you answer.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Legal sources: %1</source>
        <translation>Legal sources: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Responsible agency: %1</source>
        <translation>Responsible agency: %1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+52" />
        <source>A number from %1 to %2</source>
        <translation>A number from %1 to %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A number</source>
        <translation>A number</translation>
    </message>
    <message>
        <location line="+85" />
        <source>Your answer was not saved. Replace their answer with yours?</source>
        <translation>Your answer was not saved. Replace their answer with yours?</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Every question is answered</source>
        <translation>Every question is answered</translation>
    </message>
    <message>
        <location line="+0" />
        <source>End of the questions</source>
        <translation>End of the questions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The classification is worked out from your answers.</source>
        <translation>The classification is worked out from your answers.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n question(s) are still unanswered.</source>
        <translation>
            <numerusform>%n question is still unanswered.</numerusform>
            <numerusform>%n questions are still unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n of them are needed for the classification.</source>
        <translation>
            <numerusform>%n of them is needed for the classification.</numerusform>
            <numerusform>%n of them are needed for the classification.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 requirements apply to this project; the dashboard shows where you stand.</source>
        <translation>%1 requirements apply to this project; the dashboard shows where you stand.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>One question at a time, in the order the rules need them. Each answer is saved at once and the classification follows it; you can come back and change any answer later.</source>
        <translation>One question at a time, in the order the rules need them. Each answer is saved at once and the classification follows it; you can come back and change any answer later.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hel&amp;p</source>
        <translation>Hel&amp;p</translation>
    </message>
    <message>
        <location line="+6" />
        <source>S&amp;kip for now</source>
        <translation>S&amp;kip for now</translation>
    </message>
    <message>
        <location line="-5" />
        <source>C&amp;lear the answer</source>
        <translation>C&amp;lear the answer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm the answer under the new guidance version</source>
        <translation>Confirm the answer under the new guidance version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous question (Alt+Left)</source>
        <translation>Previous question (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Leave this question unanswered and go on (Alt+Right)</source>
        <translation>Leave this question unanswered and go on (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next question (Alt+Right)</source>
        <translation>Next question (Alt+Right)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Progress through the questions</source>
        <translation>Progress through the questions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help for the question</source>
        <translation>Help for the question</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the &amp;classification</source>
        <translation>See the &amp;classification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the &amp;dashboard</source>
        <translation>Open the &amp;dashboard</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to the first &amp;unanswered question</source>
        <translation>Go to the first &amp;unanswered question</translation>
    </message>
</context>
<context>
    <name>vv::ui::WelcomePage</name>
    <message>
        <location filename="../modules/ui/WelcomePage.cpp" line="+67" />
        <source>Welcome to Veiviser</source>
        <translation>Welcome to Veiviser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser guides you through the regulatory requirements for AI in Norwegian health care: the EU AI Act, the Medical Device Regulation, GDPR with Norwegian health-privacy law, and the Directorate of Health's quality framework. Everything is kept in one project file on this computer.</source>
        <translation>Veiviser guides you through the regulatory requirements for AI in Norwegian health care: the EU AI Act, the Medical Device Regulation, GDPR with Norwegian health-privacy law, and the Directorate of Health's quality framework. Everything is kept in one project file on this computer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open project…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a package for &amp;review…</source>
        <translation>Open a package for &amp;review…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>For regulators and notified bodies: verify a documentation package and review it.</source>
        <translation>For regulators and notified bodies: verify a documentation package and review it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Recent projects</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
</context>
<context>
    <name>vv::validation::Agreement</name>
    <message>
        <location filename="../modules/validation/Agreement.cpp" line="+22" />
        <source>rater %1 gave unit %2 the score %3, outside the scale %4 to %5</source>
        <translation>rater %1 gave unit %2 the score %3, outside the scale %4 to %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scores must be levels of the rubric's scale.</source>
        <translation>Scores must be levels of the rubric's scale.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>rater %1 rated unit %2 twice, with %3 and %4</source>
        <translation>rater %1 rated unit %2 twice, with %3 and %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep one score per rater and unit.</source>
        <translation>Keep one score per rater and unit.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the interval's level must be between 0 and 1, not %1</source>
        <translation>the interval's level must be between 0 and 1, not %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the bootstrap needs between %1 and %2 samples, not %3</source>
        <translation>the bootstrap needs between %1 and %2 samples, not %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the scale's lowest level (%1) must be below its highest (%2)</source>
        <translation>the scale's lowest level (%1) must be below its highest (%2)</translation>
    </message>
    <message>
        <location line="+297" />
        <source>agreement needs ratings from at least two raters, not %1</source>
        <translation>agreement needs ratings from at least two raters, not %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no unit was rated by two or more raters</source>
        <translation>no unit was rated by two or more raters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement is measured on the cases that several raters scored.</source>
        <translation>Agreement is measured on the cases that several raters scored.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cohen's kappa compares exactly two raters; there are %1.</source>
        <translation>Cohen's kappa compares exactly two raters; there are %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cohen's kappa is not defined: the two raters used one and the same score throughout, so chance alone explains their agreement.</source>
        <translation>Cohen's kappa is not defined: the two raters used one and the same score throughout, so chance alone explains their agreement.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Krippendorff's alpha is not defined: every pairable score is the same, so there is no disagreement to expect.</source>
        <translation>Krippendorff's alpha is not defined: every pairable score is the same, so there is no disagreement to expect.</translation>
    </message>
</context>
<context>
    <name>vv::validation::AnswerGrading</name>
    <message>
        <location filename="../modules/validation/AnswerGrading.cpp" line="+21" />
        <source>refers to [%1], which is not in the context</source>
        <translation>refers to [%1], which is not in the context</translation>
    </message>
    <message>
        <location line="+4" />
        <source>refers to %1 of the context's passages (at least %2 wanted)</source>
        <translation>refers to %1 of the context's passages (at least %2 wanted)</translation>
    </message>
    <message>
        <location line="+147" />
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not one of the allowed values</source>
        <translation>%1 is not one of the allowed values</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is below the minimum</source>
        <translation>%1 is below the minimum</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is above the maximum</source>
        <translation>%1 is above the maximum</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is missing</source>
        <translation>'%1' is missing</translation>
    </message>
    <message>
        <location line="+38" />
        <source>contains identity numbers: %1</source>
        <translation>contains identity numbers: %1</translation>
    </message>
    <message>
        <location line="+24" />
        <location filename="../plugins/openai-compatible/OpenAiCompatibleEngine.cpp" line="+680" />
        <source>judge reply unusable: %1</source>
        <translation>judge reply unusable: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the grader has no rubric criterion</source>
        <translation>the grader has no rubric criterion</translation>
    </message>
    <message>
        <location line="+2" />
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not JSON</source>
        <translation>not JSON</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unexpected key '%1'</source>
        <translation>unexpected key '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the score %1 is not a level of '%2' (%3 to %4)</source>
        <translation>the score %1 is not a level of '%2' (%3 to %4)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the reason is longer than %1 characters</source>
        <translation>the reason is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+4" />
        <source>judge score %1 (passes at %2)</source>
        <translation>judge score %1 (passes at %2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>does not contain '%1'</source>
        <translation>does not contain '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>contains '%1'</source>
        <translation>contains '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>does not match /%1/</source>
        <translation>does not match /%1/</translation>
    </message>
    <message>
        <location line="+6" />
        <source>did not decline</source>
        <translation>did not decline</translation>
    </message>
    <message>
        <location line="+0" />
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location line="+15" />
        <source>does not refer the user to %1</source>
        <translation>does not refer the user to %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no hunspell dictionaries to check the language with</source>
        <translation>no hunspell dictionaries to check the language with</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 words: %2 only Bokmål, %3 only Nynorsk</source>
        <translation>%1 words: %2 only Bokmål, %3 only Nynorsk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>LIX %1 (at most %2)</source>
        <translation>LIX %1 (at most %2)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the answer is not JSON</source>
        <translation>the answer is not JSON</translation>
    </message>
    <message>
        <location line="+17" />
        <source>needs a judge's reply</source>
        <translation>needs a judge's reply</translation>
    </message>
</context>
<context>
    <name>vv::validation::Calibration</name>
    <message>
        <location filename="../modules/validation/Calibration.cpp" line="+204" />
        <source>Calibration intercept and slope need patients with and without the outcome.</source>
        <translation>Calibration intercept and slope need patients with and without the outcome.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>The score separates the outcomes completely, so the calibration slope is infinite.</source>
        <translation>The score separates the outcomes completely, so the calibration slope is infinite.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All predictions are equal (or nearly so), so the calibration slope is not defined.</source>
        <translation>All predictions are equal (or nearly so), so the calibration slope is not defined.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The recalibration fit did not converge in %1 iterations.</source>
        <translation>The recalibration fit did not converge in %1 iterations.</translation>
    </message>
</context>
<context>
    <name>vv::validation::ClinicalMetrics</name>
    <message>
        <location filename="../modules/validation/ClinicalMetrics.cpp" line="+47" />
        <source>the confidence level must be between 0.5 and 1 (such as 0.95)</source>
        <translation>the confidence level must be between 0.5 and 1 (such as 0.95)</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="+65" />
        <source>the number of bootstrap replicates must be between 2 and %1</source>
        <translation>the number of bootstrap replicates must be between 2 and %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>2000 is a common choice.</source>
        <translation>2000 is a common choice.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>at most %1 thresholds can be given</source>
        <translation>at most %1 thresholds can be given</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a threshold must be a finite number</source>
        <translation>a threshold must be a finite number</translation>
    </message>
    <message>
        <location line="+4" />
        <source>bin counts must be between 1 and 1000</source>
        <translation>bin counts must be between 1 and 1000</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Sorting</source>
        <translation>Sorting</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Some scores are outside [0, 1]: the AUROC and thresholds are computed, calibration, Brier score and net benefit are not.</source>
        <translation>Some scores are outside [0, 1]: the AUROC and thresholds are computed, calibration, Brier score and net benefit are not.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+43" />
        <source>Subgroups</source>
        <translation>Subgroups</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="+15" />
        <source>Clinical validation of %1</source>
        <translation>Clinical validation of %1</translation>
    </message>
    <message>
        <location filename="../modules/validation/ClinicalMetrics.cpp" line="+97" />
        <location line="+15" />
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location line="-10" />
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With the outcome</source>
        <translation>With the outcome</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows left out (invalid)</source>
        <translation>Rows left out (invalid)</translation>
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
        <translation>Brier score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scaled Brier score</source>
        <translation>Scaled Brier score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wald, %1 %</source>
        <translation>Wald, %1 %</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Calibration intercept (ideal 0)</source>
        <translation>Calibration intercept (ideal 0)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calibration slope (ideal 1)</source>
        <translation>Calibration slope (ideal 1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ECE (%1 bins)</source>
        <translation>ECE (%1 bins)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wilson, %1 %</source>
        <translation>Wilson, %1 %</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sensitivity at score ≥ %1</source>
        <translation>Sensitivity at score ≥ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Specificity at score ≥ %1</source>
        <translation>Specificity at score ≥ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PPV at score ≥ %1</source>
        <translation>PPV at score ≥ %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPV at score ≥ %1</source>
        <translation>NPV at score ≥ %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>AUROC of %1</source>
        <translation>AUROC of %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUROC difference, %1 − %2</source>
        <translation>AUROC difference, %1 − %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paired DeLong, %1 %</source>
        <translation>paired DeLong, %1 %</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>AUROC, %1 = %2 (n = %3)</source>
        <translation>AUROC, %1 = %2 (n = %3)</translation>
    </message>
    <message>
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="-40" />
        <source>the predictions file %1 does not exist</source>
        <translation>the predictions file %1 does not exist</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the delimiter must be ',', ';' or 'tab'</source>
        <translation>the delimiter must be ',', ';' or 'tab'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the decimal mark must be '.' or ','</source>
        <translation>the decimal mark must be '.' or ','</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the threshold '%1' is not a number</source>
        <translation>the threshold '%1' is not a number</translation>
    </message>
</context>
<context>
    <name>vv::validation::Discrimination</name>
    <message>
        <location filename="../modules/validation/Discrimination.cpp" line="+148" />
        <source>The AUROC needs patients with and without the outcome.</source>
        <translation>The AUROC needs patients with and without the outcome.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The DeLong interval needs at least two patients with and two without the outcome.</source>
        <translation>The DeLong interval needs at least two patients with and two without the outcome.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The two scores rank every pair the same way except for a constant shift; the test has no variance.</source>
        <translation>The two scores rank every pair the same way except for a constant shift; the test has no variance.</translation>
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
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not a Qt plugin (no plugin metadata)</source>
        <translation>not a Qt plugin (no plugin metadata)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>implements '%1', not the evaluation-engine interface %2</source>
        <translation>implements '%1', not the evaluation-engine interface %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>bad manifest: %1</source>
        <translation>bad manifest: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>incompatible: %1</source>
        <translation>incompatible: %1</translation>
    </message>
    <message>
        <location line="+26" />
        <source>the engine id '%1' is already taken by %2</source>
        <translation>the engine id '%1' is already taken by %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>there is no evaluation engine '%1'</source>
        <translation>there is no evaluation engine '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No engines were found; see 'veiviser-cli engines list'.</source>
        <translation>No engines were found; see 'veiviser-cli engines list'.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available engines: %1.</source>
        <translation>Available engines: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the evaluation engine '%1' cannot be used: %2</source>
        <translation>the evaluation engine '%1' cannot be used: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See 'veiviser-cli engines list'.</source>
        <translation>See 'veiviser-cli engines list'.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the plugin %1 could not be loaded: %2</source>
        <translation>the plugin %1 could not be loaded: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the plugin %1 does not implement the evaluation-engine interface</source>
        <translation>the plugin %1 does not implement the evaluation-engine interface</translation>
    </message>
</context>
<context>
    <name>vv::validation::EngineManifest</name>
    <message>
        <location filename="../modules/validation/EngineManifest.cpp" line="+34" />
        <source>Fix the plugin's plugin.json or ask its author for a fixed build.</source>
        <translation>Fix the plugin's plugin.json or ask its author for a fixed build.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the manifest has no '%1'</source>
        <translation>the manifest has no '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' must be a string</source>
        <translation>'%1' must be a string</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' is empty</source>
        <translation>'%1' is empty</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is longer than %2 characters</source>
        <translation>'%1' is longer than %2 characters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'%1' has the invalid value '%2'</source>
        <translation>'%1' has the invalid value '%2'</translation>
    </message>
    <message>
        <location line="+31" />
        <source>'%1' must be a string or an object with 'nb' and 'en'</source>
        <translation>'%1' must be a string or an object with 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+41" />
        <source>the manifest is not a JSON object</source>
        <translation>the manifest is not a JSON object</translation>
    </message>
    <message>
        <location line="+34" />
        <source>'config' must be a list of fields</source>
        <translation>'config' must be a list of fields</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'config' has more than %1 fields</source>
        <translation>'config' has more than %1 fields</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every entry of 'config' must be an object</source>
        <translation>every entry of 'config' must be an object</translation>
    </message>
    <message>
        <location line="+4" />
        <source>in 'config'</source>
        <translation>in 'config'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the config field '%1' is declared twice</source>
        <translation>the config field '%1' is declared twice</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the config field '%1' needs a type: string, integer, number, boolean or path</source>
        <translation>the config field '%1' needs a type: string, integer, number, boolean or path</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the config field '%1' needs a label with 'nb' and 'en'</source>
        <translation>the config field '%1' needs a label with 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the default of config field '%1' does not fit its type %2</source>
        <translation>the default of config field '%1' does not fit its type %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'%1' of config field '%2' must be true or false</source>
        <translation>'%1' of config field '%2' must be true or false</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the secret config field '%1' must not have a default</source>
        <translation>the secret config field '%1' must not have a default</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'program' must be an object with name, env, setting and install</source>
        <translation>'program' must be an object with name, env, setting and install</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <location line="+4" />
        <source>in 'program'</source>
        <translation>in 'program'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the program's setting '%1' must be a config field of type path</source>
        <translation>the program's setting '%1' must be a config field of type path</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'program' needs 'install' with 'nb' and 'en'</source>
        <translation>'program' needs 'install' with 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'outputs' must be a non-empty list of names</source>
        <translation>'outputs' must be a non-empty list of names</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'outputs' has more than %1 names</source>
        <translation>'outputs' has more than %1 names</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every entry of 'outputs' must be a short name</source>
        <translation>every entry of 'outputs' must be a short name</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the plugin needs Veiviser %1, this is Veiviser %2</source>
        <translation>the plugin needs Veiviser %1, this is Veiviser %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install a version of the plugin made for this Veiviser.</source>
        <translation>Install a version of the plugin made for this Veiviser.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>the setting '%1' is an address with a user name or key in it (%2)</source>
        <translation>the setting '%1' is an address with a user name or key in it (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the address without it. An API key belongs in an environment variable named by api_key_env, or in the keychain (veiviser-cli secret set), so that it never reaches the project, a log or a package.</source>
        <translation>Give the address without it. An API key belongs in an environment variable named by api_key_env, or in the keychain (veiviser-cli secret set), so that it never reaches the project, a log or a package.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the engine %1 has no setting '%2'</source>
        <translation>the engine %1 has no setting '%2'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This engine takes no settings.</source>
        <translation>This engine takes no settings.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its settings are: %1.</source>
        <translation>Its settings are: %1.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>the setting '%1' takes a value of type %2, not '%3'</source>
        <translation>the setting '%1' takes a value of type %2, not '%3'</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the engine %1 needs the setting '%2' (%3)</source>
        <translation>the engine %1 needs the setting '%2' (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give it with --set %1=VALUE.</source>
        <translation>Give it with --set %1=VALUE.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the engine %1 runs no external program</source>
        <translation>the engine %1 runs no external program</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 (the setting %2) is not an executable file</source>
        <translation>%1 (the setting %2) is not an executable file</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (from the environment variable %2) is not an executable file</source>
        <translation>%1 (from the environment variable %2) is not an executable file</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not installed (looked in %2)</source>
        <translation>%1 is not installed (looked in %2)</translation>
    </message>
</context>
<context>
    <name>vv::validation::EngineRun</name>
    <message numerus="yes">
        <location filename="../modules/validation/EngineRun.cpp" line="+32" />
        <source>all %n cases errored, so nothing was tested</source>
        <translation>
            <numerusform>its %n case errored, so nothing was tested</numerusform>
            <numerusform>all %n cases errored, so nothing was tested</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>the engine returned no results, so nothing was tested</source>
        <translation>the engine returned no results, so nothing was tested</translation>
    </message>
    <message>
        <location line="+45" />
        <source>the suite %1 does not exist</source>
        <translation>the suite %1 does not exist</translation>
    </message>
    <message>
        <location line="+9" />
        <source>test run %1 was made by the engine %2, not %3</source>
        <translation>test run %1 was made by the engine %2, not %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>test run %1 is already completed</source>
        <translation>test run %1 is already completed</translation>
    </message>
    <message>
        <location line="+3" />
        <source>test run %1 ran with other settings</source>
        <translation>test run %1 ran with other settings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resume with the same --set values (secrets excepted).</source>
        <translation>Resume with the same --set values (secrets excepted).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>test run %1 ran another suite (or the suite file has changed)</source>
        <translation>test run %1 ran another suite (or the suite file has changed)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Resuming test run %1: %2 of %3 cases are done.</source>
        <translation>Resuming test run %1: %2 of %3 cases are done.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Started test run %1 with %2 (%3 cases).</source>
        <translation>Started test run %1 with %2 (%3 cases).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the engine ran the finished case '%1' again</source>
        <translation>the engine ran the finished case '%1' again</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Test run %1 was cancelled; resume it with --resume %1.</source>
        <translation>Test run %1 was cancelled; resume it with --resume %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test run %1 failed: %2</source>
        <translation>Test run %1 failed: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Test run %1 failed: %2.</source>
        <translation>Test run %1 failed: %2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>test run %1 failed: %2</source>
        <translation>test run %1 failed: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the engine can reach what it tests (address, model, key) and start a new run; the errors are stored with the run's cases.</source>
        <translation>Check that the engine can reach what it tests (address, model, key) and start a new run; the errors are stored with the run's cases.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Test run %1 is completed.</source>
        <translation>Test run %1 is completed.</translation>
    </message>
</context>
<context>
    <name>vv::validation::JudgeCalibration</name>
    <message>
        <location filename="../modules/validation/JudgeCalibration.cpp" line="+25" />
        <source>Not enough data to check the judge: %1</source>
        <translation>Not enough data to check the judge: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>alpha %1 (95% interval %2 to %3) over %4 cases</source>
        <translation>alpha %1 (95% interval %2 to %3) over %4 cases</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The judge can stand in for raters on this criterion: %1; the lower bound reaches %2.</source>
        <translation>The judge can stand in for raters on this criterion: %1; the lower bound reaches %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not shown yet: %1; alpha reaches %2 but its lower bound does not. Rate more cases.</source>
        <translation>Not shown yet: %1; alpha reaches %2 but its lower bound does not. Rate more cases.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The judge cannot stand in for raters on this criterion: %1, below %2.</source>
        <translation>The judge cannot stand in for raters on this criterion: %1, below %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>no case has both a judge score and a final human score</source>
        <translation>no case has both a judge score and a final human score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the judge on the cases of the rating round, and adjudicate them.</source>
        <translation>Run the judge on the cases of the rating round, and adjudicate them.</translation>
    </message>
</context>
<context>
    <name>vv::validation::NorwegianSpelling</name>
    <message>
        <location filename="../modules/validation/AnswerGrading.cpp" line="-319" />
        <source>the hunspell dictionary %1 is missing</source>
        <translation>the hunspell dictionary %1 is missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package hunspell-no.</source>
        <translation>Install the Debian package hunspell-no.</translation>
    </message>
</context>
<context>
    <name>vv::validation::OpenAiCompatibleEngine</name>
    <message>
        <location filename="../plugins/openai-compatible/OpenAiCompatibleEngine.cpp" line="-541" />
        <source>the endpoint answered HTTP %1</source>
        <translation>the endpoint answered HTTP %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the endpoint sent an HTML page instead of JSON</source>
        <translation>the endpoint sent an HTML page instead of JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the response is not valid JSON: %1</source>
        <translation>the response is not valid JSON: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the response has no choices[0].message.content</source>
        <translation>the response has no choices[0].message.content</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the retrieval endpoint answered HTTP %1</source>
        <translation>the retrieval endpoint answered HTTP %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the retrieval response is not {"results": [{"id", "score"}]}</source>
        <translation>the retrieval response is not {"results": [{"id", "score"}]}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the retrieval response has more than %1 results</source>
        <translation>the retrieval response has more than %1 results</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a retrieval result is not {"id": text, "score": number}</source>
        <translation>a retrieval result is not {"id": text, "score": number}</translation>
    </message>
    <message>
        <location line="+120" />
        <source>%1 must be an http or https address such as http://127.0.0.1:8080/v1, not '%2'</source>
        <translation>%1 must be an http or https address such as http://127.0.0.1:8080/v1, not '%2'</translation>
    </message>
    <message>
        <location line="+18" />
        <source>api_key_env and api_key_keychain are both set</source>
        <translation>api_key_env and api_key_keychain are both set</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name one place for the API key.</source>
        <translation>Name one place for the API key.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the keychain has no entry '%1' (api_key_keychain)</source>
        <translation>the keychain has no entry '%1' (api_key_keychain)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the key with: veiviser-cli secret set %1</source>
        <translation>Store the key with: veiviser-cli secret set %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the environment variable %1 (api_key_env) is empty or not set</source>
        <translation>the environment variable %1 (api_key_env) is empty or not set</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+43" />
        <source>Set it in the shell that runs Veiviser; the key is never stored.</source>
        <translation>Set it in the shell that runs Veiviser; the key is never stored.</translation>
    </message>
    <message>
        <location line="-39" />
        <source>the CA file %1 does not exist</source>
        <translation>the CA file %1 does not exist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>concurrency must be between 1 and 256</source>
        <translation>concurrency must be between 1 and 256</translation>
    </message>
    <message>
        <location line="+4" />
        <source>timeout_s must be between 0 and 3600 seconds</source>
        <translation>timeout_s must be between 0 and 3600 seconds</translation>
    </message>
    <message>
        <location line="+4" />
        <source>max_retries must be between 0 and 20</source>
        <translation>max_retries must be between 0 and 20</translation>
    </message>
    <message>
        <location line="+21" />
        <source>judge_base_url is set but judge_model is not</source>
        <translation>judge_base_url is set but judge_model is not</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name the judge's model.</source>
        <translation>Name the judge's model.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the environment variable %1 (judge_api_key_env) is empty or not set</source>
        <translation>the environment variable %1 (judge_api_key_env) is empty or not set</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the suite has retrieval cases but retrieval_url is not set</source>
        <translation>the suite has retrieval cases but retrieval_url is not set</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the retrieval endpoint's address (docs/test-suites.md, "Retrieval").</source>
        <translation>Give the retrieval endpoint's address (docs/test-suites.md, "Retrieval").</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the openai-compatible engine needs a test suite</source>
        <translation>the openai-compatible engine needs a test suite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one with --suite, for example guidance/suites/basic.yaml.</source>
        <translation>Give one with --suite, for example guidance/suites/basic.yaml.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <location line="+137" />
        <source>%1: %2, trying again in %3 ms</source>
        <translation>%1: %2, trying again in %3 ms</translation>
    </message>
    <message>
        <location line="+22" />
        <source>request failed: %1</source>
        <translation>request failed: %1</translation>
    </message>
    <message>
        <location line="+83" />
        <source>recall@%1 %2 (at least %3 wanted)</source>
        <translation>recall@%1 %2 (at least %3 wanted)</translation>
    </message>
</context>
<context>
    <name>vv::validation::PairedComparison</name>
    <message>
        <location filename="../modules/validation/PairedComparison.cpp" line="+174" />
        <source>Difference in mean case score, B minus A, over %1 cases both scored: %2 (%3 % confidence interval %4 to %5, paired bootstrap of %6 resamples, seed %7).</source>
        <translation>Difference in mean case score, B minus A, over %1 cases both scored: %2 (%3 % confidence interval %4 to %5, paired bootstrap of %6 resamples, seed %7).</translation>
    </message>
    <message>
        <location line="+56" />
        <source>test run %1 has no cases to compare</source>
        <translation>test run %1 has no cases to compare</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare runs of a test suite, or imported runs that carry their cases (inspect logs, lm-eval per-sample files).</source>
        <translation>Compare runs of a test suite, or imported runs that carry their cases (inspect logs, lm-eval per-sample files).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>test runs %1 and %2 share no graded case</source>
        <translation>test runs %1 and %2 share no graded case</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare two runs of the same suite.</source>
        <translation>Compare two runs of the same suite.</translation>
    </message>
</context>
<context>
    <name>vv::validation::PredictionsCsv</name>
    <message>
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+229" />
        <source>the label and score columns must be named</source>
        <translation>the label and score columns must be named</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --label COLUMN and --score COLUMN.</source>
        <translation>Give --label COLUMN and --score COLUMN.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the decimal separator must be '.' or ','</source>
        <translation>the decimal separator must be '.' or ','</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the delimiter must be a comma, a semicolon or a tab</source>
        <translation>the delimiter must be a comma, a semicolon or a tab</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+203" />
        <location line="+34" />
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="-217" />
        <source>The file is comma-separated and uses decimal commas; numbers must then be quoted.</source>
        <translation>The file is comma-separated and uses decimal commas; numbers must then be quoted.</translation>
    </message>
    <message>
        <location line="-150" />
        <location line="+168" />
        <source>there is no column '%1'</source>
        <translation>there is no column '%1'</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+168" />
        <source>The columns are %1.</source>
        <translation>The columns are %1.</translation>
    </message>
    <message>
        <location line="-166" />
        <location line="+168" />
        <source>the header has %1 columns named '%2'</source>
        <translation>the header has %1 columns named '%2'</translation>
    </message>
    <message>
        <location line="-167" />
        <location line="+168" />
        <source>Give the columns unique names.</source>
        <translation>Give the columns unique names.</translation>
    </message>
    <message>
        <location line="-140" />
        <location line="+179" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-188" />
        <location line="+203" />
        <source>the line is longer than %1 bytes (or a quote is not closed)</source>
        <translation>the line is longer than %1 bytes (or a quote is not closed)</translation>
    </message>
    <message>
        <location line="-201" />
        <location line="+202" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>This does not look like a predictions CSV file.</translation>
    </message>
    <message>
        <location line="-176" />
        <source>Fix the quoting of this row.</source>
        <translation>Fix the quoting of this row.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the row has %1 fields, the header has %2</source>
        <translation>the row has %1 fields, the header has %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the delimiter and the quoting of this row.</source>
        <translation>Check the delimiter and the quoting of this row.</translation>
    </message>
    <message>
        <location line="+208" />
        <source>Fix the file; --drop-invalid cannot skip this.</source>
        <translation>Fix the file; --drop-invalid cannot skip this.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix the row, or give --drop-invalid to leave out rows with a missing or invalid label or score (they are counted in the result).</source>
        <translation>Fix the row, or give --drop-invalid to leave out rows with a missing or invalid label or score (they are counted in the result).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the group column '%1' has more than %2 different values</source>
        <translation>the group column '%1' has more than %2 different values</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a column with fewer subgroups.</source>
        <translation>Choose a column with fewer subgroups.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>the file has more than %1 rows</source>
        <translation>the file has more than %1 rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate on a sample, or split the file.</source>
        <translation>Validate on a sample, or split the file.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the file has no data rows after the header</source>
        <translation>the file has no data rows after the header</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the predictions with one row per patient.</source>
        <translation>Export the predictions with one row per patient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every row has a missing or invalid label or score (the first: %1)</source>
        <translation>every row has a missing or invalid label or score (the first: %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the column names and --decimal.</source>
        <translation>Check the column names and --decimal.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the label column '%1' has more than two classes: '%2' (positive) and %3</source>
        <translation>the label column '%1' has more than two classes: '%2' (positive) and %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the label column '%1' has the classes %2, and none is the positive class '%3'</source>
        <translation>the label column '%1' has the classes %2, and none is the positive class '%3'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give --positive with the exact spelling of the positive class.</source>
        <translation>Give --positive with the exact spelling of the positive class.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No row has the positive label '%1'; every row counts as '%2'.</source>
        <translation>No row has the positive label '%1'; every row counts as '%2'.</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooEngine</name>
    <message>
        <location filename="../plugins/promptfoo/PromptfooEngine.cpp" line="+106" />
        <source>promptfoo was not found</source>
        <translation>promptfoo was not found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install it with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g promptfoo@0.118.0, or give its path with --set promptfoo=PATH.</source>
        <translation>Install it with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install -g promptfoo@0.118.0, or give its path with --set promptfoo=PATH.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>give either a suite (--suite) or your own promptfoo configuration (--set config=PATH), not both</source>
        <translation>give either a suite (--suite) or your own promptfoo configuration (--set config=PATH), not both</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the promptfoo engine needs a suite or a promptfoo configuration</source>
        <translation>the promptfoo engine needs a suite or a promptfoo configuration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give --suite guidance/suites/basic.yaml, or --set config=PATH.</source>
        <translation>Give --suite guidance/suites/basic.yaml, or --set config=PATH.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the promptfoo configuration %1 does not exist</source>
        <translation>the promptfoo configuration %1 does not exist</translation>
    </message>
    <message>
        <location line="+9" />
        <source>provider must name a promptfoo provider such as echo, 'exec: /path/to/script' or openai:chat:MODEL</source>
        <translation>provider must name a promptfoo provider such as echo, 'exec: /path/to/script' or openai:chat:MODEL</translation>
    </message>
    <message>
        <location line="+6" />
        <source>api_key_env must be the name of an environment variable, not '%1'</source>
        <translation>api_key_env must be the name of an environment variable, not '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>concurrency must be between 1 and 256</source>
        <translation>concurrency must be between 1 and 256</translation>
    </message>
    <message>
        <location line="+4" />
        <source>level must be one of %1, not '%2'</source>
        <translation>level must be one of %1, not '%2'</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 could not be started: %2</source>
        <translation>%1 could not be started: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>promptfoo needs Node.js 18 or later (node in PATH).</source>
        <translation>promptfoo needs Node.js 18 or later (node in PATH).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 --version did not answer within two minutes</source>
        <translation>%1 --version did not answer within two minutes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 --version failed: %2</source>
        <translation>%1 --version failed: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reinstall promptfoo 0.118.0; it needs Node.js 18 or later.</source>
        <translation>Reinstall promptfoo 0.118.0; it needs Node.js 18 or later.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 through promptfoo (%2)</source>
        <translation>%1 through promptfoo (%2)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>promptfoo configuration %1</source>
        <translation>promptfoo configuration %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Veiviser is tested with promptfoo 0.118.0</source>
        <translation>Veiviser is tested with promptfoo 0.118.0</translation>
    </message>
    <message>
        <location line="+14" />
        <source>promptfoo returned no output</source>
        <translation>promptfoo returned no output</translation>
    </message>
    <message>
        <location line="+16" />
        <source>promptfoo's assertion results do not match the assertions sent</source>
        <translation>promptfoo's assertion results do not match the assertions sent</translation>
    </message>
    <message>
        <location line="+74" />
        <source>no temporary folder for promptfoo: %1</source>
        <translation>no temporary folder for promptfoo: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Starting promptfoo eval with %1 at concurrency %2.</source>
        <translation>Starting promptfoo eval with %1 at concurrency %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>promptfoo could not be started: %1</source>
        <translation>promptfoo could not be started: %1</translation>
    </message>
    <message>
        <location line="+47" />
        <source>promptfoo returned a result for the case '%1', which was not asked for</source>
        <translation>promptfoo returned a result for the case '%1', which was not asked for</translation>
    </message>
    <message>
        <location line="+3" />
        <source>promptfoo returned two results for the case '%1'</source>
        <translation>promptfoo returned two results for the case '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>promptfoo returned two results for '%1'; give the tests distinct descriptions or indices</source>
        <translation>promptfoo returned two results for '%1'; give the tests distinct descriptions or indices</translation>
    </message>
    <message>
        <location line="+27" />
        <source>promptfoo crashed: %1</source>
        <translation>promptfoo crashed: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>promptfoo ended with exit code %1: %2</source>
        <translation>promptfoo ended with exit code %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the configuration and the provider; the log has promptfoo's output.</source>
        <translation>Check the configuration and the provider; the log has promptfoo's output.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>promptfoo's result file ends in the middle of a result</source>
        <translation>promptfoo's result file ends in the middle of a result</translation>
    </message>
    <message>
        <location line="+2" />
        <source>promptfoo returned results for %1 of %2 cases</source>
        <translation>promptfoo returned results for %1 of %2 cases</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resume the run to try the others again.</source>
        <translation>Resume the run to try the others again.</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooJsonlTail</name>
    <message>
        <location filename="../modules/validation/Promptfoo.cpp" line="+360" />
        <source>%1 shrank while promptfoo was writing it</source>
        <translation>%1 shrank while promptfoo was writing it</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooRecord</name>
    <message>
        <location line="-345" />
        <source>The promptfoo output is damaged or from an unsupported version; run promptfoo 0.118.0 again.</source>
        <translation>The promptfoo output is damaged or from an unsupported version; run promptfoo 0.118.0 again.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>'%1' must be a string</source>
        <translation>'%1' must be a string</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'%1' is longer than %2 bytes</source>
        <translation>'%1' is longer than %2 bytes</translation>
    </message>
    <message>
        <location line="+29" />
        <source>'%1' must be a whole number of at least 0</source>
        <translation>'%1' must be a whole number of at least 0</translation>
    </message>
    <message>
        <location line="+88" />
        <source>a result is not a JSON object</source>
        <translation>a result is not a JSON object</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a result has no 'success' true or false</source>
        <translation>a result has no 'success' true or false</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'score' must be a number</source>
        <translation>'score' must be a number</translation>
    </message>
    <message>
        <location line="+30" />
        <source>'provider' must be an object or a string</source>
        <translation>'provider' must be an object or a string</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'response' must be an object</source>
        <translation>'response' must be an object</translation>
    </message>
    <message>
        <location line="+11" />
        <source>'response.output' is longer than %1 bytes</source>
        <translation>'response.output' is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+15" />
        <source>'gradingResult' must be an object</source>
        <translation>'gradingResult' must be an object</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'gradingResult.componentResults' must be a list</source>
        <translation>'gradingResult.componentResults' must be a list</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a result has more than %1 assertions</source>
        <translation>a result has more than %1 assertions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>every entry of 'componentResults' needs 'pass' true or false</source>
        <translation>every entry of 'componentResults' needs 'pass' true or false</translation>
    </message>
    <message>
        <location line="+20" />
        <source>promptfoo reports an error without a message</source>
        <translation>promptfoo reports an error without a message</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the case id in the metadata is empty or longer than 200 characters</source>
        <translation>the case id in the metadata is empty or longer than 200 characters</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a result has neither a Veiviser case id nor 'testIdx' and 'promptIdx'</source>
        <translation>a result has neither a Veiviser case id nor 'testIdx' and 'promptIdx'</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+95" />
        <source>a line is longer than %1 MiB</source>
        <translation>a line is longer than %1 MiB</translation>
    </message>
    <message>
        <location line="-92" />
        <source>a line is not valid JSON: %1</source>
        <translation>a line is not valid JSON: %1</translation>
    </message>
</context>
<context>
    <name>vv::validation::PromptfooResults</name>
    <message>
        <location line="+7" />
        <location line="+49" />
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <location line="-44" />
        <source>the output is not a JSON object</source>
        <translation>the output is not a JSON object</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the output has no 'results' object</source>
        <translation>the output has no 'results' object</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'results.version' is missing</source>
        <translation>'results.version' is missing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>promptfoo results version %1 is not supported (only version 3)</source>
        <translation>promptfoo results version %1 is not supported (only version 3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the results with promptfoo 0.118.0.</source>
        <translation>Export the results with promptfoo 0.118.0.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'results.results' must be a list</source>
        <translation>'results.results' must be a list</translation>
    </message>
    <message>
        <location line="+4" />
        <source>result %1</source>
        <translation>result %1</translation>
    </message>
</context>
<context>
    <name>vv::validation::RatingCsv</name>
    <message>
        <location filename="../modules/validation/RatingCsv.cpp" line="+48" />
        <source>%1 is not a rater of rating round %2</source>
        <translation>%1 is not a rater of rating round %2</translation>
    </message>
    <message>
        <location line="+63" />
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 is larger than %2 MiB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is not UTF-8 text</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save the file as CSV UTF-8.</source>
        <translation>Save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>the first line must be the header case_id,rater,criterion,score,comment</source>
        <translation>the first line must be the header case_id,rater,criterion,score,comment</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the header has no column %1</source>
        <translation>the header has no column %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The columns are case_id,rater,criterion,score,comment (and side in a two-run round).</source>
        <translation>The columns are case_id,rater,criterion,score,comment (and side in a two-run round).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>a quoted field is not closed, or text follows its closing quote</source>
        <translation>a quoted field is not closed, or text follows its closing quote</translation>
    </message>
    <message>
        <location line="+17" />
        <source>case '%1' is not in rating round %2</source>
        <translation>case '%1' is not in rating round %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'%1' is not a rater of rating round %2</source>
        <translation>'%1' is not a rater of rating round %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the side must be left or right, not '%1'</source>
        <translation>the side must be left or right, not '%1'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a round of one run has no side '%1'</source>
        <translation>a round of one run has no side '%1'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the score '%1' is not a whole number</source>
        <translation>the score '%1' is not a whole number</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the comment is longer than %1 bytes</source>
        <translation>the comment is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1's score for case %2 on %3 is also on line %4</source>
        <translation>%1's score for case %2 on %3 is also on line %4</translation>
    </message>
</context>
<context>
    <name>vv::validation::RatingRound</name>
    <message>
        <location filename="../modules/validation/RatingRound.cpp" line="+41" />
        <source>there is no rubric file or shipped rubric '%1'</source>
        <translation>there is no rubric file or shipped rubric '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a rubric file, or one of basic, domain, use_case, context.</source>
        <translation>Give a rubric file, or one of basic, domain, use_case, context.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a rating round needs 2 to %1 raters</source>
        <translation>a rating round needs 2 to %1 raters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agreement can only be measured between at least two raters.</source>
        <translation>Agreement can only be measured between at least two raters.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>'%1' is not a usable rater name</source>
        <translation>'%1' is not a usable rater name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use names or initials without commas, up to %1 characters.</source>
        <translation>Use names or initials without commas, up to %1 characters.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the rater %1 is named twice</source>
        <translation>the rater %1 is named twice</translation>
    </message>
    <message>
        <location line="+18" />
        <source>test run %1 is still running</source>
        <translation>test run %1 is still running</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rate a run once it has finished.</source>
        <translation>Rate a run once it has finished.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 is not the suite test run %2 ran (its SHA-256 differs)</source>
        <translation>%1 is not the suite test run %2 ran (its SHA-256 differs)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+47" />
        <source>Give the suite file the run ran with --suite.</source>
        <translation>Give the suite file the run ran with --suite.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the conversation of case %1 is not known</source>
        <translation>the conversation of case %1 is not known</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the run has no answered cases to rate</source>
        <translation>the run has no answered cases to rate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two runs must share answered cases.</source>
        <translation>Two runs must share answered cases.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>the two runs of a side-by-side round must differ</source>
        <translation>the two runs of a side-by-side round must differ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>test runs %1 and %2 ran different suites</source>
        <translation>test runs %1 and %2 ran different suites</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the sample must be 1 to %1 cases, the answered cases of the run</source>
        <translation>the sample must be 1 to %1 cases, the answered cases of the run</translation>
    </message>
    <message>
        <location line="+29" />
        <source>the rubric of rating round %1</source>
        <translation>the rubric of rating round %1</translation>
    </message>
    <message>
        <location line="+47" />
        <location line="+36" />
        <location line="+38" />
        <source>%1 is not a rater of rating round %2</source>
        <translation>%1 is not a rater of rating round %2</translation>
    </message>
    <message>
        <location line="-70" />
        <source>%1 has cases 1 to %2 to rate, not %3</source>
        <translation>%1 has cases 1 to %2 to rate, not %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>rating round %1 has no case %2</source>
        <translation>rating round %1 has no case %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>rating round %1 is finalized: its result is test run %2</source>
        <translation>rating round %1 is finalized: its result is test run %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a new round to rate again.</source>
        <translation>Make a new round to rate again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The round's raters are %1.</source>
        <translation>The round's raters are %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the answer is a or b, not '%1'</source>
        <translation>the answer is a or b, not '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a round of one run has only answer a, not '%1'</source>
        <translation>a round of one run has only answer a, not '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+54" />
        <source>the rubric %1 has no criterion '%2'</source>
        <translation>the rubric %1 has no criterion '%2'</translation>
    </message>
    <message>
        <location line="-53" />
        <source>Its criteria are %1.</source>
        <translation>Its criteria are %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a level of the criterion %2</source>
        <translation>%1 is not a level of the criterion %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its levels are %1.</source>
        <translation>Its levels are %1.</translation>
    </message>
    <message>
        <location line="+176" />
        <source>rating round %1 is already finalized as test run %2</source>
        <translation>rating round %1 is already finalized as test run %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>rating round %1 still lacks %2 final scores, the first %3</source>
        <translation>rating round %1 still lacks %2 final scores, the first %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>'ratings adjudicate' lists the disagreements; --set records a final score.</source>
        <translation>'ratings adjudicate' lists the disagreements; --set records a final score.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Clinicians' ratings, round %1 of test run %2 (%3)</source>
        <translation>Clinicians' ratings, round %1 of test run %2 (%3)</translation>
    </message>
</context>
<context>
    <name>vv::validation::ResultsImportEngine</name>
    <message>
        <location filename="../plugins/results-import/ResultFiles.cpp" line="+117" />
        <source>Write the log again with inspect_ai, or export it with --log-format=json.</source>
        <translation>Write the log again with inspect_ai, or export it with --log-format=json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>not a readable .eval (ZIP) log: %1</source>
        <translation>not a readable .eval (ZIP) log: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the log has more than %1 entries</source>
        <translation>the log has more than %1 entries</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 in the log is larger than %2 MiB</source>
        <translation>%1 in the log is larger than %2 MiB</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the log unpacks to more than %1 MiB</source>
        <translation>the log unpacks to more than %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a smaller log, or export its results with --log-format=json.</source>
        <translation>Import a smaller log, or export its results with --log-format=json.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 in the log cannot be read: %2</source>
        <translation>%1 in the log cannot be read: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the ZIP file is damaged: %1</source>
        <translation>the ZIP file is damaged: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ZIP file has no header.json, so it is not an inspect_ai .eval log</source>
        <translation>the ZIP file has no header.json, so it is not an inspect_ai .eval log</translation>
    </message>
    <message>
        <location line="+681" />
        <source>per-sample files can only be imported with an lm-evaluation-harness results file, not with %1</source>
        <translation>per-sample files can only be imported with an lm-evaluation-harness results file, not with %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Leave out --set samples=; %1 files carry their samples themselves.</source>
        <translation>Leave out --set samples=; %1 files carry their samples themselves.</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/LmEvalSamples.cpp" line="+73" />
        <source>the sample has no doc_id</source>
        <translation>the sample has no doc_id</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the samples_*.jsonl files lm-evaluation-harness wrote with --log_samples.</source>
        <translation>Give the samples_*.jsonl files lm-evaluation-harness wrote with --log_samples.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Give --set samples= a samples_&lt;task&gt;_&lt;time&gt;.jsonl file lm-evaluation-harness wrote with --log_samples, or the folder that holds them.</source>
        <translation>Give --set samples= a samples_&lt;task&gt;_&lt;time&gt;.jsonl file lm-evaluation-harness wrote with --log_samples, or the folder that holds them.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the folder has no samples_&lt;task&gt;_&lt;time&gt;.jsonl files</source>
        <translation>the folder has no samples_&lt;task&gt;_&lt;time&gt;.jsonl files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the folder has no samples_&lt;task&gt;_%1.jsonl files</source>
        <translation>the folder has no samples_&lt;task&gt;_%1.jsonl files</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the folder has more than %1 samples files</source>
        <translation>the folder has more than %1 samples files</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file name is not samples_&lt;task&gt;_&lt;time&gt;.jsonl, so the task of its samples is unknown</source>
        <translation>the file name is not samples_&lt;task&gt;_&lt;time&gt;.jsonl, so the task of its samples is unknown</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the samples are of the task %1, which the results file does not have</source>
        <translation>the samples are of the task %1, which the results file does not have</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give the samples files written in the same run as the results file.</source>
        <translation>Give the samples files written in the same run as the results file.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cannot read the samples file: %1</source>
        <translation>cannot read the samples file: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path given with --set samples=.</source>
        <translation>Check the path given with --set samples=.</translation>
    </message>
    <message>
        <location line="+9" />
        <location filename="../plugins/results-import/ResultFiles.cpp" line="-621" />
        <source>the line is longer than %1 MiB</source>
        <translation>the line is longer than %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Check that this is an lm-evaluation-harness samples file.</source>
        <translation>Check that this is an lm-evaluation-harness samples file.</translation>
    </message>
    <message>
        <location line="-1" />
        <source>the line is not a sample (a JSON object)</source>
        <translation>the line is not a sample (a JSON object)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the file has more than %1 samples</source>
        <translation>the file has more than %1 samples</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the tasks one by one.</source>
        <translation>Import the tasks one by one.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the samples file holds no samples</source>
        <translation>the samples file holds no samples</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the samples file of a finished lm-evaluation-harness run.</source>
        <translation>Give the samples file of a finished lm-evaluation-harness run.</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/ResultFiles.cpp" line="+1" />
        <source>Check that this is a EuroEval results file.</source>
        <translation>Check that this is a EuroEval results file.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Update Veiviser, or write the results with a EuroEval version whose schema version is 0.x.</source>
        <translation>Update Veiviser, or write the results with a EuroEval version whose schema version is 0.x.</translation>
    </message>
    <message>
        <location line="-107" />
        <source>Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval), a EuroEval .jsonl file, or one Every Eval Ever record saved alone as .json.</source>
        <translation>Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval), a EuroEval .jsonl file, or one Every Eval Ever record saved alone as .json.</translation>
    </message>
    <message>
        <location line="+134" />
        <source>the file has more than %1 records</source>
        <translation>the file has more than %1 records</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the file.</source>
        <translation>Split the file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file holds no EuroEval results</source>
        <translation>the file holds no EuroEval results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run EuroEval first, or give the file it wrote.</source>
        <translation>Run EuroEval first, or give the file it wrote.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>inspect_ai log format version %1 is not supported; Veiviser reads versions 1 and 2</source>
        <translation>inspect_ai log format version %1 is not supported; Veiviser reads versions 1 and 2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the log with 'inspect log convert' from an inspect_ai that writes version 2, or update Veiviser.</source>
        <translation>Convert the log with 'inspect log convert' from an inspect_ai that writes version 2, or update Veiviser.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the inspect_ai log lacks an eval object, or its results.scores or samples are not lists</source>
        <translation>the inspect_ai log lacks an eval object, or its results.scores or samples are not lists</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the log has more than %1 samples</source>
        <translation>the log has more than %1 samples</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split the evaluation.</source>
        <translation>Split the evaluation.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the lm-evaluation-harness file has no lm_eval_version and no configs, so it comes from version 0.3 or older, which Veiviser does not read</source>
        <translation>the lm-evaluation-harness file has no lm_eval_version and no configs, so it comes from version 0.3 or older, which Veiviser does not read</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the evaluation with lm-evaluation-harness 0.4.</source>
        <translation>Run the evaluation with lm-evaluation-harness 0.4.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>results.%1 is not an object of metrics</source>
        <translation>results.%1 is not an object of metrics</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the file was written by lm-evaluation-harness.</source>
        <translation>Check that the file was written by lm-evaluation-harness.</translation>
    </message>
    <message>
        <location line="+491" />
        <source>cannot read the results file: %1</source>
        <translation>cannot read the results file: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path given with --set path=.</source>
        <translation>Check the path given with --set path=.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import a smaller file.</source>
        <translation>Import a smaller file.</translation>
    </message>
    <message>
        <location line="-19" />
        <source>the file is none of the known result formats</source>
        <translation>the file is none of the known result formats</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/ResultsImportEngine.cpp" line="+41" />
        <source>the level must be one of %1, not '%2'</source>
        <translation>the level must be one of %1, not '%2'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set it with --set level=domain, for example.</source>
        <translation>Set it with --set level=domain, for example.</translation>
    </message>
    <message>
        <location filename="../plugins/results-import/ResultFiles.cpp" line="+131" />
        <source>%1 results for %2 (%3)</source>
        <translation>%1 results for %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>several models</source>
        <translation>several models</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+78" />
        <source>unexpected content: %1</source>
        <translation>unexpected content: %1</translation>
    </message>
    <message>
        <location line="-738" />
        <source>the line is not a EuroEval result record (it has neither an evaluation_results list nor the results.total of EuroEval before 17.0)</source>
        <translation>the line is not a EuroEval result record (it has neither an evaluation_results list nor the results.total of EuroEval before 17.0)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>EuroEval schema version '%1' is not supported; Veiviser reads schema versions 0.x and the lines of EuroEval before 17.0</source>
        <translation>EuroEval schema version '%1' is not supported; Veiviser reads schema versions 0.x and the lines of EuroEval before 17.0</translation>
    </message>
    <message>
        <location line="+380" />
        <source>the file holds no numeric results</source>
        <translation>the file holds no numeric results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the evaluation finished and wrote its scores.</source>
        <translation>Check that the evaluation finished and wrote its scores.</translation>
    </message>
    <message>
        <location line="+166" />
        <source>Metrics imported: %1</source>
        <translation>Metrics imported: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The inspect_ai log has the status '%1', not 'success': the evaluation did not finish.</source>
        <translation>The inspect_ai log has the status '%1', not 'success': the evaluation did not finish.</translation>
    </message>
</context>
<context>
    <name>vv::validation::Rubric</name>
    <message>
        <location filename="../modules/validation/Rubric.cpp" line="+35" />
        <source>See docs/human-evaluation.md for the rubric format.</source>
        <translation>See docs/human-evaluation.md for the rubric format.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the rubric</source>
        <translation>the rubric</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the rubric has no '%1'</source>
        <translation>the rubric has no '%1'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' is not a valid rubric id (lowercase letters, digits, '_')</source>
        <translation>'%1' is not a valid rubric id (lowercase letters, digits, '_')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the level must be one of %1, not '%2'</source>
        <translation>the level must be one of %1, not '%2'</translation>
    </message>
    <message>
        <location line="+14" />
        <source>'judge'</source>
        <translation>'judge'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>'judge' needs 'prompt' and 'output'</source>
        <translation>'judge' needs 'prompt' and 'output'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the judge prompt is longer than %1 characters</source>
        <translation>the judge prompt is longer than %1 characters</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown placeholder '{{%1}}' in the judge prompt</source>
        <translation>unknown placeholder '{{%1}}' in the judge prompt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The placeholders are %1.</source>
        <translation>The placeholders are %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the judge prompt has no '{{%1}}' placeholder</source>
        <translation>the judge prompt has no '{{%1}}' placeholder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The judge must be shown the question, the answer, the criterion and its anchors.</source>
        <translation>The judge must be shown the question, the answer, the criterion and its anchors.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the judge's output must be {score: integer, reason: string}</source>
        <translation>the judge's output must be {score: integer, reason: string}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The judge grader reads exactly this JSON object.</source>
        <translation>The judge grader reads exactly this JSON object.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>'criteria' must be a list of 1 to %1 criteria</source>
        <translation>'criteria' must be a list of 1 to %1 criteria</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a criterion</source>
        <translation>a criterion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a criterion needs 'id', 'title', 'question' and 'scale'</source>
        <translation>a criterion needs 'id', 'title', 'question' and 'scale'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' is not a valid criterion id (lowercase letters, digits, '_')</source>
        <translation>'%1' is not a valid criterion id (lowercase letters, digits, '_')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the criterion '%1' is defined twice</source>
        <translation>the criterion '%1' is defined twice</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the criterion type must be 'scale' or 'harm', not '%1'</source>
        <translation>the criterion type must be 'scale' or 'harm', not '%1'</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the scale of '%1' needs two or more levels</source>
        <translation>the scale of '%1' needs two or more levels</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the scale of '%1' has more than %2 levels</source>
        <translation>the scale of '%1' has more than %2 levels</translation>
    </message>
    <message>
        <location line="+8" />
        <source>a level of '%1'</source>
        <translation>a level of '%1'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a level of a harm criterion needs 'value', 'label', 'anchor' and 'harm'</source>
        <translation>a level of a harm criterion needs 'value', 'label', 'anchor' and 'harm'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a level needs 'value', 'label' and 'anchor'</source>
        <translation>a level needs 'value', 'label' and 'anchor'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the levels of '%1' must have strictly increasing values (%2 follows %3)</source>
        <translation>the levels of '%1' must have strictly increasing values (%2 follows %3)</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+5" />
        <source>a harm criterion's levels are serious, minor and none, in that order</source>
        <translation>a harm criterion's levels are serious, minor and none, in that order</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'sources' must be a non-empty list</source>
        <translation>'sources' must be a non-empty list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cite the Directorate's report and the rating schemes the rubric builds on.</source>
        <translation>Cite the Directorate's report and the rating schemes the rubric builds on.</translation>
    </message>
    <message>
        <location line="+55" />
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 holds no rubrics (*.yaml)</source>
        <translation>%1 holds no rubrics (*.yaml)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the rubric id '%1' is used twice</source>
        <translation>the rubric id '%1' is used twice</translation>
    </message>
</context>
<context>
    <name>vv::validation::SuiteRunSummary</name>
    <message>
        <location filename="../modules/validation/SuiteRunSummary.cpp" line="+60" />
        <source>not checked against clinicians</source>
        <translation>not checked against clinicians</translation>
    </message>
    <message>
        <location line="+59" />
        <source>%1 of %2 answered cases passed; %3 failed the tests and %4 got no usable answer from the endpoint.</source>
        <translation>%1 of %2 answered cases passed; %3 failed the tests and %4 got no usable answer from the endpoint.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 verdicts came from a model judge: %2.</source>
        <translation>%1 verdicts came from a model judge: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The judge is the model under test.</source>
        <translation>The judge is the model under test.</translation>
    </message>
</context>
<context>
    <name>vv::validation::TestSuite</name>
    <message>
        <location filename="../modules/validation/TestSuite.cpp" line="+59" />
        <source>See docs/test-suites.md for the suite format.</source>
        <translation>See docs/test-suites.md for the suite format.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>grounded takes true or {rubric: ID, criterion: ID, pass_at: N}</source>
        <translation>grounded takes true or {rubric: ID, criterion: ID, pass_at: N}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>judge takes {rubric: ID, criterion: ID, pass_at: N}</source>
        <translation>judge takes {rubric: ID, criterion: ID, pass_at: N}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in '%2'</source>
        <translation>unknown key '%1' in '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the rubrics cannot be read: %1</source>
        <translation>the rubrics cannot be read: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>'%1' names the rubric '%2', which does not exist</source>
        <translation>'%1' names the rubric '%2', which does not exist</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the rubric '%1' has no criterion '%2'</source>
        <translation>the rubric '%1' has no criterion '%2'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>pass_at must be one of the levels of '%1' (%2 to %3)</source>
        <translation>pass_at must be one of the levels of '%1' (%2 to %3)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>cites takes true or {min: N}</source>
        <translation>cites takes true or {min: N}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in 'cites'</source>
        <translation>unknown key '%1' in 'cites'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>cites: min takes a whole number from 1 to %1</source>
        <translation>cites: min takes a whole number from 1 to %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>a grader is one key with its value, such as 'contains: [113]'</source>
        <translation>a grader is one key with its value, such as 'contains: [113]'</translation>
    </message>
    <message>
        <location line="+13" />
        <source>unknown grader '%1'</source>
        <translation>unknown grader '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>'%1' needs one or more non-empty texts</source>
        <translation>'%1' needs one or more non-empty texts</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the regex is invalid: %1</source>
        <translation>the regex is invalid: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>escalation_expected takes 113, legevakt or fastlege, not '%1'</source>
        <translation>escalation_expected takes 113, legevakt or fastlege, not '%1'</translation>
    </message>
    <message>
        <location line="+6" />
        <source>language takes nb or nn</source>
        <translation>language takes nb or nn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>max_lix takes a number between 1 and 200</source>
        <translation>max_lix takes a number between 1 and 200</translation>
    </message>
    <message>
        <location line="+5" />
        <source>json_schema takes a schema object</source>
        <translation>json_schema takes a schema object</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no_identity_numbers takes true</source>
        <translation>no_identity_numbers takes true</translation>
    </message>
    <message>
        <location line="+12" />
        <source>case %1: context is a list of 1 to %2 passages</source>
        <translation>case %1: context is a list of 1 to %2 passages</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: a passage is {id: ID, text: TEXT}</source>
        <translation>case %1: a passage is {id: ID, text: TEXT}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in a passage</source>
        <translation>unknown key '%1' in a passage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: a passage id is letters, digits, '.', '_' and '-', at most 64</source>
        <translation>case %1: a passage id is letters, digits, '.', '_' and '-', at most 64</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the passage id '%2' is used twice</source>
        <translation>case %1: the passage id '%2' is used twice</translation>
    </message>
    <message>
        <location line="+2" />
        <source>case %1: a passage's text has 1 to %2 characters</source>
        <translation>case %1: a passage's text has 1 to %2 characters</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the context is longer than %2 characters</source>
        <translation>case %1: the context is longer than %2 characters</translation>
    </message>
    <message>
        <location line="+9" />
        <source>case %1: retrieval takes {expected_ids: [...], k: N}</source>
        <translation>case %1: retrieval takes {expected_ids: [...], k: N}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in 'retrieval'</source>
        <translation>unknown key '%1' in 'retrieval'</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: expected_ids is a list of 1 to %2 passage ids</source>
        <translation>case %1: expected_ids is a list of 1 to %2 passage ids</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: expected_ids holds distinct passage ids</source>
        <translation>case %1: expected_ids holds distinct passage ids</translation>
    </message>
    <message>
        <location line="+7" />
        <source>case %1: k takes a whole number from 1 to %2</source>
        <translation>case %1: k takes a whole number from 1 to %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: min_recall takes a number above 0, at most 1</source>
        <translation>case %1: min_recall takes a number above 0, at most 1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the retrieval query (query, or the last user message) has 1 to %2 characters</source>
        <translation>case %1: the retrieval query (query, or the last user message) has 1 to %2 characters</translation>
    </message>
    <message>
        <location line="+32" />
        <source>case %1: a retrieval case tests the retrieval endpoint alone; it has no graders and no context</source>
        <translation>case %1: a retrieval case tests the retrieval endpoint alone; it has no graders and no context</translation>
    </message>
    <message>
        <location line="+12" />
        <source>case %1: '%2' needs the case's context</source>
        <translation>case %1: '%2' needs the case's context</translation>
    </message>
    <message>
        <location line="+2" />
        <source>case %1: cites wants %2 passages, more than the context's %3</source>
        <translation>case %1: cites wants %2 passages, more than the context's %3</translation>
    </message>
    <message>
        <location line="+105" />
        <source>the suite %1 is larger than %2 MiB</source>
        <translation>the suite %1 is larger than %2 MiB</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a suite is a mapping with 'name' and 'cases'</source>
        <translation>a suite is a mapping with 'name' and 'cases'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown key '%1' in the suite</source>
        <translation>unknown key '%1' in the suite</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the suite has no 'name'</source>
        <translation>the suite has no 'name'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the suite has no 'cases'</source>
        <translation>the suite has no 'cases'</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the suite has more than %1 cases</source>
        <translation>the suite has more than %1 cases</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a case is a mapping with id, level, language, messages and graders</source>
        <translation>a case is a mapping with id, level, language, messages and graders</translation>
    </message>
    <message>
        <location line="+3" />
        <source>unknown key '%1' in a case</source>
        <translation>unknown key '%1' in a case</translation>
    </message>
    <message>
        <location line="+2" />
        <source>a case needs an id of letters, digits, '.', '_' and '-'</source>
        <translation>a case needs an id of letters, digits, '.', '_' and '-'</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the case id '%1' is used twice</source>
        <translation>the case id '%1' is used twice</translation>
    </message>
    <message>
        <location line="+4" />
        <source>case %1: the level must be one of %2</source>
        <translation>case %1: the level must be one of %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the language must be one of %2</source>
        <translation>case %1: the language must be one of %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the source is a short text</source>
        <translation>case %1: the source is a short text</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the source is longer than %2 characters</source>
        <translation>case %1: the source is longer than %2 characters</translation>
    </message>
    <message>
        <location line="-174" />
        <source>case %1 has no messages</source>
        <translation>case %1 has no messages</translation>
    </message>
    <message>
        <location line="-17" />
        <source>case %1: a message needs a role and a content</source>
        <translation>case %1: a message needs a role and a content</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the role must be system, user or assistant</source>
        <translation>case %1: the role must be system, user or assistant</translation>
    </message>
    <message>
        <location line="+25" />
        <source>case %1 has no graders</source>
        <translation>case %1 has no graders</translation>
    </message>
    <message>
        <location line="+170" />
        <location line="+6" />
        <source>the YAML is nested too deeply (more than %1 levels)</source>
        <translation>the YAML is nested too deeply (more than %1 levels)</translation>
    </message>
    <message>
        <location line="-5" />
        <location line="+6" />
        <source>Flatten the structure of the suite.</source>
        <translation>Flatten the structure of the suite.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the suite's YAML syntax.</source>
        <translation>Check the suite's YAML syntax.</translation>
    </message>
</context>
</TS>
