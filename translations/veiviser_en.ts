<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <location filename="../modules/store/BlobStore.cpp" line="+191" />
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
        <location line="+150" />
        <source>Open a .veiviser file created by Veiviser.</source>
        <translation>Open a .veiviser file created by Veiviser.</translation>
    </message>
    <message>
        <location line="-151" />
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
        <location line="+68" />
        <source>team projects on PostgreSQL are not available in this version of Veiviser</source>
        <translation>team projects on PostgreSQL are not available in this version of Veiviser</translation>
    </message>
    <message>
        <location line="-67" />
        <location line="+68" />
        <source>Use a project file (NAME.veiviser) for now.</source>
        <translation>Use a project file (NAME.veiviser) for now.</translation>
    </message>
    <message>
        <location line="-66" />
        <location line="+173" />
        <source>a project needs a name</source>
        <translation>a project needs a name</translation>
    </message>
    <message>
        <location line="-173" />
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
        <location line="+48" />
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
    <message>
        <location filename="../modules/store/EvidenceTable.cpp" line="+219" />
        <location line="+11" />
        <source>there is no evidence item %1</source>
        <translation>there is no evidence item %1</translation>
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
        <location filename="../modules/cli/EvidenceCommands.cpp" line="+28" />
        <source>'%1' is not an evidence id (a positive whole number)</source>
        <translation>'%1' is not an evidence id (a positive whole number)</translation>
    </message>
    <message>
        <location line="+70" />
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
        <translation><numerusform>%n identity number</numerusform><numerusform>%n identity numbers</numerusform></translation>
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
        <translation><numerusform>Imported %n file</numerusform><numerusform>Imported %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n already in the library</source>
        <translation><numerusform>%n already in the library</numerusform><numerusform>%n already in the library</numerusform></translation>
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
        <location line="+43" />
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+43" />
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
        <location line="+26" />
        <source>Wrote #%1 to %2 (%3, SHA-256 verified)</source>
        <translation>Wrote #%1 to %2 (%3, SHA-256 verified)</translation>
    </message>
    <message>
        <location line="+28" />
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
        <location line="+38" />
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
        <location line="+10" />
        <source>#%1 may now go into packages; the confirmation is in the audit log</source>
        <translation>#%1 may now go into packages; the confirmation is in the audit log</translation>
    </message>
    <message>
        <location line="+23" />
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
        <location filename="../modules/cli/ProjectCommands.cpp" line="+1" />
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
        <location line="+384" />
        <source>'%1' is not a requirement URN</source>
        <translation>'%1' is not a requirement URN</translation>
    </message>
    <message>
        <location line="-383" />
        <location line="+384" />
        <source>A requirement URN looks like urn:veiviser:ai-act:art-10.</source>
        <translation>A requirement URN looks like urn:veiviser:ai-act:art-10.</translation>
    </message>
    <message>
        <location line="-382" />
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
        <location line="+158" />
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
        <translation><numerusform>Holds %n identity number; it cannot go into a package until someone confirms it.</numerusform><numerusform>Holds %n identity numbers; it cannot go into a package until someone confirms it.</numerusform></translation>
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
        <location filename="../modules/ui/EvidencePage.cpp" line="+222" />
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
        <location line="+2" />
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
        <location line="-2" />
        <source>Confirm for packa&amp;ges…</source>
        <translation>Confirm for packa&amp;ges…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpires:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;System version:</source>
        <translation>&amp;System version:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Revie&amp;wer:</source>
        <translation>Revie&amp;wer:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effective fro&amp;m:</source>
        <translation>Effective fro&amp;m:</translation>
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
        <location line="+133" />
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
        <translation><numerusform>Holds %n Norwegian identity number</numerusform><numerusform>Holds %n Norwegian identity numbers</numerusform></translation>
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
        <location line="+58" />
        <location line="+15" />
        <location line="+34" />
        <location line="+44" />
        <location line="+33" />
        <source>select an evidence item first</source>
        <translation>select an evidence item first</translation>
    </message>
    <message>
        <location line="-67" />
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
        <location line="+35" />
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
        <location line="+20" />
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location line="+9" />
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
        <translation><numerusform>Added %n new item</numerusform><numerusform>Added %n new items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) were in the library already</source>
        <translation><numerusform>%n file was in the library already</numerusform><numerusform>%n files were in the library already</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them hold Norwegian identity numbers and need a confirmation before they can go into a package.</source>
        <translation><numerusform>%n of them holds Norwegian identity numbers and needs a confirmation before it can go into a package.</numerusform><numerusform>%n of them hold Norwegian identity numbers and need a confirmation before they can go into a package.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n of them are empty (0 bytes).</source>
        <translation><numerusform>%n of them is empty (0 bytes).</numerusform><numerusform>%n of them are empty (0 bytes).</numerusform></translation>
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
        <translation><numerusform>Showing the first row of %1. Export the item to see all of it.</numerusform><numerusform>Showing the first %n rows of %1. Export the item to see all of it.</numerusform></translation>
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
</TS>
