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
        <location line="+166" />
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
        <location line="+58" />
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
        <location filename="../modules/store/ProjectStore.cpp" line="+137" />
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
        <location line="+259" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Open a .veiviser file created by Veiviser.</translation>
    </message>
    <message>
        <location line="-260" />
        <source>%1 is an SQLite database, but not a Veiviser project</source>
        <translation>%1 is an SQLite database, but not a Veiviser project</translation>
    </message>
    <message>
        <location line="+48" />
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <location line="-106" />
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
        <location line="+1" />
        <source>Remove it and put it in your PGPASSFILE (~/.pgpass) or the PGPASSWORD environment variable; Veiviser never stores passwords.</source>
        <translation>Remove it and put it in your PGPASSFILE (~/.pgpass) or the PGPASSWORD environment variable; Veiviser never stores passwords.</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location line="+64" />
        <source>Qt's database driver %1 is not installed</source>
        <translation>Qt's database driver %1 is not installed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the Debian package %1.</source>
        <translation>Install the Debian package %1.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the address, that the server runs, and your password in PGPASSFILE or PGPASSWORD.</source>
        <translation>Check the address, that the server runs, and your password in PGPASSFILE or PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+46" />
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
        <location line="+31" />
        <location line="+271" />
        <source>a project needs a name</source>
        <translation>a project needs a name</translation>
    </message>
    <message>
        <location line="-271" />
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
        <source>%1 cannot be read as a Veiviser project (%2)</source>
        <translation>%1 cannot be read as a Veiviser project (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+155" />
        <source>The file may be damaged; restore it from a backup.</source>
        <translation>The file may be damaged; restore it from a backup.</translation>
    </message>
    <message>
        <location line="-146" />
        <source>%1 is not a Veiviser project (it has no project data)</source>
        <translation>%1 is not a Veiviser project (it has no project data)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+87" />
        <source>a newer version</source>
        <translation>a newer version</translation>
    </message>
    <message>
        <location line="-83" />
        <location line="+84" />
        <source>this project was written by Veiviser %1; update Veiviser to open it</source>
        <translation>this project was written by Veiviser %1; update Veiviser to open it</translation>
    </message>
    <message>
        <location line="-83" />
        <source>This is Veiviser %1. The file was not changed.</source>
        <translation>This is Veiviser %1. The file was not changed.</translation>
    </message>
    <message>
        <location line="+114" />
        <source>change it</source>
        <translation>change it</translation>
    </message>
    <message>
        <location filename="../modules/store/ProjectCopy.cpp" line="+62" />
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
        <location filename="../modules/store/ProjectStore.cpp" line="-107" />
        <location line="+81" />
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
        <location filename="../modules/store/ProjectStore.cpp" line="-80" />
        <location line="+81" />
        <source>Open it once without read-only access to upgrade it.</source>
        <translation>Open it once without read-only access to upgrade it.</translation>
    </message>
    <message>
        <location line="-43" />
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
        <location line="+14" />
        <source>this project is open read-only</source>
        <translation>this project is open read-only</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open it with write access to change it.</source>
        <translation>Open it with write access to change it.</translation>
    </message>
    <message>
        <location line="-16" />
        <location line="+40" />
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
        <location filename="../modules/store/TeamGrants.cpp" line="+30" />
        <source>the database name '%1' cannot prefix role names</source>
        <translation>the database name '%1' cannot prefix role names</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use a database named with lower-case letters, digits and _.</source>
        <translation>Use a database named with lower-case letters, digits and _.</translation>
    </message>
    <message>
        <location line="+22" />
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
</context>
<context>
    <name>vv::RequirementStateTable</name>
    <message>
        <location filename="../modules/store/RequirementStateTable.cpp" line="+87" />
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
        <location filename="../modules/store/TestRunTable.cpp" line="+80" />
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
        <location line="+234" />
        <source>there is no test run %1 in this project</source>
        <translation>there is no test run %1 in this project</translation>
    </message>
    <message>
        <location line="-233" />
        <location line="+233" />
        <source>List the runs to see their ids.</source>
        <translation>List the runs to see their ids.</translation>
    </message>
    <message>
        <location line="-230" />
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
        <source>provenance</source>
        <translation>provenance</translation>
    </message>
    <message>
        <location line="+22" />
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
        <location line="+24" />
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="-16" />
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <location line="+45" />
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location line="+33" />
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
    <name>vv::VersionedRows</name>
    <message>
        <location filename="../modules/store/RowVersion.cpp" line="+37" />
        <source>Nothing of yours was saved. Reload to see the other change, then apply yours again if it still holds.</source>
        <translation>Nothing of yours was saved. Reload to see the other change, then apply yours again if it still holds.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was removed by someone else after you opened it</source>
        <translation>%1 was removed by someone else after you opened it</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 was created by %2 at %3 after you opened it</source>
        <translation>%1 was created by %2 at %3 after you opened it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 was changed by %2 at %3 after you opened it (version %4, you had %5)</source>
        <translation>%1 was changed by %2 at %3 after you opened it (version %4, you had %5)</translation>
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
        <location filename="../modules/cli/GuidanceCommands.cpp" line="+199" />
        <location filename="../modules/cli/ProjectCommands.cpp" line="+219" />
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <location filename="../modules/cli/ProjectCommands.cpp" line="-177" />
        <source>unknown role '%1'; allowed: provider, deployer, both</source>
        <translation>unknown role '%1'; allowed: provider, deployer, both</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Created project '%1' in %2</source>
        <translation>Created project '%1' in %2</translation>
    </message>
    <message>
        <location line="+34" />
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
        <location line="+6" />
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <location line="-6" />
        <source>#%1 %2 is empty (0 bytes); check that this is the file you meant</source>
        <translation>#%1 %2 is empty (0 bytes); check that this is the file you meant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>#%1 %2 holds %3; it cannot go into a package until someone confirms it with 'evidence confirm-pii'</source>
        <translation>#%1 %2 holds %3; it cannot go into a package until someone confirms it with 'evidence confirm-pii'</translation>
    </message>
    <message>
        <location line="+24" />
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
        <location line="+1" />
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
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+0" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location filename="../modules/cli/ProjectCommands.cpp" line="-71" />
        <source>--team needs a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>--team needs a PostgreSQL address (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Database roles %1; %2 is the first editor. Add members with 'project member'.</source>
        <translation>Database roles %1; %2 is the first editor. Add members with 'project member'.</translation>
    </message>
    <message>
        <location line="+34" />
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
        <location line="+29" />
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
        <location line="+27" />
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
        <location line="+30" />
        <source>Create a new project file, or a team project in an empty PostgreSQL database (--team: with database roles for editors, reviewers and read-only members).</source>
        <translation>Create a new project file, or a team project in an empty PostgreSQL database (--team: with database roles for editors, reviewers and read-only members).</translation>
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
        <location filename="../modules/cli/GuidanceCommands.cpp" line="-135" />
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
        <location line="+71" />
        <source>    %1 questions, %2 decisions, %3 requirements; in force in the EU %4, in Norway %5</source>
        <translation>    %1 questions, %2 decisions, %3 requirements; in force in the EU %4, in Norway %5</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+75" />
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
        <location line="+11" />
        <source>Stored %n answer(s)</source>
        <translation>
            <numerusform>Stored %n answer</numerusform>
            <numerusform>Stored %n answers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
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
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Answer again: %1 (no longer valid under %2 %3)</source>
        <translation>Answer again: %1 (no longer valid under %2 %3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Review: %1 was answered under %2 %3, now %4</source>
        <translation>Review: %1 was answered under %2 %3, now %4</translation>
    </message>
    <message>
        <location line="+32" />
        <source>unknown status '%1'; allowed: %2</source>
        <translation>unknown status '%1'; allowed: %2</translation>
    </message>
    <message>
        <location line="+65" />
        <source>needs review after a pack update</source>
        <translation>needs review after a pack update</translation>
    </message>
    <message>
        <location line="+12" />
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
        <location filename="../modules/cli/ProjectCommands.cpp" line="-119" />
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
    <message>
        <location line="+7" />
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
    <message>
        <location filename="../modules/cli/EngineCommands.cpp" line="+42" />
        <source>No evaluation engines found. Looked in: %1</source>
        <translation>No evaluation engines found. Looked in: %1</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location line="+23" />
        <source>The finished cases are stored; resume with --resume %1.</source>
        <translation>The finished cases are stored; resume with --resume %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>test run %1 is stored, but filing it as evidence failed</source>
        <translation>test run %1 is stored, but filing it as evidence failed</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Test run %1 (%2): %3</source>
        <translation>Test run %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cases: %1 passed, %2 failed, %3 errored of %4</source>
        <translation>Cases: %1 passed, %2 failed, %3 errored of %4</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (%1 to %2)</source>
        <translation> (%1 to %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filed as evidence %1, linked to %2.</source>
        <translation>Filed as evidence %1, linked to %2.</translation>
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
</context>
<context>
    <name>vv::evidence::EvidenceLibrary</name>
    <message>
        <location filename="../modules/evidence/EvidenceLibrary.cpp" line="+109" />
        <source>the disk is full, or the project file reached its size limit, while the content was stored</source>
        <translation>the disk is full, or the project file reached its size limit, while the content was stored</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+83" />
        <source>Free disk space and import again; nothing was imported.</source>
        <translation>Free disk space and import again; nothing was imported.</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+387" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' is not a requirement URN</translation>
    </message>
    <message>
        <location line="-386" />
        <location line="+387" />
        <source>A requirement URN looks like urn:veiviser:ai-act:art-10.</source>
        <translation>A requirement URN looks like urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="-385" />
        <source>there is no requirement %1 in the loaded guidance</source>
        <translation>there is no requirement %1 in the loaded guidance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the URN on the requirement's page.</source>
        <translation>Check the URN on the requirement's page.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+277" />
        <source>the title is longer than %1 characters</source>
        <translation>the title is longer than %1 characters</translation>
    </message>
    <message>
        <location line="-272" />
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
        <location line="+29" />
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
        <location line="+6" />
        <location filename="../modules/evidence/ImportFiles.cpp" line="+127" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Check the file's permissions; nothing was imported.</source>
        <translation>Check the file's permissions; nothing was imported.</translation>
    </message>
    <message>
        <location line="+9" />
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
        <location line="+98" />
        <source>there is no evidence item %1</source>
        <translation>there is no evidence item %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>'evidence list' shows the items and their ids.</source>
        <translation>'evidence list' shows the items and their ids.</translation>
    </message>
    <message>
        <location line="+98" />
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
        <location line="+161" />
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
        <location line="+36" />
        <source>%1 exists already</source>
        <translation>%1 exists already</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Choose another name, or allow replacing it.</source>
        <translation>Choose another name, or allow replacing it.</translation>
    </message>
    <message>
        <location line="+3" />
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
        <location filename="../modules/evidence/ImportFiles.cpp" line="-91" />
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
        <location line="+34" />
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
        <location line="+11" />
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
        <location filename="../modules/evidence/TestRunEvidence.cpp" line="+19" />
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
        <location line="+7" />
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
        <location filename="../modules/guidance/Condition.cpp" line="+87" />
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
        <location line="+137" />
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
        <location filename="../modules/guidance/GuidanceLibrary.cpp" line="+87" />
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
        <location line="+78" />
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
        <location line="+112" />
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
        <location filename="../modules/guidance/PackLoader.cpp" line="+450" />
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
        <location line="+30" />
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
        <location line="+8" />
        <source>'evidence_expected' is empty; say what evidence would satisfy the requirement</source>
        <translation>'evidence_expected' is empty; say what evidence would satisfy the requirement</translation>
    </message>
</context>
<context>
    <name>vv::guidance::PackLoader</name>
    <message>
        <location line="-812" />
        <source>more than %1 problems; the rest are not listed</source>
        <translation>more than %1 problems; the rest are not listed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fix these first and check again.</source>
        <translation>Fix these first and check again.</translation>
    </message>
    <message>
        <location line="+824" />
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+2" />
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
        <location line="-850" />
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
        <location filename="../modules/guidance/Assessment.cpp" line="+81" />
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Applies to every %1.</source>
        <translation>Applies to every %1.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>provider and deployer</source>
        <translation>provider and deployer</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+5" />
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
        <location line="-4" />
        <source>Applies because %1 holds (%2).</source>
        <translation>Applies because %1 holds (%2).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Does not apply: it binds the %1, and this project's role is %2.</source>
        <translation>Does not apply: it binds the %1, and this project's role is %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Does not apply because %1 is false (%2).</source>
        <translation>Does not apply because %1 is false (%2).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet known: answer %1.</source>
        <translation>Not yet known: answer %1.</translation>
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
    <name>vv::ui::ClassificationPage</name>
    <message>
        <location filename="../modules/ui/ClassificationPage.cpp" line="+104" />
        <location line="+348" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="-287" />
        <source>Nothing is missing for the classification.</source>
        <translation>Nothing is missing for the classification.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.</source>
        <translation>Requirements for this project's role: %1 apply, %2 do not apply, %3 not yet known.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>— not answered —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+108" />
        <source>(now the project's role: %1)</source>
        <translation>(now the project's role: %1)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(needs review after a pack update)</source>
        <translation>(needs review after a pack update)</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Your answer was not saved. Replace their answer with yours?</source>
        <translation>Your answer was not saved. Replace their answer with yours?</translation>
    </message>
    <message>
        <location line="+24" />
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
        <location line="+22" />
        <source>Still needed:</source>
        <translation>Still needed:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rests on answers given under an older version of the guidance: %1</source>
        <translation>Rests on answers given under an older version of the guidance: %1</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+22" />
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <location line="-20" />
        <source>How it was decided</source>
        <translation>How it was decided</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Facts used:</source>
        <translation>Facts used:</translation>
    </message>
    <message>
        <location line="+33" />
        <location line="+4" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="-3" />
        <source>How the regimes classify the system</source>
        <translation>How the regimes classify the system</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reasons and legal sources</source>
        <translation>Reasons and legal sources</translation>
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
        <location line="+27" />
        <source>%1 (imported from %2)</source>
        <translation>%1 (imported from %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
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
        <location filename="../modules/ui/EvidencePage.cpp" line="+227" />
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importing %1 (%2 of %3)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Evidence library</source>
        <translation>Evidence library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drop files or folders here to add them, or use the buttons. Each file is stored once in the project, checked for identity numbers, and can be linked to the requirements it supports.</source>
        <translation>Drop files or folders here to add them, or use the buttons. Each file is stored once in the project, checked for identity numbers, and can be linked to the requirements it supports.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add f&amp;older…</source>
        <translation>Add f&amp;older…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location line="+1" />
        <source>Confirm for packa&amp;ges…</source>
        <translation>Confirm for packa&amp;ges…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Record why this item may be shared although it holds identity numbers.</source>
        <translation>Record why this item may be shared although it holds identity numbers.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Re&amp;view state:</source>
        <translation>Re&amp;view state:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revie&amp;wer:</source>
        <translation>Revie&amp;wer:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effective fro&amp;m:</source>
        <translation>Effective fro&amp;m:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpires:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;System version:</source>
        <translation>&amp;System version:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System version the evidence concerns</source>
        <translation>System version the evidence concerns</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Has an effective date</source>
        <translation>Has an effective date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Has an expiry date</source>
        <translation>Has an expiry date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The version of the AI system this evidence concerns. Evidence for an older version than the project's is flagged.</source>
        <translation>The version of the AI system this evidence concerns. Evidence for an older version than the project's is flagged.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Linked requirements</source>
        <translation>Linked requirements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requirement URN to link</source>
        <translation>Requirement URN to link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove li&amp;nk</source>
        <translation>Remove li&amp;nk</translation>
    </message>
    <message>
        <location line="+134" />
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
        <location line="+15" />
        <source>Through the crosswalk this evidence also counts towards: %1</source>
        <translation>Through the crosswalk this evidence also counts towards: %1</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Your change was not saved. Apply your change on top of theirs?</source>
        <translation>Your change was not saved. Apply your change on top of theirs?</translation>
    </message>
    <message>
        <location line="+28" />
        <source>select an evidence item first</source>
        <translation>select an evidence item first</translation>
    </message>
    <message>
        <location line="+50" />
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
        <location filename="../modules/ui/EvidenceViewer.cpp" line="+66" />
        <source>Highlighted as %1</source>
        <translation>Highlighted as %1</translation>
    </message>
    <message>
        <location line="+34" />
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
        <location line="+41" />
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
    <name>vv::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/MainWindow.cpp" line="+164" />
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
        <location filename="../modules/ui/MessageBar.cpp" line="+23" />
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
    <message>
        <location line="+14" />
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
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
        <location line="+48" />
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
        <location line="+75" />
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-63" />
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
    <name>vv::ui::OutcomeModel</name>
    <message>
        <location filename="../modules/ui/OutcomeModel.cpp" line="+24" />
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <location line="+7" />
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
        <location line="+53" />
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
    <name>vv::ui::ProjectOverviewPage</name>
    <message>
        <location filename="../modules/ui/ProjectOverviewPage.cpp" line="+63" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (last written by Veiviser %2)</source>
        <translation>%1 (last written by Veiviser %2)</translation>
    </message>
    <message>
        <location line="+8" />
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
        <location line="+2" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <name>vv::validation::AnswerGrading</name>
    <message>
        <location filename="../modules/validation/AnswerGrading.cpp" line="+102" />
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
        <location line="+32" />
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
        <location line="+78" />
        <location filename="../plugins/clinical-metrics/ClinicalMetricsEngine.cpp" line="+15" />
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
        <location line="+22" />
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
        <location filename="../modules/validation/EngineManifest.cpp" line="+32" />
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
        <location line="+4" />
        <source>the config field '%1' needs a label with 'nb' and 'en'</source>
        <translation>the config field '%1' needs a label with 'nb' and 'en'</translation>
    </message>
    <message>
        <location line="+5" />
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
        <location line="+22" />
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
        <location line="+24" />
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
</context>
<context>
    <name>vv::validation::EngineRun</name>
    <message>
        <location filename="../modules/validation/EngineRun.cpp" line="+37" />
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
        <location line="+13" />
        <source>Test run %1 was cancelled; resume it with --resume %1.</source>
        <translation>Test run %1 was cancelled; resume it with --resume %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test run %1 failed: %2</source>
        <translation>Test run %1 failed: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Test run %1 is completed.</source>
        <translation>Test run %1 is completed.</translation>
    </message>
</context>
<context>
    <name>vv::validation::NorwegianSpelling</name>
    <message>
        <location filename="../modules/validation/AnswerGrading.cpp" line="-200" />
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
        <location filename="../plugins/openai-compatible/OpenAiCompatibleEngine.cpp" line="+110" />
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
        <location line="+38" />
        <source>base_url must be an http or https address such as http://127.0.0.1:8080/v1, not '%1'</source>
        <translation>base_url must be an http or https address such as http://127.0.0.1:8080/v1, not '%1'</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the environment variable %1 (api_key_env) is empty or not set</source>
        <translation>the environment variable %1 (api_key_env) is empty or not set</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set it in the shell that runs Veiviser; the key is never stored.</source>
        <translation>Set it in the shell that runs Veiviser; the key is never stored.</translation>
    </message>
    <message>
        <location line="+4" />
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
        <location line="+10" />
        <source>the openai-compatible engine needs a test suite</source>
        <translation>the openai-compatible engine needs a test suite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give one with --suite, for example guidance/suites/basic.yaml.</source>
        <translation>Give one with --suite, for example guidance/suites/basic.yaml.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <location line="+166" />
        <source>%1: %2, trying again in %3 ms</source>
        <translation>%1: %2, trying again in %3 ms</translation>
    </message>
    <message>
        <location line="+10" />
        <source>request failed: %1</source>
        <translation>request failed: %1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1 of %2 answered cases passed; %3 failed the tests and %4 got no usable answer from the endpoint.</source>
        <translation>%1 of %2 answered cases passed; %3 failed the tests and %4 got no usable answer from the endpoint.</translation>
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
<context>
    <name>vv::validation::ResultsImportEngine</name>
    <message>
        <location filename="../plugins/results-import/ResultsImportEngine.cpp" line="+73" />
        <source>Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval) or a EuroEval .jsonl file.</source>
        <translation>Give an lm-evaluation-harness results_*.json, an inspect_ai log (.json or .eval) or a EuroEval .jsonl file.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Write the log again with inspect_ai, or export it with --log-format=json.</source>
        <translation>Write the log again with inspect_ai, or export it with --log-format=json.</translation>
    </message>
    <message>
        <location line="+2" />
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
        <location line="+14" />
        <source>the line is longer than %1 MiB</source>
        <translation>the line is longer than %1 MiB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that this is a EuroEval results file.</source>
        <translation>Check that this is a EuroEval results file.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the line is not a EuroEval result record (it has no evaluation_results list)</source>
        <translation>the line is not a EuroEval result record (it has no evaluation_results list)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>EuroEval schema version '%1' is not supported; Veiviser reads schema versions 0.x</source>
        <translation>EuroEval schema version '%1' is not supported; Veiviser reads schema versions 0.x</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Update Veiviser, or write the results with a EuroEval version whose schema version is 0.x.</source>
        <translation>Update Veiviser, or write the results with a EuroEval version whose schema version is 0.x.</translation>
    </message>
    <message>
        <location line="+5" />
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
        <location line="+8" />
        <source>inspect_ai log format version %1 is not supported; Veiviser reads versions 1 and 2</source>
        <translation>inspect_ai log format version %1 is not supported; Veiviser reads versions 1 and 2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Convert the log with 'inspect log convert' from an inspect_ai that writes version 2, or update Veiviser.</source>
        <translation>Convert the log with 'inspect log convert' from an inspect_ai that writes version 2, or update Veiviser.</translation>
    </message>
    <message>
        <location line="+7" />
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
        <location line="+11" />
        <source>lm-evaluation-harness version %1 is not supported; Veiviser reads results of versions 0.4.x</source>
        <translation>lm-evaluation-harness version %1 is not supported; Veiviser reads results of versions 0.4.x</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run the evaluation with lm-evaluation-harness 0.4, or update Veiviser.</source>
        <translation>Run the evaluation with lm-evaluation-harness 0.4, or update Veiviser.</translation>
    </message>
    <message>
        <location line="+3" />
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
        <location line="+8" />
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
        <location line="+29" />
        <source>the file is none of the known result formats</source>
        <translation>the file is none of the known result formats</translation>
    </message>
    <message>
        <location line="+105" />
        <source>the level must be basic, domain, use_case or context, not '%1'</source>
        <translation>the level must be basic, domain, use_case or context, not '%1'</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set it with --set level=domain, for example.</source>
        <translation>Set it with --set level=domain, for example.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 results for %2 (%3)</source>
        <translation>%1 results for %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>several models</source>
        <translation>several models</translation>
    </message>
    <message>
        <location line="+15" />
        <source>unexpected content: %1</source>
        <translation>unexpected content: %1</translation>
    </message>
    <message>
        <location line="+90" />
        <source>the file holds no numeric results</source>
        <translation>the file holds no numeric results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that the evaluation finished and wrote its scores.</source>
        <translation>Check that the evaluation finished and wrote its scores.</translation>
    </message>
    <message>
        <location line="+2" />
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
    <name>vv::validation::TestSuite</name>
    <message>
        <location filename="../modules/validation/TestSuite.cpp" line="+21" />
        <source>See docs/test-suites.md for the suite format.</source>
        <translation>See docs/test-suites.md for the suite format.</translation>
    </message>
    <message>
        <location line="+57" />
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
        <location line="+45" />
        <source>cannot read the suite %1: %2</source>
        <translation>cannot read the suite %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the suite %1 is larger than %2 MiB</source>
        <translation>the suite %1 is larger than %2 MiB</translation>
    </message>
    <message>
        <location line="+9" />
        <source>a suite is a mapping with 'name' and 'cases'</source>
        <translation>a suite is a mapping with 'name' and 'cases'</translation>
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
        <source>case %1: the level must be basic, domain, use_case or context</source>
        <translation>case %1: the level must be basic, domain, use_case or context</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the language must be nb or nn</source>
        <translation>case %1: the language must be nb or nn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1 has no messages</source>
        <translation>case %1 has no messages</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: a message needs a role and a content</source>
        <translation>case %1: a message needs a role and a content</translation>
    </message>
    <message>
        <location line="+3" />
        <source>case %1: the role must be system, user or assistant</source>
        <translation>case %1: the role must be system, user or assistant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>case %1 has no graders</source>
        <translation>case %1 has no graders</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Check the suite's YAML syntax.</source>
        <translation>Check the suite's YAML syntax.</translation>
    </message>
</context>
</TS>
