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
        <location filename="../modules/validation/PredictionsCsv.cpp" line="+156" />
        <source>a quoted field has no closing quote</source>
        <translation>a quoted field has no closing quote</translation>
    </message>
    <message>
        <location line="+18" />
        <source>text follows the closing quote of a field</source>
        <translation>text follows the closing quote of a field</translation>
    </message>
    <message>
        <location line="+124" />
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
        <location line="+8" />
        <source>the score ('%1') is missing</source>
        <translation>the score ('%1') is missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the score '%1' is not a number</source>
        <translation>the score '%1' is not a number</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the comparison score ('%1') is missing</source>
        <translation>the comparison score ('%1') is missing</translation>
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
        <location line="+164" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the predictions with a header line and one row per patient.</source>
        <translation>Export the predictions with a header line and one row per patient.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the file is UTF-16 text</source>
        <translation>the file is UTF-16 text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8).</source>
        <translation>Save it as "CSV UTF-8" (in Excel: Save As, CSV UTF-8).</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>the header line is longer than %1 bytes</source>
        <translation>the header line is longer than %1 bytes</translation>
    </message>
    <message>
        <location line="-2" />
        <location line="+3" />
        <location line="+18" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>This does not look like a predictions CSV file.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>the file is not text (it contains zero bytes)</source>
        <translation>the file is not text (it contains zero bytes)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a CSV file with a header line.</source>
        <translation>Give a CSV file with a header line.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the header line has no comma, semicolon or tab between column names</source>
        <translation>the header line has no comma, semicolon or tab between column names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file needs at least a label and a score column; give --delimiter if it uses another separator.</source>
        <translation>The file needs at least a label and a score column; give --delimiter if it uses another separator.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the header line has a quoted name without its closing quote</source>
        <translation>the header line has a quoted name without its closing quote</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header has more than %1 columns</source>
        <translation>the header has more than %1 columns</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+12" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-4" />
        <source>there is no file %1</source>
        <translation>there is no file %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check the path.</source>
        <translation>Check the path.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a CSV file.</source>
        <translation>Give the path of a CSV file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the file's permissions.</source>
        <translation>Check the file's permissions.</translation>
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
    <name>vv::Json</name>
    <message>
        <location filename="../modules/core/Json.cpp" line="+44" />
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fix the file or produce it again.</source>
        <translation>Fix the file or produce it again.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the path and the file's permissions.</source>
        <translation>Check the path and the file's permissions.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is %2 bytes; the limit for this file is %3 bytes</source>
        <translation>%1 is %2 bytes; the limit for this file is %3 bytes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that this is the right file.</source>
        <translation>Check that this is the right file.</translation>
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
        <location line="+39" />
        <source>migration %1 (%2)</source>
        <translation>migration %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/store/Sql.cpp" line="+10" />
        <source>%1: database error: %2</source>
        <translation>%1: database error: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</source>
        <translation>Nothing was changed. If this repeats, run 'audit verify' and check the disk.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1: no result</source>
        <translation>%1: no result</translation>
    </message>
    <message>
        <location filename="../modules/store/Transaction.cpp" line="+34" />
        <source>internal error: a change without an audit entry was refused</source>
        <translation>internal error: a change without an audit entry was refused</translation>
    </message>
    <message>
        <location filename="../modules/store/AuditChain.cpp" line="+76" />
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
        <location line="+15" />
        <source>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</source>
        <translation>the chain ends at entry %1, but the project records %2 entries; entries at the end were removed</translation>
    </message>
    <message>
        <location filename="../modules/store/BlobStore.cpp" line="+60" />
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
        <location line="+9" />
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
        <source>no stored content with hash %1</source>
        <translation>no stored content with hash %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stored content %1 is damaged: %2</source>
        <translation>stored content %1 is damaged: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore the project from a backup, or import the file again.</source>
        <translation>Restore the project from a backup, or import the file again.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>reading stored content</source>
        <translation>reading stored content</translation>
    </message>
    <message>
        <location line="+2" />
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
        <location filename="../modules/store/ProjectStore.cpp" line="+58" />
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
        <source>%1 is not a file</source>
        <translation>%1 is not a file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Give the path of a .veiviser file.</source>
        <translation>Give the path of a .veiviser file.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the file's permissions.</source>
        <translation>Check the file's permissions.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Veiviser project</source>
        <translation>%1 is not a Veiviser project</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <location line="+146" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Open a .veiviser file created by Veiviser.</translation>
    </message>
    <message>
        <location line="-147" />
        <source>%1 is an SQLite database, but not a Veiviser project</source>
        <translation>%1 is an SQLite database, but not a Veiviser project</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt's SQLite driver (QSQLITE) is not installed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package libqt6sql6-sqlite.</source>
        <translation>Install the Debian package libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+64" />
        <source>team projects on PostgreSQL are not available in this version of Veiviser</source>
        <translation>team projects on PostgreSQL are not available in this version of Veiviser</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+64" />
        <source>Use a project file (NAME.veiviser) for now.</source>
        <translation>Use a project file (NAME.veiviser) for now.</translation>
    </message>
    <message>
        <location line="-62" />
        <location line="+169" />
        <source>a project needs a name</source>
        <translation>a project needs a name</translation>
    </message>
    <message>
        <location line="-169" />
        <source>Give one with --name.</source>
        <translation>Give one with --name.</translation>
    </message>
    <message>
        <location line="+3" />
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
        <location line="+44" />
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Check that the folder is writable.</source>
        <translation>Check that the folder is writable.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 cannot be read as a Veiviser project (%2)</source>
        <translation>%1 cannot be read as a Veiviser project (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+66" />
        <source>The file may be damaged; restore it from a backup.</source>
        <translation>The file may be damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location line="-57" />
        <source>%1 is not a Veiviser project (it has no project data)</source>
        <translation>%1 is not a Veiviser project (it has no project data)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a newer version</source>
        <translation>a newer version</translation>
    </message>
    <message>
        <location line="+4" />
        <source>this project was written by Veiviser %1; update Veiviser to open it</source>
        <translation>this project was written by Veiviser %1; update Veiviser to open it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is Veiviser %1. The file was not changed.</source>
        <translation>This is Veiviser %1. The file was not changed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 uses an older project format</source>
        <translation>%1 uses an older project format</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it once without read-only access to upgrade it.</source>
        <translation>Open it once without read-only access to upgrade it.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>this project is open read-only</source>
        <translation>this project is open read-only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it with write access to change it.</source>
        <translation>Open it with write access to change it.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has no project record</source>
        <translation>%1 has no project record</translation>
    </message>
</context>
<context>
    <name>vv::Sha256</name>
    <message>
        <location filename="../modules/core/Sha256.cpp" line="+64" />
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Check that the file exists and is readable.</source>
        <translation>Check that the file exists and is readable.</translation>
    </message>
</context>
<context>
    <name>vv::TestRunTable</name>
    <message>
        <location filename="../modules/store/TestRunTable.cpp" line="+79" />
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
        <location line="+233" />
        <source>there is no test run %1 in this project</source>
        <translation>there is no test run %1 in this project</translation>
    </message>
    <message>
        <location line="-232" />
        <location line="+232" />
        <source>List the runs to see their ids.</source>
        <translation>List the runs to see their ids.</translation>
    </message>
    <message>
        <location line="-229" />
        <source>cannot %1: run %2 has status '%3'</source>
        <translation>cannot %1: run %2 has status '%3'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start a new run instead.</source>
        <translation>Start a new run instead.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+142" />
        <source>a test run needs an engine id and a kind</source>
        <translation>a test run needs an engine id and a kind</translation>
    </message>
    <message>
        <location line="-140" />
        <source>a test run cannot have a negative number of cases</source>
        <translation>a test run cannot have a negative number of cases</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+139" />
        <source>provenance</source>
        <translation>provenance</translation>
    </message>
    <message>
        <location line="-122" />
        <location line="+143" />
        <source>the new test run got no id</source>
        <translation>the new test run got no id</translation>
    </message>
    <message>
        <location line="-115" />
        <source>store a case</source>
        <translation>store a case</translation>
    </message>
    <message>
        <location line="+28" />
        <source>resume</source>
        <translation>resume</translation>
    </message>
    <message>
        <location line="+20" />
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
        <location line="+32" />
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="-24" />
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <location line="+71" />
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location line="+37" />
        <source>test run %1 provenance</source>
        <translation>test run %1 provenance</translation>
    </message>
    <message>
        <location line="+10" />
        <source>test run %1 result</source>
        <translation>test run %1 result</translation>
    </message>
    <message>
        <location line="+77" />
        <source>case %1 detail</source>
        <translation>case %1 detail</translation>
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
        <location filename="../modules/cli/Cli.cpp" line="+27" />
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
        <location line="+37" />
        <source>unknown language '%1'</source>
        <translation>unknown language '%1'</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use --lang nb or --lang en.</source>
        <translation>Use --lang nb or --lang en.</translation>
    </message>
    <message>
        <location line="+20" />
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
        <location filename="../modules/cli/ProjectCommands.cpp" line="+118" />
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-81" />
        <source>unknown role '%1'; allowed: provider, deployer, both</source>
        <translation>unknown role '%1'; allowed: provider, deployer, both</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Created project '%1' in %2</source>
        <translation>Created project '%1' in %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Name</source>
        <translation>Name</translation>
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
        <location line="+31" />
        <source>audit chain broken at entry %1: %2</source>
        <translation>audit chain broken at entry %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The project was changed outside Veiviser; restore it from a backup.</source>
        <translation>The project was changed outside Veiviser; restore it from a backup.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>Audit chain intact: %n entry verified</numerusform>
            <numerusform>Audit chain intact: %n entries verified</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>--from and --limit take positive whole numbers</source>
        <translation>--from and --limit take positive whole numbers</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Create a new project file.</source>
        <translation>Create a new project file.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a project's name, system version, role, schema and counts.</source>
        <translation>Show a project's name, system version, role, schema and counts.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the audit chain is complete and unaltered (exit 1 if not).</source>
        <translation>Check that the audit chain is complete and unaltered (exit 1 if not).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List audit entries, oldest first.</source>
        <translation>List audit entries, oldest first.</translation>
    </message>
    <message>
        <location filename="../modules/cli/MetricsCommands.cpp" line="+44" />
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--delimiter takes ',', ';' or 'tab'</source>
        <translation>--delimiter takes ',', ';' or 'tab'</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location line="+32" />
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
        <location line="+10" />
        <source>Validate a prediction model on a CSV of predictions and outcomes: AUROC, calibration, net benefit, risk distributions, subgroups.</source>
        <translation>Validate a prediction model on a CSV of predictions and outcomes: AUROC, calibration, net benefit, risk distributions, subgroups.</translation>
    </message>
</context>
<context>
    <name>vv::ui</name>
    <message>
        <location filename="../modules/ui/Labels.cpp" line="+10" />
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
</context>
<context>
    <name>vv::ui::AboutDialog</name>
    <message>
        <location filename="../modules/ui/AboutDialog.cpp" line="+30" />
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
    <name>vv::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/MainWindow.cpp" line="+160" />
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
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 – system version %2 – Veiviser</source>
        <translation>%1 – system version %2 – Veiviser</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(no recent projects)</source>
        <translation>(no recent projects)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Open project</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Veiviser projects (*.veiviser);;All files (*)</source>
        <translation>Veiviser projects (*.veiviser);;All files (*)</translation>
    </message>
</context>
<context>
    <name>vv::ui::MessageBar</name>
    <message>
        <location filename="../modules/ui/MessageBar.cpp" line="+19" />
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>vv::ui::MetricsCharts</name>
    <message>
        <location filename="../modules/ui/MetricsCharts.cpp" line="+35" />
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="+39" />
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
        <location line="+4" />
        <location line="+78" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-66" />
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
        <location line="+7" />
        <source>Logistic recalibration</source>
        <translation>Logistic recalibration</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Risk groups (tenths), with 95 % intervals</source>
        <translation>Risk groups (tenths), with 95 % intervals</translation>
    </message>
    <message>
        <location line="+27" />
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
        <location line="+19" />
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
        <location line="+12" />
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
        <location line="+34" />
        <source>charts are exported as .png or .svg, not '%1'</source>
        <translation>charts are exported as .png or .svg, not '%1'</translation>
    </message>
    <message>
        <location line="+21" />
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
        <location filename="../modules/ui/ValidationModels.cpp" line="+171" />
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
    <name>vv::ui::NewProjectDialog</name>
    <message>
        <location filename="../modules/ui/NewProjectDialog.cpp" line="+26" />
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
        <location line="+45" />
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
        <location line="+2" />
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
</context>
<context>
    <name>vv::ui::ProjectOverviewPage</name>
    <message>
        <location filename="../modules/ui/ProjectOverviewPage.cpp" line="+61" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (last written by Veiviser %2)</source>
        <translation>%1 (last written by Veiviser %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
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
        <location line="+7" />
        <source>&amp;Verify audit chain</source>
        <translation>&amp;Verify audit chain</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that no recorded change was altered, removed or reordered.</source>
        <translation>Check that no recorded change was altered, removed or reordered.</translation>
    </message>
</context>
<context>
    <name>vv::ui::TestRunListModel</name>
    <message>
        <location filename="../modules/ui/ValidationModels.cpp" line="-161" />
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
        <location line="+4" />
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
    <name>vv::ui::ValidationDialog</name>
    <message>
        <location filename="../modules/ui/ValidationDialog.cpp" line="+150" />
        <location line="+271" />
        <source>Choose a predictions file</source>
        <translation>Choose a predictions file</translation>
    </message>
    <message>
        <location line="-270" />
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+1" />
        <location line="+256" />
        <location line="+2" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-175" />
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
        <location line="+41" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The run was cancelled; nothing was stored.</source>
        <translation>The run was cancelled; nothing was stored.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The result could not be stored in the project: %1</source>
        <translation>The result could not be stored in the project: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stored as test run %1.</source>
        <translation>Stored as test run %1.</translation>
    </message>
    <message>
        <location line="+27" />
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
        <location filename="../modules/ui/ValidationPage.cpp" line="+67" />
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Run %1 has no clinical metrics to show.</source>
        <translation>Run %1 has no clinical metrics to show.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Test run %1: %2</source>
        <translation>Test run %1: %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Validation and test runs</source>
        <translation>Validation and test runs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Validate a prediction model on your own patients: a CSV file with each patient's predicted risk and outcome gives discrimination, calibration, net benefit and risk distributions with confidence intervals. Every run is stored here with its provenance, as evidence for the AI Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation.</source>
        <translation>Validate a prediction model on your own patients: a CSV file with each patient's predicted risk and outcome gives discrimination, calibration, net benefit and risk distributions with confidence intervals. Every run is stored here with its provenance, as evidence for the AI Act (Art. 15), the MDR clinical evaluation and the Directorate of Health's local validation.</translation>
    </message>
    <message>
        <location line="+4" />
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
        <source>Test runs</source>
        <translation>Test runs</translation>
    </message>
</context>
<context>
    <name>vv::ui::ValidationResultView</name>
    <message>
        <location filename="../modules/ui/ValidationResultView.cpp" line="+83" />
        <source>All patients</source>
        <translation>All patients</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="+59" />
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
        <location line="+16" />
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
    <name>vv::ui::WelcomePage</name>
    <message>
        <location filename="../modules/ui/WelcomePage.cpp" line="+65" />
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
    <name>vv::validation::Calibration</name>
    <message>
        <location filename="../modules/validation/Calibration.cpp" line="+81" />
        <source>Calibration intercept and slope need patients with and without the outcome.</source>
        <translation>Calibration intercept and slope need patients with and without the outcome.</translation>
    </message>
    <message>
        <location line="+115" />
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
        <location line="+13" />
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
        <location line="+79" />
        <source>Clinical validation of %1</source>
        <translation>Clinical validation of %1</translation>
    </message>
    <message>
        <location line="+11" />
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
</context>
<context>
    <name>vv::validation::Discrimination</name>
    <message>
        <location filename="../modules/validation/Discrimination.cpp" line="+128" />
        <source>The AUROC needs patients with and without the outcome.</source>
        <translation>The AUROC needs patients with and without the outcome.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The DeLong interval needs at least two patients with and two without the outcome.</source>
        <translation>The DeLong interval needs at least two patients with and two without the outcome.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The two scores rank every pair the same way except for a constant shift; the test has no variance.</source>
        <translation>The two scores rank every pair the same way except for a constant shift; the test has no variance.</translation>
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
        <location line="+18" />
        <source>there is no column '%1'</source>
        <translation>there is no column '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The columns are %1.</source>
        <translation>The columns are %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the header has %1 columns named '%2'</source>
        <translation>the header has %1 columns named '%2'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the columns unique names.</source>
        <translation>Give the columns unique names.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>the line is longer than %1 bytes (or a quote is not closed)</source>
        <translation>the line is longer than %1 bytes (or a quote is not closed)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This does not look like a predictions CSV file.</source>
        <translation>This does not look like a predictions CSV file.</translation>
    </message>
    <message>
        <location line="+51" />
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
</TS>
